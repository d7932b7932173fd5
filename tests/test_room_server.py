"""The simulated room served over real loopback WebSockets, with the Trio client against it.

No mocked socket layer: ``open_room`` listens on 127.0.0.1 and ``Client``
dials it. Proves, end to end: ``ConnectEvent`` first; every msg_id the room
sent arrives exactly once and in order; the acks are exactly the ones the
frames asked for; enter-room once with the room id; heartbeats at the
announced interval (trio's ``MockClock`` with autojump makes a minute of
stream take milliseconds); pause, unpause and end in order and in place;
``DisconnectEvent`` last, once, with the right reason, for the end of the
stream and for a server close with 1000, 1001 and 1011; and a client that
comes back with the cursor it was given gets the rest of the stream, and only
the rest. The room itself accepts any path and query, answers with
``Handshake-Options`` and ``echo-protocol``, and does not keep a silent
client's socket open forever.
"""

from __future__ import annotations

import itertools

import pytest
import trio
import trio.testing
from client_checks import check_bracketed, idle, msg_ids, run_client
from trio_websocket import ConnectionClosed, open_websocket_url

from livecore import (
    CommentEvent,
    ConnectEvent,
    DisconnectReason,
    Event,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    ReconnectedEvent,
    ReconnectingEvent,
)
from livecore import frames as wire
from livecore.errors import ProviderError
from livecore.handshake import ping_interval
from livecore.reconnect import ReconnectPolicy
from livecore.room import Room, Script
from livecore.web import RateLimitedError
from livecore_trio.client import Client
from livecore_trio.providers import FirstPayload, UrlProvider
from livecore_trio.room import open_room

pytestmark = pytest.mark.trio

FAST = 2000.0  # frames per second for real-clock tests: a 60-frame stream takes 30 ms
QUICK = ReconnectPolicy(base=0.01, cap=0.05)  # reconnect at once, real-clock tests


async def test_whole_stream_end_to_end() -> None:
    room = Room(Script.random(7, 60), seed=7, rate=FAST)
    async with open_room(room) as server:
        client, events = await run_client(server)
        await idle(server)
    [session] = server.sessions

    connect = events[0]
    assert isinstance(connect, ConnectEvent)
    assert (connect.unique_id, connect.room_id) == ("streamer", room.room_id)
    check_bracketed(events, DisconnectReason.LIVE_ENDED)

    # Every msg_id the room sent, exactly once, in order: nothing lost, nothing doubled.
    got = msg_ids(events)
    assert got == session.msg_ids == room.msg_ids
    assert len(got) == len(set(got)) > 60
    assert client.connection.messages_received == len(got)

    # Acks: exactly the frames that asked, each once, with the right log_id and ext.
    assert session.unacked() == []
    assert session.unasked_acks() == []
    asked = sum(f.need_ack for f in session.sent)
    assert 0 < asked < len(session.sent)
    assert len(session.acks) == asked == client.connection.acks_sent
    assert len({a.log_id for a in session.acks}) == asked

    # One enter-room, for this room, as docs/protocol.md ("Enter-room") says.
    [enter] = session.enter_rooms
    assert enter.room_id == room.room_id
    assert (enter.live_id, enter.identity, enter.filter_welcome_msg) == (12, "audience", "0")
    assert enter.enter_unique_id > 0

    # The client offered what the room expects in the URL (docs/protocol.md's handshake).
    assert session.query["room_id"] == str(room.room_id)
    assert session.query["compress"] == "gzip" and session.query["cursor"] == "r-0"
    assert session.client_errors == []

    # The client hung up cleanly once the stream ended; the room did not have to.
    assert session.closed and session.lost_code == 1000
    assert session.close_code is None


async def test_pause_unpause_end_in_order_and_in_place() -> None:
    room = Room(Script.random(3, 30), seed=3, rate=FAST)
    async with open_room(room) as server:
        _, events = await run_client(server)
    [session] = server.sessions
    lifecycle = [
        e for e in events if isinstance(e, LivePauseEvent | LiveUnpauseEvent | LiveEndEvent)
    ]
    assert [type(e) for e in lifecycle] == [LivePauseEvent, LiveUnpauseEvent, LiveEndEvent]
    pause, unpause, end = lifecycle
    # Script.random: the pause closes frame 10, the unpause opens frame 20, the end closes
    # the last frame.
    assert pause.msg_id == session.sent[10].msg_ids[-1]
    assert unpause.msg_id == session.sent[20].msg_ids[0]
    assert end.msg_id == session.sent[-1].msg_ids[-1] == room.msg_ids[-1]
    assert end.action == 3
    # Each comes before the events of later messages.
    order = [e.msg_id for e in events if e.msg_id is not None]
    for event in lifecycle:
        first = order.index(event.msg_id)
        assert all(m == event.msg_id for m in order[first : first + 3] if m is not None)
    # After the end only that message's own events, then the disconnect.
    after = events[events.index(end) + 1 :]
    assert {type(e).__name__ for e in after} == {
        "ControlEvent",
        "WebsocketResponseEvent",
        "DisconnectEvent",
    }


async def test_heartbeats_at_the_announced_interval(
    mock_clock: trio.testing.MockClock,
) -> None:
    mock_clock.autojump_threshold = 0
    # One frame a second for about a minute, with a 30 s silence in the middle:
    # heartbeats go on through it, every 5 s (not the default 10).
    script = Script.parse("comment\n" * 10 + "wait 30s\n" + "like\n" * 19 + "end")
    room = Room(script, rate=1, ping_interval=5)
    async with open_room(room) as server:
        start = trio.current_time()
        client, events = await run_client(server, timeout=120)
        stop = trio.current_time()
        await idle(server)
    [session] = server.sessions

    assert 59 <= stop - start <= 61  # the stream really spanned a minute of virtual time
    assert client.connection.heartbeat_interval == 5
    beats = session.heartbeats
    assert [b.seq for b in beats] == list(range(1, len(beats) + 1))
    assert len(beats) == client.connection.heartbeats_sent
    assert 11 <= len(beats) <= 13
    assert {b.room_id for b in beats} == {room.room_id}
    assert 0 < beats[0].at - session.opened_at <= 5.05  # a random point of the first interval
    spacing = [b.at - a.at for a, b in itertools.pairwise(beats)]
    assert spacing == pytest.approx([5.0] * len(spacing), abs=0.05)
    silent = [b for b in beats if session.sent[9].at < b.at < session.sent[10].at]
    assert len(silent) >= 6  # the 30 s without frames still had a heartbeat every 5 s

    check_bracketed(events, DisconnectReason.LIVE_ENDED)
    assert msg_ids(events) == room.msg_ids
    assert session.unacked() == [] and session.unasked_acks() == []


@pytest.mark.parametrize("code", [1000, 1001, 1011])
async def test_server_close_mid_stream_without_reconnect(code: int) -> None:
    script = Script.parse("comment\n" * 5 + f"close {code} bye now\n" + "comment\n" * 5 + "end")
    room = Room(script, rate=FAST)
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=None)
        await idle(server)
    [session] = server.sessions

    disconnect = check_bracketed(events, DisconnectReason.CLOSED_BY_SERVER)
    assert disconnect.code == code
    assert "bye now" in disconnect.detail
    assert session.close_code == code and session.lost_code == code
    # Everything sent before the close was delivered, once, in order; nothing after it.
    assert msg_ids(events) == session.msg_ids == room.msg_ids[:5]
    assert len([e for e in events if isinstance(e, CommentEvent)]) == 5
    assert not any(isinstance(e, LiveEndEvent) for e in events)
    assert client.error is None


@pytest.mark.parametrize("code", [1000, 1001, 1011, 4001])
async def test_server_close_mid_stream_reconnects_and_resumes(code: int) -> None:
    script = Script.parse("comment\n" * 5 + f"close {code} bye now\n" + "comment\n" * 5 + "end")
    room = Room(script, rate=FAST)
    async with open_room(room) as server:
        client, events = await run_client(server, reconnect=QUICK)
        await idle(server)
    one, two = server.sessions

    check_bracketed(events, DisconnectReason.LIVE_ENDED)
    [lost] = [e for e in events if isinstance(e, ReconnectingEvent)]
    [back] = [e for e in events if isinstance(e, ReconnectedEvent)]
    assert (lost.attempt, lost.reason, lost.code) == (1, DisconnectReason.CLOSED_BY_SERVER, code)
    assert "bye now" in lost.detail and 0 <= lost.delay <= QUICK.base
    assert events.index(lost) + 1 == events.index(back)  # nothing between them
    assert back.attempt == 1 and back.cursor == one.sent[-1].cursor == "r-5"
    # The new socket asked to resume where the first one stopped, and got only the rest.
    assert two.query["cursor"] == "r-5" and two.start == 5
    assert two.query["internal_ext"] == one.sent[-1].internal_ext
    assert msg_ids(events) == room.msg_ids  # every msg_id once, in order
    assert one.close_code == code and two.close_code is None  # the close fired once
    assert client.connection.reconnects == 1
    # (An ack racing the server's close frame may not be read by it: not checked on `one`.)
    assert two.unacked() == [] and one.unasked_acks() == two.unasked_acks() == []
    for session in (one, two):
        assert [e.room_id for e in session.enter_rooms] == [room.room_id]


async def test_reconnect_with_the_cursor_gets_the_rest_once() -> None:
    script = Script.parse("comment\n" * 5 + "close 1001 going away\n" + "like\n" * 5 + "end")
    room = Room(script, rate=FAST)
    async with open_room(room) as server:
        first, before = await run_client(server, reconnect=None)
        assert first.disconnect is not None and first.disconnect.code == 1001
        resume_url = first.connection.websocket_url()  # carries the latest cursor and ext

        class Resume:
            async def first_payload(self) -> FirstPayload:
                return FirstPayload(server.first_payload(), url=resume_url)

        second = Client(Resume(), unique_id="streamer")
        after: list[Event] = []
        second.on(Event)(after.append)
        with trio.fail_after(30):
            await second.run()
        await idle(server)
    one, two = server.sessions

    assert two.query["cursor"] == one.sent[-1].cursor == "r-5"
    assert two.query["internal_ext"] == one.sent[-1].internal_ext
    assert two.start == 5
    check_bracketed(after, DisconnectReason.LIVE_ENDED)
    # The close fired once per room: the resumed session plays past it.
    assert two.close_code is None
    # Together: every msg_id of the stream exactly once, in order.
    assert msg_ids(before) + msg_ids(after) == room.msg_ids
    assert msg_ids(after) == two.msg_ids == room.msg_ids[5:]
    assert two.unacked() == [] and two.unasked_acks() == []


async def test_cursor_in_the_url_query_resumes_there() -> None:
    room = Room(Script.parse("comment\n" * 8 + "end"), rate=FAST)
    async with open_room(room) as server:
        client = Client(UrlProvider(server.url + "?cursor=r-3&anything=goes"), room_id=room.room_id)
        events: list[Event] = []
        client.on(Event)(events.append)
        with trio.fail_after(30):
            await client.run()
    [session] = server.sessions
    assert session.start == 3
    assert isinstance(events[0], ConnectEvent) and events[0].room_id == room.room_id
    assert msg_ids(events) == room.msg_ids[3:]
    check_bracketed(events, DisconnectReason.LIVE_ENDED)


async def test_room_handshake_any_path_and_garbage_from_a_raw_client() -> None:
    room = Room(Script.parse("comment\ncomment\nwait 600s\nend"), rate=FAST, ping_interval=7)
    async with open_room(room) as server:
        url = f"ws://127.0.0.1:{server.port}/some/other/path?x=1&cursor=r-1"
        with trio.fail_after(10):
            async with open_websocket_url(url, subprotocols=["echo-protocol"]) as ws:
                assert ws.subprotocol == "echo-protocol"
                headers = {bytes(k).lower(): bytes(v).decode() for k, v in ws.handshake_headers}
                assert ping_interval(headers[b"handshake-options"]) == 7
                frame = wire.decode_push_frame(await ws.get_message())
                assert frame.payload_type == "msg"
                result = wire.decode_fetch_result(wire.frame_payload(frame))
                assert [m.msg_id for m in result.messages] == room.msg_ids[1:2]
                await ws.send_message(b"\xff\xfe not a frame")
                await ws.send_message(wire.encode_heartbeat(room.room_id, 1))
                answer = wire.decode_push_frame(await ws.get_message())
                assert answer.payload_type == "hb"
        await idle(server)
    [session] = server.sessions
    assert session.query == {"x": "1", "cursor": "r-1"}
    assert session.client_errors == [b"\xff\xfe not a frame"]
    assert [b.seq for b in session.heartbeats] == [1]
    assert session.closed


async def test_room_closes_a_finished_stream_after_its_linger(
    mock_clock: trio.testing.MockClock,
) -> None:
    mock_clock.autojump_threshold = 0
    room = Room(Script.parse("comment\nend"), rate=10, linger=5)
    async with open_room(room) as server, open_websocket_url(server.url) as ws:
        start = trio.current_time()
        got = [await ws.get_message(), await ws.get_message()]
        assert len(got) == 2
        with trio.fail_after(60), pytest.raises(ConnectionClosed) as closed:
            await ws.get_message()  # a client that never hangs up is hung up on
        assert closed.value.reason.code == 1000
        assert 5 <= trio.current_time() - start <= 6
    [session] = server.sessions
    assert session.close_code == 1000 and session.closed


async def test_a_client_hanging_up_on_a_busy_room_is_a_clean_close() -> None:
    # Enough frames that the room is still pushing (its socket buffer full, a
    # burst of overdue frames queued) when the client hangs up.
    room = Room(Script.parse("comment\n" * 1500 + "end"), rate=100_000)
    async with open_room(room) as server:
        async with open_websocket_url(server.url) as ws:  # reads one frame, then leaves
            await ws.get_message()
            await trio.sleep(0.05)
        await idle(server)
        await trio.sleep(0.1)  # the handler has finished: anything it raised has surfaced
        # The room is still up and serves the next client the whole stream.
        _, events = await run_client(server)
    first, second = server.sessions
    assert first.closed and first.lost_code == 1000  # a clean close, as the client sent it
    assert 0 < len(first.sent) < 1500
    assert msg_ids(events) == second.msg_ids == room.msg_ids


async def test_a_rate_limited_provider_spaces_the_next_try() -> None:
    room = Room(Script.parse("comment a\nclose 1001\ncomment b\nend"), rate=FAST)
    async with open_room(room) as server:

        class Limited:
            calls = 0

            async def first_payload(self) -> FirstPayload:
                self.calls += 1
                if self.calls == 2:  # the first reconnect try meets a rate limit
                    raise RateLimitedError("webcast-fetch", 0.3)
                return FirstPayload(server.first_payload())

        provider = Limited()
        client = Client(provider, reconnect=QUICK)
        events: list[Event] = []
        client.on(Event)(events.append)
        with trio.fail_after(10):
            await client.run()
    check_bracketed(events, DisconnectReason.LIVE_ENDED)
    lost = [e for e in events if isinstance(e, ReconnectingEvent)]
    assert [(e.attempt, e.reason) for e in lost] == [
        (1, DisconnectReason.CLOSED_BY_SERVER),
        (2, DisconnectReason.CONNECT_FAILED),
    ]
    assert lost[1].delay >= 0.3 > QUICK.cap  # the server's hint, not the backoff
    assert "retry in 0.3 s" in lost[1].detail
    assert provider.calls == 3
    assert msg_ids(events) == room.msg_ids


async def test_a_provider_error_that_is_not_retryable_ends_the_session() -> None:
    class Offline(ProviderError):
        retryable = False  # e.g. the sign server says the user is not live any more

    room = Room(Script.parse("comment a\nclose 1001\ncomment b\nend"), rate=FAST)
    async with open_room(room) as server:

        class EndsWhileAway:
            calls = 0

            async def first_payload(self) -> FirstPayload:
                self.calls += 1
                if self.calls > 1:
                    raise Offline("@someone is not live")
                return FirstPayload(server.first_payload())

        provider = EndsWhileAway()
        client = Client(provider, reconnect=QUICK)
        events: list[Event] = []
        client.on(Event)(events.append)
        with trio.fail_after(10):
            await client.run()
    end = check_bracketed(events, DisconnectReason.CONNECT_FAILED)
    assert [e.attempt for e in events if isinstance(e, ReconnectingEvent)] == [1]
    assert provider.calls == 2  # asked once more, not ten times
    assert isinstance(client.error, Offline) and "not live" in end.detail
