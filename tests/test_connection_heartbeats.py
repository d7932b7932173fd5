"""The sans-IO Connection's timing: enter-room and heartbeats, at explicit times.

Proves: enter-room and heartbeats go out when and as documented (interval
precedence, deadlines, no catch-up burst, seq restart per socket, a first
phase drawn from the rng and spread over the interval); the constructor
refuses nonsense; and the core is deterministic given a seeded
``random.Random``.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from connection_builders import (
    ROOM,
    barrage,
    chat,
    control,
    envelope,
    first_beat,
    first_payload,
    frame,
    heartbeat_seqs,
    message,
    sent,
    social,
    transport,
)

from livecore import ConnectEvent, Connection
from livecore.frames import decode_push_frame
from livecore.proto import pb

MAX_INT64 = 2**63 - 1


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
