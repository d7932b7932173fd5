"""Building messages: step keywords into encoded Webcast ``Message`` entries.

A room compiles its script once, and every message it will ever push is
built here, drawn from the room's seeded random source in a fixed order:
the same seed gives the same users, msg_ids, contents and bytes.
"""

from __future__ import annotations

import random
from typing import Final

from google.protobuf.message import Message as _PbMessage

from livecore.proto import webcast_pb2 as pb
from livecore.room.script import CONTROL_STEPS, ScriptError, whole_number

__all__ = ["MessageBuilder"]

_FIRST_MSG_ID: Final = 7_400_000_000_000_000_000

_COMMENTS: Final = (
    "hello!",
    "where are you from?",
    "🔥🔥🔥",
    "love this stream",
    "first time here",
    "can you say hi to me?",
    "what game is this?",
    "lol",
    "❤️❤️",
    "greetings from São Paulo",
)
_GIFTS: Final = (
    (5655, "Rose", 1),
    (5827, "Ice Cream Cone", 1),
    (6064, "GG", 1),
    (5585, "Confetti", 100),
)


class MessageBuilder:
    """Turns step keywords into encoded ``Message`` entries, deterministically from a seed."""

    def __init__(self, room_id: int, rng: random.Random) -> None:
        self.room_id = room_id
        self.rng = rng
        self.next_id = _FIRST_MSG_ID
        self._msg_id = 0
        self._at_ms = 0
        self.users = [self._user(i) for i in range(64)]

    def _user(self, index: int) -> pb.User:
        rng = self.rng
        uid = 6_800_000_000_000_000_000 + rng.randrange(10**15)
        handle = f"viewer_{index}_{rng.randrange(10**6):06d}"
        token = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=32))
        urls = [
            f"https://p{n}-pu-sign-useast8.tiktokcdn-us.com/tos-useast5-avt-0068-tx/"
            f"{token}~tplv-tiktokx-cropcenter:100:100.webp?dr=10399&x-expires=1764316800"
            f"&x-signature={token[:20]}%3D&t=4d5b0474&ps=13740610&shp=a5d48078"
            for n in (16, 19, 77)
        ]
        return pb.User(
            id=uid,
            nickname=f"Viewer {index} ✨" if index % 5 == 0 else f"viewer{index}",
            avatar_thumb=pb.Image(url_list=urls, uri=f"tos-useast5-avt-0068-tx/{token}"),
            display_id=handle,
            sec_uid="MS4wLjABAAAA"
            + "".join(rng.choices("abcdefghijklmnopqrstuvwxyzABCDEF_-", k=52)),
        )

    def message(self, kind: str, arg: str, at_ms: int) -> pb.Message:
        rng = self.rng
        self.next_id += rng.randrange(1, 997)
        msg_id = self.next_id
        user = rng.choice(self.users)
        self._msg_id, self._at_ms = msg_id, at_ms
        method, body = self._payload(kind, arg, user)
        return pb.Message(method=method, payload=body, msg_id=msg_id, msg_type=1)

    def _common(self, method: str, key: str = "") -> pb.Common:
        return pb.Common(
            method=method,
            msg_id=self._msg_id,
            room_id=self.room_id,
            create_time=self._at_ms,
            display_text=pb.Text(key=key, default_pattern="{0:user} ...") if key else None,
        )

    def _payload(self, kind: str, arg: str, user: pb.User) -> tuple[str, bytes]:
        rng = self.rng
        common = self._common
        count = int(arg) if whole_number(arg) else None
        if kind == "comment":
            m: _PbMessage = pb.ChatMessage(
                common=common("WebcastChatMessage"),
                user=user,
                content=arg or rng.choice(_COMMENTS),
            )
            method = "WebcastChatMessage"
        elif kind == "like":
            likes = count if count is not None else rng.randint(1, 15)
            m = pb.LikeMessage(
                common=common("WebcastLikeMessage", "pm_mt_msg_viewer_like"),
                count=likes,
                total=rng.randint(1_000, 90_000),
                user=user,
            )
            method = "WebcastLikeMessage"
        elif kind == "join":
            m = pb.MemberMessage(
                common=common("WebcastMemberMessage", "live_room_enter_toast"),
                user=user,
                member_count=rng.randint(10, 5_000),
                action=pb.MEMBER_ACTION_JOINED,
            )
            method = "WebcastMemberMessage"
        elif kind == "gift":
            gift_id, name, diamonds = rng.choice(_GIFTS)
            m = pb.GiftMessage(
                common=common("WebcastGiftMessage", "pm_mt_gift_send"),
                gift_id=gift_id,
                repeat_count=count if count is not None else rng.randint(1, 10),
                user=user,
                repeat_end=1,
                gift=pb.Gift(id=gift_id, diamond_count=diamonds, name=name),
            )
            method = "WebcastGiftMessage"
        elif kind in {"follow", "share"}:
            if kind == "follow":
                key = "pm_main_follow_message_viewer_2"
            else:
                joined = count if count is not None else rng.choice([None, 1, 3, 12])
                key = (
                    "pm_mt_guidance_share"
                    if joined is None
                    else f"pm_mt_guidance_viewer_{joined}_share"
                )
            m = pb.SocialMessage(
                common=common("WebcastSocialMessage", key),
                user=user,
                share_type=1 if kind == "share" else 0,
                action=1 if kind == "follow" else 3,
                follow_count=rng.randint(100, 90_000),
                share_count=rng.randint(1, 50) if kind == "share" else 0,
            )
            method = "WebcastSocialMessage"
        elif kind == "viewers":
            total = count if count is not None else rng.randint(10, 5_000)
            m = pb.RoomUserSeqMessage(
                common=common("WebcastRoomUserSeqMessage"),
                total=total,
                total_user=total * 3,
            )
            method = "WebcastRoomUserSeqMessage"
        elif kind in {"superfan", "superfan_join", "barrage"}:
            key = {
                "superfan": "ttlive_superfan_commentNotif_levelUp",
                "superfan_join": "ttlive_superfan_commentNotif_superfanJoined",
                "barrage": "pm_mt_barrage_generic",
            }[kind]
            text = pb.Text(key=key, default_pattern="{0:user} is a super fan")
            m = pb.BarrageMessage(
                common=common("WebcastBarrageMessage"),
                content=text if rng.random() < 0.5 else None,
                common_barrage_content=None if rng.random() < 0.5 else text,
                user=user,
            )
            if not m.HasField("content") and not m.HasField("common_barrage_content"):
                m.content.CopyFrom(text)
            method = "WebcastBarrageMessage"
        elif kind in {"superfan_box", "envelope"}:
            box = kind == "superfan_box"
            m = pb.EnvelopeMessage(
                common=common("WebcastEnvelopeMessage", "ttlive_superfanbox_sent" if box else ""),
                envelope_info=pb.EnvelopeInfo(
                    envelope_id=str(rng.randrange(10**18)),
                    business_type=(
                        pb.ENVELOPE_BUSINESS_TYPE_SUPER_FAN_BOX
                        if box
                        else pb.ENVELOPE_BUSINESS_TYPE_UNKNOWN
                    ),
                    diamond_count=rng.choice([100, 500, 1000]),
                    people_count=rng.randint(5, 50),
                ),
            )
            method = "WebcastEnvelopeMessage"
        elif kind in {"control", *CONTROL_STEPS}:
            action: int | None = CONTROL_STEPS.get(kind)
            if action is None:
                action = count if count is not None else rng.choice([5, 6, 7, 0])
            m = pb.ControlMessage(
                common=common("WebcastControlMessage"),
                action=action,
                tips={3: "The LIVE has ended", 4: "This LIVE was suspended"}.get(action, ""),
            )
            method = "WebcastControlMessage"
        elif kind == "unknown":
            method = arg or rng.choice(["WebcastMysteryFutureMessage", "WebcastRankUpdateMessage"])
            m = pb.ChatMessage(common=common(method), content="from the future")
        else:  # Script.parse refuses unknown words; a Frame built by hand may not
            raise ScriptError(f"unknown step {kind!r}")
        return method, m.SerializeToString()
