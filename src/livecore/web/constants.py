"""The constants of TikTok's HTTP side: base URLs, header and environment names, bounds."""

from __future__ import annotations

from typing import Final

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


AID: Final = "1988"
"""TikTok's web app id, in every webcast query."""
CLIENT_NAME: Final = "livecore"
"""What livecore calls itself to a sign server."""

PROXY_ENV: Final = "LIVECORE_PROXY"
"""The environment variable a proxy URL is read from (credentials stay out of shell history)."""
SESSION_ID_ENV: Final = "LIVECORE_SESSION_ID"
"""The environment variable a logged-in session id (the ``sessionid`` cookie) is read from."""
TARGET_IDC_ENV: Final = "LIVECORE_TT_TARGET_IDC"
"""The environment variable the session's ``tt-target-idc`` cookie is read from (optional)."""

DEFAULT_LANGUAGE: Final = "en-US"
"""The language TikTok is asked to answer in (``Accept-Language``, the webcast API's
``app_language``): the one livecore always sent."""
DEFAULT_REGION: Final = ""
"""No region: TikTok picks one from the address the requests come from, as before."""
