"""Regression tests with recorded responses: `summarizer record` and `summarizer replay`.

`record` runs the LLM engine against a real endpoint with one cassette per report
(`DIR/<stem>.yaml`), writes the Report it produced as the snapshot (`DIR/<stem>.report.json`)
and a manifest (`DIR/manifest.json`: summarizer version, model, base URL without credentials,
prompt versions and hashes, the settings that shape requests, date). `replay` runs the
pipeline again with the network blocked, answering every request from the cassette, and
compares the new Reports with the snapshots fact by fact. A request that is not in the
cassette means the request changed; the error says what differs from the manifest.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from summarizer import __version__
from summarizer.engines.llm import schema_hash
from summarizer.errors import (
    PROVIDER_INSTEAD,
    ConfigError,
    InputError,
    SummarizerError,
    no_endpoint_error,
)
from summarizer.factdiff import FactChange, diff_reports
from summarizer.models import Report
from summarizer.pipeline import summarize_loaded
from summarizer.prompts import load_prompt
from summarizer.recording import (
    make_vcr,
    no_network,
    normalized_body,
    redact,
    unmatched_request,
)
from summarizer.settings import Settings
from summarizer.text.load import LoadedText, load_path
from summarizer.verify import VERIFIER_VERSION

MANIFEST = "manifest.json"
PROMPTS = ("extract.system", "extract.user")
# Settings that shape the request bodies (or how many requests are made), by env name.
REQUEST_SETTINGS = {"SUMMARIZER_CHUNK_CHARS": "chunk_chars", "SUMMARIZER_MAX_TOKENS": "max_tokens",
                    "SUMMARIZER_TEMPERATURE": "temperature", "SUMMARIZER_SEED": "seed",
                    "SUMMARIZER_MAX_REASKS": "max_reasks"}
REPLAY_KEY = "replay-no-key"  # requests never leave the process; the SDK wants some key


class ReplayError(SummarizerError):
    """A replay could not run: a request is not in the cassette, or a recording is missing."""

    exit_code = 2


@dataclass
class ReplayResult:
    """One report replayed: the new Report and what changed against the snapshot."""

    name: str
    stem: str
    report: Report
    changes: list[FactChange] = field(default_factory=list)
    snapshot_missing: bool = False

    @property
    def changed(self) -> bool:
        return self.snapshot_missing or bool(self.changes)


def safe_base_url(url: str | None) -> str | None:
    """The base URL without user:password and without a query (where keys hide)."""
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def request_state(settings: Settings) -> dict[str, Any]:
    """Everything the manifest records about how requests are made (no key, no credentials)."""
    prompts = {}
    for name in PROMPTS:
        prompt = load_prompt(name)
        prompts[name] = {"version": prompt.version, "sha256": prompt.sha256}
    return {
        "summarizer_version": __version__,
        # instructor writes part of every request (its JSON-mode prompt, the tool schema)
        "instructor_version": _version("instructor"),
        "model": settings.model,
        "base_url": safe_base_url(settings.openai_base_url),
        "prompts": prompts,
        "schema_hash": schema_hash(),
        # the verifier decides re-asks (the LLM engine sends its failing claims back)
        "verifier_version": VERIFIER_VERSION,
        "settings": {env: getattr(settings, name) for env, name in REQUEST_SETTINGS.items()},
    }


def _stems(paths: list[Path]) -> list[tuple[Path, str]]:
    seen: dict[str, Path] = {}
    out = []
    for path in paths:
        stem = Path(path).stem
        if stem in seen:
            raise InputError(str(path), f"has the same name as {seen[stem]} (cassette {stem}.yaml).",
                             "Record them into different --cassettes directories.")
        seen[stem] = Path(path)
        out.append((Path(path), stem))
    return out


def read_manifest(directory: Path) -> dict[str, Any]:
    """The manifest, or an error that says how to make one."""
    path = directory / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(directory), f"has no {MANIFEST} (nothing was recorded there).",
                         "Record first: summarizer record PATH... --cassettes "
                         f"{directory}") from None
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"is not a readable manifest ({exc}).",
                         "Record again with summarizer record.") from None


def _write_json(path: Path, data: Any) -> None:
    _write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(tmp, path)


def snapshot_text(report: Report) -> str:
    """A Report as the snapshot file holds it (the JSON contract, Chinese readable)."""
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def record_reports(
    paths: list[Path], directory: Path, settings: Settings,
    on_done: Callable[[str, Report, int, Path], None] | None = None,
) -> list[Report]:
    """Run the LLM engine on each report against the real endpoint, recording everything."""
    if not settings.llm_configured():
        raise no_endpoint_error(settings, instead=PROVIDER_INSTEAD)
    settings = settings.model_copy(update={"use_cache": False})  # a cache hit records nothing
    key = settings.openai_api_key
    recorder = make_vcr(key=key, record_mode="all")
    directory.mkdir(parents=True, exist_ok=True)
    state = request_state(settings)
    try:
        old = read_manifest(directory)
    except InputError:
        old = {}
    # Earlier recordings stay listed only if they were made the same way.
    same = {k: old.get(k) for k in state} == state
    entries: dict[str, Any] = dict(old.get("reports", {})) if same else {}
    reports = []
    for path, stem in _stems(paths):
        loaded = load_path(path)
        cassette = directory / f"{stem}.yaml"
        cassette.unlink(missing_ok=True)  # vcrpy's "all" mode would keep the old interactions
        try:
            with recorder.use_cassette(str(cassette)) as recorded:
                report = summarize_loaded(loaded, engine="llm", settings=settings)
                requests = len(recorded.requests)
        except BaseException:
            cassette.unlink(missing_ok=True)  # no half recording
            raise
        report.provenance.base_url = safe_base_url(report.provenance.base_url)
        snapshot = directory / f"{stem}.report.json"
        _write_text(snapshot, redact(snapshot_text(report), key))
        entries[stem] = {
            "source": loaded.name, "sha256": loaded.sha256, "cassette": cassette.name,
            "snapshot": snapshot.name, "mode": report.provenance.mode or settings.mode,
            "requests": requests, "transport_retries": report.provenance.transport_retries,
            "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }
        # after every report: a run that fails later keeps what it recorded so far
        manifest = {**state, "date": dt.date.today().isoformat(), "reports": entries}
        _write_text(directory / MANIFEST, redact(json.dumps(manifest, ensure_ascii=False,
                                                            indent=2) + "\n", key))
        reports.append(report)
        if on_done:
            on_done(loaded.name, report, requests, cassette)
    return reports


def replay_settings(manifest: dict[str, Any], entry: dict[str, Any],
                    overrides: dict[str, Any] | None = None) -> Settings:
    """The settings of the recording (explicit `overrides` win: e.g. another model)."""
    values: dict[str, Any] = {
        "model": manifest.get("model"), "openai_base_url": manifest.get("base_url"),
        "mode": entry.get("mode") or "json_schema", "openai_api_key": REPLAY_KEY,
        "use_cache": False, "provider": None, "engine": "llm",
        "max_transport_retries": int(entry.get("transport_retries") or 0),
    }
    for env, name in REQUEST_SETTINGS.items():
        if env in manifest.get("settings", {}):
            values[name] = manifest["settings"][env]
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    try:
        return Settings(**values)
    except Exception as exc:  # a manifest edited by hand
        raise ConfigError(f"manifest settings are not valid ({' '.join(str(exc).split())[:200]})."
                          " Record again.") from None


def what_differs(manifest: dict[str, Any], entry: dict[str, Any], settings: Settings,
                 loaded: LoadedText) -> list[str]:
    """What is different now from when this report was recorded, each as 'name: old -> new'."""
    now = request_state(settings)
    out = []
    if entry.get("sha256") and entry["sha256"] != loaded.sha256:
        out.append("the report file itself (sha256)")
    for name in ("model", "base_url"):
        if manifest.get(name) != now[name]:
            out.append(f"{name} {manifest.get(name)!r} -> {now[name]!r}")
    if entry.get("mode") and entry["mode"] != settings.mode:
        out.append(f"mode {entry['mode']!r} -> {settings.mode!r}")
    for name, prompt in now["prompts"].items():
        old = manifest.get("prompts", {}).get(name, {})
        if old != prompt:
            out.append(f"prompt {name} {old.get('version')} ({str(old.get('sha256'))[:8]}) -> "
                       f"{prompt['version']} ({prompt['sha256'][:8]})")
    if manifest.get("schema_hash") != now["schema_hash"]:
        out.append(f"answer schema {manifest.get('schema_hash')} -> {now['schema_hash']}")
    for env, value in now["settings"].items():
        old = manifest.get("settings", {}).get(env)
        if old is not None and old != value:
            out.append(f"{env} {old!r} -> {value!r}")
    for name in ("verifier_version", "summarizer_version", "instructor_version"):
        if manifest.get(name) != now[name]:
            out.append(f"{name.replace('_', ' ')} {manifest.get(name)} -> {now[name]}")
    return out


def _unexplained(error: BaseException | None) -> str:
    """Why a request is missing when no recorded setting changed."""
    request = getattr(error, "failed_request", None)
    body = normalized_body(getattr(request, "body", None))
    messages = body.get("messages", []) if isinstance(body, dict) else []
    if any(isinstance(m, dict) and m.get("role") == "assistant" for m in messages):
        return ("the model was asked again (a re-ask: a recorded answer no longer passes the "
                "checks, after an edited cassette or a changed verifier)")
    if getattr(error, "reason", None) == "already_played":
        return "the run made more requests than the recording"
    return "nothing the manifest records differs (a code change altered the request?)"


def _load_snapshot(path: Path) -> Report | None:
    try:
        return Report.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"is not a readable Report snapshot ({exc}).",
                         "Accept a new one with --update.") from None


def replay_report(path: Path | str, directory: Path, overrides: dict[str, Any] | None = None,
                  *, stem: str | None = None, manifest: dict[str, Any] | None = None
                  ) -> tuple[Report, Path]:
    """Run one report with every request answered from its cassette; nothing leaves the
    process. Returns the new Report and its snapshot path."""
    directory = Path(directory)
    manifest = manifest if manifest is not None else read_manifest(directory)
    stem = stem or _stems([Path(path)])[0][1]
    entry = manifest.get("reports", {}).get(stem)
    if entry is None:
        raise ReplayError(f"{Path(path).name}: no recording in {directory} (the manifest lists "
                          f"{', '.join(sorted(manifest.get('reports', {}))) or 'none'}). Record "
                          "it with summarizer record.")
    cassette = directory / entry.get("cassette", f"{stem}.yaml")
    if not cassette.is_file():
        raise ReplayError(f"{Path(path).name}: cassette {cassette} is missing. Record it again.")
    loaded = load_path(path)
    settings = replay_settings(manifest, entry, overrides)
    recorder = make_vcr(record_mode="none")
    try:
        with no_network(), recorder.use_cassette(str(cassette)):
            report = summarize_loaded(loaded, engine="llm", settings=settings)
    except Exception as exc:
        if unmatched_request(exc) is None:
            raise
        changed = what_differs(manifest, entry, settings, loaded)
        why = ("changed since the recording: " + "; ".join(changed)) if changed else (
            _unexplained(unmatched_request(exc)))
        raise ReplayError(f"{loaded.name}: a request is not in {cassette}; {why}. Record again "
                          "with summarizer record, or undo the change.") from None
    return report, directory / entry.get("snapshot", f"{stem}.report.json")


def replay_reports(paths: list[Path], directory: Path, overrides: dict[str, Any] | None = None,
                   update: bool = False) -> list[ReplayResult]:
    """Replay each report and diff it against its snapshot; `update` accepts the new ones.
    No paths: every report the manifest lists, at the path it was recorded from."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    if not paths:
        paths = [Path(entry["source"]) for entry in manifest.get("reports", {}).values()]
    results = []
    for path, stem in _stems(paths):
        result = replay_and_compare(path, directory, overrides, stem=stem, manifest=manifest,
                                    update=update)
        results.append(result)
    return results


def replay_and_compare(path: Path | str, directory: Path, overrides: dict[str, Any] | None = None,
                       *, stem: str | None = None, manifest: dict[str, Any] | None = None,
                       update: bool = False) -> ReplayResult:
    """Replay one report and diff it against its snapshot (`update`: write the new one)."""
    stem = stem or Path(path).stem
    report, snapshot_path = replay_report(path, Path(directory), overrides, stem=stem,
                                          manifest=manifest)
    snapshot = _load_snapshot(snapshot_path)
    changes = diff_reports(snapshot, report) if snapshot is not None else []
    result = ReplayResult(Path(path).name, stem, report, changes, snapshot is None)
    if update and result.changed:
        _write_text(snapshot_path, snapshot_text(report))
    return result


def render_results(results: list[ReplayResult], *, updated: bool = False) -> str:
    """The readable diff for stdout."""
    lines = []
    for result in results:
        if result.snapshot_missing:
            lines.append(f"{result.name}: no snapshot yet"
                         + (" (written)" if updated else " (accept with --update)"))
            continue
        if not result.changes:
            lines.append(f"{result.name}: unchanged")
            continue
        counts = {kind: sum(c.change == kind for c in result.changes)
                  for kind in ("added", "removed", "changed")}
        lines.append(f"{result.name}: {counts['added']} added, {counts['removed']} removed, "
                     f"{counts['changed']} changed" + (" (accepted)" if updated else ""))
        lines.extend(change.line() for change in result.changes)
    return "\n".join(lines) + "\n"


def results_json(results: list[ReplayResult], *, updated: bool = False) -> str:
    """The same as JSON: one object per report."""
    payload = {"updated": updated, "reports": [
        {"name": r.name, "stem": r.stem,
         "status": "new" if r.snapshot_missing else ("changed" if r.changes else "unchanged"),
         "changes": [c.as_json() for c in r.changes]} for r in results]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def manifest_for_recording(recording: dict[str, Any], paths: dict[str, str]) -> dict[str, Any]:
    """A manifest for cassettes recorded by the project's own `make record-live`
    (tests/test_llm_recorded.py writes `recording.json`, not a manifest), so that
    `summarizer replay` can run them. `paths` maps each recorded file name to its path."""
    env = recording["settings"]
    settings = Settings(model=env["SUMMARIZER_MODEL"], openai_base_url=env["OPENAI_BASE_URL"],
                        openai_api_key=REPLAY_KEY, mode=env["SUMMARIZER_MODE"], provider=None,
                        **{name: env[e] for e, name in REQUEST_SETTINGS.items() if e in env})
    entries = {}
    for name, seen in recording["observed"].items():
        loaded = load_path(paths[name])
        stem = Path(name).stem
        entries[stem] = {
            "source": paths[name], "sha256": loaded.sha256, "cassette": f"{stem}.yaml",
            "snapshot": f"{stem}.report.json", "mode": env["SUMMARIZER_MODE"],
            "requests": seen["requests"],
            "transport_retries": seen["requests"] - seen["chunks"] - seen["re_asks"],
            "date": recording["date"],
        }
    return {**request_state(settings), "date": recording["date"],
            "derived_from": "recording.json (cassettes recorded by tests/test_llm_recorded.py)",
            "reports": entries}


def replayer(directory: Path) -> Callable[[Path], Report]:
    """`run(path) -> Report` replaying from `directory` (for `summarizer eval --cassettes`)."""
    manifest = read_manifest(Path(directory))

    def run(path: Path) -> Report:
        return replay_report(path, Path(directory), manifest=manifest)[0]

    return run
