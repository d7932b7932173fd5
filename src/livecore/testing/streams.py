"""Whole sessions: :func:`streams` draws one as a list of steps, :func:`drive`
feeds the steps into a :class:`~livecore.connection.Connection` as an adapter would.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, TypeAlias

from hypothesis import strategies as st

from livecore import lifecycle
from livecore.connection import Connection
from livecore.events import Event
from livecore.proto import pb
from livecore.testing.payloads import INT64, EventPayload, RawPayload, any_payload, control_messages
from livecore.testing.wire import (
    FIRST_SHELLS,
    FRAME_LOOKS,
    MSG_TYPES,
    RESULT_SHELLS,
    corrupt_gzip_frames,
    first_payload,
    garbage,
    handshake_options,
    message_of,
    msg_frame,
    transport_frames,
    with_messages,
)
from livecore.webcast import ControlAction

__all__ = [
    "Close",
    "Drop",
    "Open",
    "Receive",
    "ReceiveFirstPayload",
    "Step",
    "Wait",
    "drive",
    "streams",
]


@dataclass(frozen=True)
class ReceiveFirstPayload:
    """The sign server's first payload arrives: ``receive_first_payload(data)``."""

    data: bytes


@dataclass(frozen=True)
class Open:
    """The WebSocket opens: ``socket_opened(now, options)``."""

    options: str | None = None


@dataclass(frozen=True)
class Receive:
    """One WebSocket message arrives: ``receive_data(data)``."""

    data: bytes


@dataclass(frozen=True)
class Wait:
    """Time passes: the clock moves on by ``seconds``, then ``handle_timeout(now)``."""

    seconds: float


@dataclass(frozen=True)
class Close:
    """The user asks to stop: ``close()``."""


@dataclass(frozen=True)
class Drop:
    """The transport is gone: ``connection_lost(code)`` (None: no close frame)."""

    code: int | None = None


Step: TypeAlias = ReceiveFirstPayload | Open | Receive | Wait | Close | Drop
"""One thing that happens to a session."""

_CLOSE_CODES: Final = st.sampled_from([None, 1000, 1001, 1006, 1011, 4000])


@functools.cache
def _lifecycle_controls() -> st.SearchStrategy[EventPayload | RawPayload]:
    # Pause and unpause twice as likely as end, so streams live long enough to flip.
    flips = [ControlAction.STREAM_PAUSED, ControlAction.STREAM_UNPAUSED] * 2
    return control_messages(
        st.sampled_from([*flips, ControlAction.STREAM_ENDED, ControlAction.STREAM_SUSPENDED, 0, 5])
    )


_MESSAGE_EXTRAS: Final = st.tuples(MSG_TYPES, INT64, st.booleans())
_BATCH_SIZES: Final = st.integers(0, 3)
_WAITS: Final = st.floats(0, 30, allow_nan=False).map(Wait)
# Weights by repetition. A close or a drop ends the session, so they are rare
# enough that a typical stream runs a dozen steps before one comes.
_STEP_KINDS: Final = ("msg",) * 12 + ("transport",) * 2 + ("wait",) * 4
_FAULT_KINDS: Final = ("garbage", "garbage", "corrupt", "corrupt", "close", "drop")


def _batch(
    draw: st.DrawFn, kinds: st.SearchStrategy[EventPayload | RawPayload], first_id: int
) -> list[pb.Message]:
    """Up to three messages with the ids ``first_id``, ``first_id + 1``, ...

    Drawn from cached strategies, ids set afterwards: building strategies per
    step costs more than drawing from them.
    """
    return [
        message_of(draw(kinds), first_id + i, *draw(_MESSAGE_EXTRAS))
        for i in range(draw(_BATCH_SIZES))
    ]


@st.composite
def streams(
    draw: st.DrawFn,
    *,
    max_steps: int = 30,
    faults: bool = True,
    lifecycle_weight: bool = True,
) -> list[Step]:
    """A whole session as steps: first payload (or a resume without one), open, then a mix.

    The mix has ``msg`` frames of every kind (with pauses, unpauses and ends
    made common when ``lifecycle_weight``), transport frames, waits and, when
    ``faults``, garbage, corrupt gzip, closes and drops. Message ids are
    unique and rising within a stream. Feed it with :func:`drive`.
    """
    next_id = draw(st.integers(0, 2**40)) + 1
    steps: list[Step] = []
    if draw(st.booleans()):
        batch = _batch(draw, any_payload(), next_id)
        next_id += len(batch)
        steps.append(ReceiveFirstPayload(first_payload(draw(FIRST_SHELLS), batch)))
    steps.append(Open(draw(handshake_options())))
    kinds = st.sampled_from(_STEP_KINDS + _FAULT_KINDS if faults else _STEP_KINDS)
    for _ in range(draw(st.integers(0, max_steps))):
        kind = draw(kinds)
        step: Step
        if kind == "msg":
            payloads = any_payload()
            if lifecycle_weight and draw(st.booleans()):
                payloads = _lifecycle_controls()
            batch = _batch(draw, payloads, next_id)
            next_id += len(batch)
            body = with_messages(draw(RESULT_SHELLS), batch).SerializeToString()
            step = Receive(msg_frame(body, *draw(FRAME_LOOKS)))
        elif kind == "transport":
            step = Receive(draw(transport_frames()))
        elif kind == "wait":
            step = draw(_WAITS)
        elif kind == "garbage":
            step = Receive(draw(garbage()))
        elif kind == "corrupt":
            step = Receive(draw(corrupt_gzip_frames()))
        elif kind == "close":
            step = Close()
        else:
            step = Drop(draw(_CLOSE_CODES))
        steps.append(step)
    return steps


def drive(
    connection: Connection,
    steps: Sequence[Step],
    *,
    now: float = 0.0,
    close_when_asked: bool = True,
    finish: bool = True,
    sent: list[bytes] | None = None,
) -> list[Event]:
    """Feed ``steps`` into ``connection`` as an adapter would; return every event.

    Like a real adapter it closes the transport when the connection asks
    (``wants_close``: after ``close()`` or a ``LiveEndEvent``) and then
    reports ``connection_lost(1000)``; with ``finish`` it reports the
    transport lost after the last step, so the session ends with its
    ``DisconnectEvent``. Steps after the session is over are skipped, since
    the connection refuses them. Outbound frames go to ``sent`` if given.
    """
    events: list[Event] = []

    def collect() -> None:
        events.extend(connection.events())
        out = connection.data_to_send()
        if sent is not None:
            sent.extend(out)

    for step in steps:
        if connection.state == lifecycle.DISCONNECTED:
            break
        if isinstance(step, ReceiveFirstPayload):
            connection.receive_first_payload(step.data)
        elif isinstance(step, Open):
            connection.socket_opened(now, step.options)
        elif isinstance(step, Receive):
            connection.receive_data(step.data)
        elif isinstance(step, Wait):
            now += step.seconds
            connection.handle_timeout(now)
        elif isinstance(step, Close):
            connection.close()
        else:
            connection.connection_lost(step.code)
        if close_when_asked and connection.wants_close:
            collect()
            connection.connection_lost(1000, "closed as the connection asked")
        collect()
    if finish and connection.state != lifecycle.DISCONNECTED:
        connection.connection_lost(None, "the stream ran out")
        collect()
    return events
