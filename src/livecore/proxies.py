"""Which proxy each creator goes out through, and which proxies rest: sans-IO.

TikTok blocks by IP, so many creators are watched through many proxies: each
creator uses one proxy at a time (its look-ups, its sign requests and its
sockets), creators are spread over the proxies, and a failure that calls for
another IP (``livecore.failures``' ``rotate_proxy``: a WAF page, a 403, a
refused handshake, a proxy that refuses) moves that creator to the next proxy.
A proxy that keeps failing rests before anyone is given it again, longer each
time; one whose credentials are refused is never used again. With every proxy
resting, the one that rests the shortest is given (a watch goes on, slowly,
rather than stopping).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from livecore.failures import Rule
from livecore.web.proxy import Proxy

__all__ = ["FAILURES_BEFORE_REST", "FIRST_REST", "ProxyPool"]

FAILURES_BEFORE_REST: Final = 3
"""Failures in a row after which a proxy rests."""
FIRST_REST: Final = 60.0
"""Seconds of a proxy's first rest; each rest after doubles it, up to an hour."""
_LONGEST_REST: Final = 3600.0


@dataclass(slots=True)
class _Health:
    failures: int = 0
    rests: int = 0
    until: float = -math.inf


class ProxyPool:
    """Proxies shared by many creators; ``proxies`` empty: everyone goes direct."""

    def __init__(self, proxies: Sequence[Proxy]) -> None:
        self.proxies = tuple(dict.fromkeys(proxies))
        self._health = {proxy: _Health() for proxy in self.proxies}
        self._of: dict[str, int] = {}  # creator -> index of its proxy
        self._next = 0

    def for_creator(self, key: str, now: float) -> Proxy | None:
        """The proxy ``key`` goes out through now (None: direct, no proxies)."""
        if not self.proxies:
            return None
        index = self._of.get(key)
        if index is None or not self._usable(self.proxies[index], now):
            index = self._pick(now, after=index)
            self._of[key] = index
        return self.proxies[index]

    def failed(self, key: str, proxy: Proxy | None, rule: Rule, now: float) -> Proxy | None:
        """``key`` failed through ``proxy`` as ``rule`` says: count it against the
        proxy and, when the rule rotates, move ``key`` to the next proxy (returned)."""
        if proxy is None or proxy not in self._health:
            return self.for_creator(key, now)
        health = self._health[proxy]
        if math.isinf(rule.delay) and rule.rotates:  # its credentials are refused: never again
            health.until = math.inf
        elif rule.rotates:
            health.failures += 1
            if health.failures >= FAILURES_BEFORE_REST:
                health.until = now + min(FIRST_REST * 2**health.rests, _LONGEST_REST)
                health.rests += 1
                health.failures = 0
        if rule.rotates:
            self._of[key] = self._pick(now, after=self.proxies.index(proxy))
        return self.for_creator(key, now)

    def succeeded(self, proxy: Proxy | None) -> None:
        """An answer came through ``proxy``: its failures in a row start over."""
        if proxy is not None and proxy in self._health:
            self._health[proxy].failures = 0

    def resting(self, now: float) -> list[Proxy]:
        """The proxies nobody is given now."""
        return [p for p in self.proxies if not self._usable(p, now)]

    def _usable(self, proxy: Proxy, now: float) -> bool:
        return self._health[proxy].until <= now

    def _pick(self, now: float, *, after: int | None) -> int:
        """The next usable proxy after ``after`` (round robin over creators when
        None); the one resting the shortest when none is usable."""
        count = len(self.proxies)
        start = (after + 1) if after is not None else self._next
        if after is None:
            self._next = (self._next + 1) % count
        for step in range(count):
            index = (start + step) % count
            if self._usable(self.proxies[index], now):
                return index
        return min(range(count), key=lambda i: self._health[self.proxies[i]].until)
