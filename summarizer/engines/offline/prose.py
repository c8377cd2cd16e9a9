"""Metric naming rules of work-report and plan prose (as opposed to communiqué statistics).

Work reports name their figures in running sentences rather than in 指标+数值 pairs: a quoted
programme name heads the metric (“义新欧”班列开行), a ranking says its scope (居全国城市第三),
a from-to pair or a range gives two figures of one indicator, a list shares its subject
(省属国有企业混改率达77%、资产证券化率达65%). Each function here names one such pattern and
returns spans of the text (so the metric stays in the user's script) or a decision; the
engine (`metric.py`, `facts.py`) calls them, the verifier reads the same constructions.
"""

from __future__ import annotations

import re

from summarizer.engines.offline import actions as action_rules
from summarizer.engines.offline import vocab
from summarizer.engines.offline.spans import Spans, runs, text_of
from summarizer.engines.offline.vocab import GENERIC_HEADS
from summarizer.text.numbers import UNITS
from summarizer.text.prefilter import prefiltered
from summarizer.verify.vocab import (
    CONTRACTIONS,
    PLACE,
    RECORD_RUN,
    TO_VERB,
    sentence_scope,
    whole_core,
)

# A quoted plan period or slogan of time before the metric (“十三五”期间, “十一五”时期): when, not what.
QUOTED_TIME = re.compile(r"^[“\"](?:十[一二三四五六七八九]五|[^”\"]{1,12}(?:时期|期间))[”\"]|^[“\"][^”\"]{1,12}[”\"](?:期间|时期|以来|末)")
# Verbs that keep their quoted object as part of the name: 新建和改造“四好农村路” counts new and
# upgraded roads, as 新增 does (the genre keeps those); 建设“吨粮田” / 建成“无人农场” name the
# quoted thing alone, which the older rule already gives.
VERB_BEFORE_QUOTE = re.compile(r"^(?:新建|新增|改造|改扩建)(?:(?:和|及|、)(?:新建|改造|改扩建|提升))*$")


# a single verb of doing before a quoted object (拆除“两违”, 建设“吨粮田”, 整治“散乱污”): the quote is
# what the figure counts, the verb names nothing
VERB_THEN_QUOTE = re.compile(r"(?:拆除|建设|建成|整治|创建|打造|开展|实施|推广|推进|清理|关停|改造提升|完成)$")


def quoted_after_verb(text: str, quote_start: int) -> bool:
    """拆除“两违”, 处置“僵尸企业”: a doing verb alone before the quoted name (not 新建和改造“…”,
    which stays; the measure verbs are the actions module's)."""
    verb = text[:quote_start]
    if quote_start < 2 or VERB_BEFORE_QUOTE.match(verb):
        return False
    return bool(VERB_THEN_QUOTE.fullmatch(verb) or BARE_VERBS.fullmatch(verb)  # 启动建设“口袋公园”: a chain
                or QUOTE_VERBS.fullmatch(verb))


# more single verbs of handling before a quoted object: 处置“僵尸企业”, 监测“三类户”
QUOTE_VERBS = re.compile(r"处置|监测|帮扶|认定|评选|命名|开行|开通|上线|推出|落地")


def quoted_lead_is_time(text: str, quote_end: int) -> bool:
    """“十一五”期间生产总值: the quote dates the figure and goes; “义新欧”班列 keeps its name.

    A quoted lead is the name of a programme, a brand or a campaign far more often than a
    slogan (gold of every labelled report keeps it), so only a quoted plan period is dropped.
    """
    return bool(QUOTED_TIME.match(text))


def quoted_object(text: str, quote_start: int) -> bool:
    """新建和改造“四好农村路”: the quote is the object of the verbs before it, so it is the name."""
    before = text[:quote_start]
    if VERB_BEFORE_QUOTE.match(before) or QUOTE_MODIFIER.fullmatch(before):
        return True
    level = QUOTE_LEVEL.search(before)  # 创建省级“四好村”: any verb of doing, then the level
    return level is not None and level.start() >= 2 and bool(BARE_VERBS.fullmatch(before, 0, level.start()))


# a level before a quoted name is part of it (省级“乐享园林”, 国家级“专精特新”), also after a
# verb of new things (新增省级“美丽庭院”)
QUOTE_MODIFIER = re.compile(r"(?:新增|新建|新创建|新认定)?(?:国家级|省级|市级|县级|区级|全国|全省)")
QUOTE_LEVEL = re.compile(r"(?:国家级|省级|市级|县级|区级|全国|全省)$")


# --- rankings: the scope of a ranking goes into the name ---------------------------------------

# The scope a ranking is made in, right before its ordinal (稳居全国城市前三, 测评全国第1): named in
# brackets, X(全国城市排名), as the annotated reports write it. Only scopes beyond the reporting
# body's own city: a county's or zone's 居全市第二 / 保持开发园区第一 is its standing among its
# peers, which those reports (and their annotation) leave bare.
RANK_SCOPE = re.compile(
    # 全区 / 全疆: a region's (自治区) own word for province-wide, beyond a city of it
    r"(?P<scope>全国(?:同类|大中|副省级|地级及以上|地级|省会)?城市|全国地级市|全国(?:大型)?机场|全国(?:沿海)?港口|"
    r"(?:世界|全球|中国|全国|全省)[\u4e00-\u9fff]{0,8}?(?:\d{2,4}|百|千)强|"  # 位列世界500强第339位, 中国制造业企业500强第39位: the list
    r"全国|全省|全区|全疆|全球|世界|省内|国内|"
    r"发展中国家|中西部|东部地区|西部地区|长三角|珠三角|全国百强[县区市])(?:的)?(?:重点城市|大城市)?(?:并列)?$"
)
# 在全省“263”专项行动考核中连续三年位居第一: the ranking is of the frame's object (the
# assessment), its scope the frame's 全省; what follows the frame (我市得分) adds the head.
RANK_FRAME = re.compile(r"在(?P<scope>全国|全省)?(?P<what>[^,，;；。]{2,30}?)(?:中|里|上)")
# what stands between a frame and its trigger without naming anything: the subject, a span of years
FRAME_FILLER = re.compile(r"(?:我市|我省|我区|我县|本市|全市|全省|连续[一二两三四五六七八九十\d]+年|均|都|再次|继续|首次|[,，])*")


RANK_FILLER = re.compile(r"(?:已|已经)?(?:连续[一二两三四五六七八九十\d]+年|均|都|继续|再次|首次|稳定)+$")


def without_rank_filler(norm: str, lo: int, hi: int) -> int:
    """Where the ranked subject ends: before 连续15年, 均, 继续 right before the trigger."""
    found = RANK_FILLER.search(norm, lo, hi)
    return found.start() if found and found.start() - lo >= 2 else hi


def rank_scope(norm: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the scope word at the end of norm[lo:hi] (居全国城市|前三), if any."""
    found = RANK_SCOPE.search(norm, lo, hi)
    return found.span("scope") if found else None


# 交通健康指数在全国36个重点城市排名第一: the subject, then the pool the ranking is made in
SUBJECT_FRAME = re.compile(r"(?P<what>[^,，;；。在]{2,20}?)在(?P<pool>[^,，;；。在]{2,16}?)(?:中|里)?$")


def subject_frame(norm: str, lo: int, hi: int) -> tuple[tuple[tuple[int, int], ...], str] | None:
    """(spans of the subject, scope word of the pool) for X在(全国)…排名第一."""
    found = SUBJECT_FRAME.search(norm, lo, hi)
    if found is None or found.start() != lo and norm[lo:found.start()].strip(" ,，、"):
        return None
    what_start = found.start("what")
    lead = re.match(r"(?:全市|全省|全区|全县|我市|我省|我区|我县|本市)", norm[what_start : found.end("what")])
    if lead:
        what_start += lead.end()
    if found.end("what") - what_start < 2:
        return None
    scope = re.match(r"全国|全省", norm[found.start("pool") : found.end("pool")])
    return ((what_start, found.end("what")),), scope.group() if scope else ""


def rank_frame(norm: str, lo: int, hi: int) -> tuple[tuple[tuple[int, int], ...], str] | None:
    """在…考核中(我市得分): the spans naming what is ranked and the frame's scope word ('' if none).

    The frame must open the words before the trigger, so a locative inside a longer name is no
    frame; the words after it, less the subject and time fillers, are the head (得分).
    """
    text = norm[lo:hi]
    at = text.find("在")
    if at < 0 or text[:at].strip(" ,，、"):
        return None
    found = RANK_FRAME.match(norm, lo + at, hi)
    if found is None:
        return None
    spans = [found.span("what")]
    filler = FRAME_FILLER.match(norm, found.end(), hi)
    head_start = filler.end() if filler else found.end()
    if hi - head_start >= 2:
        spans.append((head_start, hi))
    elif hi > head_start:
        return None
    return tuple(spans), found.group("scope") or ""


# --- averages: 年均增长, 日均 name how a figure is averaged, in brackets ----------------------

# 地区生产总值年均增长6.1% -> 地区生产总值(年均增长): a mean rate over the plan years, not the
# year's growth, so the averaging words are a qualifier of the indicator.
MEAN_GROWTH = re.compile(r"(?:年均|平均每年|每年平均)(?:分别)?(?:增长|下降|提高|增速|增幅)$")
# 日均新设企业1.8万户 -> 新设企业(日均): a per-day (per-month) mean of a count or amount.
MEAN_LEAD = re.compile(r"(?:日均|月均|周均)")



def mean_growth(norm: str, spans: Spans) -> tuple[Spans, Spans] | None:
    """(indicator spans, averaging words) for X年均增长; None when the name has no such tail or
    nothing before it."""
    if not spans:
        return None
    a, b = spans[-1]
    found = MEAN_GROWTH.search(norm, a, b)
    if found is None or (found.start() - a < 2 and len(spans) == 1):
        return None
    head = spans[:-1] + (((a, found.start()),) if found.start() > a else ())
    words = ((found.start(), found.end()),)
    resp = norm.find("分别", found.start(), found.end())
    if resp >= 0:  # 年均分别增长: 分别 is no part of the qualifier
        words = ((found.start(), resp), (resp + 2, found.end()))
    return head, words


def is_mean_growth(norm: str, derived: Spans) -> bool:
    """True when the bracket words are a mean growth rate's (年均增长)."""
    text = text_of(norm, derived)
    return bool(text) and bool(MEAN_GROWTH.fullmatch(text))


def mean_lead(norm: str, spans: Spans) -> tuple[Spans, Spans] | None:
    """日均新设企业 -> (新设企业, 日均)."""
    if not spans:
        return None
    a, b = spans[0]
    found = MEAN_LEAD.match(norm, a, b)
    if found is None or b - found.end() < 2:
        return None
    return ((found.end(), b),) + spans[1:], ((a, found.end()),)


# --- from-to pairs: 由77家增至144家 is one indicator at two moments --------------------------

# the words between 由/从 and the start figure: 由|77家, 从|疫情之初的|15.5万只, 从|每人每月|750元
FROM_BEFORE = prefiltered(
    re.compile(r"(?<!分别)(?:由|从)(?:(?:19|20)\d{2}年(?:底|末)?的?)?(?P<words>[^,，;；。、由从\d]{0,8}?)(?:的)?[-−]?$")
)  # (由2000年的548亿元, 由2006年的每月580元: the start's year is its period, no word of its name)
# what stands between the two figures: the verb, perhaps an adverb before and a period after
# (快速回升到二季度的)
# (由2000年的548亿元增加到2005年的2293亿元: the end's year may stand after the verb)
TO_BETWEEN = re.compile(
    rf"[^,，;；。\d%]{{0,8}}?{TO_VERB}(?:(?:19|20)\d{{2}}\s*年(?:底|末)?)?[^,，;；。\d]{{0,6}}?$"
)
TO_AFTER = re.compile(rf"[^,，;；。\d]{{0,8}}?{TO_VERB}[^,，;；。\d]{{0,6}}?[-−]?\d")
# 从疫情之初的15.5万只，到两周内迅速破千万: the end after a comma, 到 opening its clause
COMMA_TO = re.compile(r"[,，]到[^,，;；。\d]{0,8}?(?:\d|[一二两三四五六七八九十百千]{1,3}(?:万|亿))")
# a start that is a period (由上年的, 由一季度的): the period says it, no qualifier
START_PERIOD = re.compile(r"(?:上年|去年|上年末|去年末|年初|上年同期|(?:19|20)\d{2}年(?:末|底)?|[一二三四]季度|上半年|前三季度)")
# a per-unit basis (从每人每月750元): it qualifies both figures
BASIS = re.compile(
    r"(?:每(?:千瓦时|立方米|平方米|平方公里|平方千米|公顷|公斤|万人口|万人|千人|百人|百户|万元|人|户|亩|吨|年|月|天|日|周))+"
    r"|人均|户均"
)
# a name that already says it is a ratio (路网密度, 单位生产总值能耗, 人均…): a basis before its
# figures is the ratio's denominator, part of the unit (每平方公里4.1公里), not a qualifier
RATIO_NAME = re.compile(r"(?:密度|强度|能耗|水耗|电耗|物耗)$|^(?:单位|人均|户均)")
START_NOTE = "期初"  # the start of the pair, when the source does not say which moment it was


def tidy_name(text: str) -> str:
    """A name without the to-verb or copula that may close it (路网密度达到 -> 路网密度)."""
    return re.sub(rf"(?:{TO_VERB}|达到|达|为|是)+$", "", text)


def names_ratio(metric: str) -> bool:
    """路网密度, 单位地区生产总值能耗: the name is a ratio, so a per-unit basis is its denominator."""
    return bool(RATIO_NAME.search(metric))


def from_start(norm: str, start: int, end: int, clause_end: int) -> tuple[int, int] | None:
    """The words span between 由/从 and the figure at norm[start:end] (possibly empty) when the
    figure opens a from-to pair in its clause; None otherwise."""
    before = FROM_BEFORE.search(norm, max(0, start - 12), start)
    if before is None or not (TO_AFTER.match(norm, end, clause_end) or COMMA_TO.match(norm, end, clause_end + 16)):
        return None
    return before.span("words")


# 由2005年的|3120亿元: a start dated by its year (DATED_START right before the words; DATED_FROM_BEFORE
# before a figure, a few words of a basis between: 由2006年的每月|280元)
_DATED_FROM = r"(?:由|从)(?:19|20)\d{2}年(?:底|末)?的?"
DATED_START = re.compile(rf"{_DATED_FROM}$")
DATED_FROM_BEFORE = re.compile(rf"{_DATED_FROM}[^,，;；。\d]{{0,6}}$")


def start_qualifier(norm: str, words: tuple[int, int], metric: str = "") -> tuple[Spans, str]:
    """(bracketed words, note) naming the start of a pair: 期初, 疫情之初, 每人每月 + 期初;
    nothing when the start is a period the fact's period carries. A basis of a ratio's name
    (路网密度由每平方公里4.1公里…) is the unit's denominator: the start is only 期初."""
    a, b = words
    text = norm[a:b]
    # 由2005年的|3120亿元, 由2006年的|每月280元: a year before the words dates the start, no 期初
    note = "" if DATED_START.search(norm, max(0, a - 8), a) else START_NOTE
    if not text:
        return (), note
    if START_PERIOD.fullmatch(text):
        return (), ""
    if BASIS.fullmatch(text):
        return (((a, b),) if not names_ratio(metric) else ()), note
    return ((a, b),), ""


def basis_of(norm: str, words: tuple[int, int], metric: str = "") -> Spans:
    """The per-unit basis a pair's end figure shares with its start (每人每月), if any (none
    for a ratio's name, whose basis is its unit's denominator)."""
    return (words,) if BASIS.fullmatch(norm[words[0] : words[1]]) and not names_ratio(metric) else ()


def to_end(norm: str, start_end: int, figure_start: int) -> bool:
    """True when norm[start_end:figure_start] is a to-verb between the two figures of a pair."""
    return bool(TO_BETWEEN.fullmatch(norm, start_end, figure_start))


# --- a rate in another period: 经济增速…，上半年增长0.5%，前三季度增长2.3% ---------------------

RATE_NAME = re.compile(r"(?:增速|增幅|增长率|增长速度|降幅)$")
PERIOD_GROWTH = re.compile(
    r"(?:[,，、])?(?:[一二三四]季度|上半年|下半年|前三季度|全年|1-\d{1,2}月|\d{1,2}月(?:份)?|当月|年底|年末)"
    r"(?:累计|同比)?(?:增长|下降|回升到|回落到|回升至|回落至)$"
)


def same_rate_later(host_metric: str, pre: str) -> bool:
    """The host names a growth rate (经济增速) and this clause only gives another period's value
    of it (上半年增长): the figure is the same rate, named as the host, not a change of it."""
    return bool(RATE_NAME.search(host_metric)) and bool(PERIOD_GROWTH.fullmatch(pre.strip()))


# --- contracted compound subjects: 存贷款余额分别达到a和b -> 存款余额, 贷款余额 -------------------

# The table is the verifier's (summarizer.verify.vocab.CONTRACTIONS): both read one vocabulary.
CONTRACTION = re.compile("|".join(CONTRACTIONS))


def _kept(word: str, part: str) -> tuple[int, ...] | None:
    """Offsets of `part`'s characters inside `word` when part is a subsequence of it (存款 in 存贷款)."""
    out, at = [], 0
    for c in part:
        at = word.find(c, at)
        if at < 0:
            return None
        out.append(at)
        at += 1
    return tuple(out)


def contraction_at(norm: str, spans: Spans) -> tuple[int, str] | None:
    """Where a contracted compound subject stands in the metric, and which one."""
    for a, b in spans:
        found = CONTRACTION.search(norm, a, b)
        if found:
            return found.start(), found.group()
    return None


def contraction_part(norm: str, spans: Spans, at: int, word: str, k: int) -> tuple[Spans, str]:
    """The metric spans for the k-th part of the contraction at `at`, and its bracket note."""
    part = CONTRACTIONS[word][k]
    keep = _kept(word, part)
    note = "" if keep is not None else part
    keep = keep if keep is not None else tuple(range(len(word)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if not (a <= at < b):
            out.append((a, b))
            continue
        if at > a:
            out.append((a, at))
        for i in keep:
            out.append((at + i, at + i + 1))
        if at + len(word) < b:
            out.append((at + len(word), b))
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return tuple(merged), note


def distributes(norm: str, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    """The figure at norm[start:end] is one of a pair the clause hands out: 分别 before it, or
    joined by 和/与 to a figure of the same clause (a和b)."""
    if norm.find("分别", clause_start, start) >= 0:
        return True
    if _PAIR_AFTER.match(norm[end:clause_end]):
        return True
    return _PAIR_BEFORE.search(norm[clause_start:start]) is not None  # read only when needed


_PAIR_AFTER = re.compile(r"\s*(?:和|与|、)\s*[-−]?\d")  # a和b: the figure after
_PAIR_BEFORE = re.compile(r"\d[^\d,，;；。]{0,6}(?:和|与|、)\s*$")  # a和b: the figure before


# --- one figure for several subjects: A和B均下降22% -----------------------------------------------

# subjects joined by 和/、 and 均 (都, 各) before a figure they all take (年均, 人均 … are no 均); a
# growth verb after 均 is part of each name (生产安全事故起数下降), a copula is not
SHARED_FIGURE = re.compile(
    r"(?P<items>[^,，;；。:：]{4,40}?)(?<![人年日月户亩平])(?:均|都|各)"
    r"(?P<verb>(?:比上年|同比|较上年)?(?:增长|下降|提高|降低|减少|增加|上升|回落|下降了|增长了))?"
    r"(?:达到|达|为|超过|突破|在|控制在|保持在|保持)?$"
)
ITEM_JOIN = re.compile(r"和|及|与|、")
# 汽车、钢铁、电子信息、装备制造四大产业产值: the list counts its items, the words after name the
# measure each takes
GROUP_WORD = re.compile(r"(?P<n>[两二三四五六七八九十])大(?:[\u4e00-\u9fff]{0,2}?)(?:产业|行业|领域|板块|集群|工程)")
GROUP_SIZE = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# a change's measure closing the last item (起数和死亡人数下降幅度): every item's
GROWTH_HEAD = re.compile(r"(?:下降|增长|上升)?(?:幅度|降幅|增幅|增速)$")
# a quantity's measure word the last item ends with (氮氧化物排放量), which a first item without
# one (二氧化硫) shares; an item ending in a measure character of its own (能耗, 需氧量) keeps it
ITEM_HEAD = re.compile(r"(?:排放量|排放总量|产量|用量|消耗量|浓度|增加值|产值|营业收入|营收)$")
MEASURE_END = set("量率数耗值额度例重入出润格积价费次")
# a count's head (起数, 死亡人数): an item that is only one names no subject of its own
COUNT_WORD = re.compile(r"(?:起数|次数|人数|户数|个数|件数|数量)$")
COUNT_HEAD = re.compile(rf"[\u4e00-\u9fff]{{0,2}}{COUNT_WORD.pattern}")


def _split_items(norm: str, a: int, b: int, joiner: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of norm[a:b] between the joiners."""
    out, pos = [], a
    for found in joiner.finditer(norm, a, b):
        out.append((pos, found.start()))
        pos = found.end()
    out.append((pos, b))
    return out


def shared_figure_items(norm: str, lo: int, hi: int, *, rate: bool = False) -> list[Spans] | None:
    """A和B均下降22% -> the spans naming each subject (with the growth verb), one fact each.

    `lo:hi` are the clause's words before the figure. A later item that names no subject of
    its own (死亡人数 after 生产安全事故起数) takes the first item's (生产安全事故); places before
    one indicator (城镇和农村居民收入) each take that indicator; a measure word closing the list
    (…四大产业产值, …排放量, …下降幅度) goes to every item that lacks one. `rate`: the figure is
    a percentage, so every item must end in a measure of its own (受污染耕地、污染地块安全利用率
    names one rate of two things and stays whole). None when the words are no such list."""
    found = SHARED_FIGURE.match(norm, lo, hi)
    if found is None:
        return None
    a, b = found.span("items")
    if "等" in norm[a:b]:
        return None  # …、海工平台等跨境租赁业务总量: examples of one total
    group = GROUP_WORD.search(norm, a, b)
    spans = _split_items(norm, a, group.start() if group else b, re.compile("、") if group else ITEM_JOIN)
    if group:
        if len(spans) != GROUP_SIZE[group.group("n")]:
            return None
        tail: Spans = ((group.end(), b),) if b - group.end() >= 2 else ()
    else:
        tail = ()
    parts = [norm[x:y] for x, y in spans]
    if len(parts) < 2 or len(parts) > 5 or any(len(p) < 2 for p in parts):
        return None
    if any(BARE_VERBS.fullmatch(p) for p in parts[:-1]):
        return None  # 新建和改造农村公路各1200公里: verbs sharing one object name one thing
    change = GROWTH_HEAD.search(parts[-1]) if not tail else None
    if change and len(parts[-1]) - len(change.group()) >= 2:
        x, y = spans[-1]
        spans[-1] = (x, y - len(change.group()))
        parts[-1] = norm[spans[-1][0] : spans[-1][1]]
        tail = ((y - len(change.group()), y),)
    items: list[Spans] = [(span,) for span in spans]
    first = parts[0]
    ends = [e.end() for e in SUBJECT_END.finditer(first) if 2 <= e.end() <= len(first) - 2]
    counted = COUNT_WORD.search(first)
    if not ends and counted and counted.start() >= 2 and all(COUNT_HEAD.fullmatch(p) for p in parts[1:]):
        ends = [counted.start()]  # 火灾起数和死亡人数: the subject before the first count's head
    if ends:
        subject = ((spans[0][0], spans[0][0] + ends[-1]),)
        items = [items[0]] + [
            item if SUBJECT_END.search(part) or len(part) > 6 else subject + item
            for item, part in zip(items[1:], parts[1:], strict=True)
        ]
    elif all(PLACE.fullmatch(p) for p in parts[:-1]) and (last := PLACE.match(parts[-1])) and len(parts[-1]) - last.end() >= 2:
        head = ((spans[-1][0] + last.end(), spans[-1][1]),)
        items = [item + head for item in items[:-1]] + [items[-1]]
        parts = [p + parts[-1][last.end() :] for p in parts[:-1]] + [parts[-1]]
    elif not tail and (measure := ITEM_HEAD.search(parts[-1])) and len(parts[-1]) - len(measure.group()) >= 2:
        shared = ((spans[-1][1] - len(measure.group()), spans[-1][1]),)
        items = [item + shared if part[-1] not in MEASURE_END else item
                 for item, part in zip(items[:-1], parts[:-1], strict=True)] + [items[-1]]
        parts = [p + measure.group() if p[-1] not in MEASURE_END else p for p in parts[:-1]] + [parts[-1]]
    if tail:
        items = [item + tail for item in items]
    elif rate and any(p[-1] not in MEASURE_END for p in parts):
        return None
    verb = found.span("verb")
    if verb[1] > verb[0]:
        items = [item + (verb,) for item in items]
    return items


# --- a list of places sharing one indicator, without 分别 ---------------------------------------


def place_list_item(norm: str, spans: Spans, index: int) -> Spans | None:
    """中心城区、县城生活污水处理率 (index 0) -> 中心城区 + 生活污水处理率: every item but the last
    is a place, the last opens with one, and what follows it is the shared indicator."""
    if len(spans) != 1:
        return None
    a, b = spans[0]
    text = norm[a:b]
    if "、" not in text:
        return None
    items = text.split("、")
    if any(not PLACE.fullmatch(item) for item in items[:-1]):
        return None
    last = PLACE.match(items[-1])
    if last is None or len(items[-1]) - last.end() < 2:
        return None
    starts, pos = [], a
    for item in items:
        starts.append(pos)
        pos += len(item) + 1
    i = index % len(items)
    size = len(items[i]) if i < len(items) - 1 else last.end()
    head_start = starts[-1] + last.end()
    return ((starts[i], starts[i] + size), (head_start, b))


# --- a list of figures sharing its first item's subject -------------------------------------

# Nouns that close the subject of a list's first item (省属国有企业|混改率达77%、资产证券化率达65%):
# the items after 、 name only their own indicator and take that subject.
SUBJECT_END = re.compile(
    r"(?:企业|公司|事故|乡村|农村|城镇|园区|机构|居民|农民|职工|学校|医院|银行|集团|开发区|高新区)"
)
_FLOW = vocab.pattern("flow_verbs")
FLOW_VERBS = rf"(?:{_FLOW})(?:(?:和|及|与|、|并)?(?:{_FLOW}))*"  # 新建和改造, 新建改造: a chain of them
# 新建改造, 建好, 重点加强, 继续引进: verbs alone (action or flow verbs, a manner adverb before them)
# name nothing counted; the engine's one definition of a name that is only verbs
VERB_MANNER = r"(?:重点|着力|大力|加快|全面|积极|继续|进一步|持续|深入|切实|不断|扎实|稳步|有序|全力)"
_VERBS = rf"(?:{action_rules.ACTION_VERBS.pattern}|{FLOW_VERBS})+"
BARE_VERBS = prefiltered(re.compile(_VERBS))  # 新建和改造|农村公路: verbs sharing one object
VERBS_ONLY = prefiltered(re.compile(f"{VERB_MANNER}*{_VERBS}"))  # 新建改造|40公里供热干线
MANNER_VERBS = prefiltered(re.compile(f"{VERB_MANNER}+{_VERBS}"))  # 重点加强|28个…项目: a manner first
# a count verb the list's items share (新增单项冠军企业33家、上市公司86家, 建成公租房300套、廉租房
# 90套): 净增 and the verbs of new things ([flow_verbs]) say the count is of new things, and the
# name of every item keeps them; of the 新- compounds only 新增, 新建, 新获, 新创建, 新签约 and the building ones
# (新改扩建公办幼儿园28所、中小学20所: the schools are rebuilt too); 新培育, 新引进 the labelled
# reports leave out of the later items
SHARED_VERB = re.compile(
    rf"(?:净增|新增|新建|新改扩建|新改建|新扩建|新获|新创建|新签约|(?!新)(?:{_FLOW}))(?:(?:和|及|与|、|并)?(?:{_FLOW}))*"
)  # match() at a name's start
FLOW_NAME = re.compile(rf"(?:{FLOW_VERBS})")  # a name that opens with a verb of new things
# an item that opens with a verb or scope of its own takes nothing (…、新建厂房12万平方米)
# 集中|分散, 城镇|农村: words a list contrasts item by item ([contrast_pairs]), in both orders
CONTRAST_PAIRS = tuple(
    pair for key in vocab.words("contrast_pairs") for a, b in [key.split("|")] for pair in ((a, b), (b, a))
)
OWN_VERB = re.compile(r"(?:新|全市|全省|全区|全县|我市|其中|累计|共)")


def _prefix(spans: Spans, size: int) -> Spans:
    """The first `size` characters of a metric given as spans."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if size <= 0:
            break
        take = min(b - a, size)
        out.append((a, a + take))
        size -= take
    return tuple(out)


def list_subject(norm: str, previous: Spans, own: Spans) -> Spans | None:
    """省属国有企业混改率达77%、资产证券化率达65% -> 省属国有企业 + 资产证券化率; 新增A企业33家、
    上市公司86家 -> 新增 + 上市公司. `previous` is the metric of the figure right before the 、."""
    if not previous or not own:
        return None
    mine = text_of(norm, own)
    if not (2 <= len(mine) <= 10) or OWN_VERB.match(mine) or FLOW_NAME.match(mine):
        return None  # 提升主题公园17个、打造城市花廊19条: an item with a verb of its own
    text = text_of(norm, previous)
    for first, second in CONTRAST_PAIRS:
        at = text.rfind(first)
        if mine.startswith(second) and at >= 2 and not SUBJECT_END.search(mine):
            return _prefix(previous, at) + own  # …提升集中供水工程839处、分散工程: …提升 + 分散工程
    verb = SHARED_VERB.match(text)
    ends = [m.end() for m in SUBJECT_END.finditer(text) if 2 <= m.end() <= len(text) - 2]
    if ends and not SUBJECT_END.search(mine):
        return _prefix(previous, ends[-1]) + own  # 培育和美乡村示范县12个、示范乡镇80个: verb and subject
    if verb and len(text) - verb.end() >= 2:
        return _prefix(previous, verb.end()) + own
    return None


def shared_verb_item(norm: str, previous: Spans, own: Spans) -> Spans:
    """新增养殖水体89万立方米、养殖面积67万平方米 -> 新增 + 养殖面积: the verb of new things opening
    the item before is this item's too, whatever its unit; `own` unchanged otherwise."""
    mine = text_of(norm, own)
    if not previous or not (2 <= len(mine) <= 10) or OWN_VERB.match(mine) or FLOW_NAME.match(mine):
        return own
    text = text_of(norm, previous)
    verb = SHARED_VERB.match(text)
    if verb is None or len(text) - verb.end() < 2:
        return own
    return _prefix(previous, verb.end()) + own


# --- a list item that names only a level: 新增国家级龙头企业3家、省级21家 ------------------------

# an administrative level (and its 以上), which says which of a class of things, not what
LEVEL = re.compile(r"(?:国家|省部|省|自治区|市|州|县|区|镇|乡|村)级(?:及?以上)?")
# what may stand between such an item and the figure before it: a list mark, 其中
LEVEL_JOIN = re.compile(r"[、,，;；\s]*(?:其中[,，:：]?)?")


def level_item(norm: str, previous: Spans, own: Spans) -> Spans | None:
    """新增国家级龙头企业3家、省级21家 -> 新增 + 省级 + 龙头企业: an item that is only a level takes
    the noun of the item before, with its own level in place of that item's (or after its
    verb: 新增龙头企业55家，其中国家级1家 -> 新增 + 国家级 + 龙头企业)."""
    if not previous or len(own) != 1:
        return None
    chars = [i for a, b in previous for i in range(a, b)]
    text = "".join(norm[i] for i in chars)
    own_level = LEVEL.match(norm, own[0][0], own[0][1])
    if own_level is not None and own_level.end() < own[0][1]:
        # 专精特新国家级企业9户、省级企业303户: the item names its level and the same noun again
        found = LEVEL.search(text)
        head = norm[own_level.end() : own[0][1]]
        if found is None or found.start() < 2 or text[found.end() :] != head:
            return None
        return runs(chars[: found.start()]) + own
    if own_level is None or own_level.end() != own[0][1]:
        return None
    found = LEVEL.search(text)
    if found is not None:
        cut, rest = found.start(), found.end()
    else:
        verb = SHARED_VERB.match(text)
        cut = rest = verb.end() if verb else 0
    if len(text) - rest < 2:
        return None
    return runs(chars[:cut]) + own + runs(chars[rest:])


# --- the noun after a number ------------------------------------------------------------------

# 12项重点工程加快实施: a manner adverb opens the predicate, the counted noun ends before it
# 优质高效, 绿色高效: 高效 after another adjective describes the noun (…高效淡水渔业养殖基地), no manner
MANNER = re.compile(r"加快|加速|全面|稳步|有序|扎实|顺利|深入|持续|积极|有力|(?<!优质)(?<!绿色)(?<!节能)高效|如期")
# 5%左右的较低水平, 合理区间: an appraisal after 的 says how the figure is, not what it counts
EVALUATIVE = re.compile(r"(?:较|很|更|历史|同期|合理)?[\u4e00-\u9fff]{0,3}(?:水平|区间|范围|高位|低位|位置)")


# 416项行政审批等事项: 等 closing a list inside the noun, then the class it belongs to
LIST_CLASS = re.compile(r"等(?:事项|项目|企业|领域|行业|产业|产品|单位|机构|设施|工程|场所)(?=$|[,，。;；、\n])")


# 保障性住房建设资金: 建设 before a funds noun is part of the noun, not the predicate
BUILDING_FUNDS = re.compile(r"建设(?:资金|基金|补助资金|补助|专项资金|债券)")


def list_class_end(norm: str, end: int) -> int:
    """Where the counted noun ends when 等 + a class noun closes it (行政审批等事项) or 建设 opens
    a funds noun (保障性住房建设资金), else `end`."""
    found = LIST_CLASS.match(norm, end) or BUILDING_FUNDS.match(norm, end)
    return found.end() if found else end


def before_manner(norm: str, start: int, end: int) -> int:
    """Where the counted noun in norm[start:end] ends: before a manner adverb (加快实施), if the
    noun keeps two characters."""
    found = MANNER.search(norm, start + 2, end)
    return found.start() if found else end


def short_bracket_end(norm: str, at: int) -> int:
    """县（市）区: the end of a one- or two-character bracket at `at`, else -1."""
    close = next((i for i in range(at + 2, min(len(norm), at + 4)) if norm[i] in ")）"), -1)
    return close + 1 if close > 0 else -1


def latin_noun(norm: str, start: int) -> bool:
    """1300亿元PPP项目: a Latin abbreviation that opens a Chinese noun (PPP项目, 5G基站 is digits)."""
    return _LATIN_NOUN.match(norm[start : start + 8]) is not None


_LATIN_NOUN = re.compile(r"[A-Za-z]{2,6}[\u4e00-\u9fff]")


def people_after(norm: str, end: int, unit: str | None) -> bool:
    """近14亿人口: the parser read 亿人 as the unit, the 口 after it completes 人口."""
    return bool(unit) and unit.endswith("人") and norm[end : end + 1] == "口" and not norm[end + 1 : end + 2] == "径"


# what an amount of money is put into, named after the amount (推出1300亿元PPP项目, 发行20亿元专项债券)
FUNDED = re.compile(r"(?:项目|资金|基金|债券|专项债|贷款|补贴|奖补|消费券|再贷款)$")


# a verb of setting money aside right before the amount (中央财政今年再安排|1300亿元|灾后重建资金)
ALLOCATING = re.compile(r"(?:安排|下达|拨付|筹集|投入|发放|设立|统筹)$")


def funds_after(norm: str, metric: str, post: tuple[int, int], family: str, pre: str = "") -> bool:
    """A two-character verb before an amount whose noun after it is a funded thing, or any
    words ending in a verb of setting money aside (再安排1300亿元灾后重建资金): the noun names
    the figure (the verb, 推出 or 安排, names nothing)."""
    if family not in ("currency_cny", "currency_usd") or metric in GENERIC_HEADS:
        return False
    if len(metric) != 2 and not ALLOCATING.search(pre):
        return False
    found = FUNDED.search(norm, post[0], post[1])
    # 灾后重建资金 names the funds; 资金 alone names nothing more than the words before
    return found is not None and (len(metric) == 2 or found.start() - post[0] >= 2)


# 投资3亿元|改善办学条件, 筹集资金5亿元|用于|棚户区改造: spending words alone before an amount, and
# after it in the same clause what the money went to (a verb phrase, or anything after 用于)
SPENDING = re.compile(rf"(?:{vocab.pattern('spending_words')})")
_PURPOSE_USE = re.compile(r"(?:主要|专项|重点|全部)?用于")
# verbs of a use the action and flow verbs leave out (改善办学条件, 解决…饮水问题, 补助…)
_PURPOSE_VERB = re.compile(r"改善|解决|扶持|资助|补助|补贴|奖励|购置|修建|整治|治理|改造|扩建|保障|发展|帮助|援建|修缮")
_PURPOSE_STOP = re.compile(r"[,，;；。:：!?！？\n()（）\d]")  # a quoted name (“四供两排”) is in the use
# 投资5亿元建设项目: a verb and a bare class noun say no use the figure could be named by
_BARE_USE = re.compile(r"(?:项目|工程|设施|任务|工作|活动)")
PURPOSE_MAX = 20  # a longer purpose (a list of works) is no name; the figure keeps its words


def spending_purpose(norm: str, metric: str, end: int, clause_end: int, family: str) -> tuple[int, int] | None:
    """The span of what an amount was spent on, when the words before it are spending alone
    (`metric`) and the words after it (from `end`) say the use; None otherwise."""
    if family not in ("currency_cny", "currency_usd") or not SPENDING.fullmatch(metric):
        return None
    start = end
    use = _PURPOSE_USE.match(norm, start, clause_end)
    if use is not None:
        start = use.end()
    elif not (VERBS_ONLY.match(norm, start, clause_end) or _PURPOSE_VERB.match(norm, start, clause_end)):
        return None  # 完成投资7699亿元，增长9.3%: no use follows, the words before name the figure
    stop = _PURPOSE_STOP.search(norm, start, clause_end)
    stop_at = stop.start() if stop else clause_end
    if not 2 <= stop_at - start <= PURPOSE_MAX or VERBS_ONLY.fullmatch(norm, start, stop_at):
        return None  # 投入2400万元完成|32幢…: a verb alone before the next figure says no use
    verbs = VERBS_ONLY.match(norm, start, stop_at) or _PURPOSE_VERB.match(norm, start, stop_at)
    if verbs is not None and _BARE_USE.fullmatch(norm, verbs.end(), stop_at):
        return None
    return (start, stop_at)


# 14人2队30次|创22项世界纪录 (verify/vocab.py RECORD_RUN): who set the records and how often
RUN_UNITS = frozenset({"人", "队", "次", "人次"})


def record_run(norm: str, start: int, end: int, unit: str | None, clause_end: int) -> Spans | None:
    """The record's verb and name (创 + 世界纪录) for a count of 人, 队 or 次 at norm[start:end] that
    opens or continues such a run; None otherwise."""
    if unit not in RUN_UNITS:
        return None
    found = RECORD_RUN.match(norm, end, clause_end)
    if found is None:
        return None
    return (found.span("verb"), found.span("thing"))


# --- verbs before a counted noun ---------------------------------------------------------------

# 打掉黑恶团伙3474个: an enforcement verb says what was done to the counted things; the count is of
# the things (the genre's single 新认定, 新培育, 招引 stay: they name the kind of count).
ENFORCEMENT = re.compile(
    r"(?:先后|累计|共)?(?:打掉|破获|侦破|查处|抓获|摧毁|打击|捣毁|推进|(?:组织)?实施(?=[“\"]))(?!项目)"
)  # 实施帮扶项目293个 counts the projects carried out ([flow_verbs]); before a quoted designation
# (实施“三城三带”项目180个) the designation names them by itself
_MEASURE_VERB = r"(?:引进|培育|认定|招引|引育|评定|创建|遴选|扶持|孵化)"
# 新引进培育领军型团队35个: a chain of two measure verbs says how they were obtained, not what
CHAINED_VERBS = re.compile(rf"(?:先后|累计|共)?新?{_MEASURE_VERB}{_MEASURE_VERB}+")


def without_lead_verbs(norm: str, spans: Spans) -> Spans:
    """Drop an enforcement verb or a chain of measure verbs opening a count's metric."""
    if not spans:
        return spans
    a, b = spans[0]
    found = ENFORCEMENT.match(norm, a, b) or CHAINED_VERBS.match(norm, a, b)
    if found is None or b - found.end() < 2:
        return spans
    return ((found.end(), b),) + spans[1:]


# 分批取消和下放了|416项行政审批事项: removal verbs (a coordination of them) right before a count
REMOVAL_BEFORE = re.compile(
    rf"(?P<verbs>(?:{vocab.pattern('removal_verbs')})(?:(?:和|及|与|、|并)(?:{vocab.pattern('removal_verbs')}))*)了?$"
)


# 清理|行政审批项目360项，取消|39项: verbs of handling listed things (the removal verbs and those of
# clearing, keeping, freezing or revising them) that share one object across a list of counts
OBJECT_VERB = re.compile(rf"(?:{vocab.pattern('removal_verbs')}|清理|保留|冻结|暂停|合并|调整|修订|修改|废止|审查|核减)")


def removal_before(norm: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the removal verbs closing norm[lo:hi] (取消和下放了), when a count follows:
    the count is of things abolished, devolved or shut, and the name says so."""
    found = REMOVAL_BEFORE.search(norm, lo, hi)
    return found.span("verbs") if found else None


# 新建和改造|164个公园, 新建改造|供热干线40公里, 建成了|280个服务站: verbs of new things (a chain or a
# coordination of them), with 了, right before the figure or the counted noun
FLOW_BEFORE = re.compile(rf"(?P<verbs>{FLOW_VERBS})了?$")
FLOW_REACH = 12  # characters: the longest chain of them (新建、改扩建和改造了) is shorter
# families a flow verb counts: things, areas, lengths, capacities; money and rates are not built
FLOW_FAMILIES = frozenset({"count", "area", "length", "volume", "mass", "power", "energy"})
# a light verb before money, output or an area (完成投资, 实施72万亩…开发), a flow verb before a count only
COUNT_ONLY_FLOW = frozenset({"完成", "实施"})
# 完成邮政函件业务31.5亿件, 完成货物周转量: a volume of output counted in things is no count of works
OUTPUT_HEAD = re.compile(r"(?:量|额|值|业务|收入)$")
# 累计建成5G基站6万个, 已完成1400台设备安装: the total to date, a stock; a 新-verb (累计新增) still
# says the figure is of new things
TO_DATE = re.compile(r"(?:累计|已经|已|共计|总计|共)$")
# 建成“博爱家园”3家: a quoted designation names the class of its holders by itself
QUOTED_NAME = re.compile(r"^[“\"][^”\"]{2,12}[”\"]$")


def flow_verb_before(norm: str, lo: int, at: int, family: str, named: str = "") -> tuple[int, int] | None:
    """The span of the flow verbs closing norm[lo:at] (建成高标准农田5万亩: at is 高's offset), or
    None: a figure of things built, added, brought in or completed in the period is a flow, and its
    name keeps the verb, or it reads as a stock (the judged criterion of issue 8). `named` is the
    name the verb would open (高标准农田)."""
    if family not in FLOW_FAMILIES:
        return None
    found = FLOW_BEFORE.search(norm, max(lo, at - FLOW_REACH), at)  # speed: the verbs end at `at`
    if found is None:
        return None
    verbs = found.group("verbs")
    if vocab.closes_word(norm, found.start(), found.end("verbs")):
        return None  # 棚户区改造|住房: the verb ends a noun the glossary knows
    if verbs in COUNT_ONLY_FLOW and (family != "count" or OUTPUT_HEAD.search(named)):
        return None  # 完成造林面积5万亩, 完成快递业务量: 完成 is the light verb of work or output
    if FLOW_NAME.match(named) and (named.startswith("新") or verbs in COUNT_ONLY_FLOW):
        return None  # 确保完成|新增城镇就业25万人: the name says it already (打造|提升…线路: one chain)
    if not verbs.startswith("新") and (
        TO_DATE.search(norm, max(lo, found.start() - 2), found.start()) or QUOTED_NAME.match(named)
    ):
        return None
    return found.span("verbs")


# 完成22所学校建设, 完成10万户智能水表安装: the work done on the counted things closes the name
WORK_AFTER = re.compile(r"的?(?P<work>(?:建设|安装|改造|改扩建|整治|治理|修缮|搬迁)(?:任务|工作)?)(?![\u4e00-\u9fff])")


def work_after(norm: str, verbs: tuple[int, int], noun_end: int) -> tuple[int, int] | None:
    """The span of the work (建设, 安装 …) right after the counted noun when 完成 opens the count
    (完成|22所|学校|建设): the things are counted by the work completed on them."""
    if norm[verbs[0] : verbs[1]] not in COUNT_ONLY_FLOW:
        return None
    found = WORK_AFTER.match(norm, noun_end)
    return found.span("work") if found else None


# --- a list of added capacity: 新增主要生产能力有：原煤开采2070万吨，… ---------------------------

CAPACITY_LEAD = vocab.compiled("capacity_leads")
CAPACITY_WORDS = re.compile(r"新增(?:加)?|生产能力")


def capacity_words(norm: str, line_start: int, start: int) -> Spans:
    """The spans of 新增(加) and 生产能力 in the list lead before the figure at `start`, when it
    stands in such a list (nothing but its items and no sentence end between): the item is
    capacity added that year, named item(新增生产能力); () otherwise."""
    if norm.find("生产能力", line_start, start) < 0:
        return ()  # the usual case: no such lead in the paragraph
    leads = list(CAPACITY_LEAD.finditer(norm, line_start, start))
    if not leads or "。" in norm[leads[-1].end() : start]:
        return ()
    lead = leads[-1]
    return tuple(w.span() for w in CAPACITY_WORDS.finditer(norm, lead.start(), lead.end()))


# --- multiples: 是2007年的2.5倍 -----------------------------------------------------------------

# 是2007年的2.5倍, 增量分别是上年的2倍: a multiple of the figure before, of a base named here
MULTIPLE_OF = re.compile(r"(?P<what>[\u4e00-\u9fff]{0,4}?)(?:分别)?(?:是|为|相当于)(?P<base>[^,，;；。是]{1,10}?)的$")
MULTIPLE_NOTE = "倍数"


def multiple_words(norm: str, lo: int, hi: int) -> Spans | None:
    """The spans of 增量是上年的 (without 分别) when norm[lo:hi] states a multiple's base."""
    found = MULTIPLE_OF.fullmatch(norm, lo, hi)
    if found is None:
        return None
    resp = norm.find("分别", found.start(), found.end())
    if resp < 0:
        return ((found.start(), found.end()),)
    return tuple(span for span in ((found.start(), resp), (resp + 2, found.end())) if span[1] > span[0])


# --- the two ends of a range: 增长6%—6.5% ----------------------------------------------------

RANGE_DASH = frozenset("—–-－~～")  # a set: the empty text at the text's edge is no member
RANGE_LOWER, RANGE_UPPER = "下限", "上限"


# 3000元至2万元, 30亿元到50亿元: 至 / 到 join two amounts, each with its unit, into a range (not
# after 由 / 从, a from-to pair: 从3000元到5000元; not after a verb: 提高到58%)
RANGE_WORDS = frozenset("至到")
_END_OF_AMOUNT = re.compile(r"(?:\d|[%‰])(?P<unit>[万亿千百]?[\u4e00-\u9fff]{1,3})?$")
_FROM_BEFORE = re.compile(r"[由从][^,，;；。]{0,16}$")


def range_end(norm: str, start: int, end: int) -> str:
    """下限 / 上限 when the figure at norm[start:end] is one end of a range of two figures written
    with a dash (6%—6.5%) or 至 / 到 between amounts (3000元至2万元), else ''. The verifier reads
    the same construction."""
    after = norm[end : end + 4]
    if after[:1] in RANGE_DASH and after[1:2].isdigit():
        return RANGE_LOWER
    if after[:1] in RANGE_WORDS and after[1:2].isdigit() and not _FROM_BEFORE.search(norm, max(0, start - 16), start):
        return RANGE_LOWER
    before = norm[max(0, start - 4) : start]
    if before[-1:] in RANGE_DASH and re.search(r"[\d%‰]$", before[:-1]):
        return RANGE_UPPER
    if before[-1:] in RANGE_WORDS:
        low = norm[max(0, start - 10) : start - 1]
        amount = _END_OF_AMOUNT.search(low)
        unit = amount.group("unit") or "" if amount else ""
        is_unit = not unit or (unit in UNITS or (unit[:1] in "万亿千百" and unit[1:] in UNITS)) and unit[-1:] not in "年月日"
        if amount and is_unit and not _FROM_BEFORE.search(norm, max(0, start - 30), start - 1 - len(low) + amount.start()):
            return RANGE_UPPER
    return ""


def range_note(end_word: str, target: bool) -> str:
    """目标区间下限 for a target's range, 区间下限 for a result's."""
    return ("目标区间" if target else "区间") + end_word


# 3000吨航道二期工程, 5000吨泊位: a tonnage right before a waterway or a berth is its ship class
VESSEL_CLASS = re.compile(r"(?:以上|及以上)?(?:的)?(?:航道|泊位|码头|船闸|内河航道)")

# --- a threshold that sorts things into a class: 500万元以上的工业企业 ------------------------------

_THRESHOLD = r"(?:及)?(?:以上|以下)(?:的)?[\u4e00-\u9fff“”]{0,8}?"
CLASS_AFTER = re.compile(rf"{_THRESHOLD}(?:{vocab.pattern('class_heads')})")
CLASS_BY_SIZE_AFTER = re.compile(rf"{_THRESHOLD}(?:{vocab.pattern('class_heads_by_size')})")
# counts of households, people or head of livestock: they size a place or a farm, they do not count it
SIZE_COUNTS = frozenset({"户", "人", "头", "口"})


# the bound of a class opening a counted noun (一座|2000平方米以上的|新华书店, 1000个|20户以上|自然村)
CLASS_BOUND = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?P<unit>[\u4e00-\u9fffA-Za-z/]{1,5}?)(?=(?:及)?(?:以上|以下))")
BOUND_UNIT_FAMILY = {"户": "count", "人": "count", "头": "count", "口": "count"}


def class_bound(norm: str, start: int) -> int | None:
    """Where the counted noun proper starts when a class bound opens it (2000平方米以上的|新华书店):
    after the bound's 以上/以下 and 的; None when no such bound stands at `start`."""
    found = CLASS_BOUND.match(norm, start)
    if found is None:
        return None
    unit = found.group("unit")
    family = BOUND_UNIT_FAMILY.get(unit[-1:], "measure")
    if not threshold_class(norm, found.end(), family, unit):
        return None
    after = re.match(r"(?:及)?(?:以上|以下)的?", norm[found.end() :])
    return found.end() + (after.end() if after else 0)


def threshold_class(norm: str, end: int, family: str, unit: str | None) -> bool:
    """True when the figure ending at `end` is the bound of a class (2000平方米以上的书店, 20户以上
    自然村): a measure (or households, people) before 以上/以下 and the thing it sorts. A count
    in the thing's own measure word (5家以上企业, 3条以上航线) and a share (80%以上的村) are
    figures, and so are amounts of what is done (100亿元以上技改投资)."""
    if family in ("percent", "percentage_points", "permille", "rank"):
        return False
    if family == "count":
        return (unit or "")[-1:] in SIZE_COUNTS and CLASS_BY_SIZE_AFTER.match(norm, end) is not None
    return CLASS_AFTER.match(norm, end) is not None


# --- a project count's subject handed to its amounts -------------------------------------------

# 实施重点项目120个，总投资980亿元，年度计划投资310亿元: the amounts are the projects'
PROJECT_COUNT = re.compile(r"项目$")
# 年度计划投资: the plan's figure of the year, a target even though 计划 is inside the name
PLANNED_NAME = re.compile(r"(?:年度|全年|当年)计划(?:投资|完成|任务)")
PROJECT_AMOUNT = re.compile(r"(?:年度|当年|全年)?(?:计划)?(?:总投资|投资|完成投资|投资额|完成投资额|合同投资额|合同投资|产值|营业收入|税收)$")


# 首次公开发行A股120只，筹资900亿元 / 新增挂牌公司300家，筹资80亿元: the funds the counted issues
# (or companies) raised; not after 共 (配股117只，共筹资877亿元 is the total of the list)
ISSUE_COUNT = re.compile(r"(?:股|股票|基金|债券|公司|[(（][A-Za-z]+[)）])$")
ISSUE_AMOUNT = re.compile(r"(?:筹资|募集资金)")
TOTAL_BEFORE = re.compile(r"(?:共|合计|总计|累计)$")
# what may stand between the clause's start and a carried head: a light verb at most
_OWN_LEAD = re.compile(r"[,，;；、]\s*(?:实现|完成|累计|共计|达到)?$")
FLOW_COUNT = re.compile(r"新增|新培育|新引进|新认定")
# a bare output or revenue after a count of firms (…加工企业205家，实现产值…): the firms'
FIRM_COUNT = re.compile(r"(?:企业|公司)$")
FIRM_AMOUNT = re.compile(r"(?:年)?(?:总)?(?:产值|营业收入|营收|主营业务收入|销售收入|利润|利润总额)")
# a bare area after a count of places (…保护区243个，面积8944万公顷): the places' area
AREA_AMOUNT = re.compile(r"(?:总|建筑|占地)?面积")
COUNTED_PLACE = re.compile(r"(?:区|园|基地|公园|景区|保护区|示范区|片区|农场|小区|市场)$")


def project_subject(norm: str, host: Spans, own: Spans) -> Spans | None:
    """The host count's spans + the amount's own, when the host counts projects and the amount
    is a bare investment (or output) head, or the host counts issues of shares and the amount is
    the funds they raised."""
    if not host or not own:
        return None
    host_text = text_of(norm, host)
    mine = text_of(norm, own)
    if len(host_text) < 3:
        return None
    if PROJECT_COUNT.search(host_text) and PROJECT_AMOUNT.fullmatch(mine):
        return host + own
    if not _OWN_LEAD.search(norm, max(0, own[0][0] - 8), own[0][0]):
        return None  # 预计全年营业收入…: the clause says more than a light verb before the head
    if FIRM_AMOUNT.fullmatch(mine) and FIRM_COUNT.search(host_text) and not FLOW_COUNT.match(host_text):
        # (新增规上企业10户，实现园区产值…: the output is not the new firms' alone)
        return host + own  # 规模以上农产品加工企业205家，实现产值173.7亿元: the firms' output
    if AREA_AMOUNT.fullmatch(mine) and COUNTED_PLACE.search(host_text):
        return host + own  # 建成1980个环境噪声达标区，面积达5144平方公里: the counted places' area
    if ISSUE_COUNT.search(host_text) and ISSUE_AMOUNT.fullmatch(mine):
        if TOTAL_BEFORE.search(norm, max(0, own[0][0] - 2), own[0][0]):
            return None
        return host + own
    return None


# --- small pieces of the genre around a figure -------------------------------------------------

BARE_SHARE = re.compile(r"占(?:全国|全省|全市|全区|全县|全球|世界)(?:的)?(?:比重|份额)?")
# 在全国36个重点城市排名第一: the count is the pool of a ranking
RANKING_POOL_AFTER = re.compile(
    r"[^,，;；。\d]{0,6}?(?:城市|省份|省区市|地区|区县|县市区|县区|国家|园区|开发区|高新区)(?:中|里)?"
    r"(?:排名|位居|居|列|位列|名列)"
)


# a second count right after a count (17批次|2018名医务人员): both count the noun after the second
COUNT_RIGHT_AFTER = re.compile(r"(?P<tail>次)?\d+(?:\.\d+)?(?:多|余)?(?:万|亿)?(?:名|个|人|户|家|所|座|位|项|件|处|条)")


JOINED_ITEM = re.compile(r"(?:以及|和|及|与)")
# 5亿元、10亿元以上项目 / 亿元、规上企业: amounts listed before the class noun they size
SIZE_CLASS_LIST = re.compile(
    r"(?:、(?:\d+(?:\.\d+)?)?(?:亿|万)?元(?:级|以上)?)+(?:以上|级)?的?、?[\u4e00-\u9fff“”]{0,8}?(?:项目|企业|工程)"
)


def bare_share(metric: str) -> bool:
    """占全省 alone: a share of the figure before it, named by the share rule (not a connector)."""
    return bool(BARE_SHARE.fullmatch(metric))


def ranking_pool(norm: str, start: int, end: int) -> bool:
    """True when the count at norm[start:end] is the pool of a ranking (在…36个重点城市排名第一)."""
    return "在" in norm[max(0, start - 4) : start] and bool(RANKING_POOL_AFTER.match(norm, end))


def code_digit(norm: str, at: int) -> bool:
    """A digit inside a code word (4A级, 5G): part of a noun, not the next figure."""
    return norm[at : at + 1].isdigit() and bool(re.match(r"\d[A-Za-z]", norm[at : at + 2]))


# --- a sentence's topic owns a bare head later in it -------------------------------------------

# where a topic ends: the first comma, or the verb of its first predicate (围绕打造…, 加快…)
TOPIC_END = re.compile(
    r"[,，:：]|围绕|加快|推进|推动|实施|坚持|聚焦|依托|打造|建设|力争|确保|要|将|着力|以"
    # the predicate of a topic clause (电子信息产业迅速发展壮大, 汽车产业形成多品牌集聚, 交通邮电业
    # 继续得到较快发展, 棉花因…影响, 双矿集团在…困境下, 稀土产业集群成形成势)
    r"|迅速|继续|持续|不断|稳步|快速|形成|得到|呈现|保持|成形|因|在|受|由于"
    # 机械装备产业重点拓展…, 非公有制经济较快发展, 粮食生产喜获丰收: a focus, a pace, a harvest
    r"|重点(?:拓展|发展|延伸|推进|培育|打造|抓好|实施)|较快|平稳|再获|喜获|获得|连续"
)
# 粮食生产喜获丰收，产量…: the production of a crop or sector is its topic, and the crop names the
# output (粮食产量, not 粮食生产产量)
HARVEST_WORDS = frozenset({"再获", "喜获", "获得", "连续"})
TOPIC_PRODUCTION = re.compile(r"(?<=[\u4e00-\u9fff]{2})生产$")
TOPIC_LEAD = re.compile(r"(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])")
# a time or place word, or a verb, opening the sentence is no topic (今年以来, 全市, 大力发展…)
TOPIC_NOT = re.compile(
    r"[年月]|^(?:全市|全省|全区|全县|全国|其中|同时|此外|目前|当前|大力|积极|全面|深入|进一步"
    r"|面对|通过|随着|按照|根据|经过|为了|对于|针对|围绕)"
)


TOPIC_HEAD = vocab.compiled("topic_heads", suffix="$")


def sentence_topic(norm: str, s_start: int, clause_start: int, *, headed: bool = False) -> tuple[int, int] | None:
    """The span of a sentence's opening noun phrase (2-10 characters, no figure), when a bare
    generic head (产值, 投资) of a later clause has no subject of its own (`headed`: only a topic
    that ends in a topic head, 产业, 集团 …)."""
    if clause_start <= s_start:
        return None
    lead = TOPIC_LEAD.match(norm, s_start)
    start = lead.end() if lead else s_start
    end = TOPIC_END.search(norm, start, clause_start)
    stop = end.start() if end else clause_start
    topic = norm[start:stop].strip(" *")
    if not (2 <= len(topic) <= 10) or not re.fullmatch(r"[\u4e00-\u9fff“”]+", topic):
        return None
    if TOPIC_NOT.search(topic) or action_rules.ACTION_VERBS.match(topic):
        return None
    # (only before a harvest word: 稳定粮食生产，… is a task, no topic)
    production = TOPIC_PRODUCTION.search(topic) if end is not None and end.group() in HARVEST_WORDS else None
    if headed and not TOPIC_HEAD.search(topic) and production is None:
        return None
    at = norm.find(topic, start, stop)
    return (at, at + len(topic) - (len(production.group()) if production else 0))


CLAUSE_MARK = re.compile(r"[,，;；:：]")


def near_topic(norm: str, s_start: int, clause_start: int) -> tuple[int, int] | None:
    """面对持续干旱，…，粮食生产喜获丰收，产量达到51.6亿斤: the topic of the clause right before a
    bare head's, when the sentence's opening is no topic (an adverbial, a frame): only a topic
    that names a sector, a body or a crop's production (sentence_topic, `headed`), and only a
    clause of no figure."""
    before = clause_start - 1
    marks = [c.end() for c in CLAUSE_MARK.finditer(norm, s_start, max(s_start, before))]
    lo = marks[-1] if marks else s_start
    if lo <= s_start or re.search(r"\d", norm[lo:before]):
        return None
    return sentence_topic(norm, lo, clause_start, headed=True)


# 生产总值接连迈上三个万亿元台阶，|达到50013.2亿元: a clause of marks passed, no figure, then the figure
# reached by a bare verb; the marks' subject names it
MILESTONE_CLAUSE = re.compile(
    r"(?P<topic>[\u4e00-\u9fff]{2,12}?)(?:接连|先后|连续|相继|连|已)?(?:迈上|跨上|跃上|站上|跨越|跨过|连跨|突破)"
    r"[^,，;；。:：]{0,10}(?:台阶|大关|关口)"
)
REACHED_ONLY = re.compile(r"(?:(?:19|20)\d{2}年)?(?:达到|达|为|增至|增加到|提高到)")


def milestone_topic(norm: str, s_start: int, clause_start: int, figure_start: int) -> tuple[int, int] | None:
    """The subject of the clause of marks passed (…迈上三个万亿元台阶) right before the figure's,
    when the figure's own clause is a bare verb (达到, 2017年达到): what reached the figure."""
    if clause_start <= s_start or not REACHED_ONLY.fullmatch(norm[clause_start:figure_start].strip()):
        return None
    marks = [c.end() for c in CLAUSE_MARK.finditer(norm, s_start, clause_start - 1)]  # 五年来，|…台阶，
    opening = MILESTONE_CLAUSE.fullmatch(norm, marks[-1] if marks else s_start, clause_start - 1)
    return opening.span("topic") if opening is not None else None


def topic_clause(norm: str, s_start: int, clause_start: int) -> bool:
    """The sentence opens with a clause of no figure (电子信息产业迅速发展壮大，…): its subject is
    the sentence's topic, whatever figures of other things the clauses between give."""
    comma = re.compile(r"[,，;；]").search(norm, s_start, clause_start)
    return comma is not None and not re.search(r"\d", norm[s_start : comma.start()])


# --- lists inside the noun after a number ------------------------------------------------------

# what the counted things got or became (荣获…称号, 入选…名单): shared by two counts joined by 和
SHARED_PREDICATE = re.compile(r"荣获|获得|获评|入选|入围|被评为|被认定为|被授予|获")
_PREDICATE_STOP = re.compile(r"[,，、;；。:：!?！？\n()（）]")


# what listed places did (4个乡镇、45个村完成省级示范创建; 在39个乡镇、225个村启动…试点): a list
# of counted places joined by 、 shares the predicate of its last item
PLACE_PREDICATE = re.compile(r"完成|启动|实现|开展|建成|通过")
PLACE_NOUN = re.compile(r"(?:县|乡镇|乡|镇|村|社区|街道|县市区|县（市、区）)")
LISTED_PLACES = 4  # items: a longer run is no list of places sharing one verb
PLACES_PREDICATE = re.compile(f"{SHARED_PREDICATE.pattern}|{PLACE_PREDICATE.pattern}")


def shared_predicate(norm: str, noun_end: int) -> tuple[int, int] | None:
    """The predicate after a second count (…集体|和6名个人|荣获全国先进称号; 2个县、|15个乡镇、|150个村
    入选…): its span, when the noun of this count stops at 和 (、 for places) + another count of
    people, units or places."""
    pos, verb, second = noun_end, None, None
    for _ in range(LISTED_PLACES):
        joined = re.match(r"(?:和|及|与|、)", norm[pos : pos + 1])
        if joined is None:
            return None
        second = COUNT_RIGHT_AFTER.match(norm, pos + 1)
        if second is None:
            return None
        place = PLACE_NOUN.match(norm, second.end())
        if joined.group() == "、" and place is None:
            return None  # 、 joins places only (新建8所学校、3个养老院 name their own)
        verbs = SHARED_PREDICATE if place is None else PLACES_PREDICATE
        verb = verbs.search(norm, second.end(), second.end() + 6)
        if verb is not None and not _PREDICATE_STOP.search(norm, second.end(), verb.start()):
            break
        if place is None:
            return None
        pos = place.end()
    if verb is None or second is None or _PREDICATE_STOP.search(norm, second.end(), verb.start()):
        return None
    stop = _PREDICATE_STOP.search(norm, verb.end(), verb.end() + 24)
    end = stop.start() if stop else min(len(norm), verb.end() + 24)
    return (verb.start(), end) if end - verb.end() >= 2 else None


def short_item(norm: str, start: int, at: int) -> bool:
    """A 、 inside a list of short names in the noun (驰援武汉、湖北、新疆疫情防控工作; 公办、普惠
    幼儿园学位): the item before it or the one after it is a word of at most three characters
    and no figure follows in the next item."""
    if norm[at : at + 1] != "、":
        return False
    before = re.search(r"[^、]*$", norm[start:at])
    after = re.match(r"[\u4e00-\u9fff]*", norm[at + 1 : at + 20])
    if after is None or not after.group() or norm[at + 1 + len(after.group()) : at + 2 + len(after.group())].isdigit():
        return False
    item_before = before.group() if before else ""
    return len(item_before) <= 3 or (len(after.group()) <= 3 and norm[at + 1 + len(after.group()) : at + 2 + len(after.group())] == "、")


# --- comparisons with a stated base: 比年初预计的2700亿元多出2100亿元 -------------------------

COMPARISON_BASE_BEFORE = re.compile(r"(?:比|较)(?P<words>[^,，;；。比较\d]{1,8}?)的$")
GAP_AFTER = re.compile(r"(?:多出|多|少|高出|高|低|增加|减少|超出)")
# the clause's own words before a gap figure: 比全国平均降幅少, 比年初预计的2700亿元多出
COMPARISON_GAP = re.compile(r"(?:比|较)[^,，;；。]{1,16}?(?:多出|多|少|高出|高|低|快|慢|超出)了?")


def comparison_base(norm: str, clause_start: int, start: int, end: int) -> tuple[int, int] | None:
    """The span of 年初预计 when the figure at norm[start:end] is the base of a comparison (比年初
    预计的2700亿元多出…): the host's figure as it was expected or stood before."""
    found = COMPARISON_BASE_BEFORE.search(norm, max(clause_start, start - 12), start)
    if found is None or not GAP_AFTER.match(norm, end):
        return None
    return found.span("words")


def comparison_gap(norm: str, spans: Spans) -> bool:
    """The figure's own words are only a comparison and its gap (比全国平均降幅少): a change of
    the figure before it, named after it with these words in brackets."""
    if len(spans) != 1:
        return False
    a, b = spans[0]
    return bool(COMPARISON_GAP.fullmatch(norm, a, b))


# 3个省级、12个市级试点镇: modifiers of one noun, each with its count; the noun after the last
# modifier is every count's
MODIFIER = re.compile(r"(?:国家级|省级|市级|县级|区级|镇级|村级|省定|市定|县定|国家|省|市|县)")
_NOUN_RUN = re.compile(r"[\u4e00-\u9fff“”]+")
# words that end a counted noun (the predicate's start), as the noun after a number stops at them
NOUN_END_WORD = re.compile(r"正在|预计|通过|建设|施工|完工|达到|同比|分别|以及|累计|其中|等")


# 18个光伏、4个风电项目: a class noun the second item ends with, shared by a short first item
CLASS_HEAD = re.compile(r"(?:项目|企业|工程|基地|园区|平台|中心|学校|医院|电站|基站)")


def unquoted(text: str) -> str:
    """`text` with the characters inside “…” masked, so a 的 inside a quoted name is not found."""
    return re.sub(r"“[^”]*”", lambda q: "“" + "＿" * (len(q.group()) - 2) + "”", text)


# the second count of a list of modifiers (3个省级、12项市级…; 4家国家级和21家省级…)
LISTED_COUNT = re.compile(r"\d+(?:\.\d+)?(?:多|余)?(?:万|亿)?(?:名|个|人|户|家|所|座|位|项|条|处|批|支|只|台|套|座|片|类)")


def modifier_noun(norm: str, post: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the shared noun when the noun after a count is only a modifier followed by 、
    (or 和/及/与) and another count with a modifier of the same kind (3个省级、12个市级试点镇 ->
    试点镇; 4家国家级和21家省级企业技术中心 -> 企业技术中心; 18个光伏、4个风电项目 -> 项目)."""
    a, b = post
    if norm[b : b + 1] not in ("、", "和", "及", "与"):
        return None
    second = LISTED_COUNT.match(norm, b + 1)
    if second is None:
        return None
    modifier = MODIFIER.match(norm, second.end()) if MODIFIER.fullmatch(norm, a, b) else None
    if modifier is None and b - a <= 3:
        head = CLASS_HEAD.match(norm, second.end() + (b - a))
        if head is not None and _NOUN_RUN.fullmatch(norm, second.end(), head.start()):
            return head.span()
    if modifier is None:
        return None
    run = _NOUN_RUN.match(norm, modifier.end())
    if run is None or run.end() - run.start() < 2:
        return None
    de = norm.find("的", run.start() + 2, run.end())  # 9个市级试点镇|的基础上
    return (run.start(), de) if de > 0 else run.span()


# 电价降到每千瓦时0.79元: a per-unit basis right before the figure qualifies it, in brackets
TRAILING_BASIS = prefiltered(re.compile(rf"(?:{TO_VERB})?(?P<basis>{BASIS.pattern})$"))


def trailing_basis(norm: str, spans: Spans) -> tuple[Spans, Spans] | None:
    """(the name, the basis) for a name that ends with a to-verb and a per-unit basis."""
    if len(spans) != 1:
        return None
    a, b = spans[0]
    found = TRAILING_BASIS.search(norm, a, b)
    if found is None or found.start() - a < 2:
        return None
    name = tidy_name(norm[a : found.start()])  # 电价达到每千瓦时: the copula before the basis goes
    if len(name) < 2:
        return None
    if names_ratio(name):
        return ((a, a + len(name)),), ()  # 路网密度达到每平方公里5.6公里: the basis is the unit's
    return ((a, a + len(name)),), (found.span("basis"),)


# --- the measure a sentence's opening names for its items ---------------------------------------

# 主要商品收购量大都比上年增加，…；水产品增长16.2%, 主要工业产品产量中，钢…: the measure the items
# of the sentence are read in, named once at its opening
MEASURE_TOPIC = re.compile(
    r"[\s*#]*(?:在)?主要[\u4e00-\u9fff]{0,8}?(社会零售量|收购量|零售量|销售量|产量|出口量|进口量|消费量)"
    r"(?:中|大都|大多|普遍|均|都|比上年|有增有减)"
)
# an item that names its own measure (粮食收购量, 棉纱产量, 零售额) needs none from the opening
OWN_MEASURE = re.compile(r"(?:量|额|值|率|数|价|费|面积|人数|产)$")
BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}")  # (钢, 猪: one character, the verifier cannot place the measure)
ITEM_CHANGE = re.compile(r"(?:比上年)?(?:增长|下降|增加|减少)$")


IMPLIED_WHOLES = frozenset(vocab.words("implied_wholes"))


def scope_from_opening(norm: str, s_start: int, metric: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """第一产业投资3373亿元 in 在城镇投资中，第一产业投资…: a figure of a sentence opening on a statistical
    whole is of that whole (城镇投资中 + 第一产业投资); a name already saying the whole (占规模以上工业
    增加值的比重), or one before the opening ends, is returned as it was."""
    if not metric:
        return metric
    opened = sentence_scope(norm, s_start)
    if opened is None or metric[0][0] < opened[1]:
        return metric
    whole, _ = opened
    core = whole_core(norm, whole)
    if core in IMPLIED_WHOLES or core in "".join(norm[x:y] for x, y in metric):
        return metric
    return (*whole, *metric)


def measure_from_opening(norm: str, s_start: int, metric: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """水产品增长16.2% in 主要商品收购量大都比上年增加，…: a bare item (a product, no measure of its own)
    in a sentence whose opening names the measure of its items takes that measure (水产品收购量增长);
    any other name is returned as it was."""
    if len(metric) != 1:
        return metric
    opening = MEASURE_TOPIC.match(norm, s_start)
    a, b = metric[0]
    if opening is None or a < opening.end():
        return metric
    text = norm[a:b]
    change = ITEM_CHANGE.search(text)
    item_end = a + change.start() if change else b
    item = norm[a:item_end]
    if not BARE_ITEM.fullmatch(item) or OWN_MEASURE.search(item) or opening.group(1) in item:
        return metric
    measure = opening.span(1)
    return ((a, item_end), measure, (item_end, b)) if item_end < b else ((a, item_end), measure)


# 在建亿元以上项目455个，竣工138个: a stage a project count reaches (the verifier derives the name from the item before: _metric_carried)
STAGE_VERB = re.compile(r"(?:新开工|开工建设|集中开工|开工|竣工投产|建成投产|竣工|建成|完工|投产|开业|落地|在建|续建)")
# the verb opening the item before (在建, 实施, 引进落地, 开工建设): the object after it is the stage's too
_ITEM_VERB = re.compile(
    rf"(?:{STAGE_VERB.pattern}|实施|推进|引进落地|引进|谋划|储备|签约|开工建设"
    r"|(?:新|累计)?(?:提请|提交)?(?:审议|制定|修订|修改|出台)(?:和|、)?)+"  # 提请审议|地方性法规16部、废止21部
)


def object_of_item_before(before_words: str) -> int | None:
    """Where the object starts in the words of the count item before (在建|亿元以上项目, 实施|重大项目):
    the item opens with a verb of projects and names at least two characters after it."""
    found = _ITEM_VERB.match(before_words)
    if found is None or len(before_words) - found.end() < 2:
        return None
    return found.end()
