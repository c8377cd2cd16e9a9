"""Document metadata by rules: issuer, region, published date, period, document type, title.

Modules: `kind` (doc_type, title), `place` (region, issuer), `dates` (published, period).

Read as the genre writes it (vocabulary in summarizer/data/meta_vocab.toml):
- doc_type from the title first (…统计公报, 政府工作报告, …规划纲要, 印发…的通知, …召开…会议), then a
  congress dateline, then how the text speaks (各位代表, 本届政府: a government reporting on its
  own work), then the opening's plan/summary words, then its sections (text/sections.py).
- region: the administrative area the report is about — the congress it was delivered to
  (在浙江省第十三届人民代表大会…), the place its title starts with, its speaker's office
  (乐山市人民政府市长) or signature (南京市统计局); for an excerpt without a head, how the
  government names itself (全省, 省政府 + 浙江 → 浙江省). Never a place mentioned in passing.
- issuer: a government work report is issued by the government (乐山市人民政府; 国务院 for the
  country), a communiqué by whoever signs it (国家统计局, 南京市统计局、国家统计局南京调查队),
  a zone's report by the zone named most often.
- period: the report's own year — the communiqué's title year; the year a work report reviews
  (its review heading, else the year before it was delivered).
- published: the dateline (delivery date), a page's 发布时间, or a date line in the head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.engines.meta.dates import period_of, published_of
from summarizer.engines.meta.kind import doc_type, title_of
from summarizer.engines.meta.place import issuer_of, region_of
from summarizer.models import Achievement, Meta
from summarizer.text.head import read_head
from summarizer.text.sections import Sections
from summarizer.text.segment import Segments

if TYPE_CHECKING:
    from summarizer.text.clean import Document

__all__ = ["extract_meta"]


def extract_meta(
    doc: Document, seg: Segments, achievements: list[Achievement], sections: Sections | None = None
) -> Meta:
    """Best-effort metadata; every field may stay null. `sections` (the engine's reading of
    plan and summary sections) is read again from `doc` when not given."""
    head = read_head(doc)
    title = title_of(doc, head)
    kind = doc_type(doc, head, title, sections)
    region = region_of(doc, head, title, kind)
    return Meta(
        issuer=issuer_of(doc, head, title, kind, region),
        region=region,
        published=published_of(doc, head),
        period=period_of(doc, seg, head, title, kind, achievements),
        doc_type=kind,
        title=title,
    )
