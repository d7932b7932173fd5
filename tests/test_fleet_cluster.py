"""The fleet on a real three-node NATS cluster on loopback (three nats-server
processes with routes): every command takes the cluster's three URLs,
``fleet init --replicas 3`` gives the stream and the bucket three copies, and
the stream leader's node killed mid-stream and started again loses, doubles
and reorders nothing."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import trio
from test_fleet_nats import (
    assert_books,
    ended,
    key,
    livecore,
    published,
    room,
    until,
    worker_in_process,
)

from livecore_trio.fleet.nats import open_nats
from livecore_trio.fleet.server import NatsServer
from livecore_trio.room import open_room

pytestmark = pytest.mark.trio


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[list[NatsServer]]:
    clients, routes = _free_ports(3), _free_ports(3)
    nodes = [
        NatsServer(
            tmp_path / f"n{i}",
            clients[i],
            name=f"n{i}",
            cluster=(routes[i], [p for j, p in enumerate(routes) if j != i]),
        )
        for i in range(3)
    ]
    try:
        for node in nodes:
            node.start()
        yield nodes
    finally:
        for node in nodes:
            node.stop()


def _urls(nodes: list[NatsServer]) -> str:
    return ",".join(node.url for node in nodes)


async def _init(urls: str) -> str:
    """``fleet init --replicas 3``, tried until the cluster has elected its leaders."""
    with trio.fail_after(90):
        while True:
            done = await trio.run_process(
                livecore("fleet", "init", "--nats", urls, "--replicas", "3"),
                capture_stdout=True,
                capture_stderr=True,
                check=False,
            )
            if done.returncode == 0:
                return done.stdout.decode()
            await trio.sleep(1.0)


async def test_init_replicates_the_stream_and_the_bucket_on_three_nodes(
    cluster: list[NatsServer],
) -> None:
    said = await _init(_urls(cluster))
    assert said.strip() == "stream LIVECORE: 3 replicas; bucket livecore: 3"
    async with open_nats(_urls(cluster)) as broker:
        assert await broker.replication() == {"stream": 3, "bucket": 3}
    status = subprocess.run(
        livecore("fleet", "status", "--nats", _urls(cluster), "--json"),
        capture_output=True,
        check=False,
    )
    assert status.returncode == 0, status.stderr


async def test_the_stream_leaders_node_killed_mid_stream_loses_nothing(
    cluster: list[NatsServer],
) -> None:
    urls = _urls(cluster)
    await _init(urls)
    async with open_room(room(71, 400, 40)) as served, open_nats(urls) as broker:
        await broker.add_targets({key(served): served.url})
        async with worker_in_process(urls, "w", lease_ttl=5.0, poll=0.2):
            await until(lambda: published(broker, served, 100), "events flowing")
            leader = await broker.stream_leader()
            node = next(n for n in cluster if n.name == leader)
            node.stop(kill=True)  # the stream's leader goes, mid-stream
            await trio.sleep(3.0)
            await node.start_async()
            await until(lambda: ended(broker, served), "the LIVE ended")
        await assert_books(broker, served)
