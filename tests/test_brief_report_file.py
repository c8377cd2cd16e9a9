"""Saved Report JSON as brief input: detection and one-line errors."""

from __future__ import annotations

import json

import pytest

from summarizer.brief.report_file import is_report_json, load_report_json
from summarizer.errors import InputError
from summarizer.pipeline import summarize


@pytest.mark.parametrize(
    ("path", "expected"),
    [("r.json", True), ("R.JSON", True), ("r.txt", False), ("r.html", False), ("-", False)],
)
def test_is_report_json(path, expected):
    assert is_report_json(path) is expected


def test_load_report_json_round_trips(tmp_path):
    report = summarize(
        "临港经济开发区上半年实现地区生产总值186.5亿元，同比增长7.2%。\n", engine="offline"
    )
    path = tmp_path / "r.json"
    path.write_text(report.model_dump_json(), encoding="utf-8")
    assert load_report_json(str(path)) == report


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "{not json",
            "is not valid JSON (Expecting property name enclosed in double quotes at line 1",
        ),
        (
            json.dumps({"title": "x"}),
            "is JSON but not a Report (2 problem(s), first: source: Field required)",
        ),
        ("[]", "is JSON but not a Report"),
    ],
)
def test_load_report_json_bad_content_is_one_input_error(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_report_json(str(path))
    text = str(info.value)
    assert text.startswith(str(path)) and message in text and "\n" not in text
    assert "summarizer summarize" in text


def test_load_report_json_missing_and_binary(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_report_json(str(tmp_path / "none.json"))
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(InputError, match="is not UTF-8 text"):
        load_report_json(str(binary))
