"""The same reports in other encodings (and as an HTML page) must score exactly like plain UTF-8."""

from __future__ import annotations

import html
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest

from summarizer.evaluate import evaluate_dirs

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="../shared/corpus is absent"),
]


def _samples() -> list[Path]:
    return sorted((CORPUS / "samples").glob("*.txt"))


def _traditional() -> Path:
    return next(p for p in _samples() if "traditional" in p.stem)


def _html_page(text: str, title: str) -> str:
    """A scraped-looking page: chrome around the body, one <p> per line."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
        f"{html.escape(title)}</title>"
        "<script>var views = 12345; document.write('访问量' + views);</script></head><body>"
        "<header><a href=\"/\">首页</a> | 政务公开 | 联系我们 2023年</header>"
        "<nav>首页 &gt; 新闻中心 &gt; 园区动态</nav>"
        f"<div class=\"content\">{body}</div>"
        "<footer>版权所有 © 2023 备案号：X ICP备12345678号 电话：0000-88886666</footer>"
        "</body></html>"
    )


def _sources(variant: str) -> list[Path]:
    """Big5 only fits the Traditional sample; the HTML page wraps one sample."""
    if variant == "big5":
        return [_traditional()]
    if variant == "html":
        return [_samples()[0]]
    return _samples()


def _build(tmp_path: Path, variant: str, sources: list[Path]) -> tuple[Path, Path]:
    """Write gold + samples for one variant; returns (gold_dir, samples_dir)."""
    gold_dir, samples_dir = tmp_path / variant / "gold", tmp_path / variant / "samples"
    gold_dir.mkdir(parents=True)
    samples_dir.mkdir(parents=True)
    for src in sources:
        shutil.copy(CORPUS / "gold" / f"{src.stem}.json", gold_dir)
        text = src.read_text(encoding="utf-8")
        if variant == "gb18030":
            (samples_dir / src.name).write_bytes(text.encode("gb18030"))
        elif variant == "utf-8-sig":
            (samples_dir / src.name).write_bytes(text.encode("utf-8-sig"))
        elif variant == "utf-16":
            (samples_dir / src.name).write_bytes(text.encode("utf-16"))
        elif variant == "big5":
            (samples_dir / src.name).write_bytes(text.encode("big5"))
        elif variant == "html":
            (samples_dir / f"{src.stem}.html").write_text(_html_page(text, src.stem), encoding="utf-8")
        else:
            shutil.copy(src, samples_dir)
    return gold_dir, samples_dir


def _totals(tmp_path: Path, variant: str) -> tuple[dict, dict]:
    """Totals for the variant and for the same files as plain UTF-8."""
    sources = _sources(variant)
    got = evaluate_dirs(*_build(tmp_path, variant, sources), engine="offline")
    want = evaluate_dirs(*_build(tmp_path, "plain", sources), engine="offline")
    return asdict(got.total), asdict(want.total)


@pytest.mark.parametrize("variant", ["gb18030", "utf-8-sig", "utf-16", "big5", "html"])
def test_encodings_eval_totals_equal_plain_utf8(tmp_path, variant):
    got, want = _totals(tmp_path, variant)
    assert want["gold_facts"] > 0
    assert got == want
