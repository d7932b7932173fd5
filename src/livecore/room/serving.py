"""One client's WebSocket, server side: a :class:`RoomSession`.

Driven like the client's :class:`~livecore.connection.Connection`:
``receive_data`` for what the client sends, ``handle_timeout(now)`` when
``next_deadline()`` passes, ``data_to_send()`` for the frames to push,
``close_code`` once it wants the socket closed. It records what it sent
(frames, msg_ids, which asked for an ack) and what it got (enter-room,
heartbeats, acks), for tests and the soak; the records are bounded, so a
client that floods the room cannot grow them without end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from google.protobuf.message import DecodeError as _PbDecodeError

from livecore import frames
from livecore.errors import FrameDecodeError
from livecore.proto import pb
from livecore.protocol import PayloadType
from livecore.room.faults import Fault
from livecore.room.script import ScriptClose, ScriptFrame, ScriptRate, ScriptWait

if TYPE_CHECKING:
    from livecore.room.log import LogEntry, Room

__all__ = ["Ack", "Heartbeat", "Injected", "RoomSession", "SentFrame"]

_MAX_BURST: Final = 256  # frames pushed by one handle_timeout call at most
_MAX_RECORDED: Final = 100_000  # heartbeats kept per session (acks: this plus 2 per frame)
_MAX_ERRORS_KEPT: Final = 64  # undecodable client frames (and enter-rooms) kept per session
_MAX_ERROR_BYTES: Final = 64 * 1024  # of each kept undecodable frame


@dataclass(frozen=True, slots=True)
class SentFrame:
    """A ``msg`` frame a session pushed."""

    index: int  # its position in the room's log
    log_id: int
    need_ack: bool
    internal_ext: str
    cursor: str
    msg_ids: tuple[int, ...]
    at: float


@dataclass(frozen=True, slots=True)
class Injected:
    """An extra frame a fault made a session push besides the log's: its
    kind, when, its size, and the msg_ids it repeats (``history`` only)."""

    kind: str
    at: float
    size: int
    msg_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """A heartbeat a session received."""

    at: float
    room_id: int
    seq: int


@dataclass(frozen=True, slots=True)
class Ack:
    """An ack a session received: the frame's log_id and the internal_ext it echoed."""

    at: float
    log_id: int
    internal_ext: bytes


class RoomSession:
    """One client's WebSocket, server side. Drive it as the module docstring says."""

    def __init__(
        self, room: Room, now: float, query: dict[str, str], headers: dict[str, str] | None = None
    ) -> None:
        self.room = room
        self.query = query
        #: The handshake's request headers, by lower-case name.
        self.headers = headers or {}
        self.opened_at = now
        self.start = room.position_of(query.get("cursor"))
        self._position = self.start
        self._rate = room.rate_at(self.start)
        self._due: float | None = now
        self._linger_until: float | None = None
        self._outbound: list[bytes] = []

        #: What was sent and received: for tests, the soak and the demo.
        self.sent: list[SentFrame] = []
        self.enter_rooms: list[pb.EnterRoom] = []
        self.heartbeats: list[Heartbeat] = []
        self.acks: list[Ack] = []
        self.client_errors: list[bytes] = []
        #: Client frames received in all (the lists above keep a bounded number).
        self.frames_received = 0
        self._hb_reply = False
        #: Set once the room wants the socket closed: the code and reason to send.
        self.close_code: int | None = None
        self.close_reason = ""
        #: The close code the transport reported, once it is gone (None: no close frame).
        self.closed = False
        self.lost_code: int | None = None
        #: Set once the room wants the TCP connection cut, with no close frame.
        self.drop = False
        #: Set once the session went silent for good (a ``stall``): it pushes
        #: nothing and answers no heartbeat, but keeps reading.
        self.stalled = False
        #: The faults that fired in this session, and the extra frames they pushed.
        self.faults: list[Fault] = []
        self.injected: list[Injected] = []
        self._burst = 0  # frames still to push unpaced
        self._history = room.faults.history if self.start > 0 else 0

    @property
    def finished(self) -> bool:
        """True once every item of the log has been played."""
        return self._position >= len(self.room.log)

    # ---- inputs -----------------------------------------------------------------------

    def receive_data(self, data: bytes, now: float) -> None:
        """One binary WebSocket message from the client.

        What it records is bounded whatever the client sends: heartbeats and
        acks up to what a well-behaved client could send for the whole
        stream, undecodable frames up to a few; a flood is counted in
        ``frames_received`` and otherwise dropped. Heartbeats are answered,
        but at most one answer waits at a time.
        """
        self.frames_received += 1
        try:
            frame = frames.decode_push_frame(data)
            kind = frame.payload_type
            if kind == PayloadType.HEARTBEAT:
                beat = pb.Heartbeat.FromString(frame.payload)
                if len(self.heartbeats) < _MAX_RECORDED:
                    self.heartbeats.append(Heartbeat(now, beat.room_id, beat.send_packet_seq_id))
                self._hb_reply = True
            elif kind == PayloadType.ACK:
                if len(self.acks) < 2 * len(self.room.log) + _MAX_RECORDED:
                    self.acks.append(Ack(now, frame.log_id, bytes(frame.payload)))
            elif kind == PayloadType.ENTER_ROOM:
                if len(self.enter_rooms) < _MAX_ERRORS_KEPT:
                    self.enter_rooms.append(pb.EnterRoom.FromString(frame.payload))
                    # TikTok answers each entry; some clients wait for it (their "entered" event).
                    self._outbound.append(
                        frames.push_frame(PayloadType.ENTER_ROOM_RESP, b"", log_id=frame.log_id)
                    )
            else:
                self._client_error(data)
        except (FrameDecodeError, _PbDecodeError):
            self._client_error(data)

    def _client_error(self, data: bytes) -> None:
        if len(self.client_errors) < _MAX_ERRORS_KEPT:
            self.client_errors.append(bytes(data[:_MAX_ERROR_BYTES]))

    def handle_timeout(self, now: float) -> None:
        """Push what is due at ``now``."""
        if self._done:
            return
        if self._linger_until is not None:
            if now >= self._linger_until:
                self._want_close(1000, "the stream is over")
            return
        if self._history:
            data, ids = self.room.history_frame(self.start, self._history)
            self._history = 0
            self._inject("history", data, now, ids)
            self.room.faults_fired["history"] += 1
        due = self._due
        pushed = 0
        log = self.room.log
        while due is not None and due <= now and pushed < _MAX_BURST:
            if self._position >= len(log):
                self._due = None
                self._linger_until = now + self.room.linger
                return
            entry = log[self._position]
            item = entry.item
            if isinstance(item, ScriptFrame) and self._fire_faults(entry.index, now):
                return  # the frame stays unsent: a client resumes right at it
            self._position += 1
            if isinstance(item, ScriptFrame):
                self._push(entry, self._position - 1, now)
                pushed += 1
                if self._burst:
                    self._burst -= 1
                    if not self._burst:
                        # A burst past _MAX_BURST spans calls: pace from now, not
                        # from when it began, or the frames after it go unpaced too.
                        due = max(due, now)
                else:
                    due += 1.0 / self._rate
            elif isinstance(item, ScriptWait):
                due += item.seconds
            elif isinstance(item, ScriptRate):
                self._rate = item.per_second
            elif isinstance(item, ScriptClose) and self.room.claim_close(self._position - 1):
                self._due = due
                self._want_close(item.code, item.reason)
                return
        self._due = due

    def close(self, code: int, reason: str = "") -> None:
        """Ask for the socket to be closed with ``code`` (the server gives up on a client)."""
        if self.close_code is None and not self.closed and not self.drop:
            self._want_close(code, reason)

    def connection_lost(self, code: int | None = None) -> None:
        """The socket is gone (``code``: the close code, None when it broke).
        One the room dropped had no close frame, whatever the transport says."""
        self.closed = True
        self.lost_code = None if self.drop else code
        self._due = None

    # ---- outputs -------------------------------------------------------------------

    def data_to_send(self) -> list[bytes]:
        """Frames to push now. After a ``stall`` or a ``drop`` only what was
        queued before it (the transport sends those, then stalls or cuts)."""
        out, self._outbound = self._outbound, []
        if self._hb_reply and not (self.stalled or self.drop):
            out.insert(0, frames.push_frame(PayloadType.HEARTBEAT, b""))
        self._hb_reply = False
        return out

    def next_deadline(self) -> float | None:
        if self._done:
            return None
        return self._linger_until if self._linger_until is not None else self._due

    # ---- accounting ------------------------------------------------------------------

    @property
    def msg_ids(self) -> list[int]:
        """The msg_ids this session pushed, in order."""
        return [i for f in self.sent for i in f.msg_ids]

    def unacked(self) -> list[SentFrame]:
        """Frames that asked for an ack and got none (yet)."""
        acked = {(a.log_id, a.internal_ext) for a in self.acks}
        return [
            f for f in self.sent if f.need_ack and (f.log_id, f.internal_ext.encode()) not in acked
        ]

    def unasked_acks(self) -> list[Ack]:
        """Acks for frames that never asked for one (or were never sent)."""
        wanted = {(f.log_id, f.internal_ext.encode()) for f in self.sent if f.need_ack}
        return [a for a in self.acks if (a.log_id, a.internal_ext) not in wanted]

    # ---- internals ---------------------------------------------------------------

    def _push(self, entry: LogEntry, position: int, now: float) -> None:
        self._outbound.append(self.room.encoded_frame(position))
        self.sent.append(
            SentFrame(
                index=entry.index,
                log_id=entry.log_id,
                need_ack=entry.need_ack,
                internal_ext=entry.internal_ext,
                cursor=self.room.cursor_after(position + 1),
                msg_ids=entry.msg_ids,
                at=now,
            )
        )

    def _want_close(self, code: int, reason: str) -> None:
        self.close_code = code
        self.close_reason = reason
        self._due = None

    @property
    def _done(self) -> bool:
        """True once nothing more will be pushed."""
        return self.close_code is not None or self.closed or self.drop or self.stalled

    def _fire_faults(self, index: int, now: float) -> bool:
        """Fire the faults planned before frame ``index`` that have not fired
        in this room yet, in plan order; True when one ended the push."""
        while (fault := self.room.fire_fault(index)) is not None:
            self.faults.append(fault)
            kind = fault.kind
            if fault.cuts:
                self.drop = True
                self._due = None
                return True
            if kind == "close":
                self._want_close(fault.arg or 1011, f"fault: close {fault.arg}")
                return True
            if kind == "stall":
                self.stalled = True
                self._due = None
                return True
            if kind == "burst":
                self._burst = (fault.arg or 1) - 1  # the pacing skipped after all but the last
            else:
                self._inject(kind, self.room.fault_frame(kind, index), now)
        return False

    def _inject(self, kind: str, data: bytes, now: float, msg_ids: tuple[int, ...] = ()) -> None:
        self._outbound.append(data)
        self.injected.append(Injected(kind, now, len(data), msg_ids))
