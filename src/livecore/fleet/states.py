"""A fleet room's states, one table: what ``fleet status`` shows, what the
store's checkpoints hold and what a worker's runner may move between.

The core's own machines (:mod:`livecore.lifecycle`) are tables; this is the
fleet's. Two states are never written by a runner, only derived for the
status: ``unassigned`` (no worker holds the target's lease) and ``claimed``
(a worker holds it and has checkpointed nothing yet). The rest are a
runner's, with the moves :data:`ROOM_TRANSITIONS` allows; ``ended`` and
``stopped`` are final for a runner (a next owner of an ``ended`` room does
not reconnect it). The states of watching a creator between LIVEs (waiting,
looked up) join this table when the fleet watches creators.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final

__all__ = ["ROOM_TRANSITIONS", "RUNNER_STATES", "RoomState", "RoomStateError", "check_move"]


class RoomState(enum.StrEnum):
    """A room's state, as the status and the store spell it."""

    UNASSIGNED = "unassigned"
    """No worker holds the target's lease (status only)."""
    CLAIMED = "claimed"
    """A worker holds the lease and has checkpointed nothing yet (status only)."""
    STARTING = "starting"
    """A runner has the room and has not opened a session yet."""
    RUNNING = "running"
    """A session is open, or being opened."""
    RECONNECTING = "reconnecting"
    """A session ended short of the LIVE's end; another starts after a backoff
    (``detail`` says why)."""
    STOPPED = "stopped"
    """The runner let the room go: removed, above the fair share, draining, the
    lease lost (``detail`` says which)."""
    ENDED = "ended"
    """The LIVE ended and every event of it is in the stream."""


ROOM_TRANSITIONS: Final[Mapping[RoomState, frozenset[RoomState]]] = {
    RoomState.STARTING: frozenset({RoomState.RUNNING, RoomState.STOPPED, RoomState.ENDED}),
    RoomState.RUNNING: frozenset({RoomState.RECONNECTING, RoomState.STOPPED, RoomState.ENDED}),
    RoomState.RECONNECTING: frozenset({RoomState.RUNNING, RoomState.STOPPED, RoomState.ENDED}),
    RoomState.STOPPED: frozenset(),
    RoomState.ENDED: frozenset(),
}
"""Where a runner's room may go from each state (staying put is always allowed)."""

RUNNER_STATES: Final = frozenset(ROOM_TRANSITIONS)
"""The states a runner writes into a checkpoint."""


class RoomStateError(ValueError):
    """A move the table does not allow: a bug in the runner, never the store's data."""


def check_move(old: RoomState, new: RoomState) -> RoomState:
    """``new``, when the table allows ``old`` to move there; :class:`RoomStateError` otherwise."""
    if new is not old and new not in ROOM_TRANSITIONS.get(old, frozenset()):
        raise RoomStateError(f"a room cannot go from {old} to {new}")
    return new
