"""Proxies, end to end: every connection through a real proxy on loopback.

The fake TikTok and the fake sign server speak https, the simulated room
wss, all with a certificate for 127.0.0.1 from a test CA; an HTTP CONNECT
proxy and a SOCKS5 proxy (``tests/proxies.py``), with and without
credentials, stand in front of them. Proves: the whole ``watch`` path (the
room lookup, the sign request, the WebSocket) goes through the proxy (each
fake saw only the proxy's outgoing addresses, the proxy saw a tunnel to
each); the certificate is still checked against the target through the
tunnel; each proxy failure (credentials refused, unreachable, tunnel
denied) is its typed error, for the HTTP steps as for the WebSocket, and
``livecore watch``'s exit code 8; the credentials never show.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
import trio
from certs import self_signed, server_context
from fakes_tiktok import LIVE_ROOM, FakeSignServer, FakeTikTok, fakes
from proxies import Proxy
from test_watch import STREAM, TIMEOUT, environment, livecore

from livecore import ConnectEvent, DisconnectReason, Event, LiveEndEvent
from livecore.room import Room, Script
from livecore.web import (
    NetworkError,
    ProxyAuthError,
    ProxyDeniedError,
    ProxyRefusedError,
    ProxyUnreachableError,
    parse_proxy,
)
from livecore_trio.cli.exits import Exit
from livecore_trio.client import Client
from livecore_trio.net import dial
from livecore_trio.room import RoomServer, open_room
from livecore_trio.tiktok import TikTokProvider

USER, PASSWORD = "proxyuser", "s3cret-pr0xy-pass"


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


def trusting(cert: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert[0]))


def room(script: str = STREAM) -> Room:
    return Room(Script.parse(script), room_id=LIVE_ROOM, rate=200)


def free_port() -> int:
    """A port nothing listens on (bound, then closed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.fixture(params=["http", "socks5"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/", 1)[0])


def check_all_through(
    proxy: Proxy, tiktok: FakeTikTok, signer: FakeSignServer, server: RoomServer
) -> None:
    """Every fake saw only the proxy's outgoing connections, and the proxy a tunnel to each."""
    outbound = set(proxy.outbound)
    for fake in (tiktok, signer):
        peers = {r.peer for r in fake.requests}
        assert peers and peers <= outbound, (peers, outbound)
    assert server.peers and set(server.peers) <= outbound
    ports = {port for _, port in proxy.targets}
    assert {port_of(tiktok.url), port_of(signer.url), server.port} <= ports


@asynccontextmanager
async def https_fakes(
    cert: tuple[Path, Path],
) -> AsyncIterator[tuple[FakeTikTok, FakeSignServer, RoomServer]]:
    """The fakes over https and the room over wss, in this test's own Trio run."""
    tls = server_context(*cert)
    async with open_room(room(), ssl_context=tls) as server:
        with FakeTikTok(tls=tls) as tiktok, FakeSignServer(server.first_payload, tls=tls) as signer:
            yield tiktok, signer, server


# ---- the whole path, in Python -------------------------------------------------------


def provider_for(
    tiktok: FakeTikTok, signer: FakeSignServer, proxy_url: str, **kw: object
) -> TikTokProvider:
    return TikTokProvider(
        "someone", api_key="", sign_url=signer.url, web_url=tiktok.url, webcast_url=tiktok.url,
        proxy=proxy_url, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.parametrize("credentials", [False, True], ids=["open", "credentials"])
@pytest.mark.trio
async def test_the_whole_path_goes_through_the_proxy(
    cert: tuple[Path, Path], kind: str, credentials: bool
) -> None:
    user, password = (USER, PASSWORD) if credentials else ("", "")
    context = trusting(cert)
    async with https_fakes(cert) as (tiktok, signer, server):
        with Proxy(kind, user=user, password=password) as proxy:
            async with provider_for(tiktok, signer, proxy.url(), ssl_context=context) as provider:
                client = Client(provider, unique_id="someone", ssl_context=context)
                events: list[Event] = []
                client.on(Event)(events.append)
                with trio.fail_after(TIMEOUT):
                    end = await client.run()
            check_all_through(proxy, tiktok, signer, server)
    assert end.reason is DisconnectReason.LIVE_ENDED, client.error
    assert isinstance(events[0], ConnectEvent)
    assert any(isinstance(e, LiveEndEvent) for e in events)
    assert proxy.refused == 0
    assert PASSWORD not in repr(provider)
    assert not credentials or "<redacted>" in repr(provider)


@pytest.mark.trio
async def test_the_certificate_is_still_checked_through_the_tunnel(
    cert: tuple[Path, Path], kind: str
) -> None:
    """A certificate the client does not trust fails through the proxy as it does without:
    TLS runs end to end, inside the tunnel."""
    async with https_fakes(cert) as (tiktok, signer, server):
        with Proxy(kind) as proxy:
            async with provider_for(tiktok, signer, proxy.url()) as provider:
                with pytest.raises(NetworkError) as caught:
                    await provider.room()
            # The WebSocket's own TLS: through the tunnel, to the room, unverifiable.
            with pytest.raises(trio.BrokenResourceError) as broken:
                await dial("127.0.0.1", server.port, secure=True, proxy=parse_proxy(proxy.url()))
            assert ("127.0.0.1", server.port) in proxy.targets
            assert ("127.0.0.1", port_of(tiktok.url)) in proxy.targets
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert not isinstance(caught.value, ProxyRefusedError)
    assert isinstance(broken.value.__cause__, ssl.SSLCertVerificationError)


@pytest.mark.trio
async def test_an_https_proxy_is_reached_over_tls_and_verified(cert: tuple[Path, Path]) -> None:
    """An https:// proxy: TLS to the proxy (its certificate checked), CONNECT inside,
    and TLS to each target inside that."""
    context = trusting(cert)
    async with https_fakes(cert) as (tiktok, signer, server):
        with Proxy("http", user=USER, password=PASSWORD, tls=server_context(*cert)) as proxy:
            assert proxy.url().startswith("https://")
            async with provider_for(tiktok, signer, proxy.url(), ssl_context=context) as provider:
                client = Client(provider, unique_id="someone", ssl_context=context)
                with trio.fail_after(TIMEOUT):
                    end = await client.run()
            check_all_through(proxy, tiktok, signer, server)
            # A proxy whose certificate is not trusted is one that cannot be reached.
            with pytest.raises(ProxyUnreachableError) as caught:
                await dial("127.0.0.1", server.port, secure=True, proxy=parse_proxy(proxy.url()))
    assert end.reason is DisconnectReason.LIVE_ENDED, client.error
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value) and PASSWORD not in str(caught.value)


# ---- each failure, typed ---------------------------------------------------------------


async def _http_step(proxy_url: str, tiktok: FakeTikTok, signer: FakeSignServer) -> None:
    async with provider_for(tiktok, signer, proxy_url) as provider:
        await provider.room()


@pytest.mark.parametrize("wrong", ["none", "bad"])
@pytest.mark.trio
async def test_refused_credentials_are_a_proxy_auth_error(
    cert: tuple[Path, Path], kind: str, wrong: str
) -> None:
    async with https_fakes(cert) as (tiktok, signer, server):
        with Proxy(kind, user=USER, password=PASSWORD) as proxy:
            url = proxy.url("", "") if wrong == "none" else proxy.url(USER, "not-the-pass")
            with pytest.raises(ProxyAuthError) as http_step:
                await _http_step(url, tiktok, signer)
            with pytest.raises(ProxyAuthError) as tunnel:
                await dial("127.0.0.1", server.port, secure=True, proxy=parse_proxy(url))
    for error in (http_step.value, tunnel.value):
        assert error.retryable is False
        assert "not-the-pass" not in str(error) and "credentials" in str(error)
        assert error.__cause__ is None
    assert proxy.targets == []  # nothing went past the proxy


@pytest.mark.trio
async def test_an_unreachable_proxy_is_a_proxy_unreachable_error(kind: str) -> None:
    url = f"{kind}://{USER}:{PASSWORD}@127.0.0.1:{free_port()}"
    with (
        FakeTikTok() as tiktok,
        FakeSignServer() as signer,
        pytest.raises(ProxyUnreachableError) as http_step,
    ):
        await _http_step(url, tiktok, signer)
    with pytest.raises(ProxyUnreachableError) as tunnel:
        await dial("127.0.0.1", 443, secure=False, proxy=parse_proxy(url))
    for error in (http_step.value, tunnel.value):
        assert PASSWORD not in str(error) and "<redacted>" in str(error)
        assert "could not be reached" in str(error)


@pytest.mark.trio
async def test_a_denied_tunnel_is_a_proxy_denied_error(cert: tuple[Path, Path], kind: str) -> None:
    async with https_fakes(cert) as (tiktok, signer, server):
        with Proxy(kind, deny=True) as proxy:
            with pytest.raises(ProxyDeniedError) as http_step:
                await _http_step(proxy.url(), tiktok, signer)
            with pytest.raises(ProxyDeniedError) as tunnel:
                await dial("127.0.0.1", server.port, secure=True, proxy=parse_proxy(proxy.url()))
        assert tiktok.requests == [] and server.peers == []
    for error in (http_step.value, tunnel.value):
        assert "would not connect to 127.0.0.1:" in str(error)
        assert error.retryable is False  # a rule of the proxy's: 403, SOCKS5 "not allowed"


@pytest.mark.trio
async def test_a_client_given_a_proxy_fails_with_its_typed_error(kind: str) -> None:
    """The WebSocket alone through a proxy that is not there: the session ends
    connect_failed, the typed error in client.error."""
    async with open_room(room()) as server:
        url = f"{kind}://127.0.0.1:{free_port()}"
        client = Client(server.provider(), unique_id="someone", proxy=url, reconnect=None)
        with trio.fail_after(TIMEOUT):
            end = await client.run()
    assert end.reason is DisconnectReason.CONNECT_FAILED
    assert isinstance(client.error, ProxyUnreachableError)
    assert server.peers == []


# ---- livecore watch --proxy ------------------------------------------------------------


@pytest.fixture
def tls_env(cert: tuple[Path, Path]) -> Iterator[dict[str, str]]:
    env = environment()
    env["SSL_CERT_FILE"] = str(cert[0])  # httpx and the WebSocket's TLS both read it
    env.pop("SSL_CERT_DIR", None)
    yield env


def run_watch(
    tiktok: FakeTikTok, signer: FakeSignServer, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    urls = ["--web-url", tiktok.url, "--webcast-url", tiktok.url, "--sign-url", signer.url]
    return subprocess.run(
        [*livecore(), "watch", *args, *urls],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
        env=env,
    )


@pytest.mark.parametrize("how", ["option", "environment"])
def test_watch_goes_through_the_proxy(
    cert: tuple[Path, Path], tls_env: dict[str, str], kind: str, how: str
) -> None:
    with (
        fakes(room(), tls=server_context(*cert)) as (tiktok, signer, served),
        Proxy(kind, user=USER, password=PASSWORD) as proxy,
    ):
        args = ["@someone"]
        if how == "option":
            args += ["--proxy", proxy.url()]
        else:
            tls_env["LIVECORE_PROXY"] = proxy.url()
        proc = run_watch(tiktok, signer, tls_env, *args)
        assert proc.returncode == Exit.OK, proc.stderr
        assert "LiveEndEvent" in proc.stdout
        assert served.server is not None
        check_all_through(proxy, tiktok, signer, served.server)
    assert PASSWORD not in proc.stdout + proc.stderr


@pytest.mark.parametrize("failure", ["auth", "unreachable", "denied"])
def test_watch_says_which_way_the_proxy_refused(
    cert: tuple[Path, Path], tls_env: dict[str, str], kind: str, failure: str
) -> None:
    with (
        fakes(room(), tls=server_context(*cert)) as (tiktok, signer, _),
        Proxy(kind, user=USER, password=PASSWORD, deny=failure == "denied") as proxy,
    ):
        url = {
            "auth": proxy.url(USER, "wrong-password"),
            "unreachable": f"{kind}://{USER}:{PASSWORD}@127.0.0.1:{free_port()}",
            "denied": proxy.url(),
        }[failure]
        proc = run_watch(tiktok, signer, tls_env, "@someone", "--proxy", url)
    assert proc.returncode == Exit.PROXY, proc.stderr
    said = {"auth": "refused the credentials", "unreachable": "could not be reached",
            "denied": "would not connect to"}[failure]  # fmt: skip
    assert said in proc.stderr
    assert PASSWORD not in proc.stdout + proc.stderr and "wrong-password" not in proc.stderr


def test_watch_moves_to_the_next_proxy_when_one_refuses(
    cert: tuple[Path, Path], tls_env: dict[str, str], kind: str
) -> None:
    """Two proxies, the first refusing its credentials: the streamer goes out
    through the second at once (and the first is never tried again)."""
    with (
        fakes(room(), tls=server_context(*cert)) as (tiktok, signer, served),
        Proxy(kind, user=USER, password=PASSWORD) as good,
    ):
        refused = good.url(USER, "wrong-password")
        proc = run_watch(tiktok, signer, tls_env, "@someone", "--proxy", refused,
                         "--proxy", good.url())  # fmt: skip
        assert proc.returncode == Exit.OK, proc.stderr
        assert "LiveEndEvent" in proc.stdout
        assert "refused the credentials" in proc.stderr and "trying through" in proc.stderr
        assert served.server is not None
        check_all_through(good, tiktok, signer, served.server)
    assert PASSWORD not in proc.stdout + proc.stderr and "wrong-password" not in proc.stderr


def test_a_bad_proxy_url_is_a_usage_error(tls_env: dict[str, str]) -> None:
    with FakeTikTok() as tiktok, FakeSignServer() as signer:
        proc = run_watch(tiktok, signer, tls_env, "@someone", "--proxy", f"ftp://u:{PASSWORD}@h:1")
    assert proc.returncode == 2
    assert "proxy URL" in proc.stderr and PASSWORD not in proc.stderr


def test_no_proxy_variable_of_the_environment_is_followed(tls_env: dict[str, str]) -> None:
    """HTTPS_PROXY and ALL_PROXY are not livecore's: only --proxy / LIVECORE_PROXY count."""
    with fakes(room()) as (tiktok, signer, _):
        env = dict(tls_env, HTTPS_PROXY=f"http://127.0.0.1:{free_port()}")
        env["ALL_PROXY"] = env["HTTPS_PROXY"]
        proc = run_watch(tiktok, signer, env, "@someone")
    assert proc.returncode == Exit.OK, proc.stderr
