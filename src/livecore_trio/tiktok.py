"""The real TikTok provider: room lookup, live check, sign server, room info and gifts.

It only does HTTP (:class:`~livecore_trio.http.WebGet`, over ``httpx``). What
to ask and how to read the answers is in :mod:`livecore.web`; this module
sends those requests (TLS verified, a browser-like User-Agent on each,
through a proxy when given one) and hands the bodies back::

    async with TikTokProvider("someone") as provider:      # key: LIVECORE_SIGN_API_KEY
        client = Client(provider, unique_id="someone")
        await client.run()

The client asks :meth:`TikTokProvider.first_payload` once per connection it
opens. The room id looked up is kept for the reconnects of one LIVE (each LIVE
has a room id of its own: :meth:`TikTokProvider.look_up` finds the next one);
the sign server is asked every time, because a signed URL lives about 30 seconds.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import ssl
import time
from collections import deque
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Final

import trio

from livecore import web
from livecore.polling import PollPolicy
from livecore.signing import SignBudget
from livecore.web import (
    AgeRestrictedError,
    BlockedError,
    GiftCatalogue,
    Locale,
    Proxy,
    RateLimitedError,
    RoomDetails,
    RoomInfo,
    Session,
    SignedPayload,
    UnexpectedAnswerError,
    UserOfflineError,
    WebError,
)
from livecore_trio.http import WebGet
from livecore_trio.providers import FirstPayload

__all__ = ["TikTokProvider"]

log = logging.getLogger("livecore.tiktok")

_KEY = re.compile(r"[\x21-\x7e]+")  # printable ASCII, no space: all a header value may hold
_ENDED_KEPT: Final = 64  # rooms whose LIVE ended, remembered per streamer


class TikTokProvider:
    """First payloads for a TikTok LIVE, found by the streamer's @handle; its room
    info and gift catalogue too.

    :param unique_id: the @handle (with or without ``@``, or a profile link).
    :param room_id: the room, when known: the live page and room API are then skipped.
    :param api_key: the sign server's key; None reads ``LIVECORE_SIGN_API_KEY``,
        ``""`` sends none.
    :param live_check: refuse (:class:`~livecore.web.UserOfflineError`) before
        signing when TikTok says the room is not live.
    :param age_check: before the first connection, ask the room info once, so
        that an age-restricted LIVE fails at once with
        :class:`~livecore.web.AgeRestrictedError` (a session id is needed)
        instead of a socket on which nothing comes. Any other failure of that
        request is only logged: the connection is tried all the same.
    :param sign_url: the sign server's base URL (default: Euler Stream's).
    :param web_url: TikTok's web site (the live page and the room API).
    :param webcast_url: TikTok's webcast API (``check_alive``, room info, gifts).
    :param user_agent: sent with every request and in the WebSocket handshake.
    :param timeout: seconds each step of an HTTP request may take (connecting,
        each read); a whole answer gets three times that at most.
    :param ssl_context: your own CA for https; it must verify certificates.
    :param proxy: a proxy URL (``http``, ``https``, ``socks5``, ``socks5h``, with
        credentials) or a :class:`~livecore.web.Proxy`, for every request and,
        by way of the first payload, the WebSocket.
    :param session_id: a logged-in browser's ``sessionid`` cookie, or a
        :class:`~livecore.web.Session`; ``target_idc`` its ``tt-target-idc``.
    :param trusted_sign_hosts: sign-server hosts a session id may be sent to,
        beside the default sign server's; any other refuses at once
        (:class:`~livecore.web.UntrustedSignServerError`, also a ``ValueError``).
    :param language: ``Accept-Language`` and the webcast API's language (``en-US``).
    :param region: a two-letter country code for the webcast API, ``""`` for none.

    Raises ``ValueError`` for a handle, URL, key, proxy, session id or
    User-Agent it cannot use (the message never repeats a secret). Use it
    as an async context manager (or call :meth:`aclose`) so its HTTP
    connections are closed.
    """

    def __init__(
        self,
        unique_id: str,
        *,
        room_id: int | None = None,
        api_key: str | None = None,
        live_check: bool = True,
        age_check: bool = True,
        sign_url: str = web.DEFAULT_SIGN_URL,
        web_url: str = web.DEFAULT_WEB_URL,
        webcast_url: str = web.DEFAULT_WEBCAST_URL,
        user_agent: str = web.DEFAULT_USER_AGENT,
        timeout: float = 10.0,
        ssl_context: ssl.SSLContext | None = None,
        proxy: Proxy | str | None = None,
        session_id: Session | str | None = None,
        target_idc: str = "",
        trusted_sign_hosts: Iterable[str] = (),
        language: str = web.DEFAULT_LANGUAGE,
        region: str = web.DEFAULT_REGION,
        sign_budget: SignBudget | None = None,
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
        self.live_check = live_check
        self.age_check = age_check
        self._age_checked = False
        if ssl_context is not None and (
            ssl_context.verify_mode != ssl.CERT_REQUIRED or not ssl_context.check_hostname
        ):
            raise ValueError("ssl_context must verify certificates and host names")
        self.locale = Locale(language, region)
        self.proxy = web.parse_proxy(proxy) if isinstance(proxy, str) else proxy
        if isinstance(session_id, str):
            session_id = Session(session_id, target_idc)
        self._session = session_id
        if session_id is not None:  # refused before anything is sent
            web.check_sign_host(self.sign_url, trusted_sign_hosts)
        self._api_key = os.environ.get(web.API_KEY_ENV, "") if api_key is None else api_key
        if self._api_key and not _KEY.fullmatch(self._api_key):
            where = f"the {web.API_KEY_ENV} environment variable" if api_key is None else "api_key"
            raise ValueError(
                f"the sign-server API key ({where}) holds a space, a control character or a "
                "non-ASCII character (a stray newline?): a key is printable ASCII only"
            )
        # Only the room id is kept: whether it is live is asked again each time.
        self._room_id = room_id or 0
        self._given_room = room_id is not None  # a fixed room: never looked up again
        self._said_live = 0  # the room a look-up just now found live (spares one check)
        # Rooms whose LIVE ended: TikTok's look-ups may say "live" for a while
        # after the end; a LIVE never comes back to its room, so these stay over.
        self._ended: deque[int] = deque(maxlen=_ENDED_KEPT)
        self._timeout, self._ssl_context = timeout, ssl_context
        self._http = WebGet(
            timeout=timeout, ssl_context=ssl_context, proxy=self.proxy, secrets=self._secrets
        )
        #: Sign-server requests made so far (one per connection the client opened).
        self.sign_requests = 0
        #: The key's budget, shared by every provider of one key (``watch @a @b``):
        #: a sign request waits until it allows one, and a 429 stops them all.
        self.sign_budget = sign_budget
        self._signed_room = 0  # the room signed last: signing it again is a reconnect

    @property
    def room_id(self) -> int:
        """The room id, once given or looked up; 0 before."""
        return self._room_id

    @property
    def has_api_key(self) -> bool:
        return bool(self._api_key)

    @property
    def logged_in(self) -> bool:
        """Whether a session id is sent (TikTok's requests, the handshake, the sign server)."""
        return self._session is not None

    def __repr__(self) -> str:
        key = "<redacted>" if self._api_key else None
        extra = ""
        if self.proxy is not None:
            extra += f", proxy={self.proxy.shown!r}"
        if self._session is not None:
            extra += ", session_id=<redacted>"
        return (
            f"TikTokProvider(@{self.unique_id}, room_id={self.room_id or None}, "
            f"sign_url={self.sign_url!r}, api_key={key}{extra})"
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

    async def use_proxy(self, proxy: Proxy | None) -> None:
        """Go out through ``proxy`` from now on (None: directly): the look-ups, the
        sign requests and the next socket (another IP, when TikTok refused this one)."""
        if proxy == self.proxy:
            return
        old, self.proxy = self._http, proxy
        self._http = WebGet(
            timeout=self._timeout,
            ssl_context=self._ssl_context,
            proxy=proxy,
            secrets=self._secrets,
        )
        await old.aclose()
        log.info("@%s: now through %s", self.unique_id, proxy.shown if proxy else "no proxy")

    # ---- the PayloadProvider protocol ------------------------------------------------

    async def first_payload(self) -> FirstPayload:
        """Look up the room, check it is live, and ask the sign server.

        The room id found is kept for the reconnects of one LIVE. Once that
        room is not live any more, that LIVE is over (and remembered so:
        :meth:`ended`): ``UserOfflineError``, which ends the session. A next
        LIVE has a room id of its own and is another session, found by
        :meth:`look_up` (:meth:`wait_until_live`), never reconnected in the
        old room's place.

        Raises a :class:`~livecore.web.WebError` that says what went wrong
        and what to do; the client then ends the session with that error.
        """
        room = await self.room()
        if self.live_check and not await self._live(room):
            if room.live is None and not self._given_room:  # a kept room, found over
                self.ended(room.room_id)
            raise UserOfflineError(self.unique_id, room.room_id)
        if self.age_check and not self._age_checked:
            await self._check_age()
        signed = await self.sign(room.room_id)
        cookies = dict(signed.cookies)
        if self._session is not None:
            cookies |= self._session.cookies()
        return FirstPayload(
            signed.data,
            headers=web.handshake_headers(self.user_agent, cookies),
            proxy=self.proxy,
        )

    # ---- the steps, each usable alone ----------------------------------------------

    async def room(self) -> RoomInfo:
        """The streamer's room: from the live page's ``SIGI_STATE``, else the room API.

        The room id is kept after the first success (it outlives reconnects),
        not what the lookup said of it being live: a kept one comes back with
        ``live=None``.
        """
        if self._room_id:
            said, self._said_live = self._said_live, 0
            return RoomInfo(self._room_id, True if said == self._room_id else None)
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
        if info.room_id != self._room_id:
            self._age_checked = False  # a new LIVE: its room info is asked once more
        self._room_id = info.room_id
        return info

    def ended(self, room_id: int) -> None:
        """The LIVE in ``room_id`` ended (its ``LiveEndEvent`` came): that room is
        never taken for live again, whatever a look-up says for a while after."""
        if room_id and room_id not in self._ended:
            self._ended.append(room_id)

    async def look_up(self) -> RoomInfo:
        """Look the streamer up again by handle, forgetting the room id kept
        from an earlier look-up (a room id given to the provider stays): what
        finds a new LIVE, since each has a room id of its own."""
        if not self._given_room:
            self._room_id = 0
        return await self.room()

    async def is_live(self, room_id: int) -> bool:
        """Whether TikTok's ``check_alive`` says the room is live."""
        url = web.check_alive_url(self.webcast_url, [room_id], self.locale)
        body = await self._fetch(url, "check_alive", web.LIVE_CHECK_ADVICE)
        [alive] = web.parse_check_alive(body, [room_id])
        return alive

    async def _live(self, room: RoomInfo) -> bool:
        """Whether the room is live: never one whose LIVE ended; a lookup that just
        said so is fresh enough; otherwise (a kept room id, whose live flag is
        never kept) ask ``check_alive``."""
        if room.room_id in self._ended:
            return False
        return room.live if room.live is not None else await self.is_live(room.room_id)

    async def wait_until_live(
        self,
        policy: PollPolicy | None = None,
        rng: random.Random | None = None,
        on_wait: Callable[[int, float], None] | None = None,
    ) -> int:
        """Return once the streamer is live, looking as ``policy`` says (at once,
        then after growing, jittered, bounded waits); the number of looks it took.

        Each look is by handle (:meth:`look_up`), so a LIVE that started since
        the last one is found in its own new room. A look that finds no LIVE
        room at all, or a room that is not live, waits and looks again (calling
        ``on_wait(looks, delay)`` first); any other failure raises. Cancel it (a
        ``trio`` cancel scope, Ctrl-C) to stop waiting.
        """
        policy = policy or PollPolicy()
        looks = 0
        while True:
            looks += 1
            if await self.look_live():
                return looks
            delay = policy.delay(looks, rng)
            if on_wait is not None:
                on_wait(looks, delay)
            log.debug("@%s is not live; looking again in %.1f s", self.unique_id, delay)
            await trio.sleep(delay)

    async def look_live(self) -> bool:
        """One look by handle: whether a LIVE is on now (in a room whose LIVE did
        not end). When it is, the session that follows does not ask again."""
        try:
            room = await self.look_up()
            live = await self._live(room)
        except UserOfflineError:
            return False
        if live:
            self._said_live = room.room_id
        return live

    async def room_info(self) -> RoomDetails:
        """The room's title, status, viewer count, streamer and play URLs by quality
        (``/webcast/room/info/``). :class:`~livecore.web.AgeRestrictedError` for a
        room TikTok shows only to a logged-in viewer."""
        room_id = (await self.room()).room_id
        url = web.room_info_url(self.webcast_url, room_id, self.locale)
        body = await self._fetch(url, "the room info")
        return web.parse_room_info(body, self.unique_id, room_id, with_session=self.logged_in)

    async def _check_age(self) -> None:
        """Raise :class:`~livecore.web.AgeRestrictedError` if the room info says so."""
        try:
            await self.room_info()
        except AgeRestrictedError:
            raise
        except WebError as exc:  # not a verdict on age: the connection will tell
            log.debug("@%s: no room info before connecting (%s)", self.unique_id, exc)
        self._age_checked = True

    async def gifts(self) -> GiftCatalogue:
        """The gifts the room offers (``/webcast/gift/list/``): id, name, diamond
        cost and image URL of each, looked up by id with ``.lookup(gift_id)``."""
        room_id = (await self.room()).room_id
        url = web.gift_list_url(self.webcast_url, room_id, self.locale)
        body = await self._fetch(url, "the gift list")
        return web.parse_gift_list(body, self.unique_id, room_id, with_session=self.logged_in)

    async def sign(self, room_id: int) -> SignedPayload:
        """Ask the sign server for the room's first payload and its cookies (as the
        logged-in session, when there is one: the host was checked when made)."""
        session = self._session.sign_params() if self._session is not None else None
        url = web.sign_url(self.sign_url, room_id, self.user_agent, session=session)
        headers = web.sign_headers(self.user_agent, self._api_key)
        await self._budget_allows(room_id)
        self.sign_requests += 1
        # No redirects: httpx would forward the X-Api-Key to wherever they point.
        status, answer_headers, body = await self._http.get(url, headers, "the sign server")
        try:
            signed = web.parse_sign_answer(
                status, answer_headers, body, api_key=self._api_key or None, wall=time.time()
            )
        except RateLimitedError as exc:
            if self.sign_budget is not None:
                self.sign_budget.refused(trio.current_time(), exc.retry_after)
            raise
        self._signed_room = room_id
        log.debug(
            "signed room %d: %d bytes, cookies %s",
            room_id,
            len(signed.data),
            ", ".join(sorted(signed.cookies)),
        )
        return signed

    async def _budget_allows(self, room_id: int) -> None:
        """Wait until the key's budget lets one more sign request go, then count
        it: a room signed before (a reconnect of its LIVE) goes before first connects."""
        budget = self.sign_budget
        if budget is None:
            return
        reconnect = room_id == self._signed_room
        while (at := budget.next_allowed(trio.current_time(), reconnect=reconnect)) > (
            now := trio.current_time()
        ):
            if budget.refuses(now, at, reconnect=reconnect):  # say so: a 429 of our own
                raise RateLimitedError(
                    "livecore's count of the key's budget",
                    at - now,
                    f"the sign key's budget allows the next new LIVE in {at - now:.0f} s",
                )
            log.info(
                "@%s: the sign budget allows the next request in %.1f s", self.unique_id, at - now
            )
            await trio.sleep(at - now)
        budget.spend(trio.current_time())

    async def rate_limits(self) -> SignBudget:
        """The key's budget as the sign server's ``/webcast/rate_limits`` tells it;
        an unknown one (only a 429 stops signing) when it does not answer so."""
        url = f"{self.sign_url}/webcast/rate_limits"
        headers = web.sign_headers(self.user_agent, self._api_key)
        try:
            status, _, body = await self._http.get(url, headers, "the sign server's rate limits")
            answer = json.loads(body) if status == 200 else None
            if isinstance(answer, dict):
                return SignBudget.from_rate_limits(answer, trio.current_time(), time.time())
            why = f"HTTP {status}"
        except (WebError, ValueError, RecursionError) as exc:  # SignBudgetError: a ValueError
            why = str(exc)
        log.info("the sign server's rate limits are unknown (%s): only a 429 stops signing", why)
        return SignBudget({})

    async def _live_page(self) -> RoomInfo:
        url = web.live_page_url(self.web_url, self.unique_id)
        body = await self._fetch(url, "the live page", page=True, follow=True)
        return web.parse_live_page(body, self.unique_id)

    async def _room_api(self) -> RoomInfo:
        url = web.room_api_url(self.web_url, self.unique_id)
        body = await self._fetch(url, "the room API", follow=True)
        return web.parse_room_api(body, self.unique_id)

    async def _fetch(
        self, url: str, what: str, advice: str = "", *, page: bool = False, follow: bool = False
    ) -> bytes:
        """GET one of TikTok's URLs (browser headers, the session's cookies) and
        raise for a status other than 200 (:func:`~livecore.web.check_status`);
        the body. Redirects are followed only for TikTok's own pages (``follow``)."""
        cookies = self._session.cookies() if self._session is not None else None
        headers = web.web_headers(self.user_agent, self.locale, cookies)
        status, _, body = await self._http.get(url, headers, what, follow=follow)
        web.check_status(what, status, advice, page=page)
        return body

    def _secrets(self) -> list[str]:
        """What must never show in a message: the key, the session id (each as
        itself and its ``repr`` forms), and the proxy's credentials."""
        forms: set[str] = set()
        for secret in (self._api_key, self._session.session_id if self._session else ""):
            if secret:
                encoded = repr(secret.encode("utf-8", "backslashreplace"))[2:-1]
                forms |= {secret, repr(secret)[1:-1], encoded}
        if self.proxy is not None:
            forms |= set(self.proxy.secrets)
        return sorted(forms, key=len, reverse=True)
