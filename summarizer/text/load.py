"""Read a report file (text in any common Chinese encoding, HTML, Markdown, PDF, Word) into one
decoded string.

Offsets everywhere index the decoded, newline-normalised text (\r\n and \r become \n); for PDF
and Word input, the extracted text (`summarizer summarize --format text` prints it).
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import InputError


@dataclass(frozen=True)
class LoadedText:
    """What every loader produces: the text the rest reads, and what the loader knows of it."""

    name: str
    text: str
    encoding: str
    format: str
    sha256: str
    byte_len: int
    # (start, end, reason) of lines the loader knows are furniture (PDF page numbers, running
    # headers): kept in the text, so offsets stay true, and removed as chrome by clean().
    chrome: tuple[tuple[int, int, str], ...] = ()
    # Offset where each page starts (PDF); empty for formats without pages.
    pages: tuple[int, ...] = ()
    # (start, end) of inline markup (Markdown ** and <br>): masked in the view rules read.
    mask: tuple[tuple[int, int], ...] = ()
    notes: tuple[str, ...] = ()  # warnings for the report (e.g. pages without a text layer)

    def page_of(self, offset: int) -> int | None:
        """1-based page holding `offset`, or None when the input has no pages."""
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, offset))


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|body|div|head|meta|p|table)[\s>/]", re.I)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form",
              "nav", "header", "footer", "aside", "figcaption")  # captions name photos, not facts
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
               "section", "article", "table", "ul", "ol", "dl", "dt", "dd", "blockquote",
               "pre", "hr", "title", "main", "center")


def _cjk_score(text: str) -> float:
    """Share of characters that are common CJK / ASCII; rare or private-use chars lower it."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80 or 0x4E00 <= o <= 0x9FA5 or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
            good += 1
    return good / len(text)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_cjk_score(text), enc, text))
    if candidates:
        candidates.sort(key=lambda c: -c[0])
        if len(candidates) == 2 and abs(candidates[0][0] - candidates[1][0]) < 1e-9:
            try:
                from charset_normalizer import from_bytes

                best = from_bytes(data).best()
                if best is not None and best.encoding in ("big5", "cp950"):
                    return candidates[[c[1] for c in candidates].index("big5")][2], "big5"
            except Exception:  # noqa: BLE001 - tiebreaker only
                pass
        return candidates[0][2], candidates[0][1]
    raise InputError(
        name,
        "cannot be decoded (tried BOM, utf-8, gb18030, big5).",
        "Convert the file to UTF-8 (e.g. `iconv -f <encoding> -t utf-8`).",
    )


def html_to_text(html: str) -> str:
    """Visible text of a page, one block element per line, chrome containers dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    # A data-table row becomes one line, cells split by " | ", as tables flattened to text are
    # read. A layout table (cells holding paragraphs or line breaks) keeps one block per cell.
    for row in soup.find_all("tr"):
        cells = row.find_all(("td", "th"), recursive=False)
        if any(cell.find(_BLOCK_TAGS) for cell in cells):
            for cell in cells:
                cell.insert_before("\n")
                cell.insert_after("\n")
        else:
            for cell in cells[1:]:
                cell.insert_before(" | ")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    lines = [line.strip() for line in text.replace("\xa0", " ").split("\n")]
    out = [line for line in lines if line]  # block boundaries make blank lines meaningless
    return "\n".join(out).strip("\n") + "\n"


# Formats users pass by mistake, named so the fix is obvious.
_NOT_TEXT: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG", "a PNG image", "Pass the report's text; images need OCR first."),
    (b"\xff\xd8\xff", "a JPEG image", "Pass the report's text; images need OCR first."),
)
_OLE2 = b"\xd0\xcf\x11\xe0"
_ZIP = b"PK\x03\x04"
# Past this many characters a report is refused unless the caller raises the limit: the
# pipeline is linear, but a runaway input (a log, a data dump) is rarely meant.
DEFAULT_MAX_CHARS = 20_000_000  # about 60 MB of Chinese in UTF-8


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _load_pdf(data: bytes, name: str) -> LoadedText:
    from summarizer.text.pdf import pdf_to_text

    pdf = pdf_to_text(data, name)
    notes = ()
    if pdf.empty_pages:
        shown = ", ".join(map(str, pdf.empty_pages[:10])) + (" …" if len(pdf.empty_pages) > 10 else "")
        notes = (f"page(s) {shown} have no text layer (scanned?): OCR the PDF to read them",)
    return LoadedText(name=name, text=pdf.text, encoding="pdf", format="pdf", sha256=_sha(data),
                      byte_len=len(data), chrome=pdf.chrome, pages=pdf.pages, notes=notes)


def _load_office(data: bytes, name: str) -> LoadedText:
    from summarizer.text.docx import docx_to_text, is_docx

    if not is_docx(data):
        raise InputError(name, "is a ZIP archive (or an Office file other than .docx), not a report.",
                         "Pass a .docx, .pdf, .txt, .md or .html file.")
    text = docx_to_text(data, name)
    if not text.strip():
        raise InputError(name, "is a Word document without body text.",
                         "Pass a document with report text (text in images needs OCR first).")
    return LoadedText(name=name, text=text, encoding="docx", format="docx", sha256=_sha(data),
                      byte_len=len(data))


def _refuse_ole2(data: bytes, name: str) -> None:
    lower = name.lower()
    if lower.endswith(".docx"):  # Word stores a password-protected .docx in an OLE2 container
        raise InputError(name, "is an encrypted (password-protected) Word document.",
                         "Save an unprotected copy first.")
    kind = ("a legacy Word .doc (Word 97-2003) document" if lower.endswith((".doc", ".dot", ".wps"))
            else "a legacy Office (OLE2: .doc/.xls/.ppt) document")
    raise InputError(name, f"is {kind}, which summarizer does not read.",
                     "Save it as .docx or PDF first (e.g. `soffice --headless --convert-to docx file.doc`).")


def load_bytes(data: bytes, name: str, *, max_chars: int | None = DEFAULT_MAX_CHARS) -> LoadedText:
    """Decode bytes of a report; HTML pages become their visible text, PDF and Word documents
    their text layer. More than `max_chars` characters raise InputError (None: no limit)."""
    loaded = _load_any(data, name)
    if max_chars is not None and len(loaded.text) > max_chars:
        raise InputError(
            name,
            f"has {len(loaded.text):,} characters, more than the limit of {max_chars:,}.",
            "Raise it with --max-chars N (0 for no limit) or split the file.",
        )
    return loaded


def _load_any(data: bytes, name: str) -> LoadedText:
    if not data.strip():
        raise InputError(name, "is empty or contains only whitespace.", "Pass a file with report text.")
    # A .pdf's header may follow a few junk bytes (PDF 1.7, 7.5.2); other names must start with it.
    if data.lstrip().startswith(b"%PDF-") or (name.lower().endswith(".pdf") and b"%PDF-" in data[:1024]):
        return _load_pdf(data, name)
    if data.startswith(_ZIP):
        return _load_office(data, name)
    if data.startswith(_OLE2):
        _refuse_ole2(data, name)
    for magic, kind, fix in _NOT_TEXT:
        if data.startswith(magic):
            raise InputError(name, f"is {kind}, not a text report.", fix)
    is_utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not is_utf16 and b"\x00" in data:
        raise InputError(name, "looks binary (contains NUL bytes), not a text report.",
                         "Pass a .txt, .md, .html, .pdf or .docx file.")
    text, encoding = _decode(data, name)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(name, "is empty or contains only whitespace.", "Pass a file with report text.")
    fmt = "text"
    lower = name.lower()
    chrome: tuple[tuple[int, int, str], ...] = ()
    mask: tuple[tuple[int, int], ...] = ()
    if lower.endswith((".md", ".markdown")):
        from summarizer.text.markdown import markdown_chrome, markdown_mask

        fmt = "markdown"
        chrome, mask = markdown_chrome(text), markdown_mask(text)
    elif lower.endswith((".html", ".htm")) or _HTML_SNIFF.search(text[:2048].encode("utf-8", "ignore")):
        fmt = "html"
        text = html_to_text(text)
        if not text.strip():
            raise InputError(name, "is an HTML page without visible text.",
                             "Save the page after it has loaded, or pass the article text.")
    return LoadedText(name=name, text=text, encoding=encoding, format=fmt, sha256=_sha(data),
                      byte_len=len(data), chrome=chrome, mask=mask)


def load_path(path: str | os.PathLike[str], *, max_chars: int | None = DEFAULT_MAX_CHARS) -> LoadedText:
    """Read a file (or stdin for "-") and decode it."""
    name = os.fspath(path)
    if name == "-":
        return load_bytes(sys.stdin.buffer.read(), "-", max_chars=max_chars)
    p = Path(name)
    if not p.exists():
        raise InputError(name, "does not exist.", "Check the path.")
    if p.is_dir():
        raise InputError(name, "is a directory, not a file.", "Pass a report file inside it.")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise InputError(name, "cannot be read (permission denied).", "Fix the file permissions.") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror}).", "Check the file.") from None
    return load_bytes(data, name, max_chars=max_chars)
