"""livecore against TikTokLive 7.0.1's own decode path, same corpus, same run.

Runs in ``.venv-peer`` (``make bench-peer`` builds it: ``tiktoklive==7.0.1``
and this project, editable). The workloads of ``bench/decode.py`` (floor,
livecore, livecore+user) and:

tiktoklive
    TikTokLive's path from WebSocket bytes to events, called as its client
    calls it: ``WebcastPushFrame().parse`` (its PushFrame parse, as in
    ``WebcastConnect.__aiter__``), ``extract_webcast_response_message`` (its
    gzip and FetchResult extraction) and ``TikTokLiveClient._parse_webcast_response``
    (its client's parsing into events, custom events included), then one real
    attribute read per event, as for livecore. The client's emit and its
    per-event debug log line (which serialises every event again to print its
    size) are left out: the peer is timed at its cheapest.

``--baseline PKG`` also times a snapshot of an older livecore
(``bench/snapshot.py``), as ``decode.py --baseline`` does: before and after
against the same floor and the same peer, in the same rounds.

All in one process, rounds interleaved, medians. The peer's async parser is
driven by one asyncio loop created up front. Nothing here opens a socket: a
guard installed before TikTokLive is imported refuses any connection that
is not to loopback.

    .venv-peer/bin/python bench/peer.py [--runs 7] [--json FILE] [--per-frame] [--baseline PKG]
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decode

PEER_VERSION = "7.0.1"


# ---- no network ------------------------------------------------------------------


def _loopback(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX
        return True
    host = address[0] if isinstance(address, tuple) and address else address
    if host in ("localhost", "") or host is None:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def forbid_network() -> None:
    """Refuse every connection and name lookup that is not loopback."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        if not _loopback(address):
            raise PermissionError(f"bench/peer.py: no network (tried {address!r})")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _loopback(address):
            raise PermissionError(f"bench/peer.py: no network (tried {address!r})")
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _loopback((host,)):
            raise PermissionError(f"bench/peer.py: no network (tried to resolve {host!r})")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo


# ---- TikTokLive's path -----------------------------------------------------------


def peer_workload() -> tuple[decode.Workload, str]:
    forbid_network()
    from importlib.metadata import version as installed

    from TikTokLive.client.client import TikTokLiveClient
    from TikTokLive.client.ws.ws_utils import extract_webcast_response_message
    from TikTokLive.events import WebsocketResponseEvent
    from TikTokLive.proto import WebcastPushFrame

    version = installed("TikTokLive")
    loop = asyncio.new_event_loop()
    client = TikTokLiveClient(unique_id="bench")
    client._room_id = 1  # what start() would have looked up; never used for I/O here
    parse_response = client._parse_webcast_response
    logger = client._logger

    async def decode_all(corpus: Sequence[bytes]) -> int:
        n = 0
        for data in corpus:
            frame = WebcastPushFrame().parse(data)
            if frame.payload_type != "msg":
                continue
            response = extract_webcast_response_message(frame, logger=logger)
            n += len(response.messages)
            async for event in parse_response(response):
                if isinstance(event, WebsocketResponseEvent):
                    event.raw  # noqa: B018 - one real attribute read per event
                else:
                    event.common  # noqa: B018
        return n

    def run(corpus: Sequence[bytes]) -> int:
        return loop.run_until_complete(decode_all(corpus))

    return run, version


def main() -> None:
    p = decode.parser(__doc__.splitlines()[0])
    p.add_argument(
        "--peer-runs",
        type=int,
        default=None,
        help="rounds for the slow peer in the sweep (default: --runs)",
    )
    p.add_argument(
        "--baseline",
        metavar="PKG",
        help="also time PKG.connection.Connection (a snapshot from bench/snapshot.py)",
    )
    args = p.parse_args()
    peer, version = peer_workload()
    if version != PEER_VERSION:
        print(f"warning: TikTokLive {version}, not {PEER_VERSION}", file=sys.stderr)
    work = {**decode.workloads(args.baseline), "tiktoklive": peer}
    report: dict[str, Any] = {
        "benchmark": "peer",
        "machine": decode.machine(),
        "runs": args.runs,
        "tiktoklive": version,
    }
    decode.run(work, args, report)
    if "results" in report:
        rate = {name: r["messages_per_s"] for name, r in report["results"].items()}
        cores = [name for name in rate if name.startswith(("livecore", "baseline:"))]
        report["ratios"] = {
            **{f"{name}/floor": rate[name] / rate["floor"] for name in cores},
            **{f"{name}/tiktoklive": rate[name] / rate["tiktoklive"] for name in cores},
        }
        if args.baseline:
            before = f"baseline:{args.baseline}"
            results = report["results"]
            for after, base in (("livecore", before), ("livecore+user", before + "+user")):
                report["ratios"][f"{after}/{base}"] = rate[after] / rate[base]
                for key, clock in (("runs_s", "wall"), ("cpu_runs_s", "cpu")):
                    ratio = decode.paired(results, after, base, key)
                    report["ratios"][f"{after}/{base} (paired rounds, {clock})"] = ratio
                for key, clock in (("runs_s", "wall"), ("cpu_runs_s", "cpu")):
                    floor_after = decode.paired(results, after, "floor", key)
                    floor_before = decode.paired(results, base, "floor", key)
                    report["ratios"][f"{after}/floor over {base}/floor (paired, {clock})"] = (
                        floor_after / floor_before
                    )
        print(f"TikTokLive {version}")
        width = max(map(len, report["ratios"]))
        for name, ratio in report["ratios"].items():
            target = {"livecore/floor": " (target 0.5)", "livecore/tiktoklive": " (target 50)"}
            print(f"{name:<{width}} {ratio:>8.3f}{target.get(name, '')}")
    decode.write(report, args)


if __name__ == "__main__":
    main()
