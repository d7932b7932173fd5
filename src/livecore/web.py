"""Pure knowledge of TikTok's HTTP side: request URLs, answer parsers, typed errors. No I/O.

A real session comes about in three HTTP steps before the WebSocket
(``docs/protocol.md``, "The HTTP steps"): the live page (or the room API)
turns an @handle into a room id, ``check_alive`` says whether that room is
live, and a sign server answers the first FetchResult with the cookies the
handshake must carry. This module builds those requests and reads their answers; the
adapter (``livecore_trio.tiktok``) only moves the bytes. Every failure is a
:class:`WebError` whose message tells the user what to do, and none of them
ever carries the sign-server key or a session cookie.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import quote, urlencode, urlsplit

from livecore.errors import FrameDecodeError, ProviderError
from livecore.frames import decode_fetch_result

__all__ = [
    "API_KEY_ENV",
    "API_KEY_HEADER",
    "DEFAULT_SIGN_URL",
    "DEFAULT_USER_AGENT",
    "DEFAULT_WEBCAST_URL",
    "DEFAULT_WEB_URL",
    "LIVE_CHECK_ADVICE",
    "MAX_ANSWER_BYTES",
    "OFFLINE_STATUS",
    "SET_TT_COOKIE",
    "ApiKeyRequiredError",
    "BlockedError",
    "NetworkError",
    "RateLimitedError",
    "RoomInfo",
    "SignServerError",
    "SignedPayload",
    "UnexpectedAnswerError",
    "UserNotFoundError",
    "UserOfflineError",
    "WebError",
    "check_alive_url",
    "check_base_url",
    "check_status",
    "cookie_header",
    "error_message",
    "handshake_headers",
    "live_page_url",
    "normalize_unique_id",
    "parse_check_alive",
    "parse_cookies",
    "parse_live_page",
    "parse_room_api",
    "parse_sign_answer",
    "room_api_url",
    "scrub",
    "sign_headers",
    "sign_url",
    "web_headers",
]

SET_TT_COOKIE: Final = "X-Set-TT-Cookie"
"""The sign server's answer header holding the cookies the handshake must send."""
API_KEY_HEADER: Final = "X-Api-Key"
API_KEY_ENV: Final = "LIVECORE_SIGN_API_KEY"
"""The environment variable the sign-server key is read from (out of shell history)."""

DEFAULT_WEB_URL: Final = "https://www.tiktok.com"
DEFAULT_WEBCAST_URL: Final = "https://webcast.tiktok.com"
DEFAULT_SIGN_URL: Final = "https://api.eulerstream.com"
DEFAULT_USER_AGENT: Final = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
)
"""Browser-like, as all three endpoints want; the same one goes into the handshake."""

MAX_ANSWER_BYTES: Final = 8 * 1024 * 1024
"""Largest HTTP answer read (a live page is a few hundred KiB); more is refused."""
OFFLINE_STATUS: Final = 4
"""``status`` of a room (live page, room API) whose streamer is not live."""

LIVE_CHECK_ADVICE: Final = (
    "wait a few minutes, try another network, or skip the live check "
    "(--no-live-check; live_check=False in Python)"
)
"""What to do when TikTok blocks ``check_alive``: the room id is known by then."""

_AID: Final = "1988"  # TikTok's web app id, in every webcast query
_CLIENT_NAME: Final = "livecore"
_ERROR_CHARS: Final = 300  # an error body is cut to this for messages

# ---- errors ---------------------------------------------------------------------------


class WebError(ProviderError):
    """Finding a room or its first payload failed; ``str()`` tells the user what to do.

    ``retryable`` (see :class:`~livecore.errors.ProviderError`): a client
    reconnecting gives up at once on an error that says False (the user went
    offline, does not exist, or the sign server wants a key nobody gave it).
    """


class UserNotFoundError(WebError):
    """TikTok has no user with this @handle."""

    retryable = False

    def __init__(self, unique_id: str) -> None:
        super().__init__(
            f"TikTok has no user @{unique_id}: check the handle (the part after @ in "
            "their profile link)"
        )
        self.unique_id = unique_id


class UserOfflineError(WebError):
    """The user exists but is not live. ``room_id`` is 0 when they have no room at all."""

    retryable = False

    def __init__(self, unique_id: str, room_id: int = 0) -> None:
        if room_id:
            said = f"@{unique_id} is not live right now (room {room_id})"
        else:
            said = f"@{unique_id} has no LIVE room (they have not gone live lately)"
        super().__init__(f"{said}: try again once they go live")
        self.unique_id = unique_id
        self.room_id = room_id


class BlockedError(WebError):
    """TikTok refused us: a captcha page, a page without ``SIGI_STATE``, an empty
    sign-server answer, or a WebSocket handshake answered 200 with ``Handshake-Msg``."""

    def __init__(self, reason: str, advice: str = "") -> None:
        advice = advice or (
            "wait a few minutes, try another network, or pass the room id yourself to skip the page"
        )
        super().__init__(f"TikTok blocked the request ({reason}): {advice}")
        self.reason = reason


def check_status(what: str, status: int, advice: str = "", *, page: bool = False) -> None:
    """Raise the typed error for a TikTok web answer (not the sign server's)
    that is not 200: 403 and 429 are TikTok refusing us, as is anything but
    200 for the live page itself (``page``); other statuses are worth a later try."""
    if status == 200:
        return
    if page or status in (403, 429):
        raise BlockedError(f"{what} answered HTTP {status}", advice)
    raise WebError(f"{what} answered HTTP {status}: try again later")


class SignServerError(WebError):
    """The sign server answered with an error: its HTTP status and what it said."""

    def __init__(self, status: int, message: str, hint: str = "") -> None:
        tail = f"; {hint}" if hint else ""
        said = message.rstrip(" .") or "(no message)"
        super().__init__(f"the sign server answered HTTP {status}: {said}{tail}")
        self.status = status
        self.message = message


class RateLimitedError(SignServerError):
    """The sign server's rate limit ``label`` is used up; ``retry_after`` seconds, if it said."""

    def __init__(self, label: str, retry_after: float | None, message: str = "") -> None:
        when = f"retry in {retry_after:g} s" if retry_after is not None else "retry later"
        named = f"rate limit {label!r}" if label else "rate limit"
        hint = f"the {named} is used up; {when}, or use an API key with a higher limit"
        super().__init__(429, message or "too many requests", hint)
        self.label = label
        self.retry_after = retry_after


class ApiKeyRequiredError(SignServerError):
    """The sign server wants an API key and none was given."""

    retryable = False

    def __init__(self, status: int, message: str) -> None:
        hint = (
            f"this sign server needs an API key: set the {API_KEY_ENV} environment "
            "variable (from Python, TikTokProvider(api_key=...) also takes it)"
        )
        super().__init__(status, message, hint)


class UnexpectedAnswerError(WebError):
    """An answer that parses but is not shaped as TikTok's answers are (did TikTok change?)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what}; TikTok may have changed its answers: please report it")


class NetworkError(WebError):
    """No answer at all: the host could not be reached, TLS failed, or it timed out."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"could not reach {url} ({reason}): check the network and the URL")
        self.url = url
        self.reason = reason


# ---- requests -------------------------------------------------------------------------

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
    query = urlencode({"aid": _AID, "uniqueId": unique_id, "sourceType": "54"})
    return f"{base}/api-live/user/room/?{query}"


def check_alive_url(base: str, room_ids: Sequence[int]) -> str:
    query = urlencode({"aid": _AID, "room_ids": ",".join(str(i) for i in room_ids)})
    return f"{base}/webcast/room/check_alive/?{query}"


def sign_url(base: str, room_id: int, user_agent: str, *, platform: str = "web") -> str:
    """The sign server's ``/webcast/fetch`` for a room. The key goes in a header, never here."""
    query = urlencode(
        {
            "client": _CLIENT_NAME,
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


# ---- answers: the room --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoomInfo:
    """A streamer's room as the live page or the room API tells it.

    ``room_id`` 0: no room known (never live, or the page did not say).
    ``live``: False when the answer says offline, None when it does not say.
    """

    room_id: int
    live: bool | None = None


_SIGI_ID: Final = "SIGI_STATE"
_TAG_REACH: Final = 1024  # the longest a <script ...> tag around the id is looked for
_SCRIPT_OPEN = re.compile(r"<script\b", re.IGNORECASE)
_ID_BEFORE = re.compile(r"\bid\s*=\s*[\"']\Z", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.IGNORECASE)
_CAPTCHA = re.compile(r"captcha|verify[-_ ]?(?:center|bar|page)", re.IGNORECASE)


def parse_live_page(html: str | bytes, unique_id: str) -> RoomInfo:
    """The room of ``/@{unique_id}/live`` from its ``SIGI_STATE`` JSON.

    No ``LiveRoom`` in it gives ``RoomInfo(0)`` (never live, or no such user:
    the room API tells those apart). No ``SIGI_STATE``, or one that is not
    JSON, raises :class:`BlockedError`: TikTok answered something else, a
    captcha page typically.
    """
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    found = _sigi_state(text)
    if found is None:
        if _CAPTCHA.search(text):
            raise BlockedError("a captcha page instead of the live page")
        raise BlockedError("the live page has no SIGI_STATE")
    try:
        state = json.loads(found)
    except (ValueError, RecursionError):  # RecursionError: nested too deep ([[[[...)
        raise BlockedError("the live page's SIGI_STATE is not JSON") from None
    live_room = _path(state, "LiveRoom")
    if not isinstance(live_room, dict):
        return RoomInfo(0)
    user = _path(live_room, "liveRoomUserInfo", "user")
    if not isinstance(user, dict):
        return RoomInfo(0)
    room_id = _room_id(user.get("roomId"), "the live page's roomId")
    return RoomInfo(room_id, _live(user.get("status")))


def _sigi_state(text: str) -> str | None:
    """The text of the first ``<script ... id="SIGI_STATE" ...>...</script>``, or None.

    A scan from each ``SIGI_STATE`` in the page, with the tag around it looked
    for no further than ``_TAG_REACH`` characters each way: linear in the
    page, where a regex from every ``<script`` is quadratic on a hostile one.
    """
    at = text.find(_SIGI_ID)
    last_lt, scanned = -1, 0  # the last "<" in text[:scanned]
    while at >= 0:
        after = at + len(_SIGI_ID)
        found = text.rfind("<", max(scanned, at - _TAG_REACH), at)
        last_lt, scanned = (found if found >= 0 else last_lt), at
        start = last_lt if last_lt >= at - _TAG_REACH else -1
        if (
            start >= 0
            and text[after : after + 1] in ("'", '"')
            and _SCRIPT_OPEN.match(text, start)
            and text.find(">", start, at) < 0  # still inside the tag
            and _ID_BEFORE.search(text, start, at)
        ):
            end = text.find(">", after, after + _TAG_REACH)
            if end >= 0:
                close = _SCRIPT_CLOSE.search(text, end + 1)
                # No close tag after this one: none after any later one either.
                return text[end + 1 : close.start()] if close is not None else None
        at = text.find(_SIGI_ID, after)
    return None


def parse_room_api(text: str | bytes, unique_id: str) -> RoomInfo:
    """The room of ``/api-live/user/room/`` (the fallback when the page does not say).

    Raises :class:`UserNotFoundError` for ``message == "user_not_found"``,
    :class:`BlockedError` for an answer that is not JSON.
    """
    answer = _json(text, "the room API")
    if answer.get("message") == "user_not_found":
        raise UserNotFoundError(unique_id)
    room_id = _room_id(_path(answer, "data", "user", "roomId"), "the room API's roomId")
    return RoomInfo(room_id, _live(_path(answer, "data", "liveRoom", "status")))


def parse_check_alive(text: str | bytes, room_ids: Sequence[int]) -> list[bool]:
    """Whether each room is live, from ``check_alive``'s ``data`` list (one per id, in order)."""
    answer = _json(text, "check_alive", LIVE_CHECK_ADVICE)
    data = answer.get("data")
    if not isinstance(data, list) or len(data) < len(room_ids):
        raise UnexpectedAnswerError(
            f"check_alive answered {len(data) if isinstance(data, list) else 'no'} entries "
            f"for {len(room_ids)} rooms"
        )
    alive: list[bool] = []
    for entry in data[: len(room_ids)]:
        flag = entry.get("alive") if isinstance(entry, dict) else None
        if not isinstance(flag, bool):
            raise UnexpectedAnswerError("a check_alive entry has no boolean 'alive'")
        alive.append(flag)
    return alive


def _live(status: object) -> bool | None:
    if isinstance(status, bool) or not isinstance(status, int | str):
        return None
    try:
        return int(status) != OFFLINE_STATUS
    except ValueError:
        return None


def _room_id(value: object, what: str) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise UnexpectedAnswerError(f"{what} is {type(value).__name__}, not a number")
    try:
        room_id = int(value)
    except ValueError:
        raise UnexpectedAnswerError(f"{what} {str(value)[:40]!r} is not a number") from None
    if not 0 <= room_id < 2**63:
        raise UnexpectedAnswerError(f"{what} {room_id} is out of range")
    return room_id


def _json(text: str | bytes, what: str, advice: str = "") -> dict[str, Any]:
    try:
        answer = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deep ([[[[...)
        raise BlockedError(f"{what} answered something that is not JSON", advice) from None
    if not isinstance(answer, dict):
        raise UnexpectedAnswerError(f"{what} answered JSON that is not an object")
    return answer


def _path(obj: object, *keys: str) -> object:
    for key in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


# ---- answers: the sign server ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignedPayload:
    """A sign server's good answer: the bare first FetchResult and the handshake's cookies."""

    data: bytes
    cookies: Mapping[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        names = ", ".join(sorted(self.cookies))
        return f"SignedPayload(data=<{len(self.data)} bytes>, cookies=<redacted: {names}>)"


def parse_sign_answer(
    status: int,
    headers: Iterable[tuple[str, str]],
    body: bytes,
    *,
    api_key: str | None = None,
) -> SignedPayload:
    """Read a ``/webcast/fetch`` answer, or raise the error it means (docs/protocol.md).

    ``api_key`` is the key the request carried: it decides whether a 401/403
    means "no key given" and is scrubbed from any message built from the body.
    """
    named = [(k.lower(), v) for k, v in headers]
    if status == 200:
        if not body:
            raise BlockedError(
                "the sign server got an empty answer: TikTok refused it",
                "wait a few minutes and try again, or try another sign server",
            )
        cookie_values = [v for k, v in named if k == SET_TT_COOKIE.lower()]
        cookies = parse_cookies("; ".join(cookie_values))
        if not cookies:
            raise SignServerError(
                200,
                f"no cookies (no {SET_TT_COOKIE} header)",
                "the WebSocket handshake needs them: try again, or try another sign server",
            )
        try:
            first = decode_fetch_result(body)
        except FrameDecodeError as exc:
            raise SignServerError(200, f"the body is not a FetchResult ({exc.reason})") from None
        if not first.push_server:
            raise SignServerError(200, "the FetchResult names no push_server")
        return SignedPayload(bytes(body), cookies)
    content_type = next((v for k, v in named if k == "content-type"), "")
    message = error_message(body, content_type, secrets=[api_key] if api_key else ())
    if status == 429:
        answer = _maybe_json(body) or {}
        label = answer.get("limit_label")
        label = (
            error_message(label.encode(), limit=80, secrets=[api_key] if api_key else ())
            if isinstance(label, str)
            else ""
        )
        retry = _retry_after(next((v for k, v in named if k == "retry-after"), None))
        raise RateLimitedError(label, retry, message)
    if status in (401, 403):
        if not api_key:
            raise ApiKeyRequiredError(status, message)
        raise SignServerError(status, message, "check the API key (is it current?)")
    raise SignServerError(status, message)


def error_message(
    body: bytes, content_type: str = "", *, secrets: Iterable[str] = (), limit: int = _ERROR_CHARS
) -> str:
    """What an error body says, short and printable: JSON's ``message`` (or
    ``error``, ``detail``), else the text itself; never one of ``secrets``
    (scrubbed before anything is cut, so no part of one survives a cut)."""
    if not body:
        return "(no body)"
    secrets = [s for s in secrets if s]
    answer = _maybe_json(body)
    said: str | None = None
    if answer is not None:
        for key in ("message", "error", "detail"):
            value = answer.get(key)
            if isinstance(value, str) and value.strip():
                said = value
                break
    if said is None:
        text = body.decode("utf-8", "replace")
        if "html" in content_type.lower() or text.lstrip()[:1] == "<":
            return "(an HTML page)"
        said = text
    said = scrub(said, secrets)[: limit * 4]
    printable = " ".join("".join(c if c.isprintable() else " " for c in said).split())
    if len(printable) > limit:
        printable = printable[: limit - 3] + "..."
    return printable or "(no message)"


def _maybe_json(body: bytes) -> dict[str, Any] | None:
    try:
        answer = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return answer if isinstance(answer, dict) else None


def scrub(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<redacted>")
    return text


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds (the delta form; an HTTP date is not worth a clock here)."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if 0 <= seconds < 366 * 86400 else None


# Set-Cookie attributes that a cookie-syntax parser would otherwise take for cookies.
_COOKIE_ATTRIBUTES: Final = frozenset(
    {"path", "domain", "expires", "max-age", "secure", "httponly", "samesite", "priority"}
)
_COOKIE_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def parse_cookies(value: str | None) -> dict[str, str]:
    """``"a=1; b=2"`` (cookie syntax) to ``{"a": "1", "b": "2"}``.

    Tolerant: pairs without ``=``, Set-Cookie attributes (``Path``, ``Domain``...)
    and names that are no cookie names are skipped; so are values holding
    control characters, which could smuggle a header into the handshake.
    """
    cookies: dict[str, str] = {}
    for part in (value or "").split(";"):
        name, sep, val = part.partition("=")
        name, val = name.strip(), val.strip()
        if not sep or not _COOKIE_NAME.fullmatch(name) or name.lower() in _COOKIE_ATTRIBUTES:
            continue
        if any(not c.isprintable() or c in ";," for c in val):
            continue
        cookies[name] = val
    return cookies


def cookie_header(cookies: Mapping[str, str]) -> str:
    """The ``Cookie`` header for a cookie jar: ``"a=1; b=2"``."""
    return "; ".join(f"{name}={value}" for name, value in cookies.items())
