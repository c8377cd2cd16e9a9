"""Words at the edges of a cut metric that belong to the clause, not to the indicator's name.

A commitment word opening the metric (力争数字经济增长15%, 确保数字经济规模增长15%) is the
target's commitment, which the fact carries in its own field; an adverb closing it (各类建筑在建
工程总面积首次突破1亿平方米, 市场主体总量一举突破80万户, 村集体经济收入全部超过30万元) says how
the figure was reached. Neither names what is measured. Only the edges are trimmed, and never down
to fewer than two characters, so the name stays the source's own words.
"""

from __future__ import annotations

from summarizer.engines.offline.metric import Spans
from summarizer.engines.offline.vocab import compiled, words
from summarizer.text.prefilter import prefiltered

LEADS = tuple(sorted(words("metric_lead_words"), key=len, reverse=True))
TAIL = prefiltered(compiled("metric_tail_adverbs", suffix="$"))
MIN_NAME = 2


def trim_metric(norm: str, spans: Spans) -> Spans:
    """The metric spans without a leading commitment word or a closing adverb."""
    if not spans:
        return spans
    out = list(spans)
    a, b = out[0]
    lead = next((w for w in LEADS if norm.startswith(w, a, b)), None)
    if lead is not None and b - a - len(lead) >= MIN_NAME:
        out[0] = (a + len(lead), b)
    a, b = out[-1]
    tail = TAIL.search(norm, a, b)
    if tail is not None and tail.start() - a >= MIN_NAME:
        out[-1] = (a, tail.start())
    return tuple(out)
