"""summarizer: Chinese economic work reports -> verified structured data and English briefs."""

import summarizer.brief as brief  # the package, callable as brief(report)
from summarizer.errors import (
    ConfigError,
    InputError,
    ModelCallError,
    PromptError,
    SummarizerError,
    VerificationError,
)
from summarizer.models import Brief, Report
from summarizer.pipeline import summarize
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
    "summarize",
]
