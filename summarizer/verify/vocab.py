"""The words the claim checks read, each group with the reason it exists.

Matched in the normalised view (Simplified, half-width). These are general words of Chinese
work reports and statistical bulletins, never phrases of one report.
"""

from __future__ import annotations

import re

from summarizer.text import genre

# Words that name nothing on their own: a metric made only of these fails (提高到, 占, 同比 …).
NAMELESS: tuple[str, ...] = (
    # comparison frames: say against what a figure is compared, not what it measures
    "同比", "环比", "按年", "比上年同期", "比去年同期", "较上年同期", "较去年同期", "比上年末",
    "比上年", "较上年", "比去年", "较去年", "同期", "比", "较",
    # change and predicate verbs: say how a figure moved or was reached
    "提高到", "提高了", "提高", "提升", "增长到", "增长了", "增长", "增加", "下降", "减少", "回落",
    "上升", "降低", "增产", "减产", "上涨", "下跌", "迈上", "跨上", "站上", "跃上", "超", "达到了", "达到", "达", "为", "是", "有", "实现", "完成", "突破", "超过",
    # sharing and listing connectors
    "占到", "占比", "占", "其中", "分别", "共计", "合计", "累计", "总计", "共", "和", "及", "与",
    "以及", "、", "的", "了",
    # commitment words: say that a figure is promised, not what it is
    "力争", "确保", "争取", "目标", "计划", "预计", "预期",
    # ranking verbs: say that a figure is a place in a ranking, not what is ranked
    "位列", "位居", "名列", "排名", "跃居", "稳居", "进入", "保持", "居", "列",
    # scope words: say where, not what
    "县市区", "县区", "省辖市", "开发园区",
    "全市", "全省", "全区", "全县", "全镇", "全国", "全园", "园区", "我市", "我区", "我县", "本市",
    "本区", "开发区",
    # price bases: say how a growth rate is reckoned (按可比价格计算增长6.5%), not what it measures
    "按可比价格计算", "按可比价计算", "按可比口径计算", "按同口径计算", "按不变价格计算", "按不变价计算",
    "按可比价格", "按可比价", "按可比口径", "按同口径", "按不变价格", "按不变价", "同口径", "可比口径",
    # time words: say when, not what
    "全年", "上半年", "下半年", "今年", "去年", "当年", "年内", "年底",
    # bare class nouns and measure words: a count of 项目 or 次 without what they are
    "项目", "企业", "个", "家", "项", "次", "人次", "人", "件", "亿元", "万元", "元", "%",
    "个百分点", "百分点", "亩", "平方米", "吨",
)

# Growth words before a percent: the percent is this figure's rate of change.
GROWTH_WORD = re.compile(
    r"(?P<verb>增长|增加|提高|上升|上涨|增幅|增速|成长|增产|下降|减少|回落|降低|下跌|降幅|衰退|减产|"
    r"按年升|按年跌|多亏|增亏|减亏)"  # 亏损1023亿元，多亏21.9%: losses grew
    r"(?:了|为|达到?)?\s*-?$"
)
# Growth words that mean a fall: the sign of growth_pct comes from the word.
FALLING = frozenset({"下降", "减少", "回落", "降低", "下跌", "降幅", "衰退", "减产", "按年跌", "减亏"})

# A clause that opens with these depends on the figure before it (…，比上年增长8%; 增幅居全市
# 第二; 占GDP的比重为…; 只占…的2.3%): its metric may take the host clause's words.
DEPENDENT_OPENING = re.compile(
    r"^(?:只|仅|仅仅|也只|也仅)?(?:其中|同比|环比|按年|比|较|占|增长|增加|下降|减少|提高|提升|回落|上升|降低|增幅|增速|降幅|减幅|"
    r"总量|实际|分别|为|达|合计|共|扣除|居|位居|列|排名|人均|年均|平均|[两二三四五六七八九十]年(?:年均|平均)|净增|新增加|增产|减产|折合|折|按(?:美元|人民币)计|所占|总数|"
    r"对(?=[^,，;；。]{1,20}贡献率)|"  # ，对经济增长的贡献率达47.4%: the contribution of the figure before
    # ，完成省下达任务的136%: the share of a plan or quota the figure before fulfilled ([plan_quotas])
    rf"(?:完成|为|超额完成|超过|超出|超)(?:{genre.pattern('plan_quotas')})的?$)"
)

# The cue words (summarizer/data/offline_vocab.toml, the verify_* sections, each entry with its
# reason): a figure is a promise only with a target cue in its clause or sentence; 计划/目标/预期
# closing a clause are nouns (…人才计划，…实现目标。); 预计/争取 in a review report an estimate
# or what was obtained; an achievement cue after a target cue takes the figure back to a result.
TARGET_CUE = genre.compiled("verify_target_cues")
NOUN_CUES = frozenset(genre.words("verify_noun_cues"))
WEAK_TARGET_CUES = frozenset(genre.words("verify_review_weak_target_cues"))
ACHIEVEMENT_CUE = genre.compiled("verify_achievement_cues")

# From-to constructions: 由9.8%降至7.5%, 从750元增至1045元: both figures are one quantity.
FROM_TO = re.compile(r"(?:由|从)[^,，;；。]{0,12}$")
# the verbs joining the two figures (the engine's pairs read the same list: offline/prose.py)
TO_VERB = (
    r"(?:降至|降到|增至|升至|升到|减至|减到|提高到|提高至|提升至|提升到|下降到|下降至|上升到|上升至|回升到|回升至|"
    r"增加到|增加至|增长到|减少到|减少至|扩大到|扩大至|缩小到|缩小至|压缩到|压缩至|调整为|优化为|转变为|变为|到|至|"
    r"(?:上升|下降|提高|增加|减少|精简|压减|压缩|缩减|下调|上调|减|增|升|降)为)"  # 由56个减为46个
)
TO_AFTER = re.compile(rf"[^,，;；。\d]{{0,8}}?(?:{TO_VERB}|达到)")

# Past-tense markers: in the figure's own clause after every target cue, a result, not a promise.
PAST_CUE = genre.compiled("verify_past_cues")

# Table header words: a column of growth rates, of targets (the engine reads the same sections).
# 新建15所幼儿园、8个养老院: a verb of new things (a chain of them) right before a list's first count
# is every item's (the engine reads the same [flow_verbs] section)
_FLOW = genre.pattern("flow_verbs")
FLOW_LEAD = re.compile(rf"(?:{_FLOW})(?:(?:和|及|与|、|并)?(?:{_FLOW}))*")
GROWTH_COLUMN = genre.compiled("growth_columns")
TARGET_COLUMN = genre.compiled("target_columns")

# Contracted compound subjects: one word naming two indicators (存贷款余额分别达到a和b). With
# 分别, or two figures joined by 和, the k-th figure is the k-th part; a part spelled with the
# contraction's own characters (存款 in 存贷款) is written into the name, any other (城镇 for
# 城乡) is a bracket note.
CONTRACTIONS: dict[str, tuple[str, str]] = {
    "存贷款": ("存款", "贷款"),  # deposits and loans
    "进出口": ("进口", "出口"),  # imports and exports
    "城乡": ("城镇", "农村"),  # urban and rural
}

# Places a list of which shares one indicator without 分别 (中心城区、县城生活污水处理率达95%和85%):
# each place takes its figure in order. Only places: 工业、服务业增加值 names two sectors whose
# words cannot be told from the shared head.
PLACE = re.compile(
    r"(?:中心城区|主城区|城区|县城|城市|农村|城镇|乡镇|乡村|市区|市本级|县级|市级|省级|"
    r"[\u4e00-\u9fff]{1,3}(?:县|区|市|镇|乡))"
)

# A multiple's clause that states only its base (是2007年的2.5倍, 增量分别是上年的2倍): the
# figure is a multiple of the host figure before it, whose words name it.
MULTIPLE_OPENING = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:分别)?(?:是|为|相当于)[^,，;；。是]{1,10}?的$")


# 14人2队30次|创22项世界纪录: the people, teams and times glued in a run before a record's verb are
# counts of who set the records and how often (the engine names them so, the check reads them so)
RECORD_RUN = re.compile(
    r"(?:\s*\d+\s*(?:人次|人|队|次))*\s*(?P<verb>创造|创|打破|刷新|超)了?\s*\d+\s*项\s*(?P<thing>[\u4e00-\u9fff]{0,6}?纪录)"
)


# 完成任务目标的148%, 完成计划的103%: a cue word right before the share of it fulfilled reports how far a
# result reached its target; it sets no target (the engine reads the same pattern)
FULFILLED_SHARE = re.compile(r"(?:任务)?(?:目标)?(?:任务)?的\s*\d+(?:\.\d+)?\s*[%％]")

# the parts of a ratio before and after a figure (由2007年的9.7:56.8:33.5调整为…): engine and verifier read
# a ratio as one quantity
_RATIO_PARTS = re.compile(r"(?::\d+(?:\.\d+)?)+")
_RATIO_PARTS_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?:)+$")


def ratio_start(norm: str, start: int) -> int:
    """The start of the ratio whose later part starts at `start` (9.7:56.8:|33.5); `start` itself
    when no ratio's parts come before."""
    if norm[start - 1 : start] != ":":
        return start  # speed: no ratio's part comes before (the usual case)
    parts = _RATIO_PARTS_BEFORE.search(norm, max(0, start - 40), start)
    return parts.start() if parts else start


def ratio_end(norm: str, end: int) -> int:
    """The end of the ratio whose first part ends at `end` (9.7|:56.8:33.5); `end` itself when no
    ratio's parts follow."""
    if norm[end : end + 1] != ":":
        return end  # speed: no ratio's part follows (the usual case)
    parts = _RATIO_PARTS.match(norm, end)
    return parts.end() if parts else end


# 将由2005年的|280亿元|增加至1000亿元, 要由现在的|四分之一: the start of a target's from-to pair, dated
# before the report or now, is the measured baseline, a result (the engine reads the same pattern);
# 筹资水平由|50元|提高到100元 with no date is today's level too
DATED_PAIR_START = re.compile(
    r"[由从](?:(?P<year>(?:19|20)\d{2})年(?:底|末)?|上年(?:底|末)?|去年(?:底|末)?|现在|目前|当前|(?P<bare>))的?[^,，;；。\d]{0,6}$"
)


def is_dated_pair_start(norm: str, start: int, end: int, clause_end: int, report_year: int | None) -> bool:
    """The figure at norm[start:end] (a ratio's parts together) starts a from-to pair at a time
    before the report's year or at its present."""
    found = DATED_PAIR_START.search(norm, max(0, start - 16), start)
    if found is None or not TO_AFTER.match(norm, end, clause_end + 16):
        return False
    year = found.group("year")
    return year is None or (report_year is not None and int(year) < report_year)


# 比“十五”计划目标920亿元|超额1373亿元: a cue word after 比 names the base a result is compared with; it
# sets no target for the figures after that base (the engine reads the same pattern)
COMPARED_CUE_BEFORE = re.compile(r"(?:比|较)[^,，;；。\d]{0,10}$")


def compares_with_cue(norm: str, cue_start: int, cue_end: int, figure_start: int) -> bool:
    """The cue at norm[cue_start:cue_end] names a comparison's base (比…计划目标920亿元) and that
    base's figure stands before `figure_start`: the figure is no target by that cue."""
    if COMPARED_CUE_BEFORE.search(norm, max(0, cue_start - 11), cue_start) is None:
        return False
    return any(c.isdigit() for c in norm[cue_end:figure_start])


# 比上年下降[49]17.2%: a footnote mark between a growth word and its rate (both sides read it away)
FOOTNOTE_END = re.compile(r"\s*[\[［]\d{1,2}[\]］]\s*$")


# 死亡686人, 造成7.3万人死亡: casualties counted with no subject of their own; CAUSE: what caused them,
# said earlier in the sentence (因洪涝、滑坡和泥石流灾害, 发生5级以上地震17次, 全年低温冷冻和雪灾造成…).
# The engine names the count after the cause (洪涝灾害死亡), the check reads it so.
CASUALTY = re.compile(r"(?:造成)?(?:死亡|受伤|失踪|遇难)")
LOSS = re.compile(r"(?:造成)?(?:直接)?经济损失")  # 发生5级以上地震87次，造成直接经济损失8523亿元: whose loss
CAUSE = re.compile(
    r"(?:因|发生(?:了)?|全年(?!因|共|实际|大陆))(?P<cause>[\u4e00-\u9fff、\d]{0,12}?(?:灾害|雪灾|旱灾|冰雹|台风|地震|事故|火灾))"
)


# 增长（同比，下同）9%, 增长(同比)13%: a bracketed note between a growth word and its rate (its comma is no
# clause mark: the rate is still the growth of the figure before)
GROWTH_BRACKETED = re.compile(r"(?P<word>增长|下降|增加|减少|提高|降低|回落)\s*[（(][^（）()]{1,10}[)）]\s*$")


# 在城镇投资中，… / 全年规模以上工业中，…: the statistical whole a sentence opens on (offline_vocab.toml
# [scope_opening_heads]), with its 中; a bracket inside it (固定资产投资（不含农户）) is the whole's note
_SCOPE_OPENING = re.compile(
    rf"[\s*#]*(?:全年)?(?:在)?((?:(?!在)[\u4e00-\u9fff]){{1,12}}?(?:{genre.pattern('scope_opening_heads')})"
    r"(?:[（(][^（()）]{1,12}[)）])?中)[，,]"
)
_SCOPE_NOTE = re.compile(r"[（(][^（()）]*[)）]")


def sentence_scope(norm: str, s_start: int) -> tuple[tuple[tuple[int, int], ...], int] | None:
    """The whole the sentence at `s_start` opens on, as spans without its bracketed note and with
    its 中 (城镇投资中), and where the opening ends; None when it opens on none. Every figure after
    the opening is a part of that whole (engine and verifier read it alike)."""
    if norm.find("中", s_start, s_start + 28) < 0:
        return None  # speed: most sentences open on no whole
    opening = _SCOPE_OPENING.match(norm, s_start)
    if opening is None:
        return None
    a, b = opening.span(1)
    spans: list[tuple[int, int]] = []
    for note in _SCOPE_NOTE.finditer(norm, a, b):
        spans.append((a, note.start()))
        a = note.end()
    spans.append((a, b))
    return tuple((x, y) for x, y in spans if x < y), opening.end()


def whole_core(norm: str, whole: tuple[tuple[int, int], ...]) -> str:
    """The whole's own words, without its 中 and its note (城镇投资, 固定资产投资)."""
    x, y = whole[0]
    return norm[x : y - 1] if len(whole) == 1 else norm[x:y]


# 续建46件|、竣工6件、新开工8件|重点水源工程: later items of a verb and a count in the same unit
_VERB_COUNT_ITEM = r"、[\u4e00-\u9fff]{1,5}?\d+(?:\.\d+)?"


def verb_count_run_end(norm: str, end: int, unit: str) -> int | None:
    """Where a run of 、-joined items of a verb and a count in `unit`, right after a count ending at
    `end`, ends (续建46件|、竣工6件、新开工8件|重点水源工程): the object after the run is every
    item's. None when no such item follows."""
    if norm[end : end + 1] != "、" or not unit:
        return None  # speed: no list item follows (the usual case)
    run = re.compile(f"(?:{_VERB_COUNT_ITEM}{re.escape(unit)})+").match(norm, end)
    return run.end() if run else None


# 实际增长, 比上年实际增长, 扣除价格因素，实际增长: the words before a real rate's growth verb; the only rate
# of a figure, it is the figure's growth (engine and verifier)
REAL_RATE = re.compile(r"(?:扣除价格因素[,，]?)?(?:(?:比|较)(?:上年|去年)(?:同期)?)?实际")

# 三次产业结构为6.4∶53.2∶40.4: a ratio of the three sectors names its parts in order (engine and verifier)
_SECTOR_RATIO_NAME = re.compile(r"(?:三次|一二三|一、二、三)产业|三产")
SECTOR_PARTS = ("第一产业", "第二产业", "第三产业")


def sector_part(norm: str, start: int, end: int) -> str | None:
    """第二产业 for the 53.2 of 三次产业比重为6.4∶53.2∶40.4: the sector of a three-part ratio's term at
    norm[start:end], when the words just before the ratio name the three sectors."""
    first = ratio_start(norm, start)
    last = ratio_end(norm, end)
    if first == start and last == end:
        return None  # speed: no ratio around the figure (the usual case)
    index = norm.count(":", first, start)
    if index + 1 + norm.count(":", end, last) != 3:
        return None
    lo = max(0, first - 60)
    stop = max(norm.rfind("。", lo, first), norm.rfind("；", lo, first), norm.rfind("\n", lo, first))
    if _SECTOR_RATIO_NAME.search(norm, max(lo, stop + 1), first) is None:
        return None  # (…由8.6∶44.6∶46.8调整为7.3∶45∶47.7: the name stands before the first ratio)
    return SECTOR_PARTS[index]
