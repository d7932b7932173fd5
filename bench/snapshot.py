"""Snapshot livecore's core at a git revision, importable beside the current one.

Writes ``bench/.snapshots/livecore_<name>/``: ``src/livecore`` at ``REV``
(subpackages included), with its imports renamed so that it does not clash
with the working tree's ``livecore``. Its generated protobuf modules are
renamed too: protobuf's default descriptor pool admits each ``.proto`` file
name and each message's full name once, and an older schema declares the
same ones (``livecore/proto/webcast.proto``, ``livecore.webcast.PushFrame``)
with other contents. Each ``*_pb2.py`` gets its serialized descriptor
rewritten (file ``livecore_<name>/proto/...``, package
``livecore_<name>.webcast``, every type reference with it), so both schemas
load in one process and each tree parses with its own. Field numbers and
wire format are untouched. The rewritten offsets that only protobuf's
pure-Python backend reads are dropped: time snapshots on the upb backend.

    .venv/bin/python bench/snapshot.py 68be75b --name before11
    PYTHONPATH=bench/.snapshots .venv/bin/python bench/decode.py --baseline livecore_before11
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
from pathlib import Path

from google.protobuf import descriptor_pb2

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / ".snapshots"
PROTO_PACKAGE = "livecore.webcast"

_IMPORTS = re.compile(r"\blivecore(?=[. ])")
_SERIALIZED = re.compile(r"AddSerializedFile\((b'.*')\)")
_OFFSETS = re.compile(r"^\s*_globals\['\w+'\]\._serialized_(start|end)=\d+\s*$")


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def rename_descriptor(data: bytes, package: str) -> bytes:
    """A serialized FileDescriptorProto with ``livecore`` renamed to ``package``."""
    proto = descriptor_pb2.FileDescriptorProto.FromString(data)
    new_package = f"{package}.webcast"

    def path(name: str) -> str:
        return package + name[len("livecore") :] if name.startswith("livecore/") else name

    def retype(message: descriptor_pb2.DescriptorProto) -> None:
        for field in message.field:
            if field.type_name.startswith(f".{PROTO_PACKAGE}."):
                field.type_name = f".{new_package}." + field.type_name[len(PROTO_PACKAGE) + 2 :]
        for nested in message.nested_type:
            retype(nested)

    proto.name = path(proto.name)
    proto.dependency[:] = [path(d) for d in proto.dependency]
    if proto.package == PROTO_PACKAGE:
        proto.package = new_package
    for message in proto.message_type:
        retype(message)
    return proto.SerializeToString()


def rewrite_pb2(text: str, package: str) -> str:
    """A generated ``*_pb2.py`` loading its schema under ``package``'s names."""
    out = []
    for line in text.splitlines(keepends=True):
        if _OFFSETS.match(line):
            continue
        found = _SERIALIZED.search(line)
        if found:
            data = rename_descriptor(ast.literal_eval(found.group(1)), package)
            line = line[: found.start(1)] + repr(data) + line[found.end(1) :]
        else:
            line = line.replace("'livecore/proto/", f"'{package}/proto/")
            line = line.replace("'livecore.proto.", f"'{package}.proto.")
        out.append(line)
    return "".join(out)


def rename_imports(text: str, package: str) -> str:
    return "".join(
        _IMPORTS.sub(package, line) if line.lstrip().startswith(("from ", "import ")) else line
        for line in text.splitlines(keepends=True)
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("rev", help="a git revision, e.g. HEAD")
    p.add_argument("--name", default="before", help="snapshot name (package livecore_NAME)")
    args = p.parse_args()
    package = f"livecore_{args.name}"
    dest = SNAPSHOTS / package
    shutil.rmtree(dest, ignore_errors=True)
    prefix = "src/livecore/"
    for path in git("ls-tree", "-r", "--name-only", args.rev, prefix).split():
        if not path.endswith(".py"):
            continue
        text = rename_imports(git("show", f"{args.rev}:{path}"), package)
        if path.endswith("_pb2.py"):
            text = rewrite_pb2(text, package)
        target = dest / path[len(prefix) :]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    print(f"{dest} ({args.rev}); use --baseline {package} with PYTHONPATH={SNAPSHOTS}")


if __name__ == "__main__":
    main()
