"""What every model call cost and what went wrong, summed over all attempts.

Kept apart from client.py (which imports openai + instructor, ~0.7 s) so a cache hit can
record notes without loading the SDK.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarizer.errors import redact
from summarizer.models import Note, NoteKind


@dataclass
class Ledger:
    """Counts every attempt: tokens (re-asks included), re-asks and transport retries.

    `secrets` (the configured key) are redacted from every note as it is written.
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    re_asks: int = 0
    transport_retries: int = 0
    requests: int = 0
    notes: list[Note] = field(default_factory=list)
    secrets: tuple[str, ...] = ()

    def add_usage(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
            self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def note(self, kind: NoteKind, detail: str) -> None:
        """Record one note, on one line, without secrets."""
        line = redact(" ".join(detail.split()), *self.secrets)[:300]
        self.notes.append(Note(kind=kind, detail=line))

    @property
    def errors(self) -> list[str]:
        """The notes as text (read-only view, for messages)."""
        return [n.detail for n in self.notes]
