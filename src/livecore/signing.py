"""The sign key's budget: when the next sign request may go, sans-IO.

Every WebSocket connect and reconnect spends one sign request, and a key
has a budget per minute, hour and day (docs/watching.md). Past it the sign
server answers 429, and a client that keeps asking only earns more of them.
A :class:`SignBudget` keeps the key's limits (from the sign server's
``/webcast/rate_limits``, :meth:`SignBudget.from_rate_limits`, or given),
counts every request it lets go in each window, and says when the next one
may go (:meth:`SignBudget.next_allowed`), so that its owner never sends more
than the key allows. A 429 stops signing until the reset it names
(:meth:`SignBudget.refused`). Reconnects of live rooms come first: a first
connect of a new LIVE leaves the last ``reserve`` requests of a window to
them, since a dropped room loses events while it waits and a new LIVE only
starts a little later.

Times are the owner's monotonic seconds; ``reset_at`` values the sign
server gives (an ISO 8601 string, or epoch seconds: its format is not
documented) are wall-clock and come in with the wall time they were read at.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

__all__ = [
    "LONGEST_FIRST_WAIT",
    "MAX_LIMIT",
    "WINDOWS",
    "SignBudget",
    "SignBudgetError",
    "parse_reset",
]

WINDOWS: Final[Mapping[str, float]] = {"minute": 60.0, "hour": 3600.0, "day": 86400.0}
"""The sign server's windows and their lengths in seconds."""
_RESERVE_SHARE: Final = 0.1  # of each window's limit, kept for reconnects
LONGEST_FIRST_WAIT: Final = 30.0
"""The longest a first connect waits for the budget; past it, it is refused (a
429 of our own, with the wait as its reset) rather than held in silence."""
MAX_LIMIT: Final = 1_000_000
"""The largest window limit taken from a sign server (its answer is not trusted
to size our memory: each spent request is a timestamp)."""
_DEFAULT_REFUSAL: Final = 60.0  # a 429 that names no reset: wait this long


class SignBudgetError(ValueError):
    """A ``/webcast/rate_limits`` answer that says no limits at all."""


@dataclass(slots=True)
class _Window:
    seconds: float
    limit: int
    spent: deque[float]  # the times of the requests inside the window, oldest first

    def trim(self, now: float) -> None:
        spent = self.spent
        while spent and spent[0] <= now - self.seconds:
            spent.popleft()

    def free_at(self, now: float, keep: int) -> float:
        """When one more request fits, leaving ``keep`` of the limit unspent."""
        self.trim(now)
        room = self.limit - keep
        if room <= 0:
            return math.inf
        if len(self.spent) < room:
            return now
        return self.spent[len(self.spent) - room] + self.seconds


class SignBudget:
    """One key's sign budget, per window (``minute``, ``hour``, ``day``); with no
    window known (``SignBudget({})``), only a 429 stops signing."""

    def __init__(self, limits: Mapping[str, int], *, reserve: int | None = None) -> None:
        unknown = set(limits) - set(WINDOWS)
        if unknown:
            raise ValueError(f"no such window: {sorted(unknown)} (one of {sorted(WINDOWS)})")
        if any(not 1 <= n <= MAX_LIMIT for n in limits.values()):
            raise ValueError(f"a window holds from 1 to {MAX_LIMIT} requests")
        if reserve is not None and reserve < 0:
            raise ValueError("the reserve for reconnects cannot be negative")
        self._windows = {
            name: _Window(WINDOWS[name], int(n), deque()) for name, n in limits.items()
        }
        self._reserve = reserve
        self._blocked_until = -math.inf
        #: Sign requests let go, and 429s taken.
        self.spent = 0
        self.refusals = 0

    @property
    def limits(self) -> dict[str, int]:
        return {name: w.limit for name, w in self._windows.items()}

    def remaining(self, now: float) -> dict[str, int]:
        """Requests left in each window now."""
        out = {}
        for name, window in self._windows.items():
            window.trim(now)
            out[name] = window.limit - len(window.spent)
        return out

    def reserve(self, window: str) -> int:
        """Requests of ``window`` kept for reconnects."""
        if self._reserve is not None:
            return min(self._reserve, self._windows[window].limit - 1)
        limit = self._windows[window].limit
        return min(max(1, int(limit * _RESERVE_SHARE)), limit - 1)

    def next_allowed(self, now: float, *, reconnect: bool = False) -> float:
        """When the next sign request may go (``now`` if at once; ``inf``: not
        before more budget is known)."""
        at = max(now, self._blocked_until)
        for name, window in self._windows.items():
            keep = 0 if reconnect else self.reserve(name)
            at = max(at, window.free_at(now, keep))
        return at

    def refuses(self, now: float, at: float, *, reconnect: bool = False) -> bool:
        """Whether a request allowed only at ``at`` is refused now instead of waited
        for: a first connect past :data:`LONGEST_FIRST_WAIT` (a reconnect always waits)."""
        return not reconnect and at - now > LONGEST_FIRST_WAIT

    def spend(self, now: float) -> None:
        """A sign request went at ``now``: count it in every window."""
        for window in self._windows.values():
            window.trim(now)
            window.spent.append(now)
        self.spent += 1

    def refused(self, now: float, retry_after: float | None = None) -> None:
        """The sign server answered 429: nothing more until ``now + retry_after``
        (or a minute, when it did not say)."""
        wait = retry_after if retry_after is not None and retry_after > 0 else _DEFAULT_REFUSAL
        self._blocked_until = max(self._blocked_until, now + wait)
        self.refusals += 1

    @property
    def blocked_until(self) -> float:
        return self._blocked_until

    @classmethod
    def from_rate_limits(
        cls, answer: Mapping[str, Any], now: float, wall: float, *, reserve: int | None = None
    ) -> SignBudget:
        """The budget ``/webcast/rate_limits`` answered at wall time ``wall`` (its
        ``minute``, ``hour`` and ``day``, each ``max``, ``remaining``, ``reset_at``).

        What was spent before counts as spent: each window's ``max - remaining``
        requests are taken to expire at its ``reset_at`` when it gave one, else
        a whole window from now (the cautious reading).
        """
        limits: dict[str, int] = {}
        used: dict[str, tuple[int, float]] = {}
        for name, seconds in WINDOWS.items():
            window = answer.get(name)
            if not isinstance(window, Mapping):
                continue
            top, left = window.get("max"), window.get("remaining")
            if not isinstance(top, int) or isinstance(top, bool) or not 1 <= top <= MAX_LIMIT:
                continue
            limits[name] = top
            spent = 0
            if isinstance(left, int) and not isinstance(left, bool) and 0 <= left <= top:
                spent = top - left
            reset = parse_reset(window.get("reset_at"))
            expires = now + (reset - wall) if reset is not None else now + seconds
            used[name] = (spent, min(max(expires, now), now + seconds))
        if not limits:
            raise SignBudgetError("the rate limits answer names no window with a 'max'")
        budget = cls(limits, reserve=reserve)
        for name, (spent, expires) in used.items():
            window = budget._windows[name]
            window.spent.extend([expires - window.seconds] * spent)
        return budget


def parse_reset(value: object) -> float | None:
    """A ``reset_at`` as epoch seconds: an ISO 8601 string, or a number of
    seconds (milliseconds when it is that large); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and math.isfinite(value) and value > 0:
        return float(value) / 1000 if value > 1e12 else float(value)
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return parse_reset(float(text)) if text.replace(".", "", 1).isdigit() else _iso(text)
        except ValueError:
            return None
    return None


def _iso(text: str) -> float:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("a reset time without a zone")
    return moment.timestamp()
