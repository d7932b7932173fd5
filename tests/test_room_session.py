"""One client's session of the simulated room (``livecore.room.RoomSession``), without sockets.

Proves: a ``RoomSession`` pushes at the rate, catches up after a stall, waits
and changes rate as scripted, closes once per room and lingers before
closing a finished stream; resumes from a cursor; accounts for enter-room,
heartbeats and acks exactly, keeps what a flooding client sends bounded; and
agrees with a ``Connection`` wired back to back, with explicit times.
"""

from __future__ import annotations

import random

import pytest

from livecore import ConnectEvent, Connection, Event, WebsocketResponseEvent
from livecore import frames as wire
from livecore.proto import pb
from livecore.room import Room, RoomSession, Script

PUSH = "ws://127.0.0.1:1/webcast/im/push/v2/"


def drive(session: RoomSession, until: float = 1e9) -> None:
    """Call handle_timeout at each deadline the session names, up to ``until``."""
    while (deadline := session.next_deadline()) is not None and deadline <= until:
        session.handle_timeout(deadline)


def pushed(session: RoomSession) -> list[pb.PushFrame]:
    return [wire.decode_push_frame(data) for data in session.data_to_send()]


# ---- RoomSession: pushing ------------------------------------------------------------------


def test_session_pushes_at_the_rate() -> None:
    room = Room(Script.parse("comment\n" * 5), rate=10, ack_ratio=1.0)
    session = room.open(100.0)
    assert session.next_deadline() == 100.0
    session.handle_timeout(100.0)
    assert [f.index for f in session.sent] == [0]
    assert session.next_deadline() == pytest.approx(100.1)
    session.handle_timeout(100.05)  # too early: nothing
    assert len(session.sent) == 1
    drive(session)
    assert [f.index for f in session.sent] == [0, 1, 2, 3, 4]
    assert [f.at for f in session.sent] == pytest.approx([100.0, 100.1, 100.2, 100.3, 100.4])
    assert session.msg_ids == room.msg_ids
    assert [f.cursor for f in session.sent] == ["r-1", "r-2", "r-3", "r-4", "r-5"]
    out = pushed(session)
    assert [f.log_id for f in out] == [f.log_id for f in session.sent]
    assert all(f.need_ack for f in session.sent)
    assert len({f.log_id for f in session.sent}) == 5
    # The encoded frame carries what SentFrame records.
    result = wire.decode_fetch_result(wire.frame_payload(out[2]))
    assert result.cursor == "r-3"
    assert result.internal_ext == session.sent[2].internal_ext
    assert [m.msg_id for m in result.messages] == list(session.sent[2].msg_ids)
    assert session.finished


def test_session_catches_up_after_a_stall() -> None:
    room = Room(Script.parse("like\n" * 20), rate=100)
    session = room.open(0.0)
    session.handle_timeout(10.0)  # everything is overdue: pushed in one go
    assert len(session.sent) == 20
    assert all(f.at == 10.0 for f in session.sent)


def test_wait_and_rate_steps_shape_the_schedule() -> None:
    room = Room(Script.parse("comment\nwait 2s\ncomment\nrate 2\ncomment\ncomment"), rate=10)
    session = room.open(0.0)
    drive(session)
    assert [f.at for f in session.sent] == pytest.approx([0.0, 2.1, 2.2, 2.7])


def test_finished_stream_lingers_then_closes_1000() -> None:
    room = Room(Script.parse("comment\nend"), rate=10, linger=3)
    session = room.open(0.0)
    session.handle_timeout(0.0)
    session.handle_timeout(0.1)
    assert len(session.sent) == 2 and session.close_code is None
    session.handle_timeout(0.2)  # the log is played out: the linger starts
    assert session.finished
    assert session.next_deadline() == pytest.approx(3.2)
    session.handle_timeout(3.0)
    assert session.close_code is None
    session.handle_timeout(3.2)
    assert (session.close_code, session.close_reason) == (1000, "the stream is over")
    assert session.next_deadline() is None


def test_client_close_stops_the_session() -> None:
    room = Room(Script.parse("comment\n" * 5), rate=10)
    session = room.open(0.0)
    session.handle_timeout(0.0)
    session.connection_lost(1000)
    assert session.closed and session.lost_code == 1000
    assert session.next_deadline() is None
    session.handle_timeout(5.0)
    assert len(session.sent) == 1


def test_close_step_fires_once_per_room() -> None:
    room = Room(Script.parse("comment\ncomment\nclose 1001 going away\ncomment\nend"), rate=10)
    first = room.open(0.0)
    drive(first)
    assert (first.close_code, first.close_reason) == (1001, "going away")
    assert len(first.sent) == 2
    assert first.next_deadline() is None
    first.connection_lost(1001)

    again = room.open(10.0)  # from the start, past the close that already fired
    drive(again, until=10.5)
    assert again.close_code is None  # the stream plays on (then lingers)
    assert again.msg_ids == room.msg_ids
    assert room.sent_msg_ids == first.msg_ids + again.msg_ids


# ---- RoomSession: cursor resume ------------------------------------------------------------


def test_cursor_resumes_at_its_position() -> None:
    room = Room(Script.parse("comment\n" * 6), rate=10)
    session = room.open(0.0, {"cursor": "r-4", "room_id": "1"})
    assert session.start == 4
    drive(session, until=5.0)
    assert [f.index for f in session.sent] == [4, 5]
    assert session.msg_ids == room.msg_ids[-2:]
    assert room.position_of(session.sent[-1].cursor) == 6


@pytest.mark.parametrize("cursor", ["", "bogus", "r-", "r-x", "7", "r-1234567890123"])
def test_unknown_cursor_starts_at_the_beginning(cursor: str) -> None:
    room = Room(Script.parse("comment\ncomment"))
    assert room.position_of(cursor) == 0
    assert room.open(0.0, {"cursor": cursor}).start == 0


def test_cursor_past_the_end_is_clamped() -> None:
    room = Room(Script.parse("comment\ncomment"), rate=10, linger=1)
    session = room.open(0.0, {"cursor": "r-99"})
    assert session.start == 2 and session.finished
    drive(session)
    assert session.sent == [] and session.close_code == 1000


def test_resume_after_a_rate_step_keeps_the_rate() -> None:
    room = Room(Script.parse("comment\nrate 2\ncomment\ncomment\ncomment"), rate=100)
    session = room.open(0.0, {"cursor": "r-2"})  # past the rate step
    drive(session)
    assert [f.at for f in session.sent] == pytest.approx([0.0, 0.5, 1.0])


# ---- RoomSession: what the client sends ------------------------------------------------------


def test_heartbeat_ack_and_enter_room_accounting() -> None:
    room = Room(Script.parse("comment\n" * 8), rate=10, ack_ratio=0.5, seed=2)
    session = room.open(0.0)
    drive(session)
    session.data_to_send()
    asked = [f for f in session.sent if f.need_ack]
    assert 0 < len(asked) < 8  # a mix, for this seed
    assert session.unacked() == asked

    session.receive_data(wire.encode_enter_room(room.room_id, 42), 1.0)
    [enter] = session.enter_rooms
    assert (enter.room_id, enter.enter_unique_id, enter.live_id) == (room.room_id, 42, 12)
    assert enter.identity == "audience"
    # Entering is answered, as TikTok does: some clients wait for the answer.
    assert [f.payload_type for f in pushed(session)] == ["im_enter_room_resp"]

    session.receive_data(wire.encode_heartbeat(room.room_id, 1), 2.0)
    assert [f.payload_type for f in pushed(session)] == ["hb"]  # each heartbeat is answered
    session.receive_data(wire.encode_heartbeat(room.room_id, 2), 3.0)
    session.receive_data(wire.encode_heartbeat(room.room_id, 3), 3.5)
    assert [(h.at, h.room_id, h.seq) for h in session.heartbeats] == [
        (2.0, room.room_id, 1),
        (3.0, room.room_id, 2),
        (3.5, room.room_id, 3),
    ]
    # ...but answers never pile up: one waits at most, however many came meanwhile.
    assert [f.payload_type for f in pushed(session)] == ["hb"]

    first = asked[0]
    session.receive_data(wire.encode_ack(first.log_id, first.internal_ext), 4.0)
    assert session.unacked() == asked[1:]
    assert session.unasked_acks() == []
    [ack] = session.acks
    assert (ack.at, ack.log_id, ack.internal_ext) == (
        4.0,
        first.log_id,
        first.internal_ext.encode(),
    )

    # An ack with the wrong ext, and one for a frame that never asked, are unasked.
    unasked = next(f for f in session.sent if not f.need_ack)
    session.receive_data(wire.encode_ack(asked[1].log_id, "not-the-ext"), 5.0)
    session.receive_data(wire.encode_ack(unasked.log_id, unasked.internal_ext), 5.0)
    assert [a.log_id for a in session.unasked_acks()] == [asked[1].log_id, unasked.log_id]
    assert session.unacked() == asked[1:]

    for frame in asked[1:]:
        session.receive_data(wire.encode_ack(frame.log_id, frame.internal_ext), 6.0)
    assert session.unacked() == []
    assert session.client_errors == []


@pytest.mark.parametrize(
    "garbage",
    [
        b"\xff\xff\xff",
        pb.PushFrame(payload_type="msg", payload=b"x").SerializeToString(),
        pb.PushFrame(payload_type="hb", payload=b"\xff\xff").SerializeToString(),
        pb.PushFrame(payload_type="im_enter_room", payload=b"\x08").SerializeToString(),
    ],
)
def test_garbage_from_the_client_lands_in_client_errors(garbage: bytes) -> None:
    room = Room(Script.parse("comment"))
    session = room.open(0.0)
    session.receive_data(garbage, 1.0)
    assert session.client_errors == [garbage]
    assert session.heartbeats == [] and session.acks == [] and session.enter_rooms == []
    session.receive_data(wire.encode_heartbeat(room.room_id, 1), 2.0)
    assert len(session.heartbeats) == 1  # the session goes on


def test_a_connection_and_a_room_session_agree_without_sockets() -> None:
    """The client core and the room core, wired back to back: the whole stream,
    every ack, heartbeats at the announced interval."""
    room = Room(Script.random(6, 80, per_frame=2), rate=2, ping_interval=5, seed=6)
    now = 0.0
    session = room.open(now)
    conn = Connection(unique_id="streamer", rng=random.Random(1))
    conn.receive_first_payload(room.first_payload(PUSH))
    conn.socket_opened(now, dict(room.handshake_headers())["Handshake-Options"])
    assert conn.heartbeat_interval == 5
    events: list[Event] = []
    while not conn.wants_close:
        session.handle_timeout(now)
        for data in session.data_to_send():
            conn.receive_data(data)
        conn.handle_timeout(now)
        for data in conn.data_to_send():  # enter-room, acks, heartbeats: sent at once
            session.receive_data(data, now)
        events += conn.events()
        deadlines = [d for d in (session.next_deadline(), conn.next_deadline()) if d is not None]
        if not conn.wants_close:
            now = min(deadlines)
    for data in conn.data_to_send():
        session.receive_data(data, now)
    conn.connection_lost(1000)
    session.connection_lost(1000)
    events += conn.events()

    assert isinstance(events[0], ConnectEvent)
    assert [e.msg_id for e in events if type(e) is WebsocketResponseEvent] == room.msg_ids
    assert session.unacked() == [] and session.unasked_acks() == []
    assert len(session.acks) == sum(f.need_ack for f in session.sent) == conn.acks_sent
    assert len(session.enter_rooms) == 1
    beats = session.heartbeats
    assert [h.seq for h in beats] == list(range(1, len(beats) + 1))
    phase = beats[0].at  # the first heartbeat: a random point of the first interval
    assert 0 < phase <= 5.0
    assert len(beats) == int((now - phase) // 5) + 1 >= 7
    assert [h.at for h in beats] == pytest.approx([phase + 5.0 * i for i in range(len(beats))])
    assert {h.room_id for h in beats} == {room.room_id}
    assert type(events[-1]).__name__ == "DisconnectEvent"


def test_a_flooding_client_costs_bounded_memory() -> None:
    """Garbage and heartbeats by the thousand: counted, a bounded number kept, one answer."""
    room = Room(Script.parse("comment\nend"))
    session = room.open(0.0)
    for i in range(5_000):
        session.receive_data(b"\xff" * 100_000 if i % 2 else wire.encode_heartbeat(1, i), 1.0)
    assert session.frames_received == 5_000
    assert len(session.client_errors) <= 64
    assert all(len(raw) <= 64 * 1024 for raw in session.client_errors)
    assert len(session.data_to_send()) == 1  # one heartbeat answer, not 2,500
