"""Fuzzing the connection: nothing the network sends escapes, every frame is accounted for.

Proves (docs/events.md's Robustness, ``livecore.connection``): the
connection never raises on what the network sends and accounts for every
frame (its events, one ``FrameErrorEvent`` carrying the input, or nothing for
a transport-only frame); it acks exactly the frames that ask, delivers a
msg_id once, and holds the errors before ``ConnectEvent`` back until it.
Each input is checked against what the test built, or else against
wire_oracle's independent reader.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from fuzz_inputs import FUZZ, SLOW, built_msg_frames, hostile, live_session
from hypothesis import assume, given
from hypothesis import strategies as st
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
    DisconnectEvent,
    Event,
    FrameErrorEvent,
    WebsocketResponseEvent,
)
from livecore import testing as lt

# ---- the connection: nothing escapes, every frame is accounted for ------------------------


def fresh(ids: Iterable[int], delivered: set[int]) -> list[int]:
    """The msg_ids a session delivers: a repeat of one already delivered is
    dropped (the window is far larger than any test stream); 0 never repeats."""
    out = []
    for msg_id in ids:
        if msg_id and msg_id in delivered:
            continue
        delivered.add(msg_id)
        out.append(msg_id)
    return out


def check_outcome(
    events: list[Event],
    sent: list[bytes],
    data: bytes,
    expected: Outcome,
    closing: bool,
    delivered: set[int],
) -> None:
    """A connected session's answer to one input is exactly what the input holds,
    less the messages it already delivered."""
    if isinstance(expected, Undecodable):
        assert len(events) == 1 and isinstance(events[0], FrameErrorEvent)
        assert events[0].raw == data
        assert sent == []  # an undecodable frame is never acked
    elif isinstance(expected, Transport):
        assert events == [] and sent == []
    else:
        assert not any(isinstance(e, (FrameErrorEvent, ConnectEvent)) for e in events)
        ids = [e.msg_id for e in events if type(e) is WebsocketResponseEvent]
        assert ids == fresh((held.msg_id for held in expected.messages), delivered)
        if expected.need_ack and not closing:
            assert [read_ack(frame) for frame in sent] == [
                (expected.log_id, ack_payload(expected.internal_ext))
            ]
        else:
            assert sent == []


def _accounted(
    conn: Connection, data: bytes, expected: Outcome | None, delivered: set[int] | None = None
) -> list[Event]:
    """Feed one frame; check its events against what the test built, or else against
    the independent reader (either outcome when protobuf's verdict is not clear)."""
    delivered = set() if delivered is None else delivered
    closing = conn.wants_close
    conn.receive_data(data)
    events, sent = conn.events(), conn.data_to_send()
    if expected is None:
        try:
            expected = read_frame(data)
        except Unsure:  # raw bytes only: a frame error, or no error at all
            errors = [e for e in events if isinstance(e, FrameErrorEvent)]
            assert errors == [] or (events == errors and errors[0].raw == data and not sent)
            delivered.update(e.msg_id for e in events if type(e) is WebsocketResponseEvent)
            return events
    check_outcome(events, sent, data, expected, closing, delivered)
    return events


@FUZZ
@given(hostile(), st.booleans())
def test_receive_data_never_raises_and_accounts_for_the_frame(
    given_: tuple[bytes, Outcome | None], validate: bool
) -> None:
    _accounted(live_session(validate), *given_)


@SLOW
@given(st.lists(hostile(), max_size=20), st.booleans())
def test_any_sequence_of_frames_is_accounted_for(
    frames: list[tuple[bytes, Outcome | None]], validate: bool
) -> None:
    conn = live_session(validate)
    delivered: set[int] = set()
    for data, expected in frames:
        if not conn.wants_close:  # an adapter stops reading once the stream has ended
            _accounted(conn, data, expected, delivered)


@st.composite
def built_first_payloads(draw: st.DrawFn) -> tuple[bytes, Msg]:
    """A sign-server answer around messages the test drew, and what it holds."""
    batch = draw(st.lists(lt.messages(), max_size=3))
    data = draw(lt.first_payloads(of=st.just(batch)))
    return data, Msg(tuple(Held(m.msg_id) for m in batch))


@FUZZ
@given(
    st.one_of(
        built_first_payloads(),
        lt.garbage().map(lambda d: (d, None)),
        lt.msg_frames().map(lambda d: (d, None)),
    )
)
def test_receive_first_payload_never_raises(given_: tuple[bytes, Outcome | None]) -> None:
    data, expected = given_
    if expected is None:
        try:
            expected = read_first_payload(data)
        except Unsure:
            expected = None
    conn = Connection(rng=random.Random(0))
    conn.receive_first_payload(data)
    events = conn.events()
    if expected is None:  # raw bytes protobuf might read either way
        assert events == [] or isinstance(events[0], ConnectEvent)
        return
    if isinstance(expected, Undecodable):
        assert events == []  # held back: ConnectEvent, if it ever comes, goes first
        assert conn.first_payload is None
        conn.connection_lost(1000)
        events = conn.events()
        assert [type(e) for e in events] == [FrameErrorEvent, DisconnectEvent]
        assert events[0].raw == data  # type: ignore[attr-defined]
        return
    assert isinstance(expected, Msg)
    assert isinstance(events[0], ConnectEvent)
    ids = [e.msg_id for e in events if type(e) is WebsocketResponseEvent]
    assert ids == fresh((held.msg_id for held in expected.messages), set())
    assert conn.data_to_send() == []  # a first payload is never acked


@SLOW
@given(
    st.lists(
        st.one_of(
            lt.garbage().map(lambda d: (d, None)),
            lt.corrupt_gzip_frames().map(lambda d: (d, Undecodable())),
        ),
        max_size=8,
    ),
    built_msg_frames(),
)
def test_frame_errors_before_connect_follow_connect_event(
    early: list[tuple[bytes, Outcome | None]], first: tuple[bytes, Msg]
) -> None:
    conn = Connection(rng=random.Random(0))
    bad = []
    for data, built in early:
        try:
            outcome = built if built is not None else read_frame(data)
        except Unsure:
            assume(False)  # raw bytes protobuf might read either way: rare, skipped
        conn.receive_data(data)
        events = conn.events()
        if isinstance(outcome, Msg):  # this "garbage" happens to be a msg frame
            assert isinstance(events[0], ConnectEvent)
            return
        assert events == []
        if isinstance(outcome, Undecodable):
            bad.append(data)
    data, expected = first
    conn.receive_data(data)
    events = conn.events()
    assert isinstance(events[0], ConnectEvent)
    held = events[1 : 1 + len(bad)]
    assert [type(e) for e in held] == [FrameErrorEvent] * len(bad)
    assert [e.raw for e in held] == bad  # type: ignore[attr-defined]
    check_outcome(events[1 + len(bad) :], conn.data_to_send(), data, expected, False, set())
