"""An event's message on the fleet's stream: subject, body and ``Nats-Msg-Id``.

The contract other tools consume (docs/fleet.md):

- stream ``LIVECORE``, subjects ``livecore.events.<target key>.<EventType>``;
- body: the event's JSON exactly as ``livecore replay --json`` writes it
  (``event.to_dict()``, ``ensure_ascii=False``) plus ``"target"``;
- ``Nats-Msg-Id``: ``<key>:m:<msg_id>:<EventType>`` for an event of a
  Webcast message (one per room, message and type: a replay after a
  takeover or a resume is the same id, and the server drops it), and
  ``<key>:s:<session>:<seq>`` for an event with no msg_id (``ConnectEvent``,
  ``ReconnectingEvent``...): the session that gave it and its place among
  that session's events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Final

from livecore.events import Event

__all__ = [
    "DUPLICATE_WINDOW",
    "MAX_BODY",
    "STREAM",
    "SUBJECTS",
    "SUBJECT_PREFIX",
    "Outgoing",
    "event_body",
    "nats_msg_id",
    "subject",
]

STREAM: Final = "LIVECORE"
SUBJECT_PREFIX: Final = "livecore.events"
SUBJECTS: Final = f"{SUBJECT_PREFIX}.>"
DUPLICATE_WINDOW: Final = 600.0
"""Seconds the stream remembers a ``Nats-Msg-Id`` (10 minutes): far beyond a
takeover (the lease TTL plus seconds) and a broker restart."""
MAX_BODY: Final = 900 * 1024
"""The largest body published (NATS's default payload limit is 1 MiB): a
bigger event is published as a stub that says so, never dropped silently."""


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One event ready for the stream. ``msg_id`` is the Webcast msg_id (0: none)."""

    subject: str
    nats_msg_id: str
    body: bytes
    msg_id: int


def subject(key: str, event_type: str) -> str:
    return f"{SUBJECT_PREFIX}.{key}.{event_type}"


def nats_msg_id(key: str, event: Event, session: str, seq: int) -> str:
    """The event's ``Nats-Msg-Id`` (see the module docstring)."""
    msg_id = event.msg_id
    if msg_id:
        return f"{key}:m:{msg_id}:{type(event).__name__}"
    return f"{key}:s:{session}:{seq}"


def event_body(event: Event, target: str) -> bytes:
    """``livecore replay --json``'s line for ``event`` plus ``"target"``, as bytes.

    Past :data:`MAX_BODY`, the body is ``type``, ``msg_id``, ``target`` and
    ``error`` saying how big the event was (the event is still counted, and
    its msg_id still deduplicated).
    """
    data = event.to_dict()
    data["target"] = target
    body = json.dumps(data, ensure_ascii=False).encode()
    if len(body) <= MAX_BODY:
        return body
    stub = {
        "type": data["type"],
        "msg_id": data["msg_id"],
        "error": f"event too large for the stream: {len(body)} bytes of JSON",
        "target": target,
    }
    return json.dumps(stub, ensure_ascii=False).encode()
