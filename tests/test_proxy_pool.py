"""Proxies for many creators: spread over the proxies, one each at a time, moved
to the next proxy by a failure that calls for another IP, a proxy that keeps
failing rests (longer each time), refused credentials retire one for good."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from livecore import web
from livecore.failures import FAILURE_TABLE, Failure, rule_for
from livecore.proxies import FAILURES_BEFORE_REST, FIRST_REST, ProxyPool
from livecore.web import parse_proxy

P = [parse_proxy(f"socks5://u:p@127.0.0.{n}:1080") for n in range(1, 4)]
WAF = FAILURE_TABLE[Failure.WAF]
OFFLINE = FAILURE_TABLE[Failure.OFFLINE]


def test_creators_are_spread_and_keep_their_proxy() -> None:
    pool = ProxyPool(P)
    given_ = [pool.for_creator(f"@c{n}", 0.0) for n in range(6)]
    assert given_ == [P[0], P[1], P[2], P[0], P[1], P[2]]
    assert pool.for_creator("@c1", 5.0) is P[1]  # the same one, as long as it works


def test_a_rotating_failure_moves_only_that_creator() -> None:
    pool = ProxyPool(P)
    a, b = pool.for_creator("@a", 0.0), pool.for_creator("@b", 0.0)
    assert pool.failed("@a", a, WAF, 1.0) is P[1]
    assert pool.for_creator("@b", 1.0) is b
    assert pool.failed("@a", P[1], OFFLINE, 2.0) is P[1]  # offline: not the IP's fault


def test_a_proxy_that_keeps_failing_rests_longer_each_time() -> None:
    pool = ProxyPool(P[:2])
    for _ in range(FAILURES_BEFORE_REST):
        pool.failed("@a", P[0], WAF, 0.0)
    assert pool.resting(0.0) == [P[0]] and pool.resting(FIRST_REST) == []
    assert pool.for_creator("@new", 1.0) is P[1]  # nobody is given a resting one
    for _ in range(FAILURES_BEFORE_REST):
        pool.failed("@a", P[0], WAF, FIRST_REST)
    assert pool.resting(FIRST_REST + FIRST_REST * 1.5) == [P[0]]  # twice as long now


def test_refused_credentials_retire_a_proxy_for_good() -> None:
    pool = ProxyPool(P[:2])
    refused = rule_for(web.ProxyAuthError(P[0].shown, "407"))
    assert refused is not None
    assert pool.failed("@a", P[0], refused, 0.0) is P[1]
    assert pool.resting(1e9) == [P[0]]


def test_no_proxies_means_direct() -> None:
    assert ProxyPool([]).for_creator("@a", 0.0) is None


@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from([WAF, OFFLINE])), max_size=40))
def test_a_creator_always_has_a_proxy_and_never_a_retired_one_while_others_work(
    failures: list[tuple[int, object]],
) -> None:
    pool = ProxyPool(P)
    now = 0.0
    for creator, rule in failures:
        key = f"@c{creator}"
        proxy = pool.for_creator(key, now)
        assert proxy in P
        pool.failed(key, proxy, rule, now)  # type: ignore[arg-type]
        now += 1.0
        usable = [p for p in P if p not in pool.resting(now)]
        if usable:
            assert pool.for_creator(key, now) in usable
