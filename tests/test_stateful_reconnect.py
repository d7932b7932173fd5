"""Sockets come and go: a Hypothesis state machine breaks, silences and restores a session's socket.

The machine's model, written from the docs (``livecore.connection``,
``livecore.reconnect``, docs/reliability.md) and stateful_model's lifecycle,
says what every loss, tick, retry and read must give: a loss is retried
while the policy allows and never after the end, the user's close or
1002/1003/1007; a silent socket is stale; the next socket resumes from the
last cursor; a msg_id is delivered once; the socket's phase moves only as
``livecore.lifecycle``'s table allows, and the lifecycle never moves for a
socket.

Profiles: ``HYPOTHESIS_PROFILE=ci`` (the default: 500 machine runs) or
``long`` (20,000). They apply to this machine only, not to the whole suite.
"""

from __future__ import annotations

import random
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from stateful_model import ANNOUNCEMENTS, CONTROL_MOVES, DISCONNECTED, ENDED, LIVE, PROFILE

from livecore import (
    ConnectEvent,
    Connection,
    DisconnectEvent,
    DisconnectReason,
    Event,
    ReconnectedEvent,
    ReconnectingEvent,
    ReconnectPolicy,
    WebsocketResponseEvent,
)
from livecore.lifecycle import SOCKET_TRANSITIONS
from livecore.proto import pb

# Every move the socket's table allows, as (from, to) pairs.
SOCKET_MOVES = {
    (source, dest)
    for _, sources, dest in SOCKET_TRANSITIONS
    for source in ([sources] if isinstance(sources, str) else sources)
}


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
