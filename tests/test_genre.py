"""The offline engine on authored reports of the genre (tests/fixtures/genre, all invented).

Each fixture stands for a kind of report the engine meets in the wild: a county statistics
bulletin, a high-tech zone's summary and plan, a Traditional-character page, a scraped HTML
page with its chrome, mid-year meeting news and an indicator table flattened to text. The
expectations are what a reader of each text would write down; nothing is tuned to one
sentence of the shared corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import summarizer

GENRE = Path(__file__).parent / "fixtures" / "genre"


@pytest.fixture(scope="module")
def reports():
    return {p.name: summarizer.summarize(str(p), engine="offline") for p in sorted(GENRE.iterdir())}


def facts(report):
    return [*report.achievements, *report.targets]


def fact(report, value, unit=None, *, kind=None):
    """The one fact with this value (and unit as written, when given)."""
    pool = report.achievements if kind == "achievement" else report.targets if kind == "target" else facts(report)
    hits = [f for f in pool if f.value == value and (unit is None or f.unit == unit)]
    assert len(hits) == 1, f"{len(hits)} facts with {value}{unit or ''}: {[(f.metric, f.value, f.unit) for f in facts(report)]}"
    return hits[0]


def test_genre_every_fact_is_verified_with_exact_evidence(reports):
    for name, report in reports.items():
        for f in facts(report):
            assert f.verified, (name, f.metric, f.value)
        assert report.checks.dropped == 0, (name, report.checks)


# --- a statistics table flattened to text ---------------------------------------------------

TABLE = "qingfeng-indicators-table.txt"


@pytest.mark.parametrize(
    ("metric", "value", "unit", "growth"),
    [
        ("规上工业总产值", 156.3, "亿元", 10.2),
        ("固定资产投资", 48.7, "亿元", -3.6),
        ("实际使用外资", 5200, "万美元", 15.0),
        ("一般公共预算收入", 9.82, "亿元", 0.8),
        ("工业用电量", 3.42, "万千瓦时", 5.1),  # the unit stands in the row's 单位 cell
        ("新增市场主体", 1260, "户", -2.4),
    ],
)
def test_genre_table_rows_give_metric_value_and_growth_column(reports, metric, value, unit, growth):
    f = fact(reports[TABLE], value, unit)
    assert (f.metric, f.growth_pct, f.period) == (metric, growth, "1-9月")


def test_genre_table_growth_cells_are_not_facts_of_their_own(reports):
    report = reports[TABLE]
    assert len(facts(report)) == 6
    assert all(f.value not in (15, 2023, 10) for f in facts(report))  # 15.0% growth, the 注 date


# --- a county statistics bulletin -------------------------------------------------------------

BULLETIN = "county-bulletin-2023-10.txt"


def test_genre_decline_is_negative_growth_and_verified(reports):
    f = fact(reports[BULLETIN], 23.5, "亿元")
    assert (f.metric, f.growth_pct, f.verified) == ("房地产开发投资", -18.7, True)
    assert fact(reports[BULLETIN], 10.1, "亿元").growth_pct == -2.3
