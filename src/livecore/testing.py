"""Hypothesis strategies for property-testing code built on livecore.

Install with ``pip install 'livecore[testing]'``. The strategies produce
what the Webcast push service sends (messages of every kind, ``msg`` frames,
transport-only frames, first payloads) and what a hostile network sends
(garbage, corrupt gzip, malformed payloads), so a user's lifecycle handling
can meet every interleaving without a live room. :func:`streams` and
:func:`drive` put whole sessions through a :class:`~livecore.Connection`::

    @given(streams())
    def test_my_bot(steps):
        events = drive(Connection(rng=random.Random(0)), steps)
        my_bot.handle_all(events)

Everything is drawn through Hypothesis, never from a global random source,
so failures shrink and replay. See ``docs/testing.md``.
"""

from __future__ import annotations

import functools
import gzip
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, TypeAlias

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without the extra installed
    raise ImportError(
        "livecore.testing needs Hypothesis, which livecore itself does not install:"
        " pip install 'livecore[testing]'",
        name=exc.name,
        path=exc.path,
    ) from exc

from livecore import frames, lifecycle
from livecore.connection import Connection
from livecore.events import Event
from livecore.proto import webcast_pb2 as pb
from livecore.protocol import (
    COMPRESS_GZIP,
    COMPRESS_HEADER,
    ENCODING_PB,
    SHARE_USERS_JOINED,
    SUPERFAN_BOX_KEY,
    SUPERFAN_JOINED_KEY,
    SUPERFAN_KEY,
    BusinessType,
    ControlAction,
    Method,
    PayloadType,
    encode_varint,
)

__all__ = [
    "CONTROL_ACTIONS",
    "EVENT_METHODS",
    "Close",
    "Drop",
    "EventPayload",
    "Open",
    "RawPayload",
    "Receive",
    "ReceiveFirstPayload",
    "Step",
    "Wait",
    "barrage_messages",
    "chat_messages",
    "control_messages",
    "corrupt_gzip_frames",
    "drive",
    "envelope_messages",
    "fetch_results",
    "first_payloads",
    "garbage",
    "gift_messages",
    "handshake_options",
    "like_messages",
    "malformed_payloads",
    "member_messages",
    "messages",
    "msg_frames",
    "payloads",
    "room_user_seq_messages",
    "social_messages",
    "streams",
    "transport_frames",
    "unknown_methods",
    "users",
]

EventPayload: TypeAlias = (
    pb.ChatMessage
    | pb.LikeMessage
    | pb.MemberMessage
    | pb.GiftMessage
    | pb.SocialMessage
    | pb.RoomUserSeqMessage
    | pb.ControlMessage
    | pb.BarrageMessage
    | pb.EnvelopeMessage
)
"""The protobuf payload of a Message that carries an event (WIRE.md section 5)."""

EVENT_METHODS: Final[Mapping[type[EventPayload], str]] = MappingProxyType(
    {
        pb.ChatMessage: Method.CHAT.value,
        pb.LikeMessage: Method.LIKE.value,
        pb.MemberMessage: Method.MEMBER.value,
        pb.GiftMessage: Method.GIFT.value,
        pb.SocialMessage: Method.SOCIAL.value,
        pb.RoomUserSeqMessage: Method.ROOM_USER_SEQ.value,
        pb.ControlMessage: Method.CONTROL.value,
        pb.BarrageMessage: Method.BARRAGE.value,
        pb.EnvelopeMessage: Method.ENVELOPE.value,
    }
)
"""Payload class to its Webcast method name (WIRE.md section 5). Read-only."""

CONTROL_ACTIONS: Final = st.integers(0, max(ControlAction) + 5)
"""Control actions, 0 to 9: every :class:`~livecore.protocol.ControlAction`
(1 pause, 2 unpause, 3 and 4 end) and the plain controls 0 and 5 to 9."""

_INT64: Final = st.integers(0, 2**63 - 1)
_INT32: Final = st.integers(0, 2**31 - 1)
_IDS: Final = st.integers(1, 2**63 - 1)
_SMALL: Final = st.integers(0, 10_000)
_NAME: Final = st.text(st.characters(codec="utf-8"), max_size=20)
_HANDLE: Final = st.text("abcdefghijklmnopqrstuvwxyz0123456789_.", min_size=1, max_size=24)


@dataclass(frozen=True)
class RawPayload:
    """A Message payload given as bytes: an unknown method, or a malformed payload."""

    method: str
    data: bytes


# ---- building blocks -------------------------------------------------------------


def _random_case(text: str) -> st.SearchStrategy[str]:
    """``text`` in arbitrary letter case: template keys are matched case-insensitively."""
    # One integer is a bit mask over the letters: cheaper to draw than a list of flags.
    return st.integers(0, 2 ** len(text) - 1).map(
        lambda mask: "".join(c.upper() if mask >> i & 1 else c.lower() for i, c in enumerate(text))
    )


def _keys(*templates: str) -> st.SearchStrategy[str]:
    """One of ``templates``, in random case."""
    return st.sampled_from(templates).flatmap(_random_case)


def users() -> st.SearchStrategy[pb.User]:
    """A ``User``: id, nickname, @handle, sec_uid and avatar URLs."""
    return st.builds(
        pb.User,
        id=_INT64,
        nickname=_NAME,
        display_id=_HANDLE,
        sec_uid=st.text(string.ascii_letters + string.digits + "_-", max_size=30),
        avatar_thumb=st.builds(
            pb.Image,
            url_list=st.lists(st.just("https://p16.example/avatar.webp"), max_size=2),
        ),
    )


def _common(display_key: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[pb.Common]:
    # method and msg_id are filled in by messages(), which knows both.
    keys = display_key if display_key is not None else st.just("")
    return st.builds(
        pb.Common,
        room_id=_INT64,
        create_time=_INT64,
        display_text=st.builds(pb.Text, key=keys, default_pattern=_NAME),
    )


# ---- one strategy per event message kind (WIRE.md section 5) -------------------------


def chat_messages() -> st.SearchStrategy[pb.ChatMessage]:
    """A chat comment (CommentEvent)."""
    return st.builds(pb.ChatMessage, common=_common(), user=users(), content=st.text(max_size=60))


def like_messages() -> st.SearchStrategy[pb.LikeMessage]:
    """A burst of likes (LikeEvent)."""
    return st.builds(pb.LikeMessage, common=_common(), count=_SMALL, total=_INT64, user=users())


def member_messages() -> st.SearchStrategy[pb.MemberMessage]:
    """A viewer joining (JoinEvent); any action value, known or not."""
    return st.builds(
        pb.MemberMessage, common=_common(), user=users(), member_count=_INT32, action=_SMALL
    )


def gift_messages() -> st.SearchStrategy[pb.GiftMessage]:
    """A gift, possibly in a streak (GiftEvent)."""
    return st.builds(
        pb.GiftMessage,
        common=_common(),
        gift_id=_INT64,
        repeat_count=_SMALL,
        user=users(),
        repeat_end=st.integers(0, 1),
        gift=st.builds(pb.Gift, id=_INT64, diamond_count=_SMALL, name=_NAME),
    )


def social_messages() -> st.SearchStrategy[pb.SocialMessage]:
    """A follow, a share (with or without an N in its key) or a plain social message."""
    n = st.integers(0, 10**6).map(str)
    keys = st.one_of(
        _keys("pm_main_follow_message_viewer_2", "pm_mt_guidance_follow"),
        _keys("pm_mt_guidance_share", "pm_main_share_message"),
        n.flatmap(lambda k: _random_case(SHARE_USERS_JOINED.format(n=k))),
        _keys("", "pm_mt_social_unknown"),
    )
    return st.builds(
        pb.SocialMessage,
        common=_common(keys),
        user=users(),
        share_type=_SMALL,
        action=_SMALL,
        follow_count=_INT64,
        share_count=_SMALL,
    )


def room_user_seq_messages() -> st.SearchStrategy[pb.RoomUserSeqMessage]:
    """Viewer counts (RoomUserSeqEvent)."""
    return st.builds(pb.RoomUserSeqMessage, common=_common(), total=_INT64, total_user=_INT64)


def control_messages(
    actions: st.SearchStrategy[int] = CONTROL_ACTIONS,
) -> st.SearchStrategy[pb.ControlMessage]:
    """A stream control; ``actions`` decides which (pause 1, unpause 2, end 3 or 4)."""
    return st.builds(pb.ControlMessage, common=_common(), action=actions, tips=_NAME)


def barrage_messages() -> st.SearchStrategy[pb.BarrageMessage]:
    """A banner: super-fan joined, other super-fan, or plain; markers in random case."""
    marker = _keys(
        SUPERFAN_JOINED_KEY,
        f"{SUPERFAN_KEY}_commentnotif_gift",
        f"{SUPERFAN_KEY}_badge",
        "pm_mt_barrage_plain",
        "",
    )
    text = st.builds(pb.Text, key=marker, default_pattern=_NAME)
    return st.builds(
        pb.BarrageMessage,
        common=_common(),
        content=text,
        common_barrage_content=text,
        user=users(),
    )


def envelope_messages() -> st.SearchStrategy[pb.EnvelopeMessage]:
    """A treasure box; a super-fan box by display key, by business_type 19, or neither."""
    return st.builds(
        pb.EnvelopeMessage,
        common=_common(_keys(f"{SUPERFAN_BOX_KEY}_notice", "pm_envelope_plain", "")),
        envelope_info=st.builds(
            pb.EnvelopeInfo,
            envelope_id=_NAME,
            business_type=st.sampled_from([0, BusinessType.SUPER_FAN_BOX.value, 1, 7]),
            diamond_count=_SMALL,
            people_count=_SMALL,
        ),
    )


def unknown_methods() -> st.SearchStrategy[str]:
    """A method name livecore has no event for."""
    known = set(EVENT_METHODS.values())
    return st.one_of(
        st.text(string.ascii_letters, max_size=16).map(lambda name: f"Webcast{name}Message"),
        st.text(max_size=30),
    ).filter(lambda method: method not in known)


def malformed_payloads() -> st.SearchStrategy[bytes]:
    """Bytes that no protobuf message parses: valid fields, then a broken tail.

    The tail is a length that overruns the input, a varint cut short, an
    invalid wire type (6 or 7), an unmatched end-group, or field number 0.
    """
    field = st.integers(1, 2**20)

    def tag(number: int, wire_type: int) -> bytes:
        return encode_varint(number << 3 | wire_type)

    overrun = st.tuples(field, st.binary(max_size=8), st.integers(1, 64)).map(
        lambda t: tag(t[0], 2) + encode_varint(len(t[1]) + t[2]) + t[1]
    )
    cut_varint = st.tuples(field, st.integers(0, 8)).map(lambda t: tag(t[0], 0) + b"\xff" * t[1])
    cut_fixed = st.tuples(field, st.sampled_from([(1, 8), (5, 4)])).map(
        lambda t: tag(t[0], t[1][0]) + b"\x00" * (t[1][1] - 1)
    )
    bad_wire = st.tuples(field, st.sampled_from([4, 6, 7]), st.binary(max_size=8)).map(
        lambda t: tag(t[0], t[1]) + t[2]
    )
    field_zero = st.sampled_from([0, 2]).map(lambda wt: bytes([wt]) + b"\x01\x01")
    tail = st.one_of(overrun, cut_varint, cut_fixed, bad_wire, field_zero)
    head = payloads(unknown=False, malformed=False).map(
        lambda p: p.data if isinstance(p, RawPayload) else p.SerializeToString()
    )
    return st.tuples(st.one_of(st.just(b""), head), tail).map(lambda t: t[0] + t[1])


def payloads(
    *,
    kinds: Sequence[st.SearchStrategy[EventPayload]] | None = None,
    unknown: bool = True,
    malformed: bool = True,
) -> st.SearchStrategy[EventPayload | RawPayload]:
    """Any Message payload: every event kind, plus unknown methods and malformed bytes."""
    choices: list[st.SearchStrategy[EventPayload | RawPayload]] = list(
        kinds
        if kinds is not None
        else [
            chat_messages(),
            like_messages(),
            member_messages(),
            gift_messages(),
            social_messages(),
            room_user_seq_messages(),
            control_messages(),
            barrage_messages(),
            envelope_messages(),
        ]
    )
    if unknown:
        choices.append(st.builds(RawPayload, unknown_methods(), st.binary(max_size=40)))
    if malformed:
        methods = st.sampled_from(sorted(EVENT_METHODS.values()))
        choices.append(st.builds(RawPayload, methods, malformed_payloads()))
    return st.one_of(choices)


@functools.cache
def _any_payload() -> st.SearchStrategy[EventPayload | RawPayload]:
    # Built once: constructing strategies (regexes above all) costs more than drawing.
    return payloads()


# ---- messages, results and frames ------------------------------------------------------

_MSG_TYPES: Final = st.integers(0, 3)


def _message(
    payload: EventPayload | RawPayload,
    msg_id: int,
    msg_type: int = 0,
    offset: int = 0,
    is_history: bool = False,
) -> pb.Message:
    """The Message around ``payload``, its Common.method and msg_id set to agree."""
    if isinstance(payload, RawPayload):
        method, data = payload.method, payload.data
    else:
        method = EVENT_METHODS[type(payload)]
        copy = type(payload).FromString(payload.SerializeToString())  # drawn values may be shared
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
    of: st.SearchStrategy[EventPayload | RawPayload],
    msg_ids: st.SearchStrategy[int],
) -> pb.Message:
    return _message(draw(of), draw(msg_ids), draw(_MSG_TYPES), draw(_INT64), draw(st.booleans()))


@functools.cache
def _any_message() -> st.SearchStrategy[pb.Message]:
    return _messages_with_ids(_any_payload(), _IDS)


def messages(
    of: st.SearchStrategy[EventPayload | RawPayload] | None = None,
    msg_ids: st.SearchStrategy[int] = _IDS,
) -> st.SearchStrategy[pb.Message]:
    """A Webcast ``Message`` around a payload drawn from ``of`` (default: :func:`payloads`).

    Common.method and msg_id agree with the Message's. Random 63-bit ids
    rarely collide; pass ``msg_ids`` (``st.just(n)``, say) when a test needs
    them unique or ordered.
    """
    if of is None and msg_ids is _IDS:
        return _any_message()
    return _messages_with_ids(of if of is not None else _any_payload(), msg_ids)


@functools.cache
def _unique_messages(max_size: int = 4) -> st.SearchStrategy[list[pb.Message]]:
    return st.lists(_any_message(), max_size=max_size, unique_by=lambda m: m.msg_id)


_CURSORS: Final = st.text(string.digits + string.ascii_lowercase + "_-", max_size=24)
_EXTS: Final = st.text(string.digits + string.ascii_letters + ":|_=&-", max_size=40)


def _with_messages(shell: pb.FetchResult, batch: Sequence[pb.Message]) -> pb.FetchResult:
    shell.messages.extend(batch)
    return shell


def _result_shells(need_ack: st.SearchStrategy[bool]) -> st.SearchStrategy[pb.FetchResult]:
    """A FetchResult with every field of a ``msg`` payload but its messages."""
    return st.builds(
        pb.FetchResult,
        cursor=_CURSORS,
        fetch_interval=st.integers(0, 10_000),
        now=_INT64,
        internal_ext=_EXTS,
        fetch_type=st.integers(0, 3),
        need_ack=need_ack,
    )


_RESULT_SHELLS: Final = _result_shells(st.booleans())


def fetch_results(
    of: st.SearchStrategy[list[pb.Message]] | None = None,
    *,
    need_ack: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[pb.FetchResult]:
    """A ``FetchResult`` as a ``msg`` frame carries it: the messages drawn from ``of``
    (default: up to four with distinct ids), cursor, internal_ext, need_ack."""
    shells = _RESULT_SHELLS if need_ack is None else _result_shells(need_ack)
    return st.builds(_with_messages, shells, of if of is not None else _unique_messages())


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
_FRAME_LOOKS: Final = st.tuples(st.sampled_from(_STYLES), _HEADERS, _INT64, _INT64)


def _msg_frame(
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
    return _msg_frame(body, *draw(_FRAME_LOOKS))


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
    _INT64,
    _INT64,
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
        seq_id=draw(_INT64),
        log_id=draw(_INT64),
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


_FIRST_SHELLS: Final = st.builds(
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


def _first_payload(shell: pb.FetchResult, batch: Sequence[pb.Message]) -> bytes:
    return _with_messages(shell, batch).SerializeToString()


def first_payloads(
    of: st.SearchStrategy[list[pb.Message]] | None = None,
) -> st.SearchStrategy[bytes]:
    """The sign server's answer: a bare FetchResult with ``is_first``, where to
    connect, and the messages drawn from ``of`` (default: up to three)."""
    return st.builds(_first_payload, _FIRST_SHELLS, of if of is not None else _unique_messages(3))


def handshake_options() -> st.SearchStrategy[str | None]:
    """A ``Handshake-Options`` header: absent, a ping interval, or nonsense."""
    return st.one_of(
        st.none(),
        st.sampled_from(["1", "10", "0.5", "0", "-3", "nan", "inf", "x"]).map(
            lambda v: f"ping-interval={v}; foo=bar"
        ),
        st.text(max_size=20),
    )


# ---- whole sessions --------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiveFirstPayload:
    """The sign server's first payload arrives: ``receive_first_payload(data)``."""

    data: bytes


@dataclass(frozen=True)
class Open:
    """The WebSocket opens: ``socket_opened(now, options)``."""

    options: str | None = None


@dataclass(frozen=True)
class Receive:
    """One WebSocket message arrives: ``receive_data(data)``."""

    data: bytes


@dataclass(frozen=True)
class Wait:
    """Time passes: the clock moves on by ``seconds``, then ``handle_timeout(now)``."""

    seconds: float


@dataclass(frozen=True)
class Close:
    """The user asks to stop: ``close()``."""


@dataclass(frozen=True)
class Drop:
    """The transport is gone: ``connection_lost(code)`` (None: no close frame)."""

    code: int | None = None


Step: TypeAlias = ReceiveFirstPayload | Open | Receive | Wait | Close | Drop
"""One thing that happens to a session."""

_CLOSE_CODES: Final = st.sampled_from([None, 1000, 1001, 1006, 1011, 4000])


@functools.cache
def _lifecycle_controls() -> st.SearchStrategy[EventPayload | RawPayload]:
    # Pause and unpause twice as likely as end, so streams live long enough to flip.
    flips = [ControlAction.PAUSE, ControlAction.UNPAUSE] * 2
    return control_messages(
        st.sampled_from([*flips, ControlAction.END, ControlAction.SUSPEND, 0, 5])
    )


_MESSAGE_EXTRAS: Final = st.tuples(_MSG_TYPES, _INT64, st.booleans())
_BATCH_SIZES: Final = st.integers(0, 3)
_WAITS: Final = st.floats(0, 30, allow_nan=False).map(Wait)
# Weights by repetition. A close or a drop ends the session, so they are rare
# enough that a typical stream runs a dozen steps before one comes.
_STEP_KINDS: Final = ("msg",) * 12 + ("transport",) * 2 + ("wait",) * 4
_FAULT_KINDS: Final = ("garbage", "garbage", "corrupt", "corrupt", "close", "drop")


def _batch(
    draw: st.DrawFn, kinds: st.SearchStrategy[EventPayload | RawPayload], first_id: int
) -> list[pb.Message]:
    """Up to three messages with the ids ``first_id``, ``first_id + 1``, ...

    Drawn from cached strategies, ids set afterwards: building strategies per
    step costs more than drawing from them.
    """
    return [
        _message(draw(kinds), first_id + i, *draw(_MESSAGE_EXTRAS))
        for i in range(draw(_BATCH_SIZES))
    ]


@st.composite
def streams(
    draw: st.DrawFn,
    *,
    max_steps: int = 30,
    faults: bool = True,
    lifecycle_weight: bool = True,
) -> list[Step]:
    """A whole session as steps: first payload (or a resume without one), open, then a mix.

    The mix has ``msg`` frames of every kind (with pauses, unpauses and ends
    made common when ``lifecycle_weight``), transport frames, waits and, when
    ``faults``, garbage, corrupt gzip, closes and drops. Message ids are
    unique and rising within a stream. Feed it with :func:`drive`.
    """
    next_id = draw(st.integers(0, 2**40)) + 1
    steps: list[Step] = []
    if draw(st.booleans()):
        batch = _batch(draw, _any_payload(), next_id)
        next_id += len(batch)
        steps.append(ReceiveFirstPayload(_first_payload(draw(_FIRST_SHELLS), batch)))
    steps.append(Open(draw(handshake_options())))
    kinds = st.sampled_from(_STEP_KINDS + _FAULT_KINDS if faults else _STEP_KINDS)
    for _ in range(draw(st.integers(0, max_steps))):
        kind = draw(kinds)
        step: Step
        if kind == "msg":
            payloads = _any_payload()
            if lifecycle_weight and draw(st.booleans()):
                payloads = _lifecycle_controls()
            batch = _batch(draw, payloads, next_id)
            next_id += len(batch)
            body = _with_messages(draw(_RESULT_SHELLS), batch).SerializeToString()
            step = Receive(_msg_frame(body, *draw(_FRAME_LOOKS)))
        elif kind == "transport":
            step = Receive(draw(_TRANSPORT_FRAMES))
        elif kind == "wait":
            step = draw(_WAITS)
        elif kind == "garbage":
            step = Receive(draw(_GARBAGE))
        elif kind == "corrupt":
            step = Receive(draw(_CORRUPT_GZIP_FRAMES))
        elif kind == "close":
            step = Close()
        else:
            step = Drop(draw(_CLOSE_CODES))
        steps.append(step)
    return steps


def drive(
    connection: Connection,
    steps: Sequence[Step],
    *,
    now: float = 0.0,
    close_when_asked: bool = True,
    finish: bool = True,
    sent: list[bytes] | None = None,
) -> list[Event]:
    """Feed ``steps`` into ``connection`` as an adapter would; return every event.

    Like a real adapter it closes the transport when the connection asks
    (``wants_close``: after ``close()`` or a ``LiveEndEvent``) and then
    reports ``connection_lost(1000)``; with ``finish`` it reports the
    transport lost after the last step, so the session ends with its
    ``DisconnectEvent``. Steps after the session is over are skipped, since
    the connection refuses them. Outbound frames go to ``sent`` if given.
    """
    events: list[Event] = []

    def collect() -> None:
        events.extend(connection.events())
        out = connection.data_to_send()
        if sent is not None:
            sent.extend(out)

    for step in steps:
        if connection.state == lifecycle.DISCONNECTED:
            break
        if isinstance(step, ReceiveFirstPayload):
            connection.receive_first_payload(step.data)
        elif isinstance(step, Open):
            connection.socket_opened(now, step.options)
        elif isinstance(step, Receive):
            connection.receive_data(step.data)
        elif isinstance(step, Wait):
            now += step.seconds
            connection.handle_timeout(now)
        elif isinstance(step, Close):
            connection.close()
        else:
            connection.connection_lost(step.code)
        if close_when_asked and connection.wants_close:
            collect()
            connection.connection_lost(1000, "closed as the connection asked")
        collect()
    if finish and connection.state != lifecycle.DISCONNECTED:
        connection.connection_lost(None, "the stream ran out")
        collect()
    return events
