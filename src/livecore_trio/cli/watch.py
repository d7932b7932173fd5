"""``livecore watch @handle [@more...]``: real TikTok LIVEs, events shown as they come.

The room lookup and the sign server are :class:`~livecore_trio.tiktok.TikTokProvider`'s,
the session is the :class:`~livecore_trio.client.Client`'s, the terminal view is
``livecore demo``'s. This module adds what a person at a terminal needs on
top: Ctrl-C that closes cleanly (``DisconnectEvent`` still shows), one line
on stderr that says what went wrong and what to do, and an exit code per
outcome so scripts can tell them apart (``docs/connecting.md``). With several
handles, one client per room runs in one nursery, each with its own
reconnects, every event tagged with its streamer; with ``--wait``, a streamer
who is not live is looked at again (``livecore.polling.PollPolicy``: backoff,
jitter, a ceiling) until they are, and after each LIVE the wait starts over.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final, TextIO
from urllib.parse import urlsplit

import trio

from livecore import events as ev
from livecore import web
from livecore.errors import HandshakeRejectedError
from livecore.failures import rule_for
from livecore.lookups import DEFAULT_LOOKUPS_PER_MINUTE, MIN_INTERVAL, Budget, LookupScheduler
from livecore.polling import DEFAULT_POLL_INTERVAL, MIN_POLL_AGAINST_TIKTOK, PollPolicy
from livecore.proxies import ProxyPool
from livecore.recording import write_frame
from livecore_trio.cli import options
from livecore_trio.cli.display import View
from livecore_trio.cli.exits import REACHING_TIKTOK, Exit, epilog
from livecore_trio.cli.waiting import Lookouts
from livecore_trio.client import Client

if TYPE_CHECKING:
    from livecore_trio.tiktok import TikTokProvider

__all__ = ["WATCH_EXITS", "add_parser", "error_code", "outcome"]

#: ``watch``'s exit codes (and those of ``info`` and ``gifts``, which reach TikTok the same way).
WATCH_EXITS: Final = epilog(*REACHING_TIKTOK, ok="the stream ended")


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``watch`` to the ``livecore`` subcommands (``commands``: argparse's subparsers)."""
    wp: argparse.ArgumentParser = commands.add_parser(
        "watch",
        help="watch real TikTok LIVEs by their @handles (needs a sign server)",
        description="Find each @handle's LIVE room, ask the sign server for its first payload "
        f"(API key from ${web.API_KEY_ENV}), connect, and show the events live (tagged with "
        "the streamer when there are several). Ctrl-C closes cleanly. See docs/connecting.md.",
        epilog=WATCH_EXITS,
    )
    wp.add_argument(
        "handles", nargs="+", type=options.handle, metavar="@HANDLE", help="the streamers' @handles"
    )
    options.add_connect_options(wp)
    wp.add_argument(
        "--no-live-check",
        action="store_true",
        help="connect even when TikTok says the user is not live",
    )
    wp.add_argument(
        "--wait",
        action="store_true",
        help="when a streamer is not live, look again until they are; after each LIVE, "
        "wait for the next (never exits on its own: Ctrl-C)",
    )
    wp.add_argument(
        "--poll",
        type=_seconds,
        default=DEFAULT_POLL_INTERVAL,
        metavar="S",
        help=f"with --wait: seconds before looking again, growing to 4x with jitter "
        f"(default {DEFAULT_POLL_INTERVAL:g})",
    )
    wp.add_argument("--json", action="store_true", help="one JSON object per event per line")
    wp.add_argument(
        "--record", metavar="FILE.frames", help="also write every frame received to FILE"
    )
    wp.set_defaults(handler=run)
    return wp


def _seconds(text: str) -> float:
    try:
        return PollPolicy(interval=float(text)).interval
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds") from None


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
    """The ``watch`` command: its exit code (:class:`~livecore_trio.cli.exits.Exit`)."""
    recorder = None
    if args.wait and args.poll < MIN_POLL_AGAINST_TIKTOK and not _all_loopback(args):
        print(
            f"livecore watch: --poll {args.poll:g} would look at TikTok more than once every "
            f"{MIN_POLL_AGAINST_TIKTOK:g} s; use {MIN_POLL_AGAINST_TIKTOK:g} or more "
            "(shorter waits are for servers on this machine)",
            file=sys.stderr,
        )
        return Exit.USAGE
    if args.wait and args.room_id is not None:
        print(
            "livecore watch: --wait watches every LIVE of a streamer, each in a room of its "
            "own; --room-id names one room (drop one of them)",
            file=sys.stderr,
        )
        return Exit.USAGE
    if args.record:
        path = Path(args.record)
        if len(args.handles) > 1:
            print("livecore watch: --record takes one @handle", file=sys.stderr)
            return Exit.USAGE
        if path.is_dir() or not path.parent.is_dir():
            print(f"livecore watch: cannot write {path}: no such directory", file=sys.stderr)
            return Exit.SYSTEM
        recorder = _Recorder(path)
    try:
        return trio.run(_main, args, out, recorder)
    finally:
        if recorder is not None:
            recorder.close()


def _lookups(args: argparse.Namespace) -> LookupScheduler:
    """One look-up budget for the watch's creators: every ``--poll`` seconds each,
    within the IP's look-ups a minute (unbounded only against this machine)."""
    per_minute = 1e6 if _all_loopback(args) else DEFAULT_LOOKUPS_PER_MINUTE
    budget = Budget(
        per_minute=per_minute, interval=args.poll, min_interval=min(args.poll, MIN_INTERVAL)
    )
    return LookupScheduler(budget)


def _all_loopback(args: argparse.Namespace) -> bool:
    """Whether every HTTP step goes to this machine (the fakes of the tests, a local server)."""
    hosts = [urlsplit(url).hostname for url in (args.web_url, args.webcast_url, args.sign_url)]
    return all(host is not None and web.is_loopback(host) for host in hosts)


class _Watch:
    """What the rooms of one ``watch`` share: the view, Ctrl-C, the summary."""

    def __init__(self, args: argparse.Namespace, view: View, recorder: _Recorder | None) -> None:
        self.view = view
        self.recorder = recorder
        self.tagged = len(args.handles) > 1
        self.policy = PollPolicy(interval=args.poll) if args.wait else None
        #: The waiting creators' look-ups, one budget for all (with --wait).
        self.lookouts = Lookouts(_lookups(args), self._say, self.looked) if args.wait else None
        #: The proxies the creators go out through, one each at a time.
        self.pool = ProxyPool(())
        self.interrupted = False
        self.waits: set[trio.CancelScope] = set()
        self.lines: list[str] = []
        self.results: list[tuple[str, int, str]] = []  # (handle, code, message)

    async def looked(self, provider: TikTokProvider, error: BaseException | None) -> bool:
        """After a look or a session: a failure that calls for another IP moves the
        creator to the next proxy (and counts against this one); an answer clears
        it. True when the creator now goes out through another proxy."""
        if error is None:
            self.pool.succeeded(provider.proxy)
            return False
        rule = rule_for(error)
        if rule is None or not rule.rotates or len(self.pool.proxies) < 2:
            return False
        before, now = provider.proxy, trio.current_time()
        await provider.use_proxy(self.pool.failed(provider.unique_id, before, rule, now))
        return provider.proxy != before

    def _say(self, handle: str, line: str) -> None:
        print(f"livecore watch: {line}", file=sys.stderr)

    def interrupt(self) -> None:
        self.interrupted = True
        for client in list(self.view.clients):  # the live ones: each is discarded when it ends
            client.close()
        for scope in self.waits:
            scope.cancel()

    async def room(self, provider: TikTokProvider) -> None:
        """One streamer: sessions until one ends for good (or, with --wait, Ctrl-C).

        With --wait the streamer is watched, not one LIVE: each wait looks the
        handle up (a new LIVE has a new room id) until a LIVE is on, and only
        then does a session start. Waiting is not a session: it says so on
        stderr, once per wait, and puts nothing into the event stream.
        """
        failures, said = 0, False  # said: stderr already says why it waits
        others = len(self.pool.proxies) - 1  # proxies left to try before giving up a try
        while True:
            if self.policy is not None and not await self._until_live(provider, said):
                return
            client = Client(provider, unique_id=provider.unique_id, record=self.recorder)
            tag = provider.unique_id if self.tagged else ""
            self.view.watch(client, tag, sessions_only=self.policy is not None)
            connected = False

            def on_connect(event: ev.ConnectEvent) -> None:
                nonlocal connected
                connected = True

            client.on(ev.ConnectEvent)(on_connect)
            started = time.perf_counter()
            try:
                end = await client.run()
            finally:
                self.view.clients.discard(client)
            self._summary(provider, client, end, time.perf_counter() - started)
            if await self.looked(provider, None if connected else client.error) and others > 0:
                others -= 1
                through = provider.proxy.shown if provider.proxy else "no proxy"
                said_why = f"@{provider.unique_id}: {client.error}; trying through {through}"
                print(f"livecore watch: {said_why}", file=sys.stderr)
                continue  # another IP, at once
            others = len(self.pool.proxies) - 1
            if end.reason is ev.DisconnectReason.LIVE_ENDED:
                provider.ended(client.connection.room_id or provider.room_id)
            code, message = outcome(
                end, client.error, interrupted=self.interrupted, connected=connected
            )
            if not self._waits_again(code, client.error) or self.view.gone:
                self.results.append((provider.unique_id, code, message))
                return
            assert self.policy is not None  # _waits_again is False without one
            failures = 0 if code in (Exit.OK, Exit.OFFLINE) else failures + 1
            said = code == Exit.OK or failures == 1
            if said:
                print(
                    f"livecore watch: {_waiting(provider.unique_id, code, message)}",
                    file=sys.stderr,
                )
            if failures and not await self._pause(self.policy.delay(failures)):
                self.results.append((provider.unique_id, Exit.INTERRUPTED, ""))
                return

    async def _until_live(self, provider: TikTokProvider, said: bool) -> bool:
        """Wait until the creator's LIVE is found (True); False, with the result
        noted, for Ctrl-C or a failure that waiting cannot mend (no such user).
        ``said``: stderr already says why it waits (a LIVE ended)."""
        assert self.lookouts is not None
        failed: web.WebError | None = None
        with trio.CancelScope() as scope:
            self.waits.add(scope)
            if not self.interrupted:
                failed = await self.lookouts.until_live(provider, said=said)
        self.waits.discard(scope)
        if self.interrupted:
            self.results.append((provider.unique_id, Exit.INTERRUPTED, ""))
            return False
        if failed is not None:
            self.results.append((provider.unique_id, error_code(failed), str(failed)))
            return False
        return True

    async def _pause(self, delay: float) -> bool:
        """Sleep ``delay`` seconds; False when Ctrl-C came first."""
        with trio.CancelScope() as scope:
            self.waits.add(scope)
            await trio.sleep(delay)
        self.waits.discard(scope)
        return not self.interrupted

    def _waits_again(self, code: int, error: BaseException | None) -> bool:
        """With --wait: the LIVE ended, the user is not live, or a failure that may pass."""
        if self.policy is None or self.interrupted:
            return False
        if code in (Exit.OK, Exit.OFFLINE):
            return True
        if isinstance(error, web.WebError):
            return error.retryable  # no such user, a refused proxy password: it ends
        return True  # the network, a refused handshake, reconnects spent: later again

    def _summary(
        self, provider: TikTokProvider, client: Client, end: ev.DisconnectEvent, seconds: float
    ) -> None:
        room = client.connection.room_id or provider.room_id or "?"
        self.lines.append(
            f"-- @{provider.unique_id} room {room}: "
            f"{client.connection.messages_received} messages in {seconds:.2f} s; "
            f"{provider.sign_requests} sign requests; ended: {end.reason.value}"
        )


async def _main(args: argparse.Namespace, out: TextIO, recorder: _Recorder | None) -> int:
    try:
        pool = ProxyPool(options.proxies(args))
        handles = list(dict.fromkeys(args.handles))
        now = trio.current_time()
        providers = [
            options.provider(args, h, pool.for_creator(web.normalize_unique_id(h), now))
            for h in handles
        ]
    except ValueError as exc:  # a key, proxy, session id or locale it cannot use
        print(f"livecore watch: {exc}", file=sys.stderr)
        return Exit.USAGE
    view = View(out, json_lines=args.json)
    watch = _Watch(args, view, recorder)
    watch.pool = pool
    async with contextlib.AsyncExitStack() as stack:
        for provider in providers:
            await stack.enter_async_context(provider)
        # One key, one budget: every room's sign requests count against it, a
        # 429 stops them all until its reset, reconnects go before first connects.
        budget = await providers[0].rate_limits()
        for provider in providers:
            provider.sign_budget = budget
        async with trio.open_nursery() as nursery:

            async def on_sigint() -> None:
                """First Ctrl-C: a clean close (DisconnectEvent shows). Second: stop now."""
                with trio.open_signal_receiver(signal.SIGINT) as signals:
                    async for _ in signals:
                        if watch.interrupted:
                            raise KeyboardInterrupt
                        watch.interrupt()

            nursery.start_soon(on_sigint)
            if watch.lookouts is not None:
                nursery.start_soon(watch.lookouts.run)
            async with trio.open_nursery() as rooms:
                for provider in providers:
                    rooms.start_soon(watch.room, provider)
            nursery.cancel_scope.cancel()
    lines = list(watch.lines)
    if recorder is not None:
        if recorder.frames:
            lines.append(f"-- {recorder.frames} frames written to {recorder.path}")
        else:
            lines.append(f"-- no frames: {recorder.path} not written")
    view.finish(*lines)
    if recorder is not None and recorder.failed is not None:
        print(f"livecore watch: cannot write {recorder.path}: {recorder.failed}", file=sys.stderr)
        return Exit.SYSTEM
    if view.gone:  # stdout went away (`| head`): nobody is left to tell
        return Exit.OK
    return _exit(watch)


def _waiting(handle: str, code: int, message: str) -> str:
    """What --wait says when it starts waiting (once per wait, not once per look)."""
    if code == Exit.OK:
        return f"@{handle}'s LIVE ended; waiting for the next one (--wait)"
    if code == Exit.OFFLINE:
        return f"@{handle} is not live; waiting until they are (--wait)"
    return f"@{handle}: {message}; trying again later (--wait)"


def _exit(watch: _Watch) -> int:
    """Each room's message on stderr; the exit code: the first room's that is not 0."""
    if watch.interrupted:
        return Exit.INTERRUPTED
    for handle, _, message in watch.results:
        if message:
            who = f"@{handle}: " if watch.tagged and f"@{handle}" not in message else ""
            print(f"livecore watch: {who}{message}", file=sys.stderr)
    return next((code for _, code, _ in watch.results if code != Exit.OK), Exit.OK)


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
        return Exit.INTERRUPTED, ""
    if end.reason is ev.DisconnectReason.LIVE_ENDED:
        return Exit.OK, ""
    if isinstance(error, HandshakeRejectedError):
        status, said = error.status, error.message
        if status == 200:
            why = f": {said}" if said else ""
            return Exit.BLOCKED, (
                f"TikTok refused the WebSocket handshake (HTTP 200{why}): it detected the "
                "client; wait a few minutes and try again, or try another sign server"
            )
        return Exit.FAILED, f"the WebSocket handshake was refused with HTTP {status}"
    if isinstance(error, web.UserOfflineError):
        if connected:  # the socket dropped, and by the next try the LIVE was over
            return Exit.OK, (
                f"the LIVE ended while livecore was reconnecting (@{error.unique_id} "
                "is not live any more)"
            )
        hint = " (--no-live-check connects anyway)" if error.room_id else ""
        return Exit.OFFLINE, f"{error}{hint}"
    if isinstance(error, web.WebError):
        return error_code(error), str(error)
    detail = f": {end.detail}" if end.detail else ""
    return Exit.FAILED, f"the session ended ({end.reason.value}{detail})"


def error_code(error: web.WebError) -> int:
    """The exit code for a failed HTTP step (``info`` and ``gifts`` use it too)."""
    codes: list[tuple[type[web.WebError], int]] = [
        (web.UserOfflineError, Exit.OFFLINE),
        (web.UserNotFoundError, Exit.NOT_FOUND),
        (web.BlockedError, Exit.BLOCKED),
        (web.RateLimitedError, Exit.RATE_LIMITED),
        (web.ProxyRefusedError, Exit.PROXY),
        (web.AgeRestrictedError, Exit.AGE_RESTRICTED),
        (web.ApiKeyRequiredError, Exit.API_KEY),
    ]
    return next((code for kind, code in codes if isinstance(error, kind)), Exit.FAILED)
