"""From one Webcast Message to its events: the method table and the custom-event rules.

WIRE.md sections 5 and 6, in code. A message gives, in order: its custom
event if a rule matches, the event of its method, then one
``WebsocketResponseEvent``. Only the four kinds whose rules need the payload
(Social, Control, Barrage, Envelope) are parsed here; the others stay raw
until a field is read.

The lifecycle events (LivePauseEvent, LiveUnpauseEvent, LiveEndEvent) are
not decided here: they depend on the session's state, so the connection asks
the lifecycle machine (``livecore.lifecycle``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from livecore.errors import MessageDecodeError
from livecore.events import (
    BarrageEvent,
    CommentEvent,
    ControlEvent,
    EnvelopeEvent,
    Event,
    FollowEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    MessageErrorEvent,
    MessageEvent,
    RoomUserSeqEvent,
    ShareEvent,
    SocialEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    UnknownEvent,
    WebsocketResponseEvent,
)
from livecore.proto import webcast_pb2 as pb

__all__ = ["METHODS", "decode_messages"]

#: Method name to event class, for every method livecore decodes.
METHODS: Final[dict[str, type[MessageEvent[Any]]]] = {
    "WebcastChatMessage": CommentEvent,
    "WebcastLikeMessage": LikeEvent,
    "WebcastMemberMessage": JoinEvent,
    "WebcastGiftMessage": GiftEvent,
    "WebcastSocialMessage": SocialEvent,
    "WebcastRoomUserSeqMessage": RoomUserSeqEvent,
    "WebcastControlMessage": ControlEvent,
    "WebcastBarrageMessage": BarrageEvent,
    "WebcastEnvelopeMessage": EnvelopeEvent,
}

_SUPERFAN_JOINED: Final = "ttlive_superfan_commentnotif_superfanjoined"
_SUPERFAN: Final = "ttlive_superfan"
_SUPERFAN_BOX: Final = "ttlive_superfanbox"
_SUPERFAN_BOX_BUSINESS_TYPE: Final = 19


def _social(event: SocialEvent) -> MessageEvent[Any] | None:
    key = event.display_key.lower()
    if "follow" in key:
        return FollowEvent._derived(event)  # type: ignore[no-any-return]
    if "share" in key:
        return ShareEvent._derived(event)  # type: ignore[no-any-return]
    return None


def _barrage(event: BarrageEvent) -> MessageEvent[Any] | None:
    keys = (event.content_key + "\n" + event.common_barrage_key).lower()
    if _SUPERFAN_JOINED in keys:
        return SuperFanJoinEvent._derived(event)  # type: ignore[no-any-return]
    if _SUPERFAN in keys:
        return SuperFanEvent._derived(event)  # type: ignore[no-any-return]
    return None


def _envelope(event: EnvelopeEvent) -> MessageEvent[Any] | None:
    if (
        _SUPERFAN_BOX in event.display_key.lower()
        or event.business_type == _SUPERFAN_BOX_BUSINESS_TYPE
    ):
        return SuperFanBoxEvent._derived(event)  # type: ignore[no-any-return]
    return None


# The kinds whose custom-event rule needs the payload. Control has no rule
# here (the lifecycle decides) but is parsed so its action is at hand.
_RULES: Final[dict[type[MessageEvent[Any]], Any]] = {
    SocialEvent: _social,
    BarrageEvent: _barrage,
    EnvelopeEvent: _envelope,
    ControlEvent: None,
}

# The kinds that stay raw until a field is read.
_LAZY: Final = frozenset(set(METHODS.values()) - set(_RULES))


def decode_messages(
    messages: Iterable[pb.Message], out: list[Event], validate: bool = False
) -> list[int]:
    """Append the events of every Message to ``out``, in order.

    A payload that must be parsed (because a rule needs it, or ``validate``
    is set) and fails to parse gives a ``MessageErrorEvent`` in place of the
    method's event; the ``WebsocketResponseEvent`` still follows.

    Returns the positions in ``out`` of the ``ControlEvent`` s appended, so
    the caller can consult the lifecycle without scanning every event. This
    is the hot loop: the common, lazy kinds take the shortest path.
    """
    controls: list[int] = []
    append = out.append
    lookup = METHODS.get
    lazy = _LAZY if not validate else frozenset()
    for message in messages:
        method = message.method
        cls = lookup(method)
        if cls in lazy:
            append(cls(method, message.msg_id, message.payload))
        elif cls is None:
            append(UnknownEvent(message))
        else:
            at = len(out)
            _decode_known(cls, method, message, out, validate)
            if cls is ControlEvent and type(out[at]) is ControlEvent:  # not an error event
                controls.append(at)
        append(WebsocketResponseEvent(message))
    return controls


def _decode_known(
    cls: type[MessageEvent[Any]], method: str, message: pb.Message, out: list[Event], validate: bool
) -> None:
    event = cls(method, message.msg_id, message.payload)
    if cls in _RULES or validate:
        try:
            event._parse()
        except MessageDecodeError as exc:
            out.append(MessageErrorEvent(exc))
            return
        rule = _RULES.get(cls)
        if rule is not None:
            custom = rule(event)
            if custom is not None:
                out.append(custom)
    out.append(event)
