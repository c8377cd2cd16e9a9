"""English names for metrics: the glossary whole, else composed of glossary pieces, else partial.

A metric name in these reports is a noun phrase built from a small vocabulary: modifiers
(全市, 年末, 新增), a head indicator (增加值, 营业收入), often a change word (比上年增长,
上涨, 下降) or a share frame (占地区生产总值比重), sometimes a place name or an amount
(10亿元以上项目). Each part is rendered on its own and put in English order ("share of value
added of the tertiary industry in GRP", "growth in consumer prices", "projects of RMB 1 billion
or more"); place names are written in pinyin. Whatever the glossary does not know is never
dropped: the rendering says how much it covered, and a label keeps the Chinese beside it.

`name_facts` fills `metric_en` on a Report's facts this way (the offline path's English names,
used by the CSV/JSONL tables, the review page and the brief).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from summarizer.brief.figures import quantity, scaled
from summarizer.brief.glossary import (
    METRIC_CATEGORIES,
    Glossary,
    key_of,
    load_glossary,
    lookup,
)
from summarizer.brief.phrasing import place_en
from summarizer.models import Coverage, Fact, GlossaryCoverage, Report
from summarizer.text import genre
from summarizer.text.normalize import normalize
from summarizer.text.numbers import extract_mentions_text
from summarizer.text.prefilter import prefiltered

_PUNCT = set("、，,；;：:。.+-—–·/")
# Joining words inside a name: rendered as "and" or left out (的 = of, 其中 = of which).
_AND = {"和", "及", "与", "、", "以及"}
_SKIP = {"的", "其中"}
_JOINERS = tuple(sorted(_AND | _SKIP, key=len, reverse=True))  # longest first
_JOINER_STARTS = frozenset(w[0] for w in _JOINERS)
# Change words closing a name (比上年增长, 同比上涨): the figure is a change of the rest.
_CHANGE = re.compile(
    r"^(?P<core>.*?)(?:分别)?(?:比上年末|比上年|比去年|较上年|同比|比年初|环比)?(?:分别)?"
    r"(?P<word>实际增长|增长|增加|上涨|提高|提升|下降|减少|回落|降低|增速|增幅|下降幅度|增产|减产"
    r"|升值|贬值)$"
)
# (with an object, alone): 'growth in X' / 'growth'
_CHANGE_EN = {
    "增长": ("growth in", "growth"), "增速": ("growth in", "growth"),
    "增幅": ("growth in", "growth"), "实际增长": ("real growth in", "real growth"),
    "增加": ("increase in", "increase"), "提高": ("increase in", "increase"),
    "提升": ("increase in", "increase"), "上涨": ("rise in", "rise"),
    "下降": ("fall in", "fall"), "减少": ("decrease in", "decrease"),
    "回落": ("fall in", "fall"), "降低": ("decrease in", "decrease"),
    "下降幅度": ("fall in", "fall"),
    "增产": ("increase in output of", "increase in output"),
    "减产": ("decrease in output of", "decrease in output"),
    "升值": ("appreciation of", "appreciation"), "贬值": ("depreciation of", "depreciation"),
}
# Footnote marks and Markdown emphasis left on a name by the source ([2], **).
_MARKS = prefiltered(re.compile(r"\[\d{1,3}\]|\*+|^[、，,：:]+"))
# 城镇投资中第一产业投资: a part named within the whole its sentence opened on (engine: scope_from_opening);
# not 中心, 中央, 中介, 中小企业, which are words of the part
_SCOPED = re.compile(
    rf"^(?P<whole>.{{2,16}}?(?:{genre.pattern('scope_opening_heads')}))中(?![心央介小])(?P<part>.{{2,}})$"
)
_BRACKETED = re.compile(r"^(?P<out>[^（(]+)[（(](?P<inner>[^）)]+)[）)](?P<after>.*)$")
# Share frames: 第三产业增加值占地区生产总值比重 = share of A in B; 高新技术产业产值占比 = share of A.
_SHARE = re.compile(r"^(?P<part>.*?)占(?P<whole>.+?)(?:的)?(?:比重|比例|份额)$")
_SHARE_OF = re.compile(r"^(?P<part>.+?)(?:占比|所占比重|的比重|比重)$")
# A place name inside a metric (南京市, 江宁区): written in pinyin by `place_en`.
# Two-character names before an administrative suffix (南京市, 江宁区), or a zone's name before
# its zone suffix; longer runs ending in 市 are usually nouns (公交都市), not places.
_PLACE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2}(?:省|市|县|区|镇|乡)|[\u4e00-\u9fff]{2,4}(?:新区|开发区|高新区|经开区))$"
)
_HEAD_CATEGORIES = ("indicator",)
_OF_AND = re.compile(r"\b(?:of and|and of)\b")
_AND_AND = re.compile(r"\band and\b")
_OUTER_JOINERS = re.compile(r"^(?:(?:and|of) )+|(?: (?:and|of))+$")
_RANK = {"exact": 0, "composed": 1, "partial": 2, "none": 3}


@dataclass(frozen=True)
class Rendering:
    """A Chinese term in English, with how much of it the glossary knew."""

    zh: str
    en: str
    coverage: Coverage
    unknown: tuple[str, ...] = ()

    def label(self) -> str:
        """English alone when the glossary covered the whole term; else 'English (中文)'; a name
        with no English at all is the Chinese in brackets after 'indicator'."""
        if self.coverage in ("exact", "composed"):
            return self.en
        if not self.en:
            return f"indicator ({self.zh})"
        return f"{self.en} ({self.zh})"

    @property
    def metric_en(self) -> str | None:
        """What `Fact.metric_en` holds: the label, or None when nothing was rendered."""
        return self.label() if self.en else None


def render_term(
    term: str, glossary: Glossary | None = None, *, categories: tuple[str, ...] = METRIC_CATEGORIES
) -> Rendering:
    """English for a metric or entity name: exact, composed of pieces, partial, or none."""
    if glossary is None:
        return _render_packaged(term, categories)
    return _render(term, glossary, categories)


@lru_cache(maxsize=65536)
def _render_packaged(term: str, categories: tuple[str, ...]) -> Rendering:
    """With the packaged glossary a rendering depends on the term alone: names repeat across
    the reports of a batch, so each is composed once per process."""
    return _render(term, load_glossary(), categories)


def _render(term: str, glossary: Glossary, categories: tuple[str, ...]) -> Rendering:
    cleaned = _MARKS.sub("", normalize(term)).strip()
    gloss = _MARKS.sub("", term).strip() or term  # shown beside a partial rendering, as written
    key = key_of(cleaned)
    entry = glossary.find_key(key, categories)
    if entry is not None:
        return Rendering(gloss, entry.en, "exact" if cleaned == normalize(term) else "composed")
    if categories == METRIC_CATEGORIES and (m := _SCOPED.match(cleaned)):
        part = _render(m.group("part"), glossary, categories)
        whole = _render(m.group("whole"), glossary, categories)
        if part.en and whole.en:
            return Rendering(gloss, f"{part.en}, within {whole.en}",
                             _worst(part.coverage, whole.coverage, "composed"), part.unknown + whole.unknown)
    if categories == METRIC_CATEGORIES and (m := _BRACKETED.match(cleaned)):
        # 占总人口比重（常住人口城镇化率）: the bracket names the same figure another way
        outer = _render(m.group("out") + m.group("after"), glossary, categories)
        inner = _render(m.group("inner"), glossary, categories)
        if outer.en and inner.en:
            return Rendering(gloss, f"{outer.en} ({inner.en})",
                             _worst(outer.coverage, inner.coverage, "composed"),
                             outer.unknown + inner.unknown)
        best = outer if outer.en else inner
        if best.en:
            return Rendering(gloss, best.en, "partial", outer.unknown + inner.unknown)
    if categories == METRIC_CATEGORIES:
        framed = _framed(key, glossary)
        if framed is not None:
            en, coverage, unknown = framed
            return Rendering(gloss, en, coverage, unknown)
    en, coverage, unknown = _compose(key, glossary, categories)
    return Rendering(gloss, en, coverage, unknown)


def _framed(key: str, glossary: Glossary) -> tuple[str, Coverage, tuple[str, ...]] | None:
    """Change words and share frames around a name: 'growth in X', 'share of A in B'."""
    if m := _SHARE.match(key):
        whole = _part(m.group("whole"), glossary)
        if not m.group("part") and whole[0]:
            return f"share in {whole[0]}", _worst(whole[1], "composed"), whole[2]
        part = _part(m.group("part"), glossary)
        if part[0] and whole[0]:
            return (f"share of {part[0]} in {whole[0]}", _worst(part[1], whole[1], "composed"),
                    part[2] + whole[2])
    if m := _SHARE_OF.match(key):
        part = _part(m.group("part"), glossary)
        if part[0]:
            return f"share of {part[0]}", _worst(part[1], "composed"), part[2]
    if m := _CHANGE.match(key):
        with_object, alone = _CHANGE_EN[m.group("word")]
        if not m.group("core"):
            return alone, "composed", ()
        core = _part(m.group("core"), glossary)
        if core[0]:
            return f"{with_object} {core[0]}", _worst(core[1], "composed"), core[2]
    return None


def _part(key: str, glossary: Glossary) -> tuple[str, Coverage, tuple[str, ...]]:
    entry = glossary.find_key(key)
    if entry is not None:
        return entry.en, "exact", ()
    framed = _framed(key, glossary)
    if framed is not None:
        return framed
    return _compose(key, glossary, METRIC_CATEGORIES)


def _worst(*coverages: Coverage) -> Coverage:
    return max(coverages, key=lambda c: _RANK[c])


def _compose(
    key: str, glossary: Glossary, categories: tuple[str, ...]
) -> tuple[str, Coverage, tuple[str, ...]]:
    """Left-to-right longest match over glossary pieces, numbers and place names; 'A的B' is
    'B of A' (政府与市场的关系 -> relationship of government and markets)."""
    head, sep, tail = key.rpartition("的")
    if sep and head and tail and glossary.find_key(key, categories) is None:
        left, right = _compose(head, glossary, categories), _compose(tail, glossary, categories)
        if left[0] and right[0]:
            return (f"{right[0]} of {left[0]}", _worst(left[1], right[1], "composed"),
                    left[2] + right[2])
    mentions = {m.start: m for m in extract_mentions_text(key) if m.family != "rank"}
    pieces: list[tuple[str, str]] = []  # (english, kind): kind figure, place, and, or a category
    unknown: list[str] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            if _PLACE.match(run) and (name := place_en(run)):
                pieces.append((name, "place"))
            else:
                unknown.append(run)
                pieces.append(("", "unknown"))
            run = ""

    i = 0
    while i < len(key):
        mention = mentions.get(i)
        if mention is not None:
            flush()
            phrase = _figure_phrase(mention)
            i = mention.end
            if mention.range_high is not None:
                # 30-50亿元: the low end carries the range; its high end (its own mention) is read
                high = next((mentions[j] for j in (i + 1, i + 2) if j in mentions), None)
                if high is not None and high.value_normalized == mention.range_high:
                    i = high.end
            if key.startswith("级", i):
                phrase, i = f"{phrase}-class", i + 1
            pieces.append((phrase, "figure"))
            continue
        entry, size = glossary.longest_at(key, i, categories)
        if entry is None and (run or pieces) and key[i] in _JOINER_STARTS and (
            joiner := next((w for w in _JOINERS if key.startswith(w, i)), None)
        ) is not None:
            flush()
            pieces.append(("and", "and") if joiner in _AND else ("", "skip"))
            i += len(joiner)
            continue
        if entry is None:
            if key[i] in _PUNCT:
                flush()
            else:
                run += key[i]
            i += 1
            continue
        flush()
        last = next((p[0] for p in reversed(pieces) if p[0]), "")
        if last != entry.en and not last.endswith(f" {entry.en}"):  # 标准地出让+土地: no "land land"
            pieces.append((entry.en, entry.category))
        i += size  # the length of the entry's key, which is what matched here
    flush()
    known = [p for p in pieces if p[1] not in ("unknown", "and", "skip")]
    if not known:
        return "", "none", tuple(unknown)
    english = " ".join(p for p in _order(pieces) if p)
    # an unknown piece between "of" and "and" leaves them side by side: keep "of" (each rule
    # runs only where its words stand: most names have none of them)
    if "of and" in english or "and of" in english:
        english = _OF_AND.sub("of", english)
    if "and and" in english:
        english = _AND_AND.sub("and", english)
    if english.startswith(("and ", "of ")) or english.endswith((" and", " of")):
        english = _OUTER_JOINERS.sub("", english)
    english = english.strip()
    return english, ("partial" if unknown else "composed"), tuple(unknown)


def _figure_phrase(mention) -> str:
    """'RMB 1 billion or more' for 10亿元以上; bare 亿/万 in a name are yuan (50亿级企业)."""
    base = mention.base_unit
    if base is None and mention.multiplier >= 1e4:
        base = "yuan"
    text = quantity(mention.value_normalized, base)
    if mention.range_high is not None:
        text = f"{text} to {scaled(mention.range_high)}"
    qualifier = normalize(mention.qualifier or "")
    if qualifier in ("以上", "不少于", "不低于"):
        return f"{text} or more"
    english = lookup(qualifier, "qualifier") if qualifier else None
    return f"{english} {text}" if english else text


def _order(pieces: list[tuple[str, str]]) -> list[str]:
    """English order: amounts after their noun ('projects of RMB 1 billion'), and a closing
    indicator before what it measures ('value added of state-controlled enterprises')."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(pieces):
        text, kind = pieces[i]
        if (
            kind == "figure"
            and not text.endswith("-class")
            and i + 1 < len(pieces)
            and pieces[i + 1][1] in ("entity", "term", "indicator")
        ):
            out.append((f"{pieces[i + 1][0]} of {text}", pieces[i + 1][1]))
            i += 2
            continue
        out.append((text, kind))
        i += 1
    if (
        len(out) >= 2
        and out[-1][1] in _HEAD_CATEGORIES
        and any(kind in ("entity", "term", "place") for _, kind in out[:-1])
        and not out[-1][0].startswith(("share", "growth", "total"))
    ):
        head = out.pop()
        return [head[0], "of", *(text for text, _ in out)]
    return [text for text, _ in out]


# --- metric_en on a Report ---------------------------------------------------------------------


def name_facts(report: Report, accept: Callable[[Fact], bool] | None = None) -> GlossaryCoverage:
    """Fill `metric_en` where it is empty (the engine's own English is kept) and count how the
    glossary covered the verified facts' names. `accept` (the pipeline passes the verifier's
    free-text check) may refuse a name: the fact then keeps no metric_en and counts as none."""
    counts: Counter[str] = Counter()
    untranslated: list[str] = []
    listed: set[str] = set()  # the same names as `untranslated`: a membership test per fact
    cache: dict[str, Rendering] = {}
    for fact in report.facts():
        if fact.metric_en:
            continue
        rendering = cache.get(fact.metric) or cache.setdefault(fact.metric, render_term(fact.metric))
        fact.metric_en = rendering.metric_en
        if fact.metric_en and accept is not None and not accept(fact):
            fact.metric_en = None
            rendering = Rendering(rendering.zh, "", "none", rendering.unknown)
        if fact.verified:
            counts[rendering.coverage] += 1
            if rendering.coverage not in ("exact", "composed") and fact.metric not in listed:
                untranslated.append(fact.metric)
                listed.add(fact.metric)
    return GlossaryCoverage(
        metrics=sum(counts.values()), exact=counts["exact"], composed=counts["composed"],
        partial=counts["partial"], none=counts["none"], untranslated=untranslated,
    )
