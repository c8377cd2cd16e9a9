"""The installed wheel must carry the prompt templates (not only the source tree)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {done.stderr.strip()[-300:]}")
    return next(out.glob("*.whl"))


@pytest.mark.parametrize(
    "name", ["extract.system.md", "extract.user.md", "brief.system.md", "brief.user.md"]
)
def test_wheel_contains_prompt(wheel, name):
    with zipfile.ZipFile(wheel) as zf:
        assert f"summarizer/_prompts/{name}" in zf.namelist()


def test_wheel_load_prompt_finds_packaged_templates(wheel, tmp_path):
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(tmp_path)
    code = (
        "import summarizer.prompts as p, pathlib;"
        "pr = p.load_prompt('extract.user');"
        "assert pathlib.Path(p.__file__).parent.joinpath('_prompts', 'extract.user.md').is_file();"
        "print(pr.version, p.__file__)"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r}); {code}"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    version, location = done.stdout.split()
    assert version == "extract-2" and location.startswith(str(tmp_path))


def test_wheel_contains_review_page_template(wheel):
    with zipfile.ZipFile(wheel) as zf:
        assert "summarizer/render/templates/review.html" in zf.namelist()


@pytest.mark.parametrize("name", ["units.tsv", "nonfacts.tsv", "glossary.tsv", "offline_vocab.toml", "meta_vocab.toml"])
def test_wheel_contains_vocabulary(wheel, name):
    with zipfile.ZipFile(wheel) as zf:
        assert f"summarizer/data/{name}" in zf.namelist()
