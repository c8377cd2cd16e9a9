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
# A row aligned by spaces: a name (CJK, may hold single spaces and a footnote mark: 居 住[11];
# one character is a name too: - 煤 12583 211.9) then at least two figures, or one figure set
# off by a wide gap. Dashes stand in the cells a row has no figure for (鞋 类 —— — — 297 17.2):
# each is an empty cell, so the figures after them keep their columns.
_PLACEHOLDER = r"(?:—{1,2}|–|－|-)(?=[ \t])"
_FIGURE = r"[-+−]?\d[\d,]*(?:\.\d+)?"
# 粮 食 35,343 万吨 8.7: older communiqués write each amount's unit after it, inside its cell
_VALUE = rf"{_FIGURE}(?:[ \t]?[\u4e00-\u9fff%‰]{{1,5}}(?=[ \t]+[-+−]?\d))?"
_SPACE_ROW = re.compile(
    r"(?P<lead>[ \t]*(?:[-*+][ \t]+)?)"
    r"(?P<name>[^\s\d|｜\-+−*—–－](?:[^|｜\t\n]*?[^\s\d.,—–－-])?)"
    rf"(?P<vals>(?:[ \t]+(?:{_PLACEHOLDER}|{_VALUE})){{2,}}|[ \t]{{2,}}{_FIGURE})"
    r"[ \t]*$"
)
# (149.2 亿平方米) (9.4) or （折标准燃料）: a line in brackets restating or qualifying the row
# above (never an enumerator such as （一）)
_ASIDE_ROW = re.compile(
    r"[ \t]*[(（](?![一二三四五六七八九十\d]{1,3}[)）])[^()（）\n]{2,}[)）](?:[ \t]+[(（][^()（）\n]*[)）])*[ \t]*"
)
_CELL = re.compile(rf"{_PLACEHOLDER}|{_VALUE}")
_RULE = re.compile(r"[\s|｜:\-—]*(?:<br\s*/?>[\s|｜]*)*")  # | --- | --- | or an empty row
_CJK = re.compile(r"[\u4e00-\u9fff]")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# 单位：亿美元 / （单位：万吨） stated on a line of its own above (or as the caption of) a table
_UNIT_LINE = re.compile(r"单\s?位\s*[:：]\s*(?P<unit>[^\s|｜,，;；。()（）]{1,6})")
_CAPTION_REACH = 6  # lines above a table that may state its unit (title, 单位 line, header lines)
# - 指标 全国 / - 城市 农村: the words naming the columns of a space-aligned table, on a line (or
# a few, when a converter broke the header) of their own above the first row; no figures in them
# (a year naming a column counts as a word: - 1995年 比上年增长%)
_HEADER_WORD = r"(?:[\u4e00-\u9fff（）()%]|(?:19|20)\d{2}(?=年))+"
_WORDS_LINE = re.compile(rf"[ \t]*(?:[-*+][ \t]+)?(?P<words>{_HEADER_WORD}(?:[ \t]+{_HEADER_WORD})*)[ \t]*")
_WORD = re.compile(r"[^\s]+")
_HEADER_REACH = 3  # lines a broken header may span
# 表2 2018年居民消费价格比上年涨跌幅度: the title naming a table (bold in Markdown or plain)
# | <br>**表102014年对主要国家和地区货物进出口额…** |: a converted caption cell may open with a
# line break tag, and its number may touch the year (表10 2014年): the year opens the title
_TITLE = re.compile(
    r"(?:[ \t*#]|<br\s*/?>)*表\s*(?:\d{1,2}?(?=(?:19|20)\d{2}年)|\d{1,2}|[一二三四五六七八九十]{1,3})"
    r"[ \t、.：:]*(?P<title>[^\n*]{2,60}?)[ \t*]*"
)

# 主要农产品产量如下：: an old communiqué's lead-in line names what the rows below it measure
_LEAD_IN = re.compile(r"[ \t*#]*(?P<title>[\u4e00-\u9fff、（）()]{2,30}?)如下[:：][ \t*]*")

# a table's caption is a title, not prose: short and without a sentence's full stop
_CAPTION_WIDTH = 60
_SENTENCE_MARK = re.compile(r"[。；;！？!?]")

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
        # (a bold mark around the table may be masked with the outer bar it touched: `  俄罗斯 | … |  `)
        if line.strip().startswith(("|", "｜")) or line.rstrip().endswith(("|", "｜")):
            if out and out[0][1] == out[0][0]:
                out = out[1:]
            # | 俄罗斯 | 175 | … | -10.7 |**: a bold mark left after the last border is no cell
            while out and not norm[out[-1][0] : out[-1][1]].strip("*"):
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
    values = [(v.start(), v.end()) for v in _CELL.finditer(norm, m.start("vals"), m.end("vals"))]
    figures = [norm[a:b] for a, b in values if any(c.isdigit() for c in norm[a:b])]
    if all(_YEAR.fullmatch(f) for f in figures):
        return None  # 指标 2019 2020: a header naming years
    return [(m.start("name"), m.end("name")), *values]


def _trim(norm: str, start: int, end: int) -> Span:
    text = norm[start:end]
    lead = _PAD.match(text)
    a = start + (lead.end() if lead else 0)
    tail = _PAD.search(norm[a:end])
    b = a + tail.start() if tail else end
    return (a, max(a, b))


def column_header(header: list[Span] | None, col: int) -> Span | None:
    """The header cell naming column `col`: its own; or, when it is empty, the nearest named
    cell to its left, for a merged header cell stands over its first column only
    (`| 指 标 | 单 位 | 绝对数 | | 比上年增长% | |` over `| 铁路 | 亿人 | 15.2 | | | 4.3 |`)."""
    if header is None or col <= 0:
        return None
    # (a header row whose last cells are empty is cut short where they were: they are merged too)
    for i in range(min(col, len(header) - 1), 0, -1):
        a, b = header[i]
        if b > a:
            return header[i]
    return None


def name_column(norm: str, row: list[Span], header: list[Span] | None, col: int) -> int:
    """The column of the cell naming the record that holds column `col`: 0, or in a table of
    panels side by side (`| 行业 | 比上年增长（%） | 行业 | 比上年增长（%） |`) the nearest column to
    its left whose header repeats the first one's."""
    if header is None or len(header) != len(row) or col <= 0:
        return 0
    first = "".join(norm[header[0][0] : header[0][1]].split())
    if not first:
        return 0
    panels = [j for j in range(col + 1) if "".join(norm[header[j][0] : header[j][1]].split()) == first]
    return panels[-1]


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

    def is_table_row(self, start: int, end: int) -> bool:
        """True for a line that is a row by the strict reading (two separators, or space-aligned
        figures), or a two-column row without outer borders (`合计 | 200.7`) among lines split
        the same way or a `--- | ---` rule: a prose line with one `|` in it is not a table for
        the fact builder."""
        if is_row(self.norm, start, end):
            return True
        if len(CELL_SPLIT.findall(self.norm, start, end)) != 1:
            return False
        above = self.norm.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else None
        below = end + 1 if end < len(self.norm) else None
        for a in (above, below):
            if a is None:
                continue
            b = self.norm.find("\n", a)
            b = len(self.norm) if b < 0 else b
            if a < b and len(CELL_SPLIT.findall(self.norm, a, b)) == 1:
                return True
        return False

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
        rule before the real header row; those are skipped. A table aligned by spaces names
        its columns on word lines above its first row (`- 指标 全国` / `- 城市 农村`), one word
        a column; its first row holds figures and names nothing.
        """
        (own_start, own_end), _ = self.row(pos)
        if not CELL_SPLIT.search(self.norm, own_start, own_end):
            return self.words_header(pos)
        start = self.block_start(pos)
        own = self.line(pos)[0]
        while start < own:
            (_, end), row = self.row(start)
            if not _RULE.fullmatch(self.norm, start, end) and not self._is_caption_row(row):
                return row
            start = end + 1
        return None

    def _is_caption_row(self, row: list[Span]) -> bool:
        """`| **表3 …产量及其增长速度** | | | |`: a converter puts the table's title (or its
        `单位：` line) in a first row whose other cells are empty. It names no column."""
        return len(row) > 1 and row[0][1] > row[0][0] and all(a == b for a, b in row[1:])

    def _caption_cells(self, block: int) -> list[Span]:
        """The first cells of the caption rows opening the block that starts at `block`."""
        out: list[Span] = []
        start = block
        while start < len(self.norm):
            (_, end), row = self.row(start)
            if self._is_caption_row(row):
                out.append(row[0])
            elif not _RULE.fullmatch(self.norm, start, end):
                break
            start = end + 1
        return out

    def block_start(self, pos: int) -> int:
        line_start = self.line(pos)[0]
        if line_start in self._block:
            return self._block[line_start]
        start = line_start
        if len(self.row(line_start)[1]) < 2:
            return start  # not a row (a blank line between two tables): a block of its own
        for prev_start, prev_end in _lines_above(self.norm, line_start):
            if _ASIDE_ROW.fullmatch(self.norm, prev_start, prev_end) and not _UNIT_LINE.search(self.norm, prev_start, prev_end):
                start = prev_start  # (149.2 亿平方米) (9.4): the row above in another measure
                continue
            if len(self.row(prev_start)[1]) < 2:
                break
            if prev_start in self._block:
                start = self._block[prev_start]
                break
            start = prev_start
        self._block[line_start] = start
        return start

    def rows_above(self, pos: int) -> Iterator[list[Span]]:
        """The cells of the rows above pos in its block, nearest first."""
        block = self.block_start(pos)
        for a, _ in _lines_above(self.norm, self.line(pos)[0]):
            if a < block:
                return
            yield self.row(a)[1]

    def caption_unit(self, pos: int) -> StatedUnit | None:
        """A `单位：亿美元` line just above the table holding pos (or above its header lines)."""
        block = self.block_start(pos)
        if block not in self._caption:
            self._caption[block] = self._find_caption(block)
        return self._caption[block]

    def _find_caption(self, block: int) -> StatedUnit | None:
        for a, b in self._caption_cells(block):
            found = _UNIT_LINE.search(self.norm, a, b)
            if found:
                return StatedUnit(found.start("unit"), found.end("unit"), found.group("unit"))
        for n, (a, b) in enumerate(_lines_above(self.norm, block)):
            if n >= _CAPTION_REACH or b - a > 200:
                break  # a paragraph of prose: the table has no caption
            found = _UNIT_LINE.search(self.norm, a, b)
            if found:
                return StatedUnit(found.start("unit"), found.end("unit"), found.group("unit"))
        return None

    def _word_lines(self, pos: int) -> list[Span]:
        """The header word lines directly above the block of a space-aligned table, top first."""
        out: list[Span] = []
        for n, (a, b) in enumerate(_lines_above(self.norm, self.block_start(pos))):
            if n == 0 and a == b:
                continue  # one blank line may part the header words from the first row
            if n > _HEADER_REACH or not _WORDS_LINE.fullmatch(self.norm, a, b) or _UNIT_LINE.search(self.norm, a, b):
                break
            out.append((a, b))
        return out[::-1]

    def words_header(self, pos: int) -> list[Span] | None:
        """Header of a space-aligned table: one word per column, aligned with the row's cells.

        The words must number the row's cells (the first names the row column) or one fewer
        (no word over the row names); otherwise the columns cannot be told apart: None.
        """
        _, row = self.row(pos)
        if len(row) < 2:
            return None
        words = [
            (w.start(), w.end())
            for a, b in self._word_lines(pos)
            for w in _WORD.finditer(self.norm, a, b)
            if self.norm[w.start() : w.end()] not in ("-", "*", "+")
        ]
        for candidate in (words, self._joined(words)):
            fitted = self._fit(candidate, row)
            if fitted is not None:
                return fitted
        return None

    def _joined(self, words: list[Span]) -> list[Span]:
        """单 位 / 产 量: two single characters set apart by a space are one padded word (the
        genre's column words are mostly two characters long)."""
        out: list[Span] = []
        pair_open = False  # the last word is one character waiting for its second
        for a, b in words:
            if pair_open and b - a == 1:
                out[-1] = (out[-1][0], b)
                pair_open = False
            else:
                out.append((a, b))
                pair_open = b - a == 1
        return out

    def _fit(self, words: list[Span], row: list[Span]) -> list[Span] | None:
        """Words aligned with the row's cells: one each; or no word over the row names; or a
        单位 word over units written inside the row-name cell (`- 原 煤 亿吨 27.93 4.1`)."""
        if len(words) == len(row) + 1:
            unit = [i for i, (a, b) in enumerate(words) if "".join(self.norm[a:b].split()) in ("单位", "计量单位")]
            if unit == [1]:
                words = [words[0], *words[2:]]
        if len(words) == len(row) - 1:
            words = [(row[0][0], row[0][0]), *words]
        return words if len(words) == len(row) else None

    def top(self, pos: int) -> int:
        """Start of the table holding pos, header word lines included."""
        lines = self._word_lines(pos) if not CELL_SPLIT.search(self.norm, *self.line(pos)) else []
        return lines[0][0] if lines else self.block_start(pos)

    def caption_lines(self, pos: int) -> list[Span]:
        """The short lines naming the table holding pos, nearest first: its caption rows, then
        the title, 单位 and 注 lines directly above it (2023年1-11月规模以上工业企业利润 /
        单位：亿元), up to the first line of prose (a sentence, or a line longer than a title)."""
        out = list(self._caption_cells(self.block_start(pos)))
        for n, (a, b) in enumerate(_lines_above(self.norm, self.top(pos))):
            if n >= _CAPTION_REACH:
                break
            line = self.norm[a:b].strip()
            if not line:
                continue
            if len(line) > _CAPTION_WIDTH or _SENTENCE_MARK.search(line) or is_row(self.norm, a, b):
                break
            out.append((a, b))
        return out

    def title(self, pos: int) -> Span | None:
        """The title words of the table holding pos (`表2 …涨跌幅度` a few lines above, or in a
        caption row opening the table), if any."""
        for a, b in self._caption_cells(self.block_start(pos)):
            found = _TITLE.fullmatch(self.norm, a, b)
            if found:
                return found.start("title"), found.end("title")
        for n, (a, b) in enumerate(_lines_above(self.norm, self.top(pos))):
            if n >= _CAPTION_REACH or b - a > 80:
                break
            _, row = self.row(a)
            if len(row) == 1 and CELL_SPLIT.search(self.norm, a, b):
                a, b = row[0]  # | <br>**表3 …增长速度** | | | |: a caption row whose other cells are empty
            found = _TITLE.fullmatch(self.norm, a, b) or _LEAD_IN.fullmatch(self.norm, a, b)
            if found:
                return found.start("title"), found.end("title")
        return None
