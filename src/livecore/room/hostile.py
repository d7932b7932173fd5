"""Hostile frames: what the ``garbage``, ``truncated``, ``bomb`` and ``oversize``
faults push, each built to hit one of a client's defences.

None of them carries a msg_id a client could read, so a client that skips
them loses nothing. They are made by hand, below the generated protobuf
code where it must be (a bomb would cost 64 MiB to compress honestly, an
oversize frame four copies of its padding).
"""

from __future__ import annotations

import functools
import gzip
import random
import struct
import zlib
from typing import Final

from livecore import frames
from livecore.frames import DEFAULT_MAX_DECOMPRESSED, DEFAULT_MAX_MESSAGE_SIZE
from livecore.proto import pb
from livecore.protocol import (
    COMPRESS_GZIP,
    COMPRESS_HEADER,
    ENCODING_PB,
    GZIP_MAGIC,
    PayloadType,
    encode_tag,
    encode_varint,
)

__all__ = [
    "BOMB_SIZE",
    "OVERSIZE",
    "bomb_frame",
    "garbage_frame",
    "oversize_frame",
    "truncated_frame",
]

BOMB_SIZE: Final = 8 * DEFAULT_MAX_DECOMPRESSED
"""What a ``bomb`` frame's gzip inflates to: far past a client's cap
(:data:`~livecore.frames.DEFAULT_MAX_DECOMPRESSED`)."""
OVERSIZE: Final = DEFAULT_MAX_MESSAGE_SIZE + 64 * 1024
"""The size of an ``oversize`` frame: past a client's default WebSocket message
limit (:data:`~livecore.frames.DEFAULT_MAX_MESSAGE_SIZE`)."""

# No FetchResult field: a client skips it, as it skips every unknown field (docs/protocol.md).
_PADDING_FIELD: Final = 99


def _gzip_zeros(size: int) -> bytes:
    """A gzip member of ``size`` zero bytes (a multiple of 1 MiB), built
    without compressing them all: once the window is all zeros, every
    further MiB compresses to the same sync-flushed block, so one is repeated.
    """
    chunk = bytes(1 << 20)
    count = size // len(chunk)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate: the gzip framing is ours
    first = deflate.compress(chunk) + deflate.flush(zlib.Z_SYNC_FLUSH)
    again = deflate.compress(chunk) + deflate.flush(zlib.Z_SYNC_FLUSH)
    tail = deflate.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    header = GZIP_MAGIC + b"\x00\x00\x00\x00\x00\x02\xff"  # no flags, mtime 0, OS unknown
    trailer = struct.pack("<II", crc, (len(chunk) * count) & 0xFFFFFFFF)
    return header + first + again * (count - 1) + tail + trailer


@functools.cache
def bomb_frame() -> bytes:
    """The ``bomb`` frame: about 65 KiB on the wire, built once per process."""
    return frames.encode_msg_frame(
        _gzip_zeros(BOMB_SIZE), compress=False, extra_headers={COMPRESS_HEADER: COMPRESS_GZIP}
    )


def garbage_frame(seed: int, index: int) -> bytes:
    """Seeded random bytes no client can read: a leading 0 byte is protobuf
    field number 0, which no decoder accepts."""
    rng = random.Random(f"livecore-garbage-{seed}-{index}")
    return b"\x00" + rng.randbytes(rng.randint(8, 512))


def truncated_frame(result: pb.FetchResult) -> bytes:
    """A ``msg`` frame around ``result``'s gzip, cut in the middle: it claims
    gzip and is gzip, but the stream ends early."""
    body = gzip.compress(result.SerializeToString(), mtime=0)
    return frames.encode_msg_frame(
        body[: len(body) // 2], compress=False, extra_headers={COMPRESS_HEADER: COMPRESS_GZIP}
    )


def oversize_frame() -> bytes:
    """A ``msg`` frame of :data:`OVERSIZE` bytes that carries nothing: no
    messages, no cursor, only an unknown padding field a client skips. Joined
    by hand, so that building it costs two copies of the padding, not four."""
    head = pb.FetchResult(fetch_interval=1000, fetch_type=1).SerializeToString()
    frame = pb.PushFrame(payload_encoding=ENCODING_PB, payload_type=PayloadType.MSG)
    padding = OVERSIZE - 64  # what is left once the frame's own fields are counted
    payload = len(head) + len(_field(_PADDING_FIELD, padding)) + padding
    return b"".join(
        (
            frame.SerializeToString(),
            _field(pb.PushFrame.PAYLOAD_FIELD_NUMBER, payload),  # the FetchResult
            head,
            _field(_PADDING_FIELD, padding),
            bytes(padding),
        )
    )


def _field(number: int, size: int) -> bytes:
    """The tag and length of a length-delimited protobuf field."""
    return encode_tag(number, 2) + encode_varint(size)
