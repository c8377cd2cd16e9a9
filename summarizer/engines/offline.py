"""The deterministic offline engine: rules over clauses, cue words and number mentions.

No network and no model: it is the default when no endpoint is configured and the baseline
the LLM engine must beat. Every fact it emits is built from a regex mention, so the shared
verifier can ground it; metric names follow the source's own words (the noun phrase right
before the number, or right after it for 21个项目开工).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from summarizer.engines import actions as action_rules
from summarizer.engines import meta as meta_rules
from summarizer.engines.base import Draft
from summarizer.models import Achievement, Evidence, Fact, NumberMention, Target
from summarizer.text.clean import Document
from summarizer.text.segment import PERIOD_RE, Segments, is_heading
from summarizer.verify.claims import compact, names_nothing

VERSION = "offline-1"


# --- cue words (matched in the Simplified, half-width view) ---------------------------------

# Cue words: the nearest one before a figure decides target vs achievement.
TARGET_CUES = re.compile(
    r"力争|确保|争取|目标|计划|预期|预计|努力|力拚|力拼|到20\d{2}年|明年|年底前|"
    r"将(?:新建|建成|实现|完成|达到|突破|引进|新增|力争|继续|加快|推动|确保|争取)|"
    r"要(?:确保|力争|实现|完成|新增|引进|突破|达到)|拟(?:新建|建设|引进|实施|投资)"
)
WEAK_TARGET_CUES = {"预计"}  # year-end summaries report 全年预计完成… as results
# Strong achievement cues override an earlier target cue in the same sentence.
ACHIEVEMENT_CUES = re.compile(r"同比|按年|已|累计|截至|截止|今年以来|完成了|实现了|共计")
# Weak achievement cues decide only when the sentence has no target cue before the figure.
WEAK_ACHIEVEMENT_CUES = re.compile(r"实现|完成")
PLAN_HEADING = re.compile(r"计划|打算|安排|思路|下一步|下一阶段|展望|工作要点|目标|预期|举措|任务清单|重点任务|实施方案")
SUMMARY_HEADING = re.compile(r"总结|回顾|成效|成绩|完成情况|开展情况|进展情况|主要工作|运行情况")
PLAN_SWITCH = re.compile(
    r"^\s*(?:下一阶段|下一步|下阶段|接下来|今后|明年|[一二三四]季度[,，]|下半年[,，]|"
    r"会议要求|会议强调|[\u4e00-\u9fff]{2,4}(?:要求|强调)[,，:：]?$)"
)
COMMITMENTS = ("力争", "确保", "争取", "目标", "计划", "预计", "预期", "不少于", "不低于", "努力", "力拚", "力拼")

GROWTH_CUE = re.compile(
    r"(?:同比|按年|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年)?"
    r"(?P<verb>增长|增加|提高|上升|增幅|增速|成长|下降|减少|回落|降低|衰退)(?:了|为|达到?)?$"
)
# 成长/衰退: Taiwan usage; 按年: Hong Kong's "year on year"
NEGATIVE_GROWTH = {"下降", "减少", "回落", "降低", "衰退"}

# Words that end a verb phrase before the metric: cut the metric after their last occurrence.
CUT_VERBS = (
    "实现", "完成", "达到", "下达", "涉及", "开展", "累计", "共计", "建成", "设立",
    "打造", "盘活", "办结", "摸排", "聘请", "紧扣", "围绕", "力争", "确保", "争取", "预计",
    "计划", "其中", "深入", "处理了", "处理", "推动", "引导", "力求", "保持", "占到", "力拚", "力拼",
)
LEADING_NOISE = re.compile(
    r"^(?:[、,，;；:：\s]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、．](?!\d)|"
    r"的|同时|并且|并|再|已经|已|共|今年|去年|当年|全年(?!目标|任务)|[上下]半年|年内|"
    r"组织|建(?![设筑成立])|在[^,，、]{1,10}?(?:范围内|内|中|上|里|点|处)|"
    r"20\d{2}年(?:全年|度)?|\d{1,2}[-—–~至]\d{1,2}月份?|前三季度|[一二三四]季度|"
    r"全市|全省|全区|全县|全园|全国|县市区|辖市区|我区|我县|我市|(?:本|该)?(?:开发区|园区|经开区|高新区)|"
    r"连续[一二两三四五六七八九十多\d]+年|"
    r"一是|二是|三是|四是|五是|六是|七是|八是|九是|十是)+"
)
TRAILING_NOISE = re.compile(
    r"(?:[、,，\s]|共计|共|累计|总计|合计|分别为|分别|达到|高达|多达|达|为|有|完成|实现|已|中|的|"
    r"新台币|人民币|港币|港元|"
    r"(?<!目标)任务(?!数))+$"
)
POST_STOP = re.compile(
    r"[,，、;；。:：!?！？\n()（）“”\"\d]|(?:和|及|与)(?=[\d一二两三四五六七八九十])|已|均|并|至|"
    r"正在|预计|通过|调试|安装|建设|"
    r"施工|完工|达到|同比|分别|以及|共|累计|其中|等"
)
ANAPHORA = ("增幅", "增速", "降幅", "总量", "占比", "比重")  # 占比60%: a share of the figure before
# what follows the anaphor is the comparison, not the metric: 增速|比1-9月回落, 增幅|提高
ANAPHORA_TAIL = re.compile(r"环比|同比|比上年|较上年|比|较|提高|提升|回落|下降|收窄|扩大|加快|上升|放缓")
CONJUNCTIONS = {"和", "及", "与", "以及", "、", "或"}
RANK_TRIGGER = re.compile(
    r"(?:居|列|位列|位居|排名|排在|排|名列|进入|保持|位于|跃居|升至|稳居|跻身)[^居列排进保位跃升稳跻]*$"
)
# A metric that only says "rose by": it belongs to the figure before it (税收占比…比上年提高2个百分点).
DELTA_METRIC = re.compile(
    r"(?:同比|环比|按年|(?:比|较)(?:上年|去年|上月|年初)(?:同期|底|末)?)?"
    r"(?:净增|新增|增加|提高|提升|增长|下降|减少|回落|上升|降低|成长|衰退|收窄|扩大)了?"
)
NOUN_SUFFIX = set("率额量值数度")
# after a bare class noun: commitment and time words, then the verb that says what is counted
BARE_PREDICATE = re.compile(
    r"(?:预计|力争|计划|将|已|均|可)?(?:年底前|年内|年底|上半年|下半年|全年|\d{1,2}月(?:底)?前?)?"
    r"(?P<verb>[\u4e00-\u9fff]{2,4})$"
)
LONG_METRIC = 14  # characters: longer metric phrases are run-on clauses
NEW_COUNT = re.compile(r"新(?:增|认定|引进|签约|建|开工|落户|入规)")
SHARE_HEADS = ("比重", "占比", "份额", "比例")
GROWTH_TAIL = re.compile(r"(?:同比|按年)?(?:增长|下降|增速|增幅|降幅)$")  # 完成率, 实现额: the verb is part of the metric
SIZE_CLASS_AFTER = re.compile(
    r"^(?:以上|以下|及以上)?(?:的)?(?:级|元级|元)?"
    r"(?:重大|重点|大|产业|制造业|工业|优质|龙头|骨干|规上|科创)?"
    r"(?:项目|企业|工程|产业|园区|基地|集群|龙头|大项目|投资项目)"
)
SIZE_CLASS_COUNTED = re.compile(
    r"(?:以上|以下)?的?[\u4e00-\u9fff“”\"]{0,10}?(?:项目|企业)(?:不少于|不低于|超过|达到|达)?"
    r"(?:\d|[一二两三四五六七八九十]+[个家项])"
)
SCOPE_AFTER = re.compile(r"^(?:个)?(?:县市区|辖市区|县区|市区|县\(市、区\)|省辖市|地级市|城市|开发区|省份)")
POLICY_BEFORE = re.compile(r"(?:环境|政策|措施|举措|意见|办法|”|\")$")
CAPACITY_BEFORE = re.compile(r"(?:年产|产能|设计产能|年产能|年处理|装机)\s*$")
# Tables flattened to text: cells split by | or tabs; the block's first row names the columns.
CELL_SPLIT = re.compile(r"[|｜\t]")
GROWTH_COLUMN = re.compile(r"增长|增速|增幅|同比|比上年|比去年|较上年|±")
TARGET_COLUMN = re.compile(r"目标|计划|预期|任务")


def extract(doc: Document, mentions: list[NumberMention]) -> Draft:
    """Build a draft Report from the cleaned document and its number mentions."""
    seg = Segments(doc)
    modes = _Modes(doc, seg)
    builder = _FactBuilder(doc, seg, modes)
    for mention in mentions:
        builder.add(mention)
    achievements = [f for f in builder.facts if isinstance(f, Achievement)]
    targets = [f for f in builder.facts if isinstance(f, Target)]
    meta = meta_rules.extract_meta(doc, seg, achievements)
    actions = action_rules.extract_actions(doc, seg, builder.facts)
    return Draft(meta=meta, achievements=achievements, targets=targets, actions=actions)


# --- document mode: summary vs plan sections -----------------------------------------------


class _Modes:
    """Which parts of the document report results and which lay out plans."""

    def __init__(self, doc: Document, seg: Segments) -> None:
        self._switches: list[tuple[int, str]] = []
        norm = doc.norm
        pos = 0
        for line in norm.split("\n"):
            start = pos
            pos += len(line) + 1
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            # kept spans exclude a line's indentation, so test the stripped text
            if not stripped or not doc.is_kept(start + lead, start + lead + len(stripped)):
                continue
            if len(CELL_SPLIT.findall(stripped)) >= 2:
                continue  # a table row (指标 | 1-6月 | 全年目标) is not a section heading
            if is_heading(stripped) or len(stripped) <= 40:
                plan = PLAN_HEADING.search(stripped)
                summary = SUMMARY_HEADING.search(stripped)
                if plan and not summary:
                    self._switches.append((start, "plan"))
                    continue
                if summary and not plan:
                    self._switches.append((start, "summary"))
                    continue
            for sentence in re.finditer(r"[^。！？!?]+", line):
                if PLAN_SWITCH.match(sentence.group()):
                    self._switches.append((start + sentence.start(), "plan"))
        self._switches.sort()
        self._starts = [start for start, _ in self._switches]

    def at(self, pos: int) -> str | None:
        i = bisect_right(self._starts, pos) - 1
        return self._switches[i][1] if i >= 0 else None


# --- facts ---------------------------------------------------------------------------------


Spans = tuple[tuple[int, int], ...]


@dataclass
class _Built:
    fact: Fact
    mention: NumberMention
    sentence: tuple[int, int]
    metric: Spans  # where the metric's words stand, so it is always quoted in the user's script


class _FactBuilder:
    def __init__(self, doc: Document, seg: Segments, modes: _Modes) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.seg = seg
        self.modes = modes
        self.built: list[_Built] = []
        self._boundary = 0  # end of the last mention that separates metrics
        self._growth_queue: list[tuple[_Built, bool]] = []
        self._title_period = _title_period(doc, seg)

    @property
    def facts(self) -> list[Fact]:
        return [b.fact for b in self.built]

    # entry point
    def add(self, m: NumberMention) -> None:
        norm = self.norm
        after = norm[m.end : m.end + 12]
        if self._is_size_class(m, after):
            return  # 亿元项目, 50亿级企业: a class of things, not a quantity (no boundary either)
        boundary = self._boundary
        self._boundary = m.end
        if m.family == "rank":
            self._add_rank(m, boundary)
            return
        if self._add_table_cell(m):
            return
        if CAPACITY_BEFORE.search(norm[max(0, m.start - 4) : m.start]):
            return  # 年产1万吨: a plant's capacity, not a result or target
        if m.family == "count" and SCOPE_AFTER.match(after):
            return  # 全省63个县市区: the comparison scope
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
        if m.family == "percent" and self._attach_growth(m, boundary):
            return
        self._add_value(m, boundary)

    # filters
    def _is_size_class(self, m: NumberMention, after: str) -> bool:
        if m.family in {"currency_cny", "currency_usd"} or (m.family == "none" and m.multiplier > 1):
            if SIZE_CLASS_AFTER.match(after) or after.startswith("级"):
                return True
            if re.match(r"^、(?:\d+(?:\.\d+)?)?(?:亿|万)?元", after):
                return True  # 5亿元、亿元、规上企业: an enumeration of size classes
            if SIZE_CLASS_COUNTED.match(self.norm, m.end, m.end + 24):
                return True  # 3至5亿元的配套项目10个: the amount classes the projects being counted
        return False

    # growth rates
    def _attach_growth(self, m: NumberMention, boundary: int) -> bool:
        clause_start, clause_end = self.seg.clause(m.start)
        pre = self.norm[max(clause_start, boundary) : m.start].strip()
        if self._growth_queue and pre in CONJUNCTIONS:
            host, negative = self._growth_queue.pop(0)  # …分别增长6.5%和7.8%: the next one
            host.fact.growth_pct = -m.value if negative else m.value
            self._extend(host, m.end)
            return True
        minus = pre.endswith(("-", "−"))  # 同比增长-3.5%: a decline written with a sign
        if minus:
            pre = pre[:-1]
        cue = GROWTH_CUE.search(pre)
        if cue is None:
            return False
        prefix = pre[: cue.start()].strip(" 、,，")
        if prefix not in ("", "分别"):
            return False  # the clause names its own metric: a standalone growth fact
        negative = (cue.group("verb") in NEGATIVE_GROWTH) != minus
        if prefix == "分别":
            # 收入分别达到A和B，分别增长x%和y%: growth rates go to the figures in order
            more = len(re.findall(r"(?:和|、|及|与)\d+(?:\.\d+)?%", self.norm[m.end : clause_end]))
            hosts = self._hosts_without_growth(m, more + 1)
            if not hosts:
                return False
            self._growth_queue = [(h, negative) for h in hosts[1:]]
            host = hosts[0]
        else:
            host = self._host_in_sentence(m, growth=True)
            if host is None:
                return False
        host.fact.growth_pct = -m.value if negative else m.value
        self._extend(host, m.end)
        return True

    def _hosts_without_growth(self, m: NumberMention, count: int) -> list[_Built]:
        sentence = self.seg.sentence(m.start)
        hosts = [
            b
            for b in self.built
            if b.sentence == sentence and b.fact.growth_pct is None and b.mention.family != "percent"
        ]
        return hosts[-count:] if len(hosts) >= count else []

    def _host_in_sentence(self, m: NumberMention, *, growth: bool = False) -> _Built | None:
        sentence = self.seg.sentence(m.start)
        for built in reversed(self.built):
            if built.sentence != sentence:
                return None
            if built.mention.family == "percentage_points":
                continue
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
        if col is None or col == 0:
            return False
        name = self.norm[header[col][0] : header[col][1]] if header and col < len(header) else ""
        first = row[0]
        if GROWTH_COLUMN.search(name) and m.family == "percent":
            host = next((b for b in reversed(self.built) if b.fact.evidence.start >= first[0]), None)
            if host is not None:
                sign = self.norm[first[0] : m.start].rstrip()[-1:]
                host.fact.growth_pct = -m.value if sign in "-−" else m.value
                self._extend(host, m.end)
                return True
        name_end = first[1]
        unit_in_name = re.search(r"[(（][^()（）]{1,6}[)）]\s*$", self.norm[first[0] : first[1]])
        if unit_in_name:
            name_end = first[0] + unit_in_name.start()  # 规上工业总产值（亿元）: the unit is not the name
        metric, metric_start = _tidy_metric(self.norm, first[0], name_end)
        if not metric:
            return True  # a row without a name: nothing says what the figure measures
        self._append(m, metric=((metric_start, metric_start + len(metric)),), metric_start=metric_start, end=m.end)
        fact = self.built[-1].fact
        if name and PERIOD_RE.fullmatch(name.strip()):
            fact.period = self.doc.text[header[col][0] : header[col][1]].strip()
        word = TARGET_COLUMN.search(name)
        if word and isinstance(fact, Achievement):
            # 全年目标 column: a target, committed to by the header's own word, for its period
            h_start = header[col][0]  # type: ignore[index]
            data = fact.model_dump()
            year = re.search(r"全年|年度|20\d{2}年", name)
            data["period"] = self.doc.text[h_start + year.start() : h_start + year.end()] if year else None
            commitment = self.doc.text[h_start + word.start() : h_start + word.end()]
            self.built[-1].fact = Target(**data, commitment=commitment)
        return True

    def _table_cells(self, pos: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]] | None] | None:
        """Cell spans of the table row holding `pos` and of its block's first (header) row."""
        start, end = self.seg.line(pos)
        row = _cells(self.norm, start, end)
        if len(row) < 2:
            return None
        header = None
        line_start = start
        while line_start > 0:
            prev_start, prev_end = self.seg.line(line_start - 1)
            prev = _cells(self.norm, prev_start, prev_end)
            if len(prev) < 2:
                break
            header, line_start = prev, prev_start
        return row, header

    # rankings
    def _add_rank(self, m: NumberMention, boundary: int) -> None:
        clause_start = self.seg.clause(m.start)[0]
        host = self._host_in_sentence(m)
        pre_start = max(clause_start, boundary)
        pre = self.norm[pre_start : m.start]
        if host is not None and host.mention.family == "rank":
            host = None  # two rankings in a row (开发园区第一、县市区第一方阵): each is its own fact
        own = _clean_metric(self.norm, pre_start, m.start, rank=True)[0]
        names_own_metric = bool(own) and not own.startswith(ANAPHORA)
        if host is not None and host.fact.rank is None and not names_own_metric:
            host.fact.rank = self.doc.text[pre_start : m.end].strip(" ,，、")  # from the trigger, not the host
            self._extend(host, m.end)
            return
        if host is not None and host.fact.rank is not None and not names_own_metric and pre.strip(" ,，、") == "":
            return
        metric, metric_start = _clean_metric(self.norm, pre_start, m.start, rank=True)
        spans: Spans = ((metric_start, metric_start + len(metric)),) if metric else ()
        if not spans:
            previous = self._last_in_sentence(m)
            if previous is None:
                return  # a ranking of nothing named
            spans, metric_start = previous.metric, m.start
        self._append(m, metric=spans, metric_start=metric_start, end=m.end)

    # values
    def _add_value(self, m: NumberMention, boundary: int) -> None:
        norm = self.norm
        clause_start = max(self.seg.clause(m.start)[0], boundary)
        if norm[m.start - 1 : m.start] == "各" and "、" in norm[clause_start : m.start]:
            self._add_distributive(m, clause_start)
            return
        metric, metric_start = _clean_metric(norm, clause_start, m.start)
        spans: Spans = ((metric_start, metric_start + len(metric)),) if metric else ()
        post = self._post_noun(m)
        pre_text = norm[clause_start : m.start].rstrip()
        end = m.end
        if post and (m.family == "count" or not metric or norm[m.end : m.end + 1] == "的"):
            bare = names_nothing(compact(norm[post[0] : post[1]]))
            if pre_text.endswith("的") and metric:
                # 一期签约的15个项目 -> 一期签约的项目
                spans = ((metric_start, clause_start + len(pre_text)), post)
            elif bare and metric:
                # 二期已签约4个项目: a bare class noun (项目, 企业) takes the words before it
                spans = ((metric_start, metric_start + len(metric)), post)
            else:
                spans, metric_start = (post,), m.start
                predicate = BARE_PREDICATE.match(norm, post[1], self.seg.clause(m.start)[1]) if bare else None
                if predicate:
                    # 6家企业预计年底前入规 -> 企业入规: the clause's verb says what is counted
                    spans = (post, predicate.span("verb"))
                    post = (post[0], predicate.end("verb"))
            end = post[1]
        if not spans:
            previous = self._last_in_sentence(m)
            if previous is None:
                return  # a bare figure with nothing to say what it measures
            spans, metric_start = previous.metric, m.start
        elif metric.startswith(ANAPHORA) or DELTA_METRIC.fullmatch(metric):
            # 增幅环比提升8个百分点 / 比上年提高2个百分点: about the figure before it
            host = self._host_in_sentence(m)
            if host is not None:
                word = next((a for a in ANAPHORA if metric.startswith(a)), "")
                own = len(word) + len(ANAPHORA_TAIL.split(metric[len(word) :])[0]) if word else len(metric)
                spans = _without_growth_tail(norm, host.metric) if metric.startswith(ANAPHORA) else host.metric
                spans = spans + ((metric_start, metric_start + own),)
        self._append(m, metric=spans, metric_start=metric_start, end=end)

    def _add_distributive(self, m: NumberMention, clause_start: int) -> None:
        """省级卫生村、省级健康村各1家: one fact per listed item."""
        norm = self.norm
        head = norm[clause_start : m.start - 1]
        pos = clause_start
        for item in head.split("、"):
            item_start = pos
            pos += len(item) + 1
            metric, metric_start = _clean_metric(norm, item_start, item_start + len(item))
            if metric:
                span = ((metric_start, metric_start + len(metric)),)
                self._append(m, metric=span, metric_start=metric_start, end=m.end)

    def _post_noun(self, m: NumberMention) -> tuple[int, int] | None:
        """The noun right after a number (21个项目开工 -> 项目开工), if it is not the next metric."""
        norm = self.norm
        start = m.end
        if norm[start : start + 1] == "的":
            start += 1
        if start >= len(norm) or not ("\u4e00" <= norm[start] <= "\u9fff"):
            return None
        stop = POST_STOP.search(norm, start + 1, min(len(norm), start + 24))
        end = stop.start() if stop else min(len(norm), start + 24)
        if end < len(norm) and (norm[end].isdigit() or norm[end] in "一二两三四五六七八九十"):
            return None  # the words lead into the next figure: they are its metric
        noun = norm[start:end]
        if "的" in noun[:-1]:
            head = noun.rsplit("的", 1)[1]
            if len(head) >= 2:
                noun = head
                start = end - len(head)
        return (end - len(noun), end) if noun else None

    def _last_in_sentence(self, m: NumberMention) -> _Built | None:
        sentence = self.seg.sentence(m.start)
        if self.built and self.built[-1].sentence == sentence:
            return self.built[-1]
        return None

    def _append(self, m: NumberMention, *, metric: Spans, metric_start: int, end: int) -> None:
        start = min(metric_start, m.start)
        end = max(end, m.end)
        evidence = Evidence(quote=self.doc.text[start:end], start=start, end=end)
        kind, commitment = self._kind(m, start)
        common = dict(
            metric="".join(self.doc.text[a:b] for a, b in metric).strip(),
            value=m.value,
            value_text=m.value_text,
            unit=m.unit,
            value_normalized=m.value_normalized,
            base_unit=m.base_unit,
            qualifier=m.qualifier,
            period=self._period(m, kind),
            evidence=evidence,
            mention_id=m.id,
        )
        fact: Fact = Target(**common, commitment=commitment) if kind == "target" else Achievement(**common)
        self.built.append(_Built(fact, m, self.seg.sentence(m.start), metric))

    # kind and period
    def _kind(self, m: NumberMention, metric_start: int) -> tuple[str, str | None]:
        """Target or achievement, from the nearest cue words, then the section's mode.

        Cues inside the metric itself (全年目标任务81.4%) do not count.
        """
        norm = self.norm
        s_start, s_end = self.seg.sentence(m.start)
        mode = self.modes.at(m.start)
        before = norm[s_start : min(metric_start, m.start)]
        _, c_end = self.seg.clause(m.start)
        after = norm[m.end : c_end]

        def last(pattern: re.Pattern[str], text: str, skip: frozenset[str] = frozenset()) -> int:
            found = [m.start() for m in pattern.finditer(text) if m.group() not in skip]
            return found[-1] if found else -1

        weak = WEAK_TARGET_CUES if mode == "summary" else set()
        target_at = last(TARGET_CUES, before, weak)
        # a tense cue among the metric's own words still dates it: 二期已签约4个项目
        achieved_at = last(ACHIEVEMENT_CUES, norm[s_start : m.start])
        if target_at >= 0 and target_at > achieved_at:
            kind = "target"
        elif achieved_at >= 0:
            kind = "achievement"
        elif last(WEAK_ACHIEVEMENT_CUES, before) >= 0 and mode != "plan":
            kind = "achievement"
        elif last(TARGET_CUES, after, weak) >= 0:
            kind = "target"
        elif "同比" in after or "已" in after:
            kind = "achievement"
        else:
            kind = "target" if mode == "plan" else "achievement"
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

    def _period(self, m: NumberMention, kind: str) -> str | None:
        s_start, _ = self.seg.sentence(m.start)
        before = self.seg.periods_between(s_start, m.start)
        if not before:
            c_start, c_end = self.seg.clause(m.start)
            after = self.seg.periods_between(m.end, c_end)
            if after:
                return after[0].text
            # 1-10月，全县…。规模以上工业总产值182.6亿元: the paragraph's period carries over
            line_start = self.seg.line(m.start)[0]
            earlier = self.seg.periods_between(line_start, s_start)
            specific = [p for p in earlier if p.specific] if kind == "achievement" else earlier
            if specific:
                return specific[-1].text
            # 云溪县2023年1-10月经济运行简况: a bulletin's title states the period of its figures
            return self._title_period if kind == "achievement" else None
        if kind == "achievement":
            specific = [p for p in before if p.specific]
            if specific:
                return specific[-1].text
        return before[-1].text


def _title_period(doc: Document, seg: Segments) -> str | None:
    """The specific period (1-10月, 上半年) named in the first body line, if it is a title."""
    if not doc.kept:
        return None
    start, end = doc.kept[0]
    if end - start > 60 or re.search(r"[。；;]", doc.norm[start:end]):
        return None
    found = [p for p in seg.periods_between(start, end) if p.specific]
    return found[-1].text if found else None


def _without_growth_tail(norm: str, spans: Spans) -> Spans:
    """规上工业增加值同比增长 + 增速 -> 规上工业增加值增速: drop the host's own growth words."""
    if not spans:
        return spans
    a, b = spans[-1]
    tail = GROWTH_TAIL.search(norm, a, b)
    if tail is None or tail.start() <= a:
        return spans
    return spans[:-1] + ((a, tail.start()),)


def _cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cells of one line (whitespace trimmed); one span when it is not a table row."""
    line = norm[start:end]
    if len(CELL_SPLIT.findall(line)) < 2:
        return [(start, end)]
    out, pos = [], start
    for part in CELL_SPLIT.split(line):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return [c for c in out if c[1] > c[0]] if line.strip().startswith(("|", "｜")) else out


def _clean_metric(norm: str, lo: int, hi: int, *, rank: bool = False) -> tuple[str, int]:
    """The metric words in norm[lo:hi] and where they start ('' if none).

    For a ranking the trigger (居, 位列 …) and what follows it are left out first.
    """
    if rank:
        trigger = RANK_TRIGGER.search(norm[lo:hi])
        if trigger:
            hi = lo + trigger.start()
    metric, start = _metric_after_verbs(norm, lo, hi)
    if len(metric) > LONG_METRIC:
        # a run-on clause without punctuation (…鼓励企业技术创新新认定高新技术企业): the metric
        # is what follows the last measure verb
        cuts = [v.end() for v in action_rules.ACTION_VERBS.finditer(metric)]
        cuts += [n.start() for n in NEW_COUNT.finditer(metric) if n.start() > 0]  # …投入|新认定…
        cuts = sorted(c for c in cuts if len(metric) - c >= 4)
        if cuts:
            return metric[cuts[-1] :], start + cuts[-1]
    return metric, start


def _metric_after_verbs(norm: str, lo: int, hi: int) -> tuple[str, int]:
    """Cut after the last light verb (实现, 完成 …); if nothing follows it, the verb was the
    predicate (投资完成98.6亿元) and the metric is what stands before it."""
    text = norm[lo:hi]
    best: tuple[int, int] | None = None
    for verb in CUT_VERBS:
        i = text.rfind(verb)
        end = i + len(verb)
        if i >= 0 and (best is None or end > best[1]) and text[end : end + 1] not in NOUN_SUFFIX:
            best = (i, end)
    if best is None:
        return _tidy_metric(norm, lo, hi)
    metric, start = _tidy_metric(norm, lo + best[1], hi)
    if metric or norm[lo + best[1] : hi].strip(" 、,，"):
        return metric, start
    return _metric_after_verbs(norm, lo, lo + best[0])


def _tidy_metric(norm: str, lo: int, hi: int) -> tuple[str, int]:
    """Head noun after the last 的, without time/scope words, filler, slogans or 等-lists."""
    text = norm[lo:hi]
    start = lo
    de = text.rfind("的")
    share_of = text.rfind("占", 0, de) if text[de + 1 :].startswith(SHARE_HEADS) else -1
    if share_of >= 0:
        start += share_of  # 占规上工业总产值的比重: the share names what it is a share of
        text = text[share_of:]
    elif de >= 0 and len(text) - de - 1 >= 2:
        start += de + 1
        text = text[de + 1 :]
    lead = LEADING_NOISE.match(text)
    if lead:
        start += lead.end()
        text = text[lead.end() :]
    trimmed = TRAILING_NOISE.sub("", text)
    text = trimmed if len(trimmed) >= 2 and trimmed != "目标" else text.rstrip(" 、,，")
    # a quoted slogan before the metric (“3+1”主导产业) or after it (中心“四室一厅”)
    quoted_lead = re.match(r"^[“\"][^”\"]{1,12}[”\"]", text)
    if quoted_lead and len(text) - quoted_lead.end() >= 2:
        start += quoted_lead.end()
        text = text[quoted_lead.end() :]
    quoted_tail = re.search(r"[“\"][^”\"]{1,12}[”\"]$", text)
    if quoted_tail and quoted_tail.start() >= 2:
        text = text[: quoted_tail.start()]
    if text.endswith("等") or text.endswith("等的"):
        return "", hi
    text = text.strip(" 、,，")
    if text in CONJUNCTIONS or not re.search(r"[\u4e00-\u9fffA-Za-z]", text):
        return "", hi
    return text, start
