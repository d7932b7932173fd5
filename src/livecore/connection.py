"""The sans-IO connection: bytes and time in, events and bytes out.

One :class:`Connection` is one session with one room. The code that owns the
socket (the Trio adapter, an asyncio loop, a test) drives it::

    conn = Connection(unique_id="someone", room_id=room_id)
    conn.start()                              # optional: "we are connecting"
    conn.receive_first_payload(sign_answer)   # ConnectEvent + its messages
    conn.socket_opened(now, handshake_options)
    ...
    conn.receive_data(ws_message, now)        # every binary WebSocket message
    conn.handle_timeout(now)                  # whenever next_deadline() passes
    for data in conn.data_to_send(): ...      # enter-room, heartbeats, acks
    for event in conn.events(): ...
    if conn.wants_close: close the socket, then conn.connection_lost(code, now=now)
    if conn.wants_reconnect: fetch a fresh first payload (optional), open a
        socket at conn.websocket_url(), conn.socket_opened(now, ...) again

A session outlives its sockets. With a :class:`~livecore.reconnect.ReconnectPolicy`,
a socket lost after ``ConnectEvent`` (a transport error, a close code that is
not the end of the stream, the watchdog finding it stale) gives a
``ReconnectingEvent`` and a deadline instead of the end: the next socket
resumes from the last cursor and internal_ext, and a msg_id already delivered
is dropped (a window of the latest ``dedup_window`` ids). The session still
has one ``ConnectEvent`` and one ``DisconnectEvent``. Reconnecting only
happens when the driver passes ``now`` to :meth:`connection_lost`.

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
from typing import Final, TypedDict

from livecore import frames, handshake, lifecycle
from livecore.dedup import DEFAULT_DEDUP_WINDOW, DedupWindow
from livecore.errors import FrameDecodeError, LocalProtocolError, ProviderError
from livecore.events import (
    ConnectEvent,
    ControlEvent,
    DisconnectEvent,
    DisconnectReason,
    Event,
    FrameErrorEvent,
    MessageEvent,
    ReconnectedEvent,
    ReconnectingEvent,
)
from livecore.messages import decode_messages
from livecore.proto.pb import FetchResult
from livecore.protocol import PayloadType
from livecore.reconnect import NO_RECONNECT, ReconnectPolicy
from livecore.resume import ResumeState
from livecore.views import text

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "DEFAULT_STALE_HEARTBEATS",
    "MAX_EARLY_ERRORS",
    "Connection",
    "ConnectionOptions",
]

log = logging.getLogger("livecore")

DEFAULT_HEARTBEAT_INTERVAL: Final = handshake.DEFAULT_PING_INTERVAL
"""Seconds between heartbeats when the handshake names no ``ping-interval``."""

DEFAULT_STALE_HEARTBEATS: Final = 3
"""Unless told otherwise, a socket on which nothing arrived for this many
heartbeat intervals is stale (TikTok never answers WebSocket pings, so a
silent socket is otherwise indistinguishable from a quiet stream)."""


MAX_EARLY_ERRORS: Final = 16
"""Undecodable frames tolerated before the first payload. They are held back
so that ``ConnectEvent`` stays the first event; past this many, livecore asks
for the transport to close (``DisconnectReason.PROTOCOL_ERROR``)."""

# Hard bounds on what is held back if the driver never closes: past them,
# further early errors are only counted (and said in DisconnectEvent.detail).
_EARLY_ERRORS_KEPT: Final = 1024
_EARLY_BYTES_KEPT: Final = 16 * 1024 * 1024
_MAX_INT64: Final = 2**63 - 1

# The OS's random source, shared: no state, where a Random each costs 2.5 KiB.
_SYSTEM_RANDOM: Final = random.SystemRandom()


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


class ConnectionOptions(TypedDict, total=False):
    """:class:`Connection`'s arguments a driver passes through (``Client(p, validate=True)``),
    typed: a misspelt one fails the type check. Each means what Connection says."""

    heartbeat_interval: float
    max_decompressed: int
    max_messages: int
    validate: bool
    rng: random.Random | None
    stale_after: float | None
    dedup_window: int
    resume: ResumeState | None


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
    :param rng: the source of enter-room ids and reconnect jitter; inject a
        seeded one for reproducible outbound bytes and timing.
    :param reconnect: how to retry a lost socket (default: never; the Trio
        client passes one that retries).
    :param stale_after: seconds without any frame, while a socket is open and
        the stream not over, after which the socket is stale and is to be
        closed (``wants_close``); None: ``DEFAULT_STALE_HEARTBEATS`` heartbeat
        intervals; 0 turns the watchdog off.
    :param dedup_window: how many of the latest msg_ids are remembered to drop
        repeats (0: deliver repeats).
    :param resume: a :meth:`checkpoint` to start from (another process's, say):
        its cursor and internal_ext, and its msg_ids as already delivered.

    Times (``now``) are seconds on any monotonic clock the caller likes; they
    must be finite (``ValueError`` otherwise).
    """

    # Slots, not a __dict__: a thousand idle connections are a thousand of these.
    # fmt: off
    __slots__ = (
        "_attempt", "_dedup_window", "_default_interval", "_delivered", "_early", "_early_bytes",
        "_early_dropped", "_events", "_heartbeat_due", "_heartbeat_seq", "_held", "_interval",
        "_last_rx", "_lifecycle", "_lost_at", "_max_decompressed", "_max_messages", "_opened",
        "_outbound", "_reconnect", "_retry_due", "_rng", "_rx_unseen", "_socket", "_stale_after",
        "_stale_due", "_unique_id", "_validate", "acks_sent", "cursor", "first_payload",
        "frames_received", "heartbeats_sent", "internal_ext", "messages_received", "reconnects",
        "room_id",
    )
    # fmt: on

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
        reconnect: ReconnectPolicy | None = None,
        stale_after: float | None = None,
        dedup_window: int = DEFAULT_DEDUP_WINDOW,
        resume: ResumeState | None = None,
    ) -> None:
        if not (0 < heartbeat_interval < math.inf):
            raise ValueError("heartbeat_interval must be a positive number of seconds")
        if stale_after is not None and not (0 <= stale_after < math.inf):
            raise ValueError("stale_after must be a finite number of seconds >= 0 (0: off)")
        if dedup_window < 0:
            raise ValueError("dedup_window must not be negative")
        if max_decompressed < 0 or max_messages < 0:
            raise ValueError("max_decompressed and max_messages must not be negative")
        self._unique_id = unique_id
        self.room_id = room_id
        self._max_decompressed = max_decompressed
        self._max_messages = max_messages
        self._validate = validate
        self._rng = rng if rng is not None else _SYSTEM_RANDOM
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

        self._reconnect = reconnect if reconnect is not None else NO_RECONNECT
        self._stale_after = stale_after
        self._dedup_window = dedup_window
        self._delivered: DedupWindow | None = None  # made with the first message
        if resume is not None:
            self.cursor, self.internal_ext = resume.cursor, resume.internal_ext
            if dedup_window and resume.msg_ids:
                self._delivered = DedupWindow.restore(resume.msg_ids, dedup_window)
        self._socket = lifecycle.Socket()
        self._opened = False  # a socket opened at least once this session
        self._stale_due: float | None = None
        self._last_rx = 0.0
        self._rx_unseen = False  # a frame arrived without a time since the last check
        self._held = False  # the driver is not reading (backpressure): silence is ours
        self._attempt = 0  # reconnect tries since the last socket that delivered a frame
        self._lost_at: float | None = None
        self._retry_due: float | None = None  # while waiting to reconnect, and dialling for it

        #: Counters, for tests, replay and soak accounting.
        self.frames_received = 0
        self.messages_received = 0
        self.acks_sent = 0
        self.heartbeats_sent = 0
        #: Sockets opened again after a loss.
        self.reconnects = 0

    # ---- state -------------------------------------------------------------------

    @property
    def state(self) -> str:
        """The lifecycle state: one of ``livecore.lifecycle.STATES``."""
        return self._lifecycle.state

    @property
    def phase(self) -> str:
        """The socket's phase: one of ``livecore.lifecycle.PHASES``."""
        return self._socket.phase

    @property
    def wants_close(self) -> bool:
        """True once the transport should be closed: after ``close()``, a
        ``LiveEndEvent``, too many undecodable frames before the first payload,
        or (this socket only) when the watchdog found it stale."""
        return self._lifecycle.wants_close or self._socket.phase == lifecycle.CLOSING

    @property
    def close_message(self) -> str:
        """What to say in the close frame when closing because of ``wants_close``."""
        return lifecycle.closing_words(self._lifecycle, self._socket)

    @property
    def wants_reconnect(self) -> bool:
        """True once :meth:`handle_timeout` reached :attr:`reconnect_at`: open
        a new socket (asking for a fresh first payload first, if one can be had)."""
        return self._socket.phase == lifecycle.DIALLING and self._retry_due is not None

    @property
    def reconnect_at(self) -> float | None:
        """When the next reconnect try is due, while the session waits for one."""
        return self._retry_due

    @property
    def stale(self) -> bool:
        """True while the watchdog wants the open socket dropped (see ``stale_after``)."""
        return self._socket.dropped is DisconnectReason.STALE

    @property
    def stale_detail(self) -> str:
        """What the watchdog saw when it last found a socket stale ("" if never)."""
        return self._socket.detail

    @property
    def over(self) -> bool:
        """True once the session has ended (``DisconnectEvent`` given)."""
        return self._lifecycle.over

    @property
    def duplicates_dropped(self) -> int:
        """Messages not delivered because their msg_id already was."""
        return self._delivered.dropped if self._delivered is not None else 0

    @property
    def heartbeat_interval(self) -> float:
        """Seconds between heartbeats on the current socket."""
        return self._interval

    def checkpoint(self) -> ResumeState:
        """The resume point now: cursor, internal_ext and the dedup window's msg_ids."""
        seen = self._delivered
        return ResumeState(self.cursor, self.internal_ext, seen.export() if seen else ())

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
        return handshake.websocket_url(
            first.push_server,
            first.route_params,
            room_id=self.room_id,
            cursor=self.cursor,
            internal_ext=self.internal_ext,
        )

    # ---- inputs ------------------------------------------------------------------

    def start(self) -> None:
        """Mark the session as connecting (the adapter is fetching or dialling)."""
        self._check_open()
        self._lifecycle.fire("start")
        self._socket.fire("dial")

    def receive_first_payload(self, data: bytes) -> None:
        """Take the sign server's first FetchResult (bare protobuf, not a PushFrame).

        Gives ``ConnectEvent`` (once per session) and the payload's messages.
        Bytes that do not parse, or no bytes at all (the sign server's answer
        when TikTok blocked it), give a ``FrameErrorEvent`` and change nothing.
        Taken again before a reconnect, it refreshes the push_server and route
        params but keeps the resume point; its repeated messages are dropped.
        """
        self._check_open()
        if not data:
            self._frame_error(
                FrameDecodeError("empty first payload (the sign server was blocked)", b"")
            )
            return
        try:
            result = frames.decode_fetch_result(data, self._max_messages)
        except FrameDecodeError as exc:
            self._frame_error(exc)
            return
        self.first_payload = result
        if not self.room_id:
            self.room_id = _room_id(result.route_params.get("room_id", ""))
        # A fresh payload for a reconnect: its URL and route params are new,
        # but resuming needs the cursor the last socket reached, not its own.
        self._take_result(result, resume=True)

    def socket_opened(self, now: float, handshake_options: str | None = None) -> None:
        """The WebSocket is open. Queues enter-room and schedules heartbeats.

        ``handshake_options`` is the handshake response's ``Handshake-Options``
        header; its ``ping-interval`` (clamped to [MIN_PING_INTERVAL,
        MAX_PING_INTERVAL]) sets the heartbeat interval, else the default does.
        Heartbeat sequence ids start again at 1; the first heartbeat goes out
        at a random point of the first interval (drawn from ``rng``), so that
        sockets opened together do not all beat together. After a
        ``ReconnectingEvent`` it gives ``ReconnectedEvent``.
        """
        self._check_open()
        _finite(now)
        self._lifecycle.fire("start")
        if self._retry_due is not None:
            self.reconnects += 1
            self._events.append(ReconnectedEvent(self._attempt, self.cursor))
        self._retry_due = None
        self._socket.fire("open")
        self._opened = True
        self._last_rx = now
        self._rx_unseen = False
        self._interval = handshake.heartbeat_interval(handshake_options, self._default_interval)
        self._heartbeat_seq = 0
        if self._lifecycle.wants_close:
            self._socket.fire("close")
            return
        enter_id = self._rng.randint(1, _MAX_INT64)
        self._outbound.append(frames.encode_enter_room(self.room_id, enter_id))
        # A phase in (0, interval]: 1 - random() is never 0.
        self._heartbeat_due = now + self._interval * (1.0 - self._rng.random())
        stale = self.stale_window
        self._stale_due = self._stale_deadline(now) if stale else None

    @property
    def stale_window(self) -> float:
        """Seconds of silence after which the open socket is stale (0: never)."""
        if self._stale_after is not None:
            return self._stale_after
        return DEFAULT_STALE_HEARTBEATS * self._interval

    def receive_data(self, data: bytes, now: float | None = None) -> None:
        """Take one binary WebSocket message as received.

        ``now`` feeds the watchdog; without it, arrival is noted at the next
        :meth:`handle_timeout` (so staleness is seen up to one window late).
        """
        self._check_open()
        self.frames_received += 1
        if now is None:
            self._rx_unseen = True
        else:
            self._last_rx = now
        try:
            frame = frames.decode_push_frame(data)
            if frame.payload_type != PayloadType.MSG:
                log.debug("transport-only frame: payload_type %r", frame.payload_type)
                return  # hb, im_enter_room_resp, anything else: no events
            payload = frames.frame_payload(frame, self._max_decompressed)
            result = frames.decode_fetch_result(payload, self._max_messages)
        except FrameDecodeError as exc:
            exc.raw = bytes(data)  # the whole message, not the inner part that failed
            self._frame_error(exc)
            return
        self._attempt = 0  # a socket that delivers: the next loss starts counting again
        self._lost_at = None
        if result.need_ack and not self._lifecycle.wants_close:
            ext = result.internal_ext  # echoed byte for byte (bytes if not UTF-8)
            self._outbound.append(frames.encode_ack(frame.log_id, ext))
            self.acks_sent += 1
        self._take_result(result)

    def handle_timeout(self, now: float) -> None:
        """Do what is due at ``now``: the heartbeat, the watchdog's check, the
        reconnect try (``wants_reconnect``)."""
        _finite(now)
        if self._lifecycle.over:
            return
        if (
            self._socket.phase == lifecycle.WAITING
            and self._retry_due is not None
            and now >= self._retry_due
        ):
            self._socket.fire("dial")
        if self._stale_due is not None and now >= self._stale_due:
            self._watchdog(now)
        due = self._heartbeat_due
        if due is None or now < due:
            return
        self._heartbeat_seq += 1
        self._outbound.append(frames.encode_heartbeat(self.room_id, self._heartbeat_seq))
        self.heartbeats_sent += 1
        due += self._interval
        # After a long stall send one heartbeat, not a burst to catch up.
        self._heartbeat_due = due if due > now else now + self._interval

    def hold_reading(self) -> None:
        """The driver stops reading the socket for a while (its consumer is
        slow: backpressure). Until :meth:`resume_reading`, the watchdog does
        not count the silence: frames may be waiting unread, not missing."""
        self._held = True

    def resume_reading(self, now: float) -> None:
        """The driver reads again: the watchdog's window starts from ``now``."""
        _finite(now)
        self._held = False
        if now > self._last_rx:
            self._last_rx = now

    def close(self) -> None:
        """Ask for the session to end. The adapter closes the transport, then
        reports it with :meth:`connection_lost`, which gives ``DisconnectEvent``;
        while waiting to reconnect (no socket) the session ends at once.
        Idempotent; a no-op once the session is over."""
        self._request_close(DisconnectReason.CLOSED_BY_CLIENT)
        if not self._lifecycle.over and self._retry_due is not None:  # no socket to close
            self._finish(None, "closed while waiting to reconnect")

    def connection_lost(
        self,
        code: int | None = None,
        detail: str = "",
        *,
        reason: DisconnectReason | None = None,
        now: float | None = None,
        error: BaseException | None = None,
        retry_after: float | None = None,
        give_up: bool = False,
    ) -> None:
        """The transport is gone (or a try to open one failed).

        ``code`` is the WebSocket close code, None when the connection broke
        without one (or never opened); ``reason`` lets the driver say why when
        it knows better (``CONNECT_FAILED``, a replay's ``END_OF_RECORDING``).
        The reason is decided by :func:`livecore.lifecycle.end_reason`: the end
        of the stream or a requested close outrank what the transport says, and
        a socket the watchdog dropped is ``STALE``.

        With ``now`` and a reconnect policy that allows another try (a socket
        opened before in this session, the stream did not end, the user did not
        close it), this gives ``ReconnectingEvent`` and sets :attr:`reconnect_at`;
        otherwise it gives the session's one ``DisconnectEvent``.

        ``error`` is the exception that failed the try, if any: a
        :class:`~livecore.errors.ProviderError` says whether another try can
        help (``retryable``) and how long to wait first (``retry_after``).
        ``retry_after`` and ``give_up`` say the same directly: the next try
        waits at least ``retry_after`` seconds (and is not made when that would
        start it past the policy's ``max_elapsed``); ``give_up`` ends the
        session. A no-op once the session is over.
        """
        if self._lifecycle.over:
            return
        if isinstance(error, ProviderError):
            give_up = give_up or not error.retryable
            hint = error.retry_after  # a hint from elsewhere: used only when sensible
            if retry_after is None and isinstance(hint, int | float) and 0 < hint < math.inf:
                retry_after = float(hint)
        if retry_after is not None and not (0 <= retry_after < math.inf):
            raise ValueError(f"retry_after must be a finite number of seconds, not {retry_after!r}")
        self._heartbeat_due = None
        self._stale_due = None
        why, detail = lifecycle.end_reason(self._lifecycle, self._socket, code, reason, detail)
        if (
            now is not None
            and not give_up
            and self._may_retry(why, code, _finite(now), retry_after)
        ):
            self._attempt += 1
            delay = self._reconnect.delay(self._attempt, self._rng)
            if retry_after is not None:
                delay = max(delay, retry_after)
            self._retry_due = now + delay
            self._socket.fire("lose")
            self._events.append(ReconnectingEvent(self._attempt, delay, why, code, detail))
            return
        if self._attempt:
            tries = "try" if self._attempt == 1 else "tries"
            note = f"gave up after {self._attempt} reconnect {tries}"
            detail = f"{detail}; {note}" if detail else note
        self._finish(code, detail, why)

    def _may_retry(
        self, why: DisconnectReason, code: int | None, now: float, retry_after: float | None
    ) -> bool:
        if why not in lifecycle.RETRYABLE or self._lifecycle.close_reason is not None:
            return False
        if not self._opened or self._lifecycle.state == lifecycle.ENDED:
            return False  # no socket ever opened (fail fast: say why now), or the stream is over
        if code is not None and code in self._reconnect.give_up_codes:
            return False
        if self._lost_at is None:
            self._lost_at = now
        wait = retry_after or 0.0
        return self._reconnect.allows(self._attempt + 1, now + wait - self._lost_at)

    def _finish(self, code: int | None, detail: str, why: DisconnectReason | None = None) -> None:
        """Give the session's DisconnectEvent."""
        if why is None:
            why, detail = lifecycle.end_reason(self._lifecycle, self._socket, code, None, detail)
        if self._early_dropped:
            extra = f"{self._early_dropped} more undecodable frames were not kept"
            detail = f"{detail}; {extra}" if detail else extra
        self._heartbeat_due = None
        self._stale_due = None
        self._retry_due = None
        self._socket.fire("end")
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

    @property
    def has_data_to_send(self) -> bool:
        """True when :meth:`data_to_send` would return something (cheap)."""
        return bool(self._outbound)

    def next_deadline(self) -> float | None:
        """When :meth:`handle_timeout` next has work, or None."""
        due = self._heartbeat_due
        for other in (self._stale_due, self._retry_due):
            if other is not None and (due is None or other < due):
                due = other
        return due

    # ---- internals ---------------------------------------------------------------

    def _check_open(self) -> None:
        if self._lifecycle.over:
            raise LocalProtocolError(f"the session is over (state {self.state!r})")

    def _request_close(self, reason: DisconnectReason) -> None:
        if self._lifecycle.over:
            return
        self._lifecycle.request_close(reason)
        self._socket.fire("close")
        self._heartbeat_due = None
        self._stale_due = None

    def _stale_deadline(self, since: float) -> float:
        """When to look for staleness if nothing arrives after ``since``.

        With a window of at least one heartbeat interval, the look rides on
        the first heartbeat due after the window: one wake-up per interval,
        not two, for an idle socket (at a cost of up to one interval in
        noticing). A shorter window gets its own deadline.
        """
        due = since + self.stale_window
        beat = self._heartbeat_due
        if beat is not None and due > beat and self.stale_window >= self._interval:
            due = beat + math.ceil((due - beat) / self._interval) * self._interval
        return due

    def _watchdog(self, now: float) -> None:
        """The stale check: silent for the whole window means a dead socket."""
        if self._rx_unseen:  # frames came without times: count them as now
            self._rx_unseen = False
            self._last_rx = now
        window = self.stale_window
        if not window or self._socket.phase != lifecycle.OPEN:
            self._stale_due = None
            return
        if self._held:  # nobody reads: nothing to judge; look again a window later
            self._stale_due = self._stale_deadline(now)
            return
        if now - self._last_rx < window:
            self._stale_due = self._stale_deadline(self._last_rx)
            return
        self._stale_due = None
        self._heartbeat_due = None
        self._socket.drop(DisconnectReason.STALE, f"nothing received for {now - self._last_rx:g} s")
        log.info("stale socket: %s", self._socket.detail)

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

    def _take_result(self, result: FetchResult, resume: bool = False) -> None:
        # Resuming with a cursor in hand keeps the point the last socket
        # reached (the server replays from it); otherwise the result's is taken.
        if not (resume and self.cursor):
            if result.cursor:
                self.cursor = text(result.cursor)
            if result.internal_ext:
                self.internal_ext = text(result.internal_ext)
        out = self._events
        # Only the session's first payload moves the machine; later frames skip it.
        if self._lifecycle.awaiting_connect and self._lifecycle.fire("connect"):
            out.append(ConnectEvent(self._unique_id, self.room_id))
            out.extend(self._early)
            self._early.clear()
            self._early_bytes = 0
        messages = result.messages
        self.messages_received += len(messages)
        seen = self._delivered
        if seen is None and self._dedup_window and messages:
            seen = self._delivered = DedupWindow(self._dedup_window)
        controls = decode_messages(messages, out, self._validate, seen)
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
        out.insert(at, announce.derived_from(control))
        if self._lifecycle.wants_close:  # the stream is over: say nothing more
            # The close is already requested (its first reason stays): this closes the socket.
            self._request_close(DisconnectReason.LIVE_ENDED)
        return 1
