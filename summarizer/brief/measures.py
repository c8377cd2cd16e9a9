"""Measures in English without a model: the genre's verb + object shapes, object via the glossary.

Work reports state measures as imperative clauses: an optional frame (持续, 进一步, 全力, 大力 …),
a verb (加快, 推进, 实施, 深化, 落实 …) and an object noun phrase (项目建设, 营商环境).
A clause renders when its verb is known and its object composes fully from glossary pieces
("Accelerate project construction"); a measure of several clauses renders when every clause
does. Anything else is not guessed: its Chinese goes to the brief's Source wording section.
A measure holding figures is never rendered (its numbers are not facts of the Report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.brief.glossary import load_glossary
from summarizer.brief.phrasing import capitalize
from summarizer.brief.terms import render_term
from summarizer.text.normalize import to_simplified

_CLAUSE = re.compile(r"[，,；;。]+")
_QUOTES = re.compile(r"[“”\"‘’「」『』《》]")
_DIGITS = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万亿两]+(?:个|家|项|批|条|次|亿|万)")


@dataclass(frozen=True)
class MeasureText:
    """A measure in English, or None when a clause would not render."""

    zh: str
    en: str | None


def _longest(text: str, category: str) -> tuple[str, str] | None:
    entries = load_glossary().by_category.get(category, {})
    for size in range(min(6, len(text)), 0, -1):
        entry = entries.get(text[:size])
        if entry is not None:
            return entry.zh, entry.en
    return None


def render_clause(clause: str) -> str | None:
    """'持续优化营商环境' -> 'Continue to improve the business environment'; None if unknown."""
    text = _QUOTES.sub("", to_simplified(clause)).strip()
    text = re.sub(r"^(?:\*+|[一二三四五六七八九十]是|[一二三四五六七八九十]要|必须|需要|要|将|并|同时)+", "",
                  text)
    whole = render_term(text, categories=("term",))
    if whole.coverage == "exact":  # 优化营商环境 is a fixed phrase of the genre
        return whole.en
    frames: list[str] = []
    while (frame := _longest(text, "action_frame")) is not None:
        frames.append(frame[1])
        text = text[len(frame[0]) :]
    verb = _longest(text, "action")
    if verb is None:
        return None
    obj = text[len(verb[0]) :]
    if obj.startswith("好"):  # 抓好, 统筹好, 处理好: the complement adds no meaning in English
        obj = obj[1:]
    if not obj:
        return None
    rendering = render_term(obj)  # a noun phrase: a second verb (推进…加快建设) is not rendered
    if rendering.coverage not in ("exact", "composed"):
        return None
    return " ".join([*frames, verb[1], rendering.en])


def render_measure(action: str) -> MeasureText:
    """Every clause of `action` in English, joined by '; ', or en=None."""
    if _DIGITS.search(action):
        return MeasureText(action, None)
    clauses = [c for c in _CLAUSE.split(action) if c.strip()]
    if not clauses or len(clauses) > 4:
        return MeasureText(action, None)
    english = [render_clause(c) for c in clauses]
    if any(e is None for e in english):
        return MeasureText(action, None)
    return MeasureText(action, capitalize("; ".join(e for e in english if e)))
