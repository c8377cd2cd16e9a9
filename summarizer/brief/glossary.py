"""The project glossary (summarizer/data/glossary.tsv): Chinese terms -> English renderings.

This module only reads and indexes the file; lookups are by term in Simplified (Traditional
input is converted with OpenCC). Composing a metric name out of glossary pieces is `terms`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from summarizer.errors import ConfigError
from summarizer.text.normalize import normalize

# Categories whose entries may be pieces of a metric name; measures may also use verbs.
METRIC_CATEGORIES = ("indicator", "entity", "term", "modifier")
MEASURE_CATEGORIES = (*METRIC_CATEGORIES, "action")
_NOISE = re.compile(r"[\s“”\"'‘’《》「」『』【】()（）]")


@dataclass(frozen=True)
class Entry:
    """One glossary row."""

    zh: str
    en: str
    category: str
    source: str


@dataclass(frozen=True)
class Glossary:
    """All rows, indexed by (Simplified) term and category."""

    entries: tuple[Entry, ...]
    by_category: dict[str, dict[str, Entry]] = field(hash=False)
    longest: int
    # per tuple of categories: one dict answering find_key, and every prefix of its keys
    _indexes: dict[tuple[str, ...], tuple[dict[str, Entry], frozenset[str]]] = field(
        default_factory=dict, hash=False, compare=False, repr=False
    )

    def get(self, term: str, category: str) -> Entry | None:
        """Exact entry for `term` (any script) in `category`."""
        return self.by_category.get(category, {}).get(key_of(term))

    def find(self, term: str, categories: tuple[str, ...] = METRIC_CATEGORIES) -> Entry | None:
        """Exact entry in the first of `categories` that has the term."""
        return self.find_key(key_of(term), categories)

    def find_key(self, key: str, categories: tuple[str, ...] = METRIC_CATEGORIES) -> Entry | None:
        """Like find, for a term already normalised."""
        return self._index(categories)[0].get(key)

    def longest_at(
        self, key: str, i: int, categories: tuple[str, ...] = METRIC_CATEGORIES
    ) -> tuple[Entry | None, int]:
        """The entry of the longest glossary term that `key` holds at position `i` (at most
        `longest` characters) and that term's length, or (None, 0): the step of composing a
        name out of pieces."""
        merged, prefixes = self._index(categories)
        found: tuple[Entry | None, int] = (None, 0)
        for end in range(i + 1, min(i + self.longest, len(key)) + 1):
            piece = key[i:end]
            if piece not in prefixes:
                break  # no term starts with these characters, so none longer does
            entry = merged.get(piece)
            if entry is not None:
                found = (entry, end - i)
        return found

    def _index(
        self, categories: tuple[str, ...]
    ) -> tuple[dict[str, Entry], frozenset[str]]:
        # the first category holding a key wins, as in a category-by-category search; built
        # once per category tuple, because composing names asks hundreds of thousands of times
        index = self._indexes.get(categories)
        if index is None:
            merged: dict[str, Entry] = {}
            for category in reversed(categories):
                merged.update(self.by_category.get(category, {}))
            prefixes = frozenset(k[:n] for k in merged for n in range(1, len(k) + 1))
            index = self._indexes[categories] = (merged, prefixes)
        return index


def key_of(term: str) -> str:
    """The lookup key of a term: Simplified, half-width, no spaces, quotes or brackets."""
    return _NOISE.sub("", normalize(term))


def glossary_path() -> Path:
    """The packaged glossary file (works from the source tree and from an installed wheel)."""
    return Path(str(resources.files("summarizer").joinpath("data", "glossary.tsv")))


@lru_cache(maxsize=4)
def load_glossary(path: str | None = None) -> Glossary:
    """Read and index the glossary once per process (per path)."""
    file = Path(path) if path else glossary_path()
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"{file}: cannot read the glossary ({exc.strerror}). Reinstall the package, or "
            "pass the path of a glossary TSV with columns zh, en, category, source."
        ) from None
    entries: list[Entry] = []
    by_category: dict[str, dict[str, Entry]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("zh\t"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or not all(p.strip() for p in parts):
            raise ConfigError(
                f"{file}:{number}: expected 4 tab-separated columns (zh, en, category, source), "
                f"got {line!r}. Fix that line."
            )
        entry = Entry(*(p.strip() for p in parts))
        entries.append(entry)
        by_category.setdefault(entry.category, {}).setdefault(key_of(entry.zh), entry)
    longest = max((len(key_of(e.zh)) for e in entries), default=1)
    return Glossary(tuple(entries), by_category, longest)


def lookup(term: str, category: str) -> str | None:
    """English for a term of a given category (commitment, qualifier, period …), or None."""
    entry = load_glossary().get(term, category)
    return entry.en if entry else None
