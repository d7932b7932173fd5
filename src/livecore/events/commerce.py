"""Shopping and partnerships: products popping up, flash sales, vouchers,
partnership drops, games and penalties."""

from __future__ import annotations

from livecore import webcast as w
from livecore.events.message import MessageEvent
from livecore.proto import pb

__all__ = [
    "OecLiveShoppingEvent",
    "PartnershipDropsUpdateEvent",
    "PartnershipGameOfflineEvent",
    "PartnershipPunishEvent",
]


class OecLiveShoppingEvent(
    MessageEvent[pb.WebcastOecLiveShoppingMessage], w.WebcastOecLiveShoppingMessageFields
):
    """Live shopping (``WebcastOecLiveShoppingMessage``): a product popped up
    (``pop_product``), a flash sale, a billboard or a voucher; ``action_type``
    says which."""

    __slots__ = ()
    protobuf_type = pb.WebcastOecLiveShoppingMessage


class PartnershipDropsUpdateEvent(
    MessageEvent[pb.WebcastPartnershipDropsUpdateMessage],
    w.WebcastPartnershipDropsUpdateMessageFields,
):
    """A partnership's drops (rewards for watching) changed
    (``WebcastPartnershipDropsUpdateMessage``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastPartnershipDropsUpdateMessage


class PartnershipGameOfflineEvent(
    MessageEvent[pb.WebcastPartnershipGameOfflineMessage],
    w.WebcastPartnershipGameOfflineMessageFields,
):
    """Partnership games went offline (``WebcastPartnershipGameOfflineMessage``):
    ``offline_game_list``."""

    __slots__ = ()
    protobuf_type = pb.WebcastPartnershipGameOfflineMessage


class PartnershipPunishEvent(
    MessageEvent[pb.WebcastPartnershipPunishMessage], w.WebcastPartnershipPunishMessageFields
):
    """A partnership penalty (``WebcastPartnershipPunishMessage``): ``punish_info``."""

    __slots__ = ()
    protobuf_type = pb.WebcastPartnershipPunishMessage
