"""``livecore soak``: random faults, a resuming client, and books that must balance.

A short soak runs here on every ``make test`` (the 20,000-frame one is in
docs/reliability.md). The accounting is tested on its own first, since a
soak that cannot see a loss proves nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import trio

from livecore.reconnect import NO_RECONNECT
from livecore_trio.cli.soak import account, soak

DESIGN_KEYS = {
    "messages_sent",
    "messages_received",
    "lost",
    "duplicated",
    "out_of_order",
    "reconnects",
    "faults",
    "seconds",
    "peak_rss_mib",
}


@pytest.mark.parametrize(
    ("received", "books"),
    [
        ([1, 2, 3, 4], (0, 0, 0)),
        ([1, 2, 4], (1, 0, 0)),  # 3 never came
        ([1, 2, 2, 3, 4, 1], (0, 2, 0)),  # 2 and 1 twice
        ([1, 3, 2, 4], (0, 0, 1)),  # 2 after 3
        ([2, 1, 3, 4], (0, 0, 1)),
        ([1, 2, 99, 3, 4], (0, 0, 1)),  # an id the stream never had
        ([], (4, 0, 0)),
    ],
)
def test_the_books(received: list[int], books: tuple[int, int, int]) -> None:
    assert account([1, 2, 3, 4], received) == books


def test_a_short_soak_loses_nothing() -> None:
    report = trio.run(soak, 600, 0.05, 3)
    assert report.ok, report
    assert (report.lost, report.duplicated, report.out_of_order) == (0, 0, 0)
    assert report.messages_received == report.messages_sent > 2000
    assert report.reconnects > 0 and sum(report.faults.values()) > 10
    assert report.duplicates_dropped > 0  # history replayed on resume was there, and dropped
    assert report.disconnect.startswith("live_ended")


def test_without_reconnect_the_soak_sees_the_loss() -> None:
    report = trio.run(lambda: soak(600, 0.05, 3, policy=NO_RECONNECT))
    assert not report.ok
    assert report.lost > 0 and report.reconnects == 0
    assert not report.disconnect.startswith("live_ended")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "livecore_trio.cli", "soak", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_command_reports_json_last_and_exits_by_the_books() -> None:
    good = _cli("--frames", "300", "--fault-rate", "0.05", "--seed", "4")
    assert good.returncode == 0, good.stderr
    report = json.loads(good.stdout.strip().splitlines()[-1])
    assert report.keys() >= DESIGN_KEYS
    assert (report["lost"], report["duplicated"], report["out_of_order"]) == (0, 0, 0)
    assert good.stderr == ""  # the room's and the client's faults are not tracebacks

    bad = _cli("--frames", "300", "--fault-rate", "0.05", "--seed", "4", "--no-reconnect")
    assert bad.returncode == 1
    assert json.loads(bad.stdout.strip().splitlines()[-1])["lost"] > 0


@pytest.mark.parametrize("args", [["--fault-rate", "2"], ["--frames", "0"], ["--rate", "x"]])
def test_nonsense_is_a_usage_error(args: list[str]) -> None:
    result = _cli(*args)
    assert result.returncode == 2 and "usage" in result.stderr
