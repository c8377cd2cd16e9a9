"""Prompt templates live in prompts/ (source tree) or summarizer/_prompts (installed wheel)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from summarizer.errors import PromptError

_VERSION_LINE = re.compile(r"\{#\s*version:\s*(?P<v>[\w.\-]+)\s*#\}")


def prompt_dirs() -> list[Path]:
    """Where templates may be: the wheel's package data first, then the source checkout."""
    here = Path(__file__).resolve().parent
    return [here / "_prompts", here.parent / "prompts"]


@dataclass(frozen=True)
class Prompt:
    """A loaded template with its declared version and a hash of its exact text."""

    name: str
    version: str
    sha256: str
    template: jinja2.Template

    def render(self, **values: object) -> str:
        """Render; a missing variable is an error, never an empty string."""
        try:
            return self.template.render(**values).strip() + "\n"
        except jinja2.UndefinedError as exc:
            raise PromptError(f"prompt {self.name}: {exc}. Pass every variable it uses.") from exc


@lru_cache(maxsize=16)
def load_prompt(name: str) -> Prompt:
    """Load `prompts/<name>.md`; it must start with a `{# version: X #}` line."""
    for folder in prompt_dirs():
        path = folder / f"{name}.md"
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            match = _VERSION_LINE.search(text.splitlines()[0] if text else "")
            if not match:
                raise PromptError(
                    f"{path}: first line must be '{{# version: <id> #}}'. Add a version line."
                )
            env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
            return Prompt(
                name=name,
                version=match.group("v"),
                sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                template=env.from_string(text),
            )
    searched = ", ".join(str(d) for d in prompt_dirs())
    raise PromptError(f"prompt '{name}.md' not found in {searched}. Reinstall the package.")
