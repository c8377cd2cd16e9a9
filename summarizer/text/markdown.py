"""Markdown reports: the text stays as written (offsets and quotes index the user's characters);
what is only markup is said here, for clean() to remove or mask.

- whole lines that carry no words (table rules `| --- | :-: |`, horizontal rules, fences,
  image-only lines, HTML comments) are chrome;
- inline markup (`**bold**`, `<br>` in table cells, `#` heading marks, list bullets, `|` at a
  row's ends) is masked with spaces in the normalised view the rules read, so `**一、综合**`
  reads as a heading and `| <br>139538 |` as a table cell, while the quote keeps the marks.
"""

from __future__ import annotations

import re

from summarizer.text.prefilter import prefiltered

_RULE_LINE = re.compile(
    r"^\s*(?:\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?|[-*_](?:\s*[-*_]){2,}|`{3,}.*|~{3,}.*"
    r"|!\[[^\]]*\]\([^)]*\)|<!--.*-->)\s*$"
)
# Spaces and tabs only, never \s: a mask span holding a newline would join two lines (the last
# row of one table and the caption of the next) in the view the rules read.
_INLINE = prefiltered(re.compile(
    r"<br\s*/?>|</?(?:sup|sub|span|strong|b|em|i|u|font|p|div)\b[^>]*>|\*\*|__"
    r"|^[ \t]{0,3}#{1,6}[ \t]+|^[ \t]{0,3}>[ \t]?|^[ \t]{0,3}[-*+][ \t]+(?=\S)|^[ \t]*\||\|[ \t]*$",
    re.I | re.M,
))


def markdown_chrome(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, 'markup') of every line that is markup only, ends stripped of whitespace."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip() and _RULE_LINE.match(line):
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip()), "markup"))
        pos += len(line) + 1
    return tuple(out)


def markdown_mask(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of inline markup (bold marks, <br>, heading/list/quote marks, outer row pipes)."""
    return tuple(m.span() for m in _INLINE.finditer(text) if m.end() > m.start())
