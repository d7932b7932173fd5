"""Leases and claims: which worker watches which room, decided without I/O.

A lease is a key in the store that only one worker can create
(compare-and-set) and that the store forgets ``ttl`` seconds after its last
write. Its holder renews it every ``ttl / 3``; another worker can take the
room only once the store has forgotten it. The holder cannot see the
store's clock, so it counts from when it *sent* its last successful renewal
(the store wrote it later, so the lease lives at least that long): past
``sent + ttl - margin`` it must take the lease as lost and stop the room,
whether or not it can still reach the store. That is what keeps two
workers from publishing one room for long, network partitions included.

Which targets to claim: those in the desired set that no lease holds, up to
``max_rooms`` and no more than the fair share (``ceil(targets / workers)``)
while other workers are alive, ordered by a hash of worker and target so
that workers starting together do not all race for the same ones. A worker
above its fair share lets one room go per round, while some alive worker is
below it, so a fleet evens out after a worker (re)joins.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Final

__all__ = ["RENEW_FRACTION", "HeldLease", "Plan", "fair_share", "plan"]

RENEW_FRACTION: Final = 1 / 3
"""A lease is renewed this far into its TTL."""
_MARGIN_FRACTION: Final = 0.15  # of the TTL: stop this long before the store could forget


class HeldLease:
    """A lease this worker holds, as it sees it: when to renew, when it is lost.

    Times are the worker's monotonic seconds; ``revision`` is the store's
    revision of the lease key (what the next compare-and-set must name).
    """

    __slots__ = ("key", "lost", "revision", "sent_at", "ttl")

    def __init__(self, key: str, revision: int, sent_at: float, ttl: float) -> None:
        if not (0 < ttl < math.inf):
            raise ValueError("a lease's ttl is a positive number of seconds")
        self.key = key
        self.revision = revision
        self.sent_at = sent_at
        self.ttl = ttl
        #: Why the lease was lost ("" while held).
        self.lost = ""

    @property
    def renew_at(self) -> float:
        return self.sent_at + self.ttl * RENEW_FRACTION

    @property
    def expires_at(self) -> float:
        """The worker's time from which the store may have forgotten the lease
        (less a margin): the room must have stopped by then."""
        return self.sent_at + self.ttl * (1 - _MARGIN_FRACTION)

    def renewed(self, revision: int, sent_at: float) -> None:
        """A renewal sent at ``sent_at`` was stored as ``revision``."""
        if not self.lost:
            self.revision = revision
            self.sent_at = max(self.sent_at, sent_at)

    def refused(self, why: str = "the store refused the renewal (another worker holds it)") -> None:
        """The store refused a write only the holder could make (the renewal, by
        default): someone else holds the key now. ``why`` becomes :attr:`lost`."""
        self.lost = self.lost or why

    def check(self, now: float) -> bool:
        """True while held; False (and :attr:`lost` says why) once past :attr:`expires_at`."""
        if not self.lost and now >= self.expires_at:
            self.lost = f"not renewed for {now - self.sent_at:.1f} s of a {self.ttl:g} s TTL"
        return not self.lost


def fair_share(targets: int, workers: int) -> int:
    """The most rooms one worker should hold: ``ceil(targets / workers)``."""
    return math.ceil(targets / max(1, workers))


@dataclass(frozen=True, slots=True)
class Plan:
    """What a worker does this round: claim these keys, let these go."""

    claim: tuple[str, ...] = ()
    release: tuple[str, ...] = ()
    why: dict[str, str] = field(default_factory=dict)

    def keeping(self, keys: Iterable[str]) -> Plan:
        """This plan without releasing ``keys`` (a second look found them wanted)."""
        kept = set(keys)
        if not kept:
            return self
        release = tuple(k for k in self.release if k not in kept)
        why = {k: v for k, v in self.why.items() if k not in kept}
        return replace(self, release=release, why=why)


def _order(worker: str, key: str) -> bytes:
    return hashlib.blake2b(f"{worker}\0{key}".encode(), digest_size=8).digest()


def plan(
    me: str,
    desired: Collection[str],
    leased: Mapping[str, str],
    held: Collection[str],
    workers: Mapping[str, int],
    max_rooms: int,
) -> Plan:
    """This round's claims and releases.

    :param desired: the keys of the fleet's targets.
    :param leased: key to owner of every live lease in the store (this worker's too).
    :param held: the keys this worker runs now.
    :param workers: the alive workers (this one included) and how many rooms each holds.
    :param max_rooms: this worker's own limit.
    """
    alive = dict(workers)
    alive[me] = len(held)
    share = fair_share(len(desired), len(alive))
    limit = min(max_rooms, share)
    wanted = set(desired)
    release = sorted(k for k in held if k not in wanted)
    why = {k: "removed from the fleet" for k in release}
    keeping = [k for k in held if k in wanted]
    if len(keeping) > share and any(n < share for w, n in alive.items() if w != me):
        shed = max(keeping, key=lambda k: _order(me, k))
        release.append(shed)
        why[shed] = f"above the fair share of {share}"
        keeping.remove(shed)
    room = max(0, limit - len(keeping))
    free = [k for k in wanted if k not in leased and k not in held]
    free.sort(key=lambda k: _order(me, k))
    return Plan(tuple(free[:room]), tuple(release), why)
