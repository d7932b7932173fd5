"""``livecore info @handle``: what TikTok says of a streamer's room.

It shows what ``/webcast/room/info/`` says (title, status, viewers, the
streamer, the play URLs by quality), takes the options of every command that
reaches TikTok (:mod:`livecore_trio.cli.options`: proxy, session id,
language, region...) and ``--json`` for one JSON document, and exits with
``watch``'s codes (:mod:`livecore_trio.cli.exits`): 0 when answered, 3 for a
user with no LIVE room, 4 no such user, 5 blocked, 8 the proxy refused, 9
age-restricted, 1 for an answer that is not shaped as TikTok's are.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TextIO

import trio

from livecore import web
from livecore_trio.cli import options
from livecore_trio.cli.exits import REACHING_TIKTOK, Exit, epilog
from livecore_trio.cli.watch import error_code

if TYPE_CHECKING:
    from livecore_trio.tiktok import TikTokProvider

__all__ = ["add_parser", "add_room_command", "show_info"]

#: ``info``'s and ``gifts``' exit codes.
EXITS = epilog(*REACHING_TIKTOK, ok="answered")

Show = Callable[["TikTokProvider", argparse.Namespace, TextIO], Awaitable[None]]
"""What a room command prints once its provider is open."""


def add_room_command(commands: Any, name: str, text: str, show: Show) -> None:
    """Add a command that asks TikTok about one @handle's room and prints ``show``'s answer."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=text,
        description=f"{text[0].upper()}{text[1:]}, from TikTok's webcast API. "
        "See docs/connecting.md.",
        epilog=EXITS,
    )
    parser.add_argument("handle", type=options.handle, metavar="@HANDLE")
    options.add_connect_options(parser)
    parser.add_argument("--json", action="store_true", help="one JSON document")
    parser.set_defaults(handler=_run, what=name, show=show)


def add_parser(commands: Any) -> None:
    """Add ``info`` to the ``livecore`` subcommands."""
    text = "a LIVE room's title, status, viewers, streamer and play URLs (FLV, HLS)"
    add_room_command(commands, "info", text, _info)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    code: int = trio.run(_main, args, out)
    return code


async def _main(args: argparse.Namespace, out: TextIO) -> int:
    try:
        provider = options.provider(args, args.handle)
    except ValueError as exc:
        print(f"livecore {args.what}: {exc}", file=sys.stderr)
        return Exit.USAGE
    async with provider:
        try:
            await args.show(provider, args, out)
        except web.WebError as exc:
            print(f"livecore {args.what}: {exc}", file=sys.stderr)
            return error_code(exc)
    return Exit.OK


async def _info(provider: TikTokProvider, args: argparse.Namespace, out: TextIO) -> None:
    show_info(await provider.room_info(), out, json_out=args.json)


def show_info(details: web.RoomDetails, out: TextIO, *, json_out: bool = False) -> None:
    """The room's facts: one JSON document, or a few lines for people."""
    if json_out:
        out.write(json.dumps(details.to_dict(), ensure_ascii=False) + "\n")
        return
    state = "live" if details.live else "not live"
    nickname = f" ({details.owner_nickname})" if details.owner_nickname else ""
    lines = [
        f"room      {details.room_id}",
        f"title     {details.title}",
        f"status    {state} ({details.status})",
        f"viewers   {details.viewers}",
        f"streamer  @{details.owner_unique_id}{nickname}",
    ]
    for stream in details.streams:
        if stream.flv:
            lines.append(f"flv  {stream.quality:<8} {stream.flv}")
        if stream.hls:
            lines.append(f"hls  {stream.quality:<8} {stream.hls}")
    out.write("\n".join(lines) + "\n")
