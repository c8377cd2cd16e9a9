"""The first-character test put in front of a regex changes no match (text/prefilter.py)."""

from __future__ import annotations

import random
import re

import pytest

from summarizer.text import clean
from summarizer.text.numbers import NONFACT_RE, load_nonfacts
from summarizer.text.prefilter import first_class, prefiltered
from summarizer.verify import vocab

SENTENCES = (
    "入围世界500强企业3家，建成220千伏变电站2座，拨打12345热线8.6万次。",
    "力争全年地区生产总值增长6%左右，确保完成年计划的101.2%，预计2025年达到1000亿元。",
    "完成年计划投资120亿元，项目计划总投资80亿元，将新建学校5所，要确保实现目标。",
    "双11期间网络零售额增长12%，24小时内办结，表2 主要指标，图3 增速。",
    "您现在的位置：首页 > 政务公开\n分享到：微信 微博\n版权所有：某某市人民政府 ICP备案号12345",
)


def _matches(rx: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list:
    hi = len(text) if hi is None else hi
    return [(m.span(), m.groups()) for m in rx.finditer(text, lo, hi)]


def _pool(rx: re.Pattern[str]) -> str:
    # the pattern's own characters and a few more: random text full of near-misses
    return "".join(sorted(set(re.sub(r"[\\()?:|*+{}\[\]^$]", "", rx.pattern)))) + "0123456789 ，。、\n"


def _raw(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, before the module put its test in front."""
    head = f"(?=[{first_class(rx)}])(?:"
    return re.compile(rx.pattern[len(head) : -1], rx.flags) if rx.pattern.startswith(head) else rx


PATTERNS = [
    re.compile("|".join(f"(?:{pattern})" for _, pattern, _ in load_nonfacts())),
    vocab.TARGET_CUE,
    *(_raw(rx) for _, rx in clean._RULES),
]


def test_the_modules_use_the_prefiltered_patterns():
    assert NONFACT_RE.pattern == prefiltered(PATTERNS[0]).pattern != PATTERNS[0].pattern
    assert any(rx is not _raw(rx) for _, rx in clean._RULES)


@pytest.mark.parametrize("source", PATTERNS, ids=lambda rx: rx.pattern[:20])
def test_same_matches_as_the_pattern_itself(source):
    fast = prefiltered(source)
    rng = random.Random(8)
    pool = _pool(source)
    texts = [*SENTENCES, *("".join(rng.choice(pool) for _ in range(rng.randrange(1, 80))) for _ in range(400))]
    for text in texts:
        assert _matches(fast, text) == _matches(source, text)
        lo = rng.randrange(len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        assert _matches(fast, text, lo, hi) == _matches(source, text, lo, hi)  # windows: lookbehinds


def test_the_test_holds_every_first_character():
    rx = re.compile(r"(?<!完成)计划|目标|\d+强|(?:新|老)?办法")
    body = first_class(rx)
    assert body is not None
    for c in "计目0新老办":
        assert re.fullmatch(f"[{body}]", c), c
    assert not re.fullmatch(f"[{body}]", "强")
    fast = prefiltered(rx)
    assert fast is not rx and fast.findall("完成计划，新计划，500强，办法") == rx.findall("完成计划，新计划，500强，办法")


@pytest.mark.parametrize("pattern", [r".计划", r"(?:计划)?", r"(?i:ab)c|d", r"[^a]b|c", r"\W+a|b"])
def test_unreadable_patterns_are_returned_as_they_are(pattern):
    rx = re.compile(pattern)
    assert prefiltered(rx) is rx


def test_patterns_the_engine_already_tests_are_left_alone():
    for rx in (vocab.ACHIEVEMENT_CUE, vocab.PAST_CUE, re.compile(r"^(上一条|下一条)")):
        assert prefiltered(rx) is rx
