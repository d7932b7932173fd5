"""Every fault kind of the simulated room against the real Trio ``Client`` on loopback.

Issue 4's "must show": a test per fault kind, in which the session survives
the fault (or ends with the documented reason), and with resume loses and
duplicates nothing. No mocked socket layer: ``open_room`` listens on
127.0.0.1 and ``Client`` dials it. For each kind:

- ``ConnectEvent`` first and once, ``DisconnectEvent`` last and once, with
  ``LIVE_ENDED`` when the session survives;
- ``msg_ids(events) == room.msg_ids``: every msg_id of the stream, once, in order;
- a fault that cuts the socket (drop, a close code, a stall, an oversize
  frame, a refused handshake) gives ``ReconnectingEvent`` (its reason and
  code) then ``ReconnectedEvent``; an in-band fault (garbage, truncated gzip,
  bomb) gives none, only one ``FrameErrorEvent`` carrying the injected bytes;
- ``room.faults_fired`` counts exactly what the plan made happen.

Then the controls, with ``reconnect=None`` (or a policy that runs out): each
cut ends the session with its documented reason. And one random plan over a
few hundred frames. Real-clock tests use a reconnect policy of a few
milliseconds; the stall and the slow consumer run on trio's ``MockClock``
(an ``oversize`` transfer needs the real clock: see ``test_room_server_faults``).
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator

import pytest
import trio
import trio.testing
from client_checks import check_bracketed, idle, msg_ids, run_client

from livecore import (
    ConnectEvent,
    DisconnectEvent,
    DisconnectReason,
    Event,
    FrameErrorEvent,
    ReconnectedEvent,
    ReconnectingEvent,
    ReconnectPolicy,
)
from livecore.errors import (
    DecompressionError,
    FrameDecodeError,
    HandshakeRejectedError,
    PayloadTooLargeError,
)
from livecore.room import OVERSIZE, Faults, Room, RoomSession, Script
from livecore_trio.client import Client
from livecore_trio.room import RoomServer, open_room

pytestmark = pytest.mark.trio

FAST = 2000.0  # frames per second on the real clock: a 20-frame stream takes 10 ms
QUICK = ReconnectPolicy(base=0.01, cap=0.05)  # reconnect at once on the real clock
FRAMES = 12  # one-message frames before the end; faults go before frame AT
AT = 5
REFUSED_BY_FAULT = "the simulated room refuses this handshake (fault)"


def room_with(spec: str, frames: int = FRAMES, rate: float = FAST, **options: object) -> Room:
    script = Script.parse("comment\n" * frames + "end")
    return Room(script, faults=Faults.parse(spec), rate=rate, **options)  # type: ignore[arg-type]


def of(events: list[Event], kind: type[Event]) -> list[Event]:
    return [e for e in events if isinstance(e, kind)]


def reconnects(events: list[Event]) -> list[tuple[DisconnectReason, int | None]]:
    """(reason, code) of each ReconnectingEvent, checking each is followed by
    its try: a ReconnectedEvent, or the next ReconnectingEvent (a failed try)."""
    out = []
    for position, event in enumerate(events):
        if not isinstance(event, ReconnectingEvent):
            continue
        following = events[position + 1]
        if isinstance(following, ReconnectedEvent):
            assert following.attempt == event.attempt
        elif isinstance(following, ReconnectingEvent):
            assert following.attempt == event.attempt + 1
            assert following.reason is DisconnectReason.CONNECT_FAILED
        else:  # the last try failed too, and the policy gave up
            assert isinstance(following, DisconnectEvent), following
            assert following.reason is DisconnectReason.CONNECT_FAILED
        out.append((event.reason, event.code))
    return out


def survived(client: Client, events: list[Event], room: Room) -> None:
    """The session outlived the fault: bracketed, ended by the stream, lost and doubled nothing."""
    check_bracketed(events, DisconnectReason.LIVE_ENDED)
    assert msg_ids(events) == room.msg_ids
    assert client.connection.messages_received >= len(room.msg_ids)
    tries = of(events, ReconnectingEvent)
    backs = of(events, ReconnectedEvent)
    assert len(backs) == client.connection.reconnects
    assert len(backs) <= len(tries)


def resumed_at(session: RoomSession, previous: RoomSession, at: int = AT) -> None:
    """``session`` asked to resume right after frame ``at - 1``, the last one
    the client read from ``previous`` (its cursor and internal_ext), and got
    the stream from there."""
    [last] = [f for f in previous.sent if f.index == at - 1]
    assert session.query["cursor"] == last.cursor == f"r-{at}"
    assert session.query["internal_ext"] == last.internal_ext
    assert session.start == at


# ---- faults that cut the socket ----------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "reason", "code", "fired"),
    [
        (f"drop@{AT}", DisconnectReason.TRANSPORT_ERROR, 1006, "drop"),
        (f"close@{AT}:1006", DisconnectReason.TRANSPORT_ERROR, 1006, "drop"),
        (f"close@{AT}:1000", DisconnectReason.CLOSED_BY_SERVER, 1000, "close"),
        (f"close@{AT}:1001", DisconnectReason.CLOSED_BY_SERVER, 1001, "close"),
        (f"close@{AT}:1011", DisconnectReason.CLOSED_BY_SERVER, 1011, "close"),
        (f"close@{AT}:4005", DisconnectReason.CLOSED_BY_SERVER, 4005, "close"),
    ],
    ids=["drop", "close-1006", "close-1000", "close-1001", "close-1011", "close-4005"],
)
async def test_a_cut_socket_is_reconnected_and_resumed(
    spec: str, reason: DisconnectReason, code: int, fired: str
) -> None:
    room = room_with(spec)
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=QUICK)
        await idle(server)
    one, two = server.sessions

    survived(client, events, room)
    assert reconnects(events) == [(reason, code)]
    [lost] = of(events, ReconnectingEvent)
    [back] = of(events, ReconnectedEvent)
    assert isinstance(lost, ReconnectingEvent) and isinstance(back, ReconnectedEvent)
    assert lost.attempt == back.attempt == 1 and 0 <= lost.delay <= QUICK.base
    if reason is DisconnectReason.CLOSED_BY_SERVER:
        assert str(code) in lost.detail  # the room's close reason: "fault: close CODE"
    # The loss came exactly where the fault was: after frame AT-1, before frame AT.
    before = msg_ids(events[: events.index(lost)])
    assert before == one.msg_ids == room.msg_ids[:AT]
    assert back.cursor == one.sent[-1].cursor == f"r-{AT}"
    resumed_at(two, one)
    assert two.start == AT and two.msg_ids == room.msg_ids[AT:]
    assert room.faults_fired == {fired: 1}
    assert client.connection.duplicates_dropped == 0
    assert client.error is None
    if fired == "drop":
        assert one.drop and one.lost_code is None
    else:
        assert one.close_code == one.lost_code == code
    assert two.unacked() == [] and two.unasked_acks() == []


async def test_a_stall_is_noticed_by_the_watchdog_and_resumed(
    mock_clock: trio.testing.MockClock,
) -> None:
    # The watchdog's default window: three of the room's ping intervals (3 x 2 s),
    # on the mock clock; the room keeps the stalled socket open and silent for good.
    mock_clock.autojump_threshold = 0
    room = room_with(f"stall@{AT}", rate=20, ping_interval=2)
    async with open_room(room) as server:
        client, events = await run_client(server, timeout=120, reconnect=QUICK)
        await idle(server)
    one, two = server.sessions

    survived(client, events, room)
    assert client.connection.stale_window == 6
    assert reconnects(events) == [(DisconnectReason.STALE, 1000)]
    [lost] = of(events, ReconnectingEvent)
    assert isinstance(lost, ReconnectingEvent)
    assert "nothing received for" in lost.detail
    assert one.stalled and not one.drop and one.close_code is None
    assert one.lost_code == 1000  # the client hung up on it, cleanly
    # Silent: the room answered no heartbeat after the stall, but went on reading them.
    assert len(one.heartbeats) >= 2
    assert msg_ids(events[: events.index(lost)]) == one.msg_ids == room.msg_ids[:AT]
    resumed_at(two, one)
    assert two.start == AT and two.msg_ids == room.msg_ids[AT:]
    assert room.faults_fired == {"stall": 1}


async def test_an_oversize_frame_closes_1009_and_is_resumed_past() -> None:
    # The real clock: a 4 MiB transfer over loopback must not look idle.
    room = room_with(f"oversize@{AT}")
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=QUICK)
        await idle(server)
    one, two = server.sessions

    survived(client, events, room)
    assert reconnects(events) == [(DisconnectReason.PROTOCOL_ERROR, 1009)]
    [lost] = of(events, ReconnectingEvent)
    assert isinstance(lost, ReconnectingEvent) and "maximum message size" in lost.detail
    [injected] = one.injected
    assert (injected.kind, injected.size) == ("oversize", len(room.fault_frame("oversize", AT)))
    assert injected.size > client.max_message_size and injected.size <= OVERSIZE
    assert one.lost_code == 1009  # the client closed it: too big
    assert not of(events, FrameErrorEvent)  # never read, so never a frame error
    resumed_at(two, one)
    assert two.start == AT and two.injected == []  # fired once per room
    assert room.faults_fired == {"oversize": 1}


# ---- faults inside the stream: no reconnect, one frame error each ----------------------------


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("garbage", FrameDecodeError),
        ("truncated", DecompressionError),
        ("bomb", PayloadTooLargeError),
    ],
)
async def test_an_unreadable_frame_is_one_frame_error_and_the_session_goes_on(
    kind: str, error: type[FrameDecodeError]
) -> None:
    room = room_with(f"{kind}@{AT}")
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=QUICK)
        await idle(server)
    [session] = server.sessions  # never cut: one socket for the whole stream

    survived(client, events, room)
    assert of(events, ReconnectingEvent) == of(events, ReconnectedEvent) == []
    [frame_error] = of(events, FrameErrorEvent)
    assert isinstance(frame_error, FrameErrorEvent)
    assert type(frame_error.error) is error
    [injected] = session.injected
    assert injected.kind == kind and injected.msg_ids == ()
    # It carries the injected bytes exactly, the whole WebSocket message.
    assert frame_error.raw == room.fault_frame(kind, AT)
    assert len(frame_error.raw) == injected.size
    # In place: after frame AT-1's messages, before frame AT's.
    assert msg_ids(events[: events.index(frame_error)]) == room.msg_ids[:AT]
    assert room.faults_fired == {kind: 1}
    assert session.unacked() == [] and session.unasked_acks() == []


# ---- a burst against a slow consumer ---------------------------------------------------------


async def test_a_burst_against_a_slow_consumer_loses_nothing(
    mock_clock: trio.testing.MockClock,
) -> None:
    mock_clock.autojump_threshold = 0
    buffer = 3
    room = room_with("burst@4:40", frames=60, rate=50, linger=600)
    async with open_room(room) as server:
        client = Client(server.provider(), buffer=buffer, reconnect=QUICK)
        handled = 0
        most_waiting = 0
        got: list[Event] = []

        @client.on(Event)
        def count(event: Event) -> None:
            nonlocal handled
            handled += 1

        with trio.fail_after(600):
            async with client:
                async for event in client:
                    got.append(event)
                    most_waiting = max(most_waiting, handled - len(got))
                    assert handled - len(got) <= buffer + 1  # bounded, whatever the burst
                    await trio.sleep(0.05)  # slower than the burst, far faster than stale
        await idle(server)
    [session] = server.sessions

    assert most_waiting >= buffer  # the consumer really held the socket back
    # The 40 frames went out at once (one instant on the room's clock).
    burst = session.sent[4:44]
    assert len({f.at for f in burst}) == 1 and session.sent[44].at > burst[0].at
    assert client.dropped == 0 and handled == len(got)
    assert of(got, ReconnectingEvent) == []
    check_bracketed(got, DisconnectReason.LIVE_ENDED)
    assert msg_ids(got) == room.msg_ids
    assert room.faults_fired == {"burst": 1}


async def test_a_consumer_slower_than_the_stale_window_is_not_a_stale_socket(
    mock_clock: trio.testing.MockClock,
) -> None:
    # The room is healthy and its frames wait in the socket; only the consumer is
    # slow (each event takes 20 s, the watchdog's window is 3 x 10 s). Backpressure
    # must not look like a dead server: no STALE, no reconnect, nothing lost.
    mock_clock.autojump_threshold = 0
    room = room_with("burst@2:4", frames=6, rate=50, linger=600)
    async with open_room(room) as server:
        client = Client(server.provider(), buffer=1, reconnect=None)
        got: list[Event] = []
        with trio.fail_after(3600):
            async with client:
                async for event in client:
                    got.append(event)
                    await trio.sleep(20)
        await idle(server)

    assert client.connection.stale_window == 30
    check_bracketed(got, DisconnectReason.LIVE_ENDED)
    assert msg_ids(got) == room.msg_ids
    assert len(server.sessions) == 1


# ---- history replayed on resume ---------------------------------------------------------------


@pytest.mark.parametrize("cut", [f"drop@{AT}", f"close@{AT}:1001"])
async def test_history_replayed_on_resume_is_dropped_as_duplicates(cut: str) -> None:
    room = room_with(f"{cut},history:3")
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=QUICK)
        await idle(server)
    one, two = server.sessions

    survived(client, events, room)
    assert len(reconnects(events)) == 1
    [history] = two.injected
    assert history.kind == "history" and history.msg_ids == tuple(room.msg_ids[AT - 3 : AT])
    assert one.injected == []  # only a session that resumes gets history
    assert client.connection.duplicates_dropped == 3
    assert room.faults_fired == {cut.split("@")[0] if "drop" in cut else "close": 1, "history": 1}
    resumed_at(two, one)


# ---- refused handshakes -----------------------------------------------------------------------


async def run_noting_errors(
    server: RoomServer,
) -> tuple[Client, list[Event], list[Exception | None]]:
    """Run a reconnecting client; its events, and ``client.error`` at each ReconnectingEvent."""
    client = Client(server.provider(), unique_id="streamer", reconnect=QUICK)
    events: list[Event] = []
    errors: list[Exception | None] = []
    client.on(Event)(events.append)
    client.on(ReconnectingEvent)(lambda _: errors.append(client.error))
    with trio.fail_after(60):
        await client.run()
    return client, events, errors


async def test_refused_handshakes_on_reconnect_are_retried(
    mock_clock: trio.testing.MockClock,
) -> None:
    mock_clock.autojump_threshold = 0
    room = room_with(f"refuse@{AT}:2", rate=50)
    async with open_room(room) as server:
        client, events, errors = await run_noting_errors(server)
        await idle(server)
    one, two = server.sessions

    survived(client, events, room)
    assert reconnects(events) == [
        (DisconnectReason.TRANSPORT_ERROR, 1006),  # the drop before the refusals
        (DisconnectReason.CONNECT_FAILED, None),
        (DisconnectReason.CONNECT_FAILED, None),
    ]
    tries = of(events, ReconnectingEvent)
    assert [t.attempt for t in tries if isinstance(t, ReconnectingEvent)] == [1, 2, 3]
    for failed in tries[1:]:
        assert isinstance(failed, ReconnectingEvent) and "503" in failed.detail
    [back] = of(events, ReconnectedEvent)
    assert isinstance(back, ReconnectedEvent) and back.attempt == 3
    # While it retried, client.error said why; once a socket opened, it was cleared.
    assert errors[0] is None
    for error in errors[1:]:
        assert isinstance(error, HandshakeRejectedError) and error.status == 503
    assert client.error is None
    assert [r.status for r in room.refused] == [503, 503]
    assert room.faults_fired == {"drop": 1, "refuse": 2}
    resumed_at(two, one)
    assert two.start == AT


async def test_a_rejected_handshake_on_reconnect_is_retried() -> None:
    room = room_with(f"reject@{AT}:1")
    async with open_room(room) as server:
        client, events, errors = await run_noting_errors(server)
        await idle(server)
    one, two = server.sessions

    survived(client, events, room)
    assert reconnects(events) == [
        (DisconnectReason.TRANSPORT_ERROR, 1006),
        (DisconnectReason.CONNECT_FAILED, None),
    ]
    rejected = errors[1]
    assert isinstance(rejected, HandshakeRejectedError)
    assert (rejected.status, rejected.message) == (200, REFUSED_BY_FAULT)
    failed = of(events, ReconnectingEvent)[1]
    assert isinstance(failed, ReconnectingEvent)
    assert "200" in failed.detail and REFUSED_BY_FAULT in failed.detail
    assert client.error is None
    assert room.faults_fired == {"drop": 1, "reject": 1}
    resumed_at(two, one)


@pytest.mark.parametrize(("kind", "status"), [("reject", 200), ("refuse", 503)])
async def test_a_refused_first_connect_ends_the_session(kind: str, status: int) -> None:
    room = room_with(f"{kind}:1")  # from the very first handshake
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=QUICK)
        await idle(server)

    # Fail fast: a first connect is never retried, and says why.
    disconnect = check_bracketed(events, DisconnectReason.CONNECT_FAILED)
    assert [type(e) for e in events[1:-1]] == []
    assert isinstance(events[0], ConnectEvent)  # from the first payload
    error = client.error
    assert isinstance(error, HandshakeRejectedError)
    assert error.status == status
    assert error.message == (REFUSED_BY_FAULT if status == 200 else "")
    assert str(status) in disconnect.detail
    assert server.sessions == [] and msg_ids(events) == []
    assert room.faults_fired == {kind: 1}


# ---- controls: without reconnecting, each cut ends the session with its reason ---------------


async def test_without_reconnect_a_drop_is_a_transport_error() -> None:
    room = room_with(f"drop@{AT}")
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=None)
        await idle(server)
    disconnect = check_bracketed(events, DisconnectReason.TRANSPORT_ERROR)
    assert disconnect.code == 1006
    assert of(events, ReconnectingEvent) == [] and client.connection.reconnects == 0
    assert msg_ids(events) == room.msg_ids[:AT]
    assert len(server.sessions) == 1 and room.faults_fired == {"drop": 1}


async def test_without_reconnect_a_stall_is_stale() -> None:
    room = room_with(f"stall@{AT}", rate=200)
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=None, stale_after=0.3)
        await idle(server)
    disconnect = check_bracketed(events, DisconnectReason.STALE)
    assert "nothing received for" in disconnect.detail
    assert of(events, ReconnectingEvent) == [] and client.connection.stale_window == 0.3
    assert msg_ids(events) == room.msg_ids[:AT]
    [session] = server.sessions
    assert session.stalled and session.lost_code == 1000
    assert room.faults_fired == {"stall": 1}


async def test_without_reconnect_an_oversize_frame_is_a_protocol_error() -> None:
    room = room_with(f"oversize@{AT}")
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=None)
        await idle(server)
    disconnect = check_bracketed(events, DisconnectReason.PROTOCOL_ERROR)
    assert disconnect.code == 1009 and "maximum message size" in disconnect.detail
    assert of(events, FrameErrorEvent) == [] and client.error is None
    assert msg_ids(events) == room.msg_ids[:AT]
    assert room.faults_fired == {"oversize": 1}


async def test_reconnecting_gives_up_after_its_attempts() -> None:
    # The room cuts, then refuses every handshake: three tries, then the end.
    room = room_with(f"refuse@{AT}:1000")
    policy = ReconnectPolicy(attempts=3, base=0.01, cap=0.05)
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=policy)
        await idle(server)
    disconnect = check_bracketed(events, DisconnectReason.CONNECT_FAILED)
    assert disconnect.detail.endswith("gave up after 3 reconnect tries")
    assert "503" in disconnect.detail
    assert reconnects(events) == [
        (DisconnectReason.TRANSPORT_ERROR, 1006),
        (DisconnectReason.CONNECT_FAILED, None),
        (DisconnectReason.CONNECT_FAILED, None),
    ]
    assert of(events, ReconnectedEvent) == []
    error = client.error
    assert isinstance(error, HandshakeRejectedError) and error.status == 503
    assert msg_ids(events) == room.msg_ids[:AT]
    assert len(server.sessions) == 1
    assert room.faults_fired == {"drop": 1, "refuse": 3}


# ---- sockets: closed by the client, not by the garbage collector -----------------------------


def open_sockets() -> int:
    """Socket descriptors this process holds (Linux)."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the listing's own descriptor, gone already
            count += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
    return count


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")
@pytest.mark.parametrize(
    "spec", [f"close@{AT}:1001", f"oversize@{AT}", f"refuse@{AT}:1", f"reject@{AT}:1"]
)
async def test_every_socket_is_closed_by_the_client_not_the_garbage_collector(spec: str) -> None:
    # With the cyclic collector off, a socket the client forgot stays open: after a
    # refused handshake it sits in CLOSE_WAIT; after a 1009 the room, still pushing,
    # waits on it (under load that made the room hang on for 30 s once the client was done).
    room = room_with(spec)
    with no_gc():
        async with open_room(room) as server:
            before = open_sockets()  # the room's listener
            client, events = await run_client(server, reconnect=QUICK)
            await idle(server)  # the room closed its side of every socket
            left = open_sockets() - before
    survived(client, events, room)
    assert left == 0, f"{left} client socket(s) left open after run() returned"


# ---- everything at once ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [11, 23])
async def test_a_random_fault_plan_loses_and_doubles_nothing(seed: int) -> None:
    frames = 300
    faults = Faults.random(seed, frames, rate=0.1)
    room = Room(Script.random(seed, frames), seed=seed, rate=4000, faults=faults)
    async with open_room(room) as server:
        # A stall is noticed in a quarter second, not three ping intervals.
        client, events = await run_client(server, timeout=25, reconnect=QUICK, stale_after=0.25)
        await idle(server)
    sessions = server.sessions

    survived(client, events, room)
    fired = room.faults_fired
    assert sum(fired.values()) >= 30 and len(sessions) >= 10
    assert {k for k, n in fired.items() if n} >= {"drop", "close", "stall", "history"}
    # Each try is a session the room opened or a handshake it refused: none was lost.
    tries = reconnects(events)
    backs = [e for e in events if isinstance(e, ReconnectedEvent)]
    assert len(backs) == len(sessions) - 1
    failed = [t for t in tries if t[0] is DisconnectReason.CONNECT_FAILED]
    assert len(failed) == len(room.refused) == fired["refuse"]
    assert len(tries) == len(backs) + len(failed)
    assert {reason for reason, _ in tries} <= {
        DisconnectReason.TRANSPORT_ERROR,
        DisconnectReason.CLOSED_BY_SERVER,
        DisconnectReason.STALE,
        DisconnectReason.PROTOCOL_ERROR,
        DisconnectReason.CONNECT_FAILED,
    }
    # Each socket resumed at the cursor the client had reached: never past a message.
    for back, session in zip(backs, sessions[1:], strict=True):
        assert session.query["cursor"] == back.cursor
        assert session.start == room.position_of(back.cursor) > 0
    # Every frame error is an injected frame, carried whole. (Faults that fire in a
    # session after an oversize frame go to a socket the client already gave up.)
    unreadable = {"garbage", "truncated", "bomb"}
    pushed = [
        room.fault_frame(f.kind, f.at)
        for s in sessions
        for f in s.faults
        if f.kind in unreadable and f.at is not None
    ]
    errors = [e.raw for e in events if isinstance(e, FrameErrorEvent)]
    assert 0 < len(errors) <= len(pushed)
    for raw in errors:
        assert raw in pushed
    # History replays are repeats only: dropped, never delivered twice.
    replayed = sum(len(i.msg_ids) for s in sessions for i in s.injected if i.kind == "history")
    assert 0 < client.connection.duplicates_dropped <= replayed
