"""What a driver needs to know about kinds of events, so it need not decide it."""

from __future__ import annotations

from typing import Final

from livecore.events.base import Event
from livecore.events.live import LiveEndEvent, LivePauseEvent, LiveUnpauseEvent
from livecore.events.message import MessageEvent, UserMessageEvent
from livecore.events.session import (
    ConnectEvent,
    DisconnectEvent,
    ReconnectedEvent,
    ReconnectingEvent,
)
from livecore.events.undecoded import DecodeErrorEvent

__all__ = ["ABSTRACT_EVENTS", "ALWAYS_DELIVERED", "emitted_subclasses"]


#: sheds load under pressure (the Trio client's ``overflow="drop"``) never
#: drops these, only message events.
ALWAYS_DELIVERED: Final[tuple[type[Event], ...]] = (
    ConnectEvent,
    DisconnectEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    DecodeErrorEvent,
    ReconnectingEvent,
    ReconnectedEvent,
)

#: Base classes never emitted as themselves: a handler that matches exact
#: classes would never see one (register for their subclasses instead).
ABSTRACT_EVENTS: Final[frozenset[type[Event]]] = frozenset(
    {DecodeErrorEvent, MessageEvent, UserMessageEvent}
)


def emitted_subclasses(base: type[Event]) -> list[type[Event]]:
    """The public event classes under ``base`` that are emitted as themselves."""
    found: list[type[Event]] = []
    for sub in base.__subclasses__():
        if not sub.__name__.startswith("_") and sub not in ABSTRACT_EVENTS:
            found.append(sub)
        found.extend(emitted_subclasses(sub))
    return found
