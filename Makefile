# Two commands do all set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
EXAMPLE ?= examples/lingang-2023-h1-report.html

.PHONY: demo test lint venv venv-test schema bench bench-size bench-batch bench-dask record record-live clean sweep

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Re-install whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

venv: $(VENV)/.installed
venv-test: $(VENV)/.installed-test

demo: venv  ## summarize the bundled example report and write its English brief (offline engine, Markdown)
	$(BIN)/summarizer summarize $(EXAMPLE) --engine offline --format md
	@echo
	$(BIN)/summarizer brief $(EXAMPLE) --engine offline

test: venv-test  ## run the whole test suite (offline: cassettes are replayed)
	$(BIN)/python -m pytest -q

lint: venv-test  ## ruff (pyflakes, pycodestyle, import order, bugbear)
	$(BIN)/python -m pip install -q ruff
	$(BIN)/ruff check summarizer tests benchmarks scripts

schema: venv  ## re-export schemas/*.schema.json from the pydantic models
	$(BIN)/summarizer schema --all -o schemas/

sweep: venv-test  ## the offline engine on all 120 unlabeled dev reports in ../shared (quotes, connectors)
	SUMMARIZER_SWEEP=1 $(BIN)/python -m pytest -q tests/test_offline_sweep.py

bench: venv  ## offline engine speed on a generated corpus and on the 120 unlabeled dev reports
	$(BIN)/python benchmarks/bench_offline.py
	$(BIN)/python benchmarks/bench_long.py
	$(BIN)/python benchmarks/bench_unlabeled.py

bench-size: venv  ## time and peak memory at 1, 5, 20 and 50 MB (minutes)
	$(BIN)/python benchmarks/bench_size.py

bench-batch: venv  ## batch concurrency and cache against a loopback server with fixed latency
	$(BIN)/python benchmarks/bench_batch.py

bench-dask: venv-test  ## corpus throughput: one process vs a Dask LocalCluster (needs the dask extra)
	$(BIN)/python benchmarks/bench_dask.py

record: venv-test  ## regenerate the authored LLM and brief cassettes (hand-written answers served on 127.0.0.1:8089 and :18090)
	SUMMARIZER_RECORD_AUTHORED=1 $(BIN)/python -m pytest -q tests/test_llm_cassettes.py tests/test_brief_cassettes.py

record-live: venv-test  ## re-record cassettes/test_llm_recorded/ from a real server (OPENAI_BASE_URL, OPENAI_API_KEY, SUMMARIZER_MODEL)
	SUMMARIZER_RECORD_LIVE=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_llm_recorded.py
	$(BIN)/summarizer replay $$($(BIN)/python scripts/recorded_manifest.py) --cassettes cassettes/test_llm_recorded --update

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
