"""``livecore info @handle`` and ``livecore gifts @handle``: a room's facts and its gifts.

``info`` shows what ``/webcast/room/info/`` says of the streamer's room (title,
status, viewers, the streamer, the play URLs by quality); ``gifts`` the room's
gift catalogue (id, name, diamond cost, image URL). Both take the options of
every command that reaches TikTok (:mod:`livecore_trio.options`: proxy,
session id, language, region...), ``--json`` for one JSON document, and exit
with ``watch``'s codes (``livecore_trio.watch.EXIT_*``): 0 when answered, 3 for
a user with no LIVE room, 4 no such user, 5 blocked, 8 the proxy refused, 9
age-restricted, 1 for an answer that is not shaped as TikTok's are.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

import trio

from livecore import web
from livecore_trio import options
from livecore_trio.watch import EXIT_CODES, EXIT_ENDED, EXIT_USAGE, error_code

__all__ = ["add_parsers", "show_gifts", "show_info"]


def add_parsers(commands: Any) -> None:
    """Add ``info`` and ``gifts`` to the ``livecore`` subcommands."""
    said = {
        "info": "a LIVE room's title, status, viewers, streamer and play URLs (FLV, HLS)",
        "gifts": "a LIVE room's gift catalogue: id, name, diamond cost, image URL",
    }
    for name, text in said.items():
        parser: argparse.ArgumentParser = commands.add_parser(
            name,
            help=text,
            description=f"{text[0].upper()}{text[1:]}, from TikTok's webcast API. "
            "See docs/connecting.md.",
            epilog=EXIT_CODES,
        )
        parser.add_argument("handle", type=options.handle, metavar="@HANDLE")
        options.add_connect_options(parser)
        parser.add_argument("--json", action="store_true", help="one JSON document")
        parser.set_defaults(handler=_run, what=name)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    code: int = trio.run(_main, args, out)
    return code


async def _main(args: argparse.Namespace, out: TextIO) -> int:
    try:
        provider = options.provider(args, args.handle)
    except ValueError as exc:
        print(f"livecore {args.what}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    async with provider:
        try:
            if args.what == "info":
                show_info(await provider.room_info(), out, json_out=args.json)
            else:
                catalogue = await provider.gifts()
                show_gifts(catalogue, provider.room_id, out, json_out=args.json)
        except web.WebError as exc:
            code = error_code(exc)
            print(f"livecore {args.what}: {exc}", file=sys.stderr)
            return code
    return EXIT_ENDED


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


def show_gifts(
    catalogue: web.GiftCatalogue, room_id: int, out: TextIO, *, json_out: bool = False
) -> None:
    """The catalogue: one JSON document, or a line per gift for people."""
    if json_out:
        document = {"room_id": room_id, "gifts": catalogue.to_list()}
        out.write(json.dumps(document, ensure_ascii=False) + "\n")
        return
    for gift in catalogue:
        image = f"  {gift.image_url}" if gift.image_url else ""
        out.write(f"{gift.id:>10}  {gift.diamond_count:>6} diamonds  {gift.name}{image}\n")
    out.write(f"-- {len(catalogue)} gifts in room {room_id}\n")
