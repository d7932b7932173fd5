"""The requests of TikTok's HTTP side: base URLs, query strings and headers. No I/O."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

from livecore.web.constants import (
    AID,
    API_KEY_HEADER,
    CLIENT_NAME,
    DEFAULT_LANGUAGE,
    DEFAULT_REGION,
)
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
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(f"the {what} URL must use https (plain http only to loopback)")
    return url.rstrip("/")


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a URL's host name, as ``urlsplit`` gives it) is sure to
    stay on this machine: a loopback address, or ``localhost``."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a name: only localhost is sure to stay on this machine
        return host.lower() == "localhost"


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}")
_REGION = re.compile(r"[A-Za-z]{2}")


@dataclass(frozen=True, slots=True)
class Locale:
    """The language and region TikTok is asked to answer for.

    ``language`` is a BCP 47 tag (``en-US``, ``de``, ``pt-BR``): it makes the
    ``Accept-Language`` header of every TikTok request and the webcast API's
    ``app_language``, ``browser_language`` and ``webcast_language``. ``region``
    is a two-letter country code (``US``, ``DE``) sent as ``region`` and
    ``priority_region``, or ``""`` to send none (TikTok picks one from the
    address the requests come from). ``ValueError`` for anything else.
    """

    language: str = DEFAULT_LANGUAGE
    region: str = DEFAULT_REGION

    def __post_init__(self) -> None:
        if not _LANGUAGE.fullmatch(self.language):
            raise ValueError(
                f"{self.language[:40]!r} is not a language tag (such as en-US, de or pt-BR)"
            )
        if self.region and not _REGION.fullmatch(self.region):
            raise ValueError(
                f"{self.region[:40]!r} is not a region (a two-letter country code such as US)"
            )
        object.__setattr__(self, "region", self.region.upper())

    @property
    def accept_language(self) -> str:
        """``en-US,en;q=0.9`` for ``en-US``; a bare primary tag stands alone."""
        primary = self.language.partition("-")[0]
        if primary == self.language:
            return self.language
        return f"{self.language},{primary};q=0.9"

    def params(self) -> dict[str, str]:
        """The webcast API's query parameters for this locale."""
        params = {
            "app_language": self.language,
            "browser_language": self.language,
            "webcast_language": self.language.partition("-")[0].lower(),
        }
        if self.region:
            params |= {"region": self.region, "priority_region": self.region}
        return params


DEFAULT_LOCALE = Locale()


def web_headers(
    user_agent: str,
    locale: Locale = DEFAULT_LOCALE,
    cookies: Mapping[str, str] | None = None,
) -> list[tuple[str, str]]:
    """Headers for TikTok's own requests (the live page, the room API, the
    webcast API): a browser's, and a logged-in session's cookies when given."""
    headers = [("User-Agent", user_agent), ("Accept-Language", locale.accept_language)]
    if cookies:
        headers.append(("Cookie", cookie_header(cookies)))
    return headers


def live_page_url(base: str, unique_id: str) -> str:
    return f"{base}/@{quote(unique_id)}/live"


def room_api_url(base: str, unique_id: str) -> str:
    query = urlencode({"aid": AID, "uniqueId": unique_id, "sourceType": "54"})
    return f"{base}/api-live/user/room/?{query}"


def _webcast(base: str, path: str, locale: Locale, params: Mapping[str, str]) -> str:
    query = urlencode({"aid": AID, **params, **locale.params()})
    return f"{base}/webcast/{path}/?{query}"


def check_alive_url(base: str, room_ids: Sequence[int], locale: Locale = DEFAULT_LOCALE) -> str:
    ids = ",".join(str(i) for i in room_ids)
    return _webcast(base, "room/check_alive", locale, {"room_ids": ids})


def room_info_url(base: str, room_id: int, locale: Locale = DEFAULT_LOCALE) -> str:
    """``/webcast/room/info/``: title, status, viewers, the streamer, the play URLs."""
    return _webcast(base, "room/info", locale, {"room_id": str(room_id)})


def gift_list_url(base: str, room_id: int, locale: Locale = DEFAULT_LOCALE) -> str:
    """``/webcast/gift/list/``: the gifts a room offers, names in the locale's language."""
    return _webcast(base, "gift/list", locale, {"room_id": str(room_id)})


def sign_url(
    base: str,
    room_id: int,
    user_agent: str,
    *,
    platform: str = "web",
    session: Mapping[str, str] | None = None,
) -> str:
    """The sign server's ``/webcast/fetch`` for a room. The key goes in a header,
    never here; ``session`` is a logged-in session's parameters
    (:meth:`~livecore.web.Session.sign_params`), for a trusted sign server only."""
    query = urlencode(
        {
            "client": CLIENT_NAME,
            "room_id": str(room_id),
            "user_agent": user_agent,
            "client_enter": "true",
            "platform": platform,
            **(session or {}),
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
