"""Document mode: which parts of a report state results and which lay out plans."""

from __future__ import annotations

import re
from bisect import bisect_right

from summarizer.engines.offline.cues import PLAN_HEADING, PLAN_SWITCH, SUMMARY_HEADING
from summarizer.engines.offline.tables import CELL_SPLIT
from summarizer.text.clean import Document
from summarizer.text.segment import Segments, is_heading


class Modes:
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

