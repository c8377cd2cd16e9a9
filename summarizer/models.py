"""The data contract: every engine produces a `Report`, every renderer reads one.

Field descriptions matter: they are exported to `schemas/report.schema.json` and are what a
language model reads when it fills these models.
"""

from __future__ import annotations

from enum import Enum
from typing import Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field

UnitFamily = Literal[
    "currency_cny",
    "currency_usd",
    "percent",
    "percentage_points",
    "permille",
    "area",
    "length",
    "mass",
    "power",
    "energy",
    "volume",
    "duration",
    "count",
    "rank",
    "none",
]

# What an analyst filters reports by. The first three name the government's own documents:
# statistical_communique (an annual 统计公报), gov_work_report (a 政府工作报告, delivered to a
# people's congress), development_plan (a five-year plan outline, 规划纲要); the rest the genre's
# smaller kinds: a zone's or department's work_summary, work_plan, or both (mixed), meeting_news,
# a periodic statistical bulletin (经济运行简况, 主要经济指标), other.
DocType = Literal[
    "statistical_communique", "gov_work_report", "development_plan",
    "work_summary", "work_plan", "mixed", "meeting_news", "bulletin", "other",
]


class Evidence(BaseModel):
    """An exact quote and where it sits in the decoded original text (end exclusive)."""

    quote: str = Field(description="Exact substring of the original text.")
    start: int = Field(ge=0, description="Offset of the first character in the original text.")
    end: int = Field(ge=0, description="Offset one past the last character (exclusive).")
    page: int | None = Field(
        default=None, ge=1, description="Page of the quote's first character (PDF input); else null."
    )


class NumberMention(BaseModel):
    """One quantity found by the regular-expression extractor, with its exact span."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable id within one document, e.g. 'm12'.")
    raw: str = Field(description="The mention exactly as written, e.g. '1.76亿元' or '两栋'.")
    value: float = Field(description="The number as written, before the multiplier.")
    value_text: str = Field(description="The digits or numerals as written, e.g. '1.76', '两'.")
    unit: str | None = Field(description="Unit as written (亿元, 億美元, 个, %, 亩); null if none.")
    family: UnitFamily = Field(description="What kind of quantity the unit measures.")
    multiplier: float = Field(description="Scale of the unit prefix: 亿 1e8, 万 1e4, 千 1e3, else 1.")
    qualifier: str | None = Field(
        default=None, description="多, 余, 以上, 超, 近, 约, 左右, 不少于, 不低于 … as written."
    )
    value_normalized: float = Field(
        description="Value in base units: yuan, US dollars, percent as a number, mu, m2, t, …"
    )
    base_unit: str | None = Field(description="The base unit of value_normalized (yuan, USD, %, …).")
    range_high: float | None = Field(
        default=None, description="Upper end for ranges such as 30-50亿元 (normalised)."
    )
    start: int = Field(ge=0, description="Span start in the original text.")
    end: int = Field(ge=0, description="Span end in the original text (exclusive).")


class CheckStatus(str, Enum):
    """What the verifier found for one claim of a fact."""

    OK = "ok"  # read in the source where the claim says (its clause, sentence or row)
    ABSENT = "absent"  # no claim made (the field is empty), nothing to check
    DERIVED = "derived"  # from source text by a named rule (period from a heading, the title …)
    FAILED = "failed"  # the source does not support the claim


class FactField(str, Enum):
    """The claims of a fact that the verifier checks one by one."""

    VALUE = "value"
    METRIC = "metric"
    GROWTH = "growth"
    RANK = "rank"
    PERIOD = "period"
    KIND = "kind"
    COMMITMENT = "commitment"
    FREE_TEXT = "free_text"  # metric_en and other text a model writes: no number of its own


class Fact(BaseModel):
    """A figure the report states, with its evidence. Shared by achievements and targets."""

    metric: str = Field(description="What is measured, in the source's own words (Chinese).")
    metric_en: str | None = Field(default=None, description="English rendering of the metric.")
    value: float = Field(description="The number as written (before unit scaling).")
    value_text: str | None = Field(
        default=None, description="The number as written in the source, e.g. '79.4', '两', '第二'."
    )
    unit: str | None = Field(default=None, description="Unit as written, e.g. 亿元, 個, %.")
    value_normalized: float | None = Field(
        default=None, description="Value in base units (yuan, USD, percent, mu, …)."
    )
    base_unit: str | None = Field(default=None, description="Unit of value_normalized.")
    qualifier: str | None = Field(default=None, description="多, 余, 以上, 超, 近, 约, 不少于 …")
    growth_pct: float | None = Field(
        default=None, description="Year-on-year growth attached to this figure, in percent."
    )
    rank: str | None = Field(
        default=None, description="A ranking stated for this figure, as written: 增幅居全市第二."
    )
    period: str | None = Field(default=None, description="Statistical period: 1-9月, 上半年, 全年.")
    evidence: Evidence
    verified: bool = Field(
        default=False,
        description="True only when the quote is the exact source text at its offsets and every "
        "claim (value, metric, growth, rank, period, kind, commitment, free text) passed its "
        "check in `checks`.",
    )
    mention_id: str | None = Field(default=None, description="Id of the grounding mention.")
    checks: dict[FactField, CheckStatus] = Field(
        default_factory=dict,
        description="The verifier's finding per claim, e.g. {value: ok, metric: ok, growth: "
        "absent, period: derived, kind: ok}; empty before verification.",
    )

    def failed_fields(self) -> list[str]:
        """Names of the claims the verifier rejected, in check order."""
        return [f.value for f, status in self.checks.items() if status is CheckStatus.FAILED]


class Achievement(Fact):
    """Something already done or measured."""


class Target(Fact):
    """Something the issuer commits to reach."""

    commitment: str | None = Field(
        default=None, description="Commitment word as written: 力争, 确保, 目标, 计划, 预计 …"
    )


class ActionItem(BaseModel):
    """A measure the issuer will take or took."""

    action: str = Field(description="The measure in Chinese, in the source's words.")
    action_en: str | None = Field(default=None, description="English rendering, if available.")
    owner: str | None = Field(default=None, description="Responsible body, when stated.")
    deadline: str | None = Field(default=None, description="Deadline, when stated.")
    category: str | None = Field(
        default=None,
        description="investment_attraction, project_construction, enterprise_services, "
        "infrastructure, environment, safety, livelihood, party_building, governance, "
        "economic_operation, innovation, fiscal, other.",
    )
    evidence: Evidence


class Meta(BaseModel):
    """What the document is and who wrote it."""

    issuer: str | None = Field(
        default=None,
        description="The body that reports: the government for a work report (浙江省人民政府, "
        "国务院), the signer of a communiqué (国家统计局), the zone for a zone's report.",
    )
    region: str | None = Field(
        default=None,
        description="The administrative area the report is about (浙江省, 苏州市; 中华人民共和国 "
        "for the country), not a place named in passing.",
    )
    published: str | None = Field(
        default=None, description="Publication (or delivery) date, YYYY-MM-DD; null without a day."
    )
    period: str | None = Field(
        default=None,
        description="Main period reported on: the communiqué's year, the year a work report "
        "reviews, or the period a zone's report names (上半年, 1-9月).",
    )
    doc_type: DocType | None = Field(default=None, description="Kind of document.")
    title: str | None = Field(default=None, description="Title line, when one is found.")
    year: int | None = Field(
        default=None,
        description="Year reported on: stated in the period or title, else the publication "
        "year, else the first year in the opening lines.",
    )


class RemovedBlock(BaseModel):
    """A stretch of page chrome removed before extraction."""

    text: str
    start: int
    end: int
    reason: str


class Source(BaseModel):
    """Where the text came from and how it was read."""

    name: str = Field(description="File name, or '-' for standard input.")
    sha256: str = Field(description="SHA-256 of the input bytes.")
    encoding: str = Field(description="Detected encoding of the input bytes.")
    format: Literal["text", "html", "markdown", "pdf", "docx"] = "text"
    pages: int | None = Field(default=None, description="Number of pages (PDF input); else null.")
    script: Literal["simplified", "traditional"] = "simplified"
    chars_total: int = Field(description="Characters in the decoded original text.")
    chars_kept: int = Field(description="Characters left after removing page chrome.")
    chars_removed: int = Field(description="Characters removed as page chrome.")
    removed: list[RemovedBlock] = Field(default_factory=list)


class TokenUsage(BaseModel):
    """Tokens spent, summed over every attempt including re-asks."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    saved_by_cache: int = Field(default=0, description="Tokens a cache hit did not spend.")


Coverage = Literal["exact", "composed", "partial", "none"]


class GlossaryCoverage(BaseModel):
    """How much of the metric names (of a Report's verified facts, or of a brief) the glossary
    could render in English."""

    metrics: int = Field(default=0, description="Metric names rendered.")
    exact: int = Field(default=0, description="Names found whole in the glossary.")
    composed: int = Field(default=0, description="Names covered entirely by glossary pieces.")
    partial: int = Field(default=0, description="Names only partly covered.")
    none: int = Field(default=0, description="Names with no glossary piece at all.")
    untranslated: list[str] = Field(
        default_factory=list, description="Chinese names shown beside a partial or no rendering."
    )


class Provenance(BaseModel):
    """How this report was produced."""

    engine: str
    engine_version: str
    model: str | None = None
    base_url: str | None = None
    prompt_version: str | None = None
    mode: str | None = Field(
        default=None,
        description="Structured-output mode the model answered in (tools, json_schema, json); "
        "with SUMMARIZER_MODE=auto, the negotiated one.",
    )
    cache_hit: bool = False
    re_asks: int = 0
    transport_retries: int = 0
    elapsed_ms: float = 0.0
    tokens: TokenUsage = Field(default_factory=TokenUsage)
    glossary: GlossaryCoverage | None = Field(
        default=None,
        description="How the glossary rendered metric_en of the verified facts (offline naming).",
    )


class NoteKind(str, Enum):
    """What a note is about; `--strict` decides on these, never on the wording."""

    DROPPED_OUTPUT = "dropped_output"  # model output lost (chunk dropped, facts rejected on a cached run)
    DROPPED_ACTION = "dropped_action"  # an action whose quote is not in the source
    NO_CHINESE = "no_chinese"  # the input has no Chinese characters
    INPUT = "input"  # what the loader noticed (PDF pages without a text layer)
    FIELD_CLEARED = "field_cleared"  # a model-written field not grounded in the source, removed
    MODEL = "model"  # anything else the model engine noted


STRICT_NOTES = frozenset({NoteKind.DROPPED_OUTPUT, NoteKind.DROPPED_ACTION})


class Note(BaseModel):
    """One typed note of a run; `warnings` carries the same text for readers."""

    kind: NoteKind
    detail: str


class Checks(BaseModel):
    """Outcome of grounding: what could be verified and what could not."""

    verified: int = 0
    unverified: int = 0
    dropped: int = 0
    warnings: list[str] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list, description="The warnings as typed notes.")

    def note(self, kind: NoteKind, detail: str) -> None:
        """Record a note and its warning text."""
        self.notes.append(Note(kind=kind, detail=detail))
        self.warnings.append(detail)


class Report(BaseModel):
    """The verified structured summary of one report."""

    source: Source
    meta: Meta = Field(default_factory=Meta)
    achievements: list[Achievement] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    actions: list[ActionItem] = Field(default_factory=list)
    provenance: Provenance
    checks: Checks = Field(default_factory=Checks)

    def facts(self) -> Iterator[Fact]:
        """All achievements then all targets."""
        yield from self.achievements
        yield from self.targets


# --- English brief ---------------------------------------------------------------------

FactKind = Literal["achievement", "target"]


class FactRef(BaseModel):
    """Which Report fact a brief line renders, so its numbers are checked against that fact."""

    kind: FactKind = Field(description="achievement or target.")
    index: int = Field(ge=0, description="Position in report.achievements or report.targets.")
    metric: str = Field(description="The fact's metric in Chinese, as in the Report.")
    value_text: str | None = Field(
        default=None, description="The number as written in the source, e.g. '79.4'."
    )
    unit: str | None = Field(default=None, description="The unit as written, e.g. 亿元.")


class BriefLine(BaseModel):
    """One key figure or target in English, linked to the Report fact it renders."""

    text: str = Field(
        description="The line in English, e.g. 'Industrial invoiced sales: RMB 7.94 billion "
        "(January-September)'. Every number in it must be the linked fact's number."
    )
    group: str | None = Field(
        default=None,
        description="Heading the line is listed under: output, revenue, investment, trade, "
        "projects, other.",
    )
    fact: FactRef | None = Field(default=None, description="The Report fact this line renders.")


class BriefMeasure(BaseModel):
    """One measure (Report action) in English, or its Chinese kept where no rendering exists."""

    text: str = Field(description="The measure in English; untranslated Chinese stays in quotes.")
    category: str | None = Field(default=None, description="The action's category, e.g. "
                                 "investment_attraction.")
    action_index: int | None = Field(
        default=None, ge=0, description="Position of the action in report.actions."
    )
    translated: bool = Field(
        default=False, description="True when the text is a full English rendering."
    )
    source: str | None = Field(
        default=None, description="The measure's Chinese wording (listed under Source wording)."
    )


class BriefSource(BaseModel):
    """The source line: who issued the report, for what period, and from which file."""

    issuer: str | None = Field(default=None, description="Issuer as written (Chinese).")
    issuer_en: str | None = Field(default=None, description="Issuer in English (pinyin names).")
    period: str | None = Field(default=None, description="Main period as written.")
    period_en: str | None = Field(default=None, description="Main period in English.")
    published: str | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    source_file: str = Field(description="File name of the report the brief comes from.")


class NumberProblem(BaseModel):
    """A number in the English that does not match the Report; `message` says what to fix."""

    where: str = Field(description="Brief field: title, summary, key_figures[2], targets[0] …")
    text: str = Field(description="The number as written in the English, e.g. 'RMB 794 million'.")
    start: int = Field(ge=0, description="Offset of the number in that field's text.")
    end: int = Field(ge=0, description="End offset (exclusive).")
    parsed: float = Field(description="What the English number reads as, in base units.")
    base_unit: str | None = Field(default=None, description="Base unit of `parsed` (yuan, USD, %…).")
    hedged: bool = Field(default=False, description="True when the English says about/over/…")
    nearest: float | None = Field(
        default=None, description="The closest verified Report value of the same kind."
    )
    nearest_fact: FactRef | None = Field(default=None, description="The fact holding `nearest`.")
    message: str = Field(description="What is wrong and how to fix it, in one sentence.")


class BriefCheck(BaseModel):
    """Outcome of checking every number in the brief's English against the Report."""

    numbers_checked: int = Field(default=0, description="Figures found in the checked fields.")
    numbers_matched: int = Field(default=0, description="Figures equal to a verified Report value.")
    problems: list[NumberProblem] = Field(
        default_factory=list, description="Figures left unmatched in the final brief."
    )
    removed: list[str] = Field(
        default_factory=list, description="Sentences or lines removed for unmatched numbers."
    )


class BriefProvenance(BaseModel):
    """How the brief was written and what the number check found."""

    engine: str = Field(description="offline (glossary templates) or llm.")
    engine_version: str = Field(description="Version of the brief writer.")
    model: str | None = Field(default=None, description="Model name for the llm engine.")
    prompt_version: str | None = Field(default=None, description="Prompt version for llm.")
    re_asks: int = Field(default=0, description="Re-asks caused by the number check.")
    base_url: str | None = Field(default=None, description="Model endpoint for llm (None: OpenAI).")
    cache_hit: bool = Field(default=False, description="True when the llm brief came from the cache.")
    transport_retries: int = Field(default=0, description="Retries after 429, 5xx or timeouts.")
    elapsed_ms: float = Field(default=0.0, description="Time spent writing the brief.")
    tokens: TokenUsage = Field(
        default_factory=TokenUsage,
        description="Tokens over every attempt (re-asks included); saved_by_cache on a hit.",
    )
    glossary: GlossaryCoverage = Field(default_factory=GlossaryCoverage)
    check: BriefCheck = Field(default_factory=BriefCheck)


class Brief(BaseModel):
    """An English brief of one verified Report; every number in it matches the Report."""

    title: str = Field(description="One-line English title naming the issuer and the period.")
    summary: str = Field(
        description="One paragraph of 3-6 sentences in the register of an analyst's note."
    )
    key_figures: list[BriefLine] = Field(
        default_factory=list, description="Verified achievements, most important first."
    )
    targets: list[BriefLine] = Field(
        default_factory=list, description="Verified targets with their commitment word."
    )
    measures: list[BriefMeasure] = Field(default_factory=list, description="Main measures.")
    appendix: list[BriefLine] = Field(
        default_factory=list,
        description="Verified figures beyond the body's key figures and targets, ranked the same "
        "way. Checked like the body.",
    )
    source_wording: list[str] = Field(
        default_factory=list,
        description="The Chinese wording of the measures (those shown and those without an "
        "English rendering). Not checked.",
    )
    caveats: list[str] = Field(
        default_factory=list,
        description="What was unverified, dropped, removed or left untranslated. Not checked.",
    )
    source: BriefSource = Field(description="Issuer, period, publication date and source file.")
    provenance: BriefProvenance
