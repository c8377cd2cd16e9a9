"""One check per claim of a fact, each reading the source around the grounding figure.

Every check returns a `Finding` (field, typed status, why it failed, what the source has
there); `ground` turns them into `fact.checks` and `verified`, `reask` into sentences a model
can act on. The rules, per field:

- metric: its words (Simplified, half-width, whitespace and quotes ignored) are read in the
  figure's clause, with no figure of another quantity between them and the figure. A clause
  that opens with a comparison (比上年增加…, 占…的比重, 增幅居…) may take its words from the
  host clause before it in the sentence; a bracketed qualifier, 大陆总人口(比上年末增加), must
  then be supported by words of the figure's own clause. In a list, A、B分别为a、b, the k-th
  figure takes the k-th item (plus the last item's tail, which the items share). A table cell
  takes its row name, column header and caption. Figures in a row (23轮约11万人次) and from-to
  pairs (由9.8%降至7.5%) are one quantity. Derived (status `derived`): a topic clause without
  figures earlier in the sentence, or one measure word from earlier in the paragraph. A metric
  made only of connector, verb, unit, scope or time words names nothing and fails.
- growth: a percent of that value after a growth word (增长, 下降 …) whose clause is the
  figure's own or names nothing else (，同比增长8%), with no other amount between the figure and
  it (分别增长 maps in order); the sign comes from the word.
- rank: the ranking as written, in the figure's sentence.
- period: in the figure's sentence (ok), or carried from its paragraph, a heading above, the
  title, the table header or earlier text, or joined from two such pieces (2023年 + 1-9月)
  (derived).
- kind: a target needs a target cue in its sentence, a 不少于/不低于 qualifier, a target column
  or a plan section, and no past-tense marker (已, 截至 …) after its last cue in its clause;
  an achievement fails when the nearest cue before it in its sentence is a
  target cue, or in a plan section when nothing in its sentence dates it (同比, 已, 累计 …). 预计 in a review section (总结, 回顾, 完成情况 … headings) is an estimate of a
  result, not a promise: there it counts for neither.
- commitment: in the figure's clause or sentence (ok), or its table header or a heading above
  (derived).
- free text (metric_en): no number but the fact's own value, growth, rank, period or metric.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from summarizer.models import CheckStatus, Fact, FactField, NumberMention, Target
from summarizer.text import genre
from summarizer.text.normalize import normalize
from summarizer.text.numbers import MAGNITUDES, extract_mentions_text, growth_rate
from summarizer.text.periods import names_past_plan, plan_end_period
from summarizer.text.prefilter import prefiltered
from summarizer.text.segment import PERIOD_RE
from summarizer.text.tables import column_header, name_column
from summarizer.verify import vocab
from summarizer.verify.scope import Scope, Span

_SKIP = frozenset(" \t\r\n\u3000\xa0“”\"'‘’《》「」『』")
_DROP_SKIP = str.maketrans("", "", "".join(_SKIP))  # str.translate table deleting them
_NAMELESS = sorted(vocab.NAMELESS, key=len, reverse=True)
_NUMBER = prefiltered(re.compile(r"\d+(?:[.,]\d+)*"))
# A bare magnitude in a metric name (亿元项目, 百亿级企业) is an amount the name states.
_MAGNITUDE_WORD = re.compile(r"(?<![\d.〇零一二两三四五六七八九十百千])(十|百|千)?(亿|万)")


class Why(str, Enum):
    """Why a claim failed (the re-ask wording is chosen from this)."""

    NOT_IN_SOURCE = "not_in_source"
    NAMES_NOTHING = "names_nothing"
    OTHER_FIGURE_BETWEEN = "other_figure_between"
    LIST_ORDER = "list_order"
    QUALIFIER = "qualifier_unsupported"
    NO_GROWTH_WORD = "no_growth_word"
    NOT_ATTACHED = "not_attached"
    WRONG_SIGN = "wrong_sign"
    NO_TARGET_CUE = "no_target_cue"
    TARGET_CUE = "target_cue"
    PAST_CUE = "past_cue"
    STRAY_NUMBER = "stray_number"
    VALUE = "value_mismatch"


@dataclass(frozen=True)
class Finding:
    """The verifier's word on one claim: status, reason, what the source has, where."""

    field: FactField
    status: CheckStatus
    why: Why | None = None
    found: str = ""  # the source's words there, a cue, a stray number: for the re-ask
    span: Span | None = None  # where the claim was read in the figure's clause

    @property
    def failed(self) -> bool:
        """True when the source does not support the claim."""
        return self.status is CheckStatus.FAILED


# The findings without a reason or a span, made once: most claims are absent or plainly ok, and a
# frozen dataclass is slow to build (seven findings a fact, tens of thousands of facts a batch).
_ABSENT = {f: Finding(f, CheckStatus.ABSENT) for f in FactField}
_OK = {f: Finding(f, CheckStatus.OK) for f in FactField}


def check_claims(fact: Fact, scope: Scope, figure: NumberMention) -> list[Finding]:
    """Every claim of `fact` except its value, read around `figure` (its grounding mention)."""
    metric = check_metric(fact, scope, figure)
    return [
        metric,
        check_growth(fact, scope, figure),
        check_rank(fact, scope, figure),
        check_period(fact, scope, figure),
        check_kind(fact, scope, figure, metric.span),
        check_commitment(fact, scope, figure),
        check_free_text(fact, figure),
    ]


# --- text helpers ----------------------------------------------------------------------


@lru_cache(maxsize=8192)
def compact(text: str) -> str:
    """Matching key: Simplified, half-width, without whitespace or quotation marks."""
    return normalize(text).translate(_DROP_SKIP)  # the skipped characters deleted in one pass


_Piece = tuple[str, Sequence[int]]  # a span's kept characters and their original offsets


def _compact_span(norm: str, a: int, b: int) -> _Piece:
    """norm[a:b] without the skipped characters, with the offset of each character kept."""
    piece = norm[a:b]
    if _SKIP.isdisjoint(piece):  # the usual case: the whole span, its offsets a range
        return piece, range(a, a + len(piece))
    # speed: the kept characters in one C-level pass (translate), their offsets in one
    # comprehension, rather than a Python append per character
    return piece.translate(_DROP_SKIP), [i for i, c in enumerate(piece, a) if c not in _SKIP]


class _Window:
    """A stretch of the normalised text, compacted, with each character's original offset."""

    def __init__(self, norm: str, spans: list[Span], pieces: Sequence[_Piece] | None = None) -> None:
        """The window over `spans`; `pieces` are those spans already compacted (`_compact_span`),
        when a caller keeps them (the rows of a table share theirs)."""
        if pieces is None:
            pieces = [_compact_span(norm, a, b) for a, b in spans]
        if len(pieces) == 1:  # speed: one span (a clause): its text and offsets as they are
            self.text, self.pos = pieces[0]
            return
        self.text = "".join(text for text, _ in pieces)
        pos: list[int] = []
        for _, offsets in pieces:
            pos.extend(offsets)
        self.pos: Sequence[int] = pos

    def cover(self, key: str) -> list[Span] | None:
        """Original spans of pieces of `key` found in order (else anywhere) in the window.

        A piece is at least two characters (one only when the key is one character, or
        for a digit or Latin letter): single Chinese characters are not words of a name.
        """
        if key and (whole := self.text.find(key)) >= 0:
            # speed: the usual case, the key as one piece (what `_cover` would find first)
            return [(self.pos[whole], self.pos[whole + len(key) - 1] + 1)]
        if key and not _coverable(key, self.text):
            return None  # speed: most failing searches end here, before the backtracking below
        return self._cover(key, ordered=True) or self._cover(key, ordered=False)

    def _cover(self, key: str, *, ordered: bool) -> list[Span] | None:
        """Longest pieces first, backing off when the rest cannot be covered."""
        if key and (whole := self.text.find(key)) >= 0:  # the usual case: the key as one piece
            return [(self.pos[whole], self.pos[whole + len(key) - 1] + 1)]
        found: dict[tuple[int, int], list[tuple[int, int]] | None] = {}

        def solve(i: int, at: int) -> list[tuple[int, int]] | None:
            if i == len(key):
                return []
            if (i, at) in found:
                return found[(i, at)]
            result = None
            for j in range(len(key), i, -1):
                if j - i == 1 and len(key) > 1 and _is_cjk(key[i]):
                    break  # single Chinese characters are not words of a name
                k = self.text.find(key[i:j], at if ordered else 0)
                if k < 0:
                    continue
                rest = solve(j, k + j - i if ordered else 0)
                if rest is not None:
                    result = [(k, k + j - i), *rest]
                    break
            found[(i, at)] = result
            return result

        pieces = solve(0, 0)
        if pieces is None:
            return None
        return [(self.pos[a], self.pos[b - 1] + 1) for a, b in pieces]

    def has_piece(self, key: str) -> bool:
        """True when some two-character piece of `key` (or all of a shorter key) is here."""
        if len(key) < 2:
            return bool(key) and key in self.text
        return any(key[i : i + 2] in self.text for i in range(len(key) - 1))


def _clause_window(scope: Scope, cs: int, ce: int) -> _Window:
    """The window of one clause, built once per document: every figure of the clause asks."""
    return scope.memo(("clause window", cs, ce), lambda: _Window(scope.norm, [(cs, ce)]))


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def _coverable(key: str, text: str) -> bool:
    """A necessary condition for `_Window.cover`: every character of `key` is in `text`, a
    Chinese one (of a key longer than one character) with a neighbour of the key beside it,
    since a piece is a substring of the text and a single Chinese character is no piece."""
    if len(key) == 1:
        return key in text
    last = len(key) - 1
    for p, c in enumerate(key):
        if not _is_cjk(c):
            if c not in text:
                return False
        elif not ((p > 0 and key[p - 1 : p + 1] in text) or (p < last and key[p : p + 2] in text)):
            return False
    return True


_NAMELESS_RE = prefiltered(re.compile(
    "(?:" + "|".join(re.escape(w) for w in _NAMELESS) + "|" + PERIOD_RE.pattern + r"|[()（）、,，:：])+"
))


@lru_cache(maxsize=8192)
def names_nothing(key: str) -> bool:
    """True when `key` is only connector, verb, unit, scope, time or period words (a digit is
    not: 30-50亿元项目 names a class)."""
    return not key or _NAMELESS_RE.fullmatch(key) is not None


def _split_qualifier(key: str) -> tuple[str, str]:
    """大陆总人口(比上年末增加) -> (大陆总人口, 比上年末增加); no trailing bracket -> (key, '')."""
    if key.endswith(")") and "(" in key:
        i = key.rfind("(")
        if i > 0:
            return key[:i], key[i + 1 : -1]
    return key, ""


def _pre(scope: Scope, figure: NumberMention, clause_start: int) -> str:
    """The words before `figure` in its clause, after the previous figure there."""
    before = scope.between(clause_start, figure.start)
    lo = max([clause_start, *(m.end for m in before)])
    return scope.norm[lo : figure.start].replace("\n", "")  # a clause's break only wraps a line (增\n长)


def _source_words(scope: Scope, figure: NumberMention) -> str:
    """What the source says before the figure in its clause (original characters)."""
    cs, _ = scope.clause(figure.start)
    before = scope.between(cs, figure.start)
    lo = max([cs, *(m.end for m in before)])
    words = scope.doc.text[lo : figure.start].strip(" ,，、;；:：")
    if not words and before:  # 139538万人，比上年末增加530万人: the clause opens with the figure
        words = scope.doc.text[cs : figure.start].strip()
    return words


# --- metric --------------------------------------------------------------------------------


def check_metric(fact: Fact, scope: Scope, figure: NumberMention) -> Finding:
    """The metric's words in the figure's clause (or host clause, list item, table row)."""
    key = compact(fact.metric)
    found = _check_metric_key(key, scope, figure)
    if found.status is CheckStatus.FAILED and (part := _part_of_opened_whole(key, scope, figure)) is not None:
        return part
    return found


def _part_of_opened_whole(key: str, scope: Scope, figure: NumberMention) -> Finding | None:
    """城镇投资中第一产业投资 for 第一产业投资3373亿元 in 在城镇投资中，第一产业投资…；第二产业投资…: the
    sentence opens on the whole (verify/vocab.py sentence_scope) and the rest of the name is read
    where the figure stands (status `derived`)."""
    s_start = scope.sentence(figure.start)[0]
    opened = vocab.sentence_scope(scope.norm, s_start)
    if opened is None or figure.start < opened[1]:
        return None
    whole = compact("".join(scope.norm[a:b] for a, b in opened[0]))
    if not key.startswith(whole) or len(key) - len(whole) < 2:
        return None
    rest = _check_metric_key(key[len(whole) :], scope, figure)
    return Finding(FactField.METRIC, CheckStatus.DERIVED, span=rest.span) if rest.status is not CheckStatus.FAILED else None


def _check_metric_key(key: str, scope: Scope, figure: NumberMention) -> Finding:
    """check_metric for the compacted name `key`."""

    def fail(why: Why, found: str | None = None) -> Finding:
        # the source's words are read only for a failure (speed: most metrics pass)
        return Finding(FactField.METRIC, CheckStatus.FAILED, why, _source_words(scope, figure) if found is None else found)

    if not key or names_nothing(_split_qualifier(key)[0]):
        return fail(Why.NAMES_NOTHING)
    spelled = _contraction_spelled(key, scope, figure)
    if spelled is not None:
        key, in_order = spelled
        if not in_order:
            return fail(Why.LIST_ORDER)
    cell = scope.table(figure.start)
    if cell is not None and cell.column > 0:
        return _metric_in_table(key, scope, cell, _source_words(scope, figure))
    cs, ce = _ratio_clause(scope, figure)
    own = _clause_window(scope, cs, ce)
    listed = _list_items(scope, figure, cs)
    if listed is not None:
        return _metric_in_list(key, scope, figure, own, listed, _source_words(scope, figure))
    base, qualifier = _split_qualifier(key)
    supported = bool(qualifier) and _qualifier_supported(qualifier, own, scope, figure)
    candidates = [key] + ([base] if supported else [])
    crowded: list[Span] | None = None
    for candidate in candidates:
        pieces = own.cover(candidate)
        if pieces is None:
            continue
        if candidate is not key:  # the qualifier's own words are metric words too
            pieces = pieces + (own.cover(qualifier) or [])
        if not _figures_between(scope, figure, pieces):
            return Finding(FactField.METRIC, CheckStatus.OK, span=_hull(pieces))
        crowded = crowded or pieces
    host = _host_start(scope, figure, cs) if _is_dependent(scope, figure, cs) else cs
    if host < cs:
        wide = _Window(scope.norm, [(host, ce)])
        tries = [(key, "")] + ([(base, qualifier)] if qualifier else [])
        for candidate, qual in tries:
            found = wide.cover(candidate)
            if found is None:
                continue
            mine = [p for p in found if p[0] >= cs]
            if _figures_between(scope, figure, mine):
                continue
            if qual and not _qualifier_supported(qual, own, scope, figure):
                return fail(Why.QUALIFIER)
            listed_host = _listed_host(scope, figure, host, cs, ce)
            if listed_host is not None and _check_metric_key(base, scope, listed_host).status is CheckStatus.FAILED:
                return fail(Why.LIST_ORDER)  # …分别达到25321元和8903元，年均增长13.3%和13.1%: in order
            # the qualifier's words in this clause are the metric's too (比年初预计的…: its 预计 is
            # part of the name, not a target cue)
            named = mine + ((own.cover(qual) or []) if qual else [])
            return Finding(FactField.METRIC, CheckStatus.OK, span=_hull(named) if named else None)
    derived = (
        _metric_carried(key, scope, figure, cs, ce, own)
        or _converted_in_bracket(key, scope, figure, own)
        or _contrasted_count(key, scope, figure, cs)
        or _roll_stage(key, scope, figure, cs)
        or _list_verb(key, scope, figure, cs)
        or _object_after_run(key, scope, figure, cs)
        or _record_run(key, scope, figure, ce)
        or _casualties_of_cause(key, scope, figure, cs, ce)
    )
    if derived is not None:
        return derived
    if crowded is not None:
        return fail(Why.OTHER_FIGURE_BETWEEN, _describe_between(scope, figure, crowded))
    if qualifier and own.cover(base) is not None:
        return fail(Why.QUALIFIER)
    return fail(Why.NOT_IN_SOURCE)


# 9320亿元（折1350亿美元）: the same amount in another currency, in brackets right after it
_BRACKET_CONVERSION = re.compile(r"[（(](?:折合|折)(?:约|为)?$")


def _converted_in_bracket(key: str, scope: Scope, figure: NumberMention, own: _Window) -> Finding | None:
    """实际使用外资9320亿元（折1350亿美元）: the bracketed figure is the amount before the bracket,
    converted; it takes that amount's name when the name is read before that amount (status
    `derived`), with no other figure between."""
    opened = _BRACKET_CONVERSION.search(scope.norm, max(0, figure.start - 6), figure.start)
    if opened is None or opened.end() != figure.start:
        return None
    before = [m for m in scope.between(scope.clause(figure.start)[0], opened.start()) if m is not figure]
    if not before or before[-1].end != opened.start():
        return None
    pieces = own.cover(key)
    if pieces is None or any(b > before[-1].start for _, b in pieces) or _figures_between(scope, before[-1], pieces):
        return None
    return Finding(FactField.METRIC, CheckStatus.DERIVED)


# 比上年下降的, 持平的: an item of a breakdown of counted things by the way they changed
_CHANGE_ITEM = re.compile(rf"^(?:(?:比|较)(?:上年|去年|上年同期)?)?(?:{genre.pattern('contrast_words')})的?$")


def _contrasted_count(key: str, scope: Scope, figure: NumberMention, cs: int) -> Finding | None:
    """…指标共48项，比上年下降的30项，持平的10项: key 重点产品能耗指标(持平) when the clause says
    only its verb (the qualifier), every clause between it and the base's clause is an item of the
    same breakdown, and the base is read in the sentence before them (status `derived`)."""
    base, qualifier = _split_qualifier(key)
    own = _CONTRAST_ITEM.match(compact(_pre(scope, figure, cs)).strip("、,，;；"))
    if not qualifier or own is None or own.group("verb") != qualifier:
        return None
    s_start = scope.sentence(figure.start)[0]
    pos = cs
    while pos > s_start:
        pcs, pce = scope.clause(pos - 1)
        figures = scope.between(pcs, pce)
        if _Window(scope.norm, [(pcs, pce)]).cover(base) is not None:
            return Finding(FactField.METRIC, CheckStatus.DERIVED) if figures else None
        if not figures or not _CHANGE_ITEM.match(compact(_pre(scope, figures[-1], pcs)).strip("、,，;；")):
            return None  # a clause of something else stands between
        pos = pcs
    return None


# 招生, 在校生, 毕业生: the stages of a school's roll (offline_vocab.toml [school_roll_heads])
_ROLL_HEADS = tuple(sorted(genre.words("school_roll_heads"), key=len, reverse=True))


def _roll_stage(key: str, scope: Scope, figure: NumberMention, cs: int) -> Finding | None:
    """普通高中在校生 for 在校生2476万人 after 普通高中招生837万人 (and 普通高中在校生(比上年减少) for
    the change after it): the item says only the stage, the school stands in the sentence before
    it, right before another stage (status `derived`)."""
    base, qualifier = _split_qualifier(key)
    head = next((h for h in _ROLL_HEADS if base.endswith(h) and len(base) - len(h) >= 2), None)
    if head is None:
        return None
    item = cs
    if compact(_pre(scope, figure, cs)).strip("、,，;；") != head:
        own = _Window(scope.norm, [(cs, figure.start)])
        if not qualifier or not _is_dependent(scope, figure, cs) or own.cover(qualifier) is None:
            return None
        s_start = scope.sentence(figure.start)[0]
        if cs <= s_start:
            return None
        item = scope.clause(cs - 1)[0]  # the change follows the stage it changes
        stages = scope.between(item, cs)
        # 在校生1126万人（含技工学校学生173万人），占…: a bracketed part may follow the stage's figure
        if not stages or all(compact(_pre(scope, st, item)).strip("、,，;；") != head for st in (stages[0], stages[-1])):
            return None
    school = base[: -len(head)]
    before = _Window(scope.norm, [(scope.sentence(figure.start)[0], item)]).text
    if not any(school + h in before for h in _ROLL_HEADS) and not _schools_counted(school, before):
        return None
    return Finding(FactField.METRIC, CheckStatus.DERIVED)


def _casualties_of_cause(key: str, scope: Scope, figure: NumberMention, cs: int, ce: int) -> Finding | None:
    """洪涝灾害死亡 for 死亡686人 after 全年因洪涝灾害造成直接经济损失…: the cause said earlier in the
    sentence, the casualty word in the figure's clause."""
    s_start = scope.sentence(figure.start)[0]
    causes = [c.group("cause") for c in vocab.CAUSE.finditer(scope.norm, s_start, figure.start)]
    if not causes or not key.startswith(causes[-1]):
        return None
    word = key[len(causes[-1]) :]
    if not (vocab.CASUALTY.fullmatch(word) or vocab.LOSS.fullmatch(word)) or scope.norm.find(word, cs, ce) < 0:
        return None
    return Finding(FactField.METRIC, CheckStatus.DERIVED)


def _record_run(key: str, scope: Scope, figure: NumberMention, ce: int) -> Finding | None:
    """创世界纪录 for 14人 in 14人2队30次创22项世界纪录: the run's verb and record after the figure."""
    found = vocab.RECORD_RUN.match(scope.norm, figure.end, ce)
    if found is None or key != found.group("verb") + found.group("thing"):
        return None
    return Finding(FactField.METRIC, CheckStatus.DERIVED)


def _schools_counted(school: str, before: str) -> bool:
    """普通高等学校1022所，招生…: the schools are counted (in 所) right before the stage's item."""
    unit = "个" if school.endswith(("培养单位", "培养机构")) else "所"  # 研究生培养单位738个，招生…
    return re.search(re.escape(school) + r"\s*\d[\d.,，]*\s*" + unit + r"[,，;；]\s*$", before) is not None


def _names_part(key: str, word: str, part: str) -> str | None:
    """`key` with the contraction's part put back as the contraction (存款余额 -> 存贷款余额,
    收入(城镇,年均增长) -> 收入(年均增长)); None when the key does not name that part."""
    if all(c in word for c in part) and part in key and word not in key:
        return key.replace(part, word, 1)
    for spelled, back in ((f"({part})", ""), (f"({part},", "("), (f",{part})", ")"), (f",{part},", ",")):
        if spelled in key:
            return key.replace(spelled, back, 1)
    return None


def _written_out(norm: str, part: str, lo: int, hi: int, at: int, size: int) -> bool:
    """`part` stands in norm[lo:hi] outside the contraction at norm[at:at+size] (贷款 of 存贷款 does not)."""
    pos = norm.find(part, lo, hi)
    while pos >= 0:
        if not (at <= pos < at + size):
            return True
        pos = norm.find(part, pos + 1, hi)
    return False


def _contraction_spelled(key: str, scope: Scope, figure: NumberMention) -> tuple[str, bool] | None:
    """A part of a contracted subject (存款 of 存贷款, 城镇 of 城乡; vocab.CONTRACTIONS): the key
    in the source's words, and whether the figure is that part's in the pair the clause hands out
    (the k-th figure of its family in its clause takes the k-th part)."""
    s_start = scope.sentence(figure.start)[0]
    for word, parts in vocab.CONTRACTIONS.items():
        at = scope.norm.rfind(word, s_start, figure.start)
        if at < 0:
            continue
        for k, part in enumerate(parts):
            source_key = _names_part(key, word, part)
            if source_key is None or _written_out(scope.norm, part, s_start, figure.start, at, len(word)):
                continue  # 进出口总额…，其中进口200亿元: the part is a word of the source itself
            cs, ce = scope.clause(figure.start)
            figures = [m for m in scope.between(max(cs, at), ce) if m.family == figure.family]
            index = next((i for i, m in enumerate(figures) if m.start == figure.start), None)
            return source_key, index == k and len(figures) >= 2
    return None


# Qualifiers that name a figure's place in a construction rather than words of the source:
# the two ends of a range (6%—6.5%: 下限 / 上限) and the start of a from-to pair (由9.8%降至7.5%:
# 下调前 / 期初). They are supported when the figure stands in that construction.
_RANGE_LOWER = re.compile(r"^(?:目标)?(?:区间)?下限$")
_RANGE_UPPER = re.compile(r"^(?:目标)?(?:区间)?上限$")
_START = re.compile(r"^(?:期初|年初|下调前|调整前|上调前|此前|原|起始|初始)$")
_RANGE_DASH = "—–-－~～至到―‒﹣"
def _ratio_clause(scope: Scope, figure: NumberMention) -> Span:
    """The figure's clause, from the clause of its ratio's first part: the colons of a ratio
    (三次产业比例为9.7:56.8:33.5, 由9.7:56.8:33.5调整为8.6:…) split no clause of the name."""
    cs, ce = scope.clause(figure.start)
    norm = scope.norm
    while cs >= 2 and norm[cs - 1] == ":" and norm[cs - 2].isdigit():
        cs = scope.clause(cs - 2)[0]
    return cs, ce


def _ratio_span(norm: str, m: NumberMention) -> Span:
    """The whole ratio whose part `m` is (9.7:56.8:33.5); m's own span when it is no part."""
    return vocab.ratio_start(norm, m.start), vocab.ratio_end(norm, m.end)


_UNIT_TAIL = re.compile(r"[%‰\u4e00-\u9fff]{0,3}")


def _qualifier_supported(qualifier: str, own: _Window, scope: Scope, figure: NumberMention) -> bool:
    """The qualifier's words are in the figure's clause, or it names the figure's place in a
    range or from-to construction around it (rules above)."""
    if "," in qualifier:
        # (每人每月,期初), (占地区生产总值比重,期初), (城镇,年均增长): each part on its own
        return all(_qualifier_supported(part, own, scope, figure) for part in qualifier.split(",") if part)
    if qualifier.endswith(_RANK_NOTE):
        return _rank_note_supported(qualifier, own, figure)
    text = scope.norm
    if qualifier[:1] in ("占", "对") and len(qualifier) > 3:
        # (占国内生产总值比重), (对国内生产总值增长的贡献率): the base of a share is read in the
        # sentence, in the figure's clause or in the list item before it that names it
        s_start, s_end = scope.sentence(figure.start)
        return _Window(text, [(s_start, s_end)]).cover(qualifier) is not None
    if qualifier in vocab.SECTOR_PARTS and (part := vocab.sector_part(scope.norm, figure.start, figure.end)):
        return part == qualifier  # 三次产业比重为6.4∶53.2∶40.4: the term's place says whose share it is
    if own.has_piece(qualifier):
        return True
    if _capacity_item(qualifier, scope, figure):
        return True
    if _RANGE_LOWER.match(qualifier):
        after = text[figure.end: figure.end + 4].lstrip()
        return bool(after) and after[0] in _RANGE_DASH and any(c.isdigit() for c in after[1:3])
    if _RANGE_UPPER.match(qualifier):
        before = text[max(0, figure.start - 6): figure.start].rstrip()
        return bool(before) and before[-1] in _RANGE_DASH and any(
            c.isdigit() or c in "%‰" for c in before[-4:-1])
    if _START.match(qualifier):
        # 由9.8%, 从每人每月750元, 从疫情之初的15.5万只: 由/从 and at most a few words before it
        # (a ratio's parts, 从11.7:43.7:44.6|优化为, start the pair together)
        start, end = _ratio_span(text, figure)
        before = text[max(0, start - 10): start]
        tail = text[end: end + 12]
        return bool(re.search(r"[由从][^,，;；。\d%]{0,8}$", before)) and bool(
            re.search(r"[降升提增减调扩压缩]\S{0,2}[至到]|到|至", tail) or vocab.TO_AFTER.match(tail))  # 减为
    return False


# 新增主要生产能力有：原煤开采2070万吨，…: the lead of a list of capacity added (offline_vocab.toml)
_CAPACITY_LEAD = genre.compiled("capacity_leads")


def _capacity_item(qualifier: str, scope: Scope, figure: NumberMention) -> bool:
    """(新增生产能力): the figure is an item of a capacity list whose lead, in the figure's
    paragraph with no sentence end between, says the qualifier's words."""
    line_start = scope.line(figure.start)[0]
    if scope.norm.find("生产能力", line_start, figure.start) < 0:
        return False
    leads = list(_CAPACITY_LEAD.finditer(scope.norm, line_start, figure.start))
    if not leads or "。" in scope.norm[leads[-1].end() : figure.start]:
        return False
    return _Window(scope.norm, [leads[-1].span()]).cover(qualifier) is not None


# X(全国城市排名): a ranking's scope, named with 排名 since the source ranks without saying the word
_RANK_NOTE = "排名"


def _rank_note_supported(qualifier: str, own: _Window, figure: NumberMention) -> bool:
    """居全国城市第三 -> (全国城市排名): the figure is a place in a ranking and its clause names the
    scope word for word (a scope the clause does not state, 全省 for 全国, fails)."""
    scope_word = qualifier[: -len(_RANK_NOTE)]
    return figure.family == "rank" and (not scope_word or scope_word in own.text)


_OPENING_CLAUSE_END = re.compile(r"[,，;；]")


# 。其中，…: a sentence breaking down the total of the sentence before (the offline engine's too)
OPENS_PART = re.compile(r"\s*其中")


def _host_sentence_start(scope: Scope, s_start: int) -> int:
    """Where a figure's host may stand: its sentence, or the one before when its sentence opens
    with 其中 (…进出口总额438468亿元。其中，出口…: the total's sentence)."""
    if s_start > 0 and OPENS_PART.match(scope.norm, s_start):
        return scope.sentence(s_start - 1)[0]
    return s_start


def _metric_carried(
    key: str, scope: Scope, figure: NumberMention, cs: int, ce: int, own: _Window
) -> Finding | None:
    """Two named rules that carry words from before the clause (status `derived`):

    - topic clause: 南康家具品牌，力争产值突破2000亿元 — earlier clauses of the sentence with no
      figure between them and this one name its subject;
    - lead measure: 规模以上工业增加值增长6.2%。…股份制企业增长6.6% -> 股份制企业增加值增长 —
      the clause names the subject, one measure word comes from earlier in the paragraph.
    """
    own_start = scope.sentence(figure.start)[0]
    s_start = _host_sentence_start(scope, own_start)
    across = s_start < own_start
    earlier = scope.between(s_start, cs)
    topic_start = max([s_start, *(m.end for m in earlier)])
    if topic_start < cs:
        topic = _Window(scope.norm, [(topic_start, ce)])
        pieces = topic.cover(key)
        if pieces is not None and not _figures_between(scope, figure, [p for p in pieces if p[0] >= cs]):
            return Finding(FactField.METRIC, CheckStatus.DERIVED)
    opening = _OPENING_CLAUSE_END.search(scope.norm, s_start, cs)
    if earlier and opening is not None and not scope.between(s_start, opening.start()):
        # 电子信息产业迅速发展壮大，各类智能终端产品达到2.7亿台，产值突破5000亿元: a sentence that
        # opens with a clause of no figure names its topic there; the clause (with its host clause,
        # for a change of the figure before: …，产量为440万吨，比上年减产20万吨) gives the rest
        lo = _host_start(scope, figure, cs) if _is_dependent(scope, figure, cs) else cs
        window = _Window(scope.norm, [(s_start, opening.start()), (lo, ce)])
        base, qualifier = _split_qualifier(key)
        for candidate, qual in [(key, "")] + ([(base, qualifier)] if qualifier else []):
            pieces = window.cover(candidate)
            mine = [p for p in pieces or [] if p[0] >= lo]
            if pieces is None or not mine or _figures_between(scope, figure, [p for p in mine if p[0] >= cs]):
                continue
            if qual and not _qualifier_supported(qual, own, scope, figure):
                continue
            return Finding(FactField.METRIC, CheckStatus.DERIVED)
    # subject from the host clause: 项目240个，总投资2753亿元 -> 项目总投资 (the clause's own
    # words close the metric, the clause before names whose they are)
    own_words = _SHARED_TAIL.sub("", _LIGHT_LEAD.sub("", compact(_pre(scope, figure, cs)).strip("、,，")))
    if earlier and own_words and key.endswith(own_words) and len(key) > len(own_words):
        # the nearest host clause, or an earlier one across clauses of amounts of the same kind
        # (项目240个，总投资2753亿元，年度计划投资755亿元: both amounts are the projects')
        for host in reversed(earlier):
            host_start = scope.clause(host.start)[0]
            # the host's words before its figure, and its noun after it when a verb of new things
            # opens the count (建成了|260个|烟尘控制区，面积…)
            spans = [(host_start, host.start)]
            if _FLOW_BEFORE.search(scope.norm, host_start, host.start):
                spans.append((host.end, scope.clause(host.start)[1]))
            head = _Window(scope.norm, spans).cover(key[: -len(own_words)])
            if head is not None:
                return Finding(FactField.METRIC, CheckStatus.DERIVED)
            if across and host.family == "percent" and host.family != figure.family:
                continue  # (…总额438468亿元，比上年增长5.0%。其中…: the total's growth names nothing)
            if host.family != figure.family and host.family != "count":
                break
    base, qualifier = _split_qualifier(key)
    if qualifier and earlier and _is_dependent(scope, figure, cs) and _qualifier_supported(qualifier, own, scope, figure):
        # 项目120个，完成投资980亿元，增加100亿元 -> 项目投资(增加): the change of the figure before
        # is named after it, whose name the same rules carried
        host_figure = earlier[-1]
        # 毛利率为10.3%，下降0.7个百分点: a rate's change in points is named after the rate too
        if host_figure.family == figure.family or (host_figure.family, figure.family) == ("percent", "percentage_points"):
            hcs, hce = scope.clause(host_figure.start)
            carried = _metric_carried(base, scope, host_figure, hcs, hce, _Window(scope.norm, [(hcs, hce)]))
            if carried is None:
                # …企业销售收入…；毛利率为10.3%，下降…: the rate took the subject of the item before
                host_words = _SHARED_TAIL.sub("", _LIGHT_LEAD.sub("", compact(_pre(scope, host_figure, hcs)).strip("、,，")))
                carried = _metric_elided(base, scope, host_figure, hcs, host_words)
            if carried is not None:
                return carried
    elided = _metric_elided(key, scope, figure, cs, own_words)
    if elided is not None:
        return elided
    line_start = scope.line(figure.start)[0]
    if line_start >= cs:
        return None
    lead = _Window(scope.norm, [(line_start, cs)])
    # 城镇为36.5% after 农村居民…占消费总支出的比重为41.0%: a bracketed qualifier must be supported
    base, qualifier = _split_qualifier(key)
    if qualifier and not _qualifier_supported(qualifier, own, scope, figure):
        return None
    for i in range(2, len(base) - 1):
        head = own.cover(base[:i])
        if head is None or _figures_between(scope, figure, head):
            continue
        for j in range(len(base), i + 1, -1):
            if base[i:j] in lead.text and (j == len(base) or own.cover(base[j:]) is not None):
                return Finding(FactField.METRIC, CheckStatus.DERIVED)
    return None


# the predicate at the end of a clause's own words, which the metric leaves out (资产证券化率达)
_SHARED_TAIL = re.compile(r"(?:达到|达|为|超过|突破|分别)+$")
# a light verb opening them, which the metric leaves out too (项目46个，完成投资128.5亿元)
_LIGHT_LEAD = re.compile(r"^(?:完成|实现|累计|共计|共)")
# 持平的为4个, 下降的有1个: a list item that says only the verb it contrasts with the item before
# (the contrast_words of offline_vocab.toml: 上涨/下降/持平, 好/较好/较差 …)
_CONTRAST_ITEM = re.compile(rf"^(?:其中)?(?P<verb>{genre.pattern('contrast_words')})的(?:为|有|是|达|占)?$")
# the end of the words a list's subject may close (常住人口, 城镇居民, 休闲农业: offline_vocab.toml)
_LIST_SUBJECT = genre.compiled("list_subjects", suffix="$")
_COPULA_END = re.compile(r"(?:为|是|有|达到|达|约|近|[-−])+$")


def _metric_elided(key: str, scope: Scope, figure: NumberMention, cs: int, own_words: str) -> Finding | None:
    """Two rules of a communiqué's lists, whose items leave words unsaid (status `derived`):

    - subject of the first item: 常住人口出生率为6.19‰，死亡率5.15‰，自然增长率1.04‰ ->
      常住人口自然增长率 — the clause's own words close the metric and the words before them
      stand in the sentence before the previous figure;
    - contrasted verb: …上涨的城市个数为69个，下降的为1个 -> …下降的城市个数 — the clause says
      only the verb, the rest of the metric is read before it in the sentence with another
      contrast verb in the verb's place.
    """
    s_start = scope.sentence(figure.start)[0]
    before = scope.between(s_start, figure.start)
    if not before:
        return None
    earlier = _Window(scope.norm, [(s_start, before[-1].start)])
    own = _COPULA_END.sub("", _Window(scope.norm, [(before[-1].end, figure.start)]).text)
    for i in range(2, len(key) - 1):  # the subject as short as it can be, the item's words the rest
        subject, head = key[:i], key[i:]
        if (
            own.endswith(head)
            # nothing new named since the figure before (a clause mark names nothing: …比上年增长
            # 4.1%；实现利润…)
            and names_nothing(own[: -len(head)].lstrip(";；,，、"))
            and _LIST_SUBJECT.search(subject) is not None
            and subject in earlier.text
        ):
            return Finding(FactField.METRIC, CheckStatus.DERIVED)
    said = _CONTRAST_ITEM.match(own_words)
    if said is None:
        return None
    verb = said.group("verb")
    at = key.find(verb + "的")
    if at < 2:
        return None
    for other in genre.words("contrast_words"):
        if other != verb and earlier.cover(key[:at] + other + key[at + len(verb) :]) is not None:
            return Finding(FactField.METRIC, CheckStatus.DERIVED)
    return None


def _hull(pieces: list[Span]) -> Span:
    return min(a for a, _ in pieces), max(b for _, b in pieces)


_FLOW_BEFORE = re.compile(rf"(?:{vocab.FLOW_LEAD.pattern})了?$")
# what may stand between the items of a list of counts after one verb (15所幼儿园、|8个养老院)
_LIST_JOIN = re.compile(r"[、和及]")
_CLAUSE_MARK = re.compile(r"[,，;；。:：!?！？]")


def _list_verb(key: str, scope: Scope, figure: NumberMention, cs: int) -> Finding | None:
    """新建15所幼儿园、8个养老院 -> 新建养老院 (status derived): the verb of new things before the
    list's first count, the noun right after this figure, and only 、/和/及-joined counts between."""
    verb = vocab.FLOW_LEAD.match(key)
    if verb is None or len(key) - verb.end() < 2:
        return None
    rest = key[verb.end() :]
    norm = scope.norm
    s_start = scope.sentence(figure.start)[0]
    at = norm.rfind(verb.group(), s_start, figure.start)
    if at < 0 or _CLAUSE_MARK.search(norm, at, figure.start):
        return None
    first = next((m for m in scope.between(at, figure.start) if m.start != figure.start), None)
    joins = list(_LIST_JOIN.finditer(norm, first.end, figure.start)) if first is not None else []
    if not joins:
        return None
    after = norm[at + len(verb.group()) : first.start].lstrip("了")
    if not after and compact(norm[figure.end : figure.end + len(rest) + 4]).startswith(rest):
        return Finding(FactField.METRIC, CheckStatus.DERIVED)  # 新建|15所幼儿园、8个|养老院
    if after and compact(norm[joins[-1].end() : figure.start]) == rest:
        return Finding(FactField.METRIC, CheckStatus.DERIVED)  # 引进|重点项目18个、|高层次人才|260人
    return None


def _object_after_run(key: str, scope: Scope, figure: NumberMention, cs: int) -> Finding | None:
    """续建重点水源工程 for 续建46件、竣工6件、新开工8件重点水源工程 (status derived): the verb right before
    the figure, and the object right after the run of verb-and-count items that follows it
    (verify/vocab.py verb_count_run_end, shared with the engine)."""
    norm = scope.norm
    run_end = vocab.verb_count_run_end(norm, figure.end, figure.unit or "")
    if run_end is None:
        return None
    before = compact(norm[cs : figure.start])
    after = compact(norm[run_end : run_end + len(key) + 4])
    for cut in range(1, len(key) - 1):
        if before.endswith(key[:cut]) and after.startswith(key[cut:]):
            return Finding(FactField.METRIC, CheckStatus.DERIVED)
    return None


def _figures_between(scope: Scope, figure: NumberMention, pieces: list[Span]) -> list[NumberMention]:
    """Mentions between the metric's words and the figure that are not part of those words."""
    before = [b for a, b in pieces if b <= figure.start]
    after = [a for a, b in pieces if a >= figure.end]
    found = []
    if before:
        found += scope.between(max(before), figure.start)
    if after:
        found += scope.between(figure.end, min(after))
    if not found:
        return []  # speed: the usual case, and every rule below only drops figures
    inside = [
        m for m in found
        if m is not figure and not any(a <= m.start and m.end <= b for a, b in pieces)
    ]
    if scope.norm[figure.start - 1 : figure.start] == "各":
        return []  # 省级卫生村、省级健康村各1家: the figure distributes over the listed items
    norm = scope.norm
    starts = [(m, _ratio_span(norm, m)) for m in inside]
    inside = [
        m for m, (a, b) in starts
        if not (vocab.FROM_TO.search(norm, max(0, a - 14), a) and vocab.TO_AFTER.match(norm, b, figure.start))
    ]  # 由9.8%降至7.5%, 由9.7:56.8:33.5调整为8.6:…: the figure (or ratio) it moved from is the same quantity
    inside = [
        m for m in inside
        if not (m.end <= figure.start and len(norm[m.end : figure.start].strip()) == 1
                and norm[m.end : figure.start].strip() in _RANGE_DASH)
    ]  # 增长6%—6.5%: the two ends of a range are one quantity
    inside = [
        m for m in inside
        if not (m.start >= figure.end and len(norm[figure.end : m.start].strip()) == 1
                and norm[figure.end : m.start].strip() in _RANGE_DASH and m.family == figure.family)
    ]  # 培育1-2家上市企业: the low end is named by the noun after the high end
    # 核酸检测23轮约117300人次: figures in a row with nothing naming a new quantity between
    # them share the words before the first one
    chain = sorted(inside, key=lambda m: m.start)
    stops = [m.start for m in chain[1:]] + [figure.start]
    if chain and all(
        names_nothing(compact(scope.norm[m.end : stop])) for m, stop in zip(chain, stops, strict=True)
    ) and all(m.end <= figure.start for m in chain):
        return []
    # 调配17批次2018名医务人员: counts in a row after the figure, the noun after the last names all
    gaps = [figure.end] + [m.end for m in chain[:-1]]
    if chain and all(m.start >= figure.end for m in chain) and all(
        names_nothing(compact(norm[a : m.start])) for a, m in zip(gaps, chain, strict=True)
    ):
        return []
    return inside


def _describe_between(scope: Scope, figure: NumberMention, pieces: list[Span]) -> str:
    between = _figures_between(scope, figure, pieces)
    return between[0].raw if between else ""


def _is_dependent(scope: Scope, figure: NumberMention, cs: int) -> bool:
    """The clause names nothing of its own before the figure, or opens with a comparison
    (，比上年末增加…; ，比年初预计的2700亿元多出…; 增幅居…; 占…的比重)."""
    pre = compact(_pre(scope, figure, cs))
    opening = compact(scope.norm[cs : figure.start]).lstrip("、,，")
    multiple = figure.unit == "倍" and bool(vocab.MULTIPLE_OPENING.match(pre.lstrip("、,，")))
    return multiple or names_nothing(pre) or bool(vocab.DEPENDENT_OPENING.match(pre.lstrip("、,，"))) or bool(
        vocab.DEPENDENT_OPENING.match(opening)
    )


def _listed_host(scope: Scope, figure: NumberMention, host: int, cs: int, ce: int) -> NumberMention | None:
    """The figure of the host clause a rate of a list of rates is of (…分别达到25321元和8903元，年均
    增长13.3%和13.1%: the k-th rate, the k-th figure); None when the clause holds one rate or the
    host clause as many figures as no list."""
    rates = [m for m in scope.between(cs, ce) if m.family == figure.family]
    if len(rates) < 2 or figure not in rates or not _joined(scope, rates):
        return None  # (由上年的6.6%下降到6.1%: a change's two ends, no list)
    figures = [m for m in scope.between(host, cs) if m.family not in ("percent", "percentage_points")]
    if len(figures) != len(rates) or not _joined(scope, figures):
        return None
    return figures[rates.index(figure)]


def _joined(scope: Scope, run: list[NumberMention]) -> bool:
    """Figures written as one list: only 、, 和, 及 or 与 between each and the next."""
    return all(compact(scope.norm[a.end : b.start]) in ("、", "和", "及", "与") for a, b in itertools.pairwise(run))


def _host_start(scope: Scope, figure: NumberMention, clause_start: int) -> int:
    """Start of the clause that names what a dependent clause's figure belongs to (in the
    sentence before when this one opens with 其中: …进出口总额438468亿元。其中，出口…)."""
    sentence_start = _host_sentence_start(scope, scope.sentence(figure.start)[0])
    pos = clause_start
    while pos > sentence_start:
        pcs, pce = scope.clause(pos - 1)
        pos = pcs
        mentions = [m for m in scope.between(pcs, pce) if not _in_bracket(scope.norm, m, clause_start)]
        if not mentions:
            continue  # 扣除价格因素, （其中，现金收入1538元）: no figure there names the host
        pre = compact(scope.norm[pcs : mentions[0].start]).strip("、,，")
        if not names_nothing(pre) and not vocab.DEPENDENT_OPENING.match(pre):
            return pcs
    return pos


# lists: A、B分别为a、b


@dataclass(frozen=True)
class _List:
    items: list[Span]
    index: int  # which item the figure belongs to


def _list_items(scope: Scope, figure: NumberMention, cs: int) -> _List | None:
    """Items and the figure's place when its clause reads A、B(和C)分别…a、b(和c)."""
    norm = scope.norm
    at = norm.rfind("分别", cs, figure.start)
    if at < 0:
        return _place_list(scope, figure, cs)
    head = norm[cs:at]
    sep = "、" if "、" in head else next((c for c in ("和", "及", "与") if c in head), None)
    if sep is None:
        return None
    items, pos = [], cs
    for part in head.split(sep):
        items.append((pos, pos + len(part)))
        pos += len(part) + len(sep)
    # 分别达到1183万人次、40.3亿元: amounts of different units map in order too (rates only to rates)
    rates = ("percent", "percentage_points", "permille")
    figures = [
        m for m in scope.between(at, scope.clause(figure.start)[1])
        if m.family == figure.family or (m.family not in rates and figure.family not in rates)
    ]
    index = next((i for i, m in enumerate(figures) if m is figure or m.start == figure.start), None)
    if index is None:
        return None
    written = len(_RUN_JOINS.findall(re.sub(r"[（(][^）)]*[）)]", "", norm[at + 2 : figure.start])))
    if written > index:
        index = written  # 分别跨上五万亿元、四千亿元和…: a figure written in words the reader left out still takes its place
    if index >= len(items):
        return None
    return _List(items, index)


_RUN_JOINS = re.compile(r"[、和及与]")


def _place_list(scope: Scope, figure: NumberMention, cs: int) -> _List | None:
    """中心城区、县城生活污水处理率达95%和85%: places (vocab.PLACE) listed before one indicator,
    as many as the figures of this family joined by 和/、 after it, are a list in order."""
    norm = scope.norm
    _, ce = scope.clause(figure.start)
    if norm.find("、", cs, ce) < 0:
        return None  # speed: no 、 in the clause, so no list of places before its figures
    figures = [m for m in scope.between(cs, ce) if m.family == figure.family]
    if len(figures) < 2:
        return None
    head = norm[cs : figures[0].start]
    parts = head.split("、")
    if len(parts) != len(figures) or any(
        not vocab.PLACE.fullmatch(compact(p).lstrip(",，")) for p in parts[:-1]
    ) or not vocab.PLACE.match(parts[-1]):
        return None
    joins = [norm[a.end : b.start].strip() for a, b in zip(figures, figures[1:], strict=False)]
    if any(j not in ("和", "、", "与", "及") and not re.fullmatch(r"(?:以上|以下|左右)?[和、与及]", j) for j in joins):
        return None
    items, pos = [], cs
    for part in parts:
        items.append((pos, pos + len(part)))
        pos += len(part) + 1
    index = next((i for i, m in enumerate(figures) if m.start == figure.start), None)
    return None if index is None else _List(items, index)


def _metric_in_list(
    key: str, scope: Scope, figure: NumberMention, own: _Window, listed: _List, words: str
) -> Finding:
    """The k-th figure takes the k-th item's words; the last item's tail is shared."""
    items, k = listed.items, listed.index
    base, qualifier = _split_qualifier(key)
    for candidate in (key, base):
        pieces = own.cover(candidate)
        if pieces is None:
            continue
        mine = any(items[k][0] <= a and b <= items[k][1] for a, b in pieces)
        stray = [
            (a, b)
            for a, b in pieces
            for j, (s, e) in enumerate(items)
            if j != k and s <= a and b <= e and not (j == len(items) - 1 and a > s)
            # 规上工业企业营业收入、利润分别…: the first item's subject, before its measure, is shared
            and not (j == 0 and k > 0 and b < e)
        ]
        if stray or not mine:
            found = scope.doc.text[items[k][0] : items[k][1]]
            return Finding(FactField.METRIC, CheckStatus.FAILED, Why.LIST_ORDER, found)
        if candidate is base and qualifier and not own.has_piece(qualifier):
            return Finding(FactField.METRIC, CheckStatus.FAILED, Why.QUALIFIER, words)
        return Finding(FactField.METRIC, CheckStatus.OK, span=_hull(pieces))
    return Finding(FactField.METRIC, CheckStatus.FAILED, Why.NOT_IN_SOURCE, words)


def _metric_in_table(key: str, scope: Scope, cell, words: str) -> Finding:
    """A table cell's metric: its row name, the column header and the caption line above."""
    named = name_column(scope.norm, cell.row, cell.header, cell.column)

    def make() -> _Window:
        spans = [cell.row[0], cell.row[named], *(cell.header or [])]
        if cell.block_start > 0:
            spans.append(scope.line(cell.block_start - 1))
        if cell.title is not None:
            spans.append(cell.title)  # 表2 …价格比上年涨跌幅度: the title names what every cell measures
        # | 货物出口额 | over | 其中：机电产品 |: a row above may name the measure its items are of
        spans += scope.row_names_above(cell.row[0][0])
        return _Window(scope.norm, spans, [_table_piece(scope, a, b) for a, b in spans])

    # the spans follow from the row and its name column alone (header, caption line, title and
    # rows above are the row's): the cells of a row share one window, built once
    window = scope.memo(("table window", cell.row[0][0], named), make)
    base, qualifier = _split_qualifier(key)
    if window.cover(key) is not None or (
        qualifier and window.cover(base) is not None and window.has_piece(qualifier)
    ):
        return _OK[FactField.METRIC]
    found = scope.doc.text[cell.row[0][0] : cell.row[0][1]]
    return Finding(FactField.METRIC, CheckStatus.FAILED, Why.NOT_IN_SOURCE, found)


def _table_piece(scope: Scope, a: int, b: int) -> _Piece:
    """A table span compacted, kept per span: each row's window holds the header, the title and
    the name of every row above it, so a table's spans recur in the windows of all its rows."""
    return scope.memo(("table piece", a, b), lambda: _compact_span(scope.norm, a, b))


# --- growth --------------------------------------------------------------------------------


def _values_match(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check_growth(fact: Fact, scope: Scope, figure: NumberMention) -> Finding:
    """growth_pct: a percent after a growth word, attached to this figure, signed by the word."""
    if fact.growth_pct is None:
        return _ABSENT[FactField.GROWTH]
    wanted = fact.growth_pct
    _, s_end = scope.sentence(figure.start)
    candidates = [m for m in scope.between(figure.end, s_end) if _is_growth_of(m, wanted, figure)]
    cs = scope.clause(figure.start)[0]
    if scope.table(figure.start) is None and _is_dependent(scope, figure, cs):
        # 国内生产总值增长6.6%，总量突破90万亿元: the host clause's rate is this figure's
        host = _host_start(scope, figure, cs)
        candidates = [
            m for m in scope.between(host, cs)
            if _is_growth_of(m, wanted, figure) and not _amounts_between(scope, m.end, figure.start)
        ] + candidates
    failure = Finding(FactField.GROWTH, CheckStatus.FAILED, Why.NOT_IN_SOURCE, f"{wanted:g}%")
    cell = scope.table(figure.start)
    for g in candidates:
        if cell is not None:
            found = _growth_in_row(scope, cell, g, wanted)
            if found is not None:
                return found
            continue
        gcs, _ = scope.clause(g.start)
        pre = vocab.FOOTNOTE_END.sub("", _pre(scope, g, gcs))
        if (bracketed := vocab.GROWTH_BRACKETED.search(scope.norm, max(0, g.start - 16), g.start)) is not None:
            gcs = min(gcs, scope.clause(bracketed.start())[0])  # 增长（同比，下同）9%: the bracket's comma
            pre = scope.norm[gcs : bracketed.end("word")]
        word = vocab.GROWTH_WORD.search(pre.rstrip())
        if word is None and compact(pre) in ("和", "、", "及", "与"):
            # 分别增长6%和8%: the second rate shares the growth word before the first
            first = next((m for m in scope.between(gcs, g.start) if m.family == "percent" or m.unit == g.unit), None)
            if first is not None:
                pre = _pre(scope, first, gcs)
                word = vocab.GROWTH_WORD.search(pre.rstrip())
        if word is None and g.value_text != "持平":
            failure = Finding(FactField.GROWTH, CheckStatus.FAILED, Why.NO_GROWTH_WORD, g.raw)
            continue
        head = pre[: word.start()] if word else ""
        if vocab.REAL_RATE.fullmatch(head):
            head = ""  # 农村居民人均纯收入2160元，实际增长4.3%: the real rate names nothing else (as the engine reads it)
        own_clause = gcs <= figure.start
        if g.start < figure.start:
            own_clause = True  # read from the host clause before the figure: its own words name the host
        if not own_clause and not names_nothing(compact(head)) and compact(head).strip("、,，"):
            failure = Finding(FactField.GROWTH, CheckStatus.FAILED, Why.NOT_ATTACHED, compact(head))
            continue
        if g.start > figure.start and not _attached(scope, figure, g, gcs):
            failure = Finding(FactField.GROWTH, CheckStatus.FAILED, Why.NOT_ATTACHED, g.raw)
            continue
        negative = (word is not None and word.group("verb") in vocab.FALLING) != pre.rstrip().endswith(
            ("-", "−")
        )
        rate = growth_rate(g) or 0.0
        if not _values_match(-rate if negative else rate, wanted):
            failure = Finding(FactField.GROWTH, CheckStatus.FAILED, Why.WRONG_SIGN, word.group() if word else g.raw)
            continue
        return Finding(FactField.GROWTH, CheckStatus.OK, span=(g.start, g.end))
    return failure


def _is_growth_of(m: NumberMention, wanted: float, figure: NumberMention) -> bool:
    """A rate of the wanted size: a percent, or a multiple (增长1.5倍 = 150%) of a figure that is
    no multiple itself."""
    rate = growth_rate(m)
    if rate is None or (m.family != "percent" and figure.unit == m.unit):
        return False
    return _values_match(rate, abs(wanted))


def growth_sign(before: str) -> int:
    """-1 when the words right before a percent say it fell (下降, 回落, 减产 … or a minus), else 1."""
    before = normalize(before).rstrip()
    word = vocab.GROWTH_WORD.search(before)
    falling = word is not None and word.group("verb") in vocab.FALLING
    return -1 if falling != before.endswith(("-", "−")) else 1


def _amounts_between(scope: Scope, start: int, end: int) -> list[NumberMention]:
    return [m for m in scope.between(start, end) if m.family not in ("percent", "percentage_points")]


def _attached(scope: Scope, figure: NumberMention, g: NumberMention, gcs: int) -> bool:
    """No other amount between the figure and its growth rate, except lists in order."""
    between = [
        m for m in scope.between(figure.end, g.start)
        if m.family not in ("percent", "percentage_points") and not _in_dependent_clause(scope, m)
        and not _in_bracket(scope.norm, m, g.start)
    ]  # 常住人口957.70万人，比上年末增加3.0万人，增长0.31%: the change is the same quantity
    if not between:
        return True
    at = scope.norm.rfind("分别", gcs, g.start)
    s_start = scope.sentence(figure.start)[0]
    if at < 0 and (scope.norm.rfind("分别", s_start, gcs) >= 0 or vocab.REAL_RATE.search(scope.norm, gcs, g.start)):
        # 分别达到A、B，增长x、y: the clause's list of rates follows the 分别 list of figures
        # (收入A元，收入B元，实际增长x和y: so does a list of real rates)
        at = gcs
    if at < 0:
        return False
    rates = [m for m in scope.between(at, scope.clause(g.start)[1]) if m.family == "percent" or m.unit == g.unit]
    if at == gcs and len(rates) < 2:
        return False
    hosts = [m for m in scope.between(s_start, gcs) if m.family not in ("percent", "percentage_points")]
    hosts = hosts[-len(rates) :]
    if figure not in hosts and not any(h.start == figure.start for h in hosts):
        return False
    k = next(i for i, h in enumerate(hosts) if h.start == figure.start)
    return k < len(rates) and rates[k].start == g.start


def _in_bracket(norm: str, m: NumberMention, limit: int) -> bool:
    """保有量35268万辆（包括…694万辆），比上年末增长…: a figure in a bracket closed before `limit`
    is a part set aside, not another quantity between the total and its rate."""
    opened = max(norm.rfind("（", max(0, m.start - 30), m.start), norm.rfind("(", max(0, m.start - 30), m.start))
    if opened < 0 or any(c in norm[opened + 1 : m.start] for c in "）)"):
        return False
    return any(c in norm[m.end : limit] for c in "）)")


def _in_dependent_clause(scope: Scope, m: NumberMention) -> bool:
    cs, _ = scope.clause(m.start)
    pre = compact(_pre(scope, m, cs)).lstrip("、,，")
    return cs > scope.sentence(m.start)[0] and (names_nothing(pre) or bool(vocab.DEPENDENT_OPENING.match(pre)))


def _growth_in_row(scope: Scope, cell, g: NumberMention, wanted: float) -> Finding | None:
    """A growth column of the same table row (header 同比增长(%)); the sign is written."""
    row_start, row_end = cell.row[0][0], cell.row[-1][1]
    if not (row_start <= g.start < row_end) or cell.header is None:
        return None
    column = next((i for i, (a, b) in enumerate(cell.row) if a <= g.start < b), None)
    named = column_header(cell.header, column) if column is not None else None  # merged cells too
    if named is None:
        return None
    a, b = named
    if not vocab.GROWTH_COLUMN.search(scope.norm[a:b]):
        return None
    negative = scope.norm[cell.row[column][0] : g.start].rstrip().endswith(("-", "−"))
    if _values_match(-g.value if negative else g.value, wanted):
        return Finding(FactField.GROWTH, CheckStatus.OK, span=(g.start, g.end))
    return Finding(FactField.GROWTH, CheckStatus.FAILED, Why.WRONG_SIGN, g.raw)


# --- rank, period, kind, commitment, free text ---------------------------------------------


def check_rank(fact: Fact, scope: Scope, figure: NumberMention) -> Finding:
    """The ranking as written, in the figure's sentence."""
    if not fact.rank:
        return _ABSENT[FactField.RANK]
    s_start, s_end = scope.sentence(figure.start)
    at = scope.norm.find(normalize(fact.rank), s_start, s_end)
    if at < 0:
        return Finding(FactField.RANK, CheckStatus.FAILED, Why.NOT_IN_SOURCE, fact.rank)
    return Finding(FactField.RANK, CheckStatus.OK, span=(at, at + len(fact.rank)))


def _in_spans(scope: Scope, key: str, spans: list[Span]) -> bool:
    """`key` (compacted) in one of the spans, read directly or with whitespace dropped."""
    if any(scope.norm.find(key, a, b) >= 0 for a, b in spans):
        return True
    short = [(a, b) for a, b in spans if b - a <= 400]  # 1 - 9 月: spaced-out text, short spans only
    # the spans' text without its offsets (only membership is asked), joined as one text
    return bool(short) and key in "".join(_compacted(scope, a, b) for a, b in short)


def _compacted(scope: Scope, a: int, b: int) -> str:
    """norm[a:b] without the skipped characters, kept per span: the facts of one sentence, line
    or section ask about the same sentence, paragraph, headings and title."""
    return scope.memo(("compacted", a, b), lambda: scope.norm[a:b].translate(_DROP_SKIP))


def _context_spans(scope: Scope, figure: NumberMention) -> list[Span]:
    """Where a period or commitment may be carried from: paragraph, headings, title, header."""
    spans = [scope.line(figure.start), *scope.headings_above(figure.start, 8)]
    if scope.title is not None:
        spans.append(scope.title)
    cell = scope.table(figure.start)
    named = column_header(cell.header, cell.column) if cell is not None else None
    if named is not None:
        spans.append(named)
    return spans


def _plan_end_year(scope: Scope, figure: NumberMention) -> str | None:
    """The last year of the five-year plan the title or a heading above names (2005年 under
    …第十个五年计划纲要): the period of a plan's target that states none."""
    spans = [*([scope.title] if scope.title is not None else []), *scope.headings_above(figure.start, 8)]
    for a, b in spans:
        if (end := plan_end_period(scope.norm[a:b])) is not None:
            return end
    return None


def check_period(fact: Fact, scope: Scope, figure: NumberMention) -> Finding:
    """In the sentence (ok); carried from above — paragraph, heading, title, table header or any
    text before the figure (过去一年 in a review's opening covers the review) — or joined from
    two such pieces, 2023年 (title) + 1-9月 (derived)."""
    if not fact.period:
        return _ABSENT[FactField.PERIOD]
    key = compact(fact.period)
    # “十五”期间: a plan's quoted name is found as written too, in a sentence of any length
    written = "".join(normalize(fact.period).split())
    s_start, s_end = scope.sentence(figure.start)
    if _in_spans(scope, key, [(s_start, s_end)]) or scope.norm.find(written, s_start, s_end) >= 0:
        return Finding(FactField.PERIOD, CheckStatus.OK)
    context: list[Span] = []  # read only when the text before the sentence's end lacks a part

    def above(part: str) -> bool:
        if scope.norm.rfind(part, 0, s_end) >= 0:
            return True
        if not context:
            context.extend(_context_spans(scope, figure))  # never empty: it holds the line
        return _in_spans(scope, part, context)

    if above(key) or (written != key and above(written)):
        return Finding(FactField.PERIOD, CheckStatus.DERIVED)
    if _plan_end_year(scope, figure) == fact.period:
        return Finding(FactField.PERIOD, CheckStatus.DERIVED)  # 第十个五年计划纲要 -> 2005年
    for i in range(2, len(key) - 1):
        if PERIOD_RE.fullmatch(key[i:]) and above(key[:i]) and above(key[i:]):
            return Finding(FactField.PERIOD, CheckStatus.DERIVED)
    return Finding(FactField.PERIOD, CheckStatus.FAILED, Why.NOT_IN_SOURCE, fact.period)


def check_kind(fact: Fact, scope: Scope, figure: NumberMention, metric: Span | None) -> Finding:
    """A target needs a target cue in scope; an achievement must not follow one."""
    norm = scope.norm
    s_start, s_end = scope.sentence(figure.start)
    section = scope.section(figure.start)

    words = compact(fact.metric)
    base_words = _split_qualifier(words)[0]

    def outside_metric(m: re.Match[str]) -> bool:
        """全年目标任务81.4%: a cue word that is part of the metric's own name does not count;
        one in the bracketed base of a comparison does (比年初预计的2700亿元 -> 为企业减负(年初预计):
        the figure is the forecast)."""
        inside = metric is not None and metric[0] <= m.start() and m.end() <= metric[1]
        if not inside or m.group() not in words:
            return True
        return (
            m.group() not in base_words
            and norm[m.start() - 1 : m.start()] in ("比", "较")
            and norm[m.end() : figure.start].strip() == "的"
        )

    cues = [c for c in _sentence_target_cues(scope, s_start, s_end, section == "review") if outside_metric(c)]
    cell = scope.table(figure.start)
    column_target = False
    named = column_header(cell.header, cell.column) if cell is not None else None
    if named is not None:
        column_target = bool(vocab.TARGET_COLUMN.search(norm[named[0] : named[1]]))
    if isinstance(fact, Target):
        cs = scope.clause(figure.start)[0]
        last_cue = max([cs, *(c.end() for c in cues if c.end() <= figure.start)])
        past = vocab.PAST_CUE.search(norm, last_cue, figure.start)
        while past is not None and norm[past.start() - 1 : past.start()] in ("由", "从") and any(
            c.isdigit() for c in norm[past.end() : figure.start]
        ):  # 要由目前的12.9%提高到14%: the present dates the pair's start, not the target it ends at
            past = vocab.PAST_CUE.search(norm, past.end(), figure.start)
        if past is not None:
            return Finding(FactField.KIND, CheckStatus.FAILED, Why.PAST_CUE, past.group())
        if cues or column_target or section == "plan" or fact.qualifier in ("不少于", "不低于"):
            return _OK[FactField.KIND]
        return Finding(FactField.KIND, CheckStatus.FAILED, Why.NO_TARGET_CUE, section or "")
    if column_target:
        return Finding(FactField.KIND, CheckStatus.FAILED, Why.TARGET_CUE, norm[named[0] : named[1]])  # type: ignore[index]
    start, end = _ratio_span(norm, figure)
    if vocab.is_dated_pair_start(norm, start, end, s_end, scope.year):
        return _OK[FactField.KIND]  # 将由2005年的280亿元增加至…: the start of a target's pair is measured
    if section == "plan" and not column_target and not (
        scope.search(vocab.ACHIEVEMENT_CUE, s_start, s_end) or scope.search(vocab.PAST_CUE, s_start, s_end)
        or scope.dated_before_report(s_start, figure.start)
    ):
        # a plan section's figures are targets unless their sentence dates them (同比, 已, 累计 …,
        # or a year before the report's: 1995年人口自然增长率为14.51‰ in a 1996 plan)
        return Finding(FactField.KIND, CheckStatus.FAILED, Why.TARGET_CUE, "plan section")
    before = [
        c for c in cues
        if c.end() <= figure.start
        and not (
            vocab.compares_with_cue(norm, c.start(), c.end(), figure.start)
            and (section == "review" or names_past_plan(norm[s_start : c.start()], norm[s_start:s_end], scope.year))
        )
    ]
    if before and vocab.ACHIEVEMENT_CUE.search(norm, before[-1].end(), figure.end) is None:
        cue = before[-1]
        return Finding(FactField.KIND, CheckStatus.FAILED, Why.TARGET_CUE, scope.doc.text[cue.start() : cue.end()])
    return _OK[FactField.KIND]


def _sentence_target_cues(scope: Scope, s_start: int, s_end: int, review: bool) -> list[re.Match[str]]:
    """The sentence's target cues that commit to something, whatever the fact: not a weak cue in
    a review section, a noun cue standing alone, a cue in a quoted name, a deadline passed or a
    past plan. Kept per sentence and section reading: every figure of the sentence asks."""
    norm = scope.norm
    weak = vocab.WEAK_TARGET_CUES if review else frozenset()

    def make() -> list[re.Match[str]]:
        return [
            c for c in scope.finditer(vocab.TARGET_CUE, s_start, s_end)
            if c.group() not in weak
            and not (c.group() in vocab.NOUN_CUES and norm[c.end() : c.end() + 1] in "，,。；;、")
            and not _in_quotes(norm, s_start, c.start())
            and not _past_deadline(c.group(), scope.year)
            and not (c.group() in ("计划", "规划") and names_past_plan(norm[s_start : c.start()], norm[s_start:s_end], scope.year))
            and not vocab.FULFILLED_SHARE.match(norm, c.end())  # 完成任务目标的148%: a result, no target
        ]

    return scope.memo(("target cues", s_start, s_end, review), make)


_DEADLINE = re.compile(r"到((?:19|20)\d{2})年")


def _past_deadline(cue: str, year: int | None) -> bool:
    """到2015年 in a report of 2016 looks back (到2015年，全市生产总值达到453亿元): a deadline only
    while its year is still to come, as the engine reads it."""
    found = _DEADLINE.fullmatch(cue)
    return found is not None and year is not None and int(found.group(1)) < year


def _in_quotes(norm: str, s_start: int, at: int) -> bool:
    """完成学前教育“三年行动计划”: a cue inside a quoted name names a programme (as the engine
    reads it), it commits to nothing: an opening mark before it, in its sentence, not yet closed."""
    opened = norm.rfind("“", s_start, at)
    return opened >= 0 and norm.rfind("”", opened, at) < 0 and 0 <= norm.find("”", at, at + 30)


def check_commitment(fact: Fact, scope: Scope, figure: NumberMention) -> Finding:
    """A target's commitment word in its clause or sentence (ok), or header/heading (derived)."""
    if not isinstance(fact, Target) or not fact.commitment:
        return _ABSENT[FactField.COMMITMENT]
    key = compact(fact.commitment)
    if fact.qualifier and compact(fact.qualifier) == key:
        return _OK[FactField.COMMITMENT]
    if _in_spans(scope, key, [scope.sentence(figure.start)]):
        return _OK[FactField.COMMITMENT]
    if _in_spans(scope, key, _context_spans(scope, figure)[1:]):
        return Finding(FactField.COMMITMENT, CheckStatus.DERIVED)
    return Finding(FactField.COMMITMENT, CheckStatus.FAILED, Why.NOT_IN_SOURCE, fact.commitment)


def check_free_text(fact: Fact, figure: NumberMention | None = None) -> Finding:
    """metric_en carries no number but the fact's own value, growth, rank, period or metric."""
    if not fact.metric_en:
        return _ABSENT[FactField.FREE_TEXT]
    if not _NUMBER.search(fact.metric_en):  # speed: no number in it, nothing to check below
        return _OK[FactField.FREE_TEXT]
    allowed = [fact.value, *(_numbers(t) for t in (fact.value_text, fact.rank, fact.period, fact.metric))]
    flat: list[float] = []
    for item in allowed:
        flat.extend(item if isinstance(item, list) else [item])
    if fact.growth_pct is not None:
        flat.append(abs(fact.growth_pct))
    scaled = [fact.value_normalized, figure.value_normalized if figure else None]
    metric = normalize(fact.metric)
    for mention in extract_mentions_text(metric):  # 10亿元以上项目: "RMB 1 billion"
        scaled += [mention.value_normalized, mention.range_high]
    for m in _MAGNITUDE_WORD.finditer(metric):  # 亿元项目 "RMB 100 million", 百亿级 "10 billion"
        scaled.append(float({"十": 10, "百": 100, "千": 1000}.get(m.group(1) or "", 1) * MAGNITUDES[m.group(2)]))
    for normalized in scaled:
        if normalized is not None:  # 79.4亿元 may read "7.94 billion" or "7,940 million"
            flat.extend(normalized / 10**e for e in (0, 3, 6, 9, 12))
    for number in _NUMBER.finditer(fact.metric_en):
        value = float(number.group().replace(",", ""))
        if not any(_values_match(value, a) for a in flat):
            return Finding(FactField.FREE_TEXT, CheckStatus.FAILED, Why.STRAY_NUMBER, number.group())
    return _OK[FactField.FREE_TEXT]


def _numbers(text: str | None) -> list[float]:
    if not text:
        return []
    return [float(n.group().replace(",", "")) for n in _NUMBER.finditer(normalize(text))]
