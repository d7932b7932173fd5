"""Scale: 100 and 1,000 Trio clients in one process, idle and then busy.

The rooms run in a process of their own (``bench/rooms.py``); every size of
every round runs in a fresh worker process (this script with ``--worker``),
so that one run's memory is not the next one's baseline. Sizes alternate
from round to round; medians over ``--runs`` rounds.

In each worker:

idle
    one warm-up client connects and leaves; then RSS (``VmRSS``) is read and
    N clients connect to an idle room (it says nothing, and announces a
    ``--ping`` second heartbeat interval, so heartbeats run). Once every
    client has sent a heartbeat, a ``--idle`` second window measures this
    process's CPU (``process_time``), RSS at its end, and every heartbeat's
    lateness: the client's timer firing against the deadline the core asked
    for (``next_deadline()`` read just before ``handle_timeout``). RSS per
    connection = (RSS at the end - RSS before) / N.
busy
    the idle clients leave; N new ones connect to a room that waits
    ``--wait`` seconds, then pushes ``--frames`` frames of the vectors' mix
    at ``--rate`` frames/s in total (split over the N sessions), the last
    one ending the stream. Events are counted by one handler for ``Event``
    (one attribute read each); events/s is the rate between 10% and 90% of
    all events, which leaves out the ramp and the tail.

The room process reports, per phase, acks owed and never sent and each
heartbeat's arrival lateness (anchored at the session's most punctual one).

``--profile N`` runs one worker under ``tracemalloc`` instead and prints
where the memory of N idle connections goes, by package and by line.

    .venv/bin/python bench/scale.py [--sizes 100 1000] [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import trio

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decode
from rooms import Rooms, cpu_seconds, percentile, rss_bytes

from livecore.connection import Connection
from livecore.events import Event
from livecore_trio.client import Client

KiB = 1024
SETTINGS = ("sizes", "idle", "ping", "busy_ping", "frames", "rate", "wait")
PHASE_TIMEOUT = 300.0  # seconds


# ---- the worker: N clients in this process ---------------------------------------


def timed_connections(lateness: list[float]) -> type[Connection]:
    """A Connection that records how late the client's timer fires for each
    heartbeat it sends; swapped in as the class of a client's connection."""

    class Timed(Connection):
        __slots__ = ()  # the same layout as Connection's, so the class can be swapped

        def handle_timeout(self, now: float) -> None:
            due = self.next_deadline()
            sent = self.heartbeats_sent
            super().handle_timeout(now)
            if due is not None and self.heartbeats_sent > sent:
                lateness.append(now - due)

    return Timed


def beating(client: Client) -> bool:
    """Connected and past its first heartbeat, or gone for good."""
    return bool(client.connection.heartbeats_sent) or client.disconnect is not None


async def connect_all(
    nursery: trio.Nursery, clients: list[Client], ready: Callable[[], bool]
) -> float:
    """Start every client's session; return the seconds until ``ready()``."""
    started = trio.current_time()
    for client in clients:
        nursery.start_soon(client.run)
    while not ready():
        await trio.sleep(0.05)
    return trio.current_time() - started


async def warm_up(payload: bytes) -> None:
    """One client in and out: imports, caches and first-use costs stay out of the baseline."""
    client = Client(payload)
    async with trio.open_nursery() as nursery:
        await connect_all(nursery, [client], lambda: client.connection.heartbeats_sent > 0)
        client.close()
    gc.collect()


def raise_fd_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(needed, hard), hard))


async def idle_phase(n: int, payload: bytes, room_pid: int, window: float) -> dict[str, Any]:
    await warm_up(payload)
    rss_before = rss_bytes()
    lateness: list[float] = []
    clients = [Client(payload) for _ in range(n)]
    timed = timed_connections(lateness)
    for client in clients:
        client.connection.__class__ = timed
    async with trio.open_nursery() as nursery:
        connect_s = await connect_all(nursery, clients, lambda: all(map(beating, clients)))
        await trio.sleep(1.0)
        gc.collect()
        rss_connected = rss_bytes()
        first_beat = len(lateness)
        cpu, room_cpu, wall = time.process_time(), cpu_seconds(room_pid), time.perf_counter()
        await trio.sleep(window)
        cpu = time.process_time() - cpu
        room_cpu = cpu_seconds(room_pid) - room_cpu
        wall = time.perf_counter() - wall
        rss_after = rss_bytes()
        in_window = lateness[first_beat:]
        for client in clients:
            client.close()
    errors = sum(1 for c in clients if c.error is not None)
    beats = sum(c.connection.heartbeats_sent for c in clients)
    if not lateness:
        raise SystemExit("no heartbeat timings: Client.connection is not the core that ran")
    return {
        "connections": n,
        "connect_s": connect_s,
        "connect_errors": errors,
        "rss_before": rss_before,
        "rss_connected": rss_connected,
        "rss_after_idle": rss_after,
        "rss_per_connection": (rss_after - rss_before) / n,
        "window_s": wall,
        "cpu_s": cpu,
        "cpu_share": cpu / wall,
        "cpu_us_per_connection_s": cpu / wall / n * 1e6,
        "room_cpu_share": room_cpu / wall,
        "heartbeats_sent": beats,
        "heartbeats_in_window": len(in_window),
        "lateness_p50_s": percentile(in_window, 50),
        "lateness_p99_s": percentile(in_window, 99),
        "lateness_max_s": max(in_window, default=None),
        "lateness_all_p99_s": percentile(lateness, 99),
        "lateness_all_max_s": max(lateness),
    }


async def busy_phase(n: int, payload: bytes, room_pid: int) -> dict[str, Any]:
    events = 0
    samples: list[tuple[float, int, float, float]] = []  # wall, events, cpu, room cpu

    def count(event: Event) -> None:
        nonlocal events
        event.msg_id  # noqa: B018 - one real attribute read per event
        events += 1

    clients = [Client(payload) for _ in range(n)]
    for client in clients:
        client.on(Event)(count)

    async def sample(cancel: trio.CancelScope) -> None:
        with cancel:
            while True:
                samples.append(
                    (time.perf_counter(), events, time.process_time(), cpu_seconds(room_pid))
                )
                await trio.sleep(0.1)

    async with trio.open_nursery() as nursery:
        sampler = trio.CancelScope()
        nursery.start_soon(sample, sampler)
        async with trio.open_nursery() as sessions:
            for client in clients:
                sessions.start_soon(client.run)
        sampler.cancel()
    samples.append((time.perf_counter(), events, time.process_time(), cpu_seconds(room_pid)))
    lo, hi = _at(samples, 0.1 * events), _at(samples, 0.9 * events)
    wall = hi[0] - lo[0]
    ends = [c.disconnect.reason.value if c.disconnect else "none" for c in clients]
    return {
        "connections": n,
        "events": events,
        "messages": sum(c.connection.messages_received for c in clients),
        "acks_sent": sum(c.connection.acks_sent for c in clients),
        "live_ended": ends.count("live_ended"),
        "events_per_s": (hi[1] - lo[1]) / wall,
        "cpu_share": (hi[2] - lo[2]) / wall,
        "room_cpu_share": (hi[3] - lo[3]) / wall,
        "events_per_cpu_s": (hi[1] - lo[1]) / (hi[2] - lo[2]),
        "window_s": wall,
    }


def _at(samples: list[tuple[float, int, float, float]], events: float) -> tuple[float, ...]:
    """The first sample by which ``events`` events had been handled."""
    return next(s for s in samples if s[1] >= events)


async def guarded(phase: Awaitable[dict[str, Any]]) -> dict[str, Any]:
    """A phase that cannot hang the benchmark."""
    with trio.fail_after(PHASE_TIMEOUT):
        return await phase


def worker(args: argparse.Namespace) -> None:
    spec = json.loads(args.worker)
    n = int(spec["n"])
    raise_fd_limit(2 * n + 64)
    idle_payload = bytes.fromhex(spec["idle"])
    busy_payload = bytes.fromhex(spec["busy"])
    result = {
        "idle": trio.run(guarded, idle_phase(n, idle_payload, spec["room_pid"], spec["window"])),
        "busy": trio.run(guarded, busy_phase(n, busy_payload, spec["room_pid"])),
    }
    print(json.dumps(result), flush=True)


# ---- tracemalloc: where the memory of idle connections goes ---------------------------


def _package(filename: str) -> str:
    if filename.startswith("<attrs generated methods "):  # attrs classes' __init__ and co
        return filename.removeprefix("<attrs generated methods ").split(".")[0]
    parts = Path(filename).parts
    for marker in ("site-packages", "src"):
        if marker in parts:
            rest = parts[parts.index(marker) + 1 :]
            return rest[0].removesuffix(".py") if rest else filename
    return "stdlib: " + Path(filename).stem


async def profile_phase(n: int, payload: bytes) -> dict[str, Any]:
    await warm_up(payload)
    before = tracemalloc.take_snapshot()
    rss_before = rss_bytes()
    clients = [Client(payload) for _ in range(n)]
    async with trio.open_nursery() as nursery:
        await connect_all(nursery, clients, lambda: all(map(beating, clients)))
        await trio.sleep(2.0)
        gc.collect()
        after = tracemalloc.take_snapshot()
        rss_after = rss_bytes()
        for client in clients:
            client.close()
    by_package: dict[str, int] = {}
    for stat in after.compare_to(before, "filename"):
        name = _package(stat.traceback[0].filename)
        by_package[name] = by_package.get(name, 0) + stat.size_diff
    lines = [
        (f"{s.traceback[0].filename}:{s.traceback[0].lineno}", s.size_diff, s.count_diff)
        for s in after.compare_to(before, "lineno")[:25]
    ]
    traced = sum(by_package.values())
    return {
        "connections": n,
        "rss_per_connection": (rss_after - rss_before) / n,
        "traced_per_connection": traced / n,
        "by_package_per_connection": {
            k: v / n for k, v in sorted(by_package.items(), key=lambda kv: -kv[1]) if v
        },
        "top_lines": [
            {"line": line, "bytes_per_connection": size / n, "blocks": count}
            for line, size, count in lines
        ],
    }


# ---- the orchestrator -----------------------------------------------------------------


def run_worker(rooms: Rooms, n: int, args: argparse.Namespace) -> dict[str, Any]:
    spec = {
        "n": n,
        "idle": rooms.first_payload["idle"].hex(),
        "busy": rooms.first_payload[f"busy{n}"].hex(),
        "room_pid": rooms.process.pid,
        "window": args.idle,
    }
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(spec)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"worker for {n} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["idle"]["room"] = rooms.report("idle")
    result["busy"]["room"] = rooms.report(f"busy{n}")
    return result


def room_spec(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    spec: dict[str, dict[str, Any]] = {"idle": {"ping_interval": args.ping}}
    for n in args.sizes:
        spec[f"busy{n}"] = {
            "frames": max(1, math.ceil(args.frames / n)),
            "rate": args.rate / n,
            "wait": args.wait,
            "ping_interval": args.busy_ping,
            "seed": 1,
        }
    return spec


# Medians over rounds of these, per size and phase; the rest is kept per round.
SUMMARY = {
    "idle": (
        "rss_per_connection",
        "cpu_share",
        "cpu_us_per_connection_s",
        "room_cpu_share",
        "lateness_p50_s",
        "lateness_p99_s",
        "lateness_max_s",
        "connect_s",
    ),
    "busy": ("events_per_s", "events_per_cpu_s", "cpu_share", "room_cpu_share"),
}


def summarise(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for phase, keys in SUMMARY.items():
        out[phase] = {k: statistics.median(r[phase][k] for r in rounds) for k in keys}
    out["idle"]["room_lateness_p99_s"] = statistics.median(
        r["idle"]["room"]["heartbeat_lateness_p99_s"] for r in rounds
    )
    out["idle"]["worst_lateness_max_s"] = max(r["idle"]["lateness_all_max_s"] for r in rounds)
    out["busy"]["acks_asked"] = sum(r["busy"]["room"]["acks_asked"] for r in rounds)
    out["busy"]["acks_missing"] = sum(r["busy"]["room"]["acks_missing"] for r in rounds)
    out["busy"]["room_lateness_p99_s"] = statistics.median(
        r["busy"]["room"]["heartbeat_lateness_p99_s"] or 0.0 for r in rounds
    )
    out["connect_errors"] = sum(r["idle"]["connect_errors"] for r in rounds)
    return out


def table(summary: dict[int, dict[str, Any]]) -> str:
    ms = 1e3
    lines = [
        f"{'N':>5} {'KiB/conn':>9} {'idle CPU':>9} {'µs/conn/s':>10} {'hb p50 ms':>10}"
        f" {'hb p99 ms':>10} {'room p99':>9} {'events/s':>9} {'events/CPU s':>13}"
        f" {'busy CPU':>9} {'room CPU':>9} {'acks missing':>13}"
    ]
    for n, s in summary.items():
        i, b = s["idle"], s["busy"]
        lines.append(
            f"{n:>5} {i['rss_per_connection'] / KiB:>9.1f} {i['cpu_share']:>9.1%}"
            f" {i['cpu_us_per_connection_s']:>10.1f} {i['lateness_p50_s'] * ms:>10.2f}"
            f" {i['lateness_p99_s'] * ms:>10.2f} {i['room_lateness_p99_s'] * ms:>9.2f}"
            f" {b['events_per_s']:>9,.0f} {b['events_per_cpu_s']:>13,.0f}"
            f" {b['cpu_share']:>9.0%} {b['room_cpu_share']:>9.0%}"
            f" {b['acks_missing']:>6} of {b['acks_asked']:<5}"
        )
    return "\n".join(lines)


def profile(rooms: Rooms, n: int) -> dict[str, Any]:
    """Run the tracemalloc worker for ``n`` idle connections and print its findings."""
    spec = json.dumps({"n": n, "idle": rooms.first_payload["idle"].hex()})
    command = [sys.executable, str(Path(__file__).resolve()), "--profile-worker", spec]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"profile worker failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    rooms.report("idle")
    print(
        f"{n} idle connections: RSS {result['rss_per_connection'] / KiB:.1f} KiB each"
        " (under tracemalloc), traced Python allocations"
        f" {result['traced_per_connection'] / KiB:.1f} KiB each"
    )
    for name, size in result["by_package_per_connection"].items():
        if abs(size) >= 64:
            print(f"  {name:<28} {size / KiB:>8.2f} KiB")
    print("top lines (bytes per connection):")
    for line in result["top_lines"][:15]:
        print(f"  {line['bytes_per_connection']:>8.0f}  {line['line']}")
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    p.add_argument("--runs", type=int, default=3, help="rounds (default 3)")
    p.add_argument("--idle", type=float, default=10.0, help="idle window, s (default 10)")
    p.add_argument("--ping", type=float, default=1.0, help="heartbeat interval, s (default 1)")
    p.add_argument("--busy-ping", type=float, default=10.0, help="interval when busy (10 s)")
    p.add_argument("--frames", type=int, default=10_000, help="frames over all rooms (10000)")
    p.add_argument("--rate", type=float, default=1000.0, help="frames/s over all rooms (1000)")
    p.add_argument("--wait", type=float, default=3.0, help="s before the rooms push (3)")
    p.add_argument("--profile", type=int, metavar="N", help="tracemalloc of N idle connections")
    p.add_argument("--json", metavar="FILE", help="write the results as JSON")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--profile-worker", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        return worker(args)
    if args.profile_worker:
        spec = json.loads(args.profile_worker)
        raise_fd_limit(2 * spec["n"] + 64)
        tracemalloc.start()
        result = trio.run(profile_phase, spec["n"], bytes.fromhex(spec["idle"]))
        print(json.dumps(result), flush=True)
        return None
    report: dict[str, Any] = {
        "benchmark": "scale",
        "machine": decode.machine(),
        "runs": args.runs,
        "settings": {k: getattr(args, k) for k in SETTINGS},
    }
    with Rooms(room_spec(args)) as rooms:
        if args.profile:
            report["benchmark"] = "scale-profile"
            report["profile"] = profile(rooms, args.profile)
            return decode.write(report, args)
        rounds: dict[int, list[dict[str, Any]]] = {n: [] for n in args.sizes}
        for r in range(args.runs):
            order = args.sizes[r % len(args.sizes) :] + args.sizes[: r % len(args.sizes)]
            for n in order:
                rounds[n].append(run_worker(rooms, n, args))
                if not args.quiet:
                    idle, busy = rounds[n][-1]["idle"], rounds[n][-1]["busy"]
                    print(
                        f"  round {r + 1}/{args.runs} N={n}: "
                        f"{idle['rss_per_connection'] / KiB:.1f} KiB/conn, "
                        f"hb p99 {idle['lateness_p99_s'] * 1e3:.2f} ms, "
                        f"{busy['events_per_s']:,.0f} events/s",
                        file=sys.stderr,
                    )
    report["rounds"] = {str(n): runs for n, runs in rounds.items()}
    summary = {n: summarise(runs) for n, runs in rounds.items()}
    report["results"] = {str(n): s for n, s in summary.items()}
    print(f"medians of {args.runs} rounds, sizes alternating; {args.idle:g} s idle window")
    print(table(summary))
    decode.write(report, args)
    return None


if __name__ == "__main__":
    main()
