"""The creators ``watch --wait`` waits for share one look-up budget: on a fake
TikTok, three offline creators looked up for a few seconds at a budget of 60
a minute get one look a second between them, not one each; each wait is said
once; a WAF page cuts the rate for every creator of the IP; a found LIVE wakes
its creator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import trio
from fakes_creators import Creator, ScheduledTikTok

from livecore.lookups import Budget, LookupScheduler
from livecore_trio.cli.waiting import Lookouts
from livecore_trio.tiktok import TikTokProvider

pytestmark = pytest.mark.trio

HANDLES = ("ann", "bob", "cyd", "liv")


@pytest.fixture
def tiktok() -> Iterator[ScheduledTikTok]:
    """Four creators, ``liv`` live from the start; @waf answers WAF pages."""
    creators = [Creator(h, ["comment hi\nend\n"], first_room=7_380_000_000_000_000_001 + 100 * n,
                        gap=0.0) for n, h in enumerate(HANDLES)]  # fmt: skip
    with creators[0], creators[1], creators[2], creators[3]:
        creators[3].begin()
        with ScheduledTikTok(*creators) as fake:
            fake.pages["waf"] = b"<html><body>Please wait... SlardarWAF</body></html>"
            fake.apis["waf"] = "captcha.html"
            yield fake


def _provider(tiktok: ScheduledTikTok, handle: str) -> TikTokProvider:
    return TikTokProvider(handle, web_url=tiktok.url, webcast_url=tiktok.url)


async def test_three_waiting_creators_share_one_budget(tiktok: ScheduledTikTok) -> None:
    said: list[str] = []
    lookups = LookupScheduler(Budget(per_minute=60, interval=0.5, min_interval=0.5))
    lookouts = Lookouts(lookups, lambda handle, line: said.append(line))
    providers = [_provider(tiktok, h) for h in HANDLES[:3]]
    async with trio.open_nursery() as nursery:
        nursery.start_soon(lookouts.run)
        for p in providers:
            nursery.start_soon(lookouts.until_live, p)
        await trio.sleep(3.5)
        nursery.cancel_scope.cancel()
    for p in providers:
        await p.aclose()
    assert 3 <= lookups.taken <= 5  # one a second for all three, not one each every 0.5 s
    assert sorted(said) == [
        f"@{h} is not live; waiting until they are (--wait)" for h in HANDLES[:3]
    ]


async def test_a_waf_page_slows_every_creator_and_a_live_one_is_woken(
    tiktok: ScheduledTikTok,
) -> None:
    lookups = LookupScheduler(Budget(per_minute=600, interval=0.5, min_interval=0.5))
    lookouts = Lookouts(lookups, lambda handle, line: None)
    waf, liv = _provider(tiktok, "waf"), _provider(tiktok, "liv")
    async with trio.open_nursery() as nursery:
        nursery.start_soon(lookouts.run)
        nursery.start_soon(lookouts.until_live, waf)
        with trio.fail_after(30):
            while lookups.rate == 600:  # until the WAF page came back
                await trio.sleep(0.05)
            assert lookups.rate == 75.0  # an eighth, for every creator of the IP
            assert await lookouts.until_live(liv) is None  # found live: woken
        assert "liv" in lookups and "waf" in lookups  # the live one paused, not gone
        nursery.cancel_scope.cancel()
    await waf.aclose()
    await liv.aclose()
