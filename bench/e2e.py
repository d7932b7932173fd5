"""End to end: the simulated room's stream through the Trio client, against a bare loop.

One simulated room in a process of its own (``bench/rooms.py``) pushes a
seeded random stream (``--frames`` frames of the vectors' mix, the last one
ending it) as fast as it can (100,000 frames/s, i.e. unthrottled). This
process connects to it once per workload per round, the order rotating each
round, and times the same stream through:

bare
    ``trio_websocket.open_websocket_url`` and ``get_message()`` in a loop,
    until every frame is in: the socket and WebSocket layers alone, which any
    Trio client pays. It sends nothing.
livecore
    ``livecore_trio.Client`` with one handler for ``Event`` that reads one
    attribute (``msg_id``) of every event and takes a timestamp; a ``record``
    callback takes one when each frame comes out of ``get_message()``.
    The client sends its enter-room and the acks (three frames in four ask).

and, to show where the difference goes, two steps in between:

core
    the bare loop feeding ``livecore.Connection`` directly (``receive_data``,
    ``events()``, the same attribute read), its acks dropped: decoding.
core+acks
    the same, sending the acks (``send_message`` each): what acknowledging costs.

Both clocks, wall (``perf_counter``) and this process's CPU
(``process_time``), start when the first frame arrives and stop at the last
frame (bare: received; livecore: its ``LiveEndEvent`` handled), so the
handshake is not timed. Two ratios, bare / livecore for the same frames:
wall seconds (what the issue's target names) and CPU seconds. On a shared
two-core machine the room, this process and other work compete for the
cores, so wall time also measures the scheduler; CPU time measures what the
client itself costs. Frame-to-event latency is, for every event, the time
from its frame leaving ``get_message()`` (the record callback) to the
handler's call.

    .venv/bin/python bench/e2e.py [--runs 7] [--frames 2040] [--json FILE]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trio
from trio_websocket import open_websocket_url

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decode
from rooms import Rooms, percentile

from livecore.connection import Connection
from livecore.events import DisconnectReason, Event, LiveEndEvent
from livecore.handshake import WEBSOCKET_SUBPROTOCOLS
from livecore_trio.client import DEFAULT_MAX_MESSAGE_SIZE, Client

ROOM = "stream"
WORKLOADS = ("bare", "core", "core+acks", "livecore")
MAX_RATE = 100_000.0


class Round:
    """What one pass of one workload measured."""

    def __init__(self) -> None:
        self.first = self.last = 0.0  # perf_counter at the first and the last frame
        self.cpu_first = self.cpu_last = 0.0  # process_time at the same points
        self.frames = 0  # frames after the first one: the timed ones
        self.messages = 0
        self.events = 0
        self.latencies: list[float] = []  # seconds, one per event
        self.room_cpu = 0.0

    @property
    def seconds(self) -> float:
        return self.last - self.first

    @property
    def cpu(self) -> float:
        return self.cpu_last - self.cpu_first


async def bare(url: str, frames: int) -> Round:
    """get_message() until all ``frames`` are in: the floor for any Trio client."""
    r = Round()
    async with open_websocket_url(
        url, subprotocols=WEBSOCKET_SUBPROTOCOLS, max_message_size=DEFAULT_MAX_MESSAGE_SIZE
    ) as ws:
        await ws.get_message()
        r.first, r.cpu_first = time.perf_counter(), time.process_time()
        for _ in range(frames - 1):
            await ws.get_message()
        r.last, r.cpu_last = time.perf_counter(), time.process_time()
    r.frames = frames - 1
    return r


async def core(first_payload: bytes, frames: int, *, acks: bool) -> Round:
    """The sans-IO core driven straight from the bare loop, without the Client.

    Its events get the same one attribute read; with ``acks`` the acks the
    core queues are sent (one ``send_message`` each), else they are dropped.
    The difference to ``bare`` is decoding, to ``livecore`` the Client's own work.
    """
    r = Round()
    conn = Connection(unique_id="bench")
    conn.start()
    conn.receive_first_payload(first_payload)
    conn.events()
    async with open_websocket_url(
        conn.websocket_url(),
        subprotocols=WEBSOCKET_SUBPROTOCOLS,
        max_message_size=DEFAULT_MAX_MESSAGE_SIZE,
    ) as ws:
        conn.socket_opened(trio.current_time())
        for data in conn.data_to_send():  # enter-room
            await ws.send_message(data)
        for i in range(frames):
            message = await ws.get_message()
            if not i:
                r.first, r.cpu_first = time.perf_counter(), time.process_time()
            conn.receive_data(message if isinstance(message, bytes) else message.encode())
            for data in conn.data_to_send():
                if acks:
                    await ws.send_message(data)
            for event in conn.events():
                event.msg_id  # noqa: B018
        r.last, r.cpu_last = time.perf_counter(), time.process_time()
    r.frames = frames - 1
    r.messages = int(conn.messages_received)
    return r


async def livecore(first_payload: bytes) -> Round:
    """The Trio client, one attribute read and one timestamp per event."""
    r = Round()
    clock = time.perf_counter
    arrived = 0.0
    latencies = r.latencies

    def record(data: bytes) -> None:
        nonlocal arrived
        arrived = clock()
        if not r.first:
            r.first, r.cpu_first = arrived, time.process_time()

    def handler(event: Event) -> None:
        event.msg_id  # noqa: B018 - one real attribute read per event
        if arrived and not r.last:
            latencies.append(clock() - arrived)
            if type(event) is LiveEndEvent:
                r.last, r.cpu_last = clock(), time.process_time()

    client = Client(first_payload, unique_id="bench", record=record)
    client.on(Event)(handler)
    end = await client.run()
    if end.reason is not DisconnectReason.LIVE_ENDED:
        raise SystemExit(f"livecore: the session ended with {end.reason.value}: {end.detail}")
    conn = client.connection
    r.frames = int(conn.frames_received) - 1
    r.messages = int(conn.messages_received)
    r.events = len(latencies)
    return r


def measure(rooms: Rooms, args: argparse.Namespace) -> dict[str, Any]:
    """Interleaved rounds of both workloads on the same room; medians."""
    url, payload = rooms.url[ROOM], rooms.first_payload[ROOM]
    work: dict[str, Callable[[], Any]] = {
        "bare": lambda: bare(url, args.frames),
        "core": lambda: core(payload, args.frames, acks=False),
        "core+acks": lambda: core(payload, args.frames, acks=True),
        "livecore": lambda: livecore(payload),
    }
    names = list(work)
    rounds: dict[str, list[Round]] = {name: [] for name in names}
    acks: list[dict[str, Any]] = []
    for r in range(args.runs + 1):  # round 0 warms up and is not kept
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            gc.collect()
            room_cpu = rooms.cpu_seconds()
            result: Round = trio.run(work[name])
            result.room_cpu = rooms.cpu_seconds() - room_cpu
            report = rooms.report(ROOM)
            if name == "livecore":
                acks.append(report)
            if r:
                rounds[name].append(result)
        if r and not args.quiet:
            print(f"  round {r}/{args.runs} done", file=sys.stderr)
    messages = rounds["livecore"][0].messages
    out: dict[str, Any] = {"messages": messages}
    for name in names:
        runs = rounds[name]
        median = statistics.median(x.seconds for x in runs)
        cpu = statistics.median(x.cpu for x in runs)
        frames = runs[0].frames
        out[name] = {
            "frames": frames,
            "median_s": median,
            "runs_s": [x.seconds for x in runs],
            "frames_per_s": frames / median,
            "messages_per_s": messages * frames / (frames + 1) / median,
            "median_cpu_s": cpu,
            "runs_cpu_s": [x.cpu for x in runs],
            "frames_per_cpu_s": frames / cpu,
            "room_cpu_s": statistics.median(x.room_cpu for x in runs),
        }
    lc = rounds["livecore"]
    latencies = [x for run in lc for x in run.latencies]
    out["livecore"] |= {
        "events": lc[0].events,
        "events_per_s": statistics.median(x.events / x.seconds for x in lc),
        "events_per_cpu_s": statistics.median(x.events / x.cpu for x in lc),
        "latency_p50_s": percentile(latencies, 50),
        "latency_p99_s": percentile(latencies, 99),
        "latency_max_s": max(latencies),
        "acks_asked": sum(a["acks_asked"] for a in acks),
        "acks_missing": sum(a["acks_missing"] for a in acks),
    }
    pairs = list(zip(rounds["bare"], lc, strict=True))
    out["ratio_wall"] = statistics.median(b.seconds / c.seconds for b, c in pairs)
    out["ratio_cpu"] = statistics.median(b.cpu / c.cpu for b, c in pairs)
    return out


def table(results: dict[str, Any]) -> str:
    lines = [
        f"{'workload':<10} {'frames/s':>9} {'messages/s':>11} {'median ms':>10}"
        f" {'min..max ms':>13} {'CPU ms':>7} {'CPU µs/frame':>13} {'room CPU ms':>12}"
    ]
    for name in WORKLOADS:
        r = results[name]
        lo, hi = min(r["runs_s"]) * 1e3, max(r["runs_s"]) * 1e3
        lines.append(
            f"{name:<10} {r['frames_per_s']:>9,.0f} {r['messages_per_s']:>11,.0f}"
            f" {r['median_s'] * 1e3:>10.0f} {f'{lo:.0f}..{hi:.0f}':>13}"
            f" {r['median_cpu_s'] * 1e3:>7.0f} {r['median_cpu_s'] / r['frames'] * 1e6:>13.1f}"
            f" {r['room_cpu_s'] * 1e3:>12.0f}"
        )
    lc = results["livecore"]
    lines += [
        f"livecore / bare, medians of paired rounds: wall {results['ratio_wall']:.3f},"
        f" CPU {results['ratio_cpu']:.3f} (target 0.5)",
        f"livecore events/s {lc['events_per_s']:,.0f}, per CPU second"
        f" {lc['events_per_cpu_s']:,.0f}",
        f"frame-to-event latency: p50 {lc['latency_p50_s'] * 1e6:.0f} µs,"
        f" p99 {lc['latency_p99_s'] * 1e6:.0f} µs, max {lc['latency_max_s'] * 1e3:.1f} ms;"
        f" acks missing {lc['acks_missing']} of {lc['acks_asked']}",
    ]
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=7, help="timed rounds (default 7)")
    p.add_argument("--frames", type=int, default=2040, help="frames in the stream (default 2040)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", metavar="FILE", help="write the results as JSON")
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args()
    spec = {ROOM: {"frames": args.frames, "seed": args.seed, "rate": MAX_RATE}}
    report: dict[str, Any] = {
        "benchmark": "e2e",
        "machine": decode.machine(),
        "runs": args.runs,
        "room": spec[ROOM],
    }
    with Rooms(spec) as rooms:
        report["results"] = measure(rooms, args)
    print(f"{args.frames} frames, seed {args.seed}, medians of {args.runs} interleaved rounds")
    print(table(report["results"]))
    decode.write(report, args)


if __name__ == "__main__":
    main()
