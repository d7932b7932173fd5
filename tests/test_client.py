"""The Trio client as a user meets it, against the simulated room over real loopback sockets.

Proves: both styles work (``await client.run()`` with sync and async handlers;
``async with`` + ``async for``, which ends after ``DisconnectEvent``, and
which may be left early without hanging); a handler that raises is logged and
counted and the session still delivers everything; a slow consumer meets a
bounded buffer (``block``: nothing lost, at most ``buffer`` events waiting;
``drop``: only message events dropped, all counted); cancelling the caller's
scope, or ``close()`` from a handler, closes the socket cleanly (the room sees
the close) and still gives ``DisconnectEvent`` with ``closed_by_client``;
connect failures (a provider that raises, a closed port, an empty or refused
first payload) end ``run()`` normally with ``connect_failed``; and the
providers (bytes, file, URL) each start a session the documented way.
"""

from __future__ import annotations

import logging
import socket
from functools import partial
from pathlib import Path

import pytest
import trio
import trio.testing
from client_checks import check_bracketed, msg_ids
from trio_websocket import HandshakeError

from livecore import (
    CommentEvent,
    ConnectEvent,
    ControlEvent,
    DisconnectEvent,
    DisconnectReason,
    Event,
    FrameErrorEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    LocalProtocolError,
    SocialEvent,
)
from livecore.room import Room, Script
from livecore_trio.client import Client
from livecore_trio.providers import (
    BytesProvider,
    FileProvider,
    FirstPayload,
    PayloadProvider,
    UrlProvider,
)
from livecore_trio.room import RoomServer, open_room

pytestmark = pytest.mark.trio

FAST = 2000.0  # frames per second: a 40-frame stream takes 20 ms
# A comment, then silence long past any test's patience: whatever ends the
# session in a test using it, it is not the end of the stream. (The room is
# idle when the client hangs up; a room busy sending meets a client's close in
# test_room_server.py.)
ENDLESS = Script.parse("comment\nwait 600s\ncomment\nend")
KEPT = (ConnectEvent, DisconnectEvent, LivePauseEvent, LiveUnpauseEvent, LiveEndEvent)


async def idle(server: RoomServer) -> None:
    with trio.fail_after(10):
        await server.wait_idle()


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# ---- the two styles ------------------------------------------------------------------------


async def test_run_with_sync_and_async_handlers() -> None:
    room = Room(Script.random(2, 40), seed=2, rate=FAST)
    async with open_room(room) as server:
        client = Client(server.provider(), unique_id="streamer")
        everything: list[Event] = []
        comments: list[str] = []
        connects: list[ConnectEvent] = []
        disconnects: list[DisconnectEvent] = []

        @client.on(Event)
        async def every(event: Event) -> None:  # async: awaited in order
            await trio.lowlevel.checkpoint()
            everything.append(event)

        @client.on(CommentEvent)
        def comment(event: CommentEvent) -> None:  # sync
            comments.append(event.content)

        client.on(ConnectEvent)(connects.append)
        client.on(DisconnectEvent)(disconnects.append)
        socials: list[Event] = []
        client.on(SocialEvent)(socials.append)
        with trio.fail_after(30):
            result = await client.run()  # returns by itself when the stream ends
        await idle(server)

    assert result is client.disconnect is disconnects[0]
    check_bracketed(everything, DisconnectReason.LIVE_ENDED)
    assert msg_ids(everything) == room.msg_ids
    assert comments == [e.content for e in everything if isinstance(e, CommentEvent)]
    assert len(comments) > 5
    assert len(connects) == len(disconnects) == 1
    assert connects[0].room_id == room.room_id and connects[0].unique_id == "streamer"
    assert client.handler_errors == 0 and client.dropped == 0 and client.error is None
    # A handler gets exactly its type: the SocialEvent handler saw no FollowEvent or
    # ShareEvent (each of those comes with a SocialEvent of its own).
    assert socials and {type(e) for e in socials} == {SocialEvent}
    assert len(socials) == sum(type(e) is SocialEvent for e in everything)

    with pytest.raises(RuntimeError):
        await client.run()  # one session per client


async def test_async_for_ends_after_disconnect() -> None:
    room = Room(Script.random(5, 40), seed=5, rate=FAST)
    async with open_room(room) as server:
        got: list[Event] = []
        with trio.fail_after(30):
            async with Client(server.provider()) as client:
                async for event in client:
                    got.append(event)
        await idle(server)
    check_bracketed(got, DisconnectReason.LIVE_ENDED)
    assert msg_ids(got) == room.msg_ids
    assert client.disconnect is got[-1]
    [session] = server.sessions
    assert session.unacked() == [] and session.unasked_acks() == []


async def test_breaking_out_of_async_for_closes_cleanly() -> None:
    room = Room(ENDLESS, rate=FAST)
    async with open_room(room) as server:
        got: list[Event] = []
        disconnects: list[DisconnectEvent] = []
        with trio.fail_after(10):
            async with Client(server.provider()) as client:
                client.on(DisconnectEvent)(disconnects.append)
                async for event in client:
                    got.append(event)
                    if isinstance(event, CommentEvent):
                        break
            await idle(server)
    assert isinstance(got[0], ConnectEvent)
    [disconnect] = disconnects  # the handler still ran, once
    assert disconnect.reason is DisconnectReason.CLOSED_BY_CLIENT
    assert client.disconnect is disconnect
    [session] = server.sessions
    assert session.closed and session.lost_code == 1000  # a clean close, seen by the room


# ---- handlers that raise -------------------------------------------------------------------


async def test_a_raising_handler_is_logged_and_the_session_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="livecore.client")
    room = Room(Script.random(9, 40), seed=9, rate=FAST)
    async with open_room(room) as server:
        client = Client(server.provider())
        everything: list[Event] = []
        after: list[CommentEvent] = []

        @client.on(CommentEvent)
        def boom(event: CommentEvent) -> None:
            raise ValueError(f"bad handler on {event.msg_id}")

        client.on(CommentEvent)(after.append)  # the next handler still runs
        client.on(Event)(everything.append)
        with trio.fail_after(30):
            await client.run()

    comments = [e for e in everything if isinstance(e, CommentEvent)]
    assert len(comments) > 5
    assert client.handler_errors == len(comments)
    assert after == comments
    failures = [r for r in caplog.records if r.name == "livecore.client" and r.exc_info]
    assert len(failures) == len(comments)
    assert all("CommentEvent" in r.getMessage() for r in failures)
    assert all(isinstance(r.exc_info[1], ValueError) for r in failures if r.exc_info)
    check_bracketed(everything, DisconnectReason.LIVE_ENDED)
    assert msg_ids(everything) == room.msg_ids


# ---- a slow consumer -------------------------------------------------------------------------


async def test_slow_consumer_block_loses_nothing_and_stays_bounded(
    mock_clock: trio.testing.MockClock,
) -> None:
    mock_clock.autojump_threshold = 0
    buffer = 4
    room = Room(Script.random(4, 40), seed=4, rate=FAST, linger=600)
    async with open_room(room) as server:
        handled = 0
        most_waiting = 0
        got: list[Event] = []
        client = Client(server.provider(), buffer=buffer, overflow="block")

        @client.on(Event)
        def count(event: Event) -> None:
            nonlocal handled
            handled += 1

        with trio.fail_after(600):
            async with client:
                async for event in client:
                    got.append(event)
                    # Events made (handlers run first) but not yet taken: the buffer,
                    # plus the one whose send is blocked on it. Never more.
                    most_waiting = max(most_waiting, handled - len(got))
                    assert handled - len(got) <= buffer + 1
                    await trio.sleep(0.01)
        await idle(server)

    assert most_waiting >= buffer  # the consumer really was the slow side
    assert client.dropped == 0
    assert handled == len(got)
    check_bracketed(got, DisconnectReason.LIVE_ENDED)
    assert msg_ids(got) == room.msg_ids  # nothing lost under backpressure


async def test_slow_consumer_drop_keeps_lifecycle_and_counts_the_rest(
    mock_clock: trio.testing.MockClock,
) -> None:
    mock_clock.autojump_threshold = 0
    room = Room(Script.random(6, 60), seed=6, rate=FAST, linger=600)
    async with open_room(room) as server:
        made: list[Event] = []
        got: list[Event] = []
        client = Client(server.provider(), buffer=4, overflow="drop")
        client.on(Event)(made.append)  # handlers see every event, dropped or not
        with trio.fail_after(600):
            async with client:
                async for event in client:
                    got.append(event)
                    await trio.sleep(0.01)
        await idle(server)

    assert client.dropped > 0
    assert len(got) + client.dropped == len(made)
    kept = [e for e in made if isinstance(e, KEPT)]
    assert [type(e) for e in kept] == [
        ConnectEvent,
        LivePauseEvent,
        LiveUnpauseEvent,
        LiveEndEvent,
        DisconnectEvent,
    ]
    assert [e for e in got if isinstance(e, KEPT)] == kept  # never dropped, in order
    check_bracketed(got, DisconnectReason.LIVE_ENDED)
    # What arrived is what was made, in order, minus the dropped message events.
    position = {id(e): i for i, e in enumerate(made)}
    assert [position[id(e)] for e in got] == sorted(position[id(e)] for e in got)
    dropped = [e for e in made if all(e is not g for g in got)]
    assert len(dropped) == client.dropped
    assert not any(isinstance(e, KEPT) for e in dropped)
    delivered_messages = [e for e in got if e.msg_id is not None]
    assert len(delivered_messages) + client.dropped == sum(e.msg_id is not None for e in made)
    # The session itself lost nothing: the core got every message.
    assert msg_ids(made) == room.msg_ids


async def test_buffer_and_overflow_are_checked() -> None:
    with pytest.raises(ValueError):
        Client(b"x", buffer=0)
    with pytest.raises(ValueError):
        Client(b"x", overflow="lose")  # type: ignore[arg-type]


# ---- ending from the client side --------------------------------------------------------------


async def test_cancel_scope_from_a_handler_closes_the_socket() -> None:
    room = Room(ENDLESS, rate=FAST)
    async with open_room(room) as server:
        # close_timeout bounds the wait for the close handshake under cancellation
        # (see test_cancellation_is_not_held_up_by_the_close_handshake).
        client = Client(server.provider(), close_timeout=0.2)
        events: list[Event] = []
        client.on(Event)(events.append)
        finished = False
        with trio.fail_after(10):
            with trio.CancelScope() as scope:

                @client.on(CommentEvent)
                def stop(event: CommentEvent) -> None:
                    scope.cancel()

                await client.run()
                finished = True  # pragma: no cover - the cancellation goes through
            await idle(server)

    assert scope.cancelled_caught and not finished  # the cancellation propagated
    disconnect = check_bracketed(events, DisconnectReason.CLOSED_BY_CLIENT)
    assert client.disconnect is disconnect
    [session] = server.sessions
    assert session.closed and session.lost_code == 1000


async def test_move_on_after_around_run(mock_clock: trio.testing.MockClock) -> None:
    mock_clock.autojump_threshold = 0
    room = Room(ENDLESS, rate=FAST)
    async with open_room(room) as server:
        client = Client(server.provider())
        events: list[Event] = []
        client.on(Event)(events.append)
        start = trio.current_time()
        with trio.move_on_after(35) as scope:
            await client.run()
        await idle(server)

    assert scope.cancelled_caught
    assert 35 <= trio.current_time() - start < 45  # it did not wait for the stream
    check_bracketed(events, DisconnectReason.CLOSED_BY_CLIENT)
    assert len([e for e in events if isinstance(e, CommentEvent)]) == 1
    [session] = server.sessions
    assert session.closed and session.lost_code == 1000
    # It was alive until cancelled: heartbeats every 10 s (the room's default),
    # the first at a random point of the first interval.
    first = session.heartbeats[0].at - session.opened_at
    assert 0 < first <= 10
    due = [first + 10 * k for k in range(5) if session.opened_at + first + 10 * k < start + 35]
    assert [b.seq for b in session.heartbeats] == list(range(1, len(due) + 1))


async def test_cancellation_is_not_held_up_by_the_close_handshake(
    mock_clock: trio.testing.MockClock,
) -> None:
    mock_clock.autojump_threshold = 0
    room = Room(ENDLESS, rate=FAST)
    async with open_room(room) as server:
        client = Client(server.provider())  # close_timeout: the default 2 s
        with trio.move_on_after(35):
            await client.run()
        left = trio.current_time()
        await idle(server)
    [session] = server.sessions
    assert session.closed and session.lost_code == 1000  # the room answered the close at once
    assert left - session.opened_at < 35.5  # so the cancellation need not wait 2 s more


async def test_close_from_a_handler_mid_stream() -> None:
    room = Room(ENDLESS, rate=FAST)
    async with open_room(room) as server:
        client = Client(server.provider())
        events: list[Event] = []
        client.on(Event)(events.append)

        @client.on(CommentEvent)
        def enough(event: CommentEvent) -> None:
            client.close()
            client.close()  # idempotent

        with trio.fail_after(10):
            result = await client.run()  # returns, no exception
            await idle(server)

    assert result.reason is DisconnectReason.CLOSED_BY_CLIENT
    check_bracketed(events, DisconnectReason.CLOSED_BY_CLIENT)
    [session] = server.sessions
    assert session.closed and session.lost_code == 1000
    assert session.close_code is None  # the client closed, not the room
    assert not any(isinstance(e, LiveEndEvent) for e in events)


async def test_close_before_run_never_dials() -> None:
    room = Room(ENDLESS, rate=FAST)
    async with open_room(room) as server:
        client = Client(server.provider())
        events: list[Event] = []
        client.on(Event)(events.append)
        client.close()
        with trio.fail_after(10):
            result = await client.run()
    assert result.reason is DisconnectReason.CLOSED_BY_CLIENT
    assert events[-1] is result and sum(isinstance(e, DisconnectEvent) for e in events) == 1
    assert server.sessions == []


# ---- connect failures ---------------------------------------------------------------------


class Broken:
    def __init__(self) -> None:
        self.exc = RuntimeError("the sign server said no")

    async def first_payload(self) -> FirstPayload:
        raise self.exc


async def test_a_provider_that_raises_ends_with_connect_failed() -> None:
    provider = Broken()
    client = Client(provider)
    events: list[Event] = []
    client.on(Event)(events.append)
    with trio.fail_after(10):
        result = await client.run()  # no exception: the DisconnectEvent says it
    assert events == [result]
    assert result.reason is DisconnectReason.CONNECT_FAILED
    assert "the sign server said no" in result.detail
    assert client.error is provider.exc


async def test_a_provider_that_raises_in_async_for() -> None:
    got: list[Event] = []
    with trio.fail_after(10):
        async with Client(Broken()) as client:
            async for event in client:
                got.append(event)
    assert len(got) == 1 and isinstance(got[0], DisconnectEvent)
    assert got[0].reason is DisconnectReason.CONNECT_FAILED


async def test_a_closed_port_ends_with_connect_failed() -> None:
    url = f"ws://127.0.0.1:{closed_port()}/webcast/im/push/v2/"
    client = Client(Room().first_payload(url))
    events: list[Event] = []
    client.on(Event)(events.append)
    with trio.fail_after(10):
        result = await client.run()
    # The first payload was in hand (ConnectEvent, docs/protocol.md); the socket never was.
    assert [type(e) for e in events] == [ConnectEvent, DisconnectEvent]
    assert result.reason is DisconnectReason.CONNECT_FAILED
    assert result.detail.startswith("cannot connect")
    assert isinstance(client.error, HandshakeError | OSError)


async def test_an_empty_first_payload_is_a_frame_error_then_connect_failed() -> None:
    client = Client(b"")  # the sign server's answer when TikTok blocked it
    events: list[Event] = []
    client.on(Event)(events.append)
    with trio.fail_after(10):
        result = await client.run()
    assert [type(e) for e in events] == [FrameErrorEvent, DisconnectEvent]
    error = events[0]
    assert isinstance(error, FrameErrorEvent) and error.raw == b""
    assert "empty first payload" in error.reason
    assert result.reason is DisconnectReason.CONNECT_FAILED
    assert isinstance(client.error, LocalProtocolError)


async def test_a_refused_handshake_is_connect_failed_with_its_message() -> None:
    """TikTok refuses a detected client with HTTP 200 and a Handshake-Msg (docs/protocol.md)."""

    async def refuse(stream: trio.SocketStream) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = await stream.receive_some(4096)
            if not chunk:
                return
            request += chunk
        await stream.send_all(
            b"HTTP/1.1 200 OK\r\nHandshake-Msg: go away bot\r\n"
            b"Content-Length: 0\r\nConnection: close\r\n\r\n"
        )
        await stream.aclose()

    async with trio.open_nursery() as nursery:
        [listener] = await nursery.start(partial(trio.serve_tcp, refuse, 0, host="127.0.0.1"))
        port = listener.socket.getsockname()[1]
        client = Client(Room().first_payload(f"ws://127.0.0.1:{port}/push/"))
        with trio.fail_after(10):
            result = await client.run()
        nursery.cancel_scope.cancel()
    assert result.reason is DisconnectReason.CONNECT_FAILED
    assert "200" in result.detail and "go away bot" in result.detail
    assert client.error is not None


# ---- providers ----------------------------------------------------------------------------


async def run_with(provider: PayloadProvider | bytes, room_id: int = 0) -> list[Event]:
    client = Client(provider, room_id=room_id)
    events: list[Event] = []
    client.on(Event)(events.append)
    with trio.fail_after(30):
        await client.run()
    return events


@pytest.mark.parametrize("kind", ["bytes", "BytesProvider", "FileProvider"])
async def test_first_payload_providers(kind: str, tmp_path: Path) -> None:
    room = Room(Script.random(12, 20), seed=12, rate=FAST)
    async with open_room(room) as server:
        data = server.first_payload()
        provider: PayloadProvider | bytes
        if kind == "bytes":
            provider = data
        elif kind == "BytesProvider":
            provider = BytesProvider(data, headers=[("User-Agent", "livecore-test")])
        else:
            path = tmp_path / "first.bin"
            path.write_bytes(data)
            provider = FileProvider(path)
        events = await run_with(provider)
    check_bracketed(events, DisconnectReason.LIVE_ENDED)
    assert events[0].room_id == room.room_id  # type: ignore[attr-defined]
    assert msg_ids(events) == room.msg_ids
    [session] = server.sessions  # a provider's headers go into the handshake, and only its
    assert session.headers.get("user-agent") == (
        "livecore-test" if kind == "BytesProvider" else None
    )


async def test_url_provider_connects_with_the_first_msg_frame() -> None:
    room = Room(Script.random(13, 20), seed=13, rate=FAST)
    async with open_room(room) as server:
        events = await run_with(UrlProvider(server.url), room_id=room.room_id)
        await idle(server)
    [session] = server.sessions
    check_bracketed(events, DisconnectReason.LIVE_ENDED)
    connect = events[0]
    assert isinstance(connect, ConnectEvent) and connect.room_id == room.room_id
    # No first payload: the ConnectEvent comes with the first frame, right before its events.
    first_frame = set(session.sent[0].msg_ids)
    after_connect = [e.msg_id for e in events[1:4]]
    assert all(m in first_frame for m in after_connect)
    assert msg_ids(events) == room.msg_ids
    assert [e.room_id for e in session.enter_rooms] == [room.room_id]
    assert session.unacked() == []


async def test_url_provider_with_a_closed_port() -> None:
    events = await run_with(UrlProvider(f"ws://127.0.0.1:{closed_port()}/"))
    assert [type(e) for e in events] == [DisconnectEvent]  # never connected
    assert events[0].reason is DisconnectReason.CONNECT_FAILED  # type: ignore[attr-defined]


async def test_provider_reprs_hide_secrets() -> None:
    payload = FirstPayload(b"abc", headers=[("Cookie", "sessionid=secret"), ("User-Agent", "ua")])
    assert "secret" not in repr(payload) and "ua" in repr(payload)
    assert "<3 bytes>" in repr(BytesProvider(b"abc"))
    assert (await BytesProvider(b"abc").first_payload()).data == b"abc"
    assert (await UrlProvider("ws://x/").first_payload()).url == "ws://x/"


async def test_control_events_without_lifecycle_are_plain() -> None:
    room = Room(Script.parse("control 7\ncomment\nunpause\nend"), rate=FAST)
    async with open_room(room) as server:
        events = await run_with(server.provider())
    controls = [type(e) for e in events if isinstance(e, ControlEvent)]
    # control 7 and an unpause while live are only ControlEvents; the end is announced.
    assert controls == [ControlEvent, ControlEvent, LiveEndEvent, ControlEvent]
    check_bracketed(events, DisconnectReason.LIVE_ENDED)


# ---- edges found in review ---------------------------------------------------------------


async def test_cancelling_around_async_with_closes_and_cancels_cleanly() -> None:
    """A deadline around the whole ``async with`` block: no Trio misnesting, the
    room sees a close, and the handlers still get DisconnectEvent."""
    seen: list[Event] = []
    async with open_room(Room(ENDLESS, rate=FAST)) as server:
        with trio.move_on_after(0.5) as scope:
            async with Client(server.provider()) as client:
                client.on(DisconnectEvent)(seen.append)
                async for _ in client:
                    pass
        assert scope.cancelled_caught
        await idle(server)
        assert server.sessions[0].closed
    assert len(seen) == 1 and seen[0].reason is DisconnectReason.CLOSED_BY_CLIENT


async def test_an_exception_in_the_async_with_body_comes_out_as_itself() -> None:
    class Stop(Exception):
        pass

    async with open_room(Room(ENDLESS, rate=FAST)) as server:
        with pytest.raises(Stop):  # not an ExceptionGroup around it
            async with Client(server.provider()) as client:
                async for event in client:
                    if isinstance(event, CommentEvent):
                        raise Stop
        assert client.disconnect is not None
        assert client.disconnect.reason is DisconnectReason.CLOSED_BY_CLIENT


@pytest.mark.parametrize("url", ["http://127.0.0.1:1/", "ws:///no-host", "ftp://x/"])
async def test_an_unusable_url_is_connect_failed(url: str) -> None:
    client = Client(UrlProvider(url))
    with trio.fail_after(10):
        result = await client.run()
    assert result.reason is DisconnectReason.CONNECT_FAILED
    assert isinstance(client.error, ValueError | HandshakeError)


async def test_a_message_over_max_message_size_is_a_protocol_error() -> None:
    # A comment of 4 KB does not fit a 1 KB limit (frames are gzip, so make it incompressible).
    text = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(4000))
    script = Script.parse(f"comment hi\ncomment {text}\nend")
    async with open_room(Room(script, rate=FAST, compress=False)) as server:
        # Without reconnecting: the same frame would come again on every resume.
        client = Client(server.provider(), max_message_size=1024, reconnect=None)
        with trio.fail_after(10):
            result = await client.run()
    assert result.reason is DisconnectReason.PROTOCOL_ERROR
    assert result.code == 1009
    assert "maximum message size: 1024 bytes" in result.detail


async def test_a_failing_record_callback_ends_the_session_and_says_why() -> None:
    def record(data: bytes) -> None:
        raise OSError(28, "No space left on device")

    async with open_room(Room(ENDLESS, rate=FAST)) as server:
        client = Client(server.provider(), record=record)
        with trio.fail_after(10):
            result = await client.run()
        await idle(server)
    assert isinstance(client.error, OSError)
    assert result.reason is DisconnectReason.CLOSED_BY_CLIENT
    assert server.sessions[0].lost_code == 1000


class Counting:
    """A provider that counts how often it is asked, as a sign server's quota would."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.asked = 0

    async def first_payload(self) -> FirstPayload:
        self.asked += 1
        await trio.sleep(0.01)
        return FirstPayload(self.data)


async def test_close_before_the_session_starts_does_not_ask_the_provider() -> None:
    provider = Counting(Room().first_payload("ws://127.0.0.1:9/"))
    client = Client(provider)
    client.close()
    with trio.fail_after(10):
        result = await client.run()
    assert provider.asked == 0
    assert result.reason is DisconnectReason.CLOSED_BY_CLIENT


async def test_close_from_a_connect_handler_lets_the_first_payload_be_delivered() -> None:
    """close() before the socket opens stops the dialling, not the handler that asked,
    and the first payload's messages still reach their handlers."""
    script = Script.parse("comment a\ncomment b\nend")
    room = Room(script)
    result = pb_first_payload_with_messages(room)
    client = Client(result)
    comments: list[str] = []
    finished = []

    @client.on(ConnectEvent)
    async def connected(event: ConnectEvent) -> None:
        client.close()
        await trio.sleep(0)  # a checkpoint: must not be cancelled by that close
        finished.append(True)

    @client.on(CommentEvent)
    def comment(event: CommentEvent) -> None:
        comments.append(event.content)

    with trio.fail_after(10):
        end = await client.run()
    assert finished == [True]
    assert comments == ["a", "b"]
    assert end.reason is DisconnectReason.CLOSED_BY_CLIENT


def pb_first_payload_with_messages(room: Room) -> bytes:
    """The room's first payload, carrying the stream's comments."""
    from livecore.frames import decode_fetch_result, decode_push_frame, frame_payload

    first = decode_fetch_result(room.first_payload("ws://127.0.0.1:9/"))
    for data in room.frames():  # every step is a frame of its own
        first.messages.extend(decode_fetch_result(frame_payload(decode_push_frame(data))).messages)
    # Only the comments: the end stays for later, so the session is still open.
    keep = [m for m in first.messages if m.method == "WebcastChatMessage"]
    del first.messages[:]
    first.messages.extend(keep)
    return first.SerializeToString()


@pytest.mark.parametrize("base", ["DecodeErrorEvent", "MessageEvent"])
async def test_a_handler_for_a_class_never_emitted_as_itself_is_refused(base: str) -> None:
    import livecore

    client = Client(b"")
    with pytest.raises(TypeError, match="never emitted as itself"):
        client.on(getattr(livecore, base))(lambda event: None)
