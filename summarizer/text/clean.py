"""Separate report body from web-page chrome, line by line, keeping offsets into the original.

Rules run on the normalised (Simplified, half-width) view of each line so one rule set covers
both scripts. When in doubt a line is kept: a kept chrome line costs little, a removed fact is lost.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from summarizer.text import wrap
from summarizer.text.normalize import detect_script, normalize
from summarizer.text.prefilter import prefiltered

_T = TypeVar("_T")


@dataclass(frozen=True)
class RemovedSpan:
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Document:
    """Original text plus which line spans are body (kept) and which are chrome (removed)."""

    text: str
    norm: str
    script: str
    kept: tuple[tuple[int, int], ...]
    removed: tuple[RemovedSpan, ...]
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def cleaned(self) -> str:
        """Kept spans joined by newlines: what a model sees."""
        return "\n".join(self.text[s:e] for s, e in self.kept)

    @cached_property
    def _cleaned_starts(self) -> list[int]:
        # Built once per document: to_original is called per quote, often hundreds of times.
        starts, pos = [], 0
        for s, e in self.kept:
            starts.append(pos)
            pos += (e - s) + 1
        return starts

    @cached_property
    def _kept_starts(self) -> list[int]:
        return [s for s, _ in self.kept]

    def to_original(self, offset: int) -> int:
        """Map an offset in cleaned() back to an offset in text."""
        if not self.kept:
            return 0
        starts = self._cleaned_starts
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        s, e = self.kept[i]
        return min(s + (offset - starts[i]), e)

    def is_kept(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside one kept body span (kept spans are sorted)."""
        i = bisect.bisect_right(self._kept_starts, start) - 1
        return i >= 0 and end <= self.kept[i][1]

    @cached_property
    def _derived(self) -> dict[str, object]:
        return {}

    def derived(self, key: str, build: Callable[[], _T]) -> _T:
        """A read-only structure computed from this document alone (its sentence and clause
        bounds, its sections), built on first use and then shared: the engine and the verifier
        both read them, and rebuilding them scans the whole text again."""
        cache = self._derived
        if key not in cache:
            cache[key] = build()
        return cache[key]  # type: ignore[return-value]


_SENT = re.compile(r"[。；！？;!?]")
_DIGIT = re.compile(r"\d")

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("navigation", re.compile(r"^(您现在的位置|您当前的位置|当前位置|你的位置|您的位置|所在位置|位置)[:：]|^首页\s*[>›»/]|[>›»]\s*首页|^首页$|^返回(首页|顶部|列表)?$|^回(上一?页|首页|顶部)(\s+回(上一?页|首页|顶部))*$|^:::$|^返回\s.*分享|^与我们联系$|版面导航|^网站导航|^(上一版|下一版)")),
    ("pager", re.compile(r"^(上一条|下一条|上一篇|下一篇|上一页|下一页|上篇|下篇)[:：]?")),
    ("share_print", re.compile(r"分享到|^分享$|【?\s*字[体级号][:：\s]|二维码|我要纠错|网站找错|^【?纠错】?$|您是第\s*\d+\s*位访客|关闭窗口|扫一扫|在手机打开|^打印(本页|此页)?$|【打印】|【关闭】|^收藏(本页)?$|加入收藏|设为首页|^\[?\s*(打印|关闭|收藏|返回)\s*\]?(\s*\[?\s*(打印|关闭|收藏|返回|顶部)\s*\]?)*$|浏览次数|阅读次数|访问量|点击数[:：]")),
    ("copyright", re.compile(r"版权所有|copyright|all rights reserved|©|技术支持[:：]|技术服务支持|主办单位[:：]|承办单位[:：]|主办[:：]|网站标识码|建议使用.*浏览器|分辨率", re.I)),
    ("icp", re.compile(r"icp|公网安备|许可证[:：]?\s*\S*\d|网安备|备案号", re.I)),
    ("dateline", re.compile(r"^(发布时间|发布日期|时间|日期|来源|作者|编辑|责任编辑|信息来源|文章来源|稿源|供稿)[:：]")),
    # government disclosure metadata (索引号：…, 主题分类：…) and attachment lists
    ("metadata", re.compile(r"^(索引号|主题分类|成文日期|发文机关|发布机构|公开方式|公开范围|有效性|体裁分类|组配分类)[:：]")),
    ("attachment", re.compile(r"^(相关)?附件(下载)?[:：]?$")),
)
# each rule with a first-character test in front where that helps: the same matches (text/prefilter.py)
_RULES = tuple((reason, prefiltered(rx)) for reason, rx in _RULES)
# Footer and header links, alone or in a row: 网站地图 | 联系我们 | 法律声明
_LINK_WORDS = frozenset(
    "网站地图 联系我们 法律声明 隐私政策 隐私声明 无障碍浏览 无障碍 适老化服务 长者模式 关怀版 手机版 微信公众号 "
    "官方微博 English 繁体 简体 繁体版 简体版 登录 注册 搜索 网站声明 使用帮助 关于我们".split()
)
# Bylines: （记者 张三 通讯员 李四）, 文/图 王五, 图片来源：…
_BYLINE = re.compile(r"记者|通讯员|摄影|文/图|图/文|供图|图片来源|撰稿|审核[:：]|校对[:：]")
_CONTACT = re.compile(r"(电话|传真|邮箱|e-?mail|地址|邮编|联系我们|联系方式|热线)[:：]", re.I)
_DEPT_PHONE = re.compile(r"^\S{1,10}[部处室科][:：]\s*[\d+][\d\-\s]{6,}$")
_SIDEBAR_HEAD = re.compile(r"^(相关新闻|相关阅读|相关链接|相关连结|推荐阅读|热点(新闻|推荐)?|热门(新闻|文章)?|权威发布|精彩图片|便民信息|图片新闻|最新(动态|新闻)|新闻排行|点击排行|友情链接|专题专栏|\S{1,6}人物)[:：]?$")
_BULLET = re.compile(r"^[•·●◆▪■□►>\-\*]\s*")
# Image captions: a short line naming a view (开发区工业园区鸟瞰, 会议现场, 图为…).
_CAPTION = re.compile(
    r"^(?:图为|图片[:：]|航拍).{0,24}$|^[^\s，,。；;：:！？!?\d]{2,18}(?:鸟瞰|全景|一角|夜景|现场|掠影|风貌|效果图|航拍图|剪影|近景|远眺)$"
)
# A menu: many short items split by | / · or wide spaces, no sentence and no figure.
_MENU_SPLIT = re.compile(r"\s*[|｜/·]\s*|\s{2,}")
# Site slogans: two or more space-separated phrases of 4+ characters, nothing else.
_SLOGAN = re.compile(r"^[\u4e00-\u9fff“”]{4,16}(?:\s+[\u4e00-\u9fff“”]{4,16})+$")
# A Markdown table row: bordered by pipes at both ends (menus converted from HTML are not)
_TABLE_ROW = re.compile(r"^\**[|｜].*[|｜]\**$")
_ORG_WORDS = re.compile(r"(部|委|局|院|会|厅|办|署|协会|中心|网|政府)$")


# Page chrome is short and link-like; a report paragraph is long and made of clauses. A line
# this long made of clauses and ending a sentence is report text even when it names 二维码,
# 访问量 or 分辨率 (a footer of contacts and ICP numbers has commas but no full stop).
_CHROME_MAX = 30
_CLAUSE = re.compile(r"[，,；;]")


def _is_prose(line: str) -> bool:
    return len(line) > _CHROME_MAX and "。" in line and _CLAUSE.search(line) is not None


def _classify(line: str) -> str | None:
    """Reason a stripped, normalised line is chrome, or None to keep it."""
    if _is_prose(line):
        return None
    for reason, rx in _RULES:
        if rx.search(line):
            if reason == "dateline" and len(line) > 80 and _SENT.search(line):
                continue
            if reason in ("copyright", "icp") and len(line) > 120 and _SENT.search(line):
                continue
            return reason
    if (_CONTACT.search(re.sub(r"\s+", "", line)) or _DEPT_PHONE.match(line)) and not _SENT.search(line) and len(line) < 120:
        return "contact"
    if _CAPTION.match(line):
        return "caption"
    if len(line) < 40 and not _SENT.search(line) and _BYLINE.search(line) and not _DIGIT.search(line):
        return "byline"
    words = [p for p in _MENU_SPLIT.split(line) if p]
    if words and all(w in _LINK_WORDS for w in (p for w in words for p in w.split())):
        return "navigation"
    if _TABLE_ROW.match(line):
        return None  # | 国家和地区 | 出口额 | 比上年增长% |: a table's header or rule row, not a menu
    if not _SENT.search(line) and not _DIGIT.search(line):
        items = [p for p in _MENU_SPLIT.split(line) if p]
        if len(items) >= 5 and all(len(p) <= 8 for p in items):
            return "navigation"
    if len(line) > 20 and not _SENT.search(line) and not re.search(r"[，,]", line):
        parts = line.split()
        if len(parts) >= 5 and sum(1 for p in parts if _ORG_WORDS.search(p)) >= 0.7 * len(parts):
            return "navigation"
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line stripped of outer whitespace; empty lines skipped."""
    out, pos = [], 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        pos = end + 1
    return out


def clean(
    text: str,
    chrome: tuple[tuple[int, int, str], ...] = (),
    mask: tuple[tuple[int, int], ...] = (),
) -> Document:
    """Split text into kept body spans and removed chrome spans (whole stripped lines).

    `chrome` lists lines the loader knows are furniture (PDF page numbers, Markdown table
    rules) with their reason; `mask` spans of markup (Markdown `**`, `<br>`) become spaces in
    the normalised view, so rules read the words while offsets and quotes keep the marks.
    """
    norm = _masked(normalize(text), mask)
    spans = _lines(text)
    known = _known_chrome(spans, chrome)
    reasons: list[str | None] = [
        known.get(i) or _classify(norm[s:e].strip()) for i, (s, e) in enumerate(spans)
    ]
    # Sidebar blocks: a headline heading followed by short bullet lines without sentence marks.
    i = 0
    while i < len(spans):
        s, e = spans[i]
        line = norm[s:e]
        if reasons[i] is None and _SIDEBAR_HEAD.match(line):
            j = i + 1
            while j < len(spans):
                ln = norm[spans[j][0]:spans[j][1]]
                # headlines under the heading, bulleted or not; a sentence ends the block
                if (_BULLET.match(ln) or len(ln) < 40 or _SIDEBAR_HEAD.match(ln)) and not _SENT.search(ln) and len(ln) < 60:
                    j += 1
                else:
                    break
            if j > i + 1:
                for k in range(i, j):
                    if reasons[k] is None:
                        reasons[k] = "headline_list"
            i = j
            continue
        i += 1
    # A site motto in the page header (before any body, chrome right after it) or footer (chrome
    # before it, nothing but chrome after it). A two-phrase headline below the chrome is kept.
    for k, (s, e) in enumerate(spans):
        if reasons[k] is None and _SLOGAN.match(norm[s:e]):
            in_header = all(r is not None for r in reasons[:k]) and k + 1 < len(spans) and reasons[k + 1] is not None
            in_footer = k > 0 and reasons[k - 1] is not None and all(r is not None for r in reasons[k + 1 :])
            if in_header or in_footer:
                reasons[k] = "slogan"
    kept = tuple(sp for sp, r in zip(spans, reasons, strict=True) if r is None)
    removed = tuple(RemovedSpan(s, e, r) for (s, e), r in zip(spans, reasons, strict=True) if r is not None)
    soft = wrap.soft_breaks(text)
    if soft:  # a hard-wrapped paragraph is one body span: a figure may run over its line break
        kept = wrap.join_spans(kept, soft)
    doc = Document(text=text, norm=norm, script=detect_script(text), kept=kept, removed=removed)
    doc.derived("soft_breaks", lambda: soft)
    return doc


def _masked(norm: str, mask: tuple[tuple[int, int], ...]) -> str:
    """norm with each masked span replaced by as many spaces (same length: offsets hold)."""
    if not mask:
        return norm
    parts, pos = [], 0
    for s, e in sorted(mask):
        if s < pos:
            s = pos
        if s >= e:
            continue
        parts.append(norm[pos:s])
        parts.append(" " * (e - s))
        pos = e
    parts.append(norm[pos:])
    return "".join(parts)


def _known_chrome(spans: list[tuple[int, int]], chrome: tuple[tuple[int, int, str], ...]) -> dict[int, str]:
    """Line index -> reason, for lines inside a chrome span the loader gave."""
    if not chrome:
        return {}
    starts = [s for s, _ in spans]
    out: dict[int, str] = {}
    for s, e, reason in chrome:
        i = bisect.bisect_left(starts, s)
        while i < len(spans) and spans[i][1] <= e:
            out[i] = reason
            i += 1
    return out
