"""livecore: a sans-IO connection engine for TikTok LIVE's Webcast push service.

Bytes and the current time go in; typed events and bytes to send come out.
See :class:`livecore.Connection`, the events in :mod:`livecore.events`, and
the lifecycle in :mod:`livecore.lifecycle`.
"""

from livecore import events as _events
from livecore.connection import (
    DEFAULT_HEARTBEAT_INTERVAL,
    MAX_EARLY_ERRORS,
    Connection,
    ConnectionOptions,
)
from livecore.errors import (
    DecodeError,
    DecompressionError,
    FrameDecodeError,
    HandshakeRejectedError,
    LivecoreError,
    LocalProtocolError,
    MessageDecodeError,
    PayloadTooLargeError,
    TooManyMessagesError,
)
from livecore.events import *  # noqa: F403  # every event and its value types
from livecore.frames import DEFAULT_MAX_DECOMPRESSED, DEFAULT_MAX_MESSAGES
from livecore.reconnect import NO_RECONNECT, ReconnectPolicy
from livecore.recording import RecordingError, read_frames, replay, write_frame
from livecore.resume import ResumeState, ResumeStateError

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "DEFAULT_MAX_DECOMPRESSED",
    "DEFAULT_MAX_MESSAGES",
    "MAX_EARLY_ERRORS",
    "NO_RECONNECT",
    "Connection",
    "ConnectionOptions",
    "DecodeError",
    "DecompressionError",
    "FrameDecodeError",
    "HandshakeRejectedError",
    "LivecoreError",
    "LocalProtocolError",
    "MessageDecodeError",
    "PayloadTooLargeError",
    "ReconnectPolicy",
    "RecordingError",
    "ResumeState",
    "ResumeStateError",
    "TooManyMessagesError",
    "__version__",
    "read_frames",
    "replay",
    "write_frame",
]
__all__ += _events.__all__
