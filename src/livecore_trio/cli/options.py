"""The options of every command that reaches TikTok (``watch``, ``info``, ``gifts``).

Where to send the HTTP steps (``--sign-url``, ``--web-url``, ``--webcast-url``),
through what (``--proxy`` / ``LIVECORE_PROXY``), as whom (``--session-id`` /
``LIVECORE_SESSION_ID``, ``--tt-target-idc`` / ``LIVECORE_TT_TARGET_IDC``,
``--trust-sign-host``), and in which language and region (``--language``,
``--region``). :func:`provider` makes the
:class:`~livecore_trio.tiktok.TikTokProvider` they describe; secrets read from
the environment never show in ``--help``, an error or a ``repr``.
"""

from __future__ import annotations

import argparse
import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from livecore import web
from livecore_trio.cli.argtypes import checked

if TYPE_CHECKING:
    from livecore_trio.tiktok import TikTokProvider

__all__ = ["add_connect_options", "handle", "provider", "room_id"]


handle = checked(web.normalize_unique_id)
"""An @handle for argparse: the name without ``@``."""


def room_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a room id (a number)") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"{text} is not a room id (a positive 64-bit number)")
    return value


def add_connect_options(parser: argparse.ArgumentParser, *, one_room: bool = True) -> None:
    """Add the options that say how to reach TikTok to a command's parser
    (``one_room``: with ``--room-id``, for a command about one streamer)."""
    if one_room:
        parser.add_argument(
            "--room-id", type=room_id, metavar="N", help="the room id: skips the live page lookup"
        )
    urls = [
        ("--sign-url", "sign server", web.DEFAULT_SIGN_URL, "the sign server's base URL"),
        ("--web-url", "TikTok web", web.DEFAULT_WEB_URL, "TikTok's web site (the room lookup)"),
        ("--webcast-url", "TikTok webcast", web.DEFAULT_WEBCAST_URL, "TikTok's webcast API"),
    ]
    for flag, what, default, said in urls:
        parser.add_argument(
            flag,
            type=checked(partial(web.check_base_url, what=what)),
            default=default,
            metavar="URL",
            help=f"{said} (default {default})",
        )
    parser.add_argument(
        "--proxy",
        action="append",
        metavar="URL",
        help="a proxy for every connection: http://, https://, socks5:// or socks5h://, "
        f"[USER:PASSWORD@]HOST:PORT (default ${web.PROXY_ENV}; prefer it: no password in "
        "your shell history). Repeat it for several: each streamer goes out through one at "
        "a time, and moves to the next when TikTok refuses that IP",
    )
    parser.add_argument(
        "--proxies",
        metavar="FILE",
        help="proxies, one URL a line (# for comments), as many --proxy",
    )
    parser.add_argument(
        "--session-id",
        metavar="ID",
        help="watch logged in: the sessionid cookie of a logged-in browser (default "
        f"${web.SESSION_ID_ENV}; prefer it). Sent to TikTok, and to the sign server only "
        "when its host is trusted",
    )
    parser.add_argument(
        "--tt-target-idc",
        metavar="IDC",
        help=f"the session's tt-target-idc cookie (default ${web.TARGET_IDC_ENV})",
    )
    parser.add_argument(
        "--trust-sign-host",
        action="append",
        default=[],
        type=checked(web.normalize_host),
        metavar="HOST",
        help="a sign server host the session id may be sent to, beside "
        f"{', '.join(web.DEFAULT_TRUSTED_SIGN_HOSTS)} (repeatable)",
    )
    parser.add_argument(
        "--language",
        default=web.DEFAULT_LANGUAGE,
        metavar="TAG",
        help=f"the language TikTok answers in: Accept-Language and the webcast API's "
        f"language parameters (default {web.DEFAULT_LANGUAGE})",
    )
    parser.add_argument(
        "--region",
        default=web.DEFAULT_REGION,
        metavar="CC",
        help="a two-letter country code for the webcast API's region parameters "
        "(default: none sent, TikTok picks one from your address)",
    )


def proxies(args: argparse.Namespace) -> list[web.Proxy]:
    """The proxies the options name (``--proxy``, repeated; ``--proxies FILE``),
    else ``$LIVECORE_PROXY``'s; ``ValueError`` for one that is none (never
    repeating its credentials) or a file that cannot be read."""
    texts = list(args.proxy or [])
    if getattr(args, "proxies", None):
        try:
            lines = Path(args.proxies).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ValueError(
                f"cannot read the proxies file {args.proxies}: {exc.strerror}"
            ) from None
        texts += [
            line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")
        ]
    if not texts and os.environ.get(web.PROXY_ENV):
        texts = [os.environ[web.PROXY_ENV]]
    return [web.parse_proxy(text) for text in texts]


def provider(
    args: argparse.Namespace, unique_id: str, proxy: web.Proxy | None = None
) -> TikTokProvider:
    """The provider the options describe (through ``proxy``, else the first proxy
    named); ``ValueError`` (never repeating a secret) for a key, proxy, session id,
    locale or sign host it cannot use."""
    from livecore_trio.tiktok import TikTokProvider  # httpx only for these commands

    if proxy is None:
        named = proxies(args)
        proxy = named[0] if named else None
    session_id = (
        args.session_id if args.session_id is not None else os.environ.get(web.SESSION_ID_ENV)
    )
    idc = args.tt_target_idc
    if idc is None:
        idc = os.environ.get(web.TARGET_IDC_ENV, "")
    return TikTokProvider(
        unique_id,
        room_id=getattr(args, "room_id", None),
        live_check=not getattr(args, "no_live_check", False),
        sign_url=args.sign_url,
        web_url=args.web_url,
        webcast_url=args.webcast_url,
        proxy=proxy,
        session_id=session_id or None,
        target_idc=idc,
        trusted_sign_hosts=args.trust_sign_host,
        language=args.language,
        region=args.region,
    )
