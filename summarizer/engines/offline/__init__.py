"""The deterministic offline engine: rules over clauses, cue words and number mentions.

No network and no model: it is the default when no endpoint is configured and the baseline
the LLM engine must beat. Every fact it emits is built from a regex mention, so the shared
verifier can ground it; metric names follow the source's own words (the noun phrase right
before the number, or right after it for 21个项目开工).

Modules: `sections` (which parts report results, which lay out plans), `cues` (the words that
decide target vs achievement and growth), `metric` (cutting the metric's words out of a
clause), `ellipsis` (what a communiqué's list items leave unsaid, read back from the item
before), `tables` (flattened table rows), `facts` (one fact per mention), `actions` (measures), `gate`
(long cue alternations tried only on the branches whose words a clause holds).
"""

from __future__ import annotations

from summarizer.engines import meta as meta_rules
from summarizer.engines.base import Draft
from summarizer.engines.offline import actions as action_rules
from summarizer.engines.offline.facts import FactBuilder
from summarizer.engines.offline.sections import Modes
from summarizer.models import Achievement, NumberMention, Target
from summarizer.text.clean import Document
from summarizer.text.segment import Segments

VERSION = "offline-1"


def extract(doc: Document, mentions: list[NumberMention]) -> Draft:
    """Build a draft Report from the cleaned document and its number mentions."""
    seg = Segments.of(doc)
    modes = Modes.of(doc)
    builder = FactBuilder(doc, seg, modes)
    for mention in mentions:
        builder.add(mention)
    achievements = [f for f in builder.facts if isinstance(f, Achievement)]
    targets = [f for f in builder.facts if isinstance(f, Target)]
    meta = meta_rules.extract_meta(doc, seg, achievements, modes)
    actions = []
    if meta.doc_type == "statistical_communique":
        date_in_whole_year(doc, achievements)  # a communiqué reports the year's figures: it states no measures
    else:
        actions = action_rules.extract_actions(doc, seg, builder.facts)
    return Draft(meta=meta, achievements=achievements, targets=targets, actions=actions)


def date_in_whole_year(doc: Document, achievements: list[Achievement]) -> None:
    """An annual communiqué reports its year: a result it states no period for (第二产业投资82277亿元,
    新发现大中型矿产地398处) is of the whole year, as its 全年 before it says (a result before any
    全年 stays undated: the verifier reads the period in the text above the figure)."""
    first = doc.norm.find("全年")
    if first < 0:
        return
    for fact in achievements:
        if fact.period is None and fact.evidence.start > first:
            fact.period = "全年"
