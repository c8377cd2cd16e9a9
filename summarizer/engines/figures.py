"""Our reading of a figure at a quote the model located (a figure our extractor missed).

The model never writes a number: it quotes the source from the figure's metric up to and
including the figure, we find those characters in the source, and this module reads the
figure at the end of the quote from the source characters there. A quote whose end our
parser cannot read as a figure gives nothing (the fact is left out).
"""

from __future__ import annotations

import re

from summarizer.models import NumberMention
from summarizer.text.normalize import normalize
from summarizer.text.numbers import extract_mentions_text

# A figure at the end of a quote that the extractor's patterns do not take: a bare number of
# a table row (单位 in the header), a per-mille rate (出生率10.94‰), a signed percent.
_TRAILING = re.compile(r"(?<![\d.])(?P<sign>[-−])?(?P<num>\d+(?:\.\d+)?)(?P<unit>‰|%)?$")
# A number closing the quote with a measure word the unit table lacks (1个工作日, 80天, 12种):
# the unit is kept as written, scaled only by a leading 万/亿.
_TRAILING_WORD = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{1,4})$")
_SCALE = {"亿": 1e8, "万": 1e4}
_TRAILING_PUNCT = "，,。；;、：:）)」”\"' "


def _signed(mention: NumberMention, compact: str, start: int) -> NumberMention:
    """-5.6% written with a minus sign (经济增速由一季度的-5.6%) is negative."""
    if start > 0 and compact[start - 1] in "-−" and (start < 2 or not compact[start - 2].isdigit()):
        return mention.model_copy(update={
            "value": -mention.value, "value_normalized": -mention.value_normalized})
    return mention


def read_figure(text: str, start: int, end: int, mention_id: str) -> NumberMention | None:
    """The figure that ends the quote at [start, end), as a mention of its own characters.

    Whitespace inside the quote is ignored (a number broken across lines in a PDF or a wrapped
    text, a space-aligned table row).
    """
    # Whitespace goes, except between two digits: 2.1 2.1 2.1 is a space-aligned table row,
    # while 12.\n5亿元 is one number broken across lines.
    index = [
        i for i in range(start, end)
        if not text[i].isspace() or (start < i < end - 1 and text[i - 1].isdigit()
                                     and text[i + 1].isdigit())
    ]
    while index and text[index[-1]] in _TRAILING_PUNCT:
        index.pop()
    if not index:
        return None
    compact = normalize("".join(text[i] for i in index))
    found = [m for m in extract_mentions_text(compact) if m.end == len(compact)]
    if found:
        m = found[-1]
        lo, hi = index[m.start], index[m.end - 1] + 1
        mention = m.model_copy(update={"id": mention_id, "raw": text[lo:hi], "start": lo, "end": hi})
        return _signed(mention, compact, m.start)
    tail = _TRAILING.search(compact)
    if tail is None:
        word = _TRAILING_WORD.search(compact)
        if word is None:
            return None
        value, unit = float(word.group("num")), word.group("unit")
        lo, hi = index[word.start("num")], index[-1] + 1
        scale = _SCALE.get(unit[0], 1.0) if len(unit) > 1 else 1.0
        return NumberMention(
            id=mention_id, raw=text[lo:hi], value=value, value_text=word.group("num"),
            unit=text[index[word.start("unit")] : hi], family="count", multiplier=scale,
            value_normalized=value * scale, base_unit=None, start=lo, end=hi,
        )
    value = float(tail.group("num")) * (-1 if tail.group("sign") else 1)
    unit = tail.group("unit")
    lo, hi = index[tail.start("num")], index[-1] + 1
    return NumberMention(
        id=mention_id, raw=text[lo:hi], value=value, value_text=tail.group("num"), unit=unit,
        family="percent" if unit == "%" else "none", multiplier=1.0, value_normalized=value,
        base_unit={"%": "%", "‰": "‰"}.get(unit or ""), start=lo, end=hi,
    )
