"""Faults in the simulated room, sans-IO (``livecore.room``): no sockets, no clocks.

Proves: the ``--faults`` grammar reads every kind and refuses a bad item by
name; random plans are seeded; each kind makes a ``RoomSession`` emit what
docs/room.md says (a cut, a close, silence, an unreadable extra frame, a
bomb, an oversize frame, unpaced frames, replayed history, refused
handshakes); each positioned fault fires once per room and is counted in
``faults_fired``; and a client that reconnects with its last cursor after
every fault and drops repeated msg_ids gets every msg_id of the stream
exactly once, in order, whatever the plan.
"""

from __future__ import annotations

import tracemalloc
import zlib

import pytest

from livecore import frames as wire
from livecore.errors import DecompressionError, FrameDecodeError, PayloadTooLargeError
from livecore.handshake import HANDSHAKE_MSG
from livecore.room import (
    BOMB_SIZE,
    FAULT_HELP,
    OVERSIZE,
    RANDOM_KINDS,
    Fault,
    Faults,
    FaultSpecError,
    Refusal,
    Room,
    RoomSession,
    Script,
    ScriptError,
)
from livecore.room.hostile import bomb_frame

CLIENT_MAX_MESSAGE = 4 * 1024 * 1024  # livecore_trio.Client's default max_message_size


def room_with(spec: str, frames: int = 10, *, rate: float = 10, seed: int = 0) -> Room:
    return Room(Script.parse("comment\n" * frames), faults=Faults.parse(spec), rate=rate, seed=seed)


def drive(session: RoomSession, until: float = 1e9) -> None:
    """Call handle_timeout at each deadline the session names, up to ``until``."""
    while (deadline := session.next_deadline()) is not None and deadline <= until:
        session.handle_timeout(deadline)


def log_ids(data: bytes) -> list[int]:
    """The msg_ids of a readable ``msg`` frame."""
    result = wire.decode_fetch_result(wire.frame_payload(wire.decode_push_frame(data)))
    return [m.msg_id for m in result.messages]


# ---- the grammar ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "faults"),
    [
        ("drop@120", [Fault("drop", 120)]),
        ("close@300:1011", [Fault("close", 300, 1011)]),
        ("close@3:1000", [Fault("close", 3, 1000)]),
        ("close@3:4001", [Fault("close", 3, 4001)]),
        ("close@3:1006", [Fault("close", 3, 1006)]),
        ("stall@500", [Fault("stall", 500)]),
        ("garbage@40", [Fault("garbage", 40)]),
        ("truncated@41", [Fault("truncated", 41)]),
        ("bomb@60", [Fault("bomb", 60)]),
        ("oversize@70", [Fault("oversize", 70)]),
        ("burst@400:50", [Fault("burst", 400, 50)]),
        ("history:5", [Fault("history", None, 5)]),
        ("refuse@200:3", [Fault("refuse", 200, 3)]),
        ("refuse@200", [Fault("refuse", 200, 1)]),
        ("refuse:2", [Fault("refuse", None, 2)]),
        ("reject:1", [Fault("reject", None, 1)]),
        ("reject@9:4", [Fault("reject", 9, 4)]),
        ("", []),
        (
            " DROP@1 ,\tgarbage@0  stall@2,",
            [Fault("drop", 1), Fault("garbage", 0), Fault("stall", 2)],
        ),
        ("drop@0,drop@0", [Fault("drop", 0), Fault("drop", 0)]),
    ],
)
def test_parse_each_kind(spec: str, faults: list[Fault]) -> None:
    plan = Faults.parse(spec)
    assert list(plan.items) == faults
    assert Faults.parse(str(plan)) == plan  # str() is the plan back in the grammar


def test_every_kind_has_help_and_a_parse_case() -> None:
    assert set(FAULT_HELP) == {
        "drop", "close", "stall", "garbage", "truncated", "bomb", "oversize",
        "burst", "refuse", "reject", "history",
    }  # fmt: skip
    for kind, text in FAULT_HELP.items():
        assert text.startswith(kind)


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("drop", "'drop': drop wants the frame it comes before"),
        ("explode@3", "'explode@3': unknown fault 'explode'"),
        ("drop@x", "'drop@x': 'x' is not a whole number"),
        ("drop@-1", "'drop@-1'"),
        ("drop@3:2", "'drop@3:2': drop takes no :argument"),
        ("garbage@1:5", "garbage takes no :argument"),
        ("close@3", "'close@3': close wants a code"),
        ("close@3:1005", "'close@3:1005': close wants a code"),
        ("close@3:999", "close wants a code"),
        ("close@3:5000", "close wants a code"),
        ("close@3:2000", "close wants a code"),
        ("burst@4", "'burst@4': burst wants :K"),
        ("burst@4:0", "burst's count is 1 to"),
        ("history", "'history': history wants :K"),
        ("history@3:5", "'history@3:5': history applies to every resume"),
        ("history:0", "history wants :K"),
        ("history:2,history:3", "history is given more than once"),
        ("refuse:0", "'refuse:0': refuse's count"),
        ("drop@1@2", "'drop@1@2': not KIND[@FRAME][:ARG]"),
        ("drop@1,close@9:x", "'close@9:x': 'x' is not a whole number"),
        ("stall@", "'stall@': '' is not a whole number"),
    ],
)
def test_parse_refuses_a_bad_item_by_name(spec: str, words: str) -> None:
    with pytest.raises(FaultSpecError) as refused:
        Faults.parse(spec)
    assert words in str(refused.value)
    assert isinstance(refused.value, ScriptError)  # one family of errors for both grammars


@pytest.mark.parametrize("number", ["\u00b2", "\u0663", "1" * 13, "9" * 5000])
def test_parse_refuses_odd_digits_and_huge_numbers_as_a_spec_error(number: str) -> None:
    # isdigit() alone takes "²" (int() then raises a bare ValueError) and a
    # 5000-digit number (int() refuses the length): both are the plan's fault.
    for spec in (f"drop@{number}", f"burst@3:{number}"):
        with pytest.raises(FaultSpecError, match="is not a whole number"):
            Faults.parse(spec)


@pytest.mark.parametrize("number", ["\u00b2", "1" * 13, "9" * 5000])
def test_script_refuses_odd_digits_and_huge_numbers_as_a_script_error(number: str) -> None:
    for text in (f"like {number}\n", f"close {number}\n", f"control {number}\n"):
        with pytest.raises(ScriptError, match="line 1"):
            Script.parse(text)


def test_a_fault_built_in_python_is_checked_too() -> None:
    with pytest.raises(FaultSpecError, match="close wants a code"):
        Fault("close", 3, 1005)
    with pytest.raises(FaultSpecError, match="unknown fault"):
        Fault("meteor", 1)
    assert Fault("reject").arg == 1
    assert str(Faults((Fault("drop", 3), Fault("history", None, 2)))) == "drop@3,history:2"
    assert not Faults() and Faults.parse("drop@1")


# ---- random plans --------------------------------------------------------------------


def template(fault: Fault) -> str:
    """A fault as Faults.random's ``kinds`` name it: KIND[:ARG], no position."""
    return fault.kind if fault.arg is None else f"{fault.kind}:{fault.arg}"


def test_random_plan_is_seeded() -> None:
    one = Faults.random(7, 500, 0.05)
    assert one == Faults.random(7, 500, 0.05)
    assert one != Faults.random(8, 500, 0.05)
    positioned = [f for f in one.items if f.at is not None]
    assert 5 < len(positioned) < 60  # about 25
    assert [f.at for f in positioned] == sorted({f.at for f in positioned})  # one per frame at most
    assert all(f.at is not None and 0 <= f.at < 500 for f in positioned)
    assert {template(f) for f in positioned} == set(RANDOM_KINDS)
    assert one.history == 5
    assert Faults.parse(str(one)) == one


def test_random_plan_rate_and_kinds() -> None:
    assert Faults.random(1, 100, 0.0, history=0) == Faults()
    every = Faults.random(1, 20, 1.0, kinds=["garbage", "close:4000"], history=0)
    assert [f.at for f in every.items] == list(range(20))
    assert {template(f) for f in every.items} == {"garbage", "close:4000"}
    with pytest.raises(ValueError, match="probability"):
        Faults.random(1, 10, 1.5)
    with pytest.raises(FaultSpecError, match="close wants a code"):
        Faults.random(1, 10, 0.5, kinds=["close"])
    with pytest.raises(FaultSpecError, match="history applies"):
        Faults.random(1, 10, 0.5, kinds=["history:3"])


# ---- each kind, on one session ----------------------------------------------------------


def test_drop_cuts_before_its_frame_with_no_close_frame() -> None:
    room = room_with("drop@3")
    session = room.open(0.0)
    drive(session)
    assert [f.index for f in session.sent] == [0, 1, 2]
    assert session.drop and session.close_code is None
    assert session.next_deadline() is None
    assert len(session.data_to_send()) == 3  # what came before the cut still goes out
    session.receive_data(wire.encode_heartbeat(room.room_id, 1), 1.0)
    assert session.data_to_send() == []  # no heartbeat answer from a cut connection
    session.connection_lost(1006)
    assert session.closed and session.lost_code is None  # no close frame, whatever it says
    assert room.faults_fired == {"drop": 1}
    assert session.faults == [Fault("drop", 3)]


@pytest.mark.parametrize("code", [1000, 1001, 1011, 4000, 4999])
def test_close_sends_its_code_before_its_frame(code: int) -> None:
    room = room_with(f"close@2:{code}")
    session = room.open(0.0)
    drive(session)
    assert session.close_code == code and not session.drop
    assert str(code) in session.close_reason
    assert [f.index for f in session.sent] == [0, 1]
    assert room.faults_fired == {"close": 1}


def test_close_1006_is_a_drop() -> None:
    room = room_with("close@2:1006")
    session = room.open(0.0)
    drive(session)
    assert session.drop and session.close_code is None
    assert room.faults_fired == {"drop": 1}


def test_stall_goes_silent_for_good_but_keeps_reading() -> None:
    room = room_with("stall@4", frames=8, rate=10)
    session = room.open(0.0)
    drive(session)
    assert [f.index for f in session.sent] == [0, 1, 2, 3]
    assert session.stalled and not session.drop and session.close_code is None
    assert len(session.data_to_send()) == 4
    assert session.next_deadline() is None
    session.handle_timeout(3600.0)  # an hour later: still nothing
    for seq in (1, 2, 3):
        session.receive_data(wire.encode_heartbeat(room.room_id, seq), 10.0 * seq)
        assert session.data_to_send() == []  # not even a heartbeat answer
    assert [b.seq for b in session.heartbeats] == [1, 2, 3]  # but it reads them
    assert not session.closed
    assert room.faults_fired == {"stall": 1}


def test_garbage_is_an_extra_unreadable_frame_seeded() -> None:
    room = room_with("garbage@2", seed=3)
    session = room.open(0.0)
    drive(session)
    out = session.data_to_send()
    assert len(out) == 11  # ten log frames and the extra one, before frame 2
    garbage = out[2]
    with pytest.raises(FrameDecodeError):
        wire.decode_push_frame(garbage)
    assert out[:2] + out[3:] == list(room.frames())  # the log frames, untouched
    assert garbage == room_with("garbage@2", seed=3).fault_frame("garbage", 2)
    assert garbage != room_with("garbage@2", seed=4).fault_frame("garbage", 2)
    [injected] = session.injected
    assert (injected.kind, injected.size, injected.msg_ids) == ("garbage", len(garbage), ())
    for index in range(300):  # never, by chance, a frame a client could read
        with pytest.raises(FrameDecodeError):
            wire.decode_push_frame(room.fault_frame("garbage", index))


def test_truncated_is_a_msg_frame_whose_gzip_is_cut_short() -> None:
    room = room_with("truncated@1")
    session = room.open(0.0)
    drive(session)
    out = session.data_to_send()
    frame = wire.decode_push_frame(out[1])
    assert frame.payload_type == "msg" and wire.is_gzip_frame(frame)
    with pytest.raises(DecompressionError, match="truncated") as refused:
        wire.frame_payload(frame)
    assert not isinstance(refused.value, PayloadTooLargeError)
    assert [log_ids(d) for d in out[:1] + out[2:]] == [log_ids(d) for d in room.frames()]


def test_bomb_inflates_far_past_the_cap_and_costs_little() -> None:
    room = room_with("bomb@0")
    session = room.open(0.0)
    drive(session)
    bomb = session.data_to_send()[0]
    assert len(bomb) < 100 * 1024  # cheap to send
    frame = wire.decode_push_frame(bomb)
    assert frame.payload_type == "msg"
    with pytest.raises(PayloadTooLargeError):
        wire.frame_payload(frame)
    # It is a whole, valid gzip member of BOMB_SIZE zeros: inflate it a MiB at a time.
    inflater = zlib.decompressobj(31)
    pending, total = frame.payload, 0
    while pending:
        out = inflater.decompress(pending, 1 << 20)
        assert not out.strip(b"\0")
        total += len(out)
        pending = inflater.unconsumed_tail
    assert inflater.eof and not inflater.unused_data
    assert total == BOMB_SIZE >= 8 * wire.DEFAULT_MAX_DECOMPRESSED
    # Built once per process, however many rooms fire one.
    assert room_with("bomb@0").fault_frame("bomb", 0) is bomb is bomb_frame()


def test_oversize_is_past_the_clients_default_and_carries_nothing() -> None:
    room = room_with("oversize@1")
    session = room.open(0.0)
    drive(session)
    out = session.data_to_send()
    big = out[1]
    assert CLIENT_MAX_MESSAGE < len(big) <= OVERSIZE
    assert all(len(d) < 64 * 1024 for d in out[:1] + out[2:])
    result = wire.decode_fetch_result(wire.frame_payload(wire.decode_push_frame(big)))
    # No messages, and no cursor or internal_ext: a client that reads it keeps its resume point.
    assert (list(result.messages), result.cursor, result.internal_ext) == ([], "", "")
    assert session.injected[0].size == len(big)


def test_burst_pushes_its_frames_unpaced_then_the_rate_resumes() -> None:
    room = room_with("burst@2:4", frames=10, rate=10)
    session = room.open(0.0)
    drive(session)
    ats = [f.at for f in session.sent]
    assert ats == pytest.approx([0.0, 0.1, 0.2, 0.2, 0.2, 0.2, 0.3, 0.4, 0.5, 0.6])
    assert session.injected == []
    assert room.faults_fired == {"burst": 1}


def test_a_burst_longer_than_one_call_is_followed_by_paced_frames() -> None:
    # 300 frames at once take two calls (256 a call at most). When the second
    # call comes late, the frames after the burst are paced from that call's
    # time, not from when the burst began.
    room = room_with("burst@2:300", frames=400, rate=10)
    session = room.open(0.0)
    for now in (0.0, 0.1, 0.2):
        session.handle_timeout(now)
    assert len(session.sent) == 2 + 256
    session.handle_timeout(10.0)
    late = [f for f in session.sent if f.at == 10.0]
    assert len(late) == 300 - 256  # the rest of the burst, and not one frame more
    assert session.next_deadline() == pytest.approx(10.1)
    session.handle_timeout(10.1)
    assert [f.at for f in session.sent[2 + 300 :]] == pytest.approx([10.1])


def test_history_replays_the_messages_before_the_cursor() -> None:
    room = Room(Script.random(2, 12, pause=False), faults=Faults.parse("history:7"), rate=10)
    fresh = room.open(0.0)  # from the start: nothing to replay
    drive(fresh)
    assert fresh.injected == []

    resumed = room.open(0.0, {"cursor": "r-6"})
    drive(resumed)
    out = resumed.data_to_send()
    result = wire.decode_fetch_result(wire.frame_payload(wire.decode_push_frame(out[0])))
    before = [i for f in fresh.sent[:6] for i in f.msg_ids][-7:]
    assert [m.msg_id for m in result.messages] == before
    assert all(m.is_history for m in result.messages)
    assert (result.cursor, result.internal_ext, result.need_ack) == ("", "", False)
    assert [log_ids(d) for d in out[1:]] == [list(f.msg_ids) for f in fresh.sent[6:]]
    assert resumed.msg_ids == room.msg_ids[len(fresh.msg_ids) - len(resumed.msg_ids) :]
    assert resumed.injected[0].msg_ids == tuple(before)
    assert room.faults_fired == {"history": 1}

    short = room.open(0.0, {"cursor": "r-1"})  # fewer messages before it than asked for
    drive(short)
    assert short.injected[0].msg_ids == fresh.sent[0].msg_ids[-7:]


def test_refuse_drops_then_refuses_the_next_handshakes_with_503() -> None:
    room = room_with("refuse@3:2")
    assert room.refusal(0.0) is None  # nothing refused until it fires
    session = room.open(0.0)
    drive(session)
    assert session.drop and len(session.sent) == 3
    first, second = room.refusal(1.0), room.refusal(2.0)
    assert first is not None and second is not None
    assert first.status == 503 and first.kind == "refuse" and first.body
    assert HANDSHAKE_MSG not in dict(first.headers)
    assert room.refusal(3.0) is None  # then handshakes are accepted again
    assert room.refused == [first, second]
    assert room.faults_fired == {"drop": 1, "refuse": 2}


def test_reject_refuses_with_200_and_handshake_msg() -> None:
    room = room_with("reject:1")  # unpositioned: from the very first handshake
    refusal = room.refusal(0.0)
    assert refusal is not None
    assert refusal.status == 200 and refusal.kind == "reject"
    assert "refuses" in dict(refusal.headers)[HANDSHAKE_MSG]
    assert room.refusal(0.0) is None
    assert room.faults_fired == {"reject": 1}


def test_refuse_from_python() -> None:
    room = Room(Script.parse("comment"))
    room.refuse(2, status=200, message="detected: please update")
    room.refuse(status=429)
    got = [room.refusal(0.0) for _ in range(4)]
    assert [r.status if r else None for r in got] == [200, 200, 429, None]
    assert got[0] == Refusal(
        200,
        (("Content-Type", "text/plain; charset=utf-8"), (HANDSHAKE_MSG, "detected: please update")),
        b"detected: please update\n",
    )
    assert room.faults_fired == {"reject": 2, "refuse": 1}
    for status in (101, 199, 600):
        with pytest.raises(ValueError, match="HTTP status"):
            room.refuse(status=status)


def test_handshake_headers_are_kept_by_lower_case_name() -> None:
    room = Room(Script.parse("comment"))
    session = room.open(
        0.0,
        {"cursor": "r-0"},
        [("User-Agent", "Mozilla/5.0"), ("Cookie", "a=1"), ("COOKIE", "b=2"), ("X-Y", "z")],
    )
    assert session.headers == {"user-agent": "Mozilla/5.0", "cookie": "a=1; b=2", "x-y": "z"}
    assert room.open(0.0, headers={"Origin": "https://www.tiktok.com"}).headers == {
        "origin": "https://www.tiktok.com"
    }
    assert room.open(0.0).headers == {}


# ---- once per room ----------------------------------------------------------------------


def test_each_positioned_fault_fires_once_per_room() -> None:
    room = room_with("drop@2,close@2:1011,stall@5,garbage@7", frames=10)
    cursor = None
    sessions = []
    for _ in range(4):
        session = room.open(0.0, {"cursor": cursor} if cursor else {})
        drive(session)
        sessions.append(session)
        cursor = session.sent[-1].cursor if session.sent else cursor
        session.connection_lost(None)
    one, two, three, four = sessions
    assert (one.drop, len(one.sent)) == (True, 2)
    assert (two.close_code, len(two.sent)) == (1011, 0)  # the same frame: the next fault
    assert (three.stalled, [f.index for f in three.sent]) == (True, [2, 3, 4])
    assert [f.index for f in four.sent] == [5, 6, 7, 8, 9]
    assert [i.kind for i in four.injected] == ["garbage"]
    assert room.faults_fired == {"drop": 1, "close": 1, "stall": 1, "garbage": 1}
    again = room.open(0.0)  # from the start, every fault already fired: a clean stream
    drive(again)
    assert again.msg_ids == room.msg_ids and again.faults == [] and again.injected == []


# ---- a client that resumes loses nothing -----------------------------------------------------


def resume_through(room: Room, *, dedup: bool = True) -> tuple[list[int], int, int]:
    """A sans-IO client: reconnects with its last cursor after every cut, close,
    stall (its watchdog) and oversize frame (it closes 1009), skips what it
    cannot read, and with ``dedup`` drops msg_ids it already has. Returns the
    msg_ids it kept, its sessions and the repeats it dropped."""
    got: list[int] = []
    seen: set[int] = set()
    repeats = 0
    cursor = ""
    now = 0.0
    sessions = 0
    last = room.msg_ids[-1]
    while last not in seen:
        assert sessions < 500, "no progress"
        now += 1.0
        if room.refusal(now) is not None:
            continue  # backs off and tries again
        session = room.open(now, {"cursor": cursor} if cursor else {})
        sessions += 1
        code: int | None = 1000
        while last not in seen and (deadline := session.next_deadline()) is not None:
            now = max(now, deadline)
            session.handle_timeout(now)
            for data in session.data_to_send():
                if len(data) > CLIENT_MAX_MESSAGE:
                    code = 1009
                    break
                try:
                    result = wire.decode_fetch_result(
                        wire.frame_payload(wire.decode_push_frame(data))
                    )
                except FrameDecodeError:
                    continue  # an error event; the session goes on
                for message in result.messages:
                    if message.msg_id in seen:
                        assert message.is_history  # only history repeats, nothing else
                        repeats += 1
                        if dedup:
                            continue
                    seen.add(message.msg_id)
                    got.append(message.msg_id)
                cursor = result.cursor or cursor
            if code == 1009:
                break
        if session.drop:
            code = None
        session.connection_lost(code)
    return got, sessions, repeats


def test_a_resuming_client_gets_every_msg_id_once_in_order_through_every_kind() -> None:
    spec = (
        "garbage@0,drop@3,close@5:1000,close@7:1001,close@9:1006,close@11:1011,"
        "close@13:4000,stall@15,truncated@17,bomb@19,oversize@21,burst@23:5,"
        "refuse@30:2,reject@33:1,history:4"
    )
    room = Room(Script.random(5, 40), seed=5, faults=Faults.parse(spec), rate=20)
    got, sessions, repeats = resume_through(room)
    assert got == room.msg_ids  # nothing lost, nothing doubled, in order
    assert set(room.faults_fired) == set(FAULT_HELP)  # every kind fired
    assert room.faults_fired["close"] == 4 and room.faults_fired["drop"] == 4
    assert sessions == 11 and room.faults_fired["history"] == 10  # every resume
    assert repeats > 0  # so without dedup it would fail:
    fresh = Room(Script.random(5, 40), seed=5, faults=Faults.parse(spec), rate=20)
    doubled, _, _ = resume_through(fresh, dedup=False)
    assert len(doubled) > len(set(doubled)) == len(fresh.msg_ids)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_resuming_client_loses_nothing_under_a_random_plan(seed: int) -> None:
    plan = Faults.random(seed, 150, 0.08)
    room = Room(Script.random(seed, 150), seed=seed, faults=plan, rate=50)
    got, sessions, _ = resume_through(room)
    assert got == room.msg_ids
    fired = sum(room.faults_fired.values())
    assert fired >= sum(1 for f in plan.items if f.at is not None)
    assert sessions > 1


def test_faults_cost_bounded_memory() -> None:
    # Sessions keep a small record per fault that fired, never the frames: a
    # room that pushed 4 oversize frames (16 MiB) and 4 bombs holds on to
    # none of them, and the bomb (built once per process) is never inflated.
    bomb_frame()
    spec = ",".join(f"oversize@{i},bomb@{i + 1}" for i in range(0, 40, 10))
    tracemalloc.start()
    try:
        room = Room(Script.parse("comment\n" * 40), faults=Faults.parse(spec), rate=1000)
        got, _, _ = resume_through(room)
        held, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        room.fault_frame("oversize", 0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert got == room.msg_ids
    assert room.faults_fired == {"oversize": 4, "bomb": 4}
    assert held < 1024 * 1024  # nothing kept
    assert peak < 2.5 * OVERSIZE  # one oversize frame costs two copies at most to build
    assert [i.kind for s in room.sessions for i in s.injected] == ["oversize", "bomb"] * 4
