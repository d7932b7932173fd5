"""What arrives on the wire: ``Message``s around payloads, ``FetchResult``s,
``msg`` frames in every compression style, transport-only frames, garbage,
corrupt gzip, first payloads and ``Handshake-Options`` headers.

``docs/protocol.md`` describes the frames and the first payload they imitate.
"""

from __future__ import annotations

import functools
import gzip
import string
from collections.abc import Sequence
from typing import Any, Final

from google.protobuf.message import Message as PbMessage
from hypothesis import strategies as st

from livecore import frames
from livecore.proto import pb
from livecore.protocol import COMPRESS_GZIP, COMPRESS_HEADER, ENCODING_PB, PayloadType
from livecore.testing.payloads import (
    IDS,
    INT64,
    SCHEMA_METHODS,
    RawPayload,
    any_payload,
)

__all__ = [
    "corrupt_gzip_frames",
    "fetch_results",
    "first_payloads",
    "garbage",
    "handshake_options",
    "messages",
    "msg_frames",
    "transport_frames",
]

MSG_TYPES: Final = st.integers(0, 3)


def message_of(
    payload: PbMessage | RawPayload,
    msg_id: int,
    msg_type: int = 0,
    offset: int = 0,
    is_history: bool = False,
) -> pb.Message:
    """The Message around ``payload``, its Common.method and msg_id set to agree.

    ``payload`` is a message of any method's class (``SCHEMA_METHODS``), or bytes.
    """
    if isinstance(payload, RawPayload):
        method, data = payload.method, payload.data
    else:
        method = SCHEMA_METHODS[type(payload)]
        copy: Any = type(payload).FromString(payload.SerializeToString())  # values may be shared
        copy.common.method = method
        copy.common.msg_id = msg_id
        data = copy.SerializeToString()
    return pb.Message(
        method=method,
        payload=data,
        msg_id=msg_id,
        msg_type=msg_type,
        offset=offset,
        is_history=is_history,
    )


@st.composite
def _messages_with_ids(
    draw: st.DrawFn,
    of: st.SearchStrategy[PbMessage | RawPayload],
    msg_ids: st.SearchStrategy[int],
) -> pb.Message:
    return message_of(draw(of), draw(msg_ids), draw(MSG_TYPES), draw(INT64), draw(st.booleans()))


@functools.cache
def _any_message() -> st.SearchStrategy[pb.Message]:
    return _messages_with_ids(any_payload(), IDS)


def messages(
    of: st.SearchStrategy[PbMessage | RawPayload] | None = None,
    msg_ids: st.SearchStrategy[int] = IDS,
) -> st.SearchStrategy[pb.Message]:
    """A Webcast ``Message`` around a payload drawn from ``of`` (default: :func:`payloads`).

    ``of`` may draw the message of any method (:func:`schema_messages`, the
    strategies of :mod:`livecore.testing.payloads`) or ``RawPayload`` s
    (:func:`method_payloads`, unknown methods, malformed bytes).

    Common.method and msg_id agree with the Message's. Random 63-bit ids
    rarely collide; pass ``msg_ids`` (``st.just(n)``, say) when a test needs
    them unique or ordered.
    """
    if of is None and msg_ids is IDS:
        return _any_message()
    return _messages_with_ids(of if of is not None else any_payload(), msg_ids)


@functools.cache
def _unique_messages(max_size: int = 4) -> st.SearchStrategy[list[pb.Message]]:
    return st.lists(_any_message(), max_size=max_size, unique_by=lambda m: m.msg_id)


_CURSORS: Final = st.text(string.digits + string.ascii_lowercase + "_-", max_size=24)
_EXTS: Final = st.text(string.digits + string.ascii_letters + ":|_=&-", max_size=40)


def with_messages(shell: pb.FetchResult, batch: Sequence[pb.Message]) -> pb.FetchResult:
    shell.messages.extend(batch)
    return shell


def _result_shells(need_ack: st.SearchStrategy[bool]) -> st.SearchStrategy[pb.FetchResult]:
    """A FetchResult with every field of a ``msg`` payload but its messages."""
    return st.builds(
        pb.FetchResult,
        cursor=_CURSORS,
        fetch_interval=st.integers(0, 10_000),
        now=INT64,
        internal_ext=_EXTS,
        fetch_type=st.integers(0, 3),
        need_ack=need_ack,
    )


RESULT_SHELLS: Final = _result_shells(st.booleans())


def fetch_results(
    of: st.SearchStrategy[list[pb.Message]] | None = None,
    *,
    need_ack: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[pb.FetchResult]:
    """A ``FetchResult`` as a ``msg`` frame carries it: the messages drawn from ``of``
    (default: up to four with distinct ids), cursor, internal_ext, need_ack."""
    shells = RESULT_SHELLS if need_ack is None else _result_shells(need_ack)
    return st.builds(with_messages, shells, of if of is not None else _unique_messages())


@functools.cache
def _any_result() -> st.SearchStrategy[pb.FetchResult]:
    return fetch_results()


_HEADERS: Final = st.lists(
    st.tuples(
        st.text(max_size=12).filter(lambda k: k != COMPRESS_HEADER),
        st.text(max_size=12),
    ),
    max_size=2,
)
_STYLES: Final = ("gzip", "gzip-magic-only", "none", "plain")
FRAME_LOOKS: Final = st.tuples(st.sampled_from(_STYLES), _HEADERS, INT64, INT64)


def msg_frame(
    body: bytes, style: str, headers: list[tuple[str, str]], seq_id: int, log_id: int
) -> bytes:
    """A ``msg`` PushFrame around a serialized FetchResult, in one of ``_STYLES``."""
    headers = list(headers)
    if style == "gzip-magic-only":
        body = gzip.compress(body, mtime=0)
    elif style == "none":
        headers.append((COMPRESS_HEADER, "none"))
    return frames.encode_msg_frame(
        body, seq_id=seq_id, log_id=log_id, compress=style == "gzip", extra_headers=headers
    )


@st.composite
def _frames_of(draw: st.DrawFn, results: st.SearchStrategy[pb.FetchResult]) -> bytes:
    body = draw(results).SerializeToString()
    return msg_frame(body, *draw(FRAME_LOOKS))


@functools.cache
def _any_msg_frame() -> st.SearchStrategy[bytes]:
    return _frames_of(_any_result())


def msg_frames(of: st.SearchStrategy[pb.FetchResult] | None = None) -> st.SearchStrategy[bytes]:
    """A server ``msg`` frame around a result drawn from ``of`` (default:
    :func:`fetch_results`), ready for ``Connection.receive_data``.

    The payload is gzip with a ``compress_type`` header, gzip recognisable
    only by its magic, plain with ``compress_type: none``, or plain with no
    header; log_id, seq_id and unrelated headers vary too.
    """
    return _any_msg_frame() if of is None else _frames_of(of)


def transport_frames() -> st.SearchStrategy[bytes]:
    """A server frame that carries no events: ``hb``, ``im_enter_room_resp`` or another type."""
    return _TRANSPORT_FRAMES


_TRANSPORT_FRAMES: Final = st.builds(
    lambda seq, log, kind, payload: pb.PushFrame(
        seq_id=seq, log_id=log, payload_encoding=ENCODING_PB, payload_type=kind, payload=payload
    ).SerializeToString(),
    INT64,
    INT64,
    st.one_of(
        st.sampled_from([PayloadType.HEARTBEAT, PayloadType.ENTER_ROOM_RESP, "", "close"]),
        st.text(max_size=16),
    ).filter(lambda t: t != PayloadType.MSG),
    st.binary(max_size=32),
)
_GARBAGE: Final = st.binary(max_size=256)


def garbage() -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, as a broken proxy or a fuzzer would send. Some happen to parse."""
    return _GARBAGE


_DAMAGE: Final = st.sampled_from(["truncate", "trailer", "trailing", "method"])


@functools.cache
def _small_results() -> st.SearchStrategy[pb.FetchResult]:
    return fetch_results(st.lists(messages(), max_size=1))


@st.composite
def _corrupt_gzip_frames(draw: st.DrawFn) -> bytes:
    body = gzip.compress(draw(_small_results()).SerializeToString(), mtime=0)
    damage = draw(_DAMAGE)
    if damage == "truncate":
        body = body[: draw(st.integers(0, len(body) - 1))]
    elif damage == "trailer":
        at = len(body) - draw(st.integers(1, 8))
        body = body[:at] + bytes([body[at] ^ draw(st.integers(1, 255))]) + body[at + 1 :]
    elif damage == "trailing":
        body += draw(st.binary(min_size=1, max_size=16))
    else:
        body = body[:2] + bytes([draw(st.integers(0, 255).filter(lambda b: b != 8))]) + body[3:]
    frame = pb.PushFrame(
        seq_id=draw(INT64),
        log_id=draw(INT64),
        headers=[pb.Header(key=COMPRESS_HEADER, value=COMPRESS_GZIP)],
        payload_encoding=ENCODING_PB,
        payload_type=PayloadType.MSG,
        payload=body,
    )
    return frame.SerializeToString()


_CORRUPT_GZIP_FRAMES: Final = _corrupt_gzip_frames()


def corrupt_gzip_frames() -> st.SearchStrategy[bytes]:
    """A valid ``msg`` PushFrame whose gzip payload is guaranteed not to inflate.

    The damage is one that gzip always detects: the stream cut short, the
    CRC32/size trailer altered, bytes after the end, or an unknown method byte.
    """
    return _CORRUPT_GZIP_FRAMES


FIRST_SHELLS: Final = st.builds(
    pb.FetchResult,
    cursor=_CURSORS,
    internal_ext=_EXTS,
    push_server=st.sampled_from(["wss://webcast.example/ws/", "wss://127.0.0.1:1/"]),
    route_params=st.dictionaries(
        st.sampled_from(["room_id", "identity", "live_id", "wrss"]), _CURSORS
    ),
    heartbeat_duration=st.sampled_from([0, 1000, 10_000]),
    need_ack=st.booleans(),
    is_first=st.just(True),
)


def first_payload(shell: pb.FetchResult, batch: Sequence[pb.Message]) -> bytes:
    return with_messages(shell, batch).SerializeToString()


def first_payloads(
    of: st.SearchStrategy[list[pb.Message]] | None = None,
) -> st.SearchStrategy[bytes]:
    """The sign server's answer: a bare FetchResult with ``is_first``, where to
    connect, and the messages drawn from ``of`` (default: up to three)."""
    return st.builds(first_payload, FIRST_SHELLS, of if of is not None else _unique_messages(3))


def handshake_options() -> st.SearchStrategy[str | None]:
    """A ``Handshake-Options`` header: absent, a ping interval, or nonsense."""
    return st.one_of(
        st.none(),
        st.sampled_from(["1", "10", "0.5", "0", "-3", "nan", "inf", "x"]).map(
            lambda v: f"ping-interval={v}; foo=bar"
        ),
        st.text(max_size=20),
    )
