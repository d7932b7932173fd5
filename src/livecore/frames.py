"""The wire codec: PushFrame and FetchResult in, outbound frames out.

Pure functions over bytes. Every decoder raises a subclass of
:class:`~livecore.errors.FrameDecodeError` carrying the raw input; nothing
here keeps state, reads a clock or touches a socket.

Decompression is incremental with a hard cap on the output: an untrusted
gzip payload is never inflated in one shot, so a gzip bomb costs at most
``max_decompressed`` bytes of memory before it is refused.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from typing import Any, Final

from google.protobuf.message import DecodeError as _PbDecodeError

from livecore.errors import (
    DecompressionError,
    FrameDecodeError,
    PayloadTooLargeError,
    TooManyMessagesError,
)
from livecore.proto.pb import EnterRoom, FetchResult, Header, Heartbeat, PushFrame
from livecore.protocol import (
    COMPRESS_GZIP,
    COMPRESS_HEADER,
    ENCODING_PB,
    GZIP_MAGIC,
    IDENTITY,
    LIVE_ID,
    PayloadType,
    decode_varint,
)

__all__ = [
    "DEFAULT_MAX_DECOMPRESSED",
    "DEFAULT_MAX_HEADERS",
    "DEFAULT_MAX_MESSAGES",
    "DEFAULT_MAX_MESSAGE_SIZE",
    "decode_fetch_result",
    "decode_push_frame",
    "encode_ack",
    "encode_enter_room",
    "encode_heartbeat",
    "encode_msg_frame",
    "frame_payload",
    "gunzip",
    "is_gzip_frame",
    "push_frame",
]

DEFAULT_MAX_DECOMPRESSED: Final = 8 * 1024 * 1024
"""Default cap on a decompressed ``msg`` payload: 8 MiB."""

DEFAULT_MAX_MESSAGE_SIZE: Final = 4 * 1024 * 1024
"""Default cap on one WebSocket message as received (a PushFrame, before any
gzip): 4 MiB. An adapter sets its WebSocket library's limit to it; a bigger
message closes the socket with 1009 (``lifecycle.MESSAGE_TOO_BIG``)."""

DEFAULT_MAX_MESSAGES: Final = 10_000
"""Default cap on the messages of one FetchResult (real frames carry 1 to a few hundred)."""

DEFAULT_MAX_HEADERS: Final = 1024
"""Default cap on the headers of one PushFrame (real frames carry one or two)."""

_PUSH_FRAME_REPEATED: Final = frozenset({5})  # headers
_FETCH_RESULT_REPEATED: Final = frozenset({1, 7})  # messages, route_params entries


# ---- decoding ----------------------------------------------------------------


def decode_push_frame(data: bytes, max_headers: int = DEFAULT_MAX_HEADERS) -> PushFrame:
    """Parse one WebSocket binary message as a PushFrame.

    One with more than ``max_headers`` headers is refused before parsing,
    as :func:`decode_fetch_result` refuses too many messages.
    """
    if len(data) > 2 * max_headers and _census_exceeds(data, _PUSH_FRAME_REPEATED, max_headers):
        raise FrameDecodeError(
            f"PushFrame holds more than {max_headers} headers, or too many fields to count",
            bytes(data),
        )
    frame = PushFrame()
    try:
        frame.ParseFromString(data)
    except _PbDecodeError as exc:
        raise FrameDecodeError(f"not a PushFrame: {exc}", bytes(data)) from None
    return frame


def is_gzip_frame(frame: PushFrame) -> bool:
    """True when the frame's payload is gzip: by header, or by its magic bytes."""
    return frame.payload[:3] == GZIP_MAGIC or _says_gzip(frame)


def _says_gzip(frame: PushFrame) -> bool:
    """Whether the frame's first ``compress_type`` header is ``gzip``."""
    for header in frame.headers:
        if header.key == COMPRESS_HEADER:
            return header.value == COMPRESS_GZIP
    return False


def gunzip(data: bytes, max_size: int = DEFAULT_MAX_DECOMPRESSED) -> bytes:
    """Inflate one gzip member, refusing to produce more than ``max_size`` bytes.

    Raises :class:`~livecore.errors.PayloadTooLargeError` past the cap and
    :class:`~livecore.errors.DecompressionError` for corrupt, truncated or
    trailing-garbage input.
    """
    inflater = _decompressobj(31)  # 31: gzip header and trailer
    try:
        out: bytes = inflater.decompress(data, max_size + 1)
    except _ZlibError as exc:
        raise DecompressionError(f"corrupt gzip: {exc}", bytes(data)) from None
    if inflater.eof and not inflater.unused_data and len(out) <= max_size:
        return out
    if len(out) > max_size:
        raise PayloadTooLargeError(
            f"gzip payload expands past the {max_size}-byte cap", bytes(data), max_size
        )
    if not inflater.eof:
        raise DecompressionError("truncated gzip", bytes(data))
    raise DecompressionError(
        f"{len(inflater.unused_data)} bytes after the gzip stream", bytes(data)
    )


def _inflate_module() -> ModuleType:
    """zlib-ng when installed (``livecore[fast]``: it inflates the same bytes
    about 30% faster, docs/benchmarks.md), the standard zlib otherwise."""
    try:
        from zlib_ng import zlib_ng
    except ImportError:  # pragma: no cover - the plain install
        return zlib
    return zlib_ng


_INFLATE: Final = _inflate_module()
#: The module that inflates frames: ``"zlib_ng"`` or ``"zlib"``.
INFLATE_BACKEND: Final = _INFLATE.__name__.rpartition(".")[2]
_decompressobj: Final[Callable[[int], Any]] = _INFLATE.decompressobj
_ZlibError: Final[type[Exception]] = _INFLATE.error


def frame_payload(frame: PushFrame, max_size: int = DEFAULT_MAX_DECOMPRESSED) -> bytes:
    """The frame's payload, inflated when it is gzip."""
    payload = frame.payload
    # The magic first: reading headers costs more than a slice (docs/benchmarks.md).
    if payload[:3] == GZIP_MAGIC or _says_gzip(frame):
        return gunzip(payload, max_size)
    return payload


def decode_fetch_result(data: bytes, max_messages: int = DEFAULT_MAX_MESSAGES) -> FetchResult:
    """Parse a FetchResult: a ``msg`` payload, or the sign server's bare answer.

    Refuses one with more than ``max_messages`` messages before parsing it
    (:class:`~livecore.errors.TooManyMessagesError`): the decompression cap
    bounds bytes, and this bounds what those bytes can turn into.
    """
    if len(data) > 2 * max_messages and _census_exceeds(data, _FETCH_RESULT_REPEATED, max_messages):
        raise TooManyMessagesError(
            f"FetchResult holds more than {max_messages} messages (or route params),"
            " or too many fields to count",
            bytes(data),
            max_messages,
        )
    result = FetchResult()
    try:
        result.ParseFromString(data)
    except _PbDecodeError as exc:
        raise FrameDecodeError(f"not a FetchResult: {exc}", bytes(data)) from None
    return result


_FIELD_SLACK: Final = 4096
"""Top-level fields walked beyond the repeated ones before giving up: a real
FetchResult or PushFrame has about a dozen."""


def _census_exceeds(data: bytes, repeated: frozenset[int], limit: int) -> bool:
    """Whether ``data``'s top level holds more than ``limit`` entries of the
    ``repeated`` (length-delimited) fields, or too many fields to count.

    These are the fields whose entries the parser turns into objects, so
    this bounds what a few compressed kilobytes can become. Input of at most
    ``2 * limit`` bytes cannot hold that many (an entry takes two bytes) and
    is not walked. Otherwise the walk follows groups, and gives up (True)
    after ``limit + _FIELD_SLACK`` fields in all, so it costs a bounded number
    of steps whatever the input. Malformed input ends the walk with False:
    the parser then rejects it, having built no more than was counted.
    """
    if len(data) <= 2 * limit:
        return False
    budget = limit + _FIELD_SLACK
    entries = steps = depth = 0
    pos = 0
    end = len(data)
    try:
        while pos < end:
            # Varints of one byte (most tags and short lengths) are read inline.
            tag = data[pos]
            if tag < 0x80:
                pos += 1
            else:
                tag, pos = decode_varint(data, pos)
            steps += 1
            if steps > budget:
                return True
            wire_type = tag & 7
            if wire_type == 0:
                if data[pos] < 0x80:
                    pos += 1
                else:
                    _, pos = decode_varint(data, pos)
            elif wire_type == 2:
                size = data[pos]
                if size < 0x80:
                    pos += 1
                else:
                    size, pos = decode_varint(data, pos)
                pos += size
                if depth == 0 and tag >> 3 in repeated:
                    entries += 1
                    if entries > limit:
                        return True
            elif wire_type == 1:
                pos += 8
            elif wire_type == 5:
                pos += 4
            elif wire_type == 3:  # start of a group: its fields are walked too
                depth += 1
            elif wire_type == 4 and depth:
                depth -= 1
            else:
                return False
    except IndexError:
        return False
    return False


# ---- encoding ----------------------------------------------------------------


def push_frame(payload_type: str, payload: bytes, *, log_id: int = 0) -> bytes:
    """A ``PushFrame`` of ``payload_type`` carrying ``payload``, protobuf-encoded.

    The client's frames are built on it, and so are the simulated room's bare
    transport frames (its heartbeat and its enter-room answer, with an empty payload).
    """
    return PushFrame(
        log_id=log_id,
        payload_encoding=ENCODING_PB,
        payload_type=payload_type,
        payload=payload,
    ).SerializeToString()


def encode_enter_room(room_id: int, enter_unique_id: int) -> bytes:
    """The enter-room frame the client sends as soon as the socket opens."""
    body = EnterRoom(
        room_id=room_id,
        room_tag="",
        live_region="",
        live_id=LIVE_ID,
        identity=IDENTITY,
        cursor="",
        account_type=0,
        enter_unique_id=enter_unique_id,
        filter_welcome_msg="0",
        is_anchor_continue_keep_msg=False,
    ).SerializeToString()
    return push_frame(PayloadType.ENTER_ROOM, body)


def encode_heartbeat(room_id: int, seq: int) -> bytes:
    """A heartbeat frame; ``seq`` starts at 1 for each room entered."""
    body = Heartbeat(room_id=room_id, send_packet_seq_id=seq).SerializeToString()
    return push_frame(PayloadType.HEARTBEAT, body)


# Protobuf and memory: with the upb backend every string or bytes value set on
# a message is allocated in that message's arena, and the arena is freed only
# with the message. A message kept and written to again (a template refilled
# per frame, a message cached on a connection or a room) therefore grows for
# as long as it lives: an ack template once leaked about 180 bytes per ack.
# The rule here: a message is built, then serialized or read, then dropped;
# nothing long-lived is ever written to. tests/test_memory.py holds the hot
# encoders and the frame path to it.


def encode_ack(log_id: int, internal_ext: str | bytes) -> bytes:
    """The ack for a ``msg`` frame: its log_id, and its internal_ext (``-`` when empty).

    ``internal_ext`` is echoed byte for byte, even when it is not valid UTF-8.
    A fresh message per ack: faster than writing the bytes by hand in Python
    (a 64-bit log_id is a ten-byte varint), and it frees everything it
    allocates (docs/benchmarks.md, "Acks and memory").
    """
    ext = internal_ext.encode() if isinstance(internal_ext, str) else bytes(internal_ext)
    return PushFrame(
        log_id=log_id,
        payload_encoding=ENCODING_PB,
        payload_type=PayloadType.ACK,
        payload=ext or b"-",
    ).SerializeToString()


def encode_msg_frame(
    result: FetchResult | bytes,
    *,
    seq_id: int = 0,
    log_id: int = 0,
    compress: bool = True,
    extra_headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
) -> bytes:
    """A server ``msg`` frame around a FetchResult, gzip-compressed by default.

    The client never sends these; the simulated room, tests and the public
    Hypothesis strategies do.
    """
    body = result if isinstance(result, bytes) else result.SerializeToString()
    pairs = list(extra_headers.items() if isinstance(extra_headers, Mapping) else extra_headers)
    if compress:
        body = gzip.compress(body, compresslevel=6, mtime=0)
        pairs.insert(0, (COMPRESS_HEADER, COMPRESS_GZIP))
    frame = PushFrame(
        seq_id=seq_id,
        log_id=log_id,
        headers=[Header(key=k, value=v) for k, v in pairs],
        payload_encoding=ENCODING_PB,
        payload_type=PayloadType.MSG,
        payload=body,
    )
    return frame.SerializeToString()
