"""Scaling with report length: summarize + offline brief on generated reports of growing size.

A long annual report must not take minutes: time should grow about linearly with length.
Run: .venv/bin/python benchmarks/bench_long.py
"""

from __future__ import annotations

import time

from summarizer.brief import brief
from summarizer.pipeline import summarize_text

SENTENCES = (
    "园区{i}号片区实现工业开票销售{a}.5亿元，同比增长{g}%。",
    "完成固定资产投资{b}亿元，其中工业投资{c}亿元。",
    "新签约项目{d}个，协议总投资{e}亿元。",
    "下一步，要加快项目建设，力争全年新增规上企业{f}家。",
)


def make_report(paragraphs: int) -> str:
    lines = ["某经济开发区2023年工作总结", ""]
    for i in range(paragraphs):
        values = dict(i=i, a=40 + i % 50, g=i % 9 + 1, b=90 + i % 70, c=30 + i % 20, d=5 + i % 9,
                      e=100 + i % 300, f=3 + i % 7)
        lines.append("".join(s.format(**values) for s in SENTENCES))
    return "\n".join(lines) + "\n"


def main() -> None:
    print(f"{'chars':>8} {'facts':>6} {'summarize s':>12} {'brief s':>8} {'µs/char':>8}")
    for paragraphs in (50, 200, 800, 1600):
        text = make_report(paragraphs)
        started = time.perf_counter()
        report = summarize_text(text, engine="offline")
        middle = time.perf_counter()
        brief(report, engine="offline")
        done = time.perf_counter()
        facts = len(report.achievements) + len(report.targets)
        per_char = (done - started) / len(text) * 1e6
        print(f"{len(text):>8} {facts:>6} {middle - started:>12.2f} {done - middle:>8.2f} "
              f"{per_char:>8.1f}")


if __name__ == "__main__":
    main()
