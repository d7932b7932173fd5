"""The HTTP steps' GET over httpx: bounded answers, a deadline, a proxy, and no secret let out.

:class:`WebGet` is what :class:`~livecore_trio.tiktok.TikTokProvider` sends its
requests with. Every answer is read up to ``MAX_ANSWER_BYTES`` within three
times the timeout; TLS is always verified; redirects are followed only when
asked (never for the sign server, whose key httpx would forward). Through a
proxy (httpx's own support: HTTP ``CONNECT``, SOCKS5 by way of socksio), a
refusal is the same typed error as the WebSocket's tunnel gives
(:func:`livecore.web.proxy_refusal`). No exception of httpx's is raised or
chained from here: it holds the request, headers and all. What it said is
kept, with every secret scrubbed out; and httpx's own log line of each
request has any session id in its URL replaced by ``<redacted>``.
"""

from __future__ import annotations

import logging
import re
import ssl
from collections.abc import Callable, Sequence
from typing import Final
from urllib.parse import urlsplit

import httpx
import trio

from livecore import web
from livecore.web import (
    NetworkError,
    Proxy,
    ProxyAuthError,
    ProxyDeniedError,
    ProxyRefusedError,
    ProxyUnreachableError,
    UnexpectedAnswerError,
    WebError,
    proxy_refusal,
    said_by,
)

__all__ = ["Answer", "WebGet"]

Answer = tuple[int, list[tuple[str, str]], bytes]
_DEADLINE_FACTOR: Final = 3  # a whole answer gets this many ``timeout``s at most
_STATUS = re.compile(r"^(\d{3})\b")


class _RedactSessionIds(logging.Filter):
    """httpx logs every request's URL at INFO: a sign request's holds the session id."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = web.redact_session_ids(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_REDACT: Final = _RedactSessionIds()
logging.getLogger("httpx").addFilter(_REDACT)


class WebGet:
    """GET requests for the HTTP steps. ``secrets()`` lists what must never show
    (the key, the session id, the proxy's credentials), asked at each failure."""

    def __init__(
        self,
        *,
        timeout: float,
        ssl_context: ssl.SSLContext | None,
        proxy: Proxy | None,
        secrets: Callable[[], list[str]],
    ) -> None:
        self.proxy = proxy
        self.deadline = timeout * _DEADLINE_FACTOR
        self._secrets = secrets
        # SSL_CERT_FILE and SSL_CERT_DIR are honoured as httpx does; the *_PROXY
        # variables are not (trust_env=False): the one proxy given carries the
        # HTTP steps and the WebSocket alike, or none does.
        verify = ssl_context if ssl_context is not None else httpx.create_ssl_context()
        self._http = httpx.AsyncClient(
            verify=verify,
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            proxy=_httpx_proxy(proxy, verify) if proxy is not None else None,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def get(
        self, url: str, headers: Sequence[tuple[str, str]], what: str, *, follow: bool = False
    ) -> Answer:
        """GET with a cap on the body and a deadline on the whole answer; a typed
        :class:`~livecore.web.WebError` for every failure to get one."""
        failure = ""
        unsendable = False
        refused: ProxyRefusedError | None = None
        try:
            with trio.fail_after(self.deadline):
                async with self._http.stream(
                    "GET", url, headers=list(headers), follow_redirects=follow
                ) as response:
                    if response.status_code == 407 and self.proxy is not None:
                        # An http:// URL through an HTTP proxy is forwarded, not tunnelled:
                        # the proxy's refusal is then an answer, not an exception.
                        raise ProxyAuthError(self.proxy.shown, "407 Proxy Authentication Required")
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        if len(body) > web.MAX_ANSWER_BYTES:
                            raise UnexpectedAnswerError(
                                f"{what} answered more than {web.MAX_ANSWER_BYTES} bytes"
                            )
                    return response.status_code, response.headers.multi_items(), bytes(body)
        except trio.TooSlowError:
            failure = f"no whole answer within {self.deadline:g} s"
        except httpx.HTTPError as exc:
            refused = self._refused(exc, url)
            failure = _reason(exc)
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:
            failure, unsendable = _reason(exc), True
        if refused is not None:
            raise refused  # raised out here: nothing of httpx's is kept as its context
        failure = web.redact_session_ids(web.scrub(failure, self._secrets()))
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

    def _refused(self, exc: httpx.HTTPError, url: str) -> ProxyRefusedError | None:
        if self.proxy is None:
            return None
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return _httpx_refusal(self.proxy, exc, f"{parts.hostname}:{port}")


def _httpx_proxy(proxy: Proxy, ssl_context: ssl.SSLContext) -> httpx.Proxy:
    """The proxy for httpx: the same URL; an ``https`` proxy's own TLS verified too."""
    if proxy.scheme == "https":
        return httpx.Proxy(proxy.url, ssl_context=ssl_context)
    return httpx.Proxy(proxy.url)


def _httpx_refusal(proxy: Proxy, exc: httpx.HTTPError, target: str) -> ProxyRefusedError | None:
    """The typed error for an httpx failure that the proxy caused, or None when the
    failure is not the proxy's (TLS with TikTok failed, an answer timed out).

    httpx says it in words: ``407 Proxy Authentication Required`` (a status to
    ``CONNECT``), ``Invalid username/password`` or ``Requested ... but got ...``
    (SOCKS5 authentication), ``Proxy Server could not connect: ...`` (a SOCKS5
    reply); a connection that could not be made is one to the proxy itself.
    """
    said = said_by(proxy, str(exc))
    if isinstance(exc, httpx.ProxyError):
        status = _STATUS.match(said)
        if status is not None:
            return proxy_refusal(proxy, int(status.group(1)), said, target)
        lowered = said.lower()
        if "username/password" in lowered or "requested" in lowered:
            return ProxyAuthError(proxy.shown, said)
        final = any(word in lowered for word in ("not allowed", "not supported"))
        return ProxyDeniedError(proxy.shown, said, target, retryable=not final)
    if isinstance(exc, httpx.ConnectTimeout):
        return ProxyUnreachableError(proxy.shown, "no connection within the timeout")
    if isinstance(exc, httpx.ConnectError) and not _tls_failure(exc):
        return ProxyUnreachableError(proxy.shown, said_by(proxy, _reason(exc)))
    return None


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and what caused it, outermost first (a chain is short; a cycle
    must not hang us, so eight at most)."""
    out: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and len(out) < 8:
        out.append(seen)
        seen = seen.__cause__ or seen.__context__
    return out


def _tls_failure(exc: BaseException) -> bool:
    return any(isinstance(seen, ssl.SSLError) for seen in _chain(exc))


def _reason(exc: BaseException) -> str:
    """The exception's name and the innermost message of its chain: on trio, httpx's
    ``ConnectError`` is empty and the certificate failure sits three causes down."""
    said = ""
    for seen in _chain(exc):
        said = str(seen) or said
    return f"{type(exc).__name__}: {said}" if said else type(exc).__name__
