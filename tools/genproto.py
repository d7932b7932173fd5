"""Compile src/livecore/proto/webcast.proto with grpcio-tools' bundled protoc.

Usage: python tools/genproto.py [OUTROOT]   (default: src; writes OUTROOT/livecore/proto/)

The generated files are committed; tests/test_proto.py runs this into a
temporary directory and fails when the output differs from the committed one.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
# Compiled relative to src/, so the schema registers in protobuf's global
# descriptor pool as "livecore/proto/webcast.proto": a bare "webcast.proto"
# would clash with any other library that ships a file of that name.
PROTO = "livecore/proto/webcast.proto"
PROTO_DIR = SRC / "livecore" / "proto"


def generate(out_root: Path) -> list[Path]:
    """Compile into out_root (a src-like tree); return the generated files' paths."""
    from grpc_tools import protoc  # dev-only dependency

    out_root.mkdir(parents=True, exist_ok=True)
    args = [
        "protoc",
        f"--proto_path={SRC}",
        f"--python_out={out_root}",
        f"--pyi_out={out_root}",
        str(SRC / PROTO),
    ]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    out_dir = out_root / "livecore" / "proto"
    return [out_dir / "webcast_pb2.py", out_dir / "webcast_pb2.pyi"]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SRC
    for path in generate(target):
        print(path)
