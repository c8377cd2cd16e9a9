"""LLM engine: the model points at figures and says what they measure; numbers come from us.

The model reads each chunk with our figures marked inline (`{12}46.8亿元`) and points at a
figure by its id, or, for a figure our extractor missed, by a verbatim quote of it: our parser
reads the number from the source at the located quote. Values, units and spans always come
from our own mentions; what the model writes (metric, period, commitment, metric_en) is
checked against the source here, and again by the shared verifier.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from summarizer.cache import make_key, model_call_parts, open_cache
from summarizer.engines.base import Draft, EngineResult
from summarizer.engines.chunking import Chunk, make_chunks, marker, mention_id, unmark
from summarizer.engines.figures import read_figure
from summarizer.errors import ModelAnswerError
from summarizer.models import (
    STRICT_NOTES,
    Achievement,
    ActionItem,
    Evidence,
    Note,
    NoteKind,
    NumberMention,
    Provenance,
    Target,
    TokenUsage,
)
from summarizer.prompts import load_prompt
from summarizer.settings import Settings
from summarizer.text.clean import Document
from summarizer.text.normalize import normalize
from summarizer.text.numbers import signed_as_written

VERSION = "llm-2"

# A figure's sentence: what its metric, commitment and growth must be read in.
_SENTENCE_END = "。！？!?；;\n"
# A bracketed qualifier of a derived metric, 地区生产总值(年均增长): its head is what the text names.
_QUALIFIER = re.compile(r"[(（][^()（）]*[)）]")
# Words that name no quantity on their own: a metric that is only one of these says nothing
# about what the figure measures (connectors, verbs of change, scope and comparison words).
NAMES_NOTHING = frozenset({
    "同比", "环比", "比上年", "较上年", "增长", "下降", "提高", "提高到", "达到", "达", "占",
    "为", "实现", "完成", "累计", "新增", "全市", "全区", "全省", "全县", "项目", "次", "个",
    "其中", "分别", "共", "合计", "总计", "约", "超", "以上",
})
# Commitment words: a figure after one of these in its sentence is a goal, not a result
# (力争 strive to, 确保 ensure, 争取 strive for, 力求 seek to); weaker cues (目标, 预计, 全年)
# depend on the section and are left to the verifier.
COMMITMENT_WORDS = ("力争", "确保", "争取", "力求")
# Growth words right before a percent make it a growth rate; the first group turns it negative.
_GROWTH_WORD = re.compile(
    r"(?:(?P<neg>下降|减少|回落|降低|下滑|负增长|衰退)|增长|增加|提高|上升|增幅|增速|按年增|成长)"
    r"(?:了|为|达到?)?\s*$"
)
_NUMBER_IN_TEXT = re.compile(r"\d+(?:[.,]\d+)*")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    his = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i != -1]
    return lo, min(his) if his else len(text)


def metric_head(metric: str) -> str:
    """The metric without bracketed qualifiers and markers, as the text must contain it."""
    return _QUALIFIER.sub("", unmark(metric)).strip()


def _untitled(schema: dict[str, Any]) -> None:
    """Drop what the schema repeats in every request and no model needs: property titles
    derived from names ("Mention Id") and empty-string defaults ("required" already says what is
    optional). The model's own title stays: tools mode names the function after it."""
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)
        if prop.get("default") == "":
            del prop["default"]


class PickedFact(BaseModel):
    """One figure and what it measures."""

    model_config = ConfigDict(json_schema_extra=_untitled)

    # Flat on purpose, and described tersely: the schema is sent with every request.
    mention_id: str = Field(default="", description="Id of the marked figure: 12 for {12}.")
    quote: str = Field(default="", description="For an unmarked figure: text from metric to it.")
    kind: Literal["achievement", "target"]
    metric: str
    metric_en: str = Field(default="", description="In English, no numbers.")
    period: str = ""
    commitment: str = Field(default="", description="A target's 力争, 确保 … as written.")
    growth_mention_id: str = Field(default="", description="Id of its growth rate.")

    @field_validator("mention_id", "growth_mention_id")
    @classmethod
    def _known_id(cls, value: str, info: ValidationInfo) -> str:
        value = mention_id(value)
        if info.context is None:  # built by hand, not read from a model's answer
            return value
        ids = info.context.get("mentions", {})
        if value and value not in ids:
            shown = ", ".join(marker(i) for i in list(ids)[:5]) or "none in this part"
            raise ValueError(
                f"'{value}' is not a marked figure id of this part; use the number in {{ }} right "
                f"before the figure ({shown} …), or quote a figure that has no marker"
            )
        return value

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> PickedFact:
        """The figure must be found, and its metric read in the figure's own sentence."""
        ctx = info.context or {}
        chunk: Chunk | None = ctx.get("chunk")
        text: str | None = ctx.get("text")
        if chunk is None or text is None:
            return self
        span = figure_span(self, ctx)
        if span is None:
            if not self.mention_id and not self.quote:
                raise ValueError("a fact needs the id of its marked figure (mention_id) or, for "
                                 "a figure without a marker, its quote")
            quote = unmark(self.quote).strip()
            if ctx["chunk"].find(text, quote) is not None:
                raise ValueError(f"quote '{quote[:40]}' does not end with a figure; end the quote "
                                 "with the figure, or give its {id}")
            raise ValueError(f"quote '{quote[:40]}' is not in this part of the text; copy the "
                             "text exactly as written, or give the figure's {id}")
        who = self.mention_id or f"'{unmark(self.quote)}'"
        lo, hi = _sentence(text, *span)
        before = text[max(lo, span[0] - 24) : span[0]].strip()
        head = metric_head(self.metric)
        if not head or _squash(head) in NAMES_NOTHING:
            raise ValueError(f"'{self.metric}' names nothing that figure {who} measures: the "
                             f"words before it are '{before}'; give the measured quantity")
        if not metric_read_near(_squash(head), text, lo, hi):
            raise ValueError(f"'{self.metric}' is not what figure {who} measures: it is not in "
                             f"the figure's sentence, and the words before it are '{before}'; "
                             "copy the metric from that sentence")
        cue = next((c for c in COMMITMENT_WORDS if c in text[lo : span[0]]), None)
        if self.kind == "achievement" and cue:
            raise ValueError(f"figure {who} follows the commitment word '{cue}' in its sentence: "
                             "it is a target (kind \"target\", commitment as written)")
        plain = head == unmark(self.metric).strip()  # no bracketed qualifier
        if plain and not _names_this_figure(head, span, text, lo, hi, ctx.get("mentions", {})):
            raise ValueError(f"'{self.metric}' is not what figure {who} measures: another figure "
                             f"stands between them; the words before it are '{before}'")
        return self


# Share of a metric's characters that must be read near the figure. Annotators and models
# name a figure with words of its sentence that need not be contiguous (居民消费价格比上年上涨
# 2.1% -> 居民消费价格上涨; 林业实现产值 -> 林业产值) and add words from the paragraph's lead
# (股份制企业增长5.0% under 规上工业增加值 -> 股份制企业增加值增长).
METRIC_COVERAGE = 0.9
_FOOTNOTE = re.compile(r"\[\d+\]|\s+")


def _squash(value: str) -> str:
    """Simplified, half-width, without whitespace and footnote marks ([4])."""
    return _FOOTNOTE.sub("", normalize(value))


def metric_read_near(head: str, text: str, lo: int, hi: int) -> bool:
    """The metric is read at the figure: some of its words in the figure's sentence and all
    of them (but a stray character) there or in the lines just above (a table row under its
    title: 医疗保健 4.3 under 居民消费价格比上年涨跌幅度 -> 医疗保健价格涨跌幅度)."""
    if metric_coverage(head, _squash(text[lo:hi])) == 0:
        return False
    window = _squash(text[max(0, lo - NEAR_CHARS) : hi])
    return metric_coverage(head, window) >= METRIC_COVERAGE


# How far above its sentence the rest of a metric may be read (a table's title and header).
NEAR_CHARS = 300


def metric_coverage(head: str, sentence: str) -> float:
    """Share of `head`'s characters found in `sentence` as pieces of two or more characters
    (the best split of `head`: 规模工业增加值增幅 is 规模工业增加值 + 增幅, not 规模工业增加值增 + 幅)."""
    if not head:
        return 0.0
    if head in sentence:
        return 1.0
    n = len(head)
    best = [0] * (n + 1)  # best[i]: most characters of head[:i] covered
    for i in range(1, n + 1):
        best[i] = best[i - 1]
        for j in range(i - 2, -1, -1):
            if head[j:i] not in sentence:
                break  # a longer piece ending at i contains this one
            best[i] = max(best[i], best[j] + i - j)
    return best[n] / n


# Between a metric and its figure, another amount of the same kind means the metric belongs
# to that one, unless a transition links the two (由77家增至144家, 从750元提高到1045元).
# 分别, 和 and 、 make a list (…、…分别为 a、b; 达95%和85%), which maps in order; 力争 raises
# a base target to a stretch one (全年招引项目60个，力争80个).
_TRANSITION = re.compile(
    r"增至|增加到|提高到|提升到|上升到|下降到|降至|降到|扩大到|达|到|分别|和|、|力争")


def _names_this_figure(head: str, span: tuple[int, int], text: str, lo: int, hi: int,
                       mentions: dict[str, NumberMention]) -> bool:
    """Some occurrence of a metric written whole in the sentence reaches the figure: before
    it, with no other amount of the figure's kind between (growth rates may stand between:
    总产值增长6%，达到2万亿元), or right after it with nothing between (21个项目开工)."""
    key = normalize(head)
    norm_sentence = normalize(text[lo:hi])
    if key not in norm_sentence:
        return True  # words gathered from the sentence: nothing to measure distance from
    me = next((m for m in mentions.values() if (m.start, m.end) == span), None)
    others = [m for m in mentions.values() if (m.start, m.end) != span]
    i = norm_sentence.find(key)
    while i != -1:
        start, end = lo + i, lo + i + len(key)
        if end <= span[0]:
            between = [m for m in others if end <= m.start and m.end <= span[0]]
            same_kind = [m for m in between if me is None or (
                m.family == me.family and (m.family != "count" or m.unit == me.unit))]
            if not same_kind or _TRANSITION.search(normalize(text[end : span[0]])):
                return True
        elif start >= span[1]:
            if not [m for m in others if span[1] <= m.start and m.end <= start]:
                return True
        else:
            return True  # the metric's words contain the figure
        i = norm_sentence.find(key, i + 1)
    return False


def figure_span(picked: PickedFact, ctx: dict) -> tuple[int, int] | None:
    """Where the picked figure is in the original text (see `locate_figure`)."""
    m = locate_figure(picked, ctx)
    return (m.start, m.end) if m is not None else None


def locate_figure(picked: PickedFact, ctx: dict) -> NumberMention | None:
    """The picked figure: its marked mention, or the figure ending its located quote (our
    mention there, else our parser's reading of the source characters)."""
    mentions: dict[str, NumberMention] = ctx.get("mentions", {})
    if picked.mention_id:
        return mentions.get(picked.mention_id)
    quote = unmark(picked.quote).strip()
    chunk: Chunk = ctx["chunk"]
    text: str = ctx["text"]
    span = chunk.find(text, quote) if quote else None
    if span is None:
        return None
    cache = ctx.setdefault("read", {})
    if span not in cache:
        read = read_figure(text, *span, f"q{span[0]}")
        ours = [m for m in mentions.values()
                if span[0] <= m.start and read is not None and m.end == read.end]
        cache[span] = ours[-1] if ours and ours[-1].value == read.value else read
    return cache[span]


class PickedAction(BaseModel):
    """A measure, quoted exactly."""

    model_config = ConfigDict(json_schema_extra=_untitled)

    action: str
    action_en: str = ""

    @field_validator("action")
    @classmethod
    def _action_in_text(cls, value: str, info: ValidationInfo) -> str:
        ctx = info.context or {}
        chunk, text = ctx.get("chunk"), ctx.get("text")
        if chunk is not None and text is not None and chunk.find(text, unmark(value)) is None:
            raise ValueError(f"action '{value[:40]}' is not in the report text; quote it exactly")
        return value


class Extraction(BaseModel):
    """Facts and actions of one part of a report."""

    model_config = ConfigDict(json_schema_extra=_untitled)

    facts: list[PickedFact] = Field(default_factory=list)
    actions: list[PickedAction] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _is_an_answer(cls, data: Any) -> Any:
        """An object with neither list is no answer (a weak model echoes the schema); read as
        "nothing found" it would pass --strict silently, so it is re-asked, then dropped."""
        if isinstance(data, dict) and data and not {"facts", "actions"} & set(data):
            keys = ", ".join(sorted(map(str, data))[:4])
            raise ValueError(
                f"the answer has no 'facts' or 'actions' (its keys: {keys}); answer with one "
                'object {"facts": [...], "actions": [...]} and do not repeat the schema'
            )
        return data

    @model_validator(mode="after")
    def _claims_hold(self, info: ValidationInfo) -> Extraction:
        """Each fact's claims as the shared verifier reads them; failures go back as re-asks."""
        claims = (info.context or {}).get("claims")
        problems = claims(self.facts) if claims is not None else []
        if problems:
            raise ValueError("; ".join(problems[:8]))
        return self


class _Quiet:
    """A ledger that forgets: facts built only to be checked note nothing."""

    def note(self, *_: Any) -> None:
        pass


class _ClaimReask:
    """Re-ask sentences (worded by the shared verifier) for facts whose claims fail: at most
    `limit` rounds and never the same list twice, then the answer is taken as it is and the
    verifier drops what still fails, so a claim the model cannot fix never costs the chunk."""

    def __init__(self, doc: Document, mentions: list[NumberMention], context: dict,
                 limit: int) -> None:
        self.doc, self.mentions, self.context, self.limit = doc, mentions, context, limit
        self.rounds = 0
        self.last: list[str] = []

    def __call__(self, facts: list[PickedFact]) -> list[str]:
        from summarizer.verify import check_fact

        problems: list[str] = []
        for picked in facts:
            extra: dict[tuple[int, int], NumberMention] = {}
            fact = _to_fact(picked, self.context, extra, _Quiet())
            if fact is not None:
                every = sorted([*self.mentions, *extra.values()], key=lambda m: m.start)
                problems += check_fact(fact, self.doc, every)
        self.rounds += 1
        if not problems or self.rounds > self.limit or problems == self.last:
            return []
        self.last = problems
        return problems


def schema_hash() -> str:
    """Changes whenever the schema sent to the model changes."""
    blob = json.dumps(Extraction.model_json_schema(), sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def cache_key(doc: Document, settings: Settings) -> str:
    """Everything that changes the answer: model call parts, schema, verifier, input, chunking."""
    from summarizer.verify import VERIFIER_VERSION

    system, user = load_prompt("extract.system"), load_prompt("extract.user")
    return make_key(
        engine=VERSION, **model_call_parts(settings, system, user), schema=schema_hash(),
        verifier=VERIFIER_VERSION, input=hashlib.sha256(doc.text.encode()).hexdigest(),
        chunk=settings.chunk_chars,
    )


class LLMEngine:
    """The `Engine` that asks a model. The client is injected, or built on the first cache
    miss (importing openai + instructor costs ~0.7 s, and a cache hit never needs them)."""

    name = "llm"

    def __init__(self, settings: Settings, client: Any = None) -> None:
        self.settings = settings
        self._client = client

    @property
    def client(self) -> Any:
        if self._client is None:
            from summarizer.engines.client import make_client

            self._client = make_client(self.settings)
        return self._client

    def extract(self, doc: Document, mentions: list[NumberMention]) -> EngineResult:
        """Serve from the cache, or ask the model per chunk; only a run in which every chunk
        gave a usable answer is cached. Concurrent misses of one key (threads or processes)
        make one model call: the others wait on a lock and then read the cache."""
        started = time.perf_counter()
        settings = self.settings
        key = cache_key(doc, settings)
        if not settings.use_cache:
            result, _ = self._ask(doc, mentions)
        else:
            import diskcache

            with open_cache(settings) as cache:
                hit = cache.get(key)
                if hit is None:
                    with diskcache.Lock(cache, f"lock:{key}", expire=self._lock_seconds(doc)):
                        hit = cache.get(key)  # filled while we waited for the lock?
                        if hit is None:
                            result, healthy = self._ask(doc, mentions)
                            if healthy:
                                _store(cache, key, result, doc, mentions)
                if hit is not None:
                    result = _from_hit(hit, self._provenance())
        result.provenance.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
        return result

    def _lock_seconds(self, doc: Document) -> float:
        """How long a lock may be held before a crashed holder's lock expires: the longest a
        run can take (every chunk, every re-ask, every transport retry timing out)."""
        s = self.settings
        parts = max(1, len(doc.text) // s.chunk_chars + 1)
        return parts * (s.max_reasks + 1) * (s.max_transport_retries + 1) * (s.timeout + 20)

    def _provenance(self) -> Provenance:
        s = self.settings
        return Provenance(engine="llm", engine_version=VERSION, model=s.model,
                          base_url=s.openai_base_url,
                          prompt_version=load_prompt("extract.user").version)

    def _ask(self, doc: Document, mentions: list[NumberMention]) -> tuple[EngineResult, bool]:
        """One run against the model: (result, every chunk answered usably)."""
        settings = self.settings
        system, user = load_prompt("extract.system"), load_prompt("extract.user")
        client = self.client
        ledger = client.ledger
        before = (ledger.prompt_tokens, ledger.completion_tokens, ledger.re_asks,
                  ledger.transport_retries, len(ledger.notes))
        text = doc.text
        facts: dict[tuple[int, int, str], Achievement | Target] = {}
        actions: dict[tuple[int, int], ActionItem] = {}
        extra: dict[tuple[int, int], NumberMention] = {}
        parts = make_chunks(doc, mentions, settings.chunk_chars)
        healthy = True
        for n, chunk in enumerate(parts, 1):
            messages = [
                {"role": "system", "content": system.render()},
                {"role": "user", "content": user.render(
                    text=chunk.marked(text), part=n, parts=len(parts))},
            ]
            context: dict[str, Any] = {"mentions": {m.id: m for m in chunk.mentions},
                                       "text": text, "chunk": chunk}
            context["claims"] = _ClaimReask(doc, mentions, context, settings.max_reasks)
            try:
                answer = client.create(Extraction, messages, context)
            except ModelAnswerError as exc:
                answer = None if exc.truncated else _salvage(exc.last_content, context)
                if answer is None:
                    healthy = False
                    ledger.note(NoteKind.DROPPED_OUTPUT, f"chunk {n} of {len(parts)} dropped: {exc}")
                    continue
                ledger.note(NoteKind.DROPPED_OUTPUT, f"chunk {n} of {len(parts)}: "
                            f"{answer.rejected} item(s) still invalid after {exc.attempts} "
                            "attempt(s) were left out, the valid ones kept")
            for picked in answer.facts:
                fact = _to_fact(picked, context, extra, ledger)
                if fact is not None:  # one figure may measure two things (起数和死亡人数均下降22%)
                    key = (fact.evidence.start, fact.evidence.end, normalize(fact.metric))
                    facts.setdefault(key, fact)
            for act in answer.actions:
                quote = unmark(act.action)
                span = chunk.find(text, quote)
                if span is not None:
                    actions.setdefault(span, ActionItem(
                        action=quote, action_en=act.action_en or None,
                        evidence=Evidence(quote=quote, start=span[0], end=span[1])))
        provenance = self._provenance()
        provenance.mode = getattr(client, "mode_used", None) or settings.mode
        provenance.re_asks = ledger.re_asks - before[2]
        provenance.transport_retries = ledger.transport_retries - before[3]
        prompt, completion = ledger.prompt_tokens - before[0], ledger.completion_tokens - before[1]
        provenance.tokens = TokenUsage(prompt_tokens=prompt, completion_tokens=completion,
                                       total_tokens=prompt + completion)
        ordered = sorted(facts.values(), key=lambda f: f.evidence.start)
        draft = Draft(
            achievements=[f for f in ordered if not isinstance(f, Target)],
            targets=[f for f in ordered if isinstance(f, Target)],
            actions=sorted(actions.values(), key=lambda a: a.evidence.start),
            mentions=sorted(extra.values(), key=lambda m: m.start),
        )
        return EngineResult(draft, provenance, list(ledger.notes[before[4]:])), healthy


class _Salvaged(Extraction):
    rejected: int = 0


def _salvage(content: str | None, context: dict) -> _Salvaged | None:
    """The valid items of the model's last answer, when the answer as a whole is well-formed
    but some of its items stayed invalid through every re-ask: one wrong fact must not cost
    the chunk's other facts. None when the answer is not a facts/actions object."""
    try:
        data = json.loads(content or "")
    except ValueError:
        return None
    if not isinstance(data, dict) or not {"facts", "actions"} & set(data):
        return None
    items = {"facts": (PickedFact, data.get("facts", [])),
             "actions": (PickedAction, data.get("actions", []))}
    kept: dict[str, list] = {"facts": [], "actions": []}
    rejected = 0
    for name, (model, raw) in items.items():
        if not isinstance(raw, list):
            return None
        for item in raw:
            try:
                kept[name].append(model.model_validate(item, context=context))
            except ValueError:
                rejected += 1
    return _Salvaged(facts=kept["facts"], actions=kept["actions"], rejected=rejected)


def _to_fact(
    picked: PickedFact, ctx: dict, extra: dict[tuple[int, int], NumberMention], ledger: Any
) -> Achievement | Target | None:
    """Value, unit and span come from our mention (or our reading of the located quote); the
    quote runs from the metric to the figure (and its growth); ungrounded free text is cleared."""
    text: str = ctx["text"]
    mentions: dict[str, NumberMention] = ctx["mentions"]
    m = locate_figure(picked, ctx)
    if m is None:
        ledger.note(NoteKind.FIELD_CLEARED, f"quote '{picked.quote}' ends in no figure we can "
                    "read; the fact was left out")
        return None
    if m.id.startswith("q"):  # our reading of a quote: it grounds the fact like a mention
        m = extra.setdefault((m.start, m.end), m)
    lo, hi = _sentence(text, m.start, m.end)
    head = metric_head(picked.metric)
    start = m.start
    at = text.rfind(head, lo, m.start) if head else -1
    if at == -1 and head:
        at = normalize(text[lo:m.start]).rfind(normalize(head))
        at = lo + at if at != -1 else -1
    if at != -1:
        start = at
    quoted = ctx["chunk"].find(text, unmark(picked.quote).strip()) if picked.quote else None
    if quoted is not None and quoted[0] < start:
        start = quoted[0]  # the model quoted from its metric: the evidence starts there
    growth, negative = _growth(picked, m, mentions, text, hi)
    if picked.growth_mention_id and growth is None:
        ledger.note(NoteKind.FIELD_CLEARED, f"growth {picked.growth_mention_id} is not the "
                    f"growth of {m.id} (not right after it behind a growth word); left out")
    end = max(m.end, growth.end) if growth is not None else m.end
    growth_pct = None
    if growth is not None:
        growth_pct = -growth.value if negative else growth.value
    if m.value_normalized > 0 and m.start > 0 and text[m.start - 1] in "-−" and (
            m.start < 2 or not text[m.start - 2].isdigit()):
        # A minus sign the extractor left outside its mention (经济增速由一季度的-5.6%).
        m = m.model_copy(update={"value": -m.value, "value_normalized": -m.value_normalized})
        extra[(m.start, m.end)] = m
    elif growth is None and m.family in ("percent", "percentage_points") and m.value_normalized > 0:
        word = _GROWTH_WORD.search(text[max(lo, m.start - 10) : m.start])
        if word is not None and word.group("neg"):
            # A rate after a decline word is a change downwards (信访量下降28.5%): the value as
            # written, normalised negative, read from our mention by that rule (the signed
            # reading grounds the fact like any mention; absolute amounts keep their sign).
            m = m.model_copy(update={"value_normalized": -m.value_normalized})
            extra[(m.start, m.end)] = m
    sentence = text[lo:hi]
    fields: dict[str, Any] = dict(
        metric=unmark(picked.metric).strip() or m.raw, value=signed_as_written(text, m)[0],
        value_text=signed_as_written(text, m)[1],
        unit=m.unit, value_normalized=m.value_normalized, base_unit=m.base_unit,
        qualifier=m.qualifier, growth_pct=growth_pct,
        period=_grounded_period(picked.period, text, ledger, m.id),
        rank=m.raw if m.family == "rank" else None,
        evidence=Evidence(quote=text[start:end], start=start, end=end), mention_id=m.id,
    )
    fields["metric_en"] = _own_numbers_only(picked.metric_en, m, growth_pct, fields, ledger)
    if picked.kind == "target":
        commitment = unmark(picked.commitment).strip() or None
        if commitment and (normalize(commitment) not in normalize(sentence)
                           or _NUMBER_IN_TEXT.search(commitment)):
            ledger.note(NoteKind.FIELD_CLEARED, f"commitment '{commitment}' of {m.id} is not in "
                        "its sentence; cleared")
            commitment = None
        return Target(commitment=commitment, **fields)
    return Achievement(**fields)


def _growth(
    picked: PickedFact, m: NumberMention, mentions: dict[str, NumberMention], text: str, hi: int
) -> tuple[NumberMention | None, bool]:
    """The claimed growth figure when it is a percent right after the figure, in its sentence,
    behind a growth word, with no other amount between; its sign comes from the word."""
    g = mentions.get(picked.growth_mention_id) if picked.growth_mention_id else None
    if g is None or g.family != "percent" or not (m.end <= g.start < hi):
        return None, False
    if g.start - m.end > 40:
        return None, False
    between = [x for x in mentions.values() if m.end <= x.start and x.end <= g.start]
    if any(x.family != "percent" for x in between):
        return None, False
    word = _GROWTH_WORD.search(text[max(m.end, g.start - 10) : g.start])
    if word is None:
        return None, False
    minus = text[max(0, g.start - 1) : g.start] in ("-", "−")
    return g, bool(word.group("neg")) != minus


def _grounded_period(period: str, text: str, ledger: Any, mid: str) -> str | None:
    """A period the model names must be written in the source; anything else is cleared."""
    period = unmark(period).strip()
    if not period:
        return None
    if normalize(period) in normalize(text):
        return period
    ledger.note(NoteKind.FIELD_CLEARED, f"period '{period}' of {mid} is not in the source; cleared")
    return None


def _own_numbers_only(
    metric_en: str, m: NumberMention, growth: float | None, fields: dict, ledger: Any
) -> str | None:
    """metric_en may carry no number but the fact's own value, growth, or one written in its
    metric or period; else it is cleared (a model's number in English is never shown)."""
    if not metric_en:
        return None
    allowed = {m.value, abs(growth) if growth is not None else None}
    for own in (fields["metric"], fields["period"] or ""):
        allowed.update(float(x.replace(",", "")) for x in _NUMBER_IN_TEXT.findall(own))
    for number in _NUMBER_IN_TEXT.findall(metric_en):
        if float(number.replace(",", "")) not in allowed:
            ledger.note(NoteKind.FIELD_CLEARED, f"metric_en of {m.id} has the number {number}, "
                        "which is not the fact's own; cleared")
            return None
    return metric_en


def _from_hit(hit: dict, provenance: Provenance) -> EngineResult:
    draft = Draft(
        achievements=[Achievement.model_validate(a) for a in hit["achievements"]],
        targets=[Target.model_validate(t) for t in hit["targets"]],
        actions=[ActionItem.model_validate(a) for a in hit["actions"]],
        mentions=[NumberMention.model_validate(m) for m in hit.get("mentions", [])],
    )
    provenance.cache_hit = True
    provenance.mode = hit.get("mode")
    provenance.tokens = TokenUsage(saved_by_cache=hit.get("tokens", 0))
    # What the verifier rejected is not cached, but it is said again: --strict must give the
    # same verdict on a cache hit as on the run that filled the cache.
    notes = [Note(kind=NoteKind(n["kind"]), detail=n["detail"]) for n in hit.get("notes", [])]
    return EngineResult(draft, provenance, notes)


def _store(cache: Any, key: str, result: EngineResult, doc: Document,
           mentions: list[NumberMention]) -> None:
    """Store only facts the shared verifier accepts, plus a note of how many it rejected."""
    from summarizer.verify import check_fact

    draft = result.draft
    every = sorted([*mentions, *draft.mentions], key=lambda m: m.start)
    achievements = [f for f in draft.achievements if not check_fact(f, doc, every)]
    targets = [f for f in draft.targets if not check_fact(f, doc, every)]
    rejected = len(draft.achievements) + len(draft.targets) - len(achievements) - len(targets)
    notes = [{"kind": n.kind.value, "detail": f"cached result: {n.detail}"}
             for n in result.notes if n.kind is NoteKind.FIELD_CLEARED or n.kind in STRICT_NOTES]
    if rejected:
        notes.append({"kind": NoteKind.DROPPED_OUTPUT.value, "detail": f"cached result: {rejected} "
                      "fact(s) the verifier rejected were dropped (not cached)"})
    cache.set(key, {
        "achievements": [f.model_dump() for f in achievements],
        "targets": [f.model_dump() for f in targets],
        "actions": [a.model_dump() for a in draft.actions],
        "mentions": [m.model_dump() for m in draft.mentions],
        "tokens": result.provenance.tokens.total_tokens,
        "notes": notes,
        "mode": result.provenance.mode,
    })
