"""``livecore watch @creator --wait`` watches a creator, not one LIVE.

Against a fake TikTok whose creator goes live three times, each LIVE in a
room with an id of its own (tests/fakes_creators.py): every LIVE is found by
looking the handle up again, never by the old room's id; each gives one
session in the event stream (a ``ConnectEvent`` with its room id, a
``DisconnectEvent``), whole and in order; nothing session-like is printed
while the creator is offline (waiting is said on stderr, once per wait);
and only live rooms are signed, once per LIVE.
"""

from __future__ import annotations

import json
import signal
import subprocess
from typing import Any, Literal

import pytest
from fakes_creators import Creator, ScheduledSigner, ScheduledTikTok, wait_for
from test_watch import TIMEOUT, Lines, interruptible, livecore

from livecore_trio.cli.exits import Exit

STREAMS = ["comment first\nend\n", "comment second\nend\n", "comment third\nend\n"]
SESSION_EVENTS = {
    "ConnectEvent",
    "DisconnectEvent",
    "ReconnectingEvent",
    "ReconnectedEvent",
}


def _watch(tiktok: ScheduledTikTok, signer: ScheduledSigner) -> subprocess.Popen[str]:
    urls = ["--web-url", tiktok.url, "--webcast-url", tiktok.url, "--sign-url", signer.url]
    return interruptible(
        [*livecore(), "watch", "@thrice", "--wait", "--poll", "0.05", "--json", *urls]
    )


def _run(creator: Creator) -> tuple[list[dict[str, Any]], str, int, ScheduledSigner]:
    """Watch ``creator`` through its three LIVEs, then Ctrl-C while it waits again."""
    with creator, ScheduledTikTok(creator) as tiktok, ScheduledSigner(creator) as signer:
        proc = _watch(tiktok, signer)
        try:
            out = Lines(proc.stdout)
            wait_for(lambda: bool(tiktok.seen("/api-live/user/room/")), "a look while offline")
            creator.begin()
            out.wait_count('{"type": "LiveEndEvent"', 3)
            wait_for(lambda: len(creator.history) == 6, "the third LIVE to end")
            looks = len(tiktok.seen("/api-live/user/room/")) + len(tiktok.seen("/@thrice/live"))
            wait_for(
                lambda: (
                    len(tiktok.seen("/api-live/user/room/")) + len(tiktok.seen("/@thrice/live"))
                    > looks
                ),
                "a look after the last LIVE",
            )
            proc.send_signal(signal.SIGINT)  # Ctrl-C while waiting for a fourth
            code = proc.wait(timeout=TIMEOUT)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.stderr is not None
        events = [json.loads(line) for line in out.lines if line.strip()]
        return events, proc.stderr.read(), code, signer


@pytest.mark.parametrize("offline_room", ["last", "empty"])
def test_three_lives_give_three_whole_sessions_in_order(
    offline_room: Literal["last", "empty"],
) -> None:
    """Offline, TikTok shows the last LIVE's room id or none: both are reported."""
    creator = Creator("thrice", STREAMS, first_room=7_360_000_000_000_000_001, gap=0.4,
                      offline_room=offline_room)  # fmt: skip
    rooms = [creator.room_id(k) for k in range(3)]
    events, stderr, code, signer = _run(creator)
    assert code == Exit.INTERRUPTED, stderr
    assert "Traceback" not in stderr
    session = [e for e in events if e["type"] in SESSION_EVENTS]
    assert [e["type"] for e in session] == ["ConnectEvent", "DisconnectEvent"] * 3
    assert [e["room_id"] for e in session[::2]] == rooms  # a new room id for each LIVE
    assert all(e["reason"] == "live_ended" for e in session[1::2])
    comments = [e["content"] for e in events if e["type"] == "CommentEvent"]
    assert comments == ["first", "second", "third"]
    kinds = [e["type"] for e in events]
    for k in range(3):  # each LIVE whole: its comment and its end inside its own session
        start = [i for i, t in enumerate(kinds) if t == "ConnectEvent"][k]
        end = [i for i, t in enumerate(kinds) if t == "DisconnectEvent"][k]
        assert kinds[start:end].count("CommentEvent") == 1
        assert kinds[start:end].count("LiveEndEvent") == 1
    assert signer.signed_rooms() == rooms  # signed once per LIVE, never an ended room
    assert [len(r.room.sessions) for r in creator.rooms] == [1, 1, 1]
    assert stderr.count("@thrice is not live; waiting until they are (--wait)") == 1, stderr
    assert stderr.count("@thrice's LIVE ended; waiting for the next one (--wait)") == 3, stderr
