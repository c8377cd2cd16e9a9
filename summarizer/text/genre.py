"""The genre's vocabulary, read once from summarizer/data/offline_vocab.toml (and meta_vocab.toml).

Every entry there carries a one-line reason, so a reader sees the cue words, headings,
connectors and heads in one place, and a word tuned to one report stands out. Keys are words
or regular-expression fragments; a section becomes one alternation, longest entries first.
It lives in the text layer because the engine and the verifier read the same sections (the
verify_* sections are the verifier's own cue sets, kept beside the engine's with the reason they differ).
`meta_vocab.toml` holds the words that say what a whole document is and who issues it
(document kinds, self-references, provincial- and prefecture-level names): `source="meta_vocab.toml"`.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

OFFLINE = "offline_vocab.toml"
META = "meta_vocab.toml"


@cache
def _table(source: str = OFFLINE) -> dict[str, dict[str, str]]:
    text = resources.files("summarizer").joinpath("data", source).read_text(encoding="utf-8")
    return tomllib.loads(text)


def words(section: str, *, source: str = OFFLINE) -> tuple[str, ...]:
    """The entries of one section, in file order."""
    return tuple(_table(source)[section])


def entries(section: str, *, source: str = OFFLINE) -> dict[str, str]:
    """A section as word -> reason (or, where the section says so, word -> full name)."""
    return dict(_table(source)[section])


def pattern(*sections: str, source: str = OFFLINE) -> str:
    """One alternation of the sections' entries (longest first, so 下一阶段 wins over 下一步)."""
    found = [word for section in sections for word in words(section, source=source)]
    return "|".join(sorted(found, key=len, reverse=True))


def compiled(*sections: str, prefix: str = "", suffix: str = "", source: str = OFFLINE) -> re.Pattern[str]:
    """The sections' entries as one compiled alternation, between `prefix` and `suffix`."""
    return re.compile(f"{prefix}(?:{pattern(*sections, source=source)}){suffix}")


@cache
def connectors() -> frozenset[str]:
    return frozenset(words("connectors"))
