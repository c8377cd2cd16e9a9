"""A corpus on a Dask cluster: the same outputs, index and facts table as `summarizer batch`.

Needs the optional extra: `pip install "summarizer[dask]"` (dask[distributed]).

    from distributed import Client
    from summarizer.distributed import summarize_corpus

    client = Client("tcp://scheduler:8786")          # or Client(LocalCluster(n_workers=4))
    result = summarize_corpus("/data/reports/**/*.html", "/data/out", client=client)

Workers summarize and render; the client (this process) writes every output, appends the index
line and rebuilds facts.csv, exactly as `run_batch` does with threads, so resuming, Ctrl-C and
error records behave the same. Workers read the inputs by the paths given (on a real cluster:
a shared file system, mounted at the same path everywhere); the outputs need to be visible to
the client only. Model results are cached in SUMMARIZER_CACHE_DIR as seen by each worker:
`worker_cache="shared"` (default) uses that one directory (diskcache is safe across processes
on one machine or a shared file system that supports locks); `"own"` gives each worker its
own sub-directory `worker-<name>`. Rate limits (--rpm/--tpm) hold per worker process: give
each worker its share.
"""

from __future__ import annotations

import functools
import glob
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from summarizer.batch import (
    REPORT_SUFFIXES,
    BatchResult,
    ShippedReport,
    expand_inputs,
    plan_outputs,
    report_summary,
    run_batch,
    summarize_one,
)
from summarizer.errors import ConfigError
from summarizer.render.formats import FORMATS
from summarizer.settings import Settings

_GLOB = re.compile(r"[*?\[]")


def resolve_inputs(inputs: str | Path | Sequence[str | Path]) -> list[Path]:
    """A glob pattern (`**` recurses), a path, or a list of them, as batch would read them."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    found: list[Path] = []
    for item in inputs:
        text = os.fspath(item)
        if _GLOB.search(text):
            matches = sorted(glob.glob(text, recursive=True))
            found.extend(Path(m) for m in matches
                         if Path(m).is_file() and Path(m).suffix.lower() in REPORT_SUFFIXES)
        else:
            found.extend(expand_inputs([text]))
    return found


def summarize_on_worker(
    path: Path,
    engine: str,
    settings: Settings,
    keep_unverified: bool,
    fmt: str,
    *,
    worker_cache: str = "shared",
) -> tuple[ShippedReport, str]:
    """`summarize_one` on a Dask worker, with its own cache dir when asked; the Report goes
    back as JSON text (run_chunk turns errors into plain lines: our error classes carry
    structured arguments that do not all pickle)."""
    if worker_cache == "own":
        from summarizer.cache import cache_dir

        settings = settings.model_copy(
            update={"cache_dir": cache_dir(settings).parent / f"worker-{_worker_name()}"}
        )
    report, text = summarize_one(path, engine, settings, keep_unverified, fmt)
    return ShippedReport(json=report.model_dump_json(), summary=report_summary(report)), text


def _worker_name() -> str:
    try:
        from distributed import get_worker

        name = str(get_worker().name)
    except (ImportError, ValueError):
        name = f"pid{os.getpid()}"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def summarize_corpus(
    inputs: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    *,
    client: Any = None,
    engine: str = "auto",
    fmt: str = "json",
    settings: Settings | None = None,
    keep_unverified: bool = False,
    force: bool = False,
    worker_cache: Literal["shared", "own"] = "shared",
    window: int | None = None,
    chunk: int | None = None,
) -> BatchResult:
    """Summarize every input on the Dask cluster behind `client` (default: the current client,
    `distributed.get_client()`), writing out_dir/<stem>.<fmt>, batch.jsonl and facts.csv.

    Inputs go out in tasks of `chunk` reports (default: 8 for the offline engine, whose
    reports take milliseconds, else 1) and at most `window` tasks are in flight (default:
    twice the cluster's worker threads), so a corpus of any size never floods the scheduler
    and Ctrl-C has little to wait for.
    """
    try:
        import distributed
    except ImportError:
        raise ConfigError(
            "summarizer.distributed needs Dask. Install it with: pip install \"summarizer[dask]\"."
        ) from None
    if fmt not in FORMATS:
        raise ConfigError(f"Unknown format {fmt!r}. Use one of: {', '.join(FORMATS)}.")
    if worker_cache not in ("shared", "own"):
        raise ConfigError(f"worker_cache must be 'shared' or 'own', not {worker_cache!r}.")
    settings = settings or Settings()
    from summarizer.pipeline import resolve_engine

    engine = resolve_engine(engine, settings)  # decided once, here: workers all do the same
    client = client or distributed.get_client()
    threads = sum(client.nthreads().values()) or 1
    out = Path(out_dir)
    items = plan_outputs(resolve_inputs(inputs), out, f".{fmt}")
    work = functools.partial(summarize_on_worker, worker_cache=worker_cache)
    executor = client.get_executor(pure=False)
    return run_batch(
        items, out_dir=out, engine=engine, settings=settings, keep_unverified=keep_unverified,
        fmt=fmt, force=force, executor=executor, window=window or 2 * threads, work=work,
        chunk=chunk or (8 if engine == "offline" else 1),
    )
