# Every target creates .venv when needed, so `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest bench bench-long reliability package screenshots clean i18n

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

# The 30-minute real-time cue timing run (docs/benchmarks.md, "timer_long"); `make bench`
# measures a 5-minute slice of it. About 31 minutes.
bench-long: $(TSTAMP)
	$(BIN)/python -m pytest tests/benchmarks/test_timer_bench.py -k 30_minute --bench-long -p no:cacheprovider -s -q $(PYTEST_ARGS)

# The reliability suite at full strength (docs/reliability.md): hundreds of SIGKILLs, tens of
# thousands of fuzzed files; `make test` runs a small sample of every row. About 15 minutes.
reliability: $(TSTAMP)
	$(BIN)/python -m pytest tests/reliability --reliability=full --hypothesis-profile=reliability -p no:cacheprovider -q $(PYTEST_ARGS)

# Translations (assets/i18n/README.md): every tr()/translate() string of phtcoach/ and the
# protocol text into the .ts files, then the .qm files the app loads (checked in).
i18n: $(STAMP)
	$(BIN)/python assets/i18n/i18n_tool.py update

# The packaged app in dist/phtcoach/ (packaging/README.md), rebuilt when a source is newer.
# PyInstaller 6.11+: its PySide6 6.8+ hooks (Qt libraries under PySide6/Qt/lib, the
# multimedia plugins) and Python 3.11 support; below 7 because a major version may change the
# spec API (Analysis/COLLECT arguments, the TOC tuples the spec filters).
PYINSTALLER := pyinstaller>=6.11,<7
BUNDLE      := dist/phtcoach/phtcoach
BUNDLE_SRC  := $(shell find phtcoach assets -type f -not -path '*/__pycache__/*' 2>/dev/null) \
               packaging/phtcoach.spec pyproject.toml

$(BUNDLE): $(BUNDLE_SRC) | $(STAMP)
	$(BIN)/python -m pip install --quiet '$(PYINSTALLER)'
	$(BIN)/pyinstaller --noconfirm --log-level WARN packaging/phtcoach.spec
	touch $@
	@du -sh dist/phtcoach

package: $(BUNDLE)

# Builds the bundle if needed, then runs it: self-test offscreen on a throwaway data dir,
# a tone recorded from a PulseAudio null sink, report and workbook, size (tests/packaging).
.PHONY: package-test
package-test: $(BUNDLE) $(TSTAMP)
	PHTCOACH_BUNDLE=dist/phtcoach $(BIN)/python -m pytest tests/packaging -p no:cacheprovider -q $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

# Every screen in both themes at 1280 x 720 and 1920 x 1080 into docs/screenshots/
# (<screen>-<theme>-<width>.png), plus the README's extra pictures (German, a red flag, the
# start-up restore, a report page), from the real window on a private Xvfb per size
# (docs/screenshots/take.py; needs Xvfb: apt-get install xvfb). About 3 minutes.
screenshots: $(TSTAMP)
	$(BIN)/python docs/screenshots/take.py $(ARGS)
