"""The proto types of both schemas: betterproto2's kinds (TikTokLive's) and protobuf's (livecore's).

Part of the schema check (``schema_check.py``, run by ``make interop`` in
``.venv-interop``): the drawer and the comparer name field kinds as
betterproto2 does, and read livecore's descriptors through these tables.
"""

from __future__ import annotations

from typing import Any

import betterproto2

# ---- the proto types of both schemas ------------------------------------------------

T = betterproto2
SIGNED = {
    T.TYPE_INT32: 32,
    T.TYPE_SINT32: 32,
    T.TYPE_SFIXED32: 32,
    T.TYPE_INT64: 64,
    T.TYPE_SINT64: 64,
    T.TYPE_SFIXED64: 64,
}
UNSIGNED = {T.TYPE_UINT32: 32, T.TYPE_FIXED32: 32, T.TYPE_UINT64: 64, T.TYPE_FIXED64: 64}

#: protobuf's FieldDescriptor.type numbers, by betterproto2's type names.
PB_TYPE = {
    "double": 1,
    "float": 2,
    "int64": 3,
    "uint64": 4,
    "int32": 5,
    "fixed64": 6,
    "fixed32": 7,
    "bool": 8,
    "string": 9,
    "message": 11,
    "bytes": 12,
    "uint32": 13,
    "enum": 14,
    "sfixed32": 15,
    "sfixed64": 16,
    "sint32": 17,
    "sint64": 18,
}
PB_NAME = {number: name for name, number in PB_TYPE.items()} | {10: "group"}
WIRE = {"double": 1, "fixed64": 1, "sfixed64": 1, "float": 5, "fixed32": 5, "sfixed32": 5}
WIRE |= {"string": 2, "bytes": 2, "message": 2, "map": 2}


def wire_type(name: str) -> int:
    return WIRE.get(name, 0)


def lc_type_name(field: Any) -> str:
    """A livecore field's type as betterproto2 names it (``map`` for a map)."""
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        return "map"
    return PB_NAME[field.type]
