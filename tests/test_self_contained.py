"""The repository stands on its own: nothing in it needs, or points at, files beside the clone.

A fresh clone with nothing next to it must pass ``make test``: the golden
vectors are in ``tests/vectors/`` and the protocol facts in
``docs/protocol.md``. This test fails when a tracked file names the
engineers' reference material kept outside the repository, or when a
reader of the vectors looks for them outside it.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import VECTORS

ROOT = Path(__file__).resolve().parent.parent

# Spelled in pieces so that this file does not trip its own check.
FORBIDDEN = (
    ".." + "/shared",
    "shared" + "/vectors",
    "WIRE" + ".md",
    "DESIGN" + ".md",
    "WEBCAST" + "-FIELDS",
)

#: Not part of the project's own content: the CI script that sets up its run.
EXCLUDED_DIRS = (".ci/",)

VECTOR_FILES = (
    "README.md",
    "first.bin",
    "first.json",
    "lifecycle.frames",
    "lifecycle.jsonl",
    "mixed.frames",
    "mixed.jsonl",
    "plain.frames",
    "plain.jsonl",
)


def _tracked_files() -> list[str]:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no list of tracked files")
    out = subprocess.run([git, "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [name for name in out.decode("utf-8").split("\0") if name]


def _mentions(path: str) -> list[str]:
    file = ROOT / path
    if not file.is_file():  # deleted in the work tree, not yet in the index
        return []
    data = file.read_bytes()
    return [word for word in FORBIDDEN if word.encode() in data]


def test_no_tracked_file_points_outside_the_repository() -> None:
    offenders = {}
    for path in _tracked_files():
        if path.startswith(EXCLUDED_DIRS):
            continue
        found = _mentions(path)
        if found:
            offenders[path] = found
    assert not offenders, (
        "these files point at material outside the repository; cite docs/protocol.md "
        f"or tests/vectors/ instead: {offenders}"
    )


def test_the_vectors_are_read_from_inside_the_repository() -> None:
    assert VECTORS.resolve().is_relative_to(ROOT), VECTORS
    assert VECTORS.resolve() == (ROOT / "tests" / "vectors").resolve()
    for name in VECTOR_FILES:
        assert (VECTORS / name).is_file(), f"{name} is missing from {VECTORS}"


def test_the_vectors_are_tracked() -> None:
    tracked = set(_tracked_files())
    missing = [name for name in VECTOR_FILES if f"tests/vectors/{name}" not in tracked]
    assert not missing, f"not committed: {missing}"


def test_the_benchmark_corpus_falls_back_to_the_vector_in_the_repository() -> None:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    assert corpus.VECTOR.resolve() == (VECTORS / "mixed.frames").resolve()
    assert len(corpus._vector_msg_frames()) == 400
