"""Cue words that decide target vs achievement and mark growth (Simplified, half-width view)."""

from __future__ import annotations

import re

from summarizer.engines.offline import vocab
from summarizer.text.prefilter import prefiltered

# Cue words (summarizer/data/offline_vocab.toml): the nearest one before a figure decides
# target vs achievement. Searched up to four times per figure: with its first-character test
# (prefilter.py, the same matches) the scan skips the positions no cue can begin at.
TARGET_CUES = prefiltered(vocab.compiled("target_cues"))
WEAK_TARGET_CUES = set(vocab.words("weak_target_cues"))
# Weak only inside a review section (争取专项债券351亿元 there reports funds obtained); in a
# text without sections (an old report's 争取在五年内达到…) they still aim.
REVIEW_WEAK_TARGET_CUES = set(vocab.words("review_weak_target_cues"))


_WEAK_BY_MODE = {"plan": frozenset(), "summary": frozenset(WEAK_TARGET_CUES | REVIEW_WEAK_TARGET_CUES)}
_WEAK_ELSEWHERE = frozenset(WEAK_TARGET_CUES)


def weak_target_cues(mode: str | None) -> frozenset[str]:
    """The target cues that do not count in a section of this mode ('plan', 'summary', None)
    (built once per mode: the engine asks for every figure)."""
    found = _WEAK_BY_MODE.get(mode)  # type: ignore[arg-type]
    return found if found is not None else _WEAK_ELSEWHERE
# Strong achievement cues override an earlier target cue in the same sentence.
ACHIEVEMENT_CUES = vocab.compiled("achievement_cues")
# Inside a plan section these compare a goal with last year's figure: they date nothing.
PLAN_WEAK_ACHIEVEMENT_CUES = frozenset(vocab.words("plan_weak_achievement_cues"))
# Weak achievement cues decide only when the sentence has no target cue before the figure.
WEAK_ACHIEVEMENT_CUES = vocab.compiled("weak_achievement_cues")
COMMITMENTS = vocab.words("commitments")

GROWTH_CUE = re.compile(
    r"(?:同比|按年|(?:比|较)(?:上年|去年)(?:同期|末|底)?|比年初)?"
    r"(?P<verb>增长|增加|提高|上升|增幅|增速|成长|增产|下降|减少|回落|降低|衰退|减产|多亏|增亏|减亏)(?:了|为|达到?)?$"
)
# 成长/衰退: Taiwan usage; 按年: Hong Kong's "year on year"; 增产/减产: harvests; 多亏/增亏/减亏: losses
# (亏损1023亿元，多亏21.9%)
NEGATIVE_GROWTH = {"下降", "减少", "回落", "降低", "衰退", "减产", "减亏"}
# 比上年增长1.5倍, 增加1.4倍: the growth words a multiple is a growth after (1.5倍 = 150%)
GROWTH_BY_MULTIPLE = {"增长", "增加", "提高", "上升", "增产"}
# 扣除价格因素，实际增长8.3% / 年均增长6.1%: a second growth rate of the figure before, named apart
QUALIFIED_GROWTH = prefiltered(re.compile(
    r"(?:扣除价格因素[,，]?)?(?:(?:比|较)(?:上年|去年)(?:同期)?)?(?:分别)?"  # 比上年实际增长9.3%, 分别实际增长
    # 五年年均增长, 平均每年增长: a span before the mean, or the mean written out
    r"(?:实际|名义|(?:[两二三四五六七八九十]年)?(?:年均|平均每年|每年平均)|平均|(?:两|三|五|十)年平均)(?:分别)?"
    r"(?:增长|下降|增加|提高)"
))
