"""Numbers in prose that are no figure of the report: left out before a fact is built.

Read by eye on the 120 unlabeled reports (issue 8), three kinds of mention name nothing a reader
would write down, and the offline engine emitted a fact for each:
- 一 with a measure word used as an article (打造一座有温度的城市, 一条是…, “引进一个、建好一个”):
  the genre states a count of one in words only in rhetoric; a count it reports is in digits.
- a bare number without unit outside a table that is no dimensionless measure (指数, 系数, 比值):
  road and line numbers (110、210国道, 2、3、9号线), programme names (1139工作部署, 教育信息化2.0),
  places (友谊19街坊), or counts in a measure word the parser does not know.
- a threshold that classes the things counted (年销售收入超10亿元的龙头企业, 集体收入10万元以上的
  村, 城区常住人口300万以下的城市): the amount says which ones, it is no amount of the year.
- an amount each of the counted things exceeds (9条产业链产值超千亿元): the count is the figure.
- a capacity naming a project (宏烨200万千瓦渔光互补、华能85万千瓦光伏发电等20个项目, 霍邱300万吨
  钢铁项目): it says which plant, it is no amount of the year.
- a figure garbled by a faulty conversion of the source (`９５$1.$2亿元`: a regular expression's
  replacement placeholders were written out instead of the digits): its value is lost.
The mention still separates metrics (the caller has already moved its boundary past it).
"""

from __future__ import annotations

import re

from summarizer.engines.offline import vocab
from summarizer.models import NumberMention
from summarizer.text.numbers import UNITS

# 工业企业经济效益综合指数91.0, 灌溉用水有效利用系数0.45, 出生人口性别比120.56, 收入比值2.34:
# measures without a unit, named earlier in their sentence
DIMENSIONLESS = re.compile(r"指数|系数|比值|性别比|收入比|之比|倍差")
RATIO_MARK = frozenset(":∶：")  # 三次产业结构为5.3∶46.6∶48.1: the parts of a ratio
ONE = frozenset({"一", "壹"})
# the families in which 一 is a real amount: 降低一个百分点 is a change of a rate
ONE_COUNTS_IN = frozenset({"percentage_points", "percent", "permille"})
PERSON_ONE = frozenset({"名"})
THRESHOLD_QUALIFIERS = frozenset({"以上", "以下", "及以上", "超", "超过", "以内", "不足"})
# the 的-phrase ends in a class of units that have the property the amount bounds
THRESHOLD_CLASS = re.compile(
    r"(?:以上|以下|及以上)?的[^,，。；;、：:]{0,12}?"
    # (年纯收入1000元以下的贫困人口, 收入超过30万元的比例: the people, or the share, of that class)
    r"(?:企业|公司|集团|村|县|乡镇|镇|城市|户|园区|产业|项目|基地|人口|农户|家庭|群众|比例)"
    # not a thing built or renewed in such a place (…以上的城市道路): that is an amount of it
    r"(?!道路|管网|绿地|公园|设施|更新|综合体)"
)
BOUND_AFTER = re.compile(r"以上|以下|及以上")
# 300万至500万, 500万元到2000万元: the other end of a range, with its unit (no clause break)
RANGE_AFTER = re.compile(r"(?:至|到|~|～|-|—)\d+(?:\.\d+)?[^\d,，。；;、的]{0,3}")
RANGE_BEFORE = re.compile(r"\d+(?:\.\d+)?[^\d,，。；;、的]{0,3}(?:至|到|~|～|-|—)$")
# …50万元以上村占比: the 的 left out before a settlement or household class
THRESHOLD_CLASS_BARE = re.compile(r"(?:以上|以下)?(?:行政村|村|户|乡镇|县)")


CJK = re.compile(r"[\u4e00-\u9fff]")
BARE_COUNT_VERBS = vocab.compiled("bare_count_verbs")
# the next item of a 、-list: a few characters of name, then its number (and maybe magnitude)
NEXT_ITEM = re.compile(r"[\u4e00-\u9fff]{0,8}?\d+(?:\.\d+)?(?:万|亿)?")
UNIT_SURFACES = tuple(sorted(UNITS, key=len, reverse=True))


# $1.$2, 3$1: replacement groups written out where the source's digits were (US$500 is a currency)
PLACEHOLDER = re.compile(r"\$[1-9]\.?\$[1-9]|(?<=[0-9０-９])\$[1-9]")


def names_nothing(norm: str, m: NumberMention, sentence_start: int) -> bool:
    """True when the mention is an article, a code, a class bound or garbled, not a figure (see above)."""
    return (
        is_article(m) or is_code(norm, m, sentence_start) or is_threshold(norm, m) or is_garbled(norm, m)
        or is_project_capacity(norm, m) or is_size_of_counted(norm, m)
    )


def range_end(norm: str, m: NumberMention) -> int | None:
    """Where the range the mention opens or closes ends (None if it is no range's end)."""
    after = RANGE_AFTER.match(norm, m.end)
    if after is not None:
        return after.end()
    if RANGE_BEFORE.search(norm[max(0, m.start - 10) : m.start]) is not None:
        return m.end
    return None


# the units of a plant's capacity (万吨, 万千瓦, 兆瓦, 万辆, 万吨/年)
CAPACITY_UNIT = re.compile(r"(?:吨|千瓦|兆瓦|辆|标箱|锭)(?:/年)?")
# the product words after the capacity, up to the project they name (…光伏发电等20个项目), unbroken
PROJECT_AFTER = re.compile(
    r"(?:/年)?[^，,。；;：:\d\s]{1,16}?"
    r"(?:、[^，,。；;：:]{1,24}?)?(?:等(?:\d+|[一二三四五六七八九十百]+)?(?:个|项)?[\u4e00-\u9fff]{0,6}?)?项目"
)
CAPACITY_MEASURE_WORDS = vocab.words("capacity_measures")


def is_project_capacity(norm: str, m: NumberMention) -> bool:
    """霍邱300万吨钢铁项目, 推进宏烨200万千瓦渔光互补、华能85万千瓦光伏发电等20个项目: a capacity
    between a project's owner or place and its product names the plant; not when a measure word
    stands right before it (新增产能200万吨钢铁项目: the capacity added)."""
    if not m.unit or CAPACITY_UNIT.fullmatch(re.sub(r"^[万亿千百]", "", m.unit)) is None:
        return False
    if PROJECT_AFTER.match(norm, m.end) is None:
        return False
    before = norm[max(0, m.start - 4) : m.start]
    return not any(before.endswith(w) for w in CAPACITY_MEASURE_WORDS)


# the measures of size a bar on counted things names (产值超千亿元, 营业收入过10亿元)
SIZE_HEADS = r"(?:产值|总产值|营业收入|销售收入|主营业务收入|营收|规模|税收|收入)"
# 9条产业链产值超|千亿元, 4个园区产值超|300亿元: counted things, then the size each exceeds
SIZE_OF_COUNTED = re.compile(
    r"(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:个|条|家|座|所)[^，,。；;：:\d]{1,16}?"
    rf"{SIZE_HEADS}均?(?P<verb>超过|超|过|突破)?$"
)


def is_size_of_counted(norm: str, m: NumberMention) -> bool:
    """平板显示等9条产业链产值超千亿元: the amount is the bar each counted thing clears (the count is
    the figure), not an amount of the year."""
    if m.family in ONE_COUNTS_IN or m.family == "count" or not m.unit:
        return False
    found = SIZE_OF_COUNTED.search(norm, max(0, m.start - 30), m.start)
    return found is not None and (found.group("verb") is not None or m.qualifier in ("超", "超过", "过"))


def is_garbled(norm: str, m: NumberMention) -> bool:
    """３$1.$2％: a placeholder touches the figure or stands in it, so its digits are not the source's."""
    return any(p.end() >= m.start and p.start() <= m.end for p in PLACEHOLDER.finditer(norm, max(0, m.start - 6), m.end + 6))


def is_article(m: NumberMention) -> bool:
    """一座…城市, 一条是…: 一 with a measure word is an article, except for a rate's change and a
    person sent or hired (派驻一名招商工作人员: 名 counts people only)."""
    return m.value_text in ONE and m.family not in ONE_COUNTS_IN and m.unit not in PERSON_ONE


def is_code(norm: str, m: NumberMention, sentence_start: int) -> bool:
    """A number without unit in prose that goes on into a name (110服务体系, 209绕城线) or opens a
    list of such numbers (110、210国道; 高探1、车探1), in a sentence no dimensionless measure names.

    A count whose unit the writer left out is kept: the clause goes on with a verb (企业2涉及土地…,
    窗口6建成) or the next item carries a unit (土地37.5、厂房5100平方米).
    """
    if m.unit is not None or m.family != "none":
        return False
    before = norm[m.start - 1 : m.start]
    after = norm[m.end : m.end + 1]
    if before in RATIO_MARK or after in RATIO_MARK:
        return False
    if DIMENSIONLESS.search(norm, sentence_start, m.start) is not None:
        return False
    if after == "、":
        item = NEXT_ITEM.match(norm, m.end + 1)
        return item is None or not norm.startswith(UNIT_SURFACES, item.end())
    return bool(CJK.match(after)) and not BARE_COUNT_VERBS.match(norm, m.end)


def is_threshold(norm: str, m: NumberMention) -> bool:
    """A bound (以上, 以下, 超…) followed by the class of things it bounds (…的企业, …村), or
    either end of a range before such a class (城区常住人口300万至500万的城市)."""
    if m.family in ONE_COUNTS_IN or (m.family == "count" and not (m.unit or "").endswith("人")):
        return False  # 4000个以上行政村, 100家以上的企业: the measure word counts the class itself
    if (end := range_end(norm, m)) is not None:
        return THRESHOLD_CLASS.match(norm, end) is not None and norm.startswith("的", end)
    bound = m.qualifier or BOUND_AFTER.match(norm, m.end)  # 常住人口200万以下的城市: 以下 after the mention
    if bound is None or (m.qualifier and m.qualifier not in THRESHOLD_QUALIFIERS):
        return False
    if THRESHOLD_CLASS.match(norm, m.end):
        return True
    return m.qualifier in ("以上", "以下") and bool(THRESHOLD_CLASS_BARE.match(norm, m.end))
