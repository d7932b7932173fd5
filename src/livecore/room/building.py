"""Building messages: step keywords into encoded Webcast ``Message`` entries.

A room compiles its script once, and every message it will ever push is
built here, drawn from the room's seeded random source in a fixed order:
the same seed gives the same users, msg_ids, contents and bytes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from typing import Final, cast

from livecore.proto import pb
from livecore.protocol import (
    SHARE_USERS_JOINED,
    SUPERFAN_BOX_KEY,
    SUPERFAN_KEY,
    Method,
)
from livecore.room.anymethod import any_method
from livecore.room.script import CONTROL_STEPS, ScriptError
from livecore.room.steps import Built, Step
from livecore.room.stories import STREAK_GIFTS, Stories
from livecore.webcast import ControlAction

__all__ = ["MessageBuilder"]

_FIRST_MSG_ID: Final = 7_400_000_000_000_000_000

# Template keys as TikTok spells them, in camel case: the core matches them
# lower-cased, against livecore.protocol's SUPERFAN_KEY and SUPERFAN_JOINED_KEY.
_SUPERFAN_LEVEL_UP: Final = f"{SUPERFAN_KEY}_commentNotif_levelUp"
_SUPERFAN_JOINED: Final = f"{SUPERFAN_KEY}_commentNotif_superfanJoined"
_SUPERFAN_BOX_SENT: Final = f"{SUPERFAN_BOX_KEY}_sent"
_TIPS: Final[Mapping[int, str]] = {
    ControlAction.STREAM_ENDED: "The LIVE has ended",
    ControlAction.STREAM_SUSPENDED: "This LIVE was suspended",
}

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
#: What a ``gift`` step draws from: id, name, diamonds.
_GIFTS: Final = (*STREAK_GIFTS, (5585, "Confetti", 100))


class MessageBuilder:
    """Turns step keywords into encoded ``Message`` entries, deterministically from a seed."""

    def __init__(self, room_id: int, rng: random.Random) -> None:
        self.room_id = room_id
        self.rng = rng
        self.next_id = _FIRST_MSG_ID
        self.users = [self._user(i) for i in range(64)]
        self.stories = Stories()

    def _user(self, index: int) -> pb.User:
        """One of the pool's viewers, with the avatar URL lists real traffic carries."""
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
            avatar_thumb=pb.ImageModel(url_list=urls, uri=f"tos-useast5-avt-0068-tx/{token}"),
            display_id=handle,
            sec_uid="MS4wLjABAAAA"
            + "".join(rng.choices("abcdefghijklmnopqrstuvwxyzABCDEF_-", k=52)),
        )

    def message(self, kind: str, arg: str, at_ms: int) -> pb.Message:
        """The ``Message`` for one step (``kind``, ``arg``) of a frame sent at ``at_ms``."""
        rng = self.rng
        self.next_id += rng.randrange(1, 997)
        user = rng.choice(self.users)
        build = _BUILDERS.get(kind)
        if build is None:  # Script.parse refuses unknown words; a frame built by hand may not
            raise ScriptError(f"unknown step {kind!r}")
        step = Step(kind, arg, user, rng, self.room_id, self.next_id, at_ms, self.stories)
        method, payload = build(step)
        return pb.Message(
            method=method, payload=payload.SerializeToString(), msg_id=step.msg_id, msg_type=1
        )


def _comment(step: Step) -> Built:
    content = step.arg or step.rng.choice(_COMMENTS)
    message = pb.WebcastChatMessage(
        common=step.common(Method.CHAT), user=step.user, content=content
    )
    step.stories.noted(message)
    return Method.CHAT, message


def _like(step: Step) -> Built:
    rng = step.rng
    return Method.LIKE, pb.WebcastLikeMessage(
        common=step.common(Method.LIKE, "pm_mt_msg_viewer_like"),
        count=step.count if step.count is not None else rng.randint(1, 15),
        total=rng.randint(1_000, 90_000),
        user=step.user,
    )


def _join(step: Step) -> Built:
    return Method.MEMBER, pb.WebcastMemberMessage(
        common=step.common(Method.MEMBER, "live_room_enter_toast"),
        user=step.user,
        member_count=step.rng.randint(10, 5_000),
        action=pb.MEMBER_MESSAGE_ACTION_JOINED,
    )


def _gift(step: Step) -> Built:
    rng = step.rng
    gift_id, name, diamonds = rng.choice(_GIFTS)
    # A streakable gift's message here is its streak's end (gift_streak runs one).
    gift_type = 1 if (gift_id, name, diamonds) in STREAK_GIFTS else 2
    return Method.GIFT, pb.WebcastGiftMessage(
        common=step.common(Method.GIFT, "pm_mt_gift_send"),
        gift_id=gift_id,
        repeat_count=step.count if step.count is not None else rng.randint(1, 10),
        user=step.user,
        repeat_end=1,
        gift=pb.Gift(id=gift_id, diamond_count=diamonds, name=name, type=gift_type),
    )


def _follow(step: Step) -> Built:
    return Method.SOCIAL, pb.WebcastSocialMessage(
        common=step.common(Method.SOCIAL, "pm_main_follow_message_viewer_2"),
        user=step.user,
        share_type=0,
        action=1,
        follow_count=step.rng.randint(100, 90_000),
        share_count=0,
    )


def _share(step: Step) -> Built:
    """A share; its key says how many viewers joined through it, when it says."""
    rng = step.rng
    joined = step.count if step.count is not None else rng.choice([None, 1, 3, 12])
    key = "pm_mt_guidance_share" if joined is None else SHARE_USERS_JOINED.format(n=joined)
    return Method.SOCIAL, pb.WebcastSocialMessage(
        common=step.common(Method.SOCIAL, key),
        user=step.user,
        share_type=1,
        action=3,
        follow_count=rng.randint(100, 90_000),
        share_count=rng.randint(1, 50),
    )


def _viewers(step: Step) -> Built:
    total = step.count if step.count is not None else step.rng.randint(10, 5_000)
    return Method.ROOM_USER_SEQ, pb.WebcastRoomUserSeqMessage(
        common=step.common(Method.ROOM_USER_SEQ), total=total, total_user=total * 3
    )


def _barrage(step: Step) -> Built:
    """A barrage whose key sits in ``content``, ``common_barrage_content`` or
    both (drawn), since clients must look in either."""
    rng = step.rng
    text = pb.Text(key=_BARRAGE_KEYS[step.kind], default_pattern="{0:user} is a super fan")
    m = pb.WebcastBarrageMessage(
        common=step.common(Method.BARRAGE),
        content=text if rng.random() < 0.5 else None,
        common_barrage_content=None if rng.random() < 0.5 else text,
        user=step.user,
    )
    if not m.HasField("content") and not m.HasField("common_barrage_content"):
        m.content.CopyFrom(text)
    return Method.BARRAGE, m


def _envelope(step: Step) -> Built:
    """A treasure box, or with ``superfan_box`` a super fan box: by key and business type."""
    rng = step.rng
    box = step.kind == "superfan_box"
    return Method.ENVELOPE, pb.WebcastEnvelopeMessage(
        common=step.common(Method.ENVELOPE, _SUPERFAN_BOX_SENT if box else ""),
        envelope_info=pb.MessageRedEnvelopInfo(
            envelope_id=str(rng.randrange(10**18)),
            business_type=pb.ENVELOPE_BUSINESS_TYPE_SUPER_FAN_BOX
            if box
            else pb.ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_UNKNOWN,
            diamond_count=rng.choice([100, 500, 1000]),
            people_count=rng.randint(5, 50),
        ),
    )


def _control(step: Step) -> Built:
    """``control N``, or a lifecycle step (``pause``, ``end``, ...) as its action.

    Without N, an action with no lifecycle meaning is drawn.
    """
    action: int | None = CONTROL_STEPS.get(step.kind)
    if action is None:
        action = step.count if step.count is not None else step.rng.choice([5, 6, 7, 0])
    message = pb.WebcastControlMessage(
        common=step.common(Method.CONTROL), tips=_TIPS.get(action, "")
    )
    message.action = action  # type: ignore[assignment]  # any action, known to the schema or not
    return Method.CONTROL, message


def _unknown(step: Step) -> Built:
    """A method livecore has no event for, so a client must pass it on as unknown."""
    method = step.arg or step.rng.choice(_UNKNOWN_METHODS)
    return method, pb.WebcastChatMessage(common=step.common(method), content="from the future")


def _emote(step: Step) -> Built:
    """Emotes (the room's stickers) in the chat."""
    rng = step.rng
    message = pb.WebcastEmoteChatMessage(common=step.common(Method.EMOTE_CHAT), user=step.user)
    for _ in range(rng.randint(1, 3)):
        emote_id = str(rng.randrange(10**18, 10**19))
        url = f"https://p16-webcast.tiktokcdn.com/webcast-va/emote_{emote_id}.png"
        message.emote_list.add(emote_id=emote_id, image=pb.ImageModel(url_list=[url]))
    return Method.EMOTE_CHAT, message


def _question(step: Step) -> Built:
    """A viewer's question for the streamer (the Q&A panel)."""
    rng = step.rng
    return Method.QUESTION_NEW, pb.WebcastQuestionNewMessage(
        common=step.common(Method.QUESTION_NEW),
        data=pb.Question(
            question_id=rng.randrange(10**17, 10**18),
            content=step.arg or rng.choice(_QUESTIONS),
            create_time=step.at_ms // 1000,
            user=step.user,
        ),
    )


def _subscribe(step: Step) -> Built:
    """A subscription, or its renewal (``subscribe N``: the Nth month)."""
    months = step.count if step.count is not None else step.rng.choice([1, 1, 1, 2, 3, 6, 12])
    return Method.SUB_NOTIFY, pb.WebcastSubNotifyMessage(
        common=step.common(Method.SUB_NOTIFY, "ttlive_subscriber_notify"),
        user=step.user,
        sub_month=months,
        subscribe_type=cast("pb.SubscribeType", step.rng.choice([0, 1])),
    )


def _caption(step: Step) -> Built:
    """A line of the stream's live captions."""
    rng = step.rng
    message = pb.WebcastCaptionMessage(
        common=step.common(Method.CAPTION),
        timestamp_ms=step.at_ms,
        duration_ms=rng.randint(800, 4_000),
        sentence_id=rng.randrange(10**6),
        definite=True,
    )
    message.content.add(lang="en", content=step.arg or rng.choice(_CAPTIONS))
    return Method.CAPTION, message


def _rank(step: Step) -> Built:
    """The room moved in a ranking (hourly, weekly, ...)."""
    rng = step.rng
    message = pb.WebcastRankUpdateMessage(common=step.common(Method.RANK_UPDATE))
    message.updates.add(
        rank_type=cast("pb.ProfitRankType", rng.choice([0, 1, 8])), own_rank=rng.randint(1, 99)
    )
    return Method.RANK_UPDATE, message


_QUESTIONS: Final = ("what camera do you use?", "when is the next stream?", "how old is the cat?")
_CAPTIONS: Final = ("welcome everyone", "thanks for the roses", "let's go", "one more round")

_BARRAGE_KEYS: Final = {
    "superfan": _SUPERFAN_LEVEL_UP,
    "superfan_join": _SUPERFAN_JOINED,
    "barrage": "pm_mt_barrage_generic",
}
_UNKNOWN_METHODS: Final = ("WebcastMysteryFutureMessage", "WebcastHologramMessage")

_BUILDERS: Final[Mapping[str, Callable[[Step], Built]]] = {
    "comment": _comment,
    "like": _like,
    "join": _join,
    "gift": _gift,
    "follow": _follow,
    "share": _share,
    "viewers": _viewers,
    "superfan": _barrage,
    "superfan_join": _barrage,
    "barrage": _barrage,
    "superfan_box": _envelope,
    "envelope": _envelope,
    "control": _control,
    **dict.fromkeys(CONTROL_STEPS, _control),
    "unknown": _unknown,
    "emote": _emote,
    "question": _question,
    "subscribe": _subscribe,
    "caption": _caption,
    "rank": _rank,
    "gift_streak": lambda step: step.stories.gift_streak(step),
    "battle": lambda step: step.stories.battle_step(step),
    "poll": lambda step: step.stories.poll_step(step),
    "goal": lambda step: step.stories.goal_step(step),
    "pin": lambda step: step.stories.pin(step),
    "delete": lambda step: step.stories.delete(step),
    "method": any_method,
}
"""Step keyword to the builder of its message: every message step of a script."""
