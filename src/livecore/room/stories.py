"""Stories: the kinds of traffic that run over several messages, kept per room.

A gift streak (a streakable gift repeated, then ended), a battle between two
hosts (opened, scores moved by gifts, a result), a poll (started, votes,
ended), a goal (progress towards a target, then the next goal), and the
moderation of recent comments (a pin, a delete). Each step of a story is one
message; the state between steps lives here, so a script says ``battle`` and
the room decides whether that is the opening, a score or the result. Every
draw comes from the step's random source, in a fixed order: the same seed
gives the same story.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Final

from livecore.proto import pb
from livecore.protocol import Method
from livecore.room.steps import Built, Step

__all__ = ["STREAK_GIFTS", "Stories"]

#: Gifts that streak (``type`` 1): id, name, diamonds.
STREAK_GIFTS: Final = ((5655, "Rose", 1), (5827, "Ice Cream Cone", 1), (6064, "GG", 1))
#: What viewers send in a battle: id, name, diamonds.
_BATTLE_GIFTS: Final = (
    *STREAK_GIFTS,
    (5585, "Confetti", 100),
    (7934, "Heart Me", 1),
    (8913, "Rosa", 10),
    (6267, "Corgi", 299),
)
_HOSTS: Final = ("nova.live", "mika_plays", "dj_orbit", "luna.sings", "kai.cooks", "zed_gaming")
_POLLS: Final = (
    ("Next song?", ("Pop", "Rock", "Lo-fi")),
    ("Pineapple on pizza?", ("Yes", "No")),
    ("Which game next?", ("Chess", "Racing", "Puzzle", "Horror")),
)
_GOALS: Final = ("Roses for the new setup", "Road to 10K", "Dance challenge")


@dataclass(slots=True)
class _Streak:
    user: pb.User
    gift: tuple[int, str, int]
    group_id: int
    count: int = 0


@dataclass(slots=True)
class _Battle:
    battle_id: int
    hosts: tuple[tuple[int, str], tuple[int, str]]
    start_ms: int
    scores: dict[int, int] = field(default_factory=dict)
    updates: int = 0


@dataclass(slots=True)
class _Poll:
    poll_id: int
    title: str
    options: list[str]
    votes: list[int]
    updates: int = 0


@dataclass(slots=True)
class _Goal:
    goal_id: int
    description: str
    target: int
    progress: int = 0


class Stories:
    """The running stories of one room (see the module's docstring)."""

    def __init__(self) -> None:
        self.streak: _Streak | None = None
        self.battle: _Battle | None = None
        self.poll: _Poll | None = None
        self.goal: _Goal | None = None
        #: Recent comments, newest last: what a pin or a delete acts on.
        self.comments: deque[pb.WebcastChatMessage] = deque(maxlen=16)

    # ---- gift streaks ---------------------------------------------------------------

    def gift_streak(self, step: Step) -> Built:
        """Start a streak of a streakable gift, go on with it, or end it (``end``,
        or drawn once it has run a little)."""
        rng = step.rng
        streak = self.streak
        if streak is None:
            streak = self.streak = _Streak(
                step.user, rng.choice(STREAK_GIFTS), rng.randrange(10**12)
            )
        ending = step.arg == "end" or (streak.count >= 2 and rng.random() < 0.35)
        streak.count += rng.randint(0, 3) if ending else rng.randint(1, 5)
        streak.count = max(streak.count, 1)
        if ending:
            self.streak = None
        gift_id, name, diamonds = streak.gift
        return Method.GIFT, pb.WebcastGiftMessage(
            common=step.common(Method.GIFT, "pm_mt_gift_send"),
            gift_id=gift_id,
            repeat_count=streak.count,
            repeat_end=1 if ending else 0,
            group_id=streak.group_id,
            user=streak.user,
            gift=pb.Gift(id=gift_id, name=name, diamond_count=diamonds, type=1),
        )

    # ---- battles --------------------------------------------------------------------

    def battle_step(self, step: Step) -> Built:
        """Open a battle, move its scores, or end it with a result (drawn once
        gifts have moved the scores a few times)."""
        rng = step.rng
        battle = self.battle
        if battle is None or step.arg == "open":
            return self._open_battle(step)
        if step.arg == "end" or (
            step.arg != "score" and battle.updates >= 4 and rng.random() < 0.25
        ):
            return self._end_battle(step, battle)
        battle.updates += 1
        host = rng.choice(battle.hosts)[0]
        gift_id, _, diamonds = rng.choice(_BATTLE_GIFTS)
        repeat = rng.randint(1, 30)
        battle.scores[host] = battle.scores.get(host, 0) + diamonds * repeat
        armies = pb.WebcastLinkMicArmies(
            common=step.common(Method.LINK_MIC_ARMIES),
            battle_id=battle.battle_id,
            trigger_reason=pb.LINK_MIC_ARMIES_TRIGGER_REASON_SCORE_UPDATE,
            from_user_id=step.user.id,
            gift_id=gift_id,
            repeat_count=repeat,
            total_diamond_count=diamonds * repeat,
            battle_settings=self._settings(battle, pb.BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_STARTED),
        )
        for host_id, _ in battle.hosts:
            armies.armies[host_id].hostscore = battle.scores.get(host_id, 0)
            armies.armies[host_id].anchor_id_str = str(host_id)
        return Method.LINK_MIC_ARMIES, armies

    def _open_battle(self, step: Step) -> Built:
        rng = step.rng
        names = rng.sample(_HOSTS, 2)
        hosts = (
            (rng.randrange(10**15, 10**16), names[0]),
            (rng.randrange(10**15, 10**16), names[1]),
        )
        battle = self.battle = _Battle(rng.randrange(10**17, 10**18), hosts, step.at_ms)
        message = pb.WebcastLinkMicBattle(
            common=step.common(Method.LINK_MIC_BATTLE),
            battle_id=battle.battle_id,
            action=pb.LINK_MIC_BATTLE_BATTLE_ACTION_OPEN,
            battle_settings=self._settings(battle, pb.BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_STARTED),
        )
        self._hosts(message, battle)
        return Method.LINK_MIC_BATTLE, message

    def _end_battle(self, step: Step, battle: _Battle) -> Built:
        self.battle = None
        (a, _), (b, _) = battle.hosts
        score_a, score_b = battle.scores.get(a, 0), battle.scores.get(b, 0)
        message = pb.WebcastLinkMicBattle(
            common=step.common(Method.LINK_MIC_BATTLE),
            battle_id=battle.battle_id,
            action=pb.LINK_MIC_BATTLE_BATTLE_ACTION_FINISH,
            battle_settings=self._settings(
                battle, pb.BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_FINISHED
            ),
        )
        for host, mine, theirs in ((a, score_a, score_b), (b, score_b, score_a)):
            if mine == theirs:
                result = pb.BATTLE_RESULT_RESULT_DRAW
            else:
                result = (
                    pb.BATTLE_RESULT_RESULT_WIN if mine > theirs else pb.BATTLE_RESULT_RESULT_LOSE
                )
            entry = message.battle_result[host]
            entry.user_id, entry.score = host, mine
            entry.result = result
        self._hosts(message, battle)
        return Method.LINK_MIC_BATTLE, message

    @staticmethod
    def _settings(battle: _Battle, status: pb.BattleSettingsBattleStatus) -> pb.BattleSetting:
        return pb.BattleSetting(
            battle_id=battle.battle_id,
            start_time_ms=battle.start_ms,
            duration=300,
            status=status,
        )

    @staticmethod
    def _hosts(message: pb.WebcastLinkMicBattle, battle: _Battle) -> None:
        for host_id, handle in battle.hosts:
            info = message.anchors_info.add(key=host_id).value.user
            info.user_id, info.display_id, info.nick_name = host_id, handle, handle.title()
            army = message.armies.add(key=host_id).value
            army.hostscore = battle.scores.get(host_id, 0)

    # ---- polls ----------------------------------------------------------------------

    def poll_step(self, step: Step) -> Built:
        """Start a poll, count votes, or end it."""
        rng = step.rng
        poll = self.poll
        message = pb.WebcastPollMessage(common=step.common(Method.POLL))
        if poll is None or step.arg == "start":
            title, options = rng.choice(_POLLS)
            poll = self.poll = _Poll(
                rng.randrange(10**17, 10**18), title, list(options), [0] * len(options)
            )
            start = message.start_content
            start.title, start.start_time, start.end_time = title, step.at_ms, step.at_ms + 60_000
            option_list = start.option_list
        elif step.arg == "end" or (
            step.arg != "update" and poll.updates >= 2 and rng.random() < 0.4
        ):
            self.poll = None
            message.end_content.end_type = pb.POLL_END_TYPE_POLL_END_BY_TIME
            option_list = message.end_content.option_list
        else:
            poll.updates += 1
            for index in range(len(poll.votes)):
                poll.votes[index] += rng.randint(0, 12)
            option_list = message.update_votes_content.option_list
        message.poll_id = poll.poll_id
        message.poll_basic_info.title = poll.title
        message.poll_basic_info.poll_id_str = str(poll.poll_id)
        for index, (option, votes) in enumerate(zip(poll.options, poll.votes, strict=True)):
            option_list.add(option_idx=index, display_content=option, votes=votes)
        return Method.POLL, message

    # ---- goals ----------------------------------------------------------------------

    def goal_step(self, step: Step) -> Built:
        """A contribution moves the goal; a goal reached makes way for the next."""
        rng = step.rng
        goal = self.goal
        if goal is None or goal.progress >= goal.target:
            goal = self.goal = _Goal(
                rng.randrange(10**17, 10**18), rng.choice(_GOALS), rng.choice([100, 500, 1000])
            )
        given = step.count if step.count is not None else rng.randint(1, max(1, goal.target // 4))
        goal.progress += given
        message = pb.WebcastGoalUpdateMessage(
            common=step.common(Method.GOAL_UPDATE),
            contributor_id=step.user.id,
            contributor_display_id=step.user.display_id,
            contribute_count=given,
        )
        message.goal.id, message.goal.description = goal.goal_id, goal.description
        message.goal.sub_goals.add(id=goal.goal_id, progress=goal.progress, target=goal.target)
        return Method.GOAL_UPDATE, message

    # ---- moderation of recent comments ----------------------------------------------

    def noted(self, comment: pb.WebcastChatMessage) -> None:
        """Remember a comment the room sent, for a later pin or delete."""
        self.comments.append(comment)

    def pin(self, step: Step) -> Built:
        """The streamer pins the latest comment (or a fresh one, if none yet)."""
        comment = self.comments[-1] if self.comments else None
        message = pb.WebcastRoomPinMessage(
            common=step.common(Method.ROOM_PIN),
            method=Method.CHAT,
            pin_time=step.at_ms,
            action=pb.PIN_MESSAGE_ACTION_TYPE_PIN,
            display_duration=60,
        )
        if comment is not None:
            message.chat_message.CopyFrom(comment)
            message.pin_msg_id = comment.common.msg_id
        return Method.ROOM_PIN, message

    def delete(self, step: Step) -> Built:
        """A moderator deletes the oldest remembered comment, and its author's others."""
        message = pb.WebcastImDeleteMessage(common=step.common(Method.IM_DELETE))
        if self.comments:
            victim = self.comments.popleft()
            message.delete_msg_ids.append(victim.common.msg_id)
            message.delete_user_ids.append(victim.user.id)
        else:
            message.delete_msg_ids.append(step.rng.randrange(10**18))
        return Method.IM_DELETE, message
