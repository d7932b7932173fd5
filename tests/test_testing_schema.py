"""livecore.testing covers every method and every field: a payload drawn for any
of the 62 methods comes out of a real Connection as that method's event (or its
custom event), and every field of it, at every depth, reads without error and
as the type the schema promises."""

from __future__ import annotations

import enum
import json
import random
from typing import Any

import pytest
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livecore import ConnectEvent, Connection
from livecore import testing as lt
from livecore.events import MessageEvent, WebsocketResponseEvent
from livecore.frames import encode_msg_frame
from livecore.messages import METHODS
from livecore.proto import pb
from livecore.protocol import decode_varint
from livecore.views import View

_T = FieldDescriptor
# What a view gives for each field type (bool before int: bool is an int).
_READS_AS: dict[int, type | tuple[type, ...]] = {
    _T.TYPE_STRING: str,
    _T.TYPE_BYTES: bytes,
    _T.TYPE_BOOL: bool,
    _T.TYPE_FLOAT: float,
    _T.TYPE_DOUBLE: float,
    _T.TYPE_ENUM: int,
    _T.TYPE_MESSAGE: View,
}
# Derandomized, so that "every field was drawn" is a fact of the strategy, not
# of a lucky run; the tests below the per-method one draw at random.
PER_METHOD = settings(
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def read_everything(view: View) -> int:
    """Read every field of ``view``, and of every view under it; check each
    value's type against the schema. Returns how many values were read."""
    descriptor: Descriptor = view.to_protobuf().DESCRIPTOR
    count = 1
    for field in descriptor.fields:
        value = getattr(view, field.name)
        entry = field.message_type
        if entry is not None and entry.GetOptions().map_entry:
            assert isinstance(value, dict), field.full_name
            key_field, value_field = entry.fields_by_name["key"], entry.fields_by_name["value"]
            for key, item in value.items():
                count += _read_one(key_field, key) + _read_one(value_field, item)
        elif field.is_repeated:
            assert isinstance(value, tuple), field.full_name
            count += sum(_read_one(field, item) for item in value)
        else:
            count += _read_one(field, value)
    return count


def _read_one(field: FieldDescriptor, value: Any) -> int:
    assert isinstance(value, _READS_AS.get(field.type, int)), (field.full_name, value)
    if field.type == _T.TYPE_ENUM:
        assert isinstance(value, enum.IntEnum) or type(value) is int
    if isinstance(value, View):
        return read_everything(value)
    return 1


def read_conveniences(event: MessageEvent[Any]) -> None:
    """Every public attribute of the event's class: the schema's fields under
    their names, and the helpers (``value``, ``winners``, ``options``...)."""
    for name in dir(type(event)):
        if not name.startswith("_") and not callable(getattr(type(event), name)):
            getattr(event, name)
    json.dumps(event.to_dict())  # what a CLI or a log writes
    repr(event)


def _decoded(method: str, data: bytes, msg_id: int) -> list[Any]:
    """The events a live Connection gives for one Message."""
    connection = Connection(rng=random.Random(0))
    message = pb.Message(method=method, payload=data, msg_id=msg_id)
    connection.receive_data(encode_msg_frame(pb.FetchResult(messages=[message])))
    return [e for e in connection.events() if not isinstance(e, ConnectEvent)]


def top_level_numbers(data: bytes) -> set[int]:
    """The field numbers a payload writes at its top level, whatever their values."""
    numbers, pos = set(), 0
    while pos < len(data):
        key, pos = decode_varint(data, pos)
        numbers.add(key >> 3)
        wire_type = key & 7
        if wire_type == 0:
            pos = decode_varint(data, pos)[1]
        elif wire_type == 2:
            size, pos = decode_varint(data, pos)
            pos += size
        else:
            pos += 8 if wire_type == 1 else 4
    return numbers


@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_method_decodes_to_its_event_and_every_field_reads(method: str) -> None:
    seen: set[int] = set()
    base = METHODS[method]

    @PER_METHOD
    @given(lt.method_payloads(method), st.integers(1, 2**63 - 1))
    def check(payload: lt.RawPayload, msg_id: int) -> None:
        assert payload.method == method
        seen.update(top_level_numbers(payload.data))
        events = _decoded(method, payload.data, msg_id)
        assert isinstance(events[-1], WebsocketResponseEvent)
        main = events[-2]
        assert type(main) is base  # the method's own event, after its custom one if any
        assert all(isinstance(e, base) for e in events[:-1])
        assert {e.msg_id for e in events} == {msg_id}
        for event in events[:-1]:
            assert read_everything(event.fields) >= 1
            read_conveniences(event)

    check()
    # Every field of the method's message was drawn at least once (its values
    # are free: zero, empty, unknown enum values, strings that are not UTF-8).
    declared = {field.number for field in base.protobuf_type.DESCRIPTOR.fields}
    assert declared <= seen, sorted(declared - seen)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(lt.CUSTOM_EVENTS, key=lambda c: c.__name__)).flatmap(
        lambda cls: st.tuples(st.just(cls), lt.events(cls))
    )
)
def test_events_of_a_custom_class_are_of_that_class(drawn: tuple[type, Any]) -> None:
    cls, event = drawn
    assert type(event) is cls
    read_everything(event.fields)
    read_conveniences(event)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lt.events())
def test_any_event_reads_through(event: MessageEvent[Any]) -> None:
    assert isinstance(event, tuple(METHODS.values()))
    read_everything(event.fields)
    read_conveniences(event)


@settings(max_examples=50, deadline=None)
@given(lt.messages(of=lt.schema_messages(pb.WebcastPollMessage)))
def test_a_schema_message_goes_in_a_message_with_its_method_and_id(message: pb.Message) -> None:
    poll = pb.WebcastPollMessage.FromString(message.payload)
    assert message.method == poll.common.method == "WebcastPollMessage"
    assert poll.common.msg_id == message.msg_id


def test_unknown_methods_are_none_of_the_62() -> None:
    @settings(max_examples=200, database=None)
    @given(lt.unknown_methods())
    def check(method: str) -> None:
        assert method not in METHODS

    check()


def test_strategies_refuse_what_livecore_does_not_decode() -> None:
    with pytest.raises(ValueError, match="no event"):
        lt.method_payloads("WebcastNoSuchMessage")
    with pytest.raises(ValueError, match="no event"):
        lt.events("WebcastNoSuchMessage")
    with pytest.raises(ValueError, match="not decoded"):
        lt.events(WebsocketResponseEvent)  # type: ignore[arg-type]


def _ld(number: int, body: bytes) -> bytes:
    return bytes([number << 3 | 2, len(body)]) + body


def test_a_map_key_that_is_not_utf8_reads_with_replacement() -> None:
    # WebcastBarrageMessage.event (2) -> BarrageEvent.params (2): {b"\x80": "a"}
    data = _ld(2, _ld(2, _ld(1, b"\x80") + _ld(2, b"a")))
    [event, _] = _decoded("WebcastBarrageMessage", data, 1)
    assert event.event.params == {"\ufffd": "a"}
    # ...and the other entries of the same map read as they are.
    data = _ld(2, _ld(2, _ld(1, b"ok") + _ld(2, b"b")) + _ld(2, _ld(1, b"\xff") + _ld(2, b"c")))
    [event, _] = _decoded("WebcastBarrageMessage", data, 2)
    assert event.event.params == {"ok": "b", "\ufffd": "c"}


def test_the_default_depth_reaches_every_type_of_the_schema() -> None:
    """Every message type under any method is at most ``max_depth`` (8) levels
    down from some method, so every field of the schema can be drawn."""
    depth: dict[str, int] = {}
    for cls in METHODS.values():
        frontier, level = [cls.protobuf_type.DESCRIPTOR], 0
        seen = {frontier[0].full_name}
        while frontier:
            for descriptor in frontier:
                depth[descriptor.full_name] = min(depth.get(descriptor.full_name, level), level)
            below = []
            for descriptor in frontier:
                for field in descriptor.fields:
                    nested = field.message_type
                    if nested is not None and nested.full_name not in seen:
                        seen.add(nested.full_name)
                        below.append(nested)
            frontier, level = below, level + 1
    assert len(depth) > 500  # the whole schema, map entries included
    deepest = max(depth.values())
    assert deepest <= 8, [name for name, d in depth.items() if d == deepest]
