"""Where livecore's decode time goes: the profile behind docs/benchmarks.md.

cProfile's per-call overhead distorts a loop this tight, so the stages are
measured by subtraction instead, each a full pass over the default corpus,
interleaved, medians:

floor            gunzip + upb parse of PushFrame and FetchResult
frames           Connection.receive_data with the message loop replaced by
                 nothing: every per-frame cost (codec checks, gzip cap, ack,
                 cursor, lifecycle, counters), and no per-message cost
frames+read      the same, reading each Message's method, msg_id and payload
                 from upb (what any decoder must do to make events)
livecore         the real thing (bench/decode.py's workload b)

``--cprofile`` also prints cProfile's top functions for workload b.

    .venv/bin/python bench/breakdown.py [--runs 9] [--cprofile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as corpora
import decode

from livecore import connection


def _nothing(messages: Iterable[Any], out: list[Any], *options: Any) -> list[int]:
    return []


def _read_only(messages: Iterable[Any], out: list[Any], *options: Any) -> list[int]:
    for message in messages:
        message.method  # noqa: B018
        message.msg_id  # noqa: B018
        message.payload  # noqa: B018
    return []


def _patched(loop: Any) -> decode.Workload:
    def run(corpus: Sequence[bytes]) -> int:
        real = connection.decode_messages
        connection.decode_messages = loop
        try:
            return decode.livecore(corpus)
        finally:
            connection.decode_messages = real

    return run


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--cprofile", action="store_true")
    args = p.parse_args()
    corpus = corpora.build()
    work = {
        "floor": decode.floor,
        "frames": _patched(_nothing),
        "frames+read": _patched(_read_only),
        "livecore": decode.livecore,
    }
    results = decode.measure(work, corpus, args.runs, quiet=True)
    n = results["floor"]["messages"]
    ms = {name: r["median_s"] * 1e3 for name, r in results.items()}
    print(f"{len(corpus)} frames, {n} messages; medians of {args.runs} interleaved runs")
    print(f"{'stage':<48} {'ms':>7} {'us/msg':>7}")
    rows = [
        ("floor: gunzip + PushFrame + FetchResult parse", ms["floor"]),
        ("per-frame work beyond the floor", ms["frames"] - ms["floor"]),
        ("reading method/msg_id/payload of each Message", ms["frames+read"] - ms["frames"]),
        ("events: dispatch, two objects, eager kinds", ms["livecore"] - ms["frames+read"]),
        ("livecore, total", ms["livecore"]),
    ]
    for label, value in rows:
        print(f"{label:<48} {value:>7.1f} {value * 1e3 / n:>7.2f}")
    print(f"livecore / floor: {ms['floor'] / ms['livecore']:.3f}")
    if args.cprofile:
        profile = cProfile.Profile()
        profile.runcall(decode.livecore, corpus)
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
