"""``livecore gifts @handle``: a room's gift catalogue (id, name, diamond cost, image).

It asks TikTok as ``livecore info`` does (the same options, ``--json``, the
same exit codes: :mod:`livecore_trio.cli.info`).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from livecore import web
from livecore_trio.cli.info import add_room_command

if TYPE_CHECKING:
    from livecore_trio.tiktok import TikTokProvider

__all__ = ["add_parser", "show_gifts"]


def add_parser(commands: Any) -> None:
    """Add ``gifts`` to the ``livecore`` subcommands."""
    text = "a LIVE room's gift catalogue: id, name, diamond cost, image URL"
    add_room_command(commands, "gifts", text, _gifts)


async def _gifts(provider: TikTokProvider, args: argparse.Namespace, out: TextIO) -> None:
    show_gifts(await provider.gifts(), provider.room_id, out, json_out=args.json)


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
