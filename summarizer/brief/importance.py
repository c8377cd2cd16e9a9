"""Which figures a brief leads with: a stated ranking, duplicates merged, the rest to an appendix.

Ranking (first difference decides):
1. headline indicators, in this order: GDP/GRP, output (value added, industrial output), revenue
   (fiscal and tax revenue), investment, trade (imports/exports, foreign capital), consumption
   (retail sales), prices, employment, income; everything else after them;
2. the figure's own level, not a breakdown of it (食品烟酒类上涨 under consumer prices, 化学…
   制造业增加值 under industrial value added, shares 占…比重 of a headline);
3. a name the glossary renders in full before one that keeps Chinese beside it;
4. key-figure group (output, revenue, investment, trade, prices, employment, projects, other);
5. size: money amounts largest first;
6. the order of the report.
The body takes the tiers in turns (the best figure of each headline tier, then each tier's
second best …), so one indicator family cannot fill it. Duplicates (the same metric and value, or the same money amount in the same group, mentioned
twice) are merged into their first mention; the body shows each English name once.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.brief.glossary import key_of
from summarizer.brief.phrasing import GROUP_ORDER, group_of
from summarizer.brief.terms import Rendering
from summarizer.models import Fact

KEY_FIGURES_MAX = 12
TARGETS_MAX = 8

# Headline indicators, most important first; each a tuple of Chinese cue words.
HEADLINES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("GDP/GRP", ("生产总值", "GDP")),
    ("output", ("工业增加值", "规上工业增加值", "规模以上工业增加值", "工业总产值", "工业产值",
                "工业开票销售", "工业应税销售", "服务业增加值", "增加值", "总产值")),
    ("revenue", ("一般公共预算收入", "财政收入", "税收", "营业收入")),
    ("investment", ("固定资产投资", "工业投资", "项目投资", "投资")),
    ("trade", ("进出口", "出口", "利用外资", "使用外资", "到账外资", "外资")),
    ("consumption", ("社会消费品零售总额", "零售额", "消费")),
    ("prices", ("居民消费价格", "消费价格", "生产者出厂价格", "价格")),
    ("employment", ("城镇新增就业", "新增就业", "失业率", "就业")),
    ("income", ("可支配收入", "人均收入", "居民收入")),
)
# Words that mark a breakdown or a side figure of an indicator rather than the indicator itself.
_BREAKDOWN = ("类", "占", "比重", "其中", "制造业增加值", "业增加值增长", "人均", "国有", "股份",
              "外商", "私营", "集体", "轻工业", "重工业")


@dataclass(frozen=True)
class Ranked:
    """A verified fact with its place in the report and its English name."""

    kind: str  # achievement or target
    index: int
    fact: Fact
    rendering: Rendering

    @property
    def group(self) -> str:
        return group_of(self.fact.metric)


def headline_rank(metric: str) -> tuple[int, int]:
    """(tier, cue): tier 0 for GDP/GRP … 8 for income, len(HEADLINES) for anything else; within a
    tier the earlier cue leads (industrial value added before invoiced sales)."""
    text = key_of(metric)
    for rank, (_, cues) in enumerate(HEADLINES):
        for position, cue in enumerate(cues):
            if cue in text:
                return rank, position
    return len(HEADLINES), 0


def sort_key(item: Ranked) -> tuple:
    """The ranking stated in the module docstring."""
    fact = item.fact
    metric = key_of(fact.metric)
    money = fact.base_unit in ("yuan", "USD")
    breakdown = any(word in metric for word in _BREAKDOWN) or fact.base_unit == "pp"
    return (
        headline_rank(fact.metric),
        breakdown,
        item.rendering.coverage not in ("exact", "composed"),
        GROUP_ORDER.index(item.group),
        not money,
        -(fact.value_normalized or 0.0) if money else 0.0,
        item.index,
    )


def spread(ranked: list[Ranked]) -> list[Ranked]:
    """Take the headline tiers in turns: the best GDP/GRP figure, the best output figure, … the
    best income figure, the best other figure, then each tier's second best, and so on, so a
    bulletin with forty output lines still leads with prices, jobs and income."""
    tiers: dict[int, list[Ranked]] = {}
    for item in ranked:
        tiers.setdefault(headline_rank(item.fact.metric)[0], []).append(item)
    out: list[Ranked] = []
    depth = 0
    while len(out) < len(ranked):
        for tier in sorted(tiers):
            if depth < len(tiers[tier]):
                out.append(tiers[tier][depth])
        depth += 1
    return out


def _same_key(item: Ranked) -> tuple:
    fact = item.fact
    return (key_of(fact.metric), fact.value_normalized, fact.base_unit, fact.growth_pct)


def _amount_key(item: Ranked) -> tuple | None:
    fact = item.fact
    if fact.base_unit not in ("yuan", "USD") or not fact.value_normalized:
        return None
    return (fact.value_normalized, fact.base_unit, item.group, fact.period)


def select(items: list[Ranked], limit: int) -> tuple[list[Ranked], list[Ranked], int]:
    """(body, appendix, merged): the top `limit` by rank with each English name once (shown
    grouped: output, revenue, investment …), the rest in rank order, and how many duplicate
    mentions were merged away."""
    seen: set[tuple] = set()
    unique: list[Ranked] = []
    merged = 0
    for item in sorted(items, key=lambda r: r.index):  # the first mention stays
        keys = [_same_key(item)]
        if (amount := _amount_key(item)) is not None:
            keys.append(amount)
        if any(k in seen for k in keys):
            merged += 1
            continue
        seen.update(keys)
        unique.append(item)
    body: list[Ranked] = []
    rest: list[Ranked] = []
    names: set[str] = set()
    for item in spread(sorted(unique, key=sort_key)):
        name = item.rendering.label()
        if len(body) < limit and name not in names:
            body.append(item)
            names.add(name)
        else:
            rest.append(item)
    order = {id(item): n for n, item in enumerate(body)}
    body.sort(key=lambda item: (GROUP_ORDER.index(item.group), order[id(item)]))
    return body, rest, merged
