"""The metric's final shape: what the reports' own words say a figure measures.

`metric.py` cuts a phrase out of the clause; this module turns that phrase into the name a
reader writes down: footnote marks dropped (生产总值[2]), the comparison base left out of a
growth metric (居民消费价格比上年上涨 -> 居民消费价格上涨), a derived quantity named after its host
with the derivation in brackets (比上年末增加530万人 -> 总人口(比上年末增加); 占地区生产总值比重
-> 第一产业增加值(占地区生产总值比重)), a shared-head list handed out item by item
(城镇和农村居民收入分别增长… -> 城镇居民收入增长 / 农村居民收入增长), and a subject joined to a
generic head across a light verb (林业实现产值 -> 林业产值). All pieces are spans of the text,
so the metric is always in the user's script.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.ellipsis import AREA_OF
from summarizer.engines.offline.metric import Spans
from summarizer.engines.offline.spans import runs, without_matches
from summarizer.engines.offline.vocab import GENERIC_HEADS, connectors, glossary_words, words
from summarizer.text import wrap
from summarizer.text.prefilter import prefiltered

# 生产总值[2], 粮食[注1]; a circled number is a footnote mark (社会总产值①, 比上年末④增加) or a list's
# item number (③新增公租房租赁补贴): in a name it is neither
FOOTNOTE = re.compile(r"\[\d{1,2}\]|\[注\d{0,2}\]|（注\d{0,2}）|[\u2460-\u2473]")
# the base of a comparison inside a growth metric: 比上年 (not 同比, which the genre keeps)
COMPARISON = re.compile(
    r"(?:比|较)(?:上年|去年|上年末|去年末|上年同期|去年同期|上年底|年初|(?:19|20)\d{2}年(?:末|底)?)"
    r"(?=(?:增长|下降|上涨|下跌|增加|减少|提高|降低|回落|上升|增产|减产)$)"
)
GROWTH_END = re.compile(r"(?:增长|下降|上涨|下跌|增加|减少|提高|降低|回落|上升|增产|减产|增幅|增速|降幅|压缩|压减|缩短|缩减|削减)$")
# 占国内生产总值的比重, 占全市比重: a share, named after what it is a share of
SHARE = re.compile(
    r"(?:占[^,，;；。占]{1,24}?(?:的)?(?:比重|比例|份额)|对[^,，;；。对]{1,20}的贡献率|与[^,，;；。与]{1,20}之比"
    r"|占(?:全国|全省|全市|全区|全县|全球|世界)(?:的)?)$"
)
# 占GDP的46.8%, 占全市生产总值的: a share named only by its whole, with 的 before the figure
SHARE_OF = re.compile(r"占[^,，;；。占的]{2,24}$")
SHARE_ADVERBS = frozenset({"只", "仅", "仅仅", "也只", "也仅", "约", "还", "也", "已"})
# 占总人口比重（常住人口城镇化率）: the bracket names the indicator
BRACKET_NAME = re.compile(r"占[^（(]{1,16}(?:比重|比例)[（(]([^）)]{3,12}率)[）)]$")
LIST_SPLIT = re.compile(r"、")
RESPECTIVELY = "分别"
ONE_CHAR_CLASS = "业类品级"  # sector, category, product and level (国家级、省级) suffixes that end both names of a list
# an item ending with an indicator's head is a whole name (处理率、优良率分别…): no shared head
WHOLE_NAME_ENDS = ("率", "额", "量", "值", "指数", "比重", "占比", "比例", "面积", "人数", "总数", "收入", "支出", "投资", "出口", "进口", "利润")
# measure words a 、-list of products or sectors shares after its last item (甲、乙产能分别…)
LIST_MEASURES = tuple(sorted(words("list_measures"), key=len, reverse=True))
NEW_COUNT_VERBS = ("新增", "净增")  # a list's shared verb that says the figures are increments


@wrap.spans_across_breaks
def drop_footnotes(norm: str, spans: Spans) -> Spans:
    """生产总值[2] -> 生产总值: a footnote mark is not part of the name."""
    return without_matches(norm, spans, FOOTNOTE)


@wrap.spans_across_breaks
def drop_comparison(norm: str, spans: Spans) -> Spans:
    """居民消费价格比上年上涨 -> 居民消费价格上涨: the base year is not part of the name."""
    if not spans:
        return spans
    a, b = spans[-1]
    found = COMPARISON.search(norm, a, b)
    if found is None or (found.start() - a < 2 and len(spans) == 1):
        return spans
    head = ((a, found.start()),) if found.start() > a else ()
    return spans[:-1] + head + ((found.end(), b),)


@wrap.spans_across_breaks
def bracket_name(norm: str, spans: Spans) -> Spans | None:
    """占总人口比重（常住人口城镇化率） -> 常住人口城镇化率."""
    if len(spans) != 1:
        return None
    a, b = spans[0]
    found = BRACKET_NAME.match(norm, a, b)
    return ((found.start(1), found.end(1)),) if found else None


def without_open_bracket(norm: str, spans: Spans) -> Spans:
    """侯月线（电气化新线|253公里）, （城镇私营个体从业人员|3940万人）: the figure stands inside a bracket the
    name opened; the bracket mark is no part of the name (its words are). A bracket the name closes
    (A股再筹资（包括配股…）) stays."""
    if not any(c in norm[a:b] for a, b in spans for c in "（("):
        return spans  # speed: the usual case
    chars = [i for a, b in spans for i in range(a, b)]
    text = "".join(norm[i] for i in chars)
    at = max(text.rfind("（"), text.rfind("("))
    if at < 0 or "）" in text[at:] or ")" in text[at:]:
        return spans
    return runs(chars[:at] + chars[at + 1 :])


def share_parts(norm: str, spans: Spans) -> tuple[Spans, Spans] | None:
    """第一产业增加值占地区生产总值比重 -> (第一产业增加值, 占地区生产总值比重); None if no share."""
    if not spans:
        return None
    a, b = spans[-1]
    found = SHARE.search(norm, a, b)
    if found is None and norm.startswith("的", b):
        found = SHARE_OF.search(norm, a, b)  # 占GDP的46.8%: the share, said without 比重
    if found is None:
        return None
    cut = found.start()
    while cut > a and norm[cut - 1] in "、，, ":
        cut -= 1  # 3家民宿获评…、占总数的50%: the list mark is no part of the subject
    if norm[a:cut] in SHARE_ADVERBS:
        cut = a  # 只占国家预算收入的2.3%: an adverb names no subject; the figure before does
    return spans[:-1] + (((a, cut),) if cut > a else ()), ((found.start(), b),)


# 水质占比提高3.2个百分点: a change in points of the metric's own level, the verb in brackets
POINTS_CHANGE = re.compile(r"(?:提高|提升|上升|下降|降低|回落|增加|减少|扩大|收窄)$")


def points_change(norm: str, spans: Spans) -> tuple[Spans, Spans] | None:
    """省控断面水质优良比例提高 (个百分点) -> (省控断面水质优良比例, 提高)."""
    if not spans:
        return None
    a, b = spans[-1]
    found = POINTS_CHANGE.search(norm, a, b)
    if found is None or found.start() - a < 2:
        return None
    return spans[:-1] + ((a, found.start()),), ((found.start(), b),)


# 由上年的, 从年初: the start of a change, not a name
CHANGE_START = prefiltered(re.compile(r"(?:分别)?(?:由|从)(?!业|事|属|而|严|优|紧|快)[^,，]{0,6}"))  # 从业人员 is a name


def is_connector(text: str) -> bool:
    """提高到, 增至, 项目, 占: words that join a metric to its figure but name nothing."""
    return text in connectors() or bool(CHANGE_START.fullmatch(text))


@wrap.spans_across_breaks
def drop_respectively(norm: str, spans: Spans) -> Spans:
    """城乡居民人均可支配收入分别增长 -> 城乡居民人均可支配收入增长: 分别 is no part of a name."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        at = norm.find(RESPECTIVELY, a, b)
        if at < 0:
            out.append((a, b))
            continue
        if at > a:
            out.append((a, at))
        if at + len(RESPECTIVELY) < b:
            out.append((at + len(RESPECTIVELY), b))
    return tuple(out)


def _shared_measure(items: list[str]) -> str | None:
    """The measure word (LIST_MEASURES) the last item ends with and no other item says: 多晶硅料、
    单晶拉棒、组件产能 -> 产能. Names of one length whose length leaves a longer head than the
    measure word share that head instead (城镇和农村居民产值 -> 居民产值)."""
    last = items[-1]
    shared = next((w for w in LIST_MEASURES if last.endswith(w) and len(last) > len(w)), None)
    if shared is None or any(shared in item for item in items[:-1]):
        return None
    if any(item.endswith((*LIST_MEASURES, *GENERIC_HEADS, *WHOLE_NAME_ENDS)) for item in items[:-1]):
        return None  # 固定资产投资和规上工业产值: the first item is a whole indicator already
    lengths = {len(item) for item in items[:-1]}
    if len(lengths) == 1 and len(last) - len(items[0]) - len(shared) >= 2:
        return None  # 城镇和农村居民产值: names of one length, the rest is a longer shared head
    # (粮食、蔬菜、肉蛋奶产量: one character more than the others' length is the last item's own)
    return shared


# the measures a list may name bare after its first item names the subject with one of them
# (规上食品工业增加值、营业收入、利润和税金分别占…; …货物总量、货值分别增长)
FIRST_MEASURES = frozenset(GENERIC_HEADS | set(words("list_measures")) | set(words("part_measures")))
LATER_MEASURES = FIRST_MEASURES | {"税金", "利税", "货值", "总量", "出口", "进口", "客运量", "货运量", "吞吐量"}
# 资产总额, 货物总量: a whole indicator, so the first item's measure is one of FIRST_MEASURES only
_FIRST_BY_LENGTH = tuple(sorted(FIRST_MEASURES - {"面积"}, key=len, reverse=True))  # 粮食播种面积: area_subject's
MIN_SUBJECT = 3  # characters: 资产|总额 is no subject and its measure
ITEM_JOIN = re.compile(r"[、和及]")


# the heads of counts of one subject (事故起数, 死亡人数, 受伤人数): a later item that is only one
LIST_COUNT_WORD = re.compile(r"(?:起数|次数|人数|户数|件数)$")
LIST_COUNT_HEAD = re.compile(r"[\u4e00-\u9fff]{0,2}(?:起数|次数|人数|户数|件数)")


def _subject_first_item(norm: str, a: int, head_part: str, index: int) -> Spans | None:
    """规上食品工业增加值、营业收入、利润和税金 (index 2) -> 规上食品工业 + 利润: the first item
    names the subject with its measure, the later items name measures only; None otherwise."""
    bounds = [0] + [j.end() for j in ITEM_JOIN.finditer(head_part)]
    ends = [j.start() for j in ITEM_JOIN.finditer(head_part)] + [len(head_part)]
    items = [head_part[x:y] for x, y in zip(bounds, ends, strict=True)]
    counted = LIST_COUNT_WORD.search(items[0]) if len(items) >= 2 else None
    if counted is not None and counted.start() >= 2 and all(LIST_COUNT_HEAD.fullmatch(i) for i in items[1:]):
        # 生产安全事故起数和死亡人数分别下降a、b (index 1) -> 生产安全事故 + 死亡人数: the counts of
        # one subject, named once before the first count's head
        i = index % len(items)
        if i == 0:
            return ((a, a + len(items[0])),)
        return ((a, a + counted.start()), (a + bounds[i], a + ends[i]))
    if len(items) < 2 or not all(item in LATER_MEASURES for item in items[1:]):
        return None
    first = items[0]
    head = next((h for h in _FIRST_BY_LENGTH if first.endswith(h) and len(first) - len(h) >= MIN_SUBJECT), None)
    area = AREA_OF.fullmatch(first) if head is None else None
    if area is not None:  # 粮食播种面积和产量: the crop sown names the output
        head = first[area.end("subject") :]
    if head is None:
        return None
    i = index % len(items)
    if i == 0:
        return ((a, a + len(first)),)
    return ((a, a + len(first) - len(head)), (a + bounds[i], a + ends[i]))


# the figures a 分别 hands out, up to the clause's end (32.9亿元、600.7亿元和137.5亿元)
_FIGURES_AFTER = re.compile(r"[^,，;；。]*")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
# 蔬菜、畜牧和林果业比重: the last two items of a 、-list joined by 和 (及, 与)
_LAST_JOIN = re.compile(r"和|及|与")


def _last_joined(items: list[str], norm: str, end: int) -> list[str]:
    """A、B和C分别…a、b和c: the last 、-item holds two items joined by 和 when the clause hands
    out one figure more than the 、 make items; `items` unchanged otherwise."""
    joined = _LAST_JOIN.search(items[-1], 1)
    if joined is None or len(items[-1]) - joined.end() < 1:
        return items
    rest = _FIGURES_AFTER.match(norm, end)
    figures = len(_FIGURE.findall(rest.group())) if rest else 0
    if figures != len(items) + 1:
        return items
    return [*items[:-1], items[-1][: joined.start()], items[-1][joined.end() :]]


# the measure words a 、-list's items may end in, longest first (built once: _joined_head runs per list)
_JOINED_MEASURES = tuple(sorted({*LIST_MEASURES, *WHOLE_NAME_ENDS}, key=len, reverse=True))


def _joined_head(items: list[str]) -> str | None:
    """The head A、B和C share: the measure word closing C (蔬菜、畜牧和林果业比重 -> 比重) when no
    other item has one, none when every item has its own (工业投资、民间投资和技改投资) or all are
    short bare names (农业、服务业和社会事业); None
    when that cannot be told (秸秆、畜禽粪便综合利用率和尾菜处理率: items of their own measures)."""
    last = items[-1]
    measures = _JOINED_MEASURES
    ends = [item.endswith(measures) for item in items]
    if all(ends):
        return ""  # 工业投资、民间投资和技改投资: whole names, each with its measure
    if any(ends[:-1]):
        return None
    shared = next((w for w in measures if last.endswith(w) and len(last) - len(w) >= 2 and len(w) >= 2), None)
    if shared is not None:
        # 蔬菜播种面积: the longest glossary word closing the item that holds the measure (播种面积)
        known = glossary_words()
        longer = [last[i:] for i in range(1, len(last) - len(shared)) if last[i:] in known and len(last) - i >= len(shared)]
        return max(longer, key=len) if longer and len(last) - len(max(longer, key=len)) >= 2 else shared
    lengths = {len(item) for item in items[:-1]}
    if last.endswith(measures) and len(lengths) == 1 and len(last) - min(lengths) >= 2:
        return last[min(lengths) :]  # 小学、初中和高中入学率: names of one length, the rest is the head
    return "" if len(last) <= 4 else None


_GROWTH_VERB_END = re.compile(r"(?:同比|比上年)?(?:增长|下降|提高|增加|降低|减少|上升)$")


def whole_names_item(norm: str, spans: Spans, index: int, count: int) -> Spans | None:
    """城镇居民人均可支配收入、农民人均纯收入|达到25755元、9446元 (index 1) -> 农民人均纯收入: whole
    indicator names listed with 、, as many as the figures joined after them, name those figures
    in order though no 分别 says so."""
    if len(spans) != 1 or count < 2:
        return None
    a, b = spans[0]
    text = norm[a:b]
    verb = _GROWTH_VERB_END.search(text)  # …农民人均纯收入增长|10.3%和12.8%: each item grows
    if verb is not None:
        text = text[: verb.start()]
    items = text.split("、")
    if len(items) != count or index >= count:
        return None
    if any(len(item) < 4 or not item.endswith(WHOLE_NAME_ENDS) for item in items):
        return None
    start = a + sum(len(item) + 1 for item in items[:index])
    own = ((start, start + len(items[index])),)
    return own + (((a + verb.start(), b),) if verb is not None else ())


# 年均, 平均每年 closing a list's names before 分别 (利润、利税年均分别增长): a qualifier of the rates
_LIST_MEAN_END = re.compile(r"(?:年均|平均每年|每年平均|年平均)$")


_MEASURE_ENDS = tuple(sorted({*LIST_MEASURES, *WHOLE_NAME_ENDS, "人数", "户数", "数量", "个数"}, key=len, reverse=True))


# 甲、乙、丙等产量: 等 closing a list (高等级沥青, 高等教育, 中等职业: 等 inside a word is no 等)
_ETC = re.compile(r"(?<![高中初平同对相均超])等(?![级次])")


def list_item(norm: str, spans: Spans, index: int, listed: int = 0) -> Spans | None:
    """The index-th item of a shared-head list: 城镇和农村居民收入分别增长 (index 1) ->
    农村居民收入增长; 甲、乙、丙等产量分别增长 (index 0) -> 甲产量增长. None when the metric is no
    such list: the list must say 分别 (生产和生活用水 stays one name), or have as many items as the
    `listed` figures joined after it (广播、电视人口综合覆盖率达到96%和98%)."""
    if len(spans) != 1:
        return None
    a, b = spans[0]
    text = norm[a:b]
    resp = text.find(RESPECTIVELY)
    if resp < 0 and norm.startswith(RESPECTIVELY, b):
        resp = len(text)  # 食品、药品安全满意率|分别从上年…: the 分别 was cut off with the change
    implied = resp < 0 and listed >= 2
    if implied:
        # …覆盖率|达到96%和98%: as many figures as items, in order; a growth verb closing the names
        # (…排放量降低|1.6%和2.98%) is each item's, as after 分别
        grows = _GROWTH_VERB_END.search(text)
        resp = grows.start() if grows is not None else len(text)
        head_part, verb = text[:resp], text[resp:]
    elif resp <= 0:
        return None
    else:
        head_part, verb = text[:resp], text[resp + len(RESPECTIVELY) :]
    mean_span: Spans = ()
    if (mean := _LIST_MEAN_END.search(head_part)) is not None and mean.start() > 0 and GROWTH_END.search(verb):
        # 利润、利税年均分别增长: the mean qualifies the list's growth, it is no part of the last item
        head_part, mean_span = head_part[: mean.start()], ((a + mean.start(), a + mean.end()),)
    subject_first = None if implied else _subject_first_item(norm, a, head_part, index)
    if subject_first is not None:
        grows = verb and (GROWTH_END.search(verb) or verb in NEW_COUNT_VERBS)
        return subject_first + mean_span + (((a + resp + len(RESPECTIVELY), b),) if grows else ())
    split = False
    if "、" in head_part:
        items = head_part.split("、")
        joined = _last_joined(items, norm, b)
        split, items = len(joined) > len(items), joined
    elif "和" in head_part:
        items = head_part.split("和", 1)
    else:
        return None
    if len(items) < 2 or any(not item for item in items) or (implied and len(items) != listed):
        return None
    last = items[-1]
    if split:
        found = _joined_head(items)
        if found is None:
            return None
        items[-1], head = last[: len(last) - len(found)], found
    elif (etc := _ETC.search(last)) is not None:
        items[-1], head = last[: etc.start()], last[etc.end() :]
    else:
        first = items[0]
        cut = -1
        # one character is a shared word only as a class suffix (治理业、农业…: 业); 基本医保和
        # 大病保险 share no 保, 小学、初中…入学率 no 学
        for size in (2, 1) if first[-1:] in ONE_CHAR_CLASS else (2,):  # 高新技术产业、战略性新兴产业产值: the shared word ends both names
            if len(first) >= size:
                cut = last.find(first[-size:], 1)
                if cut > 0:
                    cut += size
                    break
        if cut <= 0 and first.endswith(WHOLE_NAME_ENDS) and len(first) > 2:
            # 污水处理率、空气质量优良率, 固定资产投资和社会消费品零售总额: the first item is a whole
            # indicator name (进口和出口通关时间: a bare head word is a modifier)
            cut = len(last)
        elif cut <= 0 and (shared := _shared_measure(items)) is not None:
            cut = len(last) - len(shared)  # 钢材、平板玻璃、电解铝产量分别…: the last item's measure word
            if implied and len(shared) < 3:
                return None  # 实际利用外资和外商直接投资增长a和b: no 分别 to say 投资 is shared
        elif cut <= 0:
            cut = len(first)  # 城镇和农村居民收入: names of one length, the rest is the head
            if implied and len(first) > 3:
                return None  # 二氧化硫、化学需氧量排放量降低a和b: a long first name need not be as long
        if cut >= len(last) or len(last) - cut < 2:
            cut = len(last)  # 粮食产量和棉花产量, 化学需氧量和氨氮排放总量: whole names, no shared head
        items[-1], head = last[:cut], last[cut:]
    if head and len(head) < 2:
        return None
    if implied and not (head.endswith(_MEASURE_ENDS) if head else all(i.endswith(_MEASURE_ENDS) for i in items)):
        return None  # no 分别 says it is a list: only one whose names end in a measure reads as one
    pos = a
    starts = []
    for item in items:
        starts.append(pos)
        pos += len(item) + 1
    i = index % len(items)
    item_span = (starts[i], starts[i] + len(items[i]))
    head_start = a + len(head_part) - len(head)
    verb_start = a + resp + (0 if implied else len(RESPECTIVELY))
    out = [item_span] + ([(head_start, head_start + len(head))] if head else []) + list(mean_span)  # 利润年均增长
    if verb and (GROWTH_END.search(verb) or verb in NEW_COUNT_VERBS):  # 贷款分别新增a和b: 贷款新增
        out.append((verb_start, b))
    return tuple(out)


def subject_head(norm: str, lo: int, verb_at: int, verb_end: int, hi: int) -> Spans | None:
    """林业实现产值 -> 林业 + 产值: a bare generic head after a light verb takes its subject."""
    head = norm[verb_end:hi]
    if head not in GENERIC_HEADS:
        return None
    subject = norm[lo:verb_at]
    if not (2 <= len(subject) <= 12) or not re.fullmatch(r"[\u4e00-\u9fff（）()]+", subject):
        return None
    return ((lo, verb_at), (verb_end, hi))


# 分别比2005年增长, 比上年末增加: a comparison that names nothing but the change
COMPARISON_DELTA = re.compile(
    r"(?:分别|均)?(?:比|较)(?:上年|去年|上年末|去年末|上年同期|去年同期|上年底|年初|上月|\d{1,2}月份?|(?:19|20)\d{2}年(?:末|底)?)"
    r"(?:预算数?|预计数|计划|目标)?(?:增长|下降|上涨|下跌|增加|减少|提高|降低|回落|上升|增产|减产|升值|贬值|净增"
    # 比上年多增加/多蓄水/少亏, 增收/增招: more or less of the same quantity than the base
    r"|(?:多|少)(?:增加|减少|增|减|建|亏|蓄水|收)?|增收|减收|增招|减招|增支|减支|高|低)了?"
)


# indicator heads a growth rate may share with the rate before it (…增加值增长; …类价格上涨)
INDICATOR_HEADS = tuple(sorted(GENERIC_HEADS | {"价格", "指数"}, key=len, reverse=True))


def head_before_verb(norm: str, spans: Spans) -> tuple[int, int] | None:
    """规模以上工业增加值增长 -> the span of 增加值: the indicator head right before the verb."""
    if not spans:
        return None
    a, b = spans[-1]
    verb = GROWTH_END.search(norm, a, b)
    if verb is None:
        return None
    if verb.start() == a and len(spans) > 1:
        a, end = spans[-2]  # 居民消费价格|上涨 (the comparison base was cut out between them)
    else:
        end = verb.start()
    for head in INDICATOR_HEADS:
        if norm.endswith(head, a, end):
            return (end - len(head), end)
    return None


def head_at_end(norm: str, spans: Spans) -> tuple[int, int] | None:
    """工业增加值 -> the span of 增加值: the indicator head that ends an amount's name."""
    if not spans:
        return None
    a, b = spans[-1]
    for head in INDICATOR_HEADS:
        if norm.endswith(head, a, b) and b - a > len(head):
            return (b - len(head), b)
    return None
