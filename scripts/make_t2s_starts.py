"""Write summarizer/data/t2s_starts.txt: the first characters of every key of OpenCC's t2s
dictionaries (the installed opencc package's), so `normalize.to_simplified` can tell that a
string holds none of them and therefore comes out of OpenCC unchanged, without calling it.

OpenCC's t2s converts only where a dictionary key matches (phrases, characters, compatibility
ideographs), and every match begins with the first character of its key: a string with none
of these characters is its own conversion. The file records the opencc version it was made
from; `normalize` trusts it only under that same version.

Run: .venv/bin/python scripts/make_t2s_starts.py   (needs the opencc_dict tool of the package)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "summarizer" / "data" / "t2s_starts.txt"


def dictionary_files(share: Path) -> list[Path]:
    """Every .ocd2 file the t2s configuration names (normalisation and conversion chain)."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "ocd2" and "file" in node:
                found.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads((share / "t2s.json").read_text(encoding="utf-8")))
    return [share / name for name in found]


def key_starts() -> set[str]:
    """First characters of all keys of the t2s dictionaries, read with opencc_dict."""
    clib = Path(opencc.__file__).parent / "clib"
    tool, share = clib / "bin" / "opencc_dict", clib / "share" / "opencc"
    env = dict(os.environ, LD_LIBRARY_PATH=str(clib / "lib64"))
    starts: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for ocd2 in dictionary_files(share):
            text = Path(tmp) / (ocd2.stem + ".txt")
            subprocess.run([str(tool), "-i", str(ocd2), "-o", str(text), "-f", "ocd2", "-t", "text"],
                           check=True, env=env)
            for line in text.read_text(encoding="utf-8").splitlines():
                key = line.split("\t", 1)[0]
                if key:
                    starts.add(key[0])
    return starts


def render(starts: set[str]) -> str:
    chars = "".join(sorted(starts))
    lines = [chars[i : i + 80] for i in range(0, len(chars), 80)]
    header = (f"# opencc {version('opencc')} t2s: first characters of every dictionary key "
              f"({len(chars)}); made by scripts/make_t2s_starts.py, do not edit\n")
    return header + "\n".join(lines) + "\n"


def main() -> int:
    OUT.write_text(render(key_starts()), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
