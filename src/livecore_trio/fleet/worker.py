"""A fleet worker: claims rooms, holds their leases, publishes their events, checkpoints.

Four loops and one task per room, in one Trio nursery:

- *plan*: say the worker is alive, read the fleet from the store, claim what
  :func:`livecore.fleet.plan` says (compare-and-set), stop rooms removed
  from the fleet or above the fair share;
- *leases*: renew each lease a third into its TTL; a renewal refused, or none
  that succeeded in time (:class:`~livecore.fleet.HeldLease`), stops the room
  at once;
- *publisher*: takes up to ``batch`` events from the bounded buffer, publishes
  them in order, retries what was not stored with the same ``Nats-Msg-Id``
  (forever: an event is never dropped), then tells each room's ledger;
- *checkpoints*: writes each room's checkpoint when it moved (compare-and-set,
  so only the lease holder's lands).

:meth:`Worker.drain` (SIGTERM, Ctrl-C) stops every room, waits for its events
to be stored, writes the last checkpoints and lets the leases go, so other
workers take the rooms over at once instead of after a TTL.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any, Final

import trio

from livecore.fleet.leases import HeldLease, plan
from livecore.fleet.records import LeaseRecord, WorkerRecord, check_worker_name
from livecore.fleet.targets import Target, TargetError, decode_key
from livecore_trio.fleet.broker import Broker, BrokerUnavailable
from livecore_trio.fleet.runner import Item, RoomRunner

__all__ = ["DEFAULT_BATCH", "DEFAULT_BUFFER", "DEFAULT_LEASE_TTL", "Worker"]

log = logging.getLogger("livecore.fleet")

DEFAULT_LEASE_TTL: Final = 10.0
DEFAULT_BUFFER: Final = 10_000
"""Events held for the broker before the rooms' clients wait (backpressure)."""
DEFAULT_BATCH: Final = 500
"""Events published per crossing into asyncio."""
_TICK: Final = 0.1  # seconds between looks at the leases


class Worker:
    """One worker of the fleet. ``await worker.run()``; :meth:`drain` to stop.

    :param broker: the broker (``livecore_trio.fleet.nats.open_nats``).
    :param make_provider: a first-payload provider for a target, or None for a
        URL target's own (the ``@handle`` one is the TikTok provider).
    :param client_options: for every :class:`~livecore_trio.client.Client`.
    """

    def __init__(
        self,
        broker: Broker,
        name: str,
        *,
        max_rooms: int = 100,
        lease_ttl: float = DEFAULT_LEASE_TTL,
        buffer: int = DEFAULT_BUFFER,
        batch: int = DEFAULT_BATCH,
        poll: float | None = None,
        checkpoint_every: float = 1.0,
        make_provider: Callable[[Target], Any] | None = None,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        if lease_ttl < 1:
            raise ValueError("the lease TTL is at least 1 second (the store counts whole seconds)")
        if max_rooms < 0 or buffer < 1 or batch < 1:
            raise ValueError("max_rooms >= 0, buffer >= 1 and batch >= 1")
        self.broker = broker
        self.name = check_worker_name(name)
        self.max_rooms = max_rooms
        self.lease_ttl = lease_ttl
        self.batch = batch
        self.poll = poll if poll is not None else min(1.0, lease_ttl / 4)
        self.checkpoint_every = checkpoint_every
        self.make_provider = make_provider or _default_provider
        self.client_options = {"close_timeout": 1.0, **(client_options or {})}
        self.rooms: dict[str, RoomRunner] = {}
        #: Events stored in the stream by this worker.
        self.published = 0
        self.started_at = time.time()
        self._draining = trio.Event()
        self._send, self._receive = trio.open_memory_channel[Item](buffer)
        self._rooms_nursery: trio.Nursery | None = None

    def drain(self) -> None:
        """Stop every room cleanly and leave the fleet; :meth:`run` then returns."""
        self._draining.set()

    async def run(self, *, task_status: Any = trio.TASK_STATUS_IGNORED) -> None:
        log.info(
            "worker %s: joining (max %d rooms, lease TTL %g s)",
            self.name,
            self.max_rooms,
            self.lease_ttl,
        )
        async with trio.open_nursery() as nursery:
            nursery.start_soon(self._publisher)
            nursery.start_soon(self._renewals, nursery)
            nursery.start_soon(self._checkpoints)
            async with trio.open_nursery() as rooms:
                self._rooms_nursery = rooms
                nursery.start_soon(self._planner)
                task_status.started()
                await self._draining.wait()
                for runner in list(self.rooms.values()):
                    runner.stop("the worker is draining")
            with trio.move_on_after(5):
                await self.broker.leave(self.name)
            nursery.cancel_scope.cancel()
        log.info("worker %s: left the fleet", self.name)

    # ---- claims -------------------------------------------------------------------

    async def _planner(self) -> None:
        down = False
        while not self._draining.is_set():
            try:
                await self._plan_once()
                if down:
                    log.warning("worker %s: the store answers again", self.name)
                down = False
            except BrokerUnavailable as exc:
                if not down:
                    log.warning(
                        "worker %s: the store does not answer (%s); rooms go on", self.name, exc
                    )
                down = True
            await trio.sleep(self.poll)

    async def _plan_once(self) -> None:
        presence = WorkerRecord(
            self.name, tuple(self.rooms), self.max_rooms, self.started_at, time.time()
        )
        await self.broker.present(presence, self.lease_ttl)
        snap = await self.broker.snapshot()
        workers = {name: len(w.rooms) for name, w in snap.workers.items()}
        leased = {key: lease.owner for key, lease in snap.leases.items()}
        decided = plan(self.name, snap.targets, leased, self.rooms, workers, self.max_rooms)
        removed = [key for key in decided.release if key not in snap.targets]
        if removed:
            # Stopped for a removal only when a second look agrees: a snapshot
            # that missed a key (the store's reads race its writes) must not
            # stop a room.
            again = (await self.broker.snapshot()).targets
            decided = decided.keeping(key for key in removed if key in again)
        for key in decided.release:
            self.rooms[key].stop(decided.why.get(key, "released"))
        for key in decided.claim:
            if self._draining.is_set():
                return
            await self._claim(key, snap.targets[key])

    async def _claim(self, key: str, text: str) -> None:
        try:
            target = decode_key(key)
        except TargetError as exc:
            log.warning("skipping target %r: %s", text[:120], exc)
            return
        sent = trio.current_time()
        record = LeaseRecord(self.name, "", self.lease_ttl, time.time())
        revision = await self.broker.claim(key, record, self.lease_ttl)
        if revision is None:
            return  # another worker was quicker
        lease = HeldLease(key, revision, sent, self.lease_ttl)
        runner = RoomRunner(
            target, lease, self.name, self._send, self.make_provider, self.client_options
        )
        self.rooms[key] = runner
        assert self._rooms_nursery is not None
        self._rooms_nursery.start_soon(self._room, runner)
        log.info("worker %s: claimed %s", self.name, target.text)

    async def _room(self, runner: RoomRunner) -> None:
        try:
            point, revision = None, 0
            while not runner.stopped.is_set():
                try:
                    point, revision = await self.broker.load(runner.key)
                    break
                except BrokerUnavailable:
                    await trio.sleep(self.poll)
            resume = runner.start_from(point, revision)
            await runner.run(resume)  # its last session's events are stored, or the lease is lost
            if runner.lease.check(trio.current_time()):
                runner.let_go()
                await self._save(runner)
                with trio.move_on_after(5), suppress(BrokerUnavailable):
                    await self.broker.release(runner.key, runner.lease.revision)
            log.info("worker %s: stopped %s (%s)", self.name, runner.target.text, runner.why)
        finally:
            self.rooms.pop(runner.key, None)

    # ---- leases -------------------------------------------------------------------

    async def _renewals(self, nursery: trio.Nursery) -> None:
        renewing: set[str] = set()
        while True:
            now = trio.current_time()
            for runner in list(self.rooms.values()):
                lease = runner.lease
                if not lease.check(now):
                    self._lost(runner)
                elif now >= lease.renew_at and runner.key not in renewing:
                    renewing.add(runner.key)
                    nursery.start_soon(self._renew, runner, renewing)
            await trio.sleep(_TICK)

    async def _renew(self, runner: RoomRunner, renewing: set[str]) -> None:
        lease = runner.lease
        sent = trio.current_time()
        record = LeaseRecord(self.name, runner.ledger.session, self.lease_ttl, time.time())
        try:
            revision = await self.broker.renew(lease.key, record, lease.revision, self.lease_ttl)
        except BrokerUnavailable:
            revision = -1  # no answer: try again next tick; lease.check() keeps the time
        finally:
            renewing.discard(runner.key)
        if revision is None:
            lease.refused()
            self._lost(runner)
        elif revision > 0:
            lease.renewed(revision, sent)

    def _lost(self, runner: RoomRunner) -> None:
        """The room's lease is gone: say so once, and stop its client at once."""
        if not runner.stopped.is_set():
            log.warning(
                "worker %s: lease of %s lost: %s", self.name, runner.target.text, runner.lease.lost
            )
        runner.stop(f"lease lost: {runner.lease.lost}", lost=True)

    # ---- checkpoints --------------------------------------------------------------

    async def _checkpoints(self) -> None:
        while True:
            await trio.sleep(self.checkpoint_every)
            for runner in list(self.rooms.values()):
                if runner.lease.check(trio.current_time()):
                    with suppress(BrokerUnavailable):  # the loop tries again later
                        await self._save(runner)

    async def _save(self, runner: RoomRunner) -> None:
        record = runner.record()
        same = (record.resume, record.state, record.detail, record.published, record.reconnects)
        if same == runner.saved:
            return
        revision = await self.broker.save(runner.key, record, runner.revision)
        if revision is None:
            runner.lease.refused("the checkpoint was written by another worker")
            self._lost(runner)
            return
        runner.revision = revision
        runner.saved = same

    # ---- publishing ---------------------------------------------------------------

    async def _publisher(self) -> None:
        receive = self._receive
        while True:
            batch = [await receive.receive()]
            while len(batch) < self.batch:
                try:
                    batch.append(receive.receive_nowait())
                except trio.WouldBlock:
                    break
            await self._publish(batch)

    async def _publish(self, batch: list[Item]) -> None:
        """Publish until every event of ``batch`` is stored; never drop one."""
        failures = 0
        while batch:
            try:
                stored = await self.broker.publish([out for _, _, out in batch])
            except BrokerUnavailable:
                stored = 0
            for (runner, ledger), items in itertools.groupby(batch[:stored], key=lambda i: i[:2]):
                runner.acked(ledger, sum(1 for _ in items))
            self.published += stored
            batch = batch[stored:]
            if batch:
                failures += 1
                if failures == 1:
                    log.warning(
                        "worker %s: %d events not stored yet; retrying", self.name, len(batch)
                    )
                await trio.sleep(min(0.05 * 2**failures, 1.0))
        if failures:
            log.warning("worker %s: stored after %d retries", self.name, failures)


def _default_provider(target: Target) -> Any:
    if target.kind == "url":
        return None
    from livecore_trio.tiktok import TikTokProvider

    return TikTokProvider(target.handle)
