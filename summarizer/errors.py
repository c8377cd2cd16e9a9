"""Errors the library raises. The CLI turns each into one stderr line and an exit code.

Messages say what went wrong, name the file or setting, and end with the fix.
"""

from __future__ import annotations

from collections.abc import Iterator


def cause_chain(exc: BaseException | None, depth: int = 8) -> Iterator[BaseException]:
    """`exc` and the errors it wraps (`__cause__`, else `__context__`), at most `depth` of them:
    the SDK, instructor and vcrpy wrap the error a caller needs to recognise."""
    seen = 0
    while exc is not None and seen < depth:
        yield exc
        exc = exc.__cause__ or exc.__context__
        seen += 1


class SummarizerError(Exception):
    """Base of every error this package raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """The input file cannot be read as a report (missing, empty, binary, bad encoding)."""

    exit_code = 2

    def __init__(self, path: str, problem: str, fix: str | None = None) -> None:
        self.path = path
        self.problem = problem
        self.fix = fix
        message = f"{path}: {problem}"
        if fix:
            message += f" {fix}"
        super().__init__(message)


class OutputError(InputError):
    """The output path cannot be written (a directory, a missing or read-only folder)."""


class ConfigError(SummarizerError):
    """Settings are missing or inconsistent (no model endpoint, bad option)."""

    exit_code = 2


class PromptError(SummarizerError):
    """A prompt template is missing or cannot be rendered."""


class ModelCallError(SummarizerError):
    """The model endpoint failed after all transport retries."""

    def __init__(self, message: str, *, model: str | None = None, attempts: int = 0) -> None:
        self.model = model
        self.attempts = attempts
        super().__init__(message)


class ModelAnswerError(SummarizerError):
    """The endpoint answered, but with nothing usable: cut off at max_tokens (`truncated`), or
    no valid answer after the re-asks (an unparseable body, wrong types, an echoed schema).

    Raised by `engines/client.py` in place of the SDKs' own exceptions; the engines drop the
    chunk (or fall back) and never cache it. `last_content` is the model's last answer text.
    """

    def __init__(
        self, message: str, *, truncated: bool = False, attempts: int = 0,
        last_content: str | None = None,
    ) -> None:
        self.truncated = truncated
        self.attempts = attempts
        self.last_content = last_content
        super().__init__(message)


class VerificationError(SummarizerError):
    """Facts could not be verified and strict mode forbids passing them on."""

    exit_code = 3


def no_endpoint_error(
    settings: object | None = None, *, instead: str = "or use --engine offline"
) -> ConfigError:
    """The one message for 'an LLM command ran without a usable model endpoint'; with a
    provider preset whose key is missing, it names that provider's key variable. `instead` is
    the way out the command offers: commands without --engine (doctor, record) pass their own,
    so the fix never names a flag the command does not have."""
    provider = getattr(settings, "provider", None)
    key_env = settings.missing_key_env() if settings is not None and provider else None  # type: ignore[attr-defined]
    if key_env:
        return ConfigError(
            f"Provider '{provider}' needs an API key and none is set. Set {key_env} "
            f"(or OPENAI_API_KEY), {instead}."
        )
    if provider and not getattr(settings, "model", None):
        return ConfigError(
            f"Provider '{provider}' has no default model. Set SUMMARIZER_MODEL (or --model) to "
            f"the model the server serves, {instead}."
        )
    return ConfigError(
        "No model endpoint configured. Set OPENAI_API_KEY (and OPENAI_BASE_URL for DeepSeek, "
        f"DashScope or a local server) and SUMMARIZER_MODEL, {instead}."
    )


REDACTED = "[redacted]"


def redact(text: str, *secrets: str | None) -> str:
    """`text` with every secret replaced by [redacted]: applied wherever a message leaves the
    library (errors, notes, warnings, the batch index), because servers echo keys back."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text


# The way out for commands that only talk to a model (doctor, record): a preset, not --engine.
PROVIDER_INSTEAD = "or pick a preset with --provider (e.g. --provider ollama for a local server)"


def missing_key_error(base_url: str) -> ConfigError:
    """A base URL and model are set but no key: say so before any request is sent."""
    return ConfigError(
        f"OPENAI_API_KEY is not set (the model endpoint is {base_url}). Set OPENAI_API_KEY "
        "(any value for a local server that takes none, e.g. OPENAI_API_KEY=x), or use "
        "--engine offline."
    )
