"""Build small PDF and DOCX reports from text written for this project (no corpus text).

The PDF is laid out the way government PDFs are: A4, justified lines with hard breaks wherever
a line is full (inside sentences and figures), a two-character first-line indent, a running
header and a page number on every page, a superscript footnote mark, and an indicator table
whose cells are set apart by wide gaps. reportlab's built-in CJK CID font (STSong-Light) needs
no font file. Run `python tests/make_fixtures.py DIR` to look at them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = "临江县2025年前三季度经济运行情况通报"
TITLE = "临江县2025年前三季度经济运行情况通报"
PARAGRAPHS = [
    "前三季度，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。初步核算，"
    "全县实现地区生产总值186.42亿元，同比增长5.8%，增幅居全市第二。其中第一产业增加值"
    "12.36亿元，增长3.1%；第二产业增加值78.05亿元，增长6.4%；第三产业增加值96.01亿元，增长5.6%。",
    "规模以上工业增加值同比增长7.2%，全县规模以上工业企业达到318家，完成工业总产值"
    "452.7亿元，同比增长8.9%。高新技术产业产值占规上工业总产值比重达到46.3%，较上年同期"
    "提高2.1个百分点。新增城镇就业4.27万人，失业人员再就业1.15万人，城镇调查失业率控制在5%以内。",
    "固定资产投资同比增长9.6%，其中工业投资增长14.8%，民间投资增长6.2%。全县新开工亿元以上"
    "项目46个，完成投资128.5亿元。社会消费品零售总额完成213.8亿元，同比增长6.7%。"
    "进出口总额达到35.6亿美元，同比增长11.3%，其中出口28.4亿美元，增长12.5%。",
    "一般公共预算收入完成24.86亿元，同比增长4.9%，其中税收收入19.73亿元，占比79.4%。"
    "金融机构本外币各项存款余额达到1286.4亿元，比年初增加95.2亿元；各项贷款余额1032.7亿元，"
    "比年初增加88.6亿元。城乡居民人均可支配收入分别达到42156元和23874元，分别增长5.1%和6.9%。",
]
FOOTNOTE = "注：地区生产总值按不变价格计算增长速度。"
TABLE = [
    ("指标", "1-9月", "同比增长(%)"),
    ("地区生产总值(亿元)", "186.42", "5.8"),
    ("规上工业增加值(亿元)", "61.93", "7.2"),
    ("社会消费品零售总额(亿元)", "213.8", "6.7"),
]
# Figures that must come out of the PDF exactly as they do from the same text: (value, unit).
FIGURES = [
    ("186.42", "亿元"), ("12.36", "亿元"), ("78.05", "亿元"), ("96.01", "亿元"), ("318", "家"),
    ("452.7", "亿元"), ("46.3", "%"), ("2.1", "个百分点"), ("4.27", "万人"), ("1.15", "万人"),
    ("46", "个"), ("128.5", "亿元"), ("213.8", "亿元"), ("35.6", "亿美元"), ("28.4", "亿美元"),
    ("24.86", "亿元"), ("19.73", "亿元"), ("79.4", "%"), ("1286.4", "亿元"), ("95.2", "亿元"),
    ("1032.7", "亿元"), ("88.6", "亿元"), ("42156", "元"), ("23874", "元"),
]

_FONT = "STSong-Light"
_SIZE = 14
_LEFT, _RIGHT, _TOP, _BOTTOM = 72.0, 523.0, 760.0, 430.0  # a short page: two pages
_PITCH = 25.0


def _wrap(text: str, width: float, indent: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    room = width - indent
    for ch in text:
        if stringWidth(line + ch, _FONT, _SIZE) > room:
            lines.append(line)
            line, room = "", width
        line += ch
    if line:
        lines.append(line)
    return lines


def make_pdf(path: Path, *, paragraphs: list[str] = PARAGRAPHS, encrypt: str | None = None,
             image_only: bool = False, scanned_last_page: bool = False) -> Path:
    """A justified, paginated report; `image_only` draws shapes only (a 'scan' without text);
    `scanned_last_page` adds a page without text after the report."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    if image_only:
        c.rect(72, 400, 400, 300, fill=1)
        c.showPage()
        c.save()
        return path
    width = _RIGHT - _LEFT
    state = {"page": 1, "y": _TOP}

    def furniture() -> None:
        c.setFont(_FONT, 10)
        c.drawCentredString((_LEFT + _RIGHT) / 2, 800, HEADER)
        c.drawCentredString((_LEFT + _RIGHT) / 2, 50, f"- {state['page']} -")

    def new_page() -> None:
        furniture()
        c.showPage()
        state["page"] += 1
        state["y"] = _TOP

    def line(text: str, x: float, justify: bool) -> None:
        if state["y"] < _BOTTOM:
            new_page()
        t = c.beginText(x, state["y"])
        t.setFont(_FONT, _SIZE)
        natural = stringWidth(text, _FONT, _SIZE)
        if justify and len(text) > 1:
            t.setCharSpace((_RIGHT - x - natural) / (len(text) - 1))
        t.textOut(text)
        c.drawText(t)
        state["y"] -= _PITCH

    c.setFont(_FONT, 18)
    c.drawCentredString((_LEFT + _RIGHT) / 2, state["y"], TITLE)
    state["y"] -= 2 * _PITCH
    for n, para in enumerate(paragraphs):
        lines = _wrap(para, width, 2 * _SIZE)
        for k, text in enumerate(lines):
            line(text, _LEFT + (2 * _SIZE if k == 0 else 0), justify=k < len(lines) - 1)
            if n == 0 and k == 0:  # a footnote mark: small, raised digits after the first line
                c.setFont(_FONT, 7)
                c.drawString(_LEFT + 2 * _SIZE + stringWidth(text, _FONT, _SIZE) + 1,
                             state["y"] + _PITCH + 7, "1")
        state["y"] -= 6
    for row in TABLE:
        if state["y"] < _BOTTOM:
            new_page()
        c.setFont(_FONT, 12)
        for x, cell in zip((_LEFT, _LEFT + 230, _LEFT + 340), row, strict=True):
            c.drawString(x, state["y"], cell)
        state["y"] -= _PITCH
    c.setFont(_FONT, 10)
    c.drawString(_LEFT, state["y"], FOOTNOTE)
    furniture()
    c.showPage()
    if scanned_last_page:
        c.rect(72, 400, 400, 300, fill=1)
        c.showPage()
    c.save()
    return path


def make_docx(path: Path) -> Path:
    """A Word report: heading, paragraphs, an indicator table, and a header/footer to drop."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = "第 1 页"
    document.add_heading(TITLE, level=1)
    first = document.add_paragraph(PARAGRAPHS[0][:20])
    mark = first.add_run("1")
    mark.font.superscript = True
    first.add_run(PARAGRAPHS[0][20:])
    for para in PARAGRAPHS[1:]:
        document.add_paragraph(para)
    table = document.add_table(rows=len(TABLE), cols=3)
    for r, row in enumerate(TABLE):
        for col, cell in enumerate(row):
            table.cell(r, col).text = cell
    document.add_paragraph(FOOTNOTE)
    document.save(str(path))
    return path


def plain_text() -> str:
    """The same report as plain text, one paragraph per line (what the loaders must match)."""
    return "\n".join([TITLE, *PARAGRAPHS, *(" | ".join(r) for r in TABLE), FOOTNOTE]) + "\n"


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    print(make_pdf(out / "report.pdf"), make_docx(out / "report.docx"))
