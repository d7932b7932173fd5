"""What a message builder gets and gives: one script step, its viewer, the
room's random source and stories; and the method and payload it answers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from google.protobuf.message import Message as _PbMessage

from livecore.proto import pb
from livecore.room.script import whole_number

if TYPE_CHECKING:
    from livecore.room.stories import Stories

__all__ = ["Built", "Step"]

Built: TypeAlias = tuple[str, _PbMessage]
"""A builder's answer: the Message's method, and its payload."""


@dataclass(frozen=True, slots=True)
class Step:
    """One step to build: its keyword and argument, its viewer, and the room's
    random source and running stories (a battle, a poll, a gift streak...).

    Each builder draws from ``rng`` in a fixed order; changing that order
    changes every message after it, so a seed would no longer give the same bytes.
    """

    kind: str
    arg: str
    user: pb.User
    rng: random.Random
    room_id: int
    msg_id: int
    at_ms: int
    stories: Stories

    @property
    def count(self) -> int | None:
        """The step's number (``like 7``), or None to draw one."""
        return int(self.arg) if whole_number(self.arg) else None

    def common(self, method: str, key: str = "") -> pb.CommonMessageData:
        """The payload's ``Common``: agrees with the Message, names a template key if given."""
        return pb.CommonMessageData(
            method=method,
            msg_id=self.msg_id,
            room_id=self.room_id,
            create_time=self.at_ms,
            display_text=pb.Text(key=key, default_pattern="{0:user} ...") if key else None,
        )
