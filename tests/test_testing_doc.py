"""docs/testing.md's example runs as written, so the doc cannot rot."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

DOC = Path(__file__).resolve().parent.parent / "docs" / "testing.md"


def _example() -> str:
    blocks = re.findall(r"^```python\n(.*?)^```", DOC.read_text(), re.MULTILINE | re.DOTALL)
    assert len(blocks) == 1, "docs/testing.md should hold exactly one python example"
    return str(blocks[0])


def test_the_example_runs_and_its_property_holds() -> None:
    namespace: dict[str, Any] = {"__name__": "testing_md_example"}
    exec(compile(_example(), str(DOC), "exec"), namespace)
    tests = [fn for name, fn in namespace.items() if name.startswith("test_") and callable(fn)]
    assert tests, "the example should define a test"
    for test in tests:
        test()  # a Hypothesis test: runs its examples, raises on a counterexample
