"""The typed errors of TikTok's HTTP side: each says what went wrong and what to do."""

from __future__ import annotations

from livecore.errors import ProviderError
from livecore.web.constants import API_KEY_ENV


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
