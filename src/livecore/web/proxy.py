"""A proxy for every connection to TikTok and the sign server: its URL, read and shown safely.

``http://`` and ``https://`` proxies tunnel with HTTP ``CONNECT`` (an ``https``
proxy is itself reached over TLS); ``socks5://`` and ``socks5h://`` speak
SOCKS5, and both let the proxy resolve host names (no lookup leaves this
machine on its own). Credentials go in the URL (``USER:PASSWORD@``,
percent-encoded). TLS to TikTok runs inside the tunnel, so certificates are
verified against TikTok's host as without a proxy. The credentials never show:
:attr:`Proxy.shown` and ``repr`` replace them with ``<redacted>``, and
:attr:`Proxy.secrets` lists every form they could take in a message so that
the adapter can scrub them out.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Final
from urllib.parse import quote, unquote, urlsplit

from livecore.web.errors import (
    ProxyAuthError,
    ProxyDeniedError,
    ProxyRefusedError,
    ProxyUnreachableError,
)
from livecore.web.sign import scrub

__all__ = ["PROXY_SCHEMES", "Proxy", "parse_proxy", "proxy_refusal", "said_by"]

PROXY_SCHEMES: Final = ("http", "https", "socks5", "socks5h")
_DEFAULT_PORTS: Final = {"http": 80, "https": 443, "socks5": 1080, "socks5h": 1080}
_FORM: Final = "SCHEME://[USER:PASSWORD@]HOST[:PORT] (SCHEME: http, https, socks5 or socks5h)"


@dataclass(frozen=True, slots=True, repr=False)
class Proxy:
    """A proxy: scheme, host, port and, when it wants them, credentials."""

    scheme: str
    host: str
    port: int
    username: str = ""
    password: str = ""

    @property
    def tunnels_with_connect(self) -> bool:
        """HTTP ``CONNECT`` (``http``, ``https``), else SOCKS5."""
        return self.scheme in ("http", "https")

    @property
    def has_credentials(self) -> bool:
        return bool(self.username or self.password)

    @property
    def _netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        """The whole URL, credentials included, for the code that dials. Never show it."""
        if not self.has_credentials:
            return f"{self.scheme}://{self._netloc}"
        userinfo = f"{quote(self.username, safe='')}:{quote(self.password, safe='')}"
        return f"{self.scheme}://{userinfo}@{self._netloc}"

    @property
    def shown(self) -> str:
        """The URL as it may be shown: ``socks5://<redacted>@host:1080``."""
        hidden = "<redacted>@" if self.has_credentials else ""
        return f"{self.scheme}://{hidden}{self._netloc}"

    def __repr__(self) -> str:
        return f"Proxy({self.shown})"

    __str__ = __repr__

    @property
    def secrets(self) -> list[str]:
        """Every form the credentials could take in a message (as given,
        percent-encoded, ``user:password``, and Basic auth's base64), longest first."""
        if not self.has_credentials:
            return []
        pair = f"{self.username}:{self.password}"
        forms = {
            self.password,
            quote(self.password, safe=""),
            pair,
            base64.b64encode(pair.encode("utf-8")).decode("ascii"),
        }
        if len(self.username) >= 3:  # a one-letter user name would scrub half of every message
            forms |= {self.username, quote(self.username, safe="")}
        return sorted((f for f in forms if f), key=len, reverse=True)


def parse_proxy(text: str) -> Proxy:
    """A proxy URL to a :class:`Proxy`; ``ValueError`` that never repeats its credentials."""
    parts = urlsplit(text.strip())
    scheme = parts.scheme.lower() if "://" in text else ""
    if scheme not in PROXY_SCHEMES:  # without "://", what urlsplit calls a scheme may be a user
        said = f"the scheme {scheme[:20]!r}" if scheme else "no scheme"
        raise ValueError(f"a proxy URL is {_FORM}; this one has {said}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:  # a port that is no number, or out of range
        raise ValueError(f"a proxy URL is {_FORM}; this one's port is not a number") from None
    if not host:
        raise ValueError(f"a proxy URL is {_FORM}; this one names no host")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"a proxy URL is {_FORM}, with no path, query or fragment")
    if any(not c.isprintable() or c.isspace() for c in host):
        raise ValueError(f"a proxy URL is {_FORM}; this one's host is not a host name")
    username = unquote(parts.username or "")
    password = unquote(parts.password or "")
    for value in (username, password):
        if any(not c.isprintable() for c in value):
            raise ValueError("the proxy's user name or password holds a control character")
    if ":" in username:
        raise ValueError("the proxy's user name holds a ':' (percent-encode it as %3A)")
    return Proxy(scheme, host, port or _DEFAULT_PORTS[scheme], username, password)


# SOCKS5 replies that a rule of the proxy's gave (asking again will not help):
# not allowed by its ruleset, command or address type not supported.
_SOCKS_FINAL: Final = frozenset({2, 7, 8})


def said_by(proxy: Proxy, text: str) -> str:
    """What a library said, short, printable, and without the proxy's credentials."""
    text = scrub(text, proxy.secrets)
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())[:200]


def proxy_refusal(proxy: Proxy, code: int | None, said: str, target: str) -> ProxyRefusedError:
    """The typed error for a proxy's answer: an HTTP status to ``CONNECT``, a SOCKS5
    reply code, or (no code) a SOCKS5 authentication failure or a malformed answer."""
    if proxy.tunnels_with_connect and code is not None:
        if code == 407:
            return ProxyAuthError(proxy.shown, said)
        return ProxyDeniedError(proxy.shown, said, target, retryable=code >= 500)
    if code is not None:
        return ProxyDeniedError(proxy.shown, said, target, retryable=code not in _SOCKS_FINAL)
    if "authenticat" in said.lower():
        return ProxyAuthError(proxy.shown, said)
    return ProxyUnreachableError(proxy.shown, f"it did not answer as a proxy: {said}")
