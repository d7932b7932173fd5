"""The state machines of a session, each one table, and why a session ends.

The theory, once. A connection runs two machines, and nothing else decides
where it stands.

**The session's lifecycle** is what a user experiences as "watching a
LIVE": it starts when the adapter starts working on it, becomes live when the
first payload is in hand (``ConnectEvent``), may pause and unpause while the
streamer steps away, ends when the stream ends, and is over when its
transport is gone (``DisconnectEvent``). The machine moves only on those
changes, never once per message, and the lifecycle events are exactly its
transitions: a ``LivePauseEvent`` is the move from live to paused, so a
second pause, an unpause while live, or any control action after the end is
just a ``ControlEvent``. That makes the announced events alternate (pause,
unpause, pause, ...) and puts ``ConnectEvent`` first and ``DisconnectEvent``
last by construction.

**The socket's phases** are the session's transport: no socket yet, dialling,
open, closing (this side wants it closed: the stream ended, the user closed
the session, or the watchdog found it silent), waiting to reconnect, and gone
(the session is over). A session outlives its sockets: a live stream stays
live, and a paused one paused, while a new socket is found, so reconnecting
never moves the lifecycle; only a loss that ends the session pulls its
``disconnect``.

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

Both machines are ``transitions`` machines built once for the process and
shared by every connection (each connection is a model the machine moves; it
is never registered, so the machine holds no reference to it).
``docs/lifecycle.md`` carries the diagrams generated from these tables
(``make docs``); a test fails when they are stale.
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
from livecore.webcast import ControlAction

__all__ = [
    "ANNOUNCES",
    "CONTROL_TRIGGERS",
    "PHASES",
    "RETRYABLE",
    "SOCKET_TRANSITIONS",
    "STATES",
    "TRANSITIONS",
    "Lifecycle",
    "Socket",
    "closing_words",
    "end_reason",
    "mermaid",
]

# ---- the session's lifecycle ---------------------------------------------------------

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

#: ControlMessage.action to the trigger it pulls (docs/protocol.md, custom events).
CONTROL_TRIGGERS: Final[dict[int, str]] = {
    ControlAction.STREAM_PAUSED: "pause",
    ControlAction.STREAM_UNPAUSED: "unpause",
    ControlAction.STREAM_ENDED: "end",
    ControlAction.STREAM_SUSPENDED: "end",
}

#: Which event class announces each trigger's transition.
ANNOUNCES: Final[dict[str, type[Event] | None]] = {t[0]: t[3] for t in TRANSITIONS}

_CLOSES: Final = frozenset(t[0] for t in TRANSITIONS if t[4])

# ---- the socket's phases -------------------------------------------------------------

NO_SOCKET: Final = "no_socket"
DIALLING: Final = "dialling"
OPEN: Final = "open"
CLOSING: Final = "closing"
WAITING: Final = "waiting"
GONE: Final = "gone"

PHASES: Final = (NO_SOCKET, DIALLING, OPEN, CLOSING, WAITING, GONE)

_BEFORE_GONE: Final = [NO_SOCKET, DIALLING, OPEN, CLOSING, WAITING]

#: trigger, from, to. ``open`` from open or closing: the driver replaced the
#: socket without reporting the old one (allowed; the new one starts afresh).
SOCKET_TRANSITIONS: Final[tuple[tuple[str, str | list[str], str], ...]] = (
    ("dial", [NO_SOCKET, WAITING], DIALLING),  # start(), or the reconnect try is due
    ("open", _BEFORE_GONE, OPEN),  # socket_opened()
    ("close", OPEN, CLOSING),  # the session wants it closed, or the watchdog does
    ("lose", [DIALLING, OPEN, CLOSING, WAITING], WAITING),  # lost, and another try allowed
    ("end", _BEFORE_GONE, GONE),  # the session is over
)


class _Table:
    """One table run by one ``transitions`` machine, shared by every model.

    :meth:`fire` answers a trigger that does not apply from the table itself
    (the machine would log a warning for each one), so the machine runs only
    on real moves.
    """

    def __init__(
        self,
        name: str,
        states: tuple[str, ...],
        table: tuple[tuple[str, str | list[str], str], ...],
        attribute: str,
    ) -> None:
        self.name = name
        self.attribute = attribute
        self.sources = {t: frozenset([s] if isinstance(s, str) else s) for t, s, _ in table}
        self.kwargs: dict[str, Any] = {
            "states": list(states),
            "transitions": [{"trigger": t, "source": s, "dest": d} for t, s, d in table],
            "initial": states[0],
            "auto_transitions": False,
            "ignore_invalid_triggers": True,
            "model_attribute": attribute,
        }
        self.machine = Machine(model=None, **self.kwargs)
        self._events = self.machine.events

    def fire(self, model: object, trigger: str) -> bool:
        """Pull ``trigger`` on ``model``; True when it moved."""
        if getattr(model, self.attribute) not in self.sources[trigger]:
            return False
        return bool(self._events[trigger].trigger(model))


_SESSION: Final = _Table(
    "livecore session", STATES, tuple((t[0], t[1], t[2]) for t in TRANSITIONS), "state"
)
_SOCKET: Final = _Table("livecore socket", PHASES, SOCKET_TRANSITIONS, "phase")
_CONNECT_FROM: Final = _SESSION.sources["connect"]


class Lifecycle:
    """One session's lifecycle. ``state`` is one of :data:`STATES`.

    Besides the state it keeps one fact the table cannot: whether someone
    asked for the transport to be closed, and why. A close request is not a
    state (frames already in flight are still delivered, and the first of
    them may still connect); the state records what happened on the wire.
    """

    __slots__ = ("close_reason", "state")

    def __init__(self) -> None:
        self.state: str = IDLE
        self.close_reason: DisconnectReason | None = None

    def fire(self, trigger: str) -> bool:
        """Pull ``trigger``; True when the state changed (so its event is due)."""
        moved = _SESSION.fire(self, trigger)
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


class Socket:
    """The session's socket. ``phase`` is one of :data:`PHASES`.

    ``dropped`` is why this side is closing an open socket that the session
    itself does not want closed (the watchdog's ``STALE``), with ``detail``
    saying what it saw (kept after the socket goes, for the record).
    """

    __slots__ = ("detail", "dropped", "phase")

    def __init__(self) -> None:
        self.phase: str = NO_SOCKET
        self.dropped: DisconnectReason | None = None
        self.detail = ""

    def fire(self, trigger: str) -> bool:
        """Pull ``trigger``; True when the phase changed."""
        moved = _SOCKET.fire(self, trigger)
        if moved and trigger in ("open", "lose", "end"):
            self.dropped = None
        return moved

    def drop(self, reason: DisconnectReason, detail: str) -> None:
        """Close the open socket for ``reason`` (the session goes on)."""
        if self.fire("close"):
            self.dropped = reason
            self.detail = detail


# ---- why a session ends ----------------------------------------------------------------

#: The WebSocket close code of a connection that broke without a close frame.
ABNORMAL_CLOSE: Final = 1006
#: The close code of a message over the receiver's size limit.
MESSAGE_TOO_BIG: Final = 1009

#: Reasons a lost socket may be retried for; the others end the session.
#: (``PROTOCOL_ERROR`` is retried only when the transport said it, a 1009:
#: livecore's own give-up is a requested close, and those never retry.)
RETRYABLE: Final = frozenset(
    {
        DisconnectReason.TRANSPORT_ERROR,
        DisconnectReason.CLOSED_BY_SERVER,
        DisconnectReason.STALE,
        DisconnectReason.CONNECT_FAILED,
        DisconnectReason.PROTOCOL_ERROR,
    }
)


def end_reason(
    lifecycle: Lifecycle,
    socket: Socket,
    code: int | None,
    given: DisconnectReason | None = None,
    detail: str = "",
) -> tuple[DisconnectReason, str]:
    """Why the socket went (and, if it is not retried, the session), with the
    detail to report. The first rule that applies:

    1. the stream ended (state ``ended``): ``LIVE_ENDED``;
    2. a close was requested: its reason (``CLOSED_BY_CLIENT`` for
       ``Connection.close()``, ``PROTOCOL_ERROR`` when livecore gave up);
    3. the watchdog dropped the socket: ``STALE``, its finding first in the detail;
    4. the driver said why (``given``: ``CONNECT_FAILED``, ``END_OF_RECORDING``);
    5. close code 1009 (a message over the size limit): ``PROTOCOL_ERROR``;
    6. no close code, or 1006: ``TRANSPORT_ERROR``;
    7. any other close code: ``CLOSED_BY_SERVER``.
    """
    if lifecycle.state == ENDED:
        return DisconnectReason.LIVE_ENDED, detail
    if lifecycle.close_reason is not None:
        return lifecycle.close_reason, detail
    if socket.dropped is not None:
        return socket.dropped, f"{socket.detail}; {detail}" if detail else socket.detail
    if given is not None:
        return given, detail
    if code == MESSAGE_TOO_BIG:
        return DisconnectReason.PROTOCOL_ERROR, detail
    if code is None or code == ABNORMAL_CLOSE:
        return DisconnectReason.TRANSPORT_ERROR, detail
    return DisconnectReason.CLOSED_BY_SERVER, detail


def closing_words(lifecycle: Lifecycle, socket: Socket) -> str:
    """What this side says in the close frame when it closes the socket."""
    if lifecycle.state == ENDED:
        return "the stream ended"
    if lifecycle.close_reason is DisconnectReason.CLOSED_BY_CLIENT:
        return "closed by the client"
    if socket.dropped is DisconnectReason.STALE:
        return "stale"  # the detail stays ours (a server may echo the words back)
    return "livecore gave up on the server"


# ---- the diagrams -----------------------------------------------------------------------


def mermaid(machine: str = "session") -> str:
    """A machine (``"session"`` or ``"socket"``) as a Mermaid state diagram,
    drawn by transitions itself from the same table."""
    from transitions.extensions import GraphMachine

    table = {"session": _SESSION, "socket": _SOCKET}[machine]

    class _Model:
        pass

    model = _Model()
    GraphMachine(model=model, graph_engine="mermaid", title=table.name, **table.kwargs)
    graph = model.get_graph()  # type: ignore[attr-defined]
    text: str = graph.draw(None)
    # Drop the styling of "the current state" (always the initial one here):
    # the diagram documents the machine, not one instance of it.
    lines = [line.rstrip() for line in text.splitlines() if not line.lstrip().startswith("Class ")]
    # transitions writes the title as bare front matter; Mermaid wants `title:`.
    if len(lines) > 2 and lines[0] == "---" and lines[2] == "---":
        lines[1] = f"title: {lines[1].strip()}"
    return "\n".join(lines).strip() + "\n"
