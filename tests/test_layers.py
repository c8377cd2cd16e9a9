"""Layers only look down: text handling knows no engines, engines know no CLI, rendering reads a
finished Report. Checked on the import statements of every module (like import-linter)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "summarizer"

# module prefix -> prefixes it must never import
FORBIDDEN = {
    "summarizer.text": ("summarizer.engines", "summarizer.pipeline", "summarizer.cli",
                        "summarizer.render", "summarizer.brief", "summarizer.batch",
                        "summarizer.verify", "openai", "instructor"),
    "summarizer.models": ("summarizer.engines", "summarizer.pipeline", "summarizer.cli",
                          "summarizer.text", "summarizer.render", "summarizer.brief"),
    "summarizer.verify": ("summarizer.engines", "summarizer.pipeline", "summarizer.cli",
                          "summarizer.render", "summarizer.brief"),
    "summarizer.engines": ("summarizer.cli", "summarizer.pipeline", "summarizer.render",
                           "summarizer.batch", "summarizer.brief"),
    "summarizer.render": ("summarizer.engines", "summarizer.pipeline", "summarizer.cli",
                          "openai", "instructor"),
    "summarizer.pipeline": ("summarizer.cli",),
    # presets and cassette rules sit below the engines: settings and tests read them
    "summarizer.providers": ("summarizer.engines", "summarizer.pipeline", "summarizer.cli",
                             "openai", "instructor"),
    "summarizer.recording": ("summarizer.engines", "summarizer.pipeline", "summarizer.cli",
                             "openai", "instructor"),
    "summarizer.factdiff": ("summarizer.engines", "summarizer.pipeline", "summarizer.cli"),
    "summarizer.doctor": ("summarizer.cli", "summarizer.pipeline"),
    "summarizer.regression": ("summarizer.cli",),
    "summarizer.testing": ("summarizer.cli",),
    "summarizer.batch": ("summarizer.cli",),
    "summarizer.distributed": ("summarizer.cli",),
    "summarizer.files": ("summarizer.cli", "summarizer.pipeline", "summarizer.engines"),
    "summarizer.brief": ("summarizer.cli",),
}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out.append((name, path))
    return out


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize(("name", "path"), _modules(), ids=[n for n, _ in _modules()])
def test_layers_module_imports_only_downwards(name, path):
    rules = [bad for prefix, bad in FORBIDDEN.items() if name == prefix or name.startswith(prefix + ".")]
    imported = _imports(path)
    for bad in (b for rule in rules for b in rule):
        hits = [m for m in imported if m == bad or m.startswith(bad + ".")]
        assert not hits, f"{name} imports {hits}, a layer above it"


def test_layers_check_sees_real_imports():
    """Guard the guard: the scanner must find a known import."""
    assert "summarizer.text.clean" in _imports(PACKAGE / "pipeline.py")
