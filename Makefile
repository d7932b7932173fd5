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
	$(BIN)/ruff check src tests tools bench interop
	$(BIN)/ruff format --check src tests tools bench interop

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest

proto: $(STAMP)
	$(BIN)/python tools/genproto.py
	$(BIN)/python tools/genviews.py

# Refresh generated docs (the lifecycle diagram); tests fail when they are stale.
docs: $(STAMP)
	$(BIN)/python tools/gendocs.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis

# TikTokLive 7.0.1's own client against the simulated room, then every method
# encoded by its own schema with random values, read by livecore (docs/interop.md).
# A venv of its own: TikTokLive is not a dependency of livecore.
INTEROP_VENV  := .venv-interop
INTEROP_STAMP := $(INTEROP_VENV)/.installed

$(INTEROP_STAMP): pyproject.toml interop/requirements.txt
	$(PYTHON) -m venv $(INTEROP_VENV)
	echo '*' > $(INTEROP_VENV)/.gitignore
	$(INTEROP_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(INTEROP_VENV)/bin/python -m pip install --quiet -r interop/requirements.txt -e '.[trio]'
	touch $(INTEROP_STAMP)

.PHONY: interop
interop: $(INTEROP_STAMP)
	$(INTEROP_VENV)/bin/python interop/tiktoklive_check.py
	$(INTEROP_VENV)/bin/python interop/schema_check.py

# ---- benchmarks (bench/, docs/benchmarks.md); never part of `make test` ----------
# The peer venv holds TikTokLive 7.0.1, matplotlib (bench-only) and this project.
PEER_PYTHON ?= $(PYTHON)
PEER       := .venv-peer
PEER_STAMP := $(PEER)/.installed
RESULTS    := bench/results

$(PEER_STAMP): pyproject.toml
	$(PEER_PYTHON) -m venv $(PEER)
	$(PEER)/bin/python -m pip install --quiet --upgrade pip
	$(PEER)/bin/python -m pip install --quiet 'tiktoklive==7.0.1' matplotlib
	$(PEER)/bin/python -m pip install --quiet -e .
	touch $(PEER_STAMP)

.PHONY: bench bench-peer bench-plot

# Decode speed against the floor, in the project's venv.
bench: $(STAMP)
	@mkdir -p $(RESULTS)
	$(BIN)/python bench/decode.py --json $(RESULTS)/decode.json

# The same and TikTokLive's own path, same corpus, same run; then the sweep and the plot.
bench-peer: $(PEER_STAMP)
	@mkdir -p $(RESULTS)
	$(PEER)/bin/python bench/peer.py --json $(RESULTS)/peer.json
	$(PEER)/bin/python bench/peer.py --per-frame --runs 3 --sweep-messages 1300 --json $(RESULTS)/peer-sweep.json
	$(PEER)/bin/python bench/plot.py $(RESULTS)/peer-sweep.json -o docs/benchmarks-decode.png

bench-plot: $(PEER_STAMP)
	$(PEER)/bin/python bench/plot.py $(RESULTS)/peer-sweep.json -o docs/benchmarks-decode.png

.PHONY: bench-before bench-import bench-node

# Before and after in one run: the core at BEFORE (a snapshot with its own names,
# bench/snapshot.py) beside the working tree, against the floor and TikTokLive.
# BEFORE defaults to the merge base of HEAD with origin/main, or to HEAD~1 where
# there is no origin/main (a clone with no remote); BEFORE=REV names another.
BEFORE ?= $(shell git merge-base HEAD origin/main 2>/dev/null || git rev-parse HEAD~1)
bench-before: $(PEER_STAMP)
	@mkdir -p $(RESULTS)
	$(PEER)/bin/python bench/snapshot.py $(BEFORE) --name before
	PYTHONPATH=bench/.snapshots $(PEER)/bin/python bench/peer.py --baseline livecore_before \
		--runs 11 --json $(RESULTS)/peer-before-after.json

# `import livecore` time at BEFORE and now (python -X importtime, alternated runs).
bench-import: $(STAMP)
	@mkdir -p $(RESULTS)
	$(BIN)/python bench/importtime.py --before $(BEFORE) --runs 21 --json $(RESULTS)/importtime.json

# TikTok-Live-Connector 2.5.0 (Node, bench/node/: bench-only, never a dependency)
# against livecore with every payload parsed on arrival; same corpus, same run.
NODE_STAMP := bench/node/node_modules/.installed

$(NODE_STAMP): bench/node/package.json bench/node/package-lock.json
	cd bench/node && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

bench-node: $(STAMP) $(NODE_STAMP)
	@mkdir -p $(RESULTS)
	$(BIN)/python bench/node.py --runs 15 --json $(RESULTS)/node.json

.PHONY: bench-e2e bench-scale bench-fleet bench-memory

# The Trio client end to end against a bare trio-websocket loop, same room, same run.
bench-e2e: $(STAMP)
	@mkdir -p $(RESULTS)
	$(BIN)/python bench/e2e.py --json $(RESULTS)/e2e.json

# 100 and 1,000 clients in one process: RSS, idle CPU, heartbeat lateness, events/s;
# then where the memory of 1,000 idle connections goes (tracemalloc).
bench-scale: $(STAMP)
	@mkdir -p $(RESULTS)
	$(BIN)/python bench/scale.py --json $(RESULTS)/scale.json
	$(BIN)/python bench/scale.py --sizes 1000 --runs 1 --ping 10 --idle 30 --json $(RESULTS)/scale-ping10.json
	$(BIN)/python bench/scale.py --profile 1000 --json $(RESULTS)/scale-profile.json

# The fleet on NATS JetStream: events/s through one worker (the publish path,
# then end to end), rooms per worker, takeover time under a chaos soak.
bench-fleet: $(STAMP)
	@mkdir -p $(RESULTS)
	$(BIN)/python bench/fleet.py --json $(RESULTS)/fleet.json

# Acks encoded three ways, timed side by side; then long runs: RSS growth per 100,000 events
# and per hour, one client (acks before and after c4e78d0, same run) and 300 rooms for ten minutes.
bench-memory: $(STAMP)
	@mkdir -p $(RESULTS)
	$(BIN)/python bench/ack.py --json $(RESULTS)/ack.json
	$(BIN)/python bench/memory.py --json $(RESULTS)/memory.json
