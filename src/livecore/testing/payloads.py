"""Payloads: the protobuf body of every Webcast message that carries an event,
plus unknown methods and bytes no protobuf message parses.

Template keys come in random letter case, since the core must match them
case-insensitively; numbers span their whole range, since a server may send
any. The event rules they exercise are in ``docs/protocol.md``.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, TypeAlias

from google.protobuf.message import Message as PbMessage
from hypothesis import strategies as st

from livecore.messages import METHODS
from livecore.proto import pb
from livecore.protocol import (
    SHARE_USERS_JOINED,
    SUPERFAN_BOX_KEY,
    SUPERFAN_JOINED_KEY,
    SUPERFAN_KEY,
    Method,
    encode_tag,
    encode_varint,
)
from livecore.webcast import ControlAction, EnvelopeBusinessType

__all__ = [
    "CONTROL_ACTIONS",
    "EVENT_METHODS",
    "SCHEMA_METHODS",
    "EventPayload",
    "RawPayload",
    "barrage_messages",
    "chat_messages",
    "control_messages",
    "envelope_messages",
    "gift_messages",
    "like_messages",
    "malformed_payloads",
    "member_messages",
    "payloads",
    "room_user_seq_messages",
    "social_messages",
    "unknown_methods",
    "users",
]

EventPayload: TypeAlias = (
    pb.WebcastChatMessage
    | pb.WebcastLikeMessage
    | pb.WebcastMemberMessage
    | pb.WebcastGiftMessage
    | pb.WebcastSocialMessage
    | pb.WebcastRoomUserSeqMessage
    | pb.WebcastControlMessage
    | pb.WebcastBarrageMessage
    | pb.WebcastEnvelopeMessage
)
"""The protobuf payload of a Message that carries an event (``docs/protocol.md``)."""

EVENT_METHODS: Final[Mapping[type[EventPayload], str]] = MappingProxyType(
    {
        pb.WebcastChatMessage: Method.CHAT.value,
        pb.WebcastLikeMessage: Method.LIKE.value,
        pb.WebcastMemberMessage: Method.MEMBER.value,
        pb.WebcastGiftMessage: Method.GIFT.value,
        pb.WebcastSocialMessage: Method.SOCIAL.value,
        pb.WebcastRoomUserSeqMessage: Method.ROOM_USER_SEQ.value,
        pb.WebcastControlMessage: Method.CONTROL.value,
        pb.WebcastBarrageMessage: Method.BARRAGE.value,
        pb.WebcastEnvelopeMessage: Method.ENVELOPE.value,
    }
)
"""Payload class to its Webcast method name (``docs/protocol.md``'s method table). Read-only."""

SCHEMA_METHODS: Final[Mapping[type[PbMessage], str]] = MappingProxyType(
    {cls.protobuf_type: method for method, cls in METHODS.items()}
)
"""The message class of every method livecore decodes (all 62) to its method name."""

CONTROL_ACTIONS: Final = st.integers(0, max(ControlAction) + 5)
"""Control actions, 0 to 9: every :class:`~livecore.webcast.ControlAction`
(1 pause, 2 unpause, 3 and 4 end) and the plain controls 0 and 5 to 9."""

INT64: Final = st.integers(0, 2**63 - 1)
_INT32: Final = st.integers(0, 2**31 - 1)
IDS: Final = st.integers(1, 2**63 - 1)
_SMALL: Final = st.integers(0, 10_000)
_NAME: Final = st.text(st.characters(codec="utf-8"), max_size=20)
_HANDLE: Final = st.text("abcdefghijklmnopqrstuvwxyz0123456789_.", min_size=1, max_size=24)


@dataclass(frozen=True)
class RawPayload:
    """A Message payload given as bytes: an unknown method, or a malformed payload."""

    method: str
    data: bytes


# ---- building blocks -------------------------------------------------------------


def random_case(text: str) -> st.SearchStrategy[str]:
    """``text`` in arbitrary letter case: template keys are matched case-insensitively."""
    # One integer is a bit mask over the letters: cheaper to draw than a list of flags.
    return st.integers(0, 2 ** len(text) - 1).map(
        lambda mask: "".join(c.upper() if mask >> i & 1 else c.lower() for i, c in enumerate(text))
    )


def _keys(*templates: str) -> st.SearchStrategy[str]:
    """One of ``templates``, in random case."""
    return st.sampled_from(templates).flatmap(random_case)


def users() -> st.SearchStrategy[pb.User]:
    """A ``User``: id, nickname, @handle, sec_uid and avatar URLs."""
    return st.builds(
        pb.User,
        id=INT64,
        nickname=_NAME,
        display_id=_HANDLE,
        sec_uid=st.text(string.ascii_letters + string.digits + "_-", max_size=30),
        avatar_thumb=st.builds(
            pb.ImageModel,
            url_list=st.lists(st.just("https://p16.example/avatar.webp"), max_size=2),
        ),
    )


def _common(
    display_key: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[pb.CommonMessageData]:
    # method and msg_id are filled in by messages(), which knows both.
    keys = display_key if display_key is not None else st.just("")
    return st.builds(
        pb.CommonMessageData,
        room_id=INT64,
        create_time=INT64,
        display_text=st.builds(pb.Text, key=keys, default_pattern=_NAME),
    )


# ---- one strategy per event message kind (docs/protocol.md, "The messages that carry events")


def chat_messages() -> st.SearchStrategy[pb.WebcastChatMessage]:
    """A chat comment (CommentEvent)."""
    return st.builds(
        pb.WebcastChatMessage, common=_common(), user=users(), content=st.text(max_size=60)
    )


def like_messages() -> st.SearchStrategy[pb.WebcastLikeMessage]:
    """A burst of likes (LikeEvent)."""
    return st.builds(
        pb.WebcastLikeMessage, common=_common(), count=_SMALL, total=INT64, user=users()
    )


def member_messages() -> st.SearchStrategy[pb.WebcastMemberMessage]:
    """A viewer joining (JoinEvent); any action value, known or not."""
    return st.builds(
        pb.WebcastMemberMessage, common=_common(), user=users(), member_count=_INT32, action=_SMALL
    )


def gift_messages() -> st.SearchStrategy[pb.WebcastGiftMessage]:
    """A gift, possibly in a streak (GiftEvent)."""
    return st.builds(
        pb.WebcastGiftMessage,
        common=_common(),
        gift_id=INT64,
        repeat_count=_SMALL,
        user=users(),
        repeat_end=st.integers(0, 1),
        gift=st.builds(pb.Gift, id=INT64, diamond_count=_SMALL, name=_NAME),
    )


def social_messages() -> st.SearchStrategy[pb.WebcastSocialMessage]:
    """A follow, a share (with or without an N in its key) or a plain social message."""
    n = st.integers(0, 10**6).map(str)
    keys = st.one_of(
        _keys("pm_main_follow_message_viewer_2", "pm_mt_guidance_follow"),
        _keys("pm_mt_guidance_share", "pm_main_share_message"),
        n.flatmap(lambda k: random_case(SHARE_USERS_JOINED.format(n=k))),
        _keys("", "pm_mt_social_unknown"),
    )
    return st.builds(
        pb.WebcastSocialMessage,
        common=_common(keys),
        user=users(),
        share_type=_SMALL,
        action=_SMALL,
        follow_count=INT64,
        share_count=_SMALL,
    )


def room_user_seq_messages() -> st.SearchStrategy[pb.WebcastRoomUserSeqMessage]:
    """Viewer counts (RoomUserSeqEvent)."""
    return st.builds(pb.WebcastRoomUserSeqMessage, common=_common(), total=INT64, total_user=INT64)


def control_messages(
    actions: st.SearchStrategy[int] = CONTROL_ACTIONS,
) -> st.SearchStrategy[pb.WebcastControlMessage]:
    """A stream control; ``actions`` decides which (pause 1, unpause 2, end 3 or 4)."""
    return st.builds(pb.WebcastControlMessage, common=_common(), action=actions, tips=_NAME)


def barrage_messages() -> st.SearchStrategy[pb.WebcastBarrageMessage]:
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
        pb.WebcastBarrageMessage,
        common=_common(),
        content=text,
        common_barrage_content=text,
        user=users(),
    )


def envelope_messages() -> st.SearchStrategy[pb.WebcastEnvelopeMessage]:
    """A treasure box; a super-fan box by display key, by business_type 19, or neither."""
    return st.builds(
        pb.WebcastEnvelopeMessage,
        common=_common(_keys(f"{SUPERFAN_BOX_KEY}_notice", "pm_envelope_plain", "")),
        envelope_info=st.builds(
            pb.MessageRedEnvelopInfo,
            envelope_id=_NAME,
            business_type=st.sampled_from([0, EnvelopeBusinessType.SUPER_FAN_BOX.value, 1, 7]),
            diamond_count=_SMALL,
            people_count=_SMALL,
        ),
    )


def unknown_methods() -> st.SearchStrategy[str]:
    """A method name livecore has no event for."""
    known = set(METHODS)
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

    overrun = st.tuples(field, st.binary(max_size=8), st.integers(1, 64)).map(
        lambda t: encode_tag(t[0], 2) + encode_varint(len(t[1]) + t[2]) + t[1]
    )
    cut_varint = st.tuples(field, st.integers(0, 8)).map(
        lambda t: encode_tag(t[0], 0) + b"\xff" * t[1]
    )
    cut_fixed = st.tuples(field, st.sampled_from([(1, 8), (5, 4)])).map(
        lambda t: encode_tag(t[0], t[1][0]) + b"\x00" * (t[1][1] - 1)
    )
    bad_wire = st.tuples(field, st.sampled_from([4, 6, 7]), st.binary(max_size=8)).map(
        lambda t: encode_tag(t[0], t[1]) + t[2]
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
def any_payload() -> st.SearchStrategy[EventPayload | RawPayload]:
    # Built once: constructing strategies (regexes above all) costs more than drawing.
    return payloads()
