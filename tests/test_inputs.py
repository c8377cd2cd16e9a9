"""PDF, Word and Markdown reports read into the same text, figures and offsets as plain text."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from make_fixtures import FIGURES, PARAGRAPHS, TABLE, make_docx, make_pdf, plain_text
from test_cli import run

from summarizer.errors import InputError
from summarizer.pipeline import summarize_loaded, summarize_text
from summarizer.text.load import load_bytes, load_path


def _figures(report) -> Counter:
    return Counter((f.value_text, f.unit) for f in report.facts() if f.verified)


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "report.pdf")


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory) -> Path:
    return make_docx(tmp_path_factory.mktemp("docx") / "report.docx")


def test_pdf_fixture_breaks_lines_inside_figures(pdf_path):
    """The fixture is worth testing: its text layer has hard breaks inside figures and spans pages."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    raw = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert len(pdf) == 2
    assert "4\r\n.27万人" in raw.replace(" ", "")


def test_pdf_gives_the_figures_of_its_text(pdf_path):
    report = summarize_loaded(load_path(pdf_path), engine="offline")
    want = _figures(summarize_text(plain_text(), engine="offline"))
    assert _figures(report) == want
    assert all(want[f] for f in FIGURES)


def test_pdf_paragraphs_joined_and_footnote_mark_kept_apart(pdf_path):
    text = load_path(pdf_path).text
    for para in PARAGRAPHS[1:]:
        assert para in text  # every hard break inside a sentence is gone
    assert "总体平稳、[1]稳中有进" in text  # the raised small 1 is a footnote mark, not a digit
    for row in TABLE:
        assert " | ".join(row) in text  # cells set apart by wide gaps read as a table row


def test_pdf_page_furniture_is_chrome_with_offsets(pdf_path):
    loaded = load_path(pdf_path)
    report = summarize_loaded(loaded, engine="offline")
    removed = {(b.text, b.reason) for b in report.source.removed}
    assert ("- 1 -", "page_number") in removed and ("- 2 -", "page_number") in removed
    assert any(r == "running_header" for _, r in removed)
    assert loaded.text.startswith("临江县")  # the title in large type is not the header
    for block in report.source.removed:
        assert loaded.text[block.start:block.end] == block.text
    assert report.source.format == "pdf" and report.source.pages == 2


def test_pdf_evidence_knows_its_page(pdf_path):
    report = summarize_loaded(load_path(pdf_path), engine="offline")
    pages: dict[str, int | None] = {}
    for fact in report.facts():  # first mention: 186.42 returns in the table on page 2
        pages.setdefault(fact.value_text or "", fact.evidence.page)
    assert pages["186.42"] == 1 and pages["24.86"] == 2
    # the paragraph that goes on over the page break: its tail is on page 2
    assert pages["35.6"] == 1 and pages["28.4"] == 2


def test_pdf_page_shown_in_csv_and_review_page(pdf_path, tmp_path):
    out = tmp_path / "facts.csv"
    assert run("summarize", str(pdf_path), "-e", "offline", "-f", "csv", "-o", str(out)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["page"] for r in rows} == {"1", "2"}
    page = run("summarize", str(pdf_path), "-e", "offline", "-f", "html").stdout.decode()
    assert "<th>Page</th>" in page and "2 pages" in page


def test_format_text_prints_what_offsets_index(pdf_path):
    proc = run("summarize", str(pdf_path), "-f", "text")
    text = proc.stdout.decode("utf-8")
    report = json.loads(run("summarize", str(pdf_path), "-e", "offline").stdout)
    assert proc.returncode == 0 and text == load_path(pdf_path).text
    for fact in report["achievements"]:
        ev = fact["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["quote"]


def _one_line_exit_2(proc, *words: str) -> None:
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2 and "\n" not in err and "Traceback" not in err, err
    for word in words:
        assert word in err


def test_pdf_without_text_layer_says_ocr(tmp_path):
    scan = make_pdf(tmp_path / "scan.pdf", image_only=True)
    _one_line_exit_2(run("summarize", str(scan)), "without a text layer", "ocrmypdf")


def test_pdf_encrypted_and_broken_exit_2(tmp_path, pdf_path):
    locked = make_pdf(tmp_path / "locked.pdf", encrypt="secret")
    _one_line_exit_2(run("summarize", str(locked)), "encrypted")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(pdf_path.read_bytes()[:2000])
    _one_line_exit_2(run("summarize", str(broken)), "not a readable PDF")


def test_docx_paragraphs_and_tables_in_order_headers_dropped(docx_path):
    loaded = load_path(docx_path)
    lines = loaded.text.splitlines()
    assert loaded.format == "docx"
    assert lines[0] == "临江县2025年前三季度经济运行情况通报"  # the heading; the page header is not read
    assert "第 1 页" not in loaded.text and loaded.text.count("临江县2025年") == 1
    assert lines[-len(TABLE) - 1:-1] == [" | ".join(row) for row in TABLE]
    assert "稳中求进工作总基调[1]，" in loaded.text  # a superscript run is a footnote mark


def test_docx_gives_the_figures_of_its_text(docx_path):
    report = summarize_loaded(load_path(docx_path), engine="offline")
    assert _figures(report) == _figures(summarize_text(plain_text(), engine="offline"))


def test_legacy_doc_named_in_one_line(tmp_path):
    doc = tmp_path / "report.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    _one_line_exit_2(run("summarize", str(doc)), "legacy Word .doc", ".docx")
    with pytest.raises(InputError, match="ZIP archive"):
        load_bytes(b"PK\x03\x04" + b"\x00" * 64, "data.zip")


MARKDOWN = """# 临江县2025年前三季度经济运行情况

**一、综合**

- 全县实现地区生产总值186.42亿元，同比增长5.8%。
- 新增城镇就业4.27万人。

| 指标 | 1-9月<br>(亿元) | 同比增长<br>(%) |
| --- | :---: | ---: |
| <br>规上工业增加值 | <br>61.93 | <br>7.2 |
| <br>社会消费品零售总额 | <br>213.8 | <br>6.7 |

---
"""


def test_markdown_table_rules_are_chrome_and_cells_read():
    loaded = load_bytes(MARKDOWN.encode("utf-8"), "report.md")
    report = summarize_loaded(loaded, engine="offline")
    assert loaded.text == MARKDOWN  # offsets index the user's characters, markup included
    reasons = {b.text: b.reason for b in report.source.removed}
    assert reasons.get("| --- | :---: | ---: |") == "markup" and reasons.get("---") == "markup"
    figures = _figures(report)
    assert figures[("186.42", "亿元")] == 1 and figures[("4.27", "万人")] == 1
    cells = {f.value_text: f for f in report.facts()}
    # the <br> in a cell and in the header is markup: row name, header unit and growth column read
    assert (cells["61.93"].metric, cells["61.93"].unit, cells["61.93"].growth_pct) == (
        "规上工业增加值", "亿元", 7.2)
    for fact in report.facts():
        assert loaded.text[fact.evidence.start:fact.evidence.end] == fact.evidence.quote


def test_batch_takes_md_pdf_docx_and_glob(tmp_path, pdf_path, docx_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.md").write_text(MARKDOWN, encoding="utf-8")
    (src / "b.pdf").write_bytes(pdf_path.read_bytes())
    (src / "c.docx").write_bytes(docx_path.read_bytes())
    (src / "notes.csv").write_text("x", encoding="utf-8")
    proc = run("batch", str(src), "-o", str(out), "-e", "offline", "-j", "2")
    assert proc.returncode == 0 and "3 done" in proc.stderr.decode()
    only = run("batch", str(src), "-o", str(tmp_path / "out2"), "-e", "offline", "--glob", "*.pdf")
    assert only.returncode == 0 and "1 done" in only.stderr.decode()
    assert [p.name for p in (tmp_path / "out2").glob("*.json")] == ["b.json"]


def test_max_chars_refuses_with_one_line(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("全县实现地区生产总值186.42亿元。\n" * 50, encoding="utf-8")
    _one_line_exit_2(run("summarize", str(big), "--max-chars", "100"), "more than the limit", "--max-chars")
    assert run("summarize", str(big), "-e", "offline", "--max-chars", "0").returncode == 0
    with pytest.raises(InputError, match="limit"):
        load_path(big, max_chars=10)


def test_long_input_shows_its_stages_on_stderr(tmp_path, monkeypatch, capsys):
    from summarizer import cli

    report = tmp_path / "long.txt"
    report.write_text("全县实现地区生产总值186.42亿元，同比增长5.8%。\n" * 20, encoding="utf-8")
    monkeypatch.setattr(cli, "PROGRESS_CHARS", 100)
    with pytest.raises(SystemExit) as done:
        cli.main(["summarize", str(report), "-e", "offline", "-o", str(tmp_path / "out.json")])
    err = capsys.readouterr().err
    assert done.value.code == 0
    assert "characters" in err and "finding figures" in err and "verifying facts" in err
    monkeypatch.setattr(cli, "PROGRESS_CHARS", 10**9)
    with pytest.raises(SystemExit):
        cli.main(["summarize", str(report), "-e", "offline", "-o", str(tmp_path / "out.json")])
    assert "finding figures" not in capsys.readouterr().err


def test_pdf_page_without_text_is_named_in_warnings(tmp_path):
    pdf = make_pdf(tmp_path / "mixed.pdf", scanned_last_page=True)
    report = summarize_loaded(load_path(pdf), engine="offline")
    assert report.source.pages == 3
    assert any("page(s) 3 have no text layer" in w for w in report.checks.warnings)
    assert _figures(report) == _figures(summarize_text(plain_text(), engine="offline"))
