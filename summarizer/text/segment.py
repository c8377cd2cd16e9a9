"""Sentences, clauses, headings and statistical periods of the body text.

Everything works on `Document.norm` (same length as the original), so every span found here
indexes the user's original characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.text.periods import is_comparison_base

if TYPE_CHECKING:
    from summarizer.text.clean import Document

SENTENCE_END = "。！？!?\n"
CLAUSE_END = SENTENCE_END + ",，;；:："
# The boundaries as character classes: one C-level scan per document instead of a Python loop
# over every character (a 100,000-character report is read by two of these).
_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")
_CLAUSE_END_RE = re.compile(f"[{re.escape(CLAUSE_END)}]")

# Enumerated headings and plan markers: 一、 （一） 1. 一是 第一，
HEADING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)"
    r"|第[一二三四五六七八九十]+[部分章节条]?[、，,:：\s])"
)

# Statistical periods as written: 1-9月, 1—9月份, 上半年, 前三季度, 全年, 截至8月底, 2020年 …
# 三年内, 今后两年内: a span of several years (a bare 年内 is within this year); 毕业两年内, 成立三年内
# qualify the people or firms counted (毕业两年内初次创业学生), they date nothing
YEARS_WITHIN = (
    r"(?:今后|未来)?(?<![\d一二三四五六七八九十两])(?<!毕业)(?<!成立)(?<!注册)(?<!离校)(?<!退役)(?<!创办)(?<!入职)"
    r"(?:[一二两三四五六七八九十]{1,3}|\d{1,2})年内"
)
# every PERIOD_RE alternative begins with one of these characters
_PERIOD_FIRST_CLASS = r"[\d前一二两三四第截上下全年今未“\"五六七八九十]"
PERIOD_RE = re.compile(
    # a cheap first test, so a match attempt does not try each alternative at every position
    rf"(?={_PERIOD_FIRST_CLASS})"
    # 三年内, 今后五年内: a span of years (its figures are of the whole span, not of one year)
    rf"(?:{YEARS_WITHIN})"
    r"|"
    # “十五”期间, 十四五时期, “一五”计划期间, 第十个五年计划期间: a five-year plan's years
    r"(?:(?:第[一二三四五六七八九十]{1,3}个五年|[“\"](?:十[一二三四五六七八九]?|[一二三四五六七八九])五[”\"]"
    r"|(?<![一二三四五六七八九十百千万零〇两\d])(?:十[一二三四五六七八九]?|[六七八九])五)(?:计划|规划)?(?:时期|期间|末期?|期末)"
    r"|"
    r"(?:(?:19|20)\d{2}年)?"
    r"(?:\d{1,2}\s*[-—–~～至到]\s*\d{1,2}月份?"
    r"|前[一二三]季度|[一1][至到~-][二三四2-4]季度|第?[一二三四1-4]季度|前\d{1,2}个?月份?"
    r"|截[至止](?:19|20)\d{2}年(?:底|末)"
    r"|[上下]半年|全年|年内|年底前?|年末"
    r"|今年以来|截至目前|截止目前|截至\d{1,2}月(?:底|末)|截至\d{1,2}月\d{1,2}日"
    r"|\d{1,2}月(?:底|末)前?|\d{1,2}月份)"
    r"|(?:19|20)\d{2}年(?:全年|度|末|底)?(?![\d-])"  # 1957年, 1956年末: the genre goes back to the 1950s
    r"|(?<![〇零○一二三四五六七八九十])[一二][九〇零○][〇零○一二三四五六七八九]{2}年(?:全年|度|末|底)?"  # 一九八二年 (old reports)
    r")"
)
# the characters every PERIOD_RE match begins with (its lookahead), as a class the regex engine
# scans for in C: PERIOD_RE itself, opening with a lookahead, is entered at every position
_PERIOD_FIRST = re.compile(_PERIOD_FIRST_CLASS)


def find_periods(text: str) -> Iterator[re.Match[str]]:
    """PERIOD_RE.finditer(text), the same matches, about three times faster on a whole report:
    the pattern is tried only where a character it can begin with stands (fewer than one
    position in ten), found by a one-class scan."""
    search, match = _PERIOD_FIRST.search, PERIOD_RE.match
    pos = 0
    while (first := search(text, pos)) is not None:
        found = match(text, first.start())
        if found is None:
            pos = first.start() + 1
            continue
        yield found
        pos = max(found.end(), first.start() + 1)  # no match is empty; finditer goes on after it


_NOT_A_PERIOD_BEFORE = ("提前", "环比", "同比", "比", "较", "每", "推迟", "延后", "上", "去")


_YEARS_WITHIN = re.compile(YEARS_WITHIN)


# 1995年, 2023年末: one year or a point of it (dated_year)
_ONE_YEAR = re.compile(r"(\d{4})年(?:末|底|年末|年底)?")


@dataclass(frozen=True)
class Period:
    """A period expression and its span."""

    text: str
    start: int
    end: int

    @property
    def specific(self) -> bool:
        """True for periods narrower than a whole year (1-9月, 上半年, 截至8月底)."""
        return (
            self.text not in {"全年", "年内"}
            and not re.fullmatch(r"(?:(?:19|20)\d{2}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年(全年|度)?", self.text)
            and not self.plan
        )

    @property
    def plan(self) -> bool:
        """True for a five-year plan's years (“十三五”时期, “十五”末): wider than a year."""
        # no other period is written with 五 (months and years take digits); 三年内 spans years too
        return "五" in self.text or bool(_YEARS_WITHIN.fullmatch(self.text))


class Segments:
    """Sentence and clause boundaries of one document, with fast position look-ups."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        from summarizer.text import wrap  # wrap reads HEADING_RE from here

        norm = doc.norm
        # a line break that only wraps a line inside a paragraph is no boundary (text/wrap.py)
        self._soft = soft = wrap.of(doc)
        self._sentence_starts = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(norm) if m.start() not in soft]
        self._clause_starts = [0] + [m.end() for m in _CLAUSE_END_RE.finditer(norm) if m.start() not in soft]
        # each span ends one before the next start (at its boundary mark), the last at the end
        self._sentence_ends = [s - 1 for s in self._sentence_starts[1:]] + [len(norm)]
        self._clause_ends = [s - 1 for s in self._clause_starts[1:]] + [len(norm)]
        # the spans `sentence`, `clause` and `line` answered last
        self._last_sentence: tuple[int, int] = (0, -1)
        self._last_clause: tuple[int, int] = (0, -1)
        self._last_line: tuple[int, int] = (0, -1)
        self.periods = [
            Period(doc.text[m.start() : m.end()], m.start(), m.end())
            for m in find_periods(norm)
            if not _preceded_by(norm, m.start(), _NOT_A_PERIOD_BEFORE)
            and not _is_date(norm, m.end())
            and not is_comparison_base(norm, m.start(), m.end())
        ]
        self._period_starts = [p.start for p in self.periods]

    @classmethod
    def of(cls, doc: Document) -> Segments:
        """The segments of `doc`, built once per document (engine and verifier share them)."""
        return doc.derived("segments", lambda: cls(doc))

    def sentence(self, pos: int) -> tuple[int, int]:
        """Span of the sentence containing `pos`."""
        # asked several times per figure by the engine and the verifier, mostly about the same
        # sentence as the call before: that answer is kept (each span ends one before the next
        # sentence's start, the last at the text's end), the others bisect the precomputed ends
        last = self._last_sentence
        if last[0] <= pos <= last[1]:
            return last
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            last = self._last_sentence = self._sentence_starts[i], self._sentence_ends[i]
            return last
        return self._span(self._sentence_starts, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        """Span of the clause containing `pos`."""
        last = self._last_clause  # kept like the sentence's: the same clause is asked in a row
        if last[0] <= pos <= last[1]:
            return last
        i = bisect_right(self._clause_starts, pos) - 1
        if i >= 0:
            last = self._last_clause = self._clause_starts[i], self._clause_ends[i]
            return last
        return self._span(self._clause_starts, pos)

    def _span(self, starts: list[int], pos: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        start = starts[i]
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(self.doc.norm)
        return start, end

    def periods_between(self, start: int, end: int) -> list[Period]:
        """Periods lying wholly inside [start, end)."""
        i = bisect_right(self._period_starts, start - 1)
        out = []
        while i < len(self.periods) and self.periods[i].start < end:
            if self.periods[i].end <= end:
                out.append(self.periods[i])
            i += 1
        return out

    def dated_year(self, start: int, end: int) -> int | None:
        """The year of the last period in [start, end) when it is one year or a point of it
        (1995年, 2023年末), else None: what a plan's look back at its base year is dated to."""
        periods = self.periods_between(start, end)
        if not periods or self.doc.norm.startswith("度", periods[-1].end):
            return None  # 加快推进2019年度19个…中心村: a batch's year names the batch, it dates nothing
        found = _ONE_YEAR.fullmatch(periods[-1].text)
        return int(found.group(1)) if found else None

    def line(self, pos: int) -> tuple[int, int]:
        """Span of the text line containing `pos`; a hard-wrapped paragraph is one line."""
        last = self._last_line
        if last[0] <= pos <= last[1]:
            return last  # every break inside the line is soft: any position there finds its ends
        norm = self.doc.norm
        start = norm.rfind("\n", 0, pos) + 1
        while start and start - 1 in self._soft:
            start = norm.rfind("\n", 0, start - 1) + 1
        end = norm.find("\n", pos)
        while end != -1 and end in self._soft:
            end = norm.find("\n", end + 1)
        self._last_line = start, len(norm) if end == -1 else end
        return self._last_line


def _preceded_by(text: str, pos: int, words: tuple[str, ...]) -> bool:
    return any(text.startswith(w, pos - len(w)) for w in words if pos >= len(w))


def _is_date(norm: str, end: int) -> bool:
    """8月12日 is a date, not the period 8月 (全年2347.7万城市居民…: 全年 before a figure is a period)."""
    return end < len(norm) and norm[end - 1] == "月" and (norm[end].isdigit() or norm[end] in "日号")


def is_heading(line: str) -> bool:
    """A section heading: an enumerated line, or a short line without final punctuation."""
    stripped = line.strip()
    if not stripped:
        return False
    if HEADING_RE.match(stripped) and len(stripped) <= 40:
        return True
    return len(stripped) <= 30 and stripped[-1] not in "。；;，,：:！？!?”\"" and not any(
        c.isdigit() for c in stripped
    )
