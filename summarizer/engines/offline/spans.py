"""A metric as spans of the normalised text: the type and the two conversions every rule needs.

Rules cut and join a metric's words by position (a shared subject, a list's measure word), so
a metric travels as spans; prose, metric, ellipsis and facts share these rather than each
keeping its own copy.
"""

from __future__ import annotations

import re

Spans = tuple[tuple[int, int], ...]


def runs(chars: list[int]) -> Spans:
    """Positions back to spans (runs of consecutive positions)."""
    out: list[tuple[int, int]] = []
    for i in chars:
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return tuple(out)


def text_of(norm: str, spans: Spans) -> str:
    """The words of a metric given as spans."""
    if len(spans) == 1:  # most metrics are one span: no generator, no join
        a, b = spans[0]
        return norm[a:b]
    return "".join([norm[a:b] for a, b in spans])


def without_matches(norm: str, spans: Spans, pattern: re.Pattern[str]) -> Spans:
    """The spans with every match of `pattern` inside them cut out (生产总值[2] -> 生产总值)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        pos = a
        for found in pattern.finditer(norm, a, b):
            if found.start() > pos:
                out.append((pos, found.start()))
            pos = found.end()
        if b > pos:
            out.append((pos, b))
    return tuple(out)
