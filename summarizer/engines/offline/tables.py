"""What the engine reads from a table row: column kinds, the words of a name, the title's measure.

Rows, cells, headers and titles come from the one table reader, `summarizer.text.tables`; this
module only says what a cell's column and row name mean for the fact built from it.
"""

from __future__ import annotations

import re

from summarizer.engines.offline import vocab
from summarizer.engines.offline.vocab import GENERIC_HEADS
from summarizer.text.numbers import UNITS

GROWTH_COLUMN = vocab.compiled("growth_columns")  # summarizer/data/offline_vocab.toml
TARGET_COLUMN = vocab.compiled("target_columns")

_HEADER_NOISE = re.compile(r"<br\s*/?>|[(（][^()（）]{0,8}[)）]|\s+|\[\d{1,2}\]")
_GAP = re.compile(r"\s+")
# 2018年居民消费价格比上年涨跌幅度: a title stating what every cell of the table measures, a
# change against the year before; the rows are the items of the title's subject
_TITLE_MEASURE = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]+?)(?:比上年|比去年|同比)(?P<measure>涨跌幅度|涨跌幅|增长速度|增速|增幅|涨幅)$"
)
# the subject's head noun a row carries over when its name is only the item (食品烟酒 in a
# price table is the price of 食品烟酒): prices and indices are named after what they measure
_CARRIED_HEADS = ("价格", "指数")


def name_spans(norm: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The words of a header cell without line breaks, units in brackets or footnote marks."""
    out, pos = [], start
    for noise in _HEADER_NOISE.finditer(norm, start, end):
        if noise.start() > pos:
            out.append((pos, noise.start()))
        pos = noise.end()
    if end > pos:
        out.append((pos, end))
    return tuple(out)


def row_name(norm: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """A row name's pieces without the spaces that pad it (`衣 着` -> 衣, 着: the name 衣着) and
    without a unit written after it in a space-aligned row (`原 煤 亿吨 27.93`)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", norm[start:end])]
    pieces = [(start + a, start + b) for a, b in words]
    # 鞋 类 —— — — 297 17.2: dashes fill the cells a row has no figure for; they name nothing
    pieces = [(a, b) for a, b in pieces if norm[a:b].strip("—–-－")]
    if len(pieces) > 1 and norm[pieces[-1][0] : pieces[-1][1]] in UNITS:
        pieces = pieces[:-1]
        if len(pieces) > 1 and norm[pieces[-1][0] : pieces[-1][1]] in ("亿", "万"):
            pieces = pieces[:-1]  # - 水运 亿 吨 29.7: the magnitude of the unit, set apart by a space
    return tuple(pieces)


def title_measure(norm: str, title: tuple[int, int], name: str) -> tuple[tuple[int, int], ...]:
    """Spans the table's title adds to a row name: the subject's head (价格) when the row lacks
    it, then the measure (涨跌幅度); nothing when the title states no change measure."""
    found = _TITLE_MEASURE.search(norm, title[0], title[1])
    if found is None or found.end() != title[1]:
        return ()
    out = []
    subject = found.group("subject")
    head = next((h for h in _CARRIED_HEADS if subject.endswith(h)), None)
    if head is not None and head not in name:
        out.append((found.end("subject") - len(head), found.end("subject")))
    out.append((found.start("measure"), found.end("measure")))
    return tuple(out)


# 表3 2025年主要工业产品产量及其增长速度 over | 纱 | 万吨 | 2215.8 |: every row is an item of the
# title's measure, so a row that names only the item takes the title's head noun (纱产量)
# (存款, 贷款, 面积, 资金, 里程, 投资 are measures too; 顺差 / 逆差 is the balance of two of them, no item)
_ITEM_ROW_ENDS = ("量", "额", "值", "数", "率", "价", "入", "润", "款", "积", "金", "差", "程", "资")
# | 指 标 | 绝对数 | 比上年增长% |: value column words that say no measure of the rows' items
NO_MEASURE_COLUMNS = frozenset({"绝对数", "年末数", "年初数", "本年数", "上年数", "数值", "总数", "数量"})
# 其中：: the rows from here on are items of the measure row above
_OPENS_ITEMS = re.compile(r"^(?:<br\s*/?>|[\s*　])*其中\s*[：:]")


def opens_items(cell: str) -> bool:
    """A row name opened by 其中： (| 其中：机电产品 |): an item of the measure row above it."""
    return bool(_OPENS_ITEMS.match(cell))


def names_measure(name: str) -> bool:
    """A row name that is a measure itself (发电量, 出口额), not an item of one (纱, 火电)."""
    return name.endswith(_ITEM_ROW_ENDS)


def title_head(norm: str, title: tuple[int, int], name: str) -> tuple[tuple[int, int], ...]:
    """The span of the head noun (产量) closing the table title's subject, when the row's name
    is an item without a measure of its own; nothing when the title ends in no known head."""
    if len(name) < 2 or names_measure(name):
        return ()  # 纱, 布: the verifier reads a name's pieces from two characters on; keep the row's
    mark = re.search(r"\[\d{1,3}\]\s*$", norm[title[0] : title[1]])
    if mark:
        title = (title[0], title[0] + mark.start())  # 产量及其增长速度[23]: a footnote mark closes it
    subject = title_subject(norm, title)
    if subject is None:
        return ()
    a, b = subject
    text = norm[a:b]
    head = max((h for h in GENERIC_HEADS if text.endswith(h)), key=len, default=None)
    if head is None or head in name or len(text) == len(head):
        return ()
    return ((b - len(head), b),)


# 总计 / 合计: a row summing the table's items names no measure itself; the title does
TOTAL_ROW = frozenset({"总计", "合计", "總計", "合計", "全部", "总额", "總額"})
# 表5 2023年分行业固定资产投资增长速度 -> 固定资产投资: the title's subject, without its year or
# period, the breakdown it is split by (分行业, 各地区, 主要) and the measure words after it
_TITLE_SUBJECT = re.compile(
    r"(?:(?:19|20)\d{2}年(?:末|底|度)?)?(?:全年|年末|年底|上半年|前三季度|1-\d{1,2}月)?"
    r"(?:分(?:行业|地区|区域|门类|产品|类别|项目|用途|经济类型|登记注册类型|国家和地区|国家\(地区\)|市县|县市区)|各地区|各行业|主要)?"
    r"(?P<subject>.+?)"
    r"(?:及其(?:增长速度|增长率|增速|构成|比重|占比)|及(?:增长速度|增速)|(?:比上年)?(?:增长速度|增长率|增速|增幅|情况)|"
    r"(?:主要)?(?:指标|数据|统计))?$"
)


def title_subject(norm: str, title: tuple[int, int]) -> tuple[int, int] | None:
    """What the table's rows are items of (粮食产量 in 表2 2023年全年粮食产量): a 总计 row's metric."""
    found = _TITLE_SUBJECT.match(norm, title[0], title[1])
    if found is None:
        return None
    a, b = found.span("subject")
    while a < b and norm[a] in " \t　":
        a += 1
    return (a, b) if b - a >= 2 else None
