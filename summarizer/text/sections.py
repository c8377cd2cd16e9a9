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
from summarizer.text.segment import is_heading

CELL_SPLIT = re.compile(r"[|｜\t]")
PLAN_HEADING = genre.compiled("plan_headings")
SUMMARY_HEADING = genre.compiled("summary_headings")
PLAN_SWITCH = genre.compiled("plan_switch", prefix=r"^\s*")
SUMMARY_SWITCH = genre.compiled("summary_switch", prefix=r"^\s*")

YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
YEAR_WORK = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:的|度)?(?:[^\d]{0,8}?)(?:工作|任务|目标)")
HEAD_LINES = 4  # the title and dateline: where the report's own year is named


def report_year(doc: Document) -> int | None:
    """The latest year named in the first kept lines (title, dateline), or None."""
    years: list[int] = []
    seen = 0
    for start, end in doc.kept:
        for line in doc.norm[start:end].split("\n"):
            if not line.strip():
                continue
            years += [int(y) for y in YEAR.findall(line[:80])]
            seen += 1
            if seen >= HEAD_LINES:
                return max(years) if years else None
    return max(years) if years else None


class Sections:
    """Which parts of the document report results and which lay out plans (shared by the
    offline engine and the verifier, so both read a report's sections alike)."""

    def __init__(self, doc: Document) -> None:
        self._switches: list[tuple[int, str]] = []
        self.year = report_year(doc)
        norm = doc.norm
        pos = 0
        mode: str | None = None
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
            # a heading, or a short line that is no sentence (过去一年，全区完成…。 is a sentence)
            if is_heading(stripped) or (len(stripped) <= 40 and not stripped.endswith(("。", "；", ";"))):
                heading = self._heading_mode(stripped)
                if heading is not None:
                    self._switches.append((start, heading))
                    mode = heading
                    continue
            for sentence in re.finditer(r"[^。！？!?]+", line):
                text = sentence.group()
                if PLAN_SWITCH.match(text):
                    self._switches.append((start + sentence.start(), "plan"))
                    mode = "plan"
                elif mode == "plan" and self._looks_back(text):
                    # a review paragraph inside a plan: results until the paragraph ends
                    self._switches.append((start + sentence.start(), "summary"))
                    self._switches.append((pos - 1, "plan"))
                    break
        self._switches.sort()
        self._starts = [start for start, _ in self._switches]

    @classmethod
    def of(cls, doc: Document) -> Sections:
        """The sections of `doc`, read once per document: the offline engine and the verifier
        both ask (a `Modes` built here first is the same reading under the engine's name)."""
        return doc.derived("sections", lambda: cls(doc))

    def _heading_mode(self, line: str) -> str | None:
        plan = PLAN_HEADING.search(line)
        summary = SUMMARY_HEADING.search(line)
        if plan and not summary:
            return "plan"
        if summary and not plan:
            return "summary"
        year = YEAR_WORK.search(line)
        if year and self.year is not None and (plan or summary or is_heading(line)):
            return "summary" if int(year.group(1)) < self.year else "plan"
        return None

    def _looks_back(self, sentence: str) -> bool:
        found = SUMMARY_SWITCH.match(sentence)
        if not found:
            return False
        year = YEAR.search(found.group())
        return year is None or (self.year is not None and int(year.group(1)) < self.year)

    @property
    def switches(self) -> list[tuple[int, str]]:
        """(position, 'plan' | 'summary') where a section starts, in text order."""
        return list(self._switches)

    def at(self, pos: int) -> str | None:
        i = bisect_right(self._starts, pos) - 1
        return self._switches[i][1] if i >= 0 else None
