"""The examples of docs/embedding.md and docs/client.md are real programs.

Each is taken out of its Markdown, as ``test_docs.py`` does for the README,
and run in a subprocess of its own (a fresh event loop, a real WebSocket on
loopback, a timeout): the asyncio client must get the whole stream, send its
heartbeats and acks, and end with ``DisconnectEvent live_ended``, without Trio
anywhere in it; the Trio example must end the stream as the guide says.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TIMEOUT = 60  # seconds; each example takes about two


def _python_blocks(name: str) -> list[str]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, re.DOTALL)


def _run(code: str, tmp_path: Path, name: str) -> str:
    script = tmp_path / name
    script.write_text(code, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout


def _in_order(out: str, expected: list[str]) -> None:
    positions = [out.find(text) for text in expected]
    assert -1 not in positions, out
    assert positions == sorted(positions), out


# ---- docs/embedding.md ----------------------------------------------------------


def test_embedding_md_has_one_complete_example() -> None:
    [code] = _python_blocks("embedding.md")
    assert "asyncio.run(" in code
    assert "import trio" not in code and "livecore_trio" not in code  # asyncio only
    for call in (
        "receive_first_payload",
        "websocket_url()",
        "WEBSOCKET_SUBPROTOCOLS",
        "socket_opened",
        "receive_data",
        "handle_timeout",
        "next_deadline()",
        "data_to_send()",
        "wants_close",
        "connection_lost",
    ):
        assert call in code, f"the asyncio example does not use {call}"
    assert len(code.splitlines()) <= 140


def test_asyncio_example_runs_the_whole_session(tmp_path: Path) -> None:
    [code] = _python_blocks("embedding.md")
    out = _run(code, tmp_path, "embedding_example.py")
    lines = out.splitlines()
    assert lines[0] == "ConnectEvent"
    _in_order(
        out,
        [
            "ConnectEvent",
            "CommentEvent",
            "GiftEvent",
            "LivePauseEvent",
            "LiveUnpauseEvent",
            "LiveEndEvent",
            "DisconnectEvent live_ended (code 1000)",
        ],
    )
    assert sum(line.startswith("DisconnectEvent") for line in lines) == 1
    # Woken by next_deadline() during the quiet pause: at least one heartbeat
    # went out and reached the room; every frame that asked for an ack got one.
    sent = re.search(r"sent (\d+) heartbeats and (\d+) acks", out)
    assert sent is not None, out
    assert int(sent.group(1)) >= 1
    got = re.search(r"the room got (\d+) heartbeats; acks missing: \[\]", out)
    assert got is not None, out
    assert got.group(1) == sent.group(1)


# ---- docs/client.md ------------------------------------------------------------


def test_client_md_example_runs(tmp_path: Path) -> None:
    code = next(block for block in _python_blocks("client.md") if "trio.run(" in block)
    out = _run(code, tmp_path, "client_example.py")
    _in_order(
        out,
        [
            ": first!",
            " x3",  # the gift, sent three times
            ": still here",
            "the stream ended",
            "disconnected: live_ended (code 1000)",
            "acks the room still waits for: 0",
        ],
    )
    counts = re.search(r"(\d+) events, (\d+) messages, (\d+) acks", out)
    assert counts is not None, out
    assert int(counts.group(2)) == 6  # the script's six message steps


def test_client_md_many_rooms_example_runs(tmp_path: Path) -> None:
    [code] = [block for block in _python_blocks("client.md") if "open_nursery()" in block]
    out = _run(code, tmp_path, "many_rooms.py")
    for name in ("alpha", "bravo", "charlie"):
        _in_order(out, [f"[{name}] hello from {name}", f"[{name}] live_ended"])
