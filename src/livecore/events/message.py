"""Events that come from a Webcast Message: the raw envelope, and the lazy base
of the decoded ones.

A decoded event carries every field of its message under the schema's name
(the generated ``<Message>Fields`` of :mod:`livecore.webcast`, mixed in), read
from the payload parsed on first use. Where an older convenience of livecore's
has the name of a schema field (``JoinEvent.user_id``, ``GiftEvent.repeat_end``,
``MessageEvent.room_id``), the convenience keeps its meaning and
``event.fields`` reads the message as the schema has it.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Final, Generic, TypeVar

from google.protobuf.message import DecodeError as _PbDecodeError
from google.protobuf.message import Message as _PbMessage

from livecore import webcast
from livecore.errors import MessageDecodeError
from livecore.events.base import Event
from livecore.proto import pb
from livecore.views import TYPES, Fields, View, text

__all__ = [
    "GiftInfo",
    "MessageEvent",
    "UnknownEvent",
    "User",
    "UserMessageEvent",
    "WebsocketResponseEvent",
]

#: A TikTok user as a message names them: every field of the schema's
#: ``User``, and conveniences (``unique_id``, roles and standing; see
#: :mod:`livecore.users`).
User = webcast.User
#: The gift a ``GiftEvent`` is about: the schema's ``Gift`` (``id``,
#: ``name``, ``diamond_count``, ``type``, images...). The name of livecore
#: 0.1's smaller class, kept.
GiftInfo = webcast.Gift


class WebsocketResponseEvent(Event):
    """One per decoded Message, whatever its method: the raw envelope and payload.

    ``method`` and ``msg_id`` are plain attributes, taken when the event is
    made; the other fields are read from the decoded frame on demand, so
    keeping one keeps that frame's decoded FetchResult in memory. The message
    events (CommentEvent, ...) copy what they need and keep nothing else.
    """

    __slots__ = ("_message", "method", "msg_id")
    method: str
    msg_id: int  # a plain attribute here, not Event's property

    def __init__(self, message: pb.Message, method: str, msg_id: int) -> None:
        # The decoder passes the method (as text) and msg_id it has already read.
        self._message = message
        self.method = method
        self.msg_id = msg_id

    @property
    def payload(self) -> bytes:
        return self._message.payload

    @property
    def msg_type(self) -> int:
        return self._message.msg_type

    @property
    def offset(self) -> int:
        return self._message.offset

    @property
    def is_history(self) -> bool:
        return self._message.is_history


class UnknownEvent(WebsocketResponseEvent):
    """A Message whose method livecore has no event for; ``payload`` is left raw."""

    __slots__ = ()
    json_fields = ("method",)


_P = TypeVar("_P", bound=_PbMessage)


#: Field names that hold a credential: left out of an event's default JSON.
_CREDENTIAL: Final = re.compile(r"sign|token|secret|access_key|password|cookie")


class MessageEvent(Event, Generic[_P]):
    """Base of the events decoded from a Message's payload; the payload parses lazily.

    ``method``, ``msg_id`` and ``raw`` (the payload bytes) are plain
    attributes, copied from the frame; everything else is read from the
    payload, parsed on first use.
    """

    __slots__ = ("_parsed", "method", "msg_id", "raw")
    #: The protobuf class the payload parses into (its name is the method's):
    #: for tools that build or inspect payloads by event class.
    protobuf_type: ClassVar[type[_PbMessage]]
    #: The view of the whole message (``event.fields``).
    _view: ClassVar[type[View]]
    msg_id: int  # a plain attribute here, not Event's property

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        schema = cls.__dict__.get("protobuf_type")
        if schema is None:
            return
        cls._view = TYPES[schema.DESCRIPTOR.name]
        if "json_fields" not in cls.__dict__ and issubclass(cls, Fields):
            # Without a hand-picked list, JSON holds the message's plain top-level
            # fields, but never one named as to_dict()'s own keys (CapsuleEvent's
            # `type` would put a number where the class name goes).
            # Nor credentials TikTok's messages carry for its own apps (a
            # co-host call's RTC sign and access key): JSON lines get shared.
            user = ("user_id", "unique_id") if "user" in schema.DESCRIPTOR.fields_by_name else ()
            own = ("type", "msg_id")
            cls.json_fields = (
                *user,
                *(f for f in cls.scalar_fields if f not in own and not _CREDENTIAL.search(f)),
            )

    def __init__(self, method: str, msg_id: int, raw: bytes) -> None:
        self.method = method
        self.msg_id = msg_id
        self.raw = raw
        self._parsed: _P | None = None

    @classmethod
    def derived_from(cls, base: MessageEvent[Any]) -> Any:
        """A custom event over the same message (and parse) as ``base``."""
        event = cls(base.method, base.msg_id, base.raw)
        event._parsed = base._parsed
        return event

    @property
    def _pb(self) -> _P:
        parsed = self._parsed
        if parsed is None:
            parsed = self.decode()
        return parsed

    def decode(self) -> _P:
        """Parse the payload now; raise MessageDecodeError if it is malformed."""
        try:
            parsed: Any = self.protobuf_type.FromString(self.raw)
        except _PbDecodeError as exc:
            raise self.decode_error(exc) from None
        self._parsed = parsed
        return parsed  # type: ignore[no-any-return]

    def decode_error(self, exc: Exception) -> MessageDecodeError:
        """The typed error for this payload, which protobuf refused with ``exc``."""
        return MessageDecodeError(
            f"malformed {self.method} payload: {exc}", self.raw, self.method, self.msg_id
        )

    @property
    def fields(self) -> View:
        """The whole message as the schema has it: every field under its own name,
        conveniences aside (see the module docstring)."""
        return self._view(self._pb)

    @property
    def room_id(self) -> int:
        return self._pb.common.room_id  # type: ignore[attr-defined, no-any-return]

    @property
    def create_time(self) -> int:
        """When TikTok created the message, in ms since the epoch."""
        return self._pb.common.create_time  # type: ignore[attr-defined, no-any-return]

    @property
    def display_key(self) -> str:
        """``Common.display_text.key``: the template key that tells sub-kinds apart."""
        return text(self._pb.common.display_text.key)  # type: ignore[attr-defined]


class UserMessageEvent(MessageEvent[_P]):
    """A message event whose message names a user (its ``user`` field): adds the
    user's id and @handle, the two things handlers read most."""

    __slots__ = ()

    @property
    def user_id(self) -> int:
        """The user's id (``user.id``)."""
        return self._pb.user.id  # type: ignore[attr-defined, no-any-return]

    @property
    def unique_id(self) -> str:
        """The user's @handle, without ``@`` (``user.display_id``)."""
        return text(self._pb.user.display_id)  # type: ignore[attr-defined]
