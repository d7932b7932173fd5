"""When to try a lost socket again, and how long to wait first.

A lost socket is not a lost session: TikTok drops sockets, proxies time them
out, and the stream goes on. :class:`ReconnectPolicy` bounds the retrying by
attempts and by time, and spaces the attempts with exponential backoff and
*full jitter* (a delay drawn uniformly between zero and the exponential
bound), so that many clients dropped at once do not all come back at once.

The policy only computes; :class:`~livecore.connection.Connection` decides
whether a loss may be retried at all (never after the stream ended or after
the user's own close) and draws the jitter from its injectable random source,
so reconnect timing is as deterministic as everything else in the core.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Final

__all__ = ["GIVE_UP_CODES", "NO_RECONNECT", "ReconnectPolicy"]

GIVE_UP_CODES: Final = frozenset({1002, 1003, 1007})
"""Close codes that say the server rejects how we speak (protocol error,
unsupported data, bad payload): the same client would be rejected again."""


@dataclass(frozen=True)
class ReconnectPolicy:
    """How a session retries after losing its socket.

    :param attempts: tries in a row before giving up (a try that gets a frame
        through starts the count again); 0 disables reconnecting.
    :param max_elapsed: seconds since the socket was lost after which no new
        try is scheduled; 0 disables reconnecting.
    :param base: the first try's delay bound, in seconds; it doubles per try.
    :param cap: the largest delay bound, in seconds.
    :param give_up_codes: close codes never retried.
    """

    attempts: int = 10
    max_elapsed: float = 300.0
    base: float = 0.5
    cap: float = 30.0
    give_up_codes: frozenset[int] = field(default=GIVE_UP_CODES)

    def __post_init__(self) -> None:
        if self.attempts < 0:
            raise ValueError("attempts must not be negative")
        for name in ("max_elapsed", "base", "cap"):
            value = getattr(self, name)
            if not (0 <= value < math.inf):
                raise ValueError(f"{name} must be a finite number of seconds >= 0")
        if self.cap < self.base:
            raise ValueError("cap must be at least base")

    @property
    def enabled(self) -> bool:
        return self.attempts > 0 and self.max_elapsed > 0

    def allows(self, attempt: int, elapsed: float) -> bool:
        """Whether try number ``attempt`` (1, 2, ...) may be made ``elapsed``
        seconds after the socket was lost."""
        return self.enabled and attempt <= self.attempts and elapsed < self.max_elapsed

    def bound(self, attempt: int) -> float:
        """The exponential bound on try ``attempt``'s delay: base, 2 x base, ... up to cap."""
        return min(self.cap, self.base * 2.0 ** min(attempt - 1, 64))

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Try ``attempt``'s delay: full jitter, uniform in [0, bound(attempt)]."""
        return rng.uniform(0.0, self.bound(attempt))


NO_RECONNECT: Final = ReconnectPolicy(attempts=0)
"""The policy that never retries: a lost socket ends the session."""
