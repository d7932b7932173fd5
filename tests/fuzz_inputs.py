"""Inputs for the fuzz and state-machine tests, built without livecore's codec, and what each holds.

Frames written with tests/reference_codec.py and gzip (every compression
style, any headers), described as they are built (wire_oracle's
``Outcome``); Hypothesis strategies for what the network might send,
garbage and near misses included; the example budgets
(``HYPOTHESIS_PROFILE=long`` for many more); and a connected session to feed
them to.
"""

from __future__ import annotations

import gzip
import os
import random
from collections.abc import Sequence

from hypothesis import settings
from hypothesis import strategies as st
from reference_codec import ld, vi
from wire_oracle import Held, Msg, Outcome, Transport, Undecodable

from livecore import ConnectEvent, Connection
from livecore import testing as lt
from livecore.proto import pb

# ---- building frames the tests describe, without livecore's codec -----------------------------


def build_msg_frame(
    result: pb.FetchResult,
    *,
    log_id: int = 0,
    style: str = "gzip",
    headers: Sequence[tuple[str, str]] = (),
) -> bytes:
    """A ``msg`` PushFrame around ``result``, written with tests/reference_codec.py and gzip.

    ``style``: gzip with a ``compress_type`` header, gzip known only by its
    magic, plain with ``compress_type: none``, or plain with no header.
    """
    body = result.SerializeToString()
    pairs = list(headers)
    if style in ("gzip", "gzip-magic-only"):
        body = gzip.compress(body, mtime=0)
    if style == "gzip":
        pairs.insert(0, ("compress_type", "gzip"))
    elif style == "none":
        pairs.append(("compress_type", "none"))
    head = b"".join(ld(5, ld(1, k.encode()) + ld(2, v.encode())) for k, v in pairs)
    return vi(2, log_id % 2**64) + head + ld(6, b"pb") + ld(7, b"msg") + ld(8, body)


def build_transport_frame(payload_type: str, payload: bytes, log_id: int = 0) -> bytes:
    """A PushFrame of any other payload_type (transport only, docs/protocol.md)."""
    assert payload_type != "msg"
    return vi(2, log_id) + ld(6, b"pb") + ld(7, payload_type.encode()) + ld(8, payload)


def described(result: pb.FetchResult, log_id: int = 0) -> Msg:
    """The Outcome of a FetchResult the test built from drawn payloads."""
    return Msg(
        tuple(Held(m.msg_id) for m in result.messages), result.need_ack, result.internal_ext, log_id
    )


FIRST = pb.FetchResult(is_first=True, cursor="c0").SerializeToString()


def live_session(validate: bool = False) -> Connection:
    """A connected session, so that frame errors are reported at once (not held back)."""
    conn = Connection(validate=validate, rng=random.Random(0))
    conn.receive_first_payload(FIRST)
    assert [type(e) for e in conn.events()] == [ConnectEvent]
    return conn


_LONG = os.environ.get("HYPOTHESIS_PROFILE", "ci") == "long"
FUZZ = settings(max_examples=10_000 if _LONG else 300, deadline=None)
SLOW = settings(max_examples=2_000 if _LONG else 100, deadline=None)


def _mutated(data: bytes, draw: st.DrawFn) -> bytes:
    """``data`` with a few bytes changed, dropped or inserted: near-miss input."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "drop", "insert", "cut"]))
        at = draw(st.integers(0, len(out)))
        if op == "flip" and at < len(out):
            out[at] ^= draw(st.integers(1, 255))
        elif op == "drop" and at < len(out):
            del out[at]
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=4))
        else:
            del out[at:]
    return bytes(out)


_STYLES = st.sampled_from(["gzip", "gzip-magic-only", "none", "plain"])
_HEADERS = st.lists(
    st.tuples(st.text(max_size=8).filter(lambda k: k != "compress_type"), st.text(max_size=8)),
    max_size=2,
)
_LOG_IDS = st.integers(-(2**63), 2**63 - 1)
_TRANSPORT_TYPES = st.one_of(
    st.sampled_from(["hb", "im_enter_room_resp", "", "close"]), st.text(max_size=12)
).filter(lambda t: t != "msg")


@st.composite
def built_msg_frames(
    draw: st.DrawFn, results: st.SearchStrategy[pb.FetchResult] | None = None
) -> tuple[bytes, Msg]:
    """A ``msg`` frame this test writes itself, and what it holds (known, not decoded)."""
    result = draw(results if results is not None else lt.fetch_results())
    log_id = draw(_LOG_IDS)
    data = build_msg_frame(result, log_id=log_id, style=draw(_STYLES), headers=draw(_HEADERS))
    return data, described(result, log_id)


@st.composite
def built_transport_frames(draw: st.DrawFn) -> tuple[bytes, Transport]:
    frame = build_transport_frame(
        draw(_TRANSPORT_TYPES), draw(st.binary(max_size=32)), draw(st.integers(0, 2**63 - 1))
    )
    return frame, Transport()


@st.composite
def hostile(draw: st.DrawFn) -> tuple[bytes, Outcome | None]:
    """Anything the network might send, with what it is when the test built it
    (None: bytes nobody built, to be read independently)."""
    source = draw(
        st.sampled_from(["garbage", "msg", "transport", "corrupt", "mutated-msg", "mutated-hb"])
    )
    if source == "garbage":
        return draw(lt.garbage()), None
    if source == "msg":
        return draw(built_msg_frames())
    if source == "transport":
        return draw(built_transport_frames())
    if source == "corrupt":
        return draw(lt.corrupt_gzip_frames()), Undecodable()
    base, _ = draw(built_msg_frames() if source == "mutated-msg" else built_transport_frames())
    return _mutated(base, draw), None
