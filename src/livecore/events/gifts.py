"""Gifts: gifts and their streaks, treasure boxes, and the gift panel.

A streakable gift (the gift's ``type`` is 1) arrives as a run of messages
while the viewer keeps tapping: ``repeat_count`` 1, 2, 3... with
``repeat_end`` 0, then one more with ``repeat_end`` 1 and the final count.
Counting every message counts the streak many times (the peers' most
reported gift bug); :attr:`GiftEvent.value` is None until the streak ends,
then the whole streak's worth, so summing it counts each gift once.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from livecore import webcast as w
from livecore.events.message import MessageEvent, UserMessageEvent
from livecore.proto import pb
from livecore.views import text

__all__ = [
    "BoostCardEvent",
    "CatalogueGift",
    "EnvelopeEvent",
    "GiftBroadcastEvent",
    "GiftDynamicRestrictionEvent",
    "GiftEvent",
    "GiftLookup",
    "GiftPanelUpdateEvent",
    "GiftPromptEvent",
    "SuperFanBoxEvent",
]

#: ``Gift.type`` of a gift that can be sent in a streak (a combo).
STREAKABLE_GIFT_TYPE = 1


class CatalogueGift(Protocol):
    """What a catalogue knows of one gift (``livecore.web.Gift`` is one)."""

    @property
    def name(self) -> str: ...
    @property
    def diamond_count(self) -> int: ...


class GiftLookup(Protocol):
    """A gift catalogue: gifts by id (``livecore.web.GiftCatalogue`` is one,
    from ``livecore gifts`` or ``await provider.gifts()``)."""

    def lookup(self, gift_id: int) -> CatalogueGift | None: ...


class GiftEvent(UserMessageEvent[pb.WebcastGiftMessage], w.WebcastGiftMessageFields):
    """A gift (``WebcastGiftMessage``): ``gift`` (its ``name``, ``diamond_count``,
    ``type``, images) from ``user`` to ``to_user``, ``repeat_count`` times.

    ``repeat_end`` is True on the last message of a streak (the schema's int
    reads as ``event.fields.repeat_end``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastGiftMessage
    json_fields = ("gift_id", "repeat_count", "user_id")

    @property
    def repeat_end(self) -> bool:  # type: ignore[override]  # the convenience wins (docstring)
        """True on the message that ends a streak."""
        return self._pb.repeat_end == 1

    @property
    def streakable(self) -> bool:
        """The gift can be sent in a streak (``gift.type`` is 1): it arrives as
        a run of messages, the last with ``repeat_end``."""
        return self._pb.gift.type == STREAKABLE_GIFT_TYPE

    @property
    def streaking(self) -> bool:
        """A streak in progress: more messages of it will follow. Wait for the
        one with ``repeat_end`` to count it."""
        return self.streakable and self._pb.repeat_end != 1

    @property
    def value(self) -> int | None:
        """What the gift is worth in diamonds (``gift.diamond_count`` x
        ``repeat_count``); None while :attr:`streaking`, so that a sum over
        events counts each streak once, at its end."""
        if self.streaking:
            return None
        return self._pb.gift.diamond_count * self._pb.repeat_count

    @property
    def gift_name(self) -> str:
        """The gift's name as the message gives it (``gift.name``; may be empty:
        :meth:`name_in` asks a catalogue then)."""
        return text(self._pb.gift.name)

    def name_in(self, catalogue: GiftLookup) -> str:
        """The gift's name: the message's own, else the catalogue's for
        ``gift_id``, else ``""``."""
        own = self.gift_name
        if own:
            return own
        known = self._catalogued(catalogue)
        return known.name if known is not None else ""

    def value_in(self, catalogue: GiftLookup) -> int | None:
        """:attr:`value`, with the catalogue's diamond cost when the message
        carries none; None while streaking, as :attr:`value`."""
        if self.streaking:
            return None
        diamonds = self._pb.gift.diamond_count
        if not diamonds:
            known = self._catalogued(catalogue)
            diamonds = known.diamond_count if known is not None else 0
        return diamonds * self._pb.repeat_count

    def _catalogued(self, catalogue: GiftLookup) -> CatalogueGift | None:
        """The catalogue's entry for ``gift_id`` (else ``gift.id``), if any."""
        return catalogue.lookup(self._pb.gift_id or self._pb.gift.id)


class GiftBroadcastEvent(
    MessageEvent[pb.WebcastGiftBroadcastMessage], w.WebcastGiftBroadcastMessageFields
):
    """A gift big enough to be announced beyond its room (``WebcastGiftBroadcastMessage``):
    who sent it (``from_user_id``) and the announcement (``notify``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastGiftBroadcastMessage


class GiftDynamicRestrictionEvent(
    MessageEvent[pb.WebcastGiftDynamicRestrictionMessage],
    w.WebcastGiftDynamicRestrictionMessageFields,
):
    """Which gifts may be sent changed (``WebcastGiftDynamicRestrictionMessage``):
    ``dynamic_restriction`` by scene and by receiver."""

    __slots__ = ()
    protobuf_type = pb.WebcastGiftDynamicRestrictionMessage


class GiftPanelUpdateEvent(  # type: ignore[override]  # room_id: the convenience wins
    MessageEvent[pb.WebcastGiftPanelUpdateMessage], w.WebcastGiftPanelUpdateMessageFields
):
    """The gift panel changed (``WebcastGiftPanelUpdateMessage``): gift gallery
    progress, goal progress, room-based gifts.

    ``room_id`` is the room of the message's ``common``, as on every event;
    the schema's own ``room_id`` field reads as ``event.fields.room_id``."""

    __slots__ = ()
    protobuf_type = pb.WebcastGiftPanelUpdateMessage


class GiftPromptEvent(MessageEvent[pb.WebcastGiftPromptMessage], w.WebcastGiftPromptMessageFields):
    """A prompt about gifting (``WebcastGiftPromptMessage``): ``title`` and ``body``,
    such as a reminder about how much a viewer spends."""

    __slots__ = ()
    protobuf_type = pb.WebcastGiftPromptMessage


class BoostCardEvent(MessageEvent[pb.WebcastBoostCardMessage], w.WebcastBoostCardMessageFields):
    """Boost cards shown in the room (``WebcastBoostCardMessage``): ``cards``, each a
    promotion task."""

    __slots__ = ()
    protobuf_type = pb.WebcastBoostCardMessage


class EnvelopeEvent(MessageEvent[pb.WebcastEnvelopeMessage], w.WebcastEnvelopeMessageFields):
    """A treasure box (``WebcastEnvelopeMessage``): ``envelope_info`` says who sent
    it, its diamonds and how many viewers may open it."""

    __slots__ = ()
    protobuf_type = pb.WebcastEnvelopeMessage
    json_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def envelope_id(self) -> str:
        return text(self._pb.envelope_info.envelope_id)

    @property
    def business_type(self) -> w.EnvelopeBusinessType | int:
        return self.envelope_info.business_type

    @property
    def diamond_count(self) -> int:
        return self._pb.envelope_info.diamond_count

    @property
    def people_count(self) -> int:
        return self._pb.envelope_info.people_count


class SuperFanBoxEvent(EnvelopeEvent):
    """A super-fan box: the display key contains ``ttlive_superfanbox``, or
    ``envelope_info.business_type`` is 19."""

    __slots__ = ()
