"""Test helpers that share no code with livecore: a protobuf wire reader and
writer of our own (so tests can check and forge bytes our schema would not
write), a writer of whole messages from a schema given as data (the Webcast
tables of tests/fixtures/webcast_fields.json), and a loader for the scripts
in tools/."""

from __future__ import annotations

import importlib.util
import struct
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def load_tool(name: str) -> ModuleType:
    """Import tools/NAME.py (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(f"_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- writing -------------------------------------------------------------------------


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def tag(number: int, wire_type: int) -> bytes:
    return varint(number << 3 | wire_type)


def ld(number: int, body: bytes) -> bytes:
    """A length-delimited field (string, bytes or sub-message)."""
    return tag(number, 2) + varint(len(body)) + body


def vi(number: int, value: int) -> bytes:
    """A varint field."""
    return tag(number, 0) + varint(value)


# ---- reading -------------------------------------------------------------------------


def read_varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def wire_fields(data: bytes) -> dict[int, list[int | bytes]]:
    """Every top-level field of a protobuf message: varints as int, LEN as bytes."""
    out: dict[int, list[int | bytes]] = {}
    pos = 0
    while pos < len(data):
        key, pos = read_varint(data, pos)
        number, wire_type = key >> 3, key & 7
        value: int | bytes
        if wire_type == 0:
            value, pos = read_varint(data, pos)
        elif wire_type == 2:
            size, pos = read_varint(data, pos)
            value = data[pos : pos + size]
            assert len(value) == size, "truncated field"
            pos += size
        else:
            raise AssertionError(f"unexpected wire type {wire_type} for field {number}")
        out.setdefault(number, []).append(value)
    return out


# ---- writing from a schema -----------------------------------------------------------
#
# A message described as data (tests/fixtures/webcast_fields.json): for each
# message type, its fields, each a dict with "number", "name", and one of
# "type" (a scalar kind), "message" (a message type), "enum" (an enum's name)
# or "map" ({"key": kind, "value": kind} or {"key": kind, "value_message":
# type}); "repeated": true for a repeated field. A value is a dict of field
# name to value: ints, floats, bools, str, bytes; a list for a repeated field,
# a dict for a map or a nested message. A nested message given as bytes is
# written as its body, byte for byte (a type whose fields are not known, or a
# forged body).

FieldSpec = Mapping[str, Any]
Schema = Mapping[str, Sequence[FieldSpec]]

_VARINT_KINDS = frozenset({"int32", "int64", "uint32", "uint64", "bool", "enum"})
_ZIGZAG_KINDS = frozenset({"sint32", "sint64"})
_FIXED32 = {"fixed32": "<I", "sfixed32": "<i", "float": "<f"}
_FIXED64 = {"fixed64": "<Q", "sfixed64": "<q", "double": "<d"}
_LEN_KINDS = frozenset({"string", "bytes"})


def zigzag(value: int) -> int:
    """A sint32/sint64 as its varint: 0, -1, 1, -2 ... as 0, 1, 2, 3 ..."""
    return (value << 1) ^ (value >> 63)


def scalar_body(kind: str, value: Any) -> tuple[int, bytes]:
    """A scalar of ``kind`` as (wire type, bytes after the tag)."""
    if kind in _VARINT_KINDS:
        # Negative int32/int64/enums go out as their 64-bit two's complement (10 bytes).
        return 0, varint(int(value) & 0xFFFF_FFFF_FFFF_FFFF)
    if kind in _ZIGZAG_KINDS:
        return 0, varint(zigzag(value))
    if kind in _FIXED32:
        return 5, struct.pack(_FIXED32[kind], value)
    if kind in _FIXED64:
        return 1, struct.pack(_FIXED64[kind], value)
    if kind in _LEN_KINDS:
        data = value.encode("utf-8") if isinstance(value, str) else bytes(value)
        return 2, varint(len(data)) + data
    raise AssertionError(f"not a scalar kind: {kind}")


def _kind(spec: FieldSpec) -> str:
    """The scalar kind of a field that is not a message or a map (enums are varints)."""
    return "enum" if "enum" in spec else str(spec["type"])


def _one(schema: Schema, spec: FieldSpec, value: Any, packed: bool) -> bytes:
    """One occurrence of a singular field (or one element of a repeated one)."""
    number = spec["number"]
    if "message" in spec:
        return ld(number, write_message(schema, spec["message"], value, packed=packed))
    wire_type, body = scalar_body(_kind(spec), value)
    return tag(number, wire_type) + body


def _map_entry(schema: Schema, spec: FieldSpec, key: Any, value: Any, packed: bool) -> bytes:
    kinds = spec["map"]
    key_spec = {"number": 1, "type": kinds["key"]}
    if "value_message" in kinds:
        value_spec: FieldSpec = {"number": 2, "message": kinds["value_message"]}
    else:
        value_spec = {"number": 2, "type": kinds["value"]}
    entry = _one(schema, key_spec, key, packed) + _one(schema, value_spec, value, packed)
    return ld(spec["number"], entry)


def write_field(schema: Schema, spec: FieldSpec, value: Any, *, packed: bool = True) -> bytes:
    """Every occurrence of one field on the wire: a map as one entry message per
    key (key = 1, value = 2), a repeated number as one packed run or one tag per
    element (``packed``; proto3 parsers take both), other repeated fields one
    tag per element."""
    if "map" in spec:
        return b"".join(_map_entry(schema, spec, k, v, packed) for k, v in value.items())
    if not spec.get("repeated"):
        return _one(schema, spec, value, packed)
    if packed and "message" not in spec and _kind(spec) not in _LEN_KINDS:
        run = b"".join(scalar_body(_kind(spec), item)[1] for item in value)
        return ld(spec["number"], run)
    return b"".join(_one(schema, spec, item, packed) for item in value)


def write_message(
    schema: Schema, name: str, value: Mapping[str, Any] | bytes, *, packed: bool = True
) -> bytes:
    """The body of message type ``name`` holding ``value`` (field name to value;
    fields left out are not written), in the order of ``value``."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    specs = {spec["name"]: spec for spec in schema[name]}
    out = bytearray()
    for field, item in value.items():
        out += write_field(schema, specs[field], item, packed=packed)
    return bytes(out)
