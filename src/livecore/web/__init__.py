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
    DEFAULT_LANGUAGE,
    DEFAULT_REGION,
    DEFAULT_SIGN_URL,
    DEFAULT_USER_AGENT,
    DEFAULT_WEB_URL,
    DEFAULT_WEBCAST_URL,
    LIVE_CHECK_ADVICE,
    MAX_ANSWER_BYTES,
    OFFLINE_STATUS,
    PROXY_ENV,
    SESSION_ID_ENV,
    SET_TT_COOKIE,
    TARGET_IDC_ENV,
)
from livecore.web.details import RoomDetails, StreamUrls, parse_room_info
from livecore.web.errors import (
    AgeRestrictedError,
    ApiKeyRequiredError,
    BlockedError,
    NetworkError,
    ProxyAuthError,
    ProxyDeniedError,
    ProxyRefusedError,
    ProxyUnreachableError,
    RateLimitedError,
    SignServerError,
    UnexpectedAnswerError,
    UntrustedSignServerError,
    UserNotFoundError,
    UserOfflineError,
    WebError,
    check_status,
)
from livecore.web.gifts import Gift, GiftCatalogue, parse_gift_list
from livecore.web.login import (
    DEFAULT_TRUSTED_SIGN_HOSTS,
    Session,
    check_sign_host,
    normalize_host,
    redact_session_ids,
)
from livecore.web.lookup import RoomInfo, parse_check_alive, parse_live_page, parse_room_api
from livecore.web.proxy import PROXY_SCHEMES, Proxy, parse_proxy, proxy_refusal, said_by
from livecore.web.requests import (
    DEFAULT_LOCALE,
    Locale,
    check_alive_url,
    check_base_url,
    gift_list_url,
    handshake_headers,
    is_loopback,
    live_page_url,
    normalize_unique_id,
    room_api_url,
    room_info_url,
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
    "DEFAULT_LANGUAGE",
    "DEFAULT_LOCALE",
    "DEFAULT_REGION",
    "DEFAULT_SIGN_URL",
    "DEFAULT_TRUSTED_SIGN_HOSTS",
    "DEFAULT_USER_AGENT",
    "DEFAULT_WEBCAST_URL",
    "DEFAULT_WEB_URL",
    "LIVE_CHECK_ADVICE",
    "MAX_ANSWER_BYTES",
    "OFFLINE_STATUS",
    "PROXY_ENV",
    "PROXY_SCHEMES",
    "SESSION_ID_ENV",
    "SET_TT_COOKIE",
    "TARGET_IDC_ENV",
    "AgeRestrictedError",
    "ApiKeyRequiredError",
    "BlockedError",
    "Gift",
    "GiftCatalogue",
    "Locale",
    "NetworkError",
    "Proxy",
    "ProxyAuthError",
    "ProxyDeniedError",
    "ProxyRefusedError",
    "ProxyUnreachableError",
    "RateLimitedError",
    "RoomDetails",
    "RoomInfo",
    "Session",
    "SignServerError",
    "SignedPayload",
    "StreamUrls",
    "UnexpectedAnswerError",
    "UntrustedSignServerError",
    "UserNotFoundError",
    "UserOfflineError",
    "WebError",
    "check_alive_url",
    "check_base_url",
    "check_sign_host",
    "check_status",
    "cookie_header",
    "error_message",
    "gift_list_url",
    "handshake_headers",
    "is_loopback",
    "live_page_url",
    "normalize_host",
    "normalize_unique_id",
    "parse_check_alive",
    "parse_cookies",
    "parse_gift_list",
    "parse_live_page",
    "parse_proxy",
    "parse_room_api",
    "parse_room_info",
    "parse_sign_answer",
    "proxy_refusal",
    "redact_session_ids",
    "room_api_url",
    "room_info_url",
    "said_by",
    "scrub",
    "sign_headers",
    "sign_url",
    "web_headers",
]
