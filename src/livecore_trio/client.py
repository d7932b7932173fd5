"""The Trio client: moves bytes and time between a WebSocket and the core.

It knows no protocol: the :class:`~livecore.Connection` decides what to send,
when heartbeats are due and when to close; this module connects, pumps, sleeps
and closes. Two ways to use it::

    client = Client(provider, unique_id="someone")

    @client.on(CommentEvent)
    async def comment(event: CommentEvent) -> None:
        print(event.user.nickname, event.content)

    await client.run()          # returns the DisconnectEvent when the stream ends

or::

    async with Client(provider) as client:
        async for event in client:      # ends after DisconnectEvent
            ...

Handlers run in order, in the session's task: a slow one slows the socket
(backpressure), and one that raises is logged and the session goes on.

A session outlives its sockets: when one breaks, closes abnormally or goes
silent (the core's watchdog), the client waits as the core's reconnect policy
says (``ReconnectingEvent``), asks the provider for a fresh first payload,
and opens a new socket that resumes from the last cursor (``ReconnectedEvent``);
messages already delivered are not delivered again. Never after the stream
ended or after :meth:`Client.close`; ``reconnect=None`` turns it off.
Events for ``async for`` wait in a bounded buffer; when it is full the client
stops reading the socket (``overflow="block"``, the default, so nothing is
lost and memory stays bounded) or drops message events and counts them
(``overflow="drop"``: lifecycle and error events are never dropped).
"""

from __future__ import annotations

import inspect
import logging
import math
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import Any, Final, Literal, TypeVar, Unpack

import trio
from trio_websocket import (
    ConnectionClosed,
    ConnectionRejected,
    HandshakeError,
    WebSocketConnection,
    wrap_client_stream,
)

from livecore.connection import Connection, ConnectionOptions
from livecore.errors import HandshakeRejectedError, LocalProtocolError
from livecore.events import (
    ABSTRACT_EVENTS,
    ALWAYS_DELIVERED,
    DisconnectEvent,
    DisconnectReason,
    Event,
    emitted_subclasses,
)
from livecore.frames import DEFAULT_MAX_MESSAGE_SIZE
from livecore.handshake import HANDSHAKE_MSG, HANDSHAKE_OPTIONS, WEBSOCKET_SUBPROTOCOLS
from livecore.reconnect import NO_RECONNECT, ReconnectPolicy
from livecore.web import Proxy, ProxyRefusedError, parse_proxy
from livecore_trio import groups
from livecore_trio.net import address as _address
from livecore_trio.net import dial
from livecore_trio.net import host_header as _host_header
from livecore_trio.providers import BytesProvider, FirstPayload, PayloadProvider

__all__ = [
    "DEFAULT_BUFFER",
    "DEFAULT_MAX_MESSAGE_SIZE",
    "DEFAULT_RECONNECT",
    "Client",
    "Handler",
    "Overflow",
]

log = logging.getLogger("livecore.client")

E = TypeVar("E", bound=Event)
Handler = Callable[[E], Awaitable[None] | None]
Overflow = Literal["block", "drop"]

DEFAULT_BUFFER: Final = 1024
"""Events held for ``async for`` before the client stops reading the socket."""
_CANCEL_GRACE: Final = 0.05  # seconds to get the close frame out when cancelled
#: How one try ended: the close code, a detail, and a reason when the driver knows better.
_Ending = tuple[int | None, str, DisconnectReason | None]
_FAILED: Final = DisconnectReason.CONNECT_FAILED
_CLOSED_EARLY: Final[_Ending] = (None, "closed before the socket opened", None)

DEFAULT_RECONNECT: Final = ReconnectPolicy()
"""The client's reconnect policy unless told otherwise: up to 10 tries in a row
within 5 minutes of a loss, backoff from 0.5 s to 30 s with full jitter."""


class Client:
    """One session with one room over Trio. See the module docstring.

    :param provider: where the first payload comes from (asked once per
        connection); bytes are taken as the first payload itself.
    :param unique_id: the streamer's @handle, for ``ConnectEvent``.
    :param room_id: the room id, when the first payload does not carry it.
    :param buffer: events held for ``async for`` (``async with`` style only).
    :param overflow: what a full buffer does: ``"block"`` or ``"drop"``.
    :param connect_timeout: seconds for the WebSocket handshake.
    :param close_timeout: seconds to wait for a clean close (also on cancellation).
    :param max_message_size: largest WebSocket message accepted, in bytes.
    :param reconnect: how to retry a lost socket (``None``: never; see
        :class:`~livecore.reconnect.ReconnectPolicy`).
    :param ssl_context: for ``wss://`` URLs; the default verifies certificates.
    :param verify_tls: False turns certificate verification off for ``wss://``
        (for a test server with a self-signed certificate only); it is logged
        as a warning on every connect, since it lets anyone read the session.
    :param record: called with every WebSocket message received, before decoding
        (``livecore record`` writes them to a ``.frames`` file).
    :param proxy: a proxy for the WebSocket (a URL or a :class:`~livecore.web.Proxy`:
        ``http``, ``https``, ``socks5``, ``socks5h``); None: the first payload's
        (a provider such as ``TikTokProvider`` passes on its own), else none.
    :param connection_options: passed to :class:`~livecore.Connection`
        (``validate``, ``max_decompressed``, ``heartbeat_interval``, ``rng``...;
        :class:`~livecore.connection.ConnectionOptions` lists them, typed).
    """

    def __init__(
        self,
        provider: PayloadProvider | bytes,
        *,
        unique_id: str = "",
        room_id: int = 0,
        buffer: int = DEFAULT_BUFFER,
        overflow: Overflow = "block",
        connect_timeout: float = 10.0,
        close_timeout: float = 2.0,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
        reconnect: ReconnectPolicy | None = DEFAULT_RECONNECT,
        ssl_context: ssl.SSLContext | None = None,
        verify_tls: bool = True,
        record: Callable[[bytes], None] | None = None,
        proxy: Proxy | str | None = None,
        **connection_options: Unpack[ConnectionOptions],
    ) -> None:
        if buffer < 1:
            raise ValueError("buffer must hold at least one event")
        if overflow not in ("block", "drop"):
            raise ValueError('overflow must be "block" or "drop"')
        self.provider: PayloadProvider = (
            BytesProvider(provider) if isinstance(provider, bytes | bytearray) else provider
        )
        self.unique_id = unique_id
        self.room_id = room_id
        self.buffer = buffer
        self.overflow: Overflow = overflow
        self.connect_timeout = connect_timeout
        self.close_timeout = close_timeout
        self.max_message_size = max_message_size
        self.verify_tls = verify_tls
        if ssl_context is None and not verify_tls:
            ssl_context = ssl.create_default_context()
            ssl_context.check_hostname = False
            ssl_context.verify_mode = ssl.CERT_NONE
        self.ssl_context = ssl_context
        self.record = record
        self.proxy = parse_proxy(proxy) if isinstance(proxy, str) else proxy
        #: The core of the current (or last) session; its counters are the session's.
        self.connection = Connection(
            unique_id=unique_id,
            room_id=room_id,
            reconnect=reconnect if reconnect is not None else NO_RECONNECT,
            **connection_options,
        )
        #: The session's DisconnectEvent, once it ended.
        self.disconnect: DisconnectEvent | None = None
        #: Message events dropped because the buffer was full (``overflow="drop"``).
        self.dropped = 0
        #: Handler calls that raised (each was logged).
        self.handler_errors = 0
        #: The exception of the last try that failed to open a socket (provider,
        #: handshake: e.g. :class:`~livecore.errors.HandshakeRejectedError`);
        #: None again once a socket opens.
        self.error: Exception | None = None

        self._handlers: dict[type[Event], list[Handler[Any]]] = {}
        self._dispatch_cache: dict[type[Event], tuple[Handler[Any], ...]] = {}
        self._started = False
        self._close_requested = trio.Event()
        self._ws: WebSocketConnection | None = None
        self._connect_scope: trio.CancelScope | None = None
        self._timer: trio.CancelScope | None = None
        self._send_lock = trio.Lock()
        self._failure: Exception | None = None  # what failed this try (the core reads it)
        # async-with style
        self._nursery_cm: Any = None
        self._events_in: trio.MemorySendChannel[Event] | None = None
        self._events_out: trio.MemoryReceiveChannel[Event] | None = None

    def __repr__(self) -> str:
        return (
            f"<Client {self.unique_id or '?'} room={self.connection.room_id} "
            f"state={self.connection.state} provider={self.provider!r}>"
        )

    # ---- handlers ------------------------------------------------------------------

    def on(self, event_type: type[E]) -> Callable[[Handler[E]], Handler[E]]:
        """Decorator: call the function (sync or async) with every event of
        exactly ``event_type`` (``Event``: every event)."""

        def register(handler: Handler[E]) -> Handler[E]:
            self.add_handler(event_type, handler)
            return handler

        return register

    def add_handler(self, event_type: type[E], handler: Handler[E]) -> None:
        """Like :meth:`on`, without the decorator."""
        if not (isinstance(event_type, type) and issubclass(event_type, Event)):
            raise TypeError(f"{event_type!r} is not an event class")
        if event_type in ABSTRACT_EVENTS:
            kinds = ", ".join(sorted(c.__name__ for c in emitted_subclasses(event_type)))
            raise TypeError(
                f"{event_type.__name__} is never emitted as itself (handlers match the exact "
                f"class): register for {kinds}, or for Event"
            )
        self._handlers.setdefault(event_type, []).append(handler)
        self._dispatch_cache.clear()

    def remove_handler(self, event_type: type[E], handler: Handler[E]) -> None:
        """Undo :meth:`add_handler`; ``ValueError`` if that handler is not registered."""
        handlers = self._handlers.get(event_type, [])
        if handler not in handlers:
            raise ValueError(f"{handler!r} is not a handler for {event_type.__name__}")
        handlers.remove(handler)
        self._dispatch_cache.clear()

    # ---- running -----------------------------------------------------------------

    async def run(self) -> DisconnectEvent:
        """Run the session to its end, calling handlers; return its DisconnectEvent.

        Returns when the stream ends (``LiveEndEvent``), the server or the
        network closes the socket, or :meth:`close` is called. Cancelling the
        caller's scope closes the socket, gives ``DisconnectEvent`` to its
        handlers, then lets the cancellation through.
        """
        self._claim()
        return await self._session(None)

    def close(self) -> None:
        """Ask the session to end: the socket is closed cleanly (code 1000) and
        ``DisconnectEvent`` (``closed_by_client``) follows. Safe to call at any
        time, from any task of this Trio run, any number of times."""
        self.connection.close()
        self._close_requested.set()
        if self._ws is None and self._connect_scope is not None:
            self._connect_scope.cancel()  # still fetching or dialling: stop that

    async def __aenter__(self) -> Client:
        self._claim()
        self._events_in, self._events_out = trio.open_memory_channel[Event](self.buffer)
        self._nursery_cm = trio.open_nursery()
        nursery = await self._nursery_cm.__aenter__()
        nursery.start_soon(self._session, self._events_in)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        self.close()
        assert self._events_out is not None
        self._events_out.close()  # the reader is gone: never block on it again (no checkpoint)
        nursery_cm, self._nursery_cm = self._nursery_cm, None
        if isinstance(exc, Exception):
            # The body raised: end the session, then let that exception out as
            # itself rather than wrapped in the nursery's group.
            await nursery_cm.__aexit__(None, None, None)
            return False
        return bool(await nursery_cm.__aexit__(exc_type, exc, tb))

    def __aiter__(self) -> AsyncIterator[Event]:
        if self._events_out is None:
            raise RuntimeError("iterate inside `async with Client(...) as client:`")
        return self._events_out.__aiter__()

    # ---- the session ---------------------------------------------------------------

    def _claim(self) -> None:
        if self._started:
            raise RuntimeError("a Client runs one session; make a new one to connect again")
        self._started = True

    async def _session(self, channel: trio.MemorySendChannel[Event] | None) -> DisconnectEvent:
        conn = self.connection
        conn.start()
        try:
            try:
                while True:
                    self._failure = None
                    code, detail, reason = await self._connect(conn, channel)
                    conn.connection_lost(
                        code, detail, reason=reason, now=trio.current_time(), error=self._failure
                    )
                    await self._deliver(conn, channel)
                    if conn.over:
                        break
                    await self._wait_to_reconnect(conn)
                    await self._deliver(conn, channel)
                    if conn.over:
                        break
            except BaseException as exc:
                # Cancelled, interrupted, or a record callback failed: the socket
                # is closed by now; still say goodbye, then let it through.
                why = "cancelled" if groups.is_cancellation(exc) else type(exc).__name__
                with trio.CancelScope(shield=True):
                    conn.close()
                    conn.connection_lost(1000 if self._ws is not None else None, why)
                    with trio.move_on_after(self.close_timeout):
                        await self._deliver(conn, channel)
                raise
        finally:
            if channel is not None:
                await channel.aclose()
        assert self.disconnect is not None
        return self.disconnect

    async def _wait_to_reconnect(self, conn: Connection) -> None:
        """Sleep until the core's reconnect deadline, or until close() ends the session."""
        due = conn.reconnect_at
        with trio.move_on_at(-math.inf if due is None else due):
            await self._close_requested.wait()
        if self._close_requested.is_set():
            conn.close()  # no socket: the session ends here
            return
        conn.handle_timeout(trio.current_time())

    async def _connect(
        self, conn: Connection, channel: trio.MemorySendChannel[Event] | None
    ) -> _Ending:
        """Get a first payload, open a socket and pump it (once per try).

        Returns how it ended: the close code, a detail, and a reason when the
        driver knows better than the code."""
        if self._close_requested.is_set():
            return _CLOSED_EARLY  # close() before the session began: do not even ask
        payload = await self._first_payload()
        if not isinstance(payload, FirstPayload):
            return payload  # the provider failed, or close() stopped it
        if payload.data is not None:
            conn.receive_first_payload(payload.data)
            await self._deliver(conn, channel)
        if self._close_requested.is_set():
            return _CLOSED_EARLY
        try:
            url = payload.url or conn.websocket_url()
            address = _address(url)
        except (LocalProtocolError, ValueError) as exc:
            self.error = exc
            return None, f"cannot connect: {exc}", _FAILED
        if address[3] and not self._verifies():
            log.warning(
                "TLS certificate verification is OFF for %s: anyone on the path can read "
                "and change this session (verify_tls=False)",
                url.split("?", 1)[0],
            )
        headers = [(k.encode(), v.encode()) for k, v in payload.headers]
        return await self._open(conn, channel, address, headers, self.proxy or payload.proxy)

    async def _first_payload(self) -> FirstPayload | _Ending:
        """Ask the provider; close() cancels the call (and nothing else)."""
        try:
            with trio.CancelScope() as self._connect_scope:
                try:
                    return await self.provider.first_payload()
                except Exception as exc:
                    self.error = self._failure = exc
                    return None, f"no first payload: {type(exc).__name__}: {exc}", _FAILED
        finally:
            self._connect_scope = None
        return _CLOSED_EARLY

    async def _open(
        self,
        conn: Connection,
        channel: trio.MemorySendChannel[Event] | None,
        address: tuple[str, int, str, bool],
        headers: list[tuple[bytes, bytes]],
        proxy: Proxy | None,
    ) -> _Ending:
        """Open the socket (close() cancels the handshake) and pump it until it ends."""
        host, port, resource, secure = address
        opened = False
        with trio.CancelScope() as self._connect_scope:
            try:
                try:
                    # The client owns the TCP stream (trio-websocket would leave a
                    # refused or server-closed one to the garbage collector) and does
                    # the TLS handshake itself (so a bad certificate says so at once).
                    stream: trio.abc.Stream | None = None
                    async with trio.open_nursery() as nursery:  # trio-websocket's reader
                        try:
                            with trio.fail_after(self.connect_timeout):
                                stream = await dial(
                                    host,
                                    port,
                                    secure=secure,
                                    ssl_context=self.ssl_context,
                                    proxy=proxy,
                                    timeout=self.connect_timeout,
                                )
                                ws = await wrap_client_stream(
                                    nursery,
                                    stream,  # type: ignore[arg-type]
                                    _host_header(host, port, secure),
                                    resource,
                                    subprotocols=WEBSOCKET_SUBPROTOCOLS,
                                    extra_headers=headers,
                                    max_message_size=self.max_message_size,
                                )
                            self._ws = ws  # from here on, close() closes the socket instead
                            self.error = None
                            options = _header(ws.handshake_headers, HANDSHAKE_OPTIONS)
                            conn.socket_opened(trio.current_time(), options)
                            opened = True
                            return await self._pump(conn, ws, channel)
                        finally:
                            self._ws = None
                            if stream is not None:  # ends the reader task too
                                await trio.aclose_forcefully(stream)
                            # No checkpoint after this: a return value is not lost.
                            nursery.cancel_scope.cancel()
                except BaseExceptionGroup as group:
                    groups.raise_single(group)
            except ConnectionRejected as exc:
                said = _header(exc.headers or (), HANDSHAKE_MSG) or ""
                self.error = HandshakeRejectedError(exc.status_code, said)
                return None, str(self.error), _FAILED
            except ProxyRefusedError as exc:  # the core reads whether to try again
                self.error = self._failure = exc
                return None, f"cannot connect: {exc}", _FAILED
            except trio.TooSlowError as exc:
                self.error = exc
                return (
                    None,
                    f"cannot connect: no handshake within {self.connect_timeout:g} s",
                    _FAILED,
                )
            except (OSError, HandshakeError, ConnectionClosed, trio.BrokenResourceError) as exc:
                # A TLS failure comes as a bare BrokenResourceError caused by the ssl error.
                cause = exc.__cause__ if not str(exc) and exc.__cause__ is not None else exc
                if opened:  # the socket was open: it broke
                    return None, f"{type(cause).__name__}: {cause}", None
                self.error = cause if isinstance(cause, Exception) else exc
                return None, f"cannot connect: {type(cause).__name__}: {cause}", _FAILED
        return _CLOSED_EARLY  # close() cancelled the handshake

    def _verifies(self) -> bool:
        context = self.ssl_context
        return context is None or context.verify_mode != ssl.CERT_NONE

    async def _pump(
        self,
        conn: Connection,
        ws: WebSocketConnection,
        channel: trio.MemorySendChannel[Event] | None,
    ) -> tuple[int | None, str, DisconnectReason | None]:
        record = self.record
        try:
            async with trio.open_nursery() as nursery:
                nursery.start_soon(self._beat, conn, ws)
                nursery.start_soon(self._closer, conn, ws)
                await self._flush(conn, ws)  # enter-room
                await self._deliver(conn, channel)  # ReconnectedEvent, after a reconnect
                try:
                    while True:
                        data = await ws.get_message()
                        if isinstance(data, str):  # Webcast speaks binary; the core reports it
                            data = data.encode()
                        if record is not None and not self._record(record, data):
                            conn.close()
                            await self._close_socket(1000, "recording failed")
                        conn.receive_data(data, trio.current_time())
                        self._rearm(conn)
                        await self._flush(conn, ws)
                        await self._deliver(conn, channel)
                        if conn.wants_close:
                            await self._close_socket(1000, conn.close_message)
                except ConnectionClosed as exc:
                    closed = exc.reason
                    code = closed.code if closed is not None else None
                    detail = (closed.reason or closed.name) if closed is not None else ""
                except BaseException:
                    with trio.CancelScope(shield=True):  # cancelled: a clean close all the same
                        conn.close()
                        # The socket's reader is cancelled too, so no reply can be
                        # read: send the close frame, don't wait out close_timeout.
                        await self._close_socket(1000, "cancelled", _CANCEL_GRACE)
                    raise
                finally:
                    nursery.cancel_scope.cancel()
        except BaseExceptionGroup as group:
            # The helper tasks never raise on their own: the group holds the
            # receive loop's exception, or the same cancellation thrice. Give
            # the caller that one exception, not a group.
            groups.raise_single(group)
        return code, detail, None

    def _record(self, record: Callable[[bytes], None], data: bytes) -> bool:
        """Hand a message to the ``record`` callback; False (and ``error`` set) if it failed."""
        try:
            record(data)
        except Exception as exc:
            self.error = exc
            log.error(
                "the record callback failed (%s: %s): closing the session", type(exc).__name__, exc
            )
            return False
        return True

    async def _beat(self, conn: Connection, ws: WebSocketConnection) -> None:
        """Sleep until the core's next deadline, let it act, send what it queued."""
        while True:
            deadline = conn.next_deadline()
            with trio.CancelScope(deadline=math.inf if deadline is None else deadline) as scope:
                self._timer = scope
                await trio.sleep_forever()
            self._timer = None
            conn.handle_timeout(trio.current_time())
            await self._flush(conn, ws)
            if conn.wants_close:  # the watchdog found the socket stale
                # The reader then sees the close and reports it to the core.
                await self._close_socket(1000, conn.close_message)
                return

    def _rearm(self, conn: Connection) -> None:
        """The core's deadline may have moved: make the timer wake for it."""
        if self._timer is not None:
            deadline = conn.next_deadline()
            self._timer.deadline = math.inf if deadline is None else deadline

    async def _closer(self, conn: Connection, ws: WebSocketConnection) -> None:
        await self._close_requested.wait()
        self._rearm(conn)
        await self._close_socket(1000, "closed by the client")

    async def _close_socket(self, code: int, reason: str, timeout: float | None = None) -> None:
        ws = self._ws
        if ws is None:
            return
        limit = self.close_timeout if timeout is None else min(timeout, self.close_timeout)
        with trio.move_on_after(limit) as scope:
            await ws.aclose(code, reason)
        if scope.cancelled_caught and timeout is None:
            log.warning("the server did not finish the close handshake in %ss", self.close_timeout)

    async def _flush(self, conn: Connection, ws: WebSocketConnection) -> None:
        """Send what the core queued, in order, one writer at a time."""
        if not conn.has_data_to_send:
            return  # the common case (no ack due): no lock, no checkpoint
        async with self._send_lock:
            while out := conn.data_to_send():
                for data in out:
                    try:
                        await ws.send_message(data)
                    except ConnectionClosed:
                        return  # the reader sees the close and ends the session

    async def _deliver(
        self, conn: Connection, channel: trio.MemorySendChannel[Event] | None
    ) -> None:
        events = conn.events()
        if not events:
            return
        # While handlers run or the buffer is full, nobody reads the socket:
        # the watchdog must not take that silence for a dead socket.
        conn.hold_reading()
        try:
            await self._deliver_events(events, channel)
        finally:
            conn.resume_reading(trio.current_time())

    async def _deliver_events(
        self, events: list[Event], channel: trio.MemorySendChannel[Event] | None
    ) -> None:
        for event in events:
            if isinstance(event, DisconnectEvent):
                self.disconnect = event
            await self._dispatch(event)
            if channel is None:
                continue
            try:
                if self.overflow == "block" or isinstance(event, ALWAYS_DELIVERED):
                    await channel.send(event)
                else:
                    try:
                        channel.send_nowait(event)
                    except trio.WouldBlock:
                        self.dropped += 1
            except (trio.BrokenResourceError, trio.ClosedResourceError):
                pass  # nobody iterates any more; handlers still get every event

    async def _dispatch(self, event: Event) -> None:
        kind = type(event)
        handlers = self._dispatch_cache.get(kind)
        if handlers is None:
            handlers = (*self._handlers.get(kind, ()), *self._handlers.get(Event, ()))
            self._dispatch_cache[kind] = handlers
        for handler in handlers:
            try:
                result = handler(event)
                if result is not None and inspect.isawaitable(result):
                    await result
            except Exception:
                self.handler_errors += 1
                log.exception(
                    "handler %r failed on %s; the session goes on", handler, kind.__name__
                )


def _header(headers: Any, name: str) -> str | None:
    wanted = name.lower().encode()
    for key, value in headers:
        if bytes(key).lower() == wanted:
            return bytes(value).decode("latin-1")
    return None
