"""The root of every event, and how an event becomes JSON."""

from __future__ import annotations

import base64
import enum
from typing import Any, ClassVar

from livecore.errors import MessageDecodeError

__all__ = ["Event"]


class Event:
    """Base class of every event."""

    __slots__ = ()

    #: Attributes that :meth:`to_dict` writes after ``type`` and ``msg_id``.
    json_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def msg_id(self) -> int | None:
        """The Webcast message id, for events that come from a message."""
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``type``, ``msg_id`` and the class's ``json_fields``.

        Never raises: a lazy event whose payload turns out to be malformed
        gives ``error`` (the reason) and ``raw`` (base64) in place of its fields.
        """
        out: dict[str, Any] = {"type": type(self).__name__, "msg_id": self.msg_id}
        try:
            for name in self.json_fields:
                out[name] = json_value(getattr(self, name))
        except MessageDecodeError as exc:
            out = {"type": out["type"], "msg_id": out["msg_id"], "error": exc.reason}
            out["raw"] = json_value(exc.raw)
        return out

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items() if k != "type")
        return f"{type(self).__name__}({fields})"


def json_value(value: object) -> object:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, enum.Enum):
        return value.value
    return value
