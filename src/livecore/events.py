"""The events a session produces, and their hierarchy.

Names follow TikTokLive so that users can move over. Every event is a plain
object with ``__slots__``, immutable by convention.

Message events are lazy: they copy the method, msg_id and payload bytes of
the Message they came from and parse the payload the first time a field is
read (the custom-event rules peek at Social, Control, Barrage and Envelope
payloads, so those arrive parsed). A payload that turns out to be malformed when a field is read
raises :class:`~livecore.errors.MessageDecodeError`, which carries the method
and the raw bytes; pass ``validate=True`` to the connection to have such
messages reported as :class:`MessageErrorEvent` up front instead.

Hierarchy::

    Event
    ├── ConnectEvent, DisconnectEvent, ReconnectingEvent, ReconnectedEvent
    ├── DecodeErrorEvent ─ FrameErrorEvent, MessageErrorEvent
    ├── WebsocketResponseEvent ─ UnknownEvent
    └── MessageEvent
        ├── CommentEvent, LikeEvent, JoinEvent, GiftEvent, RoomUserSeqEvent
        ├── SocialEvent ─ FollowEvent, ShareEvent
        ├── ControlEvent ─ LivePauseEvent, LiveUnpauseEvent, LiveEndEvent
        ├── BarrageEvent ─ SuperFanEvent, SuperFanJoinEvent
        └── EnvelopeEvent ─ SuperFanBoxEvent
"""

from __future__ import annotations

import base64
import enum
import re
from typing import Any, ClassVar, Final, Generic, TypeVar

from google.protobuf.message import DecodeError as _PbDecodeError
from google.protobuf.message import Message as _PbMessage

from livecore.errors import DecodeError, FrameDecodeError, MessageDecodeError
from livecore.proto import webcast_pb2 as pb
from livecore.protocol import SHARE_USERS_JOINED, text

__all__ = [
    "ABSTRACT_EVENTS",
    "ALWAYS_DELIVERED",
    "BarrageEvent",
    "CommentEvent",
    "ConnectEvent",
    "ControlEvent",
    "DecodeErrorEvent",
    "DisconnectEvent",
    "DisconnectReason",
    "EnvelopeEvent",
    "Event",
    "FollowEvent",
    "FrameErrorEvent",
    "GiftEvent",
    "GiftInfo",
    "JoinEvent",
    "LikeEvent",
    "LiveEndEvent",
    "LivePauseEvent",
    "LiveUnpauseEvent",
    "MessageErrorEvent",
    "MessageEvent",
    "ReconnectedEvent",
    "ReconnectingEvent",
    "RoomUserSeqEvent",
    "ShareEvent",
    "SocialEvent",
    "SuperFanBoxEvent",
    "SuperFanEvent",
    "SuperFanJoinEvent",
    "UnknownEvent",
    "User",
    "WebsocketResponseEvent",
    "emitted_subclasses",
]


class Event:
    """Base class of every event."""

    __slots__ = ()

    #: Attributes that :meth:`to_dict` writes after ``type`` and ``msg_id``.
    json_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def msg_id(self) -> int | None:
        """The Webcast message id, for events that come from a message."""
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``type``, ``msg_id`` and the class's ``json_fields``.

        Never raises: a lazy event whose payload turns out to be malformed
        gives ``error`` (the reason) and ``raw`` (base64) in place of its fields.
        """
        out: dict[str, Any] = {"type": type(self).__name__, "msg_id": self.msg_id}
        try:
            for name in self.json_fields:
                out[name] = _json_value(getattr(self, name))
        except MessageDecodeError as exc:
            out = {"type": out["type"], "msg_id": out["msg_id"], "error": exc.reason}
            out["raw"] = _json_value(exc.raw)
        return out

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items() if k != "type")
        return f"{type(self).__name__}({fields})"


def _json_value(value: object) -> object:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, enum.Enum):
        return value.value
    return value


# ---- session events ------------------------------------------------------------


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


# ---- errors ------------------------------------------------------------------


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


# ---- shared value objects --------------------------------------------------------


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
    def _from_pb(cls, user: pb.User) -> User:
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


# ---- raw messages ------------------------------------------------------------------


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


# ---- decoded messages ----------------------------------------------------------------

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
    def _derived(cls, base: MessageEvent[Any]) -> Any:
        """A custom event over the same message (and parse) as ``base``."""
        event = cls(base.method, base.msg_id, base.raw)
        event._parsed = base._parsed
        return event

    @property
    def _pb(self) -> _P:
        parsed = self._parsed
        if parsed is None:
            parsed = self._parse()
        return parsed

    def _parse(self) -> _P:
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


class _WithUser(MessageEvent[_P]):
    """A message event that names a user."""

    __slots__ = ()

    @property
    def user(self) -> User:
        return User._from_pb(self._pb.user)  # type: ignore[attr-defined]

    @property
    def user_id(self) -> int:
        return self._pb.user.id  # type: ignore[attr-defined, no-any-return]

    @property
    def unique_id(self) -> str:
        """The user's @handle, without ``@``."""
        return text(self._pb.user.display_id)  # type: ignore[attr-defined]


class CommentEvent(_WithUser[pb.ChatMessage]):
    """A chat comment (``WebcastChatMessage``)."""

    __slots__ = ()
    _schema = pb.ChatMessage
    json_fields = ("content", "user_id", "unique_id")

    @property
    def content(self) -> str:
        return text(self._pb.content)

    comment = content  # TikTokLive's name


class LikeEvent(_WithUser[pb.LikeMessage]):
    """Likes from a viewer (``WebcastLikeMessage``)."""

    __slots__ = ()
    _schema = pb.LikeMessage
    json_fields = ("count", "user_id")

    @property
    def count(self) -> int:
        """Likes in this burst."""
        return self._pb.count

    @property
    def total(self) -> int:
        """The room's like total after this burst."""
        return self._pb.total


class JoinEvent(_WithUser[pb.MemberMessage]):
    """A viewer joined (``WebcastMemberMessage``)."""

    __slots__ = ()
    _schema = pb.MemberMessage
    json_fields = ("user_id",)

    @property
    def member_count(self) -> int:
        return self._pb.member_count

    @property
    def action(self) -> int:
        return self._pb.action


class GiftEvent(_WithUser[pb.GiftMessage]):
    """A gift (``WebcastGiftMessage``); streakable gifts repeat until ``repeat_end``."""

    __slots__ = ()
    _schema = pb.GiftMessage
    json_fields = ("gift_id", "repeat_count", "user_id")

    @property
    def gift_id(self) -> int:
        return self._pb.gift_id

    @property
    def repeat_count(self) -> int:
        return self._pb.repeat_count

    @property
    def repeat_end(self) -> bool:
        """True on the last message of a streak."""
        return self._pb.repeat_end == 1

    @property
    def gift(self) -> GiftInfo:
        g = self._pb.gift
        return GiftInfo(g.id, text(g.name), g.diamond_count)


class RoomUserSeqEvent(MessageEvent[pb.RoomUserSeqMessage]):
    """Viewer counts (``WebcastRoomUserSeqMessage``)."""

    __slots__ = ()
    _schema = pb.RoomUserSeqMessage

    @property
    def total(self) -> int:
        """Viewers in the room now."""
        return self._pb.total

    @property
    def total_user(self) -> int:
        """Viewers since the stream started."""
        return self._pb.total_user


class SocialEvent(_WithUser[pb.SocialMessage]):
    """A follow or share (``WebcastSocialMessage``); see FollowEvent and ShareEvent."""

    __slots__ = ()
    _schema = pb.SocialMessage
    json_fields: ClassVar[tuple[str, ...]] = ("user_id",)

    @property
    def share_type(self) -> int:
        return self._pb.share_type

    @property
    def action(self) -> int:
        return self._pb.action

    @property
    def follow_count(self) -> int:
        return self._pb.follow_count

    @property
    def share_count(self) -> int:
        return self._pb.share_count


class FollowEvent(SocialEvent):
    """A viewer followed the streamer: display key contains ``follow``."""

    __slots__ = ()


# At most 18 digits: always an int64, never a huge int() conversion.
_USERS_JOINED: Final = re.compile(
    re.escape(SHARE_USERS_JOINED).replace(re.escape("{n}"), r"(\d{1,18})"), re.IGNORECASE
)


class ShareEvent(SocialEvent):
    """A viewer shared the stream: display key contains ``share``."""

    __slots__ = ()
    json_fields = ("user_id", "users_joined")

    @property
    def users_joined(self) -> int | None:
        """N from a ``pm_mt_guidance_viewer_N_share`` key, else None."""
        match = _USERS_JOINED.search(self.display_key)
        return int(match.group(1)) if match else None


class ControlEvent(MessageEvent[pb.ControlMessage]):
    """A stream control action (``WebcastControlMessage``).

    Actions 1, 2, 3 and 4 also drive the lifecycle; see docs/lifecycle.md.
    """

    __slots__ = ()
    _schema = pb.ControlMessage
    json_fields = ("action",)

    @property
    def action(self) -> int:
        return self._pb.action

    @property
    def tips(self) -> str:
        return text(self._pb.tips)


class LivePauseEvent(ControlEvent):
    """The streamer paused the stream (action 1, while live)."""

    __slots__ = ()


class LiveUnpauseEvent(ControlEvent):
    """The streamer resumed a paused stream (action 2, while paused)."""

    __slots__ = ()


class LiveEndEvent(ControlEvent):
    """The stream is over (action 3: the streamer ended it; 4: the platform did)."""

    __slots__ = ()


class BarrageEvent(MessageEvent[pb.BarrageMessage]):
    """A room banner (``WebcastBarrageMessage``); super-fan banners are subclasses."""

    __slots__ = ()
    _schema = pb.BarrageMessage

    @property
    def content_key(self) -> str:
        return text(self._pb.content.key)

    @property
    def common_barrage_key(self) -> str:
        return text(self._pb.common_barrage_content.key)

    @property
    def user(self) -> User:
        return User._from_pb(self._pb.user)

    @property
    def user_id(self) -> int:
        return self._pb.user.id


class SuperFanEvent(BarrageEvent):
    """A super-fan banner (a key contains ``ttlive_superfan``)."""

    __slots__ = ()
    json_fields = ("user_id",)


class SuperFanJoinEvent(BarrageEvent):
    """A viewer became a super fan (``ttlive_superfan_commentnotif_superfanjoined``)."""

    __slots__ = ()
    json_fields = ("user_id",)


class EnvelopeEvent(MessageEvent[pb.EnvelopeMessage]):
    """A treasure box (``WebcastEnvelopeMessage``)."""

    __slots__ = ()
    _schema = pb.EnvelopeMessage

    @property
    def envelope_id(self) -> str:
        return text(self._pb.envelope_info.envelope_id)

    @property
    def business_type(self) -> int:
        return self._pb.envelope_info.business_type

    @property
    def diamond_count(self) -> int:
        return self._pb.envelope_info.diamond_count

    @property
    def people_count(self) -> int:
        return self._pb.envelope_info.people_count


class SuperFanBoxEvent(EnvelopeEvent):
    """A super-fan box: key contains ``ttlive_superfanbox`` or business_type is 19."""

    __slots__ = ()


# ---- categories ----------------------------------------------------------------------

#: Events a consumer must see to know where the stream stands: a driver that
#: sheds load under pressure (the Trio client's ``overflow="drop"``) never
#: drops these, only message events.
ALWAYS_DELIVERED: Final[tuple[type[Event], ...]] = (
    ConnectEvent,
    DisconnectEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    DecodeErrorEvent,
    ReconnectingEvent,
    ReconnectedEvent,
)

#: Base classes never emitted as themselves: a handler that matches exact
#: classes would never see one (register for their subclasses instead).
ABSTRACT_EVENTS: Final[frozenset[type[Event]]] = frozenset({DecodeErrorEvent, MessageEvent})


def emitted_subclasses(base: type[Event]) -> list[type[Event]]:
    """The public event classes under ``base`` that are emitted as themselves."""
    found: list[type[Event]] = []
    for sub in base.__subclasses__():
        if not sub.__name__.startswith("_") and sub not in ABSTRACT_EVENTS:
            found.append(sub)
        found.extend(emitted_subclasses(sub))
    return found
