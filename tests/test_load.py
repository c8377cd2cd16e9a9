from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.text.load import load_bytes, load_path

SIMP = "一、园区经济稳步增长\n全年实现地区生产总值120亿元，同比增长8.5%。\n新签约项目36个，总投资超过200亿元。\n"
TRAD = "一、園區經濟穩步增長\n全年實現地區生產總值120億元，同比增長8.5%。\n新簽約項目36個，總投資超過200億元。\n"


@pytest.mark.parametrize(
    ("text", "encode", "expected"),
    [
        (SIMP, lambda t: t.encode("utf-8"), "utf-8"),
        (SIMP, lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
        (SIMP, lambda t: t.encode("utf-16"), "utf-16"),
        (SIMP, lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16"),
        (SIMP, lambda t: t.encode("gbk"), "gb18030"),
        (SIMP, lambda t: t.encode("gb18030"), "gb18030"),
        (TRAD, lambda t: t.encode("big5"), "big5"),
        (SIMP, lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_load_path_decodes_encodings(tmp_path: Path, text: str, encode, expected: str) -> None:
    p = tmp_path / "report.txt"
    p.write_bytes(encode(text))
    loaded = load_path(p)
    assert loaded.text == text
    assert loaded.encoding == expected
    assert loaded.format == "text"
    assert loaded.byte_len == len(p.read_bytes())


def test_load_bytes_html_extracts_body() -> None:
    html = (
        "<!DOCTYPE html><html><head><style>p{}</style><script>var a=1;</script></head><body>"
        "<nav>首页 | 新闻</nav><div><h1>一、园区经济稳步增长</h1><p>全年实现产值120亿元&nbsp;，增长8%。</p>"
        "<p>新签约项目36个。</p></div><footer>版权所有</footer></body></html>"
    )
    loaded = load_bytes(html.encode("utf-8"), "page.html")
    assert loaded.format == "html"
    lines = loaded.text.strip().split("\n")
    assert lines == ["一、园区经济稳步增长", "全年实现产值120亿元 ，增长8%。", "新签约项目36个。"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"", "empty"), (b"  \n\t\n", "empty"), (b"\x00\x01\x02abc\x00", "binary")],
)
def test_load_path_rejects_bad_content(tmp_path: Path, content: bytes, needle: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as exc:
        load_path(p)
    assert str(p) in str(exc.value) and needle in str(exc.value)


def test_load_path_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        load_path(tmp_path)


def test_load_html_drops_figcaptions() -> None:
    from summarizer.text.load import load_bytes

    page = "<html><body><p>全年产值120亿元。</p><figure><img src=a.jpg><figcaption>园区全景</figcaption></figure></body></html>"
    loaded = load_bytes(page.encode("utf-8"), "page.html")
    assert "园区全景" not in loaded.text and "全年产值120亿元。" in loaded.text


def test_load_html_table_rows_become_pipe_separated_lines() -> None:
    from summarizer.text.load import load_bytes

    page = (
        "<html><body><table><tr><th>指标</th><th>1-6月</th></tr>"
        "<tr><td>产值（亿元）</td><td>212.4</td></tr></table><p>全区运行平稳。</p></body></html>"
    )
    loaded = load_bytes(page.encode("utf-8"), "page.html")
    assert loaded.text.splitlines() == ["指标 | 1-6月", "产值（亿元） | 212.4", "全区运行平稳。"]


def test_load_html_layout_table_keeps_one_block_per_cell() -> None:
    from summarizer.text.load import load_bytes

    page = (
        "<html><body><table><tr><td><a href='/'>首页</a><br><a>园区概况</a></td>"
        "<td><p>全年产值120亿元。</p><p>新开工项目12个。</p></td></tr></table></body></html>"
    )
    loaded = load_bytes(page.encode("utf-8"), "page.html")
    assert loaded.text.splitlines() == ["首页", "园区概况", "全年产值120亿元。", "新开工项目12个。"]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is not a readable PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office"),
        (b"<html><head><script>var a = 1;</script></head><body> </body></html>",
         "HTML page without visible text"),
    ],
)
def test_load_names_files_that_are_not_text_reports(data, says):
    with pytest.raises(InputError, match=says) as err:
        load_bytes(data, "upload.bin")
    assert err.value.fix and "upload.bin" in str(err.value)


def test_pipeline_warns_when_the_input_has_no_chinese():
    from summarizer.pipeline import summarize_text

    report = summarize_text("Revenue grew 5% to USD 3 billion.\n", engine="offline")
    assert any("no Chinese characters" in w for w in report.checks.warnings)
    assert not summarize_text("园区实现销售46.8亿元。\n", engine="offline").checks.warnings
