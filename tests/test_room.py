"""The simulated room's sans-IO logic (``livecore.room``), without sockets or clocks.

Proves: every script step parses (and a bad line is refused with its line
number); a seeded script and a seeded room are deterministic and carry the
vectors' mix; the first payload has the fields a client needs, read back with
livecore's own decoders; the room's frames decode through ``Connection`` to
the events each step promises; and a ``RoomSession`` accounts for enter-room,
heartbeats and acks exactly, resumes from a cursor, waits, changes rate,
closes once per room and lingers before closing a finished stream.
"""

from __future__ import annotations

import random
from collections import Counter

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
from livecore.proto import pb
from livecore.protocol import PayloadType
from livecore.room import (
    DEFAULT_ROOM_ID,
    STEP_HELP,
    Room,
    RoomSession,
    Script,
    ScriptClose,
    ScriptError,
    ScriptFrame,
    ScriptRate,
    ScriptWait,
    corpus,
)

PUSH = "ws://127.0.0.1:1/webcast/im/push/v2/"


def decode(room: Room) -> list[Event]:
    """Every event a client gets from the room's first payload and all its frames."""
    conn = Connection(unique_id="streamer", rng=random.Random(0))
    conn.receive_first_payload(room.first_payload(PUSH))
    for data in room.frames():
        conn.receive_data(data)
    return conn.events()


def drive(session: RoomSession, until: float = 1e9) -> None:
    """Call handle_timeout at each deadline the session names, up to ``until``."""
    while (deadline := session.next_deadline()) is not None and deadline <= until:
        session.handle_timeout(deadline)


def pushed(session: RoomSession) -> list[pb.PushFrame]:
    return [wire.decode_push_frame(data) for data in session.data_to_send()]


# ---- Script.parse ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("comment", ScriptFrame((("comment", ""),))),
        ("comment hello there", ScriptFrame((("comment", "hello there"),))),
        ("like", ScriptFrame((("like", ""),))),
        ("like 7", ScriptFrame((("like", "7"),))),
        ("join", ScriptFrame((("join", ""),))),
        ("gift 3", ScriptFrame((("gift", "3"),))),
        ("follow", ScriptFrame((("follow", ""),))),
        ("share 12", ScriptFrame((("share", "12"),))),
        ("viewers 42", ScriptFrame((("viewers", "42"),))),
        ("superfan", ScriptFrame((("superfan", ""),))),
        ("superfan_join", ScriptFrame((("superfan_join", ""),))),
        ("barrage", ScriptFrame((("barrage", ""),))),
        ("superfan_box", ScriptFrame((("superfan_box", ""),))),
        ("envelope", ScriptFrame((("envelope", ""),))),
        ("control 9", ScriptFrame((("control", "9"),))),
        ("unknown", ScriptFrame((("unknown", ""),))),
        ("unknown WebcastFooMessage", ScriptFrame((("unknown", "WebcastFooMessage"),))),
        ("gift_streak", ScriptFrame((("gift_streak", ""),))),
        ("gift_streak END", ScriptFrame((("gift_streak", "end"),))),
        ("emote", ScriptFrame((("emote", ""),))),
        ("battle", ScriptFrame((("battle", ""),))),
        ("battle open", ScriptFrame((("battle", "open"),))),
        ("battle score", ScriptFrame((("battle", "score"),))),
        ("battle end", ScriptFrame((("battle", "end"),))),
        ("poll start", ScriptFrame((("poll", "start"),))),
        ("poll update", ScriptFrame((("poll", "update"),))),
        ("poll end", ScriptFrame((("poll", "end"),))),
        ("goal 25", ScriptFrame((("goal", "25"),))),
        ("question is it live?", ScriptFrame((("question", "is it live?"),))),
        ("subscribe 3", ScriptFrame((("subscribe", "3"),))),
        ("pin", ScriptFrame((("pin", ""),))),
        ("delete", ScriptFrame((("delete", ""),))),
        ("caption hello all", ScriptFrame((("caption", "hello all"),))),
        ("rank", ScriptFrame((("rank", ""),))),
        ("method", ScriptFrame((("method", ""),))),
        ("method PollEvent", ScriptFrame((("method", "PollEvent"),))),
        ("pause", ScriptFrame((("pause", ""),))),
        ("unpause", ScriptFrame((("unpause", ""),))),
        ("end", ScriptFrame((("end", ""),))),
        ("suspend", ScriptFrame((("suspend", ""),))),
        ("wait 2s", ScriptWait(2.0)),
        ("wait 500ms", ScriptWait(0.5)),
        ("wait 1.5", ScriptWait(1.5)),
        ("rate 10", ScriptRate(10.0)),
        ("rate 0.5", ScriptRate(0.5)),
        ("close 1001", ScriptClose(1001, "")),
        ("close 1011 server  exploded ", ScriptClose(1011, "server  exploded")),
        ("  COMMENT   spaced  ", ScriptFrame((("comment", "spaced"),))),
        ("follow  # a comment after the step", ScriptFrame((("follow", ""),))),
    ],
)
def test_parse_each_step(line: str, item: object) -> None:
    assert Script.parse(line).items == (item,)


def test_parse_every_documented_step_is_covered() -> None:
    # A new step in STEP_HELP must get a line in test_parse_each_step.
    assert set(STEP_HELP) == {
        "comment", "like", "join", "gift", "follow", "share", "viewers", "superfan",
        "superfan_join", "barrage", "superfan_box", "envelope", "control", "unknown",
        "pause", "unpause", "end", "suspend", "wait", "rate", "close", "gift_streak", "emote",
        "battle", "poll", "goal", "question", "subscribe", "pin", "delete", "caption", "rank",
        "method",
    }  # fmt: skip


def test_parse_whole_script_skips_blanks_and_comments() -> None:
    script = Script.parse(
        "# a stream\n\ncomment hi\nwait 2s\n   \nshare 3 # inline\nclose 1001\nend\n"
    )
    assert script.items == (
        ScriptFrame((("comment", "hi"),)),
        ScriptWait(2.0),
        ScriptFrame((("share", "3"),)),
        ScriptClose(1001, ""),
        ScriptFrame((("end", ""),)),
    )
    assert script.frame_count == 3
    assert script.ends
    assert not Script.parse("comment\nend\ncomment").ends
    assert Script.parse("suspend\nwait 1s").ends
    assert Script.parse("").items == ()


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ("bogus", "unknown step 'bogus'"),
        ("like many", "like's count"),
        ("gift -1", "gift's count"),
        ("share 1.5", "share's count"),
        ("viewers x", "viewers's count"),
        ("control", "control's action"),
        ("control x", "control's action"),
        ("join bob", "join takes no argument"),
        ("battle now", "battle takes open or score or end"),
        ("poll maybe", "poll takes start or update or end"),
        ("gift_streak 3", "gift_streak takes end"),
        ("pin 3", "pin takes no argument"),
        ("goal lots", "goal's count"),
        ("method WebcastNopeMessage", "no Webcast method or event is named"),
        ("follow 3", "follow takes no argument"),
        ("pause now", "pause takes no argument"),
        ("unpause 1", "unpause takes no argument"),
        ("end 1", "end takes no argument"),
        ("suspend x", "suspend takes no argument"),
        ("wait", "not a duration"),
        ("wait 2m", "not a duration"),
        ("wait -1s", "not a duration"),
        ("rate", "rate wants frames per second"),
        ("rate 0", "rate wants frames per second"),
        ("rate -3", "rate wants frames per second"),
        ("rate fast", "rate wants frames per second"),
        ("rate 100001", "rate wants frames per second"),
        ("close", "close code"),
        ("close 999", "close code"),
        ("close 5000", "1000-4999"),
        ("close abc", "close code"),
    ],
)
def test_parse_bad_line_names_the_line(bad: str, words: str) -> None:
    text = f"comment\n\n# fine so far\n{bad}\nend"
    with pytest.raises(ScriptError) as caught:
        Script.parse(text)
    message = str(caught.value)
    assert message.startswith("line 4: "), message
    assert words in message
    assert isinstance(caught.value, ValueError)


# ---- Script.random ----------------------------------------------------------------------


def test_random_script_is_deterministic_per_seed() -> None:
    assert Script.random(5, 300) == Script.random(5, 300)
    assert Script.random(5, 300) != Script.random(6, 300)


def test_random_script_shape() -> None:
    script = Script.random(1, 30)
    assert script.frame_count == 30 and len(script.items) == 30
    assert script.ends
    steps = [
        [kind for kind, _ in item.messages]
        for item in script.items
        if isinstance(item, ScriptFrame)
    ]
    assert steps[10][-1] == "pause"  # a third of the way in, after the frame's messages
    assert steps[20][0] == "unpause"  # two thirds, before them
    assert steps[-1][-1] == "end"
    lifecycle = [k for frame in steps for k in frame if k in {"pause", "unpause", "end"}]
    assert lifecycle == ["pause", "unpause", "end"]

    plain = Script.random(1, 30, pause=False, end=False)
    kinds = {k for item in plain.items if isinstance(item, ScriptFrame) for k, _ in item.messages}
    assert not kinds & {"pause", "unpause", "end", "suspend"}
    assert not plain.ends

    fixed = Script.random(2, 20, per_frame=3, pause=False, end=False)
    assert all(isinstance(i, ScriptFrame) and len(i.messages) == 3 for i in fixed.items)
    with pytest.raises(ValueError):
        Script.random(0, 0)


_VECTOR_KINDS = frozenset(
    {"comment", "like", "join", "gift", "follow", "share", "viewers", "superfan", "superfan_join",
     "superfan_box", "envelope", "control", "unknown"}
)  # fmt: skip


def test_random_script_has_the_vectors_mix() -> None:
    script = Script.random(11, 2000, pause=False, end=False)
    counts = Counter(
        k for item in script.items if isinstance(item, ScriptFrame) for k, _ in item.messages
    )
    expected = {
        "comment", "like", "join", "gift", "follow", "share", "viewers", "superfan",
        "superfan_join", "superfan_box", "envelope", "control", "unknown",
        # the rarer kinds, at low rates
        "gift_streak", "emote", "battle", "poll", "goal", "question", "subscribe", "pin",
        "delete", "caption", "rank", "method",
    }  # fmt: skip
    assert set(counts) == expected  # every kind of the mix, and "barrage" has weight 0
    total = sum(counts.values())
    assert 2000 * 1 < total < 2000 * 13
    # Roughly the vectors' shares (689/1860 comments, 439/1860 likes, 8/1860 unknown).
    assert 0.30 < counts["comment"] / total < 0.44
    assert 0.18 < counts["like"] / total < 0.29
    assert counts["comment"] > counts["like"] > counts["join"] > counts["gift"]
    assert counts["unknown"] < counts["control"]
    rare = sum(counts[k] for k in expected if k not in _VECTOR_KINDS)
    assert 0.03 < rare / total < 0.10  # present, and never more than a pinch of the stream
    sizes = Counter(len(i.messages) for i in script.items if isinstance(i, ScriptFrame))
    assert set(sizes) == {1, 2, 3, 5, 8, 13}


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
