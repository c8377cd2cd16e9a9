"""Action items by rules: clauses that state a measure (加快…, 推进…, 完成…建设)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.models import ActionItem, Evidence
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
    r"抓严|抓实|抓细|抓牢|细排|倒排|压实|守牢|筑牢|做到|做大|做强|做优|盯紧|紧扣|夯实"
)
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("party_building", r"党建|党组织|党员|党工委|党支部|党群|廉政|作风"),
    ("investment_attraction", r"招商|招引|签约|外资|引进|落户|洽谈"),
    ("project_construction", r"项目|开工|竣工|投产|施工|厂房|达产"),
    ("infrastructure", r"道路|管网|基础设施|路网|水厂|污水处理厂|交通|桥|配套工程"),
    ("enterprise_services", r"企业服务|帮办|纾困|走访|服务企业|助企|帮扶|营商环境"),
    ("environment", r"环保|生态|环境|污染|排污|治气|减排|绿色|河道|清淤|整治"),
    ("safety", r"安全|疫情|防控|消防|应急|风险|隐患|核酸|接种"),
    ("livelihood", r"民生|教育|卫生|养老|医疗|就业|农民工|工资|征地|文明城市"),
    ("innovation", r"创新|科技|人才|研发|高新技术|产学研|专利"),
    ("fiscal", r"税|财政|融资|基金|资金|预算"),
    ("governance", r"考核|督查|调度|责任|通报|台账|清单|绩效"),
    ("economic_operation", r"经济运行|指标|产值|统计|纳统|入规"),
)
DEADLINE = re.compile(r"(?:年底前?|年内|\d{1,2}月(?:底|末)?前?|20\d{2}年\d{1,2}月\d{1,2}日前|本月|月底前|季度末)")
OWNER = re.compile(r"^([\u4e00-\u9fff、]{2,14}?(?:部门|局|委|办|中心|公司|集团|街道|园区|单位|科|处))要")
ENUM_PREFIX = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*")
CLAUSE = re.compile(r"[^,，;；。！？!?:：\n]+")
SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]?")
SHORT_CLAUSE = 8  # characters: shorter action clauses are joined to their neighbour
MAX_VERB_OFFSET = 16


def extract_actions(doc: Document, seg: Segments) -> list[ActionItem]:
    """Measures stated in body text: one action per clause that carries an action verb.

    Very short clauses (做到应收尽收) join the action before them in the same sentence, so an
    action reads as one measure rather than a fragment; verb lists joined by 、 are split.
    """
    actions: list[ActionItem] = []
    norm = doc.norm
    for kept_start, kept_end in doc.kept:
        block = norm[kept_start:kept_end]
        for line_match in re.finditer(r"[^\n]+", block):
            line = line_match.group()
            line_start = kept_start + line_match.start()
            if is_heading(line) or len(line.strip()) < 8:
                continue
            for sentence in SENTENCE.finditer(line):
                spans = _action_spans(norm, line_start + sentence.start(), line_start + sentence.end())
                actions.extend(_item(doc, s, e) for s, e in spans)
    return actions


def _action_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    previous_end = -1
    for clause in CLAUSE.finditer(norm, start, end):
        for s, e in _verb_list_parts(norm, clause.start(), clause.end()):
            s, e = _trim(norm, s, e)
            text = norm[s:e]
            if len(text) < 4 or len(text) > 90 or not _is_action(text):
                previous_end = -1
                continue
            if spans and previous_end == spans[-1][1] and norm[previous_end:s].strip(" ,，") == "" and (
                e - s <= SHORT_CLAUSE or spans[-1][1] - spans[-1][0] <= SHORT_CLAUSE
            ):
                spans[-1] = (spans[-1][0], e)  # 认真排查税源，做好税收界定，做到应收尽收
            else:
                spans.append((s, e))
            previous_end = e
    return spans


def _verb_list_parts(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split 督促施工进度、严格执行程序、全面落实责任制 where every part starts with a verb."""
    text = norm[start:end]
    parts = text.split("、")
    if len(parts) < 3 or not all(_starts_with_verb(p) for p in parts[1:]):
        return [(start, end)]
    out, pos = [], start
    for part in parts:
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _starts_with_verb(text: str) -> bool:
    verb = ACTION_VERBS.search(text)
    return verb is not None and verb.start() <= 2


def _is_action(text: str) -> bool:
    verb = ACTION_VERBS.search(text)
    return verb is not None and verb.start() <= MAX_VERB_OFFSET


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    text = norm[start:end]
    prefix = ENUM_PREFIX.match(text)
    if prefix:
        start += prefix.end()
        text = text[prefix.end() :]
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return start, start + len(stripped)


def _item(doc: Document, start: int, end: int) -> ActionItem:
    quote = doc.text[start:end]
    text = doc.norm[start:end]
    owner_match = OWNER.match(text)
    deadline = DEADLINE.search(text)
    return ActionItem(
        action=quote,
        owner=doc.text[start : start + owner_match.end(1)] if owner_match else None,
        deadline=doc.text[start + deadline.start() : start + deadline.end()] if deadline else None,
        category=_category(text),
        evidence=Evidence(quote=quote, start=start, end=end),
    )


def _category(text: str) -> str:
    for name, pattern in CATEGORIES:
        if re.search(pattern, text):
            return name
    return "other"
