"""How a Connection's session ends, and the lifecycle edge cases of ``livecore.lifecycle``.

Proves: the session always ends with one ``DisconnectEvent`` whose reason
says why (the client's close, the server's close codes, a transport error,
the live's end, the recording's end), and nothing may be fed after it; pause,
unpause and end move the lifecycle as documented in any order; and
``ConnectEvent`` comes once and first, with or without a first payload.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from connection_builders import ROOM, chat, control, first_payload, frame, live, names

from livecore import Connection, DisconnectEvent, DisconnectReason, LocalProtocolError

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
