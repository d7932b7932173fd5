"""The script language: a whole stream, written by hand or drawn from a seed.

A :class:`Script` is what a room plays: ``msg`` frames (each a list of step
keywords and their arguments), waits, rate changes and server closes, in
order. :meth:`Script.parse` reads the hand-written form (``docs/room.md``
lists the steps); :meth:`Script.random` draws the golden vectors' mix of
kinds from a seed, so a seeded stream looks like real traffic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from livecore.messages import METHODS
from livecore.webcast import ControlAction

__all__ = [
    "STEP_HELP",
    "Item",
    "Script",
    "ScriptClose",
    "ScriptError",
    "ScriptFrame",
    "ScriptRate",
    "ScriptWait",
    "resolve_method",
    "step_help",
]

MAX_DIGITS: Final = 12
"""The longest number a script or a fault plan may hold."""

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
# The rarer kinds, at low rates (the vectors hold none): a few in a 200-frame
# stream, so a demo shows battles, polls, goals and emotes.
_RARE: Final[tuple[tuple[str, int], ...]] = (
    ("gift_streak", 40),
    ("emote", 14),
    ("battle", 16),
    ("poll", 8),
    ("goal", 8),
    ("question", 3),
    ("subscribe", 4),
    ("pin", 2),
    ("delete", 2),
    ("caption", 4),
    ("rank", 3),
    ("method", 10),
)
_PER_FRAME: Final = ((1, 103), (2, 73), (3, 56), (5, 52), (8, 65), (13, 51))

# One step of a hand-written script: its keyword and what its argument means.
STEP_HELP: Final = {
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
    "gift_streak": "gift_streak [end]: a streakable gift's streak goes on (or starts, or ends)",
    "emote": "emote: emotes in the chat",
    "battle": "battle [open|score|end]: the room's battle opens, its scores move, it ends",
    "poll": "poll [start|update|end]: the room's poll starts, gets votes, ends",
    "goal": "goal [N]: the stream's goal moves by N (a goal reached makes way for the next)",
    "question": "question [TEXT]: a viewer's question",
    "subscribe": "subscribe [N]: a subscription, in its Nth month",
    "pin": "pin: the latest comment is pinned",
    "delete": "delete: a moderator deletes a recent comment",
    "caption": "caption [TEXT]: a line of live captions",
    "rank": "rank: the room moves in a ranking",
    "method": "method [NAME]: a message of any method (WebcastPollMessage or PollEvent)",
    "pause": "pause: the streamer pauses",
    "unpause": "unpause: the streamer resumes",
    "end": "end: the streamer ends the stream",
    "suspend": "suspend: the platform suspends the stream",
    "wait": "wait DURATION: nothing for a while (2s, 500ms)",
    "rate": "rate R: frames per second from here on",
    "close": "close CODE [REASON]: the server closes the socket (once)",
}
"""What each step keyword of a hand-written script does (for ``--help`` and docs)."""

CONTROL_STEPS: Final = {
    "pause": ControlAction.STREAM_PAUSED,
    "unpause": ControlAction.STREAM_UNPAUSED,
    "end": ControlAction.STREAM_ENDED,
    "suspend": ControlAction.STREAM_SUSPENDED,
}
"""The steps that push a control message of a lifecycle action: ``pause``,
``unpause``, ``end``, ``suspend``, named after :class:`ControlAction`."""
_ENDS: Final = frozenset({"end", "suspend"})
#: The steps that take a word from a fixed set, or none (``("",)``); for the
#: stories an empty one lets the room decide.
_ARGUMENTS: Final = {
    **dict.fromkeys(("join", "follow", *CONTROL_STEPS), ("",)),
    **dict.fromkeys(("pin", "delete", "emote", "rank"), ("",)),
    "gift_streak": ("", "end"),
    "battle": ("", "open", "score", "end"),
    "poll": ("", "start", "update", "end"),
}


def resolve_method(name: str) -> str | None:
    """The method a ``method`` step names: the method itself
    (``WebcastPollMessage``) or its event class (``PollEvent``), any letter case."""
    wanted = name.lower()
    for method, event_class in METHODS.items():
        if wanted in (method.lower(), event_class.__name__.lower()):
            return method
    return None


class ScriptError(ValueError):
    """A script that cannot be understood; names the line and what is wanted."""


@dataclass(frozen=True, slots=True)
class ScriptFrame:
    """One ``msg`` frame: its messages, each a step keyword and its argument."""

    messages: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ScriptWait:
    """A pause in the push schedule, in seconds."""

    seconds: float


@dataclass(frozen=True, slots=True)
class ScriptRate:
    """A new push rate (frames per second) from here on."""

    per_second: float


@dataclass(frozen=True, slots=True)
class ScriptClose:
    """The server closes the socket with ``code`` here, once per room (not again on resume)."""

    code: int
    reason: str = ""


Item = ScriptFrame | ScriptWait | ScriptRate | ScriptClose


def whole_number(text: str) -> bool:
    """ASCII digits only (``isdigit()`` alone takes "²", which int() refuses), and
    not so many that int() balks at the length or the number means nothing."""
    return text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS


def _duration(text: str, line: int) -> float:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(ms|s)?", text)
    if not match:
        raise ScriptError(f"line {line}: {text!r} is not a duration (try 2s or 500ms)")
    value = float(match.group(1))
    return value / 1000 if match.group(2) == "ms" else value


def _number(text: str, line: int, what: str, *, minimum: int = 0) -> int:
    if not whole_number(text) or int(text) < minimum:
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
            return ScriptWait(_duration(rest, line))
        if word == "rate":
            try:
                per_second = float(rest)
            except ValueError:
                per_second = 0.0
            if not 0 < per_second <= 100_000:
                raise ScriptError(f"line {line}: rate wants frames per second, not {rest!r}")
            return ScriptRate(per_second)
        if word == "close":
            code_text, _, reason = rest.partition(" ")
            code = _number(code_text, line, "a close code", minimum=1000)
            if code > 4999:
                raise ScriptError(f"line {line}: a close code is 1000-4999, not {code}")
            return ScriptClose(code, reason.strip())
        if word not in STEP_HELP:
            known = ", ".join(sorted(STEP_HELP))
            raise ScriptError(f"line {line}: unknown step {word!r} (known: {known})")
        if word in _ARGUMENTS:
            rest = rest.lower()
            if rest not in _ARGUMENTS[word]:
                if _ARGUMENTS[word] == ("",):
                    raise ScriptError(f"line {line}: {word} takes no argument")
                wanted = " or ".join(a for a in _ARGUMENTS[word] if a)
                raise ScriptError(f"line {line}: {word} takes {wanted}, not {rest!r}")
        if word == "method" and rest and resolve_method(rest) is None:
            raise ScriptError(f"line {line}: no Webcast method or event is named {rest!r}")
        if word in {"like", "gift", "share", "viewers", "goal", "subscribe"} and rest:
            _number(rest, line, f"{word}'s count")
        if word == "control":
            _number(rest, line, "control's action")
        return ScriptFrame(((word, rest),))

    @classmethod
    def random(
        cls,
        seed: int = 0,
        frames: int = 200,
        *,
        per_frame: int | None = None,
        pause: bool = True,
        end: bool = True,
        rare: bool = True,
    ) -> Script:
        """``frames`` msg frames of the vectors' mix, drawn from ``seed``.

        Frames carry 1 to 13 messages as real traffic does (``per_frame`` fixes
        the number); with ``pause`` the stream pauses a third of the way in and
        resumes at two thirds; with ``end`` its last message ends it; with
        ``rare`` the mix also holds the rarer kinds (battles, polls, goals,
        emotes, gift streaks, ... and any method), at low rates.
        """
        if frames < 1:
            raise ValueError("a random script needs at least one frame")
        rng = random.Random(seed)
        mix = _MIX + _RARE if rare else _MIX
        kinds = [kind for kind, _ in mix]
        weights = [w for _, w in mix]
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
            items.append(ScriptFrame(tuple(steps)))
        return cls(tuple(items))

    @property
    def frame_count(self) -> int:
        return sum(1 for item in self.items if isinstance(item, ScriptFrame))

    @property
    def ends(self) -> bool:
        """True when the stream's last frame ends it (``end`` or ``suspend``)."""
        for item in reversed(self.items):
            if isinstance(item, ScriptFrame):
                return bool(item.messages) and item.messages[-1][0] in _ENDS
        return False


def step_help() -> Iterable[str]:
    """One line per script step, for help texts."""
    return STEP_HELP.values()
