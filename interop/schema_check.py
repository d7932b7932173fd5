"""Schema check: every Webcast method, encoded by TikTokLive's own schema, read by livecore.

Run it with ``make interop`` after ``tiktoklive_check.py`` (it needs the
separate ``.venv-interop``: TikTokLive and its schema package are not
dependencies of livecore). For each of the 62 methods of TikTokLive 7.0.1's
``EVENT_MAPPINGS`` (method -> event class, a subclass of the message's
``betterproto2`` class), and for several seeds:

1. A message is drawn with a random value in every field at every depth
   (down to :data:`MAX_DEPTH` nested messages, repeated fields and maps of
   1 to :data:`MAX_REPEAT` items): negative numbers for the signed kinds,
   the extremes of each kind, float32 and double, valid unicode strings,
   bytes, every listed enum value, nested and repeated messages, maps.
2. betterproto2 serializes it (``bytes(message)``) and parses it back: those
   values, as TikTokLive reads them, are the expected ones.
3. The payload is wrapped in a Message of that method, in a FetchResult, in
   a gzip ``msg`` frame (``livecore.frames.encode_msg_frame``) and fed to a
   fresh ``livecore.Connection``.
4. The event must be livecore's class of the same name as TikTokLive's; then
   every field of TikTokLive's schema is compared by name, recursively: the
   event (and each nested view) must have an attribute of that name holding
   the same value (enums as ints, repeated fields in order, maps as mappings,
   float32 approximately). Where livecore's convenience shadows a field
   (``docs/events.md``: ``method``, ``room_id``, ``JoinEvent.user_id``,
   ``GiftEvent.repeat_end``) the field is read from ``event.fields``.

Then a walk of both schemas, type by type and without values, covers what the
draws leave unset (below MAX_DEPTH), and every enum's values.

Every difference is collected, not just the first: a field livecore lacks, a
value read differently, a field of the same name whose type or number
differs. A nested message livecore declares without fields (a type its table
does not list) while TikTokLive's schema has fields in it is counted apart, as
depth livecore does not type: informational, not a failure; so are the
fields TikTokLive names ``deprecated*`` (TikTok no longer sends them) and enum
values livecore has no name for. Exit status 0
when nothing differs, 1 otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import math
import random
import re
import struct
import sys
import warnings
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from livecore import Connection
from livecore.events import MessageErrorEvent
from livecore.frames import encode_msg_frame
from livecore.messages import METHODS
from livecore.proto import pb
from livecore.views import View, _Field

warnings.filterwarnings("ignore", category=DeprecationWarning)

import betterproto2  # noqa: E402
from TikTokLive.__version__ import PACKAGE_VERSION  # noqa: E402
from TikTokLive.events.proto_events import EVENT_MAPPINGS  # noqa: E402

SEEDS = 6
"""Messages drawn per method (each with its own seed)."""
MAX_DEPTH = 4
"""Nested messages drawn below the top-level one; deeper ones are left unset."""
MAX_REPEAT = 3
"""Items of a repeated field or a map: 1 to this many."""
ROOM = 7312345678901234567

#: Fields whose name a convenience of livecore's takes on the event
#: (docs/events.md, "the convenience wins"): read from ``event.fields``.
SHADOWED_EVERYWHERE = frozenset({"method", "room_id"})
SHADOWED_BY_EVENT = {"JoinEvent": frozenset({"user_id"}), "GiftEvent": frozenset({"repeat_end"})}

#: Custom events livecore derives from a method's message, besides its own event.
CUSTOM = {
    "SocialEvent": {"FollowEvent", "ShareEvent"},
    "ControlEvent": {"LivePauseEvent", "LiveUnpauseEvent", "LiveEndEvent"},
    "BarrageEvent": {"SuperFanEvent", "SuperFanJoinEvent"},
    "EnvelopeEvent": {"SuperFanBoxEvent"},
}

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


# ---- drawing random messages of TikTokLive's schema ---------------------------------

ALPHABETS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.@#",
    "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ ÀÉÎÕÜßøæœ",
    "中文字符日本語のテキスト한국어 텍스트",
    "😀🔥🎁🌹💎🚀👑❤️✨🎉",
    "Ωπσ∑∫√∞≈≠ абвгдежзийклмнопрстуфхцчшщъыьэюя",
)


class Drawer:
    """Random values for every field of a betterproto2 message, from one seed."""

    def __init__(self, seed: int, max_depth: int = MAX_DEPTH, max_repeat: int = MAX_REPEAT):
        self.rng = random.Random(seed)
        self.max_depth = max_depth
        self.max_repeat = max_repeat

    def message(self, cls: type[betterproto2.Message], depth: int = 0) -> Any:
        meta = cls._betterproto
        chosen = {
            group: self.rng.choice(sorted(f.name for f in fields))
            for group, fields in meta.oneof_field_by_group.items()
        }
        values: dict[str, Any] = {}
        for name, field in meta.meta_by_field_name.items():
            if field.group is not None and chosen[field.group] != name:
                continue
            value = self.field(cls, name, field, depth)
            if value is not None:
                values[name] = value
        return cls(**values)

    def field(self, cls: Any, name: str, field: Any, depth: int) -> Any:
        kind = meta_kind = field.proto_type
        value_cls = cls._betterproto.cls_by_field[name]
        if field.unwrap is not None:
            return None  # a wrapper type (google.protobuf.*Value): none in this schema
        if meta_kind == T.TYPE_MAP:
            if depth >= self.max_depth:
                return None
            key_kind = field.map_meta[0].proto_type
            value_kind = field.map_meta[1].proto_type
            item_cls = cls._betterproto.cls_by_field[f"{name}.value"]
            items = {}
            for _ in range(self.rng.randint(1, self.max_repeat)):
                items[self.scalar(key_kind, None)] = self.one(value_kind, item_cls, depth)
            return items
        if field.repeated:
            if kind == T.TYPE_MESSAGE and depth >= self.max_depth:
                return None
            count = self.rng.randint(1, self.max_repeat)
            return [self.one(kind, value_cls, depth) for _ in range(count)]
        return self.one(kind, value_cls, depth)

    def one(self, kind: str, value_cls: Any, depth: int) -> Any:
        if kind == T.TYPE_MESSAGE:
            if depth >= self.max_depth:
                return None
            return self.message(value_cls, depth + 1)
        return self.scalar(kind, value_cls)

    def scalar(self, kind: str, value_cls: Any) -> Any:
        rng = self.rng
        if kind in SIGNED or kind in UNSIGNED:
            return self.integer(kind)
        if kind == T.TYPE_BOOL:
            return rng.random() < 0.8
        if kind == T.TYPE_FLOAT:
            value = rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1), 3.4e38, -1.5e-38])
            return struct.unpack("<f", struct.pack("<f", value))[0]
        if kind == T.TYPE_DOUBLE:
            return rng.choice([rng.uniform(-1e12, 1e12), rng.uniform(-1, 1), 1.7e308, -5e-324])
        if kind == T.TYPE_STRING:
            return self.text()
        if kind == T.TYPE_BYTES:
            return rng.randbytes(rng.randint(1, 24))
        if kind == T.TYPE_ENUM:
            members = list(value_cls)
            nonzero = [m for m in members if int(m) != 0]
            return rng.choice(nonzero if nonzero and rng.random() < 0.85 else members)
        raise AssertionError(f"no drawer for {kind}")

    def integer(self, kind: str) -> int:
        rng = self.rng
        bits = SIGNED.get(kind) or UNSIGNED[kind]
        low, high = (
            (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if kind in SIGNED else (0, 2**bits - 1)
        )
        pick = rng.random()
        if pick < 0.25:
            value = rng.choice([low, high, low + 1, high - 1, -1, 1, 127, 128, 300, 2**31 - 1])
        elif pick < 0.55:
            value = rng.randint(-300, 300)
        else:
            value = rng.randint(low, high)
        value = min(max(value, low), high)
        return value or 1  # never the default: a zero hides a misread field

    def text(self) -> str:
        rng = self.rng
        alphabet = rng.choice(ALPHABETS) + ALPHABETS[0]
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))


#: Template keys that make livecore derive its custom events, set on every
#: other draw (``livecore.protocol``): (path of TikTokLive fields, keys).
STEER = {
    "WebcastSocialMessage": (
        ("common", "display_text", "key"),
        ("pm_main_follow_message_viewer_2", "pm_mt_guidance_viewer_5_share"),
    ),
    "WebcastBarrageMessage": (
        ("content", "key"),
        ("ttlive_superfan_commentnotif_superfanjoined", "ttlive_superfan_badge"),
    ),
    "WebcastEnvelopeMessage": (("common", "display_text", "key"), ("ttlive_superfanbox_sent",)),
}


def steer(method: str, drawn: Any, seed: int) -> None:
    """On odd seeds, give a message the template key of one of livecore's custom events."""
    if method not in STEER or seed % 2 == 0:
        return
    path, keys = STEER[method]
    target = drawn
    for name in path[:-1]:
        target = getattr(target, name)
        if target is None:
            return  # left unset by the draw
    setattr(target, path[-1], keys[(seed // 2) % len(keys)])


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


# ---- one method through livecore ----------------------------------------------------


def livecore_events(method: str, payload: bytes, msg_id: int) -> list[Any]:
    """What a fresh connection makes of one msg frame holding one message."""
    connection = Connection(unique_id="schema_check", room_id=ROOM, validate=True)
    message = pb.Message(method=method, payload=payload, msg_id=msg_id)
    connection.receive_data(encode_msg_frame(pb.FetchResult(messages=[message], cursor="c1")))
    return connection.events()


def check_method(report: Report, method: str, tt_cls: Any, seed: int) -> None:
    lc_cls = METHODS.get(method)
    if lc_cls is None:
        report.events.append(f"{method}: livecore has no event for it")
        return
    if lc_cls.__name__ != tt_cls.__name__:
        report.events.append(
            f"{method}: TikTokLive's {tt_cls.__name__}, livecore's {lc_cls.__name__}"
        )
    drawn = Drawer(seed).message(tt_cls)
    steer(method, drawn, seed)
    payload = bytes(drawn)
    expected = tt_cls.parse(payload)  # the values as TikTokLive reads them
    if bytes(expected) != payload:
        report.events.append(f"{method} seed {seed}: betterproto2 does not round-trip its own draw")
    events = livecore_events(method, payload, msg_id=seed + 1)
    errors = [e for e in events if isinstance(e, MessageErrorEvent)]
    if errors:
        report.events.append(f"{method} seed {seed}: livecore could not decode it: {errors[0]}")
        return
    own = [e for e in events if type(e) is lc_cls]
    custom = [e for e in events if isinstance(e, lc_cls) and type(e) is not lc_cls]
    if len(own) != 1:
        report.events.append(f"{method} seed {seed}: {len(own)} {lc_cls.__name__}, not 1")
        return
    for event in custom:
        if type(event).__name__ not in CUSTOM.get(lc_cls.__name__, set()):
            report.events.append(f"{method} seed {seed}: undocumented {type(event).__name__}")
    shadowed = SHADOWED_EVERYWHERE | SHADOWED_BY_EVENT.get(lc_cls.__name__, frozenset())
    report.custom.update(type(e).__name__ for e in custom)
    for event in (*own, *custom):
        Comparer(report, method).message("", expected, event, event.fields, shadowed)


# ---- the report -----------------------------------------------------------------------


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> list[str]:
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def print_report(report: Report, methods: int, seeds: int) -> None:
    compared = sum(report.compared.values())
    print(
        f"TikTokLive {PACKAGE_VERSION}'s schema against livecore: {methods} methods x "
        f"{seeds} seeds, depth {MAX_DEPTH}, {compared:,} values compared"
    )
    print("  by kind: " + ", ".join(f"{k} {n:,}" for k, n in sorted(report.compared.items())))
    if report.events:
        print(f"\nevents not as expected ({len(report.events)}):")
        for line in report.events:
            print(f"  {line}")
    if report.schema:
        rows = [
            (owner, name, what, f.expected, f.got, str(len(f.methods)), f.where())
            for (owner, name, what), f in sorted(report.schema.items())
        ]
        print(f"\nfields of TikTokLive's schema livecore lacks or types otherwise ({len(rows)}):")
        header = ("livecore type", "field", "what", "TikTokLive", "livecore", "methods", "where")
        for line in table(rows, header):
            print(f"  {line}")
    if report.values:
        rows = [
            (method, path, what, f.expected, f.got, str(f.count))
            for (method, path, what), f in sorted(report.values.items())
        ]
        print(f"\nvalues livecore read differently ({len(rows)}):")
        for line in table(rows, ("method", "field path", "what", "expected", "got", "times")):
            print(f"  {line}")
    print(
        "\ncustom events compared: "
        + (", ".join(f"{name} {n}" for name, n in sorted(report.custom.items())) or "none")
    )
    print(
        f"\nenum values TikTokLive names that livecore reads as a bare int (informational): "
        f"{len(report.unnamed)}"
    )
    for (tt_enum, name, number), n in sorted(report.unnamed.items()):
        print(f"  {tt_enum}.{name} = {number} ({n} times)")
    kinds = Counter(owner for owner, _ in report.deprecated)
    print(
        f"\nfields TikTokLive names deprecated* (TikTok no longer sends them), not in "
        f"livecore's schema (informational): {len(report.deprecated)}, in "
        + ", ".join(f"{o} {n}" for o, n in sorted(kinds.items()))
    )
    rows = [
        (lc_type, tt_type, str(fields), str(len(pos)), str(len({m for m, _ in pos})))
        for lc_type, (tt_type, fields, pos) in sorted(report.untyped.items())
    ]
    print(
        f"\ndepth livecore does not type (informational): {len(rows)} types it declares "
        f"empty, {sum(int(r[2]) for r in rows)} fields of TikTokLive's schema inside them, at "
        f"{sum(int(r[3]) for r in rows)} places"
    )
    header = ("livecore type (empty)", "TikTokLive type", "its fields", "places", "methods")
    for line in table(rows, header):
        print(f"  {line}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=SEEDS, help="messages drawn per method")
    parser.add_argument("--method", action="append", help="only this method (repeatable)")
    args = parser.parse_args(argv)
    report = Report()
    methods = {m: c for m, c in EVENT_MAPPINGS.items() if not args.method or m in args.method}
    for method, tt_cls in sorted(methods.items()):
        lc_cls = METHODS.get(method)
        if lc_cls is not None:
            Comparer(report, method).schema("", tt_cls, lc_cls._schema.DESCRIPTOR, set())
        for seed in range(args.seeds):
            check_method(report, method, tt_cls, seed)
    print_report(report, len(methods), args.seeds)
    if report.failed:
        print(
            f"\nFAIL: {len(report.schema)} schema differences, {len(report.values)} value "
            f"differences, {len(report.events)} event problems"
        )
        return 1
    print(
        f"\nPASS: all {len(methods)} methods came out as their named events with the "
        "same values under the same names"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
