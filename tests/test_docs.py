"""The docs stay true to the code: generated parts are fresh, every event is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reference_codec import load_tool

from livecore import events
from livecore.lifecycle import PHASES, SOCKET_TRANSITIONS, mermaid

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


@pytest.mark.parametrize("name", ["session", "socket"])
def test_lifecycle_diagrams_are_the_ones_the_machines_draw(name: str) -> None:
    gendocs = load_tool("gendocs")
    text = (DOCS / "lifecycle.md").read_text(encoding="utf-8")
    assert gendocs.committed_diagram(text, name) == mermaid(name), (
        f"docs/lifecycle.md's {name} diagram differs from livecore.lifecycle.mermaid(): "
        "run `make docs`"
    )


def test_the_socket_diagram_draws_every_phase_and_move() -> None:
    drawn = mermaid("socket")
    for phase in PHASES:
        assert f'state "{phase}" as {phase}' in drawn
    for trigger, sources, dest in SOCKET_TRANSITIONS:
        for source in [sources] if isinstance(sources, str) else sources:
            assert f"{source} --> {dest}: {trigger}" in drawn


def test_gendocs_rewrites_only_the_diagram_block() -> None:
    gendocs = load_tool("gendocs")
    text = (
        "intro\n<!-- diagram:socket:start -->\nold\n<!-- diagram:socket:end -->\noutro\n"
        "<!-- diagram:session:start -->\nkept\n<!-- diagram:session:end -->\n"
    )
    fresh = gendocs.render(text, "socket", "stateDiagram-v2\n  a --> b\n")
    assert fresh.startswith("intro\n<!-- diagram:socket:start -->\n```mermaid\n")
    assert "```\n<!-- diagram:socket:end -->\noutro\n" in fresh
    assert "\nkept\n" in fresh  # the other diagram's block is untouched
    assert gendocs.committed_diagram(fresh, "socket") == "stateDiagram-v2\n  a --> b\n"
    assert gendocs.render(fresh, "socket", "stateDiagram-v2\n  a --> b\n") == fresh


def _event_classes() -> list[str]:
    names = []
    for name in events.__all__:
        obj = getattr(events, name)
        if isinstance(obj, type) and issubclass(obj, events.Event):
            names.append(name)
    return names


def _documented_names() -> set[str]:
    """The `Names` in backticks on the Markdown headings of docs/events.md."""
    names: set[str] = set()
    in_code = False
    for line in (DOCS / "events.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and re.match(r"#{1,6} ", line):
            names.update(re.findall(r"`(\w+)`", line))
    return names


@pytest.mark.parametrize("name", _event_classes())
def test_every_event_class_has_a_heading_in_events_md(name: str) -> None:
    assert name in _documented_names(), (
        f"{name} is public in livecore.events but has no heading in docs/events.md"
    )


def _readme_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, re.DOTALL)


def test_readme_has_the_trio_and_the_core_examples() -> None:
    examples = _readme_examples()
    assert len(examples) == 2
    assert "livecore_trio" in examples[0] and "Connection(" in examples[1]


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (0, ["hello from the quick start", "followed", "the stream ended", "live_ended"]),
        (1, ["the stream ended", "live_ended"]),
    ],
    ids=["trio-client", "embedded-core"],
)
def test_readme_example_runs(
    index: int,
    expected: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The README's examples are real code: each runs and ends the stream as it claims."""
    monkeypatch.chdir(ROOT)
    exec(compile(_readme_examples()[index], "README.md", "exec"), {"__name__": "readme_example"})
    out = capsys.readouterr().out
    positions = [out.find(text) for text in expected]
    assert -1 not in positions, out
    assert positions == sorted(positions), out


def test_every_script_step_is_documented_in_room_md() -> None:
    from livecore.room import STEP_HELP

    text = (DOCS / "room.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `(\w+)", text, re.MULTILINE))
    assert set(STEP_HELP) <= rows, f"undocumented steps: {sorted(set(STEP_HELP) - rows)}"


def test_every_fault_kind_is_documented_in_room_md() -> None:
    from livecore.room import FAULT_HELP

    text = (DOCS / "room.md").read_text(encoding="utf-8")
    section = text.split("\n## Faults\n", 1)[1].split("\n## ", 1)[0]
    rows = set(re.findall(r"^\| `(\w+)", section, re.MULTILINE))
    assert set(FAULT_HELP) <= rows, f"undocumented faults: {sorted(set(FAULT_HELP) - rows)}"


def _layout_rows() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([^`]+)` \|", table, flags=re.M)


def test_the_readme_layout_names_only_what_exists() -> None:
    missing = [path for path in _layout_rows() if not (ROOT / path).exists()]
    assert not missing, f"README's layout table names paths that do not exist: {missing}"


def test_the_readme_layout_names_every_module_of_src() -> None:
    rows = _layout_rows()
    unnamed = []
    for package in ("livecore", "livecore_trio"):
        for path in sorted((ROOT / "src" / package).iterdir()):
            if path.name.startswith(("_", ".")) and path.name != "__main__.py":
                continue
            if path.suffix not in (".py", "") or path.name in ("py.typed",):
                continue
            shown = f"src/{package}/{path.name}" + ("/" if path.is_dir() else "")
            if shown not in rows:
                unnamed.append(shown)
    assert not unnamed, f"add these to README's layout table: {unnamed}"


def test_the_events_reference_is_what_the_code_says() -> None:
    text = (DOCS / "events.md").read_text(encoding="utf-8")
    gendocs = load_tool("gendocs")
    head, block, tail = gendocs.split(text, "reference")
    eventref = load_tool("eventref")
    assert block == "\n" + eventref.reference(head + tail), (
        "docs/events.md's reference is stale: run `make docs`"
    )
    # Each event is described once: by hand, or in the reference.
    headings = re.findall(r"^#{1,6} `(\w+)`", text, re.MULTILINE)
    assert len(headings) == len(set(headings))
