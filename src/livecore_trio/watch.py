"""``livecore watch @handle``: a real TikTok LIVE, events shown as they come.

The room lookup and the sign server are :class:`~livecore_trio.tiktok.TikTokProvider`'s,
the session is the :class:`~livecore_trio.client.Client`'s, the terminal view is
``livecore demo``'s. This module adds what a person at a terminal needs on
top: Ctrl-C that closes cleanly (``DisconnectEvent`` still shows), one line
on stderr that says what went wrong and what to do, and an exit code per
outcome so scripts can tell them apart (``docs/connecting.md``).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from typing import Any, BinaryIO, Final, TextIO

import trio

from livecore import events as ev
from livecore import web
from livecore.errors import HandshakeRejectedError
from livecore.recording import write_frame
from livecore_trio.client import Client
from livecore_trio.view import View

__all__ = [
    "EXIT_API_KEY",
    "EXIT_BLOCKED",
    "EXIT_ENDED",
    "EXIT_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_FOUND",
    "EXIT_OFFLINE",
    "EXIT_RATE_LIMITED",
    "EXIT_USAGE",
    "add_parser",
    "outcome",
]

EXIT_ENDED: Final = 0
"""The stream ended (``LiveEndEvent``, or the user went offline while the socket was
down), or stdout went away (``| head``)."""
EXIT_ERROR: Final = 1
"""Anything else went wrong: the sign server failed, the network, a lost connection."""
EXIT_USAGE: Final = 2
"""A bad command line (argparse's own code), a ``LIVECORE_SIGN_API_KEY`` that cannot be
a key, or a ``--record`` file that cannot be written."""
EXIT_OFFLINE: Final = 3
"""The user is not live (or has no LIVE room at all)."""
EXIT_NOT_FOUND: Final = 4
"""TikTok has no such user."""
EXIT_BLOCKED: Final = 5
"""TikTok blocked us: a captcha page, no ``SIGI_STATE``, an empty sign answer, or a
WebSocket handshake answered 200 with ``Handshake-Msg``."""
EXIT_RATE_LIMITED: Final = 6
"""The sign server's rate limit is used up."""
EXIT_API_KEY: Final = 7
"""The sign server wants an API key and ``LIVECORE_SIGN_API_KEY`` is not set."""
EXIT_INTERRUPTED: Final = 130
"""Ctrl-C (SIGINT): the socket was closed cleanly."""

EXIT_CODES: Final = (
    f"exit codes: {EXIT_ENDED} the stream ended, {EXIT_ERROR} error, {EXIT_USAGE} usage, "
    f"{EXIT_OFFLINE} not live, {EXIT_NOT_FOUND} no such user, {EXIT_BLOCKED} blocked by "
    f"TikTok, {EXIT_RATE_LIMITED} rate limited, {EXIT_API_KEY} API key needed, "
    f"{EXIT_INTERRUPTED} interrupted"
)


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``watch`` to the ``livecore`` subcommands (``commands``: argparse's subparsers)."""
    wp: argparse.ArgumentParser = commands.add_parser(
        "watch",
        help="watch a real TikTok LIVE by its @handle (needs a sign server)",
        description="Find @handle's LIVE room, ask the sign server for its first payload "
        f"(API key from ${web.API_KEY_ENV}), connect, and show the events live. "
        "Ctrl-C closes cleanly. See docs/connecting.md.",
        epilog=EXIT_CODES,
    )
    wp.add_argument("handle", type=_handle, metavar="@HANDLE", help="the streamer's @handle")
    wp.add_argument(
        "--room-id", type=_room_id, metavar="N", help="the room id: skips the live page lookup"
    )
    wp.add_argument(
        "--sign-url",
        type=_base_url("sign server"),
        default=web.DEFAULT_SIGN_URL,
        metavar="URL",
        help=f"the sign server's base URL (default {web.DEFAULT_SIGN_URL})",
    )
    wp.add_argument(
        "--web-url",
        type=_base_url("TikTok web"),
        default=web.DEFAULT_WEB_URL,
        metavar="URL",
        help=f"TikTok's web site, for the room lookup (default {web.DEFAULT_WEB_URL})",
    )
    wp.add_argument(
        "--webcast-url",
        type=_base_url("TikTok webcast"),
        default=web.DEFAULT_WEBCAST_URL,
        metavar="URL",
        help=f"TikTok's webcast API, for the live check (default {web.DEFAULT_WEBCAST_URL})",
    )
    wp.add_argument(
        "--no-live-check",
        action="store_true",
        help="connect even when TikTok says the user is not live",
    )
    wp.add_argument("--json", action="store_true", help="one JSON object per event per line")
    wp.add_argument(
        "--record", metavar="FILE.frames", help="also write every frame received to FILE"
    )
    wp.set_defaults(handler=run)
    return wp


def _handle(text: str) -> str:
    try:
        return web.normalize_unique_id(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _room_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a room id (a number)") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"{text} is not a room id (a positive 64-bit number)")
    return value


def _base_url(what: str) -> Any:
    def parse(text: str) -> str:
        try:
            return web.check_base_url(text, what)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


class _Recorder:
    """``--record``: the file is opened on the first frame, so a session that
    never gets one (an offline user, a typo) leaves an old recording as it was."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.frames = 0
        self.failed: OSError | None = None
        self._file: BinaryIO | None = None

    def __call__(self, data: bytes) -> None:
        try:
            if self._file is None:
                self._file = self.path.open("wb")
            write_frame(self._file, data)
        except OSError as exc:
            self.failed = exc  # the client closes the session; run() exits 2
            raise
        self.frames += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def run(args: argparse.Namespace, out: TextIO) -> int:
    """The ``watch`` command: its exit code (the ``EXIT_*`` constants)."""
    recorder = None
    if args.record:
        path = Path(args.record)
        if path.is_dir() or not path.parent.is_dir():
            print(f"livecore watch: cannot write {path}: no such directory", file=sys.stderr)
            return EXIT_USAGE
        recorder = _Recorder(path)
    try:
        return trio.run(_main, args, out, recorder)
    finally:
        if recorder is not None:
            recorder.close()


async def _main(args: argparse.Namespace, out: TextIO, recorder: _Recorder | None) -> int:
    from livecore_trio.tiktok import TikTokProvider  # httpx only for this command

    try:
        provider = TikTokProvider(
            args.handle,
            room_id=args.room_id,
            live_check=not args.no_live_check,
            sign_url=args.sign_url,
            web_url=args.web_url,
            webcast_url=args.webcast_url,
        )
    except ValueError as exc:  # the key from the environment (the rest argparse checked)
        print(f"livecore watch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    view = View(out, json_lines=args.json)
    client = Client(provider, unique_id=provider.unique_id, record=recorder)
    view.watch(client)
    connected = False

    @client.on(ev.ConnectEvent)
    def on_connect(event: ev.ConnectEvent) -> None:
        nonlocal connected
        connected = True

    interrupted = False
    started = time.perf_counter()
    async with provider, trio.open_nursery() as nursery:

        async def on_sigint() -> None:
            """First Ctrl-C: a clean close (DisconnectEvent shows). Second: stop now."""
            nonlocal interrupted
            with trio.open_signal_receiver(signal.SIGINT) as signals:
                async for _ in signals:
                    if interrupted:
                        raise KeyboardInterrupt
                    interrupted = True
                    client.close()

        nursery.start_soon(on_sigint)
        end = await client.run()
        nursery.cancel_scope.cancel()
    seconds = time.perf_counter() - started
    lines = [
        f"-- @{provider.unique_id} room {client.connection.room_id or provider.room_id or '?'}: "
        f"{client.connection.messages_received} messages, {sum(view.counts.values())} events "
        f"in {seconds:.2f} s; {provider.sign_requests} sign requests; ended: {end.reason.value}"
    ]
    if recorder is not None:
        if recorder.frames:
            lines.append(f"-- {recorder.frames} frames written to {recorder.path}")
        else:
            lines.append(f"-- no frames: {recorder.path} not written")
    view.finish(*lines)
    if recorder is not None and recorder.failed is not None:
        print(f"livecore watch: cannot write {recorder.path}: {recorder.failed}", file=sys.stderr)
        return EXIT_USAGE
    if view.gone:  # stdout went away (`| head`): nobody is left to tell
        return EXIT_ENDED
    code, message = outcome(end, client.error, interrupted=interrupted, connected=connected)
    if message:
        print(f"livecore watch: {message}", file=sys.stderr)
    return code


def outcome(
    end: ev.DisconnectEvent,
    error: BaseException | None,
    *,
    interrupted: bool = False,
    connected: bool = False,
) -> tuple[int, str]:
    """The exit code for how a session ended, and what to tell the user ("" for nothing).

    ``connected``: the session had a socket open at some point (a ``ConnectEvent``).
    """
    if interrupted:
        return EXIT_INTERRUPTED, ""
    if end.reason is ev.DisconnectReason.LIVE_ENDED:
        return EXIT_ENDED, ""
    if isinstance(error, HandshakeRejectedError):
        status, said = error.status, error.message
        if status == 200:
            why = f": {said}" if said else ""
            return EXIT_BLOCKED, (
                f"TikTok refused the WebSocket handshake (HTTP 200{why}): it detected the "
                "client; wait a few minutes and try again, or try another sign server"
            )
        return EXIT_ERROR, f"the WebSocket handshake was refused with HTTP {status}"
    if isinstance(error, web.UserOfflineError):
        if connected:  # the socket dropped, and by the next try the LIVE was over
            return EXIT_ENDED, (
                f"the LIVE ended while livecore was reconnecting (@{error.unique_id} "
                "is not live any more)"
            )
        hint = " (--no-live-check connects anyway)" if error.room_id else ""
        return EXIT_OFFLINE, f"{error}{hint}"
    codes: list[tuple[type[web.WebError], int]] = [
        (web.UserNotFoundError, EXIT_NOT_FOUND),
        (web.BlockedError, EXIT_BLOCKED),
        (web.RateLimitedError, EXIT_RATE_LIMITED),
        (web.ApiKeyRequiredError, EXIT_API_KEY),
        (web.WebError, EXIT_ERROR),
    ]
    for kind, code in codes:
        if isinstance(error, kind):
            return code, str(error)
    detail = f": {end.detail}" if end.detail else ""
    return EXIT_ERROR, f"the session ended ({end.reason.value}{detail})"
