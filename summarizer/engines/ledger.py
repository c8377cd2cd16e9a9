"""What every model call cost and what went wrong, summed over all attempts.

Kept apart from client.py (which imports openai + instructor, ~0.7 s) so a cache hit can
record notes without loading the SDK.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Ledger:
    """Counts every attempt: tokens (re-asks included), re-asks and transport retries."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    re_asks: int = 0
    transport_retries: int = 0
    errors: list[str] = field(default_factory=list)

    def add_usage(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
            self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
