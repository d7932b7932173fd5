"""The TikTok provider over real loopback HTTP, against the fakes in ``fakes_tiktok``.

Proves: a handle resolves through the live page (the API fallback when the
page is a captcha), once per provider; every request carries the same
browser-like User-Agent; the first payload carries the sign server's cookies
as a ``Cookie`` header and that User-Agent, and the sign server is asked
again on every call; each way a lookup or a sign request fails is its typed
error (not found, offline, never live, blocked, rate limited, key required,
server error, unreachable); ``live_check=False`` skips the live check; the key
comes from the argument or ``LIVECORE_SIGN_API_KEY``, travels only in its
header and never shows in a repr or a message; TLS is verified (a
self-signed server is refused unless its CA is given, and a context that
does not verify is refused); and, end to end, a ``Client`` on the provider
gets ``ConnectEvent(unique_id, room_id)`` through ``DisconnectEvent`` from a
simulated room.
"""

from __future__ import annotations

import re
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import trio
from certs import self_signed, server_context
from client_checks import check_bracketed
from fakes_tiktok import (
    API_KEY,
    COOKIE_HEADER,
    LIVE_ROOM,
    OFFLINE_ROOM,
    FakeSignServer,
    FakeTikTok,
)

from livecore import ConnectEvent, DisconnectReason, Event, LiveEndEvent
from livecore.errors import HandshakeRejectedError
from livecore.room import Room, Script
from livecore.web import (
    API_KEY_ENV,
    ApiKeyRequiredError,
    BlockedError,
    NetworkError,
    RateLimitedError,
    SignServerError,
    UserNotFoundError,
    UserOfflineError,
    WebError,
)
from livecore_trio.client import Client
from livecore_trio.providers import PayloadProvider
from livecore_trio.room import open_room
from livecore_trio.tiktok import TikTokProvider

pytestmark = pytest.mark.trio

PAYLOAD = Room(seed=1, room_id=LIVE_ROOM).first_payload("ws://127.0.0.1:1/webcast/im/push/v2/")


@pytest.fixture
def tiktok() -> Iterator[FakeTikTok]:
    with FakeTikTok() as fake:
        yield fake


@pytest.fixture
def signer() -> Iterator[FakeSignServer]:
    with FakeSignServer(PAYLOAD) as fake:
        yield fake


@pytest.fixture(autouse=True)
def no_key_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)


def provider(tiktok: FakeTikTok, signer: FakeSignServer, handle: str, **kw: Any) -> TikTokProvider:
    return TikTokProvider(
        handle, web_url=tiktok.url, webcast_url=tiktok.url, sign_url=signer.url, **kw
    )


# ---- the happy path -----------------------------------------------------------------


async def test_resolves_signs_and_carries_cookies_and_user_agent(
    tiktok: FakeTikTok, signer: FakeSignServer
) -> None:
    async with provider(tiktok, signer, "@someone", api_key=API_KEY) as p:
        assert isinstance(p, PayloadProvider)
        first = await p.first_payload()
        assert p.room_id == LIVE_ROOM
    assert first.data == PAYLOAD
    assert first.url is None  # built from the payload's push_server
    assert dict(first.headers) == {"User-Agent": p.user_agent, "Cookie": COOKIE_HEADER}
    assert "Mozilla/5.0" in p.user_agent

    [page] = tiktok.seen("/@someone/live")
    assert tiktok.seen("/api-live/user/room/") == []  # the page said it all
    assert tiktok.seen("/webcast/room/check_alive/") == []  # ...and that it is live
    [sign] = signer.seen("/webcast/fetch")
    assert sign.query["room_id"] == str(LIVE_ROOM)
    assert sign.query["user_agent"] == p.user_agent
    assert sign.query["client"] == "livecore" and sign.query["client_enter"] == "true"
    assert sign.headers["x-api-key"] == API_KEY
    assert API_KEY not in str(sign.query)
    for request in (page, sign):
        assert request.headers["user-agent"] == p.user_agent


async def test_each_call_signs_again_but_looks_up_once(
    tiktok: FakeTikTok, signer: FakeSignServer
) -> None:
    async with provider(tiktok, signer, "someone") as p:
        for _ in range(3):
            await p.first_payload()
    assert signer.count == p.sign_requests == 3
    assert len(tiktok.seen("/@someone/live")) == 1
    assert len(tiktok.seen("/webcast/room/check_alive/")) == 2  # the later calls check again


async def test_captcha_page_falls_back_to_the_room_api(
    tiktok: FakeTikTok, signer: FakeSignServer
) -> None:
    async with provider(tiktok, signer, "hidden") as p:
        await p.first_payload()
    assert p.room_id == LIVE_ROOM
    [api] = tiktok.seen("/api-live/user/room/")
    assert api.query == {"aid": "1988", "uniqueId": "hidden", "sourceType": "54"}
    assert tiktok.seen("/webcast/room/check_alive/") == []  # the API said live, just now


async def test_a_given_room_id_skips_the_lookup(tiktok: FakeTikTok, signer: FakeSignServer) -> None:
    async with provider(tiktok, signer, "someone", room_id=LIVE_ROOM) as p:
        await p.first_payload()
    # No live page, no room API: only the live check and the age check (room info).
    paths = [r.path for r in tiktok.requests]
    assert paths == ["/webcast/room/check_alive/", "/webcast/room/info/"]
    assert tiktok.requests[0].query["room_ids"] == str(LIVE_ROOM)
    assert signer.count == 1


# ---- lookup errors ------------------------------------------------------------------


async def test_user_not_found(tiktok: FakeTikTok, signer: FakeSignServer) -> None:
    async with provider(tiktok, signer, "nobody") as p:
        with pytest.raises(UserNotFoundError, match="no user @nobody"):
            await p.first_payload()
    assert signer.count == 0


async def test_never_live_user_is_offline_without_a_room(
    tiktok: FakeTikTok, signer: FakeSignServer
) -> None:
    async with provider(tiktok, signer, "newbie", live_check=False) as p:
        with pytest.raises(UserOfflineError) as caught:
            await p.first_payload()
    assert caught.value.room_id == 0
    assert signer.count == 0


async def test_offline_user_is_refused_before_signing(
    tiktok: FakeTikTok, signer: FakeSignServer
) -> None:
    async with provider(tiktok, signer, "sleepy") as p:
        with pytest.raises(UserOfflineError) as caught:
            await p.first_payload()
    assert caught.value.room_id == OFFLINE_ROOM
    assert "@sleepy is not live right now" in str(caught.value)
    assert signer.count == 0


async def test_an_offline_answer_is_not_kept(tiktok: FakeTikTok, signer: FakeSignServer) -> None:
    # The lookup said offline; the next call asks again (the room id alone is kept).
    async with provider(tiktok, signer, "sleepy") as p:
        with pytest.raises(UserOfflineError):
            await p.first_payload()
        assert p.room_id == OFFLINE_ROOM
        tiktok.alive[OFFLINE_ROOM] = True  # they went live
        await p.first_payload()
        assert (await p.room()).live is None  # a kept room says nothing of being live
    assert len(tiktok.seen("/@sleepy/live")) == 1
    assert len(tiktok.seen("/webcast/room/check_alive/")) == 1
    assert signer.count == 1


@pytest.mark.parametrize("status", [403, 429])
async def test_a_blocked_live_check_says_to_skip_it(
    tiktok: FakeTikTok, signer: FakeSignServer, status: int
) -> None:
    tiktok.check_alive_status = status
    async with provider(tiktok, signer, "someone", room_id=LIVE_ROOM) as p:
        with pytest.raises(BlockedError) as caught:
            await p.first_payload()
    assert f"check_alive answered HTTP {status}" in str(caught.value)
    assert "--no-live-check" in str(caught.value)
    assert "room id" not in str(caught.value)  # it is known: the advice was for the page


async def test_check_alive_says_offline(tiktok: FakeTikTok, signer: FakeSignServer) -> None:
    tiktok.alive[LIVE_ROOM] = False
    async with provider(tiktok, signer, "someone", room_id=LIVE_ROOM) as p:
        with pytest.raises(UserOfflineError):
            await p.first_payload()
    assert signer.count == 0


async def test_no_live_check_signs_an_offline_room_anyway(
    tiktok: FakeTikTok, signer: FakeSignServer
) -> None:
    async with provider(tiktok, signer, "sleepy", live_check=False) as p:
        await p.first_payload()
    assert signer.count == 1
    assert signer.requests[0].query["room_id"] == str(OFFLINE_ROOM)
    assert tiktok.seen("/webcast/room/check_alive/") == []


@pytest.mark.parametrize(("handle", "reason"), [("blocked", "captcha"), ("walled", "SIGI_STATE")])
async def test_blocked_page_and_api(
    tiktok: FakeTikTok, signer: FakeSignServer, handle: str, reason: str
) -> None:
    async with provider(tiktok, signer, handle) as p:
        with pytest.raises(BlockedError, match=reason):
            await p.first_payload()
    assert len(tiktok.seen("/api-live/user/room/")) == 1  # the fallback was tried


# ---- sign-server errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "error", "says"),
    [
        ("empty", BlockedError, "empty answer"),
        ("nocookie", SignServerError, "X-Set-TT-Cookie"),
        ("429", RateLimitedError, "retry in 30 s"),
        ("500", SignServerError, "HTTP 500: Internal Server Error"),
        ("401", ApiKeyRequiredError, API_KEY_ENV),
    ],
)
async def test_sign_server_errors(
    tiktok: FakeTikTok, signer: FakeSignServer, mode: str, error: type[Exception], says: str
) -> None:
    signer.mode = mode
    async with provider(tiktok, signer, "someone") as p:
        with pytest.raises(error, match=says):
            await p.first_payload()


async def test_key_from_the_environment(
    tiktok: FakeTikTok, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(API_KEY_ENV, API_KEY)
    with FakeSignServer(PAYLOAD, key=API_KEY) as signer:
        async with provider(tiktok, signer, "someone") as p:
            assert p.has_api_key
            await p.first_payload()
            assert API_KEY not in repr(p) and "<redacted>" in repr(p)
        async with provider(tiktok, signer, "someone", api_key="") as none:
            assert not none.has_api_key and "api_key=None" in repr(none)
            with pytest.raises(ApiKeyRequiredError):
                await none.first_payload()
        async with provider(tiktok, signer, "someone", api_key="wrong-key-9876") as wrong:
            with pytest.raises(SignServerError, match="check the API key") as caught:
                await wrong.first_payload()
            assert "wrong-key-9876" not in str(caught.value)
    assert [r.headers.get("x-api-key") for r in signer.requests] == [
        API_KEY,
        None,
        "wrong-key-9876",
    ]


async def test_unreachable_is_a_network_error(tiktok: FakeTikTok) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed when the block ends: nobody listens there
    async with TikTokProvider(
        "someone", web_url=tiktok.url, webcast_url=tiktok.url, sign_url=f"http://127.0.0.1:{port}"
    ) as p:
        with pytest.raises(NetworkError) as caught:
            await p.first_payload()
    assert caught.value.url == f"http://127.0.0.1:{port}/webcast/fetch"  # no query: no secrets
    assert "ConnectError" in str(caught.value)
    assert caught.value.__context__ is None  # the httpx request (key header and all) is not kept


BAD_KEYS = [
    "euler-key-0123456789\r",  # a trailing CR (a Windows line end)
    "euler-key-0123456789\n",
    " euler-key-0123456789",  # a leading space
    "euler key 0123456789",
    "euler-clé-0123456789",  # non-ASCII
    "euler-key-0123456789\x00",
]


@pytest.mark.parametrize("key", BAD_KEYS)
async def test_a_key_that_cannot_be_a_header_is_refused_without_showing_it(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError, match="API key") as given:
        TikTokProvider("someone", api_key=key)
    refused = [given]
    if "\x00" not in key:  # the environment cannot hold a NUL
        monkeypatch.setenv(API_KEY_ENV, key)
        with pytest.raises(ValueError, match=API_KEY_ENV) as from_env:
            TikTokProvider("someone")
        refused.append(from_env)
    for caught in refused:
        shown = str(caught.value) + repr(caught.value)
        assert "0123456789" not in shown and key.strip() not in shown
        assert caught.value.__context__ is None


@pytest.mark.parametrize("key", [k for k in BAD_KEYS if " key " not in k])  # inner spaces: fine
async def test_a_request_that_fails_on_the_key_never_shows_it(
    tiktok: FakeTikTok, signer: FakeSignServer, key: str
) -> None:
    # Past the constructor's check (as if it were not there): whatever httpx or
    # h11 says of the header, the error that comes out does not hold the key.
    async with provider(tiktok, signer, "someone", api_key=API_KEY) as p:
        p._api_key = key
        with pytest.raises(WebError) as caught:
            await p.sign(LIVE_ROOM)
    error = caught.value
    shown = f"{error} {error!r} {getattr(error, 'reason', '')} {getattr(error, 'url', '')}"
    assert "0123456789" not in shown, shown
    assert error.__context__ is None and error.__cause__ is None
    assert signer.count == 0  # nothing was sent


async def test_a_user_agent_that_cannot_be_a_header_is_refused() -> None:
    for agent in ("Mozilla/5.0 (Wïndows)", "Mozilla/5.0\r\nX-Evil: 1", ""):
        with pytest.raises(ValueError, match="user_agent must be printable ASCII"):
            TikTokProvider("someone", user_agent=agent)
    with pytest.raises(ValueError, match="timeout"):
        TikTokProvider("someone", timeout=0)


@pytest.fixture
def trickling() -> Iterator[str]:
    """A server whose answer comes a byte every 50 ms: each read is quick, the whole slow."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "400")
            self.end_headers()
            try:
                for _ in range(400):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass  # the client gave up: as it should

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


async def test_an_answer_that_never_ends_meets_a_deadline(trickling: str) -> None:
    async with TikTokProvider("someone", webcast_url=trickling, timeout=0.2) as p:
        with trio.fail_after(15):  # the test's own bound: 20 s of trickle otherwise
            with pytest.raises(NetworkError, match=r"no whole answer within 0\.6 s") as caught:
                await p.is_live(LIVE_ROOM)
    assert caught.value.url == f"{trickling}/webcast/room/check_alive/"
    assert caught.value.__context__ is None


async def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="not a TikTok handle"):
        TikTokProvider("not a handle")
    with pytest.raises(ValueError, match="https"):
        TikTokProvider("someone", sign_url="http://sign.example")
    with pytest.raises(ValueError, match="room_id"):
        TikTokProvider("someone", room_id=-1)
    unverified = ssl.create_default_context()
    unverified.check_hostname = False
    unverified.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="must verify"):
        TikTokProvider("someone", ssl_context=unverified)


# ---- TLS ------------------------------------------------------------------------------


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An https server on loopback with a self-signed certificate for 127.0.0.1."""
    cert, key = self_signed(tmp_path)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"data": [{"alive": true, "room_id_str": "%d"}]}' % LIVE_ROOM
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = server_context(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}", cert
    finally:
        httpd.shutdown()
        httpd.server_close()


async def test_tls_is_verified(tls_server: tuple[str, Path]) -> None:
    url, cert = tls_server
    async with TikTokProvider("someone", webcast_url=url) as p:
        with pytest.raises(NetworkError, match="CERTIFICATE_VERIFY_FAILED"):
            await p.is_live(LIVE_ROOM)
    trusted = ssl.create_default_context(cafile=str(cert))
    async with TikTokProvider("someone", webcast_url=url, ssl_context=trusted) as p:
        assert await p.is_live(LIVE_ROOM) is True


# ---- end to end with the client ---------------------------------------------------------


async def test_client_on_the_provider_gets_the_whole_stream(tiktok: FakeTikTok) -> None:
    room = Room(Script.parse("comment hello\nlike 2\nend\n"), room_id=LIVE_ROOM, rate=500)
    async with open_room(room) as server:
        with FakeSignServer(server.first_payload) as signer:
            async with provider(tiktok, signer, "someone") as p:
                client = Client(p, unique_id="someone")
                seen: list[Event] = []
                client.on(Event)(seen.append)
                end = await client.run()
    assert end.reason is DisconnectReason.LIVE_ENDED, end
    check_bracketed(seen, DisconnectReason.LIVE_ENDED)
    assert isinstance(seen[0], ConnectEvent)
    assert (seen[0].unique_id, seen[0].room_id) == ("someone", LIVE_ROOM)
    assert sum(isinstance(e, LiveEndEvent) for e in seen) == 1
    [session] = server.sessions
    assert session.headers["cookie"] == COOKIE_HEADER
    assert session.headers["user-agent"] == p.user_agent


async def test_handshake_refused_with_200_reaches_the_client_as_its_error(
    tiktok: FakeTikTok,
) -> None:
    room = Room(Script.parse("comment hello\nend\n"), room_id=LIVE_ROOM)
    room.refuse(status=200, message="risk control")
    async with open_room(room) as server:
        with FakeSignServer(server.first_payload) as signer:
            async with provider(tiktok, signer, "someone") as p:
                client = Client(p, unique_id="someone")
                with trio.fail_after(30):
                    end = await client.run()
    assert end.reason is DisconnectReason.CONNECT_FAILED
    assert isinstance(client.error, HandshakeRejectedError)
    assert (client.error.status, client.error.message) == (200, "risk control")


async def test_client_reports_a_provider_error(tiktok: FakeTikTok, signer: FakeSignServer) -> None:
    signer.mode = "429"
    async with provider(tiktok, signer, "someone") as p:
        client = Client(p, unique_id="someone")
        with trio.fail_after(30):
            end = await client.run()
    assert end.reason is DisconnectReason.CONNECT_FAILED
    assert isinstance(client.error, RateLimitedError)


# ---- docs/connecting.md's example runs, against the fakes ----------------------------------


async def test_the_connecting_doc_example_runs(
    tiktok: FakeTikTok, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = Path(__file__).resolve().parent.parent / "docs" / "connecting.md"
    # The first example (test_connecting_doc.py runs them all; this one checks its output).
    example = re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.DOTALL)[0]
    assert example.rstrip().endswith("trio.run(main)")
    namespace: dict[str, Any] = {}
    exec(example.rstrip().removesuffix("trio.run(main)"), namespace)
    monkeypatch.setenv(API_KEY_ENV, API_KEY)
    room = Room(Script.parse("comment hi from the doc\nend\n"), room_id=LIVE_ROOM, rate=500)
    async with open_room(room) as server:
        with FakeSignServer(server.first_payload, key=API_KEY) as signer:
            # The example as written, with TikTok's and the sign server's URLs pointed here.
            namespace["TikTokProvider"] = partial(
                TikTokProvider, web_url=tiktok.url, webcast_url=tiktok.url, sign_url=signer.url
            )
            with trio.fail_after(30):
                await namespace["main"]()
    out = capsys.readouterr().out.splitlines()
    assert out[-2].endswith(": hi from the doc")
    assert out[-1] == "live_ended"
