"""Golden vectors from an independent encoder: the decoder must match them exactly."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from livecore import ConnectEvent, Connection, DisconnectEvent, DisconnectReason, Event
from livecore.events import WebsocketResponseEvent
from livecore.lifecycle import Socket
from livecore.recording import read_frames, replay

FRAME_FILES = ["mixed", "lifecycle", "plain"]


def _expected(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The events a .jsonl row lists, with the implied WebsocketResponseEvent per message."""
    out: list[dict[str, Any]] = []
    for message in row["messages"] or []:
        out.extend(message["events"])
        msg_id = message["events"][0]["msg_id"]
        out.append({"type": "WebsocketResponseEvent", "msg_id": msg_id})
    return out


def _actual(events: list[Event], keys: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each event as a dict holding only the keys the vector names for it."""
    got = []
    for event, want in zip(events, keys, strict=False):
        full = event.to_dict()
        got.append({k: full.get(k, "<missing>") for k in want})
    return got


@pytest.mark.parametrize("name", FRAME_FILES)
def test_each_frame_decodes_to_exactly_the_listed_events(vectors: Path, name: str) -> None:
    rows = [json.loads(line) for line in (vectors / f"{name}.jsonl").open()]
    with (vectors / f"{name}.frames").open("rb") as f:
        frames = list(read_frames(f))
    assert len(frames) == len(rows)

    conn = Connection()
    for index, (data, row) in enumerate(zip(frames, rows, strict=True)):
        conn.receive_data(data)
        events = [e for e in conn.events() if not isinstance(e, ConnectEvent)]
        want = _expected(row)
        assert [type(e).__name__ for e in events] == [w["type"] for w in want], f"frame {index}"
        assert _actual(events, want) == want, f"frame {index}"


@pytest.mark.parametrize("name", FRAME_FILES)
def test_counts_per_type_match_the_file(vectors: Path, name: str) -> None:
    want: Counter[str] = Counter()
    messages = 0
    for line in (vectors / f"{name}.jsonl").open():
        for message in json.loads(line)["messages"] or []:
            messages += 1
            want.update(e["type"] for e in message["events"])
    want["WebsocketResponseEvent"] = messages
    want["ConnectEvent"] = want["DisconnectEvent"] = 1

    with (vectors / f"{name}.frames").open("rb") as f:
        got = Counter(type(e).__name__ for e in replay(read_frames(f)))
    assert got == want


def test_mixed_has_every_super_fan_event(vectors: Path) -> None:
    """TikTokLive 7.0.1 emits no SuperFanEvent on today's wire; livecore must emit all."""
    with (vectors / "mixed.frames").open("rb") as f:
        got = Counter(type(e).__name__ for e in replay(read_frames(f)))
    assert got["SuperFanEvent"] == 23
    assert got["SuperFanJoinEvent"] == 19
    assert got["SuperFanBoxEvent"] == 14


@pytest.mark.parametrize("name", FRAME_FILES)
def test_acks_echo_log_id_and_internal_ext(vectors: Path, name: str) -> None:
    from livecore.frames import decode_push_frame

    rows = [json.loads(line) for line in (vectors / f"{name}.jsonl").open()]
    conn = Connection()
    with (vectors / f"{name}.frames").open("rb") as f:
        for data, row in zip(read_frames(f), rows, strict=True):
            conn.receive_data(data)
            sent = [decode_push_frame(b) for b in conn.data_to_send()]
            if row.get("need_ack"):
                assert len(sent) == 1
                assert sent[0].payload_type == "ack"
                assert sent[0].log_id == row["log_id"]
                assert sent[0].payload == (row["internal_ext"] or "-").encode()
            else:
                assert sent == []


def test_lifecycle_vector_pauses_unpauses_and_ends(vectors: Path) -> None:
    with (vectors / "lifecycle.frames").open("rb") as f:
        events = list(replay(read_frames(f)))
    names = [type(e).__name__ for e in events]
    lifecycle = [n for n in names if n.startswith(("Live", "Connect", "Disconnect"))]
    assert lifecycle == [
        "ConnectEvent",
        "LivePauseEvent",
        "LiveUnpauseEvent",
        "LiveEndEvent",
        "DisconnectEvent",
    ]
    last = events[-1]
    assert isinstance(last, DisconnectEvent)
    assert last.reason is DisconnectReason.LIVE_ENDED


def test_first_payload_yields_connect_and_its_three_messages(vectors: Path) -> None:
    want = json.loads((vectors / "first.json").read_text())
    conn = Connection(unique_id="someone")
    conn.receive_first_payload((vectors / "first.bin").read_bytes())
    events = conn.events()

    connect = events[0]
    assert isinstance(connect, ConnectEvent)
    assert (connect.unique_id, connect.room_id) == ("someone", want["room_id"])
    rest = events[1:]
    expected = _expected({"messages": want["messages"]})
    assert [type(e).__name__ for e in rest] == [w["type"] for w in expected]
    assert _actual(rest, expected) == expected
    assert sum(isinstance(e, WebsocketResponseEvent) for e in rest) == 3

    first = conn.first_payload
    assert first is not None
    assert first.is_first
    assert conn.cursor == want["cursor"]
    assert conn.internal_ext == want["internal_ext"]
    assert first.push_server == want["push_server"]
    assert dict(first.route_params) == want["route_params"]
    assert conn.data_to_send() == []  # nothing is acked for a first payload


@pytest.mark.parametrize(
    ("name", "triggers"),
    [
        # 1,860 messages, 26 control actions 7; a replay opens no socket, so the
        # socket's machine moves once, at the end.
        ("mixed", ["connect", "socket end", "disconnect"]),
        ("lifecycle", ["connect", "pause", "unpause", "end", "socket end", "disconnect"]),
    ],
)
def test_the_machine_is_touched_only_on_lifecycle_changes(
    vectors: Path, monkeypatch: pytest.MonkeyPatch, name: str, triggers: list[str]
) -> None:
    """Thousands of messages, a handful of triggers: never one per message."""
    from transitions.core import Event as MachineEvent

    pulled: list[str] = []
    real = MachineEvent.trigger

    def spy(self: MachineEvent, *args: Any, **kwargs: Any) -> bool:
        model = args[0] if args else kwargs["model"]
        pulled.append(f"socket {self.name}" if isinstance(model, Socket) else self.name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(MachineEvent, "trigger", spy)
    with (vectors / f"{name}.frames").open("rb") as f:
        for _ in replay(read_frames(f)):
            pass
    assert pulled == triggers
