"""English briefs of a verified Report, with every number in the English checked against it.

`summarizer.brief.brief(report)` writes one; the package itself is callable too, so
`summarizer.brief(report)` (the top-level API) is the same function.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

from summarizer.errors import ConfigError

if TYPE_CHECKING:
    from summarizer.models import Brief, Report
    from summarizer.settings import Settings

ENGINES = ("auto", "offline", "llm")


def brief(
    report: Report,
    *,
    engine: str = "auto",
    settings: Settings | None = None,
    client: Any = None,
) -> Brief:
    """Write the English brief of `report`.

    engine "offline" uses the glossary templates; "llm" asks the configured model (its numbers
    are checked and re-asked); "auto" picks llm only when a model is configured.
    """
    if engine not in ENGINES:
        raise ConfigError(f"Unknown brief engine {engine!r}. Use one of: {', '.join(ENGINES)}.")
    if engine != "offline":
        from summarizer.settings import Settings

        settings = settings or Settings()
        if engine == "auto":
            engine = "llm" if settings.llm_configured() else "offline"
    if engine == "offline":
        from summarizer.brief.offline import write_brief

        return write_brief(report)
    if not settings.llm_configured() and client is None:  # type: ignore[union-attr]
        from summarizer.errors import no_endpoint_error

        raise no_endpoint_error(settings)
    try:
        from summarizer.brief.english import write_brief as write_llm_brief
    except ImportError as exc:
        raise ConfigError(
            f"The LLM brief is unavailable in this installation ({exc}). "
            "Use --engine offline (engine='offline')."
        ) from None
    assert settings is not None  # set above for every engine but offline
    return write_llm_brief(report, settings=settings, client=client)


class _CallableModule(ModuleType):
    """`summarizer.brief` is both this package and the public `brief` call: calling the package
    is `summarizer.api.brief` (which also takes a Report JSON or a report file), so
    `summarizer.brief(...)` and `summarizer.brief.brief(report)` both work as the README says."""

    def __call__(self, source: Any, **options: Any) -> Brief:
        from summarizer.api import brief as api_brief  # the public entry point, one level up

        return api_brief(source, **options)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["ENGINES", "brief"]
