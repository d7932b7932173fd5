"""The real TikTok provider: room lookup, live check and sign server over ``httpx``.

It only does HTTP. What to ask and how to read the answers is in
:mod:`livecore.web`; this module sends those requests (TLS verified, a
browser-like User-Agent on each) and hands the bodies back::

    async with TikTokProvider("someone") as provider:      # key: LIVECORE_SIGN_API_KEY
        client = Client(provider, unique_id="someone")
        await client.run()

The client asks :meth:`TikTokProvider.first_payload` once per connection it
opens. The room id is looked up once and kept; the sign server is asked every
time, because a signed URL lives about 30 seconds.
"""

from __future__ import annotations

import logging
import os
import re
import ssl
from collections.abc import Sequence
from types import TracebackType
from urllib.parse import urlsplit

import httpx
import trio

from livecore import web
from livecore.web import (
    BlockedError,
    NetworkError,
    RoomInfo,
    SignedPayload,
    UnexpectedAnswerError,
    UserOfflineError,
    WebError,
)
from livecore_trio.providers import FirstPayload

__all__ = ["TikTokProvider"]

log = logging.getLogger("livecore.tiktok")

_Answer = tuple[int, list[tuple[str, str]], bytes]
_KEY = re.compile(r"[\x21-\x7e]+")  # printable ASCII, no space: all a header value may hold
_DEADLINE_FACTOR = 3  # a whole answer gets this many ``timeout``s at most


class TikTokProvider:
    """First payloads for a TikTok LIVE, found by the streamer's @handle.

    :param unique_id: the @handle (with or without ``@``, or a profile link).
    :param room_id: the room, when known: the live page and room API are then skipped.
    :param api_key: the sign server's key; None reads ``LIVECORE_SIGN_API_KEY``,
        ``""`` sends none.
    :param live_check: refuse (:class:`~livecore.web.UserOfflineError`) before
        signing when TikTok says the room is not live.
    :param sign_url: the sign server's base URL (default: Euler Stream's).
    :param web_url: TikTok's web site (the live page and the room API).
    :param webcast_url: TikTok's webcast API (``check_alive``).
    :param user_agent: sent with every request and in the WebSocket handshake.
    :param timeout: seconds each step of an HTTP request may take (connecting,
        each read); a whole answer gets three times that at most.
    :param ssl_context: your own CA for https; it must verify certificates.

    Raises ``ValueError`` for a handle, URL, key or User-Agent it cannot use
    (the message never repeats the key). Use it as an async
    context manager (or call :meth:`aclose`) so its HTTP connections are closed.
    """

    def __init__(
        self,
        unique_id: str,
        *,
        room_id: int | None = None,
        api_key: str | None = None,
        live_check: bool = True,
        sign_url: str = web.DEFAULT_SIGN_URL,
        web_url: str = web.DEFAULT_WEB_URL,
        webcast_url: str = web.DEFAULT_WEBCAST_URL,
        user_agent: str = web.DEFAULT_USER_AGENT,
        timeout: float = 10.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.unique_id = web.normalize_unique_id(unique_id)
        if room_id is not None and not 0 < room_id < 2**63:
            raise ValueError(f"room_id must be a positive 64-bit number, not {room_id}")
        self.sign_url = web.check_base_url(sign_url, "sign server")
        self.web_url = web.check_base_url(web_url, "TikTok web")
        self.webcast_url = web.check_base_url(webcast_url, "TikTok webcast")
        if not user_agent or not user_agent.isascii() or not user_agent.isprintable():
            raise ValueError("user_agent must be printable ASCII text")
        self.user_agent = user_agent
        if not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        self._deadline = timeout * _DEADLINE_FACTOR
        self.live_check = live_check
        if ssl_context is not None and (
            ssl_context.verify_mode != ssl.CERT_REQUIRED or not ssl_context.check_hostname
        ):
            raise ValueError("ssl_context must verify certificates and host names")
        self._api_key = os.environ.get(web.API_KEY_ENV, "") if api_key is None else api_key
        if self._api_key and not _KEY.fullmatch(self._api_key):
            where = f"the {web.API_KEY_ENV} environment variable" if api_key is None else "api_key"
            raise ValueError(
                f"the sign-server API key ({where}) holds a space, a control character or a "
                "non-ASCII character (a stray newline?): a key is printable ASCII only"
            )
        # Only the room id is kept: whether it is live is asked again each time.
        self._room_id = room_id or 0
        self._http = httpx.AsyncClient(
            verify=ssl_context if ssl_context is not None else True,
            timeout=timeout,
            follow_redirects=False,
        )
        #: Sign-server requests made so far (one per connection the client opened).
        self.sign_requests = 0

    @property
    def room_id(self) -> int:
        """The room id, once given or looked up; 0 before."""
        return self._room_id

    @property
    def has_api_key(self) -> bool:
        return bool(self._api_key)

    def __repr__(self) -> str:
        key = "<redacted>" if self._api_key else None
        return (
            f"TikTokProvider(@{self.unique_id}, room_id={self.room_id or None}, "
            f"sign_url={self.sign_url!r}, api_key={key})"
        )

    async def __aenter__(self) -> TikTokProvider:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP connections; the provider cannot be asked again."""
        await self._http.aclose()

    # ---- the PayloadProvider protocol ------------------------------------------------

    async def first_payload(self) -> FirstPayload:
        """Look up the room (once), check it is live, and ask the sign server.

        Raises a :class:`~livecore.web.WebError` that says what went wrong
        and what to do; the client then ends the session with that error.
        """
        room = await self.room()
        if self.live_check:
            if room.live is False:
                raise UserOfflineError(self.unique_id, room.room_id)
            # A lookup that just said "live" is fresh enough; otherwise (a kept
            # room id, whose live flag is never kept) ask.
            if room.live is None and not await self.is_live(room.room_id):
                raise UserOfflineError(self.unique_id, room.room_id)
        signed = await self.sign(room.room_id)
        return FirstPayload(
            signed.data, headers=web.handshake_headers(self.user_agent, signed.cookies)
        )

    # ---- the steps, each usable alone ----------------------------------------------

    async def room(self) -> RoomInfo:
        """The streamer's room: from the live page's ``SIGI_STATE``, else the room API.

        The room id is kept after the first success (it outlives reconnects),
        not what the lookup said of it being live: a kept one comes back with
        ``live=None``.
        """
        if self._room_id:
            return RoomInfo(self._room_id)
        page_error: WebError | None = None
        try:
            info = await self._live_page()
        except (BlockedError, UnexpectedAnswerError) as exc:
            page_error, info = exc, RoomInfo(0)
        if not info.room_id:
            try:
                info = await self._room_api()
            except BlockedError:
                if page_error is not None:
                    raise page_error from None  # the page's reason says more (a captcha)
                raise
        if not info.room_id:
            raise UserOfflineError(self.unique_id)
        log.debug("@%s: room %d (live: %s)", self.unique_id, info.room_id, info.live)
        self._room_id = info.room_id
        return info

    async def is_live(self, room_id: int) -> bool:
        """Whether TikTok's ``check_alive`` says the room is live."""
        url = web.check_alive_url(self.webcast_url, [room_id])
        status, _, body = await self._get(url, web.web_headers(self.user_agent), "check_alive")
        web.check_status("check_alive", status, web.LIVE_CHECK_ADVICE)
        [alive] = web.parse_check_alive(body, [room_id])
        return alive

    async def sign(self, room_id: int) -> SignedPayload:
        """Ask the sign server for the room's first payload and its cookies."""
        url = web.sign_url(self.sign_url, room_id, self.user_agent)
        headers = web.sign_headers(self.user_agent, self._api_key)
        self.sign_requests += 1
        status, answer_headers, body = await self._get(url, headers, "the sign server")
        signed = web.parse_sign_answer(status, answer_headers, body, api_key=self._api_key or None)
        log.debug(
            "signed room %d: %d bytes, cookies %s",
            room_id,
            len(signed.data),
            ", ".join(sorted(signed.cookies)),
        )
        return signed

    async def _live_page(self) -> RoomInfo:
        url = web.live_page_url(self.web_url, self.unique_id)
        status, _, body = await self._get(
            url, web.web_headers(self.user_agent), "the live page", follow=True
        )
        web.check_status("the live page", status, page=True)
        return web.parse_live_page(body, self.unique_id)

    async def _room_api(self) -> RoomInfo:
        url = web.room_api_url(self.web_url, self.unique_id)
        status, _, body = await self._get(
            url, web.web_headers(self.user_agent), "the room API", follow=True
        )
        web.check_status("the room API", status)
        return web.parse_room_api(body, self.unique_id)

    async def _get(
        self, url: str, headers: Sequence[tuple[str, str]], what: str, *, follow: bool = False
    ) -> _Answer:
        """GET with a cap on the body and a deadline on the whole answer. Redirects
        only for TikTok's own pages: httpx would forward the sign server's
        ``X-Api-Key`` to wherever it points.

        No exception of httpx's is raised or chained from here: it holds the
        request, key header and all. Its message is kept, the key scrubbed out.
        """
        failure = ""
        unsendable = False
        try:
            with trio.fail_after(self._deadline):
                async with self._http.stream(
                    "GET", url, headers=list(headers), follow_redirects=follow
                ) as response:
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        if len(body) > web.MAX_ANSWER_BYTES:
                            raise UnexpectedAnswerError(
                                f"{what} answered more than {web.MAX_ANSWER_BYTES} bytes"
                            )
                    return response.status_code, response.headers.multi_items(), bytes(body)
        except trio.TooSlowError:
            failure = f"no whole answer within {self._deadline:g} s"
        except httpx.HTTPError as exc:
            failure = _reason(exc)
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:
            failure, unsendable = _reason(exc), True
        failure = web.scrub(failure, self._secrets())
        parts = urlsplit(url)
        where = f"{parts.scheme}://{parts.netloc}{parts.path}"
        if unsendable:
            error = WebError(
                f"could not send a request to {where} ({failure}): check the URLs "
                "and the User-Agent"
            )
            error.retryable = False  # the same request fails the same way every time
            raise error
        raise NetworkError(where, failure)

    def _secrets(self) -> list[str]:
        """The key as it may show in a message: itself, and its ``repr`` forms."""
        key = self._api_key
        if not key:
            return []
        forms = {key, repr(key)[1:-1], repr(key.encode("utf-8", "backslashreplace"))[2:-1]}
        return sorted(forms, key=len, reverse=True)


def _reason(exc: BaseException) -> str:
    """The exception's name and the innermost message of its chain: on trio, httpx's
    ``ConnectError`` is empty and the certificate failure sits three causes down."""
    said, inner = str(exc), exc.__cause__ or exc.__context__
    for _ in range(8):  # a chain is short; a cycle must not hang us
        if inner is None:
            break
        said = str(inner) or said
        inner = inner.__cause__ or inner.__context__
    return f"{type(exc).__name__}: {said}" if said else type(exc).__name__
