"""The genre's vocabulary has one source: summarizer/data/*.toml, read by summarizer.text.genre.

Every entry carries a reason and compiles; the verifier's cue sets and the table-column words
the engine and the verifier share are read from the file, not kept as copies in code.
"""

from __future__ import annotations

import re

import pytest

from summarizer.engines.offline import cues, tables
from summarizer.text import genre, sections
from summarizer.verify import vocab

SOURCES = (genre.OFFLINE, genre.META)


def _sections(source: str) -> list[str]:
    return list(genre._table(source))


@pytest.mark.parametrize(("source", "section"), [(s, n) for s in SOURCES for n in _sections(s)])
def test_vocab_every_entry_has_a_reason_and_compiles(source, section):
    for word, reason in genre.entries(section, source=source).items():
        assert isinstance(reason, str) and reason.strip(), f"{source} [{section}] {word!r}: no reason"
        re.compile(word)
    genre.compiled(section, source=source)


def test_vocab_verifier_cues_are_the_files_sections():
    assert vocab.TARGET_CUE.pattern == genre.compiled("verify_target_cues").pattern
    assert vocab.ACHIEVEMENT_CUE.pattern == genre.compiled("verify_achievement_cues").pattern
    assert vocab.PAST_CUE.pattern == genre.compiled("verify_past_cues").pattern
    assert vocab.NOUN_CUES == set(genre.words("verify_noun_cues"))
    assert vocab.WEAK_TARGET_CUES == set(genre.words("verify_review_weak_target_cues"))


def test_vocab_noun_and_weak_cues_are_target_cues():
    """A noun or weak cue is compared with a target cue's match: it must be one of them."""
    for word in vocab.NOUN_CUES | vocab.WEAK_TARGET_CUES:
        assert vocab.TARGET_CUE.fullmatch(word), word


def test_vocab_engine_and_verifier_read_one_table_column_vocabulary():
    assert tables.GROWTH_COLUMN.pattern == vocab.GROWTH_COLUMN.pattern
    assert tables.TARGET_COLUMN.pattern == vocab.TARGET_COLUMN.pattern
    assert vocab.GROWTH_COLUMN.search("比上年增长(%)") and vocab.TARGET_COLUMN.search("全年目标")
    assert not vocab.GROWTH_COLUMN.search("绝对值") and not vocab.TARGET_COLUMN.search("完成值")


def test_vocab_commitments_come_from_the_file():
    assert cues.COMMITMENTS == genre.words("commitments")
    assert {"力争", "确保", "不少于"} <= set(cues.COMMITMENTS)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("力争全年税收达到5亿元", ["力争"]),
        ("完成年计划的101.2%", []),  # a completion rate: 计划 after 完成 is no commitment
        ("实施计划生育奖励政策", []),
        ("下一步，新增就业岗位3000个", ["下一步"]),  # a plan opener, read as a cue sentence by sentence
        ("到2025年研发投入强度不低于3%", ["到2025年", "不低于"]),
        ("将新建学校5所", ["将新建"]),
    ],
)
def test_vocab_verifier_target_cues_find_the_genres_commitments(sentence, found):
    assert [m.group() for m in vocab.TARGET_CUE.finditer(sentence)] == found



def test_vocab_targets_opener_is_one_plan_switch_entry():
    """主要预期目标 opens the targets until the next heading and is a plan switch too."""
    for text in ("今年经济社会发展的主要预期目标是：", "综合考虑各方面因素，今年全市主要调控指标是："):
        assert sections.TARGETS_OPEN.match(text) and sections.PLAN_SWITCH.match(text)
    assert not sections.TARGETS_OPEN.match("下一步，我们将加快建设")
    assert sections.PLAN_SWITCH.match("下一步，我们将加快建设")
