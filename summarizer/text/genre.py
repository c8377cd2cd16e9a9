"""The genre's vocabulary, read once from summarizer/data/offline_vocab.toml.

Every entry there carries a one-line reason, so a reader sees the cue words, headings,
connectors and heads in one place, and a word tuned to one report stands out. Keys are words
or regular-expression fragments; a section becomes one alternation, longest entries first.
It lives in the text layer because the engine and the verifier read the same sections.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


@cache
def _table() -> dict[str, dict[str, str]]:
    text = resources.files("summarizer").joinpath("data", "offline_vocab.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def words(section: str) -> tuple[str, ...]:
    """The entries of one section, in file order."""
    return tuple(_table()[section])


def pattern(section: str) -> str:
    """One alternation of a section's entries (longest first, so 下一阶段 wins over 下一步)."""
    return "|".join(sorted(words(section), key=len, reverse=True))


def compiled(section: str, *, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    return re.compile(f"{prefix}(?:{pattern(section)}){suffix}")


@cache
def connectors() -> frozenset[str]:
    return frozenset(words("connectors"))
