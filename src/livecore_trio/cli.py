"""The ``livecore`` command line (DESIGN.md's table is its contract)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from livecore import events as ev
from livecore.connection import Connection
from livecore.errors import MessageDecodeError
from livecore.recording import RecordingError, read_frames, replay

__all__ = ["describe", "main"]


def describe(event: ev.Event) -> str:
    """One readable line for an event, for people watching a terminal."""
    name = type(event).__name__
    try:
        detail = _detail(event)
    except MessageDecodeError as exc:
        detail = f"<malformed payload: {exc.reason}; {len(exc.raw)} bytes kept>"
    return f"{name:<20} {detail}".rstrip()


def _detail(event: ev.Event) -> str:
    match event:
        case ev.ConnectEvent():
            who = f"@{event.unique_id}" if event.unique_id else "(recording)"
            return f"{who} room {event.room_id or '?'}"
        case ev.DisconnectEvent():
            code = f" (code {event.code})" if event.code is not None else ""
            return f"{event.reason.value}{code}"
        case ev.CommentEvent():
            return f"@{event.unique_id}: {event.content}"
        case ev.LikeEvent():
            return f"@{event.unique_id} x{event.count}"
        case ev.GiftEvent():
            gift = event.gift
            return f"@{event.unique_id} sent {gift.name or event.gift_id} x{event.repeat_count}"
        case ev.ShareEvent():
            joined = event.users_joined
            return f"@{event.unique_id}" + (f" ({joined} joined)" if joined is not None else "")
        case ev.SocialEvent() | ev.JoinEvent():
            return f"@{event.unique_id}"
        case ev.ControlEvent():
            return f"action {event.action}"
        case ev.RoomUserSeqEvent():
            return f"{event.total} watching"
        case ev.BarrageEvent():
            return f"user {event.user_id}" if event.user_id else ""
        case ev.EnvelopeEvent():
            return f"{event.diamond_count} diamonds"
        case ev.UnknownEvent():
            return event.method
        case ev.MessageErrorEvent():
            return f"{event.method}: {event.reason} ({len(event.raw)} bytes kept)"
        case ev.DecodeErrorEvent():
            return f"{event.reason} ({len(event.raw)} bytes kept)"
    return ""


def _replay(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    try:
        source = path.open("rb")
    except OSError as exc:
        print(f"livecore replay: {exc.strerror}: {path}", file=sys.stderr)
        return 2
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
        return 1
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="livecore", description="TikTok LIVE Webcast connection engine."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    rp = commands.add_parser(
        "replay",
        help="decode a .frames recording offline through the core",
        description="Decode a .frames recording offline through the sans-IO core.",
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``livecore`` console script."""
    args = _parser().parse_args(argv)
    try:
        return int(args.handler(args, sys.stdout))
    except BrokenPipeError:  # `livecore replay ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
