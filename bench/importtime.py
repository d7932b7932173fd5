"""``import livecore`` time, before and after, with ``python -X importtime``.

Extracts ``src/livecore`` at ``--before REV`` (``git archive``) into
``bench/.snapshots/src-REV/`` and imports it, and the working tree's ``src/``,
each in a fresh interpreter (``PYTHONPATH`` pointing at one tree), alternating
before, after, before, after... ``--runs`` times each, for every statement of
``--statement``. Bytecode caches are written first (one untimed import of each
tree with ``PYTHONDONTWRITEBYTECODE`` unset) and used by every timed run, as
they are in an installed package. Reports the median cumulative microseconds
of the statement's top-level import line (``livecore``'s ``__init__``
imports the connection and every event module, so ``import livecore.events``
pays for the whole package too), the median self time by group (the
generated views, the generated ``*_pb2`` modules, the rest of livecore,
protobuf's runtime, everything else), and for the working tree the modules
that cost the most (median self and cumulative time).

    .venv/bin/python bench/importtime.py --before 68be75b [--runs 15] [--json FILE]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / ".snapshots"


TOTAL = "<the statement>"
GROUPS = ("livecore.webcast", "livecore *_pb2", "livecore, the rest", "google.protobuf", "other")


def group(module: str) -> str:
    if module == "livecore.webcast":
        return GROUPS[0]
    if module.startswith("livecore.proto.") and module.endswith("_pb2"):
        return GROUPS[1]
    if module == "livecore" or module.startswith("livecore."):
        return GROUPS[2]
    if module.startswith("google"):
        return GROUPS[3]
    return GROUPS[4]


def extract(rev: str) -> Path:
    """``src/livecore`` at ``rev``, as a directory to put on ``PYTHONPATH``."""
    dest = SNAPSHOTS / f"src-{rev}"
    if not (dest / "livecore" / "__init__.py").exists():
        archive = subprocess.run(
            ["git", "archive", rev, "src/livecore"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            for member in tar.getmembers():
                if member.name.startswith("src/"):
                    member.name = member.name[len("src/") :]
                    tar.extract(member, dest, filter="data")
    return dest


def env_for(tree: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(tree)
    return env


def importtime(tree: Path, statement: str) -> dict[str, tuple[int, int]]:
    """Self and cumulative µs of ``livecore`` and every module its import imports."""
    probe = f"{statement}; import livecore, sys; sys.stdout.write(livecore.__file__)"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", probe],
        env=env_for(tree),
        cwd=SNAPSHOTS,
        check=True,
        capture_output=True,
        text=True,
    )
    if not done.stdout.startswith(str(tree)):
        raise SystemExit(f"imported {done.stdout}, not the tree {tree}")
    out: dict[str, tuple[int, int]] = {}
    for line in done.stderr.splitlines():  # a package's line follows its imports'
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line[len("import time:") :].split("|")
        if name.startswith("  "):  # nested: a candidate, kept if its top level is livecore
            before = out.get(name.strip(), (0, 0))  # a module can be listed twice
            out[name.strip()] = (before[0] + int(own), max(before[1], int(cumulative)))
        elif name.strip().split(".")[0] == "livecore":  # the statement's own line
            before = out.get(name.strip(), (0, 0))
            out[name.strip()] = (before[0] + int(own), int(cumulative))
            out[TOTAL] = (0, int(cumulative))
            return out
        else:
            out.clear()  # the interpreter's start-up (site, encodings): not livecore's
    raise SystemExit(f"no top-level livecore import in:\n{done.stderr}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--before", required=True, help="a git revision, e.g. 68be75b")
    p.add_argument("--runs", type=int, default=15)
    p.add_argument(
        "--statement",
        action="append",
        help="what to import (default: 'import livecore' and 'import livecore.events')",
    )
    p.add_argument("--top", type=int, default=15, help="costliest modules to list")
    p.add_argument("--json", metavar="FILE")
    args = p.parse_args()
    statements = args.statement or ["import livecore", "import livecore.events"]
    trees = {"before": extract(args.before), "after": ROOT / "src"}
    for tree in trees.values():  # write the bytecode caches
        importtime(tree, "import livecore")
    report: dict[str, Any] = {
        "benchmark": "importtime",
        "python": sys.version.split()[0],
        "before": args.before,
        "runs": args.runs,
        "statements": {},
    }
    for statement in statements:
        runs: dict[str, list[dict[str, tuple[int, int]]]] = {name: [] for name in trees}
        for _ in range(args.runs):
            for name, tree in trees.items():
                runs[name].append(importtime(tree, statement))
        entry: dict[str, Any] = {}
        for name in trees:
            cumulative = [r[TOTAL][1] for r in runs[name]]
            entry[name] = {"median_us": statistics.median(cumulative), "runs_us": cumulative}
            entry[name]["self_us_by_group"] = {
                g: statistics.median(
                    sum(own for m, (own, _) in r.items() if m != TOTAL and group(m) == g)
                    for r in runs[name]
                )
                for g in GROUPS
            }
        after = runs["after"]
        modules = set().union(*after) - {TOTAL}
        costs = {
            m: (
                statistics.median(r.get(m, (0, 0))[0] for r in after),
                statistics.median(r.get(m, (0, 0))[1] for r in after),
            )
            for m in modules
        }
        costliest = sorted(costs.items(), key=lambda kv: kv[1][0], reverse=True)[: args.top]
        entry["after_costliest_self"] = [
            {"module": m, "self_us": own, "cumulative_us": cum} for m, (own, cum) in costliest
        ]
        entry["ratio"] = entry["after"]["median_us"] / entry["before"]["median_us"]
        report["statements"][statement] = entry
        print(f"{statement}: medians of {args.runs} alternated runs, cumulative µs")
        print(f"  before ({args.before}) {entry['before']['median_us']:>10,.0f}")
        print(f"  after  (tree)    {entry['after']['median_us']:>10,.0f}   x{entry['ratio']:.2f}")
        print("  self µs by group:        before      after")
        for g in GROUPS:
            b, a = (entry[n]["self_us_by_group"][g] for n in trees)
            print(f"    {g:<20} {b:>10,.0f} {a:>10,.0f}")
        print("  costliest modules after (median self µs, cumulative µs):")
        for m, (own, cum) in costliest:
            print(f"    {m:<44} {own:>9,.0f} {cum:>9,.0f}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
