"""summarizer: Chinese economic work reports -> verified structured data and English briefs."""

# `summarizer.brief` is the brief package, and it is callable: summarizer.brief(source) is
# summarizer.api.brief (a Report, a Report JSON or a report file), and
# summarizer.brief.brief(report) is the package's own function. Subpackages are imported first
# so that later submodule imports cannot rebind these names.
import summarizer.brief as brief  # noqa: I001
from summarizer import render as _render_package  # noqa: F401
from summarizer.api import render_as, summarize, summarize_text
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
