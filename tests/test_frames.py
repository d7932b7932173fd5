"""The wire codec: outbound frames are exactly as docs/protocol.md says, and gzip is safe.

Proves that enter-room, heartbeat and ack frames carry the documented field
numbers and values (read back both with our schema and with an independent
minimal protobuf reader, so a wrong field number in the .proto cannot hide),
that gzip is recognised by header and by magic, that every broken gzip gives
its documented error class with the raw bytes, and that a 1 GiB gzip bomb
fed to a Connection is refused without the process's memory growing.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reference_codec import wire_fields

from livecore import (
    Connection,
    DecompressionError,
    FrameDecodeError,
    FrameErrorEvent,
    PayloadTooLargeError,
)
from livecore.events import CommentEvent, WebsocketResponseEvent
from livecore.frames import (
    DEFAULT_MAX_DECOMPRESSED,
    decode_push_frame,
    encode_ack,
    encode_enter_room,
    encode_heartbeat,
    encode_msg_frame,
    frame_payload,
    gunzip,
    is_gzip_frame,
)
from livecore.proto import pb

MAX_INT64 = 2**63 - 1
ROOM = 7_312_345_678_901_234_567


def _single(fields: dict[int, list[int | bytes]], number: int) -> int | bytes:
    values = fields[number]
    assert len(values) == 1, f"field {number} repeated"
    return values[0]


# ---- outbound encoders ------------------------------------------------------------


def test_enter_room_has_all_ten_fields_of_wire_section_4() -> None:
    data = encode_enter_room(ROOM, 1234567890123)
    frame = decode_push_frame(data)
    assert frame.payload_type == "im_enter_room"
    assert frame.payload_encoding == "pb"
    assert list(frame.headers) == []

    body = pb.EnterRoom.FromString(frame.payload)
    assert body.room_id == ROOM
    assert body.room_tag == ""
    assert body.live_region == ""
    assert body.live_id == 12
    assert body.identity == "audience"
    assert body.cursor == ""
    assert body.account_type == 0
    assert body.enter_unique_id == 1234567890123
    assert body.filter_welcome_msg == "0"
    assert body.is_anchor_continue_keep_msg is False

    # The same bytes read without our schema: the documented field numbers, and the
    # default-valued fields (2, 3, 6, 7, 10) legitimately absent in proto3.
    outer = wire_fields(data)
    assert _single(outer, 7) == b"im_enter_room"
    assert _single(outer, 6) == b"pb"
    inner = wire_fields(_single(outer, 8))  # type: ignore[arg-type]
    assert inner == {1: [ROOM], 4: [12], 5: [b"audience"], 8: [1234567890123], 9: [b"0"]}


def test_enter_room_accepts_the_largest_int64_id() -> None:
    body = pb.EnterRoom.FromString(decode_push_frame(encode_enter_room(1, MAX_INT64)).payload)
    assert body.enter_unique_id == MAX_INT64


@pytest.mark.parametrize("seq", [1, 2, 3, 1000])
def test_heartbeat_carries_room_id_and_seq(seq: int) -> None:
    data = encode_heartbeat(ROOM, seq)
    frame = decode_push_frame(data)
    assert frame.payload_type == "hb"
    assert frame.payload_encoding == "pb"
    body = pb.Heartbeat.FromString(frame.payload)
    assert (body.room_id, body.send_packet_seq_id) == (ROOM, seq)
    assert wire_fields(frame.payload) == {1: [ROOM], 2: [seq]}


@pytest.mark.parametrize(
    ("internal_ext", "payload"),
    [
        ("internal_src:dim|seq:1|wss_info:0-1-0-0", b"internal_src:dim|seq:1|wss_info:0-1-0-0"),
        ("ext-ünïcødé-直播", "ext-ünïcødé-直播".encode()),
        ("", b"-"),
    ],
)
def test_ack_echoes_log_id_and_internal_ext(internal_ext: str, payload: bytes) -> None:
    data = encode_ack(7_000_000_001, internal_ext)
    frame = decode_push_frame(data)
    assert frame.payload_type == "ack"
    assert frame.payload_encoding == "pb"
    assert frame.log_id == 7_000_000_001
    assert frame.payload == payload
    outer = wire_fields(data)
    assert _single(outer, 2) == 7_000_000_001
    assert _single(outer, 7) == b"ack"
    assert _single(outer, 8) == payload


@given(
    log_id=st.integers(-(2**63), 2**63 - 1),
    internal_ext=st.one_of(st.binary(max_size=300), st.text(max_size=200)),
)
def test_ack_bytes_are_what_protobuf_writes(log_id: int, internal_ext: bytes | str) -> None:
    """The hand-written ack is byte for byte the PushFrame protobuf would write,
    for every int64 log_id (negative ones included) and every internal_ext."""
    ext = internal_ext.encode() if isinstance(internal_ext, str) else internal_ext
    expected = pb.PushFrame(
        log_id=log_id, payload_encoding="pb", payload_type="ack", payload=ext or b"-"
    ).SerializeToString()
    assert encode_ack(log_id, internal_ext) == expected


# ---- gzip detection -------------------------------------------------------------


def _result() -> pb.FetchResult:
    chat = pb.WebcastChatMessage(
        common=pb.CommonMessageData(method="WebcastChatMessage", msg_id=5),
        user=pb.User(id=42, display_id="someone"),
        content="hello",
    )
    return pb.FetchResult(
        messages=[
            pb.Message(method="WebcastChatMessage", payload=chat.SerializeToString(), msg_id=5)
        ],
        internal_ext="ext",
    )


def _raw_frame(payload: bytes, headers: list[tuple[str, str]] | None = None) -> bytes:
    return pb.PushFrame(
        payload_type="msg",
        payload_encoding="pb",
        headers=[pb.Header(key=k, value=v) for k, v in headers or []],
        payload=payload,
    ).SerializeToString()


def _comment_of(data: bytes) -> str:
    conn = Connection()
    conn.receive_data(data)
    events = conn.events()
    comments = [e for e in events if isinstance(e, CommentEvent)]
    assert len(comments) == 1, events
    assert sum(isinstance(e, WebsocketResponseEvent) for e in events) == 1
    return comments[0].content


def test_gzip_by_compress_type_header() -> None:
    body = _result().SerializeToString()
    data = _raw_frame(gzip.compress(body), [("compress_type", "gzip")])
    frame = decode_push_frame(data)
    assert is_gzip_frame(frame)
    assert frame_payload(frame) == body
    assert _comment_of(data) == "hello"


def test_gzip_by_magic_bytes_without_header() -> None:
    body = _result().SerializeToString()
    data = _raw_frame(gzip.compress(body))
    frame = decode_push_frame(data)
    assert frame.payload[:3] == b"\x1f\x8b\x08"
    assert is_gzip_frame(frame)
    assert frame_payload(frame) == body
    assert _comment_of(data) == "hello"


@pytest.mark.parametrize("headers", [[("compress_type", "none")], [], [("other", "gzip")]])
def test_plain_payload_is_taken_as_is(headers: list[tuple[str, str]]) -> None:
    body = _result().SerializeToString()
    data = _raw_frame(body, headers)
    frame = decode_push_frame(data)
    assert not is_gzip_frame(frame)
    assert frame_payload(frame) == body
    assert _comment_of(data) == "hello"


def test_encode_msg_frame_compresses_by_default_and_marks_it() -> None:
    frame = decode_push_frame(encode_msg_frame(_result(), seq_id=3, log_id=9))
    assert (frame.seq_id, frame.log_id, frame.payload_type) == (3, 9, "msg")
    assert [(h.key, h.value) for h in frame.headers] == [("compress_type", "gzip")]
    assert pb.FetchResult.FromString(gzip.decompress(frame.payload)) == _result()


# ---- the cap and broken gzip ----------------------------------------------------


def test_cap_allows_exactly_max_size_and_refuses_one_byte_more() -> None:
    data = gzip.compress(b"x" * 100)
    assert gunzip(data, max_size=100) == b"x" * 100
    with pytest.raises(PayloadTooLargeError) as info:
        gunzip(data, max_size=99)
    assert info.value.limit == 99
    assert info.value.raw == data


def test_default_cap_is_8_mib() -> None:
    assert DEFAULT_MAX_DECOMPRESSED == 8 * 1024 * 1024
    data = gzip.compress(bytes(DEFAULT_MAX_DECOMPRESSED + 1))
    with pytest.raises(PayloadTooLargeError):
        gunzip(data)
    assert len(gunzip(gzip.compress(bytes(DEFAULT_MAX_DECOMPRESSED)))) == DEFAULT_MAX_DECOMPRESSED


def test_connection_applies_its_custom_cap_to_the_whole_message() -> None:
    body = _result().SerializeToString()
    data = _raw_frame(gzip.compress(body), [("compress_type", "gzip")])

    small = _connected(Connection(max_decompressed=len(body) - 1))
    small.receive_data(data)
    [event] = small.events()
    assert isinstance(event, FrameErrorEvent)
    assert type(event.error) is PayloadTooLargeError
    assert event.error.limit == len(body) - 1
    assert event.raw == data  # the whole WebSocket message, not the inner payload
    assert small.data_to_send() == []

    exact = Connection(max_decompressed=len(body))
    exact.receive_data(data)
    assert any(isinstance(e, CommentEvent) for e in exact.events())


def _corrupt() -> bytes:
    data = bytearray(gzip.compress(b"hello world " * 50))
    data[-8] ^= 0xFF  # the CRC32 in the trailer: the data no longer checks out
    return bytes(data)


BROKEN = {
    "corrupt deflate": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + b"\xff" * 20,
    "bad crc": _corrupt(),
    "truncated trailer": gzip.compress(b"hello world " * 50)[:-4],
    "truncated body": gzip.compress(b"hello world " * 50)[:15],
    "header only": gzip.compress(b"abc")[:10],
    "trailing garbage": gzip.compress(b"hello") + b"garbage",
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_gzip_gives_decompression_error_with_raw(name: str) -> None:
    data = BROKEN[name]
    with pytest.raises(DecompressionError) as info:
        gunzip(data)
    assert type(info.value) is DecompressionError  # not "too large"
    assert isinstance(info.value, FrameDecodeError)
    assert info.value.raw == data


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_gzip_frame_gives_frame_error_and_the_session_goes_on(name: str) -> None:
    data = _raw_frame(BROKEN[name], [("compress_type", "gzip")])
    conn = _connected(Connection())
    conn.receive_data(data)
    [event] = conn.events()
    assert isinstance(event, FrameErrorEvent)
    assert type(event.error) is DecompressionError
    assert event.raw == data
    assert conn.data_to_send() == []  # nothing decoded, nothing acked

    conn.receive_data(encode_msg_frame(_result()))
    assert any(isinstance(e, CommentEvent) for e in conn.events())


def _connected(conn: Connection) -> Connection:
    """A connection past its first payload: frame errors are reported at once."""
    conn.receive_data(encode_msg_frame(b""))
    conn.events()
    return conn


# ---- gzip bomb ------------------------------------------------------------------

_BOMB_SCRIPT = textwrap.dedent(
    """
    import json, re, zlib
    from livecore import Connection, FrameErrorEvent, PayloadTooLargeError
    from livecore.frames import encode_msg_frame

    def mem():
        text = open("/proc/self/status").read()
        return {k: int(re.search(k + r":\\s+(\\d+) kB", text).group(1)) * 1024
                for k in ("VmRSS", "VmHWM")}

    # 1 GiB of zeros, streamed through the compressor: never materialised.
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(16 << 20)
    parts = [deflate.compress(chunk) for _ in range((1 << 30) // len(chunk))]
    parts.append(deflate.flush())
    del chunk
    bomb = b"".join(parts)
    del parts
    message = encode_msg_frame(bomb, compress=False, extra_headers={"compress_type": "gzip"})
    conn = Connection()
    conn.receive_data(encode_msg_frame(b""))  # connected, so errors are reported at once
    conn.events()

    # Reset the high-water mark so building the bomb cannot hide growth.
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        hwm_reset = True
    except OSError:
        hwm_reset = False
    before = mem()
    conn.receive_data(message)
    after = mem()
    events = conn.events()
    error = events[0].error if len(events) == 1 and isinstance(events[0], FrameErrorEvent) else None
    print(json.dumps({
        "bomb_bytes": len(bomb),
        "hwm_reset": hwm_reset,
        "before": before,
        "after": after,
        "events": [type(e).__name__ for e in events],
        "error": type(error).__name__,
        "raw_is_message": error is not None and error.raw == message,
    }))
    """
)


def test_gzip_bomb_is_refused_without_memory_growth() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _BOMB_SCRIPT], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    mib = 1024 * 1024
    rss_growth = (result["after"]["VmRSS"] - result["before"]["VmRSS"]) / mib
    peak_growth = (result["after"]["VmHWM"] - result["before"]["VmHWM"]) / mib
    print(
        f"gzip bomb: {result['bomb_bytes']} compressed bytes -> 1 GiB; "
        f"VmRSS {result['before']['VmRSS'] / mib:.1f} -> {result['after']['VmRSS'] / mib:.1f} MiB "
        f"(+{rss_growth:.1f}); VmHWM {result['before']['VmHWM'] / mib:.1f} -> "
        f"{result['after']['VmHWM'] / mib:.1f} MiB (+{peak_growth:.1f}); "
        f"high-water mark reset: {result['hwm_reset']}"
    )
    assert result["events"] == ["FrameErrorEvent"]
    assert result["error"] == "PayloadTooLargeError"
    assert result["raw_is_message"]
    assert result["bomb_bytes"] < 2 * mib  # it really is a bomb: ~1000x expansion
    assert peak_growth < 64
    assert rss_growth < 64


@pytest.fixture(params=["installed", "zlib"])
def inflate_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each gunzip test once with the installed backend (zlib-ng under
    livecore[fast]) and once with the standard zlib, as a plain install has."""
    import zlib

    from livecore import frames

    if request.param == "zlib":
        monkeypatch.setattr(frames, "_decompressobj", zlib.decompressobj)
        monkeypatch.setattr(frames, "_ZlibError", zlib.error)
    return str(request.param)


@pytest.mark.parametrize("name", list(BROKEN))
def test_both_inflate_backends_refuse_broken_gzip_alike(name: str, inflate_backend: str) -> None:
    with pytest.raises(DecompressionError) as info:
        gunzip(BROKEN[name])
    assert type(info.value) is DecompressionError and info.value.raw == BROKEN[name]


def test_both_inflate_backends_inflate_and_cap_alike(inflate_backend: str) -> None:
    body = b"hello world " * 500
    assert gunzip(gzip.compress(body)) == body
    assert gunzip(gzip.compress(body), max_size=len(body)) == body
    with pytest.raises(PayloadTooLargeError):
        gunzip(gzip.compress(body), max_size=len(body) - 1)


def test_the_fast_extra_inflates_with_zlib_ng() -> None:
    # `make test` installs livecore[fast]: the benchmarks' numbers assume it.
    from livecore.frames import INFLATE_BACKEND

    assert INFLATE_BACKEND == "zlib_ng"
