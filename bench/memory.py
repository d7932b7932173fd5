"""Memory over long runs: RSS growth per 100,000 events and per hour (issue 23).

Up to c4e78d0 ``livecore.frames.encode_ack`` refilled one thread-local
``PushFrame`` per thread and serialized it. With protobuf's upb backend every
bytes value set on a message lives in that message's arena until the message
is freed, so the template grew by about an ext's size with every ack, for
ever. The fix builds a fresh ``PushFrame`` per ack. This benchmark measures
both, in the same run, on the Trio client against simulated rooms on
127.0.0.1 (a room process of its own: ``bench/rooms.py``'s, serving this
module's rooms, where every ``msg`` frame asks for an ack, as TikTok's do,
with a TikTok-sized internal_ext of ``--ext-bytes`` bytes):

client
    one ``livecore_trio.Client`` in a fresh interpreter (this script with
    ``--client-worker``) reads a room's ``--frames`` frame stream pushed as
    fast as it can go (the last frame ends it), one handler for ``Event``
    counting events. Every ``--every`` events the client reads its own RSS
    (``/proc/self/statm``, after ``gc.collect()`` and ``malloc_trim(0)``).
    Growth per 100,000 events is the least-squares slope of RSS over events
    from the ``--from-events``-th event on (also given: last minus first
    over the same span). Two ack encoders, alternated for ``--runs`` rounds,
    medians: ``before``, the code before c4e78d0 (its ``_AckTemplate``,
    copied below), monkeypatched over ``livecore.frames.encode_ack`` in the
    child (``livecore.connection`` calls ``frames.encode_ack`` through the
    module, so it picks the patch up; the child checks that the template
    was written to), and ``after``, the code as it is.
rooms
    ``--rooms`` clients in one fresh interpreter (``--rooms-worker``), each
    in a session of its own on one simulated room that pushes every session
    the same stream at ``--rate`` frames/s (about 10 events a frame), held
    ``--duration`` seconds, RSS sampled every ``--sample`` seconds. Growth
    per hour and per 100,000 events: least-squares slopes from ``--warmup``
    seconds on. With the code as it is (``--ack template``:
    the old encoder). A connection's dedup window (the latest 10,000
    msg_ids) fills for hours at a LIVE's pace, which is growth, bounded, not
    a leak; its share is estimated from the ids the windows hold (each
    connection's ``checkpoint()``) and what such windows weigh (tracemalloc)
    and subtracted: the residual is the rest. ``--dedup-window 100`` fills
    the windows within the warm-up, so that the fit sees no filling at all.

    .venv/bin/python bench/memory.py [--only client|rooms] [--runs 2] [--json FILE]
"""

from __future__ import annotations

import argparse
import ctypes
import dataclasses
import gc
import inspect
import json
import math
import os
import random
import shlex
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from collections import deque
from pathlib import Path
from typing import Any, Final

import trio

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decode
import rooms as room_process
from rooms import Rooms
from scale import connect_all, raise_fd_limit

import livecore.connection
from livecore import frames
from livecore.events import DisconnectReason, Event
from livecore.protocol import ENCODING_PB, PayloadType
from livecore.room import Room, Script
from livecore_trio.client import Client

KiB = 1024
MiB = 1024 * KiB
PER = 100_000  # events: growth is given per this many
TARGET_KIB: Final = 200  # the target, KiB per 100,000 events (after)
REPORTED_KIB: Final = 1052  # what the reporter measured before the fix
ENCODERS = ("before", "after")
ROOM_RATE_MAX = 100_000.0  # frames/s: as fast as the client reads
PAGE = os.sysconf("SC_PAGE_SIZE")
#: The dedup window a connection keeps by default (msg_ids).
WINDOW: Final[int] = (
    inspect.signature(livecore.connection.Connection).parameters["dedup_window"].default
)
try:
    _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
except (OSError, AttributeError):  # not glibc: nothing to trim
    _malloc_trim = None


# ---- the code before c4e78d0 (src/livecore/frames.py), copied as it was ----------
# Only the imports differ: PushFrame is taken from livecore.frames, which
# imports it from the generated module (the same class).
PushFrame = frames.PushFrame


class _AckTemplate(threading.local):
    """One ack PushFrame per thread, refilled for every ack: building a
    protobuf message costs more than the rest of an ack (docs/benchmarks.md).
    The core starts no thread; per-thread only keeps connections that their
    drivers run in different threads from sharing the template."""

    def __init__(self) -> None:
        self.frame = PushFrame(payload_encoding=ENCODING_PB, payload_type=PayloadType.ACK)


_ACK_FRAME: Final = _AckTemplate()


def template_encode_ack(log_id: int, internal_ext: str | bytes) -> bytes:
    """The ack for a ``msg`` frame: its log_id, and its internal_ext (``-`` when empty).

    ``internal_ext`` is echoed byte for byte, even when it is not valid UTF-8.
    """
    ext = internal_ext.encode() if isinstance(internal_ext, str) else bytes(internal_ext)
    frame = _ACK_FRAME.frame
    frame.log_id = log_id
    frame.payload = ext or b"-"
    return frame.SerializeToString()


# ---- end of the code before c4e78d0 ---------------------------------------------


def use_encoder(ack: str) -> None:
    """In a worker: ``before`` swaps the old template encoder in, ``after`` keeps the code."""
    if ack == "before":
        frames.encode_ack = template_encode_ack
    if livecore.connection.frames.encode_ack is not (
        template_encode_ack if ack == "before" else frames.encode_ack
    ):
        raise SystemExit("livecore.connection does not call livecore.frames.encode_ack")


def template_used() -> bool:
    """Whether any ack went through the old template in this process."""
    return bool(_ACK_FRAME.frame.log_id)


def settled_rss() -> int:
    """This process's resident set, bytes, once garbage is collected and the
    allocator has handed its free memory back: what stays is what is held."""
    gc.collect()
    if _malloc_trim is not None:
        _malloc_trim(0)
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def slope(xs: list[float], ys: list[float]) -> float | None:
    """The least-squares slope of ys over xs; None for fewer than two distinct xs."""
    if len(set(xs)) < 2:
        return None
    return statistics.linear_regression(xs, ys).slope


# ---- the rooms: bench/rooms.py's process and protocol, these rooms ----------------


def tiktok_ext(ext: str, size: int) -> str:
    """The room's internal_ext grown to ``size`` bytes as TikTok's are (a
    ``wrds_v`` field at the end); one already as long is left as it is."""
    tail = "|wrds_v:"
    if len(ext) + len(tail) + 1 > size:
        return ext
    return (ext + tail + "7312345678901234567" * (size // 19 + 1))[:size]


def build_room(spec: dict[str, Any]) -> Room:
    """A seeded random stream of ``frames`` frames (the last one ends it) at
    ``rate`` frames/s, ``ack_ratio`` of the frames asking for an ack, every
    internal_ext ``ext_bytes`` long (0: the room's own, about 130 bytes).
    Every frame is encoded before any client comes, so each run meets the same room."""
    seed = int(spec.get("seed", 1))
    room = Room(
        Script.random(seed, int(spec["frames"]), pause=False, end=True),
        seed=seed,
        rate=float(spec["rate"]),
        ping_interval=float(spec.get("ping_interval", 10)),
        ack_ratio=float(spec["ack_ratio"]),
        linger=60,  # never close on a client that is catching up
    )
    size = int(spec.get("ext_bytes", 0))
    if size:  # the room's log is fixed at construction; its internal_exts are replaced once
        # No public way to set a room's exts: its log (frozen entries) is replaced.
        room._log = tuple(
            dataclasses.replace(e, internal_ext=tiktok_ext(e.internal_ext, size))
            if e.index >= 0
            else e
            for e in room.log
        )
    for _ in room.frames():  # build (and cache) every frame now
        pass
    return room


class MemoryRooms(Rooms):
    """:class:`rooms.Rooms`, its process running this module's :func:`build_room`."""

    def __init__(self, spec: dict[str, dict[str, Any]]) -> None:
        here = str(Path(__file__).resolve())
        super().__init__(spec, [sys.executable, here, "--room-process"])


def serve_rooms(spec: str) -> None:
    room_process.build_room = build_room  # serve() builds its rooms through it
    trio.run(room_process.serve, json.loads(spec))


def room_facts(spec: dict[str, Any]) -> dict[str, Any]:
    """The room's own internal_ext, the one pushed, and the share of frames asking for acks."""
    room = Room(Script.random(1, 3, pause=False, end=True), seed=1, ack_ratio=spec["ack_ratio"])
    own = next(e.internal_ext for e in room.log if e.index >= 0)
    pushed = tiktok_ext(own, spec["ext_bytes"]) if spec["ext_bytes"] else own
    return {
        "room_internal_ext": own,
        "room_internal_ext_bytes": len(own),
        "internal_ext": pushed,
        "internal_ext_bytes": len(pushed.encode()),
        "ack_ratio": spec["ack_ratio"],
        "room_default_ack_ratio": 0.75,
    }


def run_child(flag: str, spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    """This script in a fresh interpreter; its last stdout line is its JSON result."""
    command = [sys.executable, str(Path(__file__).resolve()), flag, json.dumps(spec)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, timeout=timeout, check=False)
    if done.returncode:
        raise SystemExit(f"{flag} {spec.get('ack')} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---- client: one client over a long stream ------------------------------------------


async def one_client(payload: bytes, every: int) -> dict[str, Any]:
    """The Trio client through the whole stream; [events, acks, RSS, s] every ``every`` events."""
    samples: list[list[float]] = []
    events = 0
    client = Client(payload, unique_id="bench")
    start = time.perf_counter()

    def sample() -> None:
        rss = settled_rss()
        samples.append([events, client.connection.acks_sent, rss, time.perf_counter() - start])

    def count(event: Event) -> None:
        nonlocal events
        event.msg_id  # noqa: B018 - one real attribute read per event
        events += 1
        if not events % every:
            sample()

    client.on(Event)(count)
    sample()
    end = await client.run()
    seconds = time.perf_counter() - start
    sample()  # after the socket closed: in the series, never in the fit
    if end.reason is not DisconnectReason.LIVE_ENDED:
        raise SystemExit(f"the client's session ended with {end.reason.value}: {end.detail}")
    conn = client.connection
    return {
        "events": events,
        "frames": conn.frames_received,
        "messages": conn.messages_received,
        "acks_sent": conn.acks_sent,
        "seconds": seconds,
        "events_per_s": events / seconds,
        "samples": samples,
    }


def client_worker(spec: dict[str, Any]) -> None:
    use_encoder(spec["ack"])
    result = trio.run(one_client, bytes.fromhex(spec["payload"]), spec["every"])
    result["ack"] = spec["ack"]
    result["template_used"] = template_used()
    if result["template_used"] != (spec["ack"] == "before"):
        raise SystemExit(f"{spec['ack']}: the old template was used: {result['template_used']}")
    print(json.dumps(result), flush=True)


def client_growth(run: dict[str, Any], from_events: int) -> dict[str, Any]:
    """Growth from the ``from_events``-th event on: fitted slope and last minus first."""
    points = [s for s in run["samples"][:-1] if s[0] >= from_events]
    if len(points) < 2:
        raise SystemExit(f"fewer than two samples from event {from_events:,} on: more --frames")
    events, acks, rss = ([p[i] for p in points] for i in range(3))
    fit = slope(events, rss)
    per_ack = slope(acks, rss)
    return {
        "fit_from_events": points[0][0],
        "fit_to_events": points[-1][0],
        "fit_points": len(points),
        "kib_per_100k_events": None if fit is None else fit * PER / KiB,
        "kib_per_100k_events_endpoints": (rss[-1] - rss[0]) / (events[-1] - events[0]) * PER / KiB,
        "bytes_per_ack": per_ack,
        "rss_at_fit_start": rss[0],
        "rss_at_fit_end": rss[-1],
        "rss_first": run["samples"][0][2],
    }


CLIENT_SUMMARY = ("events", "acks_sent", "seconds", "events_per_s")
GROWTH_SUMMARY = (
    "kib_per_100k_events",
    "kib_per_100k_events_endpoints",
    "bytes_per_ack",
    "rss_at_fit_start",
    "rss_at_fit_end",
)


def client_part(args: argparse.Namespace) -> dict[str, Any]:
    """Before and after, alternated, each run in a fresh interpreter; medians."""
    spec = room_spec(args, frames=args.frames, rate=ROOM_RATE_MAX, seed=1)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in ENCODERS}
    with MemoryRooms({"stream": spec}) as served:
        payload = served.first_payload["stream"].hex()
        for r in range(args.runs):
            for ack in ENCODERS[r % 2 :] + ENCODERS[: r % 2]:
                child = {"ack": ack, "payload": payload, "every": args.every}
                run = run_child("--client-worker", child, timeout=900)
                run["growth"] = client_growth(run, args.from_events)
                run["room_report"] = served.report("stream")
                runs[ack].append(run)
                if not args.quiet:
                    g = run["growth"]
                    print(
                        f"  round {r + 1}/{args.runs} {ack}: {run['events']:,} events in"
                        f" {run['seconds']:.0f} s, {g['kib_per_100k_events']:,.0f} KiB/100k events",
                        file=sys.stderr,
                    )
    summary: dict[str, Any] = {}
    for ack, group in runs.items():
        s = {k: statistics.median(r[k] for r in group) for k in CLIENT_SUMMARY}
        s |= {k: statistics.median(r["growth"][k] for r in group) for k in GROWTH_SUMMARY}
        s["acks_missing"] = sum(r["room_report"]["acks_missing"] for r in group)
        s["acks_asked"] = sum(r["room_report"]["acks_asked"] for r in group)
        summary[ack] = s
    return {"room": spec, "runs": runs, "summary": summary}


def room_spec(args: argparse.Namespace, *, frames: int, rate: float, seed: int) -> dict[str, Any]:
    return {
        "frames": frames,
        "rate": rate,
        "seed": seed,
        "ack_ratio": args.ack_ratio,
        "ext_bytes": args.ext_bytes,
        "ping_interval": 10,
    }


# ---- rooms: many clients held for a long time ---------------------------------------


def _pushed_to(client: Client) -> bool:
    """The room pushed its first frame to this client, or the session is over."""
    return bool(client.connection.frames_received) or client.disconnect is not None


def window_ids(clients: list[Client]) -> list[int]:
    """How many msg_ids each connection's dedup window holds now."""
    return [len(c.connection.checkpoint().msg_ids) for c in clients]


async def hold_rooms(spec: dict[str, Any]) -> dict[str, Any]:
    """``n`` clients held ``duration`` s; [s, events, acks, RSS, window ids] every ``sample`` s."""
    n, duration, every = spec["n"], spec["duration"], spec["sample"]
    payload = bytes.fromhex(spec["payload"])
    events = 0

    def count(event: Event) -> None:
        nonlocal events
        event.msg_id  # noqa: B018 - one real attribute read per event
        events += 1

    window = {"dedup_window": spec["dedup_window"]}
    clients = [Client(payload, unique_id=f"room{i}", **window) for i in range(n)]
    for client in clients:
        client.on(Event)(count)
    samples: list[list[float]] = []
    windows: dict[str, list[int]] = {}
    start = trio.current_time()

    def sample(at: float) -> None:
        rss = settled_rss()
        ids = window_ids(clients)
        acks = sum(c.connection.acks_sent for c in clients)
        samples.append([round(at, 2), events, acks, rss, sum(ids)])
        if at >= spec["warmup"] and "warmup" not in windows:
            windows["warmup"] = ids
        windows["end"] = ids

    async with trio.open_nursery() as nursery:
        sample(0.0)
        connect_s = await connect_all(nursery, clients, lambda: all(map(_pushed_to, clients)))
        at = every
        while at <= duration + 1e-9:
            await trio.sleep_until(start + at)
            sample(trio.current_time() - start)
            if not spec["quiet"] and not round(at) % 60:
                print(f"  {at:.0f} s: {events:,} events", file=sys.stderr)
            at += every
        for client in clients:
            client.close()
    ended = [c.disconnect.reason if c.disconnect else None for c in clients]
    return {
        "connections": n,
        "connect_s": connect_s,
        "sessions_ended_otherwise": sum(e is not DisconnectReason.CLOSED_BY_CLIENT for e in ended),
        "reconnects": sum(c.connection.reconnects for c in clients),
        "events": events,
        "acks_sent": sum(c.connection.acks_sent for c in clients),
        "samples": samples,
        "window_ids_at_warmup": windows["warmup"],
        "window_ids_at_end": windows["end"],
    }


def window_bytes(counts: list[int]) -> int:
    """What dedup windows holding ``counts`` msg_ids weigh (tracemalloc). A
    window is a set and a deque of the same ints, filled one id at a time;
    63-bit ids, as TikTok's are. Built here rather than through the core's
    class, so the estimate does not depend on its name or home."""
    rng = random.Random(1)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    windows = []
    for count in counts:
        ids: set[int] = set()
        order: deque[int] = deque()
        for _ in range(count):
            msg_id = rng.randrange(2**62, 2**63)
            ids.add(msg_id)
            order.append(msg_id)
        windows.append((ids, order))
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    del windows
    return int(used)


def rooms_worker(spec: dict[str, Any]) -> None:
    use_encoder(spec["ack"])
    raise_fd_limit(2 * spec["n"] + 64)
    result = trio.run(hold_rooms, spec)
    start, end = result.pop("window_ids_at_warmup"), result["window_ids_at_end"]
    held = sum(end) - sum(start)
    grown = window_bytes(end) - window_bytes(start)
    result["windows"] = {
        "ids_at_warmup": sum(start),
        "ids_at_end": sum(end),
        "bytes_grown": grown,
        "bytes_per_id": grown / held if held else None,
        "bytes_when_full": window_bytes([spec["dedup_window"]] * spec["n"]),
        "size": spec["dedup_window"],
    }
    del result["window_ids_at_end"]
    result["ack"] = spec["ack"]
    result["template_used"] = template_used()
    print(json.dumps(result), flush=True)


def rooms_growth(run: dict[str, Any], warmup: float) -> dict[str, Any]:
    """Slopes from ``warmup`` s on: RSS, and the windows' share, per hour and per 100,000 events."""
    points = [s for s in run["samples"] if s[0] >= warmup]
    if len(points) < 2:
        raise SystemExit("fewer than two samples after the warm-up: a longer --duration")
    t, events, rss, ids = ([p[i] for p in points] for i in (0, 1, 3, 4))
    per_id = run["windows"]["bytes_per_id"] or 0.0
    rss_s, rss_e = slope(t, rss) or 0.0, slope(events, rss) or 0.0
    ids_s, ids_e = slope(t, ids) or 0.0, slope(events, ids) or 0.0
    ids_per_s = ids_s / run["connections"]
    left = run["windows"]["size"] - ids[-1] / run["connections"]
    return {
        "from_s": t[0],
        "to_s": t[-1],
        "events_in_fit": events[-1] - events[0],
        "events_per_s": (events[-1] - events[0]) / (t[-1] - t[0]),
        "rss_at_warmup": rss[0],
        "rss_at_end": rss[-1],
        "mib_per_hour": rss_s * 3600 / MiB,
        "kib_per_100k_events": rss_e * PER / KiB,
        "windows_mib_per_hour": ids_s * per_id * 3600 / MiB,
        "windows_kib_per_100k_events": ids_e * per_id * PER / KiB,
        "residual_mib_per_hour": (rss_s - ids_s * per_id) * 3600 / MiB,
        "residual_kib_per_100k_events": (rss_e - ids_e * per_id) * PER / KiB,
        "endpoints_mib_per_hour": (rss[-1] - rss[0]) / (t[-1] - t[0]) * 3600 / MiB,
        "windows_full_after_h": left / ids_per_s / 3600 if ids_per_s > 0 else None,
    }


def rooms_part(args: argparse.Namespace) -> dict[str, Any]:
    frames_needed = math.ceil(args.rate * (args.duration + 120)) + 10  # outlasts the hold
    spec = room_spec(args, frames=frames_needed, rate=args.rate, seed=2)
    with MemoryRooms({"live": spec}) as served:
        child = {
            "ack": "before" if args.ack == "template" else args.ack,
            "n": args.rooms,
            "duration": args.duration,
            "sample": args.sample,
            "warmup": args.warmup,
            "dedup_window": args.dedup_window,
            "quiet": args.quiet,
            "payload": served.first_payload["live"].hex(),
        }
        run = run_child("--rooms-worker", child, timeout=args.duration + 900)
        run["room_report"] = served.report("live")
    run["growth"] = rooms_growth(run, args.warmup)
    return {"room": spec, "settings": {k: v for k, v in child.items() if k != "payload"}} | run


# ---- the report -----------------------------------------------------------------------


def client_table(part: dict[str, Any], args: argparse.Namespace) -> str:
    s = part["summary"]
    lines = [
        f"one client, {args.frames:,} frames a run as fast as it reads, every frame asking for"
        f" an ack with a {args.ext_bytes}-byte internal_ext; medians of {args.runs} rounds;"
        f" growth from event {args.from_events:,} on",
        f"{'ack encoder':<34} {'events':>9} {'acks':>8} {'s':>5} {'RSS@fit MiB':>12}"
        f" {'RSS end MiB':>12} {'KiB/100k ev':>12} {'last-first':>11} {'B/ack':>6}",
    ]
    names = {"before": "before (template, before c4e78d0)", "after": "after (fresh PushFrame, now)"}
    for ack in ENCODERS:
        r = s[ack]
        lines.append(
            f"{names[ack]:<34} {r['events']:>9,.0f} {r['acks_sent']:>8,.0f} {r['seconds']:>5.0f}"
            f" {r['rss_at_fit_start'] / MiB:>12.1f} {r['rss_at_fit_end'] / MiB:>12.1f}"
            f" {r['kib_per_100k_events']:>12,.1f} {r['kib_per_100k_events_endpoints']:>11,.1f}"
            f" {r['bytes_per_ack']:>6.0f}"
        )
    after = s["after"]["kib_per_100k_events"]
    lines.append(
        f"target: after < {TARGET_KIB} KiB per 100,000 events"
        f" ({'met' if after < TARGET_KIB else 'MISSED'});"
        f" the reporter's before: ~{REPORTED_KIB:,} KiB; acks missing"
        f" {s['before']['acks_missing'] + s['after']['acks_missing']}"
        f" of {s['before']['acks_asked'] + s['after']['acks_asked']:,}"
    )
    return "\n".join(lines)


def rooms_table(part: dict[str, Any]) -> str:
    g, w = part["growth"], part["windows"]
    st = part["settings"]
    per_hour = (
        "" if g["windows_full_after_h"] is None else f", full in ~{g['windows_full_after_h']:.1f} h"
    )
    return "\n".join(
        [
            f"{st['n']} rooms held {st['duration']:g} s ({part['room']['rate']:g} frames/s each,"
            f" ack encoder {st['ack']}, dedup windows of {w['size']:,} ids);"
            f" fit from {g['from_s']:.0f} s to {g['to_s']:.0f} s",
            f"events {part['events']:,} in all ({g['events_in_fit']:,} in the fit,"
            f" {g['events_per_s']:,.0f}/s), acks {part['acks_sent']:,}, connected in"
            f" {part['connect_s']:.1f} s, reconnects {part['reconnects']}",
            f"RSS {g['rss_at_warmup'] / MiB:.1f} MiB at the warm-up's end,"
            f" {g['rss_at_end'] / MiB:.1f} MiB at the end",
            f"{'':<26} {'MiB/hour':>9} {'KiB/100k events':>16}",
            f"{'RSS':<26} {g['mib_per_hour']:>9.2f} {g['kib_per_100k_events']:>16.1f}",
            f"{'dedup windows filling':<26} {g['windows_mib_per_hour']:>9.2f}"
            f" {g['windows_kib_per_100k_events']:>16.1f}",
            f"{'residual':<26} {g['residual_mib_per_hour']:>9.2f}"
            f" {g['residual_kib_per_100k_events']:>16.1f}",
            f"windows: {w['ids_at_end']:,} ids held at the end,"
            f" {w['bytes_per_id'] or 0:.0f} B an id;"
            f" {w['bytes_when_full'] / MiB:.0f} MiB when all are full{per_hour}",
        ]
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--only", choices=("client", "rooms"), help="one part only")
    p.add_argument("--runs", type=int, default=2, help="client rounds, before and after (2)")
    p.add_argument("--frames", type=int, default=100_000, help="frames a client run (100000)")
    p.add_argument("--every", type=int, default=10_000, help="events between RSS samples")
    p.add_argument("--from-events", type=int, default=PER, help="fit from this event on")
    p.add_argument("--ext-bytes", type=int, default=173, help="internal_ext size (0: the room's)")
    p.add_argument("--ack-ratio", type=float, default=1.0, help="frames asking for an ack (1)")
    p.add_argument("--rooms", type=int, default=300, help="clients held at once (300)")
    p.add_argument("--duration", type=float, default=600.0, help="s they are held (600)")
    p.add_argument("--rate", type=float, default=0.5, help="frames/s a room pushes (0.5)")
    p.add_argument("--warmup", type=float, default=60.0, help="s left out of the fit (60)")
    p.add_argument("--sample", type=float, default=10.0, help="s between RSS samples (10)")
    p.add_argument(
        "--dedup-window",
        type=int,
        default=WINDOW,
        help=f"rooms: msg_ids each connection remembers (the default, {WINDOW:,})",
    )
    p.add_argument(
        "--ack",
        choices=("after", "before", "template"),
        default="after",
        help="rooms: the ack encoder (before, template: the code before c4e78d0)",
    )
    p.add_argument("--json", metavar="FILE", help="write the results as JSON")
    p.add_argument("--quiet", action="store_true")
    for hidden in ("--room-process", "--client-worker", "--rooms-worker"):
        p.add_argument(hidden, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.room_process:
        return serve_rooms(args.room_process)
    if args.client_worker:
        return client_worker(json.loads(args.client_worker))
    if args.rooms_worker:
        return rooms_worker(json.loads(args.rooms_worker))
    report: dict[str, Any] = {
        "benchmark": "memory",
        "machine": decode.machine(),
        "command": shlex.join(sys.orig_argv),
        "settings": {k: v for k, v in vars(args).items() if not k.endswith(("process", "worker"))},
        "room": room_facts({"ack_ratio": args.ack_ratio, "ext_bytes": args.ext_bytes}),
    }
    started = time.perf_counter()
    if args.only != "rooms":
        report["client"] = client_part(args)
        print(client_table(report["client"], args))
    if args.only != "client":
        report["rooms"] = rooms_part(args)
        print(rooms_table(report["rooms"]))
    report["seconds"] = time.perf_counter() - started
    decode.write(report, args)
    return None


if __name__ == "__main__":
    main()
