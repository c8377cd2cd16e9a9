"""Chunks of a report for a model, by offsets: paragraphs of the body text, with overlap.

A chunk knows the original offsets of its paragraphs, so its figures are chosen by position
(a mention belongs to the chunk whose paragraphs contain it), never by searching the chunk's
text for the mention's characters (the same `5亿元` occurs in many paragraphs). The model
reads the chunk with inline markers, `{12}46.8亿元` for mention m12: the id sits where the figure is, which
costs a few tokens per figure instead of a separate list with context.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from summarizer.models import NumberMention
from summarizer.text.clean import Document

# What a marker looks like in the text sent to the model; models sometimes copy it into a
# metric, quote or action, so it is removed from every string they return.
# `{12}` costs one token less than `[m12]` in common tokenizers (digits are split one by one)
# and does not look like the report's own footnote marks ([4]).
_MARKER_RE = re.compile(r"\{\d+\}")


def marker(mention_id: str) -> str:
    """The inline marker of a mention: m12 -> {12}."""
    return "{" + mention_id.removeprefix("m") + "}"


def mention_id(written: str) -> str:
    """The mention id a model wrote, however it wrote it: 12, {12}, m12, [m12] -> m12."""
    value = written.strip().strip("{}[]").strip()
    return f"m{value}" if value.isdigit() else value


def unmark(value: str) -> str:
    """The model's string without any figure markers it copied from the marked text."""
    return _MARKER_RE.sub("", value)


@dataclass(frozen=True)
class Chunk:
    """Paragraph spans (original offsets, in order) and the mentions inside them."""

    spans: tuple[tuple[int, int], ...]
    mentions: tuple[NumberMention, ...]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def plain(self, text: str) -> str:
        """The chunk's paragraphs as written, one per line."""
        return "\n".join(text[s:e] for s, e in self.spans)

    def marked(self, text: str) -> str:
        """The chunk's paragraphs with `[id]` right before each of its figures."""
        out: list[str] = []
        ms = list(self.mentions)
        i = 0
        for s, e in self.spans:
            pos, line = s, []
            while i < len(ms) and ms[i].start < e:
                m = ms[i]
                if m.start >= pos:
                    line.append(text[pos : m.start])
                    line.append(marker(m.id))
                    pos = m.start
                i += 1
            line.append(text[pos:e])
            out.append("".join(line))
        return "\n".join(out)

    def find(self, text: str, needle: str, after: int | None = None) -> tuple[int, int] | None:
        """Original offsets of `needle` inside one of the chunk's paragraphs: the first
        occurrence at or after `after` when there is one, else the first."""
        if not needle:
            return None
        hits = []
        for s, e in self.spans:
            i = text.find(needle, s, e)
            while i != -1 and i + len(needle) <= e:
                hits.append(i)
                i = text.find(needle, i + 1, e)
        if not hits:
            return None
        later = [h for h in hits if after is not None and h >= after]
        start = (later or hits)[0]
        return start, start + len(needle)


def paragraphs(doc: Document) -> list[tuple[int, int]]:
    """Non-blank lines of the kept body text, as original offsets (indentation excluded)."""
    out = []
    for s, e in doc.kept:
        pos = s
        for line in doc.text[s:e].split("\n"):
            lo = pos + len(line) - len(line.lstrip())
            hi = pos + len(line.rstrip())
            if hi > lo:
                out.append((lo, hi))
            pos += len(line) + 1
    return out


def make_chunks(
    doc: Document, mentions: list[NumberMention], size: int, overlap_paras: int = 1
) -> list[Chunk]:
    """Split the body on paragraph boundaries into chunks of about `size` characters; each
    chunk repeats the last paragraph(s) of the previous one (a fact cut by a boundary is seen
    whole once). A paragraph longer than `size` is a chunk of its own."""
    paras = paragraphs(doc)
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: list[Chunk] = []
    i = 0
    while i < len(paras):
        j, length = i, 0
        while j < len(paras) and (length == 0 or length + paras[j][1] - paras[j][0] + 1 <= size):
            length += paras[j][1] - paras[j][0] + 1
            j += 1
        spans = tuple(paras[i:j])
        inside = []
        for s, e in spans:
            k = bisect_left(starts, s)
            while k < len(ordered) and ordered[k].start < e:
                if ordered[k].end <= e:
                    inside.append(ordered[k])
                k += 1
        out.append(Chunk(spans=spans, mentions=tuple(inside)))
        if j >= len(paras):
            break
        i = max(j - overlap_paras, i + 1)
    return out
