"""Cassette settings for LLM tests: secrets filtered, bodies matched as canonical JSON."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "cassettes"
# `date` changes on every recording: left in, `make record` modified every tracked cassette.
SCRUB_RESPONSE_HEADERS = ("set-cookie", "openai-organization", "openai-project", "x-request-id",
                          "cf-ray", "authorization", "date")
AUTHORED_HEADER = (
    "# AUTHORED fixture: response bodies written by hand in the OpenAI chat.completions wire\n"
    "# format (what a capable model answers); requests are what the real openai client sent.\n"
    "# Not a recording from a real server.\n"
)


# Re-ask messages quote pydantic's error text, which links to a versioned page
# (https://errors.pydantic.dev/2.14/v/value_error): a pydantic upgrade must not break replay.
_PYDANTIC_URL = re.compile(r"errors\.pydantic\.dev/[0-9][0-9.]*/")


def normalized_body(body: bytes | str | None) -> object:
    """A request body as canonical JSON (key order and whitespace ignored), version-free."""
    text = body.decode("utf-8") if isinstance(body, bytes) else (body or "")
    text = _PYDANTIC_URL.sub("errors.pydantic.dev/VERSION/", text)
    try:
        return json.loads(text)
    except ValueError:
        return text


def canonical_body(r1, r2) -> None:
    """vcrpy matcher: bodies equal as canonical JSON, pydantic doc-URL versions ignored."""
    assert normalized_body(r1.body) == normalized_body(r2.body), "request bodies differ"


def scrub_response(response: dict) -> dict:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SCRUB_RESPONSE_HEADERS:
            del headers[name]
    return response


def vcr_config(record_mode: str = "none") -> dict:
    return {
        "record_mode": record_mode,
        "filter_headers": ["authorization", "api-key", "x-api-key", "openai-organization"],
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        # canonical_body is registered in conftest.py (pytest_recording_configure)
        "match_on": ["method", "uri", "canonical_body"],
    }


# `make record` sets this: the authored answers are served locally and the requests recorded.
RECORD_AUTHORED = os.environ.get("SUMMARIZER_RECORD_AUTHORED") == "1"


def authored_cassette_dir(directory: Path) -> Iterator[str]:
    """Body of a module's `vcr_cassette_dir` fixture for authored cassettes.

    When recording, old files are removed first (vcrpy's "all" mode would keep their
    interactions in memory) and every file written gets the AUTHORED header afterwards.
    """
    if RECORD_AUTHORED:
        for path in directory.glob("*.authored.yaml"):
            path.unlink()
    yield str(directory)
    if RECORD_AUTHORED:
        for path in directory.glob("*.authored.yaml"):
            text = path.read_text(encoding="utf-8")
            if not text.startswith(AUTHORED_HEADER):
                path.write_text(AUTHORED_HEADER + text, encoding="utf-8")
