"""Pure parsing of what TikTok's HTTP side answers. No I/O here.

For now: the WebSocket handshake's ``Handshake-Options`` header. The live
page, room API, check_alive and sign-server parsers join it with the real
TikTok provider.
"""

from __future__ import annotations

__all__ = ["HANDSHAKE_MSG", "HANDSHAKE_OPTIONS", "parse_handshake_options", "ping_interval"]

HANDSHAKE_OPTIONS = "Handshake-Options"
"""The handshake response header whose ``ping-interval`` sets the heartbeat interval."""
HANDSHAKE_MSG = "Handshake-Msg"
"""The header that says why TikTok refused a handshake (answered 200 instead of 101)."""


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
    if not (0 < seconds < float("inf")):
        return None
    return seconds
