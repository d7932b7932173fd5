"""Decode speed: frames to events, against the physical floor, in one process.

Workloads, each over the same corpus (``bench/corpus.py``), timed one after
another in interleaved rounds (the order rotates every round), medians of
``--runs`` rounds, messages per second:

floor
    gunzip, then upb's parse of the PushFrame and of the FetchResult: what any
    Python client has to pay before it can look at a message. Nothing else.
livecore
    ``Connection.receive_data`` for every frame (acks drained), then one real
    attribute read per event (``msg_id``).
livecore+user
    the same, and also the ``user`` (with its ``nickname``) of every
    ``CommentEvent``: the payload parse a chat bot pays for.

``--per-frame`` sweeps messages per frame from 1 to 13 (a fixed-size corpus
for each k, about ``--sweep-messages`` messages each) and records floor and
livecore messages/s for each k, for ``bench/plot.py``.

``--baseline PKG`` also times ``PKG.connection.Connection`` (a snapshot of
an older livecore made by ``bench/snapshot.py``) in the same rounds, for
before/after numbers measured side by side.

    .venv/bin/python bench/decode.py [--runs 7] [--json FILE] [--per-frame]
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import math
import os
import platform
import random
import statistics
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as corpora

from livecore.connection import Connection
from livecore.events import CommentEvent
from livecore.proto.pb import FetchResult, PushFrame

Workload = Callable[[Sequence[bytes]], int]
"""Decodes a whole corpus once; returns the number of messages it decoded."""


# ---- workloads -------------------------------------------------------------------


def floor(corpus: Sequence[bytes]) -> int:
    """gunzip + PushFrame parse + FetchResult parse (upb), nothing more."""
    parse_frame = PushFrame.FromString
    parse_result = FetchResult.FromString
    inflate = zlib.decompress
    n = 0
    for data in corpus:
        frame = parse_frame(data)
        if frame.payload_type != "msg":
            continue
        n += len(parse_result(inflate(frame.payload, 31)).messages)
    return n


def core_workload(connection: Callable[..., Any], comment_cls: type | None = None) -> Workload:
    """livecore's frames-to-events path, for the current tree or a snapshot."""

    def run(corpus: Sequence[bytes]) -> int:
        conn = connection(rng=random.Random(0))
        receive = conn.receive_data
        events = conn.events
        to_send = conn.data_to_send
        for data in corpus:
            receive(data)
            to_send()
            for event in events():
                event.msg_id  # noqa: B018 - one real attribute read per event
        return int(conn.messages_received)

    def run_user(corpus: Sequence[bytes]) -> int:
        conn = connection(rng=random.Random(0))
        receive = conn.receive_data
        events = conn.events
        to_send = conn.data_to_send
        for data in corpus:
            receive(data)
            to_send()
            for event in events():
                event.msg_id  # noqa: B018
                if type(event) is comment_cls:
                    event.user.nickname  # noqa: B018 - the user of every comment
        return int(conn.messages_received)

    return run if comment_cls is None else run_user


livecore = core_workload(Connection)
livecore_user = core_workload(Connection, CommentEvent)


def workloads(baseline: str | None = None) -> dict[str, Workload]:
    out: dict[str, Workload] = {
        "floor": floor,
        "livecore": livecore,
        "livecore+user": livecore_user,
    }
    if baseline:
        conn_mod = importlib.import_module(f"{baseline}.connection")
        ev_mod = importlib.import_module(f"{baseline}.events")
        out[f"baseline:{baseline}"] = core_workload(conn_mod.Connection)
        out[f"baseline:{baseline}+user"] = core_workload(conn_mod.Connection, ev_mod.CommentEvent)
    return out


# ---- timing ----------------------------------------------------------------------


def measure(
    work: dict[str, Workload], corpus: Sequence[bytes], runs: int, *, quiet: bool = False
) -> dict[str, dict[str, Any]]:
    """Interleaved rounds: every workload once per round, the order rotating.

    One untimed warm-up round first. The collector runs before each timed run
    and stays enabled during it, as in a real process. Wall time
    (``perf_counter``) gives the messages/s; the process's CPU time is
    recorded beside it (``cpu_*``), which other work on a shared machine
    disturbs less.
    """
    names = list(work)
    messages: dict[str, int] = {}
    for name in names:  # warm-up, and every workload must see the same messages
        messages[name] = work[name](corpus)
    if len(set(messages.values())) != 1:
        raise SystemExit(f"workloads disagree on the message count: {messages}")
    seconds: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for r in range(runs):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            gc.collect()
            started, cpu_started = time.perf_counter(), time.process_time()
            work[name](corpus)
            seconds[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - cpu_started)
        if not quiet:
            print(f"  round {r + 1}/{runs} done", file=sys.stderr)
    n = next(iter(messages.values()))
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        median = statistics.median(seconds[name])
        out[name] = {
            "messages": n,
            "median_s": median,
            "messages_per_s": n / median,
            "runs_s": seconds[name],
            "cpu_messages_per_s": n / statistics.median(cpu[name]),
            "cpu_runs_s": cpu[name],
        }
    return out


def sweep(
    work: dict[str, Workload], runs: int, seed: int, messages: int, *, quiet: bool = False
) -> dict[str, Any]:
    """Messages/s against messages per frame (1 to 13), for every workload."""
    ks = list(range(1, 14))
    series: dict[str, list[float]] = {name: [] for name in work}
    for k in ks:
        frames = math.ceil(messages / k)
        corpus = corpora.build(seed, frames, per_frame=k)
        result = measure(work, corpus, runs, quiet=True)
        for name in work:
            series[name].append(result[name]["messages_per_s"])
        if not quiet:
            cells = "  ".join(f"{name} {result[name]['messages_per_s']:>10,.0f}" for name in work)
            print(f"k={k:>2}  {cells}", file=sys.stderr)
    return {
        "messages_per_frame": ks,
        "messages_per_s": series,
        "source": corpora.source(1),
        "messages_per_k": messages,
    }


# ---- reporting -------------------------------------------------------------------


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from google.protobuf.internal import api_implementation

        info["protobuf_backend"] = api_implementation.Type()
    except ImportError:
        pass
    import google.protobuf

    info["protobuf"] = google.protobuf.__version__
    return info


def paired(
    results: dict[str, dict[str, Any]], after: str, before: str, key: str = "runs_s"
) -> float:
    """Median over rounds of before's seconds / after's in the same round:
    after's speed relative to before's, each round's noise hitting both."""
    pairs = zip(results[before][key], results[after][key], strict=True)
    return statistics.median(b / a for b, a in pairs)


def table(results: dict[str, dict[str, Any]], reference: str = "floor") -> str:
    base = results[reference]["messages_per_s"]
    w = max(26, *map(len, results))
    head = (
        f"{'messages/s':>12} {'median ms':>10} {'min..max ms':>17} {'/ floor':>8} {'CPU msg/s':>11}"
    )
    lines = [f"{'workload':<{w}} {head}"]
    for name, r in results.items():
        lo, hi = min(r["runs_s"]) * 1e3, max(r["runs_s"]) * 1e3
        lines.append(
            f"{name:<{w}} {r['messages_per_s']:>12,.0f} {r['median_s'] * 1e3:>10.1f}"
            f" {f'{lo:.1f}..{hi:.1f}':>17} {r['messages_per_s'] / base:>8.3f}"
            f" {r.get('cpu_messages_per_s', math.nan):>11,.0f}"
        )
    return "\n".join(lines)


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--runs", type=int, default=7, help="timed rounds (default 7)")
    p.add_argument("--seed", type=int, default=corpora.DEFAULT_SEED)
    p.add_argument("--frames", type=int, default=corpora.DEFAULT_FRAMES)
    p.add_argument("--json", metavar="FILE", help="write the results as JSON")
    p.add_argument(
        "--per-frame",
        action="store_true",
        help="sweep messages per frame 1..13 instead of the default corpus",
    )
    p.add_argument(
        "--sweep-messages",
        type=int,
        default=2600,
        help="messages in each fixed-size corpus of the sweep (default 2600)",
    )
    p.add_argument("--quiet", action="store_true")
    return p


def run(work: dict[str, Any], args: argparse.Namespace, report: dict[str, Any]) -> None:
    """The sweep (``--per-frame``) or the default corpus, into ``report``;
    prints the lines that matter and writes ``--json``. Shared with peer.py."""
    if args.per_frame:
        report["sweep"] = sweep(work, args.runs, args.seed, args.sweep_messages, quiet=args.quiet)
        width = max(map(len, work)) + 2
        for name, values in report["sweep"]["messages_per_s"].items():
            print(f"{name:<{width}} " + " ".join(f"{v:>8,.0f}" for v in values))
    else:
        corpus = corpora.build(args.seed, args.frames)
        report["corpus"] = {
            "seed": args.seed,
            "source": corpora.source(),
            **corpora.describe(corpus),
        }
        c = report["corpus"]
        print(f"corpus: {c['frames']} frames, {c['messages']} messages, seed {args.seed},", end=" ")
        print(c["source"])
        report["results"] = measure(work, corpus, args.runs, quiet=args.quiet)
        print(f"medians of {args.runs} interleaved runs")
        print(table(report["results"]))


def write(report: dict[str, Any], args: argparse.Namespace) -> None:
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.json}")


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument(
        "--baseline",
        metavar="PKG",
        help="also time PKG.connection.Connection (a snapshot from bench/snapshot.py)",
    )
    args = p.parse_args()
    report: dict[str, Any] = {"benchmark": "decode", "machine": machine(), "runs": args.runs}
    run(workloads(args.baseline), args, report)
    if "results" in report:
        results = report["results"]
        report["ratios"] = {
            name: r["messages_per_s"] / results["floor"]["messages_per_s"]
            for name, r in results.items()
        }
    write(report, args)


if __name__ == "__main__":
    main()
