"""The broker as the fleet sees it: a sink for events, leases, checkpoints, the desired set.

The worker (``livecore_trio.fleet.worker``) talks to nothing else, so another
engine than NATS JetStream could stand behind these few calls. Every call
either answers or raises :class:`BrokerUnavailable` (no answer in time, no
connection): a compare-and-set that the store *refuses* is an answer (None).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from livecore.fleet.records import CheckpointRecord, LeaseRecord, WorkerRecord
from livecore.fleet.stream import Outgoing

__all__ = ["Broker", "BrokerUnavailable", "CheckpointStore", "EventSink", "LeaseStore", "Snapshot"]


class BrokerUnavailable(Exception):
    """The broker did not answer (unreachable, restarting, too slow)."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The fleet's state in the store at one moment (records that did not parse are left out)."""

    targets: dict[str, str] = field(default_factory=dict)  # key -> target text
    leases: dict[str, LeaseRecord] = field(default_factory=dict)
    checkpoints: dict[str, CheckpointRecord] = field(default_factory=dict)
    workers: dict[str, WorkerRecord] = field(default_factory=dict)


class EventSink(Protocol):
    async def publish(self, batch: Sequence[Outgoing]) -> int:
        """Publish ``batch`` in order; return how many of its first messages are
        stored (a prefix: the caller retries the rest, with the same ids)."""
        ...


class LeaseStore(Protocol):
    async def claim(self, key: str, record: LeaseRecord, ttl: float) -> int | None:
        """Create the lease if no live one exists: its revision, or None if held."""
        ...

    async def renew(self, key: str, record: LeaseRecord, revision: int, ttl: float) -> int | None:
        """Rewrite the lease if it is still at ``revision``: the new one, or None."""
        ...

    async def release(self, key: str, revision: int) -> None:
        """Delete the lease if it is still at ``revision`` (others may claim it at once)."""
        ...


class CheckpointStore(Protocol):
    async def load(self, key: str) -> tuple[CheckpointRecord | None, int]:
        """The room's checkpoint and its revision (None and 0 when there is none)."""
        ...

    async def save(self, key: str, record: CheckpointRecord, revision: int) -> int | None:
        """Write it if still at ``revision`` (0: none yet): the new revision, or None."""
        ...


class Broker(EventSink, LeaseStore, CheckpointStore, Protocol):
    """All the fleet needs: the three interfaces, the desired set, the workers' presence."""

    async def snapshot(self) -> Snapshot: ...

    async def add_targets(self, targets: dict[str, str]) -> None: ...

    async def remove_targets(self, keys: Sequence[str]) -> None: ...

    async def present(self, worker: WorkerRecord, ttl: float) -> None: ...

    async def leave(self, name: str) -> None: ...
