"""The genre's vocabulary for the offline engine (loaded by `summarizer.text.genre`)."""

from __future__ import annotations

from summarizer.text.genre import compiled, connectors, pattern, words

GENERIC_HEADS = frozenset(words("generic_heads"))

__all__ = ["GENERIC_HEADS", "compiled", "connectors", "pattern", "words"]
