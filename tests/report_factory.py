"""Hand-built Report pieces for tests that need exact facts without running an engine."""

from __future__ import annotations

from summarizer.models import Evidence, Source

EV = Evidence(quote="x", start=0, end=1)


def make_fact(cls, metric, value, unit, norm, base, **kw):
    """An Achievement or Target, verified unless told otherwise; value_text defaults to str(value)."""
    return cls(
        metric=metric,
        value=value,
        value_text=kw.pop("value_text", str(value)),
        unit=unit,
        value_normalized=norm,
        base_unit=base,
        evidence=EV,
        verified=kw.pop("verified", True),
        **kw,
    )


def make_source(name: str = "zone.txt") -> Source:
    """A ten-character UTF-8 source with nothing removed."""
    return Source(
        name=name,
        sha256="0" * 64,
        encoding="utf-8",
        chars_total=10,
        chars_kept=10,
        chars_removed=0,
    )
