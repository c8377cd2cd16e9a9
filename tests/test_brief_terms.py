"""English metric names: glossary pieces, change words, share frames, pinyin names, and the
metric_en the pipeline writes into every Report, CSV and JSONL row."""

from __future__ import annotations

import json

import pytest
from report_factory import make_fact, make_source

from summarizer.brief.terms import name_facts, render_term
from summarizer.models import Achievement, Provenance, Report
from summarizer.pipeline import summarize_text
from summarizer.render.tables import render_csv, render_jsonl


@pytest.mark.parametrize(
    ("term", "english", "coverage"),
    [
        ("规上工业增加值比上年增长", "growth in value added of industrial enterprises above "
         "designated size", "composed"),
        ("居民消费价格上涨", "rise in consumer prices", "composed"),
        ("第三产业增加值占地区生产总值比重",
         "share of value added of the tertiary industry in gross regional product (GRP)",
         "composed"),
        ("占国内生产总值的比重", "share in gross domestic product (GDP)", "composed"),
        ("国内生产总值[2]", "gross domestic product (GDP)", "composed"),  # footnote mark
        ("年末常住人口", "year-end permanent residents", "composed"),
        ("南京市地区生产总值", "gross regional product (GRP) of Nanjing City", "composed"),
        ("国有控股企业增加值", "value added of state-controlled enterprises", "composed"),
        ("减产", "decrease in output", "composed"),
        ("单晶炉产量", "output", "partial"),
        # a term of the three sectors' ratio, named by its sector
        ("三次产业结构(第二产业)", "sectoral structure (secondary industry)", "composed"),
        # a part named within the whole its sentence opened on (在城镇投资中，第一产业投资…)
        ("城镇投资中第一产业投资", "investment of primary industry, within urban investment", "composed"),
    ],
)
def test_render_term_frames_and_pieces(term, english, coverage):
    rendering = render_term(term)
    assert (rendering.en, rendering.coverage) == (english, coverage)


def test_partial_names_keep_the_chinese_as_a_gloss():
    assert render_term("单晶炉产量").metric_en == "output (单晶炉产量)"
    assert render_term("单晶炉").metric_en is None


def test_name_facts_fills_only_empty_names_and_counts_verified_ones():
    report = Report(
        source=make_source(),
        achievements=[
            make_fact(Achievement, "地区生产总值", 10, "亿元", 1e9, "yuan"),
            make_fact(Achievement, "单晶炉", 5, "台", 5.0, "台"),
            make_fact(Achievement, "工业总产值", 3, "亿元", 3e8, "yuan", metric_en="model's words"),
            make_fact(Achievement, "税收收入", 1, "亿元", 1e8, "yuan", verified=False),
        ],
        provenance=Provenance(engine="offline", engine_version="t"),
    )
    coverage = name_facts(report)
    names = [f.metric_en for f in report.achievements]
    assert names == ["gross regional product (GRP)", None, "model's words", "tax revenue"]
    assert (coverage.metrics, coverage.exact, coverage.none) == (2, 1, 1)
    assert coverage.untranslated == ["单晶炉"]


def test_pipeline_writes_metric_en_year_and_id_into_report_csv_and_jsonl():
    text = "2023年上半年，开发区实现地区生产总值186.5亿元，同比增长7.2%；工业开票销售500亿元。\n"
    report = summarize_text(text, engine="offline")
    assert report.meta.year == 2023
    assert report.achievements and all(f.metric_en for f in report.achievements)
    assert report.provenance.glossary is not None and report.provenance.glossary.metrics >= 2
    rows = [json.loads(line) for line in render_jsonl([report]).splitlines()]
    assert [r["id"] for r in rows] == [f"a{i}" for i in range(1, len(rows) + 1)]
    assert {r["year"] for r in rows} == {2023}
    assert rows[0]["metric_en"] == "gross regional product (GRP)"
    header = render_csv([report]).splitlines()[0].split(",")
    assert header[:6] == ["source", "id", "kind", "year", "metric", "metric_en"]


def test_unknown_pieces_leave_no_dangling_joiners_and_a_place_title_names_the_issuer():
    from summarizer.brief.phrasing import issuer_en
    from summarizer.models import Meta

    assert render_term("化学原料和化学制品制造业增加值增长").en == (
        "growth in value added of manufacturing"
    )
    assert issuer_en(Meta(title="**中华人民共和国**")) == "People's Republic of China"
    assert issuer_en(Meta(title="2018年国民经济和社会发展统计公报")) is None


def test_filled_names_pass_the_verifiers_free_text_check_and_record_it():
    from summarizer.models import CheckStatus, FactField

    report = summarize_text("开发区新签约10亿元以上项目12个，总投资30亿元。\n", engine="offline")
    named = [f for f in report.achievements if f.metric_en]
    assert any("RMB 1 billion" in f.metric_en for f in named)  # the metric's own amount
    for fact in named:
        assert fact.checks[FactField.FREE_TEXT] is CheckStatus.OK and fact.verified


def test_a_name_the_check_refuses_is_left_out():
    report = Report(
        source=make_source(),
        achievements=[make_fact(Achievement, "地区生产总值", 10, "亿元", 1e9, "yuan")],
        provenance=Provenance(engine="offline", engine_version="t"),
    )
    coverage = name_facts(report, accept=lambda fact: False)
    assert report.achievements[0].metric_en is None and coverage.none == 1


@pytest.mark.parametrize(
    ("metric", "english", "ok"),
    [
        ("新签约亿元以上项目", "newly signed projects of RMB 100 million or more", True),
        ("新培育百億級企業", "newly fostered enterprises with RMB 10 billion or more in output", True),
        ("10亿元以上项目", "projects of RMB 1 billion or more", True),
        ("新签约项目", "newly signed projects of RMB 100 million", False),  # not the name's words
    ],
)
def test_free_text_check_reads_the_amounts_a_name_states(metric, english, ok):
    from summarizer.verify.claims import check_free_text

    fact = make_fact(Achievement, metric, 12, "个", 12.0, "个", metric_en=english)
    assert check_free_text(fact).failed is not ok
