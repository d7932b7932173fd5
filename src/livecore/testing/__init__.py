"""Hypothesis strategies for property-testing code built on livecore.

Install with ``pip install 'livecore[testing]'``. The strategies produce
what the Webcast push service sends (messages of every kind, ``msg`` frames,
transport-only frames, first payloads) and what a hostile network sends
(garbage, corrupt gzip, malformed payloads), so a user's lifecycle handling
can meet every interleaving without a live room. :func:`streams` and
:func:`drive` put whole sessions through a :class:`~livecore.Connection`::

    @given(streams())
    def test_my_bot(steps):
        events = drive(Connection(rng=random.Random(0)), steps)
        my_bot.handle_all(events)

Everything is drawn through Hypothesis, never from a global random source,
so failures shrink and replay. See ``docs/testing.md``.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401 - every submodule needs it: say so once, with the fix
except ImportError as exc:  # pragma: no cover - exercised without the extra installed
    raise ImportError(
        "livecore.testing needs Hypothesis, which livecore itself does not install:"
        " pip install 'livecore[testing]'",
        name=exc.name,
        path=exc.path,
    ) from exc

from livecore.testing.payloads import (
    CONTROL_ACTIONS,
    EVENT_METHODS,
    SCHEMA_METHODS,
    EventPayload,
    RawPayload,
    barrage_messages,
    chat_messages,
    control_messages,
    envelope_messages,
    gift_messages,
    like_messages,
    malformed_payloads,
    member_messages,
    payloads,
    room_user_seq_messages,
    social_messages,
    unknown_methods,
    users,
)
from livecore.testing.schema import (
    AWKWARD_TEXT,
    CUSTOM_EVENTS,
    events,
    method_payloads,
    schema_messages,
    schema_payloads,
)
from livecore.testing.streams import (
    Close,
    Drop,
    Open,
    Receive,
    ReceiveFirstPayload,
    Step,
    Wait,
    drive,
    streams,
)
from livecore.testing.wire import (
    corrupt_gzip_frames,
    fetch_results,
    first_payloads,
    garbage,
    handshake_options,
    messages,
    msg_frames,
    transport_frames,
)

__all__ = [
    "AWKWARD_TEXT",
    "CONTROL_ACTIONS",
    "CUSTOM_EVENTS",
    "EVENT_METHODS",
    "SCHEMA_METHODS",
    "Close",
    "Drop",
    "EventPayload",
    "Open",
    "RawPayload",
    "Receive",
    "ReceiveFirstPayload",
    "Step",
    "Wait",
    "barrage_messages",
    "chat_messages",
    "control_messages",
    "corrupt_gzip_frames",
    "drive",
    "envelope_messages",
    "events",
    "fetch_results",
    "first_payloads",
    "garbage",
    "gift_messages",
    "handshake_options",
    "like_messages",
    "malformed_payloads",
    "member_messages",
    "messages",
    "method_payloads",
    "msg_frames",
    "payloads",
    "room_user_seq_messages",
    "schema_messages",
    "schema_payloads",
    "social_messages",
    "streams",
    "transport_frames",
    "unknown_methods",
    "users",
]
