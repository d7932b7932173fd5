"""Pure knowledge of TikTok's HTTP side: request URLs, answer parsers, typed errors. No I/O.

A real session comes about in three HTTP steps before the WebSocket
(``docs/protocol.md``, "The HTTP steps"): the live page (or the room API)
turns an @handle into a room id, ``check_alive`` says whether that room is
live, and a sign server answers the first FetchResult with the cookies the
handshake must carry. This package builds those requests and reads their
answers, one module per concern; the adapter (``livecore_trio.tiktok``) only
moves the bytes. Every failure is a :class:`WebError` whose message tells
the user what to do, and none of them ever carries the sign-server key or a
session cookie. Every public name is re-exported here.
"""

from __future__ import annotations

from livecore.web.constants import (
    API_KEY_ENV,
    API_KEY_HEADER,
    DEFAULT_SIGN_URL,
    DEFAULT_USER_AGENT,
    DEFAULT_WEB_URL,
    DEFAULT_WEBCAST_URL,
    LIVE_CHECK_ADVICE,
    MAX_ANSWER_BYTES,
    OFFLINE_STATUS,
    SET_TT_COOKIE,
)
from livecore.web.errors import (
    ApiKeyRequiredError,
    BlockedError,
    NetworkError,
    RateLimitedError,
    SignServerError,
    UnexpectedAnswerError,
    UserNotFoundError,
    UserOfflineError,
    WebError,
    check_status,
)
from livecore.web.lookup import RoomInfo, parse_check_alive, parse_live_page, parse_room_api
from livecore.web.requests import (
    check_alive_url,
    check_base_url,
    handshake_headers,
    live_page_url,
    normalize_unique_id,
    room_api_url,
    sign_headers,
    sign_url,
    web_headers,
)
from livecore.web.sign import (
    SignedPayload,
    cookie_header,
    error_message,
    parse_cookies,
    parse_sign_answer,
    scrub,
)

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
