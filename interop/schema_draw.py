"""Random messages of TikTokLive's schema, for the schema check (``schema_check.py``).

A :class:`Drawer` gives every field at every depth (down to :data:`MAX_DEPTH`
nested messages; repeated fields and maps of 1 to :data:`MAX_REPEAT` items) a
random value from one seed: negative numbers for the signed kinds, the
extremes of each kind, float32 and double, unicode strings, bytes, every
listed enum value. :func:`steer` gives some draws the template keys of
livecore's custom events.
"""

from __future__ import annotations

import random
import struct
from typing import Any

import betterproto2
from schema_kinds import SIGNED, UNSIGNED, T

MAX_DEPTH = 4
"""Nested messages drawn below the top-level one; deeper ones are left unset."""
MAX_REPEAT = 3
"""Items of a repeated field or a map: 1 to this many."""

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
