"""First-payload providers: where a session's first FetchResult comes from.

A real session asks a sign server (``livecore_trio.tiktok``); the simulated
room answers for itself (``RoomServer.provider()``); a file or bytes in hand
serve offline work. The client asks its provider again for every connection
it opens, because a signed URL lives about 30 seconds: a provider must give
a fresh answer each time it is asked, and may raise to say it cannot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

import trio

from livecore.web import Proxy

__all__ = ["BytesProvider", "FileProvider", "FirstPayload", "PayloadProvider", "UrlProvider"]

_SECRET_HEADERS = frozenset({"cookie", "authorization", "x-api-key"})


@dataclass(frozen=True, slots=True)
class FirstPayload:
    """What a provider answers: the first FetchResult and how to open the socket.

    ``data`` is the bare FetchResult (not a PushFrame), or None to connect
    without one (the first ``msg`` frame then starts the session). ``url``
    replaces the WebSocket URL built from ``data`` (its push_server and
    route_params). ``headers`` go into the WebSocket handshake: the sign
    server's cookies and the User-Agent it signed for. ``proxy``: the proxy
    the socket must go through, the one the HTTP steps used (a client's own
    ``proxy=`` wins over it).
    """

    data: bytes | None
    url: str | None = None
    headers: Sequence[tuple[str, str]] = field(default=())
    proxy: Proxy | None = None

    def __repr__(self) -> str:
        shown = [(k, "<redacted>" if k.lower() in _SECRET_HEADERS else v) for k, v in self.headers]
        size = "None" if self.data is None else f"<{len(self.data)} bytes>"
        via = f", proxy={self.proxy.shown!r}" if self.proxy is not None else ""
        return f"FirstPayload(data={size}, url={self.url!r}, headers={shown!r}{via})"


@runtime_checkable
class PayloadProvider(Protocol):
    """Anything that can be asked, once per connection, for a first payload."""

    async def first_payload(self) -> FirstPayload:
        """A fresh first payload; raise an exception to say none can be had."""
        ...


class BytesProvider:
    """The same first payload every time: bytes already in hand."""

    def __init__(self, data: bytes, *, headers: Sequence[tuple[str, str]] = ()) -> None:
        self.data = bytes(data)
        self.headers = tuple(headers)

    async def first_payload(self) -> FirstPayload:
        return FirstPayload(self.data, headers=self.headers)

    def __repr__(self) -> str:
        return f"BytesProvider(<{len(self.data)} bytes>)"


class FileProvider:
    """A first payload read from a file (a saved sign-server answer), read
    again on every call so the file can be refreshed between connections."""

    def __init__(self, path: str | Path, *, headers: Sequence[tuple[str, str]] = ()) -> None:
        self.path = Path(path)
        self.headers = tuple(headers)

    async def first_payload(self) -> FirstPayload:
        data = await trio.Path(self.path).read_bytes()
        return FirstPayload(data, headers=self.headers)

    def __repr__(self) -> str:
        return f"FileProvider({str(self.path)!r})"


class UrlProvider:
    """No first payload: open the WebSocket at ``url`` as it is (``livecore record``).
    The session's ``ConnectEvent`` comes with the first ``msg`` frame."""

    def __init__(self, url: str, *, headers: Sequence[tuple[str, str]] = ()) -> None:
        self.url = url
        self.headers = tuple(headers)

    async def first_payload(self) -> FirstPayload:
        return FirstPayload(None, url=self.url, headers=self.headers)

    def __repr__(self) -> str:
        return f"UrlProvider({self.url!r})"
