"""The only module that imports openai/instructor: builds the client and makes bounded calls."""

from __future__ import annotations

import json
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any

import instructor
import openai
import pydantic
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
)

from summarizer.engines.ledger import Ledger
from summarizer.engines.modes import failure_advice, negotiate, rejection
from summarizer.engines.quota import shared_quota
from summarizer.errors import ModelCallError, no_endpoint_error
from summarizer.settings import Settings

# instructor logs every failed attempt at ERROR; with no logging configured Python's last-resort
# handler printed those lines on stderr next to our one-line error. Ours: a NullHandler, so the
# messages reach the user's own handlers only when the user configures logging.
logging.getLogger("instructor").addHandler(logging.NullHandler())

_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
}


@dataclass
class LLMClient:
    """An instructor client plus the settings it was built from and a ledger hook.

    With `mode="auto"` there is one instructor client per mode tried (built on first use from
    the same OpenAI client) and `mode_used` says which one answered.
    """

    client: Any
    settings: Settings
    ledger: Ledger = field(default_factory=Ledger)
    raw: Any = None
    mode_used: str | None = None
    _by_mode: dict[str, Any] = field(default_factory=dict)

    def create(self, response_model: type, messages: list[dict], context: dict) -> Any:
        """One structured call in the configured mode, or the negotiated one for "auto"."""
        if self.settings.mode != "auto":
            return self._create(self.client, response_model, messages, context)
        result, self.mode_used = negotiate(
            self.settings,
            lambda mode: self._create(self._for_mode(mode), response_model, messages, context),
            first=self.mode_used,
            on_accepted=self._use_mode,
        )
        return result

    def _use_mode(self, mode: str) -> None:
        self.mode_used = mode

    def _for_mode(self, mode: str) -> Any:
        if mode not in self._by_mode:
            self._by_mode[mode] = _hooked(instructor.from_openai(self.raw, mode=_MODES[mode]), self)
        return self._by_mode[mode]

    def _create(self, client: Any, response_model: type, messages: list[dict], context: dict) -> Any:
        """One structured call: instructor re-asks on validation errors, tenacity on transport."""
        s = self.settings
        kwargs: dict[str, Any] = {
            "model": s.model,
            "response_model": response_model,
            "messages": messages,
            "max_retries": self._reask_policy(),
            "context": context,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
        }
        if s.seed is not None:
            kwargs["seed"] = s.seed
        retrying = Retrying(
            stop=stop_after_attempt(s.max_transport_retries + 1),
            retry=retry_if_exception(is_transient),
            wait=_wait,
            before_sleep=self._count_retry,
            reraise=True,
        )
        try:
            return retrying(client.chat.completions.create, **kwargs)
        except Exception as exc:  # noqa: BLE001 - turned into one clear line below
            cause = transport_cause(exc)
            if cause is not None:
                raise ModelCallError(
                    f"model call to {s.openai_base_url or 'api.openai.com'} failed after "
                    f"{self.ledger.transport_retries + 1} attempt(s): {_one_line(cause)}. "
                    + failure_advice(cause, s),
                    model=s.model,
                    attempts=self.ledger.transport_retries + 1,
                ) from exc
            raise

    def _reask_policy(self) -> Retrying:
        """Re-ask on parse/validation errors, at most max_reasks times, and stop early when the
        model repeats the error it was just told about (another re-ask would be wasted tokens)."""
        limit = self.settings.max_reasks
        seen: list[str] = []

        def repeated(state: RetryCallState) -> bool:
            exc = state.outcome.exception() if state.outcome else None
            message = " ".join(str(exc).split())
            again = bool(seen) and seen[-1] == message
            seen.append(message)
            return again

        def count(state: RetryCallState) -> None:
            self.ledger.re_asks += 1

        return Retrying(
            stop=stop_after_attempt(limit + 1) | repeated,
            retry=retry_if_exception_type((pydantic.ValidationError, json.JSONDecodeError)),
            before_sleep=count,
            reraise=True,
        )

    def _count_retry(self, state: RetryCallState) -> None:
        self.ledger.transport_retries += 1


def transport_cause(exc: BaseException | None) -> BaseException | None:
    """The openai transport error inside `exc` (instructor may wrap it), or None."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, (openai.APIError,)):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def is_transient(exc: BaseException) -> bool:
    """429, 5xx, timeouts and connection errors are worth another try; the rest are not, and
    neither is a server's refusal of the structured-output mode (llama-cpp-python sends it as
    a 500: retried, it failed five times in 9 s)."""
    if rejection(exc):
        return False
    cause = transport_cause(exc)
    if isinstance(cause, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(cause, openai.APIStatusError):
        return cause.status_code == 429 or cause.status_code >= 500
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    cause = transport_cause(exc)
    response = getattr(cause, "response", None)
    if response is None:
        return None
    value = response.headers.get("retry-after")
    try:
        return min(float(value), 60.0) if value is not None else None
    except ValueError:
        return None


def _wait(state: RetryCallState) -> float:
    """Exponential backoff with jitter; a server's Retry-After wins when it says longer."""
    exc = state.outcome.exception() if state.outcome else None
    backoff = min(0.5 * 2 ** (state.attempt_number - 1), 20.0) * (0.5 + random.random() / 2)
    hinted = _retry_after(exc)
    return max(backoff, hinted) if hinted is not None else backoff


def _one_line(exc: BaseException) -> str:
    status = getattr(exc, "status_code", None)
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__} {status}: {text}" if status else f"{type(exc).__name__}: {text}"


def make_client(settings: Settings) -> LLMClient:
    """Build the OpenAI client with SDK retries off (ours are bounded) and wrap it in instructor."""
    if not settings.llm_configured():
        raise no_endpoint_error(settings)
    # Every request (re-asks and retries too) passes the endpoint's process-wide quota.
    quota = shared_quota(settings.openai_base_url, settings.rpm, settings.tpm)
    raw = openai.OpenAI(
        api_key=settings.openai_api_key or "not-needed",
        base_url=settings.openai_base_url,
        timeout=settings.timeout,
        max_retries=0,
        http_client=openai.DefaultHttpxClient(
            timeout=settings.timeout,
            event_hooks={"request": [quota.on_request], "response": [quota.on_response]},
        ),
    )
    wrapped = LLMClient(client=None, settings=settings, raw=raw)
    if settings.mode != "auto":
        wrapped.client = _hooked(instructor.from_openai(raw, mode=_MODES[settings.mode]), wrapped)
        wrapped.mode_used = settings.mode
    return wrapped


def _hooked(client: Any, wrapped: LLMClient) -> Any:
    """Count usage and parse errors of `client` in the wrapper's ledger."""
    client.on("completion:response", wrapped.ledger.add_usage)
    client.on("parse:error", lambda error: _note_error(wrapped.ledger, error))
    return client


def _note_error(ledger: Ledger, error: BaseException) -> None:
    ledger.errors.append(" ".join(str(error).split())[:300])


def sleep(seconds: float) -> None:
    """Indirection so tests can see waits; never used to patch behaviour."""
    time.sleep(seconds)
