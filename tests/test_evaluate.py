"""The matcher, on small authored gold/prediction pairs; then the shared corpus against floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.evaluate import (
    evaluate_dirs,
    metric_agrees,
    occurrences,
    score_report,
    values_agree,
)
from summarizer.models import Achievement, ActionItem, Evidence, Provenance, Report, Source, Target

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

TEXT = "全区生产总值120亿元，增长8%，增幅居全市第二。引进项目12个。力争税收达到5亿元。一是加快项目建设；二是优化营商环境。"


def ev(quote: str, text: str = TEXT, nth: int = 0) -> Evidence:
    start = occurrences(text, quote)[nth][0]
    return Evidence(quote=quote, start=start, end=start + len(quote))


def ach(metric, value, norm, quote, **kw) -> Achievement:
    return Achievement(metric=metric, value=value, value_normalized=norm, evidence=ev(quote), **kw)


def report(achievements=(), targets=(), actions=(), meta=None) -> Report:
    from summarizer.models import Meta

    return Report(
        source=Source(name="t.txt", sha256="0", encoding="utf-8", chars_total=len(TEXT),
                      chars_kept=len(TEXT), chars_removed=0),
        meta=meta or Meta(),
        achievements=list(achievements), targets=list(targets), actions=list(actions),
        provenance=Provenance(engine="test", engine_version="0"),
    )


def g(kind, metric, value, norm, quote, growth=None, unit=None) -> dict:
    return {"kind": kind, "metric": metric, "value": value, "unit": unit,
            "value_normalized": norm, "growth_pct": growth, "quote": quote}


GDP = g("achievement", "生产总值", "120", 1.2e10, "生产总值120亿元", growth=8.0)
RANK = g("achievement", "生产总值增幅", "第二", 2.0, "增幅居全市第二")
PROJ = g("achievement", "引进项目", "12", 12.0, "引进项目12个")
TAX = g("target", "税收", "5", 5e8, "税收达到5亿元")


def test_occurrences_finds_overlapping():
    assert occurrences("aaa", "aa") == [(0, 2), (1, 3)]
    assert occurrences("abc", "") == []


@pytest.mark.parametrize(
    ("pred_norm", "pred_value", "gold_norm", "gold_value", "agree"),
    [
        (1.2e10, 120, 1.2e10, "120", True),
        (1.2e10 + 1, 120, 1.2e10, "120", True),  # within 1e-6 relative
        (1.21e10, 121, 1.2e10, "120", False),
        (None, 120, 1.2e10, "120", True),  # falls back to value as written
        (None, 12, None, "120", False),
    ],
)
def test_values_agree_tolerance(pred_norm, pred_value, gold_norm, gold_value, agree):
    pred = Achievement(metric="m", value=pred_value, value_normalized=pred_norm, evidence=ev("生产总值"))
    assert values_agree(pred, {"value": gold_value, "value_normalized": gold_norm}) is agree


@pytest.mark.parametrize(
    ("pred_metric", "rank", "gold_metric", "gold_value", "ok"),
    [
        ("生产总值", None, "生产总值", "120", True),
        ("“生产 总值”", None, "《生产总值》", "120", True),
        ("生產總值", None, "生产总值", "120", True),  # Traditional vs Simplified
        ("地区生产总值", None, "生产总值", "120", False),  # 4 chars is 67% of 6: below 70%
        ("工业生产总值", None, "工业生产总值额", "120", True),  # 6/7 >= 70%
        ("生产总值", "增幅居全市第二", "生产总值增幅", "第二", True),
        ("生产总值", "总量居全市第二", "生产总值增幅", "第二", False),
        ("税收", None, "一般公共预算收入中税收收入", "1", False),
    ],
)
def test_metric_agrees_rule(pred_metric, rank, gold_metric, gold_value, ok):
    pred = Achievement(metric=pred_metric, value=1, rank=rank, evidence=ev("生产总值"))
    assert metric_agrees(pred, {"metric": gold_metric, "value": gold_value}) is ok


def test_score_report_perfect_match():
    preds = [
        ach("生产总值", 120, 1.2e10, "生产总值120亿元，增长8%，增幅居全市第二",
            growth_pct=8.0, rank="增幅居全市第二"),
        ach("引进项目", 12, 12.0, "引进项目12个"),
    ]
    tgt = [Target(metric="税收", value=5, value_normalized=5e8, evidence=ev("税收达到5亿元"))]
    res = score_report(report(preds, tgt), TEXT, {"facts": [GDP, RANK, PROJ, TAX]})
    s = res.counts.scores()
    assert s["fact_recall"] == 1.0 and s["fact_precision"] == 1.0
    assert s["kind_accuracy"] == 1.0 and s["metric_accuracy"] == 1.0
    assert s["growth_accuracy"] == 1.0 and s["evidence_exact"] == 1.0
    assert res.counts.matched_pred == 3  # the GDP prediction covers the value and the rank gold


def test_score_report_value_mismatch_and_wrong_place_do_not_match():
    preds = [
        ach("生产总值", 121, 1.21e10, "生产总值120亿元"),  # wrong value at the right place
        ach("引进项目", 12, 12.0, "生产总值120亿元"),  # right value at the wrong place
    ]
    res = score_report(report(preds), TEXT, {"facts": [GDP, PROJ]})
    assert res.counts.matched_gold == 0 and res.counts.matched_pred == 0
    assert len(res.missed_facts) == 2 and len(res.unmatched_predictions) == 2


def test_score_report_kind_growth_and_one_to_one():
    preds = [
        Target(metric="生产总值", value=120, value_normalized=1.2e10, growth_pct=7.0,
               evidence=ev("生产总值120亿元")),
        ach("生产总值", 120, 1.2e10, "总值120亿"),  # duplicate: only one may take the gold
    ]
    res = score_report(report(preds[1:], preds[:1]), TEXT, {"facts": [GDP]})
    c = res.counts
    assert (c.matched_gold, c.matched_pred, c.pred_facts) == (1, 1, 2)
    assert c.kind_ok == 0  # the best-overlap prediction is a target
    assert (c.growth_pairs, c.growth_ok) == (1, 0)


def test_score_report_rank_gold_via_value_text():
    pred = ach("生产总值增幅", 2, 2.0, "增幅居全市第二", value_text="第二")
    res = score_report(report([pred]), TEXT, {"facts": [RANK]})
    assert res.counts.matched_gold == 1 and res.counts.metric_ok == 1


def test_score_report_evidence_exact_counts_bad_quotes():
    good = ach("引进项目", 12, 12.0, "引进项目12个")
    bad = Achievement(metric="x", value=5, evidence=Evidence(quote="伪造", start=0, end=2))
    res = score_report(report([good, bad]), TEXT, {"facts": []})
    assert res.counts.evidence_exact == 1 and res.counts.evidence_total == 2


@pytest.mark.parametrize(
    ("pred_quote", "found"),
    [("加快项目建设", True), ("一是加快项目建设；二是", True), ("加快项", True), ("加快", False), ("优化营商环境", False)],
)
def test_score_report_action_coverage_half(pred_quote, found):
    action = ActionItem(action=pred_quote, evidence=ev(pred_quote))
    res = score_report(report(actions=[action]), TEXT,
                       {"facts": [], "actions": [{"action": "a", "quote": "加快项目建设"}]})
    assert res.counts.matched_gold_actions == int(found)


def test_score_report_meta_compares_normalized():
    from summarizer.models import Meta

    rep = report(meta=Meta(issuer="南通開發區", period="上半年", doc_type="meeting_news"))
    gold = {"facts": [], "meta": {"issuer": "南通开发区", "period": "1-6月", "published": None,
                                  "doc_type": "meeting_news"}}
    res = score_report(rep, TEXT, gold)
    assert (res.counts.meta_ok, res.counts.meta_total) == (3, 4)
    assert list(res.meta_mismatches) == ["period"]


# ---------------------------------------------------------------------------------------------
# FLOORS for the shared corpus (set by the lead; raise them as the engine improves).
FLOORS = {
    "fact_recall": 1.0,
    "fact_precision": 1.0,
    "kind_accuracy": 1.0,
    "metric_accuracy": 0.975,
    "growth_accuracy": 1.0,
    "action_recall": 0.84,
    "action_precision": 0.61,  # issue 8: results, slogans and frames are no measures
}
EVIDENCE_EXACT = 1.0
# ---------------------------------------------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="../shared/corpus is absent")
@pytest.mark.parametrize("score", sorted(FLOORS))
def test_evaluate_corpus_offline_meets_floor(score, corpus_eval):
    got = corpus_eval.total.scores()[score]
    assert got is not None and got >= FLOORS[score], f"{score} = {got:.3f} < floor {FLOORS[score]}"


@pytest.mark.corpus
@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="../shared/corpus is absent")
def test_evaluate_corpus_offline_evidence_exact(corpus_eval):
    assert corpus_eval.total.scores()["evidence_exact"] == EVIDENCE_EXACT


@pytest.fixture(scope="module")
def corpus_eval():
    return evaluate_dirs(CORPUS / "gold", CORPUS / "samples", engine="offline")


# FLOORS on the development excerpts of the whole genre (../shared/corpus/dev, issue 8): what
# the offline engine (i8b) and the number extractor (i8a) reach together after main's claim-level
# verifier, to be raised, never lowered. Targets: recall 0.97, precision 0.96, kind 0.97,
# metric 0.92, growth 0.93, action recall 0.85.
DEV_FLOORS = {
    "fact_recall": 0.985,  # measured 0.988 (0.971 at the start of the 2026-12-01 afternoon)
    "fact_precision": 0.995,  # 1.000
    "kind_accuracy": 0.998,  # 1.000
    "metric_accuracy": 0.928,  # 0.930 (evening); 0.928 with communiqué lists (i8e) and work-report prose (i8f); 0.803 before them
    "growth_accuracy": 0.995,  # 1.000
    "action_recall": 0.94,  # 0.946
}
DEV = CORPUS / "dev"


@pytest.mark.corpus
@pytest.mark.skipif(not (DEV / "gold").is_dir(), reason="../shared/corpus/dev is absent")
@pytest.mark.parametrize("score", sorted(DEV_FLOORS))
def test_evaluate_dev_corpus_offline_meets_floor(score, dev_eval):
    got = dev_eval.total.scores()[score]
    assert got is not None and got >= DEV_FLOORS[score], f"{score} = {got:.3f} < floor {DEV_FLOORS[score]}"


@pytest.fixture(scope="module")
def dev_eval():
    return evaluate_dirs(DEV / "gold", DEV / "texts", engine="offline")


def test_score_report_two_rankings_in_one_quote_take_separate_predictions():
    text = "全年考核保持园区第一、进入全省第一方阵。"
    quote = "全年考核保持园区第一、进入全省第一方阵"
    first = text.index("第一")
    second = text.index("第一方阵")
    preds = [
        Target(metric="考核", value=1, value_text="第一", evidence=Evidence(
            quote=text[4:first + 2], start=4, end=first + 2)),
        Target(metric="考核", value=1, value_text="第一", unit="方阵", evidence=Evidence(
            quote="第一方阵", start=second, end=second + 4)),
    ]
    golds = [
        {"kind": "target", "metric": "考核", "value": "第一", "unit": None, "quote": quote},
        {"kind": "target", "metric": "考核", "value": "第一", "unit": "方阵", "quote": quote},
    ]
    res = score_report(report(targets=preds), text, {"facts": golds})
    assert (res.counts.matched_gold, res.counts.matched_pred) == (2, 2)
