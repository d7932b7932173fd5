"""The sans-IO Connection's contract, driven with hand-built frames and explicit times.

Proves: enter-room and heartbeats go out when and as documented (interval
precedence, deadlines, no catch-up burst, seq restart per socket); the core
is deterministic given a seeded ``random.Random``; acks are one per
``need_ack`` frame and never after ``close()``; transport-only and garbage
frames are accounted for; the session always ends with one
``DisconnectEvent`` whose reason says why; the lifecycle edge cases of
``livecore.lifecycle`` hold; malformed payloads never kill a session and are
never silently dropped; events are lazy where documented; and the custom
events (follow, share, super fan, super fan box) follow docs/protocol.md's
"Custom events".
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from livecore import (
    BarrageEvent,
    CommentEvent,
    ConnectEvent,
    Connection,
    ControlEvent,
    DisconnectEvent,
    DisconnectReason,
    EnvelopeEvent,
    Event,
    FollowEvent,
    FrameErrorEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    LocalProtocolError,
    MessageDecodeError,
    MessageErrorEvent,
    RoomUserSeqEvent,
    ShareEvent,
    SocialEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    UnknownEvent,
    WebsocketResponseEvent,
)
from livecore.frames import decode_push_frame, encode_msg_frame
from livecore.proto import pb

ROOM = 7_312_345_678_901_234_567
MAX_INT64 = 2**63 - 1

# ---- builders -------------------------------------------------------------------


def message(method: str, body: Any, msg_id: int) -> pb.Message:
    payload = body if isinstance(body, bytes) else body.SerializeToString()
    return pb.Message(method=method, payload=payload, msg_id=msg_id)


def common(msg_id: int, key: str = "") -> pb.CommonMessageData:
    return pb.CommonMessageData(msg_id=msg_id, room_id=ROOM, display_text=pb.Text(key=key))


def chat(msg_id: int, content: str = "hi", user_id: int = 1) -> pb.Message:
    body = pb.WebcastChatMessage(
        common=common(msg_id), user=pb.User(id=user_id, display_id=f"u{user_id}"), content=content
    )
    return message("WebcastChatMessage", body, msg_id)


def control(msg_id: int, action: int) -> pb.Message:
    body = pb.WebcastControlMessage(common=common(msg_id), action=action)
    return message("WebcastControlMessage", body, msg_id)


def social(msg_id: int, key: str) -> pb.Message:
    body = pb.WebcastSocialMessage(common=common(msg_id, key), user=pb.User(id=9, display_id="fan"))
    return message("WebcastSocialMessage", body, msg_id)


def barrage(msg_id: int, content_key: str = "", common_key: str = "") -> pb.Message:
    body = pb.WebcastBarrageMessage(
        common=common(msg_id),
        content=pb.Text(key=content_key),
        common_barrage_content=pb.Text(key=common_key),
        user=pb.User(id=11),
    )
    return message("WebcastBarrageMessage", body, msg_id)


def envelope(msg_id: int, key: str = "", business_type: int = 0) -> pb.Message:
    body = pb.WebcastEnvelopeMessage(
        common=common(msg_id, key),
        envelope_info=pb.MessageRedEnvelopInfo(envelope_id="e1", business_type=business_type),  # type: ignore[arg-type]
    )
    return message("WebcastEnvelopeMessage", body, msg_id)


def frame(
    *messages: pb.Message,
    need_ack: bool = False,
    log_id: int = 0,
    internal_ext: str = "",
    cursor: str = "",
) -> bytes:
    result = pb.FetchResult(
        messages=list(messages), need_ack=need_ack, internal_ext=internal_ext, cursor=cursor
    )
    return encode_msg_frame(result, log_id=log_id)


def first_payload(*messages: pb.Message, heartbeat_ms: int = 0) -> bytes:
    return pb.FetchResult(
        messages=list(messages),
        is_first=True,
        cursor="c0",
        internal_ext="ext0",
        heartbeat_duration=heartbeat_ms,
    ).SerializeToString()


def transport(payload_type: str, payload: bytes = b"") -> bytes:
    return pb.PushFrame(payload_type=payload_type, payload=payload).SerializeToString()


def names(events: list[Event]) -> list[str]:
    return [type(e).__name__ for e in events]


def live(**kwargs: Any) -> Connection:
    """A connection that has had its first msg frame (ConnectEvent drained)."""
    conn = Connection(unique_id="someone", room_id=ROOM, **kwargs)
    conn.receive_data(frame(chat(1)))
    assert names(conn.events())[0] == "ConnectEvent"
    return conn


def sent(conn: Connection) -> list[pb.PushFrame]:
    return [decode_push_frame(b) for b in conn.data_to_send()]


def first_beat(conn: Connection, opened: float) -> float:
    """The first heartbeat's deadline: a random point of the first interval."""
    due = conn.next_deadline()
    assert due is not None and opened < due <= opened + conn.heartbeat_interval
    return due


def heartbeat_seqs(frames: list[pb.PushFrame]) -> list[int]:
    out = []
    for f in frames:
        assert f.payload_type == "hb"
        body = pb.Heartbeat.FromString(f.payload)
        assert body.room_id == ROOM
        out.append(body.send_packet_seq_id)
    return out


# ---- enter-room and heartbeats ------------------------------------------------------


def test_socket_opened_queues_enter_room_with_room_id_and_a_seeded_id() -> None:
    rng = random.Random(1234)
    state = rng.getstate()
    conn = Connection(room_id=ROOM, rng=rng)
    conn.socket_opened(100.0)
    [enter] = sent(conn)
    assert enter.payload_type == "im_enter_room"
    body = pb.EnterRoom.FromString(enter.payload)
    assert body.room_id == ROOM
    assert 1 <= body.enter_unique_id <= MAX_INT64
    assert rng.getstate() != state  # the id was drawn from the injected source

    def enter_id(seed: int) -> int:
        c = Connection(room_id=ROOM, rng=random.Random(seed))
        c.socket_opened(0.0)
        return pb.EnterRoom.FromString(
            decode_push_frame(c.data_to_send()[0]).payload
        ).enter_unique_id

    assert enter_id(1234) == body.enter_unique_id
    assert enter_id(1234) != enter_id(4321)


def test_room_id_comes_from_route_params_when_not_given() -> None:
    payload = pb.FetchResult(is_first=True, route_params={"room_id": str(ROOM)})
    conn = Connection(unique_id="someone", rng=random.Random(0))
    conn.receive_first_payload(payload.SerializeToString())
    [connect] = conn.events()
    assert isinstance(connect, ConnectEvent)
    assert (connect.unique_id, connect.room_id) == ("someone", ROOM)
    conn.socket_opened(0.0)
    assert pb.EnterRoom.FromString(sent(conn)[0].payload).room_id == ROOM


@pytest.mark.parametrize(
    ("options", "heartbeat_ms", "interval"),
    [
        ("ping-interval=3; foo=bar", 0, 3.0),
        ("foo=bar; ping-interval=2.5", 7000, 2.5),  # the handshake decides
        (None, 7000, 10.0),  # else the default: FetchResult.heartbeat_duration is no source
        ("foo=bar", 4000, 10.0),
        ("Ping-Interval=6", 0, 6.0),
        ("ping-interval=0", 7000, 10.0),  # not a usable interval: ignored
        ("ping-interval=-5", 0, 10.0),
        ("ping-interval=nonsense", 0, 10.0),
        ("ping-interval=1e-300", 0, 1.0),  # clamped: a bad header can't make us spin
        ("ping-interval=0.2", 0, 1.0),
        ("ping-interval=86400", 0, 300.0),  # nor let the connection idle out
        (None, 0, 10.0),
    ],
)
def test_heartbeat_interval_precedence(
    options: str | None, heartbeat_ms: int, interval: float
) -> None:
    conn = Connection(room_id=ROOM, rng=random.Random(0))
    conn.receive_first_payload(first_payload(heartbeat_ms=heartbeat_ms))
    conn.socket_opened(1000.0, options)
    assert conn.heartbeat_interval == interval
    first = first_beat(conn, 1000.0)
    conn.handle_timeout(first)
    assert conn.next_deadline() == first + interval


def test_heartbeats_at_each_deadline_with_rising_seq() -> None:
    conn = Connection(room_id=ROOM, rng=random.Random(0), stale_after=0)  # heartbeats alone
    conn.socket_opened(100.0)
    conn.data_to_send()  # enter-room
    first = first_beat(conn, 100.0)

    conn.handle_timeout(first - 0.001)
    assert conn.data_to_send() == []
    assert conn.next_deadline() == first

    seqs = []
    for k, late in [(1, 0.0), (2, 0.5), (3, 0.0)]:
        conn.handle_timeout(first + (k - 1) * 10.0 + late)
        seqs += heartbeat_seqs(sent(conn))
        assert conn.next_deadline() == first + k * 10.0  # the phase holds, lateness or not
    assert seqs == [1, 2, 3]
    assert conn.heartbeats_sent == 3

    conn.handle_timeout(first + 25.0)  # between deadlines: nothing
    assert conn.data_to_send() == []


def test_no_burst_after_a_long_stall() -> None:
    conn = Connection(room_id=ROOM, rng=random.Random(0), stale_after=0)  # heartbeats alone
    conn.socket_opened(0.0)
    conn.data_to_send()
    conn.handle_timeout(first_beat(conn, 0.0))
    assert heartbeat_seqs(sent(conn)) == [1]

    conn.handle_timeout(1000.0)  # about 99 intervals late
    assert heartbeat_seqs(sent(conn)) == [2]
    assert conn.next_deadline() == 1010.0

    conn.handle_timeout(1010.0)
    assert heartbeat_seqs(sent(conn)) == [3]


def test_heartbeat_seq_restarts_at_1_on_a_new_socket() -> None:
    conn = Connection(room_id=ROOM, rng=random.Random(0), stale_after=0)  # heartbeats alone
    conn.socket_opened(0.0)
    first = first_beat(conn, 0.0)
    for k in range(3):
        conn.handle_timeout(first + 10.0 * k)
    assert heartbeat_seqs(sent(conn)[1:]) == [1, 2, 3]

    conn.socket_opened(100.0, "ping-interval=5")
    out = sent(conn)
    assert [f.payload_type for f in out] == ["im_enter_room"]
    first = first_beat(conn, 100.0)
    conn.handle_timeout(first)
    conn.handle_timeout(first + 5.0)
    assert heartbeat_seqs(sent(conn)) == [1, 2]


def test_the_first_heartbeat_phase_is_drawn_from_the_rng() -> None:
    """Sockets opened together spread their heartbeats over the interval."""
    phases = []
    for seed in range(200):
        conn = Connection(room_id=ROOM, rng=random.Random(seed), stale_after=0)
        conn.socket_opened(0.0)
        phases.append(first_beat(conn, 0.0))
    assert len({round(p, 6) for p in phases}) == len(phases)  # no two sockets beat together
    assert min(phases) < 1.0 and max(phases) > 9.0  # spread over the whole interval
    again = Connection(room_id=ROOM, rng=random.Random(7), stale_after=0)
    again.socket_opened(0.0)
    assert again.next_deadline() == phases[7]  # and reproducible from the seed


def test_no_deadline_before_the_socket_opens_and_none_after_close() -> None:
    conn = Connection(room_id=ROOM, rng=random.Random(0))
    assert conn.next_deadline() is None
    conn.handle_timeout(1e9)
    assert conn.data_to_send() == []

    conn.socket_opened(0.0)
    conn.data_to_send()
    conn.close()
    assert conn.next_deadline() is None
    conn.handle_timeout(100.0)
    assert conn.data_to_send() == []


def test_socket_opened_after_close_sends_nothing() -> None:
    conn = Connection(room_id=ROOM, rng=random.Random(0))
    conn.close()
    conn.socket_opened(0.0)
    assert conn.data_to_send() == []
    assert conn.next_deadline() is None


@pytest.mark.parametrize(
    "kwargs", [{"heartbeat_interval": 0}, {"heartbeat_interval": -1.0}, {"max_decompressed": -1}]
)
def test_constructor_rejects_nonsense(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Connection(**kwargs)


def test_custom_default_heartbeat_interval() -> None:
    conn = Connection(room_id=ROOM, heartbeat_interval=2.0, rng=random.Random(0))
    conn.socket_opened(50.0)
    assert conn.heartbeat_interval == 2.0
    first = first_beat(conn, 50.0)
    conn.handle_timeout(first)
    assert conn.next_deadline() == first + 2.0


# ---- determinism --------------------------------------------------------------------


def _session(seed: int) -> tuple[list[dict[str, Any]], list[bytes]]:
    conn = Connection(unique_id="someone", room_id=ROOM, rng=random.Random(seed))
    out: list[bytes] = []
    events: list[dict[str, Any]] = []

    def drain() -> None:
        out.extend(conn.data_to_send())
        events.extend(e.to_dict() for e in conn.events())

    conn.start()
    conn.receive_first_payload(first_payload(chat(1), heartbeat_ms=5000))
    drain()
    conn.socket_opened(0.0, "ping-interval=4")
    drain()
    t = 0.0
    inputs = [
        frame(chat(2, "a"), social(3, "pm_mt_guidance_viewer_3_share"), need_ack=True, log_id=1),
        b"\x00garbage",
        frame(control(4, 1), need_ack=True, log_id=2, internal_ext="x"),
        transport("hb"),
        frame(barrage(5, "ttlive_superfan_x"), envelope(6, business_type=19)),
        frame(control(7, 2), message("WebcastNewThing", b"\x01\x02", 8)),
        frame(control(9, 3), need_ack=True, log_id=3),
    ]
    for data in inputs:
        t += 3.0
        conn.handle_timeout(t)
        conn.receive_data(data)
        drain()
    conn.connection_lost(1000)
    drain()
    return events, out


def test_same_seed_and_inputs_give_identical_events_and_bytes() -> None:
    events_a, bytes_a = _session(7)
    events_b, bytes_b = _session(7)
    assert events_a == events_b
    assert bytes_a == bytes_b
    assert events_a[0]["type"] == "ConnectEvent"
    assert events_a[-1] == {
        "type": "DisconnectEvent",
        "msg_id": None,
        "reason": "live_ended",
        "code": 1000,
        "detail": "",
    }
    # A different seed changes the enter-room id and when heartbeats go out
    # (their phase), nothing else.
    events_c, bytes_c = _session(8)
    assert events_c == events_a
    assert bytes_c[0] != bytes_a[0]
    beats = b"\x02hb"
    assert [b for b in bytes_c[1:] if beats not in b] == [b for b in bytes_a[1:] if beats not in b]


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


# ---- the end of a session ---------------------------------------------------------------


def _disconnect(conn: Connection) -> DisconnectEvent:
    events = conn.events()
    assert isinstance(events[-1], DisconnectEvent)
    assert sum(isinstance(e, DisconnectEvent) for e in events) == 1
    return events[-1]


def test_close_sets_wants_close_and_gives_closed_by_client() -> None:
    conn = live()
    assert not conn.wants_close
    conn.close()
    assert conn.wants_close
    conn.close()  # idempotent
    assert conn.events() == []
    conn.connection_lost(1000)
    event = _disconnect(conn)
    assert event.reason is DisconnectReason.CLOSED_BY_CLIENT
    assert event.code == 1000
    assert not conn.wants_close
    assert conn.state == "disconnected"


@pytest.mark.parametrize("code", [1000, 1001, 1011])
def test_server_close_codes(code: int) -> None:
    conn = live()
    conn.connection_lost(code, "bye")
    event = _disconnect(conn)
    assert event.reason is DisconnectReason.CLOSED_BY_SERVER
    assert (event.code, event.detail) == (code, "bye")


@pytest.mark.parametrize("code", [None, 1006])
def test_transport_errors(code: int | None) -> None:
    conn = live()
    conn.connection_lost(code)
    event = _disconnect(conn)
    assert event.reason is DisconnectReason.TRANSPORT_ERROR
    assert event.code == code


def test_live_end_closes_and_gives_live_ended() -> None:
    conn = live()
    conn.socket_opened(0.0)
    conn.data_to_send()
    conn.receive_data(frame(control(2, 3), need_ack=True, log_id=1))
    assert names(conn.events()) == ["LiveEndEvent", "ControlEvent", "WebsocketResponseEvent"]
    assert conn.wants_close
    assert conn.next_deadline() is None
    conn.connection_lost(1000)
    event = _disconnect(conn)
    assert event.reason is DisconnectReason.LIVE_ENDED
    assert event.code == 1000


def test_end_of_recording_via_reason() -> None:
    conn = live()
    conn.connection_lost(reason=DisconnectReason.END_OF_RECORDING)
    event = _disconnect(conn)
    assert event.reason is DisconnectReason.END_OF_RECORDING
    assert event.code is None


def test_connection_lost_is_idempotent_and_disconnect_is_last() -> None:
    conn = live()
    conn.connection_lost(1001)
    conn.connection_lost(1000)
    conn.connection_lost(None)
    conn.close()
    events = conn.events()
    assert names(events) == ["DisconnectEvent"]
    assert events[0].reason is DisconnectReason.CLOSED_BY_SERVER  # type: ignore[attr-defined]
    assert conn.events() == []
    assert not conn.wants_close
    conn.handle_timeout(1e9)  # harmless once over
    assert conn.next_deadline() is None


@pytest.mark.parametrize(
    "feed",
    [
        lambda c: c.receive_data(frame(chat(9))),
        lambda c: c.receive_first_payload(first_payload()),
        lambda c: c.socket_opened(0.0),
        lambda c: c.start(),
    ],
    ids=["receive_data", "receive_first_payload", "socket_opened", "start"],
)
def test_feeding_after_the_session_is_over_is_a_local_protocol_error(feed: Any) -> None:
    conn = live()
    conn.connection_lost(1000)
    conn.events()
    with pytest.raises(LocalProtocolError):
        feed(conn)
    assert conn.events() == []


# ---- lifecycle edge cases -----------------------------------------------------------


def _lifecycle_of(*frames: bytes, first: bytes | None = None) -> list[str]:
    conn = Connection(unique_id="someone", room_id=ROOM)
    if first is not None:
        conn.receive_first_payload(first)
    for data in frames:
        conn.receive_data(data)
    conn.connection_lost(1000)
    return [n for n in names(conn.events()) if n != "WebsocketResponseEvent"]


def test_pause_unpause_end() -> None:
    assert _lifecycle_of(frame(control(1, 1)), frame(control(2, 2)), frame(control(3, 3))) == [
        "ConnectEvent",
        "LivePauseEvent",
        "ControlEvent",
        "LiveUnpauseEvent",
        "ControlEvent",
        "LiveEndEvent",
        "ControlEvent",
        "DisconnectEvent",
    ]


def test_unpause_while_live_is_control_only() -> None:
    assert _lifecycle_of(frame(control(1, 2))) == [
        "ConnectEvent",
        "ControlEvent",
        "DisconnectEvent",
    ]


def test_second_pause_is_control_only_and_one_unpause_follows() -> None:
    got = _lifecycle_of(frame(control(1, 1)), frame(control(2, 1)), frame(control(3, 2)))
    assert got == [
        "ConnectEvent",
        "LivePauseEvent",
        "ControlEvent",
        "ControlEvent",
        "LiveUnpauseEvent",
        "ControlEvent",
        "DisconnectEvent",
    ]


def test_control_after_end_is_control_only() -> None:
    got = _lifecycle_of(
        frame(control(1, 3), control(2, 1)), frame(control(3, 2)), frame(control(4, 4))
    )
    assert got == [
        "ConnectEvent",
        "LiveEndEvent",
        "ControlEvent",
        "ControlEvent",
        "ControlEvent",
        "ControlEvent",
        "DisconnectEvent",
    ]


def test_end_while_paused_is_live_end() -> None:
    got = _lifecycle_of(frame(control(1, 1)), frame(control(2, 3)))
    assert got == [
        "ConnectEvent",
        "LivePauseEvent",
        "ControlEvent",
        "LiveEndEvent",
        "ControlEvent",
        "DisconnectEvent",
    ]


def test_action_4_is_live_end() -> None:
    conn = live()
    conn.receive_data(frame(control(2, 4)))
    events = conn.events()
    assert names(events) == ["LiveEndEvent", "ControlEvent", "WebsocketResponseEvent"]
    assert events[0].action == 4  # type: ignore[attr-defined]
    assert conn.wants_close


@pytest.mark.parametrize("action", [0, 5, 100])
def test_other_actions_are_control_only(action: int) -> None:
    assert _lifecycle_of(frame(control(1, action))) == [
        "ConnectEvent",
        "ControlEvent",
        "DisconnectEvent",
    ]


def test_close_during_connecting_gives_disconnect_without_connect() -> None:
    conn = Connection(room_id=ROOM)
    conn.start()
    assert conn.state == "connecting"
    conn.close()
    conn.connection_lost(None)
    events = conn.events()
    assert names(events) == ["DisconnectEvent"]
    assert events[0].reason is DisconnectReason.CLOSED_BY_CLIENT  # type: ignore[attr-defined]


def test_transport_failure_before_connecting_still_ends_the_session() -> None:
    conn = Connection(room_id=ROOM)
    conn.connection_lost(None, "refused")
    assert names(conn.events()) == ["DisconnectEvent"]


def test_resume_without_first_payload_connects_at_the_first_msg_frame() -> None:
    conn = Connection(unique_id="someone", room_id=ROOM, rng=random.Random(0))
    conn.start()
    conn.socket_opened(0.0)
    assert conn.events() == []
    conn.receive_data(frame(chat(1), chat(2)))
    events = conn.events()
    assert names(events) == [
        "ConnectEvent",
        "CommentEvent",
        "WebsocketResponseEvent",
        "CommentEvent",
        "WebsocketResponseEvent",
    ]
    assert (events[0].unique_id, events[0].room_id) == ("someone", ROOM)  # type: ignore[attr-defined]


def test_connect_once_with_first_payload_then_msg_frames() -> None:
    conn = Connection(unique_id="someone", room_id=ROOM, rng=random.Random(0))
    conn.start()
    conn.receive_first_payload(first_payload(chat(1)))
    conn.socket_opened(0.0)
    for i in range(2, 6):
        conn.receive_data(frame(chat(i)))
    conn.connection_lost(1000)
    got = names(conn.events())
    assert got.count("ConnectEvent") == 1
    assert got[0] == "ConnectEvent"
    assert got[-1] == "DisconnectEvent"
    assert got.count("CommentEvent") == 5


def test_connect_event_comes_before_a_pause_in_the_first_frame() -> None:
    assert _lifecycle_of(frame(control(1, 1))) == [
        "ConnectEvent",
        "LivePauseEvent",
        "ControlEvent",
        "DisconnectEvent",
    ]


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


# ---- custom events ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["pm_main_follow_message_viewer_2", "PM_MAIN_FOLLOW_MESSAGE", "x_FoLLoW_y"]
)
def test_follow_in_any_letter_case(key: str) -> None:
    conn = live()
    conn.receive_data(frame(social(5, key)))
    events = conn.events()
    assert names(events) == ["FollowEvent", "SocialEvent", "WebsocketResponseEvent"]
    assert isinstance(events[0], FollowEvent)
    assert events[0].user_id == 9
    assert events[0].msg_id == events[1].msg_id == 5


@pytest.mark.parametrize(
    ("key", "joined"),
    [
        ("pm_mt_guidance_viewer_7_share", 7),
        ("PM_MT_GUIDANCE_VIEWER_12_SHARE", 12),
        ("pm_mt_guidance_share", None),
        ("Pm_Mt_SHARE_anything", None),
        ("pm_mt_guidance_viewer_x_share", None),
    ],
)
def test_share_in_any_letter_case_with_users_joined(key: str, joined: int | None) -> None:
    conn = live()
    conn.receive_data(frame(social(5, key)))
    events = conn.events()
    assert names(events) == ["ShareEvent", "SocialEvent", "WebsocketResponseEvent"]
    assert isinstance(events[0], ShareEvent)
    assert events[0].users_joined == joined
    assert events[0].to_dict()["users_joined"] == joined


@pytest.mark.parametrize("key", ["", "pm_mt_something_else"])
def test_social_without_follow_or_share_is_social_only(key: str) -> None:
    conn = live()
    conn.receive_data(frame(social(5, key)))
    assert names(conn.events()) == ["SocialEvent", "WebsocketResponseEvent"]


JOINED = "ttlive_superfan_commentnotif_superfanjoined"


@pytest.mark.parametrize(
    ("content_key", "common_key", "expected"),
    [
        (JOINED, "", SuperFanJoinEvent),
        ("", JOINED.upper(), SuperFanJoinEvent),
        ("ttlive_superfan_" + JOINED[16:].title(), "", SuperFanJoinEvent),
        ("ttlive_superfan_badge", "", SuperFanEvent),
        ("", "TTLive_SuperFan_Gift", SuperFanEvent),
        ("ttlive_superfan_badge", JOINED, SuperFanJoinEvent),  # join wins
        ("", "", None),
        ("ttlive_other", "superfan", None),
    ],
)
def test_super_fan_join_vs_super_fan(
    content_key: str, common_key: str, expected: type[Event] | None
) -> None:
    conn = live()
    conn.receive_data(frame(barrage(5, content_key, common_key)))
    got = names(conn.events())
    if expected is None:
        assert got == ["BarrageEvent", "WebsocketResponseEvent"]
    else:
        assert got == [expected.__name__, "BarrageEvent", "WebsocketResponseEvent"]


@pytest.mark.parametrize(
    ("key", "business_type", "is_box"),
    [
        ("ttlive_superfanbox_title", 0, True),
        ("TTLIVE_SUPERFANBOX", 0, True),
        ("", 19, True),
        ("something", 19, True),
        ("", 0, False),
        ("ttlive_superfan", 3, False),
    ],
)
def test_super_fan_box_by_key_or_business_type(key: str, business_type: int, is_box: bool) -> None:
    conn = live()
    conn.receive_data(frame(envelope(5, key, business_type)))
    events = conn.events()
    if is_box:
        assert names(events) == ["SuperFanBoxEvent", "EnvelopeEvent", "WebsocketResponseEvent"]
        assert isinstance(events[0], SuperFanBoxEvent)
        assert events[0].business_type == business_type
    else:
        assert names(events) == ["EnvelopeEvent", "WebsocketResponseEvent"]


def test_every_message_gets_one_websocket_response_event_in_order() -> None:
    conn = live()
    msgs = [chat(10), social(11, "follow"), control(12, 99), message("X", b"", 13)]
    conn.receive_data(frame(*msgs))
    events = conn.events()
    responses = [e for e in events if isinstance(e, WebsocketResponseEvent)]
    # UnknownEvent is a WebsocketResponseEvent subclass; count exact type.
    exact = [e for e in responses if type(e) is WebsocketResponseEvent]
    assert [e.msg_id for e in exact] == [10, 11, 12, 13]
    assert conn.messages_received == 5
