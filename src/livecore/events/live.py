"""The room: who is here, likes, follows and shares, viewer counts, the stream's
control, and the notices, banners and prompts the room shows.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from livecore import webcast as w
from livecore.events.message import MessageEvent, UserMessageEvent
from livecore.proto import pb
from livecore.protocol import SHARE_USERS_JOINED

__all__ = [
    "AccessControlEvent",
    "AccessRecallEvent",
    "BottomEvent",
    "CapsuleEvent",
    "ControlEvent",
    "FollowEvent",
    "GuideEvent",
    "InRoomBannerEvent",
    "JoinEvent",
    "LikeEvent",
    "LiveEndEvent",
    "LiveGameIntroEvent",
    "LiveIntroEvent",
    "LivePauseEvent",
    "LiveUnpauseEvent",
    "MarqueeAnnouncementEvent",
    "MessageDetectEvent",
    "NoticeEvent",
    "PerceptionEvent",
    "RoomEvent",
    "RoomNotifyEvent",
    "RoomUserSeqEvent",
    "RoomVerifyEvent",
    "ShareEvent",
    "SocialEvent",
    "SystemEvent",
    "ToastEvent",
    "UnauthorizedMemberEvent",
]

# ---- viewers -------------------------------------------------------------------------


class JoinEvent(  # type: ignore[override]  # user_id: the convenience wins (docstring)
    UserMessageEvent[pb.WebcastMemberMessage], w.WebcastMemberMessageFields
):
    """A viewer joined (``WebcastMemberMessage``); ``member_count`` viewers now.

    ``user_id`` is the joining user's id (``user.id``), as the golden vectors
    define it; the schema's own ``user_id`` field reads as ``event.fields.user_id``."""

    __slots__ = ()
    protobuf_type = pb.WebcastMemberMessage
    json_fields = ("user_id",)


class LikeEvent(UserMessageEvent[pb.WebcastLikeMessage], w.WebcastLikeMessageFields):
    """Likes from a viewer (``WebcastLikeMessage``): ``count`` in this burst, ``total``
    for the room after it."""

    __slots__ = ()
    protobuf_type = pb.WebcastLikeMessage
    json_fields = ("count", "user_id")


class SocialEvent(UserMessageEvent[pb.WebcastSocialMessage], w.WebcastSocialMessageFields):
    """A follow or a share (``WebcastSocialMessage``); see FollowEvent and ShareEvent."""

    __slots__ = ()
    protobuf_type = pb.WebcastSocialMessage
    json_fields: ClassVar[tuple[str, ...]] = ("user_id",)


class FollowEvent(SocialEvent):
    """A viewer followed the streamer: the display key contains ``follow``."""

    __slots__ = ()


# At most 18 digits: always an int64, never a huge int() conversion.
_USERS_JOINED: Final = re.compile(
    re.escape(SHARE_USERS_JOINED).replace(re.escape("{n}"), r"(\d{1,18})"), re.IGNORECASE
)


class ShareEvent(SocialEvent):
    """A viewer shared the stream: the display key contains ``share``."""

    __slots__ = ()
    json_fields = ("user_id", "users_joined")

    @property
    def users_joined(self) -> int | None:
        """N from a ``pm_mt_guidance_viewer_N_share`` key, else None."""
        match = _USERS_JOINED.search(self.display_key)
        return int(match.group(1)) if match else None


class RoomUserSeqEvent(
    MessageEvent[pb.WebcastRoomUserSeqMessage], w.WebcastRoomUserSeqMessageFields
):
    """Viewer counts (``WebcastRoomUserSeqMessage``): ``total`` watching now,
    ``total_user`` since the stream started, and the top viewers (``ranks``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastRoomUserSeqMessage
    json_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def top_viewers(self) -> tuple[w.Contributor, ...]:
        """The room's top viewers, best first: each a ``Contributor`` with its
        ``user``, ``score`` (coins given) and ``rank``."""
        return tuple(sorted(self.ranks, key=lambda viewer: (viewer.rank or 1 << 62, -viewer.score)))


class UnauthorizedMemberEvent(
    MessageEvent[pb.WebcastUnauthorizedMemberMessage], w.WebcastUnauthorizedMemberMessageFields
):
    """A viewer the room shows without their name joined (``WebcastUnauthorizedMemberMessage``):
    ``nick_name`` (perhaps masked) and ``enter_text``."""

    __slots__ = ()
    protobuf_type = pb.WebcastUnauthorizedMemberMessage


# ---- the stream's control --------------------------------------------------------------


class ControlEvent(MessageEvent[pb.WebcastControlMessage], w.WebcastControlMessageFields):
    """A stream control action (``WebcastControlMessage``): ``action`` is a
    ``ControlAction``. Actions 1 to 4 also drive the lifecycle (docs/lifecycle.md)."""

    __slots__ = ()
    protobuf_type = pb.WebcastControlMessage
    json_fields = ("action",)


class LivePauseEvent(ControlEvent):
    """The streamer paused the stream (action 1, while live)."""

    __slots__ = ()


class LiveUnpauseEvent(ControlEvent):
    """The streamer resumed a paused stream (action 2, while paused)."""

    __slots__ = ()


class LiveEndEvent(ControlEvent):
    """The stream is over (action 3: the streamer ended it; 4: the platform did)."""

    __slots__ = ()


class RoomVerifyEvent(MessageEvent[pb.WebcastRoomVerifyMessage], w.WebcastRoomVerifyMessageFields):
    """The room must be verified, or was closed for it (``WebcastRoomVerifyMessage``):
    ``action``, ``content``, ``close_room``."""

    __slots__ = ()
    protobuf_type = pb.WebcastRoomVerifyMessage


class AccessControlEvent(
    MessageEvent[pb.WebcastAccessControlMessage], w.WebcastAccessControlMessageFields
):
    """TikTok asks for a check before the room goes on (``WebcastAccessControlMessage``):
    ``captcha``, with how long it may take."""

    __slots__ = ()
    protobuf_type = pb.WebcastAccessControlMessage


class AccessRecallEvent(
    MessageEvent[pb.WebcastAccessRecallMessage], w.WebcastAccessRecallMessageFields
):
    """A restriction on the room, or its recall (``WebcastAccessRecallMessage``):
    ``status``, ``duration``, ``end_time``, ``notice``, ``punish_info``."""

    __slots__ = ()
    protobuf_type = pb.WebcastAccessRecallMessage


class PerceptionEvent(MessageEvent[pb.WebcastPerceptionMessage], w.WebcastPerceptionMessageFields):
    """TikTok warns the room about its content (``WebcastPerceptionMessage``): a
    ``dialog``, a ``toast`` or a floating text, and any ``punish_info``."""

    __slots__ = ()
    protobuf_type = pb.WebcastPerceptionMessage


class MessageDetectEvent(MessageEvent[pb.WebcastMsgDetectMessage], w.WebcastMsgDetectMessageFields):
    """A delivery check TikTok runs on the room's messages (``WebcastMsgDetectMessage``):
    what triggered it and when."""

    __slots__ = ()
    protobuf_type = pb.WebcastMsgDetectMessage


# ---- what the room shows ------------------------------------------------------------------


class RoomEvent(MessageEvent[pb.WebcastRoomMessage], w.WebcastRoomMessageFields):
    """A message from the room itself (``WebcastRoomMessage``): ``content``, such as
    a welcome."""

    __slots__ = ()
    protobuf_type = pb.WebcastRoomMessage


class RoomNotifyEvent(
    UserMessageEvent[pb.WebcastRoomNotifyMessage], w.WebcastRoomNotifyMessageFields
):
    """A room notice (``WebcastRoomNotifyMessage``): ``content`` about ``user``,
    such as an announcement of a gift or a subscription."""

    __slots__ = ()
    protobuf_type = pb.WebcastRoomNotifyMessage


class NoticeEvent(MessageEvent[pb.WebcastNoticeMessage], w.WebcastNoticeMessageFields):
    """A notice to the room (``WebcastNoticeMessage``): ``title``, ``content``, and
    any ``violation_reason``."""

    __slots__ = ()
    protobuf_type = pb.WebcastNoticeMessage


class SystemEvent(MessageEvent[pb.WebcastSystemMessage], w.WebcastSystemMessageFields):
    """A system message (``WebcastSystemMessage``): ``message``."""

    __slots__ = ()
    protobuf_type = pb.WebcastSystemMessage


class ToastEvent(MessageEvent[pb.WebcastToastMessage], w.WebcastToastMessageFields):
    """A short pop-up in the room (``WebcastToastMessage``), shown for
    ``display_duration_millisecond``."""

    __slots__ = ()
    protobuf_type = pb.WebcastToastMessage


class BottomEvent(MessageEvent[pb.WebcastBottomMessage], w.WebcastBottomMessageFields):
    """A message shown at the bottom of the room (``WebcastBottomMessage``): ``content``,
    for ``duration``, perhaps with ``punish_info``."""

    __slots__ = ()
    protobuf_type = pb.WebcastBottomMessage


class InRoomBannerEvent(
    MessageEvent[pb.WebcastInRoomBannerMessage], w.WebcastInRoomBannerMessageFields
):
    """A banner shown in the room (``WebcastInRoomBannerMessage``; its fields are not
    known: ``raw`` keeps the payload)."""

    __slots__ = ()
    protobuf_type = pb.WebcastInRoomBannerMessage


class MarqueeAnnouncementEvent(
    MessageEvent[pb.WebcastMarqueeAnnouncementMessage], w.WebcastMarqueeAnnouncementMessageFields
):
    """A scrolling announcement (``WebcastMarqueeAnnouncementMessage``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastMarqueeAnnouncementMessage


class LiveIntroEvent(UserMessageEvent[pb.WebcastLiveIntroMessage], w.WebcastLiveIntroMessageFields):
    """The streamer's introduction of this LIVE (``WebcastLiveIntroMessage``): ``content``
    by ``user``, with ``badges``."""

    __slots__ = ()
    protobuf_type = pb.WebcastLiveIntroMessage


class LiveGameIntroEvent(
    MessageEvent[pb.WebcastLiveGameIntroMessage], w.WebcastLiveGameIntroMessageFields
):
    """The game being played on stream, introduced (``WebcastLiveGameIntroMessage``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastLiveGameIntroMessage


class GuideEvent(MessageEvent[pb.WebcastGuideMessage], w.WebcastGuideMessageFields):
    """A hint to viewers on how to take part (``WebcastGuideMessage``): ``description``,
    perhaps a gift to send (``gift_id``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastGuideMessage


class CapsuleEvent(MessageEvent[pb.WebcastCapsuleMessage], w.WebcastCapsuleMessageFields):
    """A small prompt with a button (``WebcastCapsuleMessage``): ``desc`` and
    ``button_text``, for guides such as moderator tips or co-host invites."""

    __slots__ = ()
    protobuf_type = pb.WebcastCapsuleMessage
