"""The look-up scheduler, on a simulated clock: within any minute it never hands
out more look-ups than the IP's budget, never looks one creator up twice within
the minimum interval, never looks up a creator who is live or removed, backs
off at once after a block and recovers slowly, and, when the budget can serve
every creator's interval, looks each one up on time."""

from __future__ import annotations

import itertools
import random
from bisect import bisect_left

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from livecore.lookups import Budget, LookupScheduler

KEYS = [f"@c{n}" for n in range(12)]


class Watching(RuleBasedStateMachine):
    """Creators added, removed, going live and offline, blocks, and time passing;
    the scheduler is asked whenever it says a look-up may go."""

    @initialize(
        per_minute=st.sampled_from([2.0, 6.0, 30.0]),
        interval=st.sampled_from([40.0, 120.0, 600.0]),
        seed=st.integers(0, 2**16),
    )
    def start(self, per_minute: float, interval: float, seed: int) -> None:
        self.budget = Budget(per_minute=per_minute, interval=interval, min_interval=30.0)
        self.lookups = LookupScheduler(self.budget, random.Random(seed))
        self.now = 0.0
        self.takes: list[tuple[float, str]] = []
        self.watched: set[str] = set()
        self.live: set[str] = set()
        self.blocks: list[float] = []

    @rule(key=st.sampled_from(KEYS), often=st.booleans())
    def add(self, key: str, often: bool) -> None:
        self.lookups.add(key, self.now, interval=30.0 if often else None)
        self.watched.add(key)

    @rule(key=st.sampled_from(KEYS))
    def remove(self, key: str) -> None:
        self.lookups.remove(key)
        self.watched.discard(key)
        self.live.discard(key)

    @rule(key=st.sampled_from(KEYS))
    def goes_live(self, key: str) -> None:
        if key in self.watched:
            self.lookups.pause(key)
            self.live.add(key)

    @rule(key=st.sampled_from(KEYS))
    def live_ends(self, key: str) -> None:
        if key in self.live:
            self.lookups.resume(key, self.now)
            self.live.discard(key)

    @rule()
    def blocked(self) -> None:
        before = self.lookups.rate
        self.lookups.blocked(self.now)
        self.blocks.append(self.now)
        assert self.lookups.rate < before or self.lookups.rate == self.budget.per_minute / 64

    @rule(seconds=st.floats(0.5, 900.0))
    def time_passes(self, seconds: float) -> None:
        end = self.now + seconds
        while (due := self.lookups.next_deadline(self.now)) is not None and due <= end:
            self.now = max(self.now, due)
            key = self.lookups.take(self.now)
            assert key is not None, "next_deadline said a look-up may go, take gave none"
            assert key in self.watched and key not in self.live
            self.takes.append((self.now, key))
        self.now = end

    @invariant()
    def never_more_than_the_budget_in_a_minute(self) -> None:
        if not hasattr(self, "takes"):
            return
        times = [t for t, _ in self.takes]
        for i, t in enumerate(times):
            assert bisect_left(times, t + 60.0) - i <= self.budget.per_minute

    @invariant()
    def never_one_creator_twice_within_the_minimum(self) -> None:
        if not hasattr(self, "takes"):
            return
        last: dict[str, float] = {}
        for t, key in self.takes:
            if key in last:
                assert t - last[key] >= self.budget.min_interval - 1e-9
            last[key] = t


Watching.TestCase.settings = settings(max_examples=120, stateful_step_count=30, deadline=None)
TestWatching = Watching.TestCase


def _run(lookups: LookupScheduler, until: float, now: float = 0.0) -> list[tuple[float, str]]:
    takes = []
    while (due := lookups.next_deadline(now)) is not None and due <= until:
        now = max(now, due)
        key = lookups.take(now)
        assert key is not None
        takes.append((now, key))
    return takes


@pytest.mark.parametrize("seed", range(5))
def test_each_creator_is_looked_up_on_time_when_the_budget_allows(seed: int) -> None:
    """100 creators every 10 minutes need 10 look-ups a minute: a budget of 20 serves them."""
    lookups = LookupScheduler(Budget(per_minute=20, interval=600), random.Random(seed))
    for n in range(100):
        lookups.add(f"@c{n}", 0.0)
    takes = _run(lookups, 6 * 3600)
    by_key: dict[str, list[float]] = {}
    for t, key in takes:
        by_key.setdefault(key, []).append(t)
    assert len(by_key) == 100
    for times in by_key.values():
        assert times[0] <= 60.0 + 3.0 * 100  # added: spread over a minute, then one per 3 s
        gaps = [b - a for a, b in itertools.pairwise(times)]
        # its interval with the jitter, and at most ten budget slots (3 s each)
        # behind creators that came due with it
        assert all(660.0 + 30.0 >= gap >= 540.0 for gap in gaps), gaps


def test_an_overridden_creator_is_looked_up_often_and_the_rest_rarely() -> None:
    lookups = LookupScheduler(Budget(per_minute=20, interval=600), random.Random(1))
    lookups.add("@often", 0.0, interval=30.0)
    for n in range(50):
        lookups.add(f"@c{n}", 0.0)
    takes = _run(lookups, 3600)
    often = [t for t, key in takes if key == "@often" and t > 600.0]  # once the first round is done
    assert len(often) >= 3000 / 36
    # 30 s and its jitter, and a few budget slots (3 s each) behind others due with it
    assert max(b - a for a, b in itertools.pairwise(often)) <= 33.0 + 4 * 3.0
    assert sum(1 for t, key in takes if key == "@c0") <= 3600 / 540 + 1


def test_a_block_cuts_the_rate_at_once_and_it_recovers_slowly() -> None:
    lookups = LookupScheduler(Budget(per_minute=16, interval=30, min_interval=30), random.Random(2))
    for n in range(200):
        lookups.add(f"@c{n}", 0.0)
    before = _run(lookups, 600)
    lookups.blocked(600.0)
    assert lookups.rate == 2.0
    after = _run(lookups, 1200, now=600.0)
    first_minute = [t for t, _ in after if t < 660.0]
    assert len(first_minute) <= 1 and len(before) >= 16 * 9
    later = _run(lookups, 4 * 3600, now=1200.0)
    assert lookups.rate == 16.0  # back to the budget after clean minutes
    assert sum(1 for t, _ in later if t < 1800.0) < 16 * 10


def test_a_waiting_creator_costs_no_work_between_its_lookups() -> None:
    lookups = LookupScheduler(Budget(per_minute=1000, interval=600), random.Random(3))
    for n in range(10_000):
        lookups.add(f"@c{n}", 0.0)
    _run(lookups, 3600)
    # Asked at any time between look-ups, it answers from the head of a heap.
    assert lookups.take(lookups.next_deadline(3600.0) - 1.0) is None  # type: ignore[operator]


def test_budgets_refuse_nonsense() -> None:
    for bad in ({"per_minute": 0}, {"interval": 10, "min_interval": 30}, {"min_interval": 0}):
        with pytest.raises(ValueError):
            Budget(**bad)  # type: ignore[arg-type]
