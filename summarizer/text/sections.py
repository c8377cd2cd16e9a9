"""Sections of a report: which parts state results and which lay out plans.

Decided section by section, never by the title alone: a heading with plan words (计划, 打算,
工作重点 …) opens a plan section, one with review words (总结, 回顾, 执行结果 …) a results section;
a heading with both (…总结和…打算, 计划执行情况) or neither but a year (2020年工作) is read
against the report's own year (the latest year its title lines name): an earlier year is a
review, the report's year or a later one a plan. Inside a plan, a sentence that looks back
(过去一年, 2019年全市经济…) reports results up to the end of its paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from summarizer.text import genre
from summarizer.text.clean import Document
from summarizer.text.periods import five_year_plan, is_comparison_base, plan_end_period, years_in
from summarizer.text.segment import HEADING_RE, PERIOD_RE, is_heading

CELL_SPLIT = re.compile(r"[|｜\t]")
PLAN_HEADING = genre.compiled("plan_headings")
SUMMARY_HEADING = genre.compiled("summary_headings")
PLAN_SWITCH = genre.compiled("plan_switch", "targets_open", prefix=r"^\s*")
SUMMARY_SWITCH = genre.compiled("summary_switch", prefix=r"^\s*")
WORK_HEADING = genre.compiled("work_headings")
# 今年…的主要预期目标是: the targets, then the year's tasks, run until the next heading even when
# the sentence stands inside a paragraph; any other plan opener inside a paragraph (今后…) is one
# look ahead, and the paragraph after it goes on as before
TARGETS_OPEN = genre.compiled("targets_open", prefix=r"^\s*")
# (三)…, （六）…, 3.…: a numbered sub-heading, a part of the section above it
SUBHEADING = re.compile(r"^[\s*#]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])")
# words by which a heading looks back whatever section it stands in (总结, 回顾, 一年来, 执行情况)
LOOKS_BACK_HEADING = re.compile(r"回顾|总结|过去|[一两三四五六七八九十]年来|情况")
# words by which a heading looks ahead whatever section it stands in
FUTURE_HEADING = re.compile(r"今后|未来|明年|下一步|下阶段|打算|安排|计划|展望|思路|今年")
# 今年经济社会发展的主要预期目标是: the year the report is delivered in (its own year)
THIS_YEAR_OPENS = re.compile(r"^\s*(?:[^。，,]{0,6}[，,])?今年")
# ——经济发展迈上新台阶。: a dash-led item continues the look back that opened its list
LIST_ITEM = re.compile(r"^\s*(?:——|—|－－)")
# 2035年远景目标 in a plan's title is its horizon, not the year the report is delivered
HORIZON = re.compile(r"(?:(?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3})\s*年远景目标")

YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
# 2020年工作, 二〇〇二年工作意见 (a heading may write its year in numerals)
YEAR_WORK = re.compile(
    r"(?<!\d)((?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3})年(?:的|度)?(?:[^\d]{0,8}?)(?:工作|任务|目标)"
)
# a heading naming a year or a span of years (2023年, 二〇〇二年, 三年来, 五年, “十三五”): one
# naming none ((二)多措并举，扩大内需, 一年来，我们主要做了以下工作) stays in its review's year
NAMES_TIME = re.compile(r"(?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3}年|(?:[两三四五六七八九十]|\d+)年|十[一二三四五]五")
# 过去五年, 四年来, 近五年: the span of years a review heading looks back over
# (一、过去一年工作回顾, 一年来，我们主要抓了以下工作: the year just past, as the report writes it)
REVIEW_SPAN = re.compile(
    r"(?:过去|近)的?[一两三四五六七八九十]年(?:来|间)?|(?<![一二三四五六七八九十\d])[一两三四五六七八九十]年来"
)
# 各位代表！在刚刚…: the salutation and lead words before a review paragraph's own opening
SPEECH_LEAD = re.compile(r"^[\s*#]*(?:各位代表[！!，,：:]\s*)?(?:在)?(?:刚刚)?")
# 过去的一年里，… / 一年来，…: a paragraph opening on the year just past
OPENS_PAST_YEAR = re.compile(r"(?:过去的?一年|一年来)")
# 2025年是“十四五”收官之年。… / 过去的2019年，…: a paragraph opening on one whole year (not 2019年以来,
# 2019年上半年, 2019—2023年)
OPENS_WHOLE_YEAR = re.compile(
    r"(?:过去的\s*)?((?:19|20)\d{2})年(?!以来|来|以后|至|到|[—\-－~～]|\d|[上下]半年|[一二三四]季度|[一二三四五六七八九十]+月|[底末初])"
)
# “十三五”时期，… / 五年来，… / 过去五年，…: a paragraph opening on the span of years
SPAN_OPENER = re.compile(
    r"[“\"]?(?:十[一二三四五]|[六七八九])五[”\"]?(?:时期|期间|以来)|(?:过去|近|这)的?五年|五年来"
)
# 过去五年中，…: the span a sentence opens within, before the year it speaks of
WITHIN_SPAN = re.compile(r"^(?:过去|近)的?[两三四五六七八九十]年(?:中|里|间|来)[，,]")
# 2018年以来的五年，是…: a paragraph opening on the span counted from its first year
SPAN_SINCE = re.compile(r"(?:19|20)\d{2}年以来的[两三四五六七八九十]年")
# 过去一年, 一年来: the year just past as a review names it relative to the report's own year
PAST_YEAR = re.compile(r"(?:过去|近)的?一年(?:来|间)?|一年来")
# “十三五”发展回顾: a plan named by its quoted short form alone (quoted, for 十五项 is a count)
QUOTED_PLAN = re.compile(r"[“\"](?:十[一二三四五六七八九]?|[六七八九])五[”\"]")
# 在刚刚过去的2005年，…: a paragraph turning to the year just past
JUST_PAST_YEAR = re.compile(r"在?(?:刚刚)?过去的\s*((?:19|20)\d{2})年")
# 今后五年, 未来三年: the span of years a plan heading looks ahead over
# 根据新修订的“八五”计划的要求，我省1993年…主要指标是: a plan named as the basis of the year's
# targets dates none of them (blanked, same length, before the line's period is read)
PLAN_AS_BASIS = re.compile(
    r"(?:根据|按照|依据|遵照)[^，。,;；:：]{0,10}?“?[一二三四五六七八九十]{1,3}五”?(?:计划|规划)(?:纲要)?(?:的)?(?:要求|部署)?"
)
PLAN_SPAN = re.compile(r"(?:今后|未来)[两三四五六七八九十]年")
NEUTRAL = "neutral"  # back to no section (an old report's look ahead ended): neither mode
PARAGRAPH_CLOSE = ("。", "！", "？", "!", "?", "；", ";", "：", ":", "”", "）", ")")
# …第十个五年计划纲要, “十四五”规划: a title naming a five-year plan (not 十五项重点工程)
PLAN_TITLE = re.compile(r"五[”\"]?(?:计划|规划)|五年(?:计划|规划)")
FRONT_MATTER = re.compile(r"-{3}|([a-z_]+):\s*(.*)")
HEAD_LINES = 4  # the title and dateline: where the report's own year is named
# 2022年12月30日, 二〇二二年十二月: a December dateline (the session that opens the next year)
DECEMBER = re.compile(r"((?:19|20)\d{2}年|[一二][〇零○Ｏ一二三四五六七八九]{3}年)\s*(?:12|十二)月\s*(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])日")


def _dateline_years(head: str) -> list[int]:
    """The years a head line names; a report delivered in December (2022年12月30日在…会议上)
    reviews that year and lays out the next, which is the report's own year."""
    years = years_in(head)
    late = [years_in(m.group(1))[0] + 1 for m in DECEMBER.finditer(head)]
    return years + late


def report_year(doc: Document) -> int | None:
    """The latest year named in the first kept lines (title, dateline), else the first year of
    the five-year plan the title names (an outline is laid out in its plan's first year), or None."""
    years: list[int] = []
    plans: list[int] = []
    seen = 0
    for start, end in doc.kept:
        for line in doc.norm[start:end].split("\n"):
            if not line.strip():
                continue
            if (field := FRONT_MATTER.fullmatch(line.strip())) is not None:
                # ---/source: …/title: …: a converter's front matter; only its title may name a year
                if field.group(1) == "title":
                    years += _dateline_years(HORIZON.sub("", field.group(2)[:80]))
                continue
            if HEADING_RE.match(line.strip("*# ")):
                # 一、2020年主要工作: the body has begun (an excerpt without its title)
                return max(years) if years else (plans[0] if plans else None)
            # 二〇二一年一月十八日在…会议上: a dateline writes its year in numerals
            head = HORIZON.sub("", line[:80])
            years += _dateline_years(head)
            if not plans and PLAN_TITLE.search(head) and (plan := five_year_plan(head)) is not None:
                plans.append(plan[1])
            seen += 1
            if seen >= HEAD_LINES:
                return max(years) if years else (plans[0] if plans else None)
    return max(years) if years else (plans[0] if plans else None)


def _titled(line: str, year: re.Match[str], set_apart: bool = False) -> bool:
    """**扎实做好2012年工作**: a short line set apart (bold, a Markdown heading: `set_apart`, read
    in the original text, for the normalised view masks the marks) or closing on the year's work,
    a heading though it holds digits."""
    text = line.strip()
    if len(text) > 40 or re.search(r"[。；;，,！？!?]", text):
        return False
    return set_apart or text.startswith(("**", "#")) or not text[year.end() :].strip("*# ")


def paragraph_end(norm: str, line_end: int, limit: int = 60) -> int:
    """Where the paragraph whose first line ends at `line_end` ends: text converted from PDF
    wraps a paragraph over lines (过去的十年，我国…\n…五年内，建成投产…), so a line that stops
    without closing its sentence runs on into the next non-blank line (at most `limit` lines)."""
    end = line_end
    for _ in range(limit):
        line_start = norm.rfind("\n", 0, end) + 1
        if norm[line_start:end].rstrip().endswith(PARAGRAPH_CLOSE) or end >= len(norm):
            return end
        following = norm.find("\n", end + 1)
        following = len(norm) if following < 0 else following
        if not norm[end + 1 : following].strip():
            return end
        end = following
    return end


class Sections:
    """Which parts of the document report results and which lay out plans (shared by the
    offline engine and the verifier, so both read a report's sections alike)."""

    def __init__(self, doc: Document) -> None:
        self._switches: list[tuple[int, str]] = []
        # (heading start, period it names) for every plan heading: 二、2020年工作重点 -> 2020年
        self._plan_periods: list[tuple[int, str | None]] = []
        # (heading start, year it reviews) for every review heading: 一、2021年工作回顾 -> 2021年
        self._review_periods: list[tuple[int, str | None]] = []
        self._named_both = False  # the last review heading naming time named a year and a span
        self._review_named: list[str | None] = []  # parallel to _review_periods
        # (state, year) after a review heading naming a year beside a span: "pending" until its first
        # paragraph, "year" while the part on that year runs (it opened with the year); ("pending"
        # or "year", "") under one naming no time (_note_untimed_stretch); ("span-only" or
        # "span-only-year", span) under one naming a span alone (_note_span_stretch)
        self._stretch: tuple[str, str] | None = None
        self._stretch_span: str | None = None  # “十三五”时期 of that heading, as written
        self.year = report_year(doc)
        norm = doc.norm
        pos = 0
        mode: str | None = None
        review_list = False  # inside the dash-led list of a look-back paragraph
        saluted = False  # 各位代表 has opened the speech
        skip_until = -1  # the hard-wrapped lines of a look-back paragraph already read
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
            if start < skip_until:
                continue  # a wrapped line of the look back above: neither heading nor opener
            if review_list:
                if LIST_ITEM.match(stripped):
                    self._switches.append((start, "summary"))
                    self._switches.append((pos - 1, "plan"))
                    continue
                review_list = False
            # a heading, or a short line that is no sentence (过去一年，全区完成…。 is a sentence)
            # a short line that opens a look back (过去的十年，我国…, wrapped from a PDF) is no heading
            wrapped_look_back = mode == "plan" and not HEADING_RE.match(stripped) and self._looks_back(stripped)
            if not wrapped_look_back and (
                is_heading(stripped) or (len(stripped) <= 40 and not stripped.endswith(("。", "；", ";")))
            ):
                # **2014年工作任务** set apart by its marks (masked in norm), unless it is the
                # report's title (**1957年国务院政府工作报告**), which is no section of its year
                set_apart = doc.text[start : pos - 1].lstrip().startswith(("**", "#")) and not (
                    doc.kept and start < doc.kept[0][1]
                )
                heading = self._heading_mode(stripped, set_apart)
                if heading == "plan" and mode == "summary" and self._review_subheading(stripped):
                    heading = None  # (三)聚焦工作重点,…提档加速推进: a part of the review, not a plan
                if heading == "summary" and mode == "plan" and self._plan_subheading(stripped):
                    heading = None  # (七)着力加快美丽台州建设,推动生态文明取得新成效: an aim of the plan
                if heading is not None:
                    self._switches.append((start, heading))
                    self._note_plan_period(doc, start + lead, stripped, heading)
                    mode = heading
                    continue
            saluted = saluted or stripped.startswith("各位代表")  # a speech: its review follows the salutation
            if mode is None and saluted and not self._review_periods and self._note_untitled_review(doc, start + lead, stripped):
                # 各位代表：/ 过去的一年，…: a report opening its review with no heading over it
                self._switches.append((start, "summary"))
                mode = "summary"
            elif mode == "summary" and self._stretch is not None:
                self._note_year_stretch(doc, start + lead, stripped)
            first = True
            for sentence in re.finditer(r"[^。！？!?]+", line):
                text = sentence.group()
                if PLAN_SWITCH.match(text):
                    self._switches.append((start + sentence.start(), "plan"))
                    self._note_year_targets(start + sentence.start(), text, norm)
                    if first or mode == "plan" or TARGETS_OPEN.match(text):
                        mode = "plan"
                    else:
                        # 今后… inside a review paragraph: a look ahead to the paragraph's end
                        self._switches.append((pos - 1, mode or NEUTRAL))
                        break
                elif mode == "plan" and self._looks_back(text):
                    # a review paragraph inside a plan: results until the paragraph ends, and
                    # through the dash-led list of results that follows it
                    self._switches.append((start + sentence.start(), "summary"))
                    skip_until = paragraph_end(norm, pos - 1)
                    self._switches.append((skip_until, "plan"))
                    review_list = True
                    break
                if text.strip():
                    first = False
        self._switches.sort()
        self._starts = [start for start, _ in self._switches]
        self._plan_starts = [at for at, _ in self._plan_periods]
        self._review_starts = [at for at, _ in self._review_periods]

    def _note_plan_period(self, doc: Document, at: int, line: str, mode: str) -> None:
        """The period a plan heading names, as written (2020年 of 二、2020年工作重点; “十四五”时期
        of 第二节 “十四五”时期经济社会发展主要目标), else the last year of the five-year plan
        it names (第十个五年计划纲要 -> 2005年); a plan heading naming none keeps the period
        of the plan heading before it (第二章 主要目标 under the outline's title), a review
        heading ends it."""
        if mode != "plan":
            self._plan_periods.append((at, None))
            year = self._review_year(doc, at, line)
            if year is not None and PAST_YEAR.fullmatch(year) and self._review_periods:
                # 一年来，我们主要做了以下工作 under 一、2023年工作回顾 is of 2023; under 一、2002年和过去
                # 五年工作的回顾 it may run on into the five years, so it dates nothing either
                if self._review_periods[-1][1] is not None or self._named_both:
                    year = self._review_periods[-1][1]
            elif year is None and self._review_periods and not NAMES_TIME.search(line):
                year = self._review_periods[-1][1]  # a sub-heading of 一、2023年工作回顾 is of 2023
            elif year is None and NAMES_TIME.search(line):
                self._named_both = True  # 一、2002年和过去五年工作的回顾: a year and a span
            if year is not None and not PAST_YEAR.fullmatch(year):
                self._named_both = False
            named = None  # 2020年 of 一、2020年和“十三五”工作回顾: the one year beside the span
            beside_span = five_year_plan(line) is not None or REVIEW_SPAN.search(line) is not None or "五年" in line
            titled = doc.kept and at <= doc.kept[0][0] and not HEADING_RE.match(line.strip("*# "))
            if year is None and beside_span and not titled:
                one = list(YEAR_WORK.finditer(line)) or list(YEAR.finditer(line))
                if len(one) == 1 and len(years_in(line)) == 1:
                    named = doc.text[at + one[0].start(1) : at + one[0].end(1) + 1]
            elif year is None and self._review_named:
                named = self._review_named[-1]  # a sub-heading of that review
            self._review_periods.append((at, year))
            self._review_named.append(named)
            if year is None and named is not None and self._review_year_heading(line):
                self._stretch = ("pending", named)  # 一、2020年工作回顾和“十三五”时期发展成就
                plan = [m for m in PERIOD_RE.finditer(line) if five_year_plan(m.group())]
                if not plan:  # 一、过去五年工作回顾和2022年工作总结: the span as the heading writes it
                    plan = [m for m in REVIEW_SPAN.finditer(line) if not PAST_YEAR.fullmatch(m.group())]
                self._stretch_span = doc.text[at + plan[0].start() : at + plan[0].end()] if len(plan) == 1 else None
            elif year is None and NAMES_TIME.search(line):
                self._stretch = None
            elif year is not None and not years_in(year) and not PAST_YEAR.fullmatch(year) and self._review_year_heading(line):
                self._stretch = ("span-only", year)  # 一、“十五”计划完成情况 … 在刚刚过去的2005年，…
                self._stretch_span = year
            elif year is None and named is None and not titled and self._review_year_heading(line):
                self._stretch = ("pending", "")  # 一、拼搏奋进，决胜全面小康…: its first paragraph names the time
                self._stretch_span = None
            return
        self._review_periods.append((at, None))  # a plan section ends the review before it
        self._review_named.append(None)
        period = None
        line = PLAN_AS_BASIS.sub(lambda b: " " * len(b.group()), line)  # 根据…“八五”计划的要求: the basis
        # a year or a plan, not a word of the heading's phrase (奋力完成全年目标任务)
        found = [
            m
            for m in PERIOD_RE.finditer(line)
            if not is_comparison_base(line, m.start(), m.end()) and (years_in(m.group()) or five_year_plan(m.group()))
        ]
        if (year := YEAR_WORK.search(line)) is not None:
            period = doc.text[at + year.start(1) : at + year.end(1) + 1]
        elif found:
            period = doc.text[at + found[-1].start() : at + found[-1].end()]
        else:
            period = plan_end_period(HORIZON.sub("", line))
        if period is None and self._plan_periods:
            period = self._plan_periods[-1][1]
        if period is None and (span := PLAN_SPAN.search(line)) is not None and not YEAR.search(line):
            period = doc.text[at + span.start() : at + span.end()]  # 二、今后五年的奋斗目标
        self._plan_periods.append((at, period))

    @staticmethod
    def _review_year(doc: Document, at: int, line: str) -> str | None:
        """The one year a review heading names (一、2021年工作回顾 -> 2021年); None for a heading
        that also names a span (2025年和“十四五”工作回顾, 过去五年工作回顾): its figures may be
        of either."""
        if doc.kept and at <= doc.kept[0][0] and not HEADING_RE.match(line.strip("*# ")):
            return None  # the report's title (某市2023年工作总结): the engine reads it as the title
            # (一、2020年主要工作…: an enumerated first line heads an excerpt's section)
        if not YEAR.search(line) and (span := Sections._review_span(line)) is not None:
            return doc.text[at + span[0] : at + span[1]]  # (a sub-heading's 一年来 keeps its review's year: caller)
        year = YEAR_WORK.search(line)
        if year is None or five_year_plan(line) or "五年" in line or len(YEAR.findall(line)) > 1:
            return None
        return doc.text[at + year.start(1) : at + year.end(1) + 1]

    @staticmethod
    def _review_span(line: str) -> tuple[int, int] | None:
        """The one span of years a review heading naming no single year names (一、“十二五”时期的
        工作回顾, 一、过去五年工作的回顾, 四年来的工作): the period of a result stating none there."""
        spans = [m.span() for m in PERIOD_RE.finditer(line) if five_year_plan(m.group())]
        if not spans:
            spans = [m.span() for m in QUOTED_PLAN.finditer(line)]  # 一、“十三五”发展回顾
        spans += [m.span() for m in REVIEW_SPAN.finditer(line)]
        return spans[0] if len(spans) == 1 else None

    def review_period(self, pos: int) -> str | None:
        """The year the review section holding `pos` names in its heading (None outside a review
        section, or when its heading names none): the period of a result that states none."""
        if self.at(pos) != "summary":
            return None
        i = bisect_right(self._review_starts, pos) - 1
        return self._review_periods[i][1] if i >= 0 else None

    @staticmethod
    def _review_year_heading(line: str) -> bool:
        """A top heading (一、…) of a review naming a year beside a span: sub-headings do not open
        a stretch of their own."""
        return not SUBHEADING.match(line)

    def _note_year_stretch(self, doc: Document, at: int, line: str) -> None:
        """一、2020年工作回顾和“十三五”时期发展成就 / 2020年是极不平凡的一年。… / （一）… / 各位代表，
        2020年是“十三五”规划收官之年。五年来，…: the part opening with the year is of the year,
        up to the paragraph that looks back over the span."""
        state, year = self._stretch  # type: ignore[misc]
        if not year:
            self._note_untimed_stretch(doc, at, line)
            return
        if state in ("span-only", "span-only-year"):
            self._note_span_stretch(doc, at, line)
            return
        # the opening two sentences past the salutation (各位代表！2002年各项任务…。经过五年的努力，…)
        first = "。".join(re.split(r"[。！？!?]", re.sub(r"^[\s*#]*各位代表[！!，,：:]", "", line))[:2])
        opener = SPEECH_LEAD.sub("", line)
        # 各位代表，在过去五年中，2022年是极不平凡的一年: the year within the span opens the part on it
        within = WITHIN_SPAN.sub("", opener)
        within = re.sub(r"^过去的\s*", "", within)  # 刚刚过去的2025年，…: the year itself opens the part
        opens_year = years_in(within[: len(year) + 2])[:1] == years_in(year) or OPENS_PAST_YEAR.match(opener)
        opens_span = bool(SPAN_OPENER.match(opener) or SPAN_SINCE.match(opener)) and self._stretch_span is not None
        if state == "pending" and not opens_year and not opens_span:
            self._stretch = None
        elif opens_year and state != "year":
            # 2020年极不平凡。… / 各位代表，在刚刚过去的一年里，…: the part on the year
            self._review_periods.append((at, year))
            self._review_named.append(year)
            self._stretch = ("year", year)
        elif opens_span and state != "span":
            # “十三五”时期，我们… / 五年来，…: the part on the span, as the heading names it
            self._review_periods.append((at, self._stretch_span))
            self._review_named.append(year)
            self._stretch = ("span", year)
        elif state == "year" and (
            five_year_plan(first) or "五年" in first or "本届政府" in first
            # (一年来，我们…: the year just past, still the year's part)
            or any(not PAST_YEAR.fullmatch(span.group()) for span in REVIEW_SPAN.finditer(first))
        ):
            self._review_periods.append((at, None))  # 各位代表，2020年是“十三五”收官之年。五年来，…
            self._review_named.append(year)
            self._stretch = ("after", year)

    def _note_span_stretch(self, doc: Document, at: int, line: str) -> None:
        """一、“十五”计划完成情况 / “十五”时期，… / 在刚刚过去的2005年，… / 一是… / “十五”时期是…: under a
        heading naming a span alone, a paragraph opening on one earlier year turns to that year's
        part, up to a paragraph opening on the span again."""
        state, span = self._stretch  # type: ignore[misc]
        body = re.sub(r"^[\s*#]*(?:各位代表[！!，,：:]\s*)?", "", line)
        # (2012年，全市生产总值…是2007年的2.5倍 / 2003年以来，…: the span's end or its start, not a part)
        opened = JUST_PAST_YEAR.match(body)
        if opened is not None and self.year is not None and int(opened.group(1)) < self.year:
            offset = at + len(line) - len(body)
            self._review_periods.append((at, doc.text[offset + opened.start(1) : offset + opened.end()]))
            self._review_named.append(None)
            self._stretch = ("span-only-year", span)
        elif state == "span-only-year" and (SPAN_OPENER.match(body) or five_year_plan(body[:12])):
            self._review_periods.append((at, span))  # back on the span as the heading names it
            self._review_named.append(None)
            self._stretch = ("span-only", span)

    def _opening_year(self, body: str) -> tuple[int, int] | None:
        """Where a review's first paragraph names the year it is about (过去一年, 一年来, or one
        whole year before the report's own: 2025年是…收官之年 in a report of 2026), else None."""
        if (past := OPENS_PAST_YEAR.match(body)) is not None:
            return past.span()
        whole = OPENS_WHOLE_YEAR.match(body)
        if whole is not None and self.year is not None and int(whole.group(1)) < self.year:
            return whole.start(1), whole.end(1) + 1  # the year and its 年, without 过去的
        return None

    def _note_untitled_review(self, doc: Document, at: int, line: str) -> bool:
        """过去的一年，… / 一年来，… as the first paragraph of a report's body before any section
        heading: the review of the year just past begins, of that year (as written) up to the
        paragraph turning to a span, as under a review heading naming no time."""
        body = SPEECH_LEAD.sub("", line)
        past = OPENS_PAST_YEAR.match(body)
        if past is not None and (body.startswith(("，", ","), past.end()) or body.startswith("里", past.end())):
            opened = past.span()
        elif (whole := self._just_past_year(body)) is not None:
            opened = whole  # 2020年是极不平凡的一年 / 刚刚过去的2019年是… in a report of 2021 / 2020
        else:
            return False
        self._plan_periods.append((at, None))
        self._begin_year_part(doc, at, line, body, opened)
        return True

    def _just_past_year(self, body: str) -> tuple[int, int] | None:
        """Where a paragraph opens by calling the year just before the report's own what it was
        (2020年是极不平凡的一年 in a report of 2021, 过去的2019年里): a speech's review of that year.
        An earlier year (1978年是…) recalls history; a bare 1956年，… may open one topic's past
        (一、关于社会主义革命 / 1956年，我国基本上完成了…) among the report's themes, not a review."""
        whole = OPENS_WHOLE_YEAR.match(body)
        if whole is None or self.year is None or int(whole.group(1)) != self.year - 1:
            return None
        if not body.startswith(("是", "里", "中"), whole.end()):
            return None
        return whole.start(1), whole.end(1) + 1  # the year and its 年, without 过去的

    def _begin_year_part(self, doc: Document, at: int, line: str, body: str, opened: tuple[int, int]) -> None:
        """From `at` on, the review is of the year body[opened] names (as written), until a
        paragraph turns to a span (_note_untimed_stretch)."""
        offset = at + len(line) - len(body)
        self._review_periods.append((at, doc.text[offset + opened[0] : offset + opened[1]]))
        self._review_named.append(None)
        self._stretch = ("year", "")

    def _note_untimed_stretch(self, doc: Document, at: int, line: str) -> None:
        """一、拼搏奋进，决胜全面小康… / 过去一年，是…的一年。… / （一）… / 各位代表！…如期完成“十三五”规划…:
        a review heading naming no time is of the year its first paragraph opens on (过去一年,
        一年来, 2025年 in a report of 2026), up to the paragraph that turns to a span; from there, of the one plan that paragraph
        names (“十三五”, ended before the report's year), else of no period stated."""
        state, _ = self._stretch  # type: ignore[misc]
        body = SPEECH_LEAD.sub("", line)
        if state == "pending":
            opened = self._opening_year(body)
            if opened is None:
                self._stretch = None  # (a heading naming no time over a paragraph naming none either)
                return
            self._begin_year_part(doc, at, line, body, opened)
            return
        first = "。".join(re.split(r"[。！？!?]", body)[:2])
        spans = [m for m in REVIEW_SPAN.finditer(first) if not PAST_YEAR.fullmatch(m.group())]
        if state != "year" or not (five_year_plan(first) or spans or "五年" in first or "本届政府" in first):
            return
        plans = [m for m in QUOTED_PLAN.finditer(body[: len(first)]) if five_year_plan(m.group())]
        ended = len(plans) == 1 and self.year is not None and five_year_plan(plans[0].group())[2] < self.year  # type: ignore[index]
        offset = at + len(line) - len(body)
        span = doc.text[offset + plans[0].start() : offset + plans[0].end()] if ended else None
        self._review_periods.append((at, span))
        self._review_named.append(None)
        self._stretch = ("after", "")

    def review_year_beside_span(self, pos: int) -> str | None:
        """The one year a review heading names beside a span (2020年 of 一、2020年和“十三五”工作
        回顾), for the section holding `pos`: what its 全年 is (a figure stating no period there
        may be of either)."""
        if self.at(pos) != "summary":
            return None
        i = bisect_right(self._review_starts, pos) - 1
        return self._review_named[i] if i >= 0 else None

    def _note_year_targets(self, at: int, sentence: str, norm: str = "") -> None:
        """今年经济社会发展的主要预期目标是：… under a heading naming a five-year plan (全力实现
        “十五五”良好开局): the targets from here on are the report's year's, not the plan's; so
        are those of 主要预期目标是：… right after a paragraph opening with 今年 (今年全州经济社会
        发展的总体要求是：…) when the sentence names no time of its own."""
        if self.year is None or not TARGETS_OPEN.match(sentence):
            return
        if not THIS_YEAR_OPENS.match(sentence):
            line_start = norm.rfind("\n", 0, at) + 1
            before = norm[:line_start].rstrip()
            previous = before[before.rfind("\n") + 1 :]
            if norm[line_start:at].strip() or NAMES_TIME.search(sentence) or not THIS_YEAR_OPENS.match(previous):
                return
        if self._plan_periods and self._plan_periods[-1][0] > at:
            return  # kept in text order: plan_period bisects the starts
        self._plan_periods.append((at, f"{self.year}年"))

    def plan_period(self, pos: int) -> str | None:
        """The period of the plan section holding `pos` as its heading names it (None outside a
        plan section, or when its headings name none): the period of a target that states none."""
        if self.at(pos) != "plan":
            return None
        i = bisect_right(self._plan_starts, pos) - 1
        return self._plan_periods[i][1] if i >= 0 else None

    @classmethod
    def of(cls, doc: Document) -> Sections:
        """The sections of `doc`, read once per document: the offline engine and the verifier
        both ask (a `Modes` built here first is the same reading under the engine's name)."""
        return doc.derived("sections", lambda: cls(doc))

    def _heading_mode(self, line: str, set_apart: bool = False) -> str | None:
        plan = PLAN_HEADING.search(line)
        summary = SUMMARY_HEADING.search(line)
        work = WORK_HEADING.search(line)
        year = YEAR_WORK.search(line)
        if plan and not summary:
            return "plan"
        if summary and not plan:
            return "summary"
        if year and self.year is not None and (plan or summary or work or is_heading(line) or _titled(line, year, set_apart)):
            return "summary" if years_in(year.group(1) + "年")[0] < self.year else "plan"
        span = five_year_plan(line)
        if span and self.year is not None and (plan or summary or work):
            # “十三五”…主要工作 in a 2021 report looks back; “十四五”… looks ahead
            return "summary" if span[2] < self.year else "plan"
        if work and not year:
            return "summary"  # 一年来的主要工作: work done, as the genre's reviews head it
        return None

    def _review_subheading(self, line: str) -> bool:
        """A numbered sub-heading ((三)…, 3.…) inside a review that has a plan word only as a noun
        of what was done (工作重点, 规划建设, 总目标): it names no year still to come and no future
        (今后, 明年, 打算, 安排), so it goes on reviewing."""
        if not SUBHEADING.match(line) or FUTURE_HEADING.search(line):
            return False
        year = YEAR_WORK.search(line)
        if year is not None and self.year is not None and years_in(year.group(1) + "年")[0] >= self.year:
            return False
        span = five_year_plan(line)
        return not (span and self.year is not None and span[2] >= self.year)

    def _plan_subheading(self, line: str) -> bool:
        """A numbered sub-heading ((七)…, 3.…) inside a plan whose review word is only a result
        aimed at (推动生态文明取得新成效, 确保民生实事取得实效): it names no past year or plan and
        does not look back (回顾, 总结, 过去, 一年来), so it goes on planning."""
        if not SUBHEADING.match(line) or LOOKS_BACK_HEADING.search(line):
            return False
        year = YEAR_WORK.search(line) or YEAR.search(line)
        if year is not None and self.year is not None and years_in(year.group(1) + "年")[0] < self.year:
            return False
        span = five_year_plan(line)
        return not (span and self.year is not None and span[2] < self.year)

    def _looks_back(self, sentence: str) -> bool:
        found = SUMMARY_SWITCH.match(sentence)
        if not found:
            return False
        year = YEAR.search(found.group())
        span = five_year_plan(found.group()) if year is None else None
        if span is not None:
            # “十五”时期是不平凡的五年 in the 十一五 plan (2006): that plan's years are past
            return self.year is not None and span[2] < self.year
        return year is None or (self.year is not None and int(year.group(1)) < self.year)

    @property
    def switches(self) -> list[tuple[int, str]]:
        """(position, 'plan' | 'summary' | 'neutral') where a section starts, in text order."""
        return list(self._switches)

    def at(self, pos: int) -> str | None:
        i = bisect_right(self._starts, pos) - 1
        mode = self._switches[i][1] if i >= 0 else None
        return None if mode == NEUTRAL else mode
