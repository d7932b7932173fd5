"""Hostile and odd input: bounded work, nothing lost, no exception escapes.

Each case here is one a real server, a proxy or an attacker can produce:
message-count amplification, invalid UTF-8, absurd numbers, bad clocks.
"""

from __future__ import annotations

import gzip
import random

import pytest
from reference_codec import ld, varint, vi

from livecore import (
    CommentEvent,
    ConnectEvent,
    Connection,
    ControlEvent,
    FrameErrorEvent,
    LiveEndEvent,
    MessageDecodeError,
    ShareEvent,
)
from livecore.errors import TooManyMessagesError
from livecore.events import WebsocketResponseEvent
from livecore.frames import decode_fetch_result, decode_push_frame, encode_msg_frame
from livecore.proto import pb


def message(method: bytes, payload: bytes, msg_id: int) -> bytes:
    """One FetchResult.messages entry (field 1) holding a Message."""
    return ld(1, ld(1, method) + ld(2, payload) + vi(3, msg_id))


def msg_frame(fetch_result: bytes, log_id: int = 7) -> bytes:
    body = gzip.compress(fetch_result)
    return (
        vi(2, log_id)
        + ld(5, ld(1, b"compress_type") + ld(2, b"gzip"))
        + ld(6, b"pb")
        + ld(7, b"msg")
        + ld(8, body)
    )


def connected() -> Connection:
    conn = Connection(rng=random.Random(1))
    conn.receive_data(encode_msg_frame(b""))
    assert [type(e) for e in conn.events()] == [ConnectEvent]
    return conn


# ---- amplification ------------------------------------------------------------------


def test_a_small_frame_of_many_empty_messages_is_refused_before_parsing() -> None:
    """8 KB of gzip that would hold 4M messages: one FrameErrorEvent, no 8M events."""
    fetch = b"\x0a\x00" * (4 * 1024 * 1024)
    data = msg_frame(fetch)
    assert len(data) < 16 * 1024
    conn = connected()
    conn.receive_data(data)
    [event] = conn.events()
    assert isinstance(event, FrameErrorEvent)
    assert isinstance(event.error, TooManyMessagesError)
    assert event.raw == data
    assert conn.data_to_send() == []  # refused before parsing, so nothing to ack


def test_the_message_cap_is_exact_and_configurable() -> None:
    fetch = b"".join(message(b"WebcastChatMessage", b"", i) for i in range(1, 51))
    assert len(decode_fetch_result(fetch, max_messages=50).messages) == 50
    with pytest.raises(TooManyMessagesError):
        decode_fetch_result(fetch, max_messages=49)
    conn = Connection(max_messages=49)
    conn.receive_data(encode_msg_frame(b""))
    conn.receive_data(msg_frame(fetch))
    assert [type(e) for e in conn.events()] == [ConnectEvent, FrameErrorEvent]


def test_newlines_inside_messages_do_not_count_as_messages() -> None:
    """The cheap pre-count is only an upper bound; the exact walk decides."""
    body = b"\n" * 500
    fetch = b"".join(message(b"WebcastChatMessage", body, i) for i in range(1, 4))
    assert len(decode_fetch_result(fetch, max_messages=3).messages) == 3


# ---- invalid UTF-8 ------------------------------------------------------------------


def test_a_stream_end_survives_invalid_utf8_in_its_tips() -> None:
    common = ld(1, b"WebcastControlMessage") + vi(2, 99)
    payload = ld(1, common) + vi(2, 3) + ld(3, b"bye \xc3\x28")  # 3 = ended; bad tips
    conn = connected()
    conn.receive_data(msg_frame(message(b"WebcastControlMessage", payload, 99)))
    events = conn.events()
    assert [type(e) for e in events] == [LiveEndEvent, ControlEvent, WebsocketResponseEvent]
    end = events[0]
    assert isinstance(end, LiveEndEvent)
    assert end.tips == "bye \ufffd("
    assert conn.wants_close


def test_invalid_utf8_in_a_comment_is_replaced_not_fatal() -> None:
    user = vi(1, 5) + ld(38, b"h\xffndle")
    payload = ld(2, user) + ld(3, b"caf\xe9")
    conn = connected()
    conn.receive_data(msg_frame(message(b"WebcastChatMessage", payload, 1)))
    comment = conn.events()[0]
    assert isinstance(comment, CommentEvent)
    assert comment.content == "caf\ufffd"
    assert comment.unique_id == "h\ufffdndle"
    assert comment.user.unique_id == "h\ufffdndle"


def test_ack_echoes_a_non_utf8_internal_ext_byte_for_byte() -> None:
    ext = b"internal\xfe\xff"
    fetch = message(b"WebcastChatMessage", b"", 1) + ld(5, ext) + vi(9, 1)
    conn = connected()
    conn.receive_data(msg_frame(fetch, log_id=42))
    [ack] = [decode_push_frame(b) for b in conn.data_to_send()]
    assert (ack.payload_type, ack.log_id, ack.payload) == ("ack", 42, ext)
    assert conn.internal_ext == "internal\ufffd\ufffd"


def test_a_non_utf8_method_is_an_unknown_event_with_a_readable_name() -> None:
    conn = connected()
    conn.receive_data(msg_frame(message(b"Webcast\xffMessage", b"xyz", 3)))
    [unknown, raw] = conn.events()
    assert type(unknown).__name__ == "UnknownEvent"
    assert unknown.to_dict()["method"] == "Webcast\ufffdMessage"
    assert isinstance(raw, WebsocketResponseEvent)


# ---- absurd values ---------------------------------------------------------------------


def test_users_joined_with_absurd_digits_is_none_not_a_crash() -> None:
    key = "pm_mt_guidance_viewer_" + "9" * 5000 + "_share"
    body = pb.WebcastSocialMessage(common=pb.CommonMessageData(display_text=pb.Text(key=key)))
    conn = connected()
    conn.receive_data(
        encode_msg_frame(
            pb.FetchResult(
                messages=[
                    pb.Message(
                        method="WebcastSocialMessage", payload=body.SerializeToString(), msg_id=1
                    )
                ]
            )
        )
    )
    share = conn.events()[0]
    assert isinstance(share, ShareEvent)
    assert share.users_joined is None
    assert share.to_dict()["users_joined"] is None


def test_to_dict_and_repr_of_a_malformed_lazy_event_never_raise() -> None:
    conn = connected()
    conn.receive_data(msg_frame(message(b"WebcastChatMessage", b"\xff\xff", 8)))
    comment = conn.events()[0]
    assert isinstance(comment, CommentEvent)
    with pytest.raises(MessageDecodeError) as info:
        _ = comment.content
    assert (info.value.method, info.value.raw, info.value.msg_id) == (
        "WebcastChatMessage",
        b"\xff\xff",
        8,
    )
    as_dict = comment.to_dict()
    assert as_dict["type"] == "CommentEvent"
    assert as_dict["msg_id"] == 8
    assert as_dict["raw"] == "//8="  # base64 of the payload: nothing lost
    assert "malformed" in as_dict["error"]
    assert "CommentEvent" in repr(comment)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_times_must_be_finite(bad: float) -> None:
    conn = connected()
    with pytest.raises(ValueError, match="finite"):
        conn.socket_opened(bad)
    conn.socket_opened(0.0)
    due = conn.next_deadline()
    with pytest.raises(ValueError, match="finite"):
        conn.handle_timeout(bad)
    assert conn.next_deadline() == due  # the refused call changed nothing
    assert conn.data_to_send()[1:] == []  # enter-room only: no heartbeat went out


def test_a_route_params_room_id_out_of_int64_range_is_ignored() -> None:
    first = pb.FetchResult(is_first=True, route_params={"room_id": "9" * 30})
    conn = Connection(rng=random.Random(1))
    conn.receive_first_payload(first.SerializeToString())
    [connect] = conn.events()
    assert isinstance(connect, ConnectEvent)
    assert connect.room_id == 0
    conn.socket_opened(0.0)  # and the enter-room frame can still be encoded
    assert len(conn.data_to_send()) == 1


# ---- the pre-parse census cannot be dodged, and its own work is bounded ---------------


def _walk_steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the census's varint reads: its work, measured without a clock."""
    from livecore import frames

    calls = [0]
    real = frames.decode_varint

    def counting(data: bytes, pos: int) -> tuple[int, int]:
        calls[0] += 1
        return real(data, pos)

    monkeypatch.setattr(frames, "decode_varint", counting)
    return calls


def test_an_unknown_group_in_front_does_not_hide_a_message_flood() -> None:
    """upb skips an unknown group and parses on; so must the census."""
    group = varint(99 << 3 | 3) + varint(99 << 3 | 4)  # an empty group, field 99
    data = msg_frame(group + b"\x0a\x00" * 200_000)
    conn = connected()
    conn.receive_data(data)
    [event] = conn.events()
    assert isinstance(event, FrameErrorEvent)
    assert isinstance(event.error, TooManyMessagesError)


def test_messages_inside_a_group_are_not_messages() -> None:
    """Field 1 inside an unknown group is not FetchResult.messages: not counted."""
    inner = b"\x0a\x00" * 5_000
    group = varint(99 << 3 | 3) + inner + varint(99 << 3 | 4)
    fetch = group + message(b"WebcastChatMessage", b"", 1)
    assert len(decode_fetch_result(fetch, max_messages=3_000).messages) == 1


def test_a_flood_of_small_fields_is_refused_after_a_bounded_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """4M tiny varint fields whose values are newlines: a few thousand steps, then no."""
    from livecore.frames import _FIELD_SLACK, DEFAULT_MAX_MESSAGES

    flood = vi(3, 0x0A) * (4 * 1024 * 1024)
    steps = _walk_steps(monkeypatch)
    with pytest.raises(TooManyMessagesError):
        decode_fetch_result(flood)
    assert steps[0] <= 2 * (DEFAULT_MAX_MESSAGES + _FIELD_SLACK) + 2


def test_a_flood_of_route_params_is_refused() -> None:
    entries = b"".join(ld(7, ld(1, b"k%d" % i) + ld(2, b"v")) for i in range(20_000))
    with pytest.raises(TooManyMessagesError):
        decode_fetch_result(entries)


def test_a_push_frame_with_a_flood_of_headers_is_refused() -> None:
    header = ld(5, ld(1, b"k") + ld(2, b"v"))
    data = header * 5_000 + ld(7, b"msg") + ld(8, b"")
    conn = connected()
    conn.receive_data(data)
    [event] = conn.events()
    assert isinstance(event, FrameErrorEvent)
    assert "headers" in event.reason
    with pytest.raises(Exception, match="headers"):
        decode_push_frame(data)
    assert len(decode_push_frame(data, max_headers=5_000).headers) == 5_000


def test_ten_thousand_real_messages_behind_a_group_still_decode() -> None:
    group = varint(99 << 3 | 3) + vi(1, 5) + varint(99 << 3 | 4)
    fetch = group + b"".join(message(b"WebcastChatMessage", b"\n\n", i) for i in range(10_000))
    assert len(decode_fetch_result(fetch).messages) == 10_000
