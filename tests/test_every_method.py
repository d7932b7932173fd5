"""Every Webcast method, every field, every depth: what is written reads back.

For each of the 62 methods, a message with arbitrary values in every field
of its table (tests/fixtures/webcast_fields.json) is written by the
encoder of ``tests/reference_codec.py``, which shares no code with livecore's generated
schema, and fed to a ``Connection`` as a server frame. The method must give
its named event class, and every field written must read back, by its
schema name, from the event and from the views below it, at every depth.

How deep: every message type the table lists under a method is filled in
completely at its first place in a breadth-first walk from the method's
message (so ``User`` is filled once, wherever it is nearest the top). At
the other places a type occurs (the schema is cyclic: ``User`` holds
``Text`` holds ``User``) it is written present and empty, which still checks
that the field holds that type. Types whose fields the table does not give
are written with content of their own, which livecore must skip.

Where a convenience of livecore's has a schema field's name (docs/events.md,
"the convenience wins"), the field is read from ``event.fields``; any other
attribute that is not the schema's field fails the test.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections import deque
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from reference_codec import ld, vi, write_message

from livecore import ConnectEvent, Connection, MessageEvent, WebsocketResponseEvent, views
from livecore import events as events_module
from livecore.messages import METHODS
from livecore.protocol import SUPERFAN_BOX_KEY, SUPERFAN_JOINED_KEY, SUPERFAN_KEY, Method
from livecore.views import View

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "webcast_fields.json"
TABLE: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
#: Every message type: its fields; the types the table gives no fields for are empty.
SCHEMA: dict[str, list[dict[str, Any]]] = {
    **TABLE["messages"],
    **{name: [] for name in TABLE["not_listed"]},
}
NOT_LISTED = frozenset(TABLE["not_listed"])
ENUMS: dict[str, dict[str, int]] = TABLE["enums"]
ROWS: list[dict[str, str]] = TABLE["methods"]

#: Conveniences of livecore's that take a schema field's name (docs/events.md,
#: "the convenience wins"): the field reads from ``event.fields``. "*" is
#: every message event.
SHADOWED = {
    ("*", "method"),
    ("*", "room_id"),
    ("JoinEvent", "user_id"),
    ("GiftEvent", "repeat_end"),
}

#: Template keys the custom-event rules look for, so that follows, shares and
#: super-fan banners and boxes come up beside the plain events.
RULE_KEYS = (
    "pm_main_follow_message_viewer_2",
    "pm_mt_guidance_share",
    SUPERFAN_KEY + "_becomesuperfan",
    SUPERFAN_JOINED_KEY,
    SUPERFAN_BOX_KEY + "_sent",
    "pm_mt_plain_notice",
)

# ---- the plan: where each type is filled in -------------------------------------------


def _child_type(spec: Mapping[str, Any]) -> str | None:
    """The message type a field holds (a map's value type for a map), if any."""
    if "message" in spec:
        return str(spec["message"])
    value = spec.get("map", {}).get("value_message")
    return None if value is None else str(value)


@cache
def full_places(root: str) -> frozenset[tuple[str, ...]]:
    """The paths (field names from ``root``) where each type reachable from
    ``root`` is filled in completely: its first place, breadth first."""
    filled = {root}
    places = {()}
    queue: deque[tuple[tuple[str, ...], str]] = deque([((), root)])
    while queue:
        path, name = queue.popleft()
        for spec in SCHEMA[name]:
            child = _child_type(spec)
            if child is None or child in filled:
                continue
            filled.add(child)
            places.add((*path, spec["name"]))
            queue.append(((*path, spec["name"]), child))
    return frozenset(places)


# ---- the strategies ----------------------------------------------------------------

_INTS = {
    "int32": (-(2**31), 2**31 - 1),
    "sint32": (-(2**31), 2**31 - 1),
    "sfixed32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "sint64": (-(2**63), 2**63 - 1),
    "sfixed64": (-(2**63), 2**63 - 1),
    "uint32": (0, 2**32 - 1),
    "fixed32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
    "fixed64": (0, 2**64 - 1),
}


def scalars(kind: str, name: str = "") -> st.SearchStrategy[Any]:
    """Any value of a scalar kind. Text is any valid Unicode (livecore's views
    decode strings; invalid UTF-8 would read back with U+FFFD, by design)."""
    if kind in _INTS:
        low, high = _INTS[kind]
        return st.integers(low, high)
    if kind == "bool":
        return st.booleans()
    if kind == "float":
        return st.floats(width=32)
    if kind == "double":
        return st.floats()
    if kind == "bytes":
        return st.binary(max_size=6)
    assert kind == "string", kind
    if name == "key":  # a template key: sometimes one a custom-event rule matches
        return st.one_of(st.sampled_from(RULE_KEYS), st.text(max_size=6))
    return st.text(max_size=6)


@cache
def enums(name: str) -> st.SearchStrategy[int]:
    """A value the enum names, or one it does not (the enums are open: TikTok adds
    values), down to the int32 bounds."""
    named = sorted(set(ENUMS[name].values()))
    unnamed = [-(2**31), -1, max(named) + 1, 2**31 - 1]
    return st.sampled_from([*named, *(v for v in unnamed if v not in named)])


def _leaf(spec: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """A value for one element of a non-message field."""
    if "enum" in spec:
        return enums(spec["enum"])
    return scalars(spec["type"], spec["name"])


#: What a type whose fields are not known holds: nothing, or fields livecore must skip.
UNKNOWN_BODIES = st.sampled_from(
    [b"", vi(1, 2**64 - 1) + ld(2, b"\xff\x00"), ld(15, vi(1, 1)) + vi(3, 0)]
)


def _shallow(name: str) -> st.SearchStrategy[Any]:
    """A type away from its first place (where it is filled in): present but empty."""
    return UNKNOWN_BODIES if name in NOT_LISTED else st.just({})


def _field(root: str, path: tuple[str, ...], spec: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Values for one field of a type at its first place: messages at their own
    first place filled in, the others empty; a repeated or map field of a type
    filled in here has at least one element."""
    child = _child_type(spec)
    if child is None:
        if "map" in spec:
            value = _leaf({"type": spec["map"]["value"], "name": ""})
            return st.dictionaries(scalars(spec["map"]["key"]), value, max_size=2)
        if spec.get("repeated"):
            return st.lists(_leaf(spec), max_size=3)
        return _leaf(spec)
    here = (*path, spec["name"])
    full = here in full_places(root)
    one = message_values(root, here, child) if full else _shallow(child)
    if "map" in spec:
        keys = scalars(spec["map"]["key"])
        if not full:
            return st.dictionaries(keys, one, max_size=1)
        return st.tuples(keys, one).map(lambda kv: {kv[0]: kv[1]})
    if spec.get("repeated"):
        if not full:
            return st.lists(one, max_size=1)
        return st.tuples(one, st.lists(_shallow(child), max_size=1)).map(lambda f: [f[0], *f[1]])
    return one


def message_values(root: str, path: tuple[str, ...], name: str) -> st.SearchStrategy[Any]:
    """Every field of ``name``, at its first place under ``root`` (``path``)."""
    if name in NOT_LISTED:
        return UNKNOWN_BODIES
    names = [spec["name"] for spec in SCHEMA[name]]
    # A tuple, mapped to a dict: fixed_dictionaries would also draw an order for the keys.
    values = st.tuples(*(_field(root, path, spec) for spec in SCHEMA[name]))
    return values.map(lambda drawn: dict(zip(names, drawn, strict=True)))


@cache
def method_messages(message: str) -> st.SearchStrategy[Any]:
    return message_values(message, (), message)


# ---- the wire: a server frame around one message ----------------------------------


def push_frame(method: str, payload: bytes, msg_id: int) -> bytes:
    message = ld(1, method.encode()) + ld(2, payload) + vi(3, msg_id)
    fetch_result = ld(1, message)
    return ld(7, b"msg") + ld(8, fetch_result)  # PushFrame.payload_type, .payload


def decode(method: str, payload: bytes, validate: bool) -> list[Any]:
    """The events one message gives a fresh connection (ConnectEvent aside)."""
    conn = Connection(unique_id="someone", room_id=7, validate=validate)
    conn.receive_data(push_frame(method, payload, msg_id=1))
    got = conn.events()
    assert isinstance(got[0], ConnectEvent)
    return got[1:]


# ---- reading back ---------------------------------------------------------------

#: What livecore.views makes of a schema field (anything else is a convenience).
FIELD_DESCRIPTORS = (
    views.Scalar,
    views.Str,
    views.Bytes,
    views.Enum,
    views.Msg,
    views.RepeatedScalar,
    views.RepeatedStr,
    views.RepeatedEnum,
    views.RepeatedMsg,
    views.Map,
)


def _defined_by(obj: object, name: str) -> object:
    """The class attribute that ``obj.name`` finds."""
    for cls in type(obj).__mro__:
        if name in cls.__dict__:
            return cls.__dict__[name]
    raise AssertionError(f"{type(obj).__name__} has no attribute {name!r}")


def read(obj: Any, name: str, event_class: str) -> Any:
    """The schema field ``name`` of an event or a view, by its name; through
    ``fields`` only where docs/events.md says a convenience has the name."""
    found = _defined_by(obj, name)
    if isinstance(found, FIELD_DESCRIPTORS):
        return getattr(obj, name)
    shadowed = ("*", name) in SHADOWED or (event_class, name) in SHADOWED
    assert isinstance(obj, MessageEvent) and shadowed, (
        f"{type(obj).__name__}.{name} is not the schema's field, and no documented convenience"
    )
    return getattr(obj.fields, name)


def same_scalar(got: Any, written: Any, where: str) -> None:
    if isinstance(written, float):
        assert isinstance(got, float), where
        assert got == written or (math.isnan(got) and math.isnan(written)), where
    else:
        assert type(got) is type(written), (where, got, written)
        assert got == written, (where, got, written)


def enum_prefix(enum_name: str) -> str:
    """``TimerDetailAuditStatus`` -> ``TIMER_DETAIL_AUDIT_STATUS_``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", enum_name).upper() + "_"


def same_enum(got: Any, written: int, enum_name: str, where: str) -> None:
    assert isinstance(got, int) and got == written, (where, got, written)
    names = [n for n, v in ENUMS[enum_name].items() if v == written]
    if names:  # a value the schema names reads as its member, its enum's prefix dropped
        assert isinstance(got, enum.IntEnum), (where, got)
        short = {n.removeprefix(enum_prefix(enum_name)) for n in names}
        assert got.name in {*names, *short}, (where, got, names)


def same_value(spec: Mapping[str, Any], got: Any, written: Any, where: str) -> None:
    """One element (or the whole of a singular field)."""
    child = _child_type(spec)
    if child is not None:
        assert isinstance(got, View) and got.schema_name == child, (where, got)
        if isinstance(written, Mapping):
            same_message(got, child, written, where, "")
    elif "enum" in spec:
        same_enum(got, written, spec["enum"], where)
    else:
        same_scalar(got, written, where)


def same_field(spec: Mapping[str, Any], got: Any, written: Any, where: str) -> None:
    if "map" in spec:
        assert isinstance(got, Mapping), where
        assert set(got) == set(written), (where, got, written)
        value = {k: v for k, v in spec["map"].items() if k != "key"}
        value_spec = (
            {"type": value["value"]} if "value" in value else {"message": value["value_message"]}
        )
        for key, item in written.items():
            same_value(value_spec, got[key], item, f"{where}[{key!r}]")
    elif spec.get("repeated"):
        assert isinstance(got, Sequence) and len(got) == len(written), (where, got, written)
        for i, (one, item) in enumerate(zip(got, written, strict=True)):
            same_value(spec, one, item, f"{where}[{i}]")
    else:
        same_value(spec, got, written, where)


def same_message(
    obj: Any, name: str, written: Mapping[str, Any], where: str, event_class: str
) -> None:
    """Every field of ``written`` reads back from ``obj`` (an event or a view)."""
    specs = {spec["name"]: spec for spec in SCHEMA[name]}
    for field, value in written.items():
        spec = specs[field]
        here = f"{where}.{field}"
        if _child_type(spec) is not None and "map" not in spec and not spec.get("repeated"):
            holder = obj.fields if isinstance(obj, MessageEvent) else obj
            assert holder.has(field), f"{here} was written but reads as unset"
        same_field(spec, read(obj, field, event_class), value, here)


# ---- the tests ------------------------------------------------------------------


def test_the_table_names_every_method_livecore_decodes_and_its_class() -> None:
    table = {row["method"]: row["event"] for row in ROWS}
    assert len(table) == len(ROWS) == 62
    assert set(table) == set(METHODS) == {m.value for m in Method}
    assert {method: cls.__name__ for method, cls in METHODS.items()} == table
    for row in ROWS:
        assert row["message"] == row["method"]  # each method's message type has its name
        assert getattr(events_module, row["event"]) is METHODS[row["method"]]


@pytest.mark.parametrize("row", ROWS, ids=[row["method"] for row in ROWS])
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # Explaining a failure varies each of hundreds of fields in turn: minutes.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
)
@given(data=st.data())
def test_every_field_of_every_method_reads_back(row: dict[str, str], data: st.DataObject) -> None:
    method, name, event_class = row["method"], row["message"], row["event"]
    written = data.draw(method_messages(name), label=name)
    packed = data.draw(st.booleans(), label="packed")
    payload = write_message(SCHEMA, name, written, packed=packed)

    got = decode(method, payload, validate=data.draw(st.booleans(), label="validate"))

    # [custom event], the method's event, WebsocketResponseEvent (docs/events.md).
    assert type(got[-1]) is WebsocketResponseEvent and got[-1].method == method
    *customs, own = got[:-1]
    assert type(own).__name__ == event_class, [type(e).__name__ for e in got]
    assert type(own) is METHODS[method]
    assert len(customs) <= 1
    for custom in customs:  # the same message, as a more specific class
        assert issubclass(type(custom), type(own)) and type(custom) is not type(own)
    event(" ".join(type(e).__name__ for e in got[:-1]))  # see --hypothesis-show-statistics
    for one in (*customs, own):
        assert one.raw == payload and one.method == method
        same_message(one, name, written, type(one).__name__, event_class)
        as_json = one.to_dict()
        assert as_json["type"] == type(one).__name__ and as_json["msg_id"] == 1
