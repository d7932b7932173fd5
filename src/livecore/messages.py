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

from collections import deque
from collections.abc import Iterable
from typing import Any, Final

from google.protobuf.message import DecodeError as _PbDecodeError

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
    text,
)
from livecore.webcast import EnvelopeBusinessType

__all__ = ["DEFAULT_DEDUP_WINDOW", "METHODS", "Delivered", "decode_messages"]

DEFAULT_DEDUP_WINDOW: Final = 10_000
"""How many of the latest msg_ids a session remembers to drop repeats."""


def _event_classes() -> dict[str, type[MessageEvent[Any]]]:
    """Each event class that decodes a method, by method: the classes that name
    their message type (``_schema``), whose name is the method's."""
    found: dict[str, type[MessageEvent[Any]]] = {}
    pending: list[type[Event]] = [MessageEvent]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        schema = cls.__dict__.get("_schema")
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


class Delivered:
    """The msg_ids delivered lately, to drop a message that arrives again.

    The server replays history after a resume (``is_history``), and a
    refreshed first payload repeats recent messages: each may carry a msg_id
    already delivered. The window is bounded (``size`` ids, the oldest
    forgotten first), so memory stays flat on a stream of any length; a
    repeat older than the window is delivered again. msg_id 0 (absent) is
    never treated as a repeat.
    """

    __slots__ = ("dropped", "ids", "order", "size")

    def __init__(self, size: int = DEFAULT_DEDUP_WINDOW) -> None:
        if size < 1:
            raise ValueError("the window must hold at least one msg_id")
        self.size = size
        self.ids: set[int] = set()
        self.order: deque[int] = deque()
        #: Messages dropped as repeats so far.
        self.dropped = 0

    def __contains__(self, msg_id: int) -> bool:
        return msg_id in self.ids

    def trim(self) -> None:
        """Forget the oldest ids beyond the window."""
        order, ids = self.order, self.ids
        while len(order) > self.size:
            ids.discard(order.popleft())


def decode_messages(
    messages: Iterable[pb.Message],
    out: list[Event],
    validate: bool = False,
    seen: Delivered | None = None,
) -> list[int]:
    """Append the events of every Message to ``out``, in order.

    With ``seen``, a message whose msg_id it holds is skipped (counted in
    ``seen.dropped``) and every other msg_id is added to it.

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
    ids: set[int] = seen.ids if seen is not None else set()
    remember = seen.order.append if seen is not None else None
    for message in messages:
        msg_id = message.msg_id
        if remember is not None and msg_id:
            if msg_id in ids:
                assert seen is not None
                seen.dropped += 1
                continue
            ids.add(msg_id)
            remember(msg_id)
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
                payload = message.payload
                event = cls(method, msg_id, payload)
                try:
                    parsed = event._parsed = cls._schema.FromString(payload)
                except _PbDecodeError as exc:
                    append(MessageErrorEvent(event.decode_error(exc)))
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
    if seen is not None and len(seen.order) > seen.size:
        seen.trim()
    return controls
