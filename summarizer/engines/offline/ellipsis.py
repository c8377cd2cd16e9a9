"""What the items of a communiqué's list leave unsaid, read back from the item before.

Statistical communiqués state a measure once and then list its breakdown in short items:

- the subject is named in the first item only: 常住人口出生率为6.19‰，死亡率5.15‰ ->
  常住人口死亡率; 休闲农业接待人次达4454万、综合收入162.11亿元 -> 休闲农业综合收入;
- the base of a share or a contribution is named in the first item only: 第一产业增加值占国内
  生产总值的比重为7.2%，第二产业增加值比重为40.7% -> 第二产业增加值(占国内生产总值比重);
  消费对国内生产总值增长的贡献率为76.2%，资本形成总额的贡献率为32.4% ->
  资本形成总额(对国内生产总值增长的贡献率);
- only the contrasted verb is said: …月同比上涨的城市个数为69个，下降的为1个 ->
  …月同比下降的城市个数;
- an exchange rate names its base currency before the figure and the quote currency after it:
  人民币平均汇率为1美元兑6.6174元人民币 -> 人民币平均汇率(1美元兑人民币).

Every rule returns spans of the text (the inherited words where the source has them, so the
verifier reads every word of the name in the sentence) or None when the item is not of its form.
"""

from __future__ import annotations

import re

from summarizer.engines.offline import vocab
from summarizer.engines.offline.metric import DELTA_METRIC, TRAILING_NOISE, tidy_metric
from summarizer.engines.offline.spans import Spans, runs, text_of

# what ends a list's subject (常住人口, 城镇居民, 规模以上服务业企业, 休闲农业)
SUBJECT_END = vocab.compiled("list_subjects")
# a growth verb after a head (利润总额增长): the head is what the item names
GROWTH_TAIL = re.compile(r"(?:同比|比上年)?(?:增长|下降|增加|减少|提高|降低|上升|回落)$")
# a share or contribution head with nothing saying of what (比重, 的贡献率)
SHARE_ITEM = re.compile(r"^(?P<subject>[^占对]{2,}?)(?P<head>的?(?:比重|贡献率|比例))$")
# the base of the share in the first item: 占国内生产总值(的)比重, 对国内生产总值增长的贡献率
SHARE_BASE = re.compile(r"^(?P<base>[占对][^占对]{2,24}?)(?:的)?(?P<head>比重|贡献率|比例)$")
# 下降的为1个, 持平的有4个: an item that says only the verb it contrasts with the item before
CONTRAST_VERB = vocab.pattern("contrast_words")
CONTRAST_ITEM = re.compile(rf"^(?:[,，、;；]|其中)*(?P<verb>{CONTRAST_VERB})的(?:为|有|是|达|占)?$")
CONTRAST_IN_HOST = re.compile(rf"(?:{CONTRAST_VERB})(?=的)")
# 1美元兑 / 100日元兑换: the base of an exchange rate, then the quoted currency
CURRENCIES = "美元|欧元|日元|港元|港币|英镑|卢布|韩元|澳元"
EXCHANGE_BASE = re.compile(rf"(?P<base>\d+(?:\.\d+)?(?:{CURRENCIES})兑(?:换)?(?:人民币)?)$")
EXCHANGE_NAME = re.compile(r"汇率(?:中间价)?(?:为|是)?$")
QUOTE_CURRENCY = re.compile(r"人民币")
# 8.2793元人民币兑1美元: the rate written the other way round, the base currency after the figure
EXCHANGE_AFTER = re.compile(rf"(?:人民币)?兑(?:换)?(?:1|100)(?:{CURRENCIES})")
# 年末1美元兑…, 全年平均1美元兑…: what may stand before a rate written without 汇率
RATE_LEAD = re.compile(r"[\s,，;；:：]*(?:(?:19|20)\d{2}年)?(?:年末|年底|年初|全年|\d{1,2}月末|\d{1,2}月份|期末)?(?:平均)?(?:为|是)?")
OBJECT_HEAD = re.compile(r"项目|工程|企业|单位|基地|园区|安置点")
BARE_RATE = 5  # characters: 死亡率, 自然增长率 — a rate this short names no subject of its own


def _chars(norm: str, spans: Spans) -> list[int]:
    return [i for a, b in spans for i in range(a, b)]


def subject_of(norm: str, spans: Spans) -> Spans | None:
    """常住人口出生率 -> the spans of 常住人口: the subject a list's first item names before its
    head (at least two characters of head must follow it)."""
    text = text_of(norm, spans)
    ends = [s.end() for s in SUBJECT_END.finditer(text) if len(text) - s.end() >= 2]
    if not ends or OBJECT_HEAD.search(text, ends[-1]) or not re.search(r"[^增长减少下降提高上升降低]", text[ends[-1] :]):
        return None  # 重点工业|项目, 贫困人口|减少: a counted object or a bare verb is no head
    return runs(_chars(norm, spans)[: ends[-1]])


def measures_like_item(norm: str, previous: Spans) -> bool:
    """工业企业|销售收入…；实现利润…: across a semicolon an item inherits the subject only when the
    item before names a measure of that subject too (a generic head, a bare rate), not an
    indicator of its own (居民|消费价格涨幅…；进出口总额…: another item of a list of targets)."""
    subject = subject_of(norm, previous)
    if subject is None:
        return False
    head = text_of(norm, previous)[len(text_of(norm, subject)) :]
    return any(h in head for h in vocab.GENERIC_HEADS) or (2 <= len(head) <= BARE_RATE and head.endswith("率"))


ECONOMY_HEADS = frozenset(vocab.words("economy_heads"))


def is_economy_head(words: str) -> bool:
    """进出口总额(增长): a head that also names the whole economy's indicator ([economy_heads])."""
    return GROWTH_TAIL.sub("", words) in ECONOMY_HEADS


def is_bare_head(words: str) -> bool:
    """死亡率, 综合收入, 利润总额增长: a head that needs the subject of the item before."""
    head = GROWTH_TAIL.sub("", words)
    if SUBJECT_END.search(head):
        return False
    return head in vocab.GENERIC_HEADS or (2 <= len(head) <= BARE_RATE and head.endswith("率"))


# 粮食播种面积…、产量…: the area an item before is sown or used over names the crop or sector
# whose output the next item gives (粮食, 林下经济利用森林面积 -> 林下经济)
AREA_OF = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]{2,10}?)(?:(?:播种|种植|栽培|养殖|利用[\u4e00-\u9fff]{0,2})?面积|(?:平均)?(?:亩产|单产))$"
)  # 粮食平均亩产…、总产量…: a yield names the crop too
OUTPUT_HEADS = ("产量", "总产量", "产值", "总产值")


def _subject_before(norm: str, spans: Spans, previous: Spans, heads: tuple[str, ...], named: re.Pattern[str]) -> Spans | None:
    """The subject `named` reads in the item before, when this item's words are one of `heads`."""
    if GROWTH_TAIL.sub("", text_of(norm, spans)) not in heads:
        return None
    found = named.fullmatch(text_of(norm, previous))
    if found is None:
        return None
    return runs(_chars(norm, previous)[: found.end("subject")])


def area_subject(norm: str, spans: Spans, previous: Spans) -> Spans | None:
    """产量 after 粮食播种面积 -> 粮食 + 产量."""
    return _subject_before(norm, spans, previous, OUTPUT_HEADS, AREA_OF)


# 桦树汁采收量达到3.3万吨，产值增长60%: the quantity an item before gives of a product names the
# product whose value or sales the next item gives
QUANTITY_OF = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]{2,10}?)(?:采收量|收购量|总产量|产量|销量|销售量|出栏量?|出口量|加工量)$"
)
VALUE_HEADS = ("产值", "总产值", "销售额", "销售收入", "出口额", "综合产值", "收入")


def quantity_subject(norm: str, spans: Spans, previous: Spans) -> Spans | None:
    """产值 after 桦树汁采收量 -> 桦树汁 + 产值."""
    return _subject_before(norm, spans, previous, VALUE_HEADS, QUANTITY_OF)


def inherited_subject(norm: str, spans: Spans, previous: Spans) -> Spans | None:
    """死亡率 after 常住人口出生率 -> 常住人口 + 死亡率; None when the item names its own subject."""
    words = text_of(norm, spans)
    if not words or not is_bare_head(words):
        return None
    subject = subject_of(norm, previous) or area_subject(norm, spans, previous) or quantity_subject(norm, spans, previous)
    if subject is None:
        return None
    return subject + spans


# 招生, 在校生, 毕业生: the stages of a school's roll (data/offline_vocab.toml [school_roll_heads])
ROLL_HEADS = frozenset(vocab.words("school_roll_heads"))
ROLL_END = vocab.compiled("school_roll_heads", suffix="$")


def roll_subject(norm: str, spans: Spans, previous: Spans) -> Spans | None:
    """在校生 after 普通高中招生 -> 普通高中 + 在校生: a communiqué names the school once and lists
    the stages of its roll bare; None unless both items are stages and the first names a school."""
    if text_of(norm, spans) not in ROLL_HEADS:
        return None
    head = ROLL_END.search(text_of(norm, previous))
    if head is None or head.start() < 2:
        return None
    return runs(_chars(norm, previous)[: head.start()]) + spans


# 普通高等学校1022所, 各类高级中等职业学校, 幼儿园, 特殊教育学校: the schools a count of 所 counts
SCHOOLS_END = re.compile(r"(?:学校|学院|高校|院校|大学|中学|小学|高中|初中|幼儿园|中专|技校|技工学校|职业学校)$")


def roll_of_schools(norm: str, spans: Spans, previous: Spans, unit: str | None) -> Spans | None:
    """在校生 after 各类高级中等职业学校17106所 -> 各类高级中等职业学校在校生: the schools counted
    right before are whose roll the bare stage is; None unless the item is a stage alone."""
    if text_of(norm, spans) not in ROLL_HEADS:
        return None
    schools = text_of(norm, previous)
    if not ((unit == "所" and SCHOOLS_END.search(schools)) or (unit == "个" and TRAINING_UNITS_END.search(schools))):
        return None  # (研究生培养单位738个，招生12.9万人: the units that train graduate students, in 个)
    return previous + spans


TRAINING_UNITS_END = re.compile(r"(?:培养单位|培养机构)$")


# 卫生防疫、防治机构5900个，卫生技术人员22万人: the staff and beds of the institutions counted right before
STAFF_HEADS = frozenset({"卫生技术人员", "床位", "专任教师", "教职工", "职工", "从业人员", "工作人员", "执业医师", "医生"})
INSTITUTIONS_END = re.compile(r"(?:机构|医院|卫生院|保健院|诊所|学校|中心|站)(?:[(（][^()（）]{1,8}[)）])?$")


def staff_of_institutions(norm: str, spans: Spans, previous: Spans, unit: str | None) -> Spans | None:
    """卫生技术人员 after 妇幼保健机构2630个 -> 妇幼保健机构卫生技术人员; None unless the item is a staff or
    beds head alone right after a count of institutions (个, 所, 家)."""
    if unit not in ("个", "所", "家") or text_of(norm, spans) not in STAFF_HEADS:
        return None
    if not INSTITUTIONS_END.search(text_of(norm, previous)):
        return None
    return previous + spans


# 开工, 基本建成, 竣工: the stages of a building programme (data/offline_vocab.toml [construction_stages])
STAGE_HEADS = frozenset(vocab.words("construction_stages"))
STAGE_END = vocab.compiled("construction_stages", suffix="$")
STAGE_START = vocab.compiled("construction_stages", prefix="^")


def stage_subject(norm: str, spans: Spans, previous: Spans) -> Spans | None:
    """基本建成 after 保障性住房开工 -> 保障性住房 + 基本建成: a programme named once, its stages
    listed bare (新开工保障性安居工程666万套，基本建成544万套: after its stage); None unless the
    item is a stage alone and the item before names a programme of two characters or more."""
    if text_of(norm, spans) not in STAGE_HEADS:
        return None
    words = text_of(norm, previous)
    head = STAGE_END.search(words)
    if head is not None and head.start() >= 2:
        return runs(_chars(norm, previous)[: head.start()]) + spans
    lead = STAGE_START.match(words)
    if lead is not None and len(words) - lead.end() >= 2:
        return spans + runs(_chars(norm, previous)[lead.end() :])  # 新开工保障性安居工程…，基本建成…
    return None


FOOTNOTE = re.compile(r"\[\d{1,2}\]")
# 比上年同口径增加, 比年内高点减少: a communiqué's change against a like-for-like or an in-year base
OTHER_BASE_CHANGE = re.compile(
    r"(?:比|较)(?:上年|去年|上年同期|上月|年初)?(?:同口径|年内高点|年内低点|年内最高点|年内最低点)"
    r"(?:增加|减少|增长|下降|提高|降低|上升|回落|多增|少增)了?"
)


def is_other_base_change(words: str) -> bool:
    """比上年同口径增加, 比年内高点减少: a change of the figure before it, as 比上年增加 is (a
    footnote mark after the base, 比上年同口径[11]增加, does not change that)."""
    return OTHER_BASE_CHANGE.fullmatch(FOOTNOTE.sub("", words)) is not None


def inherited_share(norm: str, lo: int, hi: int, previous_derived: Spans) -> tuple[Spans, Spans] | None:
    """第二产业增加值比重 after …占国内生产总值的比重 -> (第二产业增加值, 占国内生产总值 + 比重).

    `lo:hi` are the item's own words before its figure; the base (占…, 对…) comes from the
    derivation of the item before, the head word (比重, 的贡献率) stays the item's own."""
    words = norm[lo:hi]
    trimmed = TRAILING_NOISE.sub("", words)
    if trimmed.endswith("的"):
        return None
    found = SHARE_ITEM.match(trimmed) if len(trimmed) >= 4 else None
    if found is None or not previous_derived:
        return None
    base = SHARE_BASE.match(text_of(norm, previous_derived))
    if base is None or not found.group("head").endswith(base.group("head")):
        return None
    subject, start = tidy_metric(norm, lo, lo + found.end("subject"))
    if len(subject) < 2:
        return None
    base_spans = runs(_chars(norm, previous_derived)[: base.end("base")])
    head = (lo + found.start("head"), lo + found.end("head"))
    return ((start, start + len(subject)),), base_spans + (head,)


def contrasted(norm: str, lo: int, hi: int, previous: Spans) -> Spans | None:
    """下降的为1个 after …月同比上涨的城市个数为69个 -> …月同比 + 下降 + 的城市个数."""
    found = CONTRAST_ITEM.match(norm[lo:hi].strip())
    if found is None or not previous:
        return None
    text = text_of(norm, previous)
    verbs = list(CONTRAST_IN_HOST.finditer(text))
    if not verbs:
        return None
    verb = verbs[-1]
    chars = _chars(norm, previous)
    if verb.start() < 2:
        return None  # the verb must follow what is measured
    offset = lo + (len(norm[lo:hi]) - len(norm[lo:hi].lstrip()))
    own = (offset + found.start("verb"), offset + found.end("verb"))
    return runs(chars[: verb.start()]) + (own,) + runs(chars[verb.end() :])


# 比上年上升的, 持平: the change a counted item of a breakdown names (…指标中，比上年上升的22项)
CHANGE_WITH_CONTRAST = re.compile(rf"^(?:(?:比|较)(?:上年|去年|上年同期)?)?(?:{CONTRAST_VERB})(?:的)?$")


def contrasted_change(norm: str, lo: int, hi: int, previous_derived: Spans) -> Spans | None:
    """持平的30项 after 在67项…指标中，比上年上升的22项 -> the item's own verb as the qualifier of
    the same host: a breakdown of counted things by the way they changed."""
    found = CONTRAST_ITEM.match(norm[lo:hi].strip())
    if found is None or not previous_derived:
        return None
    if CHANGE_WITH_CONTRAST.match(text_of(norm, previous_derived)) is None:
        return None
    offset = lo + (len(norm[lo:hi]) - len(norm[lo:hi].lstrip()))
    return ((offset + found.start("verb"), offset + found.end("verb")),)


def exchange_rate(norm: str, lo: int, start: int, end: int) -> tuple[Spans, Spans] | None:
    """人民币平均汇率为1美元兑|6.6174元|人民币 -> (人民币平均汇率, 1美元兑 + 人民币).

    `lo:start` are the words before the figure, `end` where the figure's unit ends."""
    base = EXCHANGE_BASE.search(norm, lo, start)
    if base is None or base.end() != start:
        return _rate_without_name(norm, lo, start, end)
    name = EXCHANGE_NAME.search(norm, lo, base.start())
    if name is None:
        return _rate_without_name(norm, lo, start, end, base)
    name_end = name.end() - len(name.group()) + len(name.group().rstrip("为是"))
    metric, metric_start = tidy_metric(norm, lo, name_end)
    if "汇率" not in metric:
        return None
    derived: Spans = ((base.start(), base.end()),)
    quote = QUOTE_CURRENCY.match(norm, end)
    if quote is not None and not norm[base.start() : base.end()].endswith("人民币"):
        derived += ((quote.start(), quote.end()),)
    return ((metric_start, metric_start + len(metric)),), derived


def _rate_without_name(
    norm: str, lo: int, start: int, end: int, base: re.Match[str] | None = None
) -> tuple[Spans, Spans] | None:
    """年末1美元兑|8.2789元|人民币 -> 1美元兑人民币; |8.2793元|人民币兑1美元 -> 人民币兑1美元.

    A rate written without 汇率 is named by its two currencies as the source writes them; only
    a period may stand before it (年末, 全年平均), else the words there name something else."""
    if base is not None:
        lead = RATE_LEAD.match(norm, lo, base.start())
        quote = QUOTE_CURRENCY.match(norm, end)
        if lead is None or lead.end() != base.start() or quote is None or base.group().endswith("人民币"):
            return None
        return ((base.start(), base.end()), (quote.start(), quote.end())), ()
    after = EXCHANGE_AFTER.match(norm, end)
    if after is None or norm[end - 1 : end] != "元":
        return None
    name = EXCHANGE_NAME.search(norm, lo, start)
    if name is not None and name.end() == start:
        # 年末汇率8.2793元人民币兑1美元 -> 汇率(人民币兑1美元), as 汇率为1美元兑… the other way round
        name_end = name.end() - len(name.group()) + len(name.group().rstrip("为是"))
        metric, metric_start = tidy_metric(norm, lo, name_end)
        if "汇率" in metric:
            return ((metric_start, metric_start + len(metric)),), ((after.start(), after.end()),)
    lead = RATE_LEAD.match(norm, lo, start)
    if lead is None or lead.end() != start:
        return None
    return ((after.start(), after.end()),), ()


def is_exchange_base(norm: str, derived: Spans) -> bool:
    """The derivation of an exchange rate (1美元兑人民币): a change of the rate does not repeat it."""
    return bool(derived) and EXCHANGE_BASE.search(norm, derived[0][0], derived[0][1]) is not None


# 二季度增长4.7%: a bare growth verb after a growth rate
BARE_RATE_VERB = re.compile(r"(?:增长|下降|上涨|下跌)")
RATE_END = re.compile(r"(?:增长|下降|上涨|下跌|增速|增幅)$")


def is_parallel_rate(norm: str, words: str, family: str, host_family: str, host: Spans, host_derived: Spans) -> bool:
    """一季度国内生产总值同比增长5.3%，二季度增长4.7%: a bare growth verb after a growth rate is
    the same rate for the next period or item (a list of quarters, of months), not a change of it."""
    if family != "percent" or host_family != "percent" or host_derived or not host:
        return False
    return bool(BARE_RATE_VERB.fullmatch(words)) and RATE_END.search(text_of(norm, host)) is not None


# 其中，东部地区18325亿元 / 城镇为36.5%: an item that names only a part of the total before it
SCOPE_PART = vocab.pattern("scope_parts")
SCOPE_ITEM = re.compile(rf"^(?:[,，、;；\s（(]|其中)*(?P<part>{SCOPE_PART})(?:为|是|达|有)?$")
SCOPE_IN_HOST = re.compile(SCOPE_PART)
# 其中国有控股企业509亿元 after …企业实现利润1756亿元: a category of the total, without its measure
CATEGORY_ITEM = re.compile(
    # a sector's name may hold 、 (电力、热力、燃气及水生产和供应业), never at its start
    r"^(?:[,，、;；\s]|其中)*(?P<part>[\u4e00-\u9fff（）()][\u4e00-\u9fff（）()、]{1,23}?(?:企业|行业|部门|产品|类|业))(?:为|是|达|有)?$"
)


def part_item(norm: str, lo: int, hi: int, host: Spans) -> Spans | None:
    """东部地区 after 房地产开发投资30580亿元 -> 东部地区 + 房地产开发投资; 城镇 after
    农村居民家庭食品消费支出 -> 城镇 in place of 农村. None when the words name more than a part."""
    words = norm[lo:hi]
    found = SCOPE_ITEM.match(words.rstrip())
    if found is None or not host:
        return None
    own = (lo + found.start("part"), lo + found.end("part"))
    text = text_of(norm, host)
    chars = _chars(norm, host)
    region = "地区" in found.group("part")
    other = [o for o in SCOPE_IN_HOST.finditer(text) if ("地区" in o.group()) == region]
    if other:
        at = other[-1]
        return runs(chars[: at.start()]) + (own,) + runs(chars[at.end() :])
    return (own,) + host


def category_item(norm: str, lo: int, hi: int, host: Spans) -> Spans | None:
    """国有控股企业 after …企业利润21397亿元 -> 国有控股企业 + 利润: a category takes the
    measure (a generic head: 利润, 投资, 增加值 …) that ends the name of the amount before it."""
    found = CATEGORY_ITEM.match(norm[lo:hi].rstrip())
    if found is None or not host:
        return None
    part = found.group("part")
    if any(part.endswith(h) for h in vocab.GENERIC_HEADS):
        return None
    text = text_of(norm, host)
    head = next((h for h in sorted(vocab.GENERIC_HEADS, key=len, reverse=True) if text.endswith(h)), None)
    if head is None or len(text) == len(head):
        return None
    chars = _chars(norm, host)
    return ((lo + found.start("part"), lo + found.end("part")),) + runs(chars[len(text) - len(head) :])


# 其中，出口254545亿元；进口…: a flow of the trade total before it
TRADE_ITEM = re.compile(r"^(?:[,，、;；\s]|其中[,，:：]?)*(?P<flow>出口|进口)(?:额|总额)?(?:为|是|达)?$")


def trade_item(norm: str, lo: int, hi: int, host: Spans) -> Spans | None:
    """出口 after 货物进出口总额 -> 货物 + 出口; after 对“一带一路”沿线国家进出口总额 -> 对…国家 + 出口:
    the goods or partners the trade total names are its exports' and imports' too. None when the
    total names none (进出口总额…，其中出口…: the whole trade's, as written)."""
    found = TRADE_ITEM.match(norm[lo:hi].rstrip())
    if found is None or not host:
        return None
    text = text_of(norm, host)
    at = text.find("进出口")
    if at < 0 and len(text) >= 4 and text.endswith(("出口", "进口")):
        at = len(text) - 2  # 进口 after 货物出口 (the item before): the same goods
    if at < 2:
        return None
    own = (lo + found.start("flow"), lo + found.end("flow"))
    return runs(_chars(norm, host)[:at]) + (own,)


# 其中早稻1.2亿吨 after 粮食总产量…: a part named bare, without a measure of its own
PART_MEASURES = tuple(sorted(vocab.words("part_measures"), key=len, reverse=True))
MEASURED_PART = re.compile(r"^(?:[,，、;；\s（(]|其中[,，:：]?)*(?P<part>[\u4e00-\u9fff]{2,8}?)(?:为|是|达|有)?$")
OPENS_PART = re.compile(r"^(?:[,，、;；\s（(])*其中")
# what a part names when it has a measure or a verb of its own (人工造林 is a part, 新增产能 is not)
CHANGE_LEAD = re.compile(r"(?:比|较|同比|环比|按年)")  # 比上年增产0.9万吨: a change of the total, no part
OWN_MEASURE = re.compile(
    r"[量额值数率积资润入价费金税程]$|增长|下降|增加|减少|提高|新增|新建|完成|实现|达到|突破|超过|"
    r"^(?:年均|平均|日均|累计|合计|共计|争取|力争|带动|预计|计划|安排)"  # 年均92亿公斤: a mean, no part
)


def measured_part(norm: str, lo: int, hi: int, host: Spans, *, opened: bool) -> Spans | None:
    """早稻 after 粮食总产量 -> 早稻 + 产量; 人工造林 after 造林面积 -> 人工造林 + 面积: a part of
    the total before it takes the total's measure (data/offline_vocab.toml [part_measures]).

    `opened`: the item follows 其中, or else stands right after the total in the same unit. None
    when the words name a measure of their own or the host ends in no known measure."""
    words = norm[lo:hi].rstrip()
    found = MEASURED_PART.match(words)
    if found is None or not host:
        return None
    if not opened and not OPENS_PART.match(words):
        return None
    part = found.group("part")
    if OWN_MEASURE.search(part) or part in vocab.connectors() or CHANGE_LEAD.match(part) or DELTA_METRIC.search(part):
        return None
    if any(part.endswith(h) for h in vocab.GENERIC_HEADS):  # 、税收95亿元: a measure of its own
        return None
    text = text_of(norm, host)
    head = next((h for h in PART_MEASURES if text.endswith(h)), None)
    if head is None or part.endswith(head) or (len(text) - len(head) < 2 and len(head) < 4):
        return None  # (货物运输周转量…。其中，铁路…: a measure named in full needs no subject before it)
    size = len(head) - (head.startswith("总") and len(head) > 2)  # 总产量 -> 产量
    own = (lo + found.start("part"), lo + found.end("part"))
    return (own,) + runs(_chars(norm, host)[len(text) - size :])


def is_share_base(norm: str, derived: Spans) -> bool:
    """(占消费总支出的比重), (对…增长的贡献率): a derivation its parts share with the total."""
    return SHARE_BASE.match(text_of(norm, derived)) is not None


# 实际使用外资8263亿元，折1162亿美元: the same amount in another currency
# 9320亿元（折1350亿美元）: the conversion may stand in brackets after the amount
CONVERTED = re.compile(r"^(?:[,，;；、\s（(]|约)*(?:折合|折|按(?:美元|人民币)计(?:价|算))(?:约|为|成)?$")


def is_conversion(norm: str, lo: int, hi: int) -> bool:
    """折1162亿美元, 折合约161亿美元: the figure before, converted; it takes that figure's name."""
    return CONVERTED.match(norm[lo:hi]) is not None


def in_bracket_part(norm: str, start: int, end: int, limit: int) -> bool:
    """True when norm[start:end] stands inside a bracket that closes before `limit`:
    民用汽车保有量35268万辆（包括三轮汽车和低速货车694万辆），比上年末增加…: the bracketed part is
    no host for what follows the bracket."""
    opened = max(norm.rfind("（", max(0, start - 30), start), norm.rfind("(", max(0, start - 30), start))
    if opened < 0 or any(c in norm[opened + 1 : start] for c in "）)"):
        return False
    return any(c in norm[end:limit] for c in "）)")


# 新增移动电话用户11179万户，年末达到85900万户: the stock after the year's addition to it
# 净增, 新登记, 新认定, 新培育, 新引进: the verbs of an addition to a stock, before its noun or after it
FLOW_WORDS = r"(?:新增|净增|新建|新开通|新发展|新登记|新注册|新认定|新培育|新引进|新设立|新入库)"
FLOW_PREFIX = re.compile(rf"^{FLOW_WORDS}")
FLOW_SUFFIX = re.compile(rf"(?:日均|年均|平均)?{FLOW_WORDS}$")  # 市场主体日均净增1569家
STOCK_ITEM = re.compile(r"^[,，;；\s]*(?:年末|年底|期末|累计|总数|总量|共有|共)+(?:达到|达|为|有|突破|超过)?$")


def stock_after_flow(norm: str, lo: int, hi: int, previous: Spans) -> Spans | None:
    """年末达到85900万户 after 新增移动电话用户11179万户 -> 移动电话用户: the total, not the addition
    (总数达到2282家 after 净增…企业354家 -> …企业, 总数 as 年末 says the stock)."""
    words = norm[lo:hi]
    if not STOCK_ITEM.match(words) and not re.fullmatch(r"[,，;；\s]*(?:达到|达)", words):
        return None
    text = text_of(norm, previous)
    chars = _chars(norm, previous)
    flow = FLOW_PREFIX.match(text)
    if flow is not None and len(text) - flow.end() >= 2:
        noun = runs(chars[flow.end() :])
    elif (after := FLOW_SUFFIX.search(text)) is not None and after.start() >= 2:
        noun = runs(chars[: after.start()])  # 高新技术企业新增31家，总数75家
    else:
        return None
    return noun
