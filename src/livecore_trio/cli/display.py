"""Events for people: one readable line per event, and the live view the
commands share (a line per event and, on a terminal, a running count per
type redrawn under them; JSON lines for machines)."""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from typing import Any, TextIO

from livecore import events as ev
from livecore.errors import MessageDecodeError
from livecore.events.message import UserMessageEvent
from livecore_trio.client import Client

__all__ = ["View", "describe"]


def describe(event: ev.Event) -> str:
    """One readable line for an event, for people watching a terminal."""
    name = type(event).__name__
    try:
        detail = _detail(event)
    except MessageDecodeError as exc:
        detail = f"<malformed payload: {exc.reason}; {len(exc.raw)} bytes kept>"
    return f"{name:<20} {detail}".rstrip()


def _detail(event: ev.Event) -> str:
    match event:
        case ev.ConnectEvent():
            who = f"@{event.unique_id}" if event.unique_id else "(recording)"
            return f"{who} room {event.room_id or '?'}"
        case ev.DisconnectEvent():
            code = f" (code {event.code})" if event.code is not None else ""
            quiet = event.reason in (
                ev.DisconnectReason.LIVE_ENDED,
                ev.DisconnectReason.END_OF_RECORDING,
            )
            detail = f": {event.detail}" if event.detail and not quiet else ""
            return f"{event.reason.value}{code}{detail}"
        case ev.CommentEvent():
            return f"@{event.unique_id}: {event.content}"
        case ev.LikeEvent():
            return f"@{event.unique_id} x{event.count}"
        case ev.GiftEvent():
            return _gift(event)
        case ev.ShareEvent():
            joined = event.users_joined
            return f"@{event.unique_id}" + (f" ({joined} joined)" if joined is not None else "")
        case ev.SocialEvent() | ev.JoinEvent():
            return f"@{event.unique_id}"
        case ev.ControlEvent():
            return f"action {event.action}"
        case ev.RoomUserSeqEvent():
            return f"{event.total} watching"
        case ev.BarrageEvent():
            return f"user {event.user_id}" if event.user_id else ""
        case ev.EnvelopeEvent():
            return f"{event.diamond_count} diamonds"
        case ev.UnknownEvent():
            return event.method
        case ev.MessageEvent():
            return _more(event)
        case ev.MessageErrorEvent():
            return f"{event.method}: {event.reason} ({len(event.raw)} bytes kept)"
        case ev.DecodeErrorEvent():
            return f"{event.reason} ({len(event.raw)} bytes kept)"
    return ""


def _gift(event: ev.GiftEvent) -> str:
    line = f"@{event.unique_id} sent {event.gift_name or event.gift_id} x{event.repeat_count}"
    if event.streaking:
        return line + " (streak goes on)"
    value = event.value
    return line + (f" = {value:,} diamonds" if value else "")


def _name(value: int) -> str:
    """An enum member's name for people (``TYPE_HOURLY_RANK`` -> ``hourly rank``)."""
    name = getattr(value, "name", None)
    return name.removeprefix("TYPE_").replace("_", " ").lower() if name else str(value)


def _battle(event: ev.LinkMicBattleEvent) -> str:
    hosts, scores = event.hosts, event.host_scores
    sides = " vs ".join(
        f"@{hosts[h].display_id if h in hosts else h} {scores.get(h, 0):,}" for h in hosts or scores
    )
    line = f"battle {event.battle_id}: {sides}"
    if event.finished:
        winners = [f"@{hosts[h].display_id}" if h in hosts else str(h) for h in event.winners]
        line += ": " + (" and ".join(winners) + " won" if winners else "a draw")
    return line


def _more(event: ev.MessageEvent[Any]) -> str:
    """The one-line forms of the rarer kinds."""
    match event:
        case ev.LinkMicBattleEvent():
            return _battle(event)
        case ev.LinkMicArmiesEvent():
            scores = " vs ".join(f"{score:,}" for score in event.host_scores.values())
            return f"battle {event.battle_id}: {scores}"
        case ev.PollEvent():
            votes = ", ".join(f"{o.text} {o.votes}" for o in event.options)
            return f"poll {event.phase}: {event.title} ({votes})"
        case ev.GoalUpdateEvent():
            who = event.contributor_display_id
            by = f" (+{event.contribute_count:,} from @{who})" if who else ""
            return f"goal {event.goal.description}: {event.progress:,}/{event.target:,}{by}"
        case ev.EmoteChatEvent():
            return f"@{event.unique_id} sent {len(event.emote_list)} emote(s)"
        case ev.QuestionNewEvent():
            return f"@{event.data.user.display_id} asks: {event.data.content}"
        case ev.SubNotifyEvent():
            return f"@{event.unique_id} subscribed (month {event.sub_month})"
        case ev.RoomPinEvent():
            pinned = event.chat_message
            return f"pinned @{pinned.user.display_id}: {pinned.content}"
        case ev.ImDeleteEvent():
            return f"deleted {len(event.delete_msg_ids)} message(s)"
        case ev.RankUpdateEvent():
            return " ".join(f"#{u.own_rank} in {_name(u.rank_type)}" for u in event.updates)
        case ev.CaptionEvent():
            return " ".join(f"[{c.lang}] {c.content}" for c in event.content)
        case UserMessageEvent():
            return f"@{event.unique_id}" if event.unique_id else ""
    return ""


class View:
    """Shows events as they come: a line per event and, on a terminal, a
    running count per type redrawn under them; plain lines otherwise."""

    _REDRAW = 0.05  # seconds between redraws of the counts line

    def __init__(self, out: TextIO, *, json_lines: bool = False, tty: bool | None = None) -> None:
        self.out = out
        self.json_lines = json_lines
        self.tty = out.isatty() if tty is None else tty
        self.counts: Counter[str] = Counter()
        self._drawn = 0.0
        #: Set when stdout went away (``| head``): the command then closes its client.
        self.gone = False
        #: The clients shown whose session has not ended (closed when stdout goes
        #: away); who runs a client may discard it once its session ends.
        self.clients: set[Client] = set()

    def __call__(self, event: ev.Event, streamer: str = "") -> None:
        self.counts[type(event).__name__] += 1
        if self.gone:
            return
        try:
            self._show(event, streamer)
        except BrokenPipeError:
            self.gone = True
            for client in list(self.clients):
                client.close()

    def watch(self, client: Client, streamer: str = "", *, sessions_only: bool = False) -> None:
        """Show every event of ``client``; ``streamer`` tags each one (many rooms at
        once): a ``[@streamer]`` before each line, a ``"streamer"`` key in JSON.

        ``sessions_only``: show nothing of a try that never connected (its
        ``DisconnectEvent`` included), for a streamer watched between LIVEs,
        where a try that found no LIVE is waiting, not a session.
        """
        self.clients.add(client)
        if not sessions_only:
            client.on(ev.Event)(lambda event: self(event, streamer))
            return
        connected = False

        def show(event: ev.Event) -> None:
            nonlocal connected
            connected = connected or isinstance(event, ev.ConnectEvent)
            if connected:
                self(event, streamer)

        client.on(ev.Event)(show)

    def _show(self, event: ev.Event, streamer: str = "") -> None:
        name = type(event).__name__
        if self.json_lines:
            shown = event.to_dict()
            if streamer:
                shown = {"streamer": streamer, **shown}
            self.out.write(json.dumps(shown, ensure_ascii=False) + "\n")
            return
        if name == "WebsocketResponseEvent":
            return  # one per message: counted, not shown
        line = f"[@{streamer}] {describe(event)}" if streamer else describe(event)
        if not self.tty:
            self.out.write(line + "\n")
            return
        self.out.write("\r\x1b[K" + line + "\n")
        now = time.monotonic()
        if now - self._drawn >= self._REDRAW or isinstance(event, ev.DisconnectEvent):
            self._drawn = now
            width = shutil.get_terminal_size().columns - 1  # one line: \r can only redraw one
            self.out.write("\x1b[7m" + self.status()[:width] + "\x1b[0m")
        self.out.flush()

    def status(self) -> str:
        shown = sorted(((n, k.removesuffix("Event")) for k, n in self.counts.items()), reverse=True)
        return " ".join(f"{name} {n}" for n, name in shown)

    def finish(self, *lines: str) -> None:
        """The final counts (and any further summary lines), unless stdout is gone."""
        if self.gone or self.json_lines:
            return
        if self.tty:
            self.out.write("\r\x1b[K")
        for line in ("-- counts: " + self.status(), *lines):
            self.out.write(line + "\n")
        self.out.flush()
