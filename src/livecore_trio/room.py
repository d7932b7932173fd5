"""Serve the core's simulated room over a real WebSocket server on loopback.

All protocol logic is in :mod:`livecore.room`; this module only accepts
WebSocket handshakes (any path, any query) or refuses them when the room
says so, hands bytes and ``trio``'s clock to a
:class:`~livecore.room.RoomSession`, and sends, sleeps, closes or cuts the
TCP connection as it says. It owns each TCP stream (``wrap_server_stream``
rather than ``serve_websocket``) so that a fault can cut one with no close
frame, which trio-websocket offers no public call for::

    async with open_room(Room(seed=1)) as server:
        print(server.url)                  # ws://127.0.0.1:PORT/webcast/im/push/v2/
        client = Client(server.provider())
"""

from __future__ import annotations

import contextlib
import logging
import math
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from urllib.parse import parse_qsl, urlsplit

import trio
from trio_websocket import (
    ConnectionClosed,
    WebSocketConnection,
    WebSocketRequest,
    wrap_server_stream,
)

from livecore.handshake import WEBSOCKET_SUBPROTOCOLS
from livecore.room import MAX_SESSIONS_KEPT, OVERSIZE, PUSH_PATH, Room, RoomSession
from livecore_trio.providers import FirstPayload

__all__ = ["RoomProvider", "RoomServer", "open_room"]

log = logging.getLogger("livecore.room")

_CLOSE_TIMEOUT = 2.0  # seconds to wait for a client's answer to our close
_SEND_STALL = 30.0  # seconds a client may leave a frame unread before it is dropped
_WATCH_ABOVE = 1024 * 1024  # bytes: a message this big is sent watching for the client's close
_WATCH_EVERY = 0.05  # seconds between looks
_HANDSHAKE_TIMEOUT = 30.0  # seconds a client may take to send its handshake
# What the room accepts from a client in one message: more than any client
# frame, and never less than what it sends itself (an ``oversize`` fault).
_MAX_CLIENT_MESSAGE = OVERSIZE + 1024 * 1024


class RoomServer:
    """A simulated room listening on loopback. Made by :func:`open_room`."""

    def __init__(self, room: Room, host: str, ssl_context: ssl.SSLContext | None = None) -> None:
        self.room = room
        self.host = host
        self.ssl_context = ssl_context
        self.port = 0
        #: The room's push_server URL: what a first payload points clients at.
        self.url = ""
        self._idle = trio.Event()  # set (and replaced) whenever the last session ends
        self._active = 0
        #: The (host, port) every TCP connection came from, in order (the latest
        #: ``MAX_SESSIONS_KEPT``, as the room keeps its sessions).
        self.peers: list[tuple[str, int]] = []

    def _bound(self, port: int) -> None:
        self.port = port
        bracketed = f"[{self.host}]" if ":" in self.host else self.host
        scheme = "ws" if self.ssl_context is None else "wss"
        self.url = f"{scheme}://{bracketed}:{port}{PUSH_PATH}"

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

    async def _connection(self, tcp: trio.SocketStream) -> None:
        """One TCP connection, from the handshake to the last byte. Never raises:
        whatever one client does, the room goes on serving the others."""
        stream: trio.abc.Stream = tcp
        with contextlib.suppress(OSError):
            host, port, *_ = tcp.socket.getpeername()
            self.peers.append((host, port))
            del self.peers[:-MAX_SESSIONS_KEPT]
        if self.ssl_context is not None:
            stream = trio.SSLStream(tcp, self.ssl_context, server_side=True)
        try:
            async with trio.open_nursery() as nursery:  # trio-websocket's reader task
                try:
                    request = None
                    with trio.move_on_after(_HANDSHAKE_TIMEOUT):
                        request = await wrap_server_stream(
                            nursery, stream, max_message_size=_MAX_CLIENT_MESSAGE
                        )
                    if request is not None:
                        await self._handle(request, stream)
                finally:
                    await trio.aclose_forcefully(stream)  # ends the reader task too
        except Exception:
            log.exception("a client connection failed; the room goes on")

    async def _handle(self, request: WebSocketRequest, stream: trio.abc.Stream) -> None:
        now = trio.current_time()
        refusal = self.room.refusal(now)
        if refusal is not None:
            headers = [(k.encode(), v.encode()) for k, v in refusal.headers]
            with contextlib.suppress(ConnectionClosed):
                await request.reject(refusal.status, extra_headers=headers, body=refusal.body)
            return
        query = dict(parse_qsl(urlsplit(request.path).query, keep_blank_values=True))
        sent = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers]
        session = self.room.open(now, query, sent)
        offered = request.proposed_subprotocols
        subprotocol = next((p for p in WEBSOCKET_SUBPROTOCOLS if p in offered), None)
        headers = [(k.encode(), v.encode()) for k, v in self.room.handshake_headers()]
        self._active += 1
        try:
            ws = await request.accept(subprotocol=subprotocol, extra_headers=headers)
            await _serve(ws, stream, session)
        except ConnectionClosed as exc:
            session.connection_lost(exc.reason.code if exc.reason else None)
        finally:
            if not session.closed:
                session.connection_lost(None)
            self._active -= 1
            if not self._active:
                self._idle.set()
                self._idle = trio.Event()


async def _cut(stream: trio.abc.Stream) -> None:
    """Close the TCP connection under the WebSocket, with no close frame: the
    client sees the socket end (code 1006), as when a network path dies."""
    await trio.aclose_forcefully(stream)


async def _serve(ws: WebSocketConnection, stream: trio.abc.Stream, session: RoomSession) -> None:
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
                    if await _send(ws, data):
                        continue
                    if ws.closed is not None:  # it closed (1009: too big for it) meanwhile
                        session.connection_lost(ws.closed.code)
                        return
                    log.info("dropping a client that read nothing for %ss", _SEND_STALL)
                    session.close(1008, "not reading")
                    break
                if session.drop:
                    await _cut(stream)
                    session.connection_lost(None)
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


async def _send(ws: WebSocketConnection, data: bytes) -> bool:
    """Send one message; False when the client stopped reading first: it read
    nothing for ``_SEND_STALL`` seconds, or, for a big message, it sent its
    close meanwhile (1009 for one over its size limit). trio-websocket cannot
    answer that close while our send holds the socket, and such a client reads
    no further: without the watch both sides would wait out the stall."""
    with trio.move_on_after(_SEND_STALL):
        if len(data) < _WATCH_ABOVE:
            await ws.send_message(data)
            return True
        async with trio.open_nursery() as nursery:
            nursery.start_soon(_cancel_once_closed, ws, nursery.cancel_scope)
            try:
                await ws.send_message(data)
            except ConnectionClosed:
                # Said here, not raised: out of the nursery it would come wrapped
                # in a group; the caller reads ws.closed.
                nursery.cancel_scope.cancel()
                return False
            nursery.cancel_scope.cancel()
            return True
    return False


async def _cancel_once_closed(ws: WebSocketConnection, scope: trio.CancelScope) -> None:
    while ws.closed is None:
        await trio.sleep(_WATCH_EVERY)
    scope.cancel()


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
    room: Room | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    ssl_context: ssl.SSLContext | None = None,
) -> AsyncIterator[RoomServer]:
    """Serve ``room`` (default: ``Room()``, a seeded random stream) until the block exits.

    With a server-side ``ssl_context`` the room speaks TLS and its URL is ``wss://``
    (to test certificate verification without leaving loopback).
    """
    room = room if room is not None else Room()
    async with trio.open_nursery() as nursery:
        server = RoomServer(room, host, ssl_context)
        listeners = await trio.open_tcp_listeners(port, host=host)
        await nursery.start(
            partial(trio.serve_listeners, handler_nursery=nursery), server._connection, listeners
        )
        server._bound(listeners[0].socket.getsockname()[1])
        log.debug("simulated room at %s", server.url)
        try:
            yield server
        finally:
            nursery.cancel_scope.cancel()
