"""Local fakes of TikTok's web side and of a sign server, on 127.0.0.1 only.

``FakeTikTok`` answers the live page, the room API and ``check_alive`` (so it
stands in for both www.tiktok.com and webcast.tiktok.com) from the fixture
files in ``tests/fixtures/web/``. ``FakeSignServer`` answers
``/webcast/fetch`` the ways a sign server does: a first payload with
cookies, an empty 200, 429, 500, 401, or a 200 without cookies. Both are
stdlib ``ThreadingHTTPServer``s in a daemon thread, so they serve the test's
own Trio run and ``livecore watch`` subprocesses alike, and both record
every request. ``RoomThread`` runs a simulated room in its own Trio run in a
thread, for subprocess tests.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import trio

from livecore.room import Room
from livecore_trio.room import RoomServer, open_room

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"

LIVE_ROOM = 7_350_000_000_000_000_001
"""The room id in the fixtures of a live user (``live_page_live.html``, ``room_api_live.json``)."""
OFFLINE_ROOM = 7_350_000_000_000_000_002

COOKIES = "ttwid=1%7Cfake-ttwid-abc; tt_chain_token=fake-chain-456; Path=/; Domain=.tiktok.com"
"""What the fake sign server puts in ``X-Set-TT-Cookie`` (Set-Cookie attributes included)."""
COOKIE_HEADER = "ttwid=1%7Cfake-ttwid-abc; tt_chain_token=fake-chain-456"
"""The ``Cookie`` handshake header those cookies must become."""
API_KEY = "euler-test-key-0123456789abcdef"

# Who is who on the fake TikTok: the fixture for each user's live page and room API.
# A user in neither table gets the page of nobody and the API's user_not_found.
PAGES = {
    "someone": "live_page_live.html",
    "sleepy": "live_page_offline.html",
    "newbie": "live_page_never.html",
    "blocked": "captcha.html",
    "walled": "login_wall.html",
    "garbled": "live_page_bad_json.html",
    "hidden": "captcha.html",  # page blocked, the API fallback answers
}
APIS = {
    "someone": "room_api_live.json",
    "sleepy": "room_api_offline.json",
    "newbie": "room_api_never.json",
    "blocked": "captcha.html",
    "walled": "captcha.html",
    "garbled": "captcha.html",
    "hidden": "room_api_live.json",
}


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@dataclass(frozen=True)
class Seen:
    """One request a fake received."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    peer: tuple[str, int] = ("", 0)  # the address the request came from


class _Server:
    """A ThreadingHTTPServer on loopback in a daemon thread, with a request log."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                seen = Seen(
                    parts.path,
                    dict(parse_qsl(parts.query, keep_blank_values=True)),
                    {k.lower(): v for k, v in self.headers.items()},
                    (self.client_address[0], self.client_address[1]),
                )
                with fake._lock:
                    fake.requests.append(seen)
                status, headers, body = fake.answer(seen)
                self.send_response(status)
                for key, value in headers:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet

        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        if tls is not None:  # the TLS handshake happens in each request's thread
            self._httpd.socket = tls.wrap_socket(
                self._httpd.socket, server_side=True, do_handshake_on_connect=False
            )
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def answer(self, seen: Seen) -> tuple[int, list[tuple[str, str]], bytes]:
        raise NotImplementedError

    def seen(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def __enter__(self) -> _Server:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)


class FakeTikTok(_Server):
    """www.tiktok.com and webcast.tiktok.com: live pages, the room API, check_alive."""

    def __init__(
        self, alive: dict[int, bool] | None = None, tls: ssl.SSLContext | None = None
    ) -> None:
        super().__init__(tls)
        #: Each user's live page: a fixture's name, or the page itself (bytes).
        self.pages: dict[str, str | bytes] = dict(PAGES)
        self.apis = dict(APIS)
        #: check_alive's answer per room id (absent: not alive).
        self.alive = {LIVE_ROOM: True, OFFLINE_ROOM: False} if alive is None else alive
        #: check_alive's next answers, whatever the room (then ``alive`` once used up).
        self.alive_script: list[bool] = []
        #: The fixture /webcast/room/info/ and /webcast/gift/list/ answer (raw bytes for
        #: anything that is no fixture name).
        self.room_info: str | bytes = "room_info_live.json"
        #: Room info answers for particular room ids (else ``room_info``).
        self.room_infos: dict[int, str | bytes] = {}
        self.gift_list: str | bytes = "gift_list.json"
        #: check_alive's HTTP status: anything but 200 answers a captcha page.
        self.check_alive_status = 200

    def __enter__(self) -> FakeTikTok:
        super().__enter__()
        return self

    def answer(self, seen: Seen) -> tuple[int, list[tuple[str, str]], bytes]:
        html = [("Content-Type", "text/html; charset=utf-8")]
        js = [("Content-Type", "application/json")]
        if seen.path.startswith("/@") and seen.path.endswith("/live"):
            user = seen.path[2:-5]
            name = self.pages.get(user, "live_page_never.html")
            return 200, html, fixture(name) if isinstance(name, str) else name
        if seen.path == "/api-live/user/room/":
            name = self.apis.get(seen.query.get("uniqueId", ""), "room_api_not_found.json")
            return 200, (js if name.endswith(".json") else html), fixture(name)
        if seen.path == "/webcast/room/check_alive/":
            if self.check_alive_status != 200:
                return self.check_alive_status, html, fixture("captcha.html")
            ids = [int(i) for i in seen.query.get("room_ids", "").split(",") if i]
            with self._lock:
                scripted = self.alive_script.pop(0) if self.alive_script else None
            data = [
                {"alive": self.alive.get(i, False) if scripted is None else scripted,
                 "room_id_str": str(i)}
                for i in ids
            ]  # fmt: skip
            return 200, js, json.dumps({"data": data, "status_code": 0}).encode()
        if seen.path in ("/webcast/room/info/", "/webcast/gift/list/"):
            answer = self.room_info if seen.path == "/webcast/room/info/" else self.gift_list
            if seen.path == "/webcast/room/info/" and seen.query.get("room_id", "").isdigit():
                answer = self.room_infos.get(int(seen.query["room_id"]), answer)
            return 200, js, fixture(answer) if isinstance(answer, str) else answer
        return 404, html, b"<html>not found</html>"


class FakeSignServer(_Server):
    """A sign server's ``/webcast/fetch``.

    Each request takes the next mode from ``script`` (then ``mode`` once the
    script is used up): ``ok`` (200, the first payload, ``X-Set-TT-Cookie``),
    ``empty`` (200, no body), ``nocookie`` (200 without the cookie header),
    ``429`` (JSON with ``limit_label``, ``Retry-After: 30``), ``500`` (text),
    ``401`` (JSON), ``echo`` (403 whose message repeats the key back). With
    ``key`` set, a request without that ``X-Api-Key`` gets the 401 whatever
    the mode.
    """

    def __init__(
        self,
        payload: Callable[[], bytes] | bytes = b"",
        *,
        mode: str = "ok",
        script: list[str] | None = None,
        key: str | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(tls)
        self.payload = payload
        self.mode = mode
        self.script = list(script or [])
        self.key = key

    def __enter__(self) -> FakeSignServer:
        super().__enter__()
        return self

    @property
    def count(self) -> int:
        """``/webcast/fetch`` requests answered so far."""
        return len(self.seen("/webcast/fetch"))

    def answer(self, seen: Seen) -> tuple[int, list[tuple[str, str]], bytes]:
        js = [("Content-Type", "application/json")]
        if seen.path != "/webcast/fetch":
            return 404, js, b'{"message":"no such endpoint"}'
        with self._lock:
            mode = self.script.pop(0) if self.script else self.mode
        if self.key is not None and seen.headers.get("x-api-key") != self.key:
            mode = "401"
        proto = [("Content-Type", "application/x-protobuf")]
        payload = self.payload() if callable(self.payload) else self.payload
        match mode:
            case "ok":
                return 200, [*proto, ("X-Set-TT-Cookie", COOKIES)], payload
            case "empty":
                return 200, [*proto, ("X-Set-TT-Cookie", COOKIES)], b""
            case "nocookie":
                return 200, proto, payload
            case "429":
                return 429, [*js, ("Retry-After", "30")], fixture("sign_429.json")
            case "500":
                return 500, [("Content-Type", "text/plain")], fixture("sign_500.txt")
            case "401":
                return 401, js, fixture("sign_401.json")
            case "echo":  # a careless server that repeats the key back
                said = f"key {seen.headers.get('x-api-key')} is not allowed here"
                return 403, js, json.dumps({"message": said}).encode()
        raise AssertionError(f"unknown mode {mode!r}")


class RoomThread:
    """A simulated room served by its own Trio run in a thread (for subprocess tests)."""

    def __init__(self, room: Room, tls: ssl.SSLContext | None = None) -> None:
        self.room = room
        self.tls = tls
        self.server: RoomServer | None = None
        self._ready = threading.Event()
        self._stop: trio.Event | None = None
        self._token: trio.lowlevel.TrioToken | None = None
        self._thread = threading.Thread(target=trio.run, args=(self._main,), daemon=True)

    async def _main(self) -> None:
        self._stop = trio.Event()
        self._token = trio.lowlevel.current_trio_token()
        async with open_room(self.room, ssl_context=self.tls) as server:
            self.server = server
            self._ready.set()
            await self._stop.wait()

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    def first_payload(self) -> bytes:
        assert self.server is not None
        return self.server.first_payload()

    def __enter__(self) -> RoomThread:
        self._thread.start()
        if not self._ready.wait(timeout=30):
            raise RuntimeError("the room did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._token is not None and self._stop is not None:
            trio.from_thread.run_sync(self._stop.set, trio_token=self._token)
        self._thread.join(timeout=10)


@contextmanager
def fakes(
    room: Room, tls: ssl.SSLContext | None = None, **sign: Any
) -> Iterator[tuple[FakeTikTok, FakeSignServer, RoomThread]]:
    """A fake TikTok, a fake sign server and a room in a thread, all on loopback;
    with ``tls``, over https and wss."""
    with (
        RoomThread(room, tls) as served,
        FakeTikTok(tls=tls) as tiktok,
        FakeSignServer(served.first_payload, tls=tls, **sign) as signer,
    ):
        yield tiktok, signer, served
