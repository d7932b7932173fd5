"""Refresh the generated parts of the docs from the code.

Usage: python tools/gendocs.py [--check]

Today that is one block: the lifecycle diagram in docs/lifecycle.md, which
must be exactly ``livecore.lifecycle.mermaid()`` between the markers
``<!-- diagram:start -->`` and ``<!-- diagram:end -->``. Without arguments
the block is rewritten in place; with ``--check`` nothing is written and the
exit status is 1 when the committed block is stale (tests/test_docs.py does
the same check).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIFECYCLE_DOC = ROOT / "docs" / "lifecycle.md"
START = "<!-- diagram:start -->"
END = "<!-- diagram:end -->"


def diagram_block(diagram: str) -> str:
    """The text that belongs between the markers for ``diagram``."""
    return f"\n```mermaid\n{diagram.rstrip(chr(10))}\n```\n"


def split(text: str) -> tuple[str, str, str]:
    """``text`` as (before and START, the block, END and after)."""
    head, sep, rest = text.partition(START)
    if not sep:
        raise ValueError(f"marker {START!r} not found")
    block, sep, tail = rest.partition(END)
    if not sep:
        raise ValueError(f"marker {END!r} not found after {START!r}")
    return head + START, block, END + tail


def committed_diagram(text: str) -> str:
    """The Mermaid source inside the markers, as committed (fences removed)."""
    block = split(text)[1].strip("\n")
    lines = block.split("\n")
    if len(lines) < 2 or lines[0].strip() != "```mermaid" or lines[-1].strip() != "```":
        raise ValueError("the block between the markers is not one ```mermaid fence")
    return "\n".join(lines[1:-1]) + "\n"


def render(text: str, diagram: str) -> str:
    """``text`` with its diagram block replaced by ``diagram``."""
    head, _, tail = split(text)
    return head + diagram_block(diagram) + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the docs are stale")
    args = parser.parse_args(argv)

    from livecore.lifecycle import mermaid

    current = LIFECYCLE_DOC.read_text(encoding="utf-8")
    fresh = render(current, mermaid())
    if fresh == current:
        return 0
    if args.check:
        print(f"{LIFECYCLE_DOC.relative_to(ROOT)} is stale: run `make docs`", file=sys.stderr)
        return 1
    LIFECYCLE_DOC.write_text(fresh, encoding="utf-8")
    print(f"rewrote {LIFECYCLE_DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
