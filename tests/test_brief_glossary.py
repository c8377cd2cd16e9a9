"""The project glossary: file format, exact and partial lookups, and that the wheel ships it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from summarizer.brief.glossary import glossary_path, load_glossary, lookup
from summarizer.brief.reader import find_figures
from summarizer.brief.terms import render_term
from summarizer.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = {
    "indicator",
    "entity",
    "term",
    "modifier",
    "commitment",
    "qualifier",
    "period",
    "place_suffix",
    "action_category",
    "action",
    "action_frame",
}


def test_glossary_file_is_well_formed():
    glossary = load_glossary()
    assert len(glossary.entries) > 300
    assert {e.category for e in glossary.entries} == CATEGORIES
    assert {e.source for e in glossary.entries} == {"ref", "project"}
    keys = [(e.zh, e.category) for e in glossary.entries]
    assert len(keys) == len(set(keys)), "duplicate (zh, category) rows"
    assert glossary_path().is_file()


def test_glossary_metric_renderings_carry_no_stray_figures():
    """A digit in an English rendering must come from the Chinese term (the checker reads it)."""
    for entry in load_glossary().entries:
        if entry.category in ("indicator", "entity", "term", "modifier", "action"):
            for figure in find_figures(entry.en):
                assert (
                    any(ch.isdigit() for ch in entry.zh) or "亿" in entry.zh or "万" in entry.zh
                ), (entry, figure)


@pytest.mark.parametrize(
    ("term", "english"),
    [
        ("地区生产总值", "gross regional product (GRP)"),
        ("地區生產總值", "gross regional product (GRP)"),  # Traditional via OpenCC
        ("一般公共预算收入", "general public budget revenue"),
        ("固定资产投资", "fixed-asset investment"),
        ("实际利用外资", "actually utilized foreign capital"),
        ("規上工業增加值", "value added of industrial enterprises above designated size"),
        ("“工业开票销售”", "industrial invoiced sales"),
    ],
)
def test_render_term_exact(term, english):
    rendering = render_term(term)
    assert rendering.coverage == "exact" and rendering.en == english
    assert rendering.label() == english


@pytest.mark.parametrize(
    ("term", "english", "coverage"),
    [
        ("新增规上工业企业", "new industrial enterprises above designated size", "exact"),
        ("新开工重大项目", "newly started major projects", "composed"),
        ("10亿元以上项目", "projects of RMB 1 billion or more", "composed"),
        ("签约超10亿元项目", "signed projects of more than RMB 1 billion", "composed"),
        ("30-50亿元项目", "projects of RMB 3 billion to 5 billion", "composed"),
        ("50亿级企业", "RMB 5 billion-class enterprises", "composed"),
        ("一般公共预算收入中税收收入", "general public budget revenue tax revenue", "partial"),
        ("单晶炉", "", "none"),
    ],
)
def test_render_term_composes_pieces(term, english, coverage):
    rendering = render_term(term)
    assert (rendering.en, rendering.coverage) == (english, coverage)


def test_render_term_never_drops_the_chinese_when_not_exact():
    assert render_term("新开工重大项目").label() == "newly started major projects"  # composed
    partial = render_term("一般公共预算收入中税收收入")
    assert partial.unknown == ("中",)
    assert partial.label() == "general public budget revenue tax revenue (一般公共预算收入中税收收入)"
    assert render_term("单晶炉").label() == "indicator (单晶炉)"  # never the Chinese alone
    assert render_term("单晶炉").metric_en is None


@pytest.mark.parametrize(
    ("term", "category", "english"),
    [
        ("力争", "commitment", "strive to"),
        ("力爭", "commitment", "strive to"),
        ("确保", "commitment", "ensure"),
        ("争取", "commitment", "strive to"),
        ("不少于", "qualifier", "at least"),
        ("余", "qualifier", "more than"),
        ("左右", "qualifier", "about"),
        ("近", "qualifier", "nearly"),
        ("1-9月", "period", "January-September"),
        ("上半年", "period", "first half"),
        ("经开区", "place_suffix", "Economic Development Zone"),
        ("招商引资", "action_category", "investment attraction"),
        ("不存在的词", "term", None),
    ],
)
def test_lookup_by_category(term, category, english):
    assert lookup(term, category) == english


def test_load_glossary_names_the_bad_line(tmp_path):
    bad = tmp_path / "g.tsv"
    bad.write_text("zh\ten\tcategory\tsource\n产值\toutput value\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"g\.tsv:2: expected 4 tab-separated columns"):
        load_glossary(str(bad))


def test_load_glossary_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the glossary"):
        load_glossary(str(tmp_path / "none.tsv"))


def test_wheel_ships_the_glossary(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {done.stderr.strip()[-300:]}")
    wheel = next(tmp_path.glob("*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        assert "summarizer/data/glossary.tsv" in zf.namelist()
        zf.extractall(tmp_path / "site")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from summarizer.brief.glossary import glossary_path, load_glossary;"
        "assert str(glossary_path()).startswith(sys.argv[1]), glossary_path();"
        "print(len(load_glossary().entries))"
    )
    run = subprocess.run(
        [sys.executable, "-I", "-c", code, str(tmp_path / "site")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) > 300


def test_render_term_for_measures_uses_action_verbs():
    from summarizer.brief.glossary import MEASURE_CATEGORIES

    assert render_term("加快项目建设").coverage != "composed"  # verbs are not metric pieces
    rendering = render_term("加快项目建设", categories=MEASURE_CATEGORIES)
    assert (rendering.en, rendering.coverage) == ("accelerate project construction", "composed")
