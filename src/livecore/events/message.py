"""Events that come from a Webcast Message: the raw envelope, and the lazy base
of the decoded ones, with the value objects they share."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from google.protobuf.message import DecodeError as _PbDecodeError
from google.protobuf.message import Message as _PbMessage

from livecore.errors import MessageDecodeError
from livecore.events.base import Event
from livecore.proto import webcast_pb2 as pb
from livecore.protocol import text

__all__ = ["GiftInfo", "MessageEvent", "UnknownEvent", "User", "WebsocketResponseEvent"]


class User:
    """A TikTok user as a message names them.

    ``avatar_urls`` of a user read from a message is built on first use:
    the URLs are the costliest part of a user to decode, and few readers
    want them.
    """

    __slots__ = ("_avatar_urls", "_pb", "id", "nickname", "sec_uid", "unique_id")

    def __init__(
        self,
        id: int,
        unique_id: str,
        nickname: str = "",
        sec_uid: str = "",
        avatar_urls: tuple[str, ...] = (),
    ) -> None:
        self.id = id
        self.unique_id = unique_id  # the @handle, without "@"
        self.nickname = nickname
        self.sec_uid = sec_uid
        self._avatar_urls: tuple[str, ...] | None = avatar_urls
        self._pb: pb.User | None = None

    @classmethod
    def from_pb(cls, user: pb.User) -> User:
        self = cls(user.id, text(user.display_id), text(user.nickname), text(user.sec_uid))
        self._avatar_urls = None
        self._pb = user
        return self

    @property
    def avatar_urls(self) -> tuple[str, ...]:
        urls = self._avatar_urls
        if urls is None:
            assert self._pb is not None
            urls = self._avatar_urls = tuple(text(u) for u in self._pb.avatar_thumb.url_list)
            self._pb = None
        return urls

    def __repr__(self) -> str:
        return f"User(id={self.id}, unique_id={self.unique_id!r}, nickname={self.nickname!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, User):
            return NotImplemented
        return (self.id, self.unique_id, self.nickname, self.sec_uid, self.avatar_urls) == (
            other.id,
            other.unique_id,
            other.nickname,
            other.sec_uid,
            other.avatar_urls,
        )

    def __hash__(self) -> int:
        return hash((self.id, self.unique_id))


class GiftInfo:
    """The gift a GiftEvent is about."""

    __slots__ = ("diamond_count", "id", "name")

    def __init__(self, id: int, name: str, diamond_count: int) -> None:
        self.id = id
        self.name = name
        self.diamond_count = diamond_count

    def __repr__(self) -> str:
        return f"GiftInfo(id={self.id}, name={self.name!r}, diamond_count={self.diamond_count})"


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


class MessageEvent(Event, Generic[_P]):
    """Base of the events decoded from a Message's payload; the payload parses lazily.

    ``method``, ``msg_id`` and ``raw`` (the payload bytes) are plain
    attributes, copied from the frame; everything else is read from the
    payload, parsed on first use.
    """

    __slots__ = ("_parsed", "method", "msg_id", "raw")
    _schema: ClassVar[type[_PbMessage]]
    msg_id: int  # a plain attribute here, not Event's property

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
        parsed: Any = self._schema()
        try:
            parsed.ParseFromString(self.raw)
        except _PbDecodeError as exc:
            raise MessageDecodeError(
                f"malformed {self.method} payload: {exc}", self.raw, self.method, self.msg_id
            ) from None
        self._parsed = parsed
        return parsed  # type: ignore[no-any-return]

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
