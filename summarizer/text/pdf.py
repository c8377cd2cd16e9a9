"""A PDF's text layer as one report text: lines joined into paragraphs, page furniture marked.

A PDF stores lines, not paragraphs: a sentence (and a figure: `4.27\\n万人`) breaks wherever the
line was full. We read each character's box through pypdfium2 and decide from geometry, not from
the characters: a line that reaches the right margin and is followed by an unindented line at
the usual spacing continues the paragraph, so the break is removed. Page numbers and running
headers/footers stay in the text on lines of their own and are listed as chrome, so offsets
still index every character we extracted. Superscript footnote numbers become `[n]`, the form
web copies of these reports use, so they never glue onto a figure.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from summarizer.errors import InputError
from summarizer.text import wrap

# PDFium's own error codes for a document that cannot be loaded (FPDF_ERR_*).
_ERR_PASSWORD = 4
_ERR_SECURITY = 5

_ASCII_WORD = re.compile(r"[A-Za-z]")
# A line that is only a page number: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 10 页, 3/10, Page 3 of 10.
_PAGE_NUMBER = re.compile(
    r"^[-—–－·\s]*(?:\d{1,4}|[ivxlcdm]{1,6}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)[-—–－·\s]*$",
    re.I,
)
_DIGITS = re.compile(r"\d+")
_SUPERSCRIPTABLE = frozenset("0123456789*†‡")


@dataclass
class _Line:
    """One printed line: its characters and where it sits on its page (PDF units, y up)."""

    text: str
    left: float
    right: float
    top: float
    bottom: float
    size: float
    page: int
    cells: bool = False  # wide gaps inside (a table row): never joined to its neighbours
    chrome: str | None = None


@dataclass(frozen=True)
class PdfText:
    """The extracted text, where each page starts in it, and the page furniture in it."""

    text: str
    pages: tuple[int, ...]
    chrome: tuple[tuple[int, int, str], ...]
    empty_pages: tuple[int, ...] = field(default=())


def pdf_to_text(data: bytes, name: str) -> PdfText:
    """Read the text layer of a PDF; scans, encrypted and broken files raise InputError."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise InputError(name, "is an encrypted (password-protected) PDF.",
                             "Save an unprotected copy first (e.g. `qpdf --decrypt in.pdf out.pdf`).") from None
        raise InputError(name, "is not a readable PDF (damaged or truncated).",
                         "Re-download or re-export the file.") from None
    try:
        pages = [_page_lines(pdf, i) for i in range(len(pdf))]
    except pdfium.PdfiumError:
        raise InputError(name, "is not a readable PDF (a page cannot be read).",
                         "Re-download or re-export the file.") from None
    finally:
        pdf.close()
    if not any(pages):
        raise InputError(
            name,
            "is a PDF without a text layer (a scanned image?).",
            "OCR it first (e.g. `ocrmypdf --language chi_sim in.pdf out.pdf`) and pass the result.",
        )
    _mark_chrome(pages)
    return _assemble(pages)


def _page_lines(pdf, index: int) -> list[_Line]:
    """The page's lines in PDFium's reading order, with generated spaces inside CJK removed."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            n = textpage.count_chars()
            raw = textpage.get_text_range() if n else ""
            if len(raw) != n:  # characters outside the BMP: read them one by one
                import pypdfium2.raw as pdfium_c

                raw = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(n))
            generated = _generated(textpage, raw)
            lines: list[_Line] = []
            chars: list[tuple[str, tuple[float, float, float, float]]] = []
            for i, ch in enumerate(raw):
                if ch in "\r\n":
                    if ch == "\n" or not raw.startswith("\n", i + 1):
                        _flush(chars, lines, index)
                        chars = []
                    continue
                if ch in " \u3000\xa0" and i in generated:
                    chars.append((" ", (0.0, 0.0, 0.0, 0.0)))  # decided when the line is built
                    continue
                chars.append((ch, textpage.get_charbox(i, loose=True)))
            _flush(chars, lines, index)
            return lines
        finally:
            textpage.close()
    finally:
        page.close()


def _generated(textpage, raw: str) -> set[int]:
    """Indices of spaces PDFium inserted between glyphs (justified lines, wide tracking)."""
    import pypdfium2.raw as pdfium_c

    return {
        i for i, ch in enumerate(raw)
        if ch in " \u3000\xa0" and pdfium_c.FPDFText_IsGenerated(textpage, i) == 1
    }


def _flush(chars: list[tuple[str, tuple[float, float, float, float]]], lines: list[_Line],
           page: int) -> None:
    """Build one _Line from its characters: drop generated spaces unless they part two Latin
    words, turn raised small digits into [n], and mark wide gaps (table cells) with ' | '."""
    boxes = [box for ch, box in chars if ch != " " and box[3] > box[1]]
    if not boxes:
        return
    heights = sorted(b[3] - b[1] for b in boxes)
    size = heights[len(heights) // 2]
    bottoms = sorted(b[1] for b in boxes)
    base = bottoms[len(bottoms) // 2]
    out: list[str] = []
    prev_right: float | None = None
    prev_ch = ""
    cells = False
    sup: list[str] = []

    def close_sup() -> None:
        if sup:
            out.append("[" + "".join(sup) + "]")
            sup.clear()

    for k, (ch, box) in enumerate(chars):
        if ch == " " and box == (0.0, 0.0, 0.0, 0.0):
            nxt = next(((c, b) for c, b in chars[k + 1:] if c != " "), ("", box))
            wide = prev_right is not None and nxt[1][0] - prev_right > 0.6 * size
            latin = _ASCII_WORD.match(prev_ch or " ") and _ASCII_WORD.match(nxt[0] or " ")
            if (wide or latin) and out and out[-1] != " ":
                out.append(" ")  # a real gap, or two Latin words; not justification spacing
            continue
        if ch == " ":
            out.append(ch)
            continue
        height = box[3] - box[1]
        if (ch in _SUPERSCRIPTABLE and height < 0.75 * size
                and box[1] > base + 0.25 * size and out):
            sup.append(ch)
            prev_right, prev_ch = box[2], ch
            continue
        close_sup()
        if prev_right is not None and box[0] - prev_right > 2.5 * size:
            while out and out[-1] == " ":
                out.pop()
            out.append(" | ")
            cells = True
        out.append(ch)
        prev_right, prev_ch = box[2], ch
    close_sup()
    text = "".join(out).strip()
    if not text:
        return
    lines.append(_Line(
        text=text, left=min(b[0] for b in boxes), right=max(b[2] for b in boxes),
        top=max(b[3] for b in boxes), bottom=min(b[1] for b in boxes), size=size, page=page,
        cells=cells,
    ))


def _mark_chrome(pages: list[list[_Line]]) -> None:
    """Page numbers on a page's top or bottom line; lines repeated at the top or bottom of at
    least half the pages (digits aside: 第3页 and 第4页 repeat) are running headers/footers."""
    edges: list[tuple[list[_Line], list[_Line]]] = []
    for lines in pages:
        by_top = sorted(lines, key=lambda ln: -ln.top)
        edges.append((by_top[:2], by_top[::-1][:2]))
    for top, bottom in edges:
        for ln in (top[:1] + bottom[:1]):
            if _PAGE_NUMBER.match(ln.text):
                ln.chrome = "page_number"
    with_text = sum(1 for lines in pages if lines)
    need = max(2, (with_text + 1) // 2)
    for where, slot in (("running_header", 0), ("running_footer", 1)):
        counts = Counter(key for edge in edges for key in {_repeat_key(ln) for ln in edge[slot]})
        for edge in edges:
            for ln in edge[slot]:
                if ln.chrome is None and with_text >= 2 and counts[_repeat_key(ln)] >= need:
                    ln.chrome = where


def _repeat_key(line: _Line) -> tuple[str, int]:
    """Text with digits masked (第3页 ~ 第4页) and type size: a title in large type that repeats
    the running header's words is not the header."""
    return _DIGITS.sub("#", "".join(line.text.split())), round(line.size)


def _assemble(pages: list[list[_Line]]) -> PdfText:
    """Join body lines into paragraphs; chrome lines wait until the paragraph they interrupt ends."""
    body = [ln for lines in pages for ln in lines if ln.chrome is None]
    wide = [ln for ln in body if len(ln.text) >= 8 and not ln.cells] or body
    rights = sorted(ln.right for ln in wide)
    lefts = sorted(ln.left for ln in wide)
    right_margin = rights[int(0.95 * (len(rights) - 1))] if rights else 0.0
    left_margin = lefts[int(0.05 * (len(lefts) - 1))] if lefts else 0.0
    gaps = [a.bottom - b.top for lines in pages for a, b in zip(lines, lines[1:], strict=False)
            if a.chrome is None and b.chrome is None and a.bottom > b.top]
    usual_gap = statistics.median(gaps) if gaps else 0.0

    parts: list[str] = []
    pos = 0
    first: dict[int, int] = {}  # page -> offset of its first character in the text
    chrome: list[tuple[int, int, str]] = []
    pending: list[_Line] = []
    prev: _Line | None = None

    def place(ln: _Line, *, join: bool) -> int:
        nonlocal pos
        sep = ""
        if join and prev is not None:
            sep = " " if _ASCII_WORD.match(prev.text[-1]) and _ASCII_WORD.match(ln.text[0]) else ""
        elif parts:
            sep = "\n"
        start = pos + len(sep)
        parts.append(sep + ln.text)
        pos = start + len(ln.text)
        first[ln.page] = min(first.get(ln.page, start), start)
        if ln.chrome is not None:
            chrome.append((start, pos, ln.chrome))
        return start

    def flush_pending() -> None:
        for ln in pending:
            place(ln, join=False)
        pending.clear()

    for lines in pages:
        for ln in lines:
            if ln.chrome is not None:
                if prev is None or _breaks(prev, None, right_margin, left_margin, usual_gap):
                    flush_pending()
                    place(ln, join=False)
                else:
                    pending.append(ln)  # inside a paragraph that goes on over the page break
                continue
            joined = prev is not None and not _breaks(prev, ln, right_margin, left_margin, usual_gap)
            if not joined:
                flush_pending()
            place(ln, join=joined)
            prev = ln
    flush_pending()
    text = "".join(parts) + "\n"
    starts: list[int] = []
    for number in range(len(pages) - 1, -1, -1):  # an empty page starts where the next one does
        starts.append(min(first.get(number, len(text)), starts[-1] if starts else len(text)))
    starts.reverse()
    starts[0] = 0
    empty = tuple(n + 1 for n, lines in enumerate(pages) if not lines)
    return PdfText(text=text, pages=tuple(starts), chrome=tuple(chrome), empty_pages=empty)


def _breaks(a: _Line, b: _Line | None, right_margin: float, left_margin: float,
            usual_gap: float) -> bool:
    """True when a paragraph ends after line a: the rule text files share (text/wrap.py)."""
    return wrap.ends_paragraph(a, b, right_margin, left_margin, usual_gap)
