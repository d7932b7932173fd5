"""Interop check: TikTokLive 7.0.1's own client against livecore's simulated room.

Run it with ``make interop`` (it needs the separate ``.venv-interop`` that
target builds: TikTokLive is not a dependency of livecore). In one process:

1. A :class:`livecore.room.Room` with the hand-written :data:`SCRIPT` is
   served on loopback by :func:`livecore_trio.room.open_room`, in a thread
   of its own under ``trio.run`` (TikTokLive runs on asyncio).
2. TikTokLive's ``TikTokLiveClient`` connects to it. Exactly one thing of
   TikTokLive is replaced: its sign step, ``client.web.fetch_signed_websocket``
   (an HTTP request to the Euler sign server), by a function that hands it
   the room's first payload, which is what a sign server answers, wrapped
   and parsed by TikTokLive's own ``extract_webcast_response_message`` exactly
   as the original does with the HTTP body. The room-id lookup and the live
   check are skipped by TikTokLive's own options (``room_id=...``,
   ``fetch_live_check=False``), not patched. Everything else (its WebSocket
   handshake through ``websockets``, push-frame and gzip parsing, enter-room,
   heartbeats, acks, event decoding and dispatch, the close after
   ``LiveEndEvent``) is TikTokLive's own code.
3. An audit hook records every outbound ``socket.connect``; the check fails
   if any goes anywhere but loopback (no request to TikTok or a sign server).

It asserts that TikTokLive sees ``ConnectEvent`` first, every comment of the
script in order, ``FollowEvent``, ``ShareEvent`` (with its users joined),
``LiveEndEvent`` and ``DisconnectEvent`` last; that every message the room
sent arrives exactly once and in order; that the whole run ends on its own
within :data:`TIMEOUT` seconds; and that the room saw an enter-room, the
heartbeats and an ack for every frame that asked for one. Exit status 0 when
all of that holds, 1 otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import queue
import socket
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import trio

from livecore import CommentEvent as LivecoreComment
from livecore import Connection, MessageEvent
from livecore import UnknownEvent as LivecoreUnknown
from livecore.messages import METHODS
from livecore.protocol import Method
from livecore.room import Room, RoomSession, Script, ScriptFrame
from livecore_trio.room import open_room

# websockets 14+ warns that TikTokLive uses its legacy client; not ours to fix.
warnings.filterwarnings("ignore", category=DeprecationWarning)

from TikTokLive import TikTokLiveClient  # noqa: E402
from TikTokLive.__version__ import PACKAGE_VERSION  # noqa: E402
from TikTokLive.client.ws.ws_utils import extract_webcast_response_message  # noqa: E402
from TikTokLive.events import (  # noqa: E402
    CommentEvent,
    ConnectEvent,
    DisconnectEvent,
    FollowEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    ShareEvent,
    UnknownEvent,
)
from TikTokLive.events.proto_events import EVENT_MAPPINGS  # noqa: E402
from TikTokLive.proto import ProtoMessageFetchResult, WebcastPushFrame  # noqa: E402

#: One ``method`` step for each method livecore types but control (whose
#: drawn action could end the stream; ``end`` covers it).
SCRIPT_METHODS = "\n".join(f"method {m}" for m in sorted(METHODS) if m != Method.CONTROL)
DELIBERATE_UNKNOWN = 1
"""The script's one message of a method no one knows: TikTokLive's only UnknownEvent."""

TIMEOUT = 60.0
"""Seconds the whole run may take, from connect to TikTokLive's return."""
PING_INTERVAL = 1.0
"""The room announces this in Handshake-Options, so a short run sees several heartbeats."""
UNIQUE_ID = "livecore_interop"

SCRIPT = """\
# A hand-written stream (livecore.room.Script): one step per line.
comment hello from the livecore room
like 3
comment olá, São Paulo 🔥
follow
gift 2
join
wait 2500ms
comment a comment after a 2.5 s lull
share 5
gift_streak
gift_streak
gift_streak end
battle open
battle score
battle score
battle end
poll start
poll update
poll end
goal 40
emote
question
subscribe 2
pin
delete
caption
rank
unknown WebcastMysteryFutureMessage
__METHODS__
comment the last comment
end
"""


# ---- the room, on Trio, in a thread of its own ---------------------------------------


class RoomThread:
    """Serves ``room`` on loopback under ``trio.run`` in a daemon thread."""

    def __init__(self, room: Room) -> None:
        self.room = room
        self.url = ""
        self.first_payload = b""
        self._ready: queue.Queue[BaseException | None] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="livecore-room", daemon=True)

    def start(self) -> None:
        self._thread.start()
        error = self._ready.get(timeout=10)
        if error is not None:
            raise error

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            trio.run(self._main)
        except BaseException as exc:  # surfaced by start() when it happens early
            self._ready.put(exc)

    async def _main(self) -> None:
        async with open_room(self.room) as server:
            self.url = server.url
            self.first_payload = server.first_payload()
            self._ready.put(None)
            while not self._stop.is_set():
                await trio.sleep(0.05)
            with trio.move_on_after(2):  # let a session still open notice its close
                await server.wait_idle()


# ---- no network but loopback ----------------------------------------------------------


@dataclass
class NetworkAudit:
    """Every outbound TCP connect of the process, via ``sys.addaudithook``."""

    connects: list[Any] = field(default_factory=list)

    def install(self) -> None:
        def hook(event: str, args: tuple[Any, ...]) -> None:
            if event == "socket.connect":
                sock, address = args
                if getattr(sock, "family", None) in (socket.AF_INET, socket.AF_INET6):
                    self.connects.append(address)

        sys.addaudithook(hook)

    @property
    def off_loopback(self) -> list[Any]:
        return [a for a in self.connects if a[0] not in ("127.0.0.1", "::1", "localhost")]


# ---- TikTokLive, with its sign step replaced -----------------------------------------


def room_sign_step(first_payload: bytes) -> Callable[..., Any]:
    """A stand-in for ``TikTokWebClient.fetch_signed_websocket``.

    The original GETs ``{sign server}/webcast/fetch``, takes the body (a bare
    FetchResult) and returns ``extract_webcast_response_message(WebcastPushFrame(
    log_id=-1, payload=body, payload_type="msg"))``. This does the same with the
    room's first payload instead of the HTTP body, and makes no request.
    """

    calls: list[Any] = []

    async def fetch_signed_websocket(platform: Any = None, *args: Any, **kwargs: Any) -> Any:
        calls.append(platform)
        response: ProtoMessageFetchResult = extract_webcast_response_message(
            push_frame=WebcastPushFrame(log_id=-1, payload=first_payload, payload_type="msg"),
        )
        return response

    fetch_signed_websocket.calls = calls  # type: ignore[attr-defined]
    return fetch_signed_websocket


@dataclass
class Seen:
    """What TikTokLive's handlers received, in order, with times since the start."""

    started: float = field(default_factory=time.perf_counter)
    events: list[tuple[float, str, Any]] = field(default_factory=list)
    msg_ids: list[int] = field(default_factory=list)  # from the proto events, in order
    kinds: list[tuple[int, str]] = field(default_factory=list)  # (msg_id, proto event class)
    unknown: int = 0  # UnknownEvents
    log_records: list[logging.LogRecord] = field(default_factory=list)
    forced_at: float | None = None  # when the check had to stop TikTokLive itself

    def add(self, name: str, event: Any) -> None:
        self.events.append((time.perf_counter() - self.started, name, event))

    def names(self) -> list[str]:
        return [name for _, name, _ in self.events]

    def first_at(self, name: str) -> float | None:
        return next((at for at, n, _ in self.events if n == name), None)


def describe(name: str, event: Any) -> str:
    handle: str = getattr(getattr(event, "user", None), "display_id", "") or ""
    who = f"@{handle}" if handle else ""
    if name == "ConnectEvent":
        return f"unique_id={event.unique_id} room_id={event.room_id}"
    if name == "CommentEvent":
        return f"{who}: {event.comment!r}"
    if name == "LikeEvent":
        return f"{who} x{event.count} (total {event.total})"
    if name == "GiftEvent":
        return f"{who} {getattr(event.gift, 'name', event.gift_id)} x{event.repeat_count}"
    if name == "JoinEvent":
        return f"{who} joined ({event.member_count} viewers)"
    if name == "FollowEvent":
        return f"{who} followed"
    if name == "ShareEvent":
        return f"{who} shared, users_joined={event.users_joined}"
    if name == "LiveEndEvent":
        return f"action={int(event.action)}"
    return ""


class _Capture(logging.Handler):
    def __init__(self, sink: list[logging.LogRecord]) -> None:
        super().__init__(logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(record)


async def run_tiktoklive(
    room: Room, first_payload: bytes, seen: Seen
) -> tuple[bool, Any, TikTokLiveClient]:
    """Run TikTokLive's client to its end (or TIMEOUT); True when it returned on its own."""
    client = TikTokLiveClient(unique_id=UNIQUE_ID)
    # Its logger defaults to ERROR; WARNING also catches what it would only warn about.
    client.logger.setLevel(logging.WARNING)
    client.logger.addHandler(_Capture(seen.log_records))
    # The one substitution: the sign step. (TikTokWebClient sets its routes as
    # instance attributes in __init__; this replaces that attribute.)
    sign = room_sign_step(first_payload)
    client.web.fetch_signed_websocket = sign

    shown: tuple[Any, ...] = (ConnectEvent, CommentEvent, LikeEvent, GiftEvent, JoinEvent)
    shown += (FollowEvent, ShareEvent, LiveEndEvent, DisconnectEvent)
    for kind in shown:

        def handler(event: Any, name: str = kind.__name__) -> None:
            seen.add(name, event)
            print(
                f"  {time.perf_counter() - seen.started:6.2f}s  {name:<16} {describe(name, event)}"
            )

        client.on(kind)(handler)  # the decorator form: on(kind, f) is broken in 7.0.1

    # Base proto events: one per Webcast message of every method TikTokLive
    # types, each carrying common.msg_id; UnknownEvent for the rest.
    def record(event: Any) -> None:
        seen.msg_ids.append(int(event.common.msg_id))
        seen.kinds.append((int(event.common.msg_id), type(event).__name__))

    for kind in {*EVENT_MAPPINGS.values()}:
        client.on(kind)(record)

    def unknown(event: Any) -> None:
        seen.unknown += 1

    client.on(UnknownEvent)(unknown)

    # connect() is TikTokLive's documented "run until the stream is over" call.
    # It runs as a task of its own so a hang can be observed without cancelling
    # it from inside (its CancelledError path calls loop.run_until_complete,
    # which raises in a running loop).
    connecting = asyncio.ensure_future(client.connect(room_id=room.room_id, fetch_live_check=False))
    done, _ = await asyncio.wait({connecting}, timeout=TIMEOUT)
    returned = bool(done)
    outcome: Any = None
    if returned:
        outcome = connecting.result()  # re-raises what connect() raised
    else:
        print(f"!! TikTokLive's connect() did not return within {TIMEOUT:g} s; stopping it")
        seen.forced_at = time.perf_counter() - seen.started
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.disconnect(), 5)
        connecting.cancel()
        await asyncio.gather(connecting, return_exceptions=True)
    # Only the HTTP client: TikTokLiveClient.close() calls loop.run_until_complete
    # and so cannot be awaited from a running loop in 7.0.1.
    await client.web.close()
    if not sign.calls:  # type: ignore[attr-defined]
        raise AssertionError("TikTokLive never asked for its first payload")
    return returned, outcome, client


# ---- the check -----------------------------------------------------------------------


def expected_comments(script: Script) -> list[str]:
    return [
        arg
        for item in script.items
        if isinstance(item, ScriptFrame)
        for kind, arg in item.messages
        if kind == "comment"
    ]


def room_report(room: Room) -> tuple[list[str], list[str]]:
    """Lines describing what the room recorded, and the failures among them."""
    lines: list[str] = []
    failures: list[str] = []
    sessions: list[RoomSession] = room.sessions
    lines.append(f"sessions: {len(sessions)}")
    if len(sessions) != 1:
        failures.append(f"the room saw {len(sessions)} sessions, not 1")
    for number, s in enumerate(sessions, start=1):
        q = s.query
        lines.append(
            f"session {number}: query room_id={q.get('room_id')} cursor={q.get('cursor')} "
            f"compress={q.get('compress')} internal_ext={'yes' if q.get('internal_ext') else 'no'} "
            f"({len(q)} params)"
        )
        enters = s.enter_rooms
        lines.append(
            "  enter-room: "
            + (
                ", ".join(
                    f"room_id={e.room_id} live_id={e.live_id} identity={e.identity!r}"
                    for e in enters
                )
                or "none"
            )
        )
        if len(enters) != 1 or enters[0].room_id != room.room_id:
            failures.append(f"expected one enter-room for {room.room_id}, got {len(enters)}")
        beats = s.heartbeats
        seqs = [b.seq for b in beats]
        gaps = [round(b.at - a.at, 2) for a, b in itertools.pairwise(beats)]
        lines.append(f"  heartbeats: {len(beats)}, seq {seqs}, gaps (s) {gaps}")
        if not beats:
            failures.append("no heartbeat")
        elif seqs != list(range(1, len(beats) + 1)) or any(
            b.room_id != room.room_id for b in beats
        ):
            failures.append(f"heartbeats out of sequence or for another room: {seqs}")
        asked = [f for f in s.sent if f.need_ack]
        lines.append(
            f"  frames sent: {len(s.sent)}, messages {len(s.msg_ids)}; acks received "
            f"{len(s.acks)} for {len(asked)} frames that asked; unacked {len(s.unacked())}, "
            f"unasked {len(s.unasked_acks())}"
        )
        if s.unacked() or s.unasked_acks():
            failures.append("acks do not match the frames that asked for them")
        if s.msg_ids != room.msg_ids:
            failures.append("the room did not push the whole stream")
        lines.append(f"  unparseable client frames: {len(s.client_errors)}")
        if s.client_errors:
            failures.append(f"{len(s.client_errors)} client frames the room could not parse")
        lines.append(f"  closed by the client with code {s.lost_code}")
    return lines, failures


def livecore_comments(room: Room) -> list[str]:
    """The text of every comment the room sent, as livecore decodes it."""
    conn = Connection(unique_id=UNIQUE_ID, room_id=room.room_id)
    for data in room.frames():
        conn.receive_data(data)
    return [e.content for e in conn.events() if isinstance(e, LivecoreComment)]


def livecore_view(room: Room) -> list[tuple[int, str]]:
    """(msg_id, event class) of every message the room sent, as livecore decodes
    it: the method's own class (custom subclasses folded into their base, as
    TikTokLive's proto events are), or UnknownEvent."""
    conn = Connection(unique_id=UNIQUE_ID, room_id=room.room_id)
    for data in room.frames():
        conn.receive_data(data)
    out: list[tuple[int, str]] = []
    for event in conn.events():
        if isinstance(event, LivecoreUnknown):
            out.append((event.msg_id, "UnknownEvent"))
        elif isinstance(event, MessageEvent) and type(event) is METHODS[event.method]:
            out.append((event.msg_id, type(event).__name__))
    return out


def watch(room: Room) -> tuple[bool, Seen]:
    """Serve ``room``, run TikTokLive's client against it to its end; what it saw."""
    server = RoomThread(room)
    server.start()
    print(f"TikTokLive {PACKAGE_VERSION} (its own client) against livecore's")
    print(f"simulated room at {server.url} (room_id {room.room_id})")
    print(
        f"first payload: {len(server.first_payload)} bytes, handed to TikTokLive as its sign step"
    )
    print("events received by TikTokLive's @client.on handlers:")

    seen = Seen()
    try:
        returned, _, _ = asyncio.run(run_tiktoklive(room, server.first_payload, seen))
    finally:
        server.stop()
    return returned, seen


def event_failures(seen: Seen, room: Room, script: Script) -> list[str]:
    """The events TikTokLive's handlers got, against what the script promises."""
    failures: list[str] = []
    names = seen.names()
    wanted = ["ConnectEvent", "FollowEvent", "ShareEvent", "LiveEndEvent", "DisconnectEvent"]
    missing = [n for n in wanted if n not in names]
    if missing:
        failures.append(f"missing events: {', '.join(missing)}")
    if not names or names[0] != "ConnectEvent":
        failures.append(f"the first event was {names[0] if names else 'none'}, not ConnectEvent")
    if names and names[-1] != "DisconnectEvent":
        failures.append(f"the last event was {names[-1]}, not DisconnectEvent")
    if names.count("DisconnectEvent") > 1:
        failures.append(f"DisconnectEvent fired {names.count('DisconnectEvent')} times")
    connect = next((e for _, n, e in seen.events if n == "ConnectEvent"), None)
    if connect is not None and (connect.room_id != room.room_id or connect.unique_id != UNIQUE_ID):
        failures.append(f"ConnectEvent names {connect.unique_id}/{connect.room_id}")
    comments = [e.comment for _, n, e in seen.events if n == "CommentEvent"]
    # The script's comment steps, plus the drawn text of its `method WebcastChatMessage`.
    theirs_in_order = iter(comments)
    if not all(c in theirs_in_order for c in expected_comments(script)):
        failures.append(f"comments {comments!r} lack the script's {expected_comments(script)!r}")
    if comments != livecore_comments(room):
        failures.append(f"comments {comments!r} != livecore's {livecore_comments(room)!r}")
    shares = [e.users_joined for _, n, e in seen.events if n == "ShareEvent"]
    if shares != [5]:
        failures.append(f"ShareEvent users_joined {shares}, expected [5]")
    return failures


def typed_ids(livecore_kinds: list[tuple[int, str]]) -> list[int]:
    """The msg_ids of the messages whose method TikTokLive types, in order."""
    return [msg_id for msg_id, name in livecore_kinds if name != "UnknownEvent"]


def kinds_received(seen: Seen, livecore_kinds: list[tuple[int, str]]) -> tuple[set[str], set[str]]:
    """The kinds of message the room sent (UnknownEvent aside), and those TikTokLive never got."""
    sent_kinds = {n for _, n in livecore_kinds} - {"UnknownEvent"}
    return sent_kinds, sent_kinds - {n for _, n in seen.kinds}


def message_failures(seen: Seen, livecore_kinds: list[tuple[int, str]]) -> list[str]:
    """Every message once, in order, under livecore's name for it; one UnknownEvent."""
    failures: list[str] = []
    known_ids = typed_ids(livecore_kinds)
    if seen.msg_ids != known_ids:
        failures.append(
            f"messages: TikTokLive decoded {len(seen.msg_ids)} msg_ids, the room sent "
            f"{len(known_ids)} of methods it types (lost, duplicated or reordered)"
        )
    theirs = dict(seen.kinds)
    differ = [
        (i, n, theirs.get(i))
        for i, n in livecore_kinds
        if n != "UnknownEvent" and theirs.get(i) != n
    ]
    if differ:
        failures.append(f"livecore and TikTokLive name {len(differ)} messages apart: {differ[:5]}")
    if seen.unknown != DELIBERATE_UNKNOWN:
        failures.append(f"TikTokLive raised {seen.unknown} UnknownEvents, not {DELIBERATE_UNKNOWN}")
    return failures


def run_failures(seen: Seen, returned: bool, audit: NetworkAudit) -> list[str]:
    """The run ended on its own, TikTokLive logged nothing, nothing left loopback."""
    failures: list[str] = []
    disconnect_at = seen.first_at("DisconnectEvent")
    if not returned:
        failures.append(f"TikTokLive's connect() did not return on its own within {TIMEOUT:g} s")
        if (
            disconnect_at is not None
            and seen.forced_at is not None
            and disconnect_at >= seen.forced_at
        ):
            failures.append("its DisconnectEvent came only after the check stopped it: not counted")
    for record in seen.log_records:
        failures.append(f"TikTokLive logged {record.levelname}: {record.getMessage()}")
    if audit.off_loopback:
        failures.append(f"connections off loopback: {audit.off_loopback}")
    return failures


def print_tiktoklive(
    seen: Seen,
    room: Room,
    livecore_kinds: list[tuple[int, str]],
    audit: NetworkAudit,
    returned: bool,
    total: float,
) -> None:
    """What TikTokLive received, and how the run went."""
    end_at, disconnect_at = seen.first_at("LiveEndEvent"), seen.first_at("DisconnectEvent")
    known_ids = typed_ids(livecore_kinds)
    sent_kinds, missing_kinds = kinds_received(seen, livecore_kinds)
    counts: dict[str, int] = {}
    for name in seen.names():
        counts[name] = counts.get(name, 0) + 1
    print("TikTokLive:")
    print(f"  events: {counts}")
    print(
        f"  kinds of message received: {len(sent_kinds) - len(missing_kinds)} of the "
        f"{len(sent_kinds)} the room sent; UnknownEvent {seen.unknown} (the deliberate one)"
    )
    print(
        f"  messages decoded: {len(seen.msg_ids)} of the {len(known_ids)} it types, "
        f"{len(room.msg_ids)} sent; in order: {seen.msg_ids == known_ids}"
    )
    if end_at is not None and disconnect_at is not None:
        print(f"  LiveEndEvent -> DisconnectEvent: {disconnect_at - end_at:.3f} s")
    print(
        f"  connect() returned on its own: {returned}; "
        f"whole run {total:.2f} s (limit {TIMEOUT:g} s)"
    )
    print(f"  TikTokLive warnings/errors logged: {len(seen.log_records)}")
    print(f"  outbound TCP connects: {audit.connects} (off loopback: {len(audit.off_loopback)})")


def verdict(failures: list[str]) -> int:
    """Print FAIL and every failure, or PASS; the exit status."""
    if failures:
        print("FAIL:")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print(
        "PASS: TikTokLive 7.0.1 received ConnectEvent, every comment in order, FollowEvent, "
        "ShareEvent, every kind of message the room sent under livecore's name for it, "
        "no UnknownEvent but the deliberate one, LiveEndEvent and DisconnectEvent from "
        "livecore's room"
    )
    return 0


def main() -> int:
    audit = NetworkAudit()
    audit.install()
    script = Script.parse(SCRIPT.replace("__METHODS__", SCRIPT_METHODS))
    room = Room(script, seed=7, rate=20, ping_interval=PING_INTERVAL)
    returned, seen = watch(room)
    total = time.perf_counter() - seen.started

    failures = event_failures(seen, room, script)
    livecore_kinds = livecore_view(room)
    failures += message_failures(seen, livecore_kinds)
    failures += run_failures(seen, returned, audit)
    print_tiktoklive(seen, room, livecore_kinds, audit, returned, total)
    _, missing_kinds = kinds_received(seen, livecore_kinds)
    if missing_kinds:
        failures.append(f"kinds TikTokLive never received: {sorted(missing_kinds)}")
    lines, room_failures = room_report(room)
    failures += room_failures
    print("room:")
    for line in lines:
        print(f"  {line}")
    return verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
