"""Long runs keep their memory: the hot encoders and a connection's frame path
allocate nothing that outlives a call.

The leak this guards against is native, not Python: with protobuf's upb
backend a message kept and written to again grows its arena for ever (the
rule is written at ``livecore.frames.encode_ack``). tracemalloc cannot see
that, so each workload runs in a fresh interpreter and the test reads its
resident set size (``/proc/self/statm``) after a warm-up and after the run.
The bounds are memory, never time: the old ack template grew by about 180
bytes an ack (173 MB for a million), and these allow a few megabytes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/statm").exists(), reason="reads RSS from /proc (Linux)"
)

MIB = 1024 * 1024

#: A TikTok-sized internal_ext (173 bytes), as acks echo it.
EXT = "internal_src:dim|wss_push_room_id:7312345678901234567|wss_push_did:7312345678901234568" + (
    "|fetch_time:1733616000000|seq:1|wss_info:0-1733616000000-0-0|wrds_v:7312345678901234"
)

_SCRIPT = textwrap.dedent(
    """
    import ctypes, gc, json, os, sys

    from livecore import Connection, frames
    from livecore.proto import pb

    EXT = sys.argv[2]
    PAGE = os.sysconf("SC_PAGE_SIZE")
    try:
        _trim = ctypes.CDLL("libc.so.6").malloc_trim
    except OSError:
        _trim = lambda _pad: 0

    def rss():
        gc.collect()
        _trim(0)  # free memory the allocator keeps is not a leak
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * PAGE

    def chat(i):
        body = pb.WebcastChatMessage(
            common=pb.CommonMessageData(msg_id=i, room_id=7), content="hello there"
        ).SerializeToString()
        return pb.Message(method="WebcastChatMessage", payload=body, msg_id=i)

    def msg_frame(i, compress=True):
        result = pb.FetchResult(
            messages=[chat(i)], need_ack=True, internal_ext=EXT, cursor=f"c{i}"
        )
        return frames.encode_msg_frame(result, log_id=i, compress=compress)

    def workload(name):
        if name == "ack":
            return lambda i: frames.encode_ack(i, EXT), 1_000_000
        if name == "heartbeat":
            return lambda i: frames.encode_heartbeat(7312345678901234567, i), 300_000
        if name == "enter_room":
            return lambda i: frames.encode_enter_room(7312345678901234567, i), 300_000
        if name == "push_frame":
            return lambda i: frames.push_frame("hb", EXT.encode(), log_id=i), 300_000
        if name == "msg_frame":
            return lambda i: frames.encode_msg_frame(
                pb.FetchResult(messages=[chat(i)], internal_ext=EXT), compress=False
            ), 200_000
        if name == "decode":
            data = msg_frame(1)
            def decode(i):
                frame = frames.decode_push_frame(data)
                frames.decode_fetch_result(frames.frame_payload(frame)).internal_ext
            return decode, 200_000
        if name == "connection":
            pool = [msg_frame(i + 1) for i in range(20_000)]
            conn = Connection(unique_id="someone", room_id=7)
            conn.socket_opened(0.0)
            def feed(i):
                conn.receive_data(pool[i % len(pool)], 1.0)
                conn.events()
                conn.data_to_send()
            return feed, 150_000
        raise SystemExit(f"unknown workload {name}")

    step, count = workload(sys.argv[1])
    warm = max(count // 5, 30_000)
    for i in range(warm):
        step(i)
    before = rss()
    for i in range(warm, warm + count):
        step(i)
    print(json.dumps({"calls": count, "growth": rss() - before}))
    """
)


def _growth(workload: str) -> tuple[int, int]:
    """(calls, RSS growth in bytes) of ``workload`` run in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT, workload, EXT],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    report = json.loads(out)
    return report["calls"], report["growth"]


def test_a_million_acks_keep_their_memory() -> None:
    """The measured leak: 173 MB for a million acks with a TikTok-sized ext."""
    calls, growth = _growth("ack")
    assert calls == 1_000_000
    assert growth < 4 * MIB, f"a million acks grew RSS by {growth / MIB:.1f} MiB"


@pytest.mark.parametrize(
    "workload", ["heartbeat", "enter_room", "push_frame", "msg_frame", "decode"]
)
def test_hot_encoders_and_decoders_keep_their_memory(workload: str) -> None:
    """Every other frame built or parsed per frame or per socket, in the client and the room."""
    calls, growth = _growth(workload)
    assert growth < 4 * MIB, f"{calls:,} calls of {workload} grew RSS by {growth / MIB:.1f} MiB"


def test_a_connection_over_150000_acked_frames_keeps_its_memory() -> None:
    """The whole frame path of the core (decode, dedup, events, the ack), with
    every frame asking for an ack as a busy LIVE's do: its windows are full
    after the warm-up, so nothing may grow after it."""
    calls, growth = _growth("connection")
    assert growth < 4 * MIB, f"{calls:,} frames grew RSS by {growth / MIB:.1f} MiB"


def test_a_room_served_for_days_keeps_a_bounded_record_of_its_clients() -> None:
    """Every connection used to stay in ``Room.sessions`` for the room's life."""
    from livecore.room import MAX_SESSIONS_KEPT, Room, Script

    room = Room(Script.parse("comment hi\nend\n"))
    for n in range(MAX_SESSIONS_KEPT + 50):
        session = room.open(float(n), {})
        session.connection_lost(1000)
    live = room.open(0.0, {})
    assert len(room.sessions) == MAX_SESSIONS_KEPT
    assert room.sessions[-1] is live and not live.closed
