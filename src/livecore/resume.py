"""A session's resume state: where a new connection picks up a room's stream.

A :class:`~livecore.connection.Connection` resumes its own sockets; a
:class:`ResumeState` carries the same point to another process or machine
(a fleet's takeover): the latest cursor and internal_ext the server gave,
and the msg_ids of the dedup window, oldest first, so that what the server
replays after the cursor is not delivered twice. ``Connection.checkpoint()``
takes one; ``Connection(resume=state)`` starts from one. The window's ids
come from :meth:`livecore.dedup.DedupWindow.export` and go back through
:meth:`~livecore.dedup.DedupWindow.restore`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

__all__ = ["MAX_RESUME_IDS", "ResumeState", "ResumeStateError"]

MAX_RESUME_IDS: Final = 100_000
"""The most msg_ids a resume state read from outside may carry (bounds memory)."""
_MAX_TEXT: Final = 64 * 1024  # a cursor or internal_ext longer than this is not one
_MAX_ID: Final = 2**64 - 1


class ResumeStateError(ValueError):
    """A resume state read from outside (a checkpoint store) is malformed."""


@dataclass(frozen=True, slots=True)
class ResumeState:
    """The resume point of a session: cursor, internal_ext, recent msg_ids (oldest first)."""

    cursor: str = ""
    internal_ext: str = ""
    msg_ids: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what a checkpoint store keeps)."""
        return {
            "cursor": self.cursor,
            "internal_ext": self.internal_ext,
            "msg_ids": list(self.msg_ids),
        }

    @classmethod
    def from_dict(cls, data: object) -> ResumeState:
        """The state :meth:`to_dict` wrote; :class:`ResumeStateError` for anything else."""
        if not isinstance(data, dict):
            raise ResumeStateError(f"a resume state is a JSON object, not {type(data).__name__}")
        cursor, ext, ids = (
            data.get("cursor", ""),
            data.get("internal_ext", ""),
            data.get("msg_ids", []),
        )
        for name, value in (("cursor", cursor), ("internal_ext", ext)):
            if not isinstance(value, str) or len(value) > _MAX_TEXT:
                raise ResumeStateError(f"{name} must be a string of at most {_MAX_TEXT} characters")
        if not isinstance(ids, list) or len(ids) > MAX_RESUME_IDS:
            raise ResumeStateError(f"msg_ids must be a list of at most {MAX_RESUME_IDS} ids")
        for msg_id in ids:
            if type(msg_id) is not int or not 0 < msg_id <= _MAX_ID:
                raise ResumeStateError(f"not a msg_id: {msg_id!r}")
        return cls(cursor, ext, tuple(ids))
