"""docs/testing.md's examples run as written, so the doc cannot rot."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

DOC = Path(__file__).resolve().parent.parent / "docs" / "testing.md"


def _examples() -> list[str]:
    blocks = re.findall(r"^```python\n(.*?)^```", DOC.read_text(), re.MULTILINE | re.DOTALL)
    return [str(block) for block in blocks]


def test_the_doc_has_its_examples() -> None:
    assert len(_examples()) == 2, "a whole session, and every event"


@pytest.mark.parametrize("example", _examples(), ids=["session", "every-event"])
def test_the_example_runs_and_its_property_holds(example: str) -> None:
    namespace: dict[str, Any] = {"__name__": "testing_md_example"}
    exec(compile(example, str(DOC), "exec"), namespace)
    tests = [fn for name, fn in namespace.items() if name.startswith("test_") and callable(fn)]
    assert tests, "the example should define a test"
    for test in tests:
        test()  # a Hypothesis test: runs its examples, raises on a counterexample
