"""Our reading of a figure at a quote the model located (a figure our extractor missed).

The model never writes a number: it quotes the figure's characters, we find them in the
source, and this module reads value and unit from the source characters there. A quote our
parser cannot read as one figure gives nothing (the fact is left out).
"""

from __future__ import annotations

import re

from summarizer.models import NumberMention
from summarizer.text.normalize import normalize
from summarizer.text.numbers import extract_mentions_text

# Per-mille (births, deaths per thousand people), which the extractor's unit table lacks.
_PERMILLE = re.compile(r"^(?P<sign>[-−])?(?P<num>\d+(?:\.\d+)?)‰$")


def read_figure(text: str, start: int, end: int, mention_id: str) -> NumberMention | None:
    """The figure the source holds at [start, end), as a mention spanning the quote.

    Line breaks and spaces inside the quote are ignored (a number broken across lines in a
    PDF or a wrapped text); the quote must read as exactly one figure.
    """
    raw = text[start:end]
    compact = re.sub(r"\s+", "", normalize(raw))
    if not compact:
        return None
    found = extract_mentions_text(compact)
    if len(found) == 1 and found[0].end - found[0].start >= len(compact) - 1:
        m = found[0]
        return m.model_copy(update={"id": mention_id, "raw": raw, "start": start, "end": end})
    permille = _PERMILLE.match(compact)
    if permille:
        value = float(permille.group("num")) * (-1 if permille.group("sign") else 1)
        return NumberMention(
            id=mention_id, raw=raw, value=value, value_text=permille.group("num"), unit="‰",
            family="none", multiplier=1.0, value_normalized=value, base_unit="‰",
            start=start, end=end,
        )
    return None
