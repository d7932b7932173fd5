"""The ``.frames`` recording format, and replaying a recording through the core.

A recording is a sequence of records, each a 4-byte big-endian unsigned
length and then that many bytes: one WebSocket binary message exactly as the
server sent it. It is the format of ``livecore record`` and of the golden
vectors in the repository's ``tests/vectors/``.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Final

from livecore.connection import Connection
from livecore.errors import LivecoreError
from livecore.events import DisconnectReason, Event

__all__ = [
    "MAX_RECORD",
    "RecordingError",
    "read_frames",
    "replay",
    "write_frame",
]

_LENGTH: Final = struct.Struct(">I")

MAX_RECORD: Final = 64 * 1024 * 1024
"""Largest record accepted when reading: a longer one means a corrupt file."""


class RecordingError(LivecoreError):
    """A ``.frames`` file that is truncated or corrupt."""


def write_frame(out: BinaryIO, data: bytes) -> None:
    """Append one WebSocket message to a recording."""
    if len(data) > 0xFFFFFFFF:
        raise ValueError("a record holds at most 4 GiB")
    out.write(_LENGTH.pack(len(data)))
    out.write(data)


def read_frames(source: BinaryIO, max_record: int = MAX_RECORD) -> Iterator[bytes]:
    """Yield the WebSocket messages of a recording, in order.

    Raises :class:`RecordingError` for a truncated record or one longer than
    ``max_record``; the records before it have been yielded.
    """
    index = 0
    while True:
        head = source.read(4)
        if not head:
            return
        if len(head) < 4:
            raise RecordingError(f"record {index}: truncated length prefix")
        (size,) = _LENGTH.unpack(head)
        if size > max_record:
            raise RecordingError(f"record {index}: {size} bytes is over the {max_record} limit")
        data = source.read(size)
        if len(data) < size:
            raise RecordingError(f"record {index}: {len(data)} of {size} bytes")
        yield data
        index += 1


def replay(
    frames: Iterable[bytes],
    connection: Connection | None = None,
    first_payload: bytes | None = None,
) -> Iterator[Event]:
    """Feed recorded frames through a connection and yield its events.

    Behaves as a live session would: ``ConnectEvent`` first (at the first
    payload, or at the first ``msg`` frame), frames until the stream ends
    (a ``LiveEndEvent`` stops the replay as it would close a socket) or the
    recording runs out, then ``DisconnectEvent`` last. A corrupt recording
    (:class:`RecordingError` from ``frames``) still gives ``DisconnectEvent``
    (reason ``END_OF_RECORDING``, the error as its detail), then re-raises.
    """
    conn = connection if connection is not None else Connection()
    if first_payload is not None:
        conn.receive_first_payload(first_payload)
        yield from conn.events()
    try:
        for data in frames:
            conn.receive_data(data)
            yield from conn.events()
            if conn.wants_close:  # a live client would close its socket now
                conn.connection_lost(1000, "closed by the replay, as the connection asked")
                break
        else:
            conn.connection_lost(reason=DisconnectReason.END_OF_RECORDING)
    except RecordingError as exc:
        # A corrupt file still ends the session properly, then says why.
        conn.connection_lost(reason=DisconnectReason.END_OF_RECORDING, detail=str(exc))
        yield from conn.events()
        raise
    yield from conn.events()
