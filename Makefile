# Two commands do everything on a fresh machine with Python 3.11 and make: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME := $(CURDIR)/dagster_home

.PHONY: demo test lint ui install chromium

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml $(BIN)/activate
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

## Materialize the bundled sample into data/warehouse/events.duckdb and print the events.
demo: $(VENV)/.installed
	EVENTS_LANDING_DIR=data/sample/landing $(BIN)/python -m pipelines.demo

## Lint and run every test (installs Debian's chromium first if it is missing, for the browser test).
test: chromium $(VENV)/.installed
	$(BIN)/ruff check pipelines tests
	$(BIN)/pytest -q

## Open the Dagster UI on the sample (http://127.0.0.1:3000).
ui: $(VENV)/.installed
	EVENTS_LANDING_DIR=data/sample/landing $(BIN)/dagster dev -w workspace.yaml

## Debian's Chromium for the browser tests (tests/operating); Playwright drives it, it never downloads a browser.
chromium:
	@if [ -x /usr/bin/chromium ]; then echo "chromium: $$(/usr/bin/chromium --version 2>/dev/null)"; \
	else SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; fi
