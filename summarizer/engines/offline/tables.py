"""Tables flattened to text: cells split by | or tabs; the block's first row names the columns."""

from __future__ import annotations

import re

CELL_SPLIT = re.compile(r"[|｜\t]")
GROWTH_COLUMN = re.compile(r"增长|增速|增幅|同比|比上年|比去年|较上年|±")
TARGET_COLUMN = re.compile(r"目标|计划|预期|任务")


def cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
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



_HEADER_NOISE = re.compile(r"<br\s*/?>|[(（][^()（）]{0,8}[)）]|\s+|\[\d{1,2}\]")


def name_spans(norm: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The words of a header cell without line breaks, units in brackets or footnote marks."""
    out, pos = [], start
    for noise in _HEADER_NOISE.finditer(norm, start, end):
        if noise.start() > pos:
            out.append((pos, noise.start()))
        pos = noise.end()
    if end > pos:
        out.append((pos, end))
    return tuple(out)
