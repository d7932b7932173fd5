"""The lifecycle under arbitrary interleavings: a Hypothesis state machine drives a Connection.

Every rule is something the network, the clock or the user can do to a
session, in any order; the invariants are the promises the docs make
(``livecore.connection``, ``livecore.lifecycle``, WIRE.md sections 4 and 6),
checked against the whole event log after every step.

Profiles: ``HYPOTHESIS_PROFILE=ci`` (the default: 500 machine runs) or
``long`` (20,000). They apply to this machine only, not to the whole suite.
"""

from __future__ import annotations

import os
import random
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from livecore import (
    ConnectEvent,
    Connection,
    DisconnectEvent,
    DisconnectReason,
    Event,
    FrameErrorEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    LocalProtocolError,
    WebsocketResponseEvent,
)
from livecore import testing as lt
from livecore.connection import MAX_EARLY_ERRORS
from livecore.errors import FrameDecodeError
from livecore.frames import (
    PAYLOAD_ACK,
    PAYLOAD_ENTER_ROOM,
    PAYLOAD_HEARTBEAT,
    PAYLOAD_MSG,
    decode_fetch_result,
    decode_push_frame,
    frame_payload,
)
from livecore.proto.webcast_pb2 import EnterRoom, FetchResult, Heartbeat

settings.register_profile("ci", max_examples=500, stateful_step_count=25, deadline=None)
settings.register_profile("long", max_examples=20_000, stateful_step_count=50, deadline=None)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

# Pause and unpause weighted up so that the alternation meets every state.
CONTROLS = lt.control_messages(st.one_of(st.sampled_from([1, 2]), lt.CONTROL_ACTIONS))
# Frames whose messages are all controls, so pause/unpause/end meet every state.
CONTROL_FRAMES = lt.msg_frames(
    lt.fetch_results(
        st.lists(
            lt.messages(lt.payloads(kinds=[CONTROLS], unknown=False, malformed=False)),
            min_size=1,
            max_size=3,
        )
    )
)
CLOSE_CODES = st.sampled_from([None, 1000, 1001, 1006, 1011, 4000, 4401])
DELAYS = st.one_of(st.just(0.0), st.floats(0, 45, allow_nan=False, allow_infinity=False))


def _as_bytes(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode()


class SessionMachine(RuleBasedStateMachine):
    """One Connection, every input in any order, and the documented promises after each.

    The machine keeps a model of what the docs say must happen (is the
    session connected, which frame errors are held back until ConnectEvent,
    has a close been asked for and why) and compares every call's output to it.
    """

    conn: Connection

    def __init__(self) -> None:
        super().__init__()
        self.log: list[Event] = []
        self.calls: list[tuple[str, tuple[Any, ...]]] = []  # to replay for determinism
        self.sent: list[bytes] = []
        self.now = 0.0
        self.connected = False
        self.held: list[bytes] = []  # undecodable input before the first payload
        self.close_reason: DisconnectReason | None = None  # what the model expects
        self.expected_acks: list[tuple[int, bytes]] = []
        self.acks: list[tuple[int, bytes]] = []
        self.next_hb: int | None = None
        self.seed = 0
        self.conn_kwargs: dict[str, Any] = {}

    # ---- plumbing ------------------------------------------------------------------

    @property
    def over(self) -> bool:
        return bool(self.log) and isinstance(self.log[-1], DisconnectEvent)

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
        if any(isinstance(e, LiveEndEvent) for e in new) and self.close_reason is None:
            self.close_reason = DisconnectReason.LIVE_ENDED
        for data in self.conn.data_to_send():
            self.sent.append(data)
            frame = decode_push_frame(data)
            if frame.payload_type == PAYLOAD_ACK:
                self.acks.append((frame.log_id, _as_bytes(frame.payload)))
            elif frame.payload_type == PAYLOAD_HEARTBEAT:
                assert name == "handle_timeout", f"heartbeat out of {name}"
                beat = Heartbeat.FromString(frame.payload)
                assert beat.send_packet_seq_id == self.next_hb
                assert beat.room_id == self.conn.room_id
                assert self.next_hb is not None
                self.next_hb += 1
            elif frame.payload_type == PAYLOAD_ENTER_ROOM:
                assert name == "socket_opened", f"enter-room out of {name}"
                enter = EnterRoom.FromString(frame.payload)
                assert enter.room_id == self.conn.room_id
                assert 0 < enter.enter_unique_id < 2**63
            else:
                pytest.fail(f"unexpected outbound payload_type {frame.payload_type!r}")
        return new

    def _decode(self, name: str, data: bytes) -> tuple[bool, FetchResult | None, int]:
        """What the input holds per the codec: (decodes, its FetchResult if any, log_id)."""
        limit = self.conn.max_messages
        try:
            if name == "receive_first_payload":
                if not data:  # the sign server's "blocked" answer
                    return False, None, 0
                return True, decode_fetch_result(data, limit), 0
            frame = decode_push_frame(data)
            if frame.payload_type != PAYLOAD_MSG:
                return True, None, frame.log_id
            payload = frame_payload(frame, self.conn.max_decompressed)
            return True, decode_fetch_result(payload, limit), frame.log_id
        except FrameDecodeError:
            return False, None, 0

    def _feed(self, name: str, data: bytes) -> None:
        """Give data to the connection and check its events against the model."""
        if self.over:
            with pytest.raises(LocalProtocolError):
                getattr(self.conn, name)(data)
            return
        decodes, result, log_id = self._decode(name, data)
        if result is not None and result.need_ack and name == "receive_data" and not self.closing:
            self.expected_acks.append((log_id, _as_bytes(result.internal_ext) or b"-"))
        new = self._call(name, data)
        if not decodes:
            if self.connected:  # one error carrying the input, at once
                assert len(new) == 1 and isinstance(new[0], FrameErrorEvent)
                assert new[0].raw == data
            else:  # held back until ConnectEvent (or the end) so that ConnectEvent is first
                assert new == []
                self.held.append(data)
                if len(self.held) > MAX_EARLY_ERRORS and self.close_reason is None:
                    self.close_reason = DisconnectReason.PROTOCOL_ERROR
            return
        if result is None:
            assert new == []  # transport only
            return
        if not self.connected:
            assert isinstance(new[0], ConnectEvent)
            early = new[1 : 1 + len(self.held)]
            assert all(isinstance(e, FrameErrorEvent) for e in early)
            assert [e.raw for e in early] == self.held  # type: ignore[attr-defined]
            new = new[1 + len(self.held) :]
            self.held = []
            self.connected = True
        assert not any(isinstance(e, (ConnectEvent, FrameErrorEvent)) for e in new)
        assert sum(type(e) is WebsocketResponseEvent for e in new) == len(result.messages)

    # ---- rules -------------------------------------------------------------------

    @initialize(
        seed=st.integers(0, 2**32 - 1),
        room_id=st.sampled_from([0, 1, 7_300_000_000_000_000_000, 2**63 - 1]),
        validate=st.booleans(),
    )
    def init(self, seed: int, room_id: int, validate: bool) -> None:
        self.seed = seed
        self.conn_kwargs = {"unique_id": "someone", "room_id": room_id, "validate": validate}
        self.conn = Connection(rng=random.Random(seed), **self.conn_kwargs)

    @rule()
    def start(self) -> None:
        if self.over:
            with pytest.raises(LocalProtocolError):
                self.conn.start()
        else:
            self._call("start")

    @rule(data=st.one_of(lt.first_payloads(), lt.garbage()))
    def first_payload(self, data: bytes) -> None:
        self._feed("receive_first_payload", data)

    @rule(data=lt.msg_frames())
    def msg_frame(self, data: bytes) -> None:
        self._feed("receive_data", data)

    @rule(data=CONTROL_FRAMES)
    def control_frame(self, data: bytes) -> None:
        self._feed("receive_data", data)

    @rule(data=lt.transport_frames())
    def transport_frame(self, data: bytes) -> None:
        self._feed("receive_data", data)

    @rule(data=lt.garbage())
    def garbage(self, data: bytes) -> None:
        self._feed("receive_data", data)

    @rule(data=lt.corrupt_gzip_frames())
    def corrupt_gzip(self, data: bytes) -> None:
        self._feed("receive_data", data)

    @rule(data=lt.corrupt_gzip_frames(), times=st.integers(1, MAX_EARLY_ERRORS + 2))
    def corrupt_burst(self, data: bytes, times: int) -> None:
        # Enough undecodable frames before the first payload make livecore give up.
        for _ in range(times):
            self._feed("receive_data", data)

    @rule(delay=DELAYS, options=lt.handshake_options())
    def socket_opened(self, delay: float, options: str | None) -> None:
        self.now += delay
        if self.over:
            with pytest.raises(LocalProtocolError):
                self.conn.socket_opened(self.now, options)
            return
        self.next_hb = 1
        sent = len(self.sent)
        self._call("socket_opened", self.now, options)
        enters = len(self.sent) - sent
        assert enters == (0 if self.closing else 1)
        deadline = self.conn.next_deadline()
        assert (deadline is None) == self.closing
        if deadline is not None:
            assert deadline == self.now + self.conn.heartbeat_interval

    @rule(delay=DELAYS, to_deadline=st.booleans())
    def handle_timeout(self, delay: float, to_deadline: bool) -> None:
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
        was_over = self.over
        new = self._call("connection_lost", code)
        assert self.over and self.conn.next_deadline() is None
        if was_over:
            assert new == []
            return
        assert [type(e) for e in new] == [FrameErrorEvent] * len(self.held) + [DisconnectEvent]
        assert [e.raw for e in new[:-1]] == self.held  # type: ignore[attr-defined]
        self.held = []
        end = new[-1]
        assert isinstance(end, DisconnectEvent) and end.code == code
        if any(isinstance(e, LiveEndEvent) for e in self.log):
            assert end.reason is DisconnectReason.LIVE_ENDED  # the end outranks a close
        elif self.close_reason is not None:
            assert end.reason is self.close_reason
        elif code is None or code == 1006:
            assert end.reason is DisconnectReason.TRANSPORT_ERROR
        else:
            assert end.reason is DisconnectReason.CLOSED_BY_SERVER

    # ---- invariants --------------------------------------------------------------

    @invariant()
    def connect_first_and_at_most_once(self) -> None:
        connects = [i for i, e in enumerate(self.log) if isinstance(e, ConnectEvent)]
        assert connects in ([], [0])
        if not connects:  # a session that never connected: its errors, then the end
            assert all(isinstance(e, (FrameErrorEvent, DisconnectEvent)) for e in self.log)

    @invariant()
    def disconnect_at_most_once_and_last(self) -> None:
        ends = [i for i, e in enumerate(self.log) if isinstance(e, DisconnectEvent)]
        assert ends in ([], [len(self.log) - 1])
        if ends and any(isinstance(e, LiveEndEvent) for e in self.log):
            assert self.log[-1].reason is DisconnectReason.LIVE_ENDED  # type: ignore[attr-defined]

    @invariant()
    def pause_unpause_end_follow_the_lifecycle(self) -> None:
        kinds = [
            type(e) for e in self.log if type(e) in (LivePauseEvent, LiveUnpauseEvent, LiveEndEvent)
        ]
        if kinds:  # only a live session flips
            assert any(isinstance(e, ConnectEvent) for e in self.log)
        if LiveEndEvent in kinds:
            assert kinds.count(LiveEndEvent) == 1 and kinds[-1] is LiveEndEvent
            kinds.pop()
        expected = [LivePauseEvent, LiveUnpauseEvent] * (len(kinds) // 2 + 1)
        assert kinds == expected[: len(kinds)]

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
    conn.receive_first_payload(FetchResult(is_first=True).SerializeToString())
    assert [type(e) for e in conn.events()] == [ConnectEvent, FrameErrorEvent]
