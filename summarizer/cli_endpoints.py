"""CLI commands about the model endpoint: `doctor` (what works), `record` and `replay`
(regression tests with recorded responses). Registered on `summarizer.cli.app` on import."""

from __future__ import annotations

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

    Example: summarizer doctor --provider llamacpp
    """
    from summarizer.doctor import diagnose, render, require_usable

    settings = _settings(model=model, base_url=base_url, mode=mode.value if mode else None,
                         provider=provider.value if provider else None)
    found = diagnose(settings)
    typer.echo(render(found), nl=False)
    require_usable(found)
