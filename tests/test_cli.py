"""`livecore replay` keeps its documented command-line contract, and `.frames` files round-trip.

Proves, on the golden vectors: ``--json`` is one JSON object per event with
``type``, ``msg_id`` and the vector's fields, ConnectEvent first and
DisconnectEvent last with the right reason; ``--count`` has exactly the
documented keys and the right totals; the default output shows the lifecycle;
bad input exits with the documented codes and a message on stderr; the
installed console script behaves as ``main()``; and ``recording`` reads back
what it writes and reports truncated or corrupt files as ``RecordingError``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from livecore import ConnectEvent, DisconnectEvent, DisconnectReason
from livecore.frames import encode_msg_frame
from livecore.proto import pb
from livecore.recording import MAX_RECORD, RecordingError, read_frames, replay, write_frame
from livecore_trio.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def expected_events(vectors: Path, name: str) -> list[dict[str, Any]]:
    """What replaying ``name`` must give, from its .jsonl, bracketed by Connect/Disconnect."""
    out: list[dict[str, Any]] = [{"type": "ConnectEvent", "msg_id": None}]
    for line in (vectors / f"{name}.jsonl").open():
        for message in json.loads(line)["messages"] or []:
            out.extend(message["events"])
            out.append({"type": "WebsocketResponseEvent", "msg_id": message["events"][0]["msg_id"]})
    out.append({"type": "DisconnectEvent", "msg_id": None})
    return out


def check_json_lines(stdout: str, want: list[dict[str, Any]]) -> list[dict[str, Any]]:
    lines = stdout.splitlines()
    got = [json.loads(line) for line in lines]
    assert all(isinstance(g, dict) for g in got)
    assert [g["type"] for g in got] == [w["type"] for w in want]
    for index, (g, w) in enumerate(zip(got, want, strict=True)):
        assert list(g)[:2] == ["type", "msg_id"], index
        assert {k: g.get(k, "<missing>") for k in w} == w, index
    return got


# ---- --json -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason", "code"),
    [("lifecycle", "live_ended", 1000), ("mixed", "end_of_recording", None)],
)
def test_json_is_one_object_per_event(
    capsys: pytest.CaptureFixture[str], vectors: Path, name: str, reason: str, code: int | None
) -> None:
    status, out, err = run(capsys, "replay", str(vectors / f"{name}.frames"), "--json")
    assert status == 0, err
    assert err == ""
    got = check_json_lines(out, expected_events(vectors, name))
    assert got[0]["type"] == "ConnectEvent"
    assert got[-1]["type"] == "DisconnectEvent"
    assert (got[-1]["reason"], got[-1]["code"]) == (reason, code)
    assert sum(g["type"] == "ConnectEvent" for g in got) == 1
    assert sum(g["type"] == "DisconnectEvent" for g in got) == 1


def test_json_lifecycle_order(capsys: pytest.CaptureFixture[str], vectors: Path) -> None:
    _, out, _ = run(capsys, "replay", str(vectors / "lifecycle.frames"), "--json")
    types = [json.loads(line)["type"] for line in out.splitlines()]
    assert [t for t in types if t.startswith(("Connect", "Live", "Disconnect"))] == [
        "ConnectEvent",
        "LivePauseEvent",
        "LiveUnpauseEvent",
        "LiveEndEvent",
        "DisconnectEvent",
    ]


def _write_recording(path: Path, frames: list[bytes]) -> Path:
    with path.open("wb") as f:
        for data in frames:
            write_frame(f, data)
    return path


def _chat(msg_id: int, payload: bytes) -> pb.Message:
    return pb.Message(method="WebcastChatMessage", payload=payload, msg_id=msg_id)


@pytest.mark.parametrize("validate", [False, True])
def test_json_reports_a_malformed_payload_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, validate: bool
) -> None:
    good = pb.WebcastChatMessage(
        content="fine", user=pb.User(id=3, display_id="x")
    ).SerializeToString()
    path = _write_recording(
        tmp_path / "bad.frames",
        [
            encode_msg_frame(pb.FetchResult(messages=[_chat(1, b"\x0a\x05ab"), _chat(2, good)])),
            b"\xff\xff not a frame",
        ],
    )
    flags = ["--validate"] if validate else []
    status, out, err = run(capsys, "replay", str(path), "--json", *flags)
    assert status == 0, err
    got = [json.loads(line) for line in out.splitlines()]
    # Lazily, the malformed chat is still a CommentEvent, carrying the error and
    # the raw bytes; with --validate it is a MessageErrorEvent from the start.
    bad = "MessageErrorEvent" if validate else "CommentEvent"
    assert [g["type"] for g in got] == [
        "ConnectEvent",
        bad,
        "WebsocketResponseEvent",
        "CommentEvent",
        "WebsocketResponseEvent",
        "FrameErrorEvent",
        "DisconnectEvent",
    ]
    assert got[1]["msg_id"] == 1
    assert got[1]["raw"] == "CgVhYg=="  # base64 of the payload: nothing lost
    assert "malformed" in (got[1]["reason"] if validate else got[1]["error"])
    assert got[3]["content"] == "fine"
    assert got[-1]["reason"] == "end_of_recording"

    status, out, _ = run(capsys, "replay", str(path), "--count", *flags)
    counts = json.loads(out)["counts"]
    assert counts == {t: sum(g["type"] == t for g in got) for t in counts}  # same story


# ---- --count ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "frames", "messages"),
    [("mixed", 408, 1860), ("lifecycle", None, None), ("plain", None, None)],
)
def test_count_summary(
    capsys: pytest.CaptureFixture[str],
    vectors: Path,
    name: str,
    frames: int | None,
    messages: int | None,
) -> None:
    status, out, err = run(capsys, "replay", str(vectors / f"{name}.frames"), "--count")
    assert status == 0, err
    [line] = out.splitlines()
    summary = json.loads(line)
    assert set(summary) == {"frames", "messages", "events", "seconds", "messages_per_s", "counts"}

    rows = [json.loads(row) for row in (vectors / f"{name}.jsonl").open()]
    want = Counter(e["type"] for e in expected_events(vectors, name))
    assert summary["frames"] == (frames if frames is not None else len(rows))
    assert summary["messages"] == (
        messages if messages is not None else sum(len(r["messages"] or []) for r in rows)
    )
    assert summary["counts"] == dict(want)
    assert summary["events"] == sum(want.values())
    assert isinstance(summary["seconds"], float) and summary["seconds"] >= 0
    assert summary["messages_per_s"] is None or summary["messages_per_s"] > 0


# ---- default output -------------------------------------------------------------


def test_human_output_shows_the_lifecycle(
    capsys: pytest.CaptureFixture[str], vectors: Path
) -> None:
    status, out, err = run(capsys, "replay", str(vectors / "lifecycle.frames"))
    assert status == 0, err
    lines = out.splitlines()
    heads = [line.split()[0] for line in lines if line.strip()]
    assert "WebsocketResponseEvent" not in heads  # one line per meaningful event
    assert [h for h in heads if h.startswith(("Connect", "Live", "Disconnect"))] == [
        "ConnectEvent",
        "LivePauseEvent",
        "LiveUnpauseEvent",
        "LiveEndEvent",
        "DisconnectEvent",
    ]
    assert heads[0] == "ConnectEvent"
    disconnect = next(line for line in lines if line.startswith("DisconnectEvent"))
    assert "live_ended" in disconnect
    assert any(line.startswith("CommentEvent") and ": " in line for line in lines)


# ---- errors ---------------------------------------------------------------------


def test_missing_file_exits_11_with_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.frames"
    status, out, err = run(capsys, "replay", str(missing))
    assert status == 11  # the system refused, not a usage error
    assert out == ""
    assert str(missing) in err
    assert "No such file" in err


@pytest.mark.parametrize("cut", ["mid-record", "mid-prefix"])
@pytest.mark.parametrize("mode", [[], ["--json"], ["--count"]])
def test_truncated_recording_exits_1_with_a_message(
    capsys: pytest.CaptureFixture[str], vectors: Path, tmp_path: Path, cut: str, mode: list[str]
) -> None:
    data = (vectors / "mixed.frames").read_bytes()
    with io.BytesIO(data) as f:
        first = len(next(read_frames(f)))
    keep = 4 + first + (2 if cut == "mid-prefix" else 4 + 10)
    path = tmp_path / "cut.frames"
    path.write_bytes(data[:keep])
    status, _, err = run(capsys, "replay", str(path), *mode)
    assert status == 1
    assert str(path) in err
    assert "record 1" in err
    assert "truncated" in err or "bytes" in err


def test_corrupt_length_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "huge.frames"
    path.write_bytes(struct.pack(">I", 0xFFFFFFFF) + b"x" * 10)
    status, _, err = run(capsys, "replay", str(path), "--count")
    assert status == 1
    assert "record 0" in err and "limit" in err


def test_empty_recording_is_a_session_with_no_messages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "empty.frames"
    path.write_bytes(b"")
    status, out, _ = run(capsys, "replay", str(path), "--json")
    assert status == 0
    assert [json.loads(line)["type"] for line in out.splitlines()] == ["DisconnectEvent"]


# ---- the installed console script -------------------------------------------------


def _console_script() -> list[str]:
    beside = Path(sys.executable).with_name("livecore")
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("livecore")
    if found:
        return [found]
    return [sys.executable, "-m", "livecore_trio.cli"]


def test_console_script_matches_main(capsys: pytest.CaptureFixture[str], vectors: Path) -> None:
    recording = str(vectors / "lifecycle.frames")
    proc = subprocess.run(
        [*_console_script(), "replay", recording, "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    _, out, _ = run(capsys, "replay", recording, "--json")
    assert proc.stdout == out
    check_json_lines(proc.stdout, expected_events(vectors, "lifecycle"))


def test_console_script_exit_code_for_a_missing_file(tmp_path: Path) -> None:
    proc = subprocess.run(
        [*_console_script(), "replay", str(tmp_path / "nope.frames")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 11
    assert proc.stdout == ""
    assert "nope.frames" in proc.stderr


# ---- recording format ------------------------------------------------------------


def test_write_then_read_round_trips() -> None:
    records = [b"", b"a", bytes(range(256)) * 100, encode_msg_frame(pb.FetchResult())]
    buf = io.BytesIO()
    for data in records:
        write_frame(buf, data)
    raw = buf.getvalue()
    assert raw[:4] == b"\x00\x00\x00\x00"  # big-endian length prefix
    assert raw[4:9] == b"\x00\x00\x00\x01a"
    assert list(read_frames(io.BytesIO(raw))) == records


def test_vectors_read_back_byte_identical(vectors: Path) -> None:
    data = (vectors / "plain.frames").read_bytes()
    frames = list(read_frames(io.BytesIO(data)))
    buf = io.BytesIO()
    for frame in frames:
        write_frame(buf, frame)
    assert buf.getvalue() == data


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        (b"\x00\x00", "record 2: truncated length prefix"),
        (b"\x00\x00\x00\x05abc", "record 2: 3 of 5 bytes"),
    ],
)
def test_read_errors_after_the_good_records(tail: bytes, message: str) -> None:
    buf = io.BytesIO()
    write_frame(buf, b"one")
    write_frame(buf, b"two")
    reader = read_frames(io.BytesIO(buf.getvalue() + tail))
    assert [next(reader), next(reader)] == [b"one", b"two"]
    with pytest.raises(RecordingError, match=message):
        next(reader)


def test_record_over_the_limit_is_an_error() -> None:
    buf = io.BytesIO()
    write_frame(buf, b"x" * 100)
    with pytest.raises(RecordingError, match="over the 99 limit"):
        list(read_frames(io.BytesIO(buf.getvalue()), max_record=99))
    assert list(read_frames(io.BytesIO(buf.getvalue()), max_record=100)) == [b"x" * 100]
    assert MAX_RECORD == 64 * 1024 * 1024


def test_write_refuses_a_record_over_4_gib() -> None:
    class Huge(bytes):
        def __len__(self) -> int:
            return 2**32

    buf = io.BytesIO()
    with pytest.raises(ValueError):
        write_frame(buf, Huge(b"x"))
    assert buf.getvalue() == b""


def test_a_corrupt_recording_still_ends_the_session(vectors: Path) -> None:
    """Even a truncated file gives DisconnectEvent last, before the error surfaces."""
    data = (vectors / "mixed.frames").read_bytes()
    events = []
    with pytest.raises(RecordingError, match="record 3"):
        for event in replay(read_frames(io.BytesIO(data[: len(data) // 100]))):
            events.append(event)
    assert isinstance(events[0], ConnectEvent)
    last = events[-1]
    assert isinstance(last, DisconnectEvent)
    assert last.reason is DisconnectReason.END_OF_RECORDING
    assert "record 3" in last.detail


def test_replay_names_the_streamer_and_room_when_told(
    capsys: pytest.CaptureFixture[str], vectors: Path
) -> None:
    args = ["--json", "--unique-id", "someone", "--room-id", "42"]
    status, out, _ = run(capsys, "replay", str(vectors / "plain.frames"), *args)
    assert status == 0
    first = json.loads(out.splitlines()[0])
    assert first == {"type": "ConnectEvent", "msg_id": None, "unique_id": "someone", "room_id": 42}
