"""The metric's words: cut out of the clause before (or after) a figure."""

from __future__ import annotations

import re

from summarizer.engines.offline import actions as action_rules
from summarizer.engines.offline import prose, vocab
from summarizer.engines.offline.spans import Spans
from summarizer.text import wrap
from summarizer.text.prefilter import prefiltered

# Words that end a verb phrase before the metric: cut the metric after their last occurrence.
CUT_VERBS = (
    "实现", "完成", "达到", "下达", "涉及", "开展", "累计", "共计", "建成", "设立",
    "打造", "盘活", "办结", "摸排", "聘请", "紧扣", "围绕", "力争", "确保", "争取", "预计",
    "计划", "其中", "深入", "处理了", "处理", "推动", "引导", "力求", "保持", "占到", "力拚", "力拼",
    "安排", "筹集", "拨付",
)
LEADING_NOISE = re.compile(
    r"^(?:[、,，;；:：\s*#>—\-]|等|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、．](?!\d)|"
    r"[(（](?:不包括|不含|包括|含|其中)|[)）]|包括|"  # 保有量…（包括三轮汽车和低速货车972万辆）: the part in brackets
    r"的|同时|并且|坚持把|始终把|还有|并(?!网)|再(?!生|就业|融资|制造|贷款|担保)|已经|已|共有|拥有|现有|共|将(?!来)|但是|但|和(?![平谐美睦])|今年|去年|当年|全年(?!目标|任务)|[上下]半年|年内|"
    r"把(?![握关脉])|例如|比如|诸如|组织|建(?![设筑成立档制好]|[\u4e00-\u9fff]{1,3}(?:集团|公司|银行))|其中[:：,，]?|期间|在(?:全国|全省|全市|全区|全县)(?=[\u4e00-\u9fff]{2})|到(?:19|20)\d{2}年(?:底|末)?|在[^,，、]{1,10}?(?:范围内|内|中|上|里|点|处)|"
    r"(?:19|20)\d{2}年(?:全年|度|末|底|初)?|[一二三四五六七八九〇零○]{4}年(?:全年|度|末|底|初)?|\d{1,2}[-—–~至]\d{1,2}月份?|前三季度|[一二三四]季度|"
    r"年末|年底|年初|期末|"
    r"全市|全省|全区|全县|全园|全国|县市区|辖市区|我区|我县|我市|(?:本|该)?(?:开发区|园区|经开区|高新区)|"
    r"连续[一二两三四五六七八九十多\d]+年|"
    r"(?:近|过去)?[一二两三四五六七八九十\d]+年(?:来|以来)|过去[一二两三四五六七八九十\d]+年|"  # 五年来: a span, not a name
    r"一是|二是|三是|四是|五是|六是|七是|八是|九是|十是)+"
)
TRAILING_NOISE = prefiltered(re.compile(
    r"(?:[、,，\s（(]|(?<=为)[-−]|仍然|仍|共计|共|累计|总计|合计|分别为|分别|达到|高达|多达|达|为|有|完成|实现|已|(?<!大)将|(?<![高初])中|的|(?<![人户亩平年])均|"
    # 湖北葛洲坝水电站各|12.5万千瓦, 农业总产值约|为…, 收入大约|有…: each, about (签约, 节约 are verbs)
    r"(?<=[\u4e00-\u9fff])各|大约|(?<![签节制履违公])约|(?<=[\u4e00-\u9fff]{2})(?:只|仅|(?<![偿归退送])还|先后|相继|大大)|"
    r"(?<![为除])了|(?<![需主纲摘只])要|(?<![但也就更还于若凡总])是|"  # 抽查了, 总产值要, 平均工资是: particles, copulas
    r"新台币|人民币|港币|港元|"
    r"(?<=[\u4e00-\u9fff]{4})(?<![一二两三四五六七八九十\d])[两三四五六七八九十]年(?=累计|共|合计|$)|"  # 投资五年累计: the span, a period
    r"(?<!目标)任务(?!数))+$"
))
# the start of a change or a connector at the end of a metric: 关税总水平由 9.8% …, 总量突破
TRAILING_CHANGE = prefiltered(re.compile(
    r"(?:(?:分别)?(?:由|从)(?!业|事|属|而|严|优|紧|快)[^由从,，]{0,6}|拟按|按照|按|总量突破|突破|迈上|跨上|"
    r"(?:控制|保持|稳定|维持)(?:在|于)?|"
    r"(?:提高|提升|增加|增长|上升|下降|减少|降低|扩大|缩小|回升)(?:到|至)(?:全国|全省|全市)?|增至|降至|攀升(?:至|到)|升至|降到|减至|"
    r"(?:压缩|缩短|压减|缩减)(?:到|至)|(?:压缩|缩短)在|"  # 企业开办时间压缩至1个工作日
    r"(?:发展|恢复|增加|扩大|上调|下调|调整)(?:到|至)|(?:均|都)?在|"  # 主体发展到7万家, 比重在5%
    r"(?:调整|优化|转变|变)为|不低于|不高于)+$"  # 三次产业结构调整为2.5:36.7:60.7: the level it was brought to
    # (之比不低于2.7:1: a ratio's parts carry no qualifier, the bound is a commitment word)
))
POST_STOP = re.compile(
    r"[,，、;；。:：!?！？\n()（）“”\"\d]|(?:和|及|与)(?=[\d一二两三四五六七八九十])|已|人均|(?<![人年户平])均|并|至|"  # 6万贫困人口|人均增收: 人均 opens the next metric
    r"正在|预计|通过|调试|安装|建设(?!项目|工程|用地|资金)|"  # 重点建设项目: 建设 of a noun
    r"施工|完工|达到|同比|分别|以及|(?<![公总])共(?![享同建青])|累计|其中|"  # 公共服务中心, 共享: 共 inside a word
    r"(?<![高中初同平对相均超])等(?!级)"  # 示范性高等职业学院, 中等职业学校, 等级: 等 inside a word
)
ANAPHORA = ("增幅", "增速", "降幅", "减幅", "总量", "占比", "比重", "年均增速", "年均增幅", "所占比重", "所占比例")  # 占比60%: a share of the figure before
# what follows the anaphor is the comparison, not the metric: 增速|比1-9月回落, 增幅|提高
ANAPHORA_TAIL = re.compile(r"环比|同比|比上年|较上年|比|较|提高|提升|回落|下降|收窄|扩大|加快|上升|放缓")
CONJUNCTIONS = {"和", "及", "与", "以及", "、", "或"}
RANK_TRIGGER = re.compile(  # 人居, 民居, 家居, 聚居: 居 inside a noun; 并列: 列 of a tie
    r"(?:(?<![人民家聚定安宜蜗])居|分列|跃升至|跃升到|(?<![并分])列|位列|位居|排名|排在|排|名列|进入|保持|位于|跃居|(?<![提跃])升至|稳居|跻身)[^居列排进保位跃升稳跻]*$"
)
# A metric that only says "rose by": it belongs to the figure before it (税收占比…比上年提高2个百分点).
DELTA_METRIC = re.compile(
    r"(?:同比|环比|按年|(?:比|较)(?:上年|去年|上月|年初)(?:同期|底|末)?)?"
    r"(?:净增|新增|增加|提高|提升|增长|下降|减少|回落|上升|降低|成长|衰退|收窄|扩大|缩小|多增|少增|增产|减产|净增加|新增加)了?"
)
AWARD_VERB = re.compile(r"(?:入选|获评|荣获|获得|评为|列入|纳入|创成)$")
RATE_NAME = re.compile(r"[\u4e00-\u9fff]{1,3}?率(?=$|[由从为达是,，、])")
FOOTNOTE_MARK = re.compile(r"\[\d{1,2}\]$")
NOUN_SUFFIX = set("率额量值数度能区")  # 完成率, 处理能力, 建成区: the verb is part of a noun
PLANT_HEADS = set("厂场站设中")  # 污水处理厂, 垃圾处理场, 处理站, 处理设施, 处理中心: plants, not the verb 处理
LONG_METRIC = 14  # characters: longer metric phrases are run-on clauses
BASIS_ONLY = re.compile(rf"(?:到|至|为)?(?:{prose.BASIS.pattern})")  # 到每人每年: a to-verb's per-unit basis
VERB_JOINERS = set("和及与、")
# verbs that may follow 和 in a coordination of verbs (取消和下放, 制定、修改和废止)
CHAINED_VERB = re.compile(rf"{action_rules.ACTION_VERBS.pattern}|{vocab.pattern('removal_verbs')}|修改|废止|认定|评定|命名")


def _verb_at(text: str, at: int) -> bool:
    return CHAINED_VERB.match(text, at) is not None
# 服务业, 服务型制造, 规范化建设, 创新性: a verb followed by these is part of a noun or adjective
NOT_A_CUT_AFTER = set("业型化性")
NEW_COUNT = re.compile(r"新(?:增|认定|引进|签约|建|开工|落户|入规)")
SHARE_HEADS = ("比重", "占比", "份额", "比例")
GROWTH_WORD = re.compile(r"(?:增长|下降|增加|减少|提高|降低|削减)")  # 累计削减: one verb
# heads that say nothing without the words before 的 (人户分离的人口, 可用于生活费的收入)
# (获国家奖励的成果: 成果 alone is every result; the 的-phrase says which were counted)
KEEP_MODIFIER = frozenset(vocab.words("generic_heads")) | {"人口", "人数", "面积", "收入", "支出", "成本", "费用", "比例", "比重", "成果", "投入"}
GROWTH_TAIL = re.compile(r"(?:同比|按年|年均|平均每年|每年平均|实际|名义)?(?:增长|下降|增速|增幅|降幅)$")  # 完成率, 实现额: the verb is part of the metric


# a threshold closing the words before 的 (1000M速率及以上的宽带接入用户, 60岁以上的老年人): the
# modifier picks out a subset of the head, so the name keeps it
SUBSET_MODIFIER = re.compile(r"(?:及以上|以上|及以下|以下|及以内|以内)$")


# 参加城镇医疗保险的农民工, 享受低保的城市居民: a 的-phrase saying which members are counted
RESTRICTIVE_MODIFIER = vocab.compiled("restrictive_modifier_verbs")


def _lead_end(text: str, de: int) -> int:
    """Where the 的-phrase before `de` starts past opening noise (全年, 全市): its verb's place."""
    lead = LEADING_NOISE.match(text, 0, de)
    return lead.end() if lead else 0


def _keeps_modifier(head: str) -> bool:
    return head in KEEP_MODIFIER or head.endswith(("个数", "人数", "户数", "次数", "比重", "比例"))


def without_growth_tail(norm: str, spans: Spans) -> Spans:
    """规上工业增加值同比增长 + 增速 -> 规上工业增加值增速: drop the host's own growth words."""
    if not spans:
        return spans
    a, b = spans[-1]
    tail = GROWTH_TAIL.search(norm, a, b)
    if tail is not None and tail.start() == a and len(spans) > 1:
        return spans[:-1]  # 装备制造业|增加值|增长 (the comparison base cut out): the verb stands alone
    if tail is None or tail.start() <= a:
        return spans
    return spans[:-1] + ((a, tail.start()),)



# 对防疫企业及受疫情影响企业|新增贷款: a clause opening with whom the measure was for keeps them in the
# name however long it runs (对标, 对接, 向前 are verbs and adverbs, no such scope)
BENEFACTIVE = re.compile(r"(?:对|向|给)(?!标|接|外|口|比|照|称|应|象|于|此|前|上|下)[\u4e00-\u9fff]")
BENEFACTIVE_MAX = 24


# 医保参保率、大病救治率、慢性病签约和服务率: a list of rates is no run-on clause, whatever verbs its names hold
_RATE_LIST = re.compile(r"(?:[^、，,；;。]{2,16}率、)+[^、，,；;。]{2,16}率")


@wrap.across_breaks
def clean_metric(norm: str, lo: int, hi: int, *, rank: bool = False) -> tuple[str, int]:
    """The metric words in norm[lo:hi] and where they start ('' if none).

    For a ranking the trigger (居, 位列 …) and what follows it are left out first.
    """
    if rank:
        trigger = RANK_TRIGGER.search(norm[lo:hi])
        if trigger:
            hi = lo + trigger.start()
    while hi > lo and norm[hi - 1] in " \t\u3000":
        hi -= 1  # 参保率超过 95%: a typeset space before the figure leaves the verb before it a verb
    metric, start = metric_after_verbs(norm, lo, hi)
    if len(metric) > LONG_METRIC and not (len(metric) <= BENEFACTIVE_MAX and BENEFACTIVE.match(metric)) and not _RATE_LIST.fullmatch(metric):
        # a run-on clause without punctuation (…鼓励企业技术创新新认定高新技术企业): the metric
        # is what follows the last measure verb
        # 服务业, 制造业: a verb followed by 业 names a sector, no cut there
        cuts = [
            # 取消和下放行政审批事项: verbs joined by 和 share their object, the cut goes before both
            v.start() if metric[v.end() : v.end() + 1] in VERB_JOINERS else v.end()
            for v in action_rules.ACTION_VERBS.finditer(metric)
            if metric[v.end() : v.end() + 1] not in NOT_A_CUT_AFTER | NOUN_SUFFIX  # 处理率
            # 棚户区改造和农房改造: a noun after 和, so the verb ends a noun phrase; no cut there
            and (metric[v.end() : v.end() + 1] not in VERB_JOINERS or _verb_at(metric, v.end() + 1))
            and not vocab.closes_word(metric, v.start(), v.end())  # 棚户区改造|住房: the verb ends a noun
        ]
        cuts += [n.start() for n in NEW_COUNT.finditer(metric) if n.start() > 0]  # …投入|新认定…
        # 城镇|新增就业, 棚户区|改造住房: no cut inside a word the glossary knows
        # 补助标准提高|到每人每年: what follows the verb is its complement, a basis, and names nothing
        cuts = sorted(
            c for c in cuts
            if len(metric) - c >= 4 and not vocab.inside_word(metric, c) and not BASIS_ONLY.fullmatch(metric, c)
        )
        if cuts:
            return metric[cuts[-1] :], start + cuts[-1]
    return metric, start


_CUT_VERB_ORDER = {verb: n for n, verb in enumerate(CUT_VERBS)}
_CUT_VERBS_BY_FIRST: dict[str, list[str]] = {}
for _verb in CUT_VERBS:
    _CUT_VERBS_BY_FIRST.setdefault(_verb[0], []).append(_verb)


def _cut_verbs_in(text: str) -> list[str]:
    """The CUT_VERBS that can occur in `text` (their first character does), in CUT_VERBS order:
    one set intersection instead of a search per verb (metric_after_verbs runs per figure)."""
    firsts = _CUT_VERBS_BY_FIRST.keys() & set(text)
    if not firsts:
        return []
    found = [verb for first in firsts for verb in _CUT_VERBS_BY_FIRST[first]]
    found.sort(key=_CUT_VERB_ORDER.__getitem__)
    return found


def metric_after_verbs(norm: str, lo: int, hi: int) -> tuple[str, int]:
    """Cut after the last light verb (实现, 完成 …); if nothing follows it, the verb was the
    predicate (投资完成98.6亿元) and the metric is what stands before it."""
    text = norm[lo:hi]
    best: tuple[int, int] | None = None
    for verb in _cut_verbs_in(text):
        i = text.rfind(verb)
        end = i + len(verb)
        if (
            i >= 0
            and (best is None or end > best[1])
            and text[end : end + 1] not in NOUN_SUFFIX
            and not RATE_NAME.match(text, end)  # 建成投产率: the verb is part of a rate's name
            and not (verb in ("累计", "共计") and GROWTH_WORD.match(text, end))  # 累计下降: one verb
            # 年度计划投资: a noun (完成年度计划的98.6% is a share of the plan, cut as before)
            and not (verb == "计划" and text[max(0, i - 2) : i] == "年度" and text[end : end + 2] == "投资")
            and not (i > 0 and text[i - 1 : i + 1] in CUT_VERBS)  # 力争取得: 力争, then 取得
            and not (verb == "计划" and text[i - 1 : i] == "超")  # 改造超计划2.08万户: beyond the plan
            and not (verb.endswith("成") and text[end : end + 1] in "效果绩")  # 创建成效: 成效 a noun
            and not (verb == "处理" and text[end : end + 1] in PLANT_HEADS)  # 污水处理厂: a plant's name
            and not (verb == "设立" and text[i - 1 : i] == "新" and text[end : end + 2] == "企业")  # 外商直接投资新设立企业
        ):
            best = (i, end)
    if best is None:
        return tidy_metric(norm, lo, hi)
    metric, start = tidy_metric(norm, lo + best[1], hi)
    if prose.BASIS.fullmatch(metric) and best[0] >= 2:
        return tidy_metric(norm, lo, hi)  # 路网密度达到每平方公里5.6公里: the basis names nothing alone
    if metric in vocab.connectors():
        metric = ""  # 二产占GDP比重保持在40%: 保持 is the predicate, 在 names nothing
    elif metric or norm[lo + best[1] : hi].strip(" 、,，"):
        return metric, start
    if best[0] > 2 and norm[lo + best[0] - 1] in "和及与":
        return tidy_metric(norm, lo, hi)  # 安置房开工建设和筹集|189万套: verbs joined by 和 stay in the name
    return metric_after_verbs(norm, lo, lo + best[0])


# one piece of LEADING_NOISE at a time (its pattern without the anchor and the repetition)
_LEADING_PIECE = re.compile(LEADING_NOISE.pattern[1:-1])


def _lead_before_word(text: str) -> int:
    """Where the leading noise ends when its whole match ends inside a glossary word (在建里|程达:
    在…里 is no locative there): the pieces before the one that cuts the word."""
    pos = 0
    while (piece := _LEADING_PIECE.match(text, pos)) is not None and piece.end() > pos:
        if vocab.inside_word(text, piece.end()):
            break
        pos = piece.end()
    return pos


# tidy_metric's own patterns, compiled once (it runs for every figure)
_QUOTED_LEAD = re.compile(r"^[“\"][^”\"]{1,12}[”\"]")
_QUOTED_TAIL = re.compile(r"[“\"][^”\"]{1,12}[”\"]$")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")


@wrap.across_breaks
def tidy_metric(norm: str, lo: int, hi: int, *, subset: bool = True) -> tuple[str, int]:
    """Head noun after the last 的, without time/scope words, filler, slogans or 等-lists
    (`subset`: a threshold before 的 stays, 1000M速率及以上的宽带接入用户)."""
    text = norm[lo:hi]
    start = lo
    if text.endswith("占") and len(text) > 2:
        text = text[:-1]  # 空气质量达标的城市占35.8%: the share of what the words name
        hi -= 1
    de = text.rfind("的")
    share_of = text.rfind("占", 0, de) if text[de + 1 :].startswith(SHARE_HEADS) else -1
    share_of = max(share_of, text.rfind("对", 0, de) if text[de + 1 :].startswith("贡献率") else -1)
    if share_of >= 0:
        # 第一产业增加值占国内生产总值的比重, 消费对经济增长的贡献率: the 的 is inside the name
        pass
    elif de >= 0 and len(text) - de - 1 >= (4 if norm[hi : hi + 1] == "占" else 2) and not _keeps_modifier(
        FOOTNOTE_MARK.sub("", TRAILING_NOISE.sub("", text[de + 1 :]))  # 人户分离的人口[6]
    ) and not (subset and SUBSET_MODIFIER.search(text, 0, de)) and not RESTRICTIVE_MODIFIER.match(
        text, _lead_end(text, de)
    ):
        start += de + 1
        text = text[de + 1 :]
    lead = LEADING_NOISE.match(text)
    if lead:
        end = lead.end() if not vocab.inside_word(text, lead.end()) else _lead_before_word(text)
        start += end
        text = text[end:]
    changed = TRAILING_CHANGE.sub("", text)
    text = changed if len(changed) >= 2 else text
    trimmed = TRAILING_NOISE.sub("", text)
    text = trimmed if len(trimmed) >= 2 and trimmed != "目标" else text.rstrip(" 、,，")
    # a quoted slogan before the metric (“3+1”主导产业) or after it (中心“四室一厅”)
    quoted_lead = _QUOTED_LEAD.match(text)
    if quoted_lead and len(text) - quoted_lead.end() >= 2 and prose.quoted_lead_is_time(text, quoted_lead.end()):
        start += quoted_lead.end()
        text = text[quoted_lead.end() :]
        lead = LEADING_NOISE.match(text)  # “十一五”期间生产总值: the time word after the slogan
        if lead and len(text) - lead.end() >= 2:
            start += lead.end()
            text = text[lead.end() :]
    quoted_tail = _QUOTED_TAIL.search(text)
    if quoted_tail and AWARD_VERB.search(text, 0, quoted_tail.start()):
        quoted_tail = None  # 集群入选“国家队”: the quoted title is what was won, part of the name
    if quoted_tail and prose.quoted_after_verb(text, quoted_tail.start()):
        start += quoted_tail.start()  # 拆除“两违”1246万平方米: the quoted thing is what is counted
        text = text[quoted_tail.start() :]
    elif (
        quoted_tail and quoted_tail.start() >= 2 and not prose.quoted_object(text, quoted_tail.start())
        and not text.endswith("级", 0, quoted_tail.start())  # 创建省级“四好村”: a level names no thing alone
    ):
        text = text[: quoted_tail.start()]
    if text.endswith("等") or text.endswith("等的"):
        return "", hi
    text = text.strip(" 、,，")
    if text in CONJUNCTIONS or not _WORD_CHAR.search(text):
        return "", hi
    return text, start



# 3641个国家地表水考核断面中，…: the counted things frame the shares after them; 中 is no part of the noun
# (高中, 初中, 集中, 其中, 当中, 空中 are words of their own)
FRAME_LOCATIVE = re.compile(r"(?<![高初集其当空心途])中$")


def without_frame_locative(norm: str, start: int, end: int) -> int:
    """The end of a counted noun without the locative 中 that makes it a frame (在N个X中，…)."""
    if end - start >= 3 and FRAME_LOCATIVE.search(norm, start, end) and norm[end : end + 1] in "，,；;：:":
        return end - 1
    return end


# 总承包和专业承包建筑业企业实现利润: a communiqué names a class of enterprises at length
LONG_ENTERPRISE = re.compile(r"^[\u4e00-\u9fff]{11,16}(?:企业|单位)$")


def is_long_enterprise_subject(subject: str) -> bool:
    """A subject longer than a usual name may still own a generic head when it names a class of
    enterprises or units (…建筑业企业实现利润, …服务业企业实现营业收入)."""
    return LONG_ENTERPRISE.match(subject) is not None
