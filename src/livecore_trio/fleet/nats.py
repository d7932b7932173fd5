"""The broker on NATS JetStream: ``nats-py`` (asyncio) driven from Trio.

Every call crosses from Trio to asyncio once (:mod:`~livecore_trio.fleet.bridge`:
an asyncio loop in a thread by default, or ``trio-asyncio``): a batch of
events is one crossing, not one per event, which is what makes a worker fast
(see docs/benchmarks.md).

What it keeps in JetStream (docs/fleet.md):

- stream ``LIVECORE`` on ``livecore.events.>``, file storage, a duplicate
  window of :data:`~livecore.fleet.stream.DUPLICATE_WINDOW`;
- key-value bucket ``livecore`` (one revision per key, per-key TTLs: NATS
  2.11 or later) for targets, leases, checkpoints and workers.

The connection reconnects by itself, forever; while it is down, calls raise
:class:`~livecore_trio.fleet.broker.BrokerUnavailable` after their timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from functools import partial
from typing import Any, Final

import nats
import nats.errors
import nats.js.errors
import trio
from nats.js import api

from livecore.fleet import records
from livecore.fleet.records import CheckpointRecord, FleetRecordError, LeaseRecord, WorkerRecord
from livecore.fleet.servers import parse_servers, redact
from livecore.fleet.stream import DUPLICATE_WINDOW, STREAM, SUBJECTS, Outgoing
from livecore_trio.fleet.bridge import Bridge, open_bridge
from livecore_trio.fleet.broker import BrokerUnavailable, Snapshot
from livecore_trio.fleet.publisher import Publisher

__all__ = ["NatsBroker", "open_nats"]

log = logging.getLogger("livecore.fleet.nats")

DEFAULT_TIMEOUT: Final = 2.0
_WRONG_LAST: Final = (10071, 10164)  # JetStream: wrong last sequence (compare-and-set refused)
_KV: Final = f"$KV.{records.BUCKET}."
_KV_STREAM: Final = f"KV_{records.BUCKET}"  # the stream behind the bucket (nats-py's naming)
_WATCH_INACTIVE: Final = 3.0  # seconds a snapshot's consumer outlives it
_UNAVAILABLE: Final = (
    asyncio.TimeoutError,
    nats.errors.Error,
    nats.js.errors.ServiceUnavailableError,
    OSError,
)


class NatsBroker:
    """:class:`~livecore_trio.fleet.broker.Broker` on JetStream. Made by :func:`open_nats`."""

    def __init__(self, nc: Any, timeout: float, bridge: Bridge) -> None:
        self._nc = nc
        self._bridge = bridge
        self._js = nc.jetstream(timeout=timeout)
        self.timeout = timeout
        self._kv: Any = None
        self._publisher = Publisher(nc, _UNAVAILABLE)

    # ---- the asyncio side ----------------------------------------------------------

    async def _setup(self, replicas: int) -> None:
        await self._publisher.start()
        try:
            await self._js.stream_info(STREAM)
        except nats.js.errors.NotFoundError:
            config = api.StreamConfig(
                name=STREAM,
                subjects=[SUBJECTS],
                storage=api.StorageType.FILE,
                duplicate_window=DUPLICATE_WINDOW,
                num_replicas=replicas,
            )
            try:
                await self._js.add_stream(config)
            except nats.js.errors.BadRequestError:  # another worker made it meanwhile
                await self._js.stream_info(STREAM)
        try:
            self._kv = await self._js.key_value(records.BUCKET)
        except nats.js.errors.BucketNotFoundError:
            bucket = api.KeyValueConfig(
                bucket=records.BUCKET, history=1, limit_marker_ttl=1.0, replicas=replicas
            )
            try:
                self._kv = await self._js.create_key_value(bucket)
            except nats.js.errors.BadRequestError:
                self._kv = await self._js.key_value(records.BUCKET)

    async def _publish(self, batch: Sequence[Outgoing]) -> int:
        return await self._publisher.publish(batch, self.timeout)

    async def _write(self, key: str, value: bytes, last: int, ttl: float | None) -> int | None:
        headers = {api.Header.EXPECTED_LAST_SUBJECT_SEQUENCE: str(last)}
        ttl_s = None if ttl is None else max(1, round(ttl))
        try:
            ack = await self._js.publish(_KV + key, value, headers=headers, msg_ttl=ttl_s)
        except nats.js.errors.APIError as exc:
            if exc.err_code in _WRONG_LAST:
                return None
            raise
        return int(ack.seq)

    async def _get(self, key: str) -> tuple[bytes | None, int]:
        try:
            entry = await self._kv.get(key)
        except nats.js.errors.KeyNotFoundError as exc:
            # Deleted or purged: the marker's revision is what a create must expect.
            gone = getattr(exc, "entry", None)
            return None, int(gone.revision) if gone is not None else 0
        if not entry.value:  # a TTL's marker: no record is ever empty
            return None, int(entry.revision)
        return entry.value, int(entry.revision)

    async def _snapshot(self) -> Snapshot:
        # The watcher's consumer outlives it by its inactive threshold (nats-py's
        # default: 5 minutes, i.e. 300 consumers per worker polling once a second,
        # and the server's limit is 1,000 per stream): a few seconds is plenty.
        watcher = await self._kv.watchall(inactive_threshold=_WATCH_INACTIVE)
        try:
            return await collect(watcher, self.timeout, self._bucket_is_empty)
        finally:
            await watcher.stop()

    async def _bucket_is_empty(self) -> bool:
        info = await self._js.stream_info(_KV_STREAM)
        return int(info.state.messages) == 0

    # ---- the Trio side ---------------------------------------------------------------

    async def _call(self, fn: Any, *args: Any) -> Any:
        try:
            with trio.fail_after(self.timeout * 3):
                return await self._bridge.run(fn, *args)
        except trio.TooSlowError:
            raise BrokerUnavailable("no answer from NATS in time") from None
        except _UNAVAILABLE as exc:
            raise BrokerUnavailable(f"{type(exc).__name__}: {exc}") from None

    async def setup(self, replicas: int = 1) -> None:
        """Make the stream and the bucket when missing (with ``replicas`` copies)."""
        await self._call(self._setup, replicas)

    async def replication(self) -> dict[str, int]:
        """How many copies the stream and the bucket have: ``{"stream": n, "bucket": n}``."""
        return dict(await self._call(self._replication))

    async def _replication(self) -> dict[str, int]:
        stream = await self._js.stream_info(STREAM)
        bucket = await self._js.stream_info(_KV_STREAM)
        return {
            "stream": int(stream.config.num_replicas or 1),
            "bucket": int(bucket.config.num_replicas or 1),
        }

    async def stream_leader(self) -> str:
        """The name of the cluster node that leads the stream now ("" on one server)."""
        return str(await self._call(self._stream_leader))

    async def _stream_leader(self) -> str:
        info = await self._js.stream_info(STREAM)
        return (info.cluster.leader if info.cluster is not None else "") or ""

    async def replicate(self, replicas: int) -> dict[str, int]:
        """Give the stream and the bucket ``replicas`` copies (a cluster's nodes keep
        them); what they have after."""
        return dict(await self._call(self._replicate, replicas))

    async def _replicate(self, replicas: int) -> dict[str, int]:
        for name in (STREAM, _KV_STREAM):
            info = await self._js.stream_info(name)
            if (info.config.num_replicas or 1) != replicas:
                info.config.num_replicas = replicas
                await self._js.update_stream(info.config)
        return await self._replication()

    async def publish(self, batch: Sequence[Outgoing]) -> int:
        return int(await self._call(self._publish, batch))

    async def claim(self, key: str, record: LeaseRecord, ttl: float) -> int | None:
        key = records.LEASES + key
        value, revision = await self._call(self._get, key)
        if value is not None:
            return None
        written: int | None = await self._call(self._write, key, record.dumps(), revision, ttl)
        return written

    async def renew(self, key: str, record: LeaseRecord, revision: int, ttl: float) -> int | None:
        written: int | None = await self._call(
            self._write, records.LEASES + key, record.dumps(), revision, ttl
        )
        return written

    async def release(self, key: str, revision: int) -> None:
        await self._call(self._delete, records.LEASES + key, revision)

    async def _delete(self, key: str, revision: int) -> None:
        with contextlib.suppress(nats.js.errors.KeyWrongLastSequenceError):  # not ours any more
            await self._kv.delete(key, last=revision)

    async def load(self, key: str) -> tuple[CheckpointRecord | None, int]:
        value, revision = await self._call(self._get, records.CHECKPOINTS + key)
        if value is None:
            return None, revision
        try:
            return CheckpointRecord.parse(value), revision
        except FleetRecordError as exc:
            log.warning("checkpoint of %s unreadable (%s): starting afresh", key, exc)
            return None, revision

    async def save(self, key: str, record: CheckpointRecord, revision: int) -> int | None:
        written: int | None = await self._call(
            self._write, records.CHECKPOINTS + key, record.dumps(), revision, None
        )
        return written

    async def snapshot(self) -> Snapshot:
        snap: Snapshot = await self._call(self._snapshot)
        return snap

    async def add_targets(self, targets: dict[str, str]) -> None:
        for key, text in targets.items():
            await self._call(self._kv.put, records.TARGETS + key, records.target_value(text))

    async def remove_targets(self, keys: Sequence[str]) -> None:
        for key in keys:
            await self._call(self._kv.delete, records.TARGETS + key)

    async def present(self, worker: WorkerRecord, ttl: float) -> None:
        key = records.WORKERS + worker.name
        _, revision = await self._call(self._get, key)
        await self._call(self._write, key, worker.dumps(), revision, ttl)

    async def leave(self, name: str) -> None:
        await self._call(self._kv.delete, records.WORKERS + name)

    async def stream_messages(self) -> int:
        """How many messages the stream holds now."""
        info = await self._call(self._js.stream_info, STREAM)
        return int(info.state.messages)

    async def consume(
        self, durable: str | None, subject: str, batch: int, wait: float, limit: int = 0
    ) -> AsyncIterator[list[bytes]]:
        """Batches of bodies from a pull consumer (durable: it resumes where it stopped);
        with ``limit``, never more than that many in all (none fetched and left unacked)."""
        config = api.ConsumerConfig(ack_policy=api.AckPolicy.EXPLICIT)
        sub = await self._call(self._js.pull_subscribe, subject, durable, STREAM, config)
        left = limit
        while not limit or left > 0:
            try:
                size = min(batch, left) if limit else batch
                with trio.fail_after(wait + self.timeout * 3):
                    messages = await self._bridge.run(sub.fetch, size, wait)
            except trio.TooSlowError:
                raise BrokerUnavailable("no answer from NATS in time") from None
            except (TimeoutError, nats.errors.TimeoutError):
                yield []
                continue
            except _UNAVAILABLE as exc:
                raise BrokerUnavailable(f"{type(exc).__name__}: {exc}") from None
            left -= len(messages)
            yield [m.data for m in messages]
            await self._call(_ack_all, self._nc, messages)  # once handed over: at least once

    async def close(self) -> None:
        with trio.CancelScope(shield=True), trio.move_on_after(self.timeout):
            await self._bridge.run(self._nc.close)


async def collect(
    watcher: Any, timeout: float, bucket_is_empty: Callable[[], Awaitable[bool]]
) -> Snapshot:
    """Read a KV watcher's current values into a :class:`Snapshot`.

    The end is the entry that had nothing pending behind it (``delta`` 0).
    nats-py's own end marker (None) can come *first*, before any entry, when
    the server delivered every value before the watcher asked how many were
    pending (seen here: about one snapshot in 30 with 900 keys). Taken at its
    word, that empty snapshot would make a worker release every room it holds
    ("removed from the fleet"). So an end marker before any entry counts only
    when the bucket really is empty; otherwise the entries that follow are read.
    """
    snap = Snapshot()
    seen = False
    while True:
        entry = await watcher.updates(timeout=timeout)
        if entry is None:
            if seen or await bucket_is_empty():
                return snap
            continue
        seen = True
        if entry.operation is None and entry.value is not None:
            _file(snap, entry.key, entry.value)
        if entry.delta == 0:
            return snap


async def _ack_all(nc: Any, messages: Sequence[Any]) -> None:
    for message in messages:
        await message.ack()
    await nc.flush()


def _file(snap: Snapshot, key: str, value: bytes) -> None:
    """Put one store entry into the snapshot; an unreadable one is logged and left out."""
    kind, _, rest = key.partition(".")
    try:
        if kind + "." == records.TARGETS:
            snap.targets[rest] = records.target_text(value)
        elif kind + "." == records.LEASES:
            snap.leases[rest] = LeaseRecord.parse(value)
        elif kind + "." == records.CHECKPOINTS:
            snap.checkpoints[rest] = CheckpointRecord.parse(value)
        elif kind + "." == records.WORKERS:
            snap.workers[rest] = WorkerRecord.parse(value)
    except (FleetRecordError, ValueError) as exc:
        log.warning("store key %s unreadable: %s", key[:120], exc)


_RETRY_FIRST: Final = 0.25  # seconds before the first retry of an unreachable NATS
_RETRY_MOST: Final = 5.0  # the longest wait between two tries
_RETRY_SAY_EVERY: Final = 60.0  # a waiting worker says so at once, then this often
_RETRY_QUIET: Final = 30.0  # commands that wait no longer than this just fail, quietly


@asynccontextmanager
async def open_nats(
    url: str | Sequence[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    name: str = "livecore",
    wait: float = 0.0,
    bridge: str = "thread",
    replicas: int = 1,
) -> AsyncIterator[NatsBroker]:
    """Connect (trying for up to ``wait`` seconds), make the stream and bucket if
    missing, and yield the broker; closed on exit. Must run inside Trio.

    ``url`` is one server, a comma-separated list of a cluster's servers
    (:func:`~livecore.fleet.servers.parse_servers`), or a sequence of them.

    Raises :class:`BrokerUnavailable` when no server answers in time.
    """
    async with open_bridge(bridge) as crossing:
        nc = await _connect(crossing, url, timeout, name, wait)
        broker = NatsBroker(nc, timeout, crossing)
        try:
            await broker.setup(replicas)
            yield broker
        finally:
            await broker.close()


async def _connect(
    crossing: Bridge, url: str | Sequence[str], timeout: float, name: str, wait: float
) -> Any:
    servers = list(parse_servers(url) if isinstance(url, str) else url)
    shown = redact(",".join(servers))
    conns: list[Any] = []

    async def disconnected() -> None:
        if conns and conns[0].is_closed:
            return  # our own close
        log.warning("NATS connection lost; reconnecting")

    async def reconnected() -> None:
        log.warning("NATS connection back")

    seen: list[Exception] = []  # what nats-py met while it tried: the why of a failure

    async def error(exc: Exception) -> None:
        log.debug("NATS: %s: %s", type(exc).__name__, exc)
        seen[:] = [exc]

    deadline = trio.current_time() + wait
    pause, said_at = _RETRY_FIRST, -math.inf
    while True:
        try:
            with trio.fail_after(timeout * 3):
                connect = partial(
                    nats.connect,
                    servers=servers,
                    name=name,
                    connect_timeout=timeout,
                    allow_reconnect=True,
                    max_reconnect_attempts=-1,
                    reconnect_time_wait=0.25,
                    disconnected_cb=disconnected,
                    reconnected_cb=reconnected,
                    error_cb=error,
                )
                nc = await crossing.run(connect)
            conns.append(nc)
            return nc
        except (trio.TooSlowError, *_UNAVAILABLE) as exc:
            met = seen[0] if seen else exc
            why = str(met) or type(met).__name__ or "no answer in time"
            now = trio.current_time()
            if "authorization" in why.lower():  # refused credentials: trying again cannot help
                raise BrokerUnavailable(f"NATS at {shown} refused the credentials: {why}") from None
            if now >= deadline:
                raise BrokerUnavailable(f"cannot reach NATS at {shown}: {why}") from None
            if wait > _RETRY_QUIET and now - said_at >= _RETRY_SAY_EVERY:  # a service: say so
                log.warning("cannot reach NATS at %s (%s); trying again", shown, why)
                said_at = now
            await trio.sleep(min(pause, max(deadline - now, 0.0)))
            pause = min(pause * 2, _RETRY_MOST)
