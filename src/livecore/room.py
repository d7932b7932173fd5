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
serves it over a real WebSocket on loopback.
"""

from __future__ import annotations

import functools
import gzip
import random
import re
import struct
import zlib
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from google.protobuf.message import DecodeError as _PbDecodeError
from google.protobuf.message import Message as _PbMessage

from livecore import frames
from livecore.errors import FrameDecodeError
from livecore.handshake import HANDSHAKE_MSG, HANDSHAKE_OPTIONS
from livecore.proto import webcast_pb2 as pb
from livecore.protocol import PayloadType

__all__ = [
    "BOMB_SIZE",
    "DEFAULT_LINGER",
    "DEFAULT_PING_INTERVAL",
    "DEFAULT_RATE",
    "DEFAULT_ROOM_ID",
    "FAULT_HELP",
    "OVERSIZE",
    "PUSH_PATH",
    "RANDOM_KINDS",
    "Ack",
    "Close",
    "Fault",
    "FaultSpecError",
    "Faults",
    "Frame",
    "Heartbeat",
    "Injected",
    "Item",
    "Refusal",
    "Room",
    "RoomSession",
    "Script",
    "ScriptError",
    "SentFrame",
    "Wait",
    "corpus",
]

DEFAULT_ROOM_ID: Final = 7_312_345_678_901_234_567
DEFAULT_RATE: Final = 50.0
"""Frames per second a room pushes unless told otherwise."""
DEFAULT_PING_INTERVAL: Final = 10.0
"""The ``ping-interval`` a room announces in ``Handshake-Options`` (seconds)."""
DEFAULT_LINGER: Final = 5.0
"""Seconds a room waits, once its stream is over, for the client to close
before it closes the socket itself (code 1000)."""

_BASE_MS: Final = 1_764_150_000_000  # the simulated clock's epoch, ms
_FIRST_MSG_ID: Final = 7_400_000_000_000_000_000
_MAX_BURST: Final = 256  # frames pushed by one handle_timeout call at most
_MAX_DIGITS: Final = 12  # the longest number a script or a fault plan may hold
_MAX_RECORDED: Final = 100_000  # heartbeats kept per session (acks: this plus 2 per frame)
_MAX_ERRORS_KEPT: Final = 64  # undecodable client frames (and enter-rooms) kept per session
_MAX_ERROR_BYTES: Final = 64 * 1024  # of each kept undecodable frame

PUSH_PATH: Final = "/webcast/im/push/v2/"
"""The path a room's push_server URL names (any path is accepted)."""

_CURSOR: Final = re.compile(r"^r-(\d{1,12})$")

# The vectors' mix of kinds: weights out of 1,860 messages of mixed.frames.
_MIX: Final[tuple[tuple[str, int], ...]] = (
    ("comment", 689),
    ("like", 439),
    ("join", 258),
    ("gift", 159),
    ("follow", 74),
    ("share", 59),
    ("viewers", 75),
    ("superfan", 23),
    ("superfan_join", 19),
    ("barrage", 0),
    ("superfan_box", 14),
    ("envelope", 17),
    ("control", 26),
    ("unknown", 8),
)
_PER_FRAME: Final = ((1, 103), (2, 73), (3, 56), (5, 52), (8, 65), (13, 51))

_COMMENTS: Final = (
    "hello!",
    "where are you from?",
    "🔥🔥🔥",
    "love this stream",
    "first time here",
    "can you say hi to me?",
    "what game is this?",
    "lol",
    "❤️❤️",
    "greetings from São Paulo",
)
_GIFTS: Final = (
    (5655, "Rose", 1),
    (5827, "Ice Cream Cone", 1),
    (6064, "GG", 1),
    (5585, "Confetti", 100),
)

# One step of a hand-written script: its keyword and what its argument means.
_STEP_HELP: Final = {
    "comment": "comment [TEXT]: a chat message",
    "like": "like [N]: N likes (default 1)",
    "join": "join: a viewer joins",
    "gift": "gift [N]: a gift sent N times (default 1)",
    "follow": "follow: a new follower",
    "share": "share [N]: a share; N = viewers who joined through it",
    "viewers": "viewers [N]: the viewer count (RoomUserSeq)",
    "superfan": "superfan: a super fan barrage",
    "superfan_join": "superfan_join: a viewer became a super fan",
    "barrage": "barrage: a plain barrage",
    "superfan_box": "superfan_box: a super fan box (envelope)",
    "envelope": "envelope: a treasure box",
    "control": "control N: a control message with action N",
    "unknown": "unknown [METHOD]: a message of a method livecore does not know",
    "pause": "pause: the streamer pauses",
    "unpause": "unpause: the streamer resumes",
    "end": "end: the streamer ends the stream",
    "suspend": "suspend: the platform suspends the stream",
    "wait": "wait DURATION: nothing for a while (2s, 500ms)",
    "rate": "rate R: frames per second from here on",
    "close": "close CODE [REASON]: the server closes the socket (once)",
}
_CONTROL_STEPS: Final = {"pause": 1, "unpause": 2, "end": 3, "suspend": 4}
_ENDS: Final = frozenset({"end", "suspend"})


class ScriptError(ValueError):
    """A script that cannot be understood; names the line and what is wanted."""


# ---- scripts -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Frame:
    """One ``msg`` frame: its messages, each a step keyword and its argument."""

    messages: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Wait:
    """A pause in the push schedule, in seconds."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Rate:
    """A new push rate (frames per second) from here on."""

    per_second: float


@dataclass(frozen=True, slots=True)
class Close:
    """The server closes the socket with ``code`` here, once per room (not again on resume)."""

    code: int
    reason: str = ""


Item = Frame | Wait | Rate | Close


def _duration(text: str, line: int) -> float:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(ms|s)?", text)
    if not match:
        raise ScriptError(f"line {line}: {text!r} is not a duration (try 2s or 500ms)")
    value = float(match.group(1))
    return value / 1000 if match.group(2) == "ms" else value


def _number(text: str, line: int, what: str, *, minimum: int = 0) -> int:
    if not _whole_number(text) or int(text) < minimum:
        raise ScriptError(f"line {line}: {what} must be a whole number >= {minimum}, not {text!r}")
    return int(text)


@dataclass(frozen=True, slots=True)
class Script:
    """A whole stream: ``msg`` frames, waits, rate changes and server closes, in order."""

    items: tuple[Item, ...]

    @classmethod
    def parse(cls, text: str) -> Script:
        """Read a hand-written script: one step per line, ``#`` starts a comment.

        Every message step is one frame of its own; :data:`STEP_HELP` lists
        the steps. Raises :class:`ScriptError` naming the line at fault.
        """
        items: list[Item] = []
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip() if "#" in raw else raw.strip()
            if not line:
                continue
            word, _, rest = line.partition(" ")
            word = word.lower()
            rest = rest.strip()
            items.append(cls._step(word, rest, number))
        return cls(tuple(items))

    @staticmethod
    def _step(word: str, rest: str, line: int) -> Item:
        if word == "wait":
            return Wait(_duration(rest, line))
        if word == "rate":
            try:
                per_second = float(rest)
            except ValueError:
                per_second = 0.0
            if not 0 < per_second <= 100_000:
                raise ScriptError(f"line {line}: rate wants frames per second, not {rest!r}")
            return Rate(per_second)
        if word == "close":
            code_text, _, reason = rest.partition(" ")
            code = _number(code_text, line, "a close code", minimum=1000)
            if code > 4999:
                raise ScriptError(f"line {line}: a close code is 1000-4999, not {code}")
            return Close(code, reason.strip())
        if word not in _STEP_HELP:
            known = ", ".join(sorted(_STEP_HELP))
            raise ScriptError(f"line {line}: unknown step {word!r} (known: {known})")
        if word in {"like", "gift", "share", "viewers"} and rest:
            _number(rest, line, f"{word}'s count")
        if word == "control":
            _number(rest, line, "control's action")
        if word in {"join", "follow", "pause", "unpause", "end", "suspend"} and rest:
            raise ScriptError(f"line {line}: {word} takes no argument")
        return Frame(((word, rest),))

    @classmethod
    def random(
        cls,
        seed: int = 0,
        frames: int = 200,
        *,
        per_frame: int | None = None,
        pause: bool = True,
        end: bool = True,
    ) -> Script:
        """``frames`` msg frames of the vectors' mix, drawn from ``seed``.

        Frames carry 1 to 13 messages as real traffic does (``per_frame`` fixes
        the number); with ``pause`` the stream pauses a third of the way in and
        resumes at two thirds; with ``end`` its last message ends it.
        """
        if frames < 1:
            raise ValueError("a random script needs at least one frame")
        rng = random.Random(seed)
        kinds = [kind for kind, _ in _MIX]
        weights = [w for _, w in _MIX]
        sizes = [n for n, _ in _PER_FRAME]
        size_weights = [w for _, w in _PER_FRAME]
        items: list[Item] = []
        for index in range(frames):
            count = per_frame or rng.choices(sizes, size_weights)[0]
            steps = [(kind, "") for kind in rng.choices(kinds, weights, k=count)]
            if pause and frames >= 3 and index == frames // 3:
                steps.append(("pause", ""))
            if pause and frames >= 3 and index == 2 * frames // 3:
                steps.insert(0, ("unpause", ""))
            if end and index == frames - 1:
                steps.append(("end", ""))
            items.append(Frame(tuple(steps)))
        return cls(tuple(items))

    @property
    def frame_count(self) -> int:
        return sum(1 for item in self.items if isinstance(item, Frame))

    @property
    def ends(self) -> bool:
        """True when the stream's last frame ends it (``end`` or ``suspend``)."""
        for item in reversed(self.items):
            if isinstance(item, Frame):
                return bool(item.messages) and item.messages[-1][0] in _ENDS
        return False


STEP_HELP: Final = _STEP_HELP
"""What each step keyword of a hand-written script does (for ``--help`` and docs)."""


# ---- faults ---------------------------------------------------------------------


class FaultSpecError(ScriptError):
    """A fault plan that cannot be understood; names the part at fault."""


# One fault kind of a plan: its spec syntax and what a client meets.
_FAULT_HELP: Final = {
    "drop": "drop@N: before frame N the TCP connection is cut with no close frame (1006)",
    "close": "close@N:CODE: before frame N the room closes with CODE (close:1006 is a drop)",
    "stall": "stall@N: from frame N the session goes silent for good, its socket open",
    "garbage": "garbage@N: an extra binary frame of random bytes before frame N",
    "truncated": "truncated@N: an extra msg frame before frame N, its gzip cut short",
    "bomb": "bomb@N: an extra msg frame before frame N whose gzip inflates to 64 MiB",
    "oversize": "oversize@N: an extra msg frame of over 4 MiB before frame N",
    "burst": "burst@N:K: frames N to N+K-1 pushed at once, unpaced",
    "refuse": "refuse[@N][:K]: (at frame N, a drop, then) the next K handshakes get HTTP 503",
    "reject": "reject[@N][:K]: as refuse, answered HTTP 200 with a Handshake-Msg header",
    "history": "history:K: a session resuming from a cursor first gets the K messages "
    "before it again, is_history set",
}
FAULT_HELP: Final = _FAULT_HELP
"""What each fault kind of a plan does (for ``--help`` and docs)."""

_REFUSALS: Final = frozenset({"refuse", "reject"})
_NO_ARG: Final = frozenset({"drop", "stall", "garbage", "truncated", "bomb", "oversize"})
_SENDABLE_CLOSE: Final = frozenset([*range(1000, 1004), *range(1007, 1015), *range(3000, 5000)])
_MAX_COUNT: Final = 100_000  # burst frames, refused handshakes
_MAX_HISTORY: Final = 10_000  # a client's default cap on the messages of one frame

RANDOM_KINDS: Final = (
    "drop",
    "close:1001",
    "close:1011",
    "stall",
    "garbage",
    "truncated",
    "bomb",
    "oversize",
    "burst:50",
    "refuse:2",
)
"""What :meth:`Faults.random` draws from by default: faults a client that
reconnects, resumes from its cursor and drops repeated msg_ids gets past
without losing a message."""

BOMB_SIZE: Final = 64 * 1024 * 1024
"""What a ``bomb`` frame's gzip inflates to: far past a client's 8 MiB cap."""
OVERSIZE: Final = 4 * 1024 * 1024 + 64 * 1024
"""The size of an ``oversize`` frame: past a client's default 4 MiB max_message_size."""

_SPEC_ITEM: Final = re.compile(r"([a-z_]+)(?:@([^:@]*))?(?::([^:@]*))?")
_PADDING_FIELD: Final = 99  # an unknown FetchResult field: clients skip it (WIRE.md)


def _fault_problem(kind: str, at: int | None, arg: int | None) -> str | None:
    """What is wrong with a fault, or None when it is a good one."""
    if kind not in _FAULT_HELP:
        return f"unknown fault {kind!r} (known: {', '.join(_FAULT_HELP)})"
    if at is not None and at < 0:
        return f"a frame index is >= 0, not {at}"
    if kind == "history":
        if at is not None:
            return "history applies to every resume: it takes no @FRAME (history:5)"
        if arg is None or not 1 <= arg <= _MAX_HISTORY:
            return f"history wants :K, the messages to replay again, 1 to {_MAX_HISTORY}"
        return None
    if at is None and kind not in _REFUSALS:
        return f"{kind} wants the frame it comes before: {_FAULT_HELP[kind].split(':')[0]}"
    if kind in _NO_ARG:
        return None if arg is None else f"{kind} takes no :argument"
    if kind == "close":
        if arg is None or (arg != 1006 and arg not in _SENDABLE_CLOSE):
            return (
                "close wants a code a server can send, 1000-1003, 1007-1014 or "
                f"3000-4999 (or 1006 for a drop), e.g. close@{at}:1011"
            )
        return None
    if arg is not None and not 1 <= arg <= _MAX_COUNT:  # burst, refuse, reject
        return f"{kind}'s count is 1 to {_MAX_COUNT}, not {arg}"
    if kind == "burst" and arg is None:
        return f"burst wants :K, the frames to push at once (burst@{at}:50)"
    return None


@dataclass(frozen=True, slots=True)
class Fault:
    """One fault of a plan: its ``kind``, the frame index it comes before
    (``at``; None for ``history`` and for refusals from the first handshake)
    and its argument (a close code, or a count). Refused at once when it
    makes no sense (:class:`FaultSpecError`): a plan is checked when built."""

    kind: str
    at: int | None = None
    arg: int | None = None

    def __post_init__(self) -> None:
        if self.kind in _REFUSALS and self.arg is None:
            object.__setattr__(self, "arg", 1)
        problem = _fault_problem(self.kind, self.at, self.arg)
        if problem is not None:
            raise FaultSpecError(f"fault {str(self)!r}: {problem}")

    def __str__(self) -> str:
        at = "" if self.at is None else f"@{self.at}"
        arg = "" if self.arg is None else f":{self.arg}"
        return f"{self.kind}{at}{arg}"


@dataclass(frozen=True, slots=True)
class Faults:
    """A fault plan for a :class:`Room`. Each positioned fault fires once per
    room, so a client that comes back with its cursor gets past it; ``str()``
    gives the plan back in :meth:`parse`'s grammar."""

    items: tuple[Fault, ...] = ()

    def __post_init__(self) -> None:
        if sum(f.kind == "history" for f in self.items) > 1:
            raise FaultSpecError("history is given more than once")

    @classmethod
    def parse(cls, spec: str) -> Faults:
        """Read a plan: ``KIND[@FRAME][:ARG]`` items separated by commas or
        spaces, e.g. ``drop@120,close@300:1011,history:5``. Raises
        :class:`FaultSpecError` naming the item at fault."""
        items: list[Fault] = []
        for part in re.split(r"[,\s]+", spec.strip()):
            if not part:
                continue
            match = _SPEC_ITEM.fullmatch(part.lower())
            if match is None:
                raise FaultSpecError(
                    f"fault {part!r}: not KIND[@FRAME][:ARG] (e.g. close@300:1011)"
                )
            kind, at, arg = match.groups()
            numbers = [_spec_number(part, text) for text in (at, arg)]
            problem = _fault_problem(kind, *numbers)
            if problem is not None:
                raise FaultSpecError(f"fault {part!r}: {problem}")
            items.append(Fault(kind, *numbers))
        return cls(tuple(items))

    @classmethod
    def random(
        cls,
        seed: int,
        frames: int,
        rate: float,
        *,
        kinds: Iterable[str] = RANDOM_KINDS,
        history: int = 5,
    ) -> Faults:
        """Each of ``frames`` frame indexes gets a fault with probability
        ``rate``, drawn from ``kinds`` (``KIND[:ARG]`` each, as in a spec
        without the ``@FRAME``); ``history`` > 0 adds ``history:K``. The same
        arguments give the same plan."""
        if not 0 <= rate <= 1:
            raise ValueError("rate is a probability, 0 to 1")
        templates = []
        for text in kinds:
            plan = cls.parse(text.replace(":", "@0:", 1) if ":" in text else f"{text}@0")
            if len(plan.items) != 1:
                raise FaultSpecError(f"fault kind {text!r}: one KIND[:ARG] each")
            templates.append(plan.items[0])
        if not templates and rate > 0:
            raise ValueError("no kinds to draw faults from")
        rng = random.Random(seed)
        items = []
        for index in range(frames):
            if rng.random() < rate:
                template = rng.choice(templates)
                items.append(Fault(template.kind, index, template.arg))
        if history:
            items.append(Fault("history", None, history))
        return cls(tuple(items))

    @property
    def history(self) -> int:
        """The messages replayed to a resuming session (``history:K``), 0 for none."""
        return next((f.arg or 0 for f in self.items if f.kind == "history"), 0)

    def __str__(self) -> str:
        return ",".join(str(f) for f in self.items)

    def __bool__(self) -> bool:
        return bool(self.items)


def _spec_number(part: str, text: str | None) -> int | None:
    if text is None:
        return None
    if not _whole_number(text):
        raise FaultSpecError(f"fault {part!r}: {text!r} is not a whole number")
    return int(text)


def _whole_number(text: str) -> bool:
    """ASCII digits only (``isdigit()`` alone takes "²", which int() refuses), and
    not so many that int() balks at the length or the number means nothing."""
    return text.isascii() and text.isdigit() and len(text) <= _MAX_DIGITS


@dataclass(frozen=True, slots=True)
class Refusal:
    """An HTTP answer that refuses a WebSocket handshake (what the server
    sends instead of 101): ``Room.refusal()`` hands them out."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    @property
    def kind(self) -> str:
        """``reject`` for TikTok's way (200 with ``Handshake-Msg``), else ``refuse``."""
        return "reject" if self.status == 200 else "refuse"


def _gzip_zeros(size: int) -> bytes:
    """A gzip member of ``size`` zero bytes (a multiple of 1 MiB), built
    without compressing them all: once the window is all zeros, every
    further MiB compresses to the same sync-flushed block, so one is repeated.
    """
    chunk = bytes(1 << 20)
    count = size // len(chunk)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate: the gzip framing is ours
    first = deflate.compress(chunk) + deflate.flush(zlib.Z_SYNC_FLUSH)
    again = deflate.compress(chunk) + deflate.flush(zlib.Z_SYNC_FLUSH)
    tail = deflate.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # no name, mtime 0, OS unknown
    trailer = struct.pack("<II", crc, (len(chunk) * count) & 0xFFFFFFFF)
    return header + first + again * (count - 1) + tail + trailer


@functools.cache
def _bomb_frame() -> bytes:
    """The ``bomb`` frame: about 65 KiB on the wire, built once per process."""
    return frames.encode_msg_frame(
        _gzip_zeros(BOMB_SIZE), compress=False, extra_headers={"compress_type": "gzip"}
    )


def _garbage(seed: int, index: int) -> bytes:
    """Seeded random bytes no client can read: a leading 0 byte is protobuf
    field number 0, which no decoder accepts."""
    rng = random.Random(f"livecore-garbage-{seed}-{index}")
    return b"\x00" + rng.randbytes(rng.randint(8, 512))


def _oversize_frame() -> bytes:
    """A ``msg`` frame of :data:`OVERSIZE` bytes that carries nothing: no
    messages, no cursor, only an unknown padding field a client skips. Joined
    by hand, so that building it costs two copies of the padding, not four."""
    head = pb.FetchResult(fetch_interval=1000, fetch_type=1).SerializeToString()
    frame = pb.PushFrame(payload_encoding="pb", payload_type=PayloadType.MSG)
    padding = OVERSIZE - 64  # what is left once the frame's own fields are counted
    payload = len(head) + len(_field(_PADDING_FIELD, padding)) + padding
    return b"".join(
        (
            frame.SerializeToString(),
            _field(8, payload),  # PushFrame.payload: the FetchResult
            head,
            _field(_PADDING_FIELD, padding),
            bytes(padding),
        )
    )


def _field(number: int, size: int) -> bytes:
    """The tag and length of a length-delimited protobuf field."""
    return _varint(number << 3 | 2) + _varint(size)


def _varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


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


# ---- message building ---------------------------------------------------------------


class _Builder:
    """Turns step keywords into encoded ``Message`` entries, deterministically from a seed."""

    def __init__(self, room_id: int, rng: random.Random) -> None:
        self.room_id = room_id
        self.rng = rng
        self.next_id = _FIRST_MSG_ID
        self._msg_id = 0
        self._at_ms = 0
        self.users = [self._user(i) for i in range(64)]

    def _user(self, index: int) -> pb.User:
        rng = self.rng
        uid = 6_800_000_000_000_000_000 + rng.randrange(10**15)
        handle = f"viewer_{index}_{rng.randrange(10**6):06d}"
        token = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=32))
        urls = [
            f"https://p{n}-pu-sign-useast8.tiktokcdn-us.com/tos-useast5-avt-0068-tx/"
            f"{token}~tplv-tiktokx-cropcenter:100:100.webp?dr=10399&x-expires=1764316800"
            f"&x-signature={token[:20]}%3D&t=4d5b0474&ps=13740610&shp=a5d48078"
            for n in (16, 19, 77)
        ]
        return pb.User(
            id=uid,
            nickname=f"Viewer {index} ✨" if index % 5 == 0 else f"viewer{index}",
            avatar_thumb=pb.Image(url_list=urls, uri=f"tos-useast5-avt-0068-tx/{token}"),
            display_id=handle,
            sec_uid="MS4wLjABAAAA"
            + "".join(rng.choices("abcdefghijklmnopqrstuvwxyzABCDEF_-", k=52)),
        )

    def message(self, kind: str, arg: str, at_ms: int) -> pb.Message:
        rng = self.rng
        self.next_id += rng.randrange(1, 997)
        msg_id = self.next_id
        user = rng.choice(self.users)
        self._msg_id, self._at_ms = msg_id, at_ms
        method, body = self._payload(kind, arg, user)
        return pb.Message(method=method, payload=body, msg_id=msg_id, msg_type=1)

    def _common(self, method: str, key: str = "") -> pb.Common:
        return pb.Common(
            method=method,
            msg_id=self._msg_id,
            room_id=self.room_id,
            create_time=self._at_ms,
            display_text=pb.Text(key=key, default_pattern="{0:user} ...") if key else None,
        )

    def _payload(self, kind: str, arg: str, user: pb.User) -> tuple[str, bytes]:
        rng = self.rng
        common = self._common
        count = int(arg) if _whole_number(arg) else None
        if kind == "comment":
            m: _PbMessage = pb.ChatMessage(
                common=common("WebcastChatMessage"),
                user=user,
                content=arg or rng.choice(_COMMENTS),
            )
            method = "WebcastChatMessage"
        elif kind == "like":
            likes = count if count is not None else rng.randint(1, 15)
            m = pb.LikeMessage(
                common=common("WebcastLikeMessage", "pm_mt_msg_viewer_like"),
                count=likes,
                total=rng.randint(1_000, 90_000),
                user=user,
            )
            method = "WebcastLikeMessage"
        elif kind == "join":
            m = pb.MemberMessage(
                common=common("WebcastMemberMessage", "live_room_enter_toast"),
                user=user,
                member_count=rng.randint(10, 5_000),
                action=pb.MEMBER_ACTION_JOINED,
            )
            method = "WebcastMemberMessage"
        elif kind == "gift":
            gift_id, name, diamonds = rng.choice(_GIFTS)
            m = pb.GiftMessage(
                common=common("WebcastGiftMessage", "pm_mt_gift_send"),
                gift_id=gift_id,
                repeat_count=count if count is not None else rng.randint(1, 10),
                user=user,
                repeat_end=1,
                gift=pb.Gift(id=gift_id, diamond_count=diamonds, name=name),
            )
            method = "WebcastGiftMessage"
        elif kind in {"follow", "share"}:
            if kind == "follow":
                key = "pm_main_follow_message_viewer_2"
            else:
                joined = count if count is not None else rng.choice([None, 1, 3, 12])
                key = (
                    "pm_mt_guidance_share"
                    if joined is None
                    else f"pm_mt_guidance_viewer_{joined}_share"
                )
            m = pb.SocialMessage(
                common=common("WebcastSocialMessage", key),
                user=user,
                share_type=1 if kind == "share" else 0,
                action=1 if kind == "follow" else 3,
                follow_count=rng.randint(100, 90_000),
                share_count=rng.randint(1, 50) if kind == "share" else 0,
            )
            method = "WebcastSocialMessage"
        elif kind == "viewers":
            total = count if count is not None else rng.randint(10, 5_000)
            m = pb.RoomUserSeqMessage(
                common=common("WebcastRoomUserSeqMessage"),
                total=total,
                total_user=total * 3,
            )
            method = "WebcastRoomUserSeqMessage"
        elif kind in {"superfan", "superfan_join", "barrage"}:
            key = {
                "superfan": "ttlive_superfan_commentNotif_levelUp",
                "superfan_join": "ttlive_superfan_commentNotif_superfanJoined",
                "barrage": "pm_mt_barrage_generic",
            }[kind]
            text = pb.Text(key=key, default_pattern="{0:user} is a super fan")
            m = pb.BarrageMessage(
                common=common("WebcastBarrageMessage"),
                content=text if rng.random() < 0.5 else None,
                common_barrage_content=None if rng.random() < 0.5 else text,
                user=user,
            )
            if not m.HasField("content") and not m.HasField("common_barrage_content"):
                m.content.CopyFrom(text)
            method = "WebcastBarrageMessage"
        elif kind in {"superfan_box", "envelope"}:
            box = kind == "superfan_box"
            m = pb.EnvelopeMessage(
                common=common("WebcastEnvelopeMessage", "ttlive_superfanbox_sent" if box else ""),
                envelope_info=pb.EnvelopeInfo(
                    envelope_id=str(rng.randrange(10**18)),
                    business_type=(
                        pb.ENVELOPE_BUSINESS_TYPE_SUPER_FAN_BOX
                        if box
                        else pb.ENVELOPE_BUSINESS_TYPE_UNKNOWN
                    ),
                    diamond_count=rng.choice([100, 500, 1000]),
                    people_count=rng.randint(5, 50),
                ),
            )
            method = "WebcastEnvelopeMessage"
        elif kind in {"control", *_CONTROL_STEPS}:
            action = _CONTROL_STEPS.get(kind)
            if action is None:
                action = count if count is not None else rng.choice([5, 6, 7, 0])
            m = pb.ControlMessage(
                common=common("WebcastControlMessage"),
                action=action,
                tips={3: "The LIVE has ended", 4: "This LIVE was suspended"}.get(action, ""),
            )
            method = "WebcastControlMessage"
        elif kind == "unknown":
            method = arg or rng.choice(["WebcastMysteryFutureMessage", "WebcastRankUpdateMessage"])
            m = pb.ChatMessage(common=common(method), content="from the future")
        else:  # Script.parse refuses unknown words; a Frame built by hand may not
            raise ScriptError(f"unknown step {kind!r}")
        return method, m.SerializeToString()


# ---- the room ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SentFrame:
    """A ``msg`` frame a session pushed."""

    index: int  # its position in the room's log
    log_id: int
    need_ack: bool
    internal_ext: str
    cursor: str
    msg_ids: tuple[int, ...]
    at: float


@dataclass(frozen=True, slots=True)
class Injected:
    """An extra frame a fault made a session push besides the log's: its
    kind, when, its size, and the msg_ids it repeats (``history`` only)."""

    kind: str
    at: float
    size: int
    msg_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """A heartbeat a session received."""

    at: float
    room_id: int
    seq: int


@dataclass(frozen=True, slots=True)
class Ack:
    """An ack a session received: the frame's log_id and the internal_ext it echoed."""

    at: float
    log_id: int
    internal_ext: bytes


@dataclass(slots=True)
class _Entry:
    item: Item
    index: int  # frame index for a Frame, -1 otherwise
    log_id: int = 0
    need_ack: bool = False
    internal_ext: str = ""
    messages: tuple[pb.Message, ...] = ()
    encoded: bytes | None = None


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
        if not 0 < ping_interval <= 300:
            raise ValueError("ping_interval must be in (0, 300] seconds")
        self.script = script if script is not None else Script.random(seed)
        self.seed = seed
        self.room_id = room_id
        self.rate = rate
        self.ping_interval = ping_interval
        self.linger = linger
        self.compress = compress
        self.sessions: list[RoomSession] = []
        self._closes_done: set[int] = set()  # positions of Close items already executed
        self.faults = faults if faults is not None else Faults()
        #: Faults a client met, by kind: one per positioned fault that fired, one
        #: per history frame sent, one per refused handshake.
        self.faults_fired: Counter[str] = Counter()
        #: The handshakes refused so far, in order.
        self.refused: list[Refusal] = []
        self._faults_at: dict[int, list[int]] = {}  # frame index -> slots of self.faults.items
        self._faults_done: set[int] = set()  # slots already fired (once per room)
        self._refusals: deque[Refusal] = deque()
        for slot, fault in enumerate(self.faults.items):
            if fault.at is not None:
                self._faults_at.setdefault(fault.at, []).append(slot)
            elif fault.kind in _REFUSALS:  # from the first handshake on
                self._faults_done.add(slot)
                self._refuse_for(fault)
        rng = random.Random(seed)
        builder = _Builder(room_id, rng)
        self._log: list[_Entry] = []
        self._frame_positions: list[int] = []  # frame index -> log position
        frame_index = 0
        clock_ms = _BASE_MS
        for item in self.script.items:
            if not isinstance(item, Frame):
                self._log.append(_Entry(item, -1))
                continue
            clock_ms += rng.randrange(50, 400)
            messages = tuple(builder.message(kind, arg, clock_ms) for kind, arg in item.messages)
            ext = (
                f"internal_src:dim|wss_push_room_id:{room_id}|wss_push_did:1"
                f"|fetch_time:{clock_ms}|seq:{frame_index + 1}|wss_info:0-{clock_ms}-0-0"
            )
            self._log.append(
                _Entry(
                    item,
                    frame_index,
                    log_id=7_000_000_000 + frame_index + 1,
                    need_ack=rng.random() < ack_ratio,
                    internal_ext=ext,
                    messages=messages,
                )
            )
            self._frame_positions.append(len(self._log) - 1)
            frame_index += 1

    # ---- what the room holds ------------------------------------------------------

    @property
    def msg_ids(self) -> list[int]:
        """Every msg_id of the whole stream, in order: what a client that
        loses nothing receives."""
        return [m.msg_id for entry in self._log for m in entry.messages]

    @property
    def frame_count(self) -> int:
        return sum(1 for entry in self._log if entry.index >= 0)

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
            return _garbage(self.seed, index)
        if kind == "bomb":
            return _bomb_frame()
        if kind == "oversize":
            return _oversize_frame()
        if kind == "truncated":  # that frame's own payload, cut in the middle
            position = self._frame_positions[index]
            body = gzip.compress(self._fetch_result(position).SerializeToString(), mtime=0)
            return frames.encode_msg_frame(
                body[: len(body) // 2], compress=False, extra_headers={"compress_type": "gzip"}
            )
        raise ValueError(f"{kind!r} faults push no frame")

    def encoded_frame(self, position: int) -> bytes:
        """The ``msg`` frame at a log position, exactly as the room sends it."""
        entry = self._log[position]
        if entry.index < 0:
            raise ValueError(f"position {position} holds {entry.item!r}, not a frame")
        if entry.encoded is None:
            entry.encoded = frames.encode_msg_frame(
                self._fetch_result(position),
                seq_id=entry.index + 1,
                log_id=entry.log_id,
                compress=self.compress,
            )
        return entry.encoded

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
        return session

    def refuse(self, count: int = 1, *, status: int = 503, message: str = "") -> None:
        """Refuse the next ``count`` handshakes with HTTP ``status`` instead of 101.

        Status 200 is how TikTok refuses a client it detected: the reason goes
        in a ``Handshake-Msg`` header (WIRE.md section 7). Any status carries
        ``message`` as its body too.
        """
        if status == 101 or not 200 <= status <= 599:
            raise ValueError(f"a refusal is an HTTP status 200-599 other than 101, not {status}")
        if not 1 <= count <= _MAX_COUNT:
            raise ValueError(f"count is 1 to {_MAX_COUNT}, not {count}")
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


class RoomSession:
    """One client's WebSocket, server side. Drive it as the module docstring says."""

    def __init__(
        self, room: Room, now: float, query: dict[str, str], headers: dict[str, str] | None = None
    ) -> None:
        self.room = room
        self.query = query
        #: The handshake's request headers, by lower-case name.
        self.headers = headers or {}
        self.opened_at = now
        self.start = room.position_of(query.get("cursor"))
        self._position = self.start
        self._rate = room.rate
        for item in room.script.items[: self.start]:
            if isinstance(item, Rate):
                self._rate = item.per_second
        self._due: float | None = now
        self._linger_until: float | None = None
        self._outbound: list[bytes] = []

        #: What was sent and received: for tests, the soak and the demo.
        self.sent: list[SentFrame] = []
        self.enter_rooms: list[pb.EnterRoom] = []
        self.heartbeats: list[Heartbeat] = []
        self.acks: list[Ack] = []
        self.client_errors: list[bytes] = []
        #: Client frames received in all (the lists above keep a bounded number).
        self.frames_received = 0
        self._hb_reply = False
        #: Set once the room wants the socket closed: the code and reason to send.
        self.close_code: int | None = None
        self.close_reason = ""
        #: The close code the transport reported, once it is gone (None: no close frame).
        self.closed = False
        self.lost_code: int | None = None
        #: Set once the room wants the TCP connection cut, with no close frame.
        self.drop = False
        #: Set once the session went silent for good (a ``stall``): it pushes
        #: nothing and answers no heartbeat, but keeps reading.
        self.stalled = False
        #: The faults that fired in this session, and the extra frames they pushed.
        self.faults: list[Fault] = []
        self.injected: list[Injected] = []
        self._burst = 0  # frames still to push unpaced
        self._history = room.faults.history if self.start > 0 else 0

    @property
    def finished(self) -> bool:
        """True once every item of the log has been played."""
        return self._position >= len(self.room._log)

    # ---- inputs -----------------------------------------------------------------------

    def receive_data(self, data: bytes, now: float) -> None:
        """One binary WebSocket message from the client.

        What it records is bounded whatever the client sends: heartbeats and
        acks up to what a well-behaved client could send for the whole
        stream, undecodable frames up to a few; a flood is counted in
        ``frames_received`` and otherwise dropped. Heartbeats are answered,
        but at most one answer waits at a time.
        """
        self.frames_received += 1
        try:
            frame = frames.decode_push_frame(data)
            kind = frame.payload_type
            if kind == PayloadType.HEARTBEAT:
                beat = pb.Heartbeat.FromString(frame.payload)
                if len(self.heartbeats) < _MAX_RECORDED:
                    self.heartbeats.append(Heartbeat(now, beat.room_id, beat.send_packet_seq_id))
                self._hb_reply = True
            elif kind == PayloadType.ACK:
                if len(self.acks) < 2 * len(self.room._log) + _MAX_RECORDED:
                    self.acks.append(Ack(now, frame.log_id, bytes(frame.payload)))
            elif kind == PayloadType.ENTER_ROOM:
                if len(self.enter_rooms) < _MAX_ERRORS_KEPT:
                    self.enter_rooms.append(pb.EnterRoom.FromString(frame.payload))
            else:
                self._client_error(data)
        except (FrameDecodeError, _PbDecodeError):
            self._client_error(data)

    def _client_error(self, data: bytes) -> None:
        if len(self.client_errors) < _MAX_ERRORS_KEPT:
            self.client_errors.append(bytes(data[:_MAX_ERROR_BYTES]))

    def handle_timeout(self, now: float) -> None:
        """Push what is due at ``now``."""
        if self._done:
            return
        if self._linger_until is not None:
            if now >= self._linger_until:
                self._want_close(1000, "the stream is over")
            return
        if self._history:
            data, ids = self.room.history_frame(self.start, self._history)
            self._history = 0
            self._inject("history", data, now, ids)
            self.room.faults_fired["history"] += 1
        due = self._due
        pushed = 0
        log = self.room._log
        while due is not None and due <= now and pushed < _MAX_BURST:
            if self._position >= len(log):
                self._due = None
                self._linger_until = now + self.room.linger
                return
            entry = log[self._position]
            item = entry.item
            if isinstance(item, Frame) and self._fire_faults(entry.index, now):
                return  # the frame stays unsent: a client resumes right at it
            self._position += 1
            if isinstance(item, Frame):
                self._push(entry, self._position - 1, now)
                pushed += 1
                if self._burst:
                    self._burst -= 1
                    if not self._burst:
                        # A burst past _MAX_BURST spans calls: pace from now, not
                        # from when it began, or the frames after it go unpaced too.
                        due = max(due, now)
                else:
                    due += 1.0 / self._rate
            elif isinstance(item, Wait):
                due += item.seconds
            elif isinstance(item, Rate):
                self._rate = item.per_second
            elif isinstance(item, Close):
                done = self.room._closes_done
                if self._position - 1 not in done:
                    done.add(self._position - 1)
                    self._due = due
                    self._want_close(item.code, item.reason)
                    return
        self._due = due

    def close(self, code: int, reason: str = "") -> None:
        """Ask for the socket to be closed with ``code`` (the server gives up on a client)."""
        if self.close_code is None and not self.closed and not self.drop:
            self._want_close(code, reason)

    def connection_lost(self, code: int | None = None) -> None:
        """The socket is gone (``code``: the close code, None when it broke).
        One the room dropped had no close frame, whatever the transport says."""
        self.closed = True
        self.lost_code = None if self.drop else code
        self._due = None

    # ---- outputs -------------------------------------------------------------------

    def data_to_send(self) -> list[bytes]:
        """Frames to push now. After a ``stall`` or a ``drop`` only what was
        queued before it (the transport sends those, then stalls or cuts)."""
        out, self._outbound = self._outbound, []
        if self._hb_reply and not (self.stalled or self.drop):
            out.insert(0, _server_heartbeat())
        self._hb_reply = False
        return out

    def next_deadline(self) -> float | None:
        if self._done:
            return None
        return self._linger_until if self._linger_until is not None else self._due

    # ---- accounting ------------------------------------------------------------------

    @property
    def msg_ids(self) -> list[int]:
        """The msg_ids this session pushed, in order."""
        return [i for f in self.sent for i in f.msg_ids]

    def unacked(self) -> list[SentFrame]:
        """Frames that asked for an ack and got none (yet)."""
        acked = {(a.log_id, a.internal_ext) for a in self.acks}
        return [
            f for f in self.sent if f.need_ack and (f.log_id, f.internal_ext.encode()) not in acked
        ]

    def unasked_acks(self) -> list[Ack]:
        """Acks for frames that never asked for one (or were never sent)."""
        wanted = {(f.log_id, f.internal_ext.encode()) for f in self.sent if f.need_ack}
        return [a for a in self.acks if (a.log_id, a.internal_ext) not in wanted]

    # ---- internals ---------------------------------------------------------------

    def _push(self, entry: _Entry, position: int, now: float) -> None:
        self._outbound.append(self.room.encoded_frame(position))
        self.sent.append(
            SentFrame(
                index=entry.index,
                log_id=entry.log_id,
                need_ack=entry.need_ack,
                internal_ext=entry.internal_ext,
                cursor=self.room.cursor_after(position + 1),
                msg_ids=tuple(m.msg_id for m in entry.messages),
                at=now,
            )
        )

    def _want_close(self, code: int, reason: str) -> None:
        self.close_code = code
        self.close_reason = reason
        self._due = None

    @property
    def _done(self) -> bool:
        """True once nothing more will be pushed."""
        return self.close_code is not None or self.closed or self.drop or self.stalled

    def _fire_faults(self, index: int, now: float) -> bool:
        """Fire the faults planned before frame ``index`` that have not fired
        in this room yet, in plan order; True when one ended the push."""
        room = self.room
        for slot in room._faults_at.get(index, ()):
            if slot in room._faults_done:
                continue
            room._faults_done.add(slot)
            fault = room.faults.items[slot]
            self.faults.append(fault)
            kind = fault.kind
            cut = kind in {"drop", *_REFUSALS} or (kind == "close" and fault.arg == 1006)
            room.faults_fired["drop" if cut else kind] += 1
            if cut:
                if kind in _REFUSALS:  # the refused handshakes count as they are served
                    room._refuse_for(fault)
                self.drop = True
                self._due = None
                return True
            if kind == "close":
                self._want_close(fault.arg or 1011, f"fault: close {fault.arg}")
                return True
            if kind == "stall":
                self.stalled = True
                self._due = None
                return True
            if kind == "burst":
                self._burst = (fault.arg or 1) - 1  # the pacing skipped after all but the last
            else:
                self._inject(kind, room.fault_frame(kind, index), now)
        return False

    def _inject(self, kind: str, data: bytes, now: float, msg_ids: tuple[int, ...] = ()) -> None:
        self._outbound.append(data)
        self.injected.append(Injected(kind, now, len(data), msg_ids))


def _server_heartbeat() -> bytes:
    return pb.PushFrame(
        payload_encoding="pb", payload_type=PayloadType.HEARTBEAT
    ).SerializeToString()


def corpus(seed: int = 1, frames: int = 2040, *, per_frame: int | None = None) -> list[bytes]:
    """``frames`` gzip ``msg`` frames of the vectors' mix, as a room would push
    them: the benchmark corpus. Deterministic for a seed."""
    script = Script.random(seed, frames, per_frame=per_frame, pause=False, end=False)
    return list(Room(script, seed=seed).frames())


def step_help() -> Iterable[str]:
    """One line per script step, for help texts."""
    return _STEP_HELP.values()
