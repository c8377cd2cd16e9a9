"""One fact per number mention: filters, growth attachment, tables, rankings, kind and period."""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from summarizer.engines.offline import actions as action_rules
from summarizer.engines.offline import ellipsis, nonfigures, prose, shape, tables, trim, vocab
from summarizer.engines.offline import metric as metric_rules
from summarizer.engines.offline.cues import (
    ACHIEVEMENT_CUES,
    COMMITMENTS,
    GROWTH_BY_MULTIPLE,
    GROWTH_CUE,
    NEGATIVE_GROWTH,
    PLAN_WEAK_ACHIEVEMENT_CUES,
    QUALIFIED_GROWTH,
    TARGET_CUES,
    WEAK_ACHIEVEMENT_CUES,
    weak_target_cues,
)
from summarizer.engines.offline.metric import (
    ANAPHORA,
    ANAPHORA_TAIL,
    CONJUNCTIONS,
    DELTA_METRIC,
    POST_STOP,
    RANK_TRIGGER,
    Spans,
    clean_metric,
    tidy_metric,
    without_growth_tail,
)
from summarizer.engines.offline.sections import Modes
from summarizer.engines.offline.spans import runs, text_of
from summarizer.engines.offline.tables import GROWTH_COLUMN, TARGET_COLUMN
from summarizer.engines.offline.vocab import GENERIC_HEADS
from summarizer.models import Achievement, Evidence, Fact, NumberMention, Target
from summarizer.text import wrap
from summarizer.text.clean import Document
from summarizer.text.numbers import (
    BARE_MAGNITUDES,
    QUANTITY_RE,
    UNITS,
    growth_rate,
    in_nonfact,
    signed_as_written,
    written_minus,
)
from summarizer.text.numbers import RANK_CHAIN_RE as RANK_CHAIN
from summarizer.text.periods import names_past_plan, years_in
from summarizer.text.sections import PAST_YEAR, TARGETS_OPEN, YEAR
from summarizer.text.segment import PERIOD_RE, Segments
from summarizer.text.tables import Reader as TableReader
from summarizer.text.tables import column_header, name_column
from summarizer.verify import vocab as verify_vocab
from summarizer.verify.claims import OPENS_PART, compact, names_nothing

SIZE_CLASS_AFTER = re.compile(
    r"^(?:以上|以下|及以上)?(?:的)?(?:级|元级|元)?"
    r"(?:重大|重点|大|产业|制造业|工业|优质|龙头|骨干|规上|科创)?"
    r"(?:项目|企业|工程|产业|园区|基地|集群|龙头|大项目|投资项目)"
)
SIZE_CLASS_COUNTED = re.compile(
    r"(?:以上|以下)?的?[\u4e00-\u9fff“”\"]{0,10}?(?:项目|企业)(?:不少于|不低于|超过|达到|达)?"
    r"(?:\d|[一二两三四五六七八九十]+[个家项])"
)
SCOPE_AFTER = re.compile(
    r"^(?:个)?(?:县市区|辖市区|县区|市区|县\(市、区\)|省辖市|地级市|城市|开发区|省份)"
    # 全省63个县市区中 / 13个城市均: the scope ends there; 28条城市道路 goes on to the counted noun
    r"(?=$|[,，、。;；:：\s(（]|中|的|里|均|全部|都|之|和|内|排名|考核|综合|第|前|比拼|评比|竞赛|比较|对比|参与|参加|本级)"
)
# 在监测的339个城市中，… / 全国338个地级及以上城市中，…: the pool a share or a count after it
# refers to (the figure after is the fact); its clause opens with 在 or a 全-scope and ends in 中
POOL_BEFORE = re.compile(r"(?:^|[,，;；。:：\s])(?:在[^,，;；。:：\d]{0,8}?|全(?:国|省|市|区|县|州|盟)|各地)$")
POOL_AFTER = re.compile(r"^(?:个|座|户|家|名|所|只)?(?:(?!在)[\u4e00-\u9fff()（）、]){1,12}?中(?=\s*[,，:：]|排名|排在|位居|居)")
# what the clause after a pool says of its members: a share of them (占62.8%, 比例为91.4%,
# 个数为6个) or how many of them (有33个…, 预计52项进入全省前十): the pool is then no figure of its own
POOL_SHARE = re.compile(r"\d(?:\.\d+)?\s*%|占|比例|比重|个数")
POOL_MEMBERS = re.compile(r"\s*(?:其中)?有\s*\d|\s*(?:其中|预计|共)?\s*\d+\s*(?:项|个|家|座|户|所|只|名)(?:指标)?(?:进入|达到|位居|居|排名|实现|完成)")
# a communiqué's notes at the end ([3]规模以上工业统计范围…): definitions and sources, not figures
# [6]2016年年末，0-14岁人口为23008万人: a numbered note that goes on with the year's figures
DATED_NOTE = re.compile(r"\s*(?:\[\d{1,2}\]|［\d{1,2}］)\s*(?:19|20)\d{2}年")
NOTES_HEADING = re.compile(
    # (附件：名词解释: the notes as an attachment of the report)
    rf"^[#*\s]*(?:(?:附件|附录)[一二三四五\d]?\s*[:：]?\s*)?(?:《[^》\n]{{2,24}}》)?(?:{vocab.pattern('notes_headings')})[*\s]*[:：]?[*\s]*$",
    re.M,
)
NOTE_LINE = re.compile(r"\s*(?:\[\d{1,2}\]|［\d{1,2}］)\s*[\u4e00-\u9fff]")
# after a bare class noun: commitment and time words, then the verb that says what is counted
BARE_PREDICATE = re.compile(
    r"(?:预计|力争|计划|将|已|均|可)?(?:年底前|年内|年底|上半年|下半年|全年|\d{1,2}月(?:底)?前?)?"
    r"(?P<verb>[\u4e00-\u9fff]{2,4})$"
)
# 、蔬菜47万吨; ，增长5.8%；城镇居民45200元: the total's own growth may stand between
OPENED_BEFORE = re.compile(r"其中\s*[,，:：]\s*$")
LISTED_RIGHT_AFTER = re.compile(
    r"(?:[,，]\s*(?:比上年|同比)?(?:增长|下降|增产|减产)\s*\d+(?:\.\d+)?\s*[%％])?[、,，;；]\s*[\u4e00-\u9fff]{2,8}(?:为|是|达|有)?"
)
# 76个冬奥项目全部完工: the stage the counted things reached closes their clause ([stage_predicates])
_STAGE_ADVERB = r"(?:全部|均|已经|已|顺利|基本|相继|陆续|先后|如期|提前|集中|建成)"
STAGE_PREDICATE = re.compile(rf"{_STAGE_ADVERB}*(?P<verb>{vocab.pattern('stage_predicates')})了?$")
STAGE_ADVERBS = re.compile(rf"{_STAGE_ADVERB}+$")
# 50亩场地平整完工, 37个水厂重建全部完工: a noun of the work itself needs no stage after it
WORK_NOUN_END = re.compile(rf"(?:建设|安装|改造|改扩建|整治|治理|修缮|搬迁|平整|重建|加固|修复){_STAGE_ADVERB}*$")
POST_CHANGE = re.compile(r"(?:增至|增加|增长|降至|下降|减少|提高|提升|突破|超过|达到)")
PART_OF = re.compile(r"\s*其中[,，:：]?\s*(?P<scope>省级|市级|县级|区级|中央|地方|本级|城镇|农村|城市|乡村)")
THRESHOLD_NOUN = re.compile(r"(?:以上|以下)的?(?:资金|企业|项目|规模|投资项目|单位|客商)")
DEADLINE_YEAR = re.compile(r"到((?:19|20)\d{2})年")
DEFINITION = re.compile(r"是指|指的是|统计口径为|统计范围为|统计范围是|数据来自|数据来源于|资料来源")
QUOTED = re.compile(r"“[^”]{0,30}”|\"[^\"]{0,30}\"")
# classifiers of counted things (2个安置点, 31个项目): such a count is no subject a measure after it has
OBJECT_COUNTS = frozenset("个家项所座处套条名户张台辆只批件")
CHANGE_TO = re.compile(r"(?:上升|下降|提高|降|增加|减少)为$")  # 由14.2%下降为11.2%: the level it moved to
STANDARD_BEFORE = re.compile(r"按(?:照)?[^,，;；]{0,14}标准$")
# 按照每人每年2300元（2010年不变价）的农村贫困标准计算: the figure names the standard itself
STANDARD_OF = (re.compile(r"按(?:照)?[^,，;；。]{0,10}$"), re.compile(r"[^,，;；。]{0,20}?标准"))
# 完成计划119.9%: the share of the plan fulfilled, named after its host
# (the plan or quota: [plan_quotas] of offline_vocab.toml; 完成省下达任务的136% too)
# 超额完成任务30%, 超目标任务1.5个百分点: how far the host went beyond it
_PLAN = rf"(?:完成|为|超额完成|超过|超出|超)(?:{vocab.pattern('plan_quotas')})(?:的)?$"
PLAN_SHARE = re.compile(rf"(?<![\u4e00-\u9fff]){_PLAN}|^{_PLAN}")
# 一般公共预算收入完成年计划的101.2%: the clause's own subject fulfilled that share of its plan
OWN_PLAN_SHARE = re.compile(_PLAN)
SUBCATEGORY_END = re.compile(r"(?:企业|业|类|行业|部门|产品)$")
SHARED_BOUNDS = "以内|以上|以下|左右"  # bounds a 分别 list writes once, after its last figure


@functools.lru_cache(maxsize=64)
def _bound_after_list(unit: str) -> re.Pattern[str]:
    """和5%以内 / 、7%和8%左右 after a figure: the list's later figures of the same (escaped) unit,
    then the bound they share; compiled once per unit, not once per figure."""
    return re.compile(rf"(?:(?:和|及|与|、)\s*[-−]?\d+(?:\.\d+)?\s*{unit})+\s*({SHARED_BOUNDS})(?![\u4e00-\u9fff]*的)")


# 要由1990年(的) / 由现在(的) closing a figure's words: the start of a pair, no part of its name
FROM_WORDS_END = re.compile(r"(?:要|将|需)?(?:由|从)(?:(?:19|20)\d{2}年(?:底|末)?|现在|目前)的?$")
# 25755元、9446元, 10.3%和12.8%: figures joined in a run (a unit and a mark between them)
NUMBER_IN_RUN = re.compile(r"\d+(?:\.\d+)?")
RUN_GAP = re.compile(r"[^\d,，;；。、和及]{0,6}[、和及]\s*[-−]?")
# 从2015年的2.6万亿元增长到2020年的3.62万亿元: a pair dated at both ends (its start year dates the
# undated starts of the pairs after it in the sentence)
DATED_PAIR = re.compile(r"(?:由|从)((?:19|20)\d{2}年(?:底|末)?)的[^,，;；。]{0,24}?(?:到|至|为)(?:19|20)\d{2}年(?:底|末)?的")
YEAR_IN = re.compile(r"(?:19|20)\d{2}年|上年|去年")
# 突破2000公里、达2240公里, 迈上4000亿元台阶，达到4358.5亿元: a round mark passed right before the figure
MILESTONE_WORDS = ("突破", "迈上", "跨上", "跨越", "站上", "超过")
MILESTONE_BEFORE = re.compile(rf"(?:{'|'.join(MILESTONE_WORDS)})$")
MILESTONE_THEN_FIGURE = re.compile(r"(?:台阶|大关|关口)?\s*[、，,]?\s*(?:达到|达)\s*\d")
# 由运营初期的, 从2015年的: a pair's start before its figure
FROM_OF_END = re.compile(r"[由从][^,，;；。]{0,12}的$")
# 现在, 目前, 如今: the report's present, after an earlier year in the sentence
NOW_WORD = re.compile(r"现在|目前|如今|现已")
# …80%以上|用于改善民生: the use a share of money is put to, to the end of its clause
USED_FOR = re.compile(r"(?:以上|左右)?(?P<use>用于[\u4e00-\u9fff、]{2,20})(?=[，,。；;）)]|$)")
# 突破1000亿元, 均突破了千亿元: the figure is a mark passed, a lower bound
PASSED_BEFORE = re.compile(r"突破了?\s*$")
# 已建成“煤改电”工程的, 已开工项目的: 已 + a verb inside a noun phrase (up to its 的 or its noun)
ALREADY_MODIFIER = re.compile(r"已(?:建成|开工|投产|实施|完成|落地|签约)[^,，;；。\d]{1,14}?(?:的|工程|项目)")
# 确保增长|14%, 力争提高到: a commitment between a name and its growth word
COMMITTED_GROWTH = re.compile(r"(?:确保|力争|争取|预计)(?P<verb>增长|下降|提高)\s*$")
# 由运营初期的, 从疫情之初的, 由建区之初的: a pair's start at a moment named in words, no year (由2015年的,
# 由上年的 and 由目前的 have rules of their own)
MOMENT_START = re.compile(r"[由从](?!(?:19|20)\d{2}|上年|去年|年初|现在|目前|当前)[^,，;；。\d]{1,8}?(?:初期|之初|初|前|时)的\s*$")
# 提请审议地方性法规16部、废止21部: what a list of legislative counts does to the same object
LEGAL_VERB = re.compile(r"(?:废止|修改|修订|清理|制定|出台|审议|通过)")
# 每个县（市、区）, 每个乡镇, 每村: the unit a count is given for, each one (no total)
EACH_UNIT = re.compile(r"每(?:个|一个)?(?:县（市、区）|县\(市、区\)|县市区|县市|县区|县|乡镇|乡|镇|村|社区|街道)(?=[\u4e00-\u9fff])")
# 比1992年: a comparison with a named year (year-on-year when it is the year before the figure's)
YEAR_BEFORE_BASE = re.compile(r"(?:比|较)((?:19|20)\d{2})年")
# 首期, 二期, 首批, 第二批: the phase or batch a figure after a 、 is of (…基金、首期16亿元…基金)
ITEM_PHASE = re.compile(r"首期|[一二三四五]期|首批|第[一二三四五]批|新一批")
# 由目前的|12.9%提高到14%: the start of a pair at the report's present
NOW_START = re.compile(r"[由从](?:现在|目前|当前)的?[^,，;；。\d]{0,6}$")
# 比计划目标920亿元|超额|1373亿元: the verb of a gap over a target
EXCEEDED = re.compile(r"\s*(超额|超过|超出|多出|高出|低于|多|高|低|少)\s*")
# 省定目标, 年度计划, 市下达任务: a target alone names no figure (分别完成省定目标的168%、226%: whose share)
QUOTA_ONLY = re.compile(r"(?:省|市|州|县|区|国家|上级)?(?:定|下达)?的?(?:年度|全年)?(?:目标|计划|规划|任务|要求)+")
# 由上年的80%下降到76.6%: the start of a change written as the year before's value is dated so
CHANGE_FROM_LAST_YEAR = re.compile(r"(?:由|从)(上年末|上年同期|上年|去年末|去年同期|去年)的?$")
# 、累计 / ，累计达到 right before a figure whose words are only that: a running total of the thing the
# figure before named, whose flow verb (新增, 新建 …) it does not share
RUNNING_TOTAL = re.compile(r"[、，,；;]\s*(累计|共计|总计)(?:达到|达|为)?$")
FLOW_VERB_END = re.compile(r"(?:新增加|新增|新改建|新建|新开工|新引进|新培育|新认定|新获批|新登记|新发展)$")
LIGHT_VERB_END = re.compile(r"(?:实现|完成|达到|共计|累计|创造|贡献)$")
# 比1990年, 较上年: a name that is only the base of a comparison (its subject went unread)
# 就业 alone as a count's name: its verb says the people found work ([job_verbs])
JOB_NAMES = frozenset({"就业", "再就业"})
JOB_VERB = re.compile(rf"(?:{vocab.pattern('job_verbs')})了?$")
# 剩余12.99万|贫困人口: people a bare 万 counts (a few words of kind, then the head)
PEOPLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:人口|群众|农民|居民|职工|人员|学生|儿童|老人|农户|贫困户)")
PEOPLE_END = re.compile(r"[,，。;；、]|全部|均|都")  # the people close the clause or its noun phrase
# 还有317万贫困人口: "there are (still)", which names nothing counted
THERE_ARE = re.compile(r"(?:还|仍|尚|共|现|又)?有")
# verbs whose object is the people a bare 万 counts (资助3689.8万农村困难群众参加医保)
PEOPLE_OBJECT_VERB = re.compile(rf"{THERE_ARE.pattern}|资助|救助|帮助|带动|吸纳|惠及|培训|转移|安置")
COMPARISON_ONLY = re.compile(r"(?:比|较)")
BRACKET_CHAR = re.compile(r"[()（）]")
# 社会消费品零售总额预计实现|年均增长6.4%, 经济保持|年均增长9%: a forecast, commitment or light verb
# between a subject and its own mean (or real) growth, which the cut after the verb left bare
MODAL_BEFORE_GROWTH = re.compile(r"(?:(?:预计|力争|确保|争取|努力)(?:实现|保持|达到)?|实现|保持)$")
# spaces, marks and brackets: no words of what opens a clause, sentence or paragraph
LEAD_MARKS = re.compile(r"[\s*#>\-—、（）()【】\[\]]")
# 4个|园区产值超|300亿元: the noun counted, then the size each of them clears (nonfigures)
SIZE_BAR_BEFORE = re.compile(rf"[\u4e00-\u9fff]{{2,}}{nonfigures.SIZE_HEADS}均?(?:超过|超|过|突破)\Z")
SIZE_BAR = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:万|亿)?(?:元|美元)")
# 销售收入过|10亿元的|龙头企业, 产值超|百亿元|企业: a measure's threshold sorting the noun counted
SIZE_VERB_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,}(?:超过|过|超|达|在)\Z")
SIZE_CLASS_INSIDE = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)(?:万|亿)?(?:元|美元|吨|千瓦|平方米)(?:及?以上)?的?")
# 在省会城市中|排名第5位, 在全省17个市中|位居第2: the pool of a ranking, framed by 在…中
RANK_POOL_FRAME = re.compile(r"在(?!.*在)([^，,。；;]{2,16}?)中\s*")
POST_VERB = re.compile(r"完成|实现|累计|共计|建成|新增|带动|吸纳|拉动|达到|享受")
# 设立1亿元企业应急周转资金: an amount set aside or spent is a quantity, never a size class
ALLOCATION_BEFORE = re.compile(r"(?:设立|设置|安排|投入|筹集|下达|拨付|发放|兑现|落实|争取|统筹|新增)\s*$")
POLICY_BEFORE = re.compile(r"(?:环境|政策|措施|举措|意见|办法|”|\")$")
FRAME_HEAD = re.compile(r"基础上|前提下|情况下|背景下|同时|过程中")  # …的基础上: the words frame the next clause
DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")
_CODED = re.compile(r"\d+[A-Za-z]+[\u4e00-\u9fff]")  # 4A级, 5G基站: a class or a code, no figure
CAPACITY_BEFORE = re.compile(r"(?:年产|产能|设计产能|年产能|年处理|装机)\s*$")
# 淘汰落后水泥产能240万吨, 化解过剩产能69万吨, 新增煤炭产能350万吨: capacity cut or added is the result
CAPACITY_CHANGED = re.compile(
    r"(?:淘汰|化解|压减|压缩|削减|退出|关停|关闭|去除|新增|形成|释放|置换)[^,，;；。]{0,24}?产能\s*$"  # (…150万吨、落后炼铁产能)
)


CLAUSE_MARK = re.compile(r"[,，;；。:：!?！？]")
SPAN_OF_YEARS = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})年(?:来|间|内)?")
TIME_ONLY = re.compile(r"(?:年度|全年|当年|今年|本年|年内)")
# 规模以上港口|完成|货物吞吐量: a measure a body or sector did (facts._doer)
DOER_MEASURE = re.compile(
    "(?:" + "|".join(sorted(GENERIC_HEADS | set(vocab.words("doer_measures")), key=len, reverse=True)) + ")$"
)
DOER_VERB = re.compile(r"(?:实现|完成)$")
# a ranking's anaphor of the figure before (…162家，总数居全国第7位; …面积…，规模保持全国第一)
RANK_TOTALS = frozenset({"总数", "总量", "规模"})
DOER_LIST = re.compile(r"[、和及与]|分别|占")
# a place or zone before the verb is most often the reporting body (银川经开区|实现|工业总产值), whose
# figures the annotated reports name bare
DOER_PLACE = re.compile(r"(?:区|市|县|省|州|旗|镇|乡|盟)$")
DOER_NAME = re.compile(r"[\u4e00-\u9fff“”（）()]+")
# what ends a clause's words when they are no body: a commitment, an adverb, a modal, a total
DOER_NOT = re.compile(r"(?:要|确保|力争|争取|努力|累计|共|超额|全力|已|将|预计|计划|再|又|均|都|可|能|基本|全部|顺利|如期|提前|首次)$")
# a future verb between a name and its figure (人均储蓄|将达到|6万元); 计划 there is often a noun
# (招生计划, 超计划), so only these count
FUTURE_BETWEEN = re.compile(r"(?:将|要)(?:达到|达|突破|超过|实现|完成|增长|提高|保持|控制在|新增)")
LATIN_RUN = re.compile(r"[A-Za-z]+")  # the letters after a digit: a class (5G) or a unit (8GW)

# 一季度, 1-10月, 上半年: a part of the year (a frame of the figures after it only when it opens its clause)
PART_OF_YEAR = re.compile(r"季度|\d月|半年")
# 新增移动电话用户, 农业用水增长, 从业人员(比上年末增加): a flow over the year (what it added, how
# it grew), which a point of the year (年末) does not date
YEAR_FLOW_NAME = re.compile(
    r"^(?:新增|新建|新开工|新登记|新认定|新培育|新发放|净增)|(?:增长|下降|上涨|下跌|增速|增幅|降幅)\)?$|(?:增加|减少)\)$"
)
# 人均可支配收入, 消费支出, 牛奶产量, 利润: what a year earns, spends or makes, never a stock at its end
# (“十二五”末，…零售总额达到6424亿元: a plan's end is its last year, and dates them)
YEAR_EARNINGS_NAME = re.compile(r"(?:收入|支出|产量|增加值|生产总值|零售总?额|利润(?:总额)?|招生|毕业生)$")
# 年末, 1995年底, 年初: a point of the year, not a part of it
POINT_IN_YEAR = re.compile(r"[末底初]")
# 按可比价格计算增长6.5%, 同口径增长13%: the basis on which a growth rate is reckoned, no name of its own
PRICE_BASIS = re.compile(
    r"^\s*[（(]?(?:(?:按|以)(?:可比价格|可比价|可比口径|同口径|不变价格|不变价)(?:计算|计)?|同口径|可比口径)[）)]?"
)

@dataclass
class _Built:
    fact: Fact
    mention: NumberMention
    sentence: tuple[int, int]
    metric: Spans  # where the metric's words stand, so it is always quoted in the user's script
    derived: Spans = ()  # the derivation in brackets: 总人口(比上年末增加)
    source: Spans = ()  # the spans as cut from the clause, before shaping


class FactBuilder:
    def __init__(self, doc: Document, seg: Segments, modes: Modes) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.seg = seg
        self.tables = TableReader(doc.norm)
        self.modes = modes
        self.built: list[_Built] = []
        self._boundary = 0  # end of the last mention that separates metrics
        self._growth_queue: list[tuple[_Built, bool]] = []
        self._respective: list[_Built] = []  # hosts still owed a qualified rate (年均分别增长x%和y%)
        self._title_period = _title_period(doc, seg)
        self._definitions: dict[tuple[int, int], bool] = {}
        self._opens_targets: dict[tuple[int, int], bool] = {}
        self._done_sentences: dict[tuple[int, int], bool] = {}
        self._notes_start = _notes_start(doc)
        self._line_cells: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]] | None] | None] = {}
        self._quota_dropped = -1  # where the last figure named by a target alone ended (比计划目标3000亿元|超过…)
        self._quota_base = self._quota_base_end = -1  # the words of that comparison (比“十五”计划目标)
        # per-sentence and per-position answers the figures of one sentence share (this report only)
        self._leads: dict[int, bool] = {}
        self._frames_before: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._openings: dict[tuple[int, int], tuple[int, str] | None] = {}
        self._framing: dict[tuple[int, int], list] = {}
        self._year_scans: dict[int, tuple[int, list[tuple[int, int]], list[int]]] = {}
        self._titles: dict[int, tuple[int, int] | None] = {}
        self._captions: dict[int, str | None] = {}

    @property
    def facts(self) -> list[Fact]:
        return [b.fact for b in self.built]

    # entry point
    def add(self, m: NumberMention) -> None:
        norm = self.norm
        line_start = self.seg.line(m.start)[0]
        if NOTE_LINE.match(norm, line_start):
            return  # [14]规模以上服务业包括…50人及以上: a note defines terms, it reports nothing
        if self._notes_start <= m.start and not DATED_NOTE.match(norm, line_start):
            # ⑥省“616”对口帮扶：由1位省委…每年至少办成6件实事 in the notes: an entry explaining a term
            # or programme; only a note going on with the year's figures ([6]2016年年末，…) reports
            return
        sentence = self.seg.sentence(m.start)
        s_start = sentence[0]
        if self._is_definition(sentence):
            return  # 西部地区是指内蒙古…12省（区、市）: a definition, not a figure of the year
        after = norm[m.end : m.end + 12]
        if m.family == "count" and prose.ranking_pool(norm, m.start, m.end):
            return  # 在全国36个重点城市排名第一: the pool ranked in, not a figure (no boundary either)
        if self._is_size_class(m, after):
            return  # 亿元项目, 50亿级企业: a class of things, not a quantity (no boundary either)
        high_end = self._range_high_end(m) if m.range_high is not None else None
        if high_end is not None and self._is_size_class(m.model_copy(update={"end": high_end}), norm[high_end : high_end + 12]):
            return  # 30-50亿元项目2个: the low end of a class's band is the class too
        boundary = self._boundary
        self._boundary = m.end
        if m.family == "none" and m.value == 1 and self._ratio_base(m):
            return  # 城乡居民收入比由3:1缩小至2.5:1: the 1 is the base the ratio is of, no figure
        if m.family == "rank":
            self._add_rank(m, boundary)
            return
        if self._add_table_cell(m):
            return
        if nonfigures.names_nothing(norm, m, s_start):
            return  # 打造一座…城市, 110、210国道, 收入10万元以上的村: no figure (nonfigures.py)
        if CAPACITY_BEFORE.search(norm[max(0, m.start - 4) : m.start]) and not CAPACITY_CHANGED.search(
            norm, self.seg.clause(m.start)[0], m.start
        ):
            return  # 年产1万吨: a plant's capacity, not a result or target
        if m.family == "count" and SCOPE_AFTER.match(after):
            return  # 全省63个县市区: the comparison scope
        if m.family in ("count", "none") and self._is_pool(m):
            return  # 在统计的500个样本中，…: the pool, not a figure of the year
        if m.unit in ("条", "條") and POLICY_BEFORE.search(norm[max(0, m.start - 4) : m.start]):
            return  # 营商环境66条: the name of a policy package
        if m.family == "percent" and norm[m.start - 1 : m.start] in ("后", "前"):
            return  # 后10%: a threshold in a rule
        if m.family == "percent" and m.value_text == "持平":
            # 一般公共预算收入13.2亿元，同比持平: growth 0 of the figure before, never a fact alone
            host = self._host_in_sentence(m, growth=True)
            if host is not None:
                host.fact.growth_pct = 0.0
                self._extend(host, m.end)
            return
        if (m.family == "percent" or m.unit == "倍") and self._attach_growth(m, boundary):
            return
        self._add_value(m, boundary)

    # filters
    def _is_definition(self, sentence: tuple[int, int]) -> bool:
        """The sentence defines terms (是指, 统计口径为): asked once per sentence, not per figure."""
        found = self._definitions.get(sentence)
        if found is None:
            found = self._definitions[sentence] = bool(DEFINITION.search(self.norm, *sentence))
        return found

    def _is_size_class(self, m: NumberMention, after: str) -> bool:
        if ALLOCATION_BEFORE.search(self.norm, max(0, m.start - 4), m.start):
            return False
        bound = m.end - len(m.qualifier) if m.qualifier and m.qualifier.endswith(("以上", "以下")) else m.end
        if prose.threshold_class(self.norm, bound, m.family, m.unit):
            return True  # 2000平方米以上的书店, 20户以上自然村, 9万吨以下小煤矿: the bound of a class
        if after.startswith("级") and m.family not in ("percent", "rank"):
            return True  # 30万吨级码头, 5000万元级: a class of things
        if m.family == "mass" and prose.VESSEL_CLASS.match(after):
            return True  # 3000吨航道, 5000吨泊位: the tonnage of ships a waterway takes
        if m.family in {"currency_cny", "currency_usd"} or (m.family == "none" and m.multiplier > 1):
            if SIZE_CLASS_AFTER.match(after) or after.startswith("级"):
                return True
            if THRESHOLD_NOUN.match(after) or THRESHOLD_NOUN.match(self.norm, m.end - 2, m.end + 8):
                return True  # 实际利用省外2000万元以上资金增长8%: the amount names a class of funds
            if re.match(r"^、(?:\d+(?:\.\d+)?)?(?:亿|万)?元", after) and prose.SIZE_CLASS_LIST.match(self.norm, m.end):
                return True  # 5亿元、亿元、规上企业: an enumeration of size classes (500亿元、40亿元 is no class)
            if SIZE_CLASS_COUNTED.match(self.norm, m.end, m.end + 24):
                return True  # 3至5亿元的配套项目10个: the amount classes the projects being counted
        return False

    def _is_pool(self, m: NumberMention) -> bool:
        at = m.end - len(m.unit or "")
        found = POOL_AFTER.match(self.norm[at : m.end + 14])
        if not found:
            return False
        clause_start, clause_end = self.seg.clause(m.start)
        if at + found.end() == clause_end and self.norm[clause_end : clause_end + 1] in ",，:：":
            # 监测的339个城市中，达标城市占… / 七大水系的408个断面中，…: the count and its 中 are
            # the whole clause, so the clause only names the pool the next one's share is of
            # (计划实施的80个项目中，已开工62个 counts the plan too: it stays a fact)
            share = POOL_SHARE.search(self.norm, clause_end + 1, self.seg.sentence(m.start)[1]) or POOL_MEMBERS.match(
                self.norm, clause_end + 1
            )
            if share is not None and not DIGIT_RUN.search(self.norm, clause_start, m.start):
                return True
        return bool(POOL_BEFORE.search(self.norm, max(0, clause_start - 1), m.start))

    # growth rates
    def _attach_growth(self, m: NumberMention, boundary: int) -> bool:
        clause_start, clause_end = self.seg.clause(m.start)
        if (bracketed := verify_vocab.GROWTH_BRACKETED.search(self.norm, max(0, m.start - 16), m.start)) is not None:
            clause_start = max(self.seg.clause(bracketed.start())[0], bracketed.start())  # 增长（同比，下同）9%
            pre = bracketed.group("word")
        else:
            pre = self.norm[max(clause_start, boundary) : m.start].strip().replace("\n", "")  # 比上\n年增长: wrapped
        pre = verify_vocab.FOOTNOTE_END.sub("", pre)  # 比上年下降[49]17.2%: the note mark is no word
        rate = growth_rate(m) or 0.0  # 增长1.5倍: a growth of 150%
        if self._growth_queue and pre in CONJUNCTIONS:
            host, negative = self._growth_queue.pop(0)  # …分别增长6.5%和7.8%: the next one
            host.fact.growth_pct = -rate if negative else rate
            self._extend(host, m.end)
            return True
        minus = pre.endswith(("-", "−"))  # 同比增长-3.5%: a decline written with a sign
        if minus:
            pre = pre[:-1]
        cue = GROWTH_CUE.search(pre)
        if cue is None:
            return False
        prefix = PRICE_BASIS.sub("", pre[: cue.start()]).strip(" 、,，")  # 按可比价格计算增长: the same growth
        real = m.family == "percent" and verify_vocab.REAL_RATE.fullmatch(prefix) is not None
        if m.family == "percent" and (base := YEAR_BEFORE_BASE.fullmatch(prefix)) and self._host_of_year(m, int(base.group(1)) + 1):
            prefix = ""  # 1993年…工农业总产值167.2亿元，比1992年增长14.6%: the year before's base is year-on-year
        if real:
            # 农村居民人均纯收入2160元，实际增长4.3%: a real rate the only rate of the figure is its growth
            # (…增长10.6%，扣除价格因素，实际增长8.3%: beside a nominal one it stays a fact of its own)
            prefix = ""
        if prefix not in ("", "分别"):
            return False  # the clause names its own metric: a standalone growth fact
        negative = (cue.group("verb") in NEGATIVE_GROWTH) != minus
        if m.family != "percent" and (negative or cue.group("verb") not in GROWTH_BY_MULTIPLE):
            return False  # 下降1倍, 增幅2倍: no growth a multiple states
        listed = prefix == "分别" or self.norm[m.end : m.end + 1] in ("、", "和", "及", "与")  # (a rate list follows)
        more = len(re.findall(r"(?:和|、|及|与)\d+(?:\.\d+)?(?:%|倍)", self.norm[m.end : clause_end])) if listed else 0
        if prefix == "" and more and (real or "分别" in self.norm[self.seg.sentence(m.start)[0] : clause_start]):
            # 收入分别达到A、B，增长x%、y%: the list of rates follows the 分别 list of figures
            # (…收入A元，…收入B元，实际增长x%和y%: a list of real rates is one too)
            prefix = "分别"
        if prefix == "分别":
            # 收入分别达到A和B，分别增长x%和y%: growth rates go to the figures in order
            hosts = self._hosts_without_growth(m, more + 1)
            if not hosts:
                return False
            self._growth_queue = [(h, negative) for h in hosts[1:]]
            host = hosts[0]
        else:
            host = self._host_in_sentence(m, growth=True)
            if host is None or (m.family != "percent" and host.mention.unit == m.unit):
                return False
        host.fact.growth_pct = -rate if negative else rate
        self._extend(host, m.end)
        return True

    def _host_of_year(self, m: NumberMention, year: int) -> bool:
        """The figure a rate after it would take is dated that year (its period names it)."""
        host = self._host_in_sentence(m, growth=True)
        return host is not None and host.fact.period is not None and host.fact.period.startswith(str(year))

    def _hosts_without_growth(self, m: NumberMention, count: int) -> list[_Built]:
        sentence = self.seg.sentence(m.start)
        hosts = [
            b
            for b in self.built
            if b.sentence == sentence and b.fact.growth_pct is None and b.mention.family != "percent"
        ]
        return hosts[-count:] if len(hosts) >= count else []

    def _last_of_kind(self, m: NumberMention) -> _Built | None:
        """The sentence's last figure of m's family named by words of its own (年均增长33.5%，比…
        计划目标920亿元超额1373亿元: the 2293亿元 before the rate)."""
        sentence = self.seg.sentence(m.start)
        for built in reversed(self.built):
            if built.sentence != sentence:
                return None
            if built.mention.family == m.family and not built.derived:
                return built
        return None

    def _host_in_sentence(self, m: NumberMention, *, growth: bool = False) -> _Built | None:
        sentence = self.seg.sentence(m.start)
        for built in reversed(self.built):
            if built.sentence != sentence:
                return None
            if built.mention.family == "percentage_points":
                continue
            if ellipsis.in_bracket_part(self.norm, built.mention.start, built.mention.end, m.start):
                continue  # …35268万辆（包括…694万辆），比上年末增加…: the total outside the bracket
            if growth and built.derived and built.fact.growth_pct is None:
                continue  # 比上年末增加3.0万人，增长0.31%: the rate is of the total, not of the change
            if growth and (built.fact.growth_pct is not None or built.mention.family == "percent"):
                return None
            return built
        return None

    def _extend(self, built: _Built, end: int) -> None:
        start = built.fact.evidence.start
        built.fact.evidence = Evidence(quote=self.doc.text[start:end], start=start, end=end)

    # tables
    def _add_table_cell(self, m: NumberMention) -> bool:
        """A figure in a flattened table row: the row's first cell is the metric, the column
        header says whether the cell is a growth rate (同比增长%) and gives its period (1-9月)."""
        cells = self._table_cells(m.start)
        if cells is None:
            return False
        row, header = cells
        col = next((i for i, (a, b) in enumerate(row) if a <= m.start < b), None)
        if col is None:
            return False
        if col == 0:
            # | 其中：90平方米及以下 | 亿元 | 20335 |: a figure inside the name cell is part of the name
            return header is not None and any(self._value_column(c) for c in header[1:])
        first_col = name_column(self.norm, row, header, col)
        if first_col == col:
            return True  # the name cell of a second panel (| 行业 | … | 行业 | …): it names, it counts nothing
        named = column_header(header, col)
        name = self.norm[named[0] : named[1]] if named else ""
        first = row[first_col]
        if GROWTH_COLUMN.search(name) and m.family in ("percent", "none"):
            host = next((b for b in reversed(self.built) if b.fact.evidence.start >= first[0]), None)
            if host is not None and m.family == "percent":
                sign = self.norm[first[0] : m.start].rstrip()[-1:]
                host.fact.growth_pct = -m.value if sign in "-−" else m.value
                self._extend(host, m.end)
                return True
            if m.family == "none":
                return True  # | 水 泥 | 亿吨 | 24.1 | 2.3 |: a bare figure in a growth column is no amount
        metric, metric_start = self._row_words(first)
        if not metric:
            return True  # a row without a name: nothing says what the figure measures
        spans = tables.row_name(self.norm, metric_start, metric_start + len(metric))
        derived = self._column_name(row, header, col) if header else ()
        if derived:
            derived = self._flow_of_title(m.start, derived)
        if named and m.family == "percent" and GROWTH_COLUMN.search(name):
            # | 行业 | 比上年增长（%） | over | 金融业 | 7.2 |: a rate with no amount before it is the
            # change of the title's subject for the row's item, never an amount of the item
            derived = self._growth_name(m.start, named, compact(metric) in tables.TOTAL_ROW)
        title = self._table_title(m.start) if derived and m.family == "percent" else None
        if title is not None:
            # 表 …价格比上年涨跌幅度 over 全国/城市/农村 columns: each cell is the item's change
            spans += tables.title_measure(self.norm, title, compact(metric))
        elif header and not derived and m.family != "percent" and compact(metric) not in tables.TOTAL_ROW:
            own = text_of(self.norm, spans)
            parent, measured = self._measure_row_above(m.start, row, header, own)
            if parent:
                derived = parent  # | 货物出口额 | over | 其中：机电产品 |: 机电产品(货物出口额)
            elif not measured:
                head = self._title_head(m.start, own, header)
                spans += head
                if not head:
                    measure = self._table_measure(m.start, own, header)
                    if text_of(self.norm, measure) in GENERIC_HEADS:
                        spans += measure  # | 产量 | over | 水 泥 |: 水泥产量, as the title's head would
                    else:
                        derived = measure
        if compact(metric) in tables.TOTAL_ROW and m.unit:  # no unit: its cells may not line up
            heading = () if not named or PERIOD_RE.fullmatch(name.strip()) else tables.name_spans(self.norm, *named)
            spans, derived = self._total_row(m, spans, derived, heading)
        if not self._append(m, metric=spans, metric_start=metric_start, end=m.end, derived=derived):
            return True
        fact = self.built[-1].fact
        if name and PERIOD_RE.fullmatch(name.strip()):
            fact.period = self.doc.text[named[0] : named[1]].strip()  # type: ignore[index]
        elif fact.period is None:
            fact.period = self._caption_period(m.start)  # 2023年1-11月…利润 above the table
        word = TARGET_COLUMN.search(name)
        if word and isinstance(fact, Achievement):
            # 全年目标 column: a target, committed to by the header's own word, for its period
            h_start = named[0]  # type: ignore[index]
            data = fact.model_dump()
            year = re.search(r"全年|年度|20\d{2}年", name)
            data["period"] = self.doc.text[h_start + year.start() : h_start + year.end()] if year else None
            commitment = self.doc.text[h_start + word.start() : h_start + word.end()]
            self.built[-1].fact = Target(**data, commitment=commitment)
        return True

    def _flow_of_title(self, pos: int, column: Spans) -> Spans:
        """钢材(出口数量) under 表8 …主要商品出口数量、金额及其增长速度 and | 数量 | 金额 |: the title
        says which flow the columns measure (the import table names the same goods); a column
        naming its flow itself (出口额, 占全部出口比重) is kept as it is."""
        words = text_of(self.norm, column)
        title = self._table_title(pos)
        if title is None or any(flow in words for flow in _FLOWS):
            return column
        found = [f for f in _FLOW_IN_TITLE.finditer(self.norm, *title)]
        if len({f.group() for f in found}) != 1:
            return column  # 进出口, or both flows: the title does not say one
        return ((found[0].start(), found[0].end()), *column)

    def _table_measure(self, pos: int, name: str, header: list[tuple[int, int]]) -> Spans:
        """制造业(固定资产投资) under 表4 …分行业固定资产投资(不含农户)及其增长速度 and | 投资额 |:
        an item row's measure is the title's subject when that names a measure, else the one
        value column's name when it does (| 专利数(万件) |); 绝对数, 年末数 name none."""
        values = [cell for cell in header[1:] if self._value_column(cell)]
        if len(values) != 1 or len(name) < 2 or tables.names_measure(name):
            return ()
        title = self._table_title(pos)
        subject = tables.title_subject(self.norm, title) if title is not None else None
        if subject is not None:
            spans = tables.name_spans(self.norm, *subject)
            words = text_of(self.norm, spans)
            head = next((h for h in _ITEM_HEADS if words.endswith(h)), None)
            if head is not None and spans:
                return ((spans[-1][1] - len(head), spans[-1][1]),)  # 主要农产品产量如下： -> 粮食产量
            if tables.names_measure(words) or any(words.endswith(h) for h in GENERIC_HEADS):
                return spans
        spans = tables.name_spans(self.norm, *values[0])
        words = text_of(self.norm, spans)
        if tables.names_measure(words) and words not in tables.NO_MEASURE_COLUMNS:
            return spans
        return ()

    def _growth_name(self, pos: int, named: tuple[int, int], total: bool) -> Spans:
        """固定资产投资比上年增长 for a growth cell of its own: the title's subject (without its
        bracketed scope) and the column's words; a 总计 row takes the subject as its name already."""
        column = tables.name_spans(self.norm, *named)
        title = self._table_title(pos)
        subject = tables.title_subject(self.norm, title) if title is not None and not total else None
        if subject is None:
            return column
        return (*tables.name_spans(self.norm, *subject), *column)

    def _row_words(self, cell: tuple[int, int]) -> tuple[str, int]:
        """The words of a row's name cell and where they start (tidied as a metric is)."""
        name_end = cell[1]
        unit_in_name = re.search(r"[(（][^()（）]{1,6}[)）]\s*$", self.norm[cell[0] : cell[1]])
        if unit_in_name:
            name_end = cell[0] + unit_in_name.start()  # 规上工业总产值（亿元）: the unit is not the name
        metric, start = tidy_metric(self.norm, cell[0], name_end)
        de = self.norm.rfind("的", cell[0], start)
        if metric and de >= 0 and de == start - 1:
            # | 电力、燃气及水的生产和供应业 |, | 初级形状的塑料 |: a cell is its whole name, no 的-phrase
            # to cut (prose keeps the head after 的, a row name keeps what it says)
            lead, lead_start = tidy_metric(self.norm, cell[0], de)
            if lead and lead_start + len(lead) == de:
                return self.norm[lead_start : start + len(metric)], lead_start
        return metric, start

    def _title_head(self, pos: int, name: str, header: list[tuple[int, int]]) -> Spans:
        """产量 from 表3 …主要产品产量及其增长速度 for a row naming only its item (纱), when the
        table's one value column is headed by that same word (| 产量 |), unless a row above names
        a measure of its own (| 发电量 | over | 火电 |: the rows are items of that row)."""
        title = self._table_title(pos)
        values = [cell for cell in header[1:] if self._value_column(cell)]
        # 一九八二年 | 一九八二年比一九八一年增长％: the value column is named by its year only
        by_year = not values and any(PERIOD_RE.fullmatch(self.norm[a:b].strip()) for a, b in header[1:])
        if title is None or (len(values) != 1 and not by_year):
            return ()  # | 出口额 | 进口额 |: which head a cell takes is the column's to say
        head = tables.title_head(self.norm, title, name)
        if not head:
            return ()
        column = text_of(self.norm, tables.name_spans(self.norm, *values[0])) if values else ""
        if values and not column.endswith(self.norm[head[0][0] : head[0][1]]):
            return ()
        return head

    def _measure_row_above(
        self, pos: int, row: list[tuple[int, int]], header: list[tuple[int, int]], name: str
    ) -> tuple[Spans, bool]:
        """The name of the row above whose item this row is (| 货物出口额 | over | 其中：一般贸易 |
        and | 加工贸易 |; | 旅客运输周转量 | over | 铁路 |), and whether a measure row in this
        row's unit stands above it at all (then the title's head noun is not this row's).

        An item row (a name without a measure word of its own) belongs to the nearest measure row
        above it in the same unit when the group was opened by 其中 (the row itself or an item
        row between them), or when that row is a quantity (…总量, …周转量, 发电量) its items
        follow; a row in another unit (| 一次能源生产总量 | 亿吨标准煤 | over | 原煤 | 亿吨 |)
        ends the search: the rows are not its items."""
        if tables.names_measure(name):
            return (), False
        unit_col = next(
            (i for i, (a, b) in enumerate(header) if "".join(self.norm[a:b].split()) in ("单位", "计量单位")), None
        )
        name_col = 0 if len(header) == len(row) else -1  # | 单位 | over a unit written in the name cell

        def unit(cells: list[tuple[int, int]]) -> str | None:
            if unit_col is not None and unit_col < len(cells) and unit_col != name_col:
                a, b = cells[unit_col]
                return "".join(self.norm[a:b].split())
            # - 原 煤 亿吨 27.93 4.1: a space-aligned row writes its unit after its name
            words = self.norm[cells[0][0] : cells[0][1]].split()
            tail = "".join(words[-2:]) if len(words) > 2 and words[-2] in ("亿", "万") else words[-1] if words else ""
            if tail in UNITS:
                return tail
            for a, b in cells[1:]:  # 生铁 3，551 万吨 3．9: or after its figure
                word = re.sub(r"[\d.,，．%\s-]+", "", self.norm[a:b])
                if word in UNITS:
                    return word
            return None

        def base(cells: list[tuple[int, int]]) -> str | None:
            # | 货物运输总量 | 亿吨 | over | 民航 | 万吨 |: one unit at another magnitude
            found = unit(cells)
            return found.lstrip("亿万千百") or found if found else found

        own_unit = base(row)
        # 其中： opens the group at the row itself only when the measure row is just above it
        # (| 新建公路 | over | 其中：高速公路 |: its group is 新建公路's, which names no measure)
        own_opens = tables.opens_items(self.norm[row[0][0] : row[0][1]])
        chain_opened, chain = False, 0
        for above in self.tables.rows_above(pos):
            if len(above) < 2 or above is header or above[0] == header[0]:
                break
            if base(above) != own_unit:
                return (), False  # | 22万伏及以上变电设备 | 万千伏安 | over | 新建铁路投产里程 | 公里 |
            text, start = self._row_words(above[0])
            spans = tables.row_name(self.norm, start, start + len(text)) if text else ()
            words = text_of(self.norm, spans)
            if tables.names_measure(words):
                if words.endswith("量") or chain_opened or (own_opens and not chain):
                    return shape.drop_footnotes(self.norm, spans), True
                return (), True
            chain += 1
            chain_opened = chain_opened or tables.opens_items(self.norm[above[0][0] : above[0][1]])
        return (), False

    def _caption_period(self, pos: int) -> str | None:
        """The period the table's caption states (表1 2018年年末人口数…, 2023年1-11月…利润, a 注
        line): a row's figure is of that period, as a prose figure is of its sentence's (the
        caption depends on the row's line alone: read once per line, not once per figure)."""
        line_start = self.tables.line(pos)[0]
        if line_start not in self._captions:
            self._captions[line_start] = next(
                (found[-1].text for a, b in self.tables.caption_lines(pos) if (found := self.seg.periods_between(a, b))),
                None,
            )
        return self._captions[line_start]

    def _table_title(self, pos: int) -> tuple[int, int] | None:
        """The title of the table holding `pos` (it depends on the row's line alone: read once per line)."""
        line_start = self.tables.line(pos)[0]
        if line_start not in self._titles:
            self._titles[line_start] = self.tables.title(pos)
        return self._titles[line_start]

    def _total_row(self, m: NumberMention, row: Spans, column: Spans, heading: Spans = ()) -> tuple[Spans, Spans]:
        """| 总计 | 69541 |: the table's subject is the metric (粮食产量(总计)); the row's word, and
        the column's name when the row holds several kinds of values (外商直接投资额(总计企业数)),
        say which figure of it. Without a title the column's own name is the subject
        (| 类别 | 完成投资（亿元） | over | 合计 | 200.7 |: 完成投资(合计)); without either the bare
        word stays (the verifier rejects it)."""
        title = self._table_title(m.start)
        subject = tables.title_subject(self.norm, title) if title is not None else None
        if subject is None:
            if heading and not column:
                return heading, row
            return row, column
        return (subject,), (*row, *column)

    def _column_name(self, row: list[tuple[int, int]], header: list[tuple[int, int]], col: int) -> Spans:
        """出口额<br>（亿元） -> 出口额: the column's name when a row holds several kinds of
        values (年末数 and 比重, 出口额 and 进口额), so each figure says which one it is. Growth,
        unit, period and target columns are read by their own rules and name nothing here."""
        if len(row) != len(header):
            return ()  # empty cells dropped on one side: the columns do not line up
        values = [i for i in range(1, len(header)) if self._value_column(header[i])]
        if col not in values or (len(values) < 2 and not self._measure_and_growth(row, header)):
            return ()
        a, b = header[col]
        return tables.name_spans(self.norm, a, b)

    def _measure_and_growth(self, row: list[tuple[int, int]], header: list[tuple[int, int]]) -> bool:
        """- 指 标 利润总额 比上年同期增长%: a list-style or space-aligned row (its Markdown list
        mark masked or not) under a header naming one measure column and one growth column; the
        words 指标 stand where a name column would, so the measure column's name is the only
        thing that says what the amount is."""
        line_start = self.norm.rfind("\n", 0, row[0][0]) + 1
        if self.doc.text[line_start : row[0][0]].strip() not in ("", "-", "*", "－"):
            return False  # a pipe row (| 地区 | 年末数 | 增长 |, its bars masked in norm) is not one
        head_start = self.norm.rfind("\n", 0, header[0][0]) + 1
        head_end = self.norm.find("\n", header[-1][1])
        if "单位" in "".join(self.norm[head_start : head_end if head_end >= 0 else len(self.norm)].split()):
            return False  # - 品种 单 位 产 量 比上年增长%: each row is its own product in its own unit
        names = [self.norm[a:b] for a, b in header[1:]]
        if len(names) != 2 or sum(bool(GROWTH_COLUMN.search(n)) for n in names) != 1:
            return False
        measure = compact(next(n for n in names if not GROWTH_COLUMN.search(n)))
        # 利润总额, 投资额: a measure's name; 绝对数, 年末数, 一九八二年比 name no measure
        return measure.endswith("额") or any(measure.endswith(h) for h in GENERIC_HEADS)

    def _value_column(self, cell: tuple[int, int]) -> bool:
        name = self.norm[cell[0] : cell[1]].strip()
        return bool(name) and not (
            GROWTH_COLUMN.search(name)
            or TARGET_COLUMN.search(name)
            or PERIOD_RE.fullmatch(name)
            or "".join(name.split()).startswith("单位")  # 单 位: a padded header word
        )

    def _table_cells(self, pos: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]] | None] | None:
        """Cell spans of the table row holding `pos` and of the row (or words) naming its columns
        (both depend on the line alone: read once per line, not once per figure on it)."""
        (start, end), row = self.tables.row(pos)
        if start in self._line_cells:
            return self._line_cells[start]
        found = None if len(row) < 2 or not self.tables.is_table_row(start, end) else (row, self.tables.header(pos))
        self._line_cells[start] = found
        return found

    # rankings
    def _add_rank(self, m: NumberMention, boundary: int) -> None:
        clause_start = self.seg.clause(m.start)[0]
        host = self._host_in_sentence(m)
        pre_start = max(clause_start, boundary)
        pre = self.norm[pre_start : m.start]
        if pre == "、" and self.built and self.built[-1].mention.family == "rank" and self._run_after(
            self.built[-1].mention.end, m
        ) is not None:
            return  # 排位分别是第六位、第五位 after a ranking of its own: nothing named to give it to
        if host is not None and host.mention.family == "rank":
            host = None  # two rankings in a row (开发园区第一、县市区第一方阵): each is its own fact
        own_spans, own_start, scope_note = self._rank_metric(m, pre_start)
        own = text_of(self.norm, own_spans)
        if own in RANK_TOTALS and host is not None and host.fact.rank is None:
            flow = ellipsis.FLOW_PREFIX.match(text_of(self.norm, host.metric))
            if flow is not None and not host.derived:
                # 新增…“小巨人”企业162家，总数居全国第7位: the ranking is of the total, not of the
                # addition; named after the things counted, with the anaphor's word
                chars = [i for a, b in host.metric for i in range(a, b)][flow.end() :]
                self._append(m, metric=runs(chars) + own_spans, metric_start=own_start, end=m.end, note=scope_note)
                return
            own = ""  # 保护性耕作面积达到…，规模保持全国第一: the host's own ranking
        if own in ("均", "都", "皆") and host is not None and self._share_rank(m, pre_start):
            return  # 完成金融业增加值831亿元…，实现税收收入144亿元，均居全省首位: each figure's ranking
        names_own_metric = bool(own) and not own.startswith(ANAPHORA)
        if host is not None and host.fact.rank is None and not names_own_metric:
            host.fact.rank = self.doc.text[pre_start : m.end].strip(" ,，、")  # from the trigger, not the host
            self._extend(host, m.end)
            return
        if host is not None and host.fact.rank is not None and not names_own_metric and pre.strip(" ,，、") == "":
            self._distribute_ranks(m, host)  # 分别增长a%、b%，增速列全省第二、第三位: in order
            return
        spans, metric_start = own_spans, own_start
        if not spans:
            scope_note = ""
            previous = self._last_in_sentence(m)
            if previous is None:
                return  # a ranking of nothing named
            spans, metric_start = previous.metric, m.start
        self._append(m, metric=spans, metric_start=metric_start, end=m.end, note=scope_note)

    def _share_rank(self, m: NumberMention, pre_start: int) -> bool:
        """均居全省首位 after the figures of its sentence (back to a ；): the ranking is every one's;
        given to those with none, True when some took it."""
        sentence = self.seg.sentence(m.start)
        stop = max(self.norm.rfind("；", sentence[0], m.start), self.norm.rfind(";", sentence[0], m.start))
        rank = self.doc.text[pre_start : m.end].strip(" ,，、").lstrip("均都皆")  # 均|居全省首位: each ranks so
        given = False
        for built in reversed(self.built):
            if built.sentence != sentence or built.mention.start < stop:
                break
            if built.mention.family != "rank" and built.fact.rank is None:
                built.fact.rank = rank
                self._extend(built, m.end)  # the quote holds the ranking it reads
                given = True
        return given

    def _distribute_ranks(self, m: NumberMention, host: _Built) -> None:
        """利用外资、引进内资分别增长25.8%、7.8%，增速列全省第二、第三位: the k-th ranking of a run
        joined by 、 is the k-th figure's of a list joined by 、/和 (分别 in the sentence). At the run's
        last ranking its rankings are read back from the host's (no state kept between them); they
        move to their places only when the list has exactly as many figures, else the first stays
        where it is and the others name nothing."""
        norm = self.norm
        if RANK_CHAIN.match(norm, m.end) or shape.RESPECTIVELY not in norm[host.sentence[0] : m.start]:
            return  # the run goes on (第一、第三、第五位), or no 分别 says the list is in order
        # the run's later rankings, read back from the host's own (its evidence ends there)
        run = self._run_after(host.fact.evidence.end, m)
        texts = [host.fact.rank or "", *(run or ())]
        listed: list[_Built] = [host]  # the list's figures, last first
        for built in reversed(self.built[:-1]):
            if built.sentence != host.sentence or built.mention.family != host.mention.family or built.fact.rank:
                break
            if norm[built.mention.end : listed[-1].mention.start].strip() not in CONJUNCTIONS:
                break
            listed.append(built)
        if self.built[-1] is not host or len(listed) != len(texts):
            host.fact.rank = None  # 分别增长5%和7.1%，分别居第六、第五、第四位: a run that cannot be placed
            return
        for built, text in zip(reversed(listed), texts, strict=True):
            built.fact.rank = text
            self._extend(built, max(built.fact.evidence.end, m.end))

    def _run_after(self, pos: int, m: NumberMention) -> list[str] | None:
        """The rankings joined by 、 alone to the ranking ending at `pos`, up to `m` (第二、第三、
        第四位: the texts of 第三 and 第四 for m = 第四), or None when `m` is not one of them."""
        texts: list[str] = []
        while pos < m.end:
            chain = RANK_CHAIN.match(self.norm, pos)
            if chain is None or self.norm[chain.start() + 1 : chain.start("ord")].strip(" ,，、"):
                return None
            texts.append(self.doc.text[chain.start("ord") : chain.end("ord")])
            pos = chain.end("ord")
        return texts if pos == m.end else None

    def _rank_metric(self, m: NumberMention, pre_start: int) -> tuple[Spans, int, str]:
        """What a ranking ranks and the bracket note of its scope: 人均期望寿命位居全国城市第一 ->
        (人均期望寿命, 全国城市排名); 在全省…考核中位居第一 -> (…考核, 全省排名)."""
        norm = self.norm
        trigger = RANK_TRIGGER.search(norm, pre_start, m.start)
        words_end = trigger.start() if trigger else m.start
        scope = prose.rank_scope(norm, trigger.start() if trigger else pre_start, m.start)
        if scope is not None and trigger is None:
            words_end = scope[0]  # 测评全国第1: no verb, the scope closes the name
            before_scope = RANK_TRIGGER.search(norm, pre_start, words_end)
            if before_scope is not None:
                words_end = before_scope.start()  # 位居全国重点城市并列第一
        pool = RANK_POOL_FRAME.search(norm, self.seg.clause(m.start)[0], words_end)
        if (
            trigger is not None and pool is not None and pool.end() == words_end and pool.start() <= pre_start + 1
            and (host := self._host_in_sentence(m)) is not None and host.mention.family != "rank"
            and host.mention.end <= pool.start()  # (在全省68家省级开发区…中位居第七: 68家 sizes the pool)
            and norm[m.start - 1 : m.start] not in ("从", "由")  # (排名从第13位提高到第10位: a change of rank)
        ):
            # 国际友城达15个，在省会城市中排名第5位: the pool the figure before is ranked in, no name
            return (), pool.start(), self.doc.text[pool.start(1) : pool.end(1)] + "排名"
        framed = prose.rank_frame(norm, pre_start, words_end) or prose.subject_frame(norm, pre_start, words_end)
        if framed is not None:
            spans, frame_scope = framed
            scope_word = norm[scope[0] : scope[1]] if scope else frame_scope
            return spans, spans[0][0], scope_word + "排名" if scope_word else ""
        words_end = prose.without_rank_filler(norm, pre_start, words_end)  # 吞吐量|连续15年|位居
        metric, start = clean_metric(norm, pre_start, words_end)
        if not metric:
            return (), start, ""
        note = self.doc.text[scope[0] : scope[1]] + "排名" if scope else ""
        return ((start, start + len(metric)),), start, note

    # values
    def _add_value(self, m: NumberMention, boundary: int) -> None:
        norm = self.norm
        clause_start = max(self.seg.clause(m.start)[0], boundary)
        gap = norm[self._quota_dropped : m.start].strip() if clause_start <= self._quota_dropped <= m.start else None
        exceeded = EXCEEDED.fullmatch(norm, self._quota_dropped, m.start) if gap else None
        host = self._last_of_kind(m) if exceeded is not None else None
        if exceeded is not None and host is not None and self._quota_base >= 0:
            # 投资2293亿元，比“十五”计划目标920亿元超额1373亿元: the gap is the host's, over the target
            base = (self._quota_base, self._quota_base_end)
            self._append(m, metric=without_growth_tail(norm, host.metric), metric_start=m.start, end=m.end,
                         derived=(base, exceeded.span(1)))
            return
        if gap is not None and (not gap or shape.is_connector(gap)):
            return  # 比计划目标3000亿元|超过|1070亿元 with no figure before: the gap over a target of nobody
        if norm[m.start - 1 : m.start] == "各" and "、" in norm[clause_start : m.start]:
            self._add_distributive(m, clause_start)
            return
        run = prose.record_run(norm, m.start, m.end, m.unit, self.seg.clause(m.start)[1])
        if run is not None:
            # 14人2队30次创22项世界纪录: who set the records and how often, named by the record
            self._append(m, metric=run, metric_start=m.start, end=run[-1][1])
            return
        if STANDARD_BEFORE.search(norm, clause_start, m.start):
            return  # 按2008年农村贫困标准1196元测算: the standard a figure is measured by
        if STANDARD_OF[0].search(norm, clause_start, m.start) and STANDARD_OF[1].match(norm, m.end):
            return  # 按照年人均收入2300元的扶贫标准: the standard, not a figure of the year
        if m.unit == "倍" and self._add_multiple(m, clause_start):
            return
        if m.family == "count" and self._add_counted_twice(m):
            return
        metric, metric_start = clean_metric(norm, clause_start, m.start)
        dated = prose.DATED_FROM_BEFORE.search(norm, max(clause_start, m.start - 16), m.start)
        if dated is not None:
            # 城市低保标准由2006年的每月|280元: the year's digits cut the name; it stands before 由
            metric, metric_start = clean_metric(norm, clause_start, dated.start())
            metric = "" if metric in ("要", "将", "需") else metric  # …天数，要|由1990年的: no name
        if (start_of_pair := FROM_WORDS_END.search(metric)) is not None:
            metric = metric[: start_of_pair.start()]  # …天数，要由现在的|30%: the from-words name nothing
        if (dated is not None or start_of_pair is not None) and not metric:
            topic = self._pair_topic(clause_start)  # the name clause right before the pair
            if topic is not None:
                metric, metric_start = norm[topic[0] : topic[1]], topic[0]
        joined = prose.JOINED_ITEM.match(metric) if metric_start == boundary else None
        if joined and len(metric) - joined.end() >= 2:
            # 改造危房8000套和危桥315座: 和 right after a figure joins the next item, it names nothing
            metric, metric_start = metric[joined.end() :], metric_start + joined.end()
        purpose = prose.spending_purpose(norm, metric, m.end, self.seg.clause(m.start)[1], m.family)
        if purpose is not None:
            # 投资3亿元改善办学条件: the money is named by its use, the spending words qualify it
            lead = metric_start - 2 if prose.ALLOCATING.search(norm, max(0, metric_start - 2), metric_start) else metric_start
            spent = ((lead, metric_start + len(metric)),)  # 筹集|资金: the verb the cleaner dropped says how
            self._append(m, metric=(purpose,), metric_start=metric_start, end=purpose[1], derived=spent)
            return
        shared = self._shared_figure(m, clause_start)
        if shared is not None:
            for item in shared:  # 生产安全事故起数和死亡人数均下降22%: one fact per subject
                self._append(m, metric=item, metric_start=item[0][0], end=m.end)
            return
        pair_start = self._pair_start(m)
        if pair_start is not None:
            metric = ""  # 由一季度的-5.6%快速回升到二季度的5.8%: the end of a pair is named by its start
        spans: Spans = ((metric_start, metric_start + len(metric)),) if metric else ()
        # 确保增长|14%: a commitment between a name and its growth word (read once, used twice below)
        committed = COMMITTED_GROWTH.search(norm, max(clause_start, m.start - 8), m.start) if m.family == "percent" else None
        if committed is not None and spans and spans[-1][1] <= committed.start():
            spans += (committed.span("verb"),)  # 地区生产总值确保增长14%: the commitment cut the name off its growth word
        own_span = spans  # the words before the figure, whatever the rules below make of them
        if shape.FOOTNOTE.sub("", metric) in GENERIC_HEADS:  # 筹资[56]: a footnote mark is no word
            # 林业实现产值23.90亿元: the subject before the light verb names whose 产值 it is
            verb = LIGHT_VERB_END.search(norm, clause_start, metric_start)
            if verb is not None and tidy_metric(norm, clause_start, verb.start())[0] in trim.LEADS:
                verb = None  # 力争|实现产值: a commitment before the light verb is no subject
            own_subject = False
            if verb is not None:
                subject, subject_start = tidy_metric(norm, clause_start, verb.start())
                long_class = metric_rules.is_long_enterprise_subject(subject)  # …建筑业企业|实现利润
                if len(subject) > 12 and not long_class:  # 投资5000万元以上的工业项目当年|完成投资: the head after 的
                    subject, subject_start = tidy_metric(norm, clause_start, verb.start(), subset=False)
                if 2 <= len(subject) <= 12 or long_class:
                    spans = ((subject_start, subject_start + len(subject)), spans[0])
                    metric_start = subject_start
                own_subject = bool(subject) and not SPAN_OF_YEARS.fullmatch(subject)  # 五年|累计募集资金
            s_start = self.seg.sentence(m.start)[0]
            previous = self._last_in_sentence(m)
            projects = previous is not None and previous.mention.family == "count" and prose.project_subject(
                norm, without_growth_tail(norm, previous.metric), spans
            )  # 实施重点项目120个，完成投资980亿元: the projects' investment (_project_subject)
            if verb is None and previous is None:
                # 纺织服装产业带围绕…，力争产值突破1000亿元: the sentence's topic owns the head (or
                # the topic of the clause right before: 面对…，粮食生产喜获丰收，产量达到…)
                topic = prose.sentence_topic(norm, s_start, clause_start) or prose.near_topic(norm, s_start, clause_start)
            elif not own_subject and not projects and prose.topic_clause(norm, s_start, clause_start):
                # 汽车产业形成多品牌集聚，产量突破300万辆，实现产值4700亿元: a topic clause of no
                # figure names a sector or body whose head it is, across the figures between
                topic = prose.sentence_topic(norm, s_start, clause_start, headed=True)
            else:
                topic = None
            if topic is not None:
                spans = (topic, spans[0])
        elif metric and (doer := self._doer(clause_start, metric_start, metric)) is not None:
            # 全年规模以上港口完成货物吞吐量126亿吨: the body before the light verb did the measure
            spans, metric_start = (doer, spans[0]), doer[0]
        lead_flow: tuple[int, int] | None = None  # verbs of new things before the figure (新建|8所幼儿园)
        shared_flow: tuple[int, int] | None = None  # …of the list's first count (新建15所幼儿园、|8个养老院)
        high_end = self._range_high_end(m)  # 培育1-2家上市企业: the low end is named like the high end
        post = self._post_noun(m, at=high_end)
        pre_text = norm[clause_start : m.start].rstrip()
        end = m.end
        bare_verb = bool(metric) and bool(prose.VERBS_ONLY.fullmatch(metric))  # 新建改造40公里供热干线
        # 推出1300亿元PPP项目: a verb alone before an amount of money, the funded thing after it
        bare_verb = bare_verb or (post is not None and prose.funds_after(norm, metric, post, m.family, pre_text))
        if (
            post is None and m.family == "count" and metric and (bare_verb or STAGE_PREDICATE.match(metric))
            and (run_end := verify_vocab.verb_count_run_end(norm, m.end, m.unit or ""))
        ):
            # 续建46件、竣工6件、新开工8件重点水源工程: the object after the run is this verb's too
            post = self._post_noun(m, at=run_end)
            if post is not None:
                spans = ((metric_start, metric_start + len(metric)), post)
                self._append(m, metric=spans, metric_start=metric_start, end=post[1])
                return
        if post is not None and (item_lead := self._lead_after_named_item(m, clause_start)) is not None:
            # 设立30亿元技改服务基金、首期|16亿元|中小微企业融资增信基金: the words before the 、 named
            # the figure before; those after it qualify this figure's noun
            self._append(m, metric=(item_lead, post), metric_start=item_lead[0], end=post[1])
            return
        if post is None and m.family == "count" and metric and (
            prose.STAGE_VERB.fullmatch(metric) or (LEGAL_VERB.fullmatch(metric) and pre_text.startswith("、"))
        ):
            if (obj := self._object_of_item_before(m)) is not None:
                # 在建亿元以上项目455个，竣工138个: the stage the projects before reached
                self._append(m, metric=((metric_start, metric_start + len(metric)), obj), metric_start=metric_start, end=m.end)
                return
        if post is None and m.family == "count" and metric == "成灾" and (obj := self._events_before(m)) is not None:
            # 发生5级以上地震87次，成灾17次: the events before that became disasters
            self._append(m, metric=(obj, (metric_start, metric_start + len(metric))), metric_start=metric_start, end=m.end)
            return
        listed = pre_text.endswith(("、", "和", "及")) and post is not None  # 40公里供热干线、35公里天然气管线
        timed = bool(TIME_ONLY.fullmatch(metric))  # 完成年度|8.05万亩高标准农田: a time word names nothing
        tail = high_end if high_end is not None else m.end
        # 剩余12.99万贫困人口: a bare 万/亿 before people counts them (the writer left out 人)
        people = PEOPLE_AFTER.match(norm, tail) if m.unit in BARE_MAGNITUDES and m.family == "none" and metric else None
        # 又有|800万|贫困人口脱贫, 资助|3689.8万|农村困难群众参加…: the verb alone names nothing, the
        # people and what they did name the figure
        aided = people is not None and post is not None and not listed and PEOPLE_OBJECT_VERB.fullmatch(metric) is not None
        if people is not None and not aided and (
            pre_text.endswith(("、", "和", "及")) or not PEOPLE_END.match(norm, people.end())
        ):
            people = None  # …、10.6万贫困人口脱贫, 3.1万贫困人口的掉队问题: the words after name the figure
        if people is not None and not aided:
            post = (tail, people.end())
        elif aided and THERE_ARE.fullmatch(metric):
            people = None  # 有|9433万|职工和…参加了基本养老保险: the people and the predicate they share
        if post and (
            m.family == "count" or people is not None or not metric or timed or bare_verb or listed or aided
            or (norm[tail : tail + 1] == "的" and not (metric and pre_text.endswith("占")) and not QUOTA_ONLY.fullmatch(norm, *post))
            or self._modified_amount(m, pre_text, post)
        ):
            bare = names_nothing(compact(norm[post[0] : post[1]]))
            if people is not None and THERE_ARE.fullmatch(metric):
                spans, metric_start = (post,), m.start  # 还有|317万|贫困人口: the people alone
            elif people is not None:
                spans = ((metric_start, metric_start + len(metric)), post)  # 剩余|贫困人口
            elif pre_text.endswith("的") and metric:
                # 一期签约的15个项目 -> 一期签约的项目
                spans = ((metric_start, clause_start + len(pre_text)), post)
            elif bare and metric:
                # 二期已签约4个项目: a bare class noun (项目, 企业) takes the words before it
                spans = ((metric_start, metric_start + len(metric)), post)
            elif m.family == "count" and (removal := prose.removal_before(norm, clause_start, m.start)):
                spans, metric_start = (removal, post), removal[0]  # 取消和下放416项行政审批事项
            else:
                spans, metric_start = (post,), m.start
                shared = prose.shared_predicate(norm, post[1]) or self._modifier_noun(post)
                if shared is not None:
                    # 2个集体和6名个人荣获…称号: both counts share the predicate after the second
                    spans, post = (post, shared), (post[0], shared[1])
                clause_end = self.seg.clause(m.start)[1]
                if bare:
                    predicate = BARE_PREDICATE.match(norm, post[1], clause_end)
                elif (
                    shared is None and m.family in prose.FLOW_FAMILIES
                    and (predicate := STAGE_PREDICATE.match(norm, post[1], clause_end))
                    and not WORK_NOUN_END.search(norm, post[0], post[1])
                ):
                    adverbs = STAGE_ADVERBS.search(norm, post[0], post[1])  # 冬奥项目|全部|完工
                    if adverbs is not None and adverbs.start() - post[0] >= 2:
                        post = (post[0], adverbs.start())
                else:
                    predicate = None
                if predicate:
                    # 6家企业预计年底前入规 -> 企业入规: the clause's verb says what is counted;
                    # 12个重点项目顺利竣工 -> 重点项目竣工: the stage they reached
                    spans = (post, predicate.span("verb"))
                    post = (post[0], predicate.end("verb"))
                low = self._range_low_start(m)  # 新培育2-|4家: the range's verb is the high end's too
                flow_lo = clause_start if low == m.start else min(clause_start, self.seg.clause(low)[0])
                lead_flow = prose.flow_verb_before(norm, flow_lo, low, m.family, text_of(norm, spans))
                shared_flow = self._shared_flow(m) if lead_flow is None else None
                work = prose.work_after(norm, lead_flow, post[1]) if lead_flow is not None else None
                if work is not None:  # 完成22所学校|建设 (完成140个文化站的建设: without the 的)
                    last = spans[-1]
                    spans = (*spans[:-1], (last[0], last[1] - (norm[last[1] - 1] == "的")), work)
                    post = (post[0], work[1])
            end = post[1]
        if post is None and metric and spans == own_span and (shared := self._object_before(m, metric)) is not None:
            spans = own_span + shared  # 清理审批项目360项，取消|39项: the verb's object is the clause's before
        derived: Spans = ()
        name_source: Spans | None = None  # a shared-head list the name was taken from
        from_post = bool(spans) and spans[0][0] >= m.end  # 提高20项…标准: the noun after names it
        delta = bool(spans) and not from_post and not CHANGE_TO.search(pre_text) and (
            DELTA_METRIC.fullmatch(metric) or shape.COMPARISON_DELTA.fullmatch(metric)
            or prose.comparison_gap(norm, spans)  # 比全国平均降幅少1.3个百分点, 比年初预计的…多出
            or ellipsis.is_other_base_change(metric)  # 比上年同口径增加, 比年内高点减少
        )  # 由上年的14.2%下降为11.2%: 下降为 joins the figure to its name, it is no change of it
        previous = self._last_in_sentence(m)
        if (
            spans and previous is not None and previous.derived and prose.GAP_AFTER.fullmatch(metric)
            and norm[previous.derived[0][0] - 1 : previous.derived[0][0]] in "比较"
        ):
            # …比年初预计的2700亿元多出2100亿元: the gap, named after the host with the comparison
            a, b = previous.derived[0]
            self._append(m, metric=previous.metric, metric_start=m.start, end=m.end, derived=((a - 1, b), spans[0]))
            return
        base = prose.comparison_base(norm, clause_start, m.start, m.end)
        if base is not None and (host := self._host_in_sentence(m)) is not None and not host.derived:
            # 为企业减负4800亿元，比年初预计的2700亿元多出2100亿元: the base is the host's, as expected
            self._append(m, metric=without_growth_tail(norm, host.metric), metric_start=base[0], end=m.end, derived=(base,))
            return
        if spans and not delta and not from_post and shape.is_connector(metric) and not prose.bare_share(metric):
            spans = ()  # 提高到58%: the connector names nothing; the figure before it does
        part = PART_OF.fullmatch(pre_text)
        if part and (host := self._host_in_sentence(m)) is not None and not host.derived and host.mention.family == m.family:
            # 专项扶贫资金173.3亿元，其中省级46.2亿元: the part is named after the whole
            a = clause_start + part.start("scope")
            own_part = ((a, a + len(part.group("scope"))),)
            spans, metric_start = own_part + without_growth_tail(norm, host.metric), a
            if prose.LEVEL.search(text_of(norm, host.metric)):
                # 新增市级以上示范农场60家，其中省级9家: the level in the name is the one replaced
                spans = prose.level_item(norm, host.metric, own_part) or spans
        plan_share = PLAN_SHARE.search(pre_text)
        own_share = self._own_plan_share(clause_start, pre_text) if not spans else None
        said = None if from_post or part else self._read_back(m, clause_start, spans)
        if said is not None:
            spans, derived = said  # a list item's unsaid words, read back (ellipsis.py)
            if derived:
                name_source = own_span  # 第二产业增加值比重: what a later change of it is named after
        elif plan_share and (host := self._host_in_sentence(m)) is not None and not host.derived and self._named(host):
            # 棉花总产量359.8万吨，完成计划119.9%: the share of the plan fulfilled
            a = clause_start + plan_share.start()
            spans, derived, metric_start = without_growth_tail(norm, host.metric), ((a, a + len(plan_share.group())),), a
        elif own_share is not None:
            spans, derived, metric_start = own_share
        elif not spans and prose.REACHED_ONLY.fullmatch(pre_text.strip(" ，,")) and self._merge_total(m, clause_start, end):
            return  # 人均可支配收入同比增长12.2%，达到1.34万元: the amount the rate is of, one fact
        elif not spans and (topic := self._milestone_topic(m, clause_start)) is not None:
            # 生产总值接连迈上三个万亿元台阶，达到50013.2亿元 (全县生产总值…: the place is no part of it)
            name, metric_start = clean_metric(norm, *topic)
            spans = ((metric_start, metric_start + len(name)),) if name else ()
        elif not spans:
            previous = self._last_in_sentence(m)
            if previous is None:
                return  # a bare figure with nothing to say what it measures
            spans, metric_start, derived = previous.metric, m.start, previous.derived
            if committed is not None and previous.mention.family != "percent" and not derived:
                spans += (committed.span("verb"),)  # …比1992年增长16%，力争增长16.5%以上: the growth aimed at
            total = RUNNING_TOTAL.search(norm, previous.mention.end, m.start) if not derived else None
            flow = FLOW_VERB_END.search(norm, *spans[-1]) if total is not None and spans else None
            if flow is not None and flow.start() > spans[0][0]:
                # 通车里程新增100公里、累计1207公里: the running total is of the thing, not of what was new
                a = spans[-1][0]
                spans = spans[:-1] + (((a, flow.start()),) if flow.start() > a else ())
                derived = ((total.start(1), total.end(1)),)
            if pair_start is not None:
                # 从每人每月750元增至1045元: a basis goes on to the end figure, a start moment does not
                derived = tuple(d for d in derived if d != pair_start) + prose.basis_of(norm, pair_start, text_of(norm, spans))
            if previous.mention.family == "percent" and m.family != "percent" and prose.is_mean_growth(norm, derived):
                derived = ()  # 地区生产总值年均增长6.1%，迈上2万亿元: the level has no averaging words
            if previous.mention.family == "percent" and m.family != "percent" and not derived:
                spans = without_growth_tail(norm, spans)  # 生产总值年均增长6.1%，迈上2万亿元
            item = shape.list_item(norm, previous.source, self._list_index(m, previous.source))
            if self._respective and pre_text.strip() in CONJUNCTIONS and m.family == previous.mention.family:
                spans, item = without_growth_tail(norm, self._respective.pop(0).metric), None  # the next host
            if item is None and pre_text.endswith(("和", "、")):
                item = prose.place_list_item(norm, previous.source, self._list_index(m, previous.source))
            listed = item is None and "、" in text_of(norm, previous.source)  # (speed: a list needs 、)
            whole = shape.whole_names_item(norm, previous.source, *self._run_place(m)) if listed else None
            if whole is not None and m.family not in ("percent", "percentage_points"):
                # …增长10.3%和12.8%，达到15877元、8465元: a second run over the same names, without the verb
                spans, name_source, whole = whole[:1], previous.source, None
            item = item or whole
            if item is None and pre_text.strip() in CONJUNCTIONS:
                item = self._implied_list_item(m, previous.source)  # …覆盖率达到96%和|98%
            if item is not None and (m.family == previous.mention.family or pre_text.strip() in CONJUNCTIONS):
                # …分别增长7.5%和5.6%: the next item (分别达到1183万人次、40亿元: of another unit too)
                spans, name_source = item, previous.source
        elif QUALIFIED_GROWTH.fullmatch(metric) and (subject := self._modal_subject(clause_start, metric_start)):
            spans, derived = (subject,), spans  # 经济保持年均增长9%: the clause's subject, averaged
        elif QUALIFIED_GROWTH.fullmatch(metric) and (host := self._qualified_host(m, metric)) is not None:
            # 比上年增长10.6%，扣除价格因素，实际增长8.3%: the real rate, named after the host
            host = self._respective_host(m, host)  # …分别达到a、b，年均分别增长x%和y%: in order
            spans, derived = without_growth_tail(norm, host.metric), spans
        elif metric.startswith("总量") and self._merge_total(m, metric_start, end):
            return
        elif metric.startswith(ANAPHORA):
            # 增幅环比提升8个百分点: about the figure before it
            host = self._host_in_sentence(m)
            if host is not None:
                word = next((a for a in ANAPHORA if metric.startswith(a)), "")
                own = len(word) + len(ANAPHORA_TAIL.split(metric[len(word) :])[0])
                spans = without_growth_tail(norm, host.metric) + ((metric_start, metric_start + own),)
        elif delta:
            # 比上年末增加530万人 / 提高2个百分点: a change of the figure before it, named after it
            host = self._host_in_sentence(m)
            host = self._listed_change_host(m, host) if host is not None else None
            if host is not None and prose.same_rate_later(host.fact.metric, pre_text):
                spans, derived = host.metric, host.derived  # 经济增速…，上半年增长0.5%: the same rate
            elif host is not None and ellipsis.is_parallel_rate(norm, metric, m.family, host.mention.family, host.metric, host.derived):
                spans = host.metric  # 一季度国内生产总值同比增长5.3%，二季度增长4.7%: the same rate again
            elif host is not None:
                # …占规上工业总产值的比重为35.2%，比上年同期提高2.3个百分点: the change of the share,
                # named after the share in the source's words
                if self._is_change(host.derived):
                    # 净增加860万人，新增加1113万人: two changes of the same figure, each named after it
                    spans, derived = host.metric, spans
                elif host.derived and host.derived[0][0] < self.seg.clause(host.mention.start)[0]:
                    # 第三产业增加值比重为51.6%，比上年提高…: a base read back from an earlier item
                    # is not repeated; the host's own words name the change
                    spans, derived = host.source, spans
                else:
                    plan = host.mention.family == "percent" and self._is_plan_share(host.derived)
                    carried = () if plan or ellipsis.is_exchange_base(norm, host.derived) else host.derived
                    spans, derived = without_growth_tail(norm, host.metric) + carried, spans
        else:
            share = shape.share_parts(norm, spans)
            if share is not None:
                # 第一产业增加值占地区生产总值比重 -> 第一产业增加值(占地区生产总值比重); with no
                # subject of its own the share is of the figure before it (…增长11.7%，占…比重为13.9%)
                subject, derived = share
                if subject and text_of(norm, subject) in GENERIC_HEADS and self._last_in_sentence(m) is None:
                    # 非公经济快速发展，增加值占GDP比重达到54%: the topic's value added, as a bare
                    # head of an amount takes it
                    s_start = self.seg.sentence(m.start)[0]
                    topic = prose.sentence_topic(norm, s_start, clause_start) or prose.near_topic(norm, s_start, clause_start)
                    subject = (topic, *subject) if topic is not None else subject
                if not subject:
                    host = self._host_in_sentence(m)
                    subject = without_growth_tail(norm, host.metric) if host is not None else ()
                if subject:
                    # 甲增加值、营业收入分别占全市的a、b: the first item of a list, as the later ones
                    item = shape.list_item(norm, subject, self._list_index(m, subject))
                    spans, name_source = (item, subject) if item is not None else (subject, None)
                else:
                    derived = ()
            elif m.family == "percentage_points" and (change := shape.points_change(norm, spans)):
                spans, derived = change
                host = self._host_in_sentence(m) if text_of(norm, spans).startswith("占") else None
                if host is not None and not host.derived and "占" not in host.fact.metric:
                    # 民间投资增长30.6%，占全部投资的比重提高5个百分点: the share of the figure before it
                    spans = without_growth_tail(norm, host.metric) + spans
            else:
                item = shape.list_item(norm, spans, self._list_index(m, spans))
                if item is None and prose.distributes(norm, clause_start, m.start, m.end, self.seg.clause(m.start)[1]):
                    item = prose.place_list_item(norm, spans, self._list_index(m, spans))  # 城区、县城…率达a和b
                if item is None and "、" in metric and norm.find("分别", clause_start, m.start) < 0:
                    item = shape.whole_names_item(norm, spans, *self._run_place(m))
                if item is None:
                    item = self._implied_list_item(m, spans)  # 广播、电视人口综合覆盖率达到|96%和98%
                if item is not None:
                    spans, name_source = item, spans
        if spans and spans == own_span and not derived and (based := prose.trailing_basis(norm, spans)):
            spans, derived = based  # 农村住宅到户电价降到每千瓦时0.79元 -> …电价(每千瓦时)
        if spans and spans == own_span and not derived:
            if m.family == "count":
                led = prose.without_lead_verbs(norm, spans)  # 打掉|黑恶团伙3474个
                flow = None if led != spans else prose.flow_verb_before(
                    norm, clause_start, spans[0][0], m.family, text_of(norm, spans)
                )
                spans = led
            else:
                flow = prose.flow_verb_before(norm, clause_start, spans[0][0], m.family, text_of(norm, spans))
            if flow is not None:
                # 建成|高标准农田5万亩: the verb the cut left out says the figure is a flow
                spans = ((flow[0], spans[0][1]),) + spans[1:] if flow[1] == spans[0][0] else (flow, *spans)
                metric_start = min(metric_start, flow[0])
            spans = self._level_item(m, spans) or self._list_subject(m, spans)
            spans = self._project_subject(m, spans)
        if m.family == "percent" and not derived:
            spans = self._shared_head(m, spans)
        if m.family == "percent" and spans and (use := USED_FOR.match(norm, m.end)):
            # 援疆资金的80%以上用于改善民生: the share of the money put to that use (the whole use,
            # not the noun's first words: 32%|用于基本建设性质的新建和扩建工程)
            kept = tuple(span for span in spans if span[1] <= m.start)
            spans, end = kept + (use.span("use"),), max(end, use.end("use"))
        if not derived and spans and spans[-1][1] <= m.start and prose.MANNER_VERBS.fullmatch(text_of(norm, spans)):
            return  # 重点加强|28个投资10亿元以上的…项目: a manner and a verb name nothing counted
        if not derived and shape.is_connector(text_of(norm, spans).strip()):
            # 41184个项目, 增长 3.5%: a connector alone names nothing; the words before the
            # figure or the figure before it do, or the figure is left out
            previous = self._last_in_sentence(m)
            if own_span and not shape.is_connector(metric) and spans != own_span:
                # 二期已签约4个项目 -> 二期已签约项目: the words before and the noun after
                after = spans if spans and spans[0][0] >= m.end else ()
                spans, metric_start = own_span + after, own_span[0][0]
            elif previous is not None and previous.metric and previous.metric != spans:
                spans, metric_start, derived = previous.metric, m.start, previous.derived
            else:
                return
        if spans and not derived and spans[0][0] < m.start:
            # 新增主要生产能力有：原煤开采2070万吨: each item is capacity added, not output
            derived = prose.capacity_words(norm, self.seg.line(m.start)[0], spans[0][0])
        if spans and not derived and m.family == "count" and (each := EACH_UNIT.search(norm, clause_start, m.start)):
            if not any(a <= each.start() < b for a, b in spans):
                derived = (each.span(),)  # 每个县（市、区）打造5个典型村: 5 for each county, no total
        if lead_flow is not None and spans and spans[0][0] >= m.end:
            # 新建8所幼儿园 -> 新建幼儿园: the things built in the period, a flow, not a stock
            spans, metric_start = (lead_flow, *spans), lead_flow[0]
        elif shared_flow is not None and spans and spans[0][0] >= m.end:
            spans = (shared_flow, *spans)  # the item's quote stays its own: one figure in it
        if m.family == "count" and not derived and text_of(norm, spans) in JOB_NAMES:
            spans, metric_start = self._job_verb(m, clause_start, spans, metric_start)
        note = ""
        # 由9.7:56.8:33.5|调整为: every part of a ratio starts the pair
        ratio_start, ratio_end = verify_vocab.ratio_start(norm, m.start), verify_vocab.ratio_end(norm, m.end)
        words = prose.from_start(norm, ratio_start, ratio_end, self.seg.clause(ratio_end)[1])
        if words is not None and spans:
            # 境内上市公司由77家增至144家: the start figure is the indicator at the start (期初)
            start_words, note = prose.start_qualifier(norm, words, text_of(norm, spans))
            derived += tuple(w for w in start_words if w not in derived)  # a later part has the first's
        if m.family == "none" and (sector := verify_vocab.sector_part(norm, m.start, m.end)) is not None:
            note = ",".join(part for part in (note, sector) if part)  # 三次产业结构为6.4∶53.2∶40.4: whose share
        self._append(
            m, metric=spans, metric_start=metric_start, end=end, derived=derived, name_source=name_source,
            note=note,
        )

    def _job_verb(self, m: NumberMention, clause_start: int, spans: Spans, metric_start: int) -> tuple[Spans, int]:
        """带动|4.4万人|就业, 实现|就业|1.7万人: the verb right before the count (or before the name)
        that says the people found work in the period ([job_verbs]) joins the name (带动就业)."""
        lo = min(a for a, _ in spans)
        verb = JOB_VERB.search(self.norm, clause_start, m.start if lo >= m.end else lo)
        if verb is None:
            return spans, metric_start
        return (verb.span(), *spans), min(metric_start, verb.start())

    def _qualified_host(self, m: NumberMention, metric: str) -> _Built | None:
        """The figure a qualified growth (实际增长, 年均增长) is of: for a mean the level (_mean_host),
        else the figure before; None when that one's name is only a comparison (比1990年增长53.9%
        whose subject the engine missed): the rate would take a name that names nothing."""
        host = self._mean_host(m, metric) or self._host_in_sentence(m)
        return host if host is not None and self._named(host) else None

    def _named(self, host: _Built) -> bool:
        """Whether a host's name can name a figure read after it: not only a comparison (比1990年)
        nor cut inside a bracket (增长（同比，下同）9%: 下同）)."""
        name = text_of(self.norm, without_growth_tail(self.norm, host.metric))
        return not COMPARISON_ONLY.match(name) and not BRACKET_CHAR.search(name)

    def _mean_host(self, m: NumberMention, metric: str) -> _Built | None:
        """The level a mean growth is of (国民生产总值达到23250亿元，比1990年增长33.6%，平均每年增长6%):
        the last amount of the sentence that is no change or share of another (the growth over the
        span and a change such as 比1990年增加1.32亿吨 are of that amount too); None for other rates."""
        if not prose.MEAN_GROWTH.search(metric):
            return None
        sentence = self.seg.sentence(m.start)
        for built in reversed(self.built):
            if built.sentence != sentence:
                return None
            if built.mention.family not in ("percent", "percentage_points") and not built.derived:
                return built
        return None

    def _modal_subject(self, clause_start: int, growth_start: int) -> tuple[int, int] | None:
        """The subject before 预计/保持/实现 when the clause's words after it are only a qualified
        growth (全州社会消费品零售总额预计实现|年均增长6.4%): its span, or None."""
        verb = MODAL_BEFORE_GROWTH.search(self.norm, clause_start, growth_start)
        if verb is None:
            return None
        subject, start = tidy_metric(self.norm, clause_start, verb.start())
        if not 2 <= len(subject) <= 12 or shape.is_connector(subject) or TIME_ONLY.fullmatch(subject):
            return None
        return (start, start + len(subject))

    def _contraction(self, m: NumberMention, metric: Spans) -> tuple[Spans, str]:
        """存贷款余额分别达到a和b: the k-th figure of the pair names the k-th part (存款, 贷款)."""
        found = prose.contraction_at(self.norm, metric)
        if found is None:
            return metric, ""
        cs, ce = self.seg.clause(m.start)
        if not prose.distributes(self.norm, cs, m.start, m.end, ce):
            return metric, ""
        at, word = found
        own_clause_end = min(self.seg.clause(at)[1], m.start)
        if re.search(r"[和及与、]", self.norm[at + len(word) : own_clause_end].split("分别")[0].split("达")[0]):
            return metric, ""  # 城乡居民医保和大病保险报销比例分别…: the 分别 is the list's
        sentence = self.seg.sentence(m.start)
        k = sum(
            1
            for b in self.built
            if b.sentence == sentence and b.mention.family == m.family
            and any(a <= at < e for a, e in b.metric)
        )
        if k > 1:
            return metric, ""
        return prose.contraction_part(self.norm, metric, at, word, k)

    def _modifier_noun(self, post: tuple[int, int]) -> tuple[int, int] | None:
        """3个省级、12个市级试点镇建设: the shared noun, ending where the second count's noun ends."""
        shared = prose.modifier_noun(self.norm, post)
        if shared is None:
            return None
        stop = prose.NOUN_END_WORD.search(self.norm, shared[0] + 2, shared[1])
        end = stop.start() if stop else shared[1]
        return (shared[0], prose.before_manner(self.norm, shared[0], end))  # 民生实事|全面落实

    def _listed_change_host(self, m: NumberMention, host: _Built) -> _Built:
        """…分别达1096家、61家和54件，比2005年增加713家、41家和38件: a list of changes after a 分别 list
        of as many figures goes to them in order (the others wait in `_respective`); `host` else."""
        cs, ce = self.seg.clause(m.start)
        count = 1 + len(re.findall(r"(?:和|、|及)\d+(?:\.\d+)?", self.norm[m.end : ce]))
        if count < 2:
            return host
        sentence = self.seg.sentence(m.start)
        rate = m.family == "percent"  # 分别达25155元和9296元，比2005年增长77%和51.8%: rates of the amounts
        hosts = [
            b for b in self.built
            if b.sentence == sentence and not b.derived
            and (b.mention.family not in ("percent", "percentage_points") if rate else b.mention.family == m.family)
        ][-count:]
        if len(hosts) != count or len({text_of(self.norm, b.metric) for b in hosts}) != count:
            return host
        h_start, h_end = self.seg.clause(hosts[0].mention.start)
        if hosts[-1].mention.end > h_end or "分别" not in self.norm[h_start : hosts[0].mention.start]:
            return host
        self._respective = hosts[1:]
        return hosts[0]

    def _respective_host(self, m: NumberMention, host: _Built) -> _Built:
        """The host of the first of 分别-mapped qualified rates: as many hosts back in the sentence
        as the clause has rates (the others wait in `_respective`); `host` when no 分别."""
        self._respective = []
        cs, ce = self.seg.clause(m.start)
        count = 1 + len(re.findall(r"(?:和|、|及)\d+(?:\.\d+)?%", self.norm[m.end : ce]))
        sentence = self.seg.sentence(m.start)
        if "分别" not in self.norm[cs : m.start] and (count < 2 or "分别" not in self.norm[sentence[0] : cs]):
            return host  # (…分别达到A和B，年均增长x%和y%: a list of rates after a 分别 list of figures)
        hosts = [
            b for b in self.built
            if b.sentence == sentence and b.mention.family not in ("percent", "percentage_points") and not b.derived
        ][-count:]
        if count >= 2 and len(hosts) != count:
            # 城镇…、农村…分别增长8.5%和10.5%，扣除价格因素，分别实际增长6%和8%: the nominal rates
            # of a list, each named after its item, are the hosts
            rates = [b for b in self.built if b.sentence == sentence and b.mention.end <= cs][-count:]
            if len(rates) == count and all(
                b.mention.family == "percent" and not b.derived and b.fact.growth_pct is None for b in rates
            ) and len({text_of(self.norm, b.metric) for b in rates}) == count:
                hosts = rates
        if count < 2 or len(hosts) != count:
            return host
        self._respective = hosts[1:]
        return hosts[0]

    def _add_counted_twice(self, m: NumberMention) -> bool:
        """调配17批次2018名医务人员, 消除386户1110人返贫风险: two counts of one noun in a row; the
        first is named after the noun with its own unit in brackets (医务人员(批次))."""
        second = prose.COUNT_RIGHT_AFTER.match(self.norm, m.end)
        if second is None or not m.unit or prose.class_bound(self.norm, m.end) is not None:
            return False  # 1000个|20户以上自然村: the second count bounds a class, it counts nothing
        noun = self._post_noun(m, at=second.end())
        if noun is None:
            return False
        unit = m.unit + (second.group("tail") or "")  # 12批|次: the measure word is 批次
        return self._append(m, metric=(noun,), metric_start=m.start, end=noun[1], note=unit)

    def _add_multiple(self, m: NumberMention, clause_start: int) -> bool:
        """生产总值1288亿元，是2007年的2.5倍: a multiple of the figure before, named after it with
        its base in brackets (生产总值(是2007年的倍数)); with 分别 the k-th multiple is the k-th host's."""
        norm = self.norm
        words = prose.multiple_words(norm, clause_start, m.start)
        previous = self._last_in_sentence(m)
        if words is None and norm[clause_start : m.start].strip() in CONJUNCTIONS and previous is not None:
            if previous.mention.unit != m.unit or not previous.derived:
                return False
            words = previous.derived  # 分别是上年的2倍和1.7倍: the second multiple, same base
            clause_start = self.seg.clause(m.start)[0]
        if words is None:
            return False
        sentence = self.seg.sentence(m.start)
        mine = [b for b in self.built if b.sentence == sentence]
        k = sum(1 for b in mine if b.mention.unit == m.unit and b.mention.start >= clause_start)
        total = k + 1 + len(re.findall(r"(?:和|、)\d+(?:\.\d+)?倍", norm[m.end : self.seg.clause(m.start)[1]]))
        hosts = [
            b for b in mine
            if b.mention.start < clause_start and b.mention.family not in ("percent", "percentage_points", "rank")
            and b.mention.unit != m.unit
        ]
        if len(hosts) < total:
            return False
        host = hosts[len(hosts) - total + k]
        spans = without_growth_tail(norm, host.metric)
        return self._append(m, metric=spans, metric_start=words[0][0], end=m.end, derived=words, note=prose.MULTIPLE_NOTE)

    def _project_subject(self, m: NumberMention, spans: Spans) -> Spans:
        """…项目240个，总投资2753亿元，年度计划投资755亿元: amounts after a project count are the
        projects' (every figure between is such an amount)."""
        sentence = self.seg.sentence(m.start)
        for built in reversed(self.built):
            if built.sentence != sentence:
                return spans
            if built.mention.family == "count":
                if self._semicolon_between(built.mention.end, m.start) and ellipsis.is_economy_head(
                    text_of(self.norm, spans)
                ):
                    return spans  # 新批外商投资项目22347个…；合同投资额624亿美元: an item of its own after the ；
                return prose.project_subject(self.norm, without_growth_tail(self.norm, built.metric), spans) or spans
            if built.mention.family != m.family:
                return spans
        return spans

    def _shared_figure(self, m: NumberMention, clause_start: int) -> list[Spans] | None:
        """A和B均下降22%: the subjects that all take this one figure (none when another figure
        follows it in the clause: 分别增长5%和6% hands out a figure each)."""
        if not any(self.norm.find(word, clause_start, m.start) >= 0 for word in ("均", "都", "各")):
            return None  # the usual case: no 均/都/各 before the figure
        clause_end = self.seg.clause(m.start)[1]
        if re.match(r"\s*(?:以上|以下|左右)?\s*(?:和|与|及|、)\s*[-−]?\d", self.norm[m.end : clause_end]):
            return None
        _, start = clean_metric(self.norm, clause_start, m.start)  # 全市…: scope words go first
        rate = m.family in ("percent", "percentage_points", "permille")
        return prose.shared_figure_items(self.norm, start, m.start, rate=rate)

    def _doer(self, clause_start: int, metric_start: int, metric: str) -> tuple[int, int] | None:
        """The span of the body or sector before 完成/实现 when the metric after it is a measure
        ending in a generic head or a [doer_measures] word (规模以上港口|完成|货物吞吐量,
        规模以上服务业企业|实现|营业利润); None for a time, a commitment or an adverb there
        (全年完成, 力争完成, 全力确保完成, 五年累计完成)."""
        if not DOER_MEASURE.search(metric) or DOER_LIST.search(metric):
            return None  # 实现增加值、上缴税金分别占…: a list of measures, shared by the list rules
        verb = DOER_VERB.search(self.norm, clause_start, metric_start)
        if verb is None:
            return None
        subject, start = tidy_metric(self.norm, clause_start, verb.start())
        if not (2 <= len(subject) <= 10) or not DOER_NAME.fullmatch(subject) or DOER_NOT.search(subject):
            return None
        if subject in trim.LEADS or SPAN_OF_YEARS.fullmatch(subject) or TIME_ONLY.fullmatch(subject):
            return None
        if DOER_PLACE.search(subject):
            return None  # 银川经开区实现工业总产值: the reporting place itself, which the name leaves out
        if any(subject[v.end() : v.end() + 1] not in metric_rules.NOT_A_CUT_AFTER for v in action_rules.ACTION_VERBS.finditer(subject)):
            return None  # 推进项目建设完成投资: a clause of doing, no body (服务业企业: 服务 names a sector)
        return (start, start + len(subject))

    def _level_item(self, m: NumberMention, spans: Spans) -> Spans | None:
        """…龙头企业3家、省级21家: an item naming only a level takes the noun of the item before."""
        previous = self._last_in_sentence(m)
        if previous is None or previous.derived or previous.mention.family != m.family or not spans:
            return None
        if not prose.LEVEL_JOIN.fullmatch(self.norm, previous.mention.end, spans[0][0]):
            return None
        if self.norm[spans[-1][1] : m.start].strip() and not prose.LEVEL.fullmatch(self.norm, *spans[0]):
            return None  # …龙头企业40家，市级以上…企业达到420家: an item with a verb of its own is its own
        return prose.level_item(self.norm, previous.metric, spans)

    def _near_total(self, m: NumberMention, total: _Built) -> bool:
        """The total stands in the figure's sentence, or in the one before when the figure's opens
        with 其中 (…进出口总额438468亿元。其中，出口…), not further up the paragraph."""
        s_start = self.seg.sentence(m.start)[0]
        if total.mention.start >= s_start:
            return True
        return OPENS_PART.match(self.norm, s_start) is not None and total.mention.start >= self.seg.sentence(s_start - 1)[0]

    def _shared_flow(self, m: NumberMention) -> tuple[int, int] | None:
        """新建15所幼儿园、8个养老院: the next count of a list shares the verb of new things before the
        list's first count (its span), when only 、, 和 or 及 joins the items (no clause mark)."""
        previous = self._last_in_sentence(m)
        if previous is None or previous.derived or previous.mention.family != m.family or len(previous.metric) < 2:
            return None
        a, b = previous.metric[0]
        verb = prose.SHARED_VERB.match(self.norm, a, b)
        if verb is None or verb.end() != b or b > previous.mention.start:
            return None
        between = self.norm[b : m.start]
        if CLAUSE_MARK.search(between) or not between.endswith(("、", "和", "及")):
            return None
        return a, b

    def _list_subject(self, m: NumberMention, spans: Spans) -> Spans:
        """…混改率达77%、资产证券化率达65%: an item right after 、 takes the first item's subject."""
        previous = self._last_in_sentence(m)
        if previous is None or previous.derived:
            return spans
        if self.norm[previous.mention.end : spans[0][0]].strip() != "、":
            return spans
        if previous.mention.family != m.family:
            # 新增养殖水体89万立方米、养殖面积67万平方米: a verb of new things is every item's
            return prose.shared_verb_item(self.norm, previous.metric, spans) if m.family in prose.FLOW_FAMILIES else spans
        return prose.list_subject(self.norm, previous.metric, spans) or spans

    def _pair_topic(self, clause_start: int) -> tuple[int, int] | None:
        """预算内国营工业企业流动资金周转天数，|要由1990年的127天…: the clause right before a from-to
        pair whose own words are only 由/从 is its subject, when it is a name alone (no figure, no
        verb of a measure, 2 to 20 characters)."""
        s_start = self.seg.sentence(clause_start)[0]
        if clause_start <= s_start:
            return None
        before = self.seg.clause(clause_start - 1)
        text = self.norm[before[0] : clause_start].rstrip("，, \n")
        lead = len(text) - len(text.lstrip("\n"))  # a wrapped line's break is no character of the name
        if not 2 <= len(text.replace("\n", "")) <= 20 or not re.fullmatch(r"[\u4e00-\u9fff\n]+", text):
            return None
        if action_rules.ACTION_VERBS.match(text.lstrip("\n")):
            return None
        return (before[0] + lead, before[0] + len(text))

    def _pair_start(self, m: NumberMention) -> tuple[int, int] | None:
        """The words of the start of the from-to pair this figure ends (由77家|增至|144家), if any."""
        previous = self._last_in_sentence(m)
        if previous is None or previous.mention.family != m.family:
            return None
        clause_end = self.seg.clause(m.start)[1]
        first = self._ratio_opening(previous)  # 由2007年的9.7∶56.8∶33.5|调整为|8.6∶…: the ratio is the start
        words = prose.from_start(self.norm, first.mention.start, previous.mention.end, clause_end)
        if words is None or not prose.to_end(self.norm, previous.mention.end, m.start):
            return None
        return words

    def _ratio_opening(self, built: _Built) -> _Built:
        """The first part of the ratio (9.7∶56.8∶33.5) whose later part `built` is; itself when it
        is no ratio's part."""
        at = len(self.built) - 1
        while at >= 0 and self.built[at] is not built:
            at -= 1
        while at > 0 and self.norm[self.built[at - 1].mention.end : self.built[at].mention.start] in nonfigures.RATIO_MARK:
            at -= 1
        return self.built[at] if at >= 0 else built

    def _is_plan_share(self, derived: Spans) -> bool:
        """完成年计划的: a share of the plan says what the host's rate is, not the next figure's
        (财政收入完成年度计划的98.6%，同比增长5%: the 5% is the revenue's growth)."""
        return bool(derived) and bool(OWN_PLAN_SHARE.fullmatch(text_of(self.norm, derived)))

    def _own_plan_share(self, clause_start: int, pre_text: str) -> tuple[Spans, Spans, int] | None:
        """一般公共预算收入完成年计划的101.2%: the subject, then the share of its plan fulfilled."""
        found = OWN_PLAN_SHARE.search(pre_text)
        if found is None:
            return None
        a = clause_start + found.start()
        subject, start = tidy_metric(self.norm, clause_start, a)
        if not subject:
            return None
        return ((start, start + len(subject)),), ((a, a + len(found.group())),), start

    def _read_back(self, m: NumberMention, clause_start: int, spans: Spans) -> tuple[Spans, Spans] | None:
        """A communiqué's list item that leaves words unsaid (ellipsis.py): an exchange rate's
        currencies, the verb it contrasts, the base of its share, the subject of the first item."""
        norm = self.norm
        rate = ellipsis.exchange_rate(norm, clause_start, m.start, m.end)
        if rate is not None:
            return rate
        if ellipsis.is_conversion(norm, clause_start, m.start):
            host = self._host_in_sentence(m)
            if host is not None and host.mention.family != "percent":
                return without_growth_tail(norm, host.metric), host.derived  # 折1162亿美元
        total = self._last_of_family(m)
        ends_item = norm[m.end : m.end + 1] in ("", "，", ",", "；", ";", "。", "、", "）", ")", "\n")
        if total is not None and ends_item and (not total.derived or ellipsis.is_share_base(norm, total.derived)):
            # 其中，东部地区18325亿元 / 城镇为36.5%: a part of the total before, named after it
            part = ellipsis.part_item(norm, clause_start, m.start, total.metric)
            if part is not None:
                return part, total.derived
            if m.family != "percent" and not total.derived:
                category = ellipsis.category_item(norm, clause_start, m.start, total.metric)
                if category is not None:
                    return category, ()  # 其中国有控股企业509亿元: the category's 利润
                trade = ellipsis.trade_item(norm, clause_start, m.start, total.metric) if self._near_total(m, total) else None
                if trade is not None:
                    return trade, ()  # 货物进出口总额…。其中，出口…: 货物出口
                if total.mention.base_unit == m.base_unit:
                    # 受灾面积…。其中，绝收…: 其中 may open the clause before this one
                    opened = self._lists_after(m, total) or OPENED_BEFORE.search(norm, max(0, clause_start - 4), clause_start) is not None
                    part = ellipsis.measured_part(norm, clause_start, m.start, total.metric, opened=opened)
                    if part is not None:
                        return part, ()  # 粮食总产量…，其中早稻…万吨: the part's 产量
        previous = self._last_in_sentence(m)
        if previous is None:
            return None
        stock = ellipsis.stock_after_flow(norm, clause_start, m.start, previous.metric) if not previous.derived else None
        if stock is not None and previous.mention.family == m.family:
            return stock, ()  # 新增…11179万户，年末达到85900万户: the stock is named without 新增
        changed = ellipsis.contrasted_change(norm, clause_start, m.start, previous.derived)
        if changed is not None and previous.mention.family == m.family:
            return previous.metric, changed  # …指标中，比上年上升的22项，持平的30项: the same host
        if not previous.derived or self._is_change(previous.derived):
            # …上涨的城市个数为21个，比年初增加20个；下降的为49个: the change names the same host
            contrast = ellipsis.contrasted(norm, clause_start, m.start, previous.metric)
            if contrast is not None:
                return contrast, ()
        share = ellipsis.inherited_share(norm, clause_start, m.start, previous.derived)
        if share is not None:
            return share
        between = compact(norm[previous.fact.evidence.end : spans[0][0]]) if spans else ""
        if spans and self._is_change(previous.derived) and names_nothing(between.strip(";；,，、")):
            # 招生…，比上年增加…；毕业…: the stage before was followed by a change of it
            roll = ellipsis.roll_subject(norm, spans, previous.metric)
            if roll is not None:
                return roll, ()
        if spans and previous.mention.family == m.family and names_nothing(between.strip(";；,，、")):
            stage = ellipsis.stage_subject(norm, spans, previous.metric)
            if stage is not None:
                return stage, ()  # 保障性住房开工65万套、基本建成27万套: the programme named once
        if spans and not previous.derived and names_nothing(between.strip(";；,，、")):
            owners = ellipsis.roll_of_schools(norm, spans, previous.metric, previous.mention.unit) or (
                ellipsis.staff_of_institutions(norm, spans, previous.metric, previous.mention.unit)
            )
            if owners is not None:
                return owners, ()  # 普通高等学校1022所，招生…; 妇幼保健机构…个，卫生技术人员…: theirs
        counted = (previous.mention.unit or "")[-1:] in OBJECT_COUNTS  # 建成2个安置点: things, no subject
        # 出生率为6.19‰，死亡率5.15‰: only when nothing new is named between the two items (the
        # clause mark before the item names nothing: …销售收入63331亿元，比上年增长4.1%；实现利润…)
        if spans and not previous.derived and not counted and spans[-1][1] <= m.start and names_nothing(between.lstrip(";；,，、")) and (
            not between.lstrip().startswith(("；", ";"))
            or (ellipsis.measures_like_item(norm, previous.metric) and not ellipsis.is_economy_head(text_of(norm, spans)))
        ):
            subject = ellipsis.inherited_subject(norm, spans, previous.metric)
            if subject is None:
                subject = ellipsis.roll_subject(norm, spans, previous.metric)  # 招生…，在校生…
            if subject is not None:
                return subject, ()
        return None

    def _lists_after(self, m: NumberMention, total: _Built) -> bool:
        """粮食总产量达26亿斤、蔬菜47亿斤: the item stands right after the total, in its unit, and
        counts no things (建成2个安置点、8座桥: each count names its own)."""
        if m.unit != total.mention.unit or (m.unit or "")[-1:] in OBJECT_COUNTS or self._last_in_sentence(m) is not total:
            return False
        return LISTED_RIGHT_AFTER.fullmatch(self.norm, total.mention.end, m.start) is not None

    def _is_change(self, derived: Spans) -> bool:
        """(比上年末增加), (净增加): the derivation of a change of the figure it is named after."""
        words = text_of(self.norm, derived)
        return bool(words) and bool(
            DELTA_METRIC.fullmatch(words) or shape.COMPARISON_DELTA.fullmatch(words) or ellipsis.is_other_base_change(words)
        )

    def _last_of_family(self, m: NumberMention) -> _Built | None:
        """The latest fact of the paragraph with a figure of the same family (amounts, percents)."""
        line = self.seg.line(m.start)
        for built in reversed(self.built):
            if self.seg.line(built.mention.start) != line:
                return None
            if built.mention.family == m.family:
                return built
        return None

    def _shared_head(self, m: NumberMention, spans: Spans) -> Spans:
        """规模以上工业增加值增长6.2%；股份制企业增长6.6%: the indicator of a run of growth rates
        is said once; a subject without one takes the head of the rate before it (增加值, 价格)."""
        if not spans:
            return spans
        a, b = spans[-1]
        verb = shape.GROWTH_END.search(self.norm, a, b)
        own = self.norm[spans[0][0] : verb.start()] if verb else ""
        if verb is None or not own or own.endswith(shape.INDICATOR_HEADS):
            return spans
        if not SUBCATEGORY_END.search(own):
            return spans  # only a category (…企业, …业, …类) shares its indicator with the rate before
        previous = self._last_in_sentence(m) or (self.built[-1] if self.built else None)
        if previous is None or previous.derived:
            return spans
        # 工业增加值24718亿元，比上年增长14%。其中，国有企业增长9.5%: an amount with its rate leads too
        rated_amount = previous.mention.family != "percent" and previous.fact.growth_pct is not None
        if previous.mention.family != "percent" and not rated_amount:
            return spans
        if self.seg.line(previous.mention.start) != self.seg.line(m.start):
            return spans
        found = shape.head_at_end(self.norm, previous.metric) if rated_amount else shape.head_before_verb(self.norm, previous.metric)
        if found is None:
            return spans
        return spans[:-1] + ((a, verb.start()), found, (verb.start(), b))

    def _merge_total(self, m: NumberMention, metric_start: int, end: int) -> bool:
        """国内生产总值增长6.6%，总量突破90万亿元: the amount and its growth are one fact."""
        host = self._last_in_sentence(m)
        if host is None or host.mention.family != "percent" or host.derived or m.family == "percent":
            return False
        growth = GROWTH_CUE.search(self.norm, host.fact.evidence.start, host.mention.start)
        if growth is None or host.fact.growth_pct is not None:
            return False
        if self._semicolon_between(host.mention.end, m.start) or AVERAGE_RATE.search(
            self.norm, host.fact.evidence.start, host.mention.start
        ):
            return False  # “八五”期间年平均增长16%;2000年达到450亿元: a mean, and another item after the ;
        self.built.pop()
        rate = host.mention
        spans = without_growth_tail(self.norm, host.metric)
        if not self._append(m, metric=spans, metric_start=host.fact.evidence.start, end=end):
            self.built.append(host)
            return False
        negative = growth.group("verb") in NEGATIVE_GROWTH
        self.built[-1].fact.growth_pct = -rate.value if negative else rate.value
        return True

    def _parallel_start_period(self, m: NumberMention) -> str | None:
        """…从2015年的2.6万亿元增长到2020年的3.62万亿元，一般公共预算收入从2649.2亿元增长到…: an
        undated start of a pair after a dated pair in its sentence is of that pair's start year."""
        norm = self.norm
        start, end = verify_vocab.ratio_start(norm, m.start), verify_vocab.ratio_end(norm, m.end)
        if "由" not in norm[max(0, start - 14) : start] and "从" not in norm[max(0, start - 14) : start]:
            return None  # speed: no pair starts here (the usual case)
        c_start = self.seg.clause(start)[0]
        words = prose.from_start(norm, start, end, self.seg.clause(end)[1])
        if words is None or YEAR_IN.search(norm, c_start, start):
            return None
        s_start = self.seg.sentence(m.start)[0]
        pairs = list(DATED_PAIR.finditer(norm, s_start, c_start))
        if not pairs:
            return None
        a, b = pairs[-1].span(1)
        return self.doc.text[a:b]

    def _semicolon_between(self, start: int, end: int) -> bool:
        """A ； (or ;) between two figures: the second opens an item of its own."""
        return "；" in self.norm[start:end] or ";" in self.norm[start:end]

    def _milestone_topic(self, m: NumberMention, clause_start: int) -> tuple[int, int] | None:
        """What reached a figure its clause names by a bare verb only, after an opening clause of
        marks passed (prose.milestone_topic); None when a figure came before that clause's subject."""
        topic = prose.milestone_topic(self.norm, self.seg.sentence(m.start)[0], clause_start, m.start)
        previous = self._last_in_sentence(m)
        if topic is None or (previous is not None and previous.mention.start < topic[1]):
            return None  # (a figure before the marks' clause names what follows; 跨越3个…台阶: its count does not)
        return topic

    def _passed_mark(self, mark: _Built, figure: _Built) -> bool:
        """`mark` is a round mark the figure right after it passed (突破2000公里、达2240公里, 迈上4000亿元
        台阶，达到4358.5亿元): the same name and unit, the figure itself follows."""
        m, norm = mark.mention, self.norm
        unit = figure.mention.unit or ""
        if m.unit != unit and not (m.unit in ("万", "亿", "万亿") and unit.startswith(m.unit)):
            return False  # (迈上4000亿台阶，达4008.1亿元: a mark's bare magnitude leaves the unit unsaid)
        if mark.sentence != figure.sentence or mark.fact.metric != figure.fact.metric:
            return False
        passed = m.qualifier in MILESTONE_WORDS or MILESTONE_BEFORE.search(norm, max(0, m.start - 4), m.start)
        then = MILESTONE_THEN_FIGURE.match(norm, m.end)
        return bool(passed) and then is not None and then.end() - 1 == figure.mention.start

    def _ratio_base(self, m: NumberMention) -> bool:
        """m is the 1 closing a two-term ratio (2.5:1, 2.7∶1): the base the first term is a multiple of."""
        first = verify_vocab.ratio_start(self.norm, m.start)
        return first < m.start and self.norm.count(":", first, m.start) == 1 and verify_vocab.ratio_end(self.norm, m.end) == m.end

    def _events_before(self, m: NumberMention) -> tuple[int, int] | None:
        """5级以上地震 of 共发生5级以上地震87次 right before m in its sentence, in the same unit: the events
        counted after 发生."""
        previous = self._last_in_sentence(m)
        if previous is None or previous.mention.unit != m.unit or len(previous.metric) != 1:
            return None
        a, b = previous.metric[0]
        at = self.norm.find("发生", a, b)
        return (at + 2, b) if at >= 0 and b - at - 2 >= 2 else None

    def _object_of_item_before(self, m: NumberMention) -> tuple[int, int] | None:
        """The object of the last count in the same unit before m in its sentence, when that count's
        name opens with a verb of projects (在建|亿元以上项目, 实施|重大项目): the span of the object."""
        sentence = self.seg.sentence(m.start)
        for built in reversed(self.built):
            if built.sentence != sentence:
                return None
            if built.mention.unit != m.unit or built.derived or len(built.metric) != 1:
                continue
            a, b = built.metric[0]
            if b > built.mention.start:
                return None  # named after itself (21个项目开工): no item before to share
            at = prose.object_of_item_before(self.norm[a:b])
            return (a + at, b) if at is not None else None
        return None

    def _modified_amount(self, m: NumberMention, pre_text: str, post: tuple[int, int]) -> bool:
        """…银行发行的2700亿元特别国债: an amount between a 的-modifier and a short noun is that noun's
        (not the start of a pair, 由运营初期的40小时, nor a noun running on into its predicate)."""
        if not pre_text.endswith("的") or m.family in ("percent", "percentage_points"):
            return False
        if FROM_OF_END.search(pre_text):
            return False
        return post[1] - post[0] <= 6 and self.norm[post[1] : post[1] + 1] in ("）", ")", "，", ",", "。", "；", ";", "、")

    def _lead_after_named_item(self, m: NumberMention, clause_start: int) -> tuple[int, int] | None:
        """The words between a 、 and m (首期) when the words before the 、 are the name the figure
        before took after itself (30亿元|技改服务基金、): a short qualifier of m's own noun."""
        cut = self.norm.rfind("、", clause_start, m.start)
        if cut < 0 or not (1 <= m.start - cut - 1 <= 4):
            return None
        previous = self._last_in_sentence(m)
        if previous is None or previous.mention.end > cut or not previous.metric:
            return None
        if previous.metric[-1][0] < previous.mention.end or previous.metric[-1][1] != cut:
            return None
        lead = (cut + 1, m.start)
        words = self.norm[lead[0] : lead[1]]
        return lead if ITEM_PHASE.fullmatch(words) or prose.VERBS_ONLY.fullmatch(words) else None

    def _implied_list_item(self, m: NumberMention, source: Spans) -> Spans | None:
        """The item of a list of names (、 or 和) no 分别 hands out that m's place in a run of as many
        figures names (广播、电视人口综合覆盖率达到96%和98%: 98% is the 电视 one)."""
        if len(source) != 1 or not any(c in self.norm[source[0][0] : source[0][1]] for c in "、和"):
            return None  # speed: no list of names
        if source[0][1] > m.start:
            return None  # 30家社区卫生服务中心电子病历和健康档案: the names of one figure after it
        place, count = self._run_place(m)
        item = shape.list_item(self.norm, source, place, listed=count) if count >= 2 else None
        if item and len(item) > 1 and m.family not in ("percent", "percentage_points"):
            a, b = item[-1]
            if shape.GROWTH_END.fullmatch(self.norm[a:b]):
                item = item[:-1]  # …收入增长10.3%和12.8%，分别达到15877元和|8465元: the amount does not grow
        return item

    def _run_place(self, m: NumberMention) -> tuple[int, int]:
        """(m's place, the count) in the run of figures joined by 、/和/及 in its clause
        (达到15877元、8465元: the 8465 is (1, 2))."""
        cs, ce = self.seg.clause(m.start)
        numbers = [n.span() for n in NUMBER_IN_RUN.finditer(self.norm, cs, ce)]
        runs: list[list[tuple[int, int]]] = []
        for span in numbers:
            if runs and RUN_GAP.fullmatch(self.norm, runs[-1][-1][1], span[0]):
                runs[-1].append(span)
            else:
                runs.append([span])
        for run in runs:
            for place, (a, b) in enumerate(run):
                if a <= m.start < b or (m.start <= a < m.end):
                    return place, len(run)
        return 0, 1

    def _list_index(self, m: NumberMention, spans: Spans) -> int:
        """How many figures of this sentence already carry the same list metric."""
        sentence = self.seg.sentence(m.start)
        count = 0
        for built in reversed(self.built):  # only this sentence's facts, the latest ones
            if built.sentence != sentence:
                break
            count += built.source == spans
        return count

    def _add_distributive(self, m: NumberMention, clause_start: int) -> None:
        """省级卫生村、省级健康村各1家: one fact per listed item."""
        norm = self.norm
        head = norm[clause_start : m.start - 1]
        pos = clause_start
        for item in head.split("、"):
            item_start = pos
            pos += len(item) + 1
            metric, metric_start = clean_metric(norm, item_start, item_start + len(item))
            if metric:
                span = ((metric_start, metric_start + len(metric)),)
                self._append(m, metric=span, metric_start=metric_start, end=m.end)

    def _range_low_start(self, m: NumberMention) -> int:
        """Where the range `m` closes starts (新培育|2-4家: the low end's start), else m's own."""
        previous = self._last_in_sentence(m)
        if previous is None or prose.range_end(self.norm, m.start, m.end) != prose.RANGE_UPPER:
            return m.start
        low = previous.mention
        if prose.range_end(self.norm, low.start, low.end) != prose.RANGE_LOWER or low.end > m.start:
            return m.start
        return low.start

    def _range_high_end(self, m: NumberMention) -> int | None:
        """Where the high end of a range ends when `m` is its low end (1-2家, 3000元至2万元)."""
        if m.family in ("percent", "percentage_points", "permille"):
            return None  # 增长6%—6.5%: a band of rates is named by the words before it
        if prose.range_end(self.norm, m.start, m.end) != prose.RANGE_LOWER:
            return None
        high = QUANTITY_RE.match(self.norm, m.end + 1)
        return high.end() if high is not None and high.group("unit") else None

    def _object_before(self, m: NumberMention, metric: str) -> Spans | None:
        """The object a verb alone before a count shares with the count before it in the sentence
        (清理行政审批项目360项，取消39项、下放27项 -> 取消 + 行政审批项目); None unless that count is in
        the same unit and its words are a verb and an object."""
        if not prose.OBJECT_VERB.fullmatch(metric) or not m.unit:
            return None
        previous = self._last_in_sentence(m)
        if previous is None or previous.mention.unit != m.unit or previous.derived:
            return None
        words = text_of(self.norm, previous.metric)
        lead = prose.OBJECT_VERB.match(words)
        if lead is None or len(words) - lead.end() < 2 or prose.OBJECT_VERB.match(words, lead.end()):
            return None
        chars = [i for a, b in previous.metric for i in range(a, b)][lead.end() :]
        return runs(chars)

    def _post_noun(self, m: NumberMention, at: int | None = None) -> tuple[int, int] | None:
        """The noun right after a number (21个项目开工 -> 项目开工), if it is not the next metric;
        `at`: read it after another figure that follows this one (17批次2018名|医务人员)."""
        norm = self.norm
        if m.family == "none" and verify_vocab.ratio_start(norm, m.start) < m.start:
            return None  # 城乡居民收入比由3:1|缩小至…: a ratio's later part is named like its first
        start = m.end if at is None else at
        if norm[start : start + 1] == "的":
            start += 1
        if at is None and prose.people_after(norm, m.end, m.unit):
            return (m.end - 1, m.end + 1)  # 近14亿人口: the unit's 人 and the 口 after it are the noun
        noun_start = start
        bound = prose.class_bound(norm, start)
        if bound is not None:
            start = bound  # 一座|2000平方米以上的|新华书店: the class's bound opens the counted noun
        if start >= len(norm) or not (
            "\u4e00" <= norm[start] <= "\u9fff" or _CODED.match(norm, start) or prose.latin_noun(norm, start)
            or norm[start] == "“"
        ):
            return None  # (3个4A级景区: a class glued to Latin letters begins the noun)
        if norm[start] in "和及与" and not norm.startswith(("和美", "和谐", "与会"), start):
            return None  # 建成…40座|和一批旅游驿站: a conjunction opens the next item, not this figure's noun
        if norm.startswith(("大关", "关口", "台阶"), start):
            return None  # 突破1亿户|大关: the mark passed, no noun of the figure
        limit = min(len(norm), start + 24)
        stop = POST_STOP.search(norm, start + 1, limit)
        if norm[start] == "“" and (close := norm.find("”", start + 1, start + 14)) > 0:
            stop = POST_STOP.search(norm, close + 1, limit)  # 4支“红旗”应急队伍: the quoted name opens the noun
        while stop is not None and (
            stop.group() in "“(（" or stop.group().isdigit() or prose.short_item(norm, start, stop.start())
        ):
            if stop.group() == "、":
                limit = min(len(norm), max(limit, stop.end() + 16))
                stop = POST_STOP.search(norm, stop.end(), limit)  # 驰援武汉、湖北、新疆…: one phrase
                continue
            if stop.group().isdigit() and (mark := shape.FOOTNOTE.match(norm, stop.start() - 1)):
                # 496.9万人享受农村特困人员[46]救助供养: a footnote mark inside the noun is no figure
                limit = min(len(norm), max(limit, mark.end() + 8))
                stop = POST_STOP.search(norm, mark.end(), limit)
                continue
            if stop.group().isdigit():
                # 3家企业入围世界500强: a number inside a name (500强) is part of the noun
                # 新增3个4A级景区: a digit glued to Latin letters names a class (4A级, 5G), no figure
                digits = DIGIT_RUN.match(norm, stop.start())
                coded = digits is not None and norm[digits.end() : digits.end() + 1].isascii() and norm[digits.end() : digits.end() + 1].isalpha()
                letters = LATIN_RUN.match(norm, digits.end()) if coded and digits is not None else None
                if letters is not None and letters.group() in UNITS:
                    coded = False  # 46GW和8GW: a figure in a Latin unit is the next figure, no class like 5G
                if digits is None or not (coded or in_nonfact(norm, digits.start(), digits.end())):
                    break
                limit = min(len(norm), max(limit, digits.end() + 8))
                stop = POST_STOP.search(norm, digits.end(), limit)
                continue
            if stop.group() != "“":
                close = prose.short_bracket_end(norm, stop.start())
                if close < 0:
                    break  # 县（市）区: a one-word bracket inside the noun belongs to it
                stop = POST_STOP.search(norm, close, limit)
                continue
            close = norm.find("”", stop.end(), stop.end() + 12)
            if close < 0:
                break  # 入选国家“双高计划”: a quoted name inside the noun phrase belongs to it
            limit = min(len(norm), max(limit, close + 8))
            stop = POST_STOP.search(norm, close + 1, limit)
        end = stop.start() if stop else limit
        if stop is None and limit < len(norm) and "\u4e00" <= norm[limit] <= "\u9fff":
            # …国家级和省级工程技术|研究中心，: a long noun runs on to its stop a little later; else
            # (…参加了大病医疗费用统筹|和离退休人|员…) it is cut at its last joint, never inside a word
            later = POST_STOP.search(norm, limit, min(len(norm), limit + 10))
            if later is not None:
                end = later.start()
            elif (joint := max(norm.rfind(j, start + 4, limit) for j in "和及与、")) > 0:
                end = joint
        if (size := SIZE_CLASS_INSIDE.match(norm, end)) is not None and SIZE_VERB_BEFORE.search(norm, start, end):
            # 新增3家|销售收入过10亿元的|龙头企业: a size class inside the noun names which ones are counted
            more = POST_STOP.search(norm, size.end(), min(len(norm), size.end() + 16))
            tail = more.start() if more else min(len(norm), size.end() + 16)
            tail = prose.before_manner(norm, size.end(), tail)
            if tail - size.end() >= 2:
                return (start, tail)
        if (
            end < len(norm) and SIZE_BAR_BEFORE.search(norm, start, end)
            and (bar := SIZE_BAR.match(norm, end)) is not None
        ):
            return (start, bar.end())  # 4个|园区产值超300亿元: the bar each counted thing clears names them
        if end < len(norm) and (norm[end].isdigit() or norm[end] in "一二两三四五六七八九十"):
            # 60个重特大项目完成投资199亿元: the counted noun ends at the verb; what follows the
            # verb names the next figure. Without a verb the words are the next figure's metric.
            verb = POST_VERB.search(norm, start + 2, end)
            if verb is None:
                return None
            end = verb.start()
        elif norm.startswith("人均", end) and (verb := POST_VERB.search(norm, start + 2, end)) is not None:
            end = verb.start()  # 17万名乡村教师|享受到每月人均300元: 人均 opens the next figure's words
        end = prose.list_class_end(norm, end)  # 416项行政审批|等事项
        end = prose.before_manner(norm, start, end)  # 12项重点工程|加快实施
        end = metric_rules.without_frame_locative(norm, start, end)  # 3641个…考核断面中，
        noun = norm[start:end]
        if len(noun) <= 1 or POST_CHANGE.match(noun):
            return None  # 从105家增至177家: a change verb follows the figure, no counted noun
        if prose.EVALUATIVE.fullmatch(noun):
            return None  # 稳定在5%左右的较低水平: an appraisal of the figure, not what it counts
        if "的" in prose.unquoted(noun)[:-1]:  # 荣获“群众满意的乡镇卫生院”称号: a quoted 的 is the name's
            head = noun[prose.unquoted(noun).rfind("的") + 1 :]
            if FRAME_HEAD.fullmatch(head):
                noun = noun[: len(noun) - len(head) - 1]  # 33项民生工程建设任务|的基础上: a frame, no head
                end = start + len(noun)
            elif len(head) >= 2:
                noun = head
                start = end - len(head)
        if bound is not None and noun:
            return (noun_start, end)  # 2000平方米以上的新华书店: the class stays in the name
        return (end - len(noun), end) if noun else None

    def _last_in_sentence(self, m: NumberMention) -> _Built | None:
        sentence = self.seg.sentence(m.start)
        if self.built and self.built[-1].sentence == sentence:
            return self.built[-1]
        return None

    def _append(
        self,
        m: NumberMention,
        *,
        metric: Spans,
        metric_start: int,
        end: int,
        derived: Spans = (),
        name_source: Spans | None = None,
        note: str = "",
    ) -> bool:
        """Build the fact; False (nothing built) when its name would be a connector alone."""
        start = min(metric_start, m.start)
        end = max(end, m.end)
        qualifier, shared_end = self._shared_qualifier(m)
        if qualifier is None and start < m.start and PASSED_BEFORE.search(self.norm, max(start, m.start - 4), m.start):
            qualifier = "突破"  # 产值均突破千亿元: a mark passed is a lower bound, as the annotations write it
        end = max(end, shared_end)  # the quote holds the shared 以内 it reads
        evidence = Evidence(quote=self.doc.text[start:end], start=start, end=end)
        # where the name's words before the figure end, else `start` (a loop: no generator per fact)
        words_end = -1
        for _, b in metric:
            if words_end < b <= m.start:
                words_end = b
        if words_end < 0:
            words_end = start
        kind, commitment = self._kind(m, start, derived, words_end)
        if metric and metric[-1][1] == m.start and written_minus(self.doc.text, m):
            metric = (*metric[:-1], (metric[-1][0], m.start - 1))  # 收窄到-5%: the minus is the value's
        end_word = prose.range_end(self.norm, m.start, m.end)
        if end_word and not note:
            note = prose.range_note(end_word, kind == "target")  # 增长6%—6.5%: the two ends
        source = metric
        metric = shape.drop_footnotes(self.norm, metric)
        metric = shape.bracket_name(self.norm, metric) or metric
        metric = shape.without_open_bracket(self.norm, metric)  # 云南漫湾水电站（装机容量|25万千瓦
        metric = shape.drop_respectively(self.norm, metric)
        metric = trim.trim_metric(self.norm, metric)
        metric = prose.measure_from_opening(self.norm, self.seg.sentence(m.start)[0], metric)  # 水产品(收购量)增长
        metric = prose.scope_from_opening(self.norm, self.seg.sentence(m.start)[0], metric)  # 城镇投资中第一产业投资
        # most figures have no derived words: two rules through their wrappers would give () too
        derived = shape.drop_respectively(self.norm, shape.drop_footnotes(self.norm, derived)) if derived else ()
        if not derived:
            metric = shape.drop_comparison(self.norm, metric)
        if not derived:
            # 年均增长6.1%, 日均新设企业: the averaging words qualify the indicator
            averaged = (prose.mean_growth(self.norm, metric) if m.family == "percent" else None) or prose.mean_lead(
                self.norm, metric
            )
            if averaged is not None:
                metric, derived = averaged
        bare = text_of(self.norm, metric).strip()
        if not derived and m.family != "count" and QUOTA_ONLY.fullmatch(bare) and self._quota_of_others(m, metric):
            self._quota_dropped = m.end
            compared = self._compared_base(m, metric)
            if compared is not None:
                self._quota_base, self._quota_base_end = compared
            return False  # 分别完成省定目标的168%、…, 比计划目标3000亿元超过1070亿元: whose share, or a gap
        if not derived and shape.is_connector(bare):
            previous = self._last_in_sentence(m)  # 分别增长32.6%: the name of the figure before
            if previous is None or previous.derived or shape.is_connector(previous.fact.metric):
                return False
            metric = previous.metric
        words = text_of(self.norm, metric)
        if not derived and (
            ((m.unit or "").endswith("人") and verify_vocab.CASUALTY.fullmatch(words))
            or (m.family.startswith("currency") and verify_vocab.LOSS.fullmatch(words))
        ):
            cause = self._cause_before(m)  # 全年因洪涝灾害造成直接经济损失…，死亡686人: whose deaths
            if cause is not None:
                metric = (cause, *metric)
        unsplit = metric  # later figures of the pair take their part from the whole name
        metric, lead_note = self._contraction(m, metric)
        metric, derived = wrap.without_breaks(self.norm, metric), wrap.without_breaks(self.norm, derived)
        name = "".join(self.doc.text[a:b] for a, b in metric).strip()  # 废\n气处理率 -> 废气处理率
        if derived or note:
            # note: a qualifier the construction states without these words (全国城市排名, 期初)
            inner = "".join(self.doc.text[a:b] for a, b in derived).strip(" ，,、")
            # 上年的 + 倍数: a 的-phrase governs the note, no comma between them
            tail = inner + note if inner.endswith("的") else ",".join(part for part in (inner, note) if part)
            name += "(" + ",".join(part for part in (lead_note, tail) if part) + ")"
        elif lead_note:
            name += "(" + lead_note + ")"
        value, value_text = signed_as_written(self.doc.text, m)  # 为-8.6%: the minus is the value's
        common = dict(
            metric=name,
            value=value,
            value_text=value_text,
            unit=m.unit,
            value_normalized=m.value_normalized,
            base_unit=m.base_unit,
            qualifier=qualifier,
            period=self._average_period(m, name) if AVERAGE_RATE.search(name) else self._period(m, kind, name),
            evidence=evidence,
            mention_id=m.id,
        )
        fact: Fact = Target(**common, commitment=commitment) if kind == "target" else Achievement(**common)
        if name_source is not None:
            source = name_source
        self.built.append(_Built(fact, m, self.seg.sentence(m.start), unsplit, derived, source))
        if len(self.built) >= 2 and self._passed_mark(self.built[-2], self.built[-1]):
            del self.built[-2]  # 高铁总里程突破2000公里、达2240公里: the mark passed, then the figure itself
        return True

    def _cause_before(self, m: NumberMention) -> tuple[int, int] | None:
        """The disaster or accident the sentence names before a bare count of casualties (因洪涝灾害,
        发生5级以上地震, 发生道路交通事故): the last one before the figure."""
        s_start = self.seg.sentence(m.start)[0]
        found = [c.span("cause") for c in verify_vocab.CAUSE.finditer(self.norm, s_start, m.start)]
        return found[-1] if found else None

    def _quota_of_others(self, m: NumberMention, metric: Spans) -> bool:
        """比“十五”计划目标|3000亿元 (the base of a gap) or 分别完成省定目标的|168%、… (shares of a list
        of hosts): the target alone names the figure of nobody (完成…全年目标任务81.4% names its own)."""
        a = min((s for s, _ in metric), default=m.start)
        lead = self.norm[self.seg.clause(m.start)[0] : a]
        return self._compared_base(m, metric) is not None or "分别" in lead

    def _compared_base(self, m: NumberMention, metric: Spans) -> tuple[int, int] | None:
        """The words 比“十五”计划目标 (from 比 to the end of the figure's words) when the figure's
        target words are the base of a comparison."""
        a = min((s for s, _ in metric), default=m.start)
        b = max((e for _, e in metric), default=m.start)
        found = verify_vocab.COMPARED_CUE_BEFORE.search(self.norm, self.seg.clause(m.start)[0], a)
        return (found.start(), b) if found is not None else None

    def _shared_qualifier(self, m: NumberMention) -> tuple[str | None, int]:
        """分别控制在3%和5%以内: the bound written once after the last figure of a 分别 list holds
        for each figure of it; (the qualifier, where its words end), else (the figure's own, its end)."""
        if m.qualifier is not None or not m.unit or m.family == "rank":
            return m.qualifier, m.end
        c_start, c_end = self.seg.clause(m.start)
        if "分别" not in self.norm[c_start : m.start]:
            return None, m.end
        unit = re.escape(self.doc.text[m.end - len(m.unit) : m.end]) if self.norm.endswith(m.unit, 0, m.end) else None
        if unit is None:
            return None, m.end
        found = _bound_after_list(unit).match(self.norm, m.end, c_end)
        if found is None:
            return None, m.end
        return self.doc.text[found.start(1) : found.end(1)], found.end()

    # kind and period
    def _kind(
        self, m: NumberMention, metric_start: int, derived: Spans = (), words_end: int = -1
    ) -> tuple[str, str | None]:
        """Target or achievement, from the nearest cue words, then the section's mode.

        Cues inside the metric itself (全年目标任务81.4%) do not count; a cue in the bracketed
        words before the figure does (为企业减负(年初预计): the figure is the forecast).
        """
        norm = self.norm
        s_start, s_end = self.seg.sentence(m.start)
        mode = self.modes.at(m.start)
        before = norm[s_start : min(metric_start, m.start)]
        _, c_end = self.seg.clause(m.start)
        after = norm[m.end : c_end]

        def last(pattern: re.Pattern[str], text: str, skip: frozenset[str] = frozenset(), offset: int = s_start) -> int:
            found = [
                c.start()
                for c in pattern.finditer(text)
                # only a 到…年 cue can look back (_past): the others skip the year test
                if (cue := c.group()) not in skip and not (cue[:1] == "到" and self._past(cue))
                # 完成任务目标的148%；淘汰…: a share of a target fulfilled reports, it sets no target
                and not verify_vocab.FULFILLED_SHARE.match(norm, offset + c.end())
                # 比“十五”计划目标920亿元超额1373亿元 in a review: the base of a comparison, no target
                # after it (a plan's 比五年计划原定的…还多十四亿元 still plans)
                and not (
                    verify_vocab.compares_with_cue(norm, offset + c.start(), offset + c.end(), m.start)
                    and (mode == "summary" or self._past_plan(s_start, s_end, offset + c.start()))
                )
                # 一九八三年国家计划建成投产的…: a plan of a year before the report's is past
                and not (cue in PLAN_WORDS and self._past_plan(s_start, s_end, offset + c.start()))
            ]
            if found and ("“" in text or '"' in text):  # QUOTED needs a quotation mark
                quoted = [(q.start(), q.end()) for q in QUOTED.finditer(text)]
                found = [c for c in found if not any(a <= c < b for a, b in quoted)]  # “两个确保”, “双高计划”: names
            return found[-1] if found else -1

        # 预计全年实现…: a review's estimate of the year's result; only a plan section forecasts
        weak = weak_target_cues(mode)
        target_at = last(TARGET_CUES, before, weak)
        if metric_start < words_end < m.start:
            # 城乡居民人均储蓄|将达到|6万元: a cue between the name and the figure counts too
            if (inner := last(FUTURE_BETWEEN, norm[words_end : m.start], offset=words_end)) >= 0:
                target_at = max(target_at, words_end - s_start + inner)
        for a, b in derived:
            # 比年初预计的2700亿元: a comparison's base named as a forecast is the forecast figure
            compared = norm[a - 1 : a] in ("比", "较") and norm[b : m.start].strip() == "的"
            if compared and b <= m.start and (inner := last(TARGET_CUES, norm[a:b], weak, a)) >= 0:
                target_at = max(target_at, a - s_start + inner)
        # 二期已签约4个项目: an aspect word inside the metric still reports a result (a target
        # word inside it, as in 全年目标任务81.4%, names the metric and does not count)
        # in a plan, 同比增长14%以上 compares the goal with last year's figure: no result, unless
        # the sentence dates itself as done (…同比下降42.1%，…下滑到去年的23%: a plan's look back)
        comparing = PLAN_WEAK_ACHIEVEMENT_CUES if mode == "plan" and not self._dated_as_done(s_start, s_end) else frozenset()
        achieved_at = last(ACHIEVEMENT_CUES, norm[s_start : m.start], comparing)
        if mode == "plan" and 0 <= achieved_at and norm.startswith("已", s_start + achieved_at) and (
            s_start + achieved_at < self.seg.clause(m.start)[0]
        ) and ALREADY_MODIFIER.match(norm, s_start + achieved_at):
            # 做好已建成“煤改电”工程的运行保障，积极推动剩余2.4万户…: 已 inside an earlier clause's
            # object (已建成…的) says what exists, it dates no figure of the plan after it
            achieved_at = -1
        if target_at >= 0 and target_at > achieved_at:
            kind = "target"
        elif target_at >= 0 and mode == "plan" and norm.startswith("累计", s_start + achieved_at):
            kind = "target"  # 到2015年，…实际使用外资五年累计突破60亿美元: a plan's cumulative goal
        elif achieved_at >= 0:
            kind = "achievement"
        elif last(WEAK_ACHIEVEMENT_CUES, before) >= 0 and mode != "plan":
            kind = "achievement"
        elif last(TARGET_CUES, after, weak, m.end) >= 0:
            kind = "target"
        elif ("同比" in after and not comparing) or "已" in after:
            kind = "achievement"
        else:
            kind = "target" if mode == "plan" and not self._dated_before_report(s_start, m.start) else "achievement"
        if kind == "achievement" and self._in_targets_sentence(s_start, s_end, m.start):
            kind = "target"  # 今年…主要预期目标是：…同比增长13%: 同比/累计 compare, they do not date
        if kind == "achievement" and prose.PLANNED_NAME.search(norm, min(metric_start, m.start), m.start):
            kind = "target"  # 年度计划投资755亿元: a planned figure, though 计划 is part of its name
        if kind == "target" and verify_vocab.is_dated_pair_start(
            norm, verify_vocab.ratio_start(norm, m.start), verify_vocab.ratio_end(norm, m.end), c_end, self.modes.year
        ):
            kind = "achievement"  # 将由2005年的280亿元增加至1000亿元: the baseline is measured
        commitment = None
        if kind == "target":
            # the nearest commitment word: before the metric, or between metric and figure
            # (固定资产投资力争达到45亿元); a 不少于/不低于 qualifier is the commitment itself
            found = [(before.rfind(c), c) for c in COMMITMENTS if c in before]
            between = norm[s_start + len(before) : m.start]
            inner = [(len(before) + between.rfind(c), c) for c in COMMITMENTS if c in between]
            found = inner or found
            if m.qualifier in ("不少于", "不低于"):
                commitment = m.qualifier
            elif found:
                at, word = max(found)
                commitment = self.doc.text[s_start + at : s_start + at + len(word)]
        return kind, commitment

    def _past_plan(self, s_start: int, s_end: int, at: int) -> bool:
        """The plan word at `at` names a plan of a year before the report's (periods.names_past_plan)."""
        return names_past_plan(self.norm[s_start:at], self.norm[s_start:s_end], self.modes.year)

    def _dated_as_done(self, s_start: int, s_end: int) -> bool:
        """The sentence has an achievement cue other than 同比/按年 (去年, 已, 累计): read once per
        sentence, every figure of a plan's sentence asks."""
        done = self._done_sentences.get((s_start, s_end))
        if done is None:
            done = self._done_sentences[(s_start, s_end)] = any(
                c.group() not in PLAN_WEAK_ACHIEVEMENT_CUES for c in ACHIEVEMENT_CUES.finditer(self.norm, s_start, s_end)
            )
        return done

    def _in_targets_sentence(self, s_start: int, s_end: int, at: int) -> bool:
        """A figure of the sentence that opens the year's main targets (主要预期目标是：…), in a
        clause that does not say it is done (已)."""
        opens = self._opens_targets.get((s_start, s_end))
        if opens is None:  # the sentence's opening words: read once per sentence
            opens = self._opens_targets[(s_start, s_end)] = bool(TARGETS_OPEN.match(self.norm[s_start:s_end]))
        if not opens:
            return False
        c_start, c_end = self.seg.clause(at)
        return "已" not in self.norm[c_start:c_end]

    def _dated_before_report(self, s_start: int, at: int) -> bool:
        """人口问题形势严峻，1995年人口自然增长率为14.51‰ in a 1996 plan: a figure the sentence dates
        to a year before the report's states where the plan starts from, not where it goes."""
        year, dated = self.modes.year, self.seg.dated_year(s_start, at)  # comparison bases are no periods
        return year is not None and dated is not None and dated < year

    def _past(self, cue: str) -> bool:
        """到2004年 in a 2006 report looks back: a deadline only when the year is still to come."""
        found = DEADLINE_YEAR.fullmatch(cue)
        year = self.modes.year
        return bool(found) and year is not None and int(found.group(1)) < year

    def _base_period(self, p, m: NumberMention) -> bool:
        """由“十五”末的40%提高到60%: the period after 由/从 (and before 的) dates the base figure
        that follows it, not the figures after that one."""
        after = self.norm[p.end : p.end + 1]
        if p.start == 0 or self.norm[p.start - 1] not in "由从" or not (after == "的" or after.isdigit()):
            return False
        base = next((b.mention for b in self.built[-8:] if p.end < b.mention.start < m.start), None)
        # 从1990年的44.9:19.6:35.5: the parts of one ratio are all the base's; 提高到 ends it
        return base is not None and re.search(r"[到至为]", self.norm[base.end : m.start]) is not None

    def _closes_part_of_year(self, before: list) -> bool:
        """The last period before the figure is the whole year (全年, 2023年) and a part of the
        year (一季度, 1-9月) came before it: the whole year dates the figure."""
        last = before[-1]
        if last.specific or last.plan or not any(p.specific for p in before[:-1]):
            return False
        if POINT_IN_YEAR.search(last.text):
            return False
        after = self.norm[last.end : last.end + 2]
        return not after.startswith(("目标", "任务", "计划", "的"))

    def _lead(self, lo: int, hi: int) -> str:
        """The words before `hi` from `lo`, without spaces, marks and brackets: what opens a span."""
        return LEAD_MARKS.sub("", self.norm[lo:hi])

    def _leads_clause(self, start: int) -> bool:
        """At most two characters (全区, 今年) stand before `start` in its clause."""
        return len(self._lead(self.seg.clause(start)[0], start)) <= 2

    def _frames(self, start: int, end: int) -> bool:
        """A period earlier in the paragraph may date the figures after it (1-10月，全县…)."""
        before = self.norm[start - 1] if start > 0 else ""
        after = self.norm[end] if end < len(self.norm) else ""
        if before in _NOT_A_FRAME_BEFORE or after in _NOT_A_FRAME_AFTER:
            return False
        if not PART_OF_YEAR.search(self.norm, start, end):
            return True
        # 开展专项行动攻坚四季度，…: a part of the year a verb takes as its object frames nothing;
        # a frame opens its clause (四季度，… / 全县1-10月…)
        c_start = self.seg.clause(start)[0]
        if c_start > self.seg.sentence(start)[0] and after not in "，,":
            return False  # …，1—11月规模以上工业能耗强度下降8.9%。: its clause's time, no frame of what follows
        return len(self._lead(c_start, start)) <= 4

    def _earlier_frames(self, line_start: int, s_start: int) -> list:
        """The periods of the paragraph before the sentence that may date its figures (_frames):
        the same for every figure of the sentence, read once per sentence."""
        key = (line_start, s_start)
        found = self._framing.get(key)
        if found is None:
            found = self._framing[key] = [
                p for p in self.seg.periods_between(line_start, s_start) if self._frames(p.start, p.end)
            ]
        return found

    def _years_spans(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans YEARS_SPAN.finditer(norm, lo, hi) finds, from one scan of lo's line that every
        figure after `lo` shares (each would otherwise rescan the paragraph up to itself; `lo` is
        a line's start, so there is one scan a paragraph).

        Cutting the text at `hi` can only make a try fail, never succeed (YEARS_SPAN has no $ and
        no negative lookahead), so where the line's scan found nothing the cut one finds nothing
        either, and a match it found is found again when the pattern read nothing at or past `hi`
        for it: YEARS_SPAN reads at most 3 characters past a match (its lookahead 年平均). The
        matches ending YEARS_SPAN_READS before `hi` are kept, and the scan is redone from the next
        match only."""
        scan = self._year_scans.get(lo)
        if scan is None:
            stop = self.seg.line(lo)[1]
            found = [w.span() for w in YEARS_SPAN.finditer(self.norm, lo, stop)]
            scan = self._year_scans[lo] = (stop, found, [b for _, b in found])
        stop, found, ends = scan
        if hi > stop:
            return [w.span() for w in YEARS_SPAN.finditer(self.norm, lo, hi)]
        kept = bisect_right(ends, hi - YEARS_SPAN_READS)
        if kept == len(found) or found[kept][0] >= hi:
            return found[:kept]
        return found[:kept] + [w.span() for w in YEARS_SPAN.finditer(self.norm, found[kept][0], hi)]

    def _years_span(self, m: NumberMention, s_start: int) -> tuple[int, int] | None:
        """The span of years its own clause counts the figure over (四年累计增产…, 过去五年新增…), or
        its sentence's when the clause sums up (过去五年，…，累计完成投资…)."""
        c_start = self.seg.clause(m.start)[0]
        lo = s_start if "累计" in self.norm[c_start : m.start] else c_start
        found = [w.span() for w in YEARS_SPAN.finditer(self.norm, lo, m.start)]  # a clause or sentence: short
        return found[-1] if found else None

    def _review_period(self, m: NumberMention, line_start: int) -> str | None:
        """A result stating no period under 一、2021年工作回顾 is of the year the heading names,
        unless its paragraph looks back over a span (过去五年, 五年来, “十三五”时期); under a
        heading naming a span (一、过去五年工作回顾) it is of the span, unless its paragraph names
        a year of its own."""
        period = self.modes.review_period(m.start)
        if period is None:
            return None
        paragraph = self.norm[line_start : m.start]
        if not YEAR.search(period) and _one_year(period) is None:  # (二〇〇一年工作回顾 names one year)
            # 一、过去五年工作回顾 … 五年来，…: a paragraph looking back over the years of a span's
            # review speaks of the span; one naming a year of its own may speak of that year
            return None if YEAR.search(paragraph) else period
        # (实施方案（2018—2020年）: a span in brackets names a document, the paragraph looks back over none)
        unbracketed = BRACKETED.sub("", paragraph)
        if YEARS_SPAN.search(unbracketed) or "五年" in unbracketed or any(
            p.plan for p in self.seg.periods_between(line_start, m.start) if not self._bracketed(p.start, line_start)
        ):
            return None
        return period

    def _bracketed(self, at: int, line_start: int) -> bool:
        """`at` stands inside brackets （…）/《…》 opened after `line_start`."""
        for open_, close in (("（", "）"), ("(", ")"), ("《", "》")):
            opened = self.norm.rfind(open_, line_start, at)
            if opened >= 0 and self.norm.rfind(close, opened, at) < 0:
                return True
        return False

    def _average_period(self, m: NumberMention, name: str) -> str | None:
        """A rate averaged over years (年均增长8%) is of the span its sentence or paragraph names
        (“十三五”时期, 过去五年, 2016-2020年), never of the end year or a quarter: without a
        span in the text it states no period of its own (the verifier reads the span as written)."""
        s_start, _ = self.seg.sentence(m.start)
        line_start = self.seg.line(m.start)[0]
        spans = [p for p in self.seg.periods_between(line_start, m.start) if p.plan and not POINT_IN_YEAR.search(p.text)]
        written = self._years_spans(line_start, m.start)
        best = max(
            [*((p.start, p.text) for p in spans), *((a, self.doc.text[a:b]) for a, b in written)],
            default=None,
        )
        if best is None:
            plan = self.modes.plan_period(m.start)
            if plan and "五" in plan:
                return plan
            # 一、过去五年工作回顾: an average in a span's review is over the span
            review = self.modes.review_period(m.start)
            return review if review and not YEAR.search(review) else None
        return best[1]

    def _period(self, m: NumberMention, kind: str, name: str = "") -> str | None:
        """The period of the figure; 全年 under a heading naming one year (一、2023年工作回顾,
        二、2024年工作安排) or in a paragraph opening with one (2015年，面对…) is that year, as a
        reader quoting the figure would date it."""
        if (start_of_change := CHANGE_FROM_LAST_YEAR.search(self.norm, max(0, m.start - 8), m.start)) is not None:
            return start_of_change.group(1)  # 由上年的4.2%下降到3.9%: the start value is the year before's
        if (parallel := self._parallel_start_period(m)) is not None:
            return parallel
        first = verify_vocab.ratio_start(self.norm, m.start)
        if NOW_START.search(self.norm, max(0, m.start - 12), first) or MOMENT_START.search(self.norm, max(0, m.start - 12), first):
            # 1995年，森林覆盖率要由目前的12.9%提高到14%, 通关时间由运营初期的40小时压缩至5小时: the start is
            # now's or that moment's, not the plan year's
            return None
        period = self._period_as_written(m, kind, name)
        if period != "全年" and (period != "年内" or kind == "achievement"):
            return period  # (年内 in 二、2024年工作安排: within the year the plan is for)
        line_start = self.seg.line(m.start)[0]
        opening = self._opening_frame(line_start, self.seg.sentence(m.start)[0]) if kind == "achievement" else None
        if opening is not None and _one_year(opening[1]):
            return opening[1]
        year = self.modes.review_period(m.start) if kind == "achievement" else self.modes.plan_period(m.start)
        if kind == "achievement" and year is None:
            year = self.modes.review_year_beside_span(m.start)  # 一、2020年和“十三五”工作回顾 … 全年…
        return year if year and _one_year(year) else period

    def _is_level(self, m: NumberMention) -> bool:
        """The figure is a level reached (达到68%, 由625公里增加到744公里, 居全省第二), not a count."""
        if m.family == "rank":
            return True
        c_start = self.seg.clause(m.start)[0]
        return LEVEL_BEFORE.search(self.norm, c_start, m.start) is not None

    def _opens_line(self, p, line_start: int) -> bool:
        """The period opens its paragraph (上半年，全市… / 1-10月，…)."""
        return SENTENCE_LEAD.fullmatch(self._lead(line_start, p.start)) is not None

    def _leads_sentence(self, at: int) -> bool:
        """Only opening words (初步核算，, 刚刚过去的) stand before `at` in its sentence (asked of
        the same periods by every figure after them in the paragraph: read once per position)."""
        found = self._leads.get(at)
        if found is None:
            lead = self._lead(self.seg.sentence(at)[0], at)
            found = self._leads[at] = SENTENCE_LEAD.fullmatch(lead) is not None
        return found

    def _opens_sentence(self, p) -> bool:
        """The period opens its sentence (全年…, 2015年，…, 刚刚过去的2015年，…): it frames what follows."""
        return self._leads_sentence(p.start) and not FRAME_NOT_AFTER.match(self.norm, p.end)

    def _opening_frame(self, line_start: int, s_start: int, at: int | None = None) -> tuple[int, str] | None:
        """The last whole year or span of years opening a sentence of the paragraph before
        `s_start` (2015年，… / 一九八三年全民所有制… / 四年来，… / 过去五年，…), when no later
        sentence of the paragraph opens with another year or part of one; None otherwise. A year
        after the report's own is no result's frame."""
        if s_start <= line_start and at is None:
            return None
        if at is None:
            key = (line_start, s_start)
            if key not in self._openings:
                self._openings[key] = self._opening_frame_at(line_start, s_start, s_start)
            return self._openings[key]
        return self._opening_frame_at(line_start, s_start, at)

    def _sentence_frames(self, line_start: int, s_start: int) -> list[tuple[int, str]]:
        """The periods opening sentences of the paragraph before `s_start` (where each opens and the
        year it names, "" for none): the same for every figure of the sentence, read once per sentence."""
        key = (line_start, s_start)
        found = self._frames_before.get(key)
        if found is None:
            found = self._frames_before[key] = self._read_sentence_frames(line_start, s_start)
        return found

    def _read_sentence_frames(self, line_start: int, s_start: int) -> list[tuple[int, str]]:
        """What _sentence_frames remembers, read from the periods and the 过去一年 openings."""
        found: list[tuple[int, str]] = []
        for p in self.seg.periods_between(line_start, s_start):
            if not self._leads_sentence(p.start):
                continue
            if FRAME_NOT_AFTER.match(self.norm, p.end):
                found.append((p.start, ""))  # 2019年以来，…: a stretch from a year, no year's results
            elif (year := _one_year(p.text)) is not None:
                found.append((p.start, p.text if self.modes.year is None or year <= self.modes.year else ""))
            elif p.text == "全年" and not self.norm.startswith(("目标", "任务", "计划"), p.end):
                found.append((p.start, p.text))  # 全年国内生产总值…。其中，第一产业增加值…: the year's
            elif p.specific or p.plan:
                found.append((p.start, ""))  # a part of the year or a plan's years: not this rule's
        for w in PAST_YEAR_OPENS.finditer(self.norm, line_start, s_start):
            if self._leads_sentence(w.start()):
                found.append((w.start(), self.doc.text[w.start() : w.end(1)]))  # 过去一年，我们…
        return found

    def _opening_frame_at(self, line_start: int, s_start: int, at: int) -> tuple[int, str] | None:
        """_opening_frame with the spans of years read up to `at` (s_start for the sentence itself)."""
        found = self._sentence_frames(line_start, s_start)
        spans = [
            (a, self.doc.text[a:b])
            # 经过五年的努力，全市生产总值由359亿元增加到648亿元: a span may open the figure's own sentence
            for a, b in self._years_spans(line_start, at)
            if self._leads_sentence(a)
        ]
        if not found and not spans:
            return None
        at, text = max(found + spans)
        if text == "全年":
            # 一九八二年，…。全年社会总产值…。其中…: the whole year of the year opening the paragraph
            earlier = sorted(f for f in found + spans if f[0] < at)
            if earlier and _one_year(earlier[-1][1]) is not None:
                at, text = earlier[-1]
        if spans and spans[0][0] < at and (at, text) not in spans:
            # 过去的五年，是…的五年。2010年，城市居民…。新增国家地理标志证明商标7件: a year inside a
            # look back over the span may be one year's detail or the span's; neither is certain
            return None
        return (at, text) if text else None

    def _period_as_written(self, m: NumberMention, kind: str, name: str = "") -> str | None:
        s_start, _ = self.seg.sentence(m.start)
        before = self.seg.periods_between(s_start, m.start)  # comparison bases are no periods (segment)
        # 由“十五”末的40%提高到60%: a period 由/从 opens is the base of the figure right after it only
        before = [p for p in before if not self._base_period(p, m)]
        if before:
            # 承办2022年下半年全省…活动，组织2次…: a part of the year inside an earlier clause's object
            # dates nothing after it (a year there may: 从2002年到2006年，…，固定资产投资从…)
            c_start = self.seg.clause(m.start)[0]
            before = [
                p for p in before
                if p.start >= c_start or not p.specific or self.norm[p.end : p.end + 1] in ("，", ",")
                or self._leads_clause(p.start)  # 会议指出，前三季度全区完成…；完成…: it opens its clause
                or POINT_IN_YEAR.search(p.text) or _one_year(p.text)  # (年末…，…: a point dates its stocks)
                or self.seg.clause(p.start)[0] <= s_start  # 至1999年11月底，已竣工…: the sentence's opening
            ]
        if before and kind == "achievement" and NOW_WORD.search(self.norm, before[-1].end, m.start):
            return None  # 1985年全省贫困人口约202万人，现在已脱贫160万人: the year was the start, now is the report's
        if (span := self._years_span(m, s_start)) is not None and (not before or before[-1].end <= span[0]):
            return self.doc.text[span[0] : span[1]]  # 四年累计增产粮食81.2万吨: of the four years
        if before and kind == "achievement" and self._closes_part_of_year(before):
            # 一季度…，四季度上涨4.7%，全年平均上涨3.3%: 全年 after the quarters dates what follows
            return before[-1].text
        if not before:
            c_start, c_end = self.seg.clause(m.start)
            after = self.seg.periods_between(m.end, c_end)
            if after:
                return after[0].text
            # 1-10月，全县…。规模以上工业总产值182.6亿元: the paragraph's period carries over
            line_start = self.seg.line(m.start)[0]
            earlier = self._earlier_frames(line_start, s_start)
            # (“十三五”时期，我们…: a paragraph opening with a plan's years speaks of those years)
            if kind == "achievement":
                specific = [p for p in earlier if p.specific or p.plan]
            else:
                # 力争上半年开工…。新增限上企业50户: a target's part of the year (a deadline, a half)
                # is its own; only a frame opening the paragraph (上半年，…) dates the targets after it
                specific = [p for p in earlier if not p.specific or self._opens_line(p, line_start)]
            if specific and earlier[-1] is not specific[-1] and not POINT_IN_YEAR.search(specific[-1].text):
                # …四季度增长4.5%。全年人均…。国民总收入…: 全年 closed the list of a part of the year
                # (a quarter, a half, months); a point of it (年末) may still date a stock after it
                specific = []
            if (
                specific
                and POINT_IN_YEAR.search(specific[-1].text)
                and any(p.start > specific[-1].start and not p.specific and not p.plan and self._opens_sentence(p) for p in earlier)
            ):
                # 年末全国共有体育场地…。全年我国运动员…。在亚运会上…共获得85枚奖牌: a sentence opening
                # with the whole year (全年, 2023年) after the point closes it; what follows is of the year
                specific = []
            if kind == "achievement" and (opening := self._opening_frame(line_start, s_start, m.start)) is not None:
                review = self.modes.review_period(m.start)
                if PAST_YEAR.fullmatch(opening[1]) and review is not None:
                    return review  # 一、2021年工作回顾 … 过去一年，…: the year as its heading names it
                if opening[1] == "全年":
                    if not specific or specific[-1].start < opening[0]:
                        return opening[1]  # (_period reads it as the heading's year, if one)
                elif _one_year(opening[1]) is None and self._is_level(m):
                    pass  # 五年来，…森林覆盖率达到68%: a level the span ended at is no count over it
                elif _one_year(opening[1]) is None and review is not None and _one_year(review) is None and not PAST_YEAR.fullmatch(review):
                    return review  # 一、“十一五”时期工作回顾 … 五年来，…: the span as its heading names it
                elif _one_year(opening[1]) is None and any(p.plan for p in specific):
                    pass  # “十一五”期间，…。过去五年…: the plan's years as named, not counted again
                elif not specific or specific[-1].start < opening[0]:
                    # 2015年，面对…。全市地区生产总值… / 四年来，…。建成养老机构361个: a year or a span
                    # opening a sentence of the paragraph dates the results after it
                    return opening[1]
            if specific and POINT_IN_YEAR.search(specific[-1].text) and self._is_flow(m, name, specific[-1].text):
                # 年末…。新增移动电话用户10614万户 / 农业用水增长0.9%: what the year added or how
                # it grew is a flow of the whole year; the point a stock is measured at dates none
                specific = []
            if specific:
                return specific[-1].text
            # 云溪县2023年1-10月经济运行简况: a bulletin's title states the period of its figures;
            # a target stating none is for the period its plan section's heading names
            if kind == "achievement":
                return self._title_period or self._review_period(m, line_start)
            return self.modes.plan_period(m.start)
        if kind == "achievement":
            specific = [p for p in before if p.specific]
            if specific and POINT_IN_YEAR.search(specific[-1].text) and (m.unit or "").endswith("次"):
                if specific[-1].start < self.seg.clause(m.start)[0] and specific[-1] is before[-1]:
                    # 年末…床位99.7万张；…得到国家救济的达4028万人次: the point dates the stocks of its
                    # clauses, not a count of events over the year in a later one
                    return None
            if specific:
                return specific[-1].text
        return before[-1].text

    def _is_flow(self, m: NumberMention, name: str, point: str) -> bool:
        """What the year added or how it grew (新增…, …增长), a count of events (4028万人次), or,
        at a point of a year (年末), what the year earned or made (人均可支配收入, 牛奶产量)."""
        if "年" in point and (YEAR_EARNINGS_NAME.search(name) or prose.FLOW_NAME.match(name)):
            return True  # (整修城市道路49条, 新建公厕375座: what the year built)
        return bool(YEAR_FLOW_NAME.search(name)) or (m.unit or "").endswith("次")



# heads an item's name takes as its own (粮食产量, 纱产值) rather than in brackets
_ITEM_HEADS = ("产量", "产值", "增加值")
# 出口 / 进口 in a table title: the flow its 数量 and 金额 columns measure (进出口 is both)
_FLOWS = ("出口", "进口")
_FLOW_IN_TITLE = re.compile(r"(?<!进)出口(?!额)|(?<!出)进口(?!额)")
# 年均增长8%, 平均每年增长, 年均分别增长: a rate averaged over the years of a span
AVERAGE_RATE = re.compile(r"(?:年均|平均每年|每年平均|年平均)(?:分\s*别)?(?:增长|增速|递增|增递增|提高|下降|降低|增幅)")
# 过去五年, 五年来, 今后五年, 2016-2020年, 2002年到2006年: the span an average is taken over
# (a bare 九年 is no span: 九年义务教育, 连续九年保持)
YEARS_SPAN = re.compile(
    r"(?:过去|今后|未来|近|这|经过)的?[两三四五六七八九十]年(?:来|间|中|里)?"  # 过去的五年
    # 五年新增城镇就业74.2万人, 五年造林2070万亩: a count of years opening what they added up to
    r"|(?<![第续\d〇一二三四五六七八九十两百千])[两三四五六七八九十]年多?(?:来|间|中|里|(?=累计|年均|平均|年平均|新增|共|造林|建成))"
    r"|(?:19|20)\d{2}年?\s*[-—–~～至到]\s*(?:19|20)\d{2}年"
)

# how far past a match's end YEARS_SPAN may read (3 for its lookahead 年平均, and a margin)
YEARS_SPAN_READS = 8


# 计划, 规划: the plan words a past year can stand over (一九八三年国家计划建成投产的78个…)
PLAN_WORDS = frozenset({"计划", "规划"})
# （2018—2020年）, 《…规划（2021-2035年）》: words in brackets name a document or add a detail
BRACKETED = re.compile(r"（[^（）]{0,40}）|\([^()]{0,40}\)|《[^《》]{0,60}》")
# 过去一年，我们…, 一年来，…: a paragraph opening on the year just past (as the report writes it)
PAST_YEAR_OPENS = re.compile(r"((?:过去|近)的?一年|一年来)(?=[里中来]?[，,])")
# 森林覆盖率达到68%, 由625公里增加到744公里, 占比为35%: the words before a level a span ended at
LEVEL_BEFORE = re.compile(
    r"(?:达到|达|[增加提高上升扩大下降降低减少]到|降至|增至|突破|超过|稳定在|保持在|为|是|由|从|占)\s*(?:约|近|超)?\s*$"
)
# 初步核算，全年… / 刚刚过去的2015年，…: the words a sentence may open with before its frame
SENTENCE_LEAD = re.compile(
    r"(?:(?:据|经)?初步(?:核算|统计|测算|预计)[,，]?|预计|(?:根据|据)[\u4e00-\u9fff]{0,6}统计[,，]?|刚刚过去的|过去的|在|回顾)?"
)
# 2019年以来, 2018年起, 2020年至2022年, 2025年前: a year that starts or bounds a stretch frames no paragraph
FRAME_NOT_AFTER = re.compile(r"\s*(?:以来|起|开始|至|到|前|以前|以后|后|[-—–~～])")


def _one_year(text: str) -> int | None:
    """The year of a period naming one whole year (2023年, 二〇〇一年, 2023年全年), else None."""
    text = unicodedata.normalize("NFKC", text)  # ２００６年 (full-width digits) is 2006年
    if re.fullmatch(r"(?:(?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3})年(?:全年|度)?", text) is None:
        return None
    found = years_in(text)
    return found[0] if len(found) == 1 else None


# 把1984年末至1985年一度出现的…现象: a period that is a preposition's object or a span's start
# names a stretch of time the sentence talks about, not the time frame of the paragraph
_NOT_A_FRAME_BEFORE = frozenset("把从由自将对与同")
_NOT_A_FRAME_AFTER = frozenset("至到～~—－-")


def _notes_start(doc: Document) -> int:
    """Where the report's notes begin (the last line that is only 注释：/名词解释/附注), else past
    its end: the notes run to the end of the report."""
    found = [m.start() for m in NOTES_HEADING.finditer(doc.norm)]
    return found[-1] if found else len(doc.norm) + 1


def _title_period(doc: Document, seg: Segments) -> str | None:
    """The specific period (1-10月, 上半年) named in the first body line, if it is a title."""
    if not doc.kept:
        return None
    start, end = doc.kept[0]
    if end - start > 60 or re.search(r"[。；;]", doc.norm[start:end]):
        return None
    found = [p for p in seg.periods_between(start, end) if p.specific]
    return found[-1].text if found else None

