"""summarizer: Chinese economic work reports -> verified structured data and English briefs."""

__version__ = "0.1.0"

__all__ = ["__version__"]
