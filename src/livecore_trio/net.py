"""The network under the WebSocket and the HTTP steps: TCP, TLS, and proxies.

Without a proxy, the WebSocket's TCP is trio's. With one, `python-socks`_
opens a tunnel to TikTok's host through it (HTTP ``CONNECT`` for ``http`` and
``https`` proxies, SOCKS5 for ``socks5`` and ``socks5h``), and TLS runs
inside the tunnel: the certificate is checked against TikTok's host name,
exactly as without a proxy, and the proxy sees only ciphertext. The HTTP
steps use httpx's own proxy support (``livecore_trio.http``), which turns
what httpx says of a refusing proxy into the same typed errors as the
tunnel's (:func:`livecore.web.proxy_refusal`): :class:`~livecore.web.ProxyAuthError`,
:class:`~livecore.web.ProxyUnreachableError`,
:class:`~livecore.web.ProxyDeniedError`. None of them holds the proxy's
credentials, nor chains the exception that might.

.. _python-socks: https://pypi.org/project/python-socks/
"""

from __future__ import annotations

import functools
import ssl
from urllib.parse import urlsplit

import trio
from python_socks import ProxyConnectionError, ProxyError, ProxyTimeoutError, ProxyType
from python_socks.async_.trio.v2 import Proxy as TrioProxy

from livecore.web import (
    Proxy,
    ProxyRefusedError,
    ProxyUnreachableError,
    proxy_refusal,
    said_by,
)

__all__ = ["address", "default_ssl_context", "dial", "host_header", "open_tunnel"]


def address(url: str) -> tuple[str, int, str, bool]:
    """(host, port, resource, secure) of a ``ws://`` or ``wss://`` URL; ValueError otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise ValueError(f"not a ws:// or wss:// URL: {url.split('?', 1)[0]!r}")
    secure = parts.scheme == "wss"
    port = parts.port or (443 if secure else 80)
    resource = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.hostname, port, resource, secure


def host_header(host: str, port: int, secure: bool) -> str:
    name = f"[{host}]" if ":" in host else host
    return name if port == (443 if secure else 80) else f"{name}:{port}"


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """The verifying context every connection shares when given none.

    Made once: loading the system's certificates takes about 20 ms, which
    every socket of a 300-room worker paid, ``ws://`` ones included.
    """
    return ssl.create_default_context()


async def dial(
    host: str,
    port: int,
    *,
    secure: bool,
    ssl_context: ssl.SSLContext | None = None,
    proxy: Proxy | None = None,
    timeout: float = 10.0,
) -> trio.abc.Stream:
    """TCP to ``host:port``, directly or through ``proxy``, and for ``secure`` the
    TLS handshake with ``host`` (so a bad certificate says so here, at once).

    ``ssl_context`` verifies the server (the default one when None); for an
    ``https`` proxy it verifies the proxy too. Raises ``OSError``, trio's
    ``BrokenResourceError`` (a TLS failure, caused by the ``ssl`` error), or a
    :class:`~livecore.web.ProxyRefusedError`.
    """
    if proxy is None:
        tcp: trio.abc.Stream = await trio.open_tcp_stream(host, port)
    else:
        tcp = await open_tunnel(proxy, host, port, ssl_context=ssl_context, timeout=timeout)
    if not secure:
        return tcp
    context = ssl_context or default_ssl_context()
    stream = trio.SSLStream(tcp, context, server_hostname=host, https_compatible=True)
    try:
        await stream.do_handshake()
    except BaseException:
        await trio.aclose_forcefully(stream)
        raise
    return stream


async def open_tunnel(
    proxy: Proxy,
    host: str,
    port: int,
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 10.0,
) -> trio.abc.Stream:
    """A byte stream to ``host:port`` through ``proxy``; the proxy resolves the name.

    ``ssl_context`` verifies an ``https`` proxy's own certificate. Raises
    :class:`~livecore.web.ProxyAuthError`, :class:`~livecore.web.ProxyUnreachableError`
    or :class:`~livecore.web.ProxyDeniedError`, never chained to what python-socks
    raised (it may hold the credentials).
    """
    tunnel = TrioProxy(
        ProxyType.HTTP if proxy.tunnels_with_connect else ProxyType.SOCKS5,
        proxy.host,
        proxy.port,
        username=proxy.username or None,
        password=proxy.password if proxy.has_credentials else None,
        rdns=True,
        proxy_ssl=(ssl_context or default_ssl_context()) if proxy.scheme == "https" else None,
    )
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    error: ProxyRefusedError
    try:
        stream = await tunnel.connect(host, port, timeout=timeout)
    except ProxyTimeoutError:
        error = ProxyUnreachableError(proxy.shown, f"no answer within {timeout:g} s")
    except ProxyConnectionError as exc:
        error = ProxyUnreachableError(proxy.shown, said_by(proxy, exc.strerror or str(exc)))
    except ProxyError as exc:
        error = proxy_refusal(proxy, exc.error_code, said_by(proxy, str(exc)), target)
    except (ssl.SSLError, trio.BrokenResourceError, OSError) as exc:
        cause = exc.__cause__ if isinstance(exc, trio.BrokenResourceError) else exc
        reason = f"{type(cause).__name__}: {cause}" if cause is not None else "it hung up"
        error = ProxyUnreachableError(proxy.shown, said_by(proxy, reason))
    else:
        tunnelled: trio.abc.Stream = stream.trio_stream
        return tunnelled
    raise error
