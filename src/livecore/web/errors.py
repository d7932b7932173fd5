"""The typed errors of TikTok's HTTP side: each says what went wrong and what to do."""

from __future__ import annotations

from livecore.errors import ProviderError
from livecore.web.constants import API_KEY_ENV, SESSION_ID_ENV


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
    sign-server answer, or a WebSocket handshake answered 200 with ``Handshake-Msg``.

    ``kind`` says which way, for :mod:`livecore.failures`: ``"waf"`` (a WAF or
    captcha page, an answer that is not JSON), ``"forbidden"`` (HTTP 403),
    ``"rate_limited"`` (HTTP 429), ``"redirect"`` (a 3xx: a captcha wanted, or
    the country walled off), ``"sign_refused"`` (TikTok refused the sign
    server), ``"refused"`` (any other status).
    """

    def __init__(self, reason: str, advice: str = "", *, kind: str = "waf") -> None:
        advice = advice or (
            "wait a few minutes, try another network, or pass the room id yourself to skip the page"
        )
        super().__init__(f"TikTok blocked the request ({reason}): {advice}")
        self.reason = reason
        self.kind = kind


def check_status(what: str, status: int, advice: str = "", *, page: bool = False) -> None:
    """Raise the typed error for a TikTok web answer (not the sign server's)
    that is not 200: 403 and 429 are TikTok refusing us, as is anything but
    200 for the live page itself (``page``); other statuses are worth a later try."""
    if status == 200:
        return
    if 300 <= status < 400:  # a captcha wanted, or the country walled off
        raise BlockedError(f"{what} answered HTTP {status}", advice, kind="redirect")
    if status in (403, 429) or (page and status < 500):
        kind = {403: "forbidden", 429: "rate_limited"}.get(status, "refused")
        raise BlockedError(f"{what} answered HTTP {status}", advice, kind=kind)
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


class AgeRestrictedError(WebError):
    """The LIVE is age-restricted: TikTok shows it only to a logged-in viewer old enough.

    ``with_session``: a session id was sent, and TikTok refused all the same.
    """

    retryable = False

    def __init__(self, unique_id: str, room_id: int = 0, *, with_session: bool = False) -> None:
        room = f" (room {room_id})" if room_id else ""
        if with_session:
            said = (
                "TikTok refused it even with the session id given: the session may have "
                "expired (log in again and copy a fresh sessionid cookie), or the account "
                "may be too young for it"
            )
        else:
            said = (
                "TikTok shows it only to a logged-in viewer: pass a session id (the "
                f"sessionid cookie of a logged-in browser) in {SESSION_ID_ENV} or with "
                "--session-id (session_id= in Python)"
            )
        super().__init__(f"@{unique_id}'s LIVE{room} is age-restricted; {said}")
        self.unique_id = unique_id
        self.room_id = room_id
        self.with_session = with_session


class UntrustedSignServerError(WebError, ValueError):
    """A session id would go to a sign server whose host is not trusted: refused
    before anything is sent (a sign server holding the session id can act as
    the account). Also a ``ValueError``: it is a matter of configuration."""

    retryable = False

    def __init__(self, host: str, trusted: tuple[str, ...]) -> None:
        listed = ", ".join(trusted) or "none"
        super().__init__(
            f"livecore will not send the session id to the sign server at {host}: that host "
            f"is not trusted (trusted: {listed}), and a sign server that holds the session "
            "id can act as the account. If you trust it, say so: --trust-sign-host "
            f"{host} (trusted_sign_hosts= in Python)"
        )
        self.host = host


class ProxyRefusedError(WebError):
    """The proxy would not carry a connection. The subclass says which way it
    failed (credentials, unreachable, target refused); ``proxy`` is the
    proxy's URL with its credentials redacted, ``detail`` what it said."""

    kind = "refused"

    def __init__(self, proxy: str, detail: str, said: str, advice: str) -> None:
        super().__init__(f"the proxy {proxy} {said} ({detail}): {advice}")
        self.proxy = proxy
        self.detail = detail


class ProxyAuthError(ProxyRefusedError):
    """The proxy wants credentials, or refused the ones given (HTTP 407, SOCKS5 auth)."""

    kind = "auth"
    retryable = False

    def __init__(self, proxy: str, detail: str) -> None:
        super().__init__(
            proxy,
            detail,
            "refused the credentials",
            "check the user name and password in the proxy URL (USER:PASSWORD@HOST:PORT, "
            "percent-encoded)",
        )


class ProxyUnreachableError(ProxyRefusedError):
    """No connection to the proxy itself (refused, unreachable, timed out, its TLS)."""

    kind = "unreachable"

    def __init__(self, proxy: str, detail: str) -> None:
        super().__init__(
            proxy,
            detail,
            "could not be reached",
            "check that the proxy runs, and the scheme, host and port of its URL",
        )


class ProxyDeniedError(ProxyRefusedError):
    """The proxy took the connection but would not open the tunnel to ``target``
    (an HTTP status to CONNECT, a SOCKS5 reply). ``retryable``: the refusal
    may pass (the proxy could not reach the target, a gateway error), as
    opposed to a rule of the proxy's that forbids it."""

    kind = "denied"

    def __init__(self, proxy: str, detail: str, target: str, *, retryable: bool = True) -> None:
        super().__init__(
            proxy,
            detail,
            f"would not connect to {target}",
            "the proxy's rules may forbid it, or it cannot reach TikTok from where it is; "
            "try another proxy"
            if not retryable
            else "it could not reach TikTok from where it is; try again, or another proxy",
        )
        self.target = target
        self.retryable = retryable
