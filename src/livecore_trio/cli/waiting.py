"""The creators ``livecore watch --wait`` waits for, looked up within one budget.

Every waiting creator of one ``watch`` goes out through the same IP, so their
look-ups share one :class:`~livecore.lookups.LookupScheduler`: evenly spaced
within the look-ups a minute the IP may make, each creator at its interval
(``--poll``), a block (a WAF page, a 403...) cutting the rate for all of them.
The scheduler decides; this module only runs the looks it hands out and wakes
the creator whose LIVE it found.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import trio

from livecore import web
from livecore.failures import Action, rule_for
from livecore.lookups import LookupScheduler

if TYPE_CHECKING:
    from livecore_trio.tiktok import TikTokProvider

__all__ = ["Lookouts"]

Say = Callable[[str, str], None]
"""How a wait is reported: ``say(handle, line)``, once per wait."""
Looked = Callable[["TikTokProvider", "BaseException | None"], Awaitable[object]]
"""Told of every look's outcome (None: an answer came), e.g. to rotate proxies."""


class Lookouts:
    """The waiting creators of one ``watch``, looked up as one scheduler says."""

    def __init__(self, lookups: LookupScheduler, say: Say, looked: Looked | None = None) -> None:
        self.lookups = lookups
        self._say = say
        self._looked = looked
        self._providers: dict[str, TikTokProvider] = {}
        self._found: dict[str, trio.Event] = {}
        self._failed: dict[str, web.WebError] = {}
        self._quiet: set[str] = set()  # waits already reported
        self._changed = trio.Event()

    async def until_live(
        self, provider: TikTokProvider, *, said: bool = False
    ) -> web.WebError | None:
        """Wait until the creator is found live (None), or a failure that waiting
        cannot mend (no such user: the error). ``said``: the wait is reported already."""
        key = provider.unique_id
        self._providers[key] = provider
        found = self._found[key] = trio.Event()
        if said:
            self._quiet.add(key)
        else:
            self._quiet.discard(key)
        now = trio.current_time()
        if key in self.lookups:
            self.lookups.resume(key, now)  # its LIVE ended: looked up after its interval
        else:
            self.lookups.add(key, now, at_once=True)
        self._changed.set()
        await found.wait()
        return self._failed.pop(key, None)

    async def run(self) -> None:
        """Hand out the looks as they come due, for ever (cancel it to stop)."""
        async with trio.open_nursery() as looks:
            while True:
                due = self.lookups.next_deadline(trio.current_time())
                self._changed = trio.Event()
                with trio.move_on_at(math.inf if due is None else due):
                    await self._changed.wait()
                key = self.lookups.take(trio.current_time())
                if key is not None:
                    looks.start_soon(self._look, key)

    async def _look(self, key: str) -> None:
        provider = self._providers[key]
        try:
            live = await provider.look_live()
        except web.WebError as exc:
            if self._looked is not None:
                await self._looked(provider, exc)
            rule = rule_for(exc)
            if rule is not None and Action.BACK_OFF_IP in rule.actions:
                self.lookups.blocked(trio.current_time())
            if not exc.retryable:  # no such user, a proxy refusing its password...
                self.lookups.remove(key)
                self._failed[key] = exc
                self._found[key].set()
            elif key not in self._quiet:
                self._quiet.add(key)
                self._say(key, f"@{key}: {exc}; trying again later (--wait)")
            return
        if self._looked is not None:
            await self._looked(provider, None)
        if live:
            self.lookups.pause(key)
            self._found[key].set()
        elif key not in self._quiet:
            self._quiet.add(key)
            self._say(key, f"@{key} is not live; waiting until they are (--wait)")
