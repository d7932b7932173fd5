"""The simulated room's stream (``livecore.room.Room``), without sockets or clocks.

Proves: a seeded room is deterministic, its msg_ids unique and rising, and
bad parameters refused; a corpus is deterministic and decodes; the first
payload has the fields a client needs, read back with livecore's own
decoders; the handshake announces the ping interval; and the room's frames
decode through ``Connection`` to the events each step promises.
"""

from __future__ import annotations

import random

import pytest

from livecore import (
    CommentEvent,
    ConnectEvent,
    Connection,
    ControlEvent,
    Event,
    FollowEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    RoomUserSeqEvent,
    ShareEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    UnknownEvent,
    WebsocketResponseEvent,
)
from livecore import frames as wire
from livecore.handshake import ping_interval
from livecore.protocol import PayloadType
from livecore.room import DEFAULT_ROOM_ID, Room, Script, ScriptFrame, corpus

PUSH = "ws://127.0.0.1:1/webcast/im/push/v2/"


def decode(room: Room) -> list[Event]:
    """Every event a client gets from the room's first payload and all its frames."""
    conn = Connection(unique_id="streamer", rng=random.Random(0))
    conn.receive_first_payload(room.first_payload(PUSH))
    for data in room.frames():
        conn.receive_data(data)
    return conn.events()


# ---- Room ------------------------------------------------------------------------------


def test_room_is_deterministic_per_seed() -> None:
    script = Script.random(3, 60)
    first = list(Room(script, seed=3).frames())
    assert first == list(Room(script, seed=3).frames())
    assert first != list(Room(script, seed=4).frames())
    assert Room(script, seed=3).msg_ids == Room(script, seed=3).msg_ids
    assert Room(seed=9).script == Script.random(9)  # the default script comes from the seed
    # Frames are gzip msg frames, one per script frame, in order.
    assert len(first) == 60 == Room(script, seed=3).frame_count
    for index, data in enumerate(first):
        frame = wire.decode_push_frame(data)
        assert frame.payload_type == "msg"
        assert frame.seq_id == index + 1
        assert wire.is_gzip_frame(frame)


def test_room_msg_ids_are_unique_and_rising() -> None:
    room = Room(Script.random(8, 200))
    ids = room.msg_ids
    assert (
        len(ids)
        == len(set(ids))
        == sum(len(i.messages) for i in room.script.items if isinstance(i, ScriptFrame))
    )
    assert ids == sorted(ids)


def test_room_refuses_bad_parameters() -> None:
    with pytest.raises(ValueError):
        Room(rate=0)
    with pytest.raises(ValueError):
        Room(rate=100_001)
    with pytest.raises(ValueError):
        Room(ping_interval=0)
    with pytest.raises(ValueError):
        Room(ping_interval=301)


def test_corpus_is_deterministic_and_decodes() -> None:
    frames = corpus(seed=4, frames=40)
    assert len(frames) == 40
    assert frames == corpus(seed=4, frames=40)
    assert frames != corpus(seed=5, frames=40)
    for data in frames:  # gzip msg frames, as a room pushes them
        frame = wire.decode_push_frame(data)
        assert frame.payload_type == PayloadType.MSG
        assert wire.is_gzip_frame(frame)
    conn = Connection(rng=random.Random(0))
    for data in frames:
        conn.receive_data(data)
    events = conn.events()
    assert isinstance(events[0], ConnectEvent)
    # No lifecycle in a corpus: it is for benchmarks, not a stream that ends.
    assert not any(isinstance(e, LivePauseEvent | LiveUnpauseEvent | LiveEndEvent) for e in events)
    assert conn.messages_received == sum(1 for e in events if type(e) is WebsocketResponseEvent)
    assert all(len(f) for f in corpus(seed=1, frames=5, per_frame=2))


def test_first_payload_fields() -> None:
    room = Room(Script.parse("comment"), room_id=123456789, ping_interval=7)
    data = room.first_payload(PUSH)
    result = wire.decode_fetch_result(data)
    assert result.is_first
    assert result.cursor == "r-0"
    assert result.internal_ext and "123456789" in result.internal_ext
    assert result.push_server == PUSH
    assert result.route_params["room_id"] == "123456789"
    assert result.heartbeat_duration == 7000
    assert not result.need_ack
    assert len(result.messages) == 0

    conn = Connection(unique_id="streamer")  # no room id: the route_params give it
    conn.receive_first_payload(data)
    [connect] = conn.events()
    assert isinstance(connect, ConnectEvent)
    assert (connect.unique_id, connect.room_id) == ("streamer", 123456789)
    url = conn.websocket_url()
    assert url.startswith(PUSH + "?")
    assert "cursor=r-0" in url and "room_id=123456789" in url and "aid=1988" in url


def test_handshake_headers_announce_the_ping_interval() -> None:
    for interval in (5, 2.5, 10):
        [(name, value)] = Room(ping_interval=interval).handshake_headers()
        assert name.lower() == "handshake-options"
        assert ping_interval(value) == interval


# ---- frames through the client core -------------------------------------------------------


def only(events: list[Event], kind: type[Event]) -> list[Event]:
    return [e for e in events if type(e) is kind]


def test_each_step_decodes_to_its_event() -> None:
    text = """
        comment hello there
        like 7
        join
        gift 3
        follow
        share 12
        share
        viewers 42
        superfan
        superfan_join
        barrage
        superfan_box
        envelope
        control 9
        unknown WebcastFooMessage
        pause
        unpause
        end
    """
    room = Room(Script.parse(text), seed=1)
    events = decode(room)
    assert isinstance(events[0], ConnectEvent)
    assert events[0].room_id == DEFAULT_ROOM_ID

    [comment] = only(events, CommentEvent)
    assert comment.content == "hello there"
    assert comment.user.unique_id.startswith("viewer_")
    assert comment.room_id == DEFAULT_ROOM_ID
    [like] = only(events, LikeEvent)
    assert like.count == 7
    [join] = only(events, JoinEvent)
    assert join.member_count > 0
    [gift] = only(events, GiftEvent)
    assert gift.repeat_count == 3 and gift.gift.name
    assert len(only(events, FollowEvent)) == 1
    shares = only(events, ShareEvent)
    assert shares[0].users_joined == 12
    assert len(shares) == 2
    [viewers] = only(events, RoomUserSeqEvent)
    assert viewers.total == 42
    assert len(only(events, SuperFanEvent)) == 1
    assert len(only(events, SuperFanJoinEvent)) == 1
    # Derived events come with their base event, for the same message.
    kinds: dict[int, set[str]] = {}
    for e in events:
        if e.msg_id is not None and type(e) is not WebsocketResponseEvent:
            kinds.setdefault(e.msg_id, set()).add(type(e).__name__)
    steps = [line.strip().split(" ")[0] for line in text.strip().splitlines()]
    by_step = {step: kinds[msg_id] for step, msg_id in zip(steps, room.msg_ids, strict=True)}
    assert by_step["superfan"] == {"SuperFanEvent", "BarrageEvent"}
    assert by_step["superfan_join"] == {"SuperFanJoinEvent", "BarrageEvent"}
    assert by_step["barrage"] == {"BarrageEvent"}
    assert by_step["superfan_box"] == {"SuperFanBoxEvent", "EnvelopeEvent"}
    assert by_step["envelope"] == {"EnvelopeEvent"}
    assert by_step["follow"] == {"FollowEvent", "SocialEvent"}
    assert by_step["pause"] == {"LivePauseEvent", "ControlEvent"}
    assert by_step["unpause"] == {"LiveUnpauseEvent", "ControlEvent"}
    assert by_step["end"] == {"LiveEndEvent", "ControlEvent"}
    assert by_step["control"] == {"ControlEvent"}
    assert by_step["unknown"] == {"UnknownEvent"}
    assert by_step["comment"] == {"CommentEvent"}
    [unknown] = only(events, UnknownEvent)
    assert unknown.method == "WebcastFooMessage"
    controls = [e.action for e in only(events, ControlEvent)]
    assert controls == [9, 1, 2, 3]  # every control message is also a ControlEvent
    lifecycle = [type(e) for e in events if isinstance(e, LivePauseEvent | LiveUnpauseEvent)]
    assert lifecycle == [LivePauseEvent, LiveUnpauseEvent]
    [end] = only(events, LiveEndEvent)
    assert end.action == 3

    # Every message is a WebsocketResponseEvent, in the room's msg_id order.
    responses = [e.msg_id for e in events if type(e) is WebsocketResponseEvent]
    assert responses == room.msg_ids
    assert len(responses) == 18


def test_suspend_is_a_live_end_with_action_4() -> None:
    events = decode(Room(Script.parse("comment\nsuspend")))
    [end] = only(events, LiveEndEvent)
    assert end.action == 4
    assert "suspended" in end.tips


def test_random_room_decodes_without_errors() -> None:
    room = Room(Script.random(21, 120), seed=21)
    events = decode(room)
    assert [e.msg_id for e in events if type(e) is WebsocketResponseEvent] == room.msg_ids
    assert not any(type(e).__name__.endswith("ErrorEvent") for e in events)
    lifecycle = [type(e) for e in events if isinstance(e, LivePauseEvent | LiveUnpauseEvent)]
    assert lifecycle == [LivePauseEvent, LiveUnpauseEvent]
    assert isinstance(only(events, LiveEndEvent)[0], LiveEndEvent)
