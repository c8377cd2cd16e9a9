"""The speed work's shortcuts answer exactly what the plain computations answered."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from summarizer.brief.glossary import METRIC_CATEGORIES, key_of, load_glossary
from summarizer.text.clean import clean
from summarizer.text.normalize import detect_script, normalize, to_simplified
from summarizer.text.sections import Sections
from summarizer.text.segment import PERIOD_RE, Segments

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "某新区2023年1-9月经济运行情况\n"
    "前三季度，全区实现地区生产总值356.2亿元，同比增长6.1%；上半年新签约项目12个。\n"
    "截至8月底，累计完成固定资产投资88亿元！全年力争实现规上工业产值500亿元？\n"
    "下一步，要加快项目建设，确保年底前交付：一是推进道路建设，二是做好招商引资。"
)


def _descending(glossary, key: str, i: int) -> tuple[object, int]:
    """The composer's old step: try every length from the longest down."""
    for size in range(min(glossary.longest, len(key) - i), 0, -1):
        entry = glossary.find_key(key[i : i + size], METRIC_CATEGORIES)
        if entry is not None:
            return entry, size
    return None, 0


def test_longest_at_is_the_longest_match():
    glossary = load_glossary()
    keys = [key_of(e.zh) for e in glossary.entries[:300]]
    keys += ["全市规模以上工业增加值", "新签约亿元以上项目", "城镇居民人均可支配收入增长"]
    for key in keys:
        for i in range(len(key)):
            assert glossary.longest_at(key, i, METRIC_CATEGORIES) == _descending(glossary, key, i)


def test_find_key_keeps_category_order():
    glossary = load_glossary()
    for entry in glossary.entries[:400]:
        key = key_of(entry.zh)
        first = next(
            (glossary.by_category[c][key] for c in METRIC_CATEGORIES
             if key in glossary.by_category.get(c, {})),
            None,
        )
        assert glossary.find_key(key) is first


def test_period_pattern_first_character_test_changes_no_match():
    first = re.match(r"\(\?=\[[^\]]*\]\)", PERIOD_RE.pattern)  # the leading first-character test
    assert first is not None
    plain = re.compile(PERIOD_RE.pattern[first.end() :])
    assert plain.pattern != PERIOD_RE.pattern
    assert [m.span() for m in PERIOD_RE.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert PERIOD_RE.search(TEXT) is not None


def test_segments_bounds_and_sharing():
    doc = clean(TEXT)
    seg = Segments.of(doc)
    assert Segments.of(doc) is seg  # built once per document
    for pos in range(len(doc.norm)):
        start, end = seg.sentence(pos)
        assert start == 0 or doc.norm[start - 1] in "。！？!?\n"
        assert end == len(doc.norm) or doc.norm[end] in "。！？!?\n"
        assert start <= pos <= end
        c_start, c_end = seg.clause(pos)
        assert start <= c_start <= pos <= c_end <= end
    assert Sections.of(doc) is Sections.of(doc)
    assert Sections.of(doc).switches == Sections(doc).switches


def test_normalize_short_and_long_alike():
    short = "１２３，國內生產總值"
    assert normalize(short) == to_simplified(short.translate({0xFF11: 0x31, 0xFF12: 0x32, 0xFF13: 0x33, 0xFF0C: 0x2C}))
    long = short * 50
    assert normalize(long) == normalize(short) * 50
    assert detect_script("国内生产总值增长") == "simplified"
    assert detect_script("國內生產總值增長，經濟運行") == "traditional"


def test_bench_without_corpus_says_so(tmp_path):
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_unlabeled.py"), "--dir", str(tmp_path / "none")],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0
    assert "no unlabeled reports" in run.stdout


# written for these tests in the genre's style: periods of every kind, next to one another
PERIOD_TEXT = (
    TEXT + "\n一九八二年全县粮食总产量比一九八一年增长3%，“十四五”时期年均增长5%，今后三年内新建学校4所。"
    "2023年2024年连续两年，1—10月份完成投资，8月12日召开会议，比2015年增长1倍，截至目前、截止目前，年末年底前。"
)


def test_find_periods_gives_the_finditer_matches():
    from summarizer.text.segment import find_periods

    for text in (TEXT, PERIOD_TEXT, "", "年", "全年", "无期间的句子。"):
        assert [m.span() for m in find_periods(text)] == [m.span() for m in PERIOD_RE.finditer(text)]
    assert len(list(find_periods(PERIOD_TEXT))) >= 10


def test_slogan_end_test_turns_away_no_slogan():
    from summarizer.engines.offline.actions import SLOGAN, _is_slogan_end

    slogans = ["打造长三角一流创新高地", "要奋力建设对外开放桥头堡", "要围绕高效产出奋力攻坚", "建设良好环境\n"]
    others = ["加快建设新校区", "打造高地的步伐加快", "围绕项目建设", "建设一流园区建设"]
    for text in slogans:
        assert SLOGAN.match(text) and _is_slogan_end(text)
    for text in others:
        assert not SLOGAN.match(text)
    for text in slogans + others + [s + "工作" for s in slogans]:
        assert _is_slogan_end(text) or not SLOGAN.match(text)  # the pretest never hides a slogan


def test_lead_word_alternation_finds_the_first_lead_word():
    from summarizer.engines.offline.trim import _LEAD, LEADS

    for text in ["力争数字经济增长", "进一步扩大开放", "确保", "主要包括粮食", "全力以赴", "产值", "预计全年"]:
        for a in range(len(text)):
            for b in range(a, len(text) + 1):
                found = _LEAD.match(text, a, b)
                assert (found.group() if found else None) == next((w for w in LEADS if text.startswith(w, a, b)), None)
