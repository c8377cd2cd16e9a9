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

