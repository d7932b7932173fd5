"""The session lifecycle: every state and every transition, in one table.

The theory, once. A session is what a user experiences as "watching a
LIVE": it starts when the adapter starts working on it, becomes live when
the first payload is in hand (``ConnectEvent``), may pause and unpause while
the streamer steps away, ends when the stream ends, and is over when its
transport is gone (``DisconnectEvent``). The machine moves only on those
changes, never once per message, and the lifecycle events are exactly its
transitions: a ``LivePauseEvent`` is the move from live to paused, so a
second pause, an unpause while live, or any control action after the end
is just a ``ControlEvent``. That makes the announced events alternate
(pause, unpause, pause, ...) and puts ``ConnectEvent`` first and
``DisconnectEvent`` last by construction.

Edge cases a real stream produces, and what happens:

- unpause while live (the client joined during a pause, so it never saw
  the pause): no transition, ``ControlEvent`` only;
- a second pause while paused: ``ControlEvent`` only;
- pause, unpause or end after the end: ``ControlEvent`` only;
- end while paused: ``LiveEndEvent`` (a paused stream can be ended);
- close during connecting (no first payload yet): ``DisconnectEvent``
  without a ``ConnectEvent``: a session always ends, even one that never
  connected. (A payload that still arrives between ``close()`` and the
  transport's end is delivered like any other, so it can connect first.)

``docs/lifecycle.md`` carries the diagram generated from this table
(``make docs``); a test fails when it is stale.
"""

from __future__ import annotations

from typing import Any, Final

from transitions import Machine

from livecore.events import (
    ConnectEvent,
    DisconnectEvent,
    Event,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
)

__all__ = ["CONTROL_TRIGGERS", "STATES", "TRANSITIONS", "Lifecycle", "mermaid"]

IDLE: Final = "idle"
CONNECTING: Final = "connecting"
LIVE: Final = "live"
PAUSED: Final = "paused"
ENDED: Final = "ended"
DISCONNECTED: Final = "disconnected"

STATES: Final = (IDLE, CONNECTING, LIVE, PAUSED, ENDED, DISCONNECTED)

_ALIVE: Final = [IDLE, CONNECTING, LIVE, PAUSED, ENDED]

#: trigger, from, to, and the event that announces the move (None: silent).
TRANSITIONS: Final[tuple[tuple[str, str | list[str], str, type[Event] | None], ...]] = (
    ("start", IDLE, CONNECTING, None),
    ("connect", [IDLE, CONNECTING], LIVE, ConnectEvent),
    ("pause", LIVE, PAUSED, LivePauseEvent),
    ("unpause", PAUSED, LIVE, LiveUnpauseEvent),
    ("end", [LIVE, PAUSED], ENDED, LiveEndEvent),
    ("disconnect", _ALIVE, DISCONNECTED, DisconnectEvent),
)

#: ControlMessage.action to the trigger it pulls (WIRE.md section 6).
CONTROL_TRIGGERS: Final[dict[int, str]] = {1: "pause", 2: "unpause", 3: "end", 4: "end"}

#: Which event class announces each trigger's transition.
ANNOUNCES: Final[dict[str, type[Event] | None]] = {t[0]: t[3] for t in TRANSITIONS}


def _machine_kwargs() -> dict[str, Any]:
    return {
        "states": list(STATES),
        "transitions": [
            {"trigger": trigger, "source": source, "dest": dest}
            for trigger, source, dest, _ in TRANSITIONS
        ],
        "initial": IDLE,
        "auto_transitions": False,
        # A trigger that does not apply in the current state is a no-op that
        # returns False: that is how "pause while paused" stays silent.
        "ignore_invalid_triggers": True,
    }


class Lifecycle:
    """One session's lifecycle machine. ``state`` is one of :data:`STATES`."""

    state: str

    def __init__(self) -> None:
        self._machine = Machine(model=self, **_machine_kwargs())

    def fire(self, trigger: str) -> bool:
        """Pull ``trigger``; True when the state changed (so its event is due)."""
        return bool(self._machine.events[trigger].trigger(self))

    def can(self, trigger: str) -> bool:
        """Whether ``trigger`` would move the machine from its current state."""
        return self.state in self._machine.events[trigger].transitions

    @property
    def connected(self) -> bool:
        """ConnectEvent has been emitted (and the session is not over)."""
        return self.state in (LIVE, PAUSED, ENDED)

    @property
    def over(self) -> bool:
        return self.state == DISCONNECTED


def mermaid() -> str:
    """The machine as a Mermaid state diagram, drawn by transitions itself."""
    from transitions.extensions import GraphMachine

    class _Model:
        pass

    model = _Model()
    GraphMachine(model=model, graph_engine="mermaid", title="livecore session", **_machine_kwargs())
    graph = model.get_graph()  # type: ignore[attr-defined]
    text: str = graph.draw(None)
    # Drop the styling of "the current state" (always idle here): the diagram
    # documents the machine, not one instance of it.
    lines = [line.rstrip() for line in text.splitlines() if not line.lstrip().startswith("Class ")]
    # transitions writes the title as bare front matter; Mermaid wants `title:`.
    if len(lines) > 2 and lines[0] == "---" and lines[2] == "---":
        lines[1] = f"title: {lines[1].strip()}"
    return "\n".join(lines).strip() + "\n"
