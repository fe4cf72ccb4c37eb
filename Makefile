# Every target creates .venv when needed, so `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest bench reliability package screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/python -m phtcoach $(ARGS)

lint: $(TSTAMP)
	$(BIN)/ruff check phtcoach tests
	$(BIN)/ruff format --check phtcoach tests

typecheck: $(TSTAMP)
	$(BIN)/mypy

pytest: $(TSTAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(TSTAMP)
	$(BIN)/python -m pytest tests/benchmarks -p no:cacheprovider -s -q $(PYTEST_ARGS)

# The long runs of what `make test` samples: 10,000 fuzzed import files per importer.
reliability: $(TSTAMP)
	$(BIN)/python -m pytest tests/services/test_exchange_malformed.py -k fuzzed -p no:cacheprovider -q --hypothesis-profile=reliability $(PYTEST_ARGS)

package: $(TSTAMP)
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm packaging/phtcoach.spec

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
