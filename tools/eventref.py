"""The generated reference of docs/events.md: one heading per message event
that the page's hand-written part does not cover.

Each entry says which method the event comes from and its parent class, then
the class docstring, the helpers the class adds (properties, with the first
line of their docstrings), and the message's top-level fields with their
types. Every field reads as an attribute of the same name, unless a helper or
a base attribute of the same name is listed (then ``event.fields.<name>``
reads the field).
"""

from __future__ import annotations

import inspect
import re

from google.protobuf.descriptor import FieldDescriptor

import livecore.events as ev
from livecore.events.message import MessageEvent

FAMILIES = {
    "livecore.events.chat": "Chat, emotes, questions, moderation",
    "livecore.events.gifts": "Gifts",
    "livecore.events.live": "The room: viewers, members, notices, pins",
    "livecore.events.engagement": "Engagement: polls, goals, subscriptions, rankings",
    "livecore.events.battles": "Co-hosts and battles",
    "livecore.events.commerce": "Shopping and partnerships",
}

_SCALARS = {
    FieldDescriptor.TYPE_STRING: "str",
    FieldDescriptor.TYPE_BYTES: "bytes",
    FieldDescriptor.TYPE_BOOL: "bool",
    FieldDescriptor.TYPE_FLOAT: "float",
    FieldDescriptor.TYPE_DOUBLE: "float",
}


def field_type(field: FieldDescriptor) -> str:
    """A field's type as a reader sees it."""
    message = field.message_type
    if message is not None and message.GetOptions().map_entry:
        key, value = (field_type(f) for f in message.fields)
        return f"Mapping[{key}, {value}]"
    if message is not None:
        one = message.name
    elif field.enum_type is not None:
        one = field.enum_type.name
    else:
        one = _SCALARS.get(field.type, "int")
    return f"tuple[{one}, ...]" if field.is_repeated else one


def _first_line(doc: str | None) -> str:
    return inspect.cleandoc(doc or "").split("\n\n")[0].replace("\n", " ")


def entry(cls: type[MessageEvent]) -> list[str]:
    """The Markdown for one event class."""
    schema = cls.protobuf_type.DESCRIPTOR
    parent = cls.__mro__[1].__name__
    lines = [f"#### `{cls.__name__}`", "", f"`{schema.name}`. Parent: `{parent}`.", ""]
    doc = inspect.cleandoc(cls.__doc__ or "")
    if doc:
        lines += [doc, ""]
    helpers = [(k, v) for k, v in vars(cls).items() if isinstance(v, property)]
    if helpers:
        lines += ["| helper | |", "|--------|-|"]
        lines += [f"| `{k}` | {_first_line(v.__doc__)} |" for k, v in helpers]
        lines.append("")
    fields = [f"`{f.name}` ({field_type(f)})" for f in schema.fields]
    lines.append("Fields: " + (", ".join(fields) if fields else "none known") + ".")
    lines.append("")
    json = ", ".join(f"`{n}`" for n in cls.json_fields) or "nothing beyond `type` and `msg_id`"
    lines += [f"JSON: {json}.", ""]
    return lines


def _covered(text: str) -> set[str]:
    return set(re.findall(r"^#{1,6} .*?`(\w+)`", text, re.MULTILINE))


def reference(hand_written: str) -> str:
    """The block for the classes ``hand_written`` (the rest of the page) lacks."""
    covered = _covered(hand_written)
    by_family: dict[str, list[type[MessageEvent]]] = {m: [] for m in FAMILIES}
    for name in sorted(ev.__all__):
        cls = getattr(ev, name)
        if not (isinstance(cls, type) and issubclass(cls, MessageEvent)):
            continue
        if name in covered or getattr(cls, "protobuf_type", None) is None:
            continue
        by_family[cls.__module__].append(cls)
    lines: list[str] = []
    for module, title in FAMILIES.items():
        if by_family[module]:
            lines += [f"### {title}", ""]
            for cls in by_family[module]:
                lines += entry(cls)
    return "\n".join(lines)
