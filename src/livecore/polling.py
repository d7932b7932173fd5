"""How often to look whether a streamer is live, while waiting for them to go live.

``livecore watch --wait`` asks TikTok's live check every so often until the
streamer is live. Asking too often gets a client blocked, so the wait between
looks grows from ``interval`` by ``factor`` per look that found nobody, up to
``cap``; each wait is spread by ``jitter`` (plus or minus that fraction) so
that many watchers started together do not ask together. The policy only
computes, from an injectable random source; the adapter sleeps.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Final

__all__ = ["DEFAULT_POLL_INTERVAL", "MIN_POLL_AGAINST_TIKTOK", "PollPolicy"]

DEFAULT_POLL_INTERVAL: Final = 30.0
"""Seconds before the first look again (``--poll``)."""
MIN_POLL_AGAINST_TIKTOK: Final = 2.0
"""The shortest ``--poll`` against TikTok itself: a bot that waits all day
must not look every few milliseconds (TikTok blocks what floods it)."""
_RNG: Final = random.SystemRandom()


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """The waits between looks at a streamer who is not live.

    :param interval: seconds before the second look (the first is at once).
    :param factor: each look that finds nobody multiplies the wait by this.
    :param cap: the longest wait before jitter; None: four times ``interval``.
    :param jitter: each wait is drawn within plus or minus this fraction of
        its value, and never past ``cap``.
    """

    interval: float = DEFAULT_POLL_INTERVAL
    factor: float = 1.5
    cap: float | None = None
    jitter: float = 0.2

    def __post_init__(self) -> None:
        for name in ("interval", "factor"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number, not {value!r}")
        if self.factor < 1:
            raise ValueError(f"factor must be at least 1, not {self.factor!r}")
        if self.cap is not None and not (math.isfinite(self.cap) and self.cap >= self.interval):
            raise ValueError(f"cap must be at least interval ({self.interval:g}), not {self.cap!r}")
        if not 0 <= self.jitter < 1:
            raise ValueError(f"jitter must be in [0, 1), not {self.jitter!r}")

    @property
    def ceiling(self) -> float:
        """The longest wait there can be."""
        return self.cap if self.cap is not None else 4 * self.interval

    def delay(self, looks: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after ``looks`` looks in a row found nobody (1 for the first)."""
        if looks < 1:
            raise ValueError(f"looks counts from 1, not {looks}")
        exponent = min(looks - 1, 64)  # past this the cap has long been reached
        base = min(self.interval * self.factor**exponent, self.ceiling)
        spread = (rng or _RNG).uniform(-self.jitter, self.jitter)
        return min(base * (1 + spread), self.ceiling)
