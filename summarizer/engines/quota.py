"""Provider quotas shared by every worker thread: requests/tokens per minute and a common pause.

Sixteen workers that each back off alone from a 429 keep hitting the quota; here every HTTP
request to one endpoint passes one `Quota` (hooked into the SDK's HTTP client, so re-asks and
retries count too). Requests are spread evenly — one every 60/rpm s, and tokens paid at tpm/60
a second (a request's estimate is prompt + max_tokens, corrected by the usage the server
reports) — and a 429 with Retry-After pauses every worker of the process until it has passed.
Processes do not share a Quota (on Dask give each worker its share of the limits).
"""

from __future__ import annotations

import email.utils
import json
import re
import threading
import time
from collections.abc import Callable
from typing import Any

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_MAX_PAUSE = 120.0


class Quota:
    """One endpoint's limits; thread-safe. `clock`/`sleep` are injectable for tests of timing."""

    def __init__(
        self,
        rpm: int | None = None,
        tpm: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.rpm, self.tpm = rpm, tpm
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._next_request = 0.0  # earliest start of the next request (rpm)
        self._next_tokens = 0.0  # when the tokens spent so far are paid off (tpm)
        self.paused_until = 0.0  # a 429's Retry-After, for everyone
        self.waited = 0.0  # seconds spent waiting, all threads together
        self.requests = 0
        self.pauses = 0

    def acquire(self, tokens: int = 0) -> float:
        """Block until a request of about `tokens` tokens may start; return the seconds waited."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_request, self._next_tokens, self.paused_until)
            if self.rpm:
                self._next_request = start + 60.0 / self.rpm
            if self.tpm:
                self._next_tokens = start + tokens * 60.0 / self.tpm
            self.requests += 1
        waited = 0.0
        while True:
            delay = start - self._clock()
            if delay <= 0:
                break
            self._sleep(delay)
            waited += delay
            with self._lock:  # a 429 seen meanwhile pushes everyone back
                start = max(start, self.paused_until)
        with self._lock:
            self.waited += waited
        return waited

    def settle(self, estimated: int, used: int) -> None:
        """Correct the token account once the server reported what a request really used."""
        if self.tpm and used >= 0:
            with self._lock:
                self._next_tokens += (used - estimated) * 60.0 / self.tpm

    def pause(self, seconds: float) -> None:
        """Hold every worker back for `seconds` from now (a 429 with Retry-After)."""
        with self._lock:
            until = self._clock() + min(max(seconds, 0.0), _MAX_PAUSE)
            if until > self.paused_until:
                self.paused_until = until
                self.pauses += 1

    # --- hooks for the SDK's HTTP client (request/response objects of httpx's shape) ---------

    def on_request(self, request: Any) -> None:
        estimate = estimate_tokens(getattr(request, "content", b"") or b"")
        request.extensions = {**getattr(request, "extensions", {}), "summarizer_tokens": estimate}
        self.acquire(estimate)

    def on_response(self, response: Any) -> None:
        if response.status_code == 429:
            seconds = retry_after_seconds(response.headers.get("retry-after"))
            if seconds is not None:
                self.pause(seconds)
            return
        if not self.tpm or response.status_code >= 400:
            return
        estimate = response.request.extensions.get("summarizer_tokens", 0)
        try:
            response.read()
            used = int(json.loads(response.content)["usage"]["total_tokens"])
        except (ValueError, KeyError, TypeError):
            return
        self.settle(estimate, used)


def estimate_tokens(body: bytes) -> int:
    """Tokens a chat request may use: its text (a CJK character ~1 token, else ~4 characters a
    token) plus the `max_tokens` it allows the answer (providers count that up front too)."""
    try:
        data = json.loads(body)
    except ValueError:
        return len(body) // 4
    text = "".join(str(m.get("content") or "") for m in data.get("messages", []) if isinstance(m, dict))
    cjk = len(_CJK.findall(text))
    return cjk + (len(text) - cjk) // 4 + int(data.get("max_tokens") or 0)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


_SHARED: dict[tuple, Quota] = {}
_SHARED_LOCK = threading.Lock()


def shared_quota(base_url: str | None, rpm: int | None, tpm: int | None) -> Quota:
    """The process-wide Quota of an endpoint (every client built for it gets the same one)."""
    key = (base_url or "https://api.openai.com/v1", rpm, tpm)
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = Quota(rpm, tpm)
        return _SHARED[key]
