"""CLI commands about the model endpoint: `doctor` (what works), `record` and `replay`
(regression tests with recorded responses). Registered on `summarizer.cli.app` on import."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from summarizer.cli import (
    BASE_URL_OPT,
    MODE_OPT,
    MODEL_OPT,
    PROVIDER_OPT,
    Mode,
    Provider,
    _settings,
    app,
)


@app.command()
def doctor(
    model: Optional[str] = MODEL_OPT,
    base_url: Optional[str] = BASE_URL_OPT,
    mode: Optional[Mode] = MODE_OPT,
    provider: Optional[Provider] = PROVIDER_OPT,
) -> None:
    """Check the model endpoint and print the settings to use.

    Reachable, key accepted, model listed, context size (if the server says), and which
    structured-output modes work: one tiny request each, no retries, with latency. The best
    mode is remembered for SUMMARIZER_MODE=auto. Exit 0 when a mode works, 2 otherwise.
    The key is never printed.

    \b
    Example: summarizer doctor --provider llamacpp
    """
    from summarizer.doctor import diagnose, render, require_usable

    settings = _settings(model=model, base_url=base_url, mode=mode.value if mode else None,
                         provider=provider.value if provider else None)
    found = diagnose(settings)
    typer.echo(render(found), nl=False)
    require_usable(found)


CASSETTES_OPT = typer.Option(..., "--cassettes", help="Directory of cassettes, snapshots and "
                             "manifest.json (one <stem>.yaml and <stem>.report.json per report).")


@app.command()
def record(
    paths: list[str] = typer.Argument(..., help="Report files to run against the real endpoint."),
    cassettes: Path = CASSETTES_OPT,
    model: Optional[str] = MODEL_OPT,
    base_url: Optional[str] = BASE_URL_OPT,
    mode: Optional[Mode] = MODE_OPT,
    provider: Optional[Provider] = PROVIDER_OPT,
) -> None:
    """Record the model's answers for each report, for offline regression tests.

    Runs the LLM engine (no cache) and writes DIR/<stem>.yaml (the HTTP exchanges, vcrpy
    format, matched on method, URI and canonical JSON body; auth headers removed and the key
    redacted everywhere), DIR/<stem>.report.json (the Report, the snapshot) and
    DIR/manifest.json (summarizer version, model, base URL without credentials, prompt
    versions and hashes, request settings, date). Needs vcrpy: pip install "summarizer[record]".

    \b
    Example: summarizer record examples/*.txt examples/*.html --cassettes regress/
    """
    from summarizer.regression import record_reports

    settings = _settings(model=model, base_url=base_url, mode=mode.value if mode else None,
                         provider=provider.value if provider else None)

    def done(name: str, report, requests: int, cassette: Path) -> None:
        facts = len(report.achievements) + len(report.targets)
        typer.echo(f"summarizer: recorded {name}: {requests} request(s), {facts} fact(s), mode "
                   f"{report.provenance.mode} -> {cassette}", err=True)

    record_reports([Path(p) for p in paths], cassettes, settings, on_done=done)


class DiffFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def replay(
    paths: Optional[list[str]] = typer.Argument(
        None, help="Report files recorded with `summarizer record` (default: every report in the "
        "manifest, at the path it was recorded from)."),
    cassettes: Path = CASSETTES_OPT,
    update: bool = typer.Option(False, "--update", help="Accept the new Reports as snapshots."),
    fmt: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f",
                                   help="text (a readable diff) or json."),
    model: Optional[str] = typer.Option(None, "--model", help="Replay as if with this model "
                                        "(default: the recorded one)."),
    mode: Optional[Mode] = typer.Option(None, "--mode", help="Replay in this structured-output "
                                        "mode (default: the recorded one)."),
    chunk_chars: Optional[int] = typer.Option(None, "--chunk-chars", min=500, help="Replay with "
                                              "this chunk size (default: the recorded one)."),
) -> None:
    """Re-run recorded reports offline and compare them with their snapshots, fact by fact.

    No network at all: every model request is answered from the cassette, with the settings
    of the recording (manifest.json). A request that is not in the cassette stops the replay
    with one line naming what changed (prompt, model, settings, summarizer version). Exit 1
    when any fact was added, removed or changed (value, metric, kind, verified), 0 otherwise;
    --update writes the new snapshots and exits 0.

    \b
    Example: summarizer replay --cassettes regress/
    """
    from summarizer.regression import render_results, replay_reports, results_json

    overrides = {"model": model, "mode": mode.value if mode else None, "chunk_chars": chunk_chars}
    results = replay_reports([Path(p) for p in paths or []], cassettes, overrides, update=update)
    render = results_json if fmt is DiffFormat.json else render_results
    typer.echo(render(results, updated=update), nl=False)
    if not update and any(r.changed for r in results):
        raise typer.Exit(1)
