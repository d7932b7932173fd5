"""Snapshot livecore's core at a git revision, importable beside the current one.

Writes ``bench/.snapshots/livecore_<name>/``: ``src/livecore`` at ``REV``,
with its imports renamed so that it does not clash with the working tree's
``livecore``. The generated protobuf module is shared with the current tree
(protobuf's descriptor pool admits one ``livecore/proto/webcast.proto``), so
a snapshot is only meaningful across revisions with the same schema.

    .venv/bin/python bench/snapshot.py HEAD --name before
    PYTHONPATH=bench/.snapshots .venv/bin/python bench/decode.py --baseline livecore_before
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / ".snapshots"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("rev", help="a git revision, e.g. HEAD")
    p.add_argument("--name", default="before", help="snapshot name (package livecore_NAME)")
    args = p.parse_args()
    package = f"livecore_{args.name}"
    dest = SNAPSHOTS / package
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    listing = subprocess.run(
        ["git", "ls-tree", "--name-only", args.rev, "src/livecore/"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    imports = re.compile(r"\blivecore(?=[. ])(?!\.proto\b)")
    for path in listing:
        if not path.endswith(".py"):
            continue
        text = subprocess.run(
            ["git", "show", f"{args.rev}:{path}"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        lines = [
            imports.sub(package, line) if line.lstrip().startswith(("from ", "import ")) else line
            for line in text.splitlines(keepends=True)
        ]
        (dest / Path(path).name).write_text("".join(lines))
    print(f"{dest} ({args.rev}); use --baseline {package} with PYTHONPATH={SNAPSHOTS}")


if __name__ == "__main__":
    main()
