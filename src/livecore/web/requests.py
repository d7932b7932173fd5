"""The requests of TikTok's HTTP side: base URLs, query strings and headers. No I/O."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping, Sequence
from urllib.parse import quote, urlencode, urlsplit

from livecore.web.constants import AID, API_KEY_HEADER, CLIENT_NAME
from livecore.web.sign import cookie_header

_HANDLE = re.compile(r"[A-Za-z0-9_.]{1,64}")
_PROFILE = re.compile(r"^https?://(?:[\w-]+\.)*tiktok\.com/@([^/?#]+)")


def normalize_unique_id(text: str) -> str:
    """``"@Some.One"`` or a profile link to ``"Some.One"``; ``ValueError`` when it is no handle."""
    text = text.strip()
    linked = _PROFILE.match(text)
    handle = linked.group(1) if linked else text.removeprefix("@")
    if not _HANDLE.fullmatch(handle):
        raise ValueError(
            f"{text!r} is not a TikTok handle (letters, digits, '_' and '.', after the @)"
        )
    return handle


def check_base_url(url: str, what: str) -> str:
    """A base URL as given, without its trailing ``/``; ``ValueError`` unless http(s) with a host.

    Plain ``http`` is allowed only to loopback (the tests' fakes): anything
    else would carry the key and the session cookies in the clear.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the {what} URL must be https://HOST[/PATH], not {url!r}")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"the {what} URL must not carry a query, a fragment or credentials")
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise ValueError(f"the {what} URL must use https (plain http only to loopback)")
    return url.rstrip("/")


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a name: only localhost is sure to stay on this machine
        return host.lower() == "localhost"


def web_headers(user_agent: str) -> list[tuple[str, str]]:
    """Headers for the live page, the room API and check_alive: a browser's."""
    return [("User-Agent", user_agent), ("Accept-Language", "en-US,en;q=0.9")]


def live_page_url(base: str, unique_id: str) -> str:
    return f"{base}/@{quote(unique_id)}/live"


def room_api_url(base: str, unique_id: str) -> str:
    query = urlencode({"aid": AID, "uniqueId": unique_id, "sourceType": "54"})
    return f"{base}/api-live/user/room/?{query}"


def check_alive_url(base: str, room_ids: Sequence[int]) -> str:
    query = urlencode({"aid": AID, "room_ids": ",".join(str(i) for i in room_ids)})
    return f"{base}/webcast/room/check_alive/?{query}"


def sign_url(base: str, room_id: int, user_agent: str, *, platform: str = "web") -> str:
    """The sign server's ``/webcast/fetch`` for a room. The key goes in a header, never here."""
    query = urlencode(
        {
            "client": CLIENT_NAME,
            "room_id": str(room_id),
            "user_agent": user_agent,
            "client_enter": "true",
            "platform": platform,
        }
    )
    return f"{base}/webcast/fetch?{query}"


def sign_headers(user_agent: str, api_key: str | None) -> list[tuple[str, str]]:
    headers = [("User-Agent", user_agent)]
    if api_key:
        headers.append((API_KEY_HEADER, api_key))
    return headers


def handshake_headers(user_agent: str, cookies: Mapping[str, str]) -> list[tuple[str, str]]:
    """The WebSocket handshake's headers: the User-Agent the sign server signed
    for, and its cookies (without them TikTok refuses the handshake)."""
    headers = [("User-Agent", user_agent)]
    if cookies:
        headers.append(("Cookie", cookie_header(cookies)))
    return headers
