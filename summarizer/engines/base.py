"""The one contract every engine implements: a `Draft` of facts plus typed notes.

Both engines propose; the shared verifier (`summarizer.verify`) decides what is verified.
Notes are data (`models.Note(kind, detail)`), rendered into words only at the edge, so
`--strict` asks "was model output dropped?" of a kind, never of the English text of a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from summarizer.models import (
    Achievement,
    ActionItem,
    Meta,
    Note,
    NumberMention,
    Provenance,
    Target,
)
from summarizer.text.clean import Document


@dataclass
class Draft:
    """What an engine proposes; grounding decides what is verified.

    `meta` is None when the engine reads no metadata (the pipeline's rules fill it).
    `mentions` holds the extra figures our own parser read at quotes a model located (figures
    the regex extractor missed); grounding uses them like any other mention.
    """

    meta: Meta | None = None
    achievements: list[Achievement] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    mentions: list[NumberMention] = field(default_factory=list)


@dataclass
class EngineResult:
    """A draft, how it was produced, and what was noted on the way."""

    draft: Draft
    provenance: Provenance
    notes: list[Note] = field(default_factory=list)


class Engine(Protocol):
    """Turns a cleaned document and its number mentions into a draft."""

    name: str

    def extract(self, doc: Document, mentions: list[NumberMention]) -> EngineResult:
        """Propose facts and actions for `doc`; never raises for a bad model answer (notes it)."""
        ...
