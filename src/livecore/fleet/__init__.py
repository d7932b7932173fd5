"""The fleet's decisions, sans-IO: many rooms on many workers over a broker.

Nothing here talks to a broker or reads a clock: the adapter
(``livecore_trio.fleet``, NATS JetStream) brings the fleet's state and the
time in, and carries out what these modules decide:

- :mod:`~livecore.fleet.targets`: what a target is, its subject-safe key,
  the stream's subjects, the URL a URL target resumes at;
- :mod:`~livecore.fleet.stream`: an event's message on the stream (body,
  subject, ``Nats-Msg-Id``);
- :mod:`~livecore.fleet.ledger`: one room's events on their way to the
  stream, and the checkpoint that is safe to resume from;
- :mod:`~livecore.fleet.leases`: which targets a worker claims or lets go,
  and when a lease it holds must be taken as lost;
- :mod:`~livecore.fleet.records`: what the key-value store holds (targets,
  leases, checkpoints, workers), read back with typed errors, and the
  fleet's status.

See docs/fleet.md.
"""

from __future__ import annotations

from livecore.fleet.leases import HeldLease, Plan, fair_share, plan
from livecore.fleet.ledger import RoomLedger
from livecore.fleet.records import (
    CheckpointRecord,
    FleetRecordError,
    LeaseRecord,
    WorkerRecord,
    check_worker_name,
    status,
)
from livecore.fleet.stream import (
    DUPLICATE_WINDOW,
    MAX_BODY,
    STREAM,
    SUBJECT_PREFIX,
    Outgoing,
    event_body,
    nats_msg_id,
)
from livecore.fleet.targets import Target, TargetError, parse_target, resume_url

__all__ = [
    "DUPLICATE_WINDOW",
    "MAX_BODY",
    "STREAM",
    "SUBJECT_PREFIX",
    "CheckpointRecord",
    "FleetRecordError",
    "HeldLease",
    "LeaseRecord",
    "Outgoing",
    "Plan",
    "RoomLedger",
    "Target",
    "TargetError",
    "WorkerRecord",
    "check_worker_name",
    "event_body",
    "fair_share",
    "nats_msg_id",
    "parse_target",
    "plan",
    "resume_url",
    "status",
]
