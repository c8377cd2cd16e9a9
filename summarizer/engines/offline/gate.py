"""A long alternation of cue patterns, tested per clause without trying every alternative.

The vocabularies of frames, slogans and cues are regex alternations of dozens of branches
(`[^,，;；]{0,16}(?:紧盯|围绕)…目标$|…`). Python's `re` tries each branch in turn, with its
bounded wildcards backtracking, at every call: for the action rules that is most of their time.
Nearly every branch needs some literal word (紧盯, 召开, 等问题 …) that most clauses do not hold.
`AnyMatch` splits the pattern into its branches, finds for each one the words of which at least
one must occur in any text it matches, and runs only the branches whose word the text holds.
The answer is the same as `bool(pattern.match(text))` by construction: a branch is skipped only
when it cannot match. Patterns it cannot read safely (backreferences, inline flags, IGNORECASE)
are run whole, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]

_Words = frozenset[str]


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth outside it) of each `(`, `)` and `|` of `source` that is not
    escaped or inside a character class: the one scan both readers of a pattern's shape need."""
    depth, in_class, i = 0, False, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":
                i += 1  # a ] right after [ or [^ is a literal
        elif ch in "()|":
            if ch == ")":
                depth -= 1
            yield i, ch, depth
            if ch == "(":
                depth += 1
        i += 1


def _split_top(source: str) -> list[str]:
    """`source` cut at its `|` outside brackets, groups and escapes."""
    parts, start = [], 0
    for i, ch, depth in _structure(source):
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _outer_group(source: str) -> tuple[str, str, str] | None:
    """(prefix, body, suffix) when `source` is prefix + (?:body) + suffix and the body is the
    alternation (the group at the top level with the most branches, not itself repeated)."""
    best: tuple[int, str, str, str] | None = None
    open_at = -1
    for i, ch, depth in _structure(source):
        if ch == "(" and depth == 0:
            open_at = i
        elif ch == ")" and depth == 0 and source.startswith("(?:", open_at):
            body = source[open_at + 3 : i]
            after = source[i + 1 : i + 2]
            branches = len(_split_top(body))
            if after not in ("?", "*", "+", "{") and branches > 1 and (best is None or branches > best[0]):
                best = (branches, source[:open_at], body, source[i + 1 :])
    return None if best is None else best[1:]


def _literal_sets(items: list[tuple[object, object]]) -> list[_Words]:
    """For a parsed sequence: sets of words, each set one that a match must contain one of
    (consecutive literal items joined: 提 + [高升] gives 提高, 提升)."""
    out: list[_Words] = []
    run: _Words | None = None  # the words the items since the last non-literal one spell
    for op, av in items:
        words = _words_of(op, av)
        if words is not None and "" not in words:
            if run is not None and len(run) * len(words) > 64:
                out.append(run)
                run = None
            run = words if run is None else frozenset(a + b for a in run for b in words)
            continue
        if run is not None:
            out.append(run)
            run = None
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            out += _literal_sets(list(av[2]))  # type: ignore[index]
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            out += _literal_sets(list(av[3]))  # type: ignore[index]
    if run is not None:
        out.append(run)
    return out


def _words_of(op: object, av: object) -> _Words | None:
    """The finite set of strings an item matches, if it matches only literal words."""
    if op is _c.LITERAL:
        return frozenset({chr(av)})  # type: ignore[arg-type]
    if op is _c.IN:
        if all(kind is _c.LITERAL for kind, _ in av):  # type: ignore[attr-defined]
            return frozenset(chr(code) for _, code in av)  # type: ignore[attr-defined]
        return None
    if op is _c.BRANCH:
        words: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            text = _sequence_text(list(branch))
            if text is None:
                return None
            words |= text
        return frozenset(words)
    if op is _c.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
        return _sequence_text(list(av[3]))  # type: ignore[index]
    return None


def _sequence_text(items: list[tuple[object, object]]) -> _Words | None:
    """All strings a sequence of literal items (and literal alternations) matches, or None."""
    texts = {""}
    for op, av in items:
        words = _words_of(op, av)
        if words is None or len(texts) * len(words) > 64:
            return None
        texts = {t + w for t in texts for w in words}
    return frozenset(texts)


def _required_words(branch: str, flags: int) -> _Words | None:
    """A set of words one of which every match of the branch contains (None: no such set)."""
    try:
        parsed = _p.parse(branch, flags)
    except re.error:
        return None
    sets = [s for s in _literal_sets(list(parsed.data)) if s and "" not in s]
    if not sets:
        return None
    return max(sets, key=lambda s: (min(len(w) for w in s), -len(s)))


class AnyMatch:
    """`bool(pattern.match(text))`, trying only the branches whose required word the text holds.

    A search for the required words, longest first, from each found word's next character on:
    any other word present at a found word's position is a prefix of it, so each found word
    stands for itself and for its prefixes among the required words."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._always: list[re.Pattern[str]] = []  # branches with no required word: always tried
        self._branches: dict[str, tuple[re.Pattern[str], ...]] = {}  # found word -> branches to try
        self._scan: re.Pattern[str] | None = None
        self._whole = not self._split(pattern)

    def _split(self, pattern: re.Pattern[str]) -> bool:
        source, flags = pattern.pattern, pattern.flags
        if flags & re.IGNORECASE or re.search(r"\(\?[aiLmsux]|\\\d|\(\?P=", source):
            return False  # inline flags and backreferences: keep the pattern whole
        outer = _outer_group(source) if len(_split_top(source)) == 1 else ("", source, "")
        if outer is None:
            return False
        prefix, body, suffix = outer
        needs: dict[str, list[re.Pattern[str]]] = {}
        for branch in _split_top(body):
            compiled = re.compile(f"{prefix}(?:{branch}){suffix}", flags)
            words = _required_words(branch, flags)
            if words is None:
                self._always.append(compiled)
                continue
            for word in words:
                needs.setdefault(word, []).append(compiled)
        if not needs:
            return True
        for found in needs:
            tried = [c for word, cs in needs.items() if found.startswith(word) for c in cs]
            self._branches[found] = tuple(dict.fromkeys(tried))
        ordered = sorted(needs, key=lambda w: (-len(w), w))
        self._scan = re.compile("|".join(re.escape(w) for w in ordered), flags)
        return True

    def match(self, text: str) -> bool:
        if self._whole:
            return self.pattern.match(text) is not None
        for compiled in self._always:
            if compiled.match(text):
                return True
        if self._scan is None:
            return False
        scan, tried, pos = self._scan.search, set(), 0
        while (found := scan(text, pos)) is not None:
            for compiled in self._branches[found.group()]:
                if compiled not in tried:
                    if compiled.match(text):
                        return True
                    tried.add(compiled)
            pos = found.start() + 1
        return False


class FirstOf:
    """The index of the first of `patterns` that `.search()`es the text (-1 if none), for
    patterns that are alternations of literal words (党建|党组织|…): one scan of the text for
    all their words instead of one search per pattern. A pattern that is not all literal
    words is searched as before."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns
        self._whole = False
        owners: dict[str, int] = {}  # word -> the first pattern holding it
        for n, pattern in enumerate(patterns):
            try:
                parsed = _p.parse(pattern.pattern, pattern.flags)
            except re.error:
                parsed = None
            items = list(parsed.data) if parsed is not None else []
            words = _sequence_text(items) if items and not pattern.flags & re.IGNORECASE else None
            if not words or "" in words:
                self._whole = True
                return
            for word in words:
                owners.setdefault(word, n)
        # a word found stands for its prefixes among the words too (they start where it starts)
        self._first = {w: min(n for v, n in owners.items() if w.startswith(v)) for w in owners}
        self._scan = re.compile("|".join(re.escape(w) for w in sorted(owners, key=lambda w: (-len(w), w))))

    def index(self, text: str) -> int:
        if self._whole:
            return next((n for n, p in enumerate(self.patterns) if p.search(text)), -1)
        best, pos, scan, first = -1, 0, self._scan.search, self._first
        while (found := scan(text, pos)) is not None:
            n = first[found.group()]
            if best < 0 or n < best:
                best = n
                if n == 0:
                    break
            pos = found.start() + 1
        return best
