"""A first-character test in front of a regular expression: the same matches, found faster.

A long alternation (the non-fact vocabulary, the target cues) is tried at every position of
the text it scans, and most positions hold a character no alternative can begin with.
`prefiltered` reads the pattern's syntax tree, collects the characters (and classes such as
`\\d`) a match can begin with, and puts them in a lookahead before the pattern. The lookahead
only turns away positions where the pattern could not match, so matches, groups and spans are
those of the pattern itself; when the tree holds anything this reading does not know (`.`, a
negated class, a back-reference, scoped flags, a pattern that may match the empty string) the
pattern is returned as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_WORD: r"\w",
}
_REPEATS = tuple(
    op for op in (getattr(sre, name, None) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
    if op is not None
)

# what may begin a match: character ranges, classes (\d …), and whether it may be empty
_First = tuple[list[tuple[int, int]], set[str], bool]


class _Unknown(Exception):
    """The tree holds something the reading below does not handle."""


def _first(items: list) -> _First:
    ranges: list[tuple[int, int]] = []
    classes: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            ranges.append((av, av))
            return ranges, classes, False
        if op is sre.IN:
            for item_op, item_av in av:
                if item_op is sre.LITERAL:
                    ranges.append((item_av, item_av))
                elif item_op is sre.RANGE:
                    ranges.append(item_av)
                elif item_op is sre.CATEGORY and item_av in _CATEGORIES:
                    classes.add(_CATEGORIES[item_av])
                else:
                    raise _Unknown  # a negated class, another category
            return ranges, classes, False
        if op is sre.BRANCH:
            empty = False
            for alternative in av[1]:
                r, c, e = _first(list(alternative))
                ranges += r
                classes |= c
                empty = empty or e
            if not empty:
                return ranges, classes, False
            continue  # an alternative may be empty: what follows may begin the match
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown  # (?i:…) and the like
            r, c, e = _first(list(sub))
        elif op in _REPEATS:
            low, _high, sub = av
            r, c, e = _first(list(sub))
            e = e or low == 0
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # lookarounds and anchors consume nothing
        else:
            raise _Unknown  # ., a back-reference, an atomic group …
        ranges += r
        classes |= c
        if not e:
            return ranges, classes, False
    return ranges, classes, True


def first_class(pattern: re.Pattern[str]) -> str | None:
    """The body of a character class holding every character a match can begin with, or None
    when that cannot be read from the pattern (or a match may be empty)."""
    try:
        ranges, classes, empty = _first(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    if empty:
        return None
    merged: list[list[int]] = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in merged]
    return "".join(parts) + "".join(sorted(classes))


def _already_fast(items: list) -> bool:
    """The regex engine tests the first character itself when the pattern opens with a literal,
    a class or an anchor, or with alternatives that all open with a literal (同比|按年|已|…)."""
    while items and items[0][0] is sre.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op in (sre.LITERAL, sre.IN, sre.AT):
        return True
    return op is sre.BRANCH and all(alt and list(alt)[0][0] is sre.LITERAL for alt in av[1])


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead of its possible first characters in front (same matches,
    groups and spans); `pattern` itself when no such test can be read from it, or when the
    regex engine already makes one (a lookahead there would only cost)."""
    try:
        if _already_fast(list(sre_parse.parse(pattern.pattern, pattern.flags))):
            return pattern
    except (re.error, TypeError, ValueError):
        return pattern
    body = first_class(pattern)
    if not body:
        return pattern
    try:
        fast = re.compile(f"(?=[{body}])(?:{pattern.pattern})", pattern.flags)
    except re.error:
        return pattern  # e.g. global flags written at the pattern's start
    if fast.groups != pattern.groups or fast.groupindex != pattern.groupindex:
        return pattern
    return fast
