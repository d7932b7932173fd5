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

# The main job: a simulated room on loopback and the Trio client against it,
# every event shown as it comes; exits 0 when the stream has ended.
demo: $(STAMP)
	$(BIN)/livecore demo

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

# TikTokLive 7.0.1's own client against the simulated room (docs/interop.md).
# A venv of its own: TikTokLive is not a dependency of livecore.
INTEROP_VENV  := .venv-interop
INTEROP_STAMP := $(INTEROP_VENV)/.installed

$(INTEROP_STAMP): pyproject.toml interop/requirements.txt
	$(PYTHON) -m venv $(INTEROP_VENV)
	echo '*' > $(INTEROP_VENV)/.gitignore
	$(INTEROP_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(INTEROP_VENV)/bin/python -m pip install --quiet -r interop/requirements.txt -e .
	touch $(INTEROP_STAMP)

.PHONY: interop
interop: $(INTEROP_STAMP)
	$(INTEROP_VENV)/bin/python interop/tiktoklive_check.py
