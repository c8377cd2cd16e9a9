"""LLM engine: the model picks mention ids and reads them; values and spans come from our mentions."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from summarizer.cache import make_key, model_call_parts, open_cache
from summarizer.models import (
    Achievement,
    ActionItem,
    Evidence,
    Meta,
    NumberMention,
    Provenance,
    Target,
    TokenUsage,
)
from summarizer.prompts import load_prompt
from summarizer.settings import Settings
from summarizer.verify import growth_sign

VERSION = "llm-1"
CONTEXT_CHARS = 24


class PickedFact(BaseModel):
    """One figure: the mention id plus the model's reading of it. Flat on purpose."""

    mention_id: str = Field(description="Id of a listed figure, e.g. 'm12'.")
    kind: Literal["achievement", "target"] = Field(description="Done/measured, or a goal.")
    metric: str = Field(description="What the figure measures, copied exactly from the text.")
    metric_en: str = Field(default="", description="Short English rendering of the metric.")
    period: str = Field(default="", description="Period as written, e.g. 上半年; empty if none.")
    commitment: str = Field(default="", description="For targets: 力争, 确保, 目标 … as written.")
    growth_mention_id: str = Field(default="", description="Id of its growth figure, or empty.")

    @field_validator("mention_id", "growth_mention_id")
    @classmethod
    def _known_id(cls, value: str, info: ValidationInfo) -> str:
        ctx = info.context or {}
        ids = ctx.get("mentions", {})
        if value and ids and value not in ids:
            raise ValueError(
                f"'{value}' is not a listed figure id; use one of the listed ids such as "
                f"{', '.join(list(ids)[:5])}"
            )
        return value

    @field_validator("metric")
    @classmethod
    def _metric_in_text(cls, value: str, info: ValidationInfo) -> str:
        text = (info.context or {}).get("text")
        if text and value and value not in text:
            raise ValueError(
                f"metric '{value}' is not in the report text; copy the words exactly as written"
            )
        return value


class PickedAction(BaseModel):
    """A measure, quoted exactly."""

    action: str = Field(description="The measure, copied exactly from the text.")
    action_en: str = Field(default="", description="English rendering.")

    @field_validator("action")
    @classmethod
    def _action_in_text(cls, value: str, info: ValidationInfo) -> str:
        text = (info.context or {}).get("text")
        if text and value not in text:
            raise ValueError(f"action '{value[:40]}' is not in the report text; quote it exactly")
        return value


class Extraction(BaseModel):
    """What the model returns for one chunk of a report."""

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


class _ClaimReask:
    """Re-ask sentences (worded by `verify.reask`) for facts whose claims fail: at most `limit`
    rounds and never the same list twice, then the answer is taken as it is and the verifier
    drops what still fails, so a claim the model cannot fix never costs the whole chunk."""

    def __init__(self, doc: Any, mentions: list[NumberMention], by_id: dict, limit: int) -> None:
        self.doc, self.mentions, self.by_id, self.limit = doc, mentions, by_id, limit
        self.rounds = 0
        self.last: list[str] = []

    def __call__(self, facts: list[PickedFact]) -> list[str]:
        from summarizer.verify import check_fact

        problems = []
        for picked in facts:
            fact = _to_fact(picked, self.by_id, self.doc.text)
            if fact is not None:
                problems += check_fact(fact, self.doc, self.mentions)
        self.rounds += 1
        if not problems or self.rounds > self.limit or problems == self.last:
            return []
        self.last = problems
        return problems


@dataclass
class Draft:
    """Same shape as the offline engine's draft."""

    meta: Meta
    achievements: list[Achievement]
    targets: list[Target]
    actions: list[ActionItem]


def schema_hash() -> str:
    """Changes whenever the schema sent to the model changes."""
    blob = json.dumps(Extraction.model_json_schema(), sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def chunks(text: str, size: int, overlap_paras: int = 1) -> list[tuple[int, str]]:
    """Split on paragraph boundaries; each chunk repeats the last paragraph(s) of the previous."""
    paras: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            paras.append((pos, line))
        pos += len(line)
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(paras):
        j, length = i, 0
        while j < len(paras) and (length == 0 or length + len(paras[j][1]) <= size):
            length += len(paras[j][1])
            j += 1
        start = paras[i][0]
        end = paras[j - 1][0] + len(paras[j - 1][1])
        out.append((start, text[start:end]))
        if j >= len(paras):
            break
        i = max(j - overlap_paras, i + 1)
    return out or [(0, text)]


def _cleaned(doc: Any) -> str:
    cleaned = getattr(doc, "cleaned", None)
    return cleaned() if callable(cleaned) else doc.text


def extract(
    doc: Any, mentions: list[NumberMention], *, client: Any, settings: Settings
) -> tuple[Draft, Provenance]:
    """Ask the model per chunk, build facts from OUR mentions, cache only verified results."""
    from summarizer.verify import VERIFIER_VERSION

    started = time.perf_counter()
    system, user = load_prompt("extract.system"), load_prompt("extract.user")
    key = make_key(
        engine=VERSION, **model_call_parts(settings, system, user), schema=schema_hash(),
        verifier=VERIFIER_VERSION, input=hashlib.sha256(doc.text.encode()).hexdigest(),
        chunk=settings.chunk_chars,
    )
    provenance = Provenance(
        engine="llm", engine_version=VERSION, model=settings.model,
        base_url=settings.openai_base_url, prompt_version=user.version,
    )
    if settings.use_cache:
        with open_cache(settings) as cache:
            hit = cache.get(key)
        if hit is not None:
            draft = Draft(
                meta=Meta.model_validate(hit["meta"]),
                achievements=[Achievement.model_validate(a) for a in hit["achievements"]],
                targets=[Target.model_validate(t) for t in hit["targets"]],
                actions=[ActionItem.model_validate(a) for a in hit["actions"]],
            )
            provenance.cache_hit = True
            provenance.mode = hit.get("mode")
            provenance.tokens = TokenUsage(saved_by_cache=hit.get("tokens", 0))
            # What the first run dropped is not cached, but it is said again: --strict must give
            # the same verdict on a cache hit as on the run that filled the cache.
            client.ledger.errors.extend(f"cached result: {n}" for n in hit.get("dropped", []))
            return draft, provenance

    text = doc.text
    by_id = {m.id: m for m in mentions}
    achievements: dict[tuple[int, int], Achievement] = {}
    targets: dict[tuple[int, int], Target] = {}
    actions: dict[tuple[int, int], ActionItem] = {}
    parts = chunks(_cleaned(doc), settings.chunk_chars)
    for n, (_, chunk_text) in enumerate(parts, 1):
        chunk_ids = {m.id: m for m in mentions if m.raw in chunk_text}
        listed = [
            {"id": m.id, "raw": m.raw,
             "context": text[max(0, m.start - CONTEXT_CHARS) : m.end + 8].replace("\n", " ")}
            for m in chunk_ids.values()
        ]
        messages = [
            {"role": "system", "content": system.render()},
            {"role": "user", "content": user.render(
                text=chunk_text, mentions=listed, part=n, parts=len(parts))},
        ]
        claims = _ClaimReask(doc, mentions, by_id, settings.max_reasks)
        result = _call(client, messages, {"mentions": chunk_ids, "text": chunk_text, "claims": claims})
        if result is None:
            continue
        for picked in result.facts:
            fact = _to_fact(picked, by_id, text)
            if fact is None:
                continue
            bucket = targets if isinstance(fact, Target) else achievements
            bucket.setdefault((fact.evidence.start, fact.evidence.end), fact)
        for act in result.actions:
            start = text.find(act.action)
            if start >= 0:
                actions.setdefault((start, start + len(act.action)), ActionItem(
                    action=act.action, action_en=act.action_en or None,
                    evidence=Evidence(quote=act.action, start=start, end=start + len(act.action))))
    ledger = client.ledger
    provenance.re_asks = ledger.re_asks
    provenance.transport_retries = ledger.transport_retries
    provenance.mode = getattr(client, "mode_used", None) or settings.mode
    provenance.tokens = TokenUsage(
        prompt_tokens=ledger.prompt_tokens, completion_tokens=ledger.completion_tokens,
        total_tokens=ledger.prompt_tokens + ledger.completion_tokens,
    )
    draft = Draft(
        meta=Meta(), achievements=list(achievements.values()), targets=list(targets.values()),
        actions=list(actions.values()),
    )
    if settings.use_cache:
        dropped = [e for e in ledger.errors if "dropped" in e]
        _store(settings, key, draft, doc, mentions, provenance.tokens.total_tokens, dropped,
               provenance.mode)
    provenance.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
    return draft, provenance


def _call(client: Any, messages: list[dict], context: dict) -> Extraction | None:
    """One chunk; after the last re-ask the chunk yields nothing rather than unverified guesses."""
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

    try:
        return client.create(Extraction, messages, context)
    except IncompleteOutputException:  # finish_reason=length: the answer was cut off
        client.ledger.errors.append("chunk dropped: the answer was truncated (max_tokens)")
        return None
    except InstructorRetryException as exc:
        usage = getattr(exc, "total_usage", None)
        if usage is not None and not client.ledger.prompt_tokens:
            client.ledger.add_usage(type("R", (), {"usage": usage})())
        tried = getattr(exc, "failed_attempts", None) or []
        last = " ".join(str(tried[-1].exception if tried else exc).split())  # one line, no XML dump
        attempts = getattr(exc, "n_attempts", None) or len(tried)
        client.ledger.errors.append(f"chunk dropped after {attempts} attempt(s): {last[:200]}")
        return None


def _to_fact(picked: PickedFact, by_id: dict, text: str) -> Achievement | Target | None:
    """Value, unit and span come from our mention; the quote runs from the metric to the figure."""
    m = by_id.get(picked.mention_id)
    if m is None:
        return None
    start = m.start
    lo = text.rfind(picked.metric, max(0, m.start - 80), m.start) if picked.metric else -1
    if lo >= 0:
        start = lo
    growth = by_id.get(picked.growth_mention_id) if picked.growth_mention_id else None
    if growth is not None and not (m.end <= growth.start <= m.end + 40):
        growth = None  # a growth figure must follow its figure closely; else ignore the claim
    end = growth.end if growth is not None else m.end
    fields: dict[str, Any] = dict(
        metric=picked.metric or m.raw, metric_en=picked.metric_en or None, value=m.value,
        value_text=m.value_text, unit=m.unit, value_normalized=m.value_normalized,
        base_unit=m.base_unit, qualifier=m.qualifier, period=picked.period or None,
        growth_pct=growth_sign(text[max(0, growth.start - 8) : growth.start]) * growth.value
        if growth is not None and growth.family == "percent" else None,  # 下降3.1% is -3.1
        evidence=Evidence(quote=text[start:end], start=start, end=end), mention_id=m.id,
    )
    if picked.kind == "target":
        return Target(commitment=picked.commitment or None, **fields)
    return Achievement(**fields)


def _store(
    settings: Settings, key: str, draft: Draft, doc: Any, mentions: list, tokens: int,
    dropped: list[str], mode: str | None = None,
) -> None:
    """Store only facts the shared verifier accepts, plus notes of what was dropped."""
    from summarizer.verify import check_fact

    achievements = [f for f in draft.achievements if not check_fact(f, doc, mentions)]
    targets = [f for f in draft.targets if not check_fact(f, doc, mentions)]
    rejected = len(draft.achievements) + len(draft.targets) - len(achievements) - len(targets)
    if rejected:
        dropped = [*dropped, f"{rejected} fact(s) the verifier rejected were dropped (not cached)"]
    with open_cache(settings) as cache:
        cache.set(key, {
            "meta": draft.meta.model_dump(),
            "achievements": [f.model_dump() for f in achievements],
            "targets": [f.model_dump() for f in targets],
            "actions": [a.model_dump() for a in draft.actions],
            "tokens": tokens,
            "dropped": dropped,
            "mode": mode,
        })
