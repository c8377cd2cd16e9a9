"""Oracle run: a fake model answering from the gold annotations (tests/oracle_model.py) must get
at least FLOOR of the gold facts back verified with the gold metric. What a perfect model gives,
the pipeline must not lose. Reads ../shared/corpus (skips when absent); the losses are printed
by scripts/llm_oracle.py."""

from __future__ import annotations

import pytest
from oracle_model import gold_files, run_oracle

# 98.1% (660/673) before the claim-level verifier (summarizer/verify/) landed; its checks
# now also reject 27 rows of a price-index table whose metric takes words from the table's
# title, and some bracketed qualifiers (期初, 目标区间, 城镇/农村): 629/673 (93.5%). The floor
# holds the pipeline at today's figure; scripts/llm_oracle.py lists every loss.
FLOOR = 0.93


def test_llm_oracle_keeps_gold_facts_with_gold_metric(tmp_path):
    files = gold_files()
    if not files:
        pytest.skip("../shared/corpus not present")
    gold = ok = by_quote = 0
    for i, (gold_path, text_path) in enumerate(files):
        out = run_oracle(gold_path, text_path, tmp_path / str(i))
        assert all(f.verified for f in out["report"].facts())
        gold, ok, by_quote = gold + out["gold"], ok + out["metric_ok"], by_quote + out["by_quote"]
    assert by_quote > 0  # the quote fallback is exercised, not only the ids
    assert ok / gold >= FLOOR, f"{ok}/{gold} gold facts verified with the gold metric"
