"""Play every fake-model scenario (tests/fake_openai.py) through the pipeline; print a table.

Usage: python scripts/llm_scenarios.py      (loopback only: the fake binds 127.0.0.1, port 0)

Columns: requests the endpoint saw, facts verified, what the notes/errors said, whether the
run was cached, and any verified fact with a field the source does not support (must be 0).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fake_openai import KEY, SCENARIOS, play  # noqa: E402


def _said(out: dict) -> str:
    if out["error"]:
        text = out["error"].split(": ", 1)[-1]
        return "error: " + text.split(". Check")[0][:90]
    notes = [w.removeprefix("model: ") for w in out.get("warnings", [])]
    rejected = [n for n in notes if n.startswith("answer rejected: ")]
    said = [n for n in notes if not n.startswith("answer rejected: ")]
    if rejected:  # the re-ask's reason once, then what became of the chunk
        said.insert(0, "rejected: " + rejected[0].removeprefix("answer rejected: "))
    return "; ".join(n[:110] for n in said) or "-"


def main() -> int:
    print("| scenario | what the fake answers | requests | verified | cached | ungrounded | "
          "--strict | what it produced |")
    print("|---|---|---|---|---|---|---|---|")
    leaked = 0
    for scenario in SCENARIOS:
        with tempfile.TemporaryDirectory() as cache:
            out = play(scenario, cache)
        leaked += KEY in str(out)
        strict = "exit 1" if out["error"] else ("exit 3" if out.get("strict") else "0")
        said = _said(out).replace("|", "\\|")
        print(f"| {scenario.name} | {scenario.what} | {out['requests']} | "
              f"{len(out['verified'])} | {'yes' if out['cached'] else 'no'} | "
              f"{len(out['ungrounded'])} | {strict} | {said} |")
    print(f"\nkey found in any output: {'YES' if leaked else 'no'}")
    return 1 if leaked else 0


if __name__ == "__main__":
    raise SystemExit(main())
