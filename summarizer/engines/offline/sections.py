"""Document mode for the offline engine: the shared section reading of `summarizer.text.sections`."""

from __future__ import annotations

from summarizer.text.clean import Document
from summarizer.text.sections import Sections, report_year
from summarizer.text.segment import Segments

__all__ = ["Modes", "report_year"]


class Modes(Sections):
    """'plan' or 'summary' at a position (the engine's name for the shared sections)."""

    def __init__(self, doc: Document, seg: Segments | None = None) -> None:
        super().__init__(doc)
