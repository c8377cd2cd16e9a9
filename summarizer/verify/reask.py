"""A failed claim in words a model can act on: which figure, which field, what the source has.

The LLM engine sends these back as its re-ask; `check_fact` returns them as problems.
"""

from __future__ import annotations

from summarizer.models import Fact, FactField, Target
from summarizer.verify.claims import Finding, Why


def reask_sentence(fact: Fact, finding: Finding, figure_id: str | None = None) -> str:
    """One sentence naming the figure, the failed field, the source's words and the fix."""
    fid = figure_id or fact.mention_id or (fact.value_text or f"{fact.value:g}")
    found, why = finding.found, finding.why
    metric = fact.metric
    field = finding.field
    if field is FactField.METRIC:
        before = f"the words before it are {found}" if found else "no words name it in its clause"
        if why is Why.OTHER_FIGURE_BETWEEN:
            return (f"'{metric}' is not what figure {fid} measures: another figure ({found}) stands "
                    f"between those words and it; copy the words right before figure {fid}")
        if why is Why.LIST_ORDER:
            return (f"'{metric}' is not what figure {fid} measures: in its list (…分别…) figure "
                    f"{fid} belongs to the item {found}")
        if why is Why.QUALIFIER:
            return (f"the bracketed qualifier in '{metric}' is not supported by the clause of figure "
                    f"{fid} ({found}); drop it or use that clause's own words")
        return f"'{metric}' is not what figure {fid} measures: {before}"
    if field is FactField.GROWTH:
        growth = f"{fact.growth_pct:g}%" if fact.growth_pct is not None else "the growth"
        if why is Why.WRONG_SIGN:
            return f"growth {growth} of figure {fid} has the wrong sign: the source says {found}"
        if why is Why.NOT_ATTACHED:
            return (f"growth {growth} is not the growth of figure {fid}: it belongs to another "
                    f"figure ({found}); leave growth_mention_id empty")
        if why is Why.NO_GROWTH_WORD:
            return (f"{found} is not a growth rate of figure {fid}: no growth word (增长, 下降 …) "
                    f"stands before it; leave growth_mention_id empty")
        return (f"growth {growth} of figure {fid} is not a percent after a growth word in its "
                f"sentence; give the id of that percent or leave growth_mention_id empty")
    if field is FactField.RANK:
        return f"rank '{found}' of figure {fid} is not in its sentence; copy it exactly or leave it empty"
    if field is FactField.PERIOD:
        return (f"period '{found}' of figure {fid} is not in its sentence, paragraph, a heading "
                f"above or the title; copy the period as written or leave it empty")
    if field is FactField.KIND:
        if why is Why.TARGET_CUE:
            return (f"figure {fid} is not an achievement: '{found}' before it makes it a target; "
                    f"answer kind target with that commitment word")
        if why is Why.PAST_CUE:
            return (f"figure {fid} is not a target: '{found}' before it in its clause says it is "
                    f"already done; answer kind achievement")
        return (f"figure {fid} is not a target: its sentence has no commitment word (力争, 确保, "
                f"目标 …) and it is not in a plan section; answer kind achievement")
    if field is FactField.COMMITMENT:
        word = fact.commitment if isinstance(fact, Target) else found
        return (f"commitment '{word}' of figure {fid} is not in its sentence; copy the commitment "
                f"word as written or leave it empty")
    if field is FactField.FREE_TEXT:
        return (f"metric_en of figure {fid} contains {found}, which is not the figure's value, "
                f"growth, rank or period; write metric_en without numbers")
    return f"the value of figure {fid} does not match the source ({found})"
