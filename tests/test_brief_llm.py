"""The model path of the English brief, through the real openai client against a loopback server
that answers with hand-written bodies in the OpenAI wire format (nothing patched).

The Report is tests/fixtures/brief-nantong-2023-h1.report.json: the offline engine's verified
Report of the authored text beside it (regenerate with `summarizer summarize
tests/fixtures/brief-nantong-2023-h1.txt --engine offline`; it is stored so that work on the
offline engine does not change these tests' prompts).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from test_llm import Server, completion

from summarizer.brief import english
from summarizer.engines.client import make_client
from summarizer.errors import PromptError
from summarizer.models import Report
from summarizer.prompts import load_prompt
from summarizer.settings import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "brief-nantong-2023-h1.report.json"

FAITHFUL = {
    "title": "Nantong Economic and Technological Development Zone: first half of 2023",
    "summary": (
        "In the first half of 2023 the zone's general public budget revenue reached RMB 7.94 "
        "billion, up 8.5% year on year. Fixed-asset investment was RMB 17.63 billion, up 12%, "
        "and actually utilized foreign capital was USD 750 million. The zone strives to raise "
        "the value added of industrial enterprises above designated size by more than 10% in "
        "the full year and will speed up major projects."
    ),
    "key_figures": [
        {"fact_id": "A1", "text": "General public budget revenue: RMB 7.94 billion, up 8.5% "
                                  "year on year."},
        {"fact_id": "A2", "text": "Fixed-asset investment: RMB 17.63 billion, up 12%."},
        {"fact_id": "A3", "text": "Actually utilized foreign capital: USD 750 million."},
        {"fact_id": "A4", "text": "Newly started projects of RMB 100 million or more: 30."},
    ],
    "targets": [
        {"fact_id": "T1", "text": "Strives for growth of more than 10% in the value added of "
                                  "industrial enterprises above designated size."},
    ],
    "measures": [{"measure_id": "M1", "text": "Speed up the construction of major projects."}],
}


def answer(brief: dict, finish: str = "stop") -> tuple[int, dict, dict]:
    return (200, {}, completion(json.dumps(brief), finish))


def planted(field: str, index: int | None, old: str, new: str) -> dict:
    """FAITHFUL with one figure replaced (a planted error)."""
    brief = copy.deepcopy(FAITHFUL)
    if index is None:
        assert old in brief[field]
        brief[field] = brief[field].replace(old, new)
    else:
        assert old in brief[field][index]["text"]
        brief[field][index]["text"] = brief[field][index]["text"].replace(old, new)
    return brief


WRONG_SCALE = planted("key_figures", 0, "RMB 7.94 billion", "RMB 794 million")


@pytest.fixture
def report() -> Report:
    return Report.model_validate_json(FIXTURE.read_text(encoding="utf-8"))


def settings_for(server: Server, tmp_path, **overrides) -> Settings:
    values = {"OPENAI_BASE_URL": server.url, "SUMMARIZER_MODEL": "m", "OPENAI_API_KEY": "x",
              "SUMMARIZER_CACHE_DIR": tmp_path, **overrides}
    return Settings(**values)


def run(server: Server, tmp_path, report: Report, **overrides):
    settings = settings_for(server, tmp_path, **overrides)
    return english.write_brief(report, settings=settings, client=make_client(settings))


def last_feedback(server: Server) -> str:
    return server.requests[-1]["messages"][-1]["content"]


def test_brief_llm_faithful_brief_passes_and_is_verified(tmp_path, report):
    server = Server([answer(FAITHFUL)])
    brief = run(server, tmp_path, report)
    server.close()
    assert len(server.requests) == 1
    check = brief.provenance.check
    assert check.problems == [] and check.removed == []
    assert check.numbers_checked == check.numbers_matched >= 12
    assert brief.summary == FAITHFUL["summary"] and brief.caveats == []
    assert [line.fact.metric for line in brief.key_figures] == [
        "一般公共预算收入", "固定资产投资", "实际使用外资", "新开工亿元以上项目"]
    assert brief.targets[0].fact.kind == "target" and brief.measures[0].action_index == 0
    assert brief.source.source_file == "brief-nantong-2023-h1.txt"
    prov = brief.provenance
    assert (prov.engine, prov.re_asks, prov.cache_hit) == ("llm", 0, False)
    assert prov.prompt_version == "brief-2" and prov.tokens.total_tokens == 120


def test_brief_llm_prompt_gives_converted_figures_and_nbs_terms(tmp_path, report):
    server = Server([answer(FAITHFUL)])
    run(server, tmp_path, report)
    server.close()
    prompt = server.requests[0]["messages"][1]["content"]
    for expected in ('"RMB 7.94 billion"', '"RMB 17.63 billion"', '"USD 750 million"',
                     '"8.5%"', '"more than 10%"', "general public budget revenue",
                     "fixed-asset investment", "actually utilized foreign capital",
                     "value added of industrial enterprises above designated size",
                     "strive to", "A1:", "T1:", "M1 ("):
        assert expected in prompt, expected
    assert "794" not in prompt  # the figures are converted in code, never left to the model


@pytest.mark.parametrize(
    "bad, where, shown",
    [
        (WRONG_SCALE, "key_figures[0]", '"RMB 794 million"'),
        (planted("summary", None, "up 8.5% year", "up 5.8% year"), "summary", '"5.8%"'),
        (planted("key_figures", 1, "RMB 17.63 billion", "RMB 17.63"), "key_figures[1]",
         '"RMB 17.63"'),  # a dropped "billion"
        (planted("targets", 0, "more than 10%", "more than 12%"), "targets[0]",
         '"more than 12%"'),  # 12% is a Report value, but not of the linked target
    ],
)
def test_brief_llm_wrong_number_is_reasked_with_precise_message(tmp_path, report, bad, where,
                                                                 shown):
    server = Server([answer(bad), answer(FAITHFUL)])
    brief = run(server, tmp_path, report)
    server.close()
    assert len(server.requests) == 2
    feedback = last_feedback(server)
    assert f"{where}: {shown}" in feedback
    assert "Write the Report's value exactly" in feedback
    assert brief.provenance.re_asks == 1 and brief.provenance.tokens.prompt_tokens == 200
    assert brief.provenance.check.problems == [] and brief.caveats == []


def test_brief_llm_reask_names_the_nearest_report_value(tmp_path, report):
    server = Server([answer(WRONG_SCALE), answer(FAITHFUL)])
    run(server, tmp_path, report)
    server.close()
    assert "nearest Report value: RMB 7.94 billion" in last_feedback(server)


def test_brief_llm_unknown_fact_id_is_reasked(tmp_path, report):
    bad = copy.deepcopy(FAITHFUL)
    bad["key_figures"][0]["fact_id"] = "A9"
    server = Server([answer(bad), answer(FAITHFUL)])
    brief = run(server, tmp_path, report)
    server.close()
    assert "key_figures[0]: fact_id 'A9' is not a listed achievement id" in last_feedback(server)
    assert brief.provenance.re_asks == 1


@pytest.mark.parametrize(
    "answers, requests",
    [
        ([WRONG_SCALE] * 3, 2),  # the same error twice: stop early, no third call
        ([WRONG_SCALE, planted("key_figures", 0, "RMB 7.94 billion", "RMB 79.4 billion"),
          planted("key_figures", 0, "RMB 7.94 billion", "RMB 7.9 billion")], 3),
    ],
)
def test_brief_llm_unfixable_number_is_removed_and_listed_in_caveats(tmp_path, report, answers,
                                                                    requests):
    server = Server([answer(a) for a in answers])
    brief = run(server, tmp_path, report, SUMMARIZER_MAX_REASKS=2)
    server.close()
    assert len(server.requests) == requests
    assert brief.provenance.re_asks == requests - 1
    bad_line = answers[-1]["key_figures"][0]["text"]
    assert bad_line not in [line.text for line in brief.key_figures]
    assert [line.fact.index for line in brief.key_figures] == [1, 2, 3]
    assert any(bad_line in caveat for caveat in brief.caveats)
    check = brief.provenance.check
    assert check.problems == [] and check.removed == [bad_line]
    assert brief.summary == FAITHFUL["summary"]  # the rest of the brief is kept


def test_brief_llm_unmatched_summary_sentence_is_removed_alone(tmp_path, report):
    bad = planted("summary", None, "USD 750 million", "USD 7.5 billion")
    server = Server([answer(bad)] * 2)
    brief = run(server, tmp_path, report, SUMMARIZER_MAX_REASKS=1)
    server.close()
    assert "USD 7.5 billion" not in brief.summary
    assert brief.summary.startswith("In the first half of 2023")
    assert "strives to raise" in brief.summary
    assert any("USD 7.5 billion" in c for c in brief.caveats)


def test_brief_llm_second_identical_call_is_cache_hit_without_http(tmp_path, report):
    server = Server([answer(FAITHFUL)])
    first = run(server, tmp_path, report)
    second = run(server, tmp_path, report)
    server.close()
    assert len(server.requests) == 1
    assert second.provenance.cache_hit and not first.provenance.cache_hit
    assert second.provenance.tokens.saved_by_cache == 120
    assert second.provenance.tokens.total_tokens == 0
    assert second.model_dump(exclude={"provenance"}) == first.model_dump(exclude={"provenance"})


def test_brief_llm_brief_with_removed_numbers_is_not_cached(tmp_path, report):
    server = Server([answer(WRONG_SCALE)] * 2 + [answer(FAITHFUL)])
    first = run(server, tmp_path, report, SUMMARIZER_MAX_REASKS=1)
    second = run(server, tmp_path, report, SUMMARIZER_MAX_REASKS=1)
    server.close()
    assert first.provenance.check.removed and len(server.requests) == 3
    assert not second.provenance.cache_hit and second.caveats == []


@pytest.mark.parametrize("change", [{"SUMMARIZER_TEMPERATURE": 0.7}, {"SUMMARIZER_SEED": 7},
                                    {"SUMMARIZER_MODEL": "other"}])
def test_brief_llm_cache_key_includes_sampling_and_model(tmp_path, report, change):
    server = Server([answer(FAITHFUL)] * 2)
    run(server, tmp_path, report)
    brief = run(server, tmp_path, report, **change)
    server.close()
    assert len(server.requests) == 2 and not brief.provenance.cache_hit


def test_brief_llm_changed_report_is_not_served_from_cache(tmp_path, report):
    server = Server([answer(FAITHFUL)] * 2)
    run(server, tmp_path, report)
    report.targets[0].commitment = "确保"
    report.provenance.elapsed_ms = 99.0
    run(server, tmp_path, report)
    server.close()
    assert len(server.requests) == 2


def test_brief_llm_report_timing_does_not_defeat_the_cache(tmp_path, report):
    server = Server([answer(FAITHFUL)])
    run(server, tmp_path, report)
    report.provenance.elapsed_ms = 12345.0
    brief = run(server, tmp_path, report)
    server.close()
    assert brief.provenance.cache_hit and len(server.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_brief_llm_transient_error_is_retried_and_counted(tmp_path, report, status):
    server = Server([(status, {"retry-after": "0"}, {"error": {"message": "busy"}}),
                     answer(FAITHFUL)])
    brief = run(server, tmp_path, report)
    server.close()
    assert brief.provenance.transport_retries == 1 and brief.provenance.check.problems == []


@pytest.mark.parametrize("name", ["brief.system", "brief.user"])
def test_brief_prompts_have_version(name):
    assert load_prompt(name).version == "brief-2"


def test_brief_prompt_missing_variable_is_error():
    with pytest.raises(PromptError):
        load_prompt("brief.user").render(issuer="x")


def test_brief_llm_truncated_answer_gives_offline_brief_without_reask(tmp_path, report):
    cut = (200, {}, completion('{"title": "Nantong Economic and Technological', "length"))
    server = Server([cut] * 3)
    brief = run(server, tmp_path, report)
    server.close()
    assert len(server.requests) == 1  # re-asking the same oversized request would be cut again
    assert brief.provenance.engine == "offline" and brief.provenance.model == "m"
    assert brief.caveats[0].startswith("The model's brief could not be used: the model's answer "
                                       "was cut off at max_tokens (2048)")
    assert brief.provenance.check.problems == [] and brief.key_figures
    assert brief.provenance.tokens.completion_tokens == 20
    second = Server([answer(FAITHFUL)])
    again = run(second, tmp_path, report)  # the fallback was not cached
    second.close()
    assert not again.provenance.cache_hit and len(second.requests) == 1


def test_brief_llm_unreadable_answers_give_offline_brief(tmp_path, report):
    server = Server([(200, {}, completion("Here is your brief: revenue grew."))] * 3)
    brief = run(server, tmp_path, report, SUMMARIZER_MAX_REASKS=1)
    server.close()
    assert len(server.requests) == 2
    assert brief.provenance.engine == "offline" and brief.provenance.re_asks == 1
    assert "its last answer was not a brief" in brief.caveats[0]


def test_brief_api_llm_engine_builds_its_client_from_settings(tmp_path, report):
    from summarizer.brief import brief

    server = Server([answer(FAITHFUL)])
    result = brief(report, engine="llm", settings=settings_for(server, tmp_path))
    server.close()
    assert result.provenance.engine == "llm" and len(server.requests) == 1
    assert result.key_figures[0].text == FAITHFUL["key_figures"][0]["text"]


def test_brief_llm_unverified_fact_is_not_given_to_the_model_and_is_a_caveat(tmp_path, report):
    report.achievements[2].verified = False  # 实际使用外资 7.5亿美元
    faithful = copy.deepcopy(FAITHFUL)
    faithful["summary"] = faithful["summary"].replace(
        ", and actually utilized foreign capital was USD 750 million", "")
    faithful["key_figures"] = [faithful["key_figures"][i] for i in (0, 1)] + [
        {"fact_id": "A3", "text": "Newly started projects of RMB 100 million or more: 30."}]
    server = Server([answer(faithful)])
    brief = run(server, tmp_path, report)
    server.close()
    prompt = server.requests[0]["messages"][1]["content"]
    assert "USD 750 million" not in prompt and "A4:" not in prompt
    assert brief.key_figures[2].fact.index == 3  # A3 is now the fourth achievement
    assert any("实际使用外资 7.5亿美元 (achievement 2)" in c for c in brief.caveats)
    assert brief.provenance.check.problems == []


def test_model_brief_body_is_capped_and_the_rest_goes_to_the_appendix():
    from summarizer.brief.importance import KEY_FIGURES_MAX

    report = Report.model_validate_json(FIXTURE.read_text(encoding="utf-8"))
    listing = english.Listing(report)
    first = next(fid for fid in listing.facts if fid.startswith("A"))
    draft = english.BriefDraft(
        title="t", summary="s",
        key_figures=[english.LineDraft(fact_id=first, text="x")] * (KEY_FIGURES_MAX + 3),
    )
    result = english.to_brief(draft, report, listing)
    assert len(result.key_figures) == KEY_FIGURES_MAX and len(result.appendix) == 3
