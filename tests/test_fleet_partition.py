"""A worker cut off from NATS while its rooms go on: a TCP proxy of the test's
own between the worker and NATS stops forwarding (no close, no reset: the
packets just go nowhere, as in a network partition) for longer than the lease
TTL, then heals. The worker gives its room up on its own when it finds its
lease gone, takes it again once NATS answers, and the stream holds every
message once, in order."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

import pytest
import trio
from test_fleet_nats import (
    assert_books,
    ended,
    key,
    nats,  # noqa: F401 - the fixture
    published,
    room,
    trio_true,
    until,
    worker_in_process,
)

from livecore_trio.fleet.nats import open_nats
from livecore_trio.fleet.server import NatsServer
from livecore_trio.room import open_room

pytestmark = pytest.mark.trio


class Partition:
    """A TCP proxy on 127.0.0.1 to ``port``; :attr:`cut` drops every byte both ways."""

    def __init__(self) -> None:
        self.cut = False
        self.port = 0

    async def _pipe(self, source: trio.SocketStream, sink: trio.SocketStream) -> None:
        try:
            while data := await source.receive_some(65536):
                if not self.cut:  # cut: read and dropped, never answered, never closed
                    await sink.send_all(data)
        except (trio.BrokenResourceError, trio.ClosedResourceError):
            pass

    async def serve(self, upstream_port: int, client: trio.SocketStream) -> None:
        upstream = await trio.open_tcp_stream("127.0.0.1", upstream_port)
        async with client, upstream, trio.open_nursery() as nursery:
            nursery.start_soon(self._pipe, client, upstream)
            nursery.start_soon(self._pipe, upstream, client)


@asynccontextmanager
async def partition(upstream_port: int) -> AsyncIterator[Partition]:
    proxy = Partition()
    async with trio.open_nursery() as nursery:
        handler = partial(proxy.serve, upstream_port)
        listeners = await nursery.start(partial(trio.serve_tcp, handler, 0, host="127.0.0.1"))
        proxy.port = listeners[0].socket.getsockname()[1]
        yield proxy
        nursery.cancel_scope.cancel()


async def test_a_partition_longer_than_the_ttl_loses_nothing(nats: NatsServer) -> None:  # noqa: F811
    async with (
        open_room(room(81, 400, 30)) as only,
        open_nats(nats.url) as broker,
        partition(nats.port) as cut,
    ):
        await broker.add_targets({key(only): only.url})
        async with worker_in_process(f"nats://127.0.0.1:{cut.port}", "w", lease_ttl=2.0, poll=0.1):
            await until(lambda: published(broker, only, 100), "events published")
            cut.cut = True  # the worker can neither renew nor publish, and is not told
            await until(lambda: trio_true(all(s.closed for s in only.sessions)), "room let go")
            await trio.sleep(2.0)
            cut.cut = False
            await until(lambda: ended(broker, only), "the LIVE ended")
        assert len(only.sessions) >= 2 and only.sessions[-1].start > 0  # resumed
        await assert_books(broker, only)
