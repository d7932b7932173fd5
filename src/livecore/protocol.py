"""The Webcast protocol's names and numbers, each with one home.

(The schema's own enums, ``ControlAction`` and ``EnvelopeBusinessType`` among
them, are in :mod:`livecore.webcast`, generated from the schema.)

The codec, the events, the lifecycle, the simulated room and
``livecore.testing`` all speak the same protocol; they take its constants
from here rather than spelling them again. The facts behind them are written
up in ``docs/protocol.md``.

Also here: the base-128 varint codec (protobuf's integer encoding), for the
few places that must look at the wire below the generated code (the frame
census in :mod:`livecore.frames`, hand-made hostile frames). Reading a
protobuf string is :func:`livecore.views.text`'s.
"""

from __future__ import annotations

import enum
from typing import Final

__all__ = [
    "COMPRESS_GZIP",
    "COMPRESS_HEADER",
    "ENCODING_PB",
    "GZIP_MAGIC",
    "IDENTITY",
    "LIVE_ID",
    "SHARE_USERS_JOINED",
    "SUPERFAN_BOX_KEY",
    "SUPERFAN_JOINED_KEY",
    "SUPERFAN_KEY",
    "Method",
    "PayloadType",
    "decode_varint",
    "encode_tag",
    "encode_varint",
]


class PayloadType(enum.StrEnum):
    """``PushFrame.payload_type``: what a WebSocket message carries."""

    MSG = "msg"
    """Server to client: a FetchResult, gzip or plain."""
    HEARTBEAT = "hb"
    """Both ways: the client's heartbeat; the server's (possibly empty) answer."""
    ACK = "ack"
    """Client to server: the acknowledged frame's internal_ext."""
    ENTER_ROOM = "im_enter_room"
    """Client to server, once per socket, right after it opens."""
    ENTER_ROOM_RESP = "im_enter_room_resp"
    """Server to client: the answer to enter-room (transport only)."""


class Method(enum.StrEnum):
    """``Message.method``: every Webcast message type livecore decodes into an
    event (the message's schema type has the same name)."""

    ACCESS_CONTROL = "WebcastAccessControlMessage"
    ACCESS_RECALL = "WebcastAccessRecallMessage"
    BARRAGE = "WebcastBarrageMessage"
    BOOST_CARD = "WebcastBoostCardMessage"
    BOTTOM = "WebcastBottomMessage"
    CAPSULE = "WebcastCapsuleMessage"
    CAPTION = "WebcastCaptionMessage"
    CHAT = "WebcastChatMessage"
    CONTROL = "WebcastControlMessage"
    EMOTE_CHAT = "WebcastEmoteChatMessage"
    ENVELOPE = "WebcastEnvelopeMessage"
    GAME_RANK_NOTIFY = "WebcastGameRankNotifyMessage"
    GIFT = "WebcastGiftMessage"
    GIFT_BROADCAST = "WebcastGiftBroadcastMessage"
    GIFT_DYNAMIC_RESTRICTION = "WebcastGiftDynamicRestrictionMessage"
    GIFT_PANEL_UPDATE = "WebcastGiftPanelUpdateMessage"
    GIFT_PROMPT = "WebcastGiftPromptMessage"
    GOAL_UPDATE = "WebcastGoalUpdateMessage"
    GUIDE = "WebcastGuideMessage"
    HOURLY_RANK_REWARD = "WebcastHourlyRankRewardMessage"
    IM_DELETE = "WebcastImDeleteMessage"
    IN_ROOM_BANNER = "WebcastInRoomBannerMessage"
    LIKE = "WebcastLikeMessage"
    LINK = "WebcastLinkMessage"
    LINKMIC_BATTLE_TASK = "WebcastLinkmicBattleTaskMessage"
    LINK_LAYER = "WebcastLinkLayerMessage"
    LINK_MIC_ARMIES = "WebcastLinkMicArmies"
    LINK_MIC_BATTLE = "WebcastLinkMicBattle"
    LINK_MIC_BATTLE_ITEM_CARD = "WebcastLinkMicBattleItemCard"
    LINK_MIC_BATTLE_PUNISH_FINISH = "WebcastLinkMicBattlePunishFinish"
    LINK_MIC_FAN_TICKET_METHOD = "WebcastLinkMicFanTicketMethod"
    LINK_MIC_LAYOUT_STATE = "WebcastLinkMicLayoutStateMessage"
    LINK_MIC_METHOD = "WebcastLinkMicMethod"
    LINK_STATE = "WebcastLinkStateMessage"
    LIVE_GAME_INTRO = "WebcastLiveGameIntroMessage"
    LIVE_INTRO = "WebcastLiveIntroMessage"
    MARQUEE_ANNOUNCEMENT = "WebcastMarqueeAnnouncementMessage"
    MEMBER = "WebcastMemberMessage"
    MSG_DETECT = "WebcastMsgDetectMessage"
    NOTICE = "WebcastNoticeMessage"
    OEC_LIVE_SHOPPING = "WebcastOecLiveShoppingMessage"
    PARTNERSHIP_DROPS_UPDATE = "WebcastPartnershipDropsUpdateMessage"
    PARTNERSHIP_GAME_OFFLINE = "WebcastPartnershipGameOfflineMessage"
    PARTNERSHIP_PUNISH = "WebcastPartnershipPunishMessage"
    PERCEPTION = "WebcastPerceptionMessage"
    POLL = "WebcastPollMessage"
    QUESTION_NEW = "WebcastQuestionNewMessage"
    RANK_TEXT = "WebcastRankTextMessage"
    RANK_UPDATE = "WebcastRankUpdateMessage"
    ROOM = "WebcastRoomMessage"
    ROOM_NOTIFY = "WebcastRoomNotifyMessage"
    ROOM_PIN = "WebcastRoomPinMessage"
    ROOM_USER_SEQ = "WebcastRoomUserSeqMessage"
    ROOM_VERIFY = "WebcastRoomVerifyMessage"
    SOCIAL = "WebcastSocialMessage"
    SPEAKER = "WebcastSpeakerMessage"
    SUB_NOTIFY = "WebcastSubNotifyMessage"
    SUB_PIN_EVENT = "WebcastSubPinEventMessage"
    SYSTEM = "WebcastSystemMessage"
    TOAST = "WebcastToastMessage"
    UNAUTHORIZED_MEMBER = "WebcastUnauthorizedMemberMessage"
    VIEWER_PICKS_UPDATE = "WebcastViewerPicksUpdateMessage"


# Template keys (``Text.key``) behind the custom events, matched case-insensitively.
SUPERFAN_JOINED_KEY: Final = "ttlive_superfan_commentnotif_superfanjoined"
SUPERFAN_KEY: Final = "ttlive_superfan"
SUPERFAN_BOX_KEY: Final = "ttlive_superfanbox"
SHARE_USERS_JOINED: Final = "pm_mt_guidance_viewer_{n}_share"
"""A share's display key that says how many viewers joined through it."""

# PushFrame details.
COMPRESS_HEADER: Final = "compress_type"
COMPRESS_GZIP: Final = "gzip"
GZIP_MAGIC: Final = b"\x1f\x8b\x08"
ENCODING_PB: Final = "pb"

# What a viewer's client says of itself, in enter-room and the socket's query.
LIVE_ID: Final = 12
IDENTITY: Final = "audience"


def encode_varint(value: int) -> bytes:
    """``value`` (0 to 2**64 - 1) as a protobuf base-128 varint."""
    if not 0 <= value < 1 << 64:
        raise ValueError(f"a varint holds 0 to 2**64 - 1, not {value}")
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def encode_tag(number: int, wire_type: int) -> bytes:
    """The key of protobuf field ``number`` with ``wire_type``: ``number << 3 | wire_type``.

    The generated classes write keys themselves; this is for bytes they will not
    build, written by hand: the test strategies' arbitrary and malformed
    payloads, and the simulated room's hostile frames.
    """
    return encode_varint(number << 3 | wire_type)


def decode_varint(data: bytes, pos: int = 0) -> tuple[int, int]:
    """The varint at ``data[pos:]`` and the position after it.

    Raises ``IndexError`` when the input ends inside it or it runs past ten
    bytes (no valid varint does).
    """
    result = 0
    shift = 0
    while shift < 70:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7
    raise IndexError("varint too long")
