"""A digest of the offline engine's whole output, to prove a speed change changed nothing.

For every unlabeled development report, every dev text and every shared sample: the report's
JSON (`summarize_path(path, engine="offline")`, with the one volatile field, elapsed_ms, set
to 0) and its offline English brief (its JSON), hashed with SHA-256. Run it before and after
an optimisation and compare: identical digests mean byte-identical outputs.

Run: .venv/bin/python scripts/output_digest.py --out before.tsv [--dump DIR]
     .venv/bin/python scripts/output_digest.py --compare before.tsv
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from summarizer.brief import brief
from summarizer.pipeline import summarize_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT.parent / "shared" / "corpus").resolve()  # the same path whichever checkout runs
FOLDERS = (CORPUS / "dev" / "unlabeled", CORPUS / "dev" / "texts", CORPUS / "samples")
SUFFIXES = {".md", ".txt"}


def inputs() -> list[Path]:
    """The report files of the three folders (present ones), in a fixed order."""
    found: list[Path] = []
    for folder in FOLDERS:
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)
    return found


def outputs(path: Path) -> dict[str, str]:
    """The report's JSON and its offline brief, volatile timing removed."""
    report = summarize_path(path, engine="offline")
    report.provenance.elapsed_ms = 0.0
    rendered = brief(report, engine="offline")
    return {"report": report.model_dump_json(indent=1), "brief": rendered.model_dump_json(indent=1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write 'name<TAB>part<TAB>sha256' lines here")
    parser.add_argument("--compare", type=Path, help="a digest written before: list differences")
    parser.add_argument("--dump", type=Path, help="also write every output into this folder")
    args = parser.parse_args(argv)
    files = inputs()
    if not files:
        print(f"output_digest: {CORPUS}: no shared corpus here; nothing to digest")
        return 0
    lines: list[str] = []
    for path in files:
        for part, text in outputs(path).items():
            key = f"{path.parent.name}/{path.name}"
            lines.append(f"{key}\t{part}\t{hashlib.sha256(text.encode()).hexdigest()}")
            if args.dump:
                target = args.dump / path.parent.name / f"{path.name}.{part}"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    whole = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    print(f"{len(files)} files, digest {whole}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.compare:
        before = set(args.compare.read_text(encoding="utf-8").splitlines())
        changed = [line.split("\t")[:2] for line in lines if line not in before]
        for name, part in changed:
            print(f"changed: {name} {part}")
        print("identical" if not changed and len(before) == len(lines) else
              f"{len(changed)} output(s) differ")
        return 1 if changed or len(before) != len(lines) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
