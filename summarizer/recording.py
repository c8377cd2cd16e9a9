"""Cassette rules shared by `summarizer record`/`replay`, `summarizer.testing` and our own tests.

A cassette is a vcrpy YAML file of the HTTP requests a run made and the answers it got.
Requests match on method, URI and the body as canonical JSON (key order and whitespace
ignored, pydantic's versioned doc URL in re-ask messages masked), never on volatile headers.
Nothing secret is written: auth headers are dropped and the configured key is replaced
wherever it appears, in request or response, headers or bodies (some servers echo it).

vcrpy is an optional dependency (`pip install "summarizer[record]"`): only recording and
replaying need it, and it patches HTTP libraries, which a plain install should not carry.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

from summarizer.errors import ConfigError, cause_chain

REDACTED = "REDACTED"
# Request headers never written (vcrpy's filter_headers); vcrpy compares them case-insensitively.
SECRET_REQUEST_HEADERS = ("authorization", "api-key", "x-api-key", "openai-organization",
                          "openai-project", "cookie", "proxy-authorization")
# Response headers that identify an account or a session, and `date`, which changes on every
# recording (left in, re-recording rewrote every cassette).
SECRET_RESPONSE_HEADERS = ("set-cookie", "openai-organization", "openai-project", "x-request-id",
                           "cf-ray", "authorization", "api-key", "x-api-key", "date")
# Re-ask messages quote pydantic's error text, which links to a versioned page
# (https://errors.pydantic.dev/2.14/v/value_error): a pydantic upgrade must not break replay.
_PYDANTIC_URL = re.compile(r"errors\.pydantic\.dev/[^/\s\"'\\]+/")


def normalized_body(body: bytes | str | None) -> object:
    """A request body as canonical JSON (key order and whitespace ignored), version-free."""
    text = body.decode("utf-8") if isinstance(body, bytes) else (body or "")
    text = _PYDANTIC_URL.sub("errors.pydantic.dev/VERSION/", text)
    try:
        return json.loads(text)
    except ValueError:
        return text


def canonical_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: bodies equal as canonical JSON, pydantic doc-URL versions ignored."""
    assert normalized_body(r1.body) == normalized_body(r2.body), "request bodies differ"


def redact(text: str, key: str | None) -> str:
    """`text` with the key (and a 'Bearer <key>' around it) replaced."""
    if not key or len(key) < 4:
        return text
    return re.sub(r"(?:Bearer\s+)?" + re.escape(key), REDACTED, text)


def _redact_body(body: Any, key: str | None) -> Any:
    if not key or body is None:
        return body
    if isinstance(body, bytes):
        text = body.decode("utf-8", errors="surrogateescape")
        return redact(text, key).encode("utf-8", errors="surrogateescape")
    return redact(body, key) if isinstance(body, str) else body


def scrub_request(request: Any, key: str | None = None) -> Any:
    """Before a request is written (and matched): no auth headers, no key in URI or body."""
    for name in list(request.headers):
        if name.lower() in SECRET_REQUEST_HEADERS:
            del request.headers[name]
        elif key and key in str(request.headers[name]):
            request.headers[name] = redact(str(request.headers[name]), key)
    if key and key in request.uri:
        request.uri = redact(request.uri, key)
    request.body = _redact_body(request.body, key)
    return request


def scrub_response(response: dict, key: str | None = None) -> dict:
    """Before a response is written: no account headers, no key anywhere."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_RESPONSE_HEADERS:
            del headers[name]
        elif key:
            headers[name] = [redact(str(v), key) for v in headers[name]] \
                if isinstance(headers[name], list) else redact(str(headers[name]), key)
    body = response.get("body", {})
    if isinstance(body, dict) and "string" in body:
        body["string"] = _redact_body(body["string"], key)
    return response


def cassette_rules(key: str | None = None, record_mode: str = "none") -> dict[str, Any]:
    """vcrpy settings: what is matched, what is removed before writing."""
    return {
        "record_mode": record_mode,
        "filter_headers": list(SECRET_REQUEST_HEADERS),
        "before_record_request": partial(scrub_request, key=key),
        "before_record_response": partial(scrub_response, key=key),
        "decode_compressed_response": True,
        "match_on": ["method", "uri", "canonical_body"],
    }


def require_vcr() -> Any:
    """The vcr module, or a ConfigError that says how to install it."""
    try:
        import vcr
    except ImportError:
        raise ConfigError(
            "recording and replaying model answers needs vcrpy, which is not installed. "
            "Install it with: pip install \"summarizer[record]\""
        ) from None
    return vcr


def make_vcr(key: str | None = None, record_mode: str = "none") -> Any:
    """A vcr.VCR with our rules and the canonical-body matcher registered."""
    vcr = require_vcr()
    rules = cassette_rules(key, record_mode)
    recorder = vcr.VCR(**{k: v for k, v in rules.items() if k != "match_on"},
                       match_on=rules["match_on"])
    recorder.register_matcher("canonical_body", canonical_body)
    return recorder


def unmatched_request(exc: BaseException | None) -> BaseException | None:
    """vcrpy's 'request not in the cassette' error inside `exc` (the SDK wraps it), or None."""
    return next((e for e in cause_chain(exc, depth=8)
                 if type(e).__name__ == "CannotOverwriteExistingCassetteException"
                 or isinstance(e, NetworkBlockedError)), None)


class NetworkBlockedError(OSError):
    """A connection was attempted while replaying (nothing may leave the process)."""


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Block every outgoing connection (yields the list of blocked addresses)."""
    blocked: list[str] = []
    original_connect, original_connect_ex = socket.socket.connect, socket.socket.connect_ex
    original_create = socket.create_connection

    def refuse(address: Any) -> None:
        blocked.append(str(address))
        raise NetworkBlockedError(f"network access blocked while replaying: {address}")

    def connect(self: socket.socket, address: Any) -> None:
        refuse(address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        refuse(address)
        return 1

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        refuse(address)
        raise AssertionError("unreachable")

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.create_connection = create_connection  # type: ignore[assignment]
    try:
        yield blocked
    finally:
        socket.socket.connect = original_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = original_connect_ex  # type: ignore[method-assign]
        socket.create_connection = original_create  # type: ignore[assignment]
