"""summarizer: Chinese economic work reports -> verified structured data and English briefs."""

# The subpackages first: importing one later would rebind `summarizer.brief` to the package.
from summarizer import brief as _brief_package  # noqa: F401, I001
from summarizer import render as _render_package  # noqa: F401
from summarizer.api import brief, render_as, summarize, summarize_text
from summarizer.errors import (
    ConfigError,
    InputError,
    ModelCallError,
    PromptError,
    SummarizerError,
    VerificationError,
)
from summarizer.models import Brief, Report
from summarizer.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Brief",
    "ConfigError",
    "InputError",
    "ModelCallError",
    "PromptError",
    "Report",
    "Settings",
    "SummarizerError",
    "VerificationError",
    "__version__",
    "brief",
    "render_as",
    "summarize",
    "summarize_text",
]
