"""The offline engine's speed shortcuts answer exactly what the plain regexes answered."""

from __future__ import annotations

import re
from itertools import product

import pytest

from summarizer.engines.offline import actions
from summarizer.engines.offline.gate import AnyMatch, _required_words

# authored clauses in the genre's style: frames, slogans, measures, results
CLAUSES = [
    "在保持经济平稳运行的前提下",
    "根据省委省政府的工作部署要求",
    "为全年目标任务完成打好基础",
    "紧盯全年目标任务",
    "围绕全年各项目标任务",
    "以项目建设为抓手",
    "要以招商引资为重点",
    "召开全区经济运行分析会议",
    "认真贯彻落实会议精神",
    "把招商引资作为一号工程",
    "只争朝夕抓落实",
    "各部门作了交流发言",
    "时刻把安全生产放在心上",
    "要谋划好明年发展",
    "创新是关键",
    "区领导就项目推进工作",
    "解决企业用工难等问题",
    "坚持疫情防控常态化",
    "在规划上再提速、在建设上再加力、在服务上再优化、",
    "区委书记强调",
    "守土有责",
    "要以更大力度推进改革",
    "就是要抓落实",
    "为确保完成任务",
    "全力以赴抓冲刺",
    "道路、桥梁、管网等",
    "比上年同期提高2.3个百分点",
    "招商引资成效明显",
    "2024年是全面落实规划的关键一年",
    "重点抓好以下几个方面工作",
    "加快推进东区污水管网建设",
    "完成规上工业产值88亿元",
    "力争引进项目6个以上",
    "打造长三角先进制造业高地",
    "全面提升我区医疗水平",
    "做好税收界定",
    "",
    "发展",
    "确保年底前交付",
]


@pytest.mark.parametrize(
    "pattern",
    [actions.FRAME, actions.FRAME_VOCAB, actions.SLOGAN, actions.GOAL_ONLY, actions.PURPOSE, actions.DEPENDENT,
     actions.COMMITMENT_START, actions.RESULT_START],
)
def test_any_match_answers_as_the_pattern(pattern: re.Pattern[str]) -> None:
    gated = AnyMatch(pattern)
    assert not gated._whole  # the vocabularies are read branch by branch, not run whole
    texts = CLAUSES + [a + b for a, b in product(CLAUSES[:12], CLAUSES[-8:])]
    for text in texts:
        assert gated.match(text) == bool(pattern.match(text)), text


def test_overlapping_and_prefix_words_are_all_found() -> None:
    # 招商 is a prefix of 招商引资 (same position) and 商引 overlaps it (a later position): each
    # branch needing one of them is still tried
    pattern = re.compile(r"^(?:.{0,4}招商引资会$|.{0,4}招商$|.{0,4}商引$|x?)$")
    gated = AnyMatch(pattern)
    for text in ["招商引资会", "全区招商", "全商引", "x", "", "招商引资", "商", "y"]:
        assert gated.match(text) == bool(pattern.match(text)), text


def test_prefix_and_suffix_apply_to_every_branch() -> None:
    pattern = re.compile(r"(?:要|并)?(?:推进[^,，]{0,6}|落实[^,，]{0,4}责任)$")
    gated = AnyMatch(pattern)
    for text in ["要推进项目", "并落实主体责任", "落实责任，", "推进项目建设工作再加快", "要", "并推进"]:
        assert gated.match(text) == bool(pattern.match(text)), text


def test_required_words_join_literal_runs() -> None:
    # the parser factors 提 out of 提高|提升: the words are joined again, not 提 alone
    assert _required_words(r"[^,，]{0,6}(?:提高|提升)[^,，]{1,8}度", 0) == frozenset({"提高", "提升"})
    assert _required_words(r"[^,，]{0,6}", 0) is None  # no word needed: such a branch is always tried


def test_backreferences_keep_the_pattern_whole() -> None:
    pattern = re.compile(r"(?:(a)\1|b)")
    gated = AnyMatch(pattern)
    assert gated._whole
    assert gated.match("aa") and gated.match("b") and not gated.match("ab")


def test_first_of_answers_as_searching_in_turn() -> None:
    from summarizer.engines.offline.gate import FirstOf

    patterns = (re.compile("招商引资会|党建"), re.compile("招商|项目"), re.compile("商引|安全"), re.compile("a+"))
    literal = FirstOf(patterns[:3])
    assert not literal._whole
    for text in ["全区招商引资会", "招商", "全商引", "党建", "安全项目", "无关", "", "项目党建"]:
        expected = next((n for n, p in enumerate(patterns[:3]) if p.search(text)), -1)
        assert literal.index(text) == expected, text
    mixed = FirstOf(patterns)  # a pattern not of literal words: every pattern searched in turn
    assert mixed._whole and mixed.index("aaa") == 3 and mixed.index("项目") == 1


def test_categories_of_authored_measures() -> None:
    assert [actions._category(t) for t in ["加强党建引领", "加快项目开工", "推进道路建设", "优化营商环境", "做好考核"]] == [
        "party_building", "project_construction", "infrastructure", "enterprise_services", "governance"
    ]
