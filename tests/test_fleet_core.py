"""The fleet's decisions without a broker (livecore.fleet).

Proves: a target's key is one subject-safe token that names it back; bad
targets are typed errors; a URL resumes with the checkpoint's cursor; an
event's body is ``livecore replay --json``'s line plus ``target`` and its
``Nats-Msg-Id`` is the same for the same message whoever publishes it; a
checkpoint never runs ahead of the stream and does not trail it by more than
a frame; a held lease is always given up before any other worker can get it
(a stateful test with a store that forgets, renewals that are lost and
clocks that advance); claims respect the fair share and max-rooms; records
in the store read back, and bad ones are typed errors.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from livecore import CommentEvent, ConnectEvent, LikeEvent
from livecore.fleet import (
    MAX_BODY,
    CheckpointRecord,
    FleetRecordError,
    HeldLease,
    LeaseRecord,
    RoomLedger,
    TargetError,
    WorkerRecord,
    event_body,
    fair_share,
    nats_msg_id,
    parse_target,
    plan,
    resume_url,
    status,
)
from livecore.fleet.targets import decode_key
from livecore.resume import ResumeState

TOKEN = re.compile(r"[A-Za-z0-9_-]+")


@given(st.from_regex(r"@[A-Za-z0-9_.]{1,64}", fullmatch=True))
def test_a_handle_key_is_one_token_that_names_it_back(text: str) -> None:
    target = parse_target(text)
    assert TOKEN.fullmatch(target.key)
    assert target.text == text.lower()
    assert decode_key(target.key) == target


@given(st.text(min_size=1, max_size=60).filter(lambda s: s.strip() == s))
def test_a_url_key_is_one_token_that_names_it_back(path: str) -> None:
    try:
        target = parse_target(f"ws://127.0.0.1:9/{path}")
    except TargetError:
        return
    assert TOKEN.fullmatch(target.key)
    assert decode_key(target.key) == target


def test_keys_as_documented() -> None:
    assert parse_target("@Some.One").key == "h-some_2Eone"
    assert parse_target("ws://127.0.0.1:8000/push").key == (
        "u-ws_3A_2F_2F127_2E0_2E0_2E1_3A8000_2Fpush"
    )


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "@",
        "some one",
        "http://127.0.0.1/",
        "ws://",
        "ws://user:secret@127.0.0.1/",
        "ws://127.0.0.1:99999/",
        "ws://127.0.0.1/" + "a" * 600,
        "ws://127.0.0.1/a b",
    ],
)
def test_a_bad_target_is_a_typed_error(bad: str) -> None:
    with pytest.raises(TargetError):
        parse_target(bad)


@pytest.mark.parametrize("bad", ["x", "h-", "h-a.b", "q-abc", "h-_ZZ", "u-_FF", "h-AB"])
def test_a_bad_key_is_a_typed_error(bad: str) -> None:
    with pytest.raises(TargetError):
        decode_key(bad)


def test_a_url_resumes_with_the_checkpoint() -> None:
    url = "ws://127.0.0.1:1/push?room_id=5&cursor=old"
    assert resume_url(url, "", "") == url
    again = resume_url(url, "r-7", "e&x")
    assert again == "ws://127.0.0.1:1/push?room_id=5&cursor=r-7&internal_ext=e%26x"


def _comment(msg_id: int) -> CommentEvent:
    return CommentEvent("WebcastChatMessage", msg_id, b"")


def test_the_body_is_the_replay_line_plus_target() -> None:
    event = _comment(42)
    body = json.loads(event_body(event, "@x"))
    assert body == {**event.to_dict(), "target": "@x"}
    assert list(body)[-1] == "target"


def test_a_huge_event_is_a_stub_not_a_loss() -> None:
    event = CommentEvent("WebcastChatMessage", 7, b"\n" + b"\x01" * MAX_BODY)
    body = event_body(event, "@x")
    assert len(body) <= MAX_BODY
    assert json.loads(body)["error"].startswith("event too large")


def test_message_ids_name_the_message_not_the_publisher() -> None:
    comment = _comment(9)
    assert nats_msg_id("k", comment, "s1", 3) == nats_msg_id("k", comment, "s2", 8)
    like = LikeEvent("WebcastLikeMessage", 9, b"")  # same message, another type
    assert nats_msg_id("k", comment, "s", 0) != nats_msg_id("k", like, "s", 0)
    connect = ConnectEvent("x", 1)
    assert nats_msg_id("k", connect, "s1", 0) != nats_msg_id("k", connect, "s2", 0)
    assert nats_msg_id("k", connect, "s1", 0) != nats_msg_id("k", connect, "s1", 1)


# ---- the ledger -------------------------------------------------------------------

frames_and_acks = st.lists(st.tuples(st.integers(0, 4), st.integers(0, 6)), min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(frames_and_acks, st.booleans())
def test_a_checkpoint_never_runs_ahead_of_the_stream(
    steps: list[tuple[int, int]], seal: bool
) -> None:
    """Each step: a frame of n messages (cursor c<i>), then some acks."""
    ledger = RoomLedger("k", "@x", "s", ResumeState("c0", "", (999,)))
    frame_of: list[int] = []  # the frame of each event taken
    ids_of: list[int] = []
    msg = 1000
    for frame, (messages, acks) in enumerate(steps, start=1):
        for _ in range(messages):
            msg += 1
            ledger.take(_comment(msg), frame, f"c{frame}", f"e{frame}")
            frame_of.append(frame)
            ids_of.append(msg)
        ledger.acked(min(acks, ledger.pending))
        point = ledger.checkpoint()
        safe = int(point.cursor[1:])
        stored = ledger.acked_count
        # every event of the checkpoint's frame and before is stored ...
        assert all(i < stored for i, f in enumerate(frame_of) if f <= safe)
        # ... and every id it carries is stored (or came with the resume state)
        assert set(point.msg_ids) <= {999, *ids_of[:stored]}
        # once all is stored it trails by one frame at most (of those with events)
        if stored == len(frame_of) and frame_of:
            assert safe >= max((f for f in frame_of if f < frame_of[-1]), default=0)
    if seal:
        ledger.seal()
        ledger.acked(ledger.pending)
        if frame_of:
            assert ledger.checkpoint().cursor == f"c{frame_of[-1]}"
    with pytest.raises(ValueError):
        ledger.acked(ledger.pending + 1)


# ---- leases -----------------------------------------------------------------------


class LeaseWorld(RuleBasedStateMachine):
    """Workers race for one lease in a store that forgets it ``ttl`` after its
    last write; writes land some time after they are sent, answers may be lost."""

    TTL = 6.0

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0
        self.store: tuple[str, float] | None = None  # (owner, written at)
        self.held: dict[str, HeldLease] = {}

    def _expired(self) -> bool:
        return self.store is None or self.now >= self.store[1] + self.TTL

    @rule(seconds=st.floats(0.01, 3.0))
    def time_passes(self, seconds: float) -> None:
        self.now += seconds

    @rule(worker=st.sampled_from(["a", "b", "c"]), delay=st.floats(0, 1.0), answered=st.booleans())
    def claim(self, worker: str, delay: float, answered: bool) -> None:
        if worker in self.held:
            return
        sent = self.now
        self.now += delay
        if not self._expired():
            return
        self.store = (worker, self.now)
        if answered:
            self.held[worker] = HeldLease("k", 1, sent, self.TTL)

    @precondition(lambda self: bool(self.held))
    @rule(data=st.data(), delay=st.floats(0, 1.0), answered=st.booleans())
    def renew(self, data: st.DataObject, delay: float, answered: bool) -> None:
        worker = data.draw(st.sampled_from(sorted(self.held)))
        lease = self.held[worker]
        sent = self.now
        self.now += delay
        if self._expired() or self.store is None or self.store[0] != worker:
            if answered:
                lease.refused()
            return
        self.store = (worker, self.now)
        if answered:
            lease.renewed(lease.revision + 1, sent)

    @rule()
    def check(self) -> None:
        for worker, lease in list(self.held.items()):
            if not lease.check(self.now):
                del self.held[worker]

    @invariant()
    def never_two_holders(self) -> None:
        holding = [w for w, lease in self.held.items() if lease.check(self.now)]
        assert len(holding) <= 1
        if holding:
            assert self.store is not None and self.store[0] == holding[0]
            assert not self._expired()


TestLeaseWorld = LeaseWorld.TestCase
TestLeaseWorld.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)


def test_a_lease_is_renewed_well_inside_its_ttl() -> None:
    lease = HeldLease("k", 1, 10.0, 6.0)
    assert lease.renew_at == 12.0
    assert lease.check(14.9)
    assert not lease.check(15.2) and "not renewed" in lease.lost
    with pytest.raises(ValueError):
        HeldLease("k", 1, 0.0, 0.0)


@given(
    targets=st.integers(0, 40),
    others=st.lists(st.integers(0, 40), max_size=4),
    held=st.integers(0, 40),
    max_rooms=st.integers(1, 50),
)
def test_claims_respect_the_fair_share_and_max_rooms(
    targets: int, others: list[int], held: int, max_rooms: int
) -> None:
    assume(held <= targets)
    keys = [f"t{i}" for i in range(targets)]
    mine = keys[:held]
    workers = {f"w{i}": n for i, n in enumerate(others)}
    leased = {k: "me" for k in mine}
    leased.update({k: "w0" for k in keys[held : held + (others[0] if others else 0)]})
    decided = plan("me", keys, leased, mine, workers, max_rooms)
    share = fair_share(targets, len(workers) + 1)
    assert not set(decided.claim) & set(leased)
    after = held + len(decided.claim) - len(decided.release)
    assert after <= max(held - len(decided.release), min(max_rooms, share))
    assert len(decided.release) <= 1
    if decided.release:
        assert held > share


def test_a_removed_target_is_let_go() -> None:
    decided = plan("me", ["a"], {"a": "me", "b": "me"}, ["a", "b"], {}, 10)
    assert decided.release == ("b",) and decided.claim == ()
    assert decided.why["b"] == "removed from the fleet"


def test_a_release_a_second_look_refutes_is_kept() -> None:
    decided = plan("me", ["a"], {"a": "me", "b": "me", "c": "me"}, ["a", "b", "c"], {}, 10)
    assert decided.release == ("b", "c")
    kept = decided.keeping(["b"])
    assert kept.release == ("c",) and "b" not in kept.why and kept.claim == decided.claim
    assert decided.keeping([]) is decided


# ---- records ----------------------------------------------------------------------


def test_records_read_back() -> None:
    point = CheckpointRecord(ResumeState("c", "e", (1, 2)), "w", "running", "", 5, 1.5, 2, 3.0)
    assert CheckpointRecord.parse(point.dumps()) == point
    lease = LeaseRecord("w", "s", 5.0, 100.0)
    assert LeaseRecord.parse(lease.dumps()) == lease
    worker = WorkerRecord("w-1", ("k",), 10, 1.0, 2.0)
    assert WorkerRecord.parse(worker.dumps()) == worker


@pytest.mark.parametrize(
    "bad",
    [b"", b"\xff", b"[]", b'{"owner": 3}', b'{"owner": "w", "ttl": true}', b"1" * 5_000_000],
)
def test_a_bad_record_is_a_typed_error(bad: bytes) -> None:
    with pytest.raises(FleetRecordError):
        LeaseRecord.parse(bad)


def test_bad_checkpoints_and_workers_are_typed_errors() -> None:
    with pytest.raises(FleetRecordError):
        CheckpointRecord.parse(b'{"resume": {"msg_ids": [-1]}}')
    with pytest.raises(ValueError):
        WorkerRecord.parse(b'{"name": "a b"}')
    with pytest.raises(FleetRecordError):
        WorkerRecord.parse(b'{"name": "a", "rooms": [1]}')


def test_status_names_owner_expiry_state_and_counts() -> None:
    shown = status(
        {"h-a": "@a", "h-b": "@b"},
        {"h-a": LeaseRecord("w1", "s", 5.0, 100.0)},
        {"h-a": CheckpointRecord(owner="w1", published=7, last_event_at=99.0, reconnects=1)},
        {"w1": WorkerRecord("w1", ("h-a",), 10), "w2": WorkerRecord("w2")},
    )
    assert shown["targets"]["@a"] == {
        "key": "h-a",
        "owner": "w1",
        "lease_expires_at": 105.0,
        "state": "running",
        "detail": "",
        "events_published": 7,
        "last_event_at": 99.0,
        "reconnects": 1,
    }
    assert shown["targets"]["@b"]["state"] == "unassigned"
    assert shown["workers"] == {
        "w1": {"alive": True, "rooms": ["@a"], "max_rooms": 10},
        "w2": {"alive": True, "rooms": [], "max_rooms": 0},
    }
