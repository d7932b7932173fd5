"""The live commands keep their documented command-line contract: demo, room, record.

Every command runs as a real subprocess (the installed console script when
there is one) over loopback sockets, with a timeout on each. Proves:
``livecore demo`` exits 0 and shows ConnectEvent first, the stream, LiveEndEvent,
``DisconnectEvent live_ended`` and the room's and client's summaries with no
ack missing; ``--json`` is one JSON object per line; ``--scenario FILE`` plays
a hand-written stream in order, and a bad line exits 2 naming the line;
``livecore room`` prints its ``ws://`` URL first and serves ``livecore record``,
whose recording ``livecore replay --count`` reads back with the very message
count the room sent; SIGINT ends the room. Stdout is a pipe here, so the plain
lines are what these see; the terminal view is tested on ``View`` directly.
"""

from __future__ import annotations

import io
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from livecore import Connection, DisconnectEvent, DisconnectReason
from livecore.recording import read_frames
from livecore.room import Room, Script
from livecore_trio.cli.display import View

TIMEOUT = 60  # seconds, for any one command


def _livecore() -> list[str]:
    beside = Path(sys.executable).with_name("livecore")
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("livecore")
    if found:
        return [found]
    return [sys.executable, "-m", "livecore_trio.cli"]


def run(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_livecore(), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
        cwd=cwd,
    )


def heads(stdout: str) -> list[str]:
    """The event name (or ``--``) that starts each line."""
    return [line.split()[0] for line in stdout.splitlines() if line.strip()]


def lifecycle(names: list[str]) -> list[str]:
    return [n for n in names if n.startswith(("Connect", "Live", "Disconnect"))]


# ---- livecore demo ---------------------------------------------------------------


def test_demo_shows_a_whole_stream_and_exits_0() -> None:
    proc = run("demo")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    names = heads(proc.stdout)
    assert names[0] == "ConnectEvent"
    assert "@livecore_demo" in lines[0]
    assert lifecycle(names) == [
        "ConnectEvent",
        "LivePauseEvent",
        "LiveUnpauseEvent",
        "LiveEndEvent",
        "DisconnectEvent",
    ]
    for kind in ("CommentEvent", "LikeEvent", "GiftEvent", "JoinEvent"):
        assert kind in names, kind
    assert "WebsocketResponseEvent" not in names  # counted, not shown
    events = [n for n in names if n != "--"]
    assert events[-1] == "DisconnectEvent"
    [disconnect] = [line for line in lines if line.startswith("DisconnectEvent")]
    assert "live_ended" in disconnect
    tail = lines[-3:]
    assert tail[0].startswith("-- counts: ")
    assert tail[1].startswith("-- room: 200 frames, ")
    assert "(0 missing)" in tail[1]
    assert tail[2].startswith("-- client: ")
    assert tail[2].endswith("ended: live_ended")
    assert "\x1b" not in proc.stdout  # a pipe gets plain lines


def test_demo_with_a_small_fast_stream() -> None:
    started = time.monotonic()
    proc = run("demo", "--frames", "20", "--rate", "500", "--seed", "3")
    elapsed = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert elapsed < 15, f"20 frames at 500/s took {elapsed:.1f} s"
    room_line = next(line for line in proc.stdout.splitlines() if line.startswith("-- room:"))
    assert room_line.startswith("-- room: 20 frames, ")
    assert "(0 missing)" in room_line
    expected = len(Room(Script.random(3, 20), seed=3).msg_ids)
    assert f"-- client: {expected} messages, " in proc.stdout
    assert f"20 frames, {expected} messages sent" in room_line


def test_demo_json_is_one_object_per_line() -> None:
    proc = run("demo", "--frames", "15", "--rate", "500", "--json")
    assert proc.returncode == 0, proc.stderr
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    assert got and all(isinstance(g, dict) and "type" in g for g in got)
    types = [g["type"] for g in got]
    assert types[0] == "ConnectEvent"
    assert types[-1] == "DisconnectEvent"
    assert got[-1]["reason"] == "live_ended"
    assert types.count("ConnectEvent") == types.count("DisconnectEvent") == 1
    assert "LiveEndEvent" in types
    assert "WebsocketResponseEvent" in types  # JSON shows every event
    assert all(list(g)[:2] == ["type", "msg_id"] for g in got)


SCENARIO = """\
# a short stream, written by hand
comment hello there    # a comment after a step
comment second one

follow
share 12
pause
wait 200ms
unpause
end
"""


def test_demo_plays_a_hand_written_scenario(tmp_path: Path) -> None:
    path = tmp_path / "stream.txt"
    path.write_text(SCENARIO, encoding="utf-8")
    started = time.monotonic()
    proc = run("demo", "--scenario", str(path))
    assert time.monotonic() - started >= 0.2  # the wait was kept
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if not line.startswith("--")]
    names = heads("\n".join(lines))
    shown = [n for n in names if n not in ("SocialEvent", "ControlEvent")]
    assert shown == [
        "ConnectEvent",
        "CommentEvent",
        "CommentEvent",
        "FollowEvent",
        "ShareEvent",
        "LivePauseEvent",
        "LiveUnpauseEvent",
        "LiveEndEvent",
        "DisconnectEvent",
    ]
    comments = [line for line in lines if line.startswith("CommentEvent")]
    assert comments[0].endswith(": hello there")
    assert comments[1].endswith(": second one")
    [share] = [line for line in lines if line.startswith("ShareEvent")]
    assert share.endswith("(12 joined)")
    assert "live_ended" in lines[-1]
    assert "-- room: 7 frames, 7 messages sent" in proc.stdout


@pytest.mark.parametrize(
    ("script", "line", "says"),
    [
        ("comment ok\n\ndance\n", 3, "unknown step 'dance'"),
        ("# fine\nshare twelve\nend\n", 2, "share's count"),
        ("comment ok\nwait soon\n", 2, "not a duration"),
        ("follow me\n", 1, "takes no argument"),
    ],
)
def test_a_bad_scenario_line_exits_2_naming_it(
    tmp_path: Path, script: str, line: int, says: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(script, encoding="utf-8")
    proc = run("demo", "--scenario", str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert f"line {line}:" in proc.stderr
    assert says in proc.stderr
    assert "bad.txt" in proc.stderr
    assert "Traceback" not in proc.stderr


# ---- livecore room, record, replay ---------------------------------------------


class Lines:
    """Reads a subprocess's pipe line by line in a thread, so a test can wait
    for a line with a timeout instead of blocking forever."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def get(self, timeout: float) -> str:
        line = self._lines.get(timeout=timeout)
        if line is None:
            raise EOFError("the pipe closed")
        self.seen.append(line)
        return line

    def until(self, prefix: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while True:
            line = self.get(max(0.01, deadline - time.monotonic()))
            if line.startswith(prefix):
                return line


def _room_process(*args: str, stderr: int) -> subprocess.Popen[str]:
    """``livecore room ARGS`` running, its stdout a text pipe."""
    return subprocess.Popen(
        [*_livecore(), "room", *args],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        encoding="utf-8",
        # A test run in the background may have inherited SIGINT ignored;
        # the room must see the Ctrl-C a test sends it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


@pytest.fixture
def room() -> Iterator[tuple[subprocess.Popen[str], Lines, Lines]]:
    """``livecore room --frames 30 --rate 500``, running; SIGINT'd at the end if still up."""
    proc = _room_process("--frames", "30", "--rate", "500", stderr=subprocess.PIPE)
    try:
        yield proc, Lines(proc.stdout), Lines(proc.stderr)  # type: ignore[arg-type]
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def test_room_serves_record_and_replay_counts_what_it_sent(
    room: tuple[subprocess.Popen[str], Lines, Lines], tmp_path: Path
) -> None:
    proc, out, err = room
    url = out.get(timeout=TIMEOUT)
    assert url.startswith("ws://127.0.0.1:")
    assert url.endswith("/webcast/im/push/v2/")

    recording = tmp_path / "stream.frames"
    rec = run("record", url, "-o", str(recording))
    assert rec.returncode == 0, rec.stderr
    assert lifecycle(heads(rec.stdout)) == [
        "ConnectEvent",
        "LivePauseEvent",
        "LiveUnpauseEvent",
        "LiveEndEvent",
        "DisconnectEvent",
    ]
    assert "live_ended" in rec.stdout
    with recording.open("rb") as f:
        recorded = len(list(read_frames(f)))
    assert f"livecore record: {recorded} frames written to {recording}" in rec.stderr

    # The room says, on stderr, what it sent that client.
    report = err.until("client from cursor", timeout=TIMEOUT)
    assert report.startswith("client from cursor -: 30 frames, ")
    assert report.endswith("closed 1000")

    replay = run("replay", str(recording), "--count")
    assert replay.returncode == 0, replay.stderr
    summary = json.loads(replay.stdout)
    sent = Room(Script.random(1, 30), seed=1)  # what `livecore room` serves by default
    assert summary["messages"] == len(sent.msg_ids)
    assert summary["frames"] == recorded >= 30
    assert summary["counts"]["LiveEndEvent"] == 1
    assert summary["counts"]["DisconnectEvent"] == 1

    assert proc.poll() is None  # the room outlives its clients
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=TIMEOUT)
    assert proc.returncode == 130


def test_room_exits_130_on_sigint(room: tuple[subprocess.Popen[str], Lines, Lines]) -> None:
    """Ctrl-C is 130 in every command, the room's (which only ends that way) included."""
    proc, out, _ = room
    assert out.get(timeout=TIMEOUT).startswith("ws://")
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=TIMEOUT) == 130


def test_a_second_client_gets_the_same_stream(
    room: tuple[subprocess.Popen[str], Lines, Lines], tmp_path: Path
) -> None:
    _, out, _ = room
    url = out.get(timeout=TIMEOUT)
    first, second = tmp_path / "a.frames", tmp_path / "b.frames"
    assert run("record", url, "-o", str(first)).returncode == 0
    assert run("record", url + "?cursor=&x=1", "-o", str(second)).returncode == 0
    counts = [json.loads(run("replay", str(p), "--count").stdout) for p in (first, second)]
    assert counts[0]["messages"] == counts[1]["messages"]
    assert counts[0]["counts"] == counts[1]["counts"]


# ---- the terminal view -----------------------------------------------------------


def _events(script: str) -> list[object]:
    """The events a client gets for a hand-written script, DisconnectEvent included."""
    room = Room(Script.parse(script))
    conn = Connection(unique_id="someone")
    conn.receive_first_payload(room.first_payload("ws://127.0.0.1:1/"))
    conn.socket_opened(0.0)
    for data in room.frames():
        conn.receive_data(data)
    conn.connection_lost(1000)
    return list(conn.events())


def test_terminal_view_draws_counts_under_the_event_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    events = _events("comment hi there\nlike 3\ncomment again\nend\n")
    assert isinstance(events[-1], DisconnectEvent)
    assert events[-1].reason is DisconnectReason.LIVE_ENDED
    out = io.StringIO()
    view = View(out, tty=True)
    for event in events:
        view(event)  # type: ignore[arg-type]
    view.finish("-- the end")
    text = out.getvalue()

    # Each event line first clears the counts line it replaces.
    assert "\r\x1b[KConnectEvent" in text
    assert "\r\x1b[KCommentEvent" in text and ": hi there\n" in text
    assert "\r\x1b[KLiveEndEvent" in text
    assert "\r\x1b[KDisconnectEvent" in text and " live_ended (code 1000)\n" in text
    assert "WebsocketResponseEvent" not in text  # counted, never a line of its own
    # The counts line, reversed video, one terminal line wide at most.
    drawn = [part.split("\x1b[0m")[0] for part in text.split("\x1b[7m")[1:]]
    assert drawn, text
    assert all(len(line) <= 59 for line in drawn)
    assert drawn[-1].startswith("WebsocketResponse 4 ")  # the last redraw: after Disconnect
    assert "Comment 2" in drawn[-1]
    # finish() clears it and writes the final counts, then the extra lines.
    assert text.endswith("\r\x1b[K-- counts: " + view.status() + "\n-- the end\n")
    assert view.counts["CommentEvent"] == 2
    assert view.counts["WebsocketResponseEvent"] == 4


def test_view_on_a_pipe_is_plain_lines() -> None:
    events = _events("comment hi there\nend\n")
    out = io.StringIO()
    view = View(out)  # StringIO is no terminal: plain mode
    assert view.tty is False
    for event in events:
        view(event)  # type: ignore[arg-type]
    view.finish()
    text = out.getvalue()
    assert "\x1b" not in text and "\r" not in text
    shown = ["ConnectEvent", "CommentEvent", "LiveEndEvent", "ControlEvent", "DisconnectEvent"]
    assert heads(text) == [*shown, "--"]


def test_room_survives_a_client_that_vanishes_mid_stream(tmp_path: Path) -> None:
    room = _room_process("--frames", "5000", "--rate", "1000", stderr=subprocess.DEVNULL)
    try:
        url = Lines(room.stdout).get(timeout=TIMEOUT)  # type: ignore[arg-type]
        recording = tmp_path / "cut.frames"
        client = subprocess.Popen(
            [*_livecore(), "record", url, "-o", str(recording)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + TIMEOUT
        while not (recording.exists() and recording.stat().st_size > 10_000):
            assert time.monotonic() < deadline, "the client recorded nothing"
            time.sleep(0.05)
        client.kill()  # no close frame: the room is mid-send
        client.wait(timeout=TIMEOUT)
        time.sleep(1.0)
        assert room.poll() is None, "the room died with its client"
    finally:
        if room.poll() is None:
            room.send_signal(signal.SIGINT)
        try:
            room.wait(timeout=10)
        except subprocess.TimeoutExpired:
            room.kill()
            room.wait(timeout=10)
