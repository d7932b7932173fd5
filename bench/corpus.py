"""The benchmark corpus: ``msg`` PushFrames as bytes, as a WebSocket would deliver them.

The product's simulated room generates the corpus: ``livecore.room.corpus(seed,
frames)`` gives gzip ``msg`` frames with the golden vectors' mix of kinds, 1 to
13 messages per frame and users with avatar URL lists (and, with
``per_frame=k``, exactly k messages per frame). The benchmarks never carry a
message generator of their own.

Until ``livecore.room`` exists, the corpus falls back to the ``msg`` frames of
the golden vector ``tests/vectors/mixed.frames`` (400 frames, the same
mix, written by an independent encoder), drawn with a seeded RNG; a
fixed-size corpus re-packs that vector's messages k to a frame with the
core's own frame encoder. :func:`source` says which one is in use, and every
benchmark prints and records it.

Run as a script to describe a corpus::

    .venv/bin/python bench/corpus.py [--seed 1] [--frames 2040] [--per-frame K]
"""

from __future__ import annotations

import argparse
import inspect
import random
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from livecore import frames as codec
from livecore.proto import pb
from livecore.recording import read_frames

ROOT = Path(__file__).resolve().parent.parent
VECTOR = ROOT / "tests" / "vectors" / "mixed.frames"

DEFAULT_SEED = 1
DEFAULT_FRAMES = 2040


def _room_corpus() -> Callable[..., list[bytes]] | None:
    try:
        from livecore import room  # type: ignore[attr-defined, unused-ignore]
    except ImportError:
        return None
    fn = getattr(room, "corpus", None)
    return fn if callable(fn) else None


def _accepts_per_frame(fn: Callable[..., Any]) -> bool:
    try:
        return "per_frame" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def source(per_frame: int | None = None) -> str:
    """Where a corpus comes from: ``livecore.room.corpus`` or the vector fallback."""
    fn = _room_corpus()
    if fn is not None and (per_frame is None or _accepts_per_frame(fn)):
        return "livecore.room.corpus"
    return f"fallback: {VECTOR.name} (livecore.room.corpus not available)"


def build(
    seed: int = DEFAULT_SEED, frames: int = DEFAULT_FRAMES, per_frame: int | None = None
) -> list[bytes]:
    """``frames`` gzip ``msg`` frames; with ``per_frame``, exactly that many messages each."""
    fn = _room_corpus()
    if fn is not None:
        if per_frame is None:
            return list(fn(seed, frames))
        if _accepts_per_frame(fn):
            return list(fn(seed, frames, per_frame=per_frame))
    if per_frame is None:
        return _fallback(seed, frames)
    return _fallback_per_frame(seed, frames, per_frame)


def _vector_msg_frames() -> list[bytes]:
    with VECTOR.open("rb") as f:
        records = list(read_frames(f))
    return [r for r in records if codec.decode_push_frame(r).payload_type == "msg"]


def _fallback(seed: int, frames: int) -> list[bytes]:
    pool = _vector_msg_frames()
    rng = random.Random(seed)
    return [rng.choice(pool) for _ in range(frames)]


def _fallback_per_frame(seed: int, frames: int, per_frame: int) -> list[bytes]:
    """The vector's messages, shuffled and re-packed ``per_frame`` to a frame."""
    if per_frame < 1:
        raise ValueError("per_frame must be at least 1")
    pool: list[pb.Message] = []
    for data in _vector_msg_frames():
        frame = codec.decode_push_frame(data)
        pool.extend(codec.decode_fetch_result(codec.frame_payload(frame)).messages)
    rng = random.Random(seed)
    out = []
    for seq in range(1, frames + 1):
        result = pb.FetchResult(
            messages=[rng.choice(pool) for _ in range(per_frame)],
            cursor=f"c{seq}",
            internal_ext=f"ext{seq}",
            need_ack=True,
            fetch_interval=1000,
            now=1_700_000_000_000 + seq,
        )
        out.append(codec.encode_msg_frame(result, seq_id=seq, log_id=seq))
    return out


def describe(corpus: list[bytes]) -> dict[str, Any]:
    """Counts that identify a corpus: frames, messages, bytes, kinds."""
    kinds: Counter[str] = Counter()
    wire = inflated = 0
    for data in corpus:
        frame = pb.PushFrame.FromString(data)
        body = zlib.decompress(frame.payload, 47)
        wire += len(data)
        inflated += len(body)
        for message in pb.FetchResult.FromString(body).messages:
            kinds[message.method] += 1
    messages = sum(kinds.values())
    return {
        "frames": len(corpus),
        "messages": messages,
        "messages_per_frame": round(messages / max(len(corpus), 1), 2),
        "wire_bytes": wire,
        "inflated_bytes": inflated,
        "kinds": dict(kinds.most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--frames", type=int, default=DEFAULT_FRAMES)
    parser.add_argument("--per-frame", type=int, default=None)
    args = parser.parse_args()
    corpus = build(args.seed, args.frames, args.per_frame)
    print(f"source: {source(args.per_frame)}")
    for key, value in describe(corpus).items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
