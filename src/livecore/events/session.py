"""The session's own events: it connected, lost a socket, found one, ended."""

from __future__ import annotations

import enum

from livecore.events.base import Event

__all__ = [
    "ConnectEvent",
    "DisconnectEvent",
    "DisconnectReason",
    "ReconnectedEvent",
    "ReconnectingEvent",
]


class ConnectEvent(Event):
    """The session's first payload is in hand; first event of a session, at most once."""

    __slots__ = ("room_id", "unique_id")
    json_fields = ("unique_id", "room_id")

    def __init__(self, unique_id: str, room_id: int) -> None:
        self.unique_id = unique_id
        self.room_id = room_id


class DisconnectReason(enum.Enum):
    """Why a session ended (``DisconnectEvent.reason``)."""

    CLOSED_BY_CLIENT = "closed_by_client"
    """``Connection.close()`` was called: the user (or a cancellation) ended it."""
    CLOSED_BY_SERVER = "closed_by_server"
    """The server closed the WebSocket with a close code (``DisconnectEvent.code``)."""
    TRANSPORT_ERROR = "transport_error"
    """The connection broke without a close frame (reset, 1006, I/O error)."""
    LIVE_ENDED = "live_ended"
    """A ``LiveEndEvent`` ended the stream and the transport was closed after it."""
    END_OF_RECORDING = "end_of_recording"
    """A replayed recording ran out of frames (or turned out to be corrupt)."""
    CONNECT_FAILED = "connect_failed"
    """No socket could be opened: the first payload could not be had, or the
    WebSocket handshake failed or was refused (``detail`` says which)."""
    PROTOCOL_ERROR = "protocol_error"
    """livecore gave up on the server: too many undecodable frames before the
    first payload (see ``Connection``; the frames are in ``FrameErrorEvent`` s),
    or a message over the adapter's size limit (close code 1009)."""
    STALE = "stale"
    """Nothing arrived for ``stale_after`` seconds while the socket was open
    (the watchdog), and reconnecting was off or gave up."""


class DisconnectEvent(Event):
    """The session is over; exactly once per session, always the last event."""

    __slots__ = ("code", "detail", "reason")
    json_fields = ("reason", "code", "detail")

    def __init__(self, reason: DisconnectReason, code: int | None = None, detail: str = "") -> None:
        self.reason = reason
        self.code = code
        self.detail = detail


class ReconnectingEvent(Event):
    """The socket was lost and the session will try again in ``delay`` seconds.

    ``attempt`` counts the tries since the last socket that delivered a frame
    (1, 2, ...); ``reason``, ``code`` and ``detail`` say why the socket went,
    as ``DisconnectEvent`` would have. The session is not over: the next
    socket resumes from the last cursor, and messages already delivered are
    not delivered again.
    """

    __slots__ = ("attempt", "code", "delay", "detail", "reason")
    json_fields = ("attempt", "delay", "reason", "code", "detail")

    def __init__(
        self,
        attempt: int,
        delay: float,
        reason: DisconnectReason,
        code: int | None = None,
        detail: str = "",
    ) -> None:
        self.attempt = attempt
        self.delay = delay
        self.reason = reason
        self.code = code
        self.detail = detail


class ReconnectedEvent(Event):
    """A new socket is open after a ``ReconnectingEvent``; the stream resumes
    from ``cursor`` (empty when the server never gave one)."""

    __slots__ = ("attempt", "cursor")
    json_fields = ("attempt", "cursor")

    def __init__(self, attempt: int, cursor: str) -> None:
        self.attempt = attempt
        self.cursor = cursor
