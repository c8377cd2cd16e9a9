"""Cassette settings for LLM tests: secrets filtered, bodies matched as canonical JSON."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# The matching and scrubbing rules live in the package: `summarizer record/replay` and
# `summarizer.testing` use the same ones.
from summarizer.recording import (  # noqa: F401 - re-exported for the test modules
    SECRET_REQUEST_HEADERS,
    canonical_body,
    normalized_body,
)
from summarizer.recording import scrub_response as _scrub_response

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "cassettes"
AUTHORED_HEADER = (
    "# AUTHORED fixture: response bodies written by hand in the OpenAI chat.completions wire\n"
    "# format (what a capable model answers); requests are what the real openai client sent.\n"
    "# Not a recording from a real server.\n"
)


def scrub_response(response: dict) -> dict:
    """Response headers that identify an account are removed (summarizer/recording.py)."""
    return _scrub_response(response)


def vcr_config(record_mode: str = "none") -> dict:
    return {
        "record_mode": record_mode,
        "filter_headers": list(SECRET_REQUEST_HEADERS),
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
