"""Cassette settings for LLM tests: secrets filtered, bodies matched as canonical JSON."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "cassettes"
SCRUB_RESPONSE_HEADERS = ("set-cookie", "openai-organization", "openai-project", "x-request-id",
                          "cf-ray", "authorization")
AUTHORED_HEADER = (
    "# AUTHORED fixture: response bodies written by hand in the OpenAI chat.completions wire\n"
    "# format (what a capable model answers); requests are what the real openai client sent.\n"
    "# Not a recording from a real server.\n"
)


def canonical_body(r1, r2) -> None:
    """Match bodies as JSON regardless of key order or whitespace."""

    def load(r):
        body = r.body or b""
        try:
            return json.loads(body)
        except ValueError:
            return body

    assert load(r1) == load(r2), "request bodies differ"


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
        "match_on": ["method", "uri", "body"],  # vcrpy compares JSON bodies parsed
    }
