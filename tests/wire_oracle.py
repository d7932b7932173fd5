"""An oracle apart from livecore: what bytes hold and what a Message gives, per docs/protocol.md.

The fuzz and state-machine tests (``test_fuzz_*.py``, ``test_stateful_*.py``)
check livecore against it. It is written from the document, not from
``livecore.frames`` or ``livecore.messages``: a strict protobuf reader (with
tests/reference_codec.py's varint reader and zlib) for the few messages that
decide what a frame gives; a reader of the acks a connection sends; and
docs/protocol.md's method table and custom events, written out again.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

from google.protobuf.message import DecodeError as PbDecodeError
from google.protobuf.message import Message as PbMessage
from reference_codec import read_varint, wire_fields

from livecore import (
    BarrageEvent,
    CommentEvent,
    ControlEvent,
    EnvelopeEvent,
    Event,
    FollowEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    LivePauseEvent,
    MessageErrorEvent,
    RoomUserSeqEvent,
    ShareEvent,
    SocialEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    UnknownEvent,
    WebsocketResponseEvent,
)
from livecore.frames import DEFAULT_MAX_DECOMPRESSED
from livecore.proto import pb

# ---- an independent oracle: what a frame holds, per docs/protocol.md, without livecore's codec -
#
# Frames the tests build are described when they are built (``Outcome``). Bytes
# nobody built (garbage, mutated frames) are read here, with tests/reference_codec.py's
# varint reader and zlib: a strict protobuf reader for the few messages that
# decide what a frame gives. Where protobuf's verdict is not obvious from the
# wire format alone, it says so (``Unsure``) rather than guess.


class Unsure(Exception):
    """The independent reader cannot tell what a protobuf parser makes of these bytes."""


class Bad(Exception):
    """Bytes a protobuf parser refuses (so livecore must report a FrameErrorEvent)."""


@dataclass(frozen=True)
class Held:
    """One Message of a ``msg`` frame: its id, and its control action if it is a
    well-formed WebcastControlMessage (None: not a control, or malformed)."""

    msg_id: int
    action: int | None = None


@dataclass(frozen=True)
class Msg:
    """A decodable FetchResult: its messages, and what an ack must carry."""

    messages: tuple[Held, ...]
    need_ack: bool = False
    internal_ext: str = ""
    log_id: int = 0


@dataclass(frozen=True)
class Transport:
    """A PushFrame that is not ``msg``: no events."""


@dataclass(frozen=True)
class Undecodable:
    """Input livecore must answer with one FrameErrorEvent carrying it."""


Outcome = Msg | Transport | Undecodable

# Field kinds, and the schemas (docs/protocol.md's tables) of the messages read here.
INT64, INT32, BOOL, STRING, BYTES = "int64", "int32", "bool", "string", "bytes"
Schema = dict[int, Any]
TEXT: Schema = {1: STRING, 2: STRING}
COMMON: Schema = {1: STRING, 2: INT64, 3: INT64, 4: INT64, 8: TEXT}
CONTROL: Schema = {1: COMMON, 2: INT32, 3: STRING}
HEADER: Schema = {1: STRING, 2: STRING}
PUSH_FRAME: Schema = {1: INT64, 2: INT64, 3: INT64, 4: INT64, 5: HEADER, 6: STRING, 7: STRING}
PUSH_FRAME[8] = BYTES
MESSAGE: Schema = {1: STRING, 2: BYTES, 3: INT64, 4: INT32, 5: INT64, 6: BOOL}
ROUTE_PARAM: Schema = {1: STRING, 2: STRING}
FETCH_RESULT: Schema = {
    1: MESSAGE,
    2: STRING,
    3: INT64,
    4: INT64,
    5: STRING,
    6: INT32,
    7: ROUTE_PARAM,
    8: INT64,
    9: BOOL,
    10: STRING,
    11: BOOL,
    12: STRING,
    13: BOOL,
}
_VARINT_KINDS = (INT64, INT32, BOOL)
_MAX_DEPTH = 32


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    try:
        value, end = read_varint(data, pos)
    except IndexError:
        raise Bad("truncated varint") from None
    if end - pos > 10:
        raise Bad("varint longer than ten bytes")
    if end - pos == 10 and data[end - 1] > 1:
        raise Unsure("ten-byte varint past 64 bits")
    return value, end


def _skip(data: bytes, pos: int, wire_type: int, number: int, depth: int) -> int:
    """The position after one field's value (of an unknown field, or a mistyped one)."""
    if wire_type == 0:
        return _read_varint(data, pos)[1]
    if wire_type in (1, 5):
        end = pos + (8 if wire_type == 1 else 4)
        if end > len(data):
            raise Bad("truncated fixed-width field")
        return end
    if wire_type == 2:
        size, pos = _read_varint(data, pos)
        if size > len(data) - pos:
            raise Bad("length past the end")
        return pos + size
    if wire_type == 3:  # a group: skip its fields up to the matching end-group
        if depth >= _MAX_DEPTH:
            raise Unsure("deeply nested groups")
        while True:
            if pos >= len(data):
                raise Bad("unterminated group")
            key, pos = _read_varint(data, pos)
            inner, inner_type = key >> 3, key & 7
            if key > 0xFFFFFFFF or inner > 2**29 - 1:
                raise Bad("tag out of range")
            if inner == 0:
                raise Bad("field number 0")
            if inner_type == 4:
                if inner != number:
                    raise Bad("mismatched end-group")
                return pos
            if inner_type in (6, 7):
                raise Bad("invalid wire type")
            pos = _skip(data, pos, inner_type, inner, depth + 1)
    raise Bad("end-group without a group, or an invalid wire type")


def _signed(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def read_message(data: bytes, schema: Schema, depth: int = 0) -> dict[int, list[Any]]:
    """Every known field of ``data`` under ``schema``, as protobuf reads it (or Bad/Unsure)."""
    if depth > _MAX_DEPTH:
        raise Unsure("deeply nested messages")
    out: dict[int, list[Any]] = {}
    pos = 0
    while pos < len(data):
        key, pos = _read_varint(data, pos)
        number, wire_type = key >> 3, key & 7
        if key > 0xFFFFFFFF or number > 2**29 - 1:
            raise Bad("tag out of range")
        if number == 0:
            raise Bad("field number 0")
        if wire_type in (4, 6, 7):
            raise Bad(f"wire type {wire_type} at the top of a message")
        kind = schema.get(number)
        start = pos
        pos = _skip(data, pos, wire_type, number, depth)
        if kind is None or wire_type != (0 if kind in _VARINT_KINDS else 2):
            continue  # unknown, or a known field with another wire type: skipped
        if kind in _VARINT_KINDS:
            value, _ = _read_varint(data, start)
            bits = {INT64: 64, INT32: 32}.get(kind)
            out.setdefault(number, []).append(_signed(value, bits) if bits else value != 0)
            continue
        size, body_at = _read_varint(data, start)
        body = data[body_at : body_at + size]
        if kind == STRING:  # not validated (webcast.proto: utf8_validation NONE)
            try:
                out.setdefault(number, []).append(body.decode("utf-8"))
            except UnicodeDecodeError:
                out.setdefault(number, []).append(body)  # protobuf gives the bytes
        elif kind == BYTES:
            out.setdefault(number, []).append(body)
        else:
            out.setdefault(number, []).append(read_message(body, kind, depth + 1))
    return out


def _last(fields: dict[int, list[Any]], number: int, default: Any) -> Any:
    values = fields.get(number)
    return values[-1] if values else default  # a scalar given twice: the last one counts


def _held(message: dict[int, list[Any]]) -> Held:
    msg_id = _last(message, 3, 0)
    if _last(message, 1, "") != "WebcastControlMessage":
        return Held(msg_id)
    try:
        control = read_message(_last(message, 2, b""), CONTROL)
    except Bad:  # malformed: a MessageErrorEvent, no lifecycle move
        return Held(msg_id)
    return Held(msg_id, _last(control, 2, 0))


def read_fetch_result(data: bytes, log_id: int = 0) -> Msg:
    """A FetchResult as protobuf reads it: Msg, or Bad/Unsure."""
    fields = read_message(data, FETCH_RESULT)
    return Msg(
        tuple(_held(m) for m in fields.get(1, [])),
        _last(fields, 9, False),
        _last(fields, 5, ""),
        log_id,
    )


def _inflate(data: bytes) -> bytes:
    """One gzip member, whole and alone (docs/protocol.md, "Frames"), with zlib directly."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data)
    except zlib.error:
        raise Bad("corrupt gzip") from None
    if not inflater.eof or inflater.unused_data:
        raise Bad("truncated gzip, or bytes after it")
    if len(out) > DEFAULT_MAX_DECOMPRESSED:
        raise Unsure("past the decompression cap")
    return out


def read_frame(data: bytes) -> Outcome:
    """What one received WebSocket message gives, read independently (raises Unsure)."""
    try:
        fields = read_message(data, PUSH_FRAME)
        if _last(fields, 7, "") != "msg":
            return Transport()
        payload = _last(fields, 8, b"")
        compress = [h for h in fields.get(5, []) if _last(h, 1, "") == "compress_type"]
        said = _last(compress[0], 2, "") if compress else None
        magic = payload[:3] == b"\x1f\x8b\x08"
        if said not in (None, "gzip") and magic:
            raise Unsure("compress_type says plain, the magic says gzip")
        if said == "gzip" or magic:
            payload = _inflate(payload)
        return read_fetch_result(payload, _last(fields, 2, 0))
    except Bad:
        return Undecodable()


def read_first_payload(data: bytes) -> Outcome:
    """What the sign server's answer gives (raises Unsure)."""
    if not data:
        return Undecodable()  # the "blocked" answer
    try:
        return read_fetch_result(data)
    except Bad:
        return Undecodable()


# ---- what a connection sends back: acks, read with tests/reference_codec.py ----------------


def read_ack(data: bytes) -> tuple[int, bytes]:
    """An outbound ack's log_id (as a signed int64) and payload, read by tests/reference_codec."""
    fields = wire_fields(data)
    assert fields.get(7) == [b"ack"], f"not an ack: {fields}"
    log_id = fields.get(2, [0])[-1]
    assert isinstance(log_id, int)
    payload = fields.get(8, [b""])[-1]
    assert isinstance(payload, bytes)
    return _signed(log_id, 64), payload


def ack_payload(internal_ext: str | bytes) -> bytes:
    """The ack payload: internal_ext as sent (UTF-8), ``-`` when empty (docs/protocol.md)."""
    ext = internal_ext.encode() if isinstance(internal_ext, str) else internal_ext
    return ext or b"-"


# ---- the events a Message gives, per docs/protocol.md -------------------------------------


# The method table of docs/protocol.md, written out again: the oracle must not share code
# with the decoder.
SCHEMAS: dict[str, type[PbMessage]] = {
    "WebcastChatMessage": pb.WebcastChatMessage,
    "WebcastLikeMessage": pb.WebcastLikeMessage,
    "WebcastMemberMessage": pb.WebcastMemberMessage,
    "WebcastGiftMessage": pb.WebcastGiftMessage,
    "WebcastSocialMessage": pb.WebcastSocialMessage,
    "WebcastRoomUserSeqMessage": pb.WebcastRoomUserSeqMessage,
    "WebcastControlMessage": pb.WebcastControlMessage,
    "WebcastBarrageMessage": pb.WebcastBarrageMessage,
    "WebcastEnvelopeMessage": pb.WebcastEnvelopeMessage,
}
EVENTS: dict[str, type[Event]] = {
    "WebcastChatMessage": CommentEvent,
    "WebcastLikeMessage": LikeEvent,
    "WebcastMemberMessage": JoinEvent,
    "WebcastGiftMessage": GiftEvent,
    "WebcastSocialMessage": SocialEvent,
    "WebcastRoomUserSeqMessage": RoomUserSeqEvent,
    "WebcastControlMessage": ControlEvent,
    "WebcastBarrageMessage": BarrageEvent,
    "WebcastEnvelopeMessage": EnvelopeEvent,
}
# The kinds whose custom-event rule needs the payload parsed on arrival.
EAGER = {
    "WebcastSocialMessage",
    "WebcastControlMessage",
    "WebcastBarrageMessage",
    "WebcastEnvelopeMessage",
}


def _custom(method: str, parsed: PbMessage) -> type[Event] | None:
    """docs/protocol.md's custom events for a connection that is live (not paused, not ended)."""
    if isinstance(parsed, pb.WebcastSocialMessage):
        key = parsed.common.display_text.key.lower()
        return FollowEvent if "follow" in key else ShareEvent if "share" in key else None
    if isinstance(parsed, pb.WebcastBarrageMessage):
        keys = (parsed.content.key + " " + parsed.common_barrage_content.key).lower()
        if "ttlive_superfan_commentnotif_superfanjoined" in keys:
            return SuperFanJoinEvent
        return SuperFanEvent if "ttlive_superfan" in keys else None
    if isinstance(parsed, pb.WebcastEnvelopeMessage):
        box = "ttlive_superfanbox" in parsed.common.display_text.key.lower()
        return SuperFanBoxEvent if box or parsed.envelope_info.business_type == 19 else None
    if isinstance(parsed, pb.WebcastControlMessage):
        return {1: LivePauseEvent, 3: LiveEndEvent, 4: LiveEndEvent}.get(parsed.action)
    return None


def expected_types(message: pb.Message, validate: bool) -> list[type[Event]]:
    """The event types one Message gives on a live connection, in order."""
    method = message.method
    if method not in EVENTS:
        return [UnknownEvent, WebsocketResponseEvent]
    try:
        parsed = SCHEMAS[method].FromString(message.payload)
    except PbDecodeError:
        if method in EAGER or validate:
            return [MessageErrorEvent, WebsocketResponseEvent]
        return [EVENTS[method], WebsocketResponseEvent]  # lazy: the error waits for a read
    custom = _custom(method, parsed)
    return [*([custom] if custom else []), EVENTS[method], WebsocketResponseEvent]
