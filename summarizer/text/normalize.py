"""A same-length normalised view of the text, so offsets found in it index the original.

Full-width digits, letters and punctuation become ASCII; Traditional characters become
Simplified (OpenCC t2s, character by character so no length ever changes). Matching code
reads the view; evidence always quotes the original.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version

import opencc

# Full-width ASCII block U+FF01..U+FF5E maps to U+0021..U+007E; ideographic space to space.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0x00A0] = 0x20  # no-break space, frequent in scraped pages
_FULLWIDTH[0x2236] = 0x3A  # ratio sign ∶ (三次产业比例9.7∶56.8∶33.5): read as the colon the genre also writes


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _key_starts() -> frozenset[str]:
    """The first characters of OpenCC's t2s dictionary keys (data/t2s_starts.txt), or an empty
    set when the file was made from another opencc version than the one installed (then every
    string goes through OpenCC). OpenCC changes a string only where a key matches, and a match
    begins with its key's first character: a string holding none of them is unchanged."""
    lines = (resources.files("summarizer") / "data" / "t2s_starts.txt").read_text(encoding="utf-8").splitlines()
    made_with = lines[0].split()[2] if lines and lines[0].startswith("# opencc ") else None
    try:
        installed = package_version("opencc")
    except PackageNotFoundError:
        installed = None
    if made_with is None or made_with != installed:
        return frozenset()
    return frozenset("".join(line for line in lines[1:] if not line.startswith("#")))


def to_simplified(text: str) -> str:
    """Traditional -> Simplified with the same length (falls back per character if needed)."""
    starts = _key_starts()
    if starts and starts.isdisjoint(text):
        # speed: most strings (Simplified names, quotes, clauses) hold no character OpenCC could
        # convert; a set test is far cheaper than a call into OpenCC (tens of thousands a batch)
        return text
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _converter().convert
    return "".join(c if len(s := convert(c)) != 1 else s for c in text)


_SHORT = 200  # characters: names, quotes and clauses repeat; whole documents do not
_CJK = re.compile("[\u4e00-\u9fff]")


def normalize(text: str) -> str:
    """Return the matching view of `text`: same length, half-width, Simplified."""
    if len(text) <= _SHORT:
        return _normalize_short(text)
    return to_simplified(text.translate(_FULLWIDTH))


@lru_cache(maxsize=65536)
def _normalize_short(text: str) -> str:
    # the verifier and the glossary normalise the same metric names and quotes over and over
    # (about 190,000 calls on 120 reports): a pure function of the string, so remembered
    return to_simplified(text.translate(_FULLWIDTH))


def detect_script(text: str) -> str:
    """'traditional' when converting to Simplified changes a noticeable share of CJK chars."""
    sample = text[:20000]
    simplified = to_simplified(sample)
    if simplified == sample:
        return "simplified"  # nothing changed: no need to count
    changed = sum(map(operator.ne, sample, simplified))
    cjk = len(_CJK.findall(sample)) or 1
    return "traditional" if changed / cjk > 0.03 else "simplified"
