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

Sockets are not states. A session outlives a lost socket when the
connection reconnects (``livecore.connection``, ``livecore.reconnect``): a
live stream stays live and a paused one paused while a new socket is found,
so reconnecting never moves this machine; only a loss that ends the session
pulls ``disconnect``.

``docs/lifecycle.md`` carries the diagram generated from this table
(``make docs``); a test fails when it is stale.
"""

from __future__ import annotations

from typing import Any, Final

from transitions import Machine

from livecore.events import (
    ConnectEvent,
    DisconnectEvent,
    DisconnectReason,
    Event,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
)
from livecore.protocol import ControlAction

__all__ = ["ANNOUNCES", "CONTROL_TRIGGERS", "STATES", "TRANSITIONS", "Lifecycle", "mermaid"]

IDLE: Final = "idle"
CONNECTING: Final = "connecting"
LIVE: Final = "live"
PAUSED: Final = "paused"
ENDED: Final = "ended"
DISCONNECTED: Final = "disconnected"

STATES: Final = (IDLE, CONNECTING, LIVE, PAUSED, ENDED, DISCONNECTED)

_ALIVE: Final = [IDLE, CONNECTING, LIVE, PAUSED, ENDED]

#: trigger, from, to, the event that announces the move (None: silent), and
#: whether the transport should be closed once the move is made.
TRANSITIONS: Final[tuple[tuple[str, str | list[str], str, type[Event] | None, bool], ...]] = (
    ("start", IDLE, CONNECTING, None, False),
    ("connect", [IDLE, CONNECTING], LIVE, ConnectEvent, False),
    ("pause", LIVE, PAUSED, LivePauseEvent, False),
    ("unpause", PAUSED, LIVE, LiveUnpauseEvent, False),
    ("end", [LIVE, PAUSED], ENDED, LiveEndEvent, True),
    ("disconnect", _ALIVE, DISCONNECTED, DisconnectEvent, False),
)

#: ControlMessage.action to the trigger it pulls (docs/protocol.md, the custom events).
CONTROL_TRIGGERS: Final[dict[int, str]] = {
    ControlAction.PAUSE: "pause",
    ControlAction.UNPAUSE: "unpause",
    ControlAction.END: "end",
    ControlAction.SUSPEND: "end",
}

#: Which event class announces each trigger's transition.
ANNOUNCES: Final[dict[str, type[Event] | None]] = {t[0]: t[3] for t in TRANSITIONS}

_CLOSES: Final = frozenset(t[0] for t in TRANSITIONS if t[4])
_SOURCES: Final[dict[str, frozenset[str]]] = {
    t[0]: frozenset([t[1]] if isinstance(t[1], str) else t[1]) for t in TRANSITIONS
}
_CONNECT_FROM: Final = _SOURCES["connect"]

#: The WebSocket close code of a connection that broke without a close frame.
ABNORMAL_CLOSE: Final = 1006


def _machine_kwargs() -> dict[str, Any]:
    return {
        "states": list(STATES),
        "transitions": [
            {"trigger": trigger, "source": source, "dest": dest}
            for trigger, source, dest, _, _ in TRANSITIONS
        ],
        "initial": IDLE,
        "auto_transitions": False,
        # Lifecycle.fire() refuses inapplicable triggers from the table first;
        # this keeps the machine quiet for any other caller too.
        "ignore_invalid_triggers": True,
    }


class Lifecycle:
    """One session's lifecycle machine. ``state`` is one of :data:`STATES`.

    Besides the state it keeps one fact the table cannot: whether someone
    asked for the transport to be closed, and why. A close request is not a
    state (frames already in flight are still delivered, and the first of
    them may still connect); the state records what happened on the wire.
    """

    state: str

    def __init__(self) -> None:
        self._machine = Machine(model=self, **_machine_kwargs())
        self.close_reason: DisconnectReason | None = None

    def fire(self, trigger: str) -> bool:
        """Pull ``trigger``; True when the state changed (so its event is due).

        A trigger that does not apply in the current state (a pause while
        paused, say) is answered from the table without asking the machine,
        which would log a warning for each one.
        """
        if self.state not in _SOURCES[trigger]:
            return False
        moved = bool(self._machine.events[trigger].trigger(self))
        if moved and trigger in _CLOSES:
            self.request_close(DisconnectReason.LIVE_ENDED)
        return moved

    def request_close(self, reason: DisconnectReason) -> None:
        """Ask for the transport to be closed; the first request's reason is kept."""
        if self.close_reason is None and self.state != DISCONNECTED:
            self.close_reason = reason

    @property
    def awaiting_connect(self) -> bool:
        """The next decoded payload connects the session (cheap: no trigger pulled)."""
        return self.state in _CONNECT_FROM

    @property
    def wants_close(self) -> bool:
        return self.close_reason is not None and self.state != DISCONNECTED

    @property
    def over(self) -> bool:
        return self.state == DISCONNECTED

    def disconnect_reason(
        self, code: int | None, given: DisconnectReason | None = None
    ) -> DisconnectReason:
        """Why the session ends when its transport goes, first rule that applies:

        1. the stream ended (state ``ended``): ``LIVE_ENDED``;
        2. a close was requested: its reason (``CLOSED_BY_CLIENT`` for
           ``Connection.close()``, ``PROTOCOL_ERROR`` when livecore gave up);
        3. the driver said why (``given``, e.g. ``END_OF_RECORDING``);
        4. no close code, or 1006: ``TRANSPORT_ERROR``;
        5. any other close code: ``CLOSED_BY_SERVER``.
        """
        if self.state == ENDED:
            return DisconnectReason.LIVE_ENDED
        if self.close_reason is not None:
            return self.close_reason
        if given is not None:
            return given
        if code is None or code == ABNORMAL_CLOSE:
            return DisconnectReason.TRANSPORT_ERROR
        return DisconnectReason.CLOSED_BY_SERVER


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
