"""Cache keys change with every input that changes the answer; info and clear work."""

from __future__ import annotations

import pytest

from summarizer import cache
from summarizer.settings import Settings

BASE = dict(engine="llm-1", model="m", base_url="u", prompt="p1", schema="s", verifier="1",
            input="abc", temperature=0.0, seed=0)


@pytest.mark.parametrize("field", sorted(BASE))
def test_cache_key_changes_with_each_part(field):
    changed = {**BASE, field: "other"}
    assert cache.make_key(**changed) != cache.make_key(**BASE)


def test_cache_key_is_stable_across_argument_order():
    assert cache.make_key(**BASE) == cache.make_key(**dict(reversed(list(BASE.items()))))


def test_cache_info_and_clear(tmp_path):
    settings = Settings(SUMMARIZER_CACHE_DIR=tmp_path)
    with cache.open_cache(settings) as c:
        c.set("k", {"x": 1})
        assert c.get("k") == {"x": 1}
        assert c.get("missing") is None
    info = cache.info(settings)
    assert info["entries"] == 1 and info["hits"] == 1 and info["misses"] == 1
    assert info["directory"].startswith(str(tmp_path))
    assert cache.clear(settings) == 1
    assert cache.info(settings)["entries"] == 0
