"""What the fleet's key-value store holds, and the fleet's status from it.

One bucket, four kinds of key (``<key>`` a target's key, see
:mod:`~livecore.fleet.targets`):

- ``targets.<key>``: the desired set: ``{"target": "@someone"}``;
- ``leases.<key>``: who runs the room (:class:`LeaseRecord`), with a TTL;
- ``checkpoints.<key>``: where the room resumes and its counters
  (:class:`CheckpointRecord`), written by the lease holder only;
- ``workers.<name>``: the workers alive (:class:`WorkerRecord`), with a TTL.

Values are JSON. Nothing secret is ever in them: no sign key, no cookie,
only targets as given. A value that does not parse is a
:class:`FleetRecordError`, which the adapter logs and skips.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Final

from livecore.fleet.states import RUNNER_STATES, RoomState
from livecore.resume import ResumeState, ResumeStateError

__all__ = [
    "BUCKET",
    "CheckpointRecord",
    "FleetRecordError",
    "LeaseRecord",
    "WorkerRecord",
    "check_worker_name",
    "loads",
    "status",
    "target_text",
    "target_value",
]

log = logging.getLogger("livecore.fleet")

BUCKET: Final = "livecore"
TARGETS: Final = "targets."
LEASES: Final = "leases."
CHECKPOINTS: Final = "checkpoints."
WORKERS: Final = "workers."
_NAME: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_MAX_VALUE: Final = 4 * 1024 * 1024


class FleetRecordError(ValueError):
    """A value in the store that is not what the fleet wrote."""


def check_worker_name(name: str) -> str:
    """``name`` if it can name a worker (1 to 64 of ``A-Z a-z 0-9 _ -``); ValueError otherwise."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"a worker name is 1 to 64 of A-Z a-z 0-9 _ -, not {name[:80]!r}")
    return name


def target_value(text: str) -> bytes:
    """A ``targets.<key>`` value."""
    return json.dumps({"target": text}, ensure_ascii=False).encode()


def target_text(data: bytes) -> str:
    """The target a ``targets.<key>`` value names; FleetRecordError for anything else."""
    text = _field(loads(data), "target", str, None)
    assert isinstance(text, str)
    return text


def loads(data: bytes) -> dict[str, Any]:
    """A JSON object from the store; :class:`FleetRecordError` for anything else."""
    if len(data) > _MAX_VALUE:
        raise FleetRecordError(f"a value of {len(data)} bytes is not the fleet's")
    try:
        value = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FleetRecordError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise FleetRecordError("not a JSON object")
    return value


def _field(data: Mapping[str, Any], name: str, kind: type | tuple[type, ...], default: Any) -> Any:
    value = data.get(name, default)
    if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
        raise FleetRecordError(f"{name!r} is not a {getattr(kind, '__name__', kind)}")
    return value


@dataclass(frozen=True, slots=True)
class LeaseRecord:
    """A lease's value: its owner, the session publishing, the TTL, when it was last renewed."""

    owner: str
    session: str = ""
    ttl: float = 0.0
    renewed_at: float = 0.0  # the owner's wall clock, for people reading status

    def dumps(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @classmethod
    def parse(cls, data: bytes) -> LeaseRecord:
        value = loads(data)
        return cls(
            _field(value, "owner", str, None),
            _field(value, "session", str, ""),
            float(_field(value, "ttl", (int, float), 0.0)),
            float(_field(value, "renewed_at", (int, float), 0.0)),
        )


@dataclass(frozen=True, slots=True)
class CheckpointRecord:
    """Where a room resumes, and what people ask about it (``livecore fleet status``).

    ``state`` is one of :data:`~livecore.fleet.states.RUNNER_STATES`, ``detail``
    says why where the state asks (reconnecting, stopped).
    """

    resume: ResumeState = field(default_factory=ResumeState)
    owner: str = ""
    state: RoomState = RoomState.RUNNING
    detail: str = ""
    published: int = 0
    last_event_at: float = 0.0
    reconnects: int = 0
    updated_at: float = 0.0

    def dumps(self) -> bytes:
        # Not asdict(): it would deep-copy the resume point's msg_ids (a thousand
        # of them, several times a second per room) only to replace them.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["resume"] = self.resume.to_dict()
        return json.dumps(data, ensure_ascii=False).encode()

    @classmethod
    def parse(cls, data: bytes) -> CheckpointRecord:
        value = loads(data)
        try:
            resume = ResumeState.from_dict(value.get("resume", {}))
        except ResumeStateError as exc:
            raise FleetRecordError(f"resume: {exc}") from None
        return cls(
            resume,
            _field(value, "owner", str, ""),
            _runner_state(_field(value, "state", str, RoomState.RUNNING)),
            _field(value, "detail", str, ""),
            _field(value, "published", int, 0),
            float(_field(value, "last_event_at", (int, float), 0.0)),
            _field(value, "reconnects", int, 0),
            float(_field(value, "updated_at", (int, float), 0.0)),
        )


@dataclass(frozen=True, slots=True)
class WorkerRecord:
    """A worker's presence: its rooms and limits, renewed like a lease."""

    name: str
    rooms: tuple[str, ...] = ()
    max_rooms: int = 0
    started_at: float = 0.0
    seen_at: float = 0.0

    def dumps(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @classmethod
    def parse(cls, data: bytes) -> WorkerRecord:
        value = loads(data)
        rooms = _field(value, "rooms", list, [])
        if not all(isinstance(r, str) for r in rooms):
            raise FleetRecordError("'rooms' is not a list of keys")
        return cls(
            check_worker_name(_field(value, "name", str, None)),
            tuple(rooms),
            _field(value, "max_rooms", int, 0),
            float(_field(value, "started_at", (int, float), 0.0)),
            float(_field(value, "seen_at", (int, float), 0.0)),
        )


def _runner_state(text: str) -> RoomState:
    """A checkpoint's state; one this version does not know (a newer worker's)
    reads as ``starting``, so that the resume point it carries is kept."""
    if text not in RUNNER_STATES:
        log.warning("a checkpoint says %r, a room state this version does not know", text[:40])
        return RoomState.STARTING
    return RoomState(text)


def _shown_state(lease: LeaseRecord | None, point: CheckpointRecord | None) -> RoomState:
    """What the status says of a target: its runner's state, or where it stands before one."""
    if lease is None:
        return RoomState.UNASSIGNED
    if point is None or point.owner != lease.owner:  # nothing of the new owner's yet
        return RoomState.CLAIMED
    return point.state


def status(
    targets: Mapping[str, str],
    leases: Mapping[str, LeaseRecord],
    checkpoints: Mapping[str, CheckpointRecord],
    workers: Mapping[str, WorkerRecord],
) -> dict[str, Any]:
    """The fleet as ``livecore fleet status --json`` shows it.

    Per target (by text): its key, owner, lease expiry (the owner's wall
    clock), state, events published, last event time, reconnects. Per worker:
    its rooms and ``alive`` (a worker whose record the store has forgotten is
    shown only through the leases it still names).
    """
    out_targets: dict[str, Any] = {}
    for key, text in sorted(targets.items(), key=lambda kv: kv[1]):
        lease = leases.get(key)
        point = checkpoints.get(key)
        out_targets[text] = {
            "key": key,
            "owner": lease.owner if lease else None,
            "lease_expires_at": (lease.renewed_at + lease.ttl) if lease else None,
            "state": _shown_state(lease, point),
            "detail": point.detail if point else "",
            "events_published": point.published if point else 0,
            "last_event_at": (point.last_event_at or None) if point else None,
            "reconnects": point.reconnects if point else 0,
        }
    names = set(workers) | {lease.owner for lease in leases.values()}
    out_workers = {
        name: {
            "alive": name in workers,
            "rooms": sorted(
                targets.get(k, k) for k, lease in leases.items() if lease.owner == name
            ),
            "max_rooms": workers[name].max_rooms if name in workers else None,
        }
        for name in sorted(names)
    }
    return {"targets": out_targets, "workers": out_workers}
