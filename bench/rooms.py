"""Simulated rooms in a process of their own, for the loopback benchmarks.

``bench/e2e.py`` and ``bench/scale.py`` measure the client's process: its
CPU time, its RSS. The rooms must not share that process, so this module
runs them in a subprocess (``open_room`` from ``livecore_trio.room``, one
server per named room) and talks to it over stdin/stdout:

- argv[1] is a JSON spec, ``{name: {"frames": N, "wait": S, "rate": R,
  "ping_interval": P, "seed": S, "linger": L}}``: a seeded random stream of
  N frames (no pause, the last message ends it) after S seconds of silence;
  without ``frames`` the room stays silent (an idle room);
- its first stdout line is JSON, ``{name: {"url": ..., "first_payload": hex}}``;
- each stdin line ``report NAME`` answers one JSON line: what the room's
  sessions sent and received (acks owed, heartbeat lateness), after waiting
  a little for them to close; those sessions are then forgotten;
- end of stdin stops it.

The parent side is :class:`Rooms`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import trio

from livecore.handshake import MAX_PING_INTERVAL, MIN_PING_INTERVAL
from livecore.room import Room, RoomSession, Script, ScriptWait
from livecore_trio.room import RoomServer, open_room

IDLE_SECONDS = 24 * 3600.0
"""How long an idle room stays silent: longer than any benchmark."""


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0..100), nearest rank; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


# ---- the room process ------------------------------------------------------------


def build_room(spec: dict[str, Any]) -> Room:
    seed = int(spec.get("seed", 1))
    frames = int(spec.get("frames", 0))
    items: tuple[Any, ...] = ()
    if frames:
        items = Script.random(seed, frames, pause=False, end=True).items
    wait = float(spec.get("wait", 0 if frames else IDLE_SECONDS))
    if wait:
        items = (ScriptWait(wait), *items)
    return Room(
        Script(items),
        seed=seed,
        rate=float(spec.get("rate", 50)),
        ping_interval=float(spec.get("ping_interval", 10)),
        linger=float(spec.get("linger", 60)),  # never close on a client that is catching up
    )


def heartbeat_lateness(session: RoomSession, interval: float) -> list[float]:
    """Arrival lateness of each heartbeat, against the schedule ``t0 + seq * interval``.

    The client's t0 (its ``socket_opened``) is not visible here, so the
    schedule is anchored at the session's most punctual heartbeat: lateness is
    what a beat lost against the best one (loopback transit and the room's own
    scheduling included), never below zero.
    """
    offsets = [beat.at - beat.seq * interval for beat in session.heartbeats]
    if not offsets:
        return []
    anchor = min(offsets)
    return [offset - anchor for offset in offsets]


def summary(server: RoomServer, sessions: list[RoomSession]) -> dict[str, Any]:
    interval = min(max(server.room.ping_interval, MIN_PING_INTERVAL), MAX_PING_INTERVAL)
    lateness = [x for s in sessions for x in heartbeat_lateness(s, interval)]
    return {
        "sessions": len(sessions),
        "still_open": sum(1 for s in sessions if not s.closed),
        "frames_sent": sum(len(s.sent) for s in sessions),
        "messages_sent": sum(len(f.msg_ids) for s in sessions for f in s.sent),
        "acks_asked": sum(1 for s in sessions for f in s.sent if f.need_ack),
        "acks_missing": sum(len(s.unacked()) for s in sessions),
        "acks_unasked": sum(len(s.unasked_acks()) for s in sessions),
        "heartbeats": sum(len(s.heartbeats) for s in sessions),
        "heartbeat_interval_s": interval,
        "heartbeat_lateness_p50_s": percentile(lateness, 50),
        "heartbeat_lateness_p99_s": percentile(lateness, 99),
        "heartbeat_lateness_max_s": max(lateness, default=None),
    }


async def serve(spec: dict[str, dict[str, Any]]) -> None:
    async with AsyncExitStack() as stack:
        servers: dict[str, RoomServer] = {}
        for name, room_spec in spec.items():
            servers[name] = await stack.enter_async_context(open_room(build_room(room_spec)))
        hello = {
            name: {"url": s.url, "first_payload": s.first_payload().hex()}
            for name, s in servers.items()
        }
        print(json.dumps(hello), flush=True)
        stdin = trio.wrap_file(sys.stdin)
        while line := await stdin.readline():
            command, _, name = line.strip().partition(" ")
            if command != "report" or name not in servers:
                print(json.dumps({"error": f"unknown command {line.strip()!r}"}), flush=True)
                continue
            server = servers[name]
            with trio.move_on_after(5):
                await server.wait_idle()
            sessions = list(server.sessions)
            del server.sessions[: len(sessions)]  # keep the process small between rounds
            print(json.dumps(summary(server, sessions)), flush=True)


# ---- the parent side -------------------------------------------------------------


class Rooms:
    """The room process, seen from the benchmark: URLs, first payloads, reports, CPU time."""

    def __init__(
        self, spec: dict[str, dict[str, Any]], command: Sequence[str] | None = None
    ) -> None:
        """``command``: the room process to run (default: this module's); ``spec`` follows it."""
        script = command or [sys.executable, str(Path(__file__).resolve())]
        self.process = subprocess.Popen(
            [*script, json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        hello = self.process.stdout.readline()
        if not hello:
            raise SystemExit(f"{Path(script[1]).name}: the room process did not start")
        rooms = json.loads(hello)
        self.url = {name: r["url"] for name, r in rooms.items()}
        self.first_payload = {name: bytes.fromhex(r["first_payload"]) for name, r in rooms.items()}

    def report(self, name: str) -> dict[str, Any]:
        """What room ``name``'s sessions since the last report sent and received."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"report {name}\n")
        self.process.stdin.flush()
        return dict(json.loads(self.process.stdout.readline()))

    def cpu_seconds(self) -> float:
        """User + system CPU time of the room process so far."""
        return cpu_seconds(self.process.pid)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> Rooms:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_bytes(pid: int | None = None) -> int:
    """The resident set (VmRSS) of process ``pid`` (default: this one), from /proc (Linux)."""
    status = Path(f"/proc/{pid if pid is not None else 'self'}/status")
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS in {status}")


if __name__ == "__main__":
    trio.run(serve, json.loads(sys.argv[1]))
