"""The events a session produces, and their hierarchy (one module per family).

Names follow TikTokLive so that users can move over: one event class per
Webcast method TikTokLive types, named as it names them, and the custom events
livecore derives from some of them. Every event is a plain object with
``__slots__``, immutable by convention.

Message events are lazy: they copy the method, msg_id and payload bytes of
the Message they came from and parse the payload the first time a field is
read (the custom-event rules peek at Social, Control, Barrage and Envelope
payloads, so those arrive parsed). Every field of the message reads as an
attribute of the same name (:mod:`livecore.webcast`); ``event.fields`` is the
whole message as the schema has it. A payload that turns out to be malformed
when a field is read raises :class:`~livecore.errors.MessageDecodeError`,
which carries the method and the raw bytes; pass ``validate=True`` to the
connection to have such messages reported as :class:`MessageErrorEvent` up
front instead.

Hierarchy::

    Event
    ├── ConnectEvent, DisconnectEvent, ReconnectingEvent, ReconnectedEvent
    ├── DecodeErrorEvent ─ FrameErrorEvent, MessageErrorEvent
    ├── WebsocketResponseEvent ─ UnknownEvent
    └── MessageEvent: one class per method, and under some of them:
        ├── SocialEvent ─ FollowEvent, ShareEvent
        ├── ControlEvent ─ LivePauseEvent, LiveUnpauseEvent, LiveEndEvent
        ├── BarrageEvent ─ SuperFanEvent, SuperFanJoinEvent
        └── EnvelopeEvent ─ SuperFanBoxEvent

The families: :mod:`~livecore.events.chat`, :mod:`~livecore.events.gifts`,
:mod:`~livecore.events.live`, :mod:`~livecore.events.engagement`,
:mod:`~livecore.events.battles`, :mod:`~livecore.events.commerce`.
"""

from livecore.events.base import Event
from livecore.events.battles import (
    LinkEvent,
    LinkLayerEvent,
    LinkMicArmiesEvent,
    LinkMicBattleEvent,
    LinkMicBattleItemCardEvent,
    LinkMicBattlePunishFinishEvent,
    LinkmicBattleTaskEvent,
    LinkMicFanTicketMethodEvent,
    LinkMicLayoutStateEvent,
    LinkMicMethodEvent,
    LinkStateEvent,
)
from livecore.events.categories import (
    ABSTRACT_EVENTS,
    ALWAYS_DELIVERED,
    emitted_subclasses,
)
from livecore.events.chat import (
    BarrageEvent,
    CaptionEvent,
    CommentEvent,
    EmoteChatEvent,
    ImDeleteEvent,
    QuestionNewEvent,
    RoomPinEvent,
    SpeakerEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
)
from livecore.events.commerce import (
    OecLiveShoppingEvent,
    PartnershipDropsUpdateEvent,
    PartnershipGameOfflineEvent,
    PartnershipPunishEvent,
)
from livecore.events.engagement import (
    GameRankNotifyEvent,
    GoalUpdateEvent,
    HourlyRankRewardEvent,
    PollEvent,
    PollOption,
    RankTextEvent,
    RankUpdateEvent,
    SubNotifyEvent,
    SubPinEventEvent,
    ViewerPicksUpdateEvent,
)
from livecore.events.gifts import (
    BoostCardEvent,
    EnvelopeEvent,
    GiftBroadcastEvent,
    GiftDynamicRestrictionEvent,
    GiftEvent,
    GiftLookup,
    GiftPanelUpdateEvent,
    GiftPromptEvent,
    SuperFanBoxEvent,
)
from livecore.events.live import (
    AccessControlEvent,
    AccessRecallEvent,
    BottomEvent,
    CapsuleEvent,
    ControlEvent,
    FollowEvent,
    GuideEvent,
    InRoomBannerEvent,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    LiveGameIntroEvent,
    LiveIntroEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    MarqueeAnnouncementEvent,
    MessageDetectEvent,
    NoticeEvent,
    PerceptionEvent,
    RoomEvent,
    RoomNotifyEvent,
    RoomUserSeqEvent,
    RoomVerifyEvent,
    ShareEvent,
    SocialEvent,
    SystemEvent,
    ToastEvent,
    UnauthorizedMemberEvent,
)
from livecore.events.message import (
    GiftInfo,
    MessageEvent,
    UnknownEvent,
    User,
    WebsocketResponseEvent,
)
from livecore.events.session import (
    ConnectEvent,
    DisconnectEvent,
    DisconnectReason,
    ReconnectedEvent,
    ReconnectingEvent,
)
from livecore.events.undecoded import (
    DecodeErrorEvent,
    FrameErrorEvent,
    MessageErrorEvent,
)

__all__ = [
    "ABSTRACT_EVENTS",
    "ALWAYS_DELIVERED",
    "AccessControlEvent",
    "AccessRecallEvent",
    "BarrageEvent",
    "BoostCardEvent",
    "BottomEvent",
    "CapsuleEvent",
    "CaptionEvent",
    "CommentEvent",
    "ConnectEvent",
    "ControlEvent",
    "DecodeErrorEvent",
    "DisconnectEvent",
    "DisconnectReason",
    "EmoteChatEvent",
    "EnvelopeEvent",
    "Event",
    "FollowEvent",
    "FrameErrorEvent",
    "GameRankNotifyEvent",
    "GiftBroadcastEvent",
    "GiftDynamicRestrictionEvent",
    "GiftEvent",
    "GiftInfo",
    "GiftLookup",
    "GiftPanelUpdateEvent",
    "GiftPromptEvent",
    "GoalUpdateEvent",
    "GuideEvent",
    "HourlyRankRewardEvent",
    "ImDeleteEvent",
    "InRoomBannerEvent",
    "JoinEvent",
    "LikeEvent",
    "LinkEvent",
    "LinkLayerEvent",
    "LinkMicArmiesEvent",
    "LinkMicBattleEvent",
    "LinkMicBattleItemCardEvent",
    "LinkMicBattlePunishFinishEvent",
    "LinkMicFanTicketMethodEvent",
    "LinkMicLayoutStateEvent",
    "LinkMicMethodEvent",
    "LinkStateEvent",
    "LinkmicBattleTaskEvent",
    "LiveEndEvent",
    "LiveGameIntroEvent",
    "LiveIntroEvent",
    "LivePauseEvent",
    "LiveUnpauseEvent",
    "MarqueeAnnouncementEvent",
    "MessageDetectEvent",
    "MessageErrorEvent",
    "MessageEvent",
    "NoticeEvent",
    "OecLiveShoppingEvent",
    "PartnershipDropsUpdateEvent",
    "PartnershipGameOfflineEvent",
    "PartnershipPunishEvent",
    "PerceptionEvent",
    "PollEvent",
    "PollOption",
    "QuestionNewEvent",
    "RankTextEvent",
    "RankUpdateEvent",
    "ReconnectedEvent",
    "ReconnectingEvent",
    "RoomEvent",
    "RoomNotifyEvent",
    "RoomPinEvent",
    "RoomUserSeqEvent",
    "RoomVerifyEvent",
    "ShareEvent",
    "SocialEvent",
    "SpeakerEvent",
    "SubNotifyEvent",
    "SubPinEventEvent",
    "SuperFanBoxEvent",
    "SuperFanEvent",
    "SuperFanJoinEvent",
    "SystemEvent",
    "ToastEvent",
    "UnauthorizedMemberEvent",
    "UnknownEvent",
    "User",
    "ViewerPicksUpdateEvent",
    "WebsocketResponseEvent",
    "emitted_subclasses",
]
