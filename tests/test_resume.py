"""Resume state across processes: ``Connection.checkpoint()`` and ``Connection(resume=...)``.

Proves: a session started from another session's checkpoint, fed what the
server sends from that cursor on (and history it replays), delivers every
message the first one did not, none twice and in order; the dedup window
travels oldest first and stays bounded; a resume state read from outside is
checked and a bad one is a typed error; a checkpointed cursor outlives a
fresh first payload.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livecore import Connection
from livecore.dedup import DedupWindow
from livecore.events import WebsocketResponseEvent
from livecore.resume import ResumeState, ResumeStateError
from livecore.room import Room, Script


def _ids(conn: Connection) -> list[int]:
    return [
        e.msg_id
        for e in conn.events()
        if type(e) is WebsocketResponseEvent and e.msg_id is not None
    ]


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 1000),
    frames=st.integers(2, 30),
    cut=st.integers(0, 30),
    replay=st.integers(0, 8),
)
def test_a_session_resumed_from_a_checkpoint_loses_and_repeats_nothing(
    seed: int, frames: int, cut: int, replay: int
) -> None:
    room = Room(Script.random(seed, frames), seed=seed)
    wire = list(room.frames())
    cut = min(cut, len(wire))
    first = Connection(unique_id="a")
    first.socket_opened(0.0)
    got: list[int] = []
    for data in wire[:cut]:
        first.receive_data(data, 1.0)
        got += _ids(first)
    state = ResumeState.from_dict(json.loads(json.dumps(first.checkpoint().to_dict())))
    second = Connection(unique_id="a", resume=state)
    second.socket_opened(2.0)
    start = room.position_of(state.cursor) if state.cursor else 0
    # The server goes back a few frames (history after a resume): all dropped.
    for data in wire[max(0, start - replay) :]:
        second.receive_data(data, 3.0)
        got += _ids(second)
    assert got == room.msg_ids
    assert second.checkpoint().cursor == (room.cursor_after(len(room.log)) if wire else "")


def test_the_window_travels_oldest_first_and_bounded() -> None:
    seen = DedupWindow.restore([5, 0, 6, 5, 7, 8], size=3)
    assert seen.export() == (6, 7, 8)
    assert 5 not in seen and 8 in seen
    assert DedupWindow.restore(DedupWindow.restore([1, 2]).export()).export() == (1, 2)


def test_a_resumed_cursor_outlives_a_fresh_first_payload() -> None:
    room = Room(Script.random(1, 5), seed=1)
    conn = Connection(resume=ResumeState("r-3", "ext", (1,)))
    conn.receive_first_payload(room.first_payload("ws://127.0.0.1:1/"))
    assert (conn.cursor, conn.internal_ext) == ("r-3", "ext")
    assert "cursor=r-3" in conn.websocket_url()
    assert conn.checkpoint().msg_ids[0] == 1


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"cursor": 3},
        {"internal_ext": "x" * 70_000},
        {"msg_ids": "1,2"},
        {"msg_ids": [1, -2]},
        {"msg_ids": [True]},
        {"msg_ids": [2**64]},
        {"msg_ids": list(range(1, 100_002))},
    ],
)
def test_a_bad_resume_state_is_a_typed_error(bad: object) -> None:
    with pytest.raises(ResumeStateError):
        ResumeState.from_dict(bad)


def test_no_window_no_ids() -> None:
    conn = Connection(dedup_window=0, resume=ResumeState("c", "", (1, 2)))
    assert conn.checkpoint() == ResumeState("c", "", ())
