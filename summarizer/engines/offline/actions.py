"""Action items by rules: clauses that state a measure (加快…, 推进…, 完成…建设)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.engines.offline import vocab
from summarizer.engines.offline.gate import AnyMatch, FirstOf
from summarizer.models import ActionItem, Fact, Target
from summarizer.text import wrap
from summarizer.text.prefilter import prefiltered
from summarizer.text.segment import Segments, is_heading

if TYPE_CHECKING:
    from summarizer.text.clean import Document

ACTION_VERBS = re.compile(
    r"加快|推进|推动|抓好|做好|落实|开展|实施|建立|健全|加强|完善|深化|强化|提升|优化|打造|培育|"
    r"引进|围绕|坚持|持续|协助|帮助|助推|督促|跟踪|排查|建成|新建|出台|制定|实行|聘请|签约|承接|"
    r"紧盯|关注|统筹|保障|聚焦|着力|支持|鼓励|引导|探索|谋划|整治|整改|治理|检查|巡查|摸排|"
    r"处理|化解|办结|通报|颁发|创新|明确|梳理|细化|压实|压缩|严格|扩大|派驻|争创|配置|防止|"
    r"盘活|设立|组建|纳入|帮办|对接|调度|储备|申请|取得|启动|修编|调整|整顿|执行|拓展|招引|"
    r"赴|完成|召开|服务|解决|推行|建设|提高|补齐|严守|发挥|构建|营造|规范|压降|清理|发放|"
    r"拉大|诫勉|约谈|取消|维护|确保|力争|争取|抢抓|狠抓|突出|深耕|对标|引育|招商|走访|调研|"
    r"抓严|抓实|抓细|抓牢|细排|倒排|压实|守牢|筑牢|做到|做大|做强|做优|盯紧|紧扣|夯实|加大|"
    # plans' verbs: 用好信贷通, 打赢…战役, 打响…品牌, 续建…二期, 延伸…产业链条, 严厉打击…
    r"用好|促进|打赢|打好|打响|打击|改造|续建|加速|延伸|保持(?=[^,，;；]{0,12}(?:稳定|不变|连续性))"
)
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("party_building", r"党建|党组织|党员|党工委|党支部|党群|廉政|作风"),
    ("investment_attraction", r"招商|招引|签约|外资|引进|落户|洽谈"),
    ("project_construction", r"项目|开工|竣工|投产|施工|厂房|达产|产业园建设|载体建设"),
    ("infrastructure", r"道路|管网|基础设施|路网|环路|水厂|污水处理厂|交通|桥|配套工程"),
    ("enterprise_services", r"企业服务|帮办|纾困|走访|服务企业|助企|帮扶|营商环境|一件事|网办|审批"),
    ("safety", r"安全|疫情|防控|消防|应急|风险|隐患|核酸|接种"),
    ("environment", r"环保|生态|环境|污染|排污|治气|减排|绿色|河道|清淤|整治"),
    ("livelihood", r"民生|教育|卫生|养老|医疗|就业|农民工|工资|征地|文明城市"),
    ("innovation", r"创新|科技|人才|研发|高新技术|产学研|专利"),
    ("fiscal", r"税|财政|融资|基金|资金|预算"),
    ("governance", r"考核|督查|调度|责任|通报|台账|清单|绩效"),
    ("economic_operation", r"经济运行|指标|产值|统计|纳统|入规"),
)
DEADLINE = prefiltered(re.compile(r"(?:年底前?|年内|\d{1,2}月(?:底|末)?前?|20\d{2}年\d{1,2}月\d{1,2}日前|本月|月底前|季度末)"))
OWNER = re.compile(r"^([\u4e00-\u9fff、]{1,14}?(?:部门|局|委|办|中心|公司|集团|街道|园区|单位|科|处))要")
OWNER_REACH = 17  # an owner ends in 要 within its first 14 + 2 + 1 characters: no 要 there, no owner
ENUM_PREFIX = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[、.．])\s*")
# read inside one line; a hard-wrapped paragraph's line is the whole paragraph (text/wrap.py)
CLAUSE = re.compile(r"(?:[^,，;；。！？!?:：]+|(?<=\d)[,:](?=\d))+")  # 1,250 and 10:30 stay whole
LINE = re.compile(r"[^\n]+")
WRAPPED_LINE = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # a kept block joined over its soft breaks
SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]?")
TITLE_MAX = 60  # characters: a first line up to this long without a full stop is the title
SHORT_CLAUSE = 8  # characters: shorter action clauses are joined to their neighbour
JOINED_MAX = 20  # characters: two measures of one sentence that fit in this read as one
MAX_VERB_OFFSET = 16
ITEM_TITLE = 16  # characters: the first sentence of an enumerated item up to this long is its title
# Adverbial clauses frame a measure (在…前提下, 为…创造条件, 就…工作, 通过…): not measures themselves.
FRAME = re.compile(
    r"^(?:在.{2,30}(?:前提下|情况下|过程中|之际)|(?:根据|按照|依据).{2,70}(?:精神|要求|部署|规定)"
    r"|请.{0,10}(?:贯彻落实|遵照执行|认真执行|抓好落实|执行)|在.{2,12}上|以实际行动.{2,30}|为.{2,40}(?:创造条件|奠定基础|打好基础|提供保障)"
    r"|就.{2,30}(?:工作|问题|事项|精神)|只有.{2,30}|才能.{2,30}|.{2,20}(?<!同)时"
    # 2024年是…关键一年 (a copula about the year), 重点抓好以下工作 (an announcement of a list),
    # 比上年同期提高2.3个百分点 (a comparison reporting a result)
    r"|.{0,16}是.{0,30}(?:之年|一年|关键期|攻坚期|窗口期)|.{0,12}(?:以下|如下|[一二三四五六七八九十几]+个?方面|几项)(?:重点)?(?:工作|任务)"
    r"|[^,，;；]{0,12}(?:增幅|增速|降幅|占比|比重)(?:提高|提升|回落|下降|收窄|扩大|加快|放缓).{0,20}"
    # 招商引资成效明显, 园区综合治理水平进一步提升: an assessment of results
    r"|.{2,16}(?:成效明显|成效显著|取得新突破|取得明显成效|稳中有进|稳步提升|持续向好|明显改善|进一步提升|不断增强|不断优化|显著增强)"
    r"|(?:增幅|增速|降幅|占比|比重)?(?:环比|同比|比|较)(?:上年|去年|上月|年初|全市|全省|上半年|一季度|[1１]-\d{1,2}月).{0,30})$"
)
# A clause that only commits to a figure (力争招引项目6个以上) is a target, not a measure.
_LEAD_TIME = (
    r"(?:下半年|上半年|全年|今年以来|今年|明年|年内|前?[一二三四]季度|\d{1,2}[-—–至]\d{1,2}月份?|当前|目前)?"
    r"(?:全区|全县|全市|全园|园区|我区|我县|开发区)?"
)
COMMITMENT_START = re.compile(rf"^{_LEAD_TIME}(?:[^,，;；]{{0,16}}?)(?:要|将|并)?(?:力争|确保|争取|努力)")
# 完成规上工业产值88亿元: a statistic reported with a light verb is a result, not a measure.
RESULT_START = re.compile(
    rf"^{_LEAD_TIME}(?:(?:已|累计|共)?(?:[^,，;；]{{0,16}}?)(?:完成|实现|达到)|累计[^,，;；]{{0,4}}?)"
)
# 会议指出，… / 据统计，…: what follows reports results, so its figures are not measures.
REPORTING = re.compile(r"^\s*(?:会议指出|会议通报|会上通报|会议听取|据统计|数据显示|统计显示)")
# 确保圆满完成全年各项目标任务: a closing goal, not a measure.
GOAL_ONLY = re.compile(
    r"^(?:要|将|并)?(?:力争|确保|争取|努力)(?:[^,，;；。]{0,12}(?:完成|实现)[^,，;；。]{0,12}(?:目标|任务)[^,，;；。]{0,4}"
    r"|[^,，;；。]{0,12}(?:目标|任务)[^,，;；。]{0,6}(?:完成|实现)|只超不少)$"
)


def extract_actions(doc: Document, seg: Segments, facts: Sequence[Fact] = ()) -> list[ActionItem]:
    """Measures stated in body text: one action per clause that carries an action verb.

    Very short clauses (做到应收尽收) join the action before them in the same sentence, so an
    action reads as one measure rather than a fragment; verb lists joined by 、 are split.
    Clauses that only report a result (完成投资85.2亿元) or only commit to a figure
    (力争引进项目6个以上) are facts, not measures: `facts` are the engine's figures, and a
    clause holding one of them is left out (results always; targets when the clause opens
    with its commitment word). The same measure stated twice (a title line repeated in the
    first sentence) is kept once.
    """
    actions: list[ActionItem] = []
    norm = doc.norm
    figures = sorted(
        (f.evidence.start, f.evidence.end, isinstance(f, Target), _number_at(f)) for f in facts
    )
    longest = max((f_end - f_start for f_start, f_end, _, _ in figures), default=0)
    seen: set[str] = set()
    title_seen = False
    lines = WRAPPED_LINE if wrap.of(doc) else LINE
    for kept_start, kept_end in doc.kept:
        block = norm[kept_start:kept_end]
        for line_match in lines.finditer(block):
            line = line_match.group()
            line_start = kept_start + line_match.start()
            if not title_seen and line.strip():
                title_seen = True
                if len(line.strip()) <= TITLE_MAX and not re.search(r"[。；;]", line):
                    continue  # the report's title (a headline or a slogan line) states no measure
            if is_heading(line) or len(line.strip()) < 8:
                continue
            reporting = False
            for sentence in SENTENCE.finditer(line):
                if sentence.start() == 0 and _is_item_title(line, sentence.end()):
                    continue
                # 会议指出，A；B；C。 — the report runs on over semicolons to the full stop
                opens = sentence.start() == 0 or line[sentence.start() - 1] not in "；;"
                reporting = bool(REPORTING.match(sentence.group())) if opens else reporting
                spans = _action_spans(norm, line_start + sentence.start(), line_start + sentence.end())
                for s, e in spans:
                    key = norm[s:e].replace("\n", "")
                    if key in seen or _states_a_figure(norm, s, e, figures, reporting=reporting, longest=longest):
                        continue
                    if DONE.search(key) or _is_generic(key):
                        continue
                    seen.add(key)
                    actions.append(_item(doc, s, e))
    return actions


# 均已全部进场装修, 两栋厂房已完成主体施工: progress reported, not a measure
DONE = prefiltered(re.compile(
    r"(?:均已|均已经|已全部|已经全部)(?:完成|进场|進場|签约|簽約|建成|开工|開工|投产|投產|竣工|办理|辦理)"
    r"|已完成[^,，;；]{0,8}(?:施工|报验|報驗|验收|驗收)|正在(?:进行|進行)|^(?:获得|荣获|獲得|榮獲)"
))
# a figure (not a date): 确保年底前交付 may join a measure, 力争引进项目8个以上 is a target of its own
FIGURE = r"\d+(?:\.\d+)?(?![\d.]*(?:年|月|日|号|號))"
FIGURE_OR_GOAL = re.compile(FIGURE + r"|目标|目標|任务|任務|只超不少")
# 压实工作责任, 加强综合研判: a verb and an abstract object only, no thing, place or name to act on
ABSTRACT = vocab.compiled("abstract_objects")
GENERIC_MAX = 8  # characters: longer clauses name something concrete
NAMED = re.compile(r"[“”\"《》\d]")  # a quoted name or a figure: something concrete
ADVERBS = re.compile(r"^(?:要|并|並|全力|全面|切实|切實|持续|持續|进一步|進一步|不断|不斷|积极|積極|加快)+")
ABSTRACT_TAIL = vocab.compiled("abstract_tails", suffix="$")
ABSTRACT_TAIL_MAX = 16


def _is_generic(text: str) -> bool:
    """A short measure whose object is abstract (工作, 责任, 问题 …) names nothing to check."""
    if len(text) <= ABSTRACT_TAIL_MAX and ABSTRACT_TAIL.search(text) and not NAMED.search(text):
        return True
    body = ADVERBS.sub("", text)
    if len(body) > GENERIC_MAX or NAMED.search(body):
        return False
    verb = ACTION_VERBS.match(body)
    rest = body[verb.end() :] if verb else body
    return bool(ABSTRACT.fullmatch(rest)) or len(rest) <= 2 or len(body) <= 4


def _number_at(fact: Fact) -> int:
    """Where the figure's number stands (its metric may come before or after it)."""
    found = fact.evidence.quote.find(fact.value_text) if fact.value_text else -1
    return fact.evidence.start + max(found, 0)


def _states_a_figure(
    norm: str,
    start: int,
    end: int,
    figures: list[tuple[int, int, bool, int]],
    *,
    reporting: bool = False,
    longest: int = 10**9,
) -> bool:
    """True when the clause is a result, or a bare commitment to a figure (a fact already).

    `figures` is sorted by start; those before index `first` end before `start`."""
    text = norm[start:end]
    # figures are sorted by start; evidence is short, so begin a little before the clause
    first = bisect_left(figures, (start - longest,))
    for f_start, f_end, is_target, number in figures[first:]:
        if f_start >= end:
            break
        if f_end <= start:
            continue
        inside = min(end, f_end) - max(start, f_start)
        if inside < (f_end - f_start) / 2:
            continue
        if not is_target and reporting:
            return True
        if not is_target and inside >= 0.8 * (end - start):
            return True  # 招商引资到位资金65亿元: the clause is the figure, a result
        if is_target:
            commitment = COMMITMENT_START.match(text)
            if commitment and number >= start + commitment.end():
                return True  # (固定资产投资)力争达到45亿元: the commitment is to the figure after it
            continue
        result = RESULT_START.match(text)
        if result and number >= start + result.end():
            return True  # (地区生产总值)完成156.8亿元: the verb reports the figure after it
    return False


def _action_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    previous_end = -1
    for clause in CLAUSE.finditer(norm, start, end):
        for s, e in _verb_list_parts(norm, clause.start(), clause.end()):
            s, e = _trim(norm, s, e)
            text = norm[s:e].replace("\n", "")
            adjacent = bool(spans) and previous_end == spans[-1][1] and norm[previous_end:s].strip(" ,，\n") == ""
            dependent = bool(DEPENDENT.match(text))
            if dependent and adjacent and len(text) <= 40 and not _FRAME_VOCAB_ANY.match(text) and (
                DEADLINE.search(text) or not FIGURE_OR_GOAL.search(text)
            ):
                spans[-1] = (spans[-1][0], e)  # 加快建设新校区，确保年底前交付: the measure's goal
                previous_end = e
                continue
            if dependent and len(text) >= 10 and DEADLINE.search(text):
                dependent = False  # 确保东阳路、仁政路提升改造工程年内竣工: a measure with its deadline
            if len(text) < 4 or len(text) > 90 or dependent or not _is_action(text) or _is_frame(text) or (
                spans and PURPOSE.match(text)
            ):
                previous_end = -1
                continue
            if adjacent and (
                e - s <= SHORT_CLAUSE or spans[-1][1] - spans[-1][0] <= SHORT_CLAUSE or e - spans[-1][0] <= JOINED_MAX
            ):
                spans[-1] = (spans[-1][0], e)  # 认真排查税源，做好税收界定，做到应收尽收
            else:
                spans.append((s, e))
            previous_end = e
    return spans


def _verb_list_parts(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split 督促施工进度、严格执行程序、全面落实责任制 where every part starts with a verb."""
    if norm.count("、", start, end) < 2:
        return [(start, end)]  # fewer than three parts: nothing to split (most clauses)
    text = norm[start:end]
    parts = text.split("、")
    if len(parts) < 3 or not all(_starts_with_verb(p) for p in parts[1:]):
        return [(start, end)]
    out, pos = [], start
    for part in parts:
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


# 全面提升我区医疗水平 after a measure: the purpose the measure serves, not a second measure.
PURPOSE = re.compile(
    r"^(?:要|并|从而|以|进一步|切实|全面|不断|持续|努力|有效)*(?:提升|提高|增强|推动|促进|确保|保障|助力|实现|营造|形成|带动)"
    r".{0,30}(?:水平|能力|发展|质量|效益|效率|获得感|幸福感|满意度|安全感|稳定|基础|格局|环境|形象|作用|效能|竞争力|活力|需求|动能)$"
)


def _is_item_title(line: str, end: int) -> bool:
    """(一)全力以赴做好招商引资。紧盯… : the short first sentence of an item names it."""
    prefix = ENUM_PREFIX.match(line)
    if prefix is None or prefix.group().strip().endswith("是"):
        return False  # 一是加快… opens a measure, not a title
    title = line[prefix.end() : end].rstrip("。.;；:： ")
    return len(title) <= ITEM_TITLE and end < len(line.rstrip())


# 打造经济发展主战场, 建设长三角一流创新高地: a positioning slogan, not a measure.
_SLOGAN_HEADS = (
    "主战场", "主力军", "主引擎", "主阵地", "主平台", "高地", "最高地", "策源地", "首选地", "集聚地", "新中心",
    "排头兵", "桥头堡", "增长极", "领头羊", "火车头", "新标杆", "样板区", "最美窗口", "新名片", "一流开发区",
    "一流開發區", "一流园区", "一流園區", "良好环境", "良好環境", "体制机制", "體制機制",
)
# 要围绕高效产出奋力攻坚: a rallying call around a theme
_RALLY_ENDS = ("奋力攻坚", "攻坚克难", "全力攻坚", "集中攻坚", "发力", "用力", "冲刺")
SLOGAN = re.compile(
    r"^(?:要|全力|奋力|加快|努力|着力)*(?:打造|建设|建設|争当|争做|成为|当好|做|构建|構建|营造|營造)[^,，;；]{0,40}"
    rf"(?:{'|'.join(_SLOGAN_HEADS)})$"
    rf"|^[^,，;；]{{0,12}}?(?:围绕|聚焦)[^,，;；]{{1,16}}(?:{'|'.join(_RALLY_ENDS)})$"
)
# both branches end in one of these words (at the end, or before a final newline as $ allows):
# a text ending otherwise is no slogan, and the bounded wildcards need not backtrack to say so
_SLOGAN_ENDS = _SLOGAN_HEADS + _RALLY_ENDS


# summarizer/data/offline_vocab.toml: frames, rallying calls, attitudes (never a measure) and
# openers that only continue the measure before them.
FRAME_VOCAB = vocab.compiled("action_frames")
DEPENDENT = vocab.compiled("action_dependent", prefix=r"(?:要|并|並|全力|切实|切實)?")
# the two long alternations, tried branch by branch on the words they need (gate.py): same answers
_FRAME_ANY = AnyMatch(FRAME)
_FRAME_VOCAB_ANY = AnyMatch(FRAME_VOCAB)


def _is_frame(text: str) -> bool:
    """An adverbial frame (在…前提下, 为…创造条件) or a closing goal (确保完成全年目标任务)."""
    return (
        _FRAME_ANY.match(text)
        or bool(GOAL_ONLY.match(text) or (_is_slogan_end(text) and SLOGAN.match(text)))
        or _FRAME_VOCAB_ANY.match(text)
    )


def _is_slogan_end(text: str) -> bool:
    """The text ends as SLOGAN requires (the cheap half of its test, tried first)."""
    return (text[:-1] if text.endswith("\n") else text).endswith(_SLOGAN_ENDS)


def _starts_with_verb(text: str) -> bool:
    verb = ACTION_VERBS.search(text)
    return verb is not None and verb.start() <= 2


def _is_action(text: str) -> bool:
    verb = ACTION_VERBS.search(text)
    return verb is not None and verb.start() <= MAX_VERB_OFFSET


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    text = norm[start:end]
    if text[:1] == "\n":  # a clause that opens a wrapped line: its enumeration mark follows
        start, text = start + 1, text[1:]
    prefix = ENUM_PREFIX.match(text.replace("\n", ""))  # 二\n是: a mark over a wrapped line's break
    if prefix:
        cut = prefix.end() + text.count("\n", 0, prefix.end() + text.count("\n", 0, prefix.end()))
        start += cut
        text = text[cut:]
    left = text.lstrip()
    start += len(text) - len(left)
    return start, start + len(left.rstrip())


def _item(doc: Document, start: int, end: int) -> ActionItem:
    quote = doc.text[start:end]
    text = doc.norm[start:end]
    owner_match = OWNER.match(text) if "要" in text[:OWNER_REACH] else None
    deadline = DEADLINE.search(text)
    # one validation of the whole item, its evidence given as data (a model built apart and
    # then checked again inside the item costs a second pass; the item is the same)
    return ActionItem.model_validate(
        {
            "action": quote.replace("\n", ""),  # the measure in the source's words, a wrapped line joined
            "owner": doc.text[start : start + owner_match.end(1)] if owner_match else None,
            "deadline": doc.text[start + deadline.start() : start + deadline.end()] if deadline else None,
            "category": _category(text.replace("\n", "")),
            "evidence": {"quote": quote, "start": start, "end": end},
        }
    )


_CATEGORY_RES = tuple((name, re.compile(pattern)) for name, pattern in CATEGORIES)
_CATEGORY_FIRST = FirstOf(tuple(pattern for _, pattern in _CATEGORY_RES))  # one scan for all (gate.py)


def _category(text: str) -> str:
    found = _CATEGORY_FIRST.index(text)
    return _CATEGORY_RES[found][0] if found >= 0 else "other"
