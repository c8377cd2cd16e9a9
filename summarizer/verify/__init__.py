"""The shared verifier: grounding (`ground`), one check per claim (`claims`), re-asks (`reask`)."""

from summarizer.verify.claims import Finding, Why, check_claims, growth_sign
from summarizer.verify.ground import (
    VERIFIER_VERSION,
    check_fact,
    claim_findings,
    claim_problems,
    expected_normalized,
    ground,
    ground_fact,
    locate,
    mentions_in,
    values_match,
)
from summarizer.verify.reask import reask_sentence

__all__ = [
    "VERIFIER_VERSION",
    "Finding",
    "Why",
    "check_claims",
    "check_fact",
    "claim_findings",
    "claim_problems",
    "expected_normalized",
    "ground",
    "ground_fact",
    "growth_sign",
    "locate",
    "mentions_in",
    "reask_sentence",
    "values_match",
]
