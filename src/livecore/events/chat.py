"""Chat: what viewers and the streamer write, and how the room highlights it.

Comments, emotes, banners (and the super-fan banners derived from them),
questions, pins, captions, speakers, and moderation's deletes.
"""

from __future__ import annotations

from typing import ClassVar

from livecore import webcast as w
from livecore.events.message import MessageEvent, UserMessageEvent
from livecore.proto import pb
from livecore.views import text

__all__ = [
    "BarrageEvent",
    "CaptionEvent",
    "CommentEvent",
    "EmoteChatEvent",
    "ImDeleteEvent",
    "QuestionNewEvent",
    "RoomPinEvent",
    "SpeakerEvent",
    "SuperFanEvent",
    "SuperFanJoinEvent",
]


class CommentEvent(UserMessageEvent[pb.WebcastChatMessage], w.WebcastChatMessageFields):
    """A chat comment (``WebcastChatMessage``): ``content`` by ``user``; ``emotes``
    placed in it, ``at_user`` and ``mention_users`` it names."""

    __slots__ = ()
    protobuf_type = pb.WebcastChatMessage
    json_fields = ("content", "user_id", "unique_id")

    @property
    def comment(self) -> str:
        """TikTokLive's name for ``content``."""
        return self.content


class EmoteChatEvent(UserMessageEvent[pb.WebcastEmoteChatMessage], w.WebcastEmoteChatMessageFields):
    """A viewer sent emotes (the room's stickers) in the chat (``WebcastEmoteChatMessage``):
    ``emote_list``, each with its id and image."""

    __slots__ = ()
    protobuf_type = pb.WebcastEmoteChatMessage


class BarrageEvent(UserMessageEvent[pb.WebcastBarrageMessage], w.WebcastBarrageMessageFields):
    """A room banner (``WebcastBarrageMessage``): a level-up, a subscription gift,
    an entrance; super-fan banners are the subclasses. ``msg_type`` says which."""

    __slots__ = ()
    protobuf_type = pb.WebcastBarrageMessage
    json_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def content_key(self) -> str:
        """``content.key``: the banner's template key."""
        return text(self._pb.content.key)

    @property
    def common_barrage_key(self) -> str:
        """``common_barrage_content.key``."""
        return text(self._pb.common_barrage_content.key)


class SuperFanEvent(BarrageEvent):
    """A super-fan banner: a template key contains ``ttlive_superfan``."""

    __slots__ = ()
    json_fields = ("user_id",)


class SuperFanJoinEvent(BarrageEvent):
    """A super fan joined the room: a template key contains
    ``ttlive_superfan_commentnotif_superfanjoined`` (becoming a super fan is
    ``SuperFanEvent``)."""

    __slots__ = ()
    json_fields = ("user_id",)


class ImDeleteEvent(MessageEvent[pb.WebcastImDeleteMessage], w.WebcastImDeleteMessageFields):
    """Moderation removed chat (``WebcastImDeleteMessage``): the messages with the
    msg_ids in ``delete_msg_ids``, and everything from the users in ``delete_user_ids``."""

    __slots__ = ()
    protobuf_type = pb.WebcastImDeleteMessage


class CaptionEvent(MessageEvent[pb.WebcastCaptionMessage], w.WebcastCaptionMessageFields):
    """Live captions (``WebcastCaptionMessage``): what is said on stream, as text,
    with its ``timestamp_ms`` and ``duration_ms``."""

    __slots__ = ()
    protobuf_type = pb.WebcastCaptionMessage


class QuestionNewEvent(
    MessageEvent[pb.WebcastQuestionNewMessage], w.WebcastQuestionNewMessageFields
):
    """A viewer asked a question for the streamer's Q&A (``WebcastQuestionNewMessage``):
    ``data`` holds the question, its text and who asked it."""

    __slots__ = ()
    protobuf_type = pb.WebcastQuestionNewMessage


class RoomPinEvent(MessageEvent[pb.WebcastRoomPinMessage], w.WebcastRoomPinMessageFields):
    """A message was pinned in the room, or unpinned (``WebcastRoomPinMessage``):
    the pinned message is in ``chat_message`` (or ``social_message``,
    ``gift_message``, ``member_message``, ``like_message``), pinned for
    ``display_duration`` by ``operator``.

    The schema's ``method`` field (the pinned message's method) reads as
    ``event.fields.method``: ``event.method`` is this message's own, as on
    every event."""

    __slots__ = ()
    protobuf_type = pb.WebcastRoomPinMessage


class SpeakerEvent(MessageEvent[pb.WebcastSpeakerMessage], w.WebcastSpeakerMessageFields):
    """Who is speaking in a multi-guest room (``WebcastSpeakerMessage``; its fields
    are not known: ``raw`` keeps the payload)."""

    __slots__ = ()
    protobuf_type = pb.WebcastSpeakerMessage
