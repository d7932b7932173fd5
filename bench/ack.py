"""Encoding an ack three ways, timed side by side in interleaved rounds.

fresh
    what ``livecore.frames.encode_ack`` does: a new ``PushFrame`` per ack,
    serialized, dropped (everything it allocates is freed with it).
template
    the code before c4e78d0: one long-lived ``PushFrame`` refilled per ack
    (faster, and it grows its upb arena by every ack's ext: the leak).
direct
    the ack's bytes written by hand in Python (tags, varints, the ext): no
    message at all.

Each round times every encoder over ``--acks`` acks of a TikTok-sized ext
(173 bytes) and a 19-digit log_id; the order rotates every round; medians of
``--runs`` rounds, in microseconds per ack.

    .venv/bin/python bench/ack.py [--runs 11] [--acks 200000] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable

from google.protobuf.internal import api_implementation

from livecore import frames
from livecore.proto import pb
from livecore.protocol import ENCODING_PB, PayloadType, encode_tag, encode_varint

EXT = "internal_src:dim|wss_push_room_id:7312345678901234567|wss_push_did:731234567890" + (
    "1234568|fetch_time:1733616000000|seq:1|wss_info:0-1733616000000-0-0|wrds_v:73123456789"
)
LOG_ID = 7_312_345_678_901_234_567

_TEMPLATE = pb.PushFrame(payload_encoding=ENCODING_PB, payload_type=PayloadType.ACK)


def template(log_id: int, internal_ext: str) -> bytes:
    """The code before c4e78d0 (one thread's template, refilled)."""
    _TEMPLATE.log_id = log_id
    _TEMPLATE.payload = internal_ext.encode() or b"-"
    return _TEMPLATE.SerializeToString()


_HEAD = b"".join((encode_tag(6, 2), b"\x02pb", encode_tag(7, 2), b"\x03ack", encode_tag(8, 2)))


def direct(log_id: int, internal_ext: str) -> bytes:
    """The same bytes by hand: field 2 (log_id), 6, 7, then 8 (the ext)."""
    ext = internal_ext.encode() or b"-"
    head = encode_tag(2, 0) + encode_varint(log_id & (1 << 64) - 1) if log_id else b""
    return b"".join((head, _HEAD, encode_varint(len(ext)), ext))


ENCODERS: dict[str, Callable[[int, str], bytes]] = {
    "fresh": frames.encode_ack,
    "template": template,
    "direct": direct,
}


def _time(encode: Callable[[int, str], bytes], acks: int) -> float:
    started = time.perf_counter()
    for _ in range(acks):
        encode(LOG_ID, EXT)
    return (time.perf_counter() - started) / acks * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--acks", type=int, default=200_000)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    expected = frames.encode_ack(LOG_ID, EXT)
    assert all(encode(LOG_ID, EXT) == expected for encode in ENCODERS.values())
    names = list(ENCODERS)
    rounds: dict[str, list[float]] = {name: [] for name in names}
    for run in range(args.runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            rounds[name].append(_time(ENCODERS[name], args.acks))
    medians = {name: statistics.median(times) for name, times in rounds.items()}
    for name, median in medians.items():
        ratio = median / medians["fresh"]
        print(f"{name:<9} {median:6.3f} µs an ack  ({ratio:.2f}x fresh)")
    if args.json:
        report = {
            "command": " ".join(sys.argv),
            "machine": {
                "platform": platform.platform(),
                "python": platform.python_version(),
                "protobuf_backend": api_implementation.Type(),
            },
            "acks_per_round": args.acks,
            "median_us": medians,
            "rounds_us": rounds,
        }
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(report, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
