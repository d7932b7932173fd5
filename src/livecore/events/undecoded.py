"""Bytes that could not be decoded, as events that keep them (nothing is lost)."""

from __future__ import annotations

from typing import ClassVar

from livecore.errors import DecodeError, FrameDecodeError, MessageDecodeError
from livecore.events.base import Event

__all__ = ["DecodeErrorEvent", "FrameErrorEvent", "MessageErrorEvent"]


class DecodeErrorEvent(Event):
    """Bytes that could not be decoded; ``raw`` keeps them so nothing is lost."""

    __slots__ = ("error",)
    json_fields: ClassVar[tuple[str, ...]] = ("reason", "raw")

    def __init__(self, error: DecodeError) -> None:
        self.error = error

    @property
    def reason(self) -> str:
        return self.error.reason

    @property
    def raw(self) -> bytes:
        return self.error.raw


class FrameErrorEvent(DecodeErrorEvent):
    """A WebSocket message that is not a valid frame: bad protobuf, bad gzip, too big.

    ``raw`` is the whole WebSocket message as received.
    """

    __slots__ = ()
    error: FrameDecodeError


class MessageErrorEvent(DecodeErrorEvent):
    """A Message whose payload does not parse as its method's type.

    ``raw`` is the payload; ``method`` and ``msg_id`` say which message it was.
    """

    __slots__ = ()
    error: MessageDecodeError
    json_fields = ("method", "reason", "raw")

    @property
    def method(self) -> str:
        return self.error.method

    @property
    def msg_id(self) -> int:
        return self.error.msg_id
