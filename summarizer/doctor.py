"""`summarizer doctor`: does my endpoint work, and with which settings?

One GET /models (reachable, authenticated, model listed, context size when the server says)
and one tiny structured request per mode (json_schema, tools, json), each with no retries and
no re-asks. The key is never part of the result: server texts that echo it are masked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from summarizer.engines.modes import (
    MODE_ORDER,
    answered,
    error_text,
    rejection,
    remember_mode,
    status_error,
)
from summarizer.errors import ConfigError
from summarizer.settings import Settings

# Where servers put the context size in /models entries: vLLM max_model_len, llama.cpp's
# server meta.n_ctx_train, LM Studio / OpenRouter style context_length.
_CONTEXT_KEYS = ("max_model_len", "context_length", "context_window", "n_ctx", "n_ctx_train")


class Probe(BaseModel):
    """The smallest answer a model can give in a structured mode."""

    ok: bool = Field(description="Always true.")


PROBE_MESSAGES = [
    {"role": "system", "content": "Answer with a JSON object that follows the schema."},
    {"role": "user", "content": 'Reply with {"ok": true}.'},
]


@dataclass
class ModeResult:
    """What one mode's probe gave: works, accepted (the answer did not parse), rejected, error."""

    mode: str
    status: str
    detail: str = ""
    latency_ms: float = 0.0

    @property
    def usable(self) -> bool:
        return self.status in ("works", "accepted")


@dataclass
class Diagnosis:
    """Everything `summarizer doctor` found out."""

    base_url: str
    model: str | None
    mode_setting: str
    key_set: bool
    key_env: str = "OPENAI_API_KEY"
    reachable: bool | None = None
    authenticated: bool | None = None
    models: list[str] | None = None  # None: the server does not list models
    context_size: int | None = None
    models_detail: str = ""
    models_latency_ms: float = 0.0
    modes: list[ModeResult] = field(default_factory=list)

    @property
    def best(self) -> ModeResult | None:
        """The strongest mode that works (a parsed answer beats a merely accepted request)."""
        for status in ("works", "accepted"):
            for result in self.modes:
                if result.status == status:
                    return result
        return None

    @property
    def model_listed(self) -> bool | None:
        return None if self.models is None or self.model is None else self.model in self.models


def diagnose(settings: Settings) -> Diagnosis:
    """Probe the configured endpoint; remembers the best mode for `SUMMARIZER_MODE=auto`."""
    if not (settings.openai_base_url or settings.openai_api_key):
        from summarizer.errors import PROVIDER_INSTEAD, no_endpoint_error

        raise no_endpoint_error(settings, instead=PROVIDER_INSTEAD)
    key = settings.openai_api_key or ""
    probe_settings = settings.model_copy(update={
        "max_reasks": 0, "max_transport_retries": 0, "max_tokens": 64,
        "timeout": min(settings.timeout, 60.0), "temperature": 0.0,
    })
    found = Diagnosis(base_url=settings.openai_base_url or "https://api.openai.com/v1",
                      model=settings.model, mode_setting=settings.mode, key_set=bool(key),
                      key_env=_key_env(settings))
    _list_models(found, probe_settings, key)
    if found.reachable is False or found.authenticated is False or not settings.model:
        return found
    for mode in MODE_ORDER:
        found.modes.append(_probe(probe_settings.model_copy(update={"mode": mode}), key))
    best = found.best
    if best is not None:
        remember_mode(settings, best.mode)
    return found


def _key_env(settings: Settings) -> str:
    if settings.provider:
        from summarizer.providers import get_preset

        return get_preset(settings.provider).key_env or "OPENAI_API_KEY"
    return "OPENAI_API_KEY"


def _mask(text: str, key: str) -> str:
    return text.replace(key, "***") if key and len(key) >= 4 else text


def _list_models(found: Diagnosis, settings: Settings, key: str) -> None:
    import openai

    raw = openai.OpenAI(api_key=key or "not-needed", base_url=settings.openai_base_url,
                        timeout=settings.timeout, max_retries=0)
    models_api = raw.models  # imports openai.resources (~0.6 s): not part of the latency
    started = time.perf_counter()
    try:
        page = models_api.list()
    except openai.APIConnectionError as exc:
        found.reachable = False
        found.models_detail = _mask(" ".join(str(exc).split())[:160], key)
        return
    except openai.APIStatusError as exc:
        found.reachable = True
        found.authenticated = exc.status_code not in (401, 403)
        found.models_detail = _mask(f"HTTP {exc.status_code}: {error_text(exc)[:160]}", key)
        return
    finally:
        found.models_latency_ms = round((time.perf_counter() - started) * 1000, 1)
    found.reachable = found.authenticated = True
    entries = list(page.data)
    found.models = [entry.id for entry in entries]
    for entry in entries:
        if entry.id == settings.model or len(entries) == 1:
            found.context_size = _context_size(entry.model_dump())


def _context_size(entry: dict[str, Any]) -> int | None:
    for where in (entry, entry.get("meta") or {}):
        for name in _CONTEXT_KEYS:
            value = where.get(name) if isinstance(where, dict) else None
            if isinstance(value, int) and value > 0:
                return value
    return None


def _probe(settings: Settings, key: str) -> ModeResult:
    """One tiny request in one mode, classified."""
    from summarizer.engines.client import make_client

    client = make_client(settings)
    started = time.perf_counter()
    try:
        client.create(Probe, PROBE_MESSAGES, {})
        status, detail = "works", ""
    except Exception as exc:  # noqa: BLE001 - every outcome is a table row
        reason = rejection(exc)
        err = status_error(exc)
        if reason:
            status, detail = "rejected", reason
        elif err is not None:
            status, detail = "error", f"HTTP {err.status_code}: {error_text(err)[:120]}"
        elif answered(exc):
            status, detail = "accepted", "the server took the request; the answer did not parse"
        else:
            status, detail = "error", " ".join(str(exc).split())[:120]
    latency = round((time.perf_counter() - started) * 1000, 1)
    return ModeResult(settings.mode, status, _mask(detail, key), latency)


def render(found: Diagnosis) -> str:
    """The short table `summarizer doctor` prints, and the settings to use."""

    def yes(value: bool | None, unknown: str = "unknown") -> str:
        return unknown if value is None else ("yes" if value else "no")

    listed = yes(found.model_listed, "-" if found.authenticated is False or found.models
                 is not None else "the server does not list models")
    if found.models is not None and found.model_listed is False:
        shown = ", ".join(found.models[:5]) + (" …" if len(found.models) > 5 else "")
        listed = f"no (the server lists: {shown or 'nothing'})"
    rows = [
        ("endpoint", found.base_url),
        ("model", found.model or "(not set: SUMMARIZER_MODEL)"),
        ("API key", "set (not shown)" if found.key_set else "not set"),
        ("reachable", yes(found.reachable) + (f" ({found.models_detail})"
                                              if found.reachable is False else "")),
        ("authenticated", yes(found.authenticated) + (f" ({found.models_detail})"
                                                      if found.authenticated is False else "")),
        ("model listed", listed),
        ("context size", f"{found.context_size} tokens" if found.context_size else "not reported"),
        ("GET /models", f"{found.models_latency_ms:.0f} ms"),
    ]
    width = max(len(name) for name, _ in rows) + 2
    lines = [f"{name.ljust(width)}{value}" for name, value in rows]
    if found.modes:
        lines += ["", f"{'mode'.ljust(13)}{'result'.ljust(10)}{'latency'.rjust(9)}  detail"]
        lines += [f"{r.mode.ljust(13)}{r.status.ljust(10)}{f'{r.latency_ms:.0f} ms'.rjust(9)}  "
                  f"{r.detail}".rstrip() for r in found.modes]
    lines.append("")
    best = found.best
    if best is None:
        lines.append("no mode works: " + _why_not(found))
    else:
        url = "" if found.base_url == "https://api.openai.com/v1" else \
            f"OPENAI_BASE_URL={found.base_url} "
        mode = f"SUMMARIZER_MODE={best.mode}"
        lines.append(f"use: {url}SUMMARIZER_MODEL={found.model} {mode}"
                     + ("" if found.key_set else " (no key needed)"))
        if found.mode_setting == "auto":
            lines.append(f"(SUMMARIZER_MODE=auto, the default, now picks {best.mode} here)")
        elif found.mode_setting != best.mode and not any(
                r.mode == found.mode_setting and r.usable for r in found.modes):
            lines.append(f"(your SUMMARIZER_MODE={found.mode_setting} does not work here)")
    return "\n".join(lines) + "\n"


def _why_not(found: Diagnosis) -> str:
    if found.reachable is False:
        return "the server is not reachable; check OPENAI_BASE_URL and that the server runs."
    if found.authenticated is False:
        return f"the server rejected the API key; set {found.key_env} to a valid key."
    if not found.model:
        return "no model is set; set SUMMARIZER_MODEL to one the server lists."
    if found.model_listed is False:
        return "the model is not served here; set SUMMARIZER_MODEL to one the server lists."
    return "the server refused every structured-output mode (see the table)."


def require_usable(found: Diagnosis) -> None:
    """Raise (exit 2) when no mode works, after the table was printed."""
    if found.best is None:
        raise ConfigError(f"doctor: {found.base_url}: {_why_not(found)}")
