"""What a Connection does with each Message's payload: malformed ones, and lazy events.

Proves: malformed payloads never kill a session and are never silently
dropped (a ``MessageErrorEvent`` for the kinds parsed on arrival or under
``validate``, a ``MessageDecodeError`` on read for the lazy ones); events
are lazy where documented; and an unknown method gives an ``UnknownEvent``
with its raw payload.
"""

from __future__ import annotations

from typing import Any

import pytest
from connection_builders import chat, control, frame, live, message, names

from livecore import (
    BarrageEvent,
    CommentEvent,
    ControlEvent,
    EnvelopeEvent,
    Event,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    MessageDecodeError,
    MessageErrorEvent,
    RoomUserSeqEvent,
    SocialEvent,
    UnknownEvent,
)
from livecore.proto import pb

# ---- malformed payloads ------------------------------------------------------------

MALFORMED = b"\x0a\x05ab"  # field 1, 5 bytes announced, 2 present


@pytest.mark.parametrize(
    "method",
    [
        "WebcastControlMessage",
        "WebcastSocialMessage",
        "WebcastBarrageMessage",
        "WebcastEnvelopeMessage",
    ],
)
def test_malformed_eager_payload_gives_message_error_and_the_session_goes_on(method: str) -> None:
    conn = live()
    conn.receive_data(frame(message(method, MALFORMED, 77), chat(78, "after")))
    events = conn.events()
    assert names(events) == [
        "MessageErrorEvent",
        "WebsocketResponseEvent",
        "CommentEvent",
        "WebsocketResponseEvent",
    ]
    error = events[0]
    assert isinstance(error, MessageErrorEvent)
    assert (error.method, error.msg_id, error.raw) == (method, 77, MALFORMED)
    assert isinstance(error.error, MessageDecodeError)
    assert events[1].msg_id == 77
    assert events[2].content == "after"  # type: ignore[attr-defined]

    conn.receive_data(frame(control(79, 1)))
    assert names(conn.events())[:2] == ["LivePauseEvent", "ControlEvent"]


def test_malformed_control_does_not_move_the_lifecycle() -> None:
    conn = live()
    conn.receive_data(frame(message("WebcastControlMessage", MALFORMED, 5)))
    conn.events()
    assert conn.state == "live"
    assert not conn.wants_close


def test_malformed_chat_is_lazy_and_raises_on_read() -> None:
    conn = live()
    conn.receive_data(frame(message("WebcastChatMessage", MALFORMED, 42), chat(43, "ok")))
    events = conn.events()
    assert names(events) == [
        "CommentEvent",
        "WebsocketResponseEvent",
        "CommentEvent",
        "WebsocketResponseEvent",
    ]
    bad = events[0]
    assert isinstance(bad, CommentEvent)
    assert bad.msg_id == 42  # envelope fields need no parse
    assert bad.raw == MALFORMED
    with pytest.raises(MessageDecodeError) as info:
        _ = bad.content
    assert info.value.method == "WebcastChatMessage"
    assert info.value.msg_id == 42
    assert info.value.raw == MALFORMED
    with pytest.raises(MessageDecodeError):
        _ = bad.user_id
    assert events[2].content == "ok"  # type: ignore[attr-defined]


def test_malformed_chat_with_validate_gives_message_error() -> None:
    conn = live(validate=True)
    conn.receive_data(frame(message("WebcastChatMessage", MALFORMED, 42), chat(43, "ok")))
    events = conn.events()
    assert names(events) == [
        "MessageErrorEvent",
        "WebsocketResponseEvent",
        "CommentEvent",
        "WebsocketResponseEvent",
    ]
    assert (events[0].method, events[0].msg_id, events[0].raw) == (  # type: ignore[attr-defined]
        "WebcastChatMessage",
        42,
        MALFORMED,
    )


# ---- laziness -----------------------------------------------------------------------


def _one(method: str, body: Any, cls: type[Event], **kwargs: Any) -> Any:
    conn = live(**kwargs)
    conn.receive_data(frame(message(method, body, 5)))
    events = conn.events()
    matching = [e for e in events if type(e) is cls]
    assert len(matching) == 1, names(events)
    return matching[0]


LAZY = [
    ("WebcastChatMessage", pb.WebcastChatMessage(content="c"), CommentEvent, "content", "c"),
    ("WebcastLikeMessage", pb.WebcastLikeMessage(count=3), LikeEvent, "count", 3),
    ("WebcastMemberMessage", pb.WebcastMemberMessage(member_count=4), JoinEvent, "member_count", 4),
    ("WebcastGiftMessage", pb.WebcastGiftMessage(gift_id=6), GiftEvent, "gift_id", 6),
    (
        "WebcastRoomUserSeqMessage",
        pb.WebcastRoomUserSeqMessage(total=8),
        RoomUserSeqEvent,
        "total",
        8,
    ),
]


@pytest.mark.parametrize(("method", "body", "cls", "field", "value"), LAZY)
def test_plain_kinds_are_parsed_only_when_read(
    method: str, body: Any, cls: type[Event], field: str, value: Any
) -> None:
    event = _one(method, body, cls)
    assert event._parsed is None
    assert getattr(event, field) == value
    assert event._parsed is not None


@pytest.mark.parametrize(("method", "body", "cls", "field", "value"), LAZY)
def test_validate_parses_plain_kinds_on_arrival(
    method: str, body: Any, cls: type[Event], field: str, value: Any
) -> None:
    event = _one(method, body, cls, validate=True)
    assert event._parsed is not None
    assert getattr(event, field) == value


@pytest.mark.parametrize(
    ("method", "body", "cls"),
    [
        ("WebcastSocialMessage", pb.WebcastSocialMessage(action=1), SocialEvent),
        ("WebcastControlMessage", pb.WebcastControlMessage(action=7), ControlEvent),
        ("WebcastBarrageMessage", pb.WebcastBarrageMessage(), BarrageEvent),
        ("WebcastEnvelopeMessage", pb.WebcastEnvelopeMessage(), EnvelopeEvent),
    ],
)
def test_rule_kinds_are_parsed_on_arrival(method: str, body: Any, cls: type[Event]) -> None:
    assert _one(method, body, cls)._parsed is not None


def test_unknown_method_gives_unknown_event_with_raw_payload() -> None:
    conn = live()
    conn.receive_data(frame(message("WebcastBrandNewMessage", b"\xff\xfe", 12)))
    events = conn.events()
    assert names(events) == ["UnknownEvent", "WebsocketResponseEvent"]
    unknown = events[0]
    assert isinstance(unknown, UnknownEvent)
    assert (unknown.method, unknown.msg_id, unknown.payload) == (
        "WebcastBrandNewMessage",
        12,
        b"\xff\xfe",
    )
