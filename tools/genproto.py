"""Compile src/livecore/proto/webcast.proto with grpcio-tools' bundled protoc.

Usage: python tools/genproto.py [OUTDIR]   (default: src/livecore/proto)

The generated files are committed; tests/test_proto.py runs this into a
temporary directory and fails when the output differs from the committed one.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTO_DIR = ROOT / "src" / "livecore" / "proto"
PROTO = "webcast.proto"


def generate(out_dir: Path) -> list[Path]:
    """Write webcast_pb2.py and webcast_pb2.pyi into out_dir; return their paths."""
    from grpc_tools import protoc  # dev-only dependency

    out_dir.mkdir(parents=True, exist_ok=True)
    args = [
        "protoc",
        f"--proto_path={PROTO_DIR}",
        f"--python_out={out_dir}",
        f"--pyi_out={out_dir}",
        str(PROTO_DIR / PROTO),
    ]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    return [out_dir / "webcast_pb2.py", out_dir / "webcast_pb2.pyi"]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else PROTO_DIR
    for path in generate(target):
        print(path)
