"""Human-readable renderings of a Report."""

from __future__ import annotations

from summarizer.render.markdown import render_markdown

__all__ = ["render_markdown"]
