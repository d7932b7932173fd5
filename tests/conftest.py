"""Shared fixtures: where the golden vectors live (``tests/vectors/``, see its README)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"


@pytest.fixture(scope="session")
def vectors() -> Path:
    if not VECTORS.is_dir():
        pytest.fail(f"golden vectors not found at {VECTORS}")
    return VECTORS
