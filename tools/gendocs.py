"""Refresh the generated parts of the docs from the code.

Usage: python tools/gendocs.py [--check]

Two kinds of block. In docs/lifecycle.md, the two state diagrams: the
session's lifecycle between ``<!-- diagram:session:start -->`` and
``<!-- diagram:session:end -->``, the socket's phases between
``<!-- diagram:socket:start -->`` and ``<!-- diagram:socket:end -->``, each
exactly ``livecore.lifecycle.mermaid(name)``. In docs/events.md, between
``<!-- diagram:reference:start -->`` and ``<!-- diagram:reference:end -->``,
a heading for every message event the hand-written part of the page does not
already cover, with its method, parent, docstring, helpers and fields (see
tools/eventref.py). In docs/failures.md, between ``<!-- diagram:failures:start -->``
and ``<!-- diagram:failures:end -->``, ``livecore.failures.render_table()``.
Without arguments the blocks are rewritten in place;
with ``--check`` nothing is written and the exit status is 1 when a
committed block is stale (tests/test_docs.py does the same check).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIFECYCLE_DOC = ROOT / "docs" / "lifecycle.md"
EVENTS_DOC = ROOT / "docs" / "events.md"
FAILURES_DOC = ROOT / "docs" / "failures.md"
DIAGRAMS = ("session", "socket")


def markers(name: str) -> tuple[str, str]:
    """The start and end markers of diagram ``name``."""
    return f"<!-- diagram:{name}:start -->", f"<!-- diagram:{name}:end -->"


def diagram_block(diagram: str) -> str:
    """The text that belongs between the markers for ``diagram``."""
    return f"\n```mermaid\n{diagram.rstrip(chr(10))}\n```\n"


def split(text: str, name: str) -> tuple[str, str, str]:
    """``text`` as (before and the start marker, the block, the end marker and after)."""
    start, end = markers(name)
    head, sep, rest = text.partition(start)
    if not sep:
        raise ValueError(f"marker {start!r} not found")
    block, sep, tail = rest.partition(end)
    if not sep:
        raise ValueError(f"marker {end!r} not found after {start!r}")
    return head + start, block, end + tail


def committed_diagram(text: str, name: str) -> str:
    """The Mermaid source inside diagram ``name``'s markers, as committed (fences removed)."""
    block = split(text, name)[1].strip("\n")
    lines = block.split("\n")
    if len(lines) < 2 or lines[0].strip() != "```mermaid" or lines[-1].strip() != "```":
        raise ValueError(f"the {name} block between the markers is not one ```mermaid fence")
    return "\n".join(lines[1:-1]) + "\n"


def render(text: str, name: str, diagram: str) -> str:
    """``text`` with diagram ``name``'s block replaced by ``diagram``."""
    head, _, tail = split(text, name)
    return head + diagram_block(diagram) + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the docs are stale")
    args = parser.parse_args(argv)

    from livecore.failures import render_table
    from livecore.lifecycle import mermaid

    sys.path.insert(0, str(ROOT / "tools"))
    from eventref import reference

    stale = []
    for doc in (LIFECYCLE_DOC, EVENTS_DOC, FAILURES_DOC):
        current = doc.read_text(encoding="utf-8")
        if doc is LIFECYCLE_DOC:
            fresh = current
            for name in DIAGRAMS:
                fresh = render(fresh, name, mermaid(name))
        elif doc is FAILURES_DOC:
            head, _, tail = split(current, "failures")
            fresh = head + "\n" + render_table() + tail
        else:
            head, _, tail = split(current, "reference")
            fresh = head + "\n" + reference(head + tail) + tail
        if fresh == current:
            continue
        stale.append(doc)
        if not args.check:
            doc.write_text(fresh, encoding="utf-8")
            print(f"rewrote {doc.relative_to(ROOT)}")
    if stale and args.check:
        for doc in stale:
            print(f"{doc.relative_to(ROOT)} is stale: run `make docs`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
