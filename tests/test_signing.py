"""The sign key's budget: never more requests in a window than the key allows,
reconnects before first connects, a 429 stops signing until its reset, and
the sign server's ``/webcast/rate_limits`` answer read in both reset formats."""

from __future__ import annotations

from bisect import bisect_left

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livecore.signing import SignBudget, SignBudgetError, parse_reset


@settings(max_examples=150, deadline=None)
@given(
    minute=st.integers(1, 8),
    hour=st.integers(1, 40),
    asks=st.lists(st.tuples(st.floats(0.0, 400.0), st.booleans()), max_size=60),
)
def test_never_more_than_a_window_allows(
    minute: int, hour: int, asks: list[tuple[float, bool]]
) -> None:
    """Whoever asks, whenever: a request goes only at ``next_allowed``."""
    budget = SignBudget({"minute": minute, "hour": hour})
    now, sent = 0.0, []
    for pause, reconnect in asks:
        now += pause
        at = budget.next_allowed(now, reconnect=reconnect)
        if at != float("inf"):
            now = at
            budget.spend(now)
            sent.append(now)
    for i, t in enumerate(sent):
        assert bisect_left(sent, t + 60.0) - i <= minute
        assert bisect_left(sent, t + 3600.0) - i <= hour


def test_reconnects_get_the_last_of_a_window() -> None:
    budget = SignBudget({"minute": 10})  # a reserve of 1 for reconnects
    for _ in range(9):
        assert budget.next_allowed(0.0) == 0.0
        budget.spend(0.0)
    assert budget.next_allowed(0.0) == 60.0  # a first connect waits for the next minute
    assert budget.next_allowed(0.0, reconnect=True) == 0.0  # a live room's reconnect goes
    budget.spend(0.0)
    assert budget.next_allowed(0.0, reconnect=True) == 60.0
    assert budget.remaining(0.0) == {"minute": 0} and budget.remaining(60.0) == {"minute": 10}


def test_a_429_stops_signing_until_its_reset() -> None:
    budget = SignBudget({"minute": 100})
    budget.refused(10.0, retry_after=42.0)
    assert budget.next_allowed(10.0, reconnect=True) == 52.0
    budget.refused(60.0)  # no reset said: a minute
    assert budget.next_allowed(60.0) == 120.0
    assert budget.refusals == 2


def test_the_rate_limits_answer_counts_what_was_spent_until_its_reset() -> None:
    wall, now = 1_733_616_000.0, 500.0
    answer = {
        "code": 200,
        "minute": {"max": 10, "remaining": 2, "reset_at": "2024-12-08T00:00:30Z"},
        "hour": {"max": 100, "remaining": 90, "reset_at": wall + 1200},
        "day": {"max": 2500, "remaining": 2500, "reset_at": None},
        "load_shedding": {"at": 0, "chance": 0},
    }
    budget = SignBudget.from_rate_limits(answer, now, wall)
    assert budget.limits == {"minute": 10, "hour": 100, "day": 2500}
    assert budget.remaining(now) == {"minute": 2, "hour": 90, "day": 2500}
    assert budget.next_allowed(now, reconnect=True) == now  # two left this minute
    assert budget.next_allowed(now) == now  # one for a first connect, one kept
    budget.spend(now)
    assert budget.next_allowed(now) == now + 30.0  # the minute's reset, from the ISO time
    assert budget.remaining(now + 30.0)["minute"] == 9


def test_an_answer_without_limits_is_refused() -> None:
    with pytest.raises(SignBudgetError):
        SignBudget.from_rate_limits({"code": 401, "message": "no key"}, 0.0, 0.0)


@pytest.mark.parametrize(
    ("value", "epoch"),
    [
        ("2024-12-08T00:00:30Z", 1_733_616_030.0),
        ("2024-12-08T01:00:30+01:00", 1_733_616_030.0),
        (1_733_616_030, 1_733_616_030.0),
        (1_733_616_030_000, 1_733_616_030.0),  # milliseconds
        ("1733616030", 1_733_616_030.0),
        ("next tuesday", None),
        ("2024-12-08T00:00:30", None),  # no zone: not a time we can place
        (None, None),
        (True, None),
    ],
)
def test_reset_times_in_either_format(value: object, epoch: float | None) -> None:
    assert parse_reset(value) == epoch
