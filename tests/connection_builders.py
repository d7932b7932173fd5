"""Hand-built frames for the sans-IO Connection's tests, and a Connection to feed them to.

The tests of ``test_connection_*.py``, ``test_custom_events.py`` and
``test_reconnect.py`` drive a ``Connection`` with these: messages with explicit
ids, FetchResults and PushFrames written with livecore's encoder, and readers
of what the connection sends back.
"""

from __future__ import annotations

from typing import Any

from livecore import Connection, Event
from livecore.frames import decode_push_frame, encode_msg_frame
from livecore.proto import pb

ROOM = 7_312_345_678_901_234_567


def message(method: str, body: Any, msg_id: int) -> pb.Message:
    payload = body if isinstance(body, bytes) else body.SerializeToString()
    return pb.Message(method=method, payload=payload, msg_id=msg_id)


def common(msg_id: int, key: str = "") -> pb.CommonMessageData:
    return pb.CommonMessageData(msg_id=msg_id, room_id=ROOM, display_text=pb.Text(key=key))


def chat(msg_id: int, content: str = "hi", user_id: int = 1) -> pb.Message:
    body = pb.WebcastChatMessage(
        common=common(msg_id), user=pb.User(id=user_id, display_id=f"u{user_id}"), content=content
    )
    return message("WebcastChatMessage", body, msg_id)


def control(msg_id: int, action: int) -> pb.Message:
    body = pb.WebcastControlMessage(common=common(msg_id), action=action)
    return message("WebcastControlMessage", body, msg_id)


def social(msg_id: int, key: str) -> pb.Message:
    body = pb.WebcastSocialMessage(common=common(msg_id, key), user=pb.User(id=9, display_id="fan"))
    return message("WebcastSocialMessage", body, msg_id)


def barrage(msg_id: int, content_key: str = "", common_key: str = "") -> pb.Message:
    body = pb.WebcastBarrageMessage(
        common=common(msg_id),
        content=pb.Text(key=content_key),
        common_barrage_content=pb.Text(key=common_key),
        user=pb.User(id=11),
    )
    return message("WebcastBarrageMessage", body, msg_id)


def envelope(msg_id: int, key: str = "", business_type: int = 0) -> pb.Message:
    body = pb.WebcastEnvelopeMessage(
        common=common(msg_id, key),
        envelope_info=pb.MessageRedEnvelopInfo(envelope_id="e1", business_type=business_type),  # type: ignore[arg-type]
    )
    return message("WebcastEnvelopeMessage", body, msg_id)


def frame(
    *messages: pb.Message,
    need_ack: bool = False,
    log_id: int = 0,
    internal_ext: str = "",
    cursor: str = "",
) -> bytes:
    result = pb.FetchResult(
        messages=list(messages), need_ack=need_ack, internal_ext=internal_ext, cursor=cursor
    )
    return encode_msg_frame(result, log_id=log_id)


def first_payload(*messages: pb.Message, heartbeat_ms: int = 0) -> bytes:
    return pb.FetchResult(
        messages=list(messages),
        is_first=True,
        cursor="c0",
        internal_ext="ext0",
        heartbeat_duration=heartbeat_ms,
    ).SerializeToString()


def transport(payload_type: str, payload: bytes = b"") -> bytes:
    return pb.PushFrame(payload_type=payload_type, payload=payload).SerializeToString()


def names(events: list[Event]) -> list[str]:
    return [type(e).__name__ for e in events]


def live(**kwargs: Any) -> Connection:
    """A connection that has had its first msg frame (ConnectEvent drained)."""
    conn = Connection(unique_id="someone", room_id=ROOM, **kwargs)
    conn.receive_data(frame(chat(1)))
    assert names(conn.events())[0] == "ConnectEvent"
    return conn


def sent(conn: Connection) -> list[pb.PushFrame]:
    return [decode_push_frame(b) for b in conn.data_to_send()]


def first_beat(conn: Connection, opened: float) -> float:
    """The first heartbeat's deadline: a random point of the first interval."""
    due = conn.next_deadline()
    assert due is not None and opened < due <= opened + conn.heartbeat_interval
    return due


def heartbeat_seqs(frames: list[pb.PushFrame]) -> list[int]:
    out = []
    for f in frames:
        assert f.payload_type == "hb"
        body = pb.Heartbeat.FromString(f.payload)
        assert body.room_id == ROOM
        out.append(body.send_packet_seq_id)
    return out
