"""``livecore soak``: a simulated room with random faults, a client against it, and the books.

The room's stream is a fixed log, so what a client should end up with is
known exactly: every msg_id of the log, once, in order. The soak injects
faults (``Faults.random``: dropped connections, close codes, stalls,
garbage, truncated gzip, gzip bombs, oversize frames, bursts, refused
handshakes, history replayed on resume) and counts what the client actually
delivered against that: lost, duplicated, out of order. Anything but zero is
a failure (exit 1).
"""

from __future__ import annotations

import resource
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Final

import trio

from livecore.events import DisconnectEvent, Event, FrameErrorEvent, WebsocketResponseEvent
from livecore.reconnect import ReconnectPolicy
from livecore.room import RANDOM_KINDS, Faults, Room, Script
from livecore_trio.client import Client
from livecore_trio.room import open_room

__all__ = ["SOAK_KINDS", "SoakReport", "account", "soak"]

SOAK_KINDS: Final = (*RANDOM_KINDS, "close:1000", "close:4000")
"""The faults a soak draws from: every kind a resuming client must get past."""

#: Retry hard and fast: a soak injects hundreds of faults in a minute.
SOAK_POLICY: Final = ReconnectPolicy(attempts=20, max_elapsed=120.0, base=0.02, cap=0.5)


@dataclass
class SoakReport:
    """What a soak found; ``ok`` when nothing was lost, doubled or reordered."""

    frames: int
    fault_rate: float
    seed: int
    messages_sent: int
    messages_received: int
    lost: int
    duplicated: int
    out_of_order: int
    reconnects: int
    faults: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    peak_rss_mib: float = 0.0
    duplicates_dropped: int = 0
    frame_errors: int = 0
    disconnect: str = ""

    @property
    def ok(self) -> bool:
        return self.lost == 0 and self.duplicated == 0 and self.out_of_order == 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def account(expected: Sequence[int], received: Sequence[int]) -> tuple[int, int, int]:
    """(lost, duplicated, out_of_order) of ``received`` against ``expected``.

    Lost: expected ids never received. Duplicated: receptions beyond the first
    of an id. Out of order: first receptions that come before an id the log
    puts earlier (an id not in the log at all counts as out of order too).
    """
    position = {msg_id: i for i, msg_id in enumerate(expected)}
    seen: set[int] = set()
    duplicated = out_of_order = 0
    last = -1
    for msg_id in received:
        if msg_id in seen:
            duplicated += 1
            continue
        seen.add(msg_id)
        at = position.get(msg_id, -1)
        if at < last:
            out_of_order += 1
        last = max(last, at)
    lost = sum(1 for msg_id in expected if msg_id not in seen)
    return lost, duplicated, out_of_order


def _peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


async def soak(
    frames: int = 2000,
    fault_rate: float = 0.02,
    seed: int = 1,
    *,
    rate: float = 2000.0,
    stale_after: float = 1.0,
    policy: ReconnectPolicy = SOAK_POLICY,
    kinds: Sequence[str] = SOAK_KINDS,
    timeout: float | None = None,
) -> SoakReport:
    """Run one soak: ``frames`` frames at ``rate`` frames/s, each preceded by a
    fault with probability ``fault_rate``; return the books.

    ``stale_after`` is the client's watchdog (a stalled socket costs that
    long); ``timeout`` bounds the whole run (None: a generous bound from the
    size), so a soak can never hang.
    """
    plan = Faults.random(seed, frames, fault_rate, kinds=kinds)
    room = Room(Script.random(seed, frames), seed=seed, rate=rate, ping_interval=1.0, faults=plan)
    expected = room.msg_ids
    received: list[int] = []
    frame_errors = 0
    started = time.perf_counter()
    limit = timeout if timeout is not None else 60.0 + frames / rate * 4 + 10 * len(plan.items)

    def count(event: Event) -> None:
        nonlocal frame_errors
        if type(event) is WebsocketResponseEvent and event.msg_id is not None:
            received.append(event.msg_id)
        elif isinstance(event, FrameErrorEvent):
            frame_errors += 1

    async with open_room(room) as server:
        client = Client(
            server.provider(),
            unique_id="soak",
            reconnect=policy,
            stale_after=stale_after,
            close_timeout=0.5,
        )
        client.on(Event)(count)
        end: DisconnectEvent | None = None
        with trio.move_on_after(limit) as scope:
            end = await client.run()
        if scope.cancelled_caught:
            end = client.disconnect
    lost, duplicated, out_of_order = account(expected, received)
    return SoakReport(
        frames=frames,
        fault_rate=fault_rate,
        seed=seed,
        messages_sent=len(expected),
        messages_received=len(received),
        lost=lost,
        duplicated=duplicated,
        out_of_order=out_of_order,
        reconnects=client.connection.reconnects,
        faults=dict(sorted(Counter(room.faults_fired).items())),
        seconds=round(time.perf_counter() - started, 2),
        peak_rss_mib=_peak_rss_mib(),
        duplicates_dropped=client.connection.duplicates_dropped,
        frame_errors=frame_errors,
        disconnect=(
            f"{end.reason.value}: {end.detail}" if end is not None else f"timed out after {limit}s"
        ),
    )
