"""A message of any method the core types, with plausible values drawn for its
top-level fields: the ``method NAME`` step, so a script can push every one of
the 62 methods, and the random mix's rare kinds.
"""

from __future__ import annotations

from typing import Any, Final

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message as _PbMessage

from livecore.messages import METHODS
from livecore.protocol import Method
from livecore.room.script import resolve_method
from livecore.room.steps import Built, Step

__all__ = ["any_method"]

_WORDS: Final = ("hello", "LIVE", "tonight", "🔥", "welcome", "thanks", "São Paulo")
#: protobuf's C++ types of the integer fields: every width and encoding (int32, sint64...).
_INTS: Final = frozenset(
    {
        FieldDescriptor.CPPTYPE_INT32,
        FieldDescriptor.CPPTYPE_INT64,
        FieldDescriptor.CPPTYPE_UINT32,
        FieldDescriptor.CPPTYPE_UINT64,
    }
)


#: What ``method`` without a name draws from: every method but control, whose
#: drawn action could end the stream.
_DRAWN: Final = tuple(sorted(m for m in METHODS if m != Method.CONTROL))


def any_method(step: Step) -> Built:
    """``method NAME``: a message of that method; without NAME, one drawn."""
    method = resolve_method(step.arg) if step.arg else step.rng.choice(_DRAWN)
    if method is None:  # Script.parse refuses unknown names; a hand-built frame may not
        raise ValueError(f"no method {step.arg!r}")
    schema: type[_PbMessage] = METHODS[method].protobuf_type
    message = schema()
    for fd in message.DESCRIPTOR.fields:
        _fill(message, fd, step, method)
    return method, message


def _fill(message: _PbMessage, fd: Any, step: Step, method: str) -> None:
    """Set field ``fd`` (a FieldDescriptor) of ``message`` to a drawn value."""
    rng = step.rng
    value: object
    name = fd.name
    if fd.message_type is not None:
        if fd.is_repeated:
            return
        if fd.message_type.name == "CommonMessageData":
            getattr(message, name).CopyFrom(step.common(method))
        elif fd.message_type.name == "User":
            getattr(message, name).CopyFrom(step.user)
        return
    if fd.is_repeated:
        return
    if fd.enum_type is not None:
        value = rng.choice(fd.enum_type.values).number
    elif fd.cpp_type in _INTS:
        value = rng.randrange(1, 10**6)
    elif fd.type == FieldDescriptor.TYPE_BOOL:
        value = rng.random() < 0.5
    elif fd.cpp_type in (FieldDescriptor.CPPTYPE_FLOAT, FieldDescriptor.CPPTYPE_DOUBLE):
        value = float(rng.randrange(100)) / 4
    elif fd.type == FieldDescriptor.TYPE_STRING:
        value = rng.choice(_WORDS)
    else:
        value = rng.randbytes(4)
    setattr(message, name, value)
