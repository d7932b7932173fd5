"""Reading a sign server's answer, and the cookies it gives for the handshake."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from livecore.errors import FrameDecodeError
from livecore.frames import decode_fetch_result
from livecore.web.constants import SET_TT_COOKIE
from livecore.web.errors import (
    ApiKeyRequiredError,
    BlockedError,
    RateLimitedError,
    SignServerError,
)

_ERROR_CHARS: Final = 300  # an error body is cut to this for messages


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
    wall: float | None = None,
) -> SignedPayload:
    """Read a ``/webcast/fetch`` answer, or raise the error it means (docs/protocol.md).

    A 429's wait is read from whichever reset header came (none is documented):
    ``RateLimit-Reset`` and ``Retry-After`` in seconds, ``X-RateLimit-Reset``
    in epoch seconds against ``wall`` (the time the answer came, when known).

    ``api_key`` is the key the request carried: it decides whether a 401/403
    means "no key given" and is scrubbed from any message built from the body.
    """
    named = [(k.lower(), v) for k, v in headers]
    if status == 200:
        if not body:
            raise BlockedError(
                "the sign server got an empty answer: TikTok refused it",
                "wait a few minutes and try again, or try another sign server",
                kind="sign_refused",
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
        raise RateLimitedError(label, _reset_in(dict(named), wall), message)
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


def _reset_in(headers: dict[str, str], wall: float | None) -> float | None:
    """Seconds until a rate limit resets, from the first reset header that says."""
    for name in ("ratelimit-reset", "retry-after"):
        seconds = _retry_after(headers.get(name))
        if seconds is not None:
            return seconds
    epoch = headers.get("x-ratelimit-reset")
    if epoch is None or wall is None:
        return None
    try:
        return _retry_after(str(float(epoch.strip()) - wall))
    except ValueError:
        return None


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
