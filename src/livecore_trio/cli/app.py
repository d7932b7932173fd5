"""The ``livecore`` command line: a contract, held by tests/test_cli*.py and the docs."""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TextIO

import trio

from livecore import __version__
from livecore import events as ev
from livecore.connection import Connection
from livecore.recording import RecordingError, read_frames, replay, write_frame
from livecore.room import DEFAULT_PING_INTERVAL, DEFAULT_RATE, Room, Script, ScriptError, step_help
from livecore_trio import groups
from livecore_trio.cli import fleet, gifts, info, watch
from livecore_trio.cli.argtypes import positive, probability
from livecore_trio.cli.display import View, describe
from livecore_trio.cli.exits import Exit, epilog
from livecore_trio.client import Client
from livecore_trio.providers import UrlProvider
from livecore_trio.room import RoomServer, open_room

__all__ = ["main"]


def _replay(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    try:
        source = path.open("rb")
    except OSError as exc:
        print(f"livecore replay: {exc.strerror}: {path}", file=sys.stderr)
        return Exit.SYSTEM
    counts: Counter[str] = Counter()
    frames = 0

    def counted() -> Iterator[bytes]:
        nonlocal frames
        for data in read_frames(source):
            frames += 1
            yield data

    conn = Connection(unique_id=args.unique_id, room_id=args.room_id, validate=args.validate)
    started = time.perf_counter()
    try:
        with source:
            for event in replay(counted(), conn):
                name = type(event).__name__
                counts[name] += 1
                if args.json:
                    out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                elif not args.count and name != "WebsocketResponseEvent":
                    out.write(describe(event) + "\n")
    except RecordingError as exc:
        print(f"livecore replay: {path}: {exc}", file=sys.stderr)
        return Exit.FAILED
    seconds = time.perf_counter() - started
    messages = conn.messages_received
    if args.count:
        summary = {
            "frames": frames,
            "messages": messages,
            "events": sum(counts.values()),
            "seconds": round(seconds, 6),
            "messages_per_s": round(messages / seconds, 1) if seconds > 0 else None,
            "counts": dict(sorted(counts.items())),
        }
        out.write(json.dumps(summary) + "\n")
    elif not args.json:
        out.write(
            f"-- {frames} frames, {messages} messages, {sum(counts.values())} events "
            f"in {seconds:.3f} s\n"
        )
    return 0


def _script(args: argparse.Namespace) -> Script:
    if args.scenario:
        return Script.parse(Path(args.scenario).read_text(encoding="utf-8"))
    return Script.random(args.seed, args.frames)


def _room(args: argparse.Namespace) -> Room:
    return Room(
        _script(args),
        seed=args.seed,
        rate=args.rate,
        ping_interval=args.ping_interval,
        faults=getattr(args, "faults", None),  # `livecore room --faults`
    )


def _fault_plan(spec: str) -> Any:
    """An argparse type: a fault plan (a usage error naming the bad item otherwise)."""
    from livecore.room import Faults, FaultSpecError

    try:
        return Faults.parse(spec)
    except FaultSpecError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _room_report(server: RoomServer) -> str:
    sessions = server.sessions
    sent = sum(len(s.sent) for s in sessions)
    messages = sum(len(f.msg_ids) for s in sessions for f in s.sent)
    acks_due = sum(1 for s in sessions for f in s.sent if f.need_ack)
    acks = sum(len(s.acks) for s in sessions)
    unacked = sum(len(s.unacked()) for s in sessions)
    beats = sum(len(s.heartbeats) for s in sessions)
    return (
        f"-- room: {sent} frames, {messages} messages sent; {acks} acks for {acks_due} "
        f"frames that asked ({unacked} missing); {beats} heartbeats"
    )


async def _demo_main(args: argparse.Namespace, out: TextIO) -> int:
    view = View(out, json_lines=args.json)
    async with open_room(_room(args)) as server:
        client = Client(server.provider(), unique_id="livecore_demo")
        view.watch(client)
        started = time.perf_counter()
        end = await client.run()
        seconds = time.perf_counter() - started
        view.finish(
            _room_report(server),
            f"-- client: {client.connection.messages_received} messages, "
            f"{sum(view.counts.values())} events in {seconds:.2f} s; ended: {end.reason.value}",
        )
    return _ended(end, gone=view.gone)


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    return trio.run(_demo_main, args, out)


async def _room_main(args: argparse.Namespace, out: TextIO) -> int:
    room = _room(args)
    async with open_room(room, host=args.host, port=args.port) as server:
        out.write(server.url + "\n")
        out.flush()
        if args.first_payload:
            Path(args.first_payload).write_bytes(server.first_payload())
        told: set[int] = set()  # ids of the sessions already reported (the room forgets old ones)
        while True:  # until interrupted: say when clients come and go
            await trio.sleep(0.5)
            told &= {id(s) for s in server.sessions}  # kept sessions only: ids stay unique
            for session in list(server.sessions):
                if not session.closed or id(session) in told:
                    continue
                told.add(id(session))
                print(
                    f"client from cursor {session.query.get('cursor') or '-'}: "
                    f"{len(session.sent)} frames, {len(session.acks)} acks, "
                    f"{len(session.heartbeats)} heartbeats, closed {session.lost_code}",
                    file=sys.stderr,
                )


def _soak(args: argparse.Namespace, out: TextIO) -> int:
    from livecore.reconnect import NO_RECONNECT
    from livecore_trio.cli.soak import SOAK_POLICY, soak

    policy = NO_RECONNECT if args.no_reconnect else SOAK_POLICY
    report = trio.run(
        partial(soak, args.frames, args.fault_rate, args.seed, rate=args.rate, policy=policy)
    )
    faults = ", ".join(f"{kind} {n}" for kind, n in report.faults.items()) or "none"
    out.write(
        f"-- soak: {report.messages_sent} messages sent, {report.messages_received} received; "
        f"lost {report.lost}, duplicated {report.duplicated}, out of order "
        f"{report.out_of_order}; {report.reconnects} reconnects; faults: {faults}; "
        f"{report.seconds:.1f} s; ended: {report.disconnect}\n"
    )
    out.write(json.dumps(report.to_dict()) + "\n")
    return Exit.OK if report.ok else Exit.FAILED


def _ended(end: ev.DisconnectEvent, *, gone: bool = False) -> int:
    """A session's exit code: 0 when the LIVE ended (or stdout went away), 1 otherwise."""
    if gone or end.reason is ev.DisconnectReason.LIVE_ENDED:
        return Exit.OK
    return Exit.FAILED


def _room_cmd(args: argparse.Namespace, out: TextIO) -> int:
    code: int = trio.run(_room_main, args, out)  # until interrupted: 130 from main()
    return code


async def _record_main(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.output)
    with path.open("wb") as sink:
        frames = 0

        def record(data: bytes) -> None:
            nonlocal frames
            write_frame(sink, data)
            frames += 1

        view = View(out, json_lines=args.json)
        client = Client(UrlProvider(args.url), unique_id=args.unique_id, record=record)
        view.watch(client)
        end = await client.run()
        view.finish()
    if client.error is not None:
        print(f"livecore record: {end.detail}", file=sys.stderr)
    print(f"livecore record: {frames} frames written to {path}", file=sys.stderr)
    return _ended(end)


def _record(args: argparse.Namespace, out: TextIO) -> int:
    return trio.run(_record_main, args, out)


def _add_stream_options(
    parser: argparse.ArgumentParser, *, frames: int, rate: float, ping: float
) -> None:
    parser.add_argument("--seed", type=int, default=1, help="draws the stream (default 1)")
    parser.add_argument(
        "--frames",
        type=positive(int),
        default=frames,
        help=f"msg frames in the stream (default {frames})",
    )
    parser.add_argument(
        "--rate",
        type=positive(float, 100_000),
        default=rate,
        help=f"frames per second, up to 100000 (default {rate:g})",
    )
    parser.add_argument(
        "--ping-interval",
        type=positive(float, 300),
        default=ping,
        metavar="S",
        help=f"heartbeat interval announced to clients, seconds (default {ping:g})",
    )
    steps = "; ".join(step_help())
    parser.add_argument(
        "--scenario", metavar="FILE", help=f"a hand-written stream, one step per line: {steps}"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="livecore", description="TikTok LIVE Webcast connection engine."
    )
    parser.add_argument("-V", "--version", action="version", version=f"livecore {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    adders = (_add_replay, _add_demo, _add_room, _add_record, _add_soak, watch.add_parser)
    for add in (*adders, info.add_parser, gifts.add_parser, fleet.add_parser):
        add(commands)
    return parser


def _add_replay(commands: Any) -> None:
    rp = commands.add_parser(
        "replay",
        help="decode a .frames recording offline through the core",
        description="Decode a .frames recording offline through the sans-IO core.",
        epilog=epilog(Exit.FAILED, ok="decoded"),
    )
    rp.add_argument("file", metavar="FILE.frames")
    mode = rp.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="one JSON object per event per line")
    mode.add_argument("--count", action="store_true", help="one JSON line of totals and timing")
    rp.add_argument(
        "--validate",
        action="store_true",
        help="parse every payload on arrival (malformed ones become MessageErrorEvent)",
    )
    rp.add_argument(
        "--unique-id", default="", metavar="HANDLE", help="the streamer, for ConnectEvent"
    )
    rp.add_argument(
        "--room-id", type=int, default=0, metavar="N", help="the room, for ConnectEvent"
    )
    rp.set_defaults(handler=_replay)


def _add_demo(commands: Any) -> None:
    dp = commands.add_parser(
        "demo",
        help="a simulated room and a client in one process, events shown live",
        description="Start a simulated room on loopback, connect to it with the Trio "
        "client and show the events live; exit 0 when the stream ends.",
        epilog=epilog(Exit.FAILED, ok="the stream ended"),
    )
    _add_stream_options(dp, frames=200, rate=DEFAULT_RATE, ping=1.0)
    dp.add_argument("--json", action="store_true", help="one JSON object per event per line")
    dp.set_defaults(handler=_demo)


def _add_room(commands: Any) -> None:
    room = commands.add_parser(
        "room",
        help="serve a simulated room until interrupted (first line: its ws:// URL)",
        description="Serve a simulated room on loopback until interrupted. Each client "
        "(any path, any query) gets the stream from its cursor, or from the start.",
        epilog=epilog(),
    )
    room.add_argument("--host", default="127.0.0.1")
    room.add_argument("--port", type=int, default=0, help="0: any free port")
    _add_stream_options(room, frames=200, rate=DEFAULT_RATE, ping=DEFAULT_PING_INTERVAL)
    room.add_argument(
        "--first-payload", metavar="FILE", help="also write the room's first payload here"
    )
    room.add_argument(
        "--faults",
        type=_fault_plan,
        metavar="SPEC",
        help="faults to inject, KIND[@FRAME][:ARG] separated by commas, e.g. "
        "drop@120,close@300:1011,stall@500,history:5; kinds: drop, close, stall, garbage, "
        "truncated, bomb, oversize, burst, refuse, reject, history (docs/room.md)",
    )
    room.set_defaults(handler=_room_cmd)


def _add_record(commands: Any) -> None:
    rec = commands.add_parser(
        "record",
        help="record a live connection's frames to a .frames file",
        description="Connect to a WebSocket URL (e.g. a `livecore room`), show its events "
        "and write every frame received to FILE.frames.",
        epilog=epilog(Exit.FAILED, ok="the stream ended"),
    )
    rec.add_argument("url", metavar="URL")
    rec.add_argument("-o", "--output", required=True, metavar="FILE.frames")
    rec.add_argument("--unique-id", default="", metavar="HANDLE")
    rec.add_argument("--json", action="store_true", help="one JSON object per event per line")
    rec.set_defaults(handler=_record)


def _add_soak(commands: Any) -> None:
    so = commands.add_parser(
        "soak",
        help="a room with random faults and a client against it; exit 1 if anything was lost",
        description="Serve a simulated room that injects random faults (dropped connections, "
        "close codes, stalls, garbage, truncated gzip, gzip bombs, oversize frames, bursts, "
        "refused handshakes, history replayed on resume), run the Trio client against it and "
        "count what it delivered. Last line: JSON. Exit 1 when a message was lost, "
        "duplicated or reordered.",
        epilog=epilog(Exit.FAILED, ok="nothing lost"),
    )
    so.add_argument("--frames", type=positive(int), default=2000, metavar="N")
    so.add_argument("--fault-rate", type=probability, default=0.02, metavar="P")
    so.add_argument("--seed", type=int, default=1, metavar="S")
    so.add_argument(
        "--rate", type=positive(float), default=2000.0, metavar="R", help="frames per second"
    )
    so.add_argument(
        "--no-reconnect",
        action="store_true",
        help="a client that never reconnects: shows what the faults cost without resume",
    )
    so.set_defaults(handler=_soak)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``livecore`` console script: the command's exit code
    (:class:`~livecore_trio.cli.exits.Exit`, one meaning each across commands)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args, sys.stdout))
    except BrokenPipeError:  # `livecore replay ... | head`
        sys.stderr.close()
        return Exit.OK
    except ScriptError as exc:
        parser.error(f"{args.scenario}: {exc}")
    except BaseException as exc:  # every way out gets its own code
        return _failure(exc, args.command)


def _failure(exc: BaseException, command: str) -> int:
    """The exit code of a command that raised ``exc`` (a Trio nursery's group included)."""
    if groups.find(exc, KeyboardInterrupt) is not None:
        return Exit.INTERRUPTED
    if isinstance(exc, (SystemExit, ModuleNotFoundError)):
        raise exc  # argparse's own exit; a missing extra, which livecore.__main__ explains
    one = groups.single(exc)
    if isinstance(one, BrokenPipeError):  # stdout went away: nobody is left to tell
        return Exit.OK
    if isinstance(one, OSError):
        print(f"livecore {command}: {one}", file=sys.stderr)
        return Exit.SYSTEM
    traceback.print_exception(exc)
    said = f"internal error ({type(one).__name__}); please report it"
    print(f"livecore {command}: {said}", file=sys.stderr)
    return Exit.INTERNAL


if __name__ == "__main__":
    sys.exit(main())
