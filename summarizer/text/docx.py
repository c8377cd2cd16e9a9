"""A Word (.docx) report as one text: body paragraphs and tables in document order.

python-docx reads the document body only, so page headers, footers (page numbers, running
titles) and footnote texts never enter the report. A table becomes one `a | b | c` line per row,
the form HTML tables take, so the same table reader serves both. Superscript digits (footnote
marks typed as superscript) become `[n]`, as web copies write them, so they never glue onto a
figure.
"""

from __future__ import annotations

import io
import zipfile

from summarizer.errors import InputError

_LONG_CELL = 80  # a cell longer than this holds prose: a layout table, read cell by cell


def is_docx(data: bytes) -> bool:
    """A ZIP package holding a Word main document part."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "word/document.xml" in package.namelist()
    except zipfile.BadZipFile:
        return False


def docx_to_text(data: bytes, name: str) -> str:
    """Body text of a .docx, one paragraph or table row per line.

    Only the main document part is parsed (with python-docx's own element classes): real
    packages often lack parts their relationships name (a footnotes.xml that was never
    written), which makes `docx.Document()` refuse a file Word opens fine.
    """
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            xml = package.read("word/document.xml")
        root = parse_xml(xml)
    except Exception as exc:  # noqa: BLE001 - zipfile/lxml raise many kinds for a bad package
        raise InputError(name, f"is not a readable Word document ({type(exc).__name__}).",
                         "Open and re-save it in Word or LibreOffice.") from None
    body = root.find(qn("w:body"))
    lines: list[str] = []
    for block in body.iterchildren() if body is not None else ():
        if block.tag == qn("w:p"):
            text = _paragraph_text(Paragraph(block, None)).strip()
            lines.extend(part.strip() for part in text.split("\n") if part.strip())
        elif block.tag == qn("w:tbl"):
            lines.extend(_table_lines(Table(block, None)))
    return "\n".join(lines) + "\n" if lines else ""


def _paragraph_text(paragraph) -> str:
    from docx.text.run import Run

    out: list[str] = []
    for item in paragraph.iter_inner_content():
        text = item.text
        if isinstance(item, Run) and item.font.superscript and text.strip().isdigit():
            text = f"[{text.strip()}]"
        out.append(text)
    return "".join(out)


def _cell_parts(cell) -> list[str]:
    return [t for t in (_paragraph_text(p).strip() for p in cell.paragraphs) if t]


def _table_lines(table) -> list[str]:
    """One line per row (merged cells once); a layout table gives one line per cell.

    A row whose cells stack several values as paragraphs, the same number in each stacked
    cell (指标 cell: 省级/县级/…, 数量 cell: 34/2843/…), is read as that many rows.
    """
    rows: list[list[list[str]]] = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats across the columns it spans
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_parts(cell))
        rows.append(cells)
    if any(len(" ".join(c)) > _LONG_CELL for cells in rows for c in cells):
        return [" ".join(c) for cells in rows for c in cells if c]
    lines = []
    for cells in rows:
        stacked = {len(c) for c in cells if len(c) > 1}
        if len(stacked) == 1 and sum(1 for c in cells if len(c) > 1) >= 2:
            depth = stacked.pop()
            expanded = [[c[i] if len(c) > 1 else (c[0] if c and i == 0 else "") for c in cells]
                        for i in range(depth)]
        else:
            expanded = [[" ".join(c) for c in cells]]
        for texts in expanded:
            while texts and not texts[-1]:
                texts.pop()
            if any(texts):
                lines.append(" | ".join(texts))
    return lines
