"""The OpenCC shortcut of `normalize.to_simplified`: a string holding no first character of a
t2s dictionary key is returned as is, and that must be exactly what OpenCC would return."""

from __future__ import annotations

import shutil
from pathlib import Path

import opencc
import pytest

from summarizer.text import normalize


def test_starts_file_matches_installed_opencc():
    """The shipped table is trusted (non-empty) under the opencc version it was made from."""
    starts = normalize._key_starts()
    assert starts, "data/t2s_starts.txt was made from another opencc: run scripts/make_t2s_starts.py"
    assert "國" in starts and "深" in starts  # a character key, and a phrase key's start (深沈)


def test_shortcut_agrees_with_opencc():
    convert = opencc.OpenCC("t2s").convert
    for text in ("国内生产总值增长5.2%", "國內生產總值", "深沈", "城镇居民人均可支配收入", "ＧＤＰ１２３", ""):
        assert normalize.to_simplified(text) == convert(text)


def test_every_changing_character_is_a_key_start():
    """Any character OpenCC changes on its own is in the table (else the shortcut would skip it)."""
    starts = normalize._key_starts()
    convert = opencc.OpenCC("t2s").convert
    missing = [chr(cp) for cp in range(0x3400, 0xA000) if chr(cp) not in starts and convert(chr(cp)) != chr(cp)]
    assert missing == []


def test_phrase_keys_are_covered():
    """深沈 -> 深沉 changes though neither character does alone: its first character is listed."""
    assert opencc.OpenCC("t2s").convert("深沈") == "深沉"
    assert normalize.to_simplified("深沈") == "深沉"


@pytest.mark.skipif(
    not (Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict").exists() and shutil.which("opencc_dict") is None,
    reason="opencc_dict tool not shipped with this opencc",
)
def test_table_is_regenerated_identically():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "make_t2s_starts.py"
    spec = importlib.util.spec_from_file_location("make_t2s_starts", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    assert module.key_starts() == set(normalize._key_starts())
