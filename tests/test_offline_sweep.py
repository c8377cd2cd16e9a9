"""The offline engine over the 120 unlabeled development reports (1954-2026, every folder).

No crash, every quote is the text at its offsets, and no metric is a connector alone (提高到,
项目, 占, 次 …). A normal run reads every sixth report (about 20, a few seconds); set
SUMMARIZER_SWEEP=1 (or `make sweep`) to read all 120. Skipped when ../shared is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.engines.offline.shape import is_connector
from summarizer.pipeline import summarize_path

UNLABELED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "unlabeled"
EVERY = 1 if os.environ.get("SUMMARIZER_SWEEP") == "1" else 6

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not UNLABELED.is_dir(), reason="../shared/corpus/dev/unlabeled is absent"),
]


@pytest.fixture(scope="module")
def reports():
    files = sorted(UNLABELED.glob("*.md"))[::EVERY]
    return [(p, p.read_text(encoding="utf-8"), summarize_path(p, engine="offline")) for p in files]


def test_sweep_reads_reports_of_every_kind(reports):
    assert len(reports) >= 120 // EVERY
    assert sum(len(list(r.facts())) for _, _, r in reports) > 1000


def test_sweep_every_quote_is_the_text_at_its_offsets(reports):
    for path, text, report in reports:
        for item in [*report.facts(), *report.actions]:
            ev = item.evidence
            assert text[ev.start : ev.end] == ev.quote, (path.name, ev.quote)


def test_sweep_no_metric_is_a_connector_alone(reports):
    bad = [(p.name, f.metric, f.evidence.quote) for p, _, r in reports for f in r.facts() if is_connector(f.metric) or not f.metric]
    assert bad == []
