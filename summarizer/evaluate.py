"""Score the pipeline against gold annotations: are the right figures found, at the right place?

Matching rules (also in the README):
- Gold quotes are located in the ORIGINAL decoded text (every occurrence). Offsets of predictions
  index the same text, so a prediction matches only where the gold fact actually is.
- Value fact: prediction span overlaps an occurrence and values agree within 1e-6 relative
  (value_normalized; value vs float(gold value) when either normalized value is null). One-to-one,
  greedy by overlap length.
- Rank fact (gold value starts with 第): a prediction whose `rank` contains the ordinal, or whose
  value_text equals it, with overlapping span. Not one-to-one: one prediction may carry several
  rankings (总量和增幅均居全市第一).
- Metric names are compared after normalize() with whitespace, quotes and 《》 removed: equal; or
  (rank gold) equal to pred.metric + a rank subject 增幅/增速/总量 appearing in pred.rank; or one
  contains the other and the shorter is at least 70% of the longer.
- Growth accuracy counts matched value-fact pairs where either side has growth_pct.
- Actions: a gold action is found when one predicted action span covers at least 50% of the
  gold quote's characters (one-to-one, greedy by coverage).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.models import ActionItem, Fact, Report, Target
from summarizer.settings import Settings
from summarizer.text.normalize import normalize

META_FIELDS = ("issuer", "period", "published", "doc_type")
RANK_SUBJECTS = ("增幅", "增速", "总量")
_METRIC_STRIP = re.compile(r"[\s“”‘’\"'《》]")


@dataclass
class Counts:
    """Raw counts for one file (or the sum over files); ratios are derived, never stored."""

    gold_facts: int = 0
    pred_facts: int = 0
    matched_gold: int = 0
    matched_pred: int = 0
    pairs: int = 0
    kind_ok: int = 0
    metric_ok: int = 0
    growth_pairs: int = 0
    growth_ok: int = 0
    evidence_total: int = 0
    evidence_exact: int = 0
    gold_actions: int = 0
    pred_actions: int = 0
    matched_gold_actions: int = 0
    matched_pred_actions: int = 0
    meta_total: int = 0
    meta_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float | None]:
        """Ratios; None when the denominator is zero (nothing to score)."""

        def ratio(num: int, den: int) -> float | None:
            return num / den if den else None

        return {
            "fact_recall": ratio(self.matched_gold, self.gold_facts),
            "fact_precision": ratio(self.matched_pred, self.pred_facts),
            "kind_accuracy": ratio(self.kind_ok, self.pairs),
            "metric_accuracy": ratio(self.metric_ok, self.pairs),
            "growth_accuracy": ratio(self.growth_ok, self.growth_pairs),
            "evidence_exact": ratio(self.evidence_exact, self.evidence_total),
            "action_recall": ratio(self.matched_gold_actions, self.gold_actions),
            "action_precision": ratio(self.matched_pred_actions, self.pred_actions),
            "meta_accuracy": ratio(self.meta_ok, self.meta_total),
        }


@dataclass
class FileResult:
    name: str
    counts: Counts
    missed_facts: list[dict[str, Any]] = field(default_factory=list)
    wrong_metric: list[dict[str, Any]] = field(default_factory=list)
    wrong_kind: list[dict[str, Any]] = field(default_factory=list)
    unmatched_predictions: list[dict[str, Any]] = field(default_factory=list)
    missed_actions: list[str] = field(default_factory=list)
    gold_quotes_not_found: list[str] = field(default_factory=list)
    meta_mismatches: dict[str, list[Any]] = field(default_factory=dict)


@dataclass
class EvalResult:
    engine: str
    files: list[FileResult]
    total: Counts


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every (start, end) of quote in text, overlapping ones included."""
    spans: list[tuple[int, int]] = []
    if not quote:
        return spans
    start = text.find(quote)
    while start != -1:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def values_agree(pred: Fact, gold: dict[str, Any]) -> bool:
    """Relative tolerance 1e-6 on normalized values, else on the number as written."""
    g_norm = gold.get("value_normalized")
    if g_norm is not None and pred.value_normalized is not None:
        return abs(pred.value_normalized - g_norm) <= 1e-6 * max(1.0, abs(g_norm))
    try:
        g_value = float(gold["value"])
    except (TypeError, ValueError):
        return (pred.value_text or "") == str(gold["value"])
    return abs(pred.value - g_value) <= 1e-6 * max(1.0, abs(g_value))


def is_rank_gold(gold: dict[str, Any]) -> bool:
    return str(gold.get("value") or "").startswith("第")


def _metric_key(text: str | None) -> str:
    return _METRIC_STRIP.sub("", normalize(text or ""))


def metric_agrees(pred: Fact, gold: dict[str, Any]) -> bool:
    """The documented metric-name rule (see module docstring)."""
    p, g = _metric_key(pred.metric), _metric_key(gold.get("metric"))
    if not p or not g:
        return False
    if p == g:
        return True
    if is_rank_gold(gold) and pred.rank:
        rank = normalize(pred.rank)
        if any(subject in rank and p + subject == g for subject in RANK_SUBJECTS):
            return True
    short, long_ = sorted((p, g), key=len)
    return short in long_ and len(short) >= 0.7 * len(long_)


def _span(item: Fact | ActionItem) -> tuple[int, int]:
    return item.evidence.start, item.evidence.end


def _kind(pred: Fact) -> str:
    return "target" if isinstance(pred, Target) else "achievement"


def _brief(pred: Fact) -> dict[str, Any]:
    return {
        "metric": pred.metric,
        "value_text": pred.value_text,
        "unit": pred.unit,
        "quote": pred.evidence.quote,
    }


def score_report(report: Report, text: str, gold: dict[str, Any], name: str = "") -> FileResult:
    """Score one Report against one gold annotation; `text` is the decoded original."""
    counts = Counts()
    result = FileResult(name=name or str(gold.get("file", "")), counts=counts)
    preds: list[Fact] = list(report.facts())
    golds: list[dict[str, Any]] = list(gold.get("facts", []))
    counts.gold_facts, counts.pred_facts = len(golds), len(preds)

    gold_occ = [occurrences(text, g.get("quote", "")) for g in golds]
    for g, occ in zip(golds, gold_occ, strict=True):
        if not occ:
            result.gold_quotes_not_found.append(g.get("quote", ""))

    def best_overlap(p: Fact, occ: list[tuple[int, int]]) -> int:
        return max((overlap(_span(p), o) for o in occ), default=0)

    pairs: dict[int, int] = {}  # gold index -> pred index
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(golds):
        if is_rank_gold(g):
            continue
        for pi, p in enumerate(preds):
            size = best_overlap(p, gold_occ[gi])
            if size and values_agree(p, g):
                candidates.append((size, gi, pi))
    used_pred: set[int] = set()
    for _size, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in pairs and pi not in used_pred:
            pairs[gi] = pi
            used_pred.add(pi)
    for gi, g in enumerate(golds):
        if not is_rank_gold(g):
            continue
        ordinal = normalize(str(g["value"]))
        unit = normalize(g.get("unit") or "")
        best: tuple[tuple[bool, bool, int], int] | None = None
        for pi, p in enumerate(preds):
            size = best_overlap(p, gold_occ[gi])
            if not size:
                continue
            if ordinal in normalize(p.rank or "") or normalize(p.value_text or "") == ordinal:
                # Two rankings in one quote (园区第一、第一方阵): prefer the same unit, then an
                # unused prediction, then the larger overlap.
                key = (normalize(p.unit or "") == unit, pi not in used_pred, size)
                if best is None or key > best[0]:
                    best = (key, pi)
        if best is not None:
            pairs[gi] = best[1]
            used_pred.add(best[1])

    counts.matched_gold = len(pairs)
    counts.matched_pred = len(used_pred)
    counts.pairs = len(pairs)
    for gi, pi in sorted(pairs.items()):
        g, p = golds[gi], preds[pi]
        if _kind(p) == g.get("kind"):
            counts.kind_ok += 1
        else:
            result.wrong_kind.append({"gold": g.get("kind"), "quote": g.get("quote")})
        if metric_agrees(p, g):
            counts.metric_ok += 1
        else:
            result.wrong_metric.append({"gold": g.get("metric"), "predicted": p.metric})
        if not is_rank_gold(g) and (g.get("growth_pct") is not None or p.growth_pct is not None):
            counts.growth_pairs += 1
            if (
                g.get("growth_pct") is not None
                and p.growth_pct is not None
                and abs(p.growth_pct - g["growth_pct"]) <= 1e-6
            ):
                counts.growth_ok += 1
    result.missed_facts = [
        {k: g.get(k) for k in ("kind", "metric", "value", "unit", "quote")}
        for gi, g in enumerate(golds)
        if gi not in pairs
    ]
    result.unmatched_predictions = [
        _brief(p) for pi, p in enumerate(preds) if pi not in used_pred
    ]

    evidenced: list[Fact | ActionItem] = [*preds, *report.actions]
    counts.evidence_total = len(evidenced)
    counts.evidence_exact = sum(
        item.evidence.quote == text[item.evidence.start : item.evidence.end] for item in evidenced
    )

    _score_actions(report.actions, text, gold.get("actions", []), result)
    _score_meta(report, gold.get("meta", {}), result)
    return result


def _score_actions(
    actions: list[ActionItem], text: str, golds: list[dict[str, Any]], result: FileResult
) -> None:
    counts = result.counts
    counts.gold_actions, counts.pred_actions = len(golds), len(actions)
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(golds):
        for occ in occurrences(text, g.get("quote", "")):
            length = occ[1] - occ[0]
            for pi, a in enumerate(actions):
                covered = overlap(_span(a), occ) / length
                if covered >= 0.5:
                    candidates.append((covered, gi, pi))
    done_gold: set[int] = set()
    done_pred: set[int] = set()
    for _covered, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in done_gold and pi not in done_pred:
            done_gold.add(gi)
            done_pred.add(pi)
    counts.matched_gold_actions = len(done_gold)
    counts.matched_pred_actions = len(done_pred)
    result.missed_actions = [
        g.get("quote", "") for gi, g in enumerate(golds) if gi not in done_gold
    ]


def _score_meta(report: Report, gold_meta: dict[str, Any], result: FileResult) -> None:
    for name in META_FIELDS:
        if name not in gold_meta:
            continue
        predicted = getattr(report.meta, name)
        expected = gold_meta[name]
        result.counts.meta_total += 1
        same = (predicted is None and expected is None) or (
            predicted is not None
            and expected is not None
            and normalize(str(predicted)).strip() == normalize(str(expected)).strip()
        )
        if same:
            result.counts.meta_ok += 1
        else:
            result.meta_mismatches[name] = [expected, predicted]


def find_sample(samples: Path, stem: str, gold_path: Path) -> Path:
    """The sample with the gold file's stem, any extension."""
    matches = sorted(
        p for p in samples.iterdir() if p.is_file() and p.stem == stem and p.suffix != ".json"
    )
    if not matches:
        raise InputError(
            str(gold_path),
            f"has no sample named {stem}.* in {samples}.",
            "Put the report next to the others or remove the gold file.",
        )
    return matches[0]


def gold_files_of(gold_dir: Path, samples_dir: Path) -> list[Path]:
    """The gold files to score, or the InputError a mistyped --gold/--samples deserves (checked
    before anything else is said or run)."""
    for directory, what in ((gold_dir, "gold"), (samples_dir, "samples")):
        if not directory.is_dir():
            raise InputError(str(directory), f"is not a directory ({what}).", "Check --" + what + ".")
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise InputError(str(gold_dir), "contains no *.json gold files.", "Check --gold.")
    return gold_files


def evaluate_dirs(
    gold_dir: str | Path,
    samples_dir: str | Path,
    *,
    engine: str = "auto",
    settings: Settings | None = None,
    run: Callable[[Path], Report] | None = None,
) -> EvalResult:
    """Run the pipeline on every sample that has a gold file and score it; `run(sample)`
    replaces the pipeline (e.g. a replay of recorded model answers)."""
    from summarizer.pipeline import resolve_engine, summarize_loaded
    from summarizer.text.load import load_path

    gold_dir, samples_dir = Path(gold_dir), Path(samples_dir)
    gold_files = gold_files_of(gold_dir, samples_dir)
    settings = settings or Settings()
    chosen = "llm" if run is not None else resolve_engine(engine, settings)
    files: list[FileResult] = []
    total = Counts()
    for gold_path in gold_files:
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(gold_path), f"is not readable gold JSON ({exc}).", "Fix the file.") from None
        sample = find_sample(samples_dir, gold_path.stem, gold_path)
        loaded = load_path(sample)
        report = run(sample) if run is not None else summarize_loaded(
            loaded, engine=chosen, settings=settings)
        result = score_report(report, loaded.text, gold, name=sample.name)
        files.append(result)
        total.add(result.counts)
    return EvalResult(engine=chosen, files=files, total=total)


def result_json(result: EvalResult) -> str:
    """Everything, including misses, as JSON text."""
    payload = {
        "engine": result.engine,
        "total": {"counts": asdict(result.total), "scores": result.total.scores()},
        "files": [
            {
                **{k: v for k, v in asdict(f).items() if k != "counts"},
                "counts": asdict(f.counts),
                "scores": f.counts.scores(),
            }
            for f in result.files
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


TABLE_COLUMNS = (
    ("fact_recall", "recall"),
    ("fact_precision", "prec."),
    ("kind_accuracy", "kind"),
    ("metric_accuracy", "metric"),
    ("growth_accuracy", "growth"),
    ("evidence_exact", "evid."),
    ("action_recall", "act.rec"),
    ("action_precision", "act.prec"),
    ("meta_accuracy", "meta"),
)


def result_table(result: EvalResult):
    """A rich Table: one row per file plus a micro-averaged TOTAL row."""
    from rich.table import Table

    table = Table(title=f"summarizer eval (engine: {result.engine})")
    table.add_column("file", no_wrap=True)
    table.add_column("gold/pred", justify="right", no_wrap=True)
    for _, label in TABLE_COLUMNS:
        table.add_column(label, justify="right", no_wrap=True)

    def row(name: str, counts: Counts, *, bold: bool = False) -> None:
        scores = counts.scores()
        cells = [
            "-" if scores[key] is None else f"{scores[key]:.3f}" for key, _ in TABLE_COLUMNS
        ]
        table.add_row(
            name, f"{counts.gold_facts}/{counts.pred_facts}", *cells, style="bold" if bold else None
        )

    for f in result.files:
        row(f.name, f.counts)
    row("TOTAL", result.total, bold=True)
    return table
