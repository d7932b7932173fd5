"""``livecore watch --wait`` and ``livecore watch @a @b @c``, against the fakes.

Proves (a creator's LIVEs one after another, each in a room of its own, are
tests/test_watch_lives.py's): the wait's policy backs off with jitter and
stops when cancelled; with three handles, three rooms stream at once in one process: every room's
messages arrive once each, every event is tagged with its streamer (text
and JSON), and the command exits 0 when all three have ended. Nothing here
asserts how long anything took: waits are ``--poll 0.01`` and the tests
wait for lines, bounded only to never hang.
"""

from __future__ import annotations

import itertools
import json
import random
import subprocess
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack

import pytest
import trio
import trio.testing
from fakes_tiktok import (
    COOKIES,
    OFFLINE_ROOM,
    FakeSignServer,
    FakeTikTok,
    RoomThread,
    Seen,
    fixture,
)
from test_watch import TIMEOUT, environment, livecore

from livecore.polling import PollPolicy
from livecore.room import Room, Script
from livecore.web import RoomInfo, UserOfflineError
from livecore_trio.cli.exits import Exit
from livecore_trio.tiktok import TikTokProvider

Payload = Callable[[], bytes]
LIVE_PAGE_ROOM = b"7350000000000000001"  # the room id in live_page_live.html


class Signer(FakeSignServer):
    """A sign server that answers each room id with its own room's first payload."""

    def __init__(
        self, payloads: dict[int, Callable[[], bytes]] | list[Callable[[], bytes]]
    ) -> None:
        super().__init__(b"")
        self.payloads = payloads

    def answer(self, seen: Seen) -> tuple[int, list[tuple[str, str]], bytes]:
        if seen.path != "/webcast/fetch":
            return 404, [], b""
        with self._lock:
            if isinstance(self.payloads, list):  # one after the other
                payload = self.payloads.pop(0) if len(self.payloads) > 1 else self.payloads[0]
            else:
                payload = self.payloads[int(seen.query["room_id"])]
        headers = [("Content-Type", "application/x-protobuf"), ("X-Set-TT-Cookie", COOKIES)]
        return 200, headers, payload()


HANDLES = ("alpha", "bravo", "charlie")


def test_watch_three_streamers_at_once() -> None:
    for json_lines in (False, True):
        with ExitStack() as stack:
            rooms, payloads = {}, {}
            tiktok = stack.enter_context(FakeTikTok())
            for n, handle in enumerate(HANDLES):
                room_id = 7_360_000_000_000_000_001 + n
                script = Script.parse(
                    "".join(f"comment {handle}-{i}\n" for i in range(15)) + "like 2\nend\n"
                )
                rooms[handle] = stack.enter_context(
                    RoomThread(Room(script, room_id=room_id, rate=400, seed=n + 1))
                )
                payloads[room_id] = rooms[handle].first_payload
                tiktok.pages[handle] = fixture("live_page_live.html").replace(
                    LIVE_PAGE_ROOM, str(room_id).encode()
                )
            signer = stack.enter_context(Signer(payloads))
            urls = ["--web-url", tiktok.url, "--webcast-url", tiktok.url, "--sign-url", signer.url]
            extra = ["--json"] if json_lines else []
            proc = subprocess.run(
                [*livecore(), "watch", *(f"@{h}" for h in HANDLES), *extra, *urls],
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=TIMEOUT,
                check=False,
                env=environment(),
            )
            assert proc.returncode == Exit.OK, proc.stderr
            assert proc.stderr == ""
            assert signer.count == 3
            if json_lines:
                check_json(proc.stdout, rooms)
            else:
                check_text(proc.stdout, rooms)


def check_json(stdout: str, rooms: dict[str, RoomThread]) -> None:
    events = [json.loads(line) for line in stdout.splitlines()]
    assert {e["streamer"] for e in events} == set(HANDLES)
    for handle, served in rooms.items():
        mine = [e for e in events if e["streamer"] == handle]
        assert mine[0]["type"] == "ConnectEvent" and mine[0]["unique_id"] == handle
        assert mine[-1]["type"] == "DisconnectEvent" and mine[-1]["reason"] == "live_ended"
        got = [e["msg_id"] for e in mine if e["type"] == "WebsocketResponseEvent"]
        assert Counter(got) == Counter(served.room.msg_ids)  # every message, once each
        comments = [e["content"] for e in mine if e["type"] == "CommentEvent"]
        assert comments == [f"{handle}-{i}" for i in range(15)]


def check_text(stdout: str, rooms: dict[str, RoomThread]) -> None:
    shown = [line for line in stdout.splitlines() if not line.startswith("--")]
    assert all(line.startswith(tuple(f"[@{h}] " for h in HANDLES)) for line in shown)
    for handle in rooms:
        mine = [line.split(" ", 1)[1] for line in shown if line.startswith(f"[@{handle}] ")]
        assert mine[0].split()[:2] == ["ConnectEvent", f"@{handle}"]
        assert mine[-1].split()[:2] == ["DisconnectEvent", "live_ended"]
        comments = [line.split()[-1] for line in mine if line.startswith("CommentEvent")]
        assert comments == [f"{handle}-{i}" for i in range(15)]
        assert sum(line.startswith("LiveEndEvent") for line in mine) == 1
    summary = [line for line in stdout.splitlines() if line.startswith("-- @")]
    assert sorted(line.split()[1] for line in summary) == [f"@{h}" for h in HANDLES]


# ---- TikTokProvider.wait_until_live, on Trio's mock clock -----------------------------


class Scripted(TikTokProvider):
    """A provider whose looks answer from a script (no network): None for no LIVE room."""

    def __init__(self, answers: list[bool | None]) -> None:
        super().__init__("sleepy", api_key="")
        self.answers = answers
        self.looked_at: list[float] = []

    async def room(self) -> RoomInfo:
        self.looked_at.append(trio.current_time())
        answer = self.answers.pop(0)
        if answer is None:
            raise UserOfflineError(self.unique_id)
        return RoomInfo(OFFLINE_ROOM, answer)


@pytest.mark.trio
async def test_wait_until_live_backs_off_with_jitter_on_the_mock_clock(
    autojump_clock: trio.testing.MockClock,
) -> None:
    policy = PollPolicy(interval=30, factor=2, cap=100, jitter=0.2)
    provider = Scripted([None, False, False, False, False, True])
    start = trio.current_time()
    async with provider:
        looks = await provider.wait_until_live(policy, random.Random(7))
    assert looks == 6
    gaps = [b - a for a, b in itertools.pairwise([start, *provider.looked_at])]
    assert gaps[0] == 0  # the first look is at once
    rng = random.Random(7)
    expected = [policy.delay(n, rng) for n in range(1, 6)]
    assert gaps[1:] == pytest.approx(expected)
    assert all(23.99 <= gap <= 100.01 for gap in gaps[1:]), gaps  # jitter; never past the cap
    assert gaps[3] > gaps[1]  # it backs off


@pytest.mark.trio
async def test_wait_until_live_stops_when_cancelled(autojump_clock: trio.testing.MockClock) -> None:
    provider = Scripted([False] * 1000)
    async with provider:
        with trio.move_on_after(3600):
            await provider.wait_until_live(PollPolicy(interval=60))
    # Bounded: a look a minute at most, and one each 240 s (the cap) at least.
    assert 15 <= len(provider.looked_at) <= 61


def test_watch_many_where_one_fails_exits_with_that_ones_code() -> None:
    """The others still stream to their end; the failure is one stderr line naming
    its streamer, and its exit code is the command's."""
    with ExitStack() as stack:
        tiktok = stack.enter_context(FakeTikTok())
        script = Script.parse("comment still here\nend\n")
        served = stack.enter_context(RoomThread(Room(script, room_id=7_360_000_000_000_000_001)))
        tiktok.pages["alpha"] = fixture("live_page_live.html").replace(
            LIVE_PAGE_ROOM, b"7360000000000000001"
        )
        signer = stack.enter_context(Signer({7_360_000_000_000_000_001: served.first_payload}))
        urls = ["--web-url", tiktok.url, "--webcast-url", tiktok.url, "--sign-url", signer.url]
        proc = subprocess.run(
            [*livecore(), "watch", "@alpha", "@nobody_here", *urls],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
            check=False,
            env=environment(),
        )
    assert proc.returncode == Exit.NOT_FOUND, proc.stderr
    assert "[@alpha] CommentEvent" in proc.stdout and "still here" in proc.stdout
    assert "[@alpha] DisconnectEvent      live_ended" in proc.stdout
    [said] = proc.stderr.splitlines()
    assert said.startswith("livecore watch: ") and "nobody_here" in said
