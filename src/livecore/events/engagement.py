"""Engagement: polls and their votes, goals and their progress, subscriptions,
rankings, viewer picks.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from livecore import webcast as w
from livecore.events.message import MessageEvent, UserMessageEvent
from livecore.proto import pb
from livecore.views import text

__all__ = [
    "GameRankNotifyEvent",
    "GoalUpdateEvent",
    "HourlyRankRewardEvent",
    "PollEvent",
    "PollOption",
    "RankTextEvent",
    "RankUpdateEvent",
    "SubNotifyEvent",
    "SubPinEventEvent",
    "ViewerPicksUpdateEvent",
]


class PollOption(NamedTuple):
    """One option of a poll: its index, what it says, its votes so far."""

    option_idx: int
    text: str
    votes: int


PollPhase = Literal["start", "update", "end", "unknown"]


class PollEvent(MessageEvent[pb.WebcastPollMessage], w.WebcastPollMessageFields):
    """A poll (``WebcastPollMessage``): it started (``start_content``: title,
    options, times), its votes changed (``update_votes_content``), or it ended
    (``end_content``: how, and the final votes). ``poll_id`` ties them together."""

    __slots__ = ()
    protobuf_type = pb.WebcastPollMessage
    json_fields = ("poll_id", "phase", "title")

    @property
    def phase(self) -> PollPhase:
        """Which part of the poll this message is: ``"start"``, ``"update"``,
        ``"end"``, by the content it carries (the end wins if several)."""
        parsed = self._pb
        if parsed.HasField("end_content"):
            return "end"
        if parsed.HasField("update_votes_content"):
            return "update"
        if parsed.HasField("start_content"):
            return "start"
        return "unknown"

    @property
    def title(self) -> str:
        """The poll's question: ``start_content.title``, else ``poll_basic_info.title``."""
        parsed = self._pb
        return text(parsed.start_content.title or parsed.poll_basic_info.title)

    @property
    def options(self) -> tuple[PollOption, ...]:
        """The options with their votes, from the content of this :attr:`phase`."""
        parsed = self._pb
        phase = self.phase
        if phase == "end":
            options = parsed.end_content.option_list
        elif phase == "update":
            options = parsed.update_votes_content.option_list
        elif phase == "start":
            options = parsed.start_content.option_list
        else:
            return ()
        return tuple(
            PollOption(option.option_idx, text(option.display_content), option.votes)
            for option in options
        )


class GoalUpdateEvent(MessageEvent[pb.WebcastGoalUpdateMessage], w.WebcastGoalUpdateMessageFields):
    """The stream's goal moved (``WebcastGoalUpdateMessage``): ``goal`` with its
    ``sub_goals`` (each ``progress`` of ``target``), and who contributed
    (``contributor_display_id``, ``contribute_count``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastGoalUpdateMessage
    json_fields = ("contributor_id", "contribute_count", "progress", "target")

    @property
    def progress(self) -> int:
        """The goal's progress: the sum of its sub-goals' ``progress``."""
        return sum(sub.progress for sub in self._pb.goal.sub_goals)

    @property
    def target(self) -> int:
        """What the goal needs: the sum of its sub-goals' ``target``."""
        return sum(sub.target for sub in self._pb.goal.sub_goals)

    @property
    def completion(self) -> float | None:
        """``progress / target`` (may pass 1), or None for a goal without a target."""
        target = self.target
        return self.progress / target if target else None


class SubNotifyEvent(UserMessageEvent[pb.WebcastSubNotifyMessage], w.WebcastSubNotifyMessageFields):
    """A viewer subscribed to the streamer, or renewed (``WebcastSubNotifyMessage``):
    ``user``, for ``sub_month`` months, ``subscribe_type`` once or auto-renewing."""

    __slots__ = ()
    protobuf_type = pb.WebcastSubNotifyMessage


class SubPinEventEvent(
    MessageEvent[pb.WebcastSubPinEventMessage], w.WebcastSubPinEventMessageFields
):
    """A subscribers' card was pinned or unpinned (``WebcastSubPinEventMessage``):
    ``action_type``, the ``card``, by ``operator_user_id``."""

    __slots__ = ()
    protobuf_type = pb.WebcastSubPinEventMessage


class RankTextEvent(MessageEvent[pb.WebcastRankTextMessage], w.WebcastRankTextMessageFields):
    """A ranking notice in the room (``WebcastRankTextMessage``): the room's place
    before and after (``owner_idx_before_update``, ``owner_idx_after_update``)."""

    __slots__ = ()
    protobuf_type = pb.WebcastRankTextMessage


class RankUpdateEvent(MessageEvent[pb.WebcastRankUpdateMessage], w.WebcastRankUpdateMessageFields):
    """Rankings changed (``WebcastRankUpdateMessage``): ``updates``, one per rank list."""

    __slots__ = ()
    protobuf_type = pb.WebcastRankUpdateMessage


class HourlyRankRewardEvent(
    MessageEvent[pb.WebcastHourlyRankRewardMessage], w.WebcastHourlyRankRewardMessageFields
):
    """The hourly ranking's rewards (``WebcastHourlyRankRewardMessage``): ``winners``."""

    __slots__ = ()
    protobuf_type = pb.WebcastHourlyRankRewardMessage


class GameRankNotifyEvent(
    MessageEvent[pb.WebcastGameRankNotifyMessage], w.WebcastGameRankNotifyMessageFields
):
    """A game ranking notice (``WebcastGameRankNotifyMessage``): ``notify_text``."""

    __slots__ = ()
    protobuf_type = pb.WebcastGameRankNotifyMessage


class ViewerPicksUpdateEvent(
    MessageEvent[pb.WebcastViewerPicksUpdateMessage], w.WebcastViewerPicksUpdateMessageFields
):
    """Viewer picks (viewers choose what the streamer does next) changed
    (``WebcastViewerPicksUpdateMessage``): ``update_type`` and ``info``."""

    __slots__ = ()
    protobuf_type = pb.WebcastViewerPicksUpdateMessage
