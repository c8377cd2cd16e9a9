"""Words at the edges of a cut metric that belong to the clause, not to the indicator's name.

A commitment word opening the metric (力争数字经济增长15%, 确保数字经济规模增长15%) is the
target's commitment, which the fact carries in its own field; an adverb closing it (各类建筑在建
工程总面积首次突破1亿平方米, 市场主体总量一举突破80万户, 村集体经济收入全部超过30万元) says how
the figure was reached. Neither names what is measured. Only the edges are trimmed, and never down
to fewer than two characters, so the name stays the source's own words. A commitment word that is a
span of its own (力争|产值: the light verb between them cut out) goes whole when a name follows it; an
aspect particle inside the name (参加了基本养老保险) goes too.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.metric import Spans
from summarizer.engines.offline.spans import without_matches
from summarizer.engines.offline.vocab import compiled, words
from summarizer.text.prefilter import prefiltered

LEADS = tuple(sorted(words("metric_lead_words"), key=len, reverse=True))
# the same words as one alternation in the same order (longest first): one match call per metric
# finds the word the loop over LEADS would, instead of a generator of startswith tests
_LEAD = re.compile("|".join(map(re.escape, LEADS)))
TAIL = prefiltered(compiled("metric_tail_adverbs", suffix="$"))
PARTICLE = prefiltered(compiled("metric_inner_particles"))
MIN_NAME = 2


def _size(spans: Spans) -> int:
    return sum(b - a for a, b in spans)


def _without_particles(norm: str, spans: Spans) -> Spans:
    return without_matches(norm, spans, PARTICLE)


def trim_metric(norm: str, spans: Spans) -> Spans:
    """The metric spans without a leading commitment word or a closing adverb."""
    if not spans:
        return spans
    out = list(spans)
    a, b = out[0]
    found = _LEAD.match(norm, a, b)
    lead = found.group() if found is not None else None
    if lead is not None and b - a == len(lead) and len(out) > 1 and _size(spans) - len(lead) >= MIN_NAME:
        out.pop(0)  # 力争|产值 (力争实现产值1100亿元): the commitment is a span of its own
    elif lead is not None and b - a - len(lead) >= MIN_NAME:
        out[0] = (a + len(lead), b)
    a, b = out[-1]
    tail = TAIL.search(norm, a, b)
    if tail is not None and tail.start() - a >= MIN_NAME:
        out[-1] = (a, tail.start())
    if not any("了" in norm[a:b] for a, b in out):
        return tuple(out)  # speed: the usual case, no particle to drop
    kept = _without_particles(norm, tuple(out))
    return kept if _size(kept) >= MIN_NAME else tuple(out)
