"""The NATS servers a fleet command is given: one URL, or a cluster's list.

``--nats nats://a:4222,nats://b:4222,nats://c:4222`` names the servers of one
cluster; a client connects to any of them and fails over to the others.
nats-py takes a list, not a comma-separated string, so the list is made
here, checked (a scheme it speaks, a host, a port that is a number) before
any connection is tried, and redacted for logs (no user, password or token).
"""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

__all__ = ["SCHEMES", "ServerListError", "parse_servers", "redact"]

SCHEMES: Final = frozenset({"nats", "tls", "ws", "wss"})
"""The URL schemes nats-py connects with."""


class ServerListError(ValueError):
    """A ``--nats`` value that names no server, or a server that is no NATS URL."""


def parse_servers(text: str) -> tuple[str, ...]:
    """The servers in ``text`` (comma-separated), each a full URL; ``host:port``
    alone means ``nats://host:port``. Repeats are dropped, the order kept."""
    servers: list[str] = []
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        url = item if "://" in item else f"nats://{item}"
        parts = urlsplit(url)
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
    password or token."""
    if "," in url:
        return ",".join(redact(part.strip()) for part in url.split(","))
    try:
        parts = urlsplit(url if "://" in url else f"nats://{url}")
    except ValueError:
        return "<a URL that does not parse>"
    if "@" not in parts.netloc:
        return url
    return f"{parts.scheme}://<redacted>@{parts.netloc.rpartition('@')[2]}"
