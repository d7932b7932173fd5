"""One room on a worker: its lease, its client sessions, its ledger, its counters.

A runner runs livecore :class:`~livecore_trio.client.Client` sessions for one
target while its worker holds the lease: it starts from the room's
checkpoint, hands every event to the worker's bounded buffer (a full buffer
makes the handler wait, so the client stops reading its socket: the core's
``hold_reading``), and when a session ends for any reason but the end of the
LIVE, starts another from where the stream is (a new session id, the same
msg_ids). It knows no broker: the worker publishes and checkpoints.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any, Final

import trio

from livecore.events import DisconnectReason, Event
from livecore.fleet.leases import HeldLease
from livecore.fleet.ledger import RoomLedger
from livecore.fleet.records import CheckpointRecord
from livecore.fleet.states import RoomState, check_move
from livecore.fleet.stream import Outgoing
from livecore.fleet.targets import Target, resume_url
from livecore.resume import ResumeState
from livecore_trio.client import Client
from livecore_trio.providers import FirstPayload, PayloadProvider

__all__ = ["Item", "RoomRunner"]

log = logging.getLogger("livecore.fleet")

#: What the worker's buffer holds: the runner, the session's ledger, the message.
Item = tuple["RoomRunner", RoomLedger, Outgoing]
_BACKOFF: Final = (1.0, 30.0)  # seconds between sessions: first, most
_STOP_GRACE: Final = 1.0  # seconds a session has to close cleanly once its lease is lost


class ResumingUrl:
    """A URL target's provider: the URL with the session's latest cursor and internal_ext."""

    def __init__(self, url: str, point: Callable[[], tuple[str, str]]) -> None:
        self.url = url
        self.point = point

    async def first_payload(self) -> FirstPayload:
        return FirstPayload(None, url=resume_url(self.url, *self.point()))

    def __repr__(self) -> str:
        return f"ResumingUrl({self.url.split('?', 1)[0]!r})"


class RoomRunner:
    """One target on this worker. :meth:`run` until :meth:`stop`."""

    def __init__(
        self,
        target: Target,
        lease: HeldLease,
        owner: str,
        send: trio.MemorySendChannel[Item],
        make_provider: Callable[[Target], Any],
        client_options: dict[str, Any],
    ) -> None:
        self.target = target
        self.key = target.key
        self.lease = lease
        self.owner = owner
        self.send = send
        self.make_provider = make_provider
        self.client_options = client_options
        self.ledger = RoomLedger(self.key, target.text, "")
        self.client: Client | None = None
        self.state = RoomState.STARTING
        self.detail = ""
        #: The checkpoint's revision in the store (compare-and-set).
        self.revision = 0
        self.published = 0
        self.last_event_at = 0.0
        self.reconnects = 0
        self.saved: tuple[Any, ...] | None = None
        self.stopped = trio.Event()
        self.why = ""
        self._scope: trio.CancelScope | None = None

    def start_from(self, record: CheckpointRecord | None, revision: int) -> ResumeState | None:
        self.revision = revision
        if record is None:
            return None
        self.published = record.published
        self.last_event_at = record.last_event_at
        self.reconnects = record.reconnects
        if record.state is RoomState.ENDED:
            self.become(RoomState.ENDED)
        self.ledger = RoomLedger(self.key, self.target.text, "", record.resume)
        return record.resume

    def become(self, state: RoomState, detail: str = "") -> None:
        """Move to ``state`` (as :data:`~livecore.fleet.states.ROOM_TRANSITIONS` allows)."""
        self.state = check_move(self.state, state)
        self.detail = detail

    def _over(self) -> bool:
        """Stopped, or the LIVE ended: no session follows."""
        return self.stopped.is_set() or self.state is RoomState.ENDED

    def let_go(self) -> None:
        """The room is given up (stopped, with why), unless its LIVE had ended."""
        if self.state is not RoomState.ENDED:
            self.become(RoomState.STOPPED)
        self.detail = self.why

    def stop(self, why: str, *, lost: bool = False) -> None:
        """End the room's session; with ``lost``, at once (another worker may own it)."""
        if not self.stopped.is_set():
            self.why = why
            self.stopped.set()
        if self.client is not None:
            self.client.close()
        if lost and self._scope is not None:
            self._scope.deadline = min(self._scope.deadline, trio.current_time() + _STOP_GRACE)

    def record(self) -> CheckpointRecord:
        """What the store should hold for this room now."""
        return CheckpointRecord(
            self.ledger.checkpoint(),
            self.owner,
            self.state,
            self.detail,
            self.published,
            self.last_event_at,
            self.reconnects + (self.client.connection.reconnects if self.client else 0),
            time.time(),
        )

    def acked(self, ledger: RoomLedger, count: int) -> None:
        ledger.acked(count)
        self.published += count
        self.last_event_at = time.time()

    async def run(self, resume: ResumeState | None) -> None:
        """Sessions, one after another, until stopped or the LIVE ended."""
        backoff = _BACKOFF[0]
        while not self._over():
            resume = await self._session(resume)
            if self._over():
                break
            with trio.move_on_after(backoff):
                await self.stopped.wait()
            backoff = min(backoff * 2, _BACKOFF[1])
        await self.stopped.wait()

    async def _session(self, resume: ResumeState | None) -> ResumeState:
        ledger = self.ledger = RoomLedger(self.key, self.target.text, secrets.token_hex(6), resume)
        async with AsyncExitStack() as stack:
            provider = self.make_provider(self.target)
            if provider is None:
                provider = ResumingUrl(self.target.text, self._point)
            elif hasattr(provider, "__aenter__"):
                provider = await stack.enter_async_context(provider)
            client = self._client(provider, resume)
            self.become(RoomState.RUNNING)
            with trio.CancelScope() as self._scope:
                await client.run()
            self._scope = None
            end = client.disconnect  # also when cancelled: the client still gave it
        if self.client is not None:
            self.reconnects += self.client.connection.reconnects
            self.client = None
        ledger.seal()
        live_ended = end is not None and end.reason is DisconnectReason.LIVE_ENDED
        if not live_ended and not self.stopped.is_set():
            said = f"{end.reason.value}: {end.detail}" if end is not None else "no DisconnectEvent"
            self.become(RoomState.RECONNECTING, said)
            log.info("%s: the session ended (%s); starting another", self.target.text, self.detail)
        await self.drained(ledger)
        if live_ended and not ledger.pending:
            # Only now: a next owner does not resume an ended LIVE, so an "ended"
            # checkpoint written while events were on their way would lose them.
            self.become(RoomState.ENDED)
        return ledger.checkpoint()

    def _client(self, provider: PayloadProvider, resume: ResumeState | None) -> Client:
        client = Client(
            provider, unique_id=self.target.handle, resume=resume, **self.client_options
        )
        client.add_handler(Event, self._handler(client, self.ledger))
        self.client = client
        return client

    def _point(self) -> tuple[str, str]:
        conn = self.client.connection if self.client is not None else None
        return (conn.cursor, conn.internal_ext) if conn is not None else ("", "")

    def _handler(
        self, client: Client, ledger: RoomLedger
    ) -> Callable[[Event], Awaitable[None] | None]:
        conn = client.connection
        send = self.send

        def handle(event: Event) -> Awaitable[None] | None:
            item = (
                self,
                ledger,
                ledger.take(event, conn.frames_received, conn.cursor, conn.internal_ext),
            )
            try:
                send.send_nowait(item)
            except trio.WouldBlock:
                return send.send(item)  # the buffer is full: the client waits (backpressure)
            return None

        return handle

    async def drained(self, ledger: RoomLedger) -> None:
        """Wait until the stream has stored the session's events, or the lease is lost."""
        while ledger.pending and self.lease.check(trio.current_time()):
            await trio.sleep(0.05)
