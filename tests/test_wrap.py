"""Hard-wrapped reports (PDF or archive copies broken every 20-40 characters mid-sentence) read
like the same report unwrapped; a normal report with short lines is never joined.

All texts here are authored for these tests, in the genre's style.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.pipeline import summarize_text
from summarizer.text import wrap
from summarizer.text.clean import clean
from summarizer.text.segment import Segments

REPORT = """2025年全市经济运行情况

一、主要指标

全年全市实现地区生产总值1234.5亿元，比上年增长6.2%。其中，第一产业增加值45.6亿元，增长3.1%；第二产业增加值512.3亿元，增长7.4%；第三产业增加值676.6亿元，增长5.8%。规模以上工业增加值比上年增长8.4%，城镇居民人均可支配收入达到52360元，增长5.1%。全社会固定资产投资比上年增长4.27%，年末常住人口达到427.3万人。

二、城市建设

全年城市生活污水集中处理率达到96.5%，工业废气处理率达到74%，建成区绿化覆盖率提高到42.3%。新建改造城市道路28条，新增公共停车泊位3200个，全市森林覆盖率比“十三五”时期末提高1.2个百分点。

三、2026年主要目标

2026年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内。
"""

_WORD = re.compile(r"[0-9A-Za-z.%]+|.", re.S)  # a layout engine never breaks inside 6.2% or 2025


def hard_wrap(text: str, width: int, *, indent: str = "", blank_lines: bool = True) -> str:
    """Break every paragraph longer than `width` characters the way a PDF copy does: lines of
    `width` characters (a Latin word or figure is never split), the first line after `indent`."""
    out: list[str] = []
    for para in text.strip("\n").split("\n"):
        if not para.strip():
            continue
        if len(para) <= width:
            out.append(para)  # a heading or title line stays as it is
        else:
            line = indent
            for token in _WORD.findall(para):
                if len(line) + len(token) > width and line.strip():
                    out.append(line)
                    line = ""
                line += token
            out.append(line)
        if blank_lines:
            out.append("")
    return "\n".join(out) + "\n"


def _facts(text: str) -> list[tuple]:
    report = summarize_text(text, engine="offline")
    rows = []
    for kind, facts in (("achievement", report.achievements), ("target", report.targets)):
        for f in facts:
            assert text[f.evidence.start : f.evidence.end] == f.evidence.quote
            assert "\n" not in f.metric, f.metric
            rows.append((kind, f.metric, f.value, f.unit, f.growth_pct))
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def plain_facts() -> list[tuple]:
    return _facts(REPORT)


@pytest.mark.parametrize("width", [20, 23, 27, 31, 35])
def test_wrapped_report_gives_the_same_facts(plain_facts, width):
    assert _facts(hard_wrap(REPORT, width)) == plain_facts


@pytest.mark.parametrize("width", [22, 30])
def test_wrapped_with_indent_and_no_blank_lines_gives_the_same_facts(plain_facts, width):
    assert _facts(hard_wrap(REPORT, width, indent="\u3000\u3000", blank_lines=False)) == plain_facts


def test_first_line_that_lost_its_indent_still_continues():
    # copies often drop the two-character paragraph indent: the first line is two short
    text = hard_wrap(REPORT, 26, indent="\u3000\u3000").replace("\u3000\u3000", "")
    assert _facts(text) == _facts(REPORT)


def test_metric_cut_at_the_break_is_whole():
    text = hard_wrap(REPORT, 26)
    assert "工业废\n气处理率" in text or "废气处\n理率" in text or "工\n业废气" in text or "达到74%" in text
    report = summarize_text(text, engine="offline")
    names = {f.metric: f for f in report.achievements}
    assert "工业废气处理率" in names, sorted(names)
    assert names["工业废气处理率"].value == 74


def test_a_break_inside_a_wrapped_paragraph_is_no_clause_boundary():
    text = "说明\n\n" + "\n".join(["全年城市生活污水集中处理率达到96.5%，工业废"] * 1 + ["气处理率达到74%，建成区绿化覆盖率提高到4"] + [
        "2.3%。新建改造城市道路28条，新增公共停车泊"] + ["位3200个，全市森林覆盖率比上年末提高1.2个"] + ["百分点，城镇新增就业4.5万人，城镇调查失业"] + [
        "率控制在5.5%以内，一般公共预算收入增长5%。"]) + "\n"
    doc = clean(text)
    seg = Segments.of(doc)
    at = text.index("气处理率")
    start, end = seg.clause(at)
    assert text[start:end] == "工业废\n气处理率达到74%"
    line = seg.line(at)
    assert text[line[0] : line[1]].startswith("全年") and text[line[0] : line[1]].endswith("增长5%。")


NORMAL = """关于2025年工作的总结

一、经济运行
全年地区生产总值1234.5亿元，比上年增长6.2%，规模以上工业增加值增长8.4%，城镇居民人均可支配收入达到52360元。
（一）工业
规上工业企业达到1200家
（二）农业
粮食总产量稳定在98万吨
二、城市建设
新建改造城市道路28条
新增公共停车泊位3200个
| 指标 | 数值 |
| --- | --- |
| 道路 | 28条 |
- 新建学校12所
- 新建医院3家
"""

TITLES = "\n".join(
    ["高质量发展取得新成效新进展", "营商环境持续优化提升效果", "城乡融合发展步伐不断加快", "民生福祉持续增进显著提升",
     "生态环境质量持续稳定改善", "社会治理能力持续得到提高"]
) + "\n"


def test_a_normal_report_with_short_lines_is_not_joined():
    assert wrap.soft_breaks(NORMAL) == frozenset()
    assert wrap.soft_breaks(REPORT) == frozenset()


def test_a_column_of_title_lines_of_equal_length_is_not_joined():
    assert wrap.soft_breaks(TITLES) == frozenset()


def test_headings_list_items_and_table_rows_inside_a_wrapped_report_stay_apart():
    body = hard_wrap(REPORT, 24)
    text = body + ("\n四、附表\n| 指标 | 数值 |\n| --- | --- |\n| 道路 | 28条 |\n- 新建学校12所\n- 新建医院3家\n"
                   "规模以上工业总产值（亿元） | 212.4 | 9.8\n固定资产投资（亿元） | 36.9 | -5.2\n")
    soft = wrap.soft_breaks(text)
    assert soft
    for heading in ("一、主要指标", "二、城市建设", "四、附表", "| 指标 | 数值 |", "| 道路 | 28条 |", "- 新建学校12所",
                    "规模以上工业总产值（亿元） | 212.4 | 9.8"):
        at = text.index(heading)
        assert at - 1 not in soft and at + len(heading) not in soft, heading


def test_without_breaks_cuts_spans_at_line_breaks():
    norm = "工业废\n气处理率"
    assert wrap.without_breaks(norm, ((0, len(norm)),)) == ((0, 3), (4, 8))
    assert wrap.without_breaks(norm, ((4, 8),)) == ((4, 8),)


_U001 = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "unlabeled" / "u001-plan-1991-八五计划纲要.md"


def test_the_wrapped_1991_plan_names_its_figures_whole():
    if not _U001.exists():
        pytest.skip("shared corpus not present")
    report = summarize_text(_U001.read_text(encoding="utf-8"), engine="offline")
    metrics = [f.metric for f in [*report.achievements, *report.targets]]
    assert not any("\n" in m for m in metrics)
    assert not any(m in ("气处理率", "期增长") for m in metrics), [m for m in metrics if m in ("气处理率", "期增长")]


PLAN = """2026年工作安排

今年，我们将重点抓好以下工作：一是加快建设城市轨道交通二号线，确保年底前建成通车；二是深入实施创新驱动发展战略，新认定高新技术企业100家；三是持续优化营商环境，推进政务服务事项全程网办；四是扎实推进乡村振兴，新建高标准农田5万亩。
"""


@pytest.mark.parametrize("width", [21, 27, 33])
def test_wrapped_measures_read_as_the_unwrapped_ones(width):
    def actions(text: str) -> list[str]:
        report = summarize_text(text, engine="offline")
        for a in report.actions:
            assert text[a.evidence.start : a.evidence.end] == a.evidence.quote
        return [a.action for a in report.actions]

    plain = actions(PLAN)
    assert plain and actions(hard_wrap(PLAN, width)) == plain


def test_enumerated_headings_of_one_length_never_set_a_margin():
    # a page read one block per line: headings of one length, each above a paragraph
    heads = ["一、坚持目标必成，全力以赴抓冲刺", "二、坚持项目为王，开足马力抓推进", "三、坚持服务民生，齐头并进抓统筹",
             "四、坚持求真务实，从严从紧抓落实"]
    body = "一是巩固优势指标。细化分解任务，全力缩小与全年目标的差距。"
    text = "园区第四季度工作部署\n" + "".join(f"{h}\n{body}\n" for h in heads)
    assert wrap.soft_breaks(text) == frozenset()


@pytest.mark.parametrize("width", [23, 37])
def test_segment_lookups_answer_alike_in_any_order(width):
    """sentence, clause and line keep their last answer: asked in any order, at every position
    of a wrapped report, each answers as a fresh reading does (the first ask of a position)."""
    doc = clean(hard_wrap(REPORT, width))
    assert wrap.of(doc)  # the soft breaks are there: a line spans several of them
    kept = Segments(doc)
    positions = list(range(len(doc.norm) + 1))
    order = positions[::-1] + positions[::3] + positions
    for pos in order:
        fresh = Segments(doc)
        assert kept.sentence(pos) == fresh.sentence(pos)
        assert kept.clause(pos) == fresh.clause(pos)
        assert kept.line(pos) == fresh.line(pos)


def test_a_figure_split_by_a_line_break_the_wrap_reader_did_not_join_is_still_read():
    from summarizer.text.numbers import extract_mentions

    # two short lines are too few to read as a wrapped paragraph; the figure still runs on
    text = "说明\n\n全市国民生产总值达到23250\n亿元，比上年增长3.6%。\n"
    assert [m.value for m in extract_mentions(clean(text))] == [23250, 3.6]
