"""Structured-output mode negotiation (`SUMMARIZER_MODE=auto`).

OpenAI-compatible servers each accept a different subset of the three ways instructor asks for
structure: `json_schema` (response_format with a schema), `tools` (a forced function call) and
`json` (response_format json_object plus the schema in the prompt). A server that does not take
a mode says so deterministically -- a 4xx naming response_format/tools, or llama-cpp-python's
HTTP 500 carrying a request-validation error -- and retrying that as if it were a transient
fault only wastes time. Here a rejection is recognised, the next mode is tried, and the mode
that worked is remembered per (base URL, model) in the cache directory.

No SDK import: errors are read by duck typing (status_code, body), so a cache hit stays light.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from summarizer.cache import cache_dir
from summarizer.errors import ModelCallError, cause_chain
from summarizer.settings import Settings

T = TypeVar("T")

# Strongest first: a schema the server enforces, then a forced tool call, then plain JSON.
MODE_ORDER = ("json_schema", "tools", "json")

# A rejection names the request part it refuses.
_MODE_WORDS = re.compile(r"response_format|json_schema|json_object|\btools?\b|tool_choice|"
                         r"function|guided_json|grammar", re.I)
# llama-cpp-python wraps FastAPI's request validation error into a 500 (its RouteErrorHandler):
# only a 500 that reads like validation of a mode field is a rejection; any other 500 is a fault.
_VALIDATION_WORDS = re.compile(r"Input should be|literal_error|validation error|extra_forbidden|"
                               r"not supported|unsupported|not permitted|Extra inputs", re.I)
_REJECTING_4XX = {400, 405, 415, 422, 501}
_lock = threading.Lock()


def status_error(exc: BaseException | None) -> Any:
    """The HTTP status error inside `exc` (wrapped by instructor or by us), or None."""
    for item in cause_chain(exc, depth=6):
        if isinstance(getattr(item, "status_code", None), int) and hasattr(item, "response"):
            return item
    return None


def error_text(err: Any) -> str:
    """The server's error message as one line (body 'error.message' if it has one)."""
    body = getattr(err, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        text = message if isinstance(message, str) else json.dumps(body, ensure_ascii=False)
    else:
        text = str(getattr(err, "message", "") or err)
    return " ".join(text.split())


def rejection(exc: BaseException | None) -> str | None:
    """Why the server refused this request's structured-output mode, or None if it did not."""
    err = status_error(exc)
    if err is None:
        return None
    status, text = err.status_code, error_text(err)
    if status in _REJECTING_4XX and _MODE_WORDS.search(text):
        return f"HTTP {status}: {text[:160]}"
    if status == 500 and _MODE_WORDS.search(text) and _VALIDATION_WORDS.search(text):
        return f"HTTP {status}: {text[:160]}"
    return None


_PARSE_FAILURES = {"InstructorRetryException", "IncompleteOutputException", "ValidationError",
                   "JSONDecodeError"}
_NO_ANSWER = {"APIConnectionError", "APITimeoutError"}


def answered(exc: BaseException | None) -> bool:
    """True when the server took the request and answered (the answer failed to parse or was
    cut off): the mode works, the model's answer did not."""
    names = {type(item).__name__ for item in cause_chain(exc, depth=6)}
    return status_error(exc) is None and not names & _NO_ANSWER and bool(names & _PARSE_FAILURES)


def _memory_path(settings: Settings) -> Path:
    return cache_dir(settings).parent / "modes.json"


def _memory_key(settings: Settings) -> str:
    return f"{settings.openai_base_url or 'https://api.openai.com/v1'} {settings.model}"


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_mode(settings: Settings) -> str | None:
    """The mode that last worked for this base URL and model, if any."""
    mode = _read(_memory_path(settings)).get(_memory_key(settings))
    return mode if mode in MODE_ORDER else None


def remember_mode(settings: Settings, mode: str) -> None:
    """Write the working mode (atomically; a read-only cache dir only costs a probe next time)."""
    path = _memory_path(settings)
    with _lock:
        data = _read(path)
        if data.get(_memory_key(settings)) == mode:
            return
        data[_memory_key(settings)] = mode
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".modes.", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1, sort_keys=True)
            os.replace(tmp, path)
        except OSError:
            pass


def _accepted(settings: Settings, mode: str, first: str | None,
              on_accepted: Callable[[str], None] | None) -> None:
    """The server took a request in `mode`: remember it (unless the client already used it)."""
    if mode != first:
        remember_mode(settings, mode)
    if on_accepted:
        on_accepted(mode)


def negotiate(settings: Settings, attempt: Callable[[str], T], first: str | None = None,
              on_accepted: Callable[[str], None] | None = None) -> tuple[T, str]:
    """Call `attempt(mode)` with the strongest mode the server accepts; return (result, mode).

    Starts with `first` (the mode this client already uses) or the remembered mode. A rejection
    moves on to the next mode without a retry; any other error is the caller's, after
    `on_accepted(mode)` when the server did take the request (the answer failed to parse).
    """
    known = first or remembered_mode(settings)
    order = [known, *[m for m in MODE_ORDER if m != known]] if known else list(MODE_ORDER)
    refused: list[str] = []
    for mode in order:
        try:
            result = attempt(mode)
        except Exception as exc:  # noqa: BLE001 - only a rejection is handled here
            reason = rejection(exc)
            if reason is None:
                if answered(exc):  # taken, though this answer did not parse
                    _accepted(settings, mode, first, on_accepted)
                raise
            refused.append(f"{mode}: {reason}")
            continue
        _accepted(settings, mode, first, on_accepted)
        return result, mode
    where = settings.openai_base_url or "api.openai.com"
    raise ModelCallError(
        f"the server at {where} rejected every structured-output mode ({'; '.join(refused)}). "
        "Run `summarizer doctor` to see what it accepts.",
        model=settings.model, attempts=len(refused),
    )


def failure_advice(err: Any, settings: Settings) -> str:
    """The fix to print after a failed call, by what the server said."""
    status = getattr(err, "status_code", None)
    if status in (401, 403):
        from summarizer.providers import get_preset

        key = get_preset(settings.provider).key_env if settings.provider else None
        return (f"The server rejected the API key: set {key or 'OPENAI_API_KEY'} to a valid key "
                "(`summarizer doctor` checks it).")
    if status == 404:
        return (f"Model '{settings.model}' was not found: set SUMMARIZER_MODEL (or --model) to a "
                "model the server lists (`summarizer doctor` lists them).")
    if rejection(err):
        return (f"The server does not accept SUMMARIZER_MODE={settings.mode}: use "
                "SUMMARIZER_MODE=auto to pick a mode it accepts (`summarizer doctor` shows them).")
    return "Check the endpoint, key and model name, or retry later."
