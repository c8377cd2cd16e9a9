"""The genre's vocabulary for the offline engine (loaded by `summarizer.text.genre`)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from summarizer.text.genre import compiled, connectors, pattern, words

GENERIC_HEADS = frozenset(words("generic_heads"))

# the glossary's categories whose terms are words of a metric name (indicators, entities, terms,
# modifiers, measure verbs): a cut never falls inside one
_WORD_CATEGORIES = frozenset({"indicator", "entity", "term", "modifier", "action"})
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")
LONGEST_WORD = 6


@cache
def glossary_words() -> frozenset[str]:
    """The Chinese terms of summarizer/data/glossary.tsv (2 to 6 characters) in those categories."""
    text = resources.files("summarizer").joinpath("data", "glossary.tsv").read_text(encoding="utf-8")
    found = set()
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or cols[2].strip() not in _WORD_CATEGORIES:
            continue
        if _CJK_WORD.fullmatch(cols[0].strip()):
            found.add(cols[0].strip())
    return frozenset(found)


@cache
def _word_pairs() -> frozenset[str]:
    """Every two adjacent characters inside a glossary word: a cut between two characters that are
    no such pair is inside no word (the fast answer of inside_word)."""
    return frozenset(word[i : i + 2] for word in glossary_words() for i in range(len(word) - 1))


def inside_word(text: str, pos: int) -> bool:
    """True when a glossary word of `text` spans `pos` (starts before it and ends after it):
    里程 in 在建里程达 at 程, 城镇新增就业 in …城镇新增就业… at 新."""
    if pos < 1 or text[pos - 1 : pos + 1] not in _word_pairs():
        return False
    known = glossary_words()
    for back in range(1, LONGEST_WORD):
        start = pos - back
        if start < 0:
            break
        for size in range(back + 1, min(LONGEST_WORD, len(text) - start) + 1):
            if text[start : start + size] in known:
                return True
    return False


def closes_word(text: str, start: int, end: int) -> bool:
    """True when text[start:end] (a verb) is the tail of a longer glossary word: 改造 in
    棚户区改造 is part of the noun, no predicate."""
    if start < 1 or text[start - 1 : start + 1] not in _word_pairs():
        return False
    known = glossary_words()
    return any(text[s:end] in known for s in range(max(0, end - LONGEST_WORD), start))


__all__ = ["GENERIC_HEADS", "closes_word", "compiled", "connectors", "glossary_words", "inside_word", "pattern", "words"]
