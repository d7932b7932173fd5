"""Names a newcomer can trust: a module's name says its job (no two modules of
``src/`` share a name in unrelated jobs), and what a module keeps private
(a leading underscore) is read by that module alone."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

#: Names that stand in several places for one job seen from two sides: the
#: core's package and the adapter's that drives it, a library module and the
#: command that shows it, the exceptions and the web's share of them.
RELATED: dict[str, set[str]] = {
    "fleet": {"livecore/fleet", "livecore_trio/fleet", "livecore_trio/cli/fleet.py"},
    "room": {"livecore/room", "livecore_trio/room.py"},
    "gifts": {
        "livecore/events/gifts.py",
        "livecore/web/gifts.py",
        "livecore_trio/cli/gifts.py",
    },
    "errors": {"livecore/errors.py", "livecore/web/errors.py"},
}
#: Attributes of other libraries' objects that are public despite the underscore.
FOREIGN_PUBLIC = frozenset({"_replace", "_asdict", "_fields", "_actions"})


def _sources() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if "_pb2" not in p.name]


def test_no_two_modules_share_a_name_in_unrelated_jobs() -> None:
    places: dict[str, set[str]] = defaultdict(set)
    for path in _sources():
        rel = path.relative_to(SRC)
        if path.name in ("__init__.py", "__main__.py"):
            places[rel.parent.name].add(str(rel.parent))
        else:
            places[path.stem].add(str(rel))
    shared = {name: where for name, where in places.items() if len(where) > 1}
    unexplained = {n: sorted(w) for n, w in shared.items() if w != RELATED.get(n)}
    assert not unexplained, f"modules of one name in different jobs: {unexplained}"


def _owned(tree: ast.Module) -> set[str]:
    """The private names a module defines: its functions, classes, assignments,
    attributes set on ``self`` or ``cls``, and ``__slots__`` entries."""
    owned: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            owned.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            owned.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if _own_object(node.value):
                owned.add(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            owned.add(node.value)  # __slots__ = ("_x", ...)
    return {name for name in owned if name.startswith("_")}


def _private_reads(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    owned = _owned(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("livecore"):
            found += [f"import {a.name}" for a in node.names if _private(a.name)]
        elif isinstance(node, ast.Attribute) and _private(node.attr):
            if _own_object(node.value) or node.attr in owned | FOREIGN_PUBLIC:
                continue
            found.append(ast.unparse(node))
    rel = path.relative_to(ROOT)
    return [f"{rel}: {what}" for what in found]


def _own_object(node: ast.expr) -> bool:
    """``self`` or ``cls``: a class reaches its own names, inherited ones included
    (the events read their base's parsed message, ``self._pb``)."""
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_no_module_reads_another_modules_private_names() -> None:
    reads = [read for path in _sources() for read in _private_reads(path)]
    assert not reads, "private names read outside their module:\n" + "\n".join(reads)
