"""Write cassettes/test_llm_recorded/manifest.json from its recording.json, so that the project's
RECORDED cassettes replay through `summarizer replay` (run by `make record-live`, after it)."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.regression import MANIFEST, manifest_for_recording

ROOT = Path(__file__).resolve().parents[1]
DIRECTORY = ROOT / "cassettes" / "test_llm_recorded"
# The reports tests/test_llm_recorded.py records, relative to the project root.
PATHS = {
    "lingang-2023-h1-report.html": "examples/lingang-2023-h1-report.html",
    "xiangjiang-2022-annual.txt": "examples/xiangjiang-2022-annual.txt",
    "taihu-2021-midyear-traditional.txt": "examples/taihu-2021-midyear-traditional.txt",
    "llm-recorded-short.txt": "tests/fixtures/llm-recorded-short.txt",
}


def main() -> None:
    recording = json.loads((DIRECTORY / "recording.json").read_text(encoding="utf-8"))
    manifest = manifest_for_recording(recording, PATHS)
    (DIRECTORY / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    print(" ".join(PATHS.values()))


if __name__ == "__main__":
    main()
