"""The dedup window: the msg_ids delivered lately, to drop a message that comes again.

The server replays history after a resume (``is_history``), and a refreshed
first payload repeats recent messages: each may carry a msg_id already
delivered. The window is bounded (``size`` ids, the oldest forgotten first),
so memory stays flat on a stream of any length; a repeat older than the
window is delivered again. msg_id 0 (absent) is never a repeat and never
remembered.

The rule is written here once; the connection's decoding, a resume state
(:meth:`DedupWindow.export`, :meth:`DedupWindow.restore`) and the fleet's
ledger all go through it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Final

__all__ = ["DEFAULT_DEDUP_WINDOW", "DedupWindow"]

DEFAULT_DEDUP_WINDOW: Final = 10_000
"""msg_ids a connection remembers by default: a few minutes of a busy LIVE."""


class DedupWindow:
    """The newest ``size`` msg_ids seen, with how many repeats were dropped."""

    __slots__ = ("_ids", "_order", "dropped", "size")

    def __init__(self, size: int = DEFAULT_DEDUP_WINDOW) -> None:
        if size < 1:
            raise ValueError("the window must hold at least one msg_id")
        self.size = size
        self._ids: set[int] = set()
        self._order: deque[int] = deque()
        #: Messages :meth:`admit` dropped as repeats so far.
        self.dropped = 0

    def __contains__(self, msg_id: int) -> bool:
        return msg_id in self._ids

    def __len__(self) -> int:
        return len(self._order)

    def add(self, msg_id: int) -> bool:
        """Remember ``msg_id``; False when it is 0 or already held (nothing changes then)."""
        if not msg_id or msg_id in self._ids:
            return False
        self._ids.add(msg_id)
        order = self._order
        order.append(msg_id)
        if len(order) > self.size:
            self._ids.discard(order.popleft())
        return True

    def admit(self, msg_id: int) -> bool:
        """Whether a message with ``msg_id`` is delivered: True (and remembered)
        unless it is a repeat, which is counted in :attr:`dropped`. 0 is always admitted."""
        if msg_id in self._ids:
            self.dropped += 1
            return False
        self.add(msg_id)
        return True

    def export(self) -> tuple[int, ...]:
        """The msg_ids held, oldest first: a resume state's share."""
        return tuple(self._order)

    @classmethod
    def restore(cls, ids: Iterable[int], size: int = DEFAULT_DEDUP_WINDOW) -> DedupWindow:
        """A window holding ``ids`` (oldest first; the newest ``size`` kept; 0 and
        repeats skipped), as a resumed session starts with."""
        window = cls(size)
        for msg_id in ids:
            window.add(msg_id)
        return window
