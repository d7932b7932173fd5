"""The protobuf schema: committed code is what the .proto compiles to, on the fast backend,
and unknown fields (TikTok adds them all the time) are skipped at every level.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from google.protobuf.internal import api_implementation
from reference_codec import load_tool, tag, varint

from livecore import Connection
from livecore.frames import encode_msg_frame
from livecore.proto import pb

ROOT = Path(__file__).resolve().parent.parent
PROTO_DIR = ROOT / "src" / "livecore" / "proto"


def test_regenerating_the_schema_changes_nothing(tmp_path: Path) -> None:
    paths = load_tool("genproto").generate(tmp_path)
    names = {p.name for p in paths}
    assert names == {"pb.py"} | {
        f"{f}_pb2{ext}" for f in load_tool("genproto").FILES for ext in (".py", ".pyi")
    }
    assert names == {p.name for p in PROTO_DIR.glob("*.py*") if p.name != "__init__.py"}
    for path in paths:
        committed = PROTO_DIR / path.name
        assert path.read_bytes() == committed.read_bytes(), (
            f"{committed.relative_to(ROOT)} is stale: run `make proto` and commit the result"
        )


def test_regenerating_the_views_changes_nothing() -> None:
    committed = ROOT / "src" / "livecore" / "webcast.py"
    assert load_tool("genviews").render() == committed.read_text(encoding="utf-8"), (
        "src/livecore/webcast.py is stale: run `make proto` and commit the result"
    )


def test_protobuf_runs_on_the_upb_backend() -> None:
    assert api_implementation.Type() == "upb"


# ---- unknown fields -------------------------------------------------------------


def unknown_fields(base: int) -> bytes:
    """Fields numbered from ``base`` (+ 9000: above every number the schema uses)
    in every wire type a schema might add."""
    base += 9000
    return b"".join(
        [
            tag(base, 0) + varint(2**40 + 3),  # varint
            tag(base + 1, 1) + b"\x01" * 8,  # fixed64
            tag(base + 2, 2) + varint(5) + b"hello",  # string / bytes / sub-message
            tag(base + 3, 5) + b"\x02" * 4,  # fixed32
            tag(base + 4, 2) + varint(4) + tag(1, 0) + b"\x07" + tag(2, 0) + b"\x08",
        ]
    )


def _len_field(number: int, data: bytes) -> bytes:
    return tag(number, 2) + varint(len(data)) + data


def _chat(extra: bool) -> bytes:
    user = pb.User(id=42, nickname="Nick", display_id="someone").SerializeToString()
    if extra:
        user += unknown_fields(60)  # inside a nested message
    body = pb.WebcastChatMessage(
        common=pb.CommonMessageData(msg_id=5, room_id=1), content="hello"
    ).SerializeToString() + _len_field(2, user)
    if extra:
        body += unknown_fields(20)
    return body


def _fetch_result(extra: bool) -> bytes:
    messages = [
        pb.Message(method="WebcastChatMessage", payload=_chat(extra), msg_id=5),
        pb.Message(
            method="WebcastSocialMessage",
            payload=pb.WebcastSocialMessage(
                common=pb.CommonMessageData(
                    msg_id=6, display_text=pb.Text(key="pm_mt_guidance_viewer_4_share")
                ),
                user=pb.User(id=7, display_id="sharer"),
            ).SerializeToString()
            + (unknown_fields(30) if extra else b""),
            msg_id=6,
        ),
        pb.Message(
            method="WebcastControlMessage",
            payload=pb.WebcastControlMessage(action=1).SerializeToString()
            + (unknown_fields(40) if extra else b""),
            msg_id=7,
        ),
    ]
    out = b""
    for m in messages:
        encoded = m.SerializeToString()
        if extra:
            encoded += unknown_fields(10)  # inside Message
        out += _len_field(1, encoded)
    out += pb.FetchResult(
        internal_ext="ext", need_ack=True, cursor="c", heartbeat_duration=5000
    ).SerializeToString()
    if extra:
        out += unknown_fields(100)  # inside FetchResult
    return out


def _session(extra: bool, compress: bool) -> tuple[list[dict[str, Any]], list[bytes]]:
    data = encode_msg_frame(_fetch_result(extra), log_id=99, compress=compress)
    if extra:
        data += unknown_fields(50)  # inside PushFrame
    conn = Connection(unique_id="u", room_id=1)
    conn.receive_data(data)
    conn.connection_lost(1000)
    events = conn.events()
    dicts = [e.to_dict() for e in events]
    # Read the lazy fields too: a full parse of every payload must succeed.
    for e in events:
        for name in ("content", "user_id", "unique_id", "users_joined", "action"):
            if hasattr(type(e), name):
                getattr(e, name)
    return dicts, conn.data_to_send()


def test_unknown_fields_everywhere_decode_to_the_same_events() -> None:
    for compress in (True, False):
        plain_events, plain_out = _session(extra=False, compress=compress)
        extra_events, extra_out = _session(extra=True, compress=compress)
        assert extra_events == plain_events
        assert extra_out == plain_out  # the same ack
        types = [e["type"] for e in extra_events]
        assert types == [
            "ConnectEvent",
            "CommentEvent",
            "WebsocketResponseEvent",
            "ShareEvent",
            "SocialEvent",
            "WebsocketResponseEvent",
            "LivePauseEvent",
            "ControlEvent",
            "WebsocketResponseEvent",
            "DisconnectEvent",
        ]
        comment = extra_events[1]
        assert (comment["content"], comment["user_id"], comment["unique_id"]) == (
            "hello",
            42,
            "someone",
        )
        assert extra_events[3]["users_joined"] == 4


def test_unknown_fields_with_validate() -> None:
    data = encode_msg_frame(_fetch_result(extra=True))
    conn = Connection(validate=True)
    conn.receive_data(data)
    assert "MessageErrorEvent" not in [type(e).__name__ for e in conn.events()]


def test_first_payload_with_unknown_fields() -> None:
    conn = Connection(unique_id="u", room_id=1)
    conn.receive_first_payload(_fetch_result(extra=True))
    events = conn.events()
    assert [type(e).__name__ for e in events][:2] == ["ConnectEvent", "CommentEvent"]
    assert conn.first_payload is not None
    assert conn.first_payload.heartbeat_duration == 5000
    assert (conn.cursor, conn.internal_ext) == ("c", "ext")
