"""The project glossary (summarizer/data/glossary.tsv): Chinese terms -> English renderings.

Lookup is exact first (in Simplified: Traditional input is converted with OpenCC), then a
left-to-right longest-match over known sub-terms. Whatever is not covered is never dropped
silently: a rendering that is not exact carries the Chinese beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from summarizer.errors import ConfigError
from summarizer.models import Coverage
from summarizer.text.normalize import normalize
from summarizer.text.numbers import extract_mentions_text

# Categories whose entries may be pieces of a metric name; measures may also use verbs.
METRIC_CATEGORIES = ("indicator", "entity", "term", "modifier")
MEASURE_CATEGORIES = (*METRIC_CATEGORIES, "action")
_NOISE = re.compile(r"[\s“”\"'‘’《》「」『』【】()（）]")
_PUNCT = set("、，,；;：:。.+-—–·/")


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

    def get(self, term: str, category: str) -> Entry | None:
        """Exact entry for `term` (any script) in `category`."""
        return self.by_category.get(category, {}).get(_key(term))

    def find(self, term: str, categories: tuple[str, ...] = METRIC_CATEGORIES) -> Entry | None:
        """Exact entry in the first of `categories` that has the term."""
        return self.find_key(_key(term), categories)

    def find_key(self, key: str, categories: tuple[str, ...] = METRIC_CATEGORIES) -> Entry | None:
        """Like find, for a term already normalised."""
        for category in categories:
            entry = self.by_category.get(category, {}).get(key)
            if entry is not None:
                return entry
        return None


@dataclass(frozen=True)
class Rendering:
    """A Chinese term in English, with how much of it the glossary knew."""

    zh: str
    en: str
    coverage: Coverage
    unknown: tuple[str, ...] = ()

    def label(self) -> str:
        """English alone when the glossary knew the whole term; else English (中文) or 中文."""
        if self.coverage == "exact":
            return self.en
        if not self.en:
            return self.zh
        return f"{self.en} ({self.zh})"


def _key(term: str) -> str:
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
        by_category.setdefault(entry.category, {}).setdefault(_key(entry.zh), entry)
    longest = max((len(_key(e.zh)) for e in entries), default=1)
    return Glossary(tuple(entries), by_category, longest)


def render_term(
    term: str, glossary: Glossary | None = None, *, categories: tuple[str, ...] = METRIC_CATEGORIES
) -> Rendering:
    """English for a metric or entity name: exact, composed of pieces, partial, or none.

    Figures inside the name (10亿元以上项目) are rendered with the brief's exact money phrases
    ("projects of RMB 1 billion or more"), never guessed from a glossary row.
    """
    glossary = glossary or load_glossary()
    key = _key(term)
    exact = glossary.find(key, categories)
    if exact is not None:
        return Rendering(term, exact.en, "exact")
    mentions = {m.start: m for m in extract_mentions_text(key) if m.family != "rank"}
    pieces: list[tuple[str, str]] = []  # (english, kind) with kind "figure" or "term"
    unknown: list[str] = []
    run = ""
    i = 0

    def flush() -> None:
        nonlocal run
        if run:
            unknown.append(run)
            run = ""

    while i < len(key):
        mention = mentions.get(i)
        if mention is not None:
            flush()
            phrase = _figure_phrase(mention)
            i = mention.end
            if key.startswith("级", i):
                phrase, i = f"{phrase}-class", i + 1
            pieces.append((phrase, "figure"))
            continue
        entry = None
        for size in range(min(glossary.longest, len(key) - i), 0, -1):
            entry = glossary.find_key(key[i : i + size], categories)
            if entry is not None:
                break
        if entry is None:
            if key[i] in _PUNCT:
                flush()
            else:
                run += key[i]
            i += 1
            continue
        flush()
        last = pieces[-1][0] if pieces else ""
        if last != entry.en and not last.endswith(
            f" {entry.en}"
        ):  # 标准地出让+土地: no "land land"
            pieces.append((entry.en, "term"))
        i += len(_key(entry.zh))
    flush()
    if not pieces:
        return Rendering(term, "", "none", tuple(unknown))
    english = " ".join(_reorder(pieces))
    return Rendering(term, english, "partial" if unknown else "composed", tuple(unknown))


def _figure_phrase(mention) -> str:
    """'RMB 1 billion or more' for 10亿元以上; bare 亿/万 in a name are yuan (50亿级企业)."""
    from summarizer.brief.figures import quantity, scaled

    base = mention.base_unit
    if base is None and mention.multiplier >= 1e4:
        base = "yuan"
    text = quantity(mention.value_normalized, base)
    if mention.range_high is not None:
        text = f"{text} to {scaled(mention.range_high)}"
    qualifier = normalize(mention.qualifier or "")
    if qualifier in ("以上", "不少于", "不低于"):
        return f"{text} or more"
    english = lookup(qualifier, "qualifier") if qualifier else None
    return f"{english} {text}" if english else text


def _reorder(pieces: list[tuple[str, str]]) -> list[str]:
    """Chinese puts the amount first (10亿元项目); English says 'projects of RMB 1 billion'."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        text, kind = pieces[i]
        if (
            kind == "figure"
            and not text.endswith("-class")
            and i + 1 < len(pieces)
            and (pieces[i + 1][1] == "term")
        ):
            out.append(f"{pieces[i + 1][0]} of {text}")
            i += 2
            continue
        out.append(text)
        i += 1
    return out


def lookup(term: str, category: str) -> str | None:
    """English for a term of a given category (commitment, qualifier, period …), or None."""
    entry = load_glossary().get(term, category)
    return entry.en if entry else None
