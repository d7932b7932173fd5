"""The decoded message events, one class per Webcast method, and the custom
events derived from them (``docs/protocol.md``, custom events)."""

from __future__ import annotations

import re
from typing import ClassVar, Final, TypeVar

from google.protobuf.message import Message as _PbMessage

from livecore.events.message import GiftInfo, MessageEvent, User
from livecore.proto import webcast_pb2 as pb
from livecore.protocol import SHARE_USERS_JOINED, text

__all__ = [
    "BarrageEvent",
    "CommentEvent",
    "ControlEvent",
    "EnvelopeEvent",
    "FollowEvent",
    "GiftEvent",
    "JoinEvent",
    "LikeEvent",
    "LiveEndEvent",
    "LivePauseEvent",
    "LiveUnpauseEvent",
    "RoomUserSeqEvent",
    "ShareEvent",
    "SocialEvent",
    "SuperFanBoxEvent",
    "SuperFanEvent",
    "SuperFanJoinEvent",
]


_P = TypeVar("_P", bound=_PbMessage)


class _WithUser(MessageEvent[_P]):
    """A message event that names a user."""

    __slots__ = ()

    @property
    def user(self) -> User:
        return User.from_pb(self._pb.user)  # type: ignore[attr-defined]

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
        return User.from_pb(self._pb.user)

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
