"""The lifecycle under arbitrary interleavings: a Hypothesis state machine drives a Connection.

Every rule is something the network, the clock or the user can do to a
session, in any order; the invariants are the promises the docs make
(``livecore.connection``, ``livecore.lifecycle``, ``docs/protocol.md``: acks,
heartbeats and the custom events),
checked against the whole event log after every step.

The machine keeps its own model, written from the docs and not from the
code: the lifecycle state (its own transition table, below), which frame
errors are held back until ConnectEvent, which acks are due and which
heartbeat sequence number comes next. What each input holds is recorded
when the test builds it (test_fuzz's builders, no livecore codec); only raw
garbage is read, with test_fuzz's independent reader.

Profiles: ``HYPOTHESIS_PROFILE=ci`` (the default: 500 machine runs) or
``long`` (20,000). They apply to this machine only, not to the whole suite.
"""

from __future__ import annotations

import os
import random
import sys
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from reference_codec import wire_fields
from test_fuzz import (
    Held,
    Msg,
    Outcome,
    Transport,
    Undecodable,
    Unsure,
    ack_payload,
    build_msg_frame,
    built_transport_frames,
    read_ack,
    read_first_payload,
    read_frame,
)

from livecore import (
    ConnectEvent,
    Connection,
    ControlEvent,
    DisconnectEvent,
    DisconnectReason,
    Event,
    FrameErrorEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    LocalProtocolError,
    ReconnectedEvent,
    ReconnectingEvent,
    ReconnectPolicy,
    WebsocketResponseEvent,
)
from livecore import testing as lt
from livecore.connection import MAX_EARLY_ERRORS
from livecore.lifecycle import SOCKET_TRANSITIONS
from livecore.proto import pb

# Every move the socket's table allows, as (from, to) pairs.
SOCKET_MOVES = {
    (source, dest)
    for _, sources, dest in SOCKET_TRANSITIONS
    for source in ([sources] if isinstance(sources, str) else sources)
}

settings.register_profile("ci", max_examples=500, stateful_step_count=25, deadline=None)
settings.register_profile("long", max_examples=20_000, stateful_step_count=50, deadline=None)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

# ---- the model's lifecycle, from lifecycle.py's docstring and docs/protocol.md ----------------

IDLE, CONNECTING, LIVE, PAUSED, ENDED, DISCONNECTED = (
    "idle",
    "connecting",
    "live",
    "paused",
    "ended",
    "disconnected",
)
#: (state, ControlMessage.action) -> (next state, the event announcing it). Anything
#: else (a second pause, an unpause while live, anything after the end) moves nothing.
CONTROL_MOVES: dict[tuple[str, int], tuple[str, type[Event]]] = {
    (LIVE, 1): (PAUSED, LivePauseEvent),
    (PAUSED, 2): (LIVE, LiveUnpauseEvent),
    (LIVE, 3): (ENDED, LiveEndEvent),
    (LIVE, 4): (ENDED, LiveEndEvent),
    (PAUSED, 3): (ENDED, LiveEndEvent),
    (PAUSED, 4): (ENDED, LiveEndEvent),
}
ANNOUNCEMENTS = (LivePauseEvent, LiveUnpauseEvent, LiveEndEvent)
BEFORE_CONNECT = (IDLE, CONNECTING)

# ---- inputs, described as they are built ------------------------------------------------------

ANY_PAYLOADS = lt.payloads()
# Pause and unpause weighted up so that the alternation meets every state.
CONTROL_PAYLOADS = lt.control_messages(st.one_of(st.sampled_from([1, 2]), lt.CONTROL_ACTIONS))
IDS = st.integers(-(2**63), 2**63 - 1)
EXTS = st.text(max_size=16)
LOG_IDS = st.integers(-(2**63), 2**63 - 1)
STYLES = st.sampled_from(["gzip", "gzip-magic-only", "none", "plain"])
CLOSE_CODES = st.sampled_from([None, 1000, 1001, 1006, 1011, 4000, 4401])
DELAYS = st.one_of(st.just(0.0), st.floats(0, 45, allow_nan=False, allow_infinity=False))


@st.composite
def built_messages(
    draw: st.DrawFn, payloads: st.SearchStrategy[lt.EventPayload | lt.RawPayload]
) -> tuple[pb.Message, Held]:
    """A Message around a drawn payload, and its control action when it is a control."""
    payload = draw(payloads)
    msg_id = draw(IDS)
    if isinstance(payload, lt.RawPayload):  # unknown method, or malformed: never moves anything
        return pb.Message(method=payload.method, payload=payload.data, msg_id=msg_id), Held(msg_id)
    method = lt.EVENT_METHODS[type(payload)]
    payload.common.method = method
    payload.common.msg_id = msg_id
    message = pb.Message(method=method, payload=payload.SerializeToString(), msg_id=msg_id)
    action = payload.action if isinstance(payload, pb.WebcastControlMessage) else None
    return message, Held(msg_id, action)


@st.composite
def built_frames(
    draw: st.DrawFn,
    payloads: st.SearchStrategy[lt.EventPayload | lt.RawPayload] = ANY_PAYLOADS,
    min_size: int = 0,
) -> tuple[bytes, Msg]:
    """A ``msg`` frame the test writes, and exactly what it holds."""
    pairs = draw(st.lists(built_messages(payloads), min_size=min_size, max_size=3))
    ext, need_ack, log_id = draw(EXTS), draw(st.booleans()), draw(LOG_IDS)
    result = pb.FetchResult(messages=[m for m, _ in pairs], internal_ext=ext, need_ack=need_ack)
    data = build_msg_frame(result, log_id=log_id, style=draw(STYLES))
    return data, Msg(tuple(h for _, h in pairs), need_ack, ext, log_id)


@st.composite
def built_first_payloads(draw: st.DrawFn) -> tuple[bytes, Msg]:
    """The sign server's answer, as the test writes it, and what it holds."""
    pairs = draw(st.lists(built_messages(ANY_PAYLOADS), max_size=3))
    result = pb.FetchResult(
        messages=[m for m, _ in pairs], cursor=draw(EXTS), internal_ext=draw(EXTS), is_first=True
    )
    return result.SerializeToString(), Msg(tuple(h for _, h in pairs))


def _sure(read: Any) -> Any:
    """Raw garbage the independent reader can place (nearly all of it): the
    model must know what every input is, so the rare undecidable bytes are left out."""

    def sure(data: bytes) -> bool:
        try:
            read(data)
        except Unsure:
            return False
        return True

    return sure


RAW_FRAMES = lt.garbage().filter(_sure(read_frame)).map(lambda d: (d, None))
RAW_FIRST = lt.garbage().filter(_sure(read_first_payload)).map(lambda d: (d, None))
CORRUPT = lt.corrupt_gzip_frames().map(lambda d: (d, Undecodable()))


def _field(fields: dict[int, list[int | bytes]], number: int) -> Any:
    return fields.get(number, [0])[-1]


class SessionMachine(RuleBasedStateMachine):
    """One Connection, every input in any order, and the documented promises after each.

    The model (``state``, ``held``, ``close_reason``, ``expected_acks``,
    ``next_hb``) says what the docs say must happen; every call's output is
    compared to it.
    """

    conn: Connection

    def __init__(self) -> None:
        super().__init__()
        self.log: list[Event] = []
        self.calls: list[tuple[str, tuple[Any, ...]]] = []  # to replay for determinism
        self.sent: list[bytes] = []
        self.now = 0.0
        self.state = IDLE  # the model's lifecycle state
        self.held: list[bytes] = []  # undecodable input before the first payload
        self.close_reason: DisconnectReason | None = None  # what the model expects
        self.expected_acks: list[tuple[int, bytes]] = []
        self.acks: list[tuple[int, bytes]] = []
        self.beats: list[int] = []  # heartbeat sequence ids, as sent
        self.next_hb: int | None = None
        self.seed = 0
        self.conn_kwargs: dict[str, Any] = {}
        self.delivered: set[int] = set()  # msg_ids delivered: a repeat is dropped

    # ---- plumbing ------------------------------------------------------------------

    @property
    def over(self) -> bool:
        return self.state == DISCONNECTED

    @property
    def closing(self) -> bool:
        """A close was asked for (by close(), the stream's end, or livecore giving up)."""
        return self.close_reason is not None

    def _call(self, name: str, *args: Any) -> list[Event]:
        """Call a Connection method, record it, collect and check what comes out."""
        self.calls.append((name, args))
        getattr(self.conn, name)(*args)
        new = self.conn.events()
        self.log.extend(new)
        for data in self.conn.data_to_send():  # read with tests/reference_codec.py, not livecore
            self.sent.append(data)
            frame = wire_fields(data)
            kind = _field(frame, 7)
            if kind == b"ack":
                self.acks.append(read_ack(data))
            elif kind == b"hb":
                assert name == "handle_timeout", f"heartbeat out of {name}"
                beat = wire_fields(_field(frame, 8))
                self.beats.append(_field(beat, 2))
                assert _field(beat, 2) == self.next_hb
                assert _field(beat, 1) == self.conn.room_id
                assert self.next_hb is not None
                self.next_hb += 1
            elif kind == b"im_enter_room":
                assert name == "socket_opened", f"enter-room out of {name}"
                enter = wire_fields(_field(frame, 8))
                assert _field(enter, 1) == self.conn.room_id
                assert 0 < _field(enter, 8) < 2**63
            else:
                pytest.fail(f"unexpected outbound payload_type {kind!r}")
        return new

    def _feed(self, name: str, data: bytes, built: Outcome | None) -> None:
        """Give data to the connection and check its events against the model."""
        if self.over:
            with pytest.raises(LocalProtocolError):
                getattr(self.conn, name)(data)
            return
        first = name == "receive_first_payload"
        # What the input is: recorded when built; raw garbage is read independently.
        what = built if built is not None else (read_first_payload if first else read_frame)(data)
        if isinstance(what, Msg) and what.need_ack and not first and not self.closing:
            self.expected_acks.append((what.log_id, ack_payload(what.internal_ext)))
        new = self._call(name, data)
        if isinstance(what, Undecodable):
            if self.state not in BEFORE_CONNECT:  # one error carrying the input, at once
                assert len(new) == 1 and isinstance(new[0], FrameErrorEvent)
                assert new[0].raw == data
            else:  # held back until ConnectEvent (or the end) so that ConnectEvent is first
                assert new == []
                self.held.append(data)
                if len(self.held) > MAX_EARLY_ERRORS and self.close_reason is None:
                    self.close_reason = DisconnectReason.PROTOCOL_ERROR
            return
        if isinstance(what, Transport):
            assert new == []  # transport only
            return
        if self.state in BEFORE_CONNECT:
            assert isinstance(new[0], ConnectEvent)
            early = new[1 : 1 + len(self.held)]
            assert all(isinstance(e, FrameErrorEvent) for e in early)
            assert [e.raw for e in early] == self.held  # type: ignore[attr-defined]
            new = new[1 + len(self.held) :]
            self.held = []
            self.state = LIVE
        assert not any(isinstance(e, (ConnectEvent, FrameErrorEvent)) for e in new)
        self._walk(new, self._fresh(what.messages))

    def _fresh(self, messages: tuple[Held, ...]) -> tuple[Held, ...]:
        """The messages a session delivers: none whose msg_id it already delivered."""
        out = []
        for held in messages:
            if held.msg_id and held.msg_id in self.delivered:
                continue
            self.delivered.add(held.msg_id)
            out.append(held)
        return tuple(out)

    def _walk(self, new: list[Event], messages: tuple[Held, ...]) -> None:
        """Each message's events end with its WebsocketResponseEvent; a control moves
        the model, and the event announcing the move (and only it) sits right before
        that message's ControlEvent."""
        ends = [i for i, e in enumerate(new) if type(e) is WebsocketResponseEvent]
        assert len(ends) == len(messages) and (not ends or ends[-1] == len(new) - 1)
        start = 0
        for end, held in zip(ends, messages, strict=True):
            part, start = new[start : end + 1], end + 1
            assert part[-1].msg_id == held.msg_id
            announced = [e for e in part if isinstance(e, ANNOUNCEMENTS)]
            if held.action is None:
                assert announced == []
                continue
            [control] = [e for e in part if type(e) is ControlEvent]
            assert control.msg_id == held.msg_id and control.action == held.action
            move = CONTROL_MOVES.get((self.state, held.action))
            if move is None:
                assert announced == [], f"{announced} from {self.state} on {held.action}"
                continue
            self.state, announcement = move
            assert [type(e) for e in announced] == [announcement], (
                f"expected {announcement.__name__} on action {held.action}, got {announced}"
            )
            at = part.index(announced[0])
            assert part[at + 1] is control and announced[0].msg_id == held.msg_id
            if self.state == ENDED and self.close_reason is None:
                self.close_reason = DisconnectReason.LIVE_ENDED

    def _open(self, delay: float, options: str | None) -> None:
        self.now += delay
        if self.over:
            with pytest.raises(LocalProtocolError):
                self.conn.socket_opened(self.now, options)
            return
        self.next_hb = 1  # the sequence starts at 1 for each room entered (docs/protocol.md)
        sent = len(self.sent)
        self._call("socket_opened", self.now, options)
        if self.state == IDLE:
            self.state = CONNECTING
        enters = len(self.sent) - sent
        assert enters == (0 if self.closing else 1)
        deadline = self.conn.next_deadline()
        assert (deadline is None) == self.closing
        if deadline is not None:  # the first heartbeat: a random phase of the interval
            assert self.now < deadline <= self.now + self.conn.heartbeat_interval

    def _tick(self, delay: float, to_deadline: bool) -> None:
        due = self.conn.next_deadline()
        if to_deadline and due is not None:
            self.now = max(self.now, due)
        else:
            self.now += delay
        sent = len(self.sent)
        self._call("handle_timeout", self.now)
        beats = len(self.sent) - sent
        assert beats == (1 if due is not None and self.now >= due and not self.over else 0)
        after = self.conn.next_deadline()
        assert after is None or after > self.now  # one heartbeat per call, never a burst

    # ---- rules -------------------------------------------------------------------

    @initialize(
        seed=st.integers(0, 2**32 - 1),
        room_id=st.sampled_from([0, 1, 7_300_000_000_000_000_000, 2**63 - 1]),
        validate=st.booleans(),
    )
    def init(self, seed: int, room_id: int, validate: bool) -> None:
        self.seed = seed
        # The watchdog has its own machine (ReconnectMachine): here heartbeats alone.
        self.conn_kwargs = {
            "unique_id": "someone",
            "room_id": room_id,
            "validate": validate,
            "stale_after": 0,
        }
        self.conn = Connection(rng=random.Random(seed), **self.conn_kwargs)

    @rule()
    def start(self) -> None:
        if self.over:
            with pytest.raises(LocalProtocolError):
                self.conn.start()
            return
        self._call("start")
        if self.state == IDLE:
            self.state = CONNECTING

    @rule(given=st.one_of(built_first_payloads(), RAW_FIRST))
    def first_payload(self, given: tuple[bytes, Outcome | None]) -> None:
        self._feed("receive_first_payload", *given)

    @rule(given=built_frames())
    def msg_frame(self, given: tuple[bytes, Msg]) -> None:
        self._feed("receive_data", *given)

    @rule(given=built_frames(CONTROL_PAYLOADS, min_size=1))
    def control_frame(self, given: tuple[bytes, Msg]) -> None:
        # Frames whose messages are all controls, so pause/unpause/end meet every state.
        self._feed("receive_data", *given)

    @rule(given=built_transport_frames())
    def transport_frame(self, given: tuple[bytes, Transport]) -> None:
        self._feed("receive_data", *given)

    @rule(given=RAW_FRAMES)
    def garbage(self, given: tuple[bytes, None]) -> None:
        self._feed("receive_data", *given)

    @rule(given=CORRUPT)
    def corrupt_gzip(self, given: tuple[bytes, Undecodable]) -> None:
        self._feed("receive_data", *given)

    @rule(given=CORRUPT, times=st.integers(1, MAX_EARLY_ERRORS + 2))
    def corrupt_burst(self, given: tuple[bytes, Undecodable], times: int) -> None:
        # Enough undecodable frames before the first payload make livecore give up.
        for _ in range(times):
            self._feed("receive_data", *given)

    @rule(delay=DELAYS, options=lt.handshake_options())
    def socket_opened(self, delay: float, options: str | None) -> None:
        self._open(delay, options)

    @rule(delay=DELAYS, to_deadline=st.booleans())
    def handle_timeout(self, delay: float, to_deadline: bool) -> None:
        self._tick(delay, to_deadline)

    @rule(before=st.integers(1, 3), after=st.integers(1, 3), options=lt.handshake_options())
    def reopen_then_beat(self, before: int, after: int, options: str | None) -> None:
        """Heartbeats, a new socket, heartbeats again: the sequence restarts at 1."""
        if self.over:
            return
        self._open(0.0, options)
        for _ in range(before):
            self._tick(0.0, True)
        self._open(0.0, options)
        beats = len(self.beats)
        for _ in range(after):
            self._tick(0.0, True)
        if not self.closing:
            assert self.beats[beats:] == list(range(1, after + 1))

    @rule()
    def close(self) -> None:
        if not self.over and self.close_reason is None:
            self.close_reason = DisconnectReason.CLOSED_BY_CLIENT
        self._call("close")
        assert self.conn.next_deadline() is None

    @rule(code=CLOSE_CODES)
    def connection_lost(self, code: int | None) -> None:
        self._lose(code)

    def _lose(self, code: int | None) -> None:
        was_over, was = self.over, self.state
        new = self._call("connection_lost", code)
        self.state = DISCONNECTED
        assert self.conn.next_deadline() is None
        if was_over:
            assert new == []
            return
        assert [type(e) for e in new] == [FrameErrorEvent] * len(self.held) + [DisconnectEvent]
        assert [e.raw for e in new[:-1]] == self.held  # type: ignore[attr-defined]
        self.held = []
        end = new[-1]
        assert isinstance(end, DisconnectEvent) and end.code == code
        if was == ENDED:
            assert end.reason is DisconnectReason.LIVE_ENDED  # the end outranks a close
        elif self.close_reason is not None:
            assert end.reason is self.close_reason
        elif code is None or code == 1006:
            assert end.reason is DisconnectReason.TRANSPORT_ERROR
        else:
            assert end.reason is DisconnectReason.CLOSED_BY_SERVER

    # ---- invariants --------------------------------------------------------------

    @invariant()
    def the_lifecycle_is_the_models(self) -> None:
        if hasattr(self, "conn"):
            assert self.conn.state == self.state

    @invariant()
    def connect_first_and_at_most_once(self) -> None:
        connects = [i for i, e in enumerate(self.log) if isinstance(e, ConnectEvent)]
        assert connects in ([], [0])
        if not connects:  # a session that never connected: its errors, then the end
            assert all(isinstance(e, (FrameErrorEvent, DisconnectEvent)) for e in self.log)

    @invariant()
    def disconnect_exactly_once_and_last_when_over(self) -> None:
        ends = [i for i, e in enumerate(self.log) if isinstance(e, DisconnectEvent)]
        assert ends == ([len(self.log) - 1] if self.over else [])

    @invariant()
    def acks_are_exactly_the_due_ones(self) -> None:
        assert self.acks == self.expected_acks

    @invariant()
    def wants_close_after_close_or_end(self) -> None:
        if hasattr(self, "conn"):
            assert self.conn.wants_close == (self.closing and not self.over)

    def teardown(self) -> None:
        if not hasattr(self, "conn"):
            return
        if sys.exc_info()[0] is not None:
            return  # a step failed: the model is behind, so checking more would only blur it
        self._lose(None)
        ends = [e for e in self.log if isinstance(e, DisconnectEvent)]
        assert len(ends) == 1 and self.log[-1] is ends[0]
        self._same_again()

    def _same_again(self) -> None:
        """The core is deterministic: the same calls and seed give the same output."""
        twin = Connection(rng=random.Random(self.seed), **self.conn_kwargs)
        events: list[Event] = []
        sent: list[bytes] = []
        for name, args in self.calls:
            getattr(twin, name)(*args)
            events.extend(twin.events())
            sent.extend(twin.data_to_send())
        assert sent == self.sent
        assert [(type(e), e.msg_id) for e in events] == [(type(e), e.msg_id) for e in self.log]


SessionMachine.TestCase.settings = settings.get_profile(PROFILE)
TestSession = SessionMachine.TestCase


def test_frame_errors_before_the_first_payload_wait_for_connect_event() -> None:
    conn = Connection(rng=random.Random(0))
    conn.receive_data(b"\x00")  # not a PushFrame: a FrameErrorEvent, held back
    assert conn.events() == []
    conn.receive_first_payload(pb.FetchResult(is_first=True).SerializeToString())
    assert [type(e) for e in conn.events()] == [ConnectEvent, FrameErrorEvent]


# ---- sockets come and go: reconnect, watchdog, resume ------------------------------------------


def _chat(msg_id: int) -> pb.Message:
    return pb.Message(method="WebcastChatMessage", msg_id=msg_id, payload=b"")


def _msg_frame(
    ids: list[int], cursor: str, control_id: int | None = None, action: int = 3
) -> bytes:
    messages = [_chat(i) for i in ids]
    if control_id is not None:
        body = pb.WebcastControlMessage(action=action).SerializeToString()
        messages.append(pb.Message(method="WebcastControlMessage", msg_id=control_id, payload=body))
    result = pb.FetchResult(messages=messages, cursor=cursor, internal_ext=f"ext-{cursor}")
    return pb.PushFrame(
        payload_type="msg", payload=result.SerializeToString(), payload_encoding="pb"
    ).SerializeToString()


def _first(ids: list[int], cursor: str) -> bytes:
    result = pb.FetchResult(
        messages=[_chat(i) for i in ids],
        cursor=cursor,
        internal_ext=f"ext-{cursor}",
        push_server="wss://push.example/ws",
        is_first=True,
    )
    return result.SerializeToString()


RECONNECT_CODES = st.sampled_from([None, 1000, 1001, 1002, 1006, 1011, 4000])
STEP = st.floats(0, 20, allow_nan=False, allow_infinity=False)


class ReconnectMachine(RuleBasedStateMachine):
    """A connected session whose sockets break, go silent, and come back.

    The model, from the docs (livecore.connection, livecore.reconnect,
    docs/reliability.md): a loss after a socket opened is retried while the
    policy allows (tries in a row, time since the loss), never after the
    end or the user's close, never for 1002/1003/1007; a socket silent for
    ``stale_after`` is stale; the next socket resumes from the last cursor;
    a msg_id is delivered once however often it arrives.
    """

    def __init__(self) -> None:
        super().__init__()
        self.log: list[Event] = []
        self.now = 0.0
        self.open = True
        self.over = False
        self.ended = False
        self.closed_by_user = False
        self.waiting = False  # for a reconnect try
        self.attempt = 0
        self.lost_at: float | None = None
        self.last_rx = 0.0
        self.cursor = "c0"
        self.delivered: set[int] = set()
        self.stale = False
        self.held = False  # the driver is not reading (a slow consumer)
        self.state = LIVE  # the lifecycle, as the model sees it

    @initialize(
        seed=st.integers(0, 2**32 - 1),
        attempts=st.integers(0, 4),
        max_elapsed=st.sampled_from([5.0, 60.0, 1e6]),
        base=st.sampled_from([0.1, 1.0, 4.0]),
        stale_after=st.sampled_from([0.0, 2.5, 15.0, None]),
        first=st.lists(st.integers(0, 12), max_size=4),
    )
    def init(
        self,
        seed: int,
        attempts: int,
        max_elapsed: float,
        base: float,
        stale_after: float | None,
        first: list[int],
    ) -> None:
        self.policy = ReconnectPolicy(attempts=attempts, max_elapsed=max_elapsed, base=base)
        self.window = 30.0 if stale_after is None else stale_after  # 3 x the 10 s default
        self.conn = Connection(
            rng=random.Random(seed), reconnect=self.policy, stale_after=stale_after
        )
        self._call("receive_first_payload", _first(first, "c0"))
        assert isinstance(self.log[0], ConnectEvent)
        self._expect_delivered(first, self.log[1:])
        self._call("socket_opened", 0.0)

    # ---- plumbing ------------------------------------------------------------------

    def _call(self, name: str, *args: Any, **kwargs: Any) -> list[Event]:
        before = self.conn.phase
        getattr(self.conn, name)(*args, **kwargs)
        after = self.conn.phase
        assert after == before or (before, after) in SOCKET_MOVES, f"{name}: {before} -> {after}"
        new = self.conn.events()
        self.log.extend(new)
        self.conn.data_to_send()
        return new

    def _expect_delivered(self, ids: list[int], new: list[Event]) -> None:
        fresh = []
        for msg_id in ids:
            if msg_id == 0 or msg_id not in self.delivered:
                fresh.append(msg_id)
                self.delivered.add(msg_id)
        got = [e.msg_id for e in new if type(e) is WebsocketResponseEvent]
        assert got == fresh

    def _loss(self, code: int | None, reason: DisconnectReason, new: list[Event]) -> None:
        """What the docs say a loss gives, given the model's state before it."""
        if self.ended:
            reason = DisconnectReason.LIVE_ENDED
        elif self.closed_by_user:
            reason = DisconnectReason.CLOSED_BY_CLIENT
        if self.lost_at is None:
            self.lost_at = self.now
        may = (
            reason not in (DisconnectReason.LIVE_ENDED, DisconnectReason.CLOSED_BY_CLIENT)
            and code not in (1002, 1003, 1007)
            and self.policy.allows(self.attempt + 1, self.now - self.lost_at)
        )
        [event] = new
        if may:
            self.attempt += 1
            assert isinstance(event, ReconnectingEvent)
            assert (event.attempt, event.reason, event.code) == (self.attempt, reason, code)
            assert 0 <= event.delay <= self.policy.bound(self.attempt)
            assert self.conn.reconnect_at == self.now + event.delay
            self.waiting = True
        else:
            assert isinstance(event, DisconnectEvent)
            assert (event.reason, event.code) == (reason, code)
            self.over = True
        self.open = False
        self.stale = False

    # ---- rules ---------------------------------------------------------------------

    @rule(
        ids=st.lists(st.integers(0, 12), max_size=5),
        dt=STEP,
        action=st.sampled_from([None, None, 1, 2, 3, 4]),
    )
    def frame(self, ids: list[int], dt: float, action: int | None) -> None:
        """A msg frame, perhaps ending with a control: pause, unpause, end, suspend."""
        if not self.open or self.over:
            return  # an adapter reads only an open socket
        self.now += dt
        self.cursor = f"c{len(self.log)}"
        control_id = 1000 + len(self.log) if action is not None else None
        data = _msg_frame(ids, self.cursor, control_id, action or 0)
        new = self._call("receive_data", data, self.now)
        self.last_rx = self.now
        self.attempt = 0  # a socket that delivers starts the count again
        self.lost_at = None  # (a socket found stale stays stale: it is being closed)
        announced = [type(e) for e in new if isinstance(e, ANNOUNCEMENTS)]
        move = CONTROL_MOVES.get((self.state, action or 0))
        if move is None:
            assert announced == []
        else:
            self.state, announcement = move
            assert announced == [announcement]
            self.ended = self.state == ENDED
        self._expect_delivered([*ids, *([control_id] if control_id is not None else [])], new)

    @rule(dt=STEP, to_deadline=st.booleans())
    def tick(self, dt: float, to_deadline: bool) -> None:
        due = self.conn.next_deadline()
        self.now = max(self.now, due) if to_deadline and due is not None else self.now + dt
        new = self._call("handle_timeout", self.now)
        assert new == []  # time alone gives no events
        silent = self.now - self.last_rx
        watched = (
            self.open and self.window and not self.held and not self.ended
        ) and not self.closed_by_user
        # A window of an interval (10 s) or more is looked at with the heartbeats:
        # up to one interval late. A shorter one has its own deadline: exact.
        slack = 10.0 if self.window >= 10.0 else 0.0
        if watched and silent >= self.window + slack:
            self.stale = True
        elif watched and silent >= self.window:
            self.stale = self.stale or self.conn.stale  # either, within the slack
        assert self.conn.stale == self.stale
        if self.waiting:
            due_at = self.conn.reconnect_at
            assert due_at is not None
            assert self.conn.wants_reconnect == (self.now >= due_at)

    @rule(code=RECONNECT_CODES, dt=STEP)
    def lose(self, code: int | None, dt: float) -> None:
        if not self.open or self.over:
            return
        self.now += dt
        was_stale = self.stale
        new = self._call("connection_lost", code, now=self.now)
        if was_stale:
            reason = DisconnectReason.STALE
        elif code is None or code == 1006:
            reason = DisconnectReason.TRANSPORT_ERROR
        else:
            reason = DisconnectReason.CLOSED_BY_SERVER
        self._loss(code, reason, new)

    def _due(self) -> bool:
        """Wait, as a driver does, until the reconnect try is due."""
        if not self.waiting:
            return False
        due = self.conn.reconnect_at
        assert due is not None
        self.now = max(self.now, due)
        assert self._call("handle_timeout", self.now) == []
        assert self.conn.wants_reconnect
        return True

    @rule()
    def try_fails(self) -> None:
        if not self._due():
            return
        self.waiting = False
        new = self._call(
            "connection_lost", None, reason=DisconnectReason.CONNECT_FAILED, now=self.now
        )
        self._loss(None, DisconnectReason.CONNECT_FAILED, new)

    @rule(refresh=st.lists(st.integers(0, 12), max_size=4), fetch=st.booleans())
    def try_succeeds(self, refresh: list[int], fetch: bool) -> None:
        if not self._due():
            return
        if fetch:  # a fresh first payload: new URL, old resume point, repeats dropped
            new = self._call("receive_first_payload", _first(refresh, "fresh"))
            assert not any(isinstance(e, ConnectEvent) for e in new)
            self._expect_delivered(refresh, new)
        query = self.conn.websocket_url().split("?", 1)[1]
        assert f"cursor={self.cursor}&" in query + "&"
        new = self._call("socket_opened", self.now)
        [back] = new
        assert isinstance(back, ReconnectedEvent)
        assert (back.attempt, back.cursor) == (self.attempt, self.cursor)
        self.waiting = False
        self.open = True
        self.last_rx = self.now

    @rule(dt=STEP)
    def hold_reading(self, dt: float) -> None:
        """A slow consumer: the driver stops reading, time passes."""
        self._call("hold_reading")
        self.held = True
        self.tick(dt, False)

    @rule(dt=STEP)
    def resume_reading(self, dt: float) -> None:
        self.now += dt
        self._call("resume_reading", self.now)
        self.held = False
        self.last_rx = max(self.last_rx, self.now)

    @rule()
    def close(self) -> None:
        if self.over:
            return
        new = self._call("close")
        self.closed_by_user = True
        if self.waiting:  # no socket to close: the session ends here
            assert [type(e) for e in new] == [DisconnectEvent]
            assert new[0].reason is DisconnectReason.CLOSED_BY_CLIENT  # type: ignore[attr-defined]
            self.over = True
            self.waiting = False
        else:
            assert new == [] and self.conn.wants_close

    # ---- invariants ----------------------------------------------------------------

    @invariant()
    def one_connect_one_disconnect(self) -> None:
        assert [i for i, e in enumerate(self.log) if isinstance(e, ConnectEvent)] == [0]
        ends = [i for i, e in enumerate(self.log) if isinstance(e, DisconnectEvent)]
        assert ends == ([len(self.log) - 1] if self.over else [])
        assert self.conn.over == self.over

    @invariant()
    def no_msg_id_twice(self) -> None:
        ids = [e.msg_id for e in self.log if type(e) is WebsocketResponseEvent and e.msg_id]
        assert len(ids) == len(set(ids))

    @invariant()
    def reconnects_come_in_order(self) -> None:
        """Reconnecting+ then Reconnected with the last try's number; never more tries
        in a row than the policy allows."""
        last: ReconnectingEvent | None = None
        for event in self.log:
            if isinstance(event, ReconnectingEvent):
                assert 1 <= event.attempt <= self.policy.attempts
                last = event
            elif isinstance(event, ReconnectedEvent):
                assert last is not None and event.attempt == last.attempt
                last = None

    @invariant()
    def close_is_wanted_exactly_when_due(self) -> None:
        wanted = self.open and not self.over and (self.ended or self.closed_by_user or self.stale)
        assert self.conn.wants_close == wanted

    @invariant()
    def both_machines_agree_with_the_model(self) -> None:
        """The lifecycle never moves for a socket; the socket's phase is the model's."""
        state, phase = self.conn.state, self.conn.phase
        if self.over:
            assert (state, phase) == (DISCONNECTED, "gone")
            return
        assert state == self.state  # losses and reconnects leave the lifecycle alone
        if self.open:
            assert phase == ("closing" if self.conn.wants_close else "open")
        else:
            assert self.waiting
            assert phase == ("dialling" if self.conn.wants_reconnect else "waiting")

    @invariant()
    def heartbeats_only_on_an_open_socket(self) -> None:
        if not self.open and self.waiting:
            assert self.conn.next_deadline() == self.conn.reconnect_at
        if self.over:
            assert self.conn.next_deadline() is None


ReconnectMachine.TestCase.settings = settings.get_profile(PROFILE)
TestReconnect = ReconnectMachine.TestCase
