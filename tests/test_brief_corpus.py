"""What issue 10 must show on the 5 shared samples and 6 development excerpts (skipped when
../shared is absent): English body lines, at most 12 key figures, years in titles, every
English figure matched, metric_en on at least 90% of verified facts. The numbers come from
scripts/brief_measure.py, the script that prints them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _script():
    spec = importlib.util.spec_from_file_location("brief_measure", ROOT / "scripts" / "brief_measure.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def measured():
    if not (SHARED / "samples").is_dir() or not (SHARED / "dev" / "texts").is_dir():
        pytest.skip("../shared/corpus not present")
    script = _script()
    samples, dev = script.corpus_files(SHARED)
    rows = [script.measure(p) for p in samples + dev]
    return script, rows, script.totals(rows)


def test_corpus_has_the_eleven_reports(measured):
    _, rows, _ = measured
    assert len(rows) == 11


def test_corpus_briefs_are_english_outside_glosses(measured):
    _, rows, totals = measured
    assert totals["chinese_share"] <= 0.05, [(r["file"], r["chinese_lines"]) for r in rows]


def test_corpus_briefs_keep_the_body_short_and_state_years(measured):
    _, rows, _ = measured
    for row in rows:
        assert row["key_figures"] <= 12 and row["targets"] <= 8, row["file"]
        assert row["title_has_year"], (row["file"], row["title"], row["year"])


def test_corpus_briefs_match_every_english_figure(measured):
    _, rows, totals = measured
    assert totals["numbers_checked"] > 100
    assert totals["numbers_matched"] == totals["numbers_checked"]


def test_corpus_metric_en_on_nine_in_ten_verified_facts(measured):
    _, _, totals = measured
    assert totals["metric_en_share"] >= 0.90
    shares = totals["coverage_shares"]
    assert abs(sum(shares.values()) - 1) < 1e-9


def test_measure_helpers_see_chinese_outside_glosses(measured):
    script, _, _ = measured
    assert script.chinese_outside_gloss("- 单晶炉: 5")
    assert not script.chinese_outside_gloss("- Indicator (单晶炉): 5")
    assert not script.chinese_outside_gloss("- Output (a (单晶炉) b): 5")
    lines = script.body_lines("# T\n\nx\n\n## Caveats\n\n- 中文\n\n## Appendix\n\n- y\n---\nSource 中")
    assert lines == ["# T", "x", "- y"]
