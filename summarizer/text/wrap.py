"""Hard-wrapped text: which line breaks sit inside a paragraph and read as no break at all.

Reports copied out of a PDF or an old archive often break every 30-40 characters in the middle
of a sentence (`…城市污水和工业废` / `气处理率达到74%`). The loaded text is never rewritten (every
offset indexes the decoded original); instead this module names the breaks that only wrap a
line, and the readers (segment.py for sentences, clauses and lines; the metric name) skip them.

The decision is the PDF reader's (`ends_paragraph`, shared with pdf.py): a line that reaches the
right margin and is followed by an unindented line at the usual spacing continues the
paragraph. For plain text the "geometry" is the line's length (in characters, or in display
columns where full-width characters count two: whichever makes more lines reach a common
margin) and its leading spaces. A document is read as hard-wrapped only when most of its
prose lines are full and end mid-sentence; headings, list items, table rows, block quotes and
front matter are never joined to a neighbour.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from summarizer.text.segment import HEADING_RE

if TYPE_CHECKING:
    from summarizer.text.clean import Document

Spans = tuple[tuple[int, int], ...]

# A line that ends a sentence or a clause-level unit: it may still be full, but a prose line that
# stops here says nothing about wrapping (a one-paragraph-per-line report ends every line so).
_SENTENCE_FINAL = frozenset("。！？!?；;：:”」』)）")
# Lines that are structure, never joined: Markdown headings, list items, quotes, tables, rules,
# front matter fences, HTML-ish tags, bold-only title lines.
_SENTENCE_STOP = frozenset("。！？!?")
_STRUCTURE = re.compile(
    r"^\s*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||<|---|\*\*[^*]+\*\*\s*$|={3,}|```)"
)
# a table row: space-aligned cells, or cells parted by | (HTML, Word and PDF tables read as a | b)
_CELL_GAP = re.compile(r"\S(?: {2,}|\t|\u3000{2,})\S|\|")
_LEAD_WORD = re.compile(r"\s*[0-9A-Za-z.%‰]*")
_MIN_PROSE = 8  # characters: shorter lines are titles, dates, signatures
_MARKDOWN_OPENERS = frozenset("#>|*+-")  # lines that open Markdown structure
_MIN_MARGIN = 16  # characters: wrapping narrower than this is a column of titles, not prose
_FULL_SHARE = 0.5  # of prose lines: at least this many full and ending mid-sentence
_MIN_FULL = 3  # full mid-sentence lines: fewer say nothing about a margin
_PARAGRAPH_INDENT = 2  # characters: a Chinese paragraph's first line is indented two
_TOLERANCE = 1.6  # characters short of the margin still "reach" it (pdf.py uses the same)


class LineBox(Protocol):
    """A printed line's horizontal extent, as pdf.py's lines and this module's lines have it."""

    left: float
    right: float
    top: float
    bottom: float
    size: float
    page: int
    cells: bool


def ends_paragraph(a: LineBox, b: LineBox | None, right_margin: float, left_margin: float,
                   usual_gap: float) -> bool:
    """True when a paragraph ends after line a (b is the next body line, None if unknown)."""
    if a.cells or a.right < right_margin - _TOLERANCE * a.size:
        return True  # a table row, or a line that stops short: heading or paragraph end
    if b is None:
        return False
    if b.cells or b.left > left_margin + 0.8 * b.size:
        return True  # the next line is indented: a new paragraph
    if a.page == b.page and usual_gap and a.bottom - b.top > max(1.5 * usual_gap, 0.4 * a.size + usual_gap):
        return True  # extra space between them: block paragraphs without indent
    return False


@dataclass
class _TextLine:
    """One line of a text file in the shape ends_paragraph reads (one unit per character)."""

    start: int
    end: int
    left: float
    right: float
    cells: bool
    top: float = 0.0
    bottom: float = 0.0
    size: float = 1.0
    page: int = 0


# full-width and wide characters (CJK, Hangul, full-width forms) and Chinese quotes and dashes,
# which are of ambiguous width but printed full-width in Chinese text: they take two columns
_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                   "\uff00-\uff60\uffe0-\uffe6“”‘’…—·\U00020000-\U0003fffd]")


def _width(text: str) -> int:
    """Display columns: a wide character counts two."""
    return len(text) + len(_WIDE.findall(text))


def _is_structure(line: str) -> bool:
    """Markdown structure or a table row: never joined to either neighbour."""
    return bool(_STRUCTURE.match(line) or _CELL_GAP.search(line.strip()))


def _opens_item(line: str) -> bool:
    """An enumerated heading or item (一、 （二） 3． 第三章) starts a new block: the line before
    it ends there. It may itself run on: a numbered paragraph wraps like any other."""
    return bool(HEADING_RE.match(line))


def _lines(norm: str, columns: bool) -> list[_TextLine | None]:
    """The physical lines (None for a blank line) measured in characters or columns."""
    out: list[_TextLine | None] = []
    pos = 0
    measure = _width if columns else len
    for raw in norm.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        body = raw.rstrip()
        if not body.strip():
            out.append(None)
            continue
        indent = measure(body[: len(body) - len(body.lstrip())])
        out.append(_TextLine(start, end, float(indent), float(measure(body)), _is_structure(raw),
                             size=2.0 if columns else 1.0))
    return out


def _prose(line: _TextLine | None, norm: str) -> bool:
    return line is not None and not line.cells and len(norm[line.start : line.end].strip()) >= _MIN_PROSE


def _margin(lines: list[_TextLine | None], norm: str) -> tuple[float, int]:
    """The common right margin of prose lines that end mid-sentence (their most frequent
    length: a wrapped line may overrun it by a Latin digit or two, many stop exactly there), and
    how many of them reach it."""
    # enumerated headings (一、坚持…抓冲刺) are often of one length: they never set the margin
    mids = [ln for ln in lines if ln is not None and _prose(ln, norm)
            and norm[ln.start : ln.end].rstrip()[-1:] not in _SENTENCE_FINAL
            and not _opens_item(norm[ln.start : ln.end])]
    if not mids:
        return 0.0, 0
    counts = Counter(ln.right for ln in mids)
    margin = max(counts, key=lambda right: (counts[right], right))
    full = sum(1 for ln in mids if ln.right >= margin - _TOLERANCE * ln.size)
    return margin, full


def _may_be_wrapped(text: str) -> bool:
    """A cheap first test: enough prose lines end mid-sentence (a report written one paragraph
    per line ends nearly every line with a full stop), so measuring lines is worth it."""
    ends = mid = 0
    for line in text.split("\n"):
        line = line.rstrip()
        if len(line) < _MIN_PROSE or line.lstrip()[:1] in _MARKDOWN_OPENERS:
            continue
        ends += 1
        mid += line[-1] not in _SENTENCE_FINAL and not _opens_item(line)
    return mid >= _MIN_FULL and mid >= _FULL_SHARE * ends


def soft_breaks(norm: str) -> frozenset[int]:
    """Offsets of the `\\n`s in `norm` that only wrap a line inside a paragraph.

    Pass the original text: widths are read from its full-width characters."""
    if not _may_be_wrapped(norm):
        return frozenset()
    best: tuple[int, float, list[_TextLine | None]] | None = None
    for columns in (False, True):
        lines = _lines(norm, columns)
        margin, full = _margin(lines, norm)
        if best is None or full > best[0]:
            best = (full, margin, lines)
    assert best is not None
    full, margin, lines = best
    measure = _width if lines and any(ln is not None and ln.size == 2.0 for ln in lines) else len
    prose = sum(1 for ln in lines if _prose(ln, norm))
    size = 2.0 if lines and any(ln is not None and ln.size == 2.0 for ln in lines) else 1.0
    if full < _MIN_FULL or full < _FULL_SHARE * prose or margin < _MIN_MARGIN * size:
        return frozenset()
    indents = sorted(ln.left for ln in lines if _prose(ln, norm))  # type: ignore[union-attr]
    left_margin = indents[int(0.05 * (len(indents) - 1))] if indents else 0.0
    soft: set[int] = set()
    first = True  # the line opens a paragraph
    for a, b in zip(lines, lines[1:], strict=False):
        if a is None or b is None or not _prose(a, norm):
            first = True
            continue
        lost_indent = _PARAGRAPH_INDENT * a.size if first and a.left <= left_margin else 0.0
        # a figure or Latin word is never split: the line stopped short because it did not fit
        lost_indent += measure(_LEAD_WORD.match(norm, b.start + int(b.left)).group()) if b.size == a.size else 0.0
        a.right += lost_indent  # a copy that dropped the first line's indent: it still was full
        try:
            ends = ends_paragraph(a, b, margin, left_margin, 0.0)
        finally:
            a.right -= lost_indent
        if norm[a.start : a.end].rstrip()[-1:] in _SENTENCE_STOP:
            ends = True  # a break after a full stop is a boundary either way: keep the line
        if not ends and not b.cells and not _opens_item(norm[b.start : b.end]):
            soft.add(a.end)
            first = False
        else:
            first = True
    return frozenset(soft)


def of(doc: Document) -> frozenset[int]:
    """The soft breaks of `doc`, found once per document (segments and facts share them)."""
    return doc.derived("soft_breaks", lambda: soft_breaks(doc.text))


def join_spans(spans: Spans, soft: frozenset[int]) -> Spans:
    """Consecutive line spans parted only by a soft break, as one span (cleaned text unchanged)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] == a - 1 and out[-1][1] in soft:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


def without_breaks(norm: str, spans: Spans) -> Spans:
    """Spans cut around the line breaks inside them, so a name joined from them is the source's
    words without the break (`废\\n气处理率` -> 废 + 气处理率)."""
    if not any("\n" in norm[a:b] for a, b in spans):
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        pos = a
        while (brk := norm.find("\n", pos, b)) != -1:
            if brk > pos:
                out.append((pos, brk))
            pos = brk + 1
        if b > pos:
            out.append((pos, b))
    return tuple(out)


_Reader = TypeVar("_Reader", bound=Callable[..., tuple[str, int]])
_CONTEXT = 8  # characters after `hi` a reader may look at (占, 的 after the figure)


def across_breaks(read: _Reader) -> _Reader:
    """Let a reader of the words in norm[lo:hi] (returning words and where they start) see a
    wrapped clause as one run: it reads the words without their line breaks, and its answer is
    mapped back onto the source, breaks included (`建\\n成区绿化覆盖率` is 建成区…, not 成区…);
    the caller drops the breaks from the name (without_breaks)."""

    @functools.wraps(read)
    def wrapper(norm: str, lo: int, hi: int, **kwargs):  # type: ignore[no-untyped-def]
        if norm.find("\n", lo, hi) == -1:
            return read(norm, lo, hi, **kwargs)
        where = [i for i in range(lo, hi) if norm[i] != "\n"]
        joined = "".join(norm[i] for i in where)
        words, start = read(joined + norm[hi : hi + _CONTEXT], 0, len(joined), **kwargs)
        if not words or start >= len(where):
            return words, hi if not words else where[-1] + 1
        first = where[start]
        last = where[min(start + len(words), len(where)) - 1] + 1
        return norm[first:last], first

    return wrapper  # type: ignore[return-value]


_SpanRule = TypeVar("_SpanRule", bound=Callable[[str, Spans], "Spans | None"])


def spans_across_breaks(rule: _SpanRule) -> _SpanRule:
    """Let a rule that reshapes a name's spans (drop the comparison base, the footnote mark …)
    read spans that run over a wrapped line's break as if the break were not there: the rule
    sees the words joined and its spans are mapped back onto the source."""

    @functools.wraps(rule)
    def wrapper(norm: str, spans: Spans) -> Spans | None:
        # a plain loop, not all(generator): asked several times for every fact, nearly always
        # of spans with no break in them
        for a, b in spans:
            if norm.find("\n", a, b) != -1:
                break
        else:
            return rule(norm, spans)  # no spans, or none holding a break
        lo = max(0, min(a for a, _ in spans) - _CONTEXT)
        hi = min(len(norm), max(b for _, b in spans) + _CONTEXT)
        where = [i for i in range(lo, hi) if norm[i] != "\n"]
        local = {pos: k for k, pos in enumerate(where)}
        joined = "".join(norm[i] for i in where)

        def to_local(pos: int) -> int:
            while pos not in local and pos < hi:
                pos += 1  # a span edge on a break: the next character
            return local.get(pos, len(where))

        out = rule(joined, tuple((to_local(a), to_local(b)) for a, b in spans))
        if out is None:
            return None
        return tuple(
            (where[a] if a < len(where) else hi, where[b - 1] + 1 if b > 0 else lo) for a, b in out
        )

    return wrapper  # type: ignore[return-value]
