"""The fault language: how a room misbehaves on purpose, and where.

A :class:`Faults` plan (``Faults.parse("drop@120,close@300:1011,history:5")``
or :meth:`Faults.random`) lists what goes wrong before which frame: cut or
close the socket, fall silent, push frames no client can read, refuse
handshakes, replay history on resume. A plan is checked when it is built,
so a room never meets a fault it cannot carry out. ``docs/room.md`` has the
table of kinds and what a client sees for each.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from livecore.frames import DEFAULT_MAX_MESSAGES
from livecore.lifecycle import ABNORMAL_CLOSE
from livecore.room.script import ScriptError, whole_number

__all__ = [
    "FAULT_HELP",
    "RANDOM_KINDS",
    "Fault",
    "FaultSpecError",
    "Faults",
    "Refusal",
]


class FaultSpecError(ScriptError):
    """A fault plan that cannot be understood; names the part at fault."""


# One fault kind of a plan: its spec syntax and what a client meets.
FAULT_HELP: Final = {
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
"""What each fault kind of a plan does (for ``--help`` and docs)."""

REFUSALS: Final = frozenset({"refuse", "reject"})
"""The fault kinds that refuse handshakes."""
MAX_COUNT: Final = 100_000
"""The most burst frames, or refused handshakes, one fault may ask for."""

_NO_ARG: Final = frozenset({"drop", "stall", "garbage", "truncated", "bomb", "oversize"})
_SENDABLE_CLOSE: Final = frozenset([*range(1000, 1004), *range(1007, 1015), *range(3000, 5000)])
_MAX_HISTORY: Final = DEFAULT_MAX_MESSAGES  # a client's default cap on one frame's messages

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

_SPEC_ITEM: Final = re.compile(r"([a-z_]+)(?:@([^:@]*))?(?::([^:@]*))?")


def _fault_problem(kind: str, at: int | None, arg: int | None) -> str | None:
    """What is wrong with a fault, or None when it is a good one."""
    if kind not in FAULT_HELP:
        return f"unknown fault {kind!r} (known: {', '.join(FAULT_HELP)})"
    if at is not None and at < 0:
        return f"a frame index is >= 0, not {at}"
    if kind == "history":
        if at is not None:
            return "history applies to every resume: it takes no @FRAME (history:5)"
        if arg is None or not 1 <= arg <= _MAX_HISTORY:
            return f"history wants :K, the messages to replay again, 1 to {_MAX_HISTORY}"
        return None
    if at is None and kind not in REFUSALS:
        return f"{kind} wants the frame it comes before: {FAULT_HELP[kind].split(':')[0]}"
    if kind in _NO_ARG:
        return None if arg is None else f"{kind} takes no :argument"
    if kind == "close":
        if arg is None or (arg != ABNORMAL_CLOSE and arg not in _SENDABLE_CLOSE):
            return (
                "close wants a code a server can send, 1000-1003, 1007-1014 or "
                f"3000-4999 (or 1006 for a drop), e.g. close@{at}:1011"
            )
        return None
    if arg is not None and not 1 <= arg <= MAX_COUNT:  # burst, refuse, reject
        return f"{kind}'s count is 1 to {MAX_COUNT}, not {arg}"
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
        if self.kind in REFUSALS and self.arg is None:
            object.__setattr__(self, "arg", 1)
        problem = _fault_problem(self.kind, self.at, self.arg)
        if problem is not None:
            raise FaultSpecError(f"fault {str(self)!r}: {problem}")

    @property
    def cuts(self) -> bool:
        """True when, fired, it cuts the TCP connection with no close frame: a
        ``drop``, ``close:1006`` (a code no server can send), or a positioned
        refusal (a drop, then the refused handshakes)."""
        return self.kind in {"drop", *REFUSALS} or (
            self.kind == "close" and self.arg == ABNORMAL_CLOSE
        )

    def __str__(self) -> str:
        at = "" if self.at is None else f"@{self.at}"
        arg = "" if self.arg is None else f":{self.arg}"
        return f"{self.kind}{at}{arg}"


@dataclass(frozen=True, slots=True)
class Faults:
    """A fault plan for a :class:`~livecore.room.Room`. Each positioned fault
    fires once per room, so a client that comes back with its cursor gets
    past it; ``str()`` gives the plan back in :meth:`parse`'s grammar."""

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
    if not whole_number(text):
        raise FaultSpecError(f"fault {part!r}: {text!r} is not a whole number")
    return int(text)


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
