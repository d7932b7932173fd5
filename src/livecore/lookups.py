"""When to look up which waiting creator, within one IP's budget: sans-IO.

A creator who is not live is found live only by looking them up again by
handle (a new LIVE has a new room id), and TikTok blocks an IP that looks
too often (docs/watching.md). One :class:`LookupScheduler` per outgoing IP
(each proxy, and the direct route) decides, from the time it is told:

- **the budget**: at most ``per_minute`` look-ups a minute, spread evenly
  (one every ``60 / per_minute`` seconds at the most, so never a burst);
- **each creator's interval**: looked up again ``interval`` seconds after
  the last look (jittered, so creators added together drift apart), never
  sooner than ``min_interval``; overrides per creator (a few often,
  thousands rarely); when the budget cannot serve every interval, the
  creator waiting longest past its time goes first;
- **blocks**: a WAF page, a 403, a 429 or a 302 (``livecore.failures``'
  ``back_off_ip``) cuts the rate to an eighth at once, and it recovers by
  a quarter per clean minute, back up to the budget.

Live creators are not looked up (their rooms are checked in batches with
``check_alive``); :meth:`LookupScheduler.pause` takes one out and
:meth:`LookupScheduler.resume` puts it back when its LIVE ends. A waiting
creator costs a heap entry and a dict entry, and no work between looks.
"""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass
from typing import Final

__all__ = [
    "DEFAULT_INTERVAL",
    "DEFAULT_LOOKUPS_PER_MINUTE",
    "MIN_INTERVAL",
    "Budget",
    "LookupScheduler",
]

DEFAULT_LOOKUPS_PER_MINUTE: Final = 20.0
"""Look-ups per minute per IP by default: one every 3 s. Users reported one IP
blocked at 20 creators every 5 s (240 a minute) and not at 19, and another
making 256 in 90 s unblocked; blocks are reputation, not a quota, so the
default stays an order of magnitude under the lowest rate reported blocked."""
DEFAULT_INTERVAL: Final = 300.0
"""Seconds between two look-ups of one waiting creator by default (the
peers poll every 30 s to 5 minutes)."""
MIN_INTERVAL: Final = 30.0
"""No creator is looked up more often than this, whatever its override."""
_BLOCK_CUT: Final = 8.0  # a block divides the rate by this
_RECOVERY: Final = 1.25  # each clean minute multiplies it by this, up to the budget
_JITTER: Final = 0.1  # each interval drawn within plus or minus this fraction


@dataclass(frozen=True, slots=True)
class Budget:
    """One IP's look-up budget and the creators' default interval."""

    per_minute: float = DEFAULT_LOOKUPS_PER_MINUTE
    interval: float = DEFAULT_INTERVAL
    min_interval: float = MIN_INTERVAL

    def __post_init__(self) -> None:
        if not (math.isfinite(self.per_minute) and self.per_minute > 0):
            raise ValueError(f"per_minute must be a positive number, not {self.per_minute!r}")
        if not (math.isfinite(self.min_interval) and self.min_interval > 0):
            raise ValueError(f"min_interval must be positive, not {self.min_interval!r}")
        if not (math.isfinite(self.interval) and self.interval >= self.min_interval):
            raise ValueError(f"interval must be at least min_interval, not {self.interval!r}")


class LookupScheduler:
    """Which waiting creator to look up next, and when, for one IP."""

    def __init__(self, budget: Budget | None = None, rng: random.Random | None = None) -> None:
        self.budget = budget if budget is not None else Budget()
        self._rng = rng if rng is not None else random.Random()
        self._due: list[tuple[float, int, str]] = []  # (due, tie-break, key): a heap
        self._entry: dict[str, tuple[float, int]] = {}  # key -> its live heap entry
        self._interval: dict[str, float] = {}  # overrides
        self._last: dict[str, float] = {}  # key -> when it was last taken
        self._paused: set[str] = set()  # watched, but live: not looked up
        self._seq = 0
        self._rate = self.budget.per_minute  # look-ups a minute now (less after a block)
        self._allowance_at: float | None = None  # when the bucket next holds a look-up
        self._clean_since: float | None = None
        #: Look-ups handed out so far.
        self.taken = 0

    @property
    def rate(self) -> float:
        """Look-ups a minute allowed now (the budget, or less while recovering from a block)."""
        return self._rate

    def __contains__(self, key: str) -> bool:
        return key in self._entry or key in self._paused

    def __len__(self) -> int:
        return len(self._entry) + len(self._paused)

    def add(
        self, key: str, now: float, *, interval: float | None = None, at_once: bool = False
    ) -> None:
        """Watch ``key``: looked up soon (spread over a minute at most, so that many
        added together do not come due together; ``at_once``: now, as the budget
        allows), then every ``interval`` (default the budget's, never under
        ``min_interval``)."""
        if interval is not None:
            self._interval[key] = max(interval, self.budget.min_interval)
        elif key in self._interval:
            del self._interval[key]
        if key not in self:
            spread = 0.0 if at_once else self._rng.random() * min(self._every(key), 60.0)
            self._push(key, now + spread)

    def remove(self, key: str) -> None:
        """Stop watching ``key`` (its heap entry is dropped lazily). When it was
        last looked up is kept: added again, it still waits its minimum interval."""
        self._entry.pop(key, None)
        self._interval.pop(key, None)
        self._paused.discard(key)

    def pause(self, key: str) -> None:
        """``key`` is live: no look-ups until :meth:`resume`."""
        if self._entry.pop(key, None) is not None:
            self._paused.add(key)

    def resume(self, key: str, now: float) -> None:
        """``key``'s LIVE ended: look it up again after its interval."""
        if key in self._paused:
            self._paused.discard(key)
            self._push(key, self._next(key, now))

    def next_deadline(self, now: float) -> float | None:
        """When :meth:`take` may next give a creator (``now`` or later), or None."""
        due = self._peek()
        if due is None:
            return None
        return max(due, self._allowance(now), now)

    def take(self, now: float) -> str | None:
        """The creator to look up now, if one is due and the budget allows; it
        comes due again after its interval."""
        due = self._peek()
        if due is None or due > now or self._allowance(now) > now:
            return None
        _, _, key = heapq.heappop(self._due)
        del self._entry[key]
        self._last[key] = now
        self._allowance_at = now + 60.0 / self._rate  # evenly spaced: never a burst
        self._push(key, self._next(key, now))
        self.taken += 1
        self._recover(now)
        return key

    def blocked(self, now: float) -> None:
        """TikTok refused this IP (``back_off_ip``): cut the rate hard, now."""
        self._rate = max(self._rate / _BLOCK_CUT, self.budget.per_minute / 64)
        self._allowance_at = now + 60.0 / self._rate
        self._clean_since = now

    # ---- internals -------------------------------------------------------------

    def _every(self, key: str) -> float:
        return self._interval.get(key, self.budget.interval)

    def _next(self, key: str, now: float) -> float:
        spread = 1 + _JITTER * (2 * self._rng.random() - 1)
        return now + max(self._every(key) * spread, self.budget.min_interval)

    def _push(self, key: str, due: float) -> None:
        last = self._last.get(key)
        if last is not None:  # never sooner than min_interval after the last look
            due = max(due, last + self.budget.min_interval)
        self._seq += 1
        self._entry[key] = (due, self._seq)
        heapq.heappush(self._due, (due, self._seq, key))

    def _peek(self) -> float | None:
        """The earliest due time of a creator still watched (stale entries dropped)."""
        heap = self._due
        while heap and self._entry.get(heap[0][2]) != heap[0][:2]:
            heapq.heappop(heap)
        return heap[0][0] if heap else None

    def _allowance(self, now: float) -> float:
        return self._allowance_at if self._allowance_at is not None else now

    def _recover(self, now: float) -> None:
        """A clean minute since the last block (or recovery step) raises the rate."""
        if self._clean_since is None or self._rate >= self.budget.per_minute:
            return
        if now - self._clean_since >= 60.0:
            self._rate = min(self._rate * _RECOVERY, self.budget.per_minute)
            self._clean_since = now
