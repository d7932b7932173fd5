"""The sans-IO connection: bytes and time in, events and bytes out.

One :class:`Connection` is one session with one room. The code that owns the
socket (the Trio adapter, an asyncio loop, a test) drives it::

    conn = Connection(unique_id="someone", room_id=room_id)
    conn.start()                              # optional: "we are connecting"
    conn.receive_first_payload(sign_answer)   # ConnectEvent + its messages
    conn.socket_opened(now, handshake_options)
    ...
    conn.receive_data(ws_message)             # every binary WebSocket message
    conn.handle_timeout(now)                  # whenever next_deadline() passes
    for data in conn.data_to_send(): ...      # enter-room, heartbeats, acks
    for event in conn.events(): ...
    if conn.wants_close: close the socket, then conn.connection_lost(code)

Nothing here reads a clock, opens a socket or draws from a global random
source: the same inputs at the same times give the same events and the same
outbound bytes. Every received frame is accounted for: it gives events, or
a ``FrameErrorEvent`` carrying its raw bytes, or it is transport-only
(heartbeat and enter-room answers carry no events).
"""

from __future__ import annotations

import logging
import math
import random
from typing import Final
from urllib.parse import urlencode

from livecore import frames, lifecycle
from livecore.errors import FrameDecodeError, LocalProtocolError
from livecore.events import (
    ConnectEvent,
    ControlEvent,
    DisconnectEvent,
    DisconnectReason,
    Event,
    FrameErrorEvent,
    MessageEvent,
    _text,
)
from livecore.messages import decode_messages
from livecore.proto.webcast_pb2 import FetchResult
from livecore.web import ping_interval

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "MAX_EARLY_ERRORS",
    "MAX_PING_INTERVAL",
    "MIN_PING_INTERVAL",
    "WEBSOCKET_SUBPROTOCOLS",
    "Connection",
]

log = logging.getLogger("livecore")

DEFAULT_HEARTBEAT_INTERVAL: Final = 10.0
"""Seconds between heartbeats when the handshake names no ``ping-interval``."""

MIN_PING_INTERVAL: Final = 1.0
MAX_PING_INTERVAL: Final = 300.0
"""A server's ``ping-interval`` is clamped to these bounds (seconds), so a bad
header can neither make the client spin nor let the connection idle out."""

MAX_EARLY_ERRORS: Final = 16
"""Undecodable frames tolerated before the first payload. They are held back
so that ``ConnectEvent`` stays the first event; past this many, livecore asks
for the transport to close (``DisconnectReason.PROTOCOL_ERROR``)."""

# Hard bounds on what is held back if the driver never closes: past them,
# further early errors are only counted (and said in DisconnectEvent.detail).
_EARLY_ERRORS_KEPT: Final = 1024
_EARLY_BYTES_KEPT: Final = 16 * 1024 * 1024
_MAX_INT64: Final = 2**63 - 1

WEBSOCKET_SUBPROTOCOLS: Final = ("echo-protocol",)
"""The WebSocket subprotocols a client offers in its handshake."""


def _room_id(text: str | bytes) -> int:
    """A route_params room id, or 0 when it is not a positive int64."""
    try:
        value = int(text)
    except ValueError:
        return 0
    return value if 0 < value <= _MAX_INT64 else 0


def _finite(now: float) -> float:
    if not math.isfinite(now):
        raise ValueError(f"time must be a finite number, not {now!r}")
    return now


class Connection:
    """One session's protocol state. See the module docstring for the call pattern.

    :param unique_id: the streamer's @handle (without ``@``), for ``ConnectEvent``.
    :param room_id: the room's id; when 0, the first payload's ``route_params``
        may supply it.
    :param heartbeat_interval: seconds between heartbeats when the handshake
        names no ``ping-interval``.
    :param max_decompressed: cap on a decompressed ``msg`` payload, in bytes.
    :param max_messages: cap on the messages of one FetchResult.
    :param validate: parse every payload on arrival, so that a malformed one
        is reported as ``MessageErrorEvent`` at once (costs speed: by default
        payloads are parsed only when a field is read).
    :param rng: the source of enter-room ids; inject a seeded one for
        reproducible outbound bytes.

    Times (``now``) are seconds on any monotonic clock the caller likes; they
    must be finite (``ValueError`` otherwise).
    """

    def __init__(
        self,
        *,
        unique_id: str = "",
        room_id: int = 0,
        heartbeat_interval: float = DEFAULT_HEARTBEAT_INTERVAL,
        max_decompressed: int = frames.DEFAULT_MAX_DECOMPRESSED,
        max_messages: int = frames.DEFAULT_MAX_MESSAGES,
        validate: bool = False,
        rng: random.Random | None = None,
    ) -> None:
        if not (0 < heartbeat_interval < math.inf):
            raise ValueError("heartbeat_interval must be a positive number of seconds")
        if max_decompressed < 0 or max_messages < 0:
            raise ValueError("max_decompressed and max_messages must not be negative")
        self.unique_id = unique_id
        self.room_id = room_id
        self.max_decompressed = max_decompressed
        self.max_messages = max_messages
        self.validate = validate
        self._rng = rng if rng is not None else random.SystemRandom()
        self._lifecycle = lifecycle.Lifecycle()
        self._default_interval = heartbeat_interval

        #: The sign server's first FetchResult, once received.
        self.first_payload: FetchResult | None = None
        #: The latest cursor and internal_ext the server gave: the resume point.
        self.cursor = ""
        self.internal_ext = ""

        self._events: list[Event] = []
        self._early: list[FrameErrorEvent] = []  # frame errors held until ConnectEvent
        self._early_bytes = 0
        self._early_dropped = 0
        self._outbound: list[bytes] = []
        self._interval = heartbeat_interval
        self._heartbeat_seq = 0
        self._heartbeat_due: float | None = None

        #: Counters, for tests, replay and soak accounting.
        self.frames_received = 0
        self.messages_received = 0
        self.acks_sent = 0
        self.heartbeats_sent = 0

    # ---- state -------------------------------------------------------------------

    @property
    def state(self) -> str:
        """The lifecycle state: one of ``livecore.lifecycle.STATES``."""
        return self._lifecycle.state

    @property
    def wants_close(self) -> bool:
        """True once the transport should be closed: after ``close()``, a
        ``LiveEndEvent``, or too many undecodable frames before the first payload."""
        return self._lifecycle.wants_close

    @property
    def heartbeat_interval(self) -> float:
        """Seconds between heartbeats on the current socket."""
        return self._interval

    def websocket_url(self) -> str:
        """The URL to open the WebSocket at: the first payload's ``push_server``
        with its ``route_params`` (non-empty ones) and the client's own query.

        The cursor and internal_ext are the latest the server gave, so the URL
        built after frames have arrived resumes from there.
        Raises :class:`LocalProtocolError` before a first payload was taken.
        """
        first = self.first_payload
        if first is None or not first.push_server:
            raise LocalProtocolError("no first payload with a push_server yet")
        params = {_text(k): _text(v) for k, v in first.route_params.items() if v}
        params.update(
            room_id=str(self.room_id),
            compress="gzip",
            cursor=self.cursor,
            internal_ext=self.internal_ext,
            heartbeat_duration="0",
            identity="audience",
            live_id="12",
        )
        server = _text(first.push_server)
        return server + ("&" if "?" in server else "?") + urlencode(params)

    # ---- inputs ------------------------------------------------------------------

    def start(self) -> None:
        """Mark the session as connecting (the adapter is fetching or dialling)."""
        self._check_open()
        self._lifecycle.fire("start")

    def receive_first_payload(self, data: bytes) -> None:
        """Take the sign server's first FetchResult (bare protobuf, not a PushFrame).

        Gives ``ConnectEvent`` (once per session) and the payload's messages.
        Bytes that do not parse, or no bytes at all (the sign server's answer
        when TikTok blocked it), give a ``FrameErrorEvent`` and change nothing.
        """
        self._check_open()
        if not data:
            self._frame_error(
                FrameDecodeError("empty first payload (the sign server was blocked)", b"")
            )
            return
        try:
            result = frames.decode_fetch_result(data, self.max_messages)
        except FrameDecodeError as exc:
            self._frame_error(exc)
            return
        self.first_payload = result
        if not self.room_id:
            self.room_id = _room_id(result.route_params.get("room_id", ""))
        self._take_result(result)

    def socket_opened(self, now: float, handshake_options: str | None = None) -> None:
        """The WebSocket is open. Queues enter-room and schedules heartbeats.

        ``handshake_options`` is the handshake response's ``Handshake-Options``
        header; its ``ping-interval`` (clamped to [MIN_PING_INTERVAL,
        MAX_PING_INTERVAL]) sets the heartbeat interval, else the default does.
        Heartbeat sequence ids start again at 1.
        """
        self._check_open()
        _finite(now)
        self._lifecycle.fire("start")
        offered = ping_interval(handshake_options)
        self._interval = (
            self._default_interval
            if offered is None
            else min(max(offered, MIN_PING_INTERVAL), MAX_PING_INTERVAL)
        )
        self._heartbeat_seq = 0
        if self._lifecycle.wants_close:
            return
        enter_id = self._rng.randint(1, _MAX_INT64)
        self._outbound.append(frames.encode_enter_room(self.room_id, enter_id))
        self._heartbeat_due = now + self._interval

    def receive_data(self, data: bytes) -> None:
        """Take one binary WebSocket message as received."""
        self._check_open()
        self.frames_received += 1
        try:
            frame = frames.decode_push_frame(data)
            if frame.payload_type != frames.PAYLOAD_MSG:
                log.debug("transport-only frame: payload_type %r", frame.payload_type)
                return  # hb, im_enter_room_resp, anything else: no events
            payload = frames.frame_payload(frame, self.max_decompressed)
            result = frames.decode_fetch_result(payload, self.max_messages)
        except FrameDecodeError as exc:
            exc.raw = bytes(data)  # the whole message, not the inner part that failed
            self._frame_error(exc)
            return
        if result.need_ack and not self._lifecycle.wants_close:
            ext = result.internal_ext  # echoed byte for byte (bytes if not UTF-8)
            self._outbound.append(frames.encode_ack(frame.log_id, ext))
            self.acks_sent += 1
        self._take_result(result)

    def handle_timeout(self, now: float) -> None:
        """Do what is due at ``now``: send the heartbeat when its time has come."""
        _finite(now)
        due = self._heartbeat_due
        if due is None or now < due or self._lifecycle.over:
            return
        self._heartbeat_seq += 1
        self._outbound.append(frames.encode_heartbeat(self.room_id, self._heartbeat_seq))
        self.heartbeats_sent += 1
        due += self._interval
        # After a long stall send one heartbeat, not a burst to catch up.
        self._heartbeat_due = due if due > now else now + self._interval

    def close(self) -> None:
        """Ask for the session to end. The adapter closes the transport, then
        reports it with :meth:`connection_lost`, which gives ``DisconnectEvent``.
        Idempotent; a no-op once the session is over."""
        self._request_close(DisconnectReason.CLOSED_BY_CLIENT)

    def connection_lost(
        self,
        code: int | None = None,
        detail: str = "",
        *,
        reason: DisconnectReason | None = None,
    ) -> None:
        """The transport is gone: gives the session's one ``DisconnectEvent``.

        ``code`` is the WebSocket close code, None when the connection broke
        without one; ``reason`` lets the driver say why when it knows better
        (a replay's ``END_OF_RECORDING``). The reason the event carries is
        decided by the lifecycle (``Lifecycle.disconnect_reason``): the end of
        the stream or a requested close outrank what the transport says.
        A no-op once the session is over.
        """
        if self._lifecycle.over:
            return
        why = self._lifecycle.disconnect_reason(code, reason)
        if self._early_dropped:
            extra = f"{self._early_dropped} more undecodable frames were not kept"
            detail = f"{detail}; {extra}" if detail else extra
        self._heartbeat_due = None
        self._lifecycle.fire("disconnect")
        self._events.extend(self._early)  # a session that never connected still reports them
        self._early.clear()
        self._events.append(DisconnectEvent(why, code, detail))

    # ---- outputs -----------------------------------------------------------------

    def events(self) -> list[Event]:
        """The events produced since the last call, oldest first."""
        events, self._events = self._events, []
        return events

    def data_to_send(self) -> list[bytes]:
        """The frames to send since the last call, in order."""
        out, self._outbound = self._outbound, []
        return out

    def next_deadline(self) -> float | None:
        """When :meth:`handle_timeout` next has work, or None."""
        return self._heartbeat_due

    # ---- internals ---------------------------------------------------------------

    def _check_open(self) -> None:
        if self._lifecycle.over:
            raise LocalProtocolError(f"the session is over (state {self.state!r})")

    def _request_close(self, reason: DisconnectReason) -> None:
        if self._lifecycle.over:
            return
        self._lifecycle.request_close(reason)
        self._heartbeat_due = None

    def _frame_error(self, exc: FrameDecodeError) -> None:
        if not self._lifecycle.awaiting_connect:
            self._events.append(FrameErrorEvent(exc))
            return
        # Before the first payload: hold it back so ConnectEvent stays first.
        if (
            len(self._early) < _EARLY_ERRORS_KEPT
            and self._early_bytes + len(exc.raw) <= _EARLY_BYTES_KEPT
        ):
            self._early.append(FrameErrorEvent(exc))
            self._early_bytes += len(exc.raw)
        else:
            self._early_dropped += 1
        if len(self._early) + self._early_dropped > MAX_EARLY_ERRORS:
            self._request_close(DisconnectReason.PROTOCOL_ERROR)

    def _take_result(self, result: FetchResult) -> None:
        if result.cursor:
            self.cursor = _text(result.cursor)
        if result.internal_ext:
            self.internal_ext = _text(result.internal_ext)
        out = self._events
        # Only the session's first payload moves the machine; later frames skip it.
        if self._lifecycle.awaiting_connect and self._lifecycle.fire("connect"):
            out.append(ConnectEvent(self.unique_id, self.room_id))
            out.extend(self._early)
            self._early.clear()
            self._early_bytes = 0
        messages = result.messages
        self.messages_received += len(messages)
        controls = decode_messages(messages, out, self.validate)
        inserted = 0
        for at in controls:  # the only messages that can move the lifecycle
            inserted += self._control(out, at + inserted)

    def _control(self, out: list[Event], at: int) -> int:
        """Announce the lifecycle move a ControlEvent causes, if any; 1 if one was inserted."""
        control = out[at]
        assert isinstance(control, ControlEvent)
        trigger = lifecycle.CONTROL_TRIGGERS.get(control.action)
        if trigger is None or not self._lifecycle.fire(trigger):
            return 0
        announce = lifecycle.ANNOUNCES[trigger]
        assert announce is not None and issubclass(announce, MessageEvent)
        out.insert(at, announce._derived(control))
        if self._lifecycle.wants_close:
            self._heartbeat_due = None  # the stream is over: say nothing more
        return 1
