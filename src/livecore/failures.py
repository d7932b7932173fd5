"""What each failure calls for, in one table: back off, rotate the proxy, wait
for a reset, ask for a session, or give up.

Every driver that reaches TikTok meets the same failures (a sign server's
429, a WAF page, a 403, a country wall, a refused handshake, no such user,
an age gate, a proxy that refuses, a creator who is offline) and must answer
each the same way: the Trio client, ``livecore watch --wait``, a fleet
worker, and the asyncio client to come. So the decision is here, sans-IO:
:func:`classify` names the failure behind an exception, :data:`FAILURE_TABLE`
says what to do about it, and :func:`rule_for` does both. The delays are
where to start; a scheduler that keeps a budget per IP (backing off hard and
recovering slowly) grows them on repeats. ``docs/failures.md`` is this table,
rendered by :func:`render_table` (a test keeps it in step).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from livecore.errors import HandshakeRejectedError, ProviderError
from livecore.web.errors import (
    AgeRestrictedError,
    ApiKeyRequiredError,
    BlockedError,
    NetworkError,
    ProxyAuthError,
    ProxyRefusedError,
    RateLimitedError,
    SignServerError,
    UnexpectedAnswerError,
    UserNotFoundError,
    UserOfflineError,
    WebError,
)

__all__ = ["FAILURE_TABLE", "Action", "Failure", "Rule", "classify", "render_table", "rule_for"]


class Failure(enum.StrEnum):
    """A class of failure: what went wrong, whatever the exception's wording."""

    SIGN_RATE_LIMITED = "sign_rate_limited"
    """The sign server's budget is spent (429, with when it resets if it said)."""
    SIGN_KEY = "sign_key"
    """The sign server wants a key, or refuses this one (401, 402, 403)."""
    SIGN_SERVER = "sign_server"
    """The sign server failed (5xx), or TikTok refused it (an empty 200)."""
    WAF = "waf"
    """TikTok answered a WAF or captcha page, or something that is not JSON."""
    FORBIDDEN = "forbidden"
    """TikTok answered 403 (a request without a browser's headers, a bad IP)."""
    WEB_RATE_LIMITED = "web_rate_limited"
    """TikTok's own web endpoints answered 429."""
    COUNTRY_WALL = "country_wall"
    """TikTok redirected (302): a captcha is wanted, or the country is walled off."""
    HANDSHAKE_REFUSED = "handshake_refused"
    """The WebSocket handshake was refused (200 with ``Handshake-Msg``: the client
    was detected, ``DEVICE_BLOCKED``; another status: the push server refused)."""
    USER_NOT_FOUND = "user_not_found"
    """TikTok has no such user."""
    AGE_RESTRICTED = "age_restricted"
    """The LIVE is shown only to a logged-in viewer old enough."""
    PROXY_AUTH = "proxy_auth"
    """The proxy refused its credentials."""
    PROXY_REFUSED = "proxy_refused"
    """The proxy could not be reached, or would not connect to TikTok."""
    OFFLINE = "offline"
    """The creator is not live: not a failure of the watch, a state of the creator."""
    NETWORK = "network"
    """No answer at all: DNS, TCP, TLS, a timeout."""
    UNEXPECTED = "unexpected"
    """An answer not shaped as TikTok's are (did TikTok change?), or a status no
    rule names (a 5xx from TikTok's web endpoints)."""
    PROVIDER = "provider"
    """A provider of the user's own could not give a first payload (its
    ``ProviderError`` says whether a later try may help)."""


class Action(enum.StrEnum):
    """What a driver does about a failure; a rule may call for several."""

    RETRY = "retry"
    """Try again after the rule's delay (and longer on repeats)."""
    WAIT_FOR_RESET = "wait_for_reset"
    """Stop signing, fleet-wide, until the budget resets (the answer's reset,
    else the delay); reconnects of live rooms go first when it does."""
    BACK_OFF_IP = "back_off_ip"
    """Cut this IP's web budget hard (TikTok blocks by IP) and let it recover slowly."""
    ROTATE_PROXY = "rotate_proxy"
    """Use the next proxy (another IP) for this creator; rest the one that failed."""
    NEEDS_SESSION = "needs_session"
    """Only a logged-in session (``--session-id``) gets past it: without one, give up."""
    WAIT_FOR_LIVE = "wait_for_live"
    """Not a failure: look the creator up again at its usual interval."""
    GIVE_UP = "give_up"
    """Stop and say why: trying again cannot help."""


@dataclass(frozen=True, slots=True)
class Rule:
    """What to do about one failure class."""

    failure: Failure
    actions: frozenset[Action]
    delay: float
    """Seconds before the next try (a start: repeats grow it); ``inf``: never
    (for that proxy, that key); 0: at once, or at the creator's usual interval."""
    why: str
    """The reason, for the docs and the logs."""

    @property
    def gives_up(self) -> bool:
        return Action.GIVE_UP in self.actions

    @property
    def rotates(self) -> bool:
        return Action.ROTATE_PROXY in self.actions


def _rule(failure: Failure, actions: set[Action], delay: float, why: str) -> Rule:
    return Rule(failure, frozenset(actions), delay, why)


A = Action
FAILURE_TABLE: Final[Mapping[Failure, Rule]] = {
    rule.failure: rule
    for rule in (
        _rule(Failure.SIGN_RATE_LIMITED, {A.WAIT_FOR_RESET}, 60.0,
              "the key's minute, hour or day is spent; signing again before the reset "
              "only earns more 429s"),
        _rule(Failure.SIGN_KEY, {A.GIVE_UP}, math.inf,
              "a key is missing or may not do this: no retry mends it"),
        _rule(Failure.SIGN_SERVER, {A.RETRY}, 30.0,
              "the sign server or TikTok behind it failed; it passes, but not at once"),
        _rule(Failure.WAF, {A.BACK_OFF_IP, A.ROTATE_PROXY, A.RETRY}, 300.0,
              "TikTok flags the IP; blocks last from minutes to a day, and more requests "
              "from the same IP make them longer"),
        _rule(Failure.FORBIDDEN, {A.BACK_OFF_IP, A.ROTATE_PROXY, A.RETRY}, 300.0,
              "TikTok refuses the IP or the request's fingerprint"),
        _rule(Failure.WEB_RATE_LIMITED, {A.BACK_OFF_IP, A.ROTATE_PROXY, A.RETRY}, 300.0,
              "too many requests from this IP"),
        _rule(Failure.COUNTRY_WALL, {A.ROTATE_PROXY, A.RETRY}, 600.0,
              "a captcha is wanted or the country is blocked: another IP, elsewhere"),
        _rule(Failure.HANDSHAKE_REFUSED, {A.ROTATE_PROXY, A.RETRY}, 60.0,
              "the push server detected or refused the client; another IP, later"),
        _rule(Failure.USER_NOT_FOUND, {A.GIVE_UP}, math.inf,
              "no such user: a typo, or a deleted account"),
        _rule(Failure.AGE_RESTRICTED, {A.NEEDS_SESSION}, math.inf,
              "TikTok shows the LIVE only to a logged-in viewer old enough"),
        _rule(Failure.PROXY_AUTH, {A.ROTATE_PROXY}, math.inf,
              "the proxy refuses its credentials: never use it again as given"),
        _rule(Failure.PROXY_REFUSED, {A.ROTATE_PROXY, A.RETRY}, 30.0,
              "the proxy is down or will not carry this: rest it, use another"),
        _rule(Failure.OFFLINE, {A.WAIT_FOR_LIVE}, 0.0,
              "the creator is offline: waiting is the job, not a failure"),
        _rule(Failure.NETWORK, {A.RETRY}, 10.0,
              "no answer at all: the network, DNS, TLS or a timeout"),
        _rule(Failure.UNEXPECTED, {A.RETRY}, 60.0,
              "TikTok's answer changed shape, or a status no rule names: retried, and "
              "worth a report"),
        _rule(Failure.PROVIDER, {A.RETRY}, 30.0,
              "the provider's own failure; it gives up instead when it says a retry cannot help"),
    )
}  # fmt: skip
"""Every failure class and what it calls for."""

_BLOCKED: Final = {
    "forbidden": Failure.FORBIDDEN,
    "rate_limited": Failure.WEB_RATE_LIMITED,
    "redirect": Failure.COUNTRY_WALL,
    "sign_refused": Failure.SIGN_SERVER,
    "refused": Failure.FORBIDDEN,
}
#: Exception types and their class, most specific first.
_BY_TYPE: Final[tuple[tuple[type[BaseException], Failure], ...]] = (
    (RateLimitedError, Failure.SIGN_RATE_LIMITED),
    (ApiKeyRequiredError, Failure.SIGN_KEY),
    (UserNotFoundError, Failure.USER_NOT_FOUND),
    (UserOfflineError, Failure.OFFLINE),
    (AgeRestrictedError, Failure.AGE_RESTRICTED),
    (ProxyAuthError, Failure.PROXY_AUTH),
    (ProxyRefusedError, Failure.PROXY_REFUSED),
    (HandshakeRejectedError, Failure.HANDSHAKE_REFUSED),
    (NetworkError, Failure.NETWORK),
    (UnexpectedAnswerError, Failure.UNEXPECTED),
)


def classify(exc: BaseException) -> Failure | None:
    """The failure class behind ``exc``; None for an exception that is none of
    the ways reaching TikTok fails (a bug, a cancellation)."""
    if isinstance(exc, BlockedError):
        return _BLOCKED.get(exc.kind, Failure.WAF)
    for kind, failure in _BY_TYPE:
        if isinstance(exc, kind):
            return failure
    if isinstance(exc, SignServerError):
        return Failure.SIGN_KEY if exc.status in (401, 402, 403) else Failure.SIGN_SERVER
    if isinstance(exc, WebError):  # a status of TikTok's with no class of its own
        return Failure.UNEXPECTED
    if isinstance(exc, ProviderError):  # a provider of the user's own
        return Failure.PROVIDER
    return None


def rule_for(exc: BaseException) -> Rule | None:
    """What to do about ``exc``: its class's rule, with the wait a rate limit
    asked for (``retry_after``) when it said one, and no retry when the error
    says a retry cannot help (``retryable`` False: then give up, or only rotate)."""
    failure = classify(exc)
    if failure is None:
        return None
    rule = FAILURE_TABLE[failure]
    asked = getattr(exc, "retry_after", None)
    if isinstance(asked, int | float) and not isinstance(asked, bool) and asked > 0:
        rule = Rule(rule.failure, rule.actions, float(asked), rule.why)
    if isinstance(exc, ProviderError) and not exc.retryable and A.RETRY in rule.actions:
        rest = rule.actions - {A.RETRY}
        rule = Rule(rule.failure, rest or frozenset({A.GIVE_UP}), math.inf, rule.why)
    return rule


def render_table() -> str:
    """The table as ``docs/failures.md`` shows it (Markdown)."""
    lines = ["| failure | actions | first delay | why |", "|---|---|---|---|"]
    for failure in Failure:
        rule = FAILURE_TABLE[failure]
        actions = ", ".join(f"`{a}`" for a in Action if a in rule.actions)
        delay = "never" if math.isinf(rule.delay) else f"{rule.delay:g} s"
        lines.append(f"| `{failure}` | {actions} | {delay} | {rule.why} |")
    return "\n".join(lines) + "\n"
