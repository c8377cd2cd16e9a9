"""Every ```python block of README.md runs as written (from the project root, offline)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(encoding="utf-8"),
                    re.M | re.S)


def test_readme_has_python_examples():
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_python_block_runs(code, tmp_path):
    if "dask" in code:
        pytest.importorskip("distributed")
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=240,
        env={**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"),
             "README_TMP": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
