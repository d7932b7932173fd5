"""The NATS servers a fleet command is given: one URL, or a cluster's list.

``--nats nats://a:4222,nats://b:4222,nats://c:4222`` names the servers of one
cluster; a client connects to any of them and fails over to the others.
nats-py takes a list, not a comma-separated string, so the list is made
here, checked (a scheme it speaks, a host, a port that is a number) before
any connection is tried, and redacted for logs (no user, password or token).
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

__all__ = ["SCHEMES", "ServerListError", "parse_servers", "redact"]

SCHEMES: Final = frozenset({"nats", "tls", "ws", "wss"})
"""The URL schemes nats-py connects with."""


# A comma that starts another server: before a scheme, or before HOST:PORT that
# ends the text or another comma (a comma inside a password starts neither).
_SERVER_START: Final = re.compile(r",(?=\s*(?:[a-z][a-z0-9+.-]*://|[^,:@/\s]+:\d+\s*(?:,|$)|,|$))")


class ServerListError(ValueError):
    """A ``--nats`` value that names no server, or a server that is no NATS URL."""


def parse_servers(text: str) -> tuple[str, ...]:
    """The servers in ``text`` (comma-separated), each a full URL; ``host:port``
    alone means ``nats://host:port``. Repeats are dropped, the order kept."""
    servers: list[str] = []
    for item in _SERVER_START.split(text):
        item = item.strip()
        if not item:
            continue
        url = item if "://" in item else f"nats://{item}"
        scheme, _, rest = url.partition("://")
        parts = urlsplit(f"{scheme}://{rest.rpartition('@')[2]}")  # credentials aside
        if parts.scheme not in SCHEMES:
            raise ServerListError(
                f"{redact(item)}: a NATS server is nats://, tls://, ws:// or wss://HOST:PORT"
            )
        try:
            parts.port  # noqa: B018 - a port that is not a number raises here
        except ValueError:
            raise ServerListError(
                f"{redact(item)}: the port is not a number from 0 to 65535"
            ) from None
        if not parts.hostname:
            raise ServerListError(f"{redact(item)}: no host")
        if url not in servers:
            servers.append(url)
    if not servers:
        raise ServerListError("no NATS server given (nats://HOST:PORT[,nats://HOST:PORT...])")
    return tuple(servers)


def redact(url: str) -> str:
    """A NATS URL (or a comma-separated list of them) fit for a log: no user,
    password or token.

    By text, not by a URL parser: a password may hold ``/``, ``?``, ``#`` or a
    comma, where a parser would end the user part and show the rest.
    """
    return ",".join(_redact_one(piece) for piece in _SERVER_START.split(url))


def _redact_one(url: str) -> str:
    scheme, sep, rest = url.strip().partition("://")
    if not sep:
        scheme, rest = "nats", url.strip()
    if "@" not in rest:
        return url.strip()
    return f"{scheme}://<redacted>@{rest.rpartition('@')[2]}"
