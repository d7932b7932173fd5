"""livecore: a sans-IO connection engine for TikTok LIVE's Webcast push service.

Bytes and the current time go in; typed events and bytes to send come out.
See :class:`livecore.Connection`, the events in :mod:`livecore.events`, and
the lifecycle in :mod:`livecore.lifecycle`.
"""

from livecore.connection import DEFAULT_HEARTBEAT_INTERVAL, Connection
from livecore.errors import (
    DecodeError,
    DecompressionError,
    FrameDecodeError,
    LivecoreError,
    LocalProtocolError,
    MessageDecodeError,
    PayloadTooLargeError,
)
from livecore.events import (
    BarrageEvent,
    CommentEvent,
    ConnectEvent,
    ControlEvent,
    DecodeErrorEvent,
    DisconnectEvent,
    DisconnectReason,
    EnvelopeEvent,
    Event,
    FollowEvent,
    FrameErrorEvent,
    GiftEvent,
    GiftInfo,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    MessageErrorEvent,
    MessageEvent,
    RoomUserSeqEvent,
    ShareEvent,
    SocialEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    UnknownEvent,
    User,
    WebsocketResponseEvent,
)
from livecore.frames import DEFAULT_MAX_DECOMPRESSED
from livecore.recording import RecordingError, read_frames, replay, write_frame

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "DEFAULT_MAX_DECOMPRESSED",
    "BarrageEvent",
    "CommentEvent",
    "ConnectEvent",
    "Connection",
    "ControlEvent",
    "DecodeError",
    "DecodeErrorEvent",
    "DecompressionError",
    "DisconnectEvent",
    "DisconnectReason",
    "EnvelopeEvent",
    "Event",
    "FollowEvent",
    "FrameDecodeError",
    "FrameErrorEvent",
    "GiftEvent",
    "GiftInfo",
    "JoinEvent",
    "LikeEvent",
    "LiveEndEvent",
    "LivePauseEvent",
    "LiveUnpauseEvent",
    "LivecoreError",
    "LocalProtocolError",
    "MessageDecodeError",
    "MessageErrorEvent",
    "MessageEvent",
    "PayloadTooLargeError",
    "RecordingError",
    "RoomUserSeqEvent",
    "ShareEvent",
    "SocialEvent",
    "SuperFanBoxEvent",
    "SuperFanEvent",
    "SuperFanJoinEvent",
    "UnknownEvent",
    "User",
    "WebsocketResponseEvent",
    "__version__",
    "read_frames",
    "replay",
    "write_frame",
]
