"""The lifecycle under arbitrary interleavings: a Hypothesis state machine drives a Connection.

Every rule is something the network, the clock or the user can do to a
session, in any order; the invariants are the promises the docs make
(``livecore.connection``, ``livecore.lifecycle``, ``docs/protocol.md``: acks,
heartbeats and the custom events),
checked against the whole event log after every step.

The machine keeps its own model, written from the docs and not from the
code: the lifecycle state (stateful_model's transition table), which frame
errors are held back until ConnectEvent, which acks are due and which
heartbeat sequence number comes next. What each input holds is recorded
when the test builds it (fuzz_inputs' builders, no livecore codec); only raw
garbage is read, with wire_oracle's independent reader.

Profiles: ``HYPOTHESIS_PROFILE=ci`` (the default: 500 machine runs) or
``long`` (20,000). They apply to this machine only, not to the whole suite.
"""

from __future__ import annotations

import random
import sys
from typing import Any

import pytest
from fuzz_inputs import build_msg_frame, built_transport_frames
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from reference_codec import wire_fields
from stateful_model import (
    ANNOUNCEMENTS,
    BEFORE_CONNECT,
    CONNECTING,
    CONTROL_MOVES,
    DISCONNECTED,
    ENDED,
    IDLE,
    LIVE,
    PROFILE,
)
from wire_oracle import (
    Held,
    Msg,
    Outcome,
    Transport,
    Undecodable,
    Unsure,
    ack_payload,
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
    LocalProtocolError,
    WebsocketResponseEvent,
)
from livecore import testing as lt
from livecore.connection import MAX_EARLY_ERRORS
from livecore.proto import pb

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
