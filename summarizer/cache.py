"""Verified LLM results on disk (diskcache), keyed by everything that changes the answer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import diskcache
import platformdirs

from summarizer.settings import Settings


def cache_dir(settings: Settings) -> Path:
    """SUMMARIZER_CACHE_DIR, else the user cache dir."""
    return Path(settings.cache_dir or platformdirs.user_cache_dir("summarizer")) / "llm"


def make_key(**parts: Any) -> str:
    """A stable hash of the key parts (engine, model, URL, prompt, schema, verifier, input…)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def model_call_parts(settings: Settings, *prompts: Any) -> dict[str, Any]:
    """The key parts every model call shares: model, endpoint, prompt versions and hashes,
    and the sampling parameters. Callers add what is their own (schema, input, …)."""
    return dict(
        model=settings.model,
        base_url=settings.openai_base_url,
        prompt=[part for p in prompts for part in (p.version, p.sha256)],
        temperature=settings.temperature,
        seed=settings.seed,
        mode=settings.mode,
        max_tokens=settings.max_tokens,
    )


def open_cache(settings: Settings) -> diskcache.Cache:
    """Open (create) the cache; statistics on so `cache info` can report hits."""
    cache = diskcache.Cache(str(cache_dir(settings)))
    cache.stats(enable=True)
    return cache


def info(settings: Settings) -> dict[str, Any]:
    """Entries, bytes on disk and hit/miss counts, for `summarizer cache info`."""
    with open_cache(settings) as cache:
        hits, misses = cache.stats()
        return {
            "directory": str(cache_dir(settings)),
            "entries": len(cache),
            "size_bytes": cache.volume(),
            "hits": hits,
            "misses": misses,
        }


def clear(settings: Settings) -> int:
    """Remove every entry; returns how many were removed."""
    with open_cache(settings) as cache:
        return cache.clear()
