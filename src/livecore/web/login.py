"""A logged-in TikTok session: its cookies, and who may be given its id.

A session id is the ``sessionid`` cookie of a browser logged in to TikTok.
With it, TikTok serves what it keeps from logged-out viewers (age-restricted
LIVEs, comments it filters). It is as good as the account's password: it
goes into TikTok's own requests and the WebSocket handshake, and to a sign
server only when that server's host is trusted (:func:`check_sign_host`).
It never shows in a ``repr``, an error or a log line that livecore writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

from livecore.web.constants import DEFAULT_SIGN_URL
from livecore.web.errors import UntrustedSignServerError

__all__ = [
    "DEFAULT_TRUSTED_SIGN_HOSTS",
    "Session",
    "check_sign_host",
    "normalize_host",
    "redact_session_ids",
]

DEFAULT_TRUSTED_SIGN_HOSTS: Final = (urlsplit(DEFAULT_SIGN_URL).hostname or "",)
"""The sign servers a session id may be sent to unless told otherwise: the default one's."""

# A session id travels in a cookie and a query: URL-safe characters only.
_SESSION_ID = re.compile(r"[A-Za-z0-9._~-]{8,512}")
_TARGET_IDC = re.compile(r"[A-Za-z0-9_-]{1,64}")
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}|\[?[0-9A-Fa-f:.]{2,45}\]?")
# Where a session id can stand in text: a query (``session_id=``) or a cookie
# (``sessionid=``, ``sessionid_ss=``, ``sid_tt=``).
_IN_TEXT = re.compile(r"\b(session_?id(?:_ss)?|sid_tt)=[^&;,\s\"'<>]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True, repr=False)
class Session:
    """A logged-in session: its id (the ``sessionid`` cookie) and, optionally, its
    ``tt-target-idc`` cookie (the data centre the account lives in, such as
    ``useast2a``). ``ValueError`` for a value that could not travel in a cookie
    (the message never repeats the id)."""

    session_id: str
    target_idc: str = ""

    def __post_init__(self) -> None:
        if not _SESSION_ID.fullmatch(self.session_id):
            raise ValueError(
                "the session id is 8 to 512 letters, digits and '._~-' (the value of the "
                "sessionid cookie, without 'sessionid='): this one is not"
            )
        if self.target_idc and not _TARGET_IDC.fullmatch(self.target_idc):
            raise ValueError(
                f"{self.target_idc[:40]!r} is not a tt-target-idc (letters, digits, '_' and '-')"
            )

    def __repr__(self) -> str:
        return f"Session(session_id=<redacted>, target_idc={self.target_idc!r})"

    __str__ = __repr__

    def cookies(self) -> dict[str, str]:
        """The cookies a logged-in browser sends TikTok."""
        cookies = {
            "sessionid": self.session_id,
            "sessionid_ss": self.session_id,
            "sid_tt": self.session_id,
        }
        if self.target_idc:
            cookies["tt-target-idc"] = self.target_idc
        return cookies

    def sign_params(self) -> dict[str, str]:
        """The sign server's query parameters for signing as this session."""
        params = {"session_id": self.session_id}
        if self.target_idc:
            params["tt_target_idc"] = self.target_idc
        return params


def normalize_host(text: str) -> str:
    """A host name or address to trust, lower-cased; ``ValueError`` for anything else
    (a URL or a port is not a host)."""
    host = text.strip().lower()
    if not _HOST.fullmatch(host) or "/" in host:
        raise ValueError(f"{text[:80]!r} is not a host name (such as api.example.com)")
    return host.strip("[]")


def check_sign_host(sign_url: str, trusted: Iterable[str] = ()) -> str:
    """The sign server's host, when a session id may be sent to it: the default
    sign server's, or one in ``trusted``. Raises :class:`UntrustedSignServerError`
    otherwise."""
    host = (urlsplit(sign_url).hostname or "").lower()
    allowed = tuple(dict.fromkeys([*DEFAULT_TRUSTED_SIGN_HOSTS, *map(normalize_host, trusted)]))
    if host not in allowed:
        raise UntrustedSignServerError(host, allowed)
    return host


def redact_session_ids(text: str) -> str:
    """``text`` with every ``session_id=...`` (a query) and ``sessionid=...``
    (a cookie) value replaced by ``<redacted>``."""
    return _IN_TEXT.sub(lambda m: f"{m.group(1)}=<redacted>", text)
