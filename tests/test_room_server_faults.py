"""Faults of the simulated room over real loopback sockets (``livecore_trio.room``).

A raw ``trio_websocket`` client, no mocked socket layer. Proves: ``drop``
cuts the TCP connection with no close frame (the client sees 1006);
``close`` sends each code; ``refuse`` and ``reject`` answer the handshake
with 503, and with 200 and ``Handshake-Msg``; ``stall`` keeps the socket
open and silent (trio's ``MockClock`` makes an hour pass at once); an
``oversize`` frame arrives whole to a client that allows it and makes one
with a 4 MiB limit close 1009; the extra frames arrive where the plan puts
them; the handshake's headers are recorded; and after each of them, or a
client that misbehaves, the room serves the next client.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable

import pytest
import trio
import trio.testing
from trio_websocket import (
    ConnectionClosed,
    ConnectionRejected,
    WebSocketConnection,
    open_websocket_url,
)

from livecore import frames as wire
from livecore.errors import FrameDecodeError
from livecore.handshake import HANDSHAKE_MSG
from livecore.room import OVERSIZE, Faults, Room, Script
from livecore_trio.cli import app as cli
from livecore_trio.room import RoomServer, open_room

pytestmark = pytest.mark.trio

FAST = 2000.0  # frames per second


def room_with(spec: str, frames: int = 10, rate: float = FAST) -> Room:
    return Room(Script.parse("comment\n" * frames + "end"), faults=Faults.parse(spec), rate=rate)


async def read(ws: WebSocketConnection, count: int) -> list[bytes]:
    got = []
    for _ in range(count):
        data = await ws.get_message()
        assert isinstance(data, bytes)
        got.append(data)
    return got


def ids(data: bytes) -> list[int]:
    result = wire.decode_fetch_result(wire.frame_payload(wire.decode_push_frame(data)))
    return [m.msg_id for m in result.messages]


async def idle(server: RoomServer) -> None:
    with trio.fail_after(10):
        await server.wait_idle()


async def whole_stream_from(server: RoomServer, cursor: str) -> list[int]:
    """A raw client resuming at ``cursor`` reads to the end: the msg_ids it got."""
    got: list[int] = []
    with trio.fail_after(10):
        async with open_websocket_url(f"{server.url}?cursor={cursor}") as ws:
            while not got or got[-1] != server.room.msg_ids[-1]:
                data = await ws.get_message()
                assert isinstance(data, bytes)
                got.extend(ids(data))
    return got


async def test_drop_cuts_the_connection_with_no_close_frame() -> None:
    room = room_with("drop@4")
    async with open_room(room) as server:
        with trio.fail_after(10):
            async with open_websocket_url(server.url) as ws:
                first = await read(ws, 4)
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
                # 1006 is never sent in a close frame: it is how a socket that
                # ended without one is reported.
                assert closed.value.reason is not None
                assert closed.value.reason.code == 1006
                assert ws.closed is not None and ws.closed.code == 1006
        await idle(server)
        # The room serves on: resuming from the last cursor gets the rest, once.
        cursor = wire.decode_fetch_result(
            wire.frame_payload(wire.decode_push_frame(first[-1]))
        ).cursor
        rest = await whole_stream_from(server, cursor)
    one, two = server.sessions
    assert one.drop and one.closed and one.lost_code is None
    assert [i for d in first for i in ids(d)] + rest == room.msg_ids
    assert two.start == 4 and room.faults_fired == {"drop": 1}


@pytest.mark.parametrize("code", [1000, 1001, 1011, 4000])
async def test_close_with_each_code(code: int) -> None:
    room = room_with(f"close@2:{code}")
    async with open_room(room) as server:
        with trio.fail_after(10):
            async with open_websocket_url(server.url) as ws:
                await read(ws, 2)
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
        assert closed.value.reason is not None
        assert closed.value.reason.code == code
        assert str(code) in (closed.value.reason.reason or "")
        await idle(server)
        assert await whole_stream_from(server, "r-2") == room.msg_ids[2:]
    assert server.sessions[0].lost_code == code


async def test_close_1006_is_a_drop() -> None:
    async with open_room(room_with("close@1:1006")) as server:
        with trio.fail_after(10):
            async with open_websocket_url(server.url) as ws:
                await read(ws, 1)
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
        assert closed.value.reason is not None and closed.value.reason.code == 1006
        await idle(server)
    assert server.sessions[0].lost_code is None


def _header(rejected: ConnectionRejected, name: str) -> str | None:
    for key, value in rejected.headers:
        if bytes(key).decode().lower() == name.lower():
            return bytes(value).decode()
    return None


@pytest.mark.parametrize(
    ("spec", "refuse", "status", "message"),
    [
        ("refuse:2", None, 503, None),
        ("reject:2", None, 200, "the simulated room refuses this handshake (fault)"),
        (
            "",
            lambda room: room.refuse(2, status=200, message="update your app"),
            200,
            "update your app",
        ),
        ("", lambda room: room.refuse(2, status=429), 429, None),
    ],
    ids=["refuse", "reject", "refuse-200-from-python", "refuse-429-from-python"],
)
async def test_refused_handshakes(
    spec: str, refuse: Callable[[Room], None] | None, status: int, message: str | None
) -> None:
    room = room_with(spec, frames=3)
    if refuse is not None:
        refuse(room)
    async with open_room(room) as server:
        for _ in range(2):
            with trio.fail_after(10), pytest.raises(ConnectionRejected) as rejected:
                async with open_websocket_url(server.url):
                    pass
            assert rejected.value.status_code == status
            assert _header(rejected.value, HANDSHAKE_MSG) == message
            assert rejected.value.body
        # Then handshakes are accepted again.
        assert await whole_stream_from(server, "r-0") == room.msg_ids
    assert len(room.refused) == 2 and len(server.sessions) == 1
    assert room.faults_fired == {"reject" if status == 200 else "refuse": 2}


async def test_refuse_at_a_frame_drops_then_refuses_with_503() -> None:
    room = room_with("refuse@3:1")
    async with open_room(room) as server:
        with trio.fail_after(10):
            async with open_websocket_url(server.url) as ws:
                await read(ws, 3)
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
            assert closed.value.reason is not None and closed.value.reason.code == 1006
            with pytest.raises(ConnectionRejected) as rejected:
                async with open_websocket_url(server.url + "?cursor=r-3"):
                    pass
        assert rejected.value.status_code == 503
        assert await whole_stream_from(server, "r-3") == room.msg_ids[3:]
    assert room.faults_fired == {"drop": 1, "refuse": 1}


async def test_stall_keeps_the_socket_open_and_silent(
    mock_clock: trio.testing.MockClock,
) -> None:
    mock_clock.autojump_threshold = 0
    room = room_with("stall@3", rate=10)
    async with open_room(room) as server:
        async with open_websocket_url(server.url) as ws:
            await read(ws, 3)
            await trio.sleep(1)  # frame 3 was due 0.1 s after frame 2: the stall has begun
            start = trio.current_time()
            with trio.move_on_after(3600) as quiet:
                await ws.send_message(wire.encode_heartbeat(room.room_id, 1))
                await ws.get_message()  # no frame, no heartbeat answer, no close
            assert quiet.cancelled_caught
            assert trio.current_time() - start >= 3600
            assert ws.closed is None  # the socket is still open
            await ws.send_message(wire.encode_heartbeat(room.room_id, 2))
            with trio.move_on_after(60):
                await ws.get_message()
        # The client gave up (as a watchdog would) and closed with 1000.
        await idle(server)
        stalled = server.sessions[0]
        assert stalled.stalled and stalled.lost_code == 1000
        assert [b.seq for b in stalled.heartbeats] == [1, 2]  # it went on reading
        assert len(stalled.sent) == 3
        async with open_websocket_url(server.url + "?cursor=r-3") as ws:  # serves on
            assert ids((await read(ws, 1))[0]) == room.msg_ids[3:4]


async def test_oversize_arrives_whole_to_a_client_that_allows_it() -> None:
    room = room_with("oversize@1", frames=3)
    async with open_room(room) as server:
        with trio.fail_after(10):
            async with open_websocket_url(server.url, max_message_size=2 * OVERSIZE) as ws:
                got = await read(ws, 5)
        await idle(server)
    assert [len(ids(d)) for d in got] == [1, 0, 1, 1, 1]  # the big one carries no message
    assert 4 * 1024 * 1024 < len(got[1]) <= OVERSIZE
    assert [i for d in got for i in ids(d)] == room.msg_ids


async def test_oversize_makes_a_client_with_a_4_mib_limit_close_1009() -> None:
    # The real clock: under MockClock's autojump a 4 MiB transfer waiting on
    # the socket looks idle, and the room's give-up timer would jump ahead.
    room = room_with("oversize@1", frames=3)
    async with open_room(room) as server:
        with trio.fail_after(10):
            async with open_websocket_url(server.url, max_message_size=4 * 1024 * 1024) as ws:
                await read(ws, 1)
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
        assert closed.value.reason is not None and closed.value.reason.code == 1009
        await idle(server)  # the room saw that close, even in the middle of its send
        assert server.sessions[0].lost_code == 1009
        assert await whole_stream_from(server, "r-1") == room.msg_ids[1:]


async def test_extra_frames_arrive_where_the_plan_puts_them() -> None:
    room = room_with("garbage@1,truncated@2,bomb@3,burst@4:3,history:2", frames=6)
    async with open_room(room) as server:
        with trio.fail_after(10):
            async with open_websocket_url(server.url) as ws:
                got = await read(ws, 9)
            async with open_websocket_url(server.url + "?cursor=r-5") as ws:
                resumed = await read(ws, 3)
        await idle(server)
    kinds = []
    for data in got:
        try:
            ids(data)
            kinds.append("msg")
        except FrameDecodeError as exc:
            kinds.append(type(exc).__name__)
    assert kinds == [
        "msg",
        "FrameDecodeError",  # garbage
        "msg",
        "DecompressionError",  # truncated
        "msg",
        "PayloadTooLargeError",  # bomb
        "msg",
        "msg",
        "msg",
    ]
    assert got[1] == room.fault_frame("garbage", 1)
    # The resumed session replays the two messages before its cursor, marked as history.
    history = wire.decode_fetch_result(wire.frame_payload(wire.decode_push_frame(resumed[0])))
    assert [m.msg_id for m in history.messages] == room.msg_ids[3:5]
    assert all(m.is_history for m in history.messages)
    assert [i for d in resumed[1:] for i in ids(d)] == room.msg_ids[5:]
    assert room.faults_fired == {"garbage": 1, "truncated": 1, "bomb": 1, "burst": 1, "history": 1}


async def test_handshake_headers_are_recorded() -> None:
    room = room_with("", frames=1)
    async with open_room(room) as server:
        headers = [
            (b"User-Agent", b"Mozilla/5.0 (livecore tests)"),
            (b"Cookie", b"ttwid=abc; sessionid=xyz"),
        ]
        with trio.fail_after(10):
            async with open_websocket_url(server.url, extra_headers=headers) as ws:
                await read(ws, 1)
        await idle(server)
    [session] = server.sessions
    assert session.headers["user-agent"] == "Mozilla/5.0 (livecore tests)"
    assert session.headers["cookie"] == "ttwid=abc; sessionid=xyz"


async def test_the_room_survives_clients_that_misbehave(
    mock_clock: trio.testing.MockClock, caplog: pytest.LogCaptureFixture
) -> None:
    mock_clock.autojump_threshold = 0
    room = room_with("", frames=2, rate=10)
    async with open_room(room) as server:
        # Not HTTP at all; a connection that says nothing; one that hangs up mid-handshake.
        junk = await trio.open_tcp_stream("127.0.0.1", server.port)
        await junk.send_all(b"\x16\x03\x01 this is not an HTTP request\r\n\r\n")
        silent = await trio.open_tcp_stream("127.0.0.1", server.port)
        half = await trio.open_tcp_stream("127.0.0.1", server.port)
        await half.send_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        await half.aclose()
        with trio.fail_after(120):
            answer = b""  # an HTTP error and the end, not a hang
            while chunk := await junk.receive_some(4096):
                answer += chunk
            assert answer.startswith(b"HTTP/1.1 400 "), answer
            assert await silent.receive_some(4096) == b""  # given up on after a while
        await junk.aclose()
        await silent.aclose()
        assert await whole_stream_from(server, "r-0") == room.msg_ids
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # nothing failed


# ---- livecore room --faults ----------------------------------------------------------


async def test_cli_room_faults_reach_the_room() -> None:
    args = cli._parser().parse_args(
        ["room", "--frames", "6", "--rate", "2000", "--faults", "close@2:4001,history:1"]
    )
    out = io.StringIO()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(cli._room_main, args, out)
        with trio.fail_after(10):
            while not out.getvalue().endswith("\n"):
                await trio.sleep(0.01)
            url = out.getvalue().strip()
            async with open_websocket_url(url) as ws:
                await read(ws, 2)
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
            async with open_websocket_url(url + "?cursor=r-2") as ws:
                [history] = await read(ws, 1)
        nursery.cancel_scope.cancel()
    assert closed.value.reason is not None and closed.value.reason.code == 4001
    result = wire.decode_fetch_result(wire.frame_payload(wire.decode_push_frame(history)))
    assert [m.is_history for m in result.messages] == [True]


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("drop@x", "fault 'drop@x': 'x' is not a whole number"),
        ("drop@1,explode@2", "fault 'explode@2': unknown fault 'explode'"),
        ("close@3:1005", "fault 'close@3:1005': close wants a code"),
    ],
)
async def test_cli_a_bad_faults_spec_is_a_usage_error(
    spec: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["room", "--faults", spec])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "argument --faults" in err and says in err
    assert "Traceback" not in err
