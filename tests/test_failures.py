"""The failure table, rule by rule: each typed failure is classified as what it
is, and its rule calls for what docs/failures.md says (which is the table)."""

from __future__ import annotations

import math

import pytest
import trio
from reference_codec import load_tool

from livecore import web
from livecore.errors import HandshakeRejectedError, ProviderError
from livecore.failures import FAILURE_TABLE, Action, Failure, classify, render_table, rule_for
from livecore.web import check_status

A = Action


def _blocked(status: int, *, page: bool = False) -> web.BlockedError:
    with pytest.raises(web.BlockedError) as raised:
        check_status("the live page", status, page=page)
    return raised.value


CASES: list[tuple[BaseException, Failure, set[Action]]] = [
    (web.RateLimitedError("minute", 42.0), Failure.SIGN_RATE_LIMITED, {A.WAIT_FOR_RESET}),
    (web.ApiKeyRequiredError(401, "no key"), Failure.SIGN_KEY, {A.GIVE_UP}),
    (web.SignServerError(403, "this key may not"), Failure.SIGN_KEY, {A.GIVE_UP}),
    (web.SignServerError(500, "TikTok answered 403"), Failure.SIGN_SERVER, {A.RETRY}),
    (web.BlockedError("empty", kind="sign_refused"), Failure.SIGN_SERVER, {A.RETRY}),
    (web.BlockedError("a captcha page instead of the live page"), Failure.WAF,
     {A.BACK_OFF_IP, A.ROTATE_PROXY, A.RETRY}),
    (_blocked(403), Failure.FORBIDDEN, {A.BACK_OFF_IP, A.ROTATE_PROXY, A.RETRY}),
    (_blocked(429), Failure.WEB_RATE_LIMITED, {A.BACK_OFF_IP, A.ROTATE_PROXY, A.RETRY}),
    (_blocked(302, page=True), Failure.COUNTRY_WALL, {A.ROTATE_PROXY, A.RETRY}),
    (HandshakeRejectedError(200, "DEVICE_BLOCKED"), Failure.HANDSHAKE_REFUSED,
     {A.ROTATE_PROXY, A.RETRY}),
    (web.UserNotFoundError("nobody"), Failure.USER_NOT_FOUND, {A.GIVE_UP}),
    (web.AgeRestrictedError("grownup", 7), Failure.AGE_RESTRICTED, {A.NEEDS_SESSION}),
    (web.ProxyAuthError("http://127.0.0.1:3128", "407"), Failure.PROXY_AUTH, {A.ROTATE_PROXY}),
    (web.ProxyUnreachableError("socks5://127.0.0.1:1080", "refused"), Failure.PROXY_REFUSED,
     {A.ROTATE_PROXY, A.RETRY}),
    (web.UserOfflineError("sleepy", 5), Failure.OFFLINE, {A.WAIT_FOR_LIVE}),
    (web.NetworkError("https://127.0.0.1:1/", "refused"), Failure.NETWORK, {A.RETRY}),
    (web.UnexpectedAnswerError("check_alive answered 2 entries"), Failure.UNEXPECTED, {A.RETRY}),
    (ProviderError("my own provider failed"), Failure.PROVIDER, {A.RETRY}),
]  # fmt: skip


@pytest.mark.parametrize(("exc", "failure", "actions"), CASES, ids=[c[1] for c in CASES])
def test_each_failure_is_classified_and_calls_for_its_actions(
    exc: BaseException, failure: Failure, actions: set[Action]
) -> None:
    assert classify(exc) is failure
    rule = rule_for(exc)
    assert rule is not None and rule.actions == actions


def test_every_class_has_a_rule_and_a_case() -> None:
    assert set(FAILURE_TABLE) == set(Failure)
    assert {case[1] for case in CASES} == set(Failure)


def test_a_rate_limit_waits_as_long_as_the_answer_said() -> None:
    said = rule_for(web.RateLimitedError("hour", 1234.0))
    unsaid = rule_for(web.RateLimitedError("hour", None))
    assert said is not None and said.delay == 1234.0
    assert unsaid is not None and unsaid.delay == FAILURE_TABLE[Failure.SIGN_RATE_LIMITED].delay


def test_no_retry_where_the_error_says_none_can_help() -> None:
    """A proxy that will never connect to TikTok: rotate, never retry it."""
    denied = web.ProxyDeniedError("http://127.0.0.1:3128", "403", "tiktok.com", retryable=False)
    rule = rule_for(denied)
    assert rule is not None and rule.actions == {A.ROTATE_PROXY} and math.isinf(rule.delay)
    final = ProviderError("my provider: the stream is gone")
    final.retryable = False
    rule = rule_for(final)
    assert rule is not None and rule.gives_up and math.isinf(rule.delay)


def test_what_is_no_failure_of_reaching_tiktok_has_no_rule() -> None:
    for exc in (ValueError("a bug"), trio.Cancelled._create(), KeyboardInterrupt()):
        assert classify(exc) is None and rule_for(exc) is None


def test_the_docs_are_the_table() -> None:
    gendocs = load_tool("gendocs")
    text = gendocs.FAILURES_DOC.read_text(encoding="utf-8")
    assert gendocs.split(text, "failures")[1] == "\n" + render_table(), (
        "docs/failures.md is stale: run `make docs`"
    )
