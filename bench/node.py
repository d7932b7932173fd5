"""livecore against TikTok-Live-Connector 2.5.0 (Node), same corpus, same run.

``make bench-node`` installs the Node peer into ``bench/node/node_modules``
(``npm ci`` from ``bench/node/package-lock.json``; bench-only, never a
dependency of livecore) and runs this script. It writes the corpus of
``bench/decode.py`` to a ``.frames`` recording (``bench/.corpus/``), starts
``node bench/node/decode.mjs`` on it once, and times, in interleaved rounds
(the order rotating every round, one untimed warm-up round, medians):

floor, livecore
    as in ``bench/decode.py``.
livecore-validate
    ``Connection(validate=True)``: every payload parsed on arrival, as the
    Node peer does; otherwise the ``livecore`` workload.
tlc, tlc-sync, tlc-client
    TikTok-Live-Connector's ``deserializeWebSocketMessage`` for every frame,
    awaited in turn as its WebSocket client does (asynchronous gunzip); the
    same deserializers with a synchronous gunzip; and its client's whole
    frame path, socketless: the WebSocket client's ``onMessage`` (decoding,
    acks) and the connection's events (``bench/node/decode.mjs`` says exactly
    what each calls). Timed inside Node with
    ``process.hrtime``, one pass per request, so the pipe is not timed; CPU
    time from ``process.cpuUsage`` (all of Node's threads) beside it.

Messages/s from wall time, and from CPU time (``time.process_time`` for
livecore), which a shared machine's other work disturbs less; ratios also
as the median of each round's ratio (``decode.paired``).

``--baseline PKG`` also times a snapshot of an older core (plain and
``validate=True``), as ``decode.py --baseline`` does.

    .venv/bin/python bench/node.py [--runs 9] [--json FILE] [--baseline PKG]
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as corpora
import decode

from livecore.connection import Connection
from livecore.recording import write_frame

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "node" / "decode.mjs"
CORPUS_DIR = HERE / ".corpus"
PEER_VERSION = "2.5.0"
NODE_WORKLOADS = ("tlc", "tlc-sync", "tlc-client")


class NodePeer:
    """``decode.mjs`` as a child process: one line in, one timed pass out."""

    def __init__(self, frames_path: Path, node: str) -> None:
        self.proc = subprocess.Popen(
            [node, str(SCRIPT), str(frames_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=SCRIPT.parent,
        )
        self.hello = self._answer()

    def _answer(self) -> dict[str, Any]:
        out: IO[str] | None = self.proc.stdout
        assert out is not None
        line = out.readline()
        if not line:
            raise SystemExit("bench/node/decode.mjs exited (run `make bench-node` to install)")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise SystemExit(f"decode.mjs: {answer['error']}")
        return answer

    def run(self, name: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(name + "\n")
        self.proc.stdin.flush()
        return self._answer()

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def write_corpus(corpus: list[bytes], seed: int) -> Path:
    CORPUS_DIR.mkdir(exist_ok=True)
    path = CORPUS_DIR / f"corpus-{seed}-{len(corpus)}.frames"
    with path.open("wb") as out:
        for data in corpus:
            write_frame(out, data)
    return path


def measure(
    work: dict[str, decode.Workload], peer: NodePeer, corpus: list[bytes], runs: int, quiet: bool
) -> dict[str, dict[str, Any]]:
    names = [*work, *NODE_WORKLOADS]
    counts: dict[str, int] = {}
    for name in names:  # warm-up; every workload must see the same messages
        counts[name] = work[name](corpus) if name in work else peer.run(name)["messages"]
    if len(set(counts.values())) != 1:
        raise SystemExit(f"workloads disagree on the message count: {counts}")
    seconds: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    decoded: dict[str, int] = {}
    acks: dict[str, int] = {}
    for r in range(runs):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            if name in work:
                gc.collect()
                started, cpu_started = time.perf_counter(), time.process_time()
                work[name](corpus)
                seconds[name].append(time.perf_counter() - started)
                cpu[name].append(time.process_time() - cpu_started)
            else:
                answer = peer.run(name)
                seconds[name].append(answer["seconds"])
                cpu[name].append(answer["cpuSeconds"])
                decoded[name] = answer["decoded"]
                acks[name] = answer["acks"]
        if not quiet:
            print(f"  round {r + 1}/{runs} done", file=sys.stderr)
    n = next(iter(counts.values()))
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        median = statistics.median(seconds[name])
        out[name] = {"messages": n, "median_s": median, "messages_per_s": n / median}
        out[name]["runs_s"] = seconds[name]
        out[name]["cpu_messages_per_s"] = n / statistics.median(cpu[name])
        out[name]["cpu_runs_s"] = cpu[name]
        if name in decoded:
            out[name]["payloads_decoded"] = decoded[name]
            out[name]["acks_sent"] = acks[name]
    return out


def main() -> None:
    p = decode.parser(__doc__.splitlines()[0])
    p.add_argument("--node", default=shutil.which("node") or "node", help="the node binary")
    p.add_argument(
        "--baseline",
        metavar="PKG",
        help="also time PKG.connection.Connection, validate=True (bench/snapshot.py)",
    )
    args = p.parse_args()
    corpus = corpora.build(args.seed, args.frames)
    peer = NodePeer(write_corpus(corpus, args.seed), args.node)
    if peer.hello["version"] != PEER_VERSION:
        print(f"warning: tiktok-live-connector {peer.hello['version']}", file=sys.stderr)
    work = {
        "floor": decode.floor,
        "livecore": decode.livecore,
        "livecore-validate": decode.core_workload(functools.partial(Connection, validate=True)),
    }
    if args.baseline:
        old = importlib.import_module(f"{args.baseline}.connection").Connection
        work[f"baseline:{args.baseline}"] = decode.core_workload(old)
        work[f"baseline:{args.baseline}-validate"] = decode.core_workload(
            functools.partial(old, validate=True)
        )
    report: dict[str, Any] = {
        "benchmark": "node",
        "machine": {**decode.machine(), "node": peer.hello["node"]},
        "runs": args.runs,
        "tiktok-live-connector": peer.hello["version"],
        "corpus": {"seed": args.seed, "source": corpora.source(), **corpora.describe(corpus)},
    }
    c = report["corpus"]
    print(
        f"corpus: {c['frames']} frames, {c['messages']} messages, seed {args.seed}, {c['source']}"
    )
    try:
        report["results"] = results = measure(work, peer, corpus, args.runs, args.quiet)
    finally:
        peer.close()
    print(f"medians of {args.runs} interleaved runs; node {peer.hello['node']}")
    print(decode.table(results))
    rate = {name: r["messages_per_s"] for name, r in results.items()}
    report["ratios"] = {
        "livecore-validate/tlc": rate["livecore-validate"] / rate["tlc"],
        "livecore-validate/tlc-sync": rate["livecore-validate"] / rate["tlc-sync"],
        "livecore-validate/tlc-client": rate["livecore-validate"] / rate["tlc-client"],
        "livecore/tlc-client": rate["livecore"] / rate["tlc-client"],
        "livecore/tlc": rate["livecore"] / rate["tlc"],
        "livecore-validate/floor": rate["livecore-validate"] / rate["floor"],
    }
    if args.baseline:
        before = f"baseline:{args.baseline}-validate"
        report["ratios"][f"{before}/tlc"] = rate[before] / rate["tlc"]
        report["ratios"][f"livecore-validate/{before}"] = rate["livecore-validate"] / rate[before]
    for peer_name in NODE_WORKLOADS:
        for key, clock in (("runs_s", "wall"), ("cpu_runs_s", "cpu")):
            ratio = decode.paired(results, "livecore-validate", peer_name, key)
            report["ratios"][f"livecore-validate/{peer_name} (paired rounds, {clock})"] = ratio
    print(f"tiktok-live-connector {peer.hello['version']}")
    for name, ratio in report["ratios"].items():
        target = " (target 3)" if name == "livecore-validate/tlc" else ""
        print(f"{name:<48} {ratio:>8.2f}{target}")
    decode.write(report, args)


if __name__ == "__main__":
    main()
