"""The events a session produces, and their hierarchy (one module per family).

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

from livecore.events.base import Event
from livecore.events.categories import ABSTRACT_EVENTS, ALWAYS_DELIVERED, emitted_subclasses
from livecore.events.errors import DecodeErrorEvent, FrameErrorEvent, MessageErrorEvent
from livecore.events.kinds import (
    BarrageEvent,
    CommentEvent,
    ControlEvent,
    EnvelopeEvent,
    FollowEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    RoomUserSeqEvent,
    ShareEvent,
    SocialEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
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
