"""The fleet room's states are one table: the runner moves only as it allows,
the store refuses a state no runner writes, and the docs list the same states."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livecore.fleet.records import CheckpointRecord, LeaseRecord, status
from livecore.fleet.states import (
    ROOM_TRANSITIONS,
    RUNNER_STATES,
    RoomState,
    RoomStateError,
    check_move,
)
from livecore.resume import ResumeState

DOCS = Path(__file__).resolve().parent.parent / "docs" / "fleet.md"
FINAL = {RoomState.ENDED, RoomState.STOPPED}


@given(st.lists(st.sampled_from(sorted(RUNNER_STATES)), max_size=12))
def test_a_runner_never_leaves_a_final_state(moves: list[RoomState]) -> None:
    state = RoomState.STARTING
    for new in moves:
        before = state
        try:
            state = check_move(state, new)
        except RoomStateError:
            assert new not in ROOM_TRANSITIONS[before]
        else:
            assert state is before or state in ROOM_TRANSITIONS[before]
        if before in FINAL:
            assert state is before


def test_the_table_moves_only_between_runner_states() -> None:
    for old, targets in ROOM_TRANSITIONS.items():
        assert targets <= RUNNER_STATES, old
        assert RoomState.STARTING not in targets  # a runner starts once
    assert {RoomState.UNASSIGNED, RoomState.CLAIMED}.isdisjoint(RUNNER_STATES)
    with pytest.raises(RoomStateError, match="from ended to running"):
        check_move(RoomState.ENDED, RoomState.RUNNING)


@pytest.mark.parametrize("text", ["failed", "claimed", "waiting", ""])
def test_a_state_no_runner_of_this_version_writes_keeps_the_resume_point(text: str) -> None:
    """A newer worker's state (or garbage) is read as ``starting``: the room is
    taken up again from its resume point, not from scratch."""
    point = CheckpointRecord(ResumeState("c9", "ext", (1, 2, 3)), published=7)
    record = point.dumps().replace(b'"running"', f'"{text}"'.encode())
    read = CheckpointRecord.parse(record)
    assert read.state is RoomState.STARTING
    assert read.resume == point.resume and read.published == 7


def test_a_runner_state_round_trips_through_the_store() -> None:
    for state in RUNNER_STATES:
        assert CheckpointRecord.parse(CheckpointRecord(state=state).dumps()).state is state


def test_status_says_unassigned_claimed_or_the_runners_state() -> None:
    lease = LeaseRecord("w1", "s", 10.0, 0.0)
    shown = status(
        {"a": "@a", "b": "@b", "c": "@c", "d": "@d"},
        {"b": lease, "c": lease, "d": lease},
        {
            "c": CheckpointRecord(owner="w1", state=RoomState.RECONNECTING),
            "d": CheckpointRecord(owner="w0", state=RoomState.STOPPED),  # the last owner's
        },
        {},
    )["targets"]
    states = [shown[t]["state"] for t in ("@a", "@b", "@c", "@d")]
    assert states == ["unassigned", "claimed", "reconnecting", "claimed"]


def test_the_docs_list_the_states_of_the_table() -> None:
    text = " ".join(DOCS.read_text(encoding="utf-8").split())
    listed = re.search(r"state \(one of the table in `livecore.fleet.states`: ([^)]*)\)", text)
    assert listed is not None, "docs/fleet.md no longer lists the room states"
    assert re.findall(r"`(\w+)`", listed.group(1)) == [s.value for s in RoomState]
