# Two commands on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck proto docs clean venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# The main job. Until the Trio client lands, it replays the lifecycle vector
# through the sans-IO core and shows every event as it comes.
demo: $(STAMP)
	$(BIN)/livecore replay ../shared/vectors/lifecycle.frames

lint: $(STAMP)
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest

proto: $(STAMP)
	$(BIN)/python tools/genproto.py

# Refresh generated docs (the lifecycle diagram); tests fail when they are stale.
docs: $(STAMP)
	$(BIN)/python tools/gendocs.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
