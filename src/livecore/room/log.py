"""The room: a script compiled once into a fixed log of ``msg`` frames.

Every client that connects (and every reconnect) sees the same msg_ids, and
a ``cursor`` names a position in that log: a client that connects with the
cursor of the last frame it got resumes right after it. The room also hands
out the first payload, answers handshakes (or refuses them) and keeps the
books of the faults that fired; each connection is a
:class:`~livecore.room.serving.RoomSession`.
"""

from __future__ import annotations

import random
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from livecore import frames, handshake
from livecore.handshake import HANDSHAKE_MSG, HANDSHAKE_OPTIONS, MAX_PING_INTERVAL
from livecore.proto import pb
from livecore.room.building import MessageBuilder
from livecore.room.faults import MAX_COUNT, REFUSALS, Fault, Faults, Refusal
from livecore.room.hostile import bomb_frame, garbage_frame, oversize_frame, truncated_frame
from livecore.room.script import Item, Script, ScriptFrame, ScriptRate
from livecore.room.serving import RoomSession

__all__ = [
    "DEFAULT_LINGER",
    "DEFAULT_PING_INTERVAL",
    "DEFAULT_RATE",
    "DEFAULT_ROOM_ID",
    "PUSH_PATH",
    "LogEntry",
    "Room",
    "corpus",
]

DEFAULT_ROOM_ID: Final = 7_312_345_678_901_234_567
DEFAULT_RATE: Final = 50.0
"""Frames per second a room pushes unless told otherwise."""
DEFAULT_PING_INTERVAL: Final = handshake.DEFAULT_PING_INTERVAL
"""The ``ping-interval`` a room announces in ``Handshake-Options`` (seconds):
TikTok's, the one a client assumes when the header names none."""
DEFAULT_LINGER: Final = 5.0
"""Seconds a room waits, once its stream is over, for the client to close
before it closes the socket itself (code 1000)."""


_BASE_MS: Final = 1_764_150_000_000  # the simulated clock's epoch, ms

PUSH_PATH: Final = "/webcast/im/push/v2/"
"""The path a room's push_server URL names (any path is accepted)."""

_CURSOR: Final = re.compile(r"^r-(\d{1,12})$")

MAX_SESSIONS_KEPT: Final = 10_000
"""The most sessions (and refused handshakes) a room keeps the records of: a
room served for days forgets the oldest closed ones, so its memory stays
bounded however many clients come and go."""


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One item of a room's log: a script item and, for a frame, what the room
    pushes for it. Fixed when the room is built, so every session (and every
    reconnect) pushes the same frame, msg_ids and all, at the same position."""

    item: Item
    index: int = -1
    """The frame index for a :class:`ScriptFrame` (0 is the stream's first), -1 otherwise."""
    log_id: int = 0
    need_ack: bool = False
    internal_ext: str = ""
    messages: tuple[pb.Message, ...] = ()

    @property
    def msg_ids(self) -> tuple[int, ...]:
        return tuple(m.msg_id for m in self.messages)


class Room:
    """One simulated room: a script compiled into a fixed log, served to any number of sessions.

    :param script: the stream; by default ``Script.random(seed)``.
    :param seed: draws msg_ids, users and contents (and the default script).
    :param rate: frames per second (a script's ``rate`` step changes it).
    :param ping_interval: announced in ``Handshake-Options``.
    :param ack_ratio: the share of frames that ask for an ack.
    :param linger: seconds to wait for the client's close once the stream is over.
    :param faults: what goes wrong, and where (:class:`Faults`); ``faults_fired``
        counts what did.
    """

    def __init__(
        self,
        script: Script | None = None,
        *,
        seed: int = 0,
        room_id: int = DEFAULT_ROOM_ID,
        rate: float = DEFAULT_RATE,
        ping_interval: float = DEFAULT_PING_INTERVAL,
        ack_ratio: float = 0.75,
        linger: float = DEFAULT_LINGER,
        compress: bool = True,
        faults: Faults | None = None,
    ) -> None:
        if not 0 < rate <= 100_000:
            raise ValueError("rate must be in (0, 100000] frames per second")
        if not 0 < ping_interval <= MAX_PING_INTERVAL:
            raise ValueError(f"ping_interval must be in (0, {MAX_PING_INTERVAL:g}] seconds")
        self.script = script if script is not None else Script.random(seed)
        self.seed = seed
        self.room_id = room_id
        self.rate = rate
        self.ping_interval = ping_interval
        self.linger = linger
        self.compress = compress
        self.sessions: list[RoomSession] = []
        self.faults = faults if faults is not None else Faults()
        #: Faults a client met, by kind: one per positioned fault that fired, one
        #: per history frame sent, one per refused handshake.
        self.faults_fired: Counter[str] = Counter()
        #: The handshakes refused so far, in order (the latest MAX_SESSIONS_KEPT).
        self.refused: list[Refusal] = []
        self._closes_done: set[int] = set()  # positions of ScriptClose items already executed
        self._faults_at: dict[int, list[int]] = {}  # frame index -> slots of self.faults.items
        self._faults_done: set[int] = set()  # slots already fired (once per room)
        self._refusals: deque[Refusal] = deque()
        for slot, fault in enumerate(self.faults.items):
            if fault.at is not None:
                self._faults_at.setdefault(fault.at, []).append(slot)
            elif fault.kind in REFUSALS:  # from the first handshake on
                self._faults_done.add(slot)
                self._refuse_for(fault)
        self._log = _compile(self.script, random.Random(seed), room_id, ack_ratio)
        self._frame_positions = [p for p, entry in enumerate(self._log) if entry.index >= 0]
        self._encoded: dict[int, bytes] = {}  # log position -> its frame, built once

    # ---- what the room holds ------------------------------------------------------

    @property
    def msg_ids(self) -> list[int]:
        """Every msg_id of the whole stream, in order: what a client that
        loses nothing receives."""
        return [m.msg_id for entry in self._log for m in entry.messages]

    @property
    def frame_count(self) -> int:
        return len(self._frame_positions)

    @property
    def log(self) -> tuple[LogEntry, ...]:
        """The compiled stream, one entry per script item: what every session plays."""
        return self._log

    def cursor_after(self, position: int) -> str:
        """The cursor that resumes at log ``position`` (0: the start)."""
        return f"r-{position}"

    def position_of(self, cursor: str | None) -> int:
        """The log position a cursor resumes at; 0 for none or one this room never gave."""
        match = _CURSOR.match(cursor or "")
        if not match:
            return 0
        return min(int(match.group(1)), len(self._log))

    def first_payload(self, push_server: str) -> bytes:
        """The sign server's answer for this room: a bare FetchResult, ``is_first``
        set, pointing at ``push_server`` (the room's own ``ws://`` URL)."""
        result = pb.FetchResult(
            cursor=self.cursor_after(0),
            fetch_interval=1000,
            now=_BASE_MS,
            internal_ext=f"internal_src:dim|wss_push_room_id:{self.room_id}|first_req_ms:{_BASE_MS}",
            fetch_type=1,
            route_params={
                "room_id": str(self.room_id),
                "aid": "1988",
                "version_code": "270000",
                "device_platform": "web",
            },
            heartbeat_duration=int(self.ping_interval * 1000),
            need_ack=False,
            push_server=push_server,
            is_first=True,
        )
        return result.SerializeToString()

    def history_frame(self, position: int, count: int) -> tuple[bytes, tuple[int, ...]]:
        """A ``msg`` frame repeating the ``count`` messages before log ``position``,
        each with ``is_history`` set, and their msg_ids. It carries no cursor and
        asks for no ack: a client keeps its own resume point."""
        repeated: list[pb.Message] = []
        for entry in reversed(self._log[:position]):
            repeated.extend(reversed(entry.messages))
            if len(repeated) >= count:
                break
        messages = []
        for original in reversed(repeated[:count]):
            copy = pb.Message()
            copy.CopyFrom(original)
            copy.is_history = True
            messages.append(copy)
        result = pb.FetchResult(
            messages=messages,
            fetch_interval=1000,
            fetch_type=1,
            heartbeat_duration=int(self.ping_interval * 1000),
        )
        frame = frames.encode_msg_frame(result, compress=self.compress)
        return frame, tuple(m.msg_id for m in messages)

    def fault_frame(self, kind: str, index: int) -> bytes:
        """The extra frame a ``garbage``, ``truncated``, ``bomb`` or ``oversize``
        fault pushes before frame ``index``. None of them can be read for a
        msg_id: the stream's messages arrive only in the log's own frames."""
        if kind == "garbage":
            return garbage_frame(self.seed, index)
        if kind == "bomb":
            return bomb_frame()
        if kind == "oversize":
            return oversize_frame()
        if kind == "truncated":  # that frame's own payload, cut in the middle
            return truncated_frame(self._fetch_result(self._frame_positions[index]))
        raise ValueError(f"{kind!r} faults push no frame")

    def encoded_frame(self, position: int) -> bytes:
        """The ``msg`` frame at a log position, exactly as the room sends it."""
        entry = self._log[position]
        if entry.index < 0:
            raise ValueError(f"position {position} holds {entry.item!r}, not a frame")
        encoded = self._encoded.get(position)
        if encoded is None:
            encoded = self._encoded[position] = frames.encode_msg_frame(
                self._fetch_result(position),
                seq_id=entry.index + 1,
                log_id=entry.log_id,
                compress=self.compress,
            )
        return encoded

    def _fetch_result(self, position: int) -> pb.FetchResult:
        entry = self._log[position]
        return pb.FetchResult(
            messages=entry.messages,
            cursor=self.cursor_after(position + 1),
            fetch_interval=1000,
            now=_BASE_MS + entry.index,
            internal_ext=entry.internal_ext,
            fetch_type=1,
            heartbeat_duration=int(self.ping_interval * 1000),
            need_ack=entry.need_ack,
        )

    def frames(self) -> Iterator[bytes]:
        """Every ``msg`` frame of the stream in order, as sent (a corpus, a recording)."""
        for position, entry in enumerate(self._log):
            if entry.index >= 0:
                yield self.encoded_frame(position)

    # ---- sessions -------------------------------------------------------------------

    def open(
        self,
        now: float,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
    ) -> RoomSession:
        """A client's WebSocket handshake was accepted: a new session, resuming
        from the query's ``cursor`` when it names one of this room's positions.
        ``headers`` (the request's) are kept by lower-case name, so tests can
        check what a client sent (its ``Cookie``, its ``User-Agent``)."""
        session = RoomSession(self, now, dict(query or {}), _header_dict(headers))
        self.sessions.append(session)
        if len(self.sessions) > MAX_SESSIONS_KEPT:  # a room served for days: forget the oldest
            done = next((i for i, s in enumerate(self.sessions) if s.closed), None)
            if done is not None:  # an open session is never forgotten
                del self.sessions[done]
        return session

    def rate_at(self, position: int) -> float:
        """The push rate (frames per second) in force at log ``position``: the
        room's, or the last ``rate`` step before it. A resuming session starts at it."""
        rate = self.rate
        for entry in self._log[:position]:
            if isinstance(entry.item, ScriptRate):
                rate = entry.item.per_second
        return rate

    def claim_close(self, position: int) -> bool:
        """A session reached the ``close`` step at log ``position``: True the first
        time in this room, so a client that resumes before it gets past it."""
        if position in self._closes_done:
            return False
        self._closes_done.add(position)
        return True

    def fire_fault(self, index: int) -> Fault | None:
        """The next fault planned before frame ``index`` that has not fired in
        this room yet (plan order), now fired; None once there is none left.

        Fired faults are counted in :attr:`faults_fired` as a client meets them
        (a cut as a ``drop``); a positioned refusal also queues the handshakes
        it refuses, since the client meets those when it reconnects.
        """
        for slot in self._faults_at.get(index, ()):
            if slot in self._faults_done:
                continue
            self._faults_done.add(slot)
            fault = self.faults.items[slot]
            self.faults_fired["drop" if fault.cuts else fault.kind] += 1
            if fault.kind in REFUSALS:
                self._refuse_for(fault)
            return fault
        return None

    def refuse(self, count: int = 1, *, status: int = 503, message: str = "") -> None:
        """Refuse the next ``count`` handshakes with HTTP ``status`` instead of 101.

        Status 200 is how TikTok refuses a client it detected: the reason goes
        in a ``Handshake-Msg`` header (``docs/protocol.md``, "The HTTP steps").
        Any status carries ``message`` as its body too.
        """
        if status == 101 or not 200 <= status <= 599:
            raise ValueError(f"a refusal is an HTTP status 200-599 other than 101, not {status}")
        if not 1 <= count <= MAX_COUNT:
            raise ValueError(f"count is 1 to {MAX_COUNT}, not {count}")
        text = message or ("handshake refused" if status == 200 else "service unavailable")
        headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/plain; charset=utf-8"),)
        if status == 200:
            headers += ((HANDSHAKE_MSG, text),)
        self._refusals.extend([Refusal(status, headers, text.encode() + b"\n")] * count)

    def refusal(self, now: float) -> Refusal | None:
        """A handshake arrived at ``now``: the refusal to answer it with (used
        up), or None to accept it (then :meth:`open`)."""
        if not self._refusals:
            return None
        refusal = self._refusals.popleft()
        self.refused.append(refusal)
        del self.refused[:-MAX_SESSIONS_KEPT]
        self.faults_fired[refusal.kind] += 1
        return refusal

    def _refuse_for(self, fault: Fault) -> None:
        reason = "the simulated room refuses this handshake (fault)"
        self.refuse(fault.arg or 1, status=200 if fault.kind == "reject" else 503, message=reason)

    def handshake_headers(self) -> list[tuple[str, str]]:
        """Headers for the handshake's response."""
        interval = f"{self.ping_interval:g}"
        return [(HANDSHAKE_OPTIONS, f"ping-interval={interval}")]

    @property
    def sent_msg_ids(self) -> list[int]:
        """The msg_ids pushed over all sessions so far, in order (repeats included)."""
        return [i for s in self.sessions for f in s.sent for i in f.msg_ids]


def _compile(
    script: Script, rng: random.Random, room_id: int, ack_ratio: float
) -> tuple[LogEntry, ...]:
    """The room's log: every message built, every frame's ids and ack drawn, in order."""
    builder = MessageBuilder(room_id, rng)
    log: list[LogEntry] = []
    frame_index = 0
    clock_ms = _BASE_MS
    for item in script.items:
        if not isinstance(item, ScriptFrame):
            log.append(LogEntry(item))
            continue
        clock_ms += rng.randrange(50, 400)
        messages = tuple(builder.message(kind, arg, clock_ms) for kind, arg in item.messages)
        ext = (
            f"internal_src:dim|wss_push_room_id:{room_id}|wss_push_did:1"
            f"|fetch_time:{clock_ms}|seq:{frame_index + 1}|wss_info:0-{clock_ms}-0-0"
        )
        log.append(
            LogEntry(
                item,
                frame_index,
                log_id=7_000_000_000 + frame_index + 1,
                need_ack=rng.random() < ack_ratio,
                internal_ext=ext,
                messages=messages,
            )
        )
        frame_index += 1
    return tuple(log)


def corpus(seed: int = 1, frames: int = 2040, *, per_frame: int | None = None) -> list[bytes]:
    """``frames`` gzip ``msg`` frames of the vectors' mix, as a room would push
    them: the benchmark corpus. Deterministic for a seed; without the rarer
    kinds, so that it stays the same corpus from release to release."""
    script = Script.random(seed, frames, per_frame=per_frame, pause=False, end=False, rare=False)
    return list(Room(script, seed=seed).frames())


def _header_dict(
    headers: Mapping[str, str] | Iterable[tuple[str, str]] | None,
) -> dict[str, str]:
    """Request headers by lower-case name; a repeated one joined as HTTP allows."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers or ()
    out: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        if key in out:
            value = out[key] + ("; " if key == "cookie" else ", ") + value
        out[key] = value
    return out
