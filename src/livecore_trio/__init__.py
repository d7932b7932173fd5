"""livecore's Trio adapter: sockets, timers and the ``livecore`` command line.

It moves bytes and time between the network and the sans-IO core in
``livecore`` and holds no protocol knowledge of its own.
"""

from livecore_trio.client import DEFAULT_BUFFER, DEFAULT_MAX_MESSAGE_SIZE, Client
from livecore_trio.providers import (
    BytesProvider,
    FileProvider,
    FirstPayload,
    PayloadProvider,
    UrlProvider,
)
from livecore_trio.room import RoomProvider, RoomServer, open_room

__all__ = [
    "DEFAULT_BUFFER",
    "DEFAULT_MAX_MESSAGE_SIZE",
    "BytesProvider",
    "Client",
    "FileProvider",
    "FirstPayload",
    "PayloadProvider",
    "RoomProvider",
    "RoomServer",
    "UrlProvider",
    "open_room",
]
