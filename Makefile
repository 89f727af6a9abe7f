# Evidence Graph. `make run` installs and serves the API over the embedded store;
# `make test` installs and runs the whole suite.
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared/data
STORE ?= .evg/store
HOST ?= 127.0.0.1
PORT ?= 8000
MESH_TSV := $(SHARED)/mesh/jaytimm_mesh2024/mesh_descriptors_compact.tsv
SEED := $(SHARED)/seed/pubmed-32561603.txt
export EVG_STORE ?= $(STORE)
export EVG_MESH ?= $(if $(wildcard $(MESH_TSV)),$(MESH_TSV),)

.PHONY: install run test lint typecheck check clean bench train

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11+ is needed (python3.11 or newer on PATH)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

install: $(STAMP)

run: install
	$(BIN)/evg ingest --quiet examples/example-trials.xml examples/example-page.txt $(wildcard $(SEED))
	$(BIN)/evg serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check kg extractors api tests
	$(BIN)/ruff format --check kg extractors api tests

typecheck: install
	$(BIN)/mypy

check: lint typecheck test

bench: install
	$(BIN)/python bench/run.py --data $(SHARED)
	$(BIN)/python bench/sparql_latency.py --data $(SHARED)

# Rebuild the PICO corpora from $(SHARED) and retrain the tagger into extractors/data/pico_model
# (extractors/pico/config.cfg; one thread per process, so the run is deterministic; the four
# teachers train two at a time, one process each).
train: install
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/evg train --data $(SHARED) --jobs 2

clean:
	rm -rf $(VENV) .evg .pytest_cache .mypy_cache .ruff_cache *.egg-info
