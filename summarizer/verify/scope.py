"""Where a figure's claims may be read: its clause, sentence, line, table row, section.

Built once per document (`Scope.of`), then asked per fact; every span indexes the original
text (the look-ups run on the same-length normalised view).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from summarizer.models import NumberMention
from summarizer.text.clean import Document
from summarizer.text.numbers import table_reader
from summarizer.text.prefilter import prefiltered
from summarizer.text.sections import Sections, report_year
from summarizer.text.segment import Segments, is_heading

CELL_SPLIT = re.compile(r"[|｜\t]")
Span = tuple[int, int]
_T = TypeVar("_T")
_MISSING = object()


@dataclass(frozen=True)
class TableCell:
    """A figure inside a flattened table row (`a | b | c`): its row, column and header row."""

    row: list[Span]
    column: int
    header: list[Span] | None
    block_start: int  # start of the block's first line (the header, or the row itself)
    title: Span | None = None  # the table's title words (表2 …涨跌幅度) a few lines above


class Scope:
    """Segment, section and table look-ups over one document."""

    def __init__(self, doc: Document, mentions: Sequence[NumberMention]) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.seg = Segments.of(doc)
        self.tables = table_reader(doc)  # the document's one reader of table rows, shared
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._cells: dict[int, TableCell | None] = {}
        self._rows: dict[int, bool] = {}
        self._blocks: dict[int, tuple[list[Span] | None, int, Span | None]] = {}
        self._found: dict[tuple, object] = {}
        self._names_above: dict[tuple[int, int], tuple[Span, ...]] = {}
        self._starts = [m.start for m in self.mentions]
        self.headings: list[Span] = []
        self.title: Span | None = None
        self._read_lines()
        self._heading_ends = [b for _, b in self.headings]  # increasing: headings are whole lines
        # plan or review: the shared reading of the report's sections (summarizer.text.sections,
        # by heading, tense and year words relative to the report's own year), so the verifier
        # judges a fact's kind by the same sections the offline engine read it in
        self._sections = sorted(
            (pos, "review" if mode == "summary" else mode) for pos, mode in Sections.of(doc).switches
        )
        self._section_starts = [s for s, _ in self._sections]
        self._year = report_year(doc)

    @classmethod
    def of(cls, doc: Document, mentions: Sequence[NumberMention]) -> Scope:
        """The scope of `doc`, reused while the same document and mentions are asked about."""
        cached = getattr(_LAST, "scope", None)
        if cached is not None and cached.doc is doc and len(cached.mentions) == len(mentions):
            return cached
        scope = cls(doc, mentions)
        _LAST.scope = scope
        return scope

    def _read_lines(self) -> None:
        pos = 0
        for line in self.norm.split("\n"):
            start, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            lead = len(line) - len(line.lstrip())
            span = (start + lead, start + lead + len(stripped))
            if not self.doc.is_kept(*span) or len(CELL_SPLIT.findall(stripped)) >= 2:
                continue  # page chrome, or a table row (指标 | 1-6月 | 全年目标)
            if self.title is None:
                self.title = span if len(stripped) <= 60 and not re.search(r"[。；;]", stripped) else None
                if self.title is None:
                    self.title = (0, 0)  # the first body line is prose: no title
            if is_heading(stripped):
                self.headings.append(span)

    # segments
    def clause(self, pos: int) -> Span:
        """The clause holding `pos` (split at 。，；：! ? and line ends)."""
        return self.seg.clause(pos)

    def sentence(self, pos: int) -> Span:
        """The sentence holding `pos`."""
        return self.seg.sentence(pos)

    def line(self, pos: int) -> Span:
        """The text line (paragraph) holding `pos`."""
        return self.seg.line(pos)

    @property
    def year(self) -> int | None:
        """The report's own year (the latest its title lines name), as the engine reads it."""
        return self._year

    def dated_before_report(self, start: int, end: int) -> bool:
        """The last period in [start, end) is one year before the report's own year."""
        dated = self.seg.dated_year(start, end)
        return self._year is not None and dated is not None and dated < self._year

    def section(self, pos: int) -> str | None:
        """'plan' or 'review' from the nearest classified heading above `pos`, else None."""
        i = bisect_right(self._section_starts, pos) - 1
        return self._sections[i][1] if i >= 0 else None

    def headings_above(self, pos: int, limit: int | None = None) -> list[Span]:
        """Heading lines above `pos`, nearest first (the nearest `limit` of them).

        A binary search on the headings' ends: every fact asks, and a long report has hundreds
        of headings, of which a check reads the nearest eight.
        """
        i = bisect_right(self._heading_ends, pos)
        lo = 0 if limit is None else max(0, i - limit)
        return self.headings[lo:i][::-1]

    def between(self, start: int, end: int) -> list[NumberMention]:
        """Mentions lying wholly inside [start, end)."""
        i, j = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def finditer(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """`pattern.finditer(norm, start, end)` as a list, kept: every figure of a sentence asks
        about the same sentence's cue words."""
        key = (pattern, start, end)
        found = self._found.get(key)
        if found is None:
            fast = _FAST.get(pattern) or _FAST.setdefault(pattern, prefiltered(pattern))  # same matches
            found = self._found[key] = list(fast.finditer(self.norm, start, end))
        return found

    def search(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """`pattern.search(norm, start, end)`, kept like `finditer`."""
        key = (pattern, start, end, 1)
        if key not in self._found:
            self._found[key] = pattern.search(self.norm, start, end)
        return self._found[key]  # type: ignore[return-value]

    def memo(self, key: tuple, make: Callable[[], _T]) -> _T:
        """`make()`, kept under `key` for this document: the facts of one clause, row or table
        ask the same questions of the same stretch of text (a window to search, its spans)."""
        found = self._found.get(key, _MISSING)
        if found is _MISSING:
            found = self._found[key] = make()
        return found  # type: ignore[return-value]

    # tables
    def table(self, pos: int) -> TableCell | None:
        """The table cell holding `pos`, with its row, the block's header and the table's title.

        Rows are read by `summarizer.text.tables` (pipe, tab and space-aligned rows), the same
        reader the offline engine builds table facts with.
        """
        if pos in self._cells:  # every claim check of a figure asks again
            return self._cells[pos]
        cell = self._cells[pos] = self._table(pos)
        return cell

    def _table(self, pos: int) -> TableCell | None:
        (start, end), row = self.tables.row(pos)
        if len(row) < 2 or not self._is_table_row(start, end):
            return None
        column = next((i for i, (a, b) in enumerate(row) if a <= pos < b), None)
        if column is None:
            return None
        # header, top and title are the row's (they depend on its line alone): read once a row
        block = self._blocks.get(start)
        if block is None:
            block = self._blocks[start] = (self.tables.header(pos), self.tables.top(pos), self.tables.title(pos))
        return TableCell(row, column, *block)

    def row_names_above(self, pos: int) -> tuple[Span, ...]:
        """The name cells of the rows above the line holding `pos` in its table block, nearest
        first (what `TableReader.rows_above` walks, rows of one cell left out).

        Kept per line and block, each line's list made from the line above's: a table's rows ask
        in turn, so the whole table is walked once, not once for every row (a cost growing with
        the square of its length).
        """
        block = self.tables.block_start(pos)
        start = self.tables.line(pos)[0]
        walked: list[tuple[int, Span | None]] = []  # (line, name cell of the line above it)
        names: tuple[Span, ...] = ()
        while start > 0:
            known = self._names_above.get((start, block))
            if known is not None:
                names = known
                break
            above = self.norm.rfind("\n", 0, start - 1) + 1
            if above < block:
                break
            row = self.tables.row(above)[1]
            walked.append((start, row[0] if len(row) > 1 else None))
            start = above
        for line_start, name in reversed(walked):
            if name is not None:
                names = (name, *names)
            self._names_above[(line_start, block)] = names
        return names

    def _is_table_row(self, start: int, end: int) -> bool:
        # the strict row reading splits the line into cells again: once per line is enough
        known = self._rows.get(start)
        if known is None:
            known = self._rows[start] = self.tables.is_table_row(start, end)
        return known


_FAST: dict[re.Pattern[str], re.Pattern[str]] = {}  # each pattern with its first-character test
_LAST = threading.local()  # batch workers each check their own document
