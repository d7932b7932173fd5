"""Co-hosting and battles (link-mic): hosts linking their rooms, battles with
their scores, teams, armies, item cards and tasks, and the result.

A battle, as the room sees it: ``LinkMicBattleEvent`` with ``action`` OPEN
and ``battle_settings.status`` started (the hosts in ``anchors_info``), then
``LinkMicArmiesEvent`` after gifts move the scores (``host_scores``), then
``LinkMicBattleEvent`` with ``action`` FINISH and the result per host in
``battle_result`` (:attr:`LinkMicBattleEvent.winners`), then the punishment
phase (``LinkMicBattlePunishFinishEvent``).
"""

from __future__ import annotations

from livecore import webcast as w
from livecore.events.message import MessageEvent
from livecore.proto import pb

__all__ = [
    "LinkEvent",
    "LinkLayerEvent",
    "LinkMicArmiesEvent",
    "LinkMicBattleEvent",
    "LinkMicBattleItemCardEvent",
    "LinkMicBattlePunishFinishEvent",
    "LinkMicFanTicketMethodEvent",
    "LinkMicLayoutStateEvent",
    "LinkMicMethodEvent",
    "LinkStateEvent",
    "LinkmicBattleTaskEvent",
]


class LinkMicBattleEvent(MessageEvent[pb.WebcastLinkMicBattle], w.WebcastLinkMicBattleFields):
    """A battle between hosts (``WebcastLinkMicBattle``): invited, opened, finished
    (``action``), its ``battle_settings`` (status, start, duration), the hosts
    (``anchors_info``) and, once over, the result per host (``battle_result``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkMicBattle
    json_fields = ("battle_id", "action", "status")

    @property
    def status(self) -> w.BattleSettingsBattleStatus | int:
        """``battle_settings.status``: not started, started, finished, punishing..."""
        return self.battle_settings.status

    @property
    def hosts(self) -> dict[int, w.BattleBaseUserInfo]:
        """The hosts in the battle, by user id: nickname (``nick_name``),
        @handle (``display_id``), avatar."""
        return {entry.key: entry.value.user for entry in self.anchors_info}

    @property
    def host_scores(self) -> dict[int, int]:
        """Each host's score, by user id, as far as the message says: the
        results' scores, else the armies' host scores."""
        results = self.battle_result
        if results:
            return {user_id: result.score for user_id, result in results.items()}
        return {entry.key: entry.value.hostscore for entry in self.armies}

    @property
    def team_scores(self) -> dict[int, int]:
        """Each team's total score, by team id (team battles)."""
        return {team.team_id: team.total_score for team in self.team_battle_result}

    @property
    def finished(self) -> bool:
        """The battle is over: ``action`` is FINISH, or the status is finished or later."""
        action = self.action
        status = self.status
        return action == w.LinkMicBattleBattleAction.FINISH or (
            status >= w.BattleSettingsBattleStatus.BATTLE_FINISHED
        )

    @property
    def winners(self) -> tuple[int, ...]:
        """The user ids whose result is a win, once :attr:`finished` (empty before:
        a result is only a result at the end; a draw has no winner)."""
        if not self.finished:
            return ()
        return tuple(
            user_id
            for user_id, result in self.battle_result.items()
            if result.result == w.BattleResultResult.WIN
        )


class LinkMicArmiesEvent(MessageEvent[pb.WebcastLinkMicArmies], w.WebcastLinkMicArmiesFields):
    """Battle scores moved (``WebcastLinkMicArmies``): each host's score and the
    viewers behind it (``armies``), teams (``team_armies``), and the gift that
    moved them (``gift_id``, ``repeat_count``, ``total_diamond_count``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkMicArmies
    json_fields = ("battle_id", "trigger_reason", "host_scores")

    @property
    def host_scores(self) -> dict[int, int]:
        """Each host's score, by host user id (``armies[id].hostscore``)."""
        return {host: army.hostscore for host, army in self.armies.items()}

    @property
    def team_scores(self) -> dict[int, int]:
        """Each team's total score, by team id."""
        return {team.team_id: team.team_total_score for team in self.team_armies}


class LinkMicBattleItemCardEvent(
    MessageEvent[pb.WebcastLinkMicBattleItemCard], w.WebcastLinkMicBattleItemCardFields
):
    """A battle item card was offered, won or used (``WebcastLinkMicBattleItemCard``):
    ``msg_type`` says which card, and its content field says what it did."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkMicBattleItemCard


class LinkMicBattlePunishFinishEvent(
    MessageEvent[pb.WebcastLinkMicBattlePunishFinish], w.WebcastLinkMicBattlePunishFinishFields
):
    """The punishment phase after a battle ended (``WebcastLinkMicBattlePunishFinish``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkMicBattlePunishFinish


class LinkmicBattleTaskEvent(
    MessageEvent[pb.WebcastLinkmicBattleTaskMessage], w.WebcastLinkmicBattleTaskMessageFields
):
    """A task inside a battle (``WebcastLinkmicBattleTaskMessage``): started, updated,
    settled, rewarded (``task_message_type``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkmicBattleTaskMessage


class LinkMicFanTicketMethodEvent(
    MessageEvent[pb.WebcastLinkMicFanTicketMethod], w.WebcastLinkMicFanTicketMethodFields
):
    """Fan tickets (the hosts' counts during a link) changed
    (``WebcastLinkMicFanTicketMethod``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkMicFanTicketMethod


class LinkMicMethodEvent(MessageEvent[pb.WebcastLinkMicMethod], w.WebcastLinkMicMethodFields):
    """A link-mic control message (``WebcastLinkMicMethod``): ``message_type`` says
    what (invite, answer, scores...), between ``user_id`` and ``to_user_id``."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkMicMethod


class LinkMicLayoutStateEvent(
    MessageEvent[pb.WebcastLinkMicLayoutStateMessage], w.WebcastLinkMicLayoutStateMessageFields
):
    """The layout of a link changed (``WebcastLinkMicLayoutStateMessage``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkMicLayoutStateMessage


class LinkEvent(MessageEvent[pb.WebcastLinkMessage], w.WebcastLinkMessageFields):
    """A co-host link signal (``WebcastLinkMessage``): invites, replies, joins,
    leaves, kicks between hosts; ``message_type`` says which content is set."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkMessage


class LinkLayerEvent(MessageEvent[pb.WebcastLinkLayerMessage], w.WebcastLinkLayerMessageFields):
    """Multi-guest and co-host layer changes (``WebcastLinkLayerMessage``): invites,
    applications, joins, leaves; ``message_type`` says which."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkLayerMessage


class LinkStateEvent(MessageEvent[pb.WebcastLinkStateMessage], w.WebcastLinkStateMessageFields):
    """Who is on screen in a link and in what state (``WebcastLinkStateMessage``):
    ``user_states``, layout, muted channels."""

    __slots__ = ()
    protobuf_type = pb.WebcastLinkStateMessage
