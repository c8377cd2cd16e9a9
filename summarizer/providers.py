"""Provider presets: one table of the endpoints people use, so `--provider deepseek` is enough.

The README's provider table is generated from `PROVIDERS` (`render_table`) and a test keeps the
two equal. A preset only fills what the user left unset: flags and environment variables win.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    """Where a provider lives, which model and mode to start with, and which key it reads."""

    name: str
    label: str
    base_url: str | None  # None: the SDK's default (api.openai.com)
    model: str | None  # None: the server's own model name, which we cannot guess
    mode: str  # a structured-output mode known to work; "auto" negotiates
    key_env: str | None  # the provider's own key variable; None: a local server without keys
    note: str = ""


PROVIDERS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("openai", "OpenAI", None, "gpt-4o-mini", "json_schema", "OPENAI_API_KEY"),
        # DeepSeek and DashScope accept json_object only (PITFALLS.md: JSON mode is not schema mode).
        Preset("deepseek", "DeepSeek", "https://api.deepseek.com/v1", "deepseek-chat", "json",
               "DEEPSEEK_API_KEY"),
        Preset("dashscope", "Qwen (DashScope)",
               "https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus", "json",
               "DASHSCOPE_API_KEY"),
        Preset("ollama", "Ollama", "http://127.0.0.1:11434/v1", "qwen2.5:7b", "json", None),
        Preset("vllm", "vLLM", "http://127.0.0.1:8000/v1", None, "json_schema", None,
               "set SUMMARIZER_MODEL to the served model name"),
        # llama-cpp-python answers json_schema with HTTP 500; tools works, but small models then
        # answer with empty lists, so json is the preset (auto would pick tools).
        Preset("llamacpp", "llama.cpp (`llama_cpp.server`)", "http://127.0.0.1:8080/v1", "local",
               "json", None, "a single-model server ignores the model name"),
    )
}


def get_preset(name: str) -> Preset:
    """The preset called `name`; a ValueError names the known ones."""
    try:
        return PROVIDERS[name]
    except KeyError:
        raise ValueError(
            f"unknown provider '{name}'; use one of {', '.join(PROVIDERS)}"
        ) from None


def preset_key(preset: Preset) -> str | None:
    """The provider's key from its own variable (e.g. DEEPSEEK_API_KEY), read on demand."""
    return os.environ.get(preset.key_env) if preset.key_env else None


def render_table() -> str:
    """The README's provider table, from `PROVIDERS` (tests/test_providers.py keeps them equal)."""
    lines = [
        "| Provider | `--provider` | OPENAI_BASE_URL | SUMMARIZER_MODEL | SUMMARIZER_MODE | key variable |",
        "|---|---|---|---|---|---|",
    ]
    for p in PROVIDERS.values():
        model = p.model or "(the served model name)"
        key = f"`{p.key_env}` (or `OPENAI_API_KEY`)" if p.key_env and p.key_env != "OPENAI_API_KEY" \
            else (f"`{p.key_env}`" if p.key_env else "none (any)")
        lines.append(
            f"| {p.label} | `{p.name}` | {p.base_url or '(unset)'} | {model} | {p.mode} | {key} |"
        )
    return "\n".join(lines) + "\n"
