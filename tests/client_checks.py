"""Checks shared by the end-to-end tests of the client and the room."""

from __future__ import annotations

import trio

from livecore import ConnectEvent, DisconnectEvent, DisconnectReason, Event, WebsocketResponseEvent
from livecore_trio.client import Client
from livecore_trio.room import RoomServer


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


async def run_client(
    server: RoomServer, timeout: float = 30, **options: object
) -> tuple[Client, list[Event]]:
    """Run a Client with ``options`` against ``server`` to its end; every event
    its handlers saw (bounded: never hangs a test)."""
    client = Client(server.provider(), unique_id="streamer", **options)  # type: ignore[arg-type]
    events: list[Event] = []
    client.on(Event)(events.append)
    with trio.fail_after(timeout):
        result = await client.run()
    assert result is client.disconnect is events[-1]
    return client, events


async def idle(server: RoomServer) -> None:
    """Wait until the room has seen every socket go (bounded: never hangs a test)."""
    with trio.fail_after(10):
        await server.wait_idle()
