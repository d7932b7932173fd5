"""One room's events on their way to the stream, and the checkpoint that is safe.

A checkpoint is where the next owner of the room resumes: every message
before its cursor must already be in the stream, and every msg_id in its
window too (the resumed session drops those). The connection's own resume
point runs ahead of that: it moves when a frame arrives, before its events
are published. So the ledger keeps its own, from what the driver tells it:

- :meth:`RoomLedger.take` for every event, in order, with the connection's
  frame count, cursor and internal_ext at that moment (a driver delivers a
  frame's events before it reads the next frame, so the state it sees with
  an event is the state after that event's frame);
- :meth:`RoomLedger.acked` when the stream has stored the oldest events.

A frame's cursor becomes safe once every event up to the *next* frame's
first event is stored: the checkpoint trails the stream by at most one
frame, which the next owner receives again and the stream drops by
``Nats-Msg-Id``. Nothing here ever makes a checkpoint ahead of the stream.
"""

from __future__ import annotations

from collections import deque
from typing import Final

from livecore.dedup import DedupWindow
from livecore.events import Event
from livecore.fleet.stream import Outgoing, event_body, nats_msg_id, subject
from livecore.resume import ResumeState

__all__ = ["CHECKPOINT_IDS", "RoomLedger"]

CHECKPOINT_IDS: Final = 1000
"""msg_ids a checkpoint carries by default: enough for what a server replays
after a cursor (the stream's duplicate window catches the rest)."""


class RoomLedger:
    """One session's events of one room, from the handler to the stream.

    :param key: the target's key; :param target: its text (in every body).
    :param session: this session's id (in ``Nats-Msg-Id`` of events with no msg_id).
    :param resume: the checkpoint the session started from.
    :param window: msg_ids a checkpoint carries (the newest).
    """

    __slots__ = (
        "_cursor",
        "_ext",
        "_frame",
        "_marks",
        "_safe",
        "_unsafe_ids",
        "_window",
        "acked_count",
        "key",
        "session",
        "taken",
        "target",
    )

    def __init__(
        self,
        key: str,
        target: str,
        session: str,
        resume: ResumeState | None = None,
        window: int = CHECKPOINT_IDS,
    ) -> None:
        start = resume if resume is not None else ResumeState()
        self.key = key
        self.target = target
        self.session = session
        #: Events taken so far, and the oldest of them the stream has stored.
        self.taken = 0
        self.acked_count = 0
        self._window = DedupWindow.restore(start.msg_ids, max(1, window))
        self._safe = (start.cursor, start.internal_ext)
        self._frame: int | None = None
        self._cursor, self._ext = start.cursor, start.internal_ext
        self._marks: deque[tuple[int, str, str]] = deque()  # (index, cursor, ext)
        self._unsafe_ids: deque[tuple[int, int]] = deque()  # (index, msg_id) not yet safe

    @property
    def pending(self) -> int:
        """Events taken that the stream has not stored yet."""
        return self.taken - self.acked_count

    def take(self, event: Event, frame: int, cursor: str, internal_ext: str) -> Outgoing:
        """Make ``event``'s message; ``frame`` is the connection's frame count now."""
        index = self.taken
        if frame != self._frame:  # the first event of a frame: the one before is whole
            self._marks.append((index, self._cursor, self._ext))
            self._frame, self._cursor, self._ext = frame, cursor, internal_ext
        name = type(event).__name__
        msg_id = event.msg_id or 0
        if msg_id:
            self._unsafe_ids.append((index, msg_id))
        self.taken += 1
        return Outgoing(
            subject(self.key, name),
            nats_msg_id(self.key, event, self.session, index),
            event_body(event, self.target),
            msg_id,
        )

    def acked(self, count: int) -> None:
        """The oldest ``count`` events not yet stored are now in the stream."""
        if not 0 <= count <= self.pending:
            raise ValueError(f"{count} acked, but {self.pending} are pending")
        self.acked_count += count
        done = self.acked_count
        marks, window = self._marks, self._window
        while marks and marks[0][0] <= done:
            index, cursor, ext = marks.popleft()
            self._safe = (cursor, ext)
            unsafe = self._unsafe_ids
            while unsafe and unsafe[0][0] < index:
                window.add(unsafe.popleft()[1])

    def seal(self) -> None:
        """No more events come (the session ended): the last frame is whole, and
        its cursor becomes safe once its events are stored."""
        if self._frame is not None:
            self._marks.append((self.taken, self._cursor, self._ext))
            self._frame = None
        self.acked(0)

    def checkpoint(self) -> ResumeState:
        """The latest resume point whose every message is in the stream."""
        cursor, ext = self._safe
        return ResumeState(cursor, ext, self._window.export())
