"""``livecore watch @handle`` end to end, every base URL pointed at local fakes.

Each command runs as a real subprocess against ``fakes_tiktok``'s fake
TikTok and fake sign server and a simulated room, all on 127.0.0.1. Proves:
``watch @someone`` shows ``ConnectEvent`` for @someone and the resolved room,
the stream, ``LiveEndEvent`` and ``DisconnectEvent``, exits 0, and the room saw
the sign server's cookies and the same User-Agent in the handshake;
``--json`` is ``replay --json``'s lines; ``--record`` writes what ``replay``
reads back; ``--room-id`` skips the lookup; every failure has its exit code
and a stderr line that says what to do (offline, never live, not found,
blocked, a handshake refused with 200 and its ``Handshake-Msg``, rate
limited, key missing, sign-server error, unreachable); the key from
``LIVECORE_SIGN_API_KEY`` never shows, even when the server echoes it;
Ctrl-C closes cleanly with ``DisconnectEvent`` shown; a connection dropped
mid-stream is resumed with a fresh sign-server answer and loses nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trio
from fakes_tiktok import (
    API_KEY,
    COOKIE_HEADER,
    LIVE_ROOM,
    FakeSignServer,
    FakeTikTok,
    fakes,
)

from livecore import DisconnectEvent, DisconnectReason
from livecore.errors import HandshakeRejectedError
from livecore.room import Faults, Room, Script
from livecore.web import (
    API_KEY_ENV,
    DEFAULT_USER_AGENT,
    ApiKeyRequiredError,
    BlockedError,
    NetworkError,
    RateLimitedError,
    SignServerError,
    UnexpectedAnswerError,
    UserNotFoundError,
    UserOfflineError,
)
from livecore_trio.cli.exits import Exit
from livecore_trio.cli.watch import outcome
from livecore_trio.tiktok import TikTokProvider

TIMEOUT = 60  # seconds, for any one command
STREAM = "comment hello\nlike 3\ngift 2\npause\nunpause\ncomment bye\nend\n"


def livecore() -> list[str]:
    beside = Path(sys.executable).with_name("livecore")
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("livecore")
    return [found] if found else [sys.executable, "-m", "livecore_trio.cli"]


def environment(key: str | None = None) -> dict[str, str]:
    """The test's environment with no proxy (loopback only) and the key given, if any."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in ("http_proxy", "https_proxy", "all_proxy") and k != API_KEY_ENV
    }
    if key is not None:
        env[API_KEY_ENV] = key
    return env


def argv(tiktok: FakeTikTok, signer: FakeSignServer, *args: str) -> list[str]:
    urls = ["--web-url", tiktok.url, "--webcast-url", tiktok.url, "--sign-url", signer.url]
    return [*livecore(), "watch", *args, *urls]


def watch(
    tiktok: FakeTikTok, signer: FakeSignServer, *args: str, key: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv(tiktok, signer, *args),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
        env=environment(key),
    )


def heads(stdout: str) -> list[str]:
    return [line.split()[0] for line in stdout.splitlines() if line.strip()]


def room(script: str = STREAM, **kw: object) -> Room:
    return Room(Script.parse(script), room_id=LIVE_ROOM, rate=200, **kw)  # type: ignore[arg-type]


# ---- the whole thing ----------------------------------------------------------------


def test_watch_shows_a_whole_stream_from_the_handle() -> None:
    with fakes(room()) as (tiktok, signer, served):
        proc = watch(tiktok, signer, "@someone")
    assert proc.returncode == Exit.OK, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["ConnectEvent", "@someone", "room", str(LIVE_ROOM)]
    names = heads(proc.stdout)
    events = [n for n in names if n != "--"]
    assert [n for n in events if n.startswith(("Connect", "Live", "Disconnect"))] == [
        "ConnectEvent",
        "LivePauseEvent",
        "LiveUnpauseEvent",
        "LiveEndEvent",
        "DisconnectEvent",
    ]
    assert events.count("CommentEvent") == 2
    assert {"LikeEvent", "GiftEvent"} <= set(events)
    [disconnect] = [line for line in lines if line.startswith("DisconnectEvent")]
    assert "live_ended" in disconnect
    summary = lines[-1]
    assert summary.startswith(f"-- @someone room {LIVE_ROOM}: ")
    assert "1 sign requests; ended: live_ended" in summary
    assert proc.stderr == ""

    assert signer.count == 1
    [request] = signer.seen("/webcast/fetch")  # (and /webcast/rate_limits, once)
    assert request.query["room_id"] == str(LIVE_ROOM)
    assert request.query["user_agent"] == DEFAULT_USER_AGENT
    [session] = served.room.sessions
    assert session.headers["cookie"] == COOKIE_HEADER
    assert session.headers["user-agent"] == DEFAULT_USER_AGENT
    assert tiktok.seen("/@someone/live")[0].headers["user-agent"] == DEFAULT_USER_AGENT


def test_watch_json_lines() -> None:
    with fakes(room()) as (tiktok, signer, _):
        proc = watch(tiktok, signer, "someone", "--json")
    assert proc.returncode == Exit.OK, proc.stderr
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    assert got[0] == {
        "type": "ConnectEvent",
        "msg_id": None,
        "unique_id": "someone",
        "room_id": LIVE_ROOM,
    }
    assert got[-1]["type"] == "DisconnectEvent"
    assert got[-1]["reason"] == "live_ended"
    assert [g["type"] for g in got].count("LiveEndEvent") == 1
    assert "WebsocketResponseEvent" in {g["type"] for g in got}


def test_watch_records_what_replay_reads_back(tmp_path: Path) -> None:
    recording = tmp_path / "live.frames"
    streamed = room()
    with fakes(streamed) as (tiktok, signer, _):
        proc = watch(tiktok, signer, "someone", "--record", str(recording))
    assert proc.returncode == Exit.OK, proc.stderr
    assert f"frames written to {recording}" in proc.stdout
    replay = subprocess.run(
        [*livecore(), "replay", str(recording), "--count"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert replay.returncode == 0, replay.stderr
    counts = json.loads(replay.stdout)
    assert counts["messages"] == len(streamed.msg_ids)
    assert counts["counts"]["LiveEndEvent"] == 1


@pytest.mark.parametrize("handle", ["sleepy", "nobody"])
def test_watch_record_leaves_an_old_recording_alone_when_nothing_comes(
    tmp_path: Path, handle: str
) -> None:
    recording = tmp_path / "live.frames"
    recording.write_bytes(b"an earlier recording")
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        proc = watch(tiktok, signer, handle, "--record", str(recording))
    assert proc.returncode in (Exit.OFFLINE, Exit.NOT_FOUND), proc.stderr
    assert recording.read_bytes() == b"an earlier recording"
    assert f"-- no frames: {recording} not written" in proc.stdout


def test_watch_record_into_a_missing_directory_is_a_system_error(tmp_path: Path) -> None:
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        proc = watch(tiktok, signer, "someone", "--record", str(tmp_path / "no" / "x.frames"))
    assert proc.returncode == Exit.SYSTEM
    assert "cannot write" in proc.stderr and "Traceback" not in proc.stderr
    assert tiktok.requests == []  # refused before anything was asked


def test_watch_exits_as_ended_when_stdout_goes_away() -> None:
    # `livecore watch ... --json | head -1`: head exits, the pipe breaks; watch
    # closes its client and exits 0 (as demo does), without a word on stderr.
    long = Room(Script.random(3, 3000), seed=3, room_id=LIVE_ROOM, rate=1000)
    with fakes(long) as (tiktok, signer, _):
        proc = subprocess.Popen(
            argv(tiktok, signer, "someone", "--json"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment(),
        )
        try:
            assert proc.stdout is not None and proc.stderr is not None
            first = proc.stdout.readline()
            proc.stdout.close()
            code = proc.wait(timeout=TIMEOUT)
            stderr = proc.stderr.read().decode()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert json.loads(first)["type"] == "ConnectEvent"
    assert code == Exit.OK, stderr
    assert stderr == ""


def test_watch_with_a_room_id_skips_the_lookup() -> None:
    with fakes(room()) as (tiktok, signer, _):
        proc = watch(tiktok, signer, "someone", "--room-id", str(LIVE_ROOM))
    assert proc.returncode == Exit.OK, proc.stderr
    # No live page, no room API: only the live check and the age check (room info).
    paths = [r.path for r in tiktok.requests]
    assert paths == ["/webcast/room/check_alive/", "/webcast/room/info/"]


def test_watch_sends_the_key_from_the_environment() -> None:
    with fakes(room(), key=API_KEY) as (tiktok, signer, _):
        proc = watch(tiktok, signer, "someone", key=API_KEY)
    assert proc.returncode == Exit.OK, proc.stderr
    assert signer.requests[0].headers["x-api-key"] == API_KEY
    assert API_KEY not in proc.stdout + proc.stderr


# ---- every way it can fail, and its exit code -------------------------------------------


@pytest.mark.parametrize(
    ("handle", "flags", "code", "says"),
    [
        ("sleepy", (), Exit.OFFLINE, "@sleepy is not live right now"),
        ("newbie", (), Exit.OFFLINE, "@newbie has no LIVE room"),
        ("nobody", (), Exit.NOT_FOUND, "TikTok has no user @nobody"),
        ("blocked", (), Exit.BLOCKED, "a captcha page"),
        ("walled", (), Exit.BLOCKED, "no SIGI_STATE"),
    ],
)
def test_watch_lookup_failures(handle: str, flags: tuple[str, ...], code: int, says: str) -> None:
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        proc = watch(tiktok, signer, handle, *flags)
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("livecore watch: ")
    assert says in proc.stderr
    assert "Traceback" not in proc.stderr
    assert heads(proc.stdout)[:1] == ["DisconnectEvent"]  # still said, and first
    assert "connect_failed" in proc.stdout
    assert signer.count == 0  # never signed for a room that is not there


def test_watch_never_live_does_not_offer_no_live_check() -> None:
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        proc = watch(tiktok, signer, "newbie")
    assert proc.returncode == Exit.OFFLINE
    assert "--no-live-check" not in proc.stderr


def test_watch_offline_says_how_to_connect_anyway() -> None:
    with FakeTikTok() as tiktok, FakeSignServer(b"", mode="500") as signer:
        proc = watch(tiktok, signer, "sleepy")
        assert "--no-live-check connects anyway" in proc.stderr
        forced = watch(tiktok, signer, "sleepy", "--no-live-check")
    assert signer.count == 1  # asked only when told to connect anyway
    assert forced.returncode == Exit.FAILED
    assert "HTTP 500" in forced.stderr


@pytest.mark.parametrize(
    ("mode", "code", "says"),
    [
        ("429", Exit.RATE_LIMITED, "'webcast_fetch_per_minute' is used up; retry in 30 s"),
        ("401", Exit.API_KEY, f"set the {API_KEY_ENV} environment variable"),
        ("empty", Exit.BLOCKED, "the sign server got an empty answer"),
        ("500", Exit.FAILED, "HTTP 500: Internal Server Error: upstream TikTok request failed"),
        ("nocookie", Exit.FAILED, "no cookies (no X-Set-TT-Cookie header)"),
    ],
)
def test_watch_sign_server_failures(mode: str, code: int, says: str) -> None:
    with fakes(room(), mode=mode) as (tiktok, signer, served):
        proc = watch(tiktok, signer, "someone")
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    assert says in proc.stderr
    assert "Traceback" not in proc.stderr
    assert [n for n in heads(proc.stdout) if n != "--"] == ["DisconnectEvent"]
    assert served.room.sessions == []  # no socket without a good first payload


def test_watch_handshake_refused_with_200_is_blocked() -> None:
    refusing = room()
    refusing.refuse(100, status=200, message="client detected: risk control")
    with fakes(refusing) as (tiktok, signer, _):
        proc = watch(tiktok, signer, "someone")
    assert proc.returncode == Exit.BLOCKED, (proc.stdout, proc.stderr)
    assert "TikTok refused the WebSocket handshake (HTTP 200: client detected: risk control)" in (
        proc.stderr
    )
    assert refusing.sessions == []
    assert refusing.refused  # the room did refuse


def test_watch_unreachable_sign_server() -> None:
    with FakeTikTok() as tiktok:
        signer = FakeSignServer(b"")  # made, never started: nobody listens on its port
        signer._httpd.server_close()
        proc = watch(tiktok, signer, "someone")
    assert proc.returncode == Exit.FAILED
    assert f"could not reach {signer.url}/webcast/fetch (ConnectError" in proc.stderr


@pytest.mark.parametrize(
    "key", [API_KEY + "\r", " " + API_KEY, API_KEY.replace("test", "tést"), API_KEY + "\n"]
)
def test_a_key_that_cannot_be_a_header_is_a_usage_error_never_shown(key: str) -> None:
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        proc = watch(tiktok, signer, "someone", key=key)
    assert proc.returncode == Exit.USAGE, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith(
        f"livecore watch: the sign-server API key (the {API_KEY_ENV} environment variable)"
    )
    assert "Traceback" not in proc.stderr
    assert "0123456789" not in proc.stdout + proc.stderr  # no part of the key
    assert signer.count == 0 and tiktok.requests == []


def test_the_key_never_shows_even_when_the_server_echoes_it() -> None:
    with fakes(room(), mode="echo") as (tiktok, signer, _):
        proc = watch(tiktok, signer, "someone", key=API_KEY)
    assert signer.requests[0].headers["x-api-key"] == API_KEY  # it was sent...
    assert proc.returncode == Exit.FAILED
    assert "key <redacted> is not allowed here" in proc.stderr
    assert API_KEY not in proc.stdout + proc.stderr  # ...and never shown


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("not a handle",), "is not a TikTok handle"),
        (("someone", "--room-id", "abc"), "is not a room id"),
        (("someone", "--sign-url", "http://sign.example"), "must use https"),
        # Against TikTok itself, --wait may not look more often than every 2 s.
        (("someone", "--wait", "--poll", "0.5"), "more than once every 2 s"),
    ],
)
def test_watch_usage_errors_exit_2(args: tuple[str, ...], says: str) -> None:
    proc = subprocess.run(
        [*livecore(), "watch", *args], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert proc.returncode == 2
    assert says in proc.stderr


# ---- how each ending maps to an exit code ------------------------------------------------


def _end(reason: DisconnectReason, detail: str = "") -> DisconnectEvent:
    return DisconnectEvent(reason=reason, detail=detail)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (UserOfflineError("x", 5), Exit.OFFLINE),
        (UserNotFoundError("x"), Exit.NOT_FOUND),
        (BlockedError("a captcha page"), Exit.BLOCKED),
        (RateLimitedError("label", 3.0), Exit.RATE_LIMITED),
        (ApiKeyRequiredError(401, "no key"), Exit.API_KEY),
        (SignServerError(502, "bad gateway"), Exit.FAILED),
        (UnexpectedAnswerError("odd"), Exit.FAILED),
        (NetworkError("https://x", "ConnectError"), Exit.FAILED),
        (HandshakeRejectedError(200, "go away"), Exit.BLOCKED),
        (HandshakeRejectedError(503), Exit.FAILED),
        (OSError("disk full"), Exit.FAILED),
        (None, Exit.FAILED),
    ],
)
def test_outcome_codes(error: BaseException | None, code: int) -> None:
    got, message = outcome(_end(DisconnectReason.CONNECT_FAILED, "detail"), error)
    assert got == code
    assert message  # always says something when it is not a clean end
    if isinstance(error, HandshakeRejectedError) and code == Exit.BLOCKED:
        assert "go away" in message


def test_outcome_offers_no_live_check_only_for_a_known_room() -> None:
    failed = _end(DisconnectReason.CONNECT_FAILED)
    code, message = outcome(failed, UserOfflineError("x", 5))
    assert code == Exit.OFFLINE and message.endswith("(--no-live-check connects anyway)")
    code, message = outcome(failed, UserOfflineError("x"))  # no room: nothing to connect to
    assert code == Exit.OFFLINE and "--no-live-check" not in message


def test_outcome_of_going_offline_after_connecting_is_the_end_of_the_live() -> None:
    failed = _end(DisconnectReason.CONNECT_FAILED)
    code, message = outcome(failed, UserOfflineError("x", 5), connected=True)
    assert code == Exit.OK
    assert message.startswith("the LIVE ended while livecore was reconnecting")
    assert outcome(failed, UserOfflineError("x", 5))[0] == Exit.OFFLINE  # never connected


def test_outcome_of_a_clean_end_and_an_interrupt() -> None:
    assert outcome(_end(DisconnectReason.LIVE_ENDED), None) == (Exit.OK, "")
    ended = _end(DisconnectReason.CLOSED_BY_CLIENT)
    assert outcome(ended, None, interrupted=True) == (Exit.INTERRUPTED, "")
    lost = outcome(_end(DisconnectReason.TRANSPORT_ERROR, "reset"), None)
    assert lost == (Exit.FAILED, "the session ended (transport_error: reset)")


# ---- Ctrl-C -----------------------------------------------------------------------------


class Lines:
    """A pipe read line by line in a thread, so a test can wait with a timeout."""

    def __init__(self, stream: object) -> None:
        self.lines: list[str] = []
        self._new = threading.Condition()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream: Iterator[str]) -> None:
        for line in stream:
            with self._new:
                self.lines.append(line.rstrip("\n"))
                self._new.notify_all()

    def wait_for(self, prefix: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        with self._new:
            while True:
                found = [line for line in self.lines if line.startswith(prefix)]
                if found:
                    return found[0]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {prefix!r} line; got {self.lines}")
                self._new.wait(left)

    def wait_count(self, prefix: str, count: int, timeout: float = TIMEOUT) -> None:
        """Wait for ``count`` lines starting with ``prefix`` (bounded: never hangs)."""
        deadline = time.monotonic() + timeout
        with self._new:
            while sum(line.startswith(prefix) for line in self.lines) < count:
                left = deadline - time.monotonic()
                assert left > 0, f"not {count} {prefix!r} lines; got {self.lines}"
                self._new.wait(left)


def interruptible(command: list[str]) -> subprocess.Popen[str]:
    """``command`` in a subprocess that Ctrl-C (SIGINT) reaches, its output piped as text."""
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=environment(),
        # A test run in the background may have inherited SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_ctrl_c_closes_cleanly_and_still_shows_disconnect() -> None:
    quiet = room("comment hello\nwait 120s\nend\n")
    with fakes(quiet) as (tiktok, signer, _):
        proc = interruptible(argv(tiktok, signer, "someone"))
        try:
            out = Lines(proc.stdout)
            out.wait_for("CommentEvent", TIMEOUT)
            proc.send_signal(signal.SIGINT)
            code = proc.wait(timeout=TIMEOUT)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.stderr is not None
        stderr = proc.stderr.read()
        [session] = quiet.sessions
    assert code == Exit.INTERRUPTED, stderr
    disconnect = out.wait_for("DisconnectEvent", 5)
    assert "closed_by_client (code 1000)" in disconnect
    assert "Traceback" not in stderr
    assert session.lost_code == 1000  # the room got a close frame, not a cut socket


# ---- an age-restricted LIVE is said before connecting -------------------------------------


def test_an_age_restricted_live_is_refused_before_signing() -> None:
    streamed = room()
    with fakes(streamed) as (tiktok, signer, _):
        tiktok.room_info = "room_info_age_restricted.json"
        proc = watch(tiktok, signer, "someone")
        asked = signer.count
    assert proc.returncode == Exit.AGE_RESTRICTED, proc.stderr
    assert "is age-restricted" in proc.stderr and "pass a session id" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert asked == 0 and streamed.sessions == []  # no signature spent, no socket opened


def test_a_room_info_that_does_not_answer_does_not_stop_a_watch() -> None:
    streamed = room()
    with fakes(streamed) as (tiktok, signer, _):
        tiktok.room_info = "captcha.html"  # not a verdict on age: the connection is tried
        proc = watch(tiktok, signer, "someone")
    assert proc.returncode == Exit.OK, proc.stderr
    assert "ConnectEvent" in heads(proc.stdout) and "LiveEndEvent" in heads(proc.stdout)


def test_the_age_check_can_be_left_out_in_python() -> None:
    with fakes(room()) as (tiktok, signer, _):
        tiktok.room_info = "room_info_age_restricted.json"

        async def first() -> None:
            async with TikTokProvider(
                "someone",
                web_url=tiktok.url,
                webcast_url=tiktok.url,
                sign_url=signer.url,
                api_key="",
                age_check=False,
            ) as provider:
                await provider.first_payload()

        trio.run(first)
        assert tiktok.seen("/webcast/room/info/") == [] and signer.count == 1


# ---- a reconnect asks the sign server again, and loses nothing -------------------------------


def test_a_dropped_connection_is_resumed_with_a_fresh_signature() -> None:
    streamed = Room(
        Script.random(5, 40), seed=5, room_id=LIVE_ROOM, rate=400, faults=Faults.parse("drop@20")
    )
    with fakes(streamed) as (tiktok, signer, _):
        proc = watch(tiktok, signer, "someone", "--json")
        asked = signer.count
    assert proc.returncode == Exit.OK, proc.stderr
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    types = [g["type"] for g in got]
    assert types[0] == "ConnectEvent" and types[-1] == "DisconnectEvent"
    assert types.count("DisconnectEvent") == 1
    assert got[-1]["reason"] == "live_ended"
    assert streamed.faults_fired["drop"] == 1
    assert len(streamed.sessions) == 2  # dropped once, came back once
    assert asked == 2  # a fresh first payload for the second socket
    assert len(tiktok.seen("/webcast/room/info/")) == 1  # the age check: before the first only
    for session in streamed.sessions:
        assert session.headers["cookie"] == COOKIE_HEADER
    received = [g["msg_id"] for g in got if g["type"] == "WebsocketResponseEvent"]
    assert received == streamed.msg_ids  # every message, once, in order


def test_a_sign_server_hiccup_during_a_reconnect_is_tried_again() -> None:
    streamed = Room(
        Script.random(6, 30), seed=6, room_id=LIVE_ROOM, rate=400, faults=Faults.parse("drop@10")
    )
    # The first socket is signed; the first try after the drop meets a 500.
    with fakes(streamed, script=["ok", "500"]) as (tiktok, signer, _):
        proc = watch(tiktok, signer, "someone", "--json")
        asked = signer.count
    assert proc.returncode == Exit.OK, proc.stderr
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    reconnecting = [g for g in got if g["type"] == "ReconnectingEvent"]
    assert len(reconnecting) == 2  # after the drop, and after the failed signature
    assert asked == 3
    assert len(streamed.sessions) == 2
    received = [g["msg_id"] for g in got if g["type"] == "WebsocketResponseEvent"]
    assert received == streamed.msg_ids


def test_a_live_that_ends_while_the_socket_is_down_ends_the_watch() -> None:
    # The socket drops mid-stream; by the time the client comes back, TikTok
    # says the room is not live: the LIVE is over, and watch says so at once
    # (exit 0), instead of retrying "not live" for minutes and exiting 3.
    streamed = Room(
        Script.random(7, 60), seed=7, room_id=LIVE_ROOM, rate=400, faults=Faults.parse("drop@20")
    )
    with fakes(streamed) as (tiktok, signer, _):
        tiktok.alive[LIVE_ROOM] = False  # asked only on the reconnect: the page said live
        proc = watch(tiktok, signer, "someone", "--json")
        asked = signer.count
        checked = len(tiktok.seen("/webcast/room/check_alive/"))
    assert proc.returncode == Exit.OK, (proc.stdout[-2000:], proc.stderr)
    assert "the LIVE ended while livecore was reconnecting" in proc.stderr
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    types = [g["type"] for g in got]
    assert types[0] == "ConnectEvent" and types[-1] == "DisconnectEvent"
    assert "ReconnectingEvent" in types
    assert streamed.faults_fired["drop"] == 1
    assert asked == 1  # no signature spent on a room that is over
    assert checked == 1  # one "not live" was enough: not retried
