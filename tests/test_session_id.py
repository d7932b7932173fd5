"""A logged-in session end to end: where the session id goes, and where it never does.

Against the fake TikTok, the fake sign server and a simulated room on
loopback. Proves: the id is in TikTok's own requests (``Cookie``), the
WebSocket handshake (beside the sign server's cookies) and the sign request
to a trusted sign server (``--trust-sign-host``); a sign server that is not
trusted is refused before anything is sent, with a message that says how to
trust it; ``tt-target-idc`` travels with it; and the id is absent from every
log line, ``repr``, event and output, in Python and in a ``livecore watch``
subprocess (text and JSON, from ``--session-id`` and from
``LIVECORE_SESSION_ID``).
"""

from __future__ import annotations

import json
import logging
import subprocess

import pytest
import trio
from fakes_tiktok import COOKIE_HEADER, LIVE_ROOM, FakeSignServer, FakeTikTok, fakes
from test_watch import STREAM, TIMEOUT, environment, livecore

from livecore import Event
from livecore.room import Room, Script
from livecore.web import SESSION_ID_ENV, TARGET_IDC_ENV, UntrustedSignServerError
from livecore_trio.cli.exits import Exit
from livecore_trio.client import Client
from livecore_trio.room import open_room
from livecore_trio.tiktok import TikTokProvider

SID = "5e55i0nIdF0rTest1ng0nly"
IDC = "useast2a"


def room() -> Room:
    return Room(Script.parse(STREAM), room_id=LIVE_ROOM, rate=200)


def provider(tiktok: FakeTikTok, signer: FakeSignServer, **kw: object) -> TikTokProvider:
    return TikTokProvider(
        "someone", api_key="", web_url=tiktok.url, webcast_url=tiktok.url, sign_url=signer.url,
        **kw,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.trio
async def test_the_session_id_goes_to_tiktok_the_handshake_and_a_trusted_sign_server(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    async with open_room(room()) as server:
        with FakeTikTok() as tiktok, FakeSignServer(server.first_payload) as signer:
            async with provider(
                tiktok, signer, session_id=SID, target_idc=IDC, trusted_sign_hosts=["127.0.0.1"]
            ) as p:
                client = Client(p, unique_id="someone")
                events: list[Event] = []
                client.on(Event)(events.append)
                with trio.fail_after(TIMEOUT):
                    await client.run()
                first = await p.first_payload()
                shown = [repr(p), str(p), repr(first), repr(client.error)]
    # TikTok's own requests carry the session's cookies.
    for seen in tiktok.requests:
        assert f"sessionid={SID}" in seen.headers["cookie"], seen.path
        assert f"tt-target-idc={IDC}" in seen.headers["cookie"]
    # The sign server (trusted) is asked as the session.
    for seen in signer.requests:
        assert seen.query["session_id"] == SID
        assert seen.query["tt_target_idc"] == IDC
    # The handshake: the sign server's cookies and the session's.
    handshake = server.room.sessions[0].headers["cookie"]
    assert COOKIE_HEADER in handshake
    assert f"sessionid={SID}" in handshake and f"tt-target-idc={IDC}" in handshake
    # Never shown: reprs, events, log lines (httpx's own request lines included).
    assert "session_id=<redacted>" in repr(p)
    for text in [*shown, *(repr(e) for e in events), *(json.dumps(e.to_dict()) for e in events)]:
        assert SID not in text
    assert caplog.records and SID not in caplog.text
    assert any("<redacted>" in r.getMessage() for r in caplog.records if r.name == "httpx")


@pytest.mark.trio
async def test_an_untrusted_sign_server_is_refused_before_anything_is_sent() -> None:
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        with pytest.raises(UntrustedSignServerError) as caught:
            provider(tiktok, signer, session_id=SID)
        assert signer.requests == [] and tiktok.requests == []
    said = str(caught.value)
    assert SID not in said
    assert "127.0.0.1" in said and "--trust-sign-host 127.0.0.1" in said
    assert isinstance(caught.value, ValueError)
    # Without a session id, the same sign server is fine: nothing secret goes there.
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        async with provider(tiktok, signer):
            pass


def run_watch(
    tiktok: FakeTikTok, signer: FakeSignServer, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    urls = ["--web-url", tiktok.url, "--webcast-url", tiktok.url, "--sign-url", signer.url]
    return subprocess.run(
        [*livecore(), "watch", "@someone", *args, *urls],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
        env=env or environment(),
    )


@pytest.mark.parametrize("how", ["option", "environment"])
@pytest.mark.parametrize("output", ["text", "json"])
def test_watch_logged_in_never_shows_the_session_id(how: str, output: str) -> None:
    env = environment()
    args = ["--trust-sign-host", "127.0.0.1"]
    if how == "option":
        args += ["--session-id", SID, "--tt-target-idc", IDC]
    else:
        env[SESSION_ID_ENV], env[TARGET_IDC_ENV] = SID, IDC
    if output == "json":
        args.append("--json")
    with fakes(room()) as (tiktok, signer, served):
        proc = run_watch(tiktok, signer, *args, env=env)
    assert proc.returncode == Exit.OK, proc.stderr
    assert "LiveEndEvent" in proc.stdout
    assert SID not in proc.stdout + proc.stderr
    assert f"sessionid={SID}" in served.room.sessions[0].headers["cookie"]
    assert signer.seen("/webcast/fetch")[0].query["session_id"] == SID
    assert f"tt-target-idc={IDC}" in tiktok.requests[0].headers["cookie"]


def test_watch_refuses_to_send_the_session_id_to_an_untrusted_sign_server() -> None:
    env = dict(environment(), **{SESSION_ID_ENV: SID})
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        proc = run_watch(tiktok, signer, env=env)
        assert signer.requests == [] and tiktok.requests == []
    assert proc.returncode == Exit.USAGE
    assert "will not send the session id" in proc.stderr
    assert "--trust-sign-host 127.0.0.1" in proc.stderr
    assert SID not in proc.stdout + proc.stderr


def test_a_session_id_that_cannot_be_one_is_a_usage_error() -> None:
    bad = "not a session id; " + SID
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        proc = run_watch(tiktok, signer, "--session-id", bad, "--trust-sign-host", "127.0.0.1")
    assert proc.returncode == Exit.USAGE
    assert "session id" in proc.stderr and SID not in proc.stderr
