"""The dedup window's one rule, against a model: a repeat within the window is
dropped and counted, 0 never is, the oldest id goes first, the size holds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livecore.dedup import DedupWindow


@given(
    size=st.integers(1, 8),
    ids=st.lists(st.integers(0, 12), max_size=60),
    restored=st.lists(st.integers(0, 12), max_size=20),
)
def test_the_window_is_its_model(size: int, ids: list[int], restored: list[int]) -> None:
    model: list[int] = []

    def remember(msg_id: int) -> None:
        if msg_id and msg_id not in model:
            model.append(msg_id)
            del model[:-size]

    for msg_id in restored:
        remember(msg_id)
    window = DedupWindow.restore(restored, size)
    assert window.export() == tuple(model)
    dropped = 0
    for msg_id in ids:
        repeat = msg_id in model
        dropped += repeat
        assert window.admit(msg_id) is not repeat
        remember(msg_id)
        assert window.export() == tuple(model)
        assert len(window) <= size
    assert window.dropped == dropped
    assert 0 not in window


def test_a_window_holds_at_least_one_id() -> None:
    with pytest.raises(ValueError, match="at least one"):
        DedupWindow(0)
