"""Checks shared by the end-to-end tests of the client and the room."""

from __future__ import annotations

from livecore import ConnectEvent, DisconnectEvent, DisconnectReason, Event, WebsocketResponseEvent


def msg_ids(events: list[Event]) -> list[int]:
    """The msg_ids a client got, one per Message (WebsocketResponseEvent)."""
    return [e.msg_id for e in events if type(e) is WebsocketResponseEvent]


def check_bracketed(events: list[Event], reason: DisconnectReason) -> DisconnectEvent:
    """ConnectEvent first and once; DisconnectEvent last and once, with ``reason``."""
    assert isinstance(events[0], ConnectEvent)
    assert sum(isinstance(e, ConnectEvent) for e in events) == 1
    last = events[-1]
    assert isinstance(last, DisconnectEvent)
    assert sum(isinstance(e, DisconnectEvent) for e in events) == 1
    assert last.reason is reason, last
    return last
