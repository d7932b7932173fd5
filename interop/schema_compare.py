"""What livecore read against what TikTokLive encoded, for the schema check (``schema_check.py``).

A :class:`Comparer` walks TikTokLive's parsed message and livecore's event
side by side, field by field and by name, and both schemas type by type
without values; a :class:`Report` collects every difference, grouped, with
the depth livecore does not type, the enum values it does not name and the
``deprecated*`` fields it leaves out.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from schema_kinds import PB_NAME, SIGNED, UNSIGNED, T, lc_type_name, wire_type

from livecore.views import View, _Field

# ---- comparing what livecore read with what TikTokLive encoded ----------------------


@dataclasses.dataclass
class Finding:
    """One kind of difference at one place, with the first example and how often."""

    expected: str
    got: str
    count: int = 0
    methods: set[str] = dataclasses.field(default_factory=set)
    example: str = ""
    paths: set[str] = dataclasses.field(default_factory=set)

    def where(self, limit: int = 3) -> str:
        """The places it was found, a few of them."""
        shown = sorted(self.paths)
        more = f" (+{len(shown) - limit})" if len(shown) > limit else ""
        return ", ".join(shown[:limit]) + more


def shown(value: Any, limit: int = 60) -> str:
    if isinstance(value, View):
        text = f"<{type(value).__name__} view>"
    elif isinstance(value, enum.Enum):
        text = f"{type(value).__name__}.{value.name}={int(value)}"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def norm(path: str) -> str:
    """A field path without its indices and keys: ``a.b[2].c`` -> ``a.b[].c``."""
    return re.sub(r"\{[^}]*\}", "{}", re.sub(r"\[\d+\]", "[]", path))


class Report:
    """Every difference found, grouped, and the depth livecore does not type."""

    def __init__(self) -> None:
        #: (method, field path, what) -> value differences
        self.values: dict[tuple[str, str, str], Finding] = {}
        #: (livecore type, field) -> fields livecore lacks or types otherwise
        self.schema: dict[tuple[str, str, str], Finding] = {}
        #: livecore's empty type -> (TikTokLive type, its field count, positions)
        self.untyped: dict[str, tuple[str, int, set[tuple[str, str]]]] = {}
        #: (TikTokLive enum, value name, number) livecore reads as a bare int
        self.unnamed = Counter[tuple[str, str, int]]()
        self.custom = Counter[str]()  # custom events compared, by class
        #: (livecore type, field) -> TikTokLive's deprecated* fields livecore leaves out
        self.deprecated: dict[tuple[str, str], Finding] = {}
        self.events: list[str] = []  # a method not named or not decoded as expected
        self.compared = Counter[str]()  # values compared, by kind

    def value(self, method: str, path: str, what: str, expected: Any, got: Any) -> None:
        key = (method, norm(path), what)
        found = self.values.setdefault(key, Finding(shown(expected), shown(got), example=path))
        found.count += 1
        found.methods.add(method)

    def schema_diff(self, owner: str, name: str, what: str, tt: str, lc: str, at: str) -> None:
        key = (owner, name, what)
        found = self.schema.setdefault(key, Finding(tt, lc, example=at))
        found.count += 1
        found.paths.add(norm(at))
        found.methods.add(at.split(":", 1)[0])

    def not_typed(self, lc_type: str, tt_type: str, fields: int, method: str, path: str) -> None:
        _, _, positions = self.untyped.setdefault(lc_type, (tt_type, fields, set()))
        positions.add((method, norm(path)))

    @property
    def failed(self) -> bool:
        return bool(self.values or self.schema or self.events)


class Comparer:
    """Walks TikTokLive's parsed message and livecore's event side by side."""

    def __init__(self, report: Report, method: str) -> None:
        self.report = report
        self.method = method

    def message(
        self,
        path: str,
        expected: Any,
        got: Any,
        fields: Any = None,
        shadowed: frozenset[str] = frozenset(),
    ) -> None:
        """Every field of ``expected`` (betterproto2) against ``got`` (event or view)."""
        tt_meta = type(expected)._betterproto
        descriptor = got._pb.DESCRIPTOR
        tt_name = type(expected).__name__
        if not descriptor.fields:
            if any(self.present(getattr(expected, n)) for n in tt_meta.meta_by_field_name):
                self.report.not_typed(
                    descriptor.full_name,
                    tt_name,
                    len(tt_meta.meta_by_field_name),
                    self.method,
                    path or "<message>",
                )
            return
        for name, meta in tt_meta.meta_by_field_name.items():
            at = f"{path}.{name}" if path else name
            lc_field = descriptor.fields_by_name.get(name)
            if lc_field is None:
                self.missing(descriptor, name, meta, at)
                continue
            if not self.same_type(descriptor.full_name, name, meta, lc_field, at):
                continue
            source = fields if name in shadowed else got
            try:
                value = getattr(source, name)
            except Exception as exc:
                self.report.value(self.method, at, "raised", getattr(expected, name), exc)
                continue
            cls = type(expected)._betterproto.cls_by_field.get(f"{name}.value")
            self.field(at, meta, getattr(expected, name), value, cls, type(source), name)

    def schema(self, path: str, tt_cls: Any, descriptor: Any, seen: set[Any]) -> None:
        """Every field of TikTokLive's type against livecore's, at every depth, no values:
        the places the drawn messages leave unset (below MAX_DEPTH) are covered too."""
        if (tt_cls, descriptor.full_name) in seen:
            return
        seen.add((tt_cls, descriptor.full_name))
        tt_meta = tt_cls._betterproto
        if not descriptor.fields:
            if tt_meta.meta_by_field_name:
                self.report.not_typed(
                    descriptor.full_name,
                    tt_cls.__name__,
                    len(tt_meta.meta_by_field_name),
                    self.method,
                    path,
                )
            return
        for name, meta in tt_meta.meta_by_field_name.items():
            at = f"{path}.{name}" if path else name
            lc_field = descriptor.fields_by_name.get(name)
            if lc_field is None:
                self.missing(descriptor, name, meta, at)
            elif not self.same_type(descriptor.full_name, name, meta, lc_field, at):
                continue
            elif meta.proto_type == T.TYPE_ENUM:
                named = lc_field.enum_type.values_by_number
                for member in tt_meta.cls_by_field[name]:
                    if int(member) not in named:
                        self.report.unnamed[
                            (tt_meta.cls_by_field[name].__name__, member.name, int(member))
                        ] += 1
            elif meta.proto_type == T.TYPE_MESSAGE:
                nested = tt_meta.cls_by_field[name]
                self.schema(f"{at}[]" if meta.repeated else at, nested, lc_field.message_type, seen)
            elif meta.proto_type == T.TYPE_MAP and meta.map_meta[1].proto_type == T.TYPE_MESSAGE:
                nested = tt_meta.cls_by_field[f"{name}.value"]
                value = lc_field.message_type.fields_by_name["value"].message_type
                self.schema(f"{at}{{}}", nested, value, seen)

    def missing(self, descriptor: Any, name: str, meta: Any, at: str) -> None:
        """A field of TikTokLive's schema with no field of its name in livecore's."""
        tt_desc = f"{'repeated ' if meta.repeated else ''}{meta.proto_type} #{meta.number}"
        if name.startswith("deprecated"):  # TikTok no longer sends these
            key = (descriptor.full_name, name)
            found = self.report.deprecated.setdefault(key, Finding(tt_desc, "-", example=at))
            found.count += 1
            found.paths.add(norm(at))
            found.methods.add(self.method)
            return
        other = descriptor.fields_by_number.get(meta.number)
        lc_desc = "-" if other is None else f"#{meta.number} is {other.name} {lc_type_name(other)}"
        self.report.schema_diff(
            descriptor.full_name,
            name,
            "missing in livecore",
            tt_desc,
            lc_desc,
            f"{self.method}: {at}",
        )

    def same_type(self, owner: str, name: str, meta: Any, lc_field: Any, at: str) -> bool:
        tt_kind = meta.proto_type
        lc_kind = lc_type_name(lc_field)
        tt_rep = bool(meta.repeated) or tt_kind == T.TYPE_MAP
        lc_rep = bool(lc_field.is_repeated)
        tt_desc = f"{'repeated ' if meta.repeated else ''}{tt_kind} #{meta.number}"
        lc_desc = (
            f"{'repeated ' if lc_rep and lc_kind != 'map' else ''}{lc_kind} #{lc_field.number}"
        )
        where = f"{self.method}: {at}"
        if meta.number != lc_field.number:
            self.report.schema_diff(owner, name, "field number differs", tt_desc, lc_desc, where)
            return False
        if tt_rep != lc_rep:
            self.report.schema_diff(owner, name, "repeated differs", tt_desc, lc_desc, where)
            return False
        if tt_kind != lc_kind:
            what = (
                "wire type differs"
                if wire_type(tt_kind) != wire_type(lc_kind)
                else ("type differs (same wire type)")
            )
            self.report.schema_diff(owner, name, what, tt_desc, lc_desc, where)
            return False
        if tt_kind == T.TYPE_MAP:
            keys = (meta.map_meta[0].proto_type, meta.map_meta[1].proto_type)
            entry = lc_field.message_type.fields_by_name
            lc_keys = (PB_NAME[entry["key"].type], PB_NAME[entry["value"].type])
            if keys != lc_keys:
                self.report.schema_diff(
                    owner,
                    name,
                    "map types differ",
                    f"map<{keys[0]}, {keys[1]}>",
                    f"map<{lc_keys[0]}, {lc_keys[1]}>",
                    where,
                )
                return False
        return True

    @staticmethod
    def present(value: Any) -> bool:
        return value is not None and value != [] and value != {}

    def field(
        self, at: str, meta: Any, expected: Any, got: Any, map_cls: Any, owner: type, name: str
    ) -> None:
        kind = meta.proto_type
        if not isinstance(getattr(owner, name, None), _Field):
            note = f" (livecore's {owner.__name__}.{name} is not the schema field)"
        else:
            note = ""
        if kind == T.TYPE_MAP:
            self.mapping(at, meta, expected, got, map_cls, note)
        elif meta.repeated:
            if not isinstance(got, Sequence) or isinstance(got, str | bytes):
                self.report.value(self.method, at, "not a sequence" + note, expected, got)
            elif len(got) != len(expected):
                self.report.value(self.method, at, "length differs" + note, expected, got)
            else:
                for i, (e, g) in enumerate(zip(expected, got, strict=True)):
                    self.one(f"{at}[{i}]", kind, e, g, note)
        else:
            self.one(at, kind, expected, got, note)

    def mapping(self, at: str, meta: Any, expected: Any, got: Any, cls: Any, note: str) -> None:
        if not isinstance(got, Mapping):
            self.report.value(self.method, at, "not a mapping" + note, expected, got)
            return
        if set(got) != set(expected):
            self.report.value(self.method, at, "keys differ" + note, sorted(expected), sorted(got))
            return
        value_kind = meta.map_meta[1].proto_type
        for key, value in expected.items():
            self.one(f"{at}{{{key}}}", value_kind, value, got[key], note)

    def one(self, at: str, kind: str, expected: Any, got: Any, note: str = "") -> None:
        self.report.compared[kind] += 1
        if kind == T.TYPE_MESSAGE:
            if expected is None:
                return
            if not isinstance(got, View):
                self.report.value(self.method, at, "not a message view" + note, expected, got)
            else:
                self.message(at, expected, got)
            return
        if kind == T.TYPE_ENUM and isinstance(got, int) and not isinstance(got, enum.Enum):
            self.report.unnamed[(type(expected).__name__, expected.name, int(expected))] += 1
        if not self.equal(kind, expected, got):
            self.report.value(self.method, at, f"{kind} value differs" + note, expected, got)

    @staticmethod
    def equal(kind: str, expected: Any, got: Any) -> bool:
        if kind == T.TYPE_ENUM:
            return isinstance(got, int) and int(got) == int(expected)
        if kind == T.TYPE_BOOL:
            return isinstance(got, bool) and got == expected
        if kind in SIGNED or kind in UNSIGNED:
            return isinstance(got, int) and not isinstance(got, bool) and got == expected
        if kind == T.TYPE_FLOAT:
            return isinstance(got, float) and math.isclose(got, expected, rel_tol=1e-6)
        if kind == T.TYPE_DOUBLE:
            return isinstance(got, float) and got == expected
        if kind == T.TYPE_STRING:
            return isinstance(got, str) and got == expected
        if kind == T.TYPE_BYTES:
            return isinstance(got, bytes) and got == expected
        raise AssertionError(f"no comparison for {kind}")
