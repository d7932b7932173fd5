"""What a Connection makes of a frame besides events: acks, the resume point, message-less frames.

Proves: acks are one per ``need_ack`` frame and never after ``close()``; the
cursor and internal_ext follow the latest result; and transport-only and
garbage frames are accounted for (no events, or one ``FrameErrorEvent``
carrying the whole input, held back until ``ConnectEvent`` and bounded).
"""

from __future__ import annotations

import random

import pytest
from connection_builders import chat, first_payload, frame, live, names, sent, transport

from livecore import Connection, DisconnectEvent, DisconnectReason, FrameErrorEvent
from livecore.frames import encode_msg_frame

# ---- acks -------------------------------------------------------------------------


def test_one_ack_per_need_ack_frame_and_none_without() -> None:
    conn = live()
    conn.data_to_send()
    conn.receive_data(frame(chat(2), chat(3), need_ack=True, log_id=77, internal_ext="ext-77"))
    [ack] = sent(conn)
    assert (ack.payload_type, ack.log_id, ack.payload) == ("ack", 77, b"ext-77")

    conn.receive_data(frame(chat(4), need_ack=False, log_id=78, internal_ext="ext-78"))
    assert conn.data_to_send() == []

    conn.receive_data(frame(need_ack=True, log_id=79))  # no messages, no ext: still acked
    [ack] = sent(conn)
    assert (ack.log_id, ack.payload) == (79, b"-")
    assert conn.acks_sent == 2


def test_no_ack_after_close() -> None:
    conn = live()
    conn.close()
    assert conn.wants_close
    conn.receive_data(frame(chat(2), need_ack=True, log_id=5, internal_ext="e"))
    assert conn.data_to_send() == []
    assert names(conn.events()) == ["CommentEvent", "WebsocketResponseEvent"]


def test_cursor_and_internal_ext_track_the_latest_result() -> None:
    conn = Connection(rng=random.Random(0))
    conn.receive_first_payload(first_payload())
    assert (conn.cursor, conn.internal_ext) == ("c0", "ext0")
    conn.receive_data(frame(chat(1), cursor="c1", internal_ext="ext1"))
    assert (conn.cursor, conn.internal_ext) == ("c1", "ext1")
    conn.receive_data(frame(chat(2)))  # empty values do not erase the resume point
    assert (conn.cursor, conn.internal_ext) == ("c1", "ext1")


# ---- transport-only and garbage frames ---------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        transport("hb"),
        transport("hb", b"\x08\x01"),
        transport("im_enter_room_resp", b"\x0a\x03abc"),
        transport("something_new", b"\xff\xff"),  # unknown payload type: skipped, even garbage
    ],
)
def test_transport_only_frames_give_no_events(data: bytes) -> None:
    conn = live()
    conn.data_to_send()
    conn.receive_data(data)
    assert conn.events() == []
    assert conn.data_to_send() == []
    assert conn.frames_received == 2
    assert conn.messages_received == 1


def test_transport_frames_before_the_first_msg_do_not_connect() -> None:
    conn = Connection()
    conn.receive_data(transport("im_enter_room_resp"))
    conn.receive_data(transport("hb"))
    assert conn.events() == []
    conn.receive_data(frame(chat(1)))
    assert names(conn.events()) == ["ConnectEvent", "CommentEvent", "WebsocketResponseEvent"]


@pytest.mark.parametrize("data", [b"\xff\xff\xff\xff", b"\x0a\x10short", b"\x3a"])
def test_garbage_frame_gives_frame_error_with_the_whole_message(data: bytes) -> None:
    conn = live()
    conn.receive_data(data)
    [event] = conn.events()
    assert isinstance(event, FrameErrorEvent)
    assert event.raw == data
    assert event.reason
    conn.receive_data(frame(chat(2)))
    assert names(conn.events()) == ["CommentEvent", "WebsocketResponseEvent"]


def test_msg_frame_whose_payload_is_not_a_fetch_result() -> None:
    data = encode_msg_frame(b"\x0a\x50truncated")
    conn = live()
    conn.receive_data(data)
    [event] = conn.events()
    assert isinstance(event, FrameErrorEvent)
    assert event.raw == data


@pytest.mark.parametrize("bad", [b"\xff\xff", b""], ids=["garbage", "empty (blocked)"])
def test_bad_first_payload_is_reported_right_after_connect(bad: bytes) -> None:
    conn = Connection(rng=random.Random(0))
    conn.receive_first_payload(bad)
    assert conn.events() == []  # held back: ConnectEvent must come first
    assert conn.first_payload is None
    assert conn.state == "idle"
    conn.receive_first_payload(first_payload(chat(1)))
    events = conn.events()
    assert names(events)[:3] == ["ConnectEvent", "FrameErrorEvent", "CommentEvent"]
    assert isinstance(events[1], FrameErrorEvent)
    assert events[1].raw == bad


def test_errors_before_connect_come_before_disconnect_when_it_never_connects() -> None:
    conn = Connection(rng=random.Random(0))
    conn.receive_data(b"\x01garbage")
    conn.connection_lost(1000)
    assert names(conn.events()) == ["FrameErrorEvent", "DisconnectEvent"]


def test_a_server_that_sends_only_garbage_is_given_up_on() -> None:
    """Held-back errors are bounded: past MAX_EARLY_ERRORS the connection asks to close."""
    from livecore.connection import MAX_EARLY_ERRORS

    conn = Connection(rng=random.Random(0))
    for i in range(MAX_EARLY_ERRORS):
        conn.receive_data(b"\xff" + bytes([i]))
        assert not conn.wants_close
    conn.receive_data(b"\xff\xff")
    assert conn.wants_close
    conn.connection_lost(1000)
    events = conn.events()
    assert names(events) == ["FrameErrorEvent"] * (MAX_EARLY_ERRORS + 1) + ["DisconnectEvent"]
    last = events[-1]
    assert isinstance(last, DisconnectEvent)
    assert last.reason is DisconnectReason.PROTOCOL_ERROR
