"""Read-only typed views of protobuf messages: the machinery behind
:mod:`livecore.webcast`.

A view wraps one parsed message and reads its fields by name, converted on
each read: strings as ``str`` (a string that is not valid UTF-8 is decoded
with replacement characters rather than costing the message), enums as the
schema's ``IntEnum`` (an int for a value the schema does not name: TikTok
adds values), nested messages as views, repeated fields as tuples and maps as
dicts. Nothing is copied up front, so a field nobody reads costs nothing.

The classes of :mod:`livecore.webcast` are generated from the schema
(``tools/genviews.py``); each field is one descriptor from this module. The
event classes mix the same fields in, so ``event.user.nickname`` and
``event.fields.user`` read the same message.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, TypeVar, overload

from google.protobuf.empty_pb2 import Empty
from google.protobuf.message import Message as _PbMessage
from google.protobuf.message_factory import GetMessageClass
from google.protobuf.unknown_fields import UnknownFieldSet

__all__ = [
    "Bytes",
    "Enum",
    "Map",
    "Msg",
    "RepeatedEnum",
    "RepeatedMsg",
    "RepeatedScalar",
    "RepeatedStr",
    "Scalar",
    "Str",
    "View",
    "enum_value",
    "same",
    "text",
]


def text(value: str | bytes) -> str:
    """A protobuf string as ``str``, whatever the wire held.

    The schema turns UTF-8 validation off (``livecore/proto``), so a string
    with invalid bytes arrives as ``bytes``; it is decoded with replacement
    characters rather than costing the whole message.
    """
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


T = TypeVar("T")
E = TypeVar("E", bound=enum.IntEnum)
V = TypeVar("V", bound="View")

#: Every generated view class by its schema name, for nested fields (filled
#: by livecore.webcast as it loads; a name resolves on the first read).
TYPES: dict[str, type[View]] = {}


class Fields:
    """A message's fields as attributes: mixed into a :class:`View` or an event,
    each of which supplies ``_pb``, the parsed message."""

    __slots__ = ()
    _pb: Any
    #: The schema's name of the message.
    schema_name: ClassVar[str] = ""
    #: Top-level fields that are plain values (numbers, strings, enums): what
    #: an event without a hand-picked list writes to JSON.
    scalar_fields: ClassVar[tuple[str, ...]] = ()

    def has(self, name: str) -> bool:
        """Whether the message field ``name`` was sent (an unset one reads as
        an empty view)."""
        return bool(self._pb.HasField(name))


class View(Fields):
    """A read-only view of one message; ``View(message)``."""

    __slots__ = ("_pb",)

    def __init__(self, message: _PbMessage) -> None:
        self._pb = message

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, View) or other.schema_name != self.schema_name:
            return NotImplemented
        return bool(self._pb == other._pb)

    def __hash__(self) -> int:
        return hash((self.schema_name, self._pb.SerializeToString(deterministic=True)))

    def __repr__(self) -> str:
        shown = []
        for name in self.scalar_fields[:6]:
            value = getattr(self, name)
            if value:
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_protobuf(self) -> _PbMessage:
        """The message itself (shared, not copied: do not change it)."""
        return self._pb  # type: ignore[no-any-return]


def enum_value(kind: type[E], value: int) -> E | int:
    """``value`` as a member of ``kind``, or as the int when the schema has no name for it."""
    try:
        return kind(value)
    except ValueError:
        return value


class _Field(Generic[T]):
    """A descriptor reading one field of ``owner_instance._pb`` by name."""

    __slots__ = ("name",)

    def __init__(self) -> None:
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> _Field[T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...
    def __get__(self, obj: object | None, owner: type) -> T | _Field[T]:
        if obj is None:
            return self
        return self.read(getattr(obj._pb, self.name))  # type: ignore[attr-defined]

    def read(self, raw: Any) -> T:
        return raw  # type: ignore[no-any-return]


class Scalar(_Field[T]):
    """A number or a bool, as the message holds it."""

    __slots__ = ()


class Str(_Field[str]):
    """A string (never raises on bad UTF-8)."""

    __slots__ = ()

    def read(self, raw: Any) -> str:
        return text(raw)


class Bytes(_Field[bytes]):
    __slots__ = ()

    def read(self, raw: Any) -> bytes:
        return bytes(raw)


class Enum(_Field["E | int"], Generic[E]):
    """An enum: a member of the schema's IntEnum, or an int it does not name."""

    __slots__ = ("kind",)

    def __init__(self, kind: type[E]) -> None:
        super().__init__()
        self.kind = kind

    def read(self, raw: Any) -> E | int:
        return enum_value(self.kind, raw)


class _Nested(Generic[V]):
    """Resolves a view class by schema name on first use (the schema is cyclic)."""

    __slots__ = ("_cls", "type_name")

    def __init__(self, type_name: str) -> None:
        self.type_name = type_name
        self._cls: type[V] | None = None

    def cls(self) -> type[V]:
        found = self._cls
        if found is None:
            found = self._cls = TYPES[self.type_name]  # type: ignore[assignment]
        return found  # type: ignore[return-value]


class Msg(_Field[V]):
    """A nested message, as a view (an unset one reads as an empty view)."""

    __slots__ = ("nested",)

    def __init__(self, type_name: str) -> None:
        super().__init__()
        self.nested: _Nested[V] = _Nested(type_name)

    def read(self, raw: Any) -> V:
        return self.nested.cls()(raw)


class RepeatedScalar(_Field[tuple[T, ...]]):
    __slots__ = ()

    def read(self, raw: Any) -> tuple[T, ...]:
        return tuple(raw)


class RepeatedStr(_Field[tuple[str, ...]]):
    __slots__ = ()

    def read(self, raw: Any) -> tuple[str, ...]:
        return tuple(text(item) for item in raw)


class RepeatedEnum(_Field["tuple[E | int, ...]"], Generic[E]):
    __slots__ = ("kind",)

    def __init__(self, kind: type[E]) -> None:
        super().__init__()
        self.kind = kind

    def read(self, raw: Any) -> tuple[E | int, ...]:
        return tuple(enum_value(self.kind, item) for item in raw)


class RepeatedMsg(_Field[tuple[V, ...]]):
    __slots__ = ("nested",)

    def __init__(self, type_name: str) -> None:
        super().__init__()
        self.nested: _Nested[V] = _Nested(type_name)

    def read(self, raw: Any) -> tuple[V, ...]:
        cls = self.nested.cls()
        return tuple(cls(item) for item in raw)


class Map(_Field[dict[Any, Any]]):
    """A map, as a dict; string keys and values decoded, message values as views."""

    __slots__ = ("key", "value")

    def __init__(self, key: Callable[[Any], Any], value: Callable[[Any], Any] | str) -> None:
        super().__init__()
        self.key = key
        self.value = _lazy_view(value) if isinstance(value, str) else value

    def __get__(self, obj: object | None, owner: type) -> Any:
        if obj is None:
            return self
        parent = obj._pb  # type: ignore[attr-defined]
        try:
            return self.read(getattr(parent, self.name))
        except UnicodeDecodeError:
            # protobuf decodes a map's string keys as it iterates, whatever the
            # schema says of UTF-8: read the entries one by one instead.
            return self._lenient(parent)

    def read(self, raw: Mapping[Any, Any]) -> dict[Any, Any]:
        key, value = self.key, self.value
        return {key(k): value(v) for k, v in raw.items()}

    def _lenient(self, parent: _PbMessage) -> dict[Any, Any]:
        """The map from the parent's wire bytes: each entry parsed as a message of
        its own, where a key that is not valid UTF-8 arrives as bytes and is
        decoded with replacement characters, as every string of a view is.
        (The parent's bytes parsed as an empty message leave every field
        unknown, so protobuf itself splits them into entries.)"""
        field: Any = parent.DESCRIPTOR.fields_by_name[self.name]
        entry_class = GetMessageClass(field.message_type)  # a map's entries are messages
        out: dict[Any, Any] = {}
        unknowns: Any = UnknownFieldSet(Empty.FromString(parent.SerializeToString()))
        for unknown in unknowns:
            if unknown.field_number == field.number:
                entry = entry_class.FromString(unknown.data)
                out[self.key(entry.key)] = self.value(entry.value)  # type: ignore[attr-defined]
        return out


def _lazy_view(type_name: str) -> Callable[[Any], View]:
    nested: _Nested[View] = _Nested(type_name)

    def make(message: Any) -> View:
        return nested.cls()(message)

    return make


def same(value: Any) -> Any:
    """A map key or value taken as the message holds it."""
    return value
