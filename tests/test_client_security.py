"""What the Trio client promises about TLS, secrets and refused handshakes.

- ``wss://`` is verified by default: a self-signed room is refused with
  ``CONNECT_FAILED`` and the TLS error in ``client.error``; a context that
  trusts the certificate connects; ``verify_tls=False`` connects too, and
  says so as a warning every time it connects.
- Session cookies reach the server's handshake and nowhere else: not the
  client's or provider's repr, not the logs (at DEBUG), not the events.
- A refused handshake is a typed error carrying the server's reason.

Real loopback sockets: the simulated room, with TLS where it matters.
"""

from __future__ import annotations

import logging
import ssl
from pathlib import Path

import pytest
import trio
from certs import self_signed, server_context
from client_checks import check_bracketed, msg_ids

from livecore import DisconnectReason, Event
from livecore.errors import HandshakeRejectedError
from livecore.reconnect import ReconnectPolicy
from livecore.room import Room, Script
from livecore_trio.client import Client
from livecore_trio.net import default_ssl_context
from livecore_trio.providers import FirstPayload
from livecore_trio.room import RoomServer, open_room

pytestmark = pytest.mark.trio

FAST = 2000.0
SCRIPT = Script.parse("comment hello\n" * 4 + "follow\nend")
SECRET = "sessionid=5ecret-5e55ion-1d; tt-target-idc=useast5"


async def run(client: Client) -> list[Event]:
    events: list[Event] = []
    client.on(Event)(events.append)
    with trio.fail_after(20):
        await client.run()
    return events


async def test_wss_is_verified_by_default(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    async with open_room(Room(SCRIPT, rate=FAST), ssl_context=server_context(cert, key)) as server:
        assert server.url.startswith("wss://")
        refused = Client(server.provider(), connect_timeout=2)
        events = await run(refused)
        end = events[-1]
        assert end.reason is DisconnectReason.CONNECT_FAILED  # type: ignore[attr-defined]
        assert isinstance(refused.error, ssl.SSLCertVerificationError)
        assert "certificate verify failed" in end.detail  # type: ignore[attr-defined]
        assert server.sessions == []  # never got as far as the room

        trusting = ssl.create_default_context(cafile=str(cert))
        events = await run(Client(server.provider(), ssl_context=trusting))
        check_bracketed(events, DisconnectReason.LIVE_ENDED)
        assert msg_ids(events) == server.room.msg_ids


async def test_plain_sockets_load_no_certificates_and_tls_ones_load_them_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loading the system's certificates costs about 20 ms: a worker opening
    # 300 ws:// rooms paid it 300 times (8.4 s to start them, 1.6 s without).
    loaded: list[object] = []
    real = ssl.create_default_context

    def counting(*args: object, **kwargs: object) -> ssl.SSLContext:
        loaded.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ssl, "create_default_context", counting)
    default_ssl_context.cache_clear()
    try:
        cut = Room(Script.parse("comment a\nclose 1011\ncomment b\nend"), rate=FAST)
        async with open_room(cut) as plain:
            events = await run(Client(plain.provider(), reconnect=ReconnectPolicy(base=0.01)))
            check_bracketed(events, DisconnectReason.LIVE_ENDED)
            assert len(plain.sessions) == 2
        assert loaded == []  # two ws:// sockets, no certificates
        cert, key = self_signed(tmp_path)
        async with open_room(Room(SCRIPT, rate=FAST), ssl_context=server_context(cert, key)) as tls:
            for _ in range(2):
                await run(Client(tls.provider(), connect_timeout=2))  # refused: self-signed
        assert len(loaded) == 1  # two wss:// sockets, the default context made once
    finally:
        default_ssl_context.cache_clear()


async def test_turning_verification_off_is_explicit_and_loud(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cert, key = self_signed(tmp_path)
    script = Script.parse("comment a\ncomment b\nclose 1011\ncomment c\nend")
    room = Room(script, rate=FAST)
    async with open_room(room, ssl_context=server_context(cert, key)) as server:
        with caplog.at_level(logging.WARNING, logger="livecore.client"):
            client = Client(
                server.provider(),
                verify_tls=False,
                reconnect=ReconnectPolicy(base=0.01, cap=0.02),
            )
            events = await run(client)
    check_bracketed(events, DisconnectReason.LIVE_ENDED)
    warnings = [r for r in caplog.records if "verification is OFF" in r.getMessage()]
    assert len(warnings) == 2  # once per connect: the first socket and the reconnect
    assert all(r.levelno == logging.WARNING for r in warnings)
    assert "?" not in warnings[0].getMessage()  # the URL without its query (cursor, ids)


class CookieProvider:
    """Like a sign-server provider: a first payload and cookies for the handshake."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server
        self.asked = 0

    async def first_payload(self) -> FirstPayload:
        self.asked += 1
        return FirstPayload(
            self.server.first_payload(),
            headers=[("Cookie", SECRET), ("User-Agent", "Mozilla/5.0 livecore-test")],
        )


async def test_cookies_reach_the_handshake_and_nowhere_else(
    caplog: pytest.LogCaptureFixture,
) -> None:
    script = Script.parse("comment a\nclose 1001\ncomment b\nend")
    async with open_room(Room(script, rate=FAST)) as server:
        provider = CookieProvider(server)
        with caplog.at_level(logging.DEBUG):
            client = Client(provider, reconnect=ReconnectPolicy(base=0.01, cap=0.02))
            events = await run(client)
    check_bracketed(events, DisconnectReason.LIVE_ENDED)
    assert provider.asked == 2  # asked again for the reconnect
    for session in server.sessions:  # both handshakes carried them
        assert session.headers["cookie"] == SECRET
        assert session.headers["user-agent"] == "Mozilla/5.0 livecore-test"
    secret = "5ecret-5e55ion-1d"
    payload = await provider.first_payload()
    assert secret not in repr(payload) and secret not in repr(client)
    assert secret not in str([e.to_dict() for e in events])
    assert caplog.records, "expected DEBUG records to look through"
    leaked = [r.name for r in caplog.records if secret in r.getMessage()]
    assert leaked == []


async def test_a_refused_handshake_is_a_typed_error_with_the_reason() -> None:
    room = Room(SCRIPT, rate=FAST)
    room.refuse(1, status=200, message="client detected")
    async with open_room(room) as server:
        client = Client(server.provider())
        events = await run(client)
    end = events[-1]
    assert end.reason is DisconnectReason.CONNECT_FAILED  # type: ignore[attr-defined]
    error = client.error
    assert isinstance(error, HandshakeRejectedError)
    assert (error.status, error.message) == (200, "client detected")
    assert "client detected" in end.detail  # type: ignore[attr-defined]
