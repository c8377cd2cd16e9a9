"""summarizer.distributed on a LocalCluster with two worker processes: the same folder as batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from test_batch import _corpus, _normalized  # noqa: E402
from test_quota import Server  # noqa: E402

from summarizer.batch import plan_outputs, run_batch  # noqa: E402
from summarizer.distributed import resolve_inputs, summarize_corpus  # noqa: E402
from summarizer.settings import Settings  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=40,
    )
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def test_dask_corpus_writes_what_batch_writes(tmp_path, client):
    src = tmp_path / "in"
    _corpus(src, 24)
    threads = plan_outputs(resolve_inputs(src), tmp_path / "threads", ".json")
    run_batch(threads, out_dir=tmp_path / "threads", engine="offline", settings=Settings(), jobs=2)
    result = summarize_corpus(str(src / "*.txt"), tmp_path / "dask", client=client,
                              engine="offline")
    assert (result.count("ok"), result.count("failed")) == (24, 1)  # the empty file: a record
    assert _normalized(tmp_path / "dask") == _normalized(tmp_path / "threads")
    workers = {w for w in client.run(lambda: 1)}
    assert len(workers) == 2
    again = summarize_corpus([src], tmp_path / "dask", client=client, engine="offline")
    assert again.count("skipped") == 24
    assert _normalized(tmp_path / "dask") == _normalized(tmp_path / "threads")


def test_dask_workers_own_cache_dirs(tmp_path, client):
    server = Server(delay=0.0)
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"r{i}.txt").write_text(f"园区{i}号实现工业开票销售{40 + i}.5亿元。\n", encoding="utf-8")
    settings = Settings(OPENAI_BASE_URL=server.url, OPENAI_API_KEY="sk-test-not-a-key",
                        SUMMARIZER_MODEL="m", SUMMARIZER_MODE="json",
                        SUMMARIZER_CACHE_DIR=tmp_path / "cache")
    try:
        result = summarize_corpus(src, tmp_path / "out", client=client, settings=settings,
                                  engine="llm", worker_cache="own", fmt="md")
    finally:
        server.close()
    assert result.count("ok") == 6, [i.error for i in result.items]
    caches = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert caches and all(name.startswith("worker-") for name in caches)
    lines = [json.loads(x) for x in (tmp_path / "out" / "batch.jsonl").read_text().splitlines()]
    assert {line["engine"] for line in lines} == {"llm"}
    assert Path(lines[0]["output"]).suffix == ".md"
