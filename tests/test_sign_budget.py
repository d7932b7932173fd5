"""Providers of one key share its budget: a sign request waits while the key
has none left (a first connect leaves the last ones to reconnects), a 429
stops every provider of the key until its reset, and the budget is read from
the sign server's ``/webcast/rate_limits`` when it answers one. Against the
loopback sign-server fake; waits are shown by what the server did not get."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import trio
from fakes_tiktok import LIVE_ROOM, FakeSignServer, Seen

from livecore.room import Room
from livecore.signing import SignBudget
from livecore.web import RateLimitedError
from livecore_trio.tiktok import TikTokProvider

pytestmark = pytest.mark.trio

PAYLOAD = Room(seed=1, room_id=LIVE_ROOM).first_payload("ws://127.0.0.1:1/webcast/im/push/v2/")
LIMITS = {"minute": {"max": 3, "remaining": 3, "reset_at": None}, "hour": {"max": 50,
          "remaining": 40, "reset_at": None}, "day": {"max": 2500, "remaining": 2400}}  # fmt: skip


class BudgetedSigner(FakeSignServer):
    """A sign server that also answers ``/webcast/rate_limits``."""

    def answer(self, seen: Seen) -> tuple[int, list[tuple[str, str]], bytes]:
        if seen.path == "/webcast/rate_limits":
            return 200, [("Content-Type", "application/json")], json.dumps(LIMITS).encode()
        return super().answer(seen)


@pytest.fixture
def signer() -> Iterator[FakeSignServer]:
    with BudgetedSigner(PAYLOAD) as fake:
        yield fake


def _provider(signer: FakeSignServer, handle: str, budget: SignBudget) -> TikTokProvider:
    return TikTokProvider(handle, room_id=LIVE_ROOM, sign_url=signer.url, sign_budget=budget)


async def _signs_within(p: TikTokProvider, room_id: int, seconds: float) -> bool:
    with trio.move_on_after(seconds):
        await p.sign(room_id)
        return True
    return False


async def test_the_budget_is_read_from_the_sign_server(signer: FakeSignServer) -> None:
    async with _provider(signer, "a", SignBudget({})) as p:
        budget = await p.rate_limits()
    assert budget.limits == {"minute": 3, "hour": 50, "day": 2500}
    assert budget.remaining(trio.current_time()) == {"minute": 3, "hour": 40, "day": 2400}
    assert signer.count == 0  # reading it signs nothing


async def test_a_first_connect_waits_while_reconnects_go(signer: FakeSignServer) -> None:
    budget = SignBudget({"minute": 3})  # one kept for reconnects
    async with _provider(signer, "a", budget) as a, _provider(signer, "b", budget) as b:
        assert await _signs_within(a, LIVE_ROOM, 5)
        assert await _signs_within(b, LIVE_ROOM + 1, 5)
        with pytest.raises(RateLimitedError) as refused:  # a new LIVE: not for a minute
            await b.sign(LIVE_ROOM + 2)
        assert 55 < (refused.value.retry_after or 0) <= 60
        assert await _signs_within(a, LIVE_ROOM, 5)  # a's LIVE reconnects: goes
    assert signer.count == 3 and budget.spent == 3


async def test_a_429_stops_every_provider_of_the_key_until_its_reset() -> None:
    budget = SignBudget({"minute": 100})
    with BudgetedSigner(PAYLOAD, script=["429"]) as signer:  # Retry-After: 30
        async with _provider(signer, "a", budget) as a, _provider(signer, "b", budget) as b:
            with pytest.raises(RateLimitedError):
                await a.sign(LIVE_ROOM)
            assert budget.blocked_until >= trio.current_time() + 29
            assert not await _signs_within(b, LIVE_ROOM + 1, 1.0)
        assert signer.count == 1  # b never asked: a 429 more would have come
