"""A worker is a service: when NATS cannot be reached it says so at once (which
servers, why) and keeps trying, and joins the fleet when NATS comes; with
``--connect-timeout`` it gives up instead (exit 10), as scripts want. The
commands that are not workers fail fast."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trio
from fakes_tiktok import LIVE_ROOM, FakeSignServer, FakeTikTok, RoomThread, fakes
from test_fleet_nats import livecore, until
from test_watch import Lines

from livecore.fleet.targets import parse_target
from livecore.room import Room, Script
from livecore_trio.cli.fleet_soak import books, read_stream
from livecore_trio.fleet.nats import open_nats
from livecore_trio.fleet.server import NatsServer

pytestmark = pytest.mark.trio


def _free_port(tmp_path: Path) -> int:
    """A port a nats-server just had (and left): free, and ours to start one on again."""
    probe = NatsServer(tmp_path / "probe")
    probe.start()
    port = probe.port
    probe.stop()
    return port


async def test_a_worker_waits_for_nats_says_so_and_joins_when_it_comes(tmp_path: Path) -> None:
    port = _free_port(tmp_path)
    url = f"nats://127.0.0.1:{port}"
    worker = subprocess.Popen(
        livecore("fleet", "worker", "--nats", url, "--name", "patient"),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    server = NatsServer(tmp_path / "nats", port)
    try:
        said = Lines(worker.stderr)
        deadline = time.monotonic() + 30  # at once: well before the old 30 s of silence
        while not any(f"cannot reach NATS at {url}" in line for line in said.lines):
            assert time.monotonic() < deadline and worker.poll() is None, said.lines
            time.sleep(0.05)
        time.sleep(1.0)
        assert worker.poll() is None  # still trying
        server.start()
        async with open_nats(server.url) as broker:

            async def joined() -> bool:
                return "patient" in (await broker.snapshot()).workers

            await until(joined, "the worker joined once NATS came")
    finally:
        worker.terminate()
        code = worker.wait(30)
        server.stop()
    assert code == 0


async def test_with_a_connect_timeout_a_worker_gives_up_and_says_why(tmp_path: Path) -> None:
    url = f"nats://127.0.0.1:{_free_port(tmp_path)}"
    args = ("fleet", "worker", "--nats", url, "--connect-timeout", "1")
    done = await trio.run_process(livecore(*args), capture_stderr=True, check=False)
    assert done.returncode == 10
    assert f"cannot reach NATS at {url}".encode() in done.stderr


async def test_a_command_that_is_no_worker_fails_fast(tmp_path: Path) -> None:
    url = f"nats://127.0.0.1:{_free_port(tmp_path)}"
    started = trio.current_time()
    done = await trio.run_process(
        [sys.executable, "-m", "livecore", "fleet", "status", "--nats", url],
        capture_stderr=True,
        check=False,
    )
    assert done.returncode == 10 and b"cannot reach NATS" in done.stderr
    assert trio.current_time() - started < 60  # a bound against hanging, not a timing


@pytest.fixture
def tiktok_fakes() -> Iterator[tuple[FakeTikTok, FakeSignServer, RoomThread]]:
    """The fakes of TikTok and a sign server, and @someone's LIVE (60 frames)."""
    stream = Room(Script.random(5, 60), seed=5, room_id=LIVE_ROOM, rate=100)
    with fakes(stream) as world:
        yield world


async def test_a_worker_reaches_tiktok_as_its_options_say(
    tmp_path: Path, tiktok_fakes: tuple[FakeTikTok, FakeSignServer, RoomThread]
) -> None:
    """``fleet worker`` takes watch's options (here the fakes' URLs): an @handle
    target goes there, not to real TikTok and the default sign server."""
    tiktok, signer, served = tiktok_fakes
    server = NatsServer(tmp_path / "nats")
    server.start()
    urls = ["--web-url", tiktok.url, "--webcast-url", tiktok.url, "--sign-url", signer.url]
    worker = subprocess.Popen(
        livecore("fleet", "worker", "--nats", server.url, "--lease-ttl", "2", *urls),
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "worker.log").open("wb"),
    )
    someone = parse_target("@someone")
    try:
        async with open_nats(server.url) as broker:
            await broker.add_targets({someone.key: someone.text})

            async def ended() -> bool:
                point = (await broker.snapshot()).checkpoints.get(someone.key)
                return point is not None and point.state == "ended"

            await until(ended, "the LIVE ended")
            got = (await read_stream(broker))[someone.text]
    finally:
        worker.terminate()
        code = worker.wait(30)
        server.stop()
    assert code == 0
    assert signer.count >= 1 and tiktok.seen("/@someone/live")
    counted = books(served.room.msg_ids, got)
    assert counted.ok and counted.received == len(served.room.msg_ids), counted


async def test_a_worker_refuses_an_option_it_cannot_use(tmp_path: Path) -> None:
    url = f"nats://127.0.0.1:{_free_port(tmp_path)}"
    args = ("fleet", "worker", "--nats", url, "--proxy", "ftp://127.0.0.1:21")
    done = await trio.run_process(livecore(*args), capture_stderr=True, check=False)
    assert done.returncode == 2 and b"proxy" in done.stderr


async def test_sigterm_while_a_worker_waits_for_nats_stops_it_cleanly(tmp_path: Path) -> None:
    url = f"nats://127.0.0.1:{_free_port(tmp_path)}"
    worker = subprocess.Popen(
        livecore("fleet", "worker", "--nats", url),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    said = Lines(worker.stderr)
    deadline = time.monotonic() + 30
    while not any("cannot reach NATS" in line for line in said.lines):
        assert time.monotonic() < deadline and worker.poll() is None, said.lines
        time.sleep(0.05)
    worker.terminate()
    assert worker.wait(30) == 0  # a service stopped, not killed by the signal
