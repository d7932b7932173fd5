"""From one Webcast Message to its events: the method table and the custom-event rules.

The event table and the custom-event rules of ``docs/protocol.md``, in code.
A message gives, in order: its custom event if a rule matches, the event of
its method, then one ``WebsocketResponseEvent``. Only the four kinds whose rules need the payload
(Social, Control, Barrage, Envelope) are parsed here; the others stay raw
until a field is read.

The lifecycle events (LivePauseEvent, LiveUnpauseEvent, LiveEndEvent) are
not decided here: they depend on the session's state, so the connection asks
the lifecycle machine (``livecore.lifecycle``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from livecore.dedup import DedupWindow
from livecore.errors import MessageDecodeError
from livecore.events import (
    BarrageEvent,
    ControlEvent,
    EnvelopeEvent,
    Event,
    FollowEvent,
    MessageErrorEvent,
    MessageEvent,
    ShareEvent,
    SocialEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    UnknownEvent,
    WebsocketResponseEvent,
)
from livecore.proto import pb
from livecore.protocol import (
    SUPERFAN_BOX_KEY,
    SUPERFAN_JOINED_KEY,
    SUPERFAN_KEY,
    Method,
)
from livecore.views import text
from livecore.webcast import EnvelopeBusinessType

__all__ = ["METHODS", "decode_messages"]


def _event_classes() -> dict[str, type[MessageEvent[Any]]]:
    """Each event class that decodes a method, by method: the classes that name
    their message type (``protobuf_type``), whose name is the method's."""
    found: dict[str, type[MessageEvent[Any]]] = {}
    pending: list[type[Event]] = [MessageEvent]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        schema = cls.__dict__.get("protobuf_type")
        if schema is not None:
            found[Method(schema.DESCRIPTOR.name).value] = cls  # type: ignore[assignment]
    return dict(sorted(found.items()))


#: Method name to event class, for every method livecore decodes (every
#: ``Method``). Keys are plain ``str``, not ``Method`` members: dicts of exact
#: ``str`` keys take CPython's fastest lookup, and this one runs once per message.
METHODS: Final[dict[str, type[MessageEvent[Any]]]] = _event_classes()


def _social(event: SocialEvent, parsed: pb.WebcastSocialMessage) -> MessageEvent[Any] | None:
    key = text(parsed.common.display_text.key).lower()
    if "follow" in key:
        return FollowEvent.derived_from(event)  # type: ignore[no-any-return]
    if "share" in key:
        return ShareEvent.derived_from(event)  # type: ignore[no-any-return]
    return None


def _barrage(event: BarrageEvent, parsed: pb.WebcastBarrageMessage) -> MessageEvent[Any] | None:
    content = parsed.content.key
    common = parsed.common_barrage_content.key
    if not content and not common:  # the common case: neither key says anything
        return None
    keys = (text(content) + "\n" + text(common)).lower()
    if SUPERFAN_JOINED_KEY in keys:
        return SuperFanJoinEvent.derived_from(event)  # type: ignore[no-any-return]
    if SUPERFAN_KEY in keys:
        return SuperFanEvent.derived_from(event)  # type: ignore[no-any-return]
    return None


def _envelope(event: EnvelopeEvent, parsed: pb.WebcastEnvelopeMessage) -> MessageEvent[Any] | None:
    if (
        parsed.envelope_info.business_type == EnvelopeBusinessType.SUPER_FAN_BOX.value
        or SUPERFAN_BOX_KEY in text(parsed.common.display_text.key).lower()
    ):
        return SuperFanBoxEvent.derived_from(event)  # type: ignore[no-any-return]
    return None


# The kinds whose custom-event rule needs the payload. Control has no rule
# here (the lifecycle decides) but is parsed so its action is at hand.
_RULES: Final[dict[type[MessageEvent[Any]], Any]] = {
    SocialEvent: _social,
    BarrageEvent: _barrage,
    EnvelopeEvent: _envelope,
    ControlEvent: None,
}

# Method to event class, for the kinds that stay raw until a field is read.
_LAZY: Final[dict[str, type[MessageEvent[Any]]]] = {
    method: cls for method, cls in METHODS.items() if cls not in _RULES
}
_NONE_LAZY: Final[dict[str, type[MessageEvent[Any]]]] = {}


def decode_messages(
    messages: Iterable[pb.Message],
    out: list[Event],
    validate: bool = False,
    seen: DedupWindow | None = None,
) -> list[int]:
    """Append the events of every Message to ``out``, in order.

    With ``seen``, a message it does not admit (a repeat) is skipped
    (:meth:`~livecore.dedup.DedupWindow.admit`).

    A payload that must be parsed (because a rule needs it, or ``validate``
    is set) and fails to parse gives a ``MessageErrorEvent`` in place of the
    method's event; the ``WebsocketResponseEvent`` still follows.

    Returns the positions in ``out`` of the ``ControlEvent`` s appended, so
    the caller can consult the lifecycle without scanning every event.

    This is the hot loop (see docs/benchmarks.md): each Message's method,
    msg_id and payload are read from upb once, and the common, lazy kinds
    take the shortest path: one dict lookup and two objects.
    """
    controls: list[int] = []
    append = out.append
    lazy = (_NONE_LAZY if validate else _LAZY).get
    admit = seen.admit if seen is not None else None
    for message in messages:
        msg_id = message.msg_id
        if admit is not None and not admit(msg_id):
            continue
        method = message.method
        cls = lazy(method)
        if cls is not None:
            append(cls(method, msg_id, message.payload))
        else:
            cls = METHODS.get(method)
            if cls is None:
                method = text(method)  # not valid UTF-8, or not a method we know
                append(UnknownEvent(message, method, msg_id))
            else:
                # Parsed on arrival (a rule needs it, or validate): inlined, as
                # this runs for every message under validate.
                event = cls(method, msg_id, message.payload)
                try:
                    parsed = event.decode()
                except MessageDecodeError as exc:
                    append(MessageErrorEvent(exc))
                else:
                    rule = _RULES.get(cls)
                    if rule is not None:
                        custom = rule(event, parsed)
                        if custom is not None:
                            append(custom)
                    if cls is ControlEvent:
                        controls.append(len(out))
                    append(event)
        append(WebsocketResponseEvent(message, method, msg_id))
    return controls
