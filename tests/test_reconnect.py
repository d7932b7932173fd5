"""The core's answer to a lost socket: watchdog, reconnect policy, resume, repeats dropped.

Sans-IO: time is an argument, the jitter comes from a seeded ``random.Random``,
so every delay and deadline below is exact. What a user relies on:

- a silent socket is declared stale after ``stale_after`` (3 heartbeat
  intervals by default) and the session goes on over a new one;
- a lost socket is retried with backoff and full jitter, within the policy's
  attempts and time, never after the end of the stream or the user's close,
  never before any socket opened (a first connect fails fast);
- the session keeps exactly one ConnectEvent and one DisconnectEvent, and
  ReconnectingEvent / ReconnectedEvent come in pairs in between;
- the next socket resumes from the last cursor and internal_ext, and a
  msg_id already delivered is never delivered again (a bounded window).
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs, urlsplit

import pytest
from connection_builders import ROOM, chat, control, first_payload, frame, names, sent

from livecore import (
    ConnectEvent,
    Connection,
    DisconnectEvent,
    DisconnectReason,
    Event,
    ReconnectedEvent,
    ReconnectingEvent,
    ReconnectPolicy,
    WebsocketResponseEvent,
)
from livecore.dedup import DedupWindow
from livecore.errors import LocalProtocolError
from livecore.proto import pb

POLICY = ReconnectPolicy(attempts=3, max_elapsed=100.0, base=1.0, cap=4.0)


def connected(**kwargs: object) -> Connection:
    """A session with its first payload and an open socket at t=0 (interval 10 s)."""
    options = {"unique_id": "someone", "room_id": ROOM, "rng": random.Random(1)}
    options.update(kwargs)
    conn = Connection(**options)  # type: ignore[arg-type]
    conn.receive_first_payload(first_payload())
    conn.socket_opened(0.0)
    conn.data_to_send()
    assert names(conn.events()) == ["ConnectEvent"]
    return conn


def ids(events: list[Event]) -> list[int | None]:
    return [e.msg_id for e in events if type(e) is WebsocketResponseEvent]


def only(events: list[Event], kind: type[Event]) -> Event:
    [event] = [e for e in events if isinstance(e, kind)]
    return event


# ---- the policy ------------------------------------------------------------------------


def test_backoff_bounds_double_up_to_the_cap() -> None:
    policy = ReconnectPolicy(base=0.5, cap=4.0)
    assert [policy.bound(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert policy.bound(10_000) == 4.0  # no overflow however long it has failed


def test_full_jitter_stays_within_the_bound_and_spreads() -> None:
    policy = ReconnectPolicy(base=1.0, cap=8.0)
    rng = random.Random(7)
    delays = [policy.delay(4, rng) for _ in range(2000)]
    assert all(0.0 <= d <= 8.0 for d in delays)
    # Full jitter: spread over the whole range, not bunched at the bound.
    assert min(delays) < 0.5 and max(delays) > 7.5
    assert 3.0 < sorted(delays)[1000] < 5.0


def test_attempts_and_elapsed_bound_the_retrying() -> None:
    policy = ReconnectPolicy(attempts=3, max_elapsed=60.0)
    assert policy.allows(1, 0.0) and policy.allows(3, 59.9)
    assert not policy.allows(4, 0.0)
    assert not policy.allows(1, 60.0)
    assert not ReconnectPolicy(attempts=0).allows(1, 0.0)
    assert not ReconnectPolicy(max_elapsed=0).allows(1, 0.0)


@pytest.mark.parametrize(
    "options",
    [{"attempts": -1}, {"base": -1.0}, {"cap": float("inf")}, {"base": 2.0, "cap": 1.0}],
)
def test_a_nonsense_policy_is_refused(options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        ReconnectPolicy(**options)  # type: ignore[arg-type]


# ---- reconnecting ------------------------------------------------------------------------


def test_a_lost_socket_is_retried_and_resumed() -> None:
    conn = connected(reconnect=POLICY)
    conn.receive_data(frame(chat(1), cursor="c1", internal_ext="ext1"), 1.0)
    conn.events()
    conn.connection_lost(1006, "reset", now=5.0)
    [lost] = conn.events()
    assert isinstance(lost, ReconnectingEvent)
    assert (lost.attempt, lost.reason, lost.code, lost.detail) == (
        1,
        DisconnectReason.TRANSPORT_ERROR,
        1006,
        "reset",
    )
    assert 0.0 <= lost.delay <= POLICY.base
    assert not conn.over and conn.state == "live"
    assert conn.reconnect_at == conn.next_deadline() == 5.0 + lost.delay
    assert not conn.wants_reconnect
    conn.handle_timeout(5.0 + lost.delay)
    assert conn.wants_reconnect

    # A fresh first payload: new route params, but the resume point stays.
    fresh = pb.FetchResult(
        messages=[chat(1)], cursor="new", push_server="wss://push.example/ws", is_first=True
    )
    conn.receive_first_payload(fresh.SerializeToString())
    assert conn.events() == []  # msg 1 was delivered already; no second ConnectEvent
    query = parse_qs(urlsplit(conn.websocket_url()).query)
    assert query["cursor"] == ["c1"] and query["internal_ext"] == ["ext1"]

    conn.socket_opened(7.0)
    [back] = conn.events()
    assert isinstance(back, ReconnectedEvent) and (back.attempt, back.cursor) == (1, "c1")
    assert [f.payload_type for f in sent(conn)] == ["im_enter_room"]
    assert not conn.wants_reconnect and conn.reconnect_at is None
    beat = conn.next_deadline()  # heartbeats again, from a random phase of the interval
    assert beat is not None and 7.0 < beat <= 17.0
    assert conn.reconnects == 1

    # History replayed on resume is dropped; what is new comes through.
    history = pb.Message(method="WebcastChatMessage", msg_id=1, is_history=True)
    conn.receive_data(frame(history, chat(2)), 8.0)
    assert ids(conn.events()) == [2]
    assert conn.duplicates_dropped == 2  # in the refreshed payload, then in the replay


def test_same_seed_same_delays() -> None:
    def delays(seed: int) -> list[float]:
        conn = connected(reconnect=POLICY, rng=random.Random(seed))
        out = []
        for n in range(3):
            conn.connection_lost(None, now=10.0 * n)
            event = conn.events()[0]
            assert isinstance(event, ReconnectingEvent)
            out.append(event.delay)
        return out

    assert delays(3) == delays(3)
    assert delays(3) != delays(4)


def test_tries_in_a_row_are_bounded_and_the_end_says_why() -> None:
    conn = connected(reconnect=POLICY)
    for attempt in (1, 2, 3):
        conn.connection_lost(None, "refused", reason=DisconnectReason.CONNECT_FAILED, now=attempt)
        event = conn.events()[0]
        assert isinstance(event, ReconnectingEvent) and event.attempt == attempt
        assert event.reason is DisconnectReason.CONNECT_FAILED
        assert 0 <= event.delay <= POLICY.bound(attempt)
    conn.connection_lost(None, "refused", reason=DisconnectReason.CONNECT_FAILED, now=4.0)
    [end] = conn.events()
    assert isinstance(end, DisconnectEvent) and conn.over
    assert end.reason is DisconnectReason.CONNECT_FAILED
    assert end.detail == "refused; gave up after 3 reconnect tries"
    assert conn.reconnect_at is None and conn.next_deadline() is None


def test_a_socket_that_delivers_starts_the_count_again() -> None:
    conn = connected(reconnect=POLICY)
    for n in range(10):  # far more losses than attempts, each after a good frame
        conn.connection_lost(1011, now=10.0 * n)
        [event] = conn.events()
        assert isinstance(event, ReconnectingEvent) and event.attempt == 1
        conn.socket_opened(10.0 * n + 5)
        conn.receive_data(frame(chat(100 + n)), 10.0 * n + 6)
        assert names(conn.events()) == [
            "ReconnectedEvent",
            "CommentEvent",
            "WebsocketResponseEvent",
        ]
    assert not conn.over


def test_a_socket_that_opens_but_delivers_nothing_does_not_reset_the_count() -> None:
    conn = connected(reconnect=POLICY)
    for n in range(3):
        conn.connection_lost(1000, now=float(n))
        conn.socket_opened(n + 0.5)
        conn.receive_data(pb.PushFrame(payload_type="hb").SerializeToString(), n + 0.6)
    conn.connection_lost(1000, now=4.0)
    events = conn.events()
    assert isinstance(events[-1], DisconnectEvent)
    assert events[-1].reason is DisconnectReason.CLOSED_BY_SERVER


def test_no_new_try_after_max_elapsed() -> None:
    conn = connected(reconnect=ReconnectPolicy(attempts=100, max_elapsed=30.0))
    conn.connection_lost(None, now=100.0)
    assert isinstance(conn.events()[0], ReconnectingEvent)
    conn.connection_lost(None, reason=DisconnectReason.CONNECT_FAILED, now=129.0)
    assert isinstance(conn.events()[0], ReconnectingEvent)
    conn.connection_lost(None, reason=DisconnectReason.CONNECT_FAILED, now=130.0)
    assert isinstance(conn.events()[0], DisconnectEvent)


def test_never_after_the_end_of_the_stream() -> None:
    conn = connected(reconnect=POLICY)
    conn.receive_data(frame(control(5, 3)), 1.0)
    assert "LiveEndEvent" in names(conn.events())
    conn.connection_lost(1006, now=2.0)
    [end] = conn.events()
    assert isinstance(end, DisconnectEvent) and end.reason is DisconnectReason.LIVE_ENDED


def test_never_after_the_users_close() -> None:
    conn = connected(reconnect=POLICY)
    conn.close()
    conn.connection_lost(1006, now=2.0)
    [end] = conn.events()
    assert isinstance(end, DisconnectEvent) and end.reason is DisconnectReason.CLOSED_BY_CLIENT


def test_close_while_waiting_to_reconnect_ends_the_session_at_once() -> None:
    conn = connected(reconnect=POLICY)
    conn.connection_lost(None, now=1.0)
    conn.events()
    conn.close()
    [end] = conn.events()
    assert isinstance(end, DisconnectEvent) and end.reason is DisconnectReason.CLOSED_BY_CLIENT
    assert conn.over and conn.reconnect_at is None and not conn.wants_reconnect
    with pytest.raises(LocalProtocolError):
        conn.socket_opened(2.0)


def test_a_first_connect_that_fails_is_not_retried() -> None:
    conn = Connection(reconnect=POLICY, rng=random.Random(0))
    conn.receive_first_payload(first_payload())  # ConnectEvent, but no socket yet
    conn.connection_lost(None, "refused", reason=DisconnectReason.CONNECT_FAILED, now=0.0)
    assert names(conn.events()) == ["ConnectEvent", "DisconnectEvent"]


@pytest.mark.parametrize("code", [1002, 1003, 1007])
def test_codes_that_reject_the_client_are_not_retried(code: int) -> None:
    conn = connected(reconnect=POLICY)
    conn.connection_lost(code, now=1.0)
    [end] = conn.events()
    assert isinstance(end, DisconnectEvent) and end.reason is DisconnectReason.CLOSED_BY_SERVER


def test_without_now_or_without_a_policy_a_loss_ends_the_session() -> None:
    for conn, now in ((connected(reconnect=POLICY), None), (connected(), 1.0)):
        conn.connection_lost(1006, now=now)
        [end] = conn.events()
        assert isinstance(end, DisconnectEvent)


# ---- the watchdog ------------------------------------------------------------------------


def test_a_silent_socket_is_stale_after_three_intervals() -> None:
    conn = connected(reconnect=POLICY)  # interval 10 s: stale after 30 s of silence
    assert conn.stale_window == 30.0
    first = conn.next_deadline()  # the first heartbeat, at a random phase of the interval
    assert first is not None
    conn.receive_data(frame(chat(1)), 12.0)  # silence since 12 s
    conn.events()
    beats = [first + 10.0 * k for k in range(7)]
    # Silent for the window at 42; noticed at the first heartbeat's wake-up from
    # then on, not at a wake-up of its own.
    look = next(beat for beat in beats if beat >= 42.0)
    for now in beats[: beats.index(look)]:
        assert conn.next_deadline() == now  # heartbeats only: the watchdog rides on them
        conn.handle_timeout(now)
        assert not conn.wants_close
    assert conn.next_deadline() == look
    conn.handle_timeout(look)
    assert conn.wants_close and conn.stale
    said = f"nothing received for {look - 12.0:g} s"
    assert conn.stale_detail == said
    assert conn.next_deadline() is None  # no more heartbeats on a dead socket
    conn.connection_lost(1000, "closed", now=look + 2.0)
    [event] = conn.events()
    assert isinstance(event, ReconnectingEvent) and event.reason is DisconnectReason.STALE
    assert event.detail == f"{said}; closed"
    assert not conn.wants_close


def test_a_window_shorter_than_an_interval_has_its_own_deadline() -> None:
    conn = connected(stale_after=2.5)  # interval 10 s
    conn.receive_data(frame(chat(1)), 1.0)
    conn.handle_timeout(2.5)  # the first look, armed at open (the first heartbeat goes out too)
    assert not conn.wants_close and conn.next_deadline() == 3.5  # its own, not a heartbeat's
    conn.handle_timeout(3.5)
    assert conn.wants_close


def test_stale_without_reconnect_ends_with_stale() -> None:
    conn = connected(stale_after=5.0)
    conn.handle_timeout(5.0)
    assert conn.wants_close
    conn.connection_lost(1000)
    [end] = conn.events()
    assert isinstance(end, DisconnectEvent) and end.reason is DisconnectReason.STALE


def test_any_frame_keeps_the_socket_alive() -> None:
    conn = connected(stale_after=5.0)
    hb = pb.PushFrame(payload_type="hb").SerializeToString()
    for now in range(1, 60):
        conn.receive_data(hb, float(now))
        conn.handle_timeout(float(now))
        assert not conn.wants_close


def test_frames_without_times_count_at_the_next_check() -> None:
    conn = connected(stale_after=5.0)
    conn.receive_data(frame(chat(1)))  # no time given
    conn.handle_timeout(5.0)
    assert not conn.wants_close  # seen: counted as arriving at 5
    conn.handle_timeout(10.0)
    assert conn.wants_close


def test_the_watchdog_can_be_turned_off_and_rests_after_the_end() -> None:
    off = connected(stale_after=0)
    off.handle_timeout(10_000.0)
    assert not off.wants_close
    ended = connected(stale_after=5.0)
    ended.receive_data(frame(control(5, 3)), 1.0)
    ended.events()
    assert ended.next_deadline() is None
    ended.handle_timeout(100.0)
    assert ended.wants_close and not ended.stale  # wants close for the end, not staleness


def test_stale_after_must_be_sane() -> None:
    with pytest.raises(ValueError):
        Connection(stale_after=-1.0)
    with pytest.raises(ValueError):
        Connection(stale_after=float("nan"))


# ---- repeats ---------------------------------------------------------------------------


def test_a_repeated_msg_id_is_dropped_and_counted() -> None:
    conn = connected()
    conn.receive_data(frame(chat(1), chat(2)), 1.0)
    conn.receive_data(frame(chat(2), chat(3), chat(3)), 2.0)
    assert ids(conn.events()) == [1, 2, 3]
    assert conn.duplicates_dropped == 2


def test_the_window_is_bounded() -> None:
    conn = connected(dedup_window=3)
    for n in range(1, 6):
        conn.receive_data(frame(chat(n)), float(n))
    conn.receive_data(frame(chat(1), chat(5)), 9.0)  # 1 is forgotten, 5 is not
    assert ids(conn.events()) == [1, 2, 3, 4, 5, 1]
    window = DedupWindow(3)
    assert [window.add(n) for n in range(10)] == [False] + [True] * 9  # 0 is never held
    assert window.export() == (7, 8, 9) and len(window) == 3


def test_msg_id_zero_and_a_zero_window_never_drop() -> None:
    conn = connected()
    conn.receive_data(frame(chat(0), chat(0)), 1.0)
    assert ids(conn.events()) == [0, 0]
    off = connected(dedup_window=0)
    off.receive_data(frame(chat(1), chat(1)), 1.0)
    assert ids(off.events()) == [1, 1]


def test_one_connect_and_one_disconnect_across_reconnects() -> None:
    conn = connected(reconnect=POLICY)
    log: list[Event] = []
    now = 0.0
    for n in range(5):
        conn.receive_data(frame(chat(n + 1), cursor=f"c{n + 1}"), now + 1)
        conn.connection_lost(1001, now=now + 2)
        conn.socket_opened(now + 3)
        now += 10
        log += conn.events()
    conn.receive_data(frame(control(99, 3)), now)
    conn.connection_lost(1000, now=now)
    log += conn.events()
    assert sum(isinstance(e, ConnectEvent) for e in log) == 0  # drained by connected()
    assert [type(e) for e in log if isinstance(e, DisconnectEvent)] == [DisconnectEvent]
    assert isinstance(log[-1], DisconnectEvent)
    pairs = [type(e).__name__ for e in log if isinstance(e, ReconnectingEvent | ReconnectedEvent)]
    assert pairs == ["ReconnectingEvent", "ReconnectedEvent"] * 5


def test_a_retry_after_hint_is_honoured_within_the_time_limit() -> None:
    conn = connected(reconnect=ReconnectPolicy(attempts=5, max_elapsed=60.0, base=0.1, cap=0.2))
    conn.connection_lost(None, reason=DisconnectReason.CONNECT_FAILED, now=0.0, retry_after=20.0)
    [first] = conn.events()
    assert isinstance(first, ReconnectingEvent) and first.delay == 20.0
    conn.connection_lost(None, reason=DisconnectReason.CONNECT_FAILED, now=20.0, retry_after=50.0)
    [end] = conn.events()  # 20 + 50 is past max_elapsed: no point waiting
    assert isinstance(end, DisconnectEvent) and end.reason is DisconnectReason.CONNECT_FAILED


def test_a_driver_that_knows_better_gives_up_at_once() -> None:
    conn = connected(reconnect=POLICY)
    conn.connection_lost(1006, now=1.0)
    conn.events()
    conn.connection_lost(
        None, "user offline", reason=DisconnectReason.CONNECT_FAILED, now=2.0, give_up=True
    )
    [end] = conn.events()
    assert isinstance(end, DisconnectEvent) and end.reason is DisconnectReason.CONNECT_FAILED
    assert end.detail == "user offline; gave up after 1 reconnect try"


def test_a_slow_consumer_is_not_a_dead_socket() -> None:
    conn = connected(stale_after=5.0)
    conn.receive_data(frame(chat(1)), 1.0)
    conn.events()
    conn.hold_reading()  # handlers busy, buffer full: nobody reads
    for now in (6.0, 20.0, 100.0):
        conn.handle_timeout(now)
        assert not conn.wants_close
    conn.resume_reading(100.0)  # the window starts again when reading does
    conn.handle_timeout(104.9)
    assert not conn.wants_close
    conn.handle_timeout(105.0)
    assert conn.wants_close and conn.stale
