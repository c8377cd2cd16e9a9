"""The cross-lingual number check: English figures parsed, normalised and matched to the Report."""

from __future__ import annotations

import pytest
from report_factory import make_fact, make_source

from summarizer.brief.check import (
    check_brief,
    check_text,
    drop_unmatched,
    fact_ref,
    problems_message,
    round_significant,
)
from summarizer.brief.reader import find_figures
from summarizer.models import (
    Achievement,
    Brief,
    BriefLine,
    BriefMeasure,
    BriefProvenance,
    BriefSource,
    Provenance,
    Report,
    Target,
)


def make_report() -> Report:
    return Report(
        source=make_source(),
        achievements=[
            make_fact(Achievement, "工业开票销售", 79.4, "亿元", 7.94e9, "yuan", growth_pct=27.0),
            make_fact(Achievement, "一般公共预算收入中税收收入", 1.76, "亿元", 1.76e8, "yuan"),
            make_fact(Achievement, "实际利用外资", 7.5, "亿美元", 7.5e8, "USD"),
            make_fact(Achievement, "标准地出让土地", 1498.28, "亩", 1498.28, "mu"),
            make_fact(
                Achievement, "规模工业增加值增幅", 7.3, "个百分点", 7.3, "pp", rank="增幅居全市第二"
            ),
            make_fact(Achievement, "引进税收", 2800, "万元", 2.8e7, "yuan"),
            make_fact(Achievement, "新建厂房", 2, "栋", 2.0, "栋", value_text="两"),
            make_fact(Achievement, "综合考核", 20, "位", 20.0, "rank"),
            make_fact(Achievement, "未核实产值", 55.5, "亿元", 5.55e9, "yuan", verified=False),
        ],
        targets=[
            make_fact(
                Target,
                "签约超10亿元项目",
                30,
                "个",
                30.0,
                "个",
                qualifier="以上",
                commitment="确保",
            ),
            make_fact(Target, "新开工亿元项目", 4, "个", 4.0, "个", commitment="确保"),
        ],
        provenance=Provenance(engine="offline", engine_version="t"),
    )


REPORT = make_report()


@pytest.mark.parametrize(
    ("text", "value", "base"),
    [
        ("RMB 7.94 billion", 7.94e9, "yuan"),
        ("RMB7.94 billion", 7.94e9, "yuan"),
        ("176 million yuan", 1.76e8, "yuan"),
        ("CNY 28 million", 2.8e7, "yuan"),
        ("USD 750 million", 7.5e8, "USD"),
        ("US$1.2 billion", 1.2e9, "USD"),
        ("$3 million", 3e6, "USD"),
        ("27%", 27, "%"),
        ("27 percent", 27, "%"),
        ("27 per cent", 27, "%"),
        ("7.3 percentage points", 7.3, "pp"),
        ("0.9 percentage point", 0.9, "pp"),
        ("1,498.28 mu", 1498.28, "mu"),
        ("5,100 square metres", 5100, "m2"),
        ("3.66 km", 3.66, "km"),
        ("12 tonnes", 12, "t"),
        ("1.5 times", 1.5, "times"),
        ("30 projects", 30, "count"),
        ("two new plants", 2, "count"),
        ("twenty-five sites", 25, "count"),
        ("ten thousand people", 10000, "count"),
        ("one million visitors", 1e6, "count"),
        ("1.2 bn", 1.2e9, "count"),
    ],
)
def test_find_figures_reads_value_and_base_unit(text, value, base):
    figures = find_figures(text)
    assert len(figures) == 1, figures
    assert figures[0].value == pytest.approx(value) and figures[0].base == base


@pytest.mark.parametrize(
    ("text", "hedge", "may_round"),
    [
        ("more than 30", "more than", True),
        ("over 30", "over", True),
        ("about RMB 1.8 billion", "about", True),
        ("nearly 1,500 mu", "nearly", True),
        ("approximately 7.9%", "approximately", True),
        ("around 2,000", "around", True),
        ("at least 27 projects", "at least", False),
        ("up to 4 projects", "up to", False),
    ],
)
def test_find_figures_reads_hedges(text, hedge, may_round):
    (figure,) = find_figures(text)
    assert figure.hedge == hedge and figure.may_round is may_round
    assert figure.text.startswith(hedge)


@pytest.mark.parametrize(
    "text",
    [
        "ranked first in the city",
        "2nd in the province",
        "the 14th Five-Year Plan",
        "in 2023",
        "FY2022 results",
        "Q3 and H1 2022",
        "5G base stations and G20",
        "published 2020-09-16",
        "on 16 September",
        "September 16",
        "1. Investment attraction",
        "(2) Services",
        "Section 3 says",
        "No. 5 document",
        "Phase 2 of the park",
        "in the first nine months",
        "a 60-day campaign",
        "one-stop services",
        "one of the zones",
        "the zone “南通开发区2022年”",
        "tax revenue (一般公共预算收入中税收收入 1.76亿元)",
        "COVID-19 control",
        "the 14th Five-Year Plan period (2021-2025)",
        "Projects: 「坚持“项目为王”，新开工10个」",
    ],
)
def test_find_figures_skips_what_is_not_a_figure(text):
    assert find_figures(text) == []


def test_find_figures_reads_ranges_as_two_figures():
    low, high = find_figures("projects of RMB 3-5 billion")
    assert (low.value, high.value, low.base) == (3e9, 5e9, "yuan")


def test_find_figures_reads_unquoted_chinese_with_the_one_number_parser():
    (figure,) = find_figures("sales of 79.4亿元 were reported")
    assert figure.value == 7.94e9 and figure.base == "yuan"


def test_find_figures_offsets_point_at_the_english():
    text = "Sales reached RMB 7.94 billion, up 27% year on year."
    spans = [text[f.start : f.end] for f in find_figures(text)]
    assert spans == ["RMB 7.94 billion", "27%"]


@pytest.mark.parametrize(
    "text",
    [
        "Industrial invoiced sales reached RMB 7.94 billion.",
        "Industrial invoiced sales rose 27% year on year.",
        "Industrial invoiced sales rose 27 percent.",
        "Tax revenue was RMB 176 million.",
        "Tax revenue was 176 million yuan.",
        "Tax revenue attracted: RMB 28 million.",
        "Foreign capital actually utilized: USD 750 million.",
        "Land: 1,498.28 mu.",
        "Value added grew 7.3 percentage points faster, ranked second.",
        "two new plants",
        "top 20 in the assessment",
        "Ensure more than 30 projects of over RMB 1 billion each.",
        "Four projects worth RMB 100 million or more.",
        "about RMB 7.9 billion",
        "nearly RMB 8 billion",
        "about 1,500 mu",
        "more than RMB 180 million",
    ],
)
def test_check_text_accepts_report_values(text):
    checked, problems = check_text(text, REPORT)
    assert checked >= 1 and problems == [], problems_message(problems)


@pytest.mark.parametrize(
    ("text", "planted"),
    [
        ("Industrial invoiced sales reached RMB 794 million.", "RMB 794 million"),
        ("Industrial invoiced sales rose 72% year on year.", "72%"),
        ("Industrial invoiced sales reached RMB 7.94.", "RMB 7.94"),
        ("Tax revenue was RMB 1.76 million.", "RMB 1.76 million"),
        ("Foreign capital: RMB 750 million.", "RMB 750 million"),  # wrong currency
        ("Foreign capital: USD 7.5 billion.", "USD 7.5 billion"),
        ("Land: 1,498.28 square metres.", "1,498.28 square metres"),  # wrong unit
        ("Value added grew 7.3% faster.", "7.3%"),  # percent for percentage points
        ("RMB 7.9 billion", "RMB 7.9 billion"),  # rounding without a hedge
        ("at least RMB 7.9 billion", "at least RMB 7.9 billion"),  # a bound is not a hedge
        ("about RMB 7.93 billion", "about RMB 7.93 billion"),  # wrong, not rounded
        ("Output of RMB 5.55 billion.", "RMB 5.55 billion"),  # only an unverified fact has it
        ("Three new plants", "Three"),
    ],
)
def test_check_text_flags_planted_errors(text, planted):
    _, problems = check_text(text, REPORT, where="summary")
    assert [p.text for p in problems] == [planted]
    assert f'"{planted}"' in problems[0].message and "summary" in problems[0].message


def test_problem_message_names_the_nearest_report_value():
    (problem,) = check_text("Sales reached RMB 794 million.", REPORT, where="summary")[1]
    assert problem.nearest == 7.94e9
    assert problem.nearest_fact is not None and problem.nearest_fact.metric == "工业开票销售"
    assert "RMB 7.94 billion" in problem.message and "79.4亿元" in problem.message
    assert problem.message.count("\n") == 0
    assert (problem.start, problem.end) == (14, 29)


def test_linked_line_must_match_its_own_fact():
    ref = fact_ref(REPORT.achievements[1], "achievement", 1)  # RMB 176 million
    assert check_text("Tax revenue: RMB 176 million", REPORT, fact=ref)[1] == []
    (problem,) = check_text("Tax revenue: RMB 7.94 billion", REPORT, fact=ref, where="k")[1]
    assert "linked fact" in problem.message


def test_negative_growth_is_written_with_down():
    report = make_report()
    report.achievements[0].growth_pct = -3.5
    assert check_text("Sales fell, down 3.5% year on year.", report)[1] == []


def test_round_significant_is_exact():
    assert round_significant(7.94e9, 2) == 7.9e9
    assert round_significant(1498.28, 2) == 1500
    assert round_significant(1.76e8, 1) == 2e8


def _brief(**kw) -> Brief:
    base = dict(
        title="Sample Development Zone: January-September 2023",
        summary="The zone reported strong growth. Industrial invoiced sales reached RMB 7.94 "
        "billion, up 27% year on year. Tax revenue was RMB 176 million.",
        key_figures=[
            BriefLine(
                text="Industrial invoiced sales: RMB 7.94 billion",
                fact=fact_ref(REPORT.achievements[0], "achievement", 0),
            )
        ],
        targets=[
            BriefLine(
                text="Ensure: more than 30 projects", fact=fact_ref(REPORT.targets[0], "target", 0)
            )
        ],
        measures=[BriefMeasure(text="Investment attraction: “督促外资5亿元到位”")],
        caveats=["Caveats are not checked: 12345 facts"],
        source=BriefSource(source_file="zone.txt"),
        provenance=BriefProvenance(engine="offline", engine_version="t"),
    )
    base.update(kw)
    return Brief(**base)


def test_check_brief_passes_a_faithful_brief():
    result = check_brief(_brief(), REPORT)
    # the year in the title and the quoted Chinese measure are not figures
    assert result.problems == [] and result.numbers_checked == 5 == result.numbers_matched


def test_check_brief_flags_each_planted_error():
    brief = _brief(
        summary="Industrial invoiced sales reached RMB 794 million, up 72% year on year. "
        "Tax revenue was RMB 1.76.",
        key_figures=[
            BriefLine(
                text="Industrial invoiced sales: RMB 7.94",
                fact=fact_ref(REPORT.achievements[0], "achievement", 0),
            )
        ],
    )
    result = check_brief(brief, REPORT)
    assert [(p.where, p.text) for p in result.problems] == [
        ("summary", "RMB 794 million"),
        ("summary", "72%"),
        ("summary", "RMB 1.76"),
        ("key_figures[0]", "RMB 7.94"),
    ]
    assert problems_message(result.problems).count("\n- ") == 3


def test_check_brief_rejects_a_link_to_an_unverified_fact():
    bad = fact_ref(REPORT.achievements[8], "achievement", 8)
    result = check_brief(
        _brief(key_figures=[BriefLine(text="Output: RMB 5.55 billion", fact=bad)]), REPORT
    )
    assert [p.where for p in result.problems] == ["key_figures[0]"]
    assert "not a verified fact" in result.problems[0].message


def test_drop_unmatched_removes_sentences_and_lines_and_lists_them_as_caveats():
    brief = _brief(
        summary="The zone reported strong growth. Sales reached RMB 794 million. "
        "Tax revenue was RMB 176 million.",
        targets=[
            BriefLine(text="Ensure: 31 projects", fact=fact_ref(REPORT.targets[0], "target", 0))
        ],
    )
    fixed = drop_unmatched(brief, REPORT)
    assert fixed.summary == "The zone reported strong growth. Tax revenue was RMB 176 million."
    assert fixed.targets == []
    assert fixed.provenance.check.problems == []
    assert fixed.provenance.check.removed == [
        "Sales reached RMB 794 million.",
        "Ensure: 31 projects",
    ]
    assert any("RMB 794 million" in c for c in fixed.caveats)
    assert check_brief(fixed, REPORT).problems == []


def test_drop_unmatched_keeps_a_clean_brief_unchanged():
    brief = _brief()
    fixed = drop_unmatched(brief, REPORT)
    assert fixed.summary == brief.summary and fixed.caveats == brief.caveats
    assert fixed.provenance.check.numbers_matched == 5
