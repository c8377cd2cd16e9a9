"""`make record` must leave tracked cassettes unchanged when nothing but the clock changed."""

from __future__ import annotations

import re

from llm_vcr import CASSETTES, scrub_response


def test_scrub_response_drops_the_date_header():
    response = {"headers": {"Date": ["Mon, 23 Nov 2026 14:20:50 GMT"], "retry-after": ["1"]}}
    assert scrub_response(response)["headers"] == {"retry-after": ["1"]}


def test_authored_cassettes_hold_no_date_header():
    files = sorted(CASSETTES.glob("*/*.authored.yaml"))
    assert files
    for path in files:
        assert not re.search(r"^\s+date:\s*$", path.read_text(encoding="utf-8"), re.M | re.I), path
