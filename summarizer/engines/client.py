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
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
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
from summarizer.errors import (
    ModelAnswerError,
    ModelCallError,
    SummarizerError,
    cause_chain,
    no_endpoint_error,
    redact,
)
from summarizer.models import NoteKind
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
        """One structured call in the configured mode, or the negotiated one for "auto".

        Every SDK exception leaves as one of ours (one line, the key redacted):
        `ModelCallError` when the endpoint failed, `ModelAnswerError` when it answered with
        nothing usable (cut off, never valid, no choices, not a chat completion)."""
        self.ledger.requests += 1
        try:
            if self.settings.mode != "auto":
                return self._create(self.client, response_model, messages, context)
            result, self.mode_used = negotiate(
                self.settings,
                lambda mode: self._create(self._for_mode(mode), response_model, messages, context),
                first=self.mode_used,
                on_accepted=self._use_mode,
            )
            return result
        except Exception as exc:  # noqa: BLE001 - every SDK error becomes one of ours, here
            ours = self._translate(exc)
            if ours is exc:
                raise  # already ours (redacted in place): keep the chain to the SDK's error
            raise ours from exc

    def _translate(self, exc: BaseException) -> SummarizerError:
        """instructor's and openai's exceptions as ours, one line each, the key redacted."""
        s = self.settings
        secret = s.openai_api_key
        if isinstance(exc, SummarizerError):
            exc.args = (redact(str(exc), secret),)
            return exc
        if isinstance(exc, IncompleteOutputException):  # its usage was counted by the hook
            return ModelAnswerError(
                f"the answer was cut off at max_tokens ({s.max_tokens})", truncated=True,
                attempts=1, last_content=_content(getattr(exc, "last_completion", None)),
            )
        if isinstance(exc, InstructorRetryException):
            usage = getattr(exc, "total_usage", None)
            if usage is not None and not self.ledger.prompt_tokens:
                self.ledger.add_usage(type("R", (), {"usage": usage})())
            tried = getattr(exc, "failed_attempts", None) or []
            last = tried[-1].exception if tried else exc
            attempts = getattr(exc, "n_attempts", None) or len(tried) or 1
            return ModelAnswerError(
                redact(f"no valid answer after {attempts} attempt(s): {_one_line(last)}", secret),
                attempts=attempts,
                last_content=_content(getattr(exc, "last_completion", None)),
            )
        # Anything else the SDKs raise on a malformed answer (no choices, a body that is no
        # chat completion): the endpoint answered, but not with an answer.
        return ModelAnswerError(redact(f"unusable answer: {_one_line(exc)}", secret), attempts=1)

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
                    redact(f"model call to {s.openai_base_url or 'api.openai.com'} failed after "
                           f"{self.ledger.transport_retries + 1} attempt(s): {_one_line(cause)}. "
                           + failure_advice(cause, s), s.openai_api_key),
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
    return next((e for e in cause_chain(exc, depth=5) if isinstance(e, openai.APIError)), None)


def is_transient(exc: BaseException) -> bool:
    """429, 5xx, timeouts and connection errors are worth another try; the rest are not, and
    neither is a server's refusal of the structured-output mode (llama-cpp-python sends it as
    a 500: retried, it failed five times in 9 s)."""
    if rejection(exc):
        return False
    cause = transport_cause(exc)
    if cause is not None and isinstance(cause.__cause__, OversizedAnswerError):
        return False  # an oversized answer would come back just as large
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


def _content(completion: Any) -> str | None:
    """The answer text of a completion's first choice (content, or a tool call's arguments)."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    if not message.content and calls:
        return getattr(getattr(calls[0], "function", None), "arguments", None)
    return message.content


def _one_line(exc: BaseException) -> str:
    if isinstance(exc.__cause__, OversizedAnswerError):
        return f"{type(exc).__name__}: {exc.__cause__}"
    if isinstance(exc, pydantic.ValidationError):  # our validators' messages, not pydantic's dump
        errors = exc.errors()
        parts = [f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in errors[:2]]
        more = f" (+{len(errors) - 2} more)" if len(errors) > 2 else ""
        return "; ".join(parts).replace("Value error, ", "") + more
    status = getattr(exc, "status_code", None)
    text = " ".join(str(exc).split())[:200].rstrip(".")
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
            event_hooks={"request": [quota.on_request],
                         "response": [quota.on_response, _refuse_oversized(settings)]},
        ),
    )
    ledger = Ledger(secrets=(settings.openai_api_key,) if settings.openai_api_key else ())
    wrapped = LLMClient(client=None, settings=settings, raw=raw, ledger=ledger)
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
    ledger.note(NoteKind.MODEL, f"answer rejected: {_one_line(error)}")


class OversizedAnswerError(Exception):
    """A response body far larger than any answer of max_tokens tokens can be."""


def max_answer_bytes(settings: Settings) -> int:
    """The largest body we read: 64 bytes per allowed token (JSON-escaped CJK is 6 bytes a
    character), never less than 256 KiB. A larger body is a misbehaving endpoint; reading it
    and sending it back in a re-ask would cost more than it could ever be worth."""
    return max(256 * 1024, 64 * settings.max_tokens)


def _refuse_oversized(settings: Settings):
    limit = max_answer_bytes(settings)

    def hook(response: Any) -> None:
        size = response.headers.get("content-length")
        if size is not None and size.isdigit() and int(size) > limit:
            response.close()
            raise OversizedAnswerError(
                f"the answer is {int(size):,} bytes, more than the {limit:,} an answer of "
                f"max_tokens={settings.max_tokens} can be"
            )

    return hook


def sleep(seconds: float) -> None:
    """Indirection so tests can see waits; never used to patch behaviour."""
    time.sleep(seconds)
