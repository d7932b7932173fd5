"""The WebSocket handshake: the URL a client opens, and what the server answers.

Small on purpose: the core (the heartbeat interval), the Trio adapter (the
header names and the subprotocol) and the simulated room (which plays the
server's side) all need these facts, and none of them needs TikTok's HTTP
steps (:mod:`livecore.web`). ``docs/protocol.md`` describes the handshake.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlencode

from livecore.protocol import COMPRESS_GZIP, IDENTITY, LIVE_ID
from livecore.views import text

__all__ = [
    "DEFAULT_PING_INTERVAL",
    "HANDSHAKE_MSG",
    "HANDSHAKE_OPTIONS",
    "MAX_PING_INTERVAL",
    "MIN_PING_INTERVAL",
    "WEBSOCKET_SUBPROTOCOLS",
    "heartbeat_interval",
    "parse_handshake_options",
    "ping_interval",
    "websocket_url",
]

HANDSHAKE_OPTIONS: Final = "Handshake-Options"
"""Response header, cookie syntax (``ping-interval=10; ...``): the heartbeat interval."""

HANDSHAKE_MSG: Final = "Handshake-Msg"
"""Response header of a refused handshake (HTTP 200 instead of 101): the reason."""

WEBSOCKET_SUBPROTOCOLS: Final = ("echo-protocol",)
"""The WebSocket subprotocols a client offers in its handshake."""

DEFAULT_PING_INTERVAL: Final = 10.0
"""Seconds between heartbeats when the handshake names no ``ping-interval``."""

MIN_PING_INTERVAL: Final = 1.0
MAX_PING_INTERVAL: Final = 300.0
"""A server's ``ping-interval`` is clamped to these bounds (seconds), so a bad
header can neither make the client spin nor let the connection idle out."""


def parse_handshake_options(value: str | None) -> dict[str, str]:
    """``"ping-interval=10; foo=bar"`` (cookie syntax) to ``{"ping-interval": "10", ...}``.

    Tolerant by design: a malformed pair is skipped, never an error, since a
    bad option must not stop a session that is otherwise fine.
    """
    options: dict[str, str] = {}
    if not value:
        return options
    for part in value.split(";"):
        key, sep, val = part.partition("=")
        key = key.strip().lower()
        if sep and key:
            options[key] = val.strip().strip('"')
    return options


def ping_interval(value: str | None) -> float | None:
    """The heartbeat interval in seconds from a ``Handshake-Options`` header, if it names one.

    Only a finite, positive number counts; anything else is ignored.
    """
    raw = parse_handshake_options(value).get("ping-interval")
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        return None
    if not (0 < seconds < math.inf):
        return None
    return seconds


def heartbeat_interval(options: str | None, default: float = DEFAULT_PING_INTERVAL) -> float:
    """The interval a socket uses: the server's ``ping-interval``, clamped to
    [MIN_PING_INTERVAL, MAX_PING_INTERVAL], else ``default``."""
    offered = ping_interval(options)
    if offered is None:
        return default
    return min(max(offered, MIN_PING_INTERVAL), MAX_PING_INTERVAL)


def websocket_url(
    push_server: str | bytes,
    route_params: Mapping[str, str] | Mapping[str | bytes, str | bytes],
    *,
    room_id: int,
    cursor: str,
    internal_ext: str,
) -> str:
    """The push server's URL with the first payload's ``route_params``
    (non-empty ones) and the client's own query: the room, gzip, the resume
    point (cursor and internal_ext), and how a viewer's web client names itself."""
    params = {text(k): text(v) for k, v in route_params.items() if v}
    params.update(
        room_id=str(room_id),
        compress=COMPRESS_GZIP,
        cursor=cursor,
        internal_ext=internal_ext,
        heartbeat_duration="0",
        identity=IDENTITY,
        live_id=str(LIVE_ID),
    )
    server = text(push_server)
    return server + ("&" if "?" in server else "?") + urlencode(params)
