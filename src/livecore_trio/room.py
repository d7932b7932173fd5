"""Serve the core's simulated room over a real WebSocket server on loopback.

All protocol logic is in :mod:`livecore.room`; this module only accepts
WebSocket handshakes (any path, any query), hands bytes and ``trio``'s clock
to a :class:`~livecore.room.RoomSession`, and sends, sleeps and closes as it
says::

    async with open_room(Room(seed=1)) as server:
        print(server.url)                  # ws://127.0.0.1:PORT/webcast/im/push/v2/
        client = Client(server.provider())
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from urllib.parse import parse_qsl, urlsplit

import trio
from trio_websocket import (
    ConnectionClosed,
    WebSocketConnection,
    WebSocketRequest,
    WebSocketServer,
    serve_websocket,
)

from livecore.connection import WEBSOCKET_SUBPROTOCOLS
from livecore.room import PUSH_PATH, Room, RoomSession
from livecore_trio.providers import FirstPayload

__all__ = ["RoomProvider", "RoomServer", "open_room"]

log = logging.getLogger("livecore.room")

_CLOSE_TIMEOUT = 2.0  # seconds to wait for a client's answer to our close
_SEND_STALL = 30.0  # seconds a client may leave a frame unread before it is dropped


class RoomServer:
    """A simulated room listening on loopback. Made by :func:`open_room`."""

    def __init__(self, room: Room, host: str) -> None:
        self.room = room
        self.host = host
        self.port = 0
        #: The room's push_server URL: what a first payload points clients at.
        self.url = ""
        self._idle = trio.Event()  # set (and replaced) whenever the last session ends
        self._active = 0

    def _bound(self, port: int) -> None:
        self.port = port
        bracketed = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"ws://{bracketed}:{port}{PUSH_PATH}"

    @property
    def sessions(self) -> list[RoomSession]:
        return self.room.sessions

    def first_payload(self) -> bytes:
        """The sign server's answer for this room, pointing at :attr:`url`."""
        return self.room.first_payload(self.url)

    def provider(self) -> RoomProvider:
        """A first-payload provider for :class:`livecore_trio.Client`."""
        return RoomProvider(self)

    async def wait_idle(self) -> None:
        """Wait until no session is open (e.g. after a client closed). Returns at
        once when none is open, including before any client has connected."""
        while self._active:
            await self._idle.wait()

    async def _handle(self, request: WebSocketRequest) -> None:
        now = trio.current_time()
        query = dict(parse_qsl(urlsplit(request.path).query, keep_blank_values=True))
        session = self.room.open(now, query)
        offered = request.proposed_subprotocols
        subprotocol = next((p for p in WEBSOCKET_SUBPROTOCOLS if p in offered), None)
        headers = [(k.encode(), v.encode()) for k, v in self.room.handshake_headers()]
        self._active += 1
        try:
            ws = await request.accept(subprotocol=subprotocol, extra_headers=headers)
            await _serve(ws, session)
        except ConnectionClosed as exc:
            session.connection_lost(exc.reason.code if exc.reason else None)
        finally:
            if not session.closed:
                session.connection_lost(None)
            self._active -= 1
            if not self._active:
                self._idle.set()
                self._idle = trio.Event()


async def _serve(ws: WebSocketConnection, session: RoomSession) -> None:
    wake = trio.Event()

    async def receive() -> None:
        nonlocal wake
        try:
            while True:
                data = await ws.get_message()
                session.receive_data(
                    data if isinstance(data, bytes) else data.encode(), trio.current_time()
                )
                wake.set()
        except ConnectionClosed as exc:
            session.connection_lost(exc.reason.code if exc.reason else None)
            wake.set()

    async with trio.open_nursery() as nursery:
        nursery.start_soon(receive)
        try:
            while not session.closed:
                wake = trio.Event()
                session.handle_timeout(trio.current_time())
                for data in session.data_to_send():
                    with trio.move_on_after(_SEND_STALL) as stall:
                        await ws.send_message(data)
                    if stall.cancelled_caught:  # it stopped reading: give up on it
                        log.info("dropping a client that read nothing for %ss", _SEND_STALL)
                        session.close(1008, "not reading")
                        break
                if session.close_code is not None:
                    with trio.move_on_after(_CLOSE_TIMEOUT):  # never wait on a silent client
                        await ws.aclose(session.close_code, session.close_reason or None)
                    session.connection_lost(session.close_code)
                    break
                deadline = session.next_deadline()
                with trio.move_on_at(math.inf if deadline is None else deadline):
                    await wake.wait()
        except ConnectionClosed as exc:  # the client vanished while we were sending
            session.connection_lost(exc.reason.code if exc.reason else None)
        finally:
            nursery.cancel_scope.cancel()


class RoomProvider:
    """First payloads for a :class:`RoomServer`: what a sign server would answer."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server

    async def first_payload(self) -> FirstPayload:
        return FirstPayload(self.server.first_payload())

    def __repr__(self) -> str:
        return f"RoomProvider({self.server.url!r})"


@asynccontextmanager
async def open_room(
    room: Room | None = None, *, host: str = "127.0.0.1", port: int = 0
) -> AsyncIterator[RoomServer]:
    """Serve ``room`` (default: ``Room()``, a seeded random stream) until the block exits."""
    room = room if room is not None else Room()
    async with trio.open_nursery() as nursery:
        server = RoomServer(room, host)
        listener: WebSocketServer = await nursery.start(
            partial(serve_websocket, handler_nursery=nursery), server._handle, host, port, None
        )
        server._bound(listener.port)
        log.debug("simulated room at %s", server.url)
        try:
            yield server
        finally:
            nursery.cancel_scope.cancel()
