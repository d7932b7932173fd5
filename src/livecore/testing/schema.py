"""Every method, every field: payloads drawn from the schema itself.

The strategies here read the protobuf descriptors of livecore's schema
(``livecore.proto.pb``) and write the wire bytes themselves, so every
field of every message can be drawn, at any depth: numbers over their whole
range, enums from their named values and from ints the schema does not name
(TikTok adds values), repeated fields packed or not, maps, nested messages
(the recursion bounded by ``max_depth`` and a budget of ``max_messages`` per
payload), strings with awkward unicode and, now and then, bytes that are not
UTF-8 (livecore's schema does not validate UTF-8, so neither does TikTok's
traffic), and fields the schema does not declare (skipped by the parser, as
TikTok's new fields are).

:func:`method_payloads` gives a payload of any of the 62 methods (or of one),
:func:`events` the event livecore decodes from it, :func:`schema_messages` a
parsed message of any type of the schema, to change before encoding.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Callable
from typing import Any, Final, TypeAlias, TypeVar, overload

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message as PbMessage
from hypothesis import strategies as st

from livecore.events import (
    FollowEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    MessageEvent,
    ShareEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
)
from livecore.messages import METHODS, decode_messages
from livecore.proto import pb
from livecore.protocol import (
    SUPERFAN_BOX_KEY,
    SUPERFAN_JOINED_KEY,
    SUPERFAN_KEY,
    Method,
    encode_tag,
    encode_varint,
)
from livecore.testing.payloads import IDS, SCHEMA_METHODS, RawPayload, random_case
from livecore.webcast import ControlAction, EnvelopeBusinessType

__all__ = [
    "AWKWARD_TEXT",
    "CUSTOM_EVENTS",
    "events",
    "method_payloads",
    "schema_messages",
    "schema_payloads",
]

M = TypeVar("M", bound=PbMessage)
E = TypeVar("E", bound=MessageEvent[Any])

AWKWARD_TEXT: Final[tuple[str, ...]] = (
    "",
    " ",
    "\x00",
    "\u202eevil",  # right-to-left override
    "\u200b\u200c\u200d\ufeff",  # zero-width space, non-joiner, joiner; BOM
    "e\u0301\u0301\u0301",  # combining accents stacked
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # one family emoji, five code points
    "\U0001f3f3\ufe0f\u200d\U0001f308",  # a flag built with a joiner
    "\ud7ff\ue000\uffff\U0010ffff",  # the edges of the code space
    "\u0645\u0631\u062d\u0628\u0627 abc",  # Arabic then Latin
    "\r\n\t\x1b[31m",  # control characters, a terminal escape
    "<b>&amp;</b> {0} %s",  # markup and format strings
)
"""Strings that break naive text handling, mixed into every string field."""

# ---- the wire, written here ---------------------------------------------------------------

_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5
_MASK64: Final = (1 << 64) - 1
_T = FieldDescriptor


def _signed(value: int) -> bytes:
    return encode_varint(value & _MASK64)  # negatives: ten bytes, two's complement


def _zigzag32(value: int) -> bytes:
    return encode_varint(((value << 1) ^ (value >> 31)) & 0xFFFFFFFF)


def _zigzag64(value: int) -> bytes:
    return encode_varint(((value << 1) ^ (value >> 63)) & _MASK64)


def _packer(fmt: str) -> Callable[[Any], bytes]:
    return struct.Struct(fmt).pack


def _utf8(value: str) -> bytes:
    return value.encode("utf-8", "surrogatepass")


_I32_RANGE: Final = st.integers(-(2**31), 2**31 - 1)
_I64_RANGE: Final = st.integers(-(2**63), 2**63 - 1)
_U32_RANGE: Final = st.integers(0, 2**32 - 1)
_U64_RANGE: Final = st.integers(0, 2**64 - 1)
_VALID_TEXT: Final = st.one_of(
    st.text(max_size=16).map(_utf8), st.sampled_from(AWKWARD_TEXT).map(_utf8)
)
_TEXT: Final = st.one_of(_VALID_TEXT, st.binary(max_size=12))  # now and then not UTF-8 at all

#: Field type to (what to draw, wire type, how to write one value).
_SCALARS: Final[dict[int, tuple[st.SearchStrategy[Any], int, Callable[[Any], bytes]]]] = {
    _T.TYPE_DOUBLE: (st.floats(), _I64, _packer("<d")),
    _T.TYPE_FLOAT: (st.floats(width=32), _I32, _packer("<f")),
    _T.TYPE_INT64: (_I64_RANGE, _VARINT, _signed),
    _T.TYPE_UINT64: (_U64_RANGE, _VARINT, encode_varint),
    _T.TYPE_INT32: (_I32_RANGE, _VARINT, _signed),
    _T.TYPE_FIXED64: (_U64_RANGE, _I64, _packer("<Q")),
    _T.TYPE_FIXED32: (_U32_RANGE, _I32, _packer("<I")),
    _T.TYPE_BOOL: (st.booleans().map(int), _VARINT, encode_varint),
    _T.TYPE_STRING: (_TEXT, _LEN, lambda b: encode_varint(len(b)) + b),
    _T.TYPE_BYTES: (st.binary(max_size=24), _LEN, lambda b: encode_varint(len(b)) + b),
    _T.TYPE_UINT32: (_U32_RANGE, _VARINT, encode_varint),
    _T.TYPE_SFIXED32: (_I32_RANGE, _I32, _packer("<i")),
    _T.TYPE_SFIXED64: (_I64_RANGE, _I64, _packer("<q")),
    _T.TYPE_SINT32: (_I32_RANGE, _VARINT, _zigzag32),
    _T.TYPE_SINT64: (_I64_RANGE, _VARINT, _zigzag64),
}


@functools.cache
def _enum_values(field: FieldDescriptor) -> st.SearchStrategy[int]:
    """The enum's named values, or any int32 (an enum the schema does not know yet)."""
    kind = field.enum_type
    assert kind is not None
    named = sorted({value.number for value in kind.values})
    return st.one_of(st.sampled_from(named), _I32_RANGE)


def _scalar(field: FieldDescriptor) -> tuple[st.SearchStrategy[Any], int, Callable[[Any], bytes]]:
    if field.type == _T.TYPE_ENUM:
        return _enum_values(field), _VARINT, _signed
    return _SCALARS[field.type]


# ---- drawing a message ----------------------------------------------------------------------

# A field is present half the time at the top, a quarter of the time below.
# sampled_from shrinks to its first element: a failure shrinks to fewer fields.
_TOP_PRESENT: Final = st.booleans()
_NESTED_PRESENT: Final = st.sampled_from((False, False, False, True))
_COUNTS: Final = st.integers(1, 3)  # absent is empty: present has one or more
_UNKNOWN: Final = st.lists(
    st.tuples(st.integers(10_000, 2**29 - 1), st.binary(max_size=8)), max_size=1
)


class _Budget:
    """How many more nested messages one payload may hold."""

    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left


def _write_message(
    draw: st.DrawFn, descriptor: Descriptor, depth: int, limit: int, budget: _Budget
) -> bytes:
    """One message of ``descriptor``, each field present or not, in a drawn rotation
    (so that the budget does not always go to the first fields). A nested
    message beyond the depth or the budget is present but empty."""
    fields = _fields(descriptor)
    out = bytearray()
    if fields:
        start = draw(st.integers(0, len(fields) - 1))
        present = _TOP_PRESENT if depth == 0 else _NESTED_PRESENT
        for field in (*fields[start:], *fields[:start]):
            if draw(present):
                out += _write_field(draw, field, depth, limit, budget)
    for number, body in draw(_UNKNOWN):
        if number not in descriptor.fields_by_number:
            out += encode_tag(number, _LEN) + encode_varint(len(body)) + body
    return bytes(out)


@functools.cache
def _fields(descriptor: Descriptor) -> tuple[FieldDescriptor, ...]:
    return tuple(descriptor.fields)


def _write_field(
    draw: st.DrawFn, field: FieldDescriptor, depth: int, limit: int, budget: _Budget
) -> bytes:
    number = field.number
    nested = field.message_type
    if nested is not None and nested.GetOptions().map_entry:
        key, value = nested.fields_by_name["key"], nested.fields_by_name["value"]
        out = bytearray()
        for _ in range(draw(_COUNTS)):
            entry = _write_one(draw, key, depth, limit, budget)
            entry += _write_one(draw, value, depth, limit, budget)
            out += encode_tag(number, _LEN) + encode_varint(len(entry)) + entry
        return bytes(out)
    if not field.is_repeated:
        return _write_one(draw, field, depth, limit, budget)
    count = draw(_COUNTS)
    if nested is None and field.type not in (_T.TYPE_STRING, _T.TYPE_BYTES) and draw(st.booleans()):
        values, _, write = _scalar(field)  # packed: one length-delimited run
        body = b"".join(write(draw(values)) for _ in range(count))
        return encode_tag(number, _LEN) + encode_varint(len(body)) + body
    return b"".join(_write_one(draw, field, depth, limit, budget) for _ in range(count))


def _write_one(
    draw: st.DrawFn, field: FieldDescriptor, depth: int, limit: int, budget: _Budget
) -> bytes:
    """One value of ``field``, with its tag."""
    nested = field.message_type
    if nested is None:
        values, wire_type, write = _scalar(field)
        return encode_tag(field.number, wire_type) + write(draw(values))
    body = b""
    if depth < limit and budget.left > 0:
        budget.left -= 1
        body = _write_message(draw, nested, depth + 1, limit, budget)
    return encode_tag(field.number, _LEN) + encode_varint(len(body)) + body


@st.composite
def _draw_payload(
    draw: st.DrawFn, descriptor: Descriptor, max_depth: int, max_messages: int
) -> bytes:
    return _write_message(draw, descriptor, 0, max_depth, _Budget(max_messages))


@functools.cache
def _payloads(
    descriptor: Descriptor, max_depth: int, max_messages: int
) -> st.SearchStrategy[bytes]:
    # Built once per type: constructing strategies costs more than drawing.
    return _draw_payload(descriptor, max_depth, max_messages)


def schema_payloads(
    schema: type[PbMessage], *, max_depth: int = 8, max_messages: int = 12
) -> st.SearchStrategy[bytes]:
    """The wire bytes of a message of type ``schema`` (any message class of
    ``livecore.proto.pb``), any of its fields set, at any depth.

    Nested messages go ``max_depth`` levels down at most (8 reaches every
    type of the schema from some method), and one payload holds
    ``max_messages`` nested messages at most (the schema is recursive: a
    ``User`` has top fans, who are users); beyond either, a nested message
    is present but empty. Strings are sometimes not
    UTF-8; fields the schema does not declare come along now and then.
    """
    return _payloads(schema.DESCRIPTOR, max_depth, max_messages)


def schema_messages(
    schema: type[M], *, max_depth: int = 8, max_messages: int = 12
) -> st.SearchStrategy[M]:
    """A parsed message of type ``schema``, drawn as :func:`schema_payloads`
    writes it: change fields, then hand it to :func:`~livecore.testing.messages`.

    A string field whose bytes are not UTF-8 reads as ``bytes`` from the
    protobuf message (livecore's views decode it with replacement characters).
    """
    return schema_payloads(schema, max_depth=max_depth, max_messages=max_messages).map(
        schema.FromString
    )


# ---- by method, and as events ---------------------------------------------------------------

#: Method to its message class, for every method livecore decodes (``SCHEMA_METHODS`` inverted).
SCHEMAS: Final[dict[str, type[PbMessage]]] = {
    method: schema for schema, method in SCHEMA_METHODS.items()
}


def method_payloads(method: str | None = None) -> st.SearchStrategy[RawPayload]:
    """A payload of ``method`` (a key of ``livecore.messages.METHODS``; None:
    any of them) with arbitrary values in any of its fields, as ``RawPayload(method, data)``.

    Hand it to :func:`~livecore.testing.messages` (``of=``) to put it in a
    ``Message``, or to :func:`events` to have the event livecore decodes.
    """
    if method is not None and method not in SCHEMAS:
        raise ValueError(f"livecore has no event for {method!r}; see livecore.messages.METHODS")
    return _method_payloads(method)


@functools.cache
def _method_payloads(method: str | None) -> st.SearchStrategy[RawPayload]:
    if method is None:
        return st.sampled_from(sorted(SCHEMAS)).flatmap(_method_payloads)
    return schema_payloads(SCHEMAS[method]).map(lambda data: RawPayload(method, data))


def _key(message: Any, template: str, draw: st.DrawFn) -> None:
    message.common.display_text.key = draw(random_case(template))


def _barrage(keys: tuple[str, ...]) -> Callable[[Any, st.DrawFn], None]:
    def nudge(message: Any, draw: st.DrawFn) -> None:
        message.content.key = draw(random_case(draw(st.sampled_from(keys))))
        message.common_barrage_content.key = ""

    return nudge


def _superfan_box(message: Any, draw: st.DrawFn) -> None:
    if draw(st.booleans()):
        message.envelope_info.business_type = EnvelopeBusinessType.SUPER_FAN_BOX
    else:
        _key(message, f"{SUPERFAN_BOX_KEY}_notice", draw)


def _action(action: ControlAction) -> Callable[[Any, st.DrawFn], None]:
    return lambda message, draw: setattr(message, "action", action)


_ENDS: Final = st.sampled_from([ControlAction.STREAM_ENDED, ControlAction.STREAM_SUSPENDED])
_Nudge: TypeAlias = Callable[[Any, st.DrawFn], None]

#: The custom events: each one's base method and what makes a message of it
#: match the rule (docs/protocol.md, "Custom events").
CUSTOM_EVENTS: Final[dict[type[MessageEvent[Any]], tuple[str, _Nudge]]] = {
    FollowEvent: (Method.SOCIAL, lambda m, d: _key(m, "pm_mt_guidance_follow", d)),
    ShareEvent: (Method.SOCIAL, lambda m, d: _key(m, "pm_mt_guidance_share", d)),
    SuperFanJoinEvent: (Method.BARRAGE, _barrage((SUPERFAN_JOINED_KEY,))),
    SuperFanEvent: (Method.BARRAGE, _barrage((f"{SUPERFAN_KEY}_becomesuperfan",))),
    SuperFanBoxEvent: (Method.ENVELOPE, _superfan_box),
    LivePauseEvent: (Method.CONTROL, _action(ControlAction.STREAM_PAUSED)),
    LiveUnpauseEvent: (Method.CONTROL, _action(ControlAction.STREAM_UNPAUSED)),
    LiveEndEvent: (Method.CONTROL, lambda m, d: setattr(m, "action", d(_ENDS))),
}
_LIFECYCLE: Final = (LivePauseEvent, LiveUnpauseEvent, LiveEndEvent)


def _decoded(method: str, data: bytes, msg_id: int) -> list[MessageEvent[Any]]:
    out: list[Any] = []
    decode_messages([pb.Message(method=method, payload=data, msg_id=msg_id)], out)
    return out[:-1]  # the method's events: its custom one first, if any; not the envelope


@st.composite
def _events(draw: st.DrawFn, kind: str | type[MessageEvent[Any]] | None) -> MessageEvent[Any]:
    msg_id = draw(IDS)
    if kind is None or isinstance(kind, str):
        payload = draw(method_payloads(kind))
        return _decoded(payload.method, payload.data, msg_id)[0]
    if kind in CUSTOM_EVENTS:
        method, nudge = CUSTOM_EVENTS[kind]
        message = draw(schema_messages(SCHEMAS[method]))
        nudge(message, draw)
        found = _decoded(method, message.SerializeToString(), msg_id)
        if kind in _LIFECYCLE:  # the lifecycle decides these, in a session
            return kind.derived_from(found[0])  # type: ignore[no-any-return]
        return found[0]
    data = draw(schema_payloads(kind.protobuf_type))
    return next(
        e for e in _decoded(SCHEMA_METHODS[kind.protobuf_type], data, msg_id) if type(e) is kind
    )


@overload
def events(kind: type[E]) -> st.SearchStrategy[E]: ...
@overload
def events(kind: str | None = None) -> st.SearchStrategy[MessageEvent[Any]]: ...
def events(kind: str | type[MessageEvent[Any]] | None = None) -> st.SearchStrategy[Any]:
    """The event livecore decodes from a drawn payload, as a handler gets it.

    ``kind`` is a method (any of them when None: the method's event, or its
    custom event when a rule matches), or an event class: any class of
    ``livecore.messages.METHODS``, or a custom one (``FollowEvent``,
    ``ShareEvent``, ``SuperFanEvent``, ``SuperFanJoinEvent``,
    ``SuperFanBoxEvent``, ``LivePauseEvent``, ``LiveUnpauseEvent``,
    ``LiveEndEvent``), whose message is drawn then made to match its rule.
    Events parse lazily, as in a session: reading a field parses the payload.
    """
    if isinstance(kind, str) and kind not in SCHEMAS:
        raise ValueError(f"livecore has no event for {kind!r}; see livecore.messages.METHODS")
    if isinstance(kind, type) and kind not in CUSTOM_EVENTS and kind not in METHODS.values():
        raise ValueError(f"{kind.__name__} is not decoded from a message")
    return _events(kind)
