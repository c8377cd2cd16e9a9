"""Tables flattened to text: the one reader of rows, cells, headers and stated units.

Reports carry tables in three shapes once they are text: Markdown or pipe rows
(`| 夏 粮 | 9622 | | -2.4 |`, cells often padded with `<br>`), tab-separated rows, and rows
aligned by spaces, often as list items under a header line that names the columns
(`- 食 品 3.4 3.4 3.4`). The number extractor (text/numbers.py) asks this module whether a
figure is a cell and which unit its table states (a column header `年末数（万人）`, a row name
`产值（亿元）`, a `单位` column, or a `单位：亿美元` line above the table); the offline engine
asks it for the cells of a row and the row that names the columns. Everything works on the
same-length normalised view, so spans index the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

CELL_SPLIT = re.compile(r"[|｜\t]")
# Markdown tables converted from HTML pad cells with line-break tags; they are whitespace.
_PAD = re.compile(r"^(?:\s|<br\s*/?>)+|(?:\s|<br\s*/?>)+$", re.IGNORECASE)
# A row aligned by spaces: a name (CJK, may hold single spaces and a footnote mark: 居 住[11])
# then at least two figures, or one figure set off by a wide gap.
_SPACE_ROW = re.compile(
    r"(?P<lead>[ \t]*(?:[-*+][ \t]+)?)"
    r"(?P<name>[^\s\d|｜\-+−*][^|｜\t\n]*?[^\s\d.,])"
    r"(?P<vals>(?:[ \t]+[-+−]?\d[\d,]*(?:\.\d+)?){2,}|[ \t]{2,}[-+−]?\d[\d,]*(?:\.\d+)?)"
    r"[ \t]*$"
)
_RULE = re.compile(r"[\s|｜:\-—]*(?:<br\s*/?>[\s|｜]*)*")  # | --- | --- | or an empty row
_VALUE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# 单位：亿美元 / （单位：万吨） stated on a line of its own above (or as the caption of) a table
_UNIT_LINE = re.compile(r"单\s?位\s*[:：]\s*(?P<unit>[^\s|｜,，;；。()（）]{1,6})")
_CAPTION_REACH = 6  # lines above a table that may state its unit (title, 单位 line, header lines)

Span = tuple[int, int]


def cells(norm: str, start: int, end: int, *, min_separators: int = 2) -> list[Span]:
    """Spans of the cells of one line (padding trimmed); one span when it is not a table row.

    Pipe and tab rows split at their separators; the outer borders of a Markdown row
    (`| a | b |`) make no cells, an empty cell inside it keeps its column
    (`| 夏 粮 | 9622 | | -2.4 |`). A row aligned by spaces splits into its name and figures.
    """
    line = norm[start:end]
    if len(CELL_SPLIT.findall(line)) >= min_separators:
        out, pos = [], start
        for part in CELL_SPLIT.split(line):
            out.append(_trim(norm, pos, pos + len(part)))
            pos += len(part) + 1
        if line.strip().startswith(("|", "｜")):
            if out and out[0][1] == out[0][0]:
                out = out[1:]
            while out and out[-1][1] == out[-1][0]:
                out = out[:-1]
        return out
    row = space_row(norm, start, end)
    return row if row is not None else [(start, end)]


def space_row(norm: str, start: int, end: int) -> list[Span] | None:
    """Cells of a row aligned by spaces (`- 衣 着 1.2 1.1 1.5`), or None for any other line."""
    last = end
    while last > start and norm[last - 1] in " \t":
        last -= 1
    if last == start or not norm[last - 1].isdigit():
        return None  # a row ends with a figure: prose lines are turned away before the regex
    m = _SPACE_ROW.match(norm, start, end)
    if m is None or not _CJK.search(m.group("name")):
        return None
    values = [(v.start(), v.end()) for v in _VALUE.finditer(norm, m.start("vals"), m.end("vals"))]
    if all(_YEAR.fullmatch(norm[a:b]) for a, b in values):
        return None  # 指标 2019 2020: a header naming years
    return [(m.start("name"), m.end("name")), *values]


def _trim(norm: str, start: int, end: int) -> Span:
    text = norm[start:end]
    lead = _PAD.match(text)
    a = start + (lead.end() if lead else 0)
    tail = _PAD.search(norm[a:end])
    b = a + tail.start() if tail else end
    return (a, max(a, b))


def line_at(norm: str, pos: int) -> Span:
    """Start and end (without the newline) of the line holding pos."""
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    return start, end if end >= 0 else len(norm)


def _lines_above(norm: str, start: int) -> Iterator[Span]:
    while start > 0:
        prev = norm.rfind("\n", 0, start - 1) + 1
        yield prev, start - 1
        start = prev


def is_row(norm: str, start: int, end: int) -> bool:
    """True for a pipe/tab row or a row aligned by spaces."""
    return len(cells(norm, start, end)) >= 2


@dataclass(frozen=True)
class StatedUnit:
    """A unit a table states once for many cells: where it is written and its surface."""

    start: int
    end: int
    surface: str


class Reader:
    """Table questions about one text, with the per-line work cached (each line read once)."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self._cells: dict[int, list[Span]] = {}
        self._block: dict[int, int] = {}
        self._caption: dict[int, StatedUnit | None] = {}
        self._line: Span = (0, -1)

    def line(self, pos: int) -> Span:
        """The line holding pos; the last line found is remembered, so the figures of one long
        line (asked in increasing order) cost one search for its ends, not one each."""
        start, end = self._line
        if start <= pos <= end:
            return self._line
        if pos > end >= 0:
            start = self.norm.rfind("\n", end, pos) + 1 or end + 1
        else:
            start = self.norm.rfind("\n", 0, pos) + 1
        stop = self.norm.find("\n", pos)
        self._line = (start, stop if stop >= 0 else len(self.norm))
        return self._line

    def row(self, pos: int) -> tuple[Span, list[Span]]:
        """The line holding pos and its cells."""
        start, end = self.line(pos)
        found = self._cells.get(start)
        if found is None:
            # one separator is enough here (产值(亿元) | 12): a figure must still fill its cell
            found = self._cells[start] = cells(self.norm, start, end, min_separators=1)
        return (start, end), found

    def cell_at(self, start: int, end: int) -> int | None:
        """Column index when norm[start:end] is a whole figure cell of a table row (not column 0)."""
        _, row = self.row(start)
        if len(row) < 2:
            return None
        for col, (a, b) in enumerate(row):
            if a <= start and end <= b:
                inner = self.norm[a:b]
                sign = inner[: start - a].strip()
                if col == 0 or sign not in ("", "-", "+", "−") or self.norm[end:b].strip():
                    return None
                return col
        return None

    def header(self, pos: int) -> list[Span] | None:
        """Cells of the row naming the columns: the block's first row with words in it.

        Markdown converted from HTML may open a table with an empty row and the `| --- |`
        rule before the real header row; those are skipped.
        """
        start = self.block_start(pos)
        own = self.line(pos)[0]
        while start < own:
            (_, end), row = self.row(start)
            if not _RULE.fullmatch(self.norm, start, end):
                return row
            start = end + 1
        return None

    def block_start(self, pos: int) -> int:
        line_start = self.line(pos)[0]
        if line_start in self._block:
            return self._block[line_start]
        start = line_start
        for prev_start, _ in _lines_above(self.norm, line_start):
            if prev_start in self._block:
                start = self._block[prev_start]
                break
            if len(self.row(prev_start)[1]) < 2:
                break
            start = prev_start
        self._block[line_start] = start
        return start

    def caption_unit(self, pos: int) -> StatedUnit | None:
        """A `单位：亿美元` line just above the table holding pos (or above its header lines)."""
        block = self.block_start(pos)
        if block not in self._caption:
            self._caption[block] = self._find_caption(block)
        return self._caption[block]

    def _find_caption(self, block: int) -> StatedUnit | None:
        for n, (a, b) in enumerate(_lines_above(self.norm, block)):
            if n >= _CAPTION_REACH or b - a > 200:
                break  # a paragraph of prose: the table has no caption
            found = _UNIT_LINE.search(self.norm, a, b)
            if found:
                return StatedUnit(found.start("unit"), found.end("unit"), found.group("unit"))
        return None
