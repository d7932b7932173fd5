"""The simulated room's protocol logic, sans-IO: a Webcast server in miniature.

A :class:`Script` is a whole stream, written by hand (:meth:`Script.parse`)
or drawn from a seed (:meth:`Script.random`, the vectors' mix of kinds). A
:class:`Room` compiles it once into a fixed log of ``msg`` frames, so every
client that connects (and every reconnect) sees the same msg_ids, and a
``cursor`` names a position in that log: a client that connects with the
cursor of the last frame it got resumes right after it.

Each WebSocket connection is a :class:`RoomSession`, driven like the client's
:class:`~livecore.connection.Connection`: ``receive_data`` for what the
client sends, ``handle_timeout(now)`` when ``next_deadline()`` passes,
``data_to_send()`` for the frames to push, ``close_code`` once it wants the
socket closed. It records what it sent (frames, msg_ids, which asked for an
ack) and what it got (enter-room, heartbeats, acks), for tests and the soak.

A :class:`Faults` plan (``Faults.parse("drop@120,close@300:1011,history:5")``
or :meth:`Faults.random`) makes the room misbehave on purpose: cut or close
the socket, fall silent, push frames no client can read, refuse handshakes,
replay history on resume. Each positioned fault fires once per room, so a
client that resumes from its cursor gets past it, and ``Room.faults_fired``
counts what fired: "nothing lost, nothing duplicated" stays checkable.

Nothing here reads a clock or touches a socket: ``livecore_trio.room``
serves it over a real WebSocket on loopback. One module per concern:
:mod:`~livecore.room.script` (the script language),
:mod:`~livecore.room.faults` (the fault language),
:mod:`~livecore.room.hostile` (frames no client can read),
:mod:`~livecore.room.building` (messages from step keywords),
:mod:`~livecore.room.log` (the room) and :mod:`~livecore.room.serving`
(one connection).
"""

from __future__ import annotations

from livecore.room.faults import FAULT_HELP, RANDOM_KINDS, Fault, Faults, FaultSpecError, Refusal
from livecore.room.hostile import BOMB_SIZE, OVERSIZE
from livecore.room.log import (
    DEFAULT_LINGER,
    DEFAULT_PING_INTERVAL,
    DEFAULT_RATE,
    DEFAULT_ROOM_ID,
    MAX_SESSIONS_KEPT,
    PUSH_PATH,
    LogEntry,
    Room,
    corpus,
)
from livecore.room.script import (
    STEP_HELP,
    Item,
    Script,
    ScriptClose,
    ScriptError,
    ScriptFrame,
    ScriptRate,
    ScriptWait,
    step_help,
)
from livecore.room.serving import Ack, Heartbeat, Injected, RoomSession, SentFrame

__all__ = [
    "BOMB_SIZE",
    "DEFAULT_LINGER",
    "DEFAULT_PING_INTERVAL",
    "DEFAULT_RATE",
    "DEFAULT_ROOM_ID",
    "FAULT_HELP",
    "MAX_SESSIONS_KEPT",
    "OVERSIZE",
    "PUSH_PATH",
    "RANDOM_KINDS",
    "STEP_HELP",
    "Ack",
    "Fault",
    "FaultSpecError",
    "Faults",
    "Heartbeat",
    "Injected",
    "Item",
    "LogEntry",
    "Refusal",
    "Room",
    "RoomSession",
    "Script",
    "ScriptClose",
    "ScriptError",
    "ScriptFrame",
    "ScriptRate",
    "ScriptWait",
    "SentFrame",
    "corpus",
    "step_help",
]
