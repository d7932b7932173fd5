"""Scenarios, one per family, as a room plays them: the messages TikTok sends in
order, framed as TikTok frames them, through a real Connection, and what a
handler reads from the events. Each test is a story a user's code must get
right: a gift streak counted once, a battle from start to result, a poll from
start to end, a deleted comment removed, a goal's progress, a user's roles.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from typing import Any

from google.protobuf.message import Message as PbMessage
from hypothesis import given, settings
from hypothesis import strategies as st

from livecore import Connection
from livecore.events import (
    CommentEvent,
    DisconnectEvent,
    GiftEvent,
    GoalUpdateEvent,
    ImDeleteEvent,
    LinkMicArmiesEvent,
    LinkMicBattleEvent,
    MessageEvent,
    PollEvent,
    PollOption,
)
from livecore.frames import encode_msg_frame
from livecore.proto import pb
from livecore.testing import Open, Receive, ReceiveFirstPayload, drive
from livecore.testing.wire import message_of
from livecore.webcast import (
    BattleResultResult,
    BattleSettingsBattleStatus,
    LinkMicBattleBattleAction,
)

FIRST = pb.FetchResult(is_first=True, cursor="c0", push_server="wss://webcast.example/ws/")
ROOM_ID = 7_300_000_000_000_000_001
HOST_A, HOST_B = 6_800_000_000_000_000_001, 6_800_000_000_000_000_002


def play(*payloads: PbMessage, per_frame: int = 2) -> list[MessageEvent[Any]]:
    """The messages in order, ``per_frame`` to a ``msg`` frame, through a
    session that opens, receives them and ends: the message events it gives."""
    batch = [message_of(p, msg_id=1000 + i) for i, p in enumerate(payloads)]
    steps: list[Any] = [ReceiveFirstPayload(FIRST.SerializeToString()), Open()]
    for at in range(0, len(batch), per_frame):
        result = pb.FetchResult(messages=batch[at : at + per_frame], cursor=f"c{at}")
        steps.append(Receive(encode_msg_frame(result, seq_id=at, log_id=at)))
    events = drive(Connection(rng=random.Random(0)), steps)
    assert isinstance(events[-1], DisconnectEvent)
    return [e for e in events if isinstance(e, MessageEvent)]


def common(method: str) -> pb.CommonMessageData:
    return pb.CommonMessageData(method=method, room_id=ROOM_ID, create_time=1_764_000_000_000)


def user(uid: int, handle: str, **fields: Any) -> pb.User:
    return pb.User(id=uid, display_id=handle, nickname=handle.title(), **fields)


# ---- gifts: a streak counted once ------------------------------------------------------------

ROSE = pb.Gift(id=5655, name="Rose", type=1, diamond_count=1)
LION = pb.Gift(id=6369, name="Lion", type=2, diamond_count=29_999)
FAN = user(11, "fan")


def gift(
    g: pb.Gift, repeat_count: int, repeat_end: int, sender: pb.User = FAN
) -> pb.WebcastGiftMessage:
    return pb.WebcastGiftMessage(
        common=common("WebcastGiftMessage"),
        gift_id=g.id,
        gift=g,
        user=sender,
        repeat_count=repeat_count,
        repeat_end=repeat_end,
    )


def streak(g: pb.Gift, taps: int) -> list[pb.WebcastGiftMessage]:
    """What TikTok sends while a viewer taps a streakable gift ``taps`` times:
    counts 1..taps with repeat_end 0, then the final count with repeat_end 1."""
    return [gift(g, n, 0) for n in range(1, taps + 1)] + [gift(g, taps, 1)]


def diamonds(events: Sequence[MessageEvent[Any]]) -> int:
    """A handler's total: each gift's value once, streaks at their end."""
    return sum(e.value or 0 for e in events if isinstance(e, GiftEvent))


def test_a_gift_streak_is_counted_once_at_its_end() -> None:
    events = play(*streak(ROSE, 5))
    gifts = [e for e in events if isinstance(e, GiftEvent)]
    assert [e.repeat_count for e in gifts] == [1, 2, 3, 4, 5, 5]
    assert all(e.streakable for e in gifts)
    assert [e.streaking for e in gifts] == [True] * 5 + [False]
    assert [e.value for e in gifts] == [None] * 5 + [5]  # diamond_count 1 x 5
    assert [e.repeat_end for e in gifts] == [False] * 5 + [True]
    assert diamonds(events) == 5  # not 1+2+3+4+5+5
    assert {(e.gift_name, e.user.unique_id) for e in gifts} == {("Rose", "fan")}


def test_a_streak_replayed_after_a_resume_is_still_counted_once() -> None:
    sent = streak(ROSE, 3)
    batch = [message_of(p, msg_id=2000 + i) for i, p in enumerate(sent)]
    replay = [message_of(p, 2002 + i, is_history=True) for i, p in enumerate(sent[-2:])]
    steps: list[Any] = [ReceiveFirstPayload(FIRST.SerializeToString()), Open()]
    for frame in (batch[:2], batch[2:], replay):  # the server replays what it sent last
        steps.append(Receive(encode_msg_frame(pb.FetchResult(messages=frame))))
    events = drive(Connection(rng=random.Random(0)), steps)
    gifts = [e for e in events if isinstance(e, GiftEvent)]
    assert [e.msg_id for e in gifts] == [2000, 2001, 2002, 2003]  # the replay is dropped
    assert diamonds(gifts) == 3


def test_a_gift_that_cannot_streak_counts_at_once() -> None:
    [lion] = play(gift(LION, 1, 0))
    assert isinstance(lion, GiftEvent)
    assert not lion.streakable and not lion.streaking
    assert lion.value == 29_999  # no repeat_end needed: it is the whole gift


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 30), st.integers(1, 99), st.booleans()), min_size=1, max_size=5
    )
)
def test_any_mix_of_streaks_and_single_gifts_sums_to_what_was_sent(
    sent: list[tuple[int, int, bool]],
) -> None:
    payloads: list[PbMessage] = []
    for taps, price, streakable in sent:
        g = pb.Gift(id=price, diamond_count=price, type=1 if streakable else 2)
        payloads += streak(g, taps) if streakable else [gift(g, taps, 0)]
    expected = sum(taps * price for taps, price, _ in sent)
    assert diamonds(play(*payloads, per_frame=3)) == expected


# ---- battles: from the start to the result ----------------------------------------------------


def battle(
    action: LinkMicBattleBattleAction,
    status: BattleSettingsBattleStatus,
    results: dict[int, tuple[BattleResultResult, int]] | None = None,
) -> pb.WebcastLinkMicBattle:
    message = pb.WebcastLinkMicBattle(
        common=common("WebcastLinkMicBattle"),
        battle_id=77,
        action=action.value,
        battle_settings=pb.BattleSetting(
            battle_id=77, start_time_ms=1_764_000_000_000, duration=300, status=status.value
        ),
    )
    for uid, handle in ((HOST_A, "host_a"), (HOST_B, "host_b")):
        message.anchors_info.add(
            key=uid,
            value=pb.BattleUserInfo(
                user=pb.BattleBaseUserInfo(user_id=uid, nick_name=handle.upper(), display_id=handle)
            ),
        )
    for uid, (result, score) in (results or {}).items():
        message.battle_result[uid].CopyFrom(
            pb.BattleResult(user_id=uid, result=result.value, score=score)
        )
    return message


def armies(score_a: int, score_b: int) -> pb.WebcastLinkMicArmies:
    message = pb.WebcastLinkMicArmies(common=common("WebcastLinkMicArmies"), battle_id=77)
    message.armies[HOST_A].hostscore = score_a
    message.armies[HOST_B].hostscore = score_b
    return message


OPEN, FINISH = LinkMicBattleBattleAction.OPEN, LinkMicBattleBattleAction.FINISH
STARTED = BattleSettingsBattleStatus.BATTLE_STARTED
FINISHED = BattleSettingsBattleStatus.BATTLE_FINISHED
WIN, LOSE, DRAW = BattleResultResult.WIN, BattleResultResult.LOSE, BattleResultResult.DRAW


def test_a_battle_from_its_start_through_its_scores_to_its_winner() -> None:
    events = play(
        battle(OPEN, STARTED),
        armies(100, 0),
        armies(100, 4_500),
        armies(3_200, 4_500),
        battle(FINISH, FINISHED, {HOST_A: (LOSE, 3_200), HOST_B: (WIN, 4_500)}),
    )
    start, *updates, end = events
    assert isinstance(start, LinkMicBattleEvent) and isinstance(end, LinkMicBattleEvent)
    assert start.status == STARTED and not start.finished and start.winners == ()
    assert {uid: host.display_id for uid, host in start.hosts.items()} == {
        HOST_A: "host_a",
        HOST_B: "host_b",
    }
    assert start.battle_settings.duration == 300
    assert all(isinstance(e, LinkMicArmiesEvent) for e in updates)
    scores = [e.host_scores for e in updates]
    assert scores == [
        {HOST_A: 100, HOST_B: 0},
        {HOST_A: 100, HOST_B: 4_500},
        {HOST_A: 3_200, HOST_B: 4_500},
    ]
    for before, after in itertools.pairwise(scores):
        assert all(after[h] >= before[h] for h in before)  # scores only rise in a battle
    assert end.finished and end.battle_id == start.battle_id == 77
    assert end.winners == (HOST_B,)
    assert end.host_scores == {HOST_A: 3_200, HOST_B: 4_500}
    assert end.battle_result[HOST_A].result == LOSE


def test_a_battle_that_ends_in_a_draw_has_no_winner() -> None:
    _, end = play(
        battle(OPEN, STARTED),
        battle(FINISH, FINISHED, {HOST_A: (DRAW, 2_000), HOST_B: (DRAW, 2_000)}),
    )
    assert isinstance(end, LinkMicBattleEvent)
    assert end.finished
    assert end.winners == ()
    assert end.host_scores == {HOST_A: 2_000, HOST_B: 2_000}


# ---- polls: from the start to the end ---------------------------------------------------------


def options(*votes: int) -> list[pb.PollOptionInfo]:
    names = ("Pizza", "Tacos", "Sushi")
    return [
        pb.PollOptionInfo(option_idx=i, display_content=names[i], votes=v)
        for i, v in enumerate(votes)
    ]


def poll(**content: Any) -> pb.WebcastPollMessage:
    return pb.WebcastPollMessage(common=common("WebcastPollMessage"), poll_id=42, **content)


def test_a_poll_from_its_start_through_its_votes_to_its_end() -> None:
    title = "Dinner? 🍕"
    events = play(
        poll(start_content=pb.PollStartContent(title=title, option_list=options(0, 0, 0))),
        poll(update_votes_content=pb.PollUpdateVotesContent(option_list=options(3, 1, 0))),
        poll(update_votes_content=pb.PollUpdateVotesContent(option_list=options(5, 7, 2))),
        poll(
            end_content=pb.PollEndContent(end_type=1, option_list=options(6, 9, 2)),
            poll_basic_info=pb.PollBasicInfo(title=title),
        ),
    )
    assert all(isinstance(e, PollEvent) and e.poll_id == 42 for e in events)
    polls = [e for e in events if isinstance(e, PollEvent)]
    assert [e.phase for e in polls] == ["start", "update", "update", "end"]
    assert polls[0].title == polls[-1].title == title
    assert polls[0].options == (
        PollOption(0, "Pizza", 0),
        PollOption(1, "Tacos", 0),
        PollOption(2, "Sushi", 0),
    )
    assert [[o.votes for o in e.options] for e in polls[1:]] == [[3, 1, 0], [5, 7, 2], [6, 9, 2]]
    winner = max(polls[-1].options, key=lambda o: o.votes)
    assert winner.text == "Tacos"


# ---- moderation: a deleted comment is removed -------------------------------------------------


def comment(msg_id: int, sender: pb.User, text: str) -> pb.Message:
    payload = pb.WebcastChatMessage(common=common("WebcastChatMessage"), user=sender, content=text)
    return message_of(payload, msg_id=msg_id)


class ChatLog:
    """A handler that keeps the chat as shown, and removes what moderation deletes."""

    def __init__(self) -> None:
        self.shown: dict[int, tuple[int, str]] = {}  # msg_id -> (user id, text)

    def handle(self, event: object) -> None:
        if isinstance(event, CommentEvent):
            self.shown[event.msg_id] = (event.user_id, event.content)
        elif isinstance(event, ImDeleteEvent):
            gone_ids, gone_users = set(event.delete_msg_ids), set(event.delete_user_ids)
            self.shown = {
                msg_id: (uid, text)
                for msg_id, (uid, text) in self.shown.items()
                if msg_id not in gone_ids and uid not in gone_users
            }


def deleting(msg_ids: Sequence[int] = (), user_ids: Sequence[int] = ()) -> pb.Message:
    payload = pb.WebcastImDeleteMessage(
        common=common("WebcastImDeleteMessage"),
        delete_msg_ids=list(msg_ids),
        delete_user_ids=list(user_ids),
    )
    return message_of(payload, msg_id=9000 + len(msg_ids) + len(user_ids))


def run(*batch: pb.Message) -> list[Any]:
    steps = [
        ReceiveFirstPayload(FIRST.SerializeToString()),
        Open(),
        Receive(encode_msg_frame(pb.FetchResult(messages=batch), seq_id=1, log_id=1)),
    ]
    return drive(Connection(rng=random.Random(0)), steps)


def test_a_moderator_deletes_a_comment_and_the_handler_removes_it() -> None:
    troll, fan = user(66, "troll"), user(11, "fan")
    log = ChatLog()
    for event in run(
        comment(501, fan, "hello!"),
        comment(502, troll, "buy followers at ..."),
        comment(503, fan, "nice stream"),
        deleting(msg_ids=[502]),
    ):
        log.handle(event)
    assert log.shown == {501: (11, "hello!"), 503: (11, "nice stream")}


def test_a_ban_deletes_everything_a_user_wrote() -> None:
    troll, fan = user(66, "troll"), user(11, "fan")
    log = ChatLog()
    events = run(
        comment(501, troll, "spam"),
        comment(502, fan, "hi"),
        comment(503, troll, "more spam"),
        deleting(user_ids=[66]),
    )
    [delete] = [e for e in events if isinstance(e, ImDeleteEvent)]
    assert delete.delete_user_ids == (66,) and delete.delete_msg_ids == ()
    for event in events:
        log.handle(event)
    assert log.shown == {502: (11, "hi")}


# ---- goals: progress ---------------------------------------------------------------------------


def goal_update(
    progress: Sequence[int], targets: Sequence[int], by: str
) -> pb.WebcastGoalUpdateMessage:
    sub_goals = [
        pb.LiveStreamSubGoal(id=i + 1, progress=p, target=t)
        for i, (p, t) in enumerate(zip(progress, targets, strict=True))
    ]
    return pb.WebcastGoalUpdateMessage(
        common=common("WebcastGoalUpdateMessage"),
        goal=pb.LiveStreamGoal(id=9, description="New mic", sub_goals=sub_goals),
        contributor_id=11,
        contributor_display_id=by,
        contribute_count=1,
    )


def test_a_goal_fills_up_as_viewers_contribute() -> None:
    events = play(
        goal_update([0, 0], [1_000, 500], "nobody"),
        goal_update([250, 0], [1_000, 500], "fan"),
        goal_update([1_000, 500], [1_000, 500], "whale"),
        goal_update([1_200, 600], [1_000, 500], "whale"),
    )
    goals = [e for e in events if isinstance(e, GoalUpdateEvent)]
    assert [(e.progress, e.target) for e in goals] == [
        (0, 1_500),
        (250, 1_500),
        (1_500, 1_500),
        (1_800, 1_500),
    ]
    assert [e.completion for e in goals] == [0.0, 250 / 1_500, 1.0, 1.2]  # may pass 1
    assert goals[-1].goal.description == "New mic"
    assert goals[-1].contributor_display_id == "whale"


def test_a_goal_without_a_target_has_no_completion() -> None:
    [event] = play(goal_update([], [], "fan"))
    assert isinstance(event, GoalUpdateEvent)
    assert (event.progress, event.target, event.completion) == (0, 0, None)


# ---- users: roles and standing -----------------------------------------------------------------


def badge(scene: int, level: str = "", url: str = "") -> pb.BadgeStruct:
    b = pb.BadgeStruct(scene_type=scene, privilege_log_extra=pb.PrivilegeLogExtra(level=level))
    if url:
        b.image.image.url_list.append(url)
    return b


def commenter(**fields: Any) -> Any:
    """The user of a comment sent by a user with ``fields``, as a handler reads it."""
    [event] = play(
        pb.WebcastChatMessage(
            common=common("WebcastChatMessage"), user=user(11, "fan", **fields), content="hi"
        )
    )
    assert isinstance(event, CommentEvent)
    return event.user


def test_a_moderator_subscriber_friend_with_levels() -> None:
    u = commenter(
        badge_list=[badge(1), badge(4), badge(3), badge(8, level="27"), badge(10, level="12")],
        follow_info=pb.FollowInfo(follow_status=2, follower_count=3),
    )
    assert u.is_moderator and u.is_subscriber and u.is_friend
    assert u.follows_streamer
    assert (u.gifter_level, u.fan_club_level) == (27, 12)
    assert u.top_gifter_rank is None and not u.is_new_gifter


def test_follow_status_reads_the_schema_and_the_relation_reads_follow_info() -> None:
    # User has a follow_status field of its own; the viewer's relation to the
    # streamer is follow_info.follow_status, which the role helpers read.
    friend = commenter(follow_status=7, follow_info=pb.FollowInfo(follow_status=2))
    follower = commenter(follow_info=pb.FollowInfo(follow_status=1))
    assert (friend.follow_status, friend.follow_info.follow_status) == (7, 2)
    assert friend.is_friend and friend.follows_streamer
    assert follower.follows_streamer and not follower.is_friend


def test_roles_from_their_other_signs() -> None:
    u = commenter(
        user_attr=pb.UserAttr(is_admin=True),
        badge_list=[
            badge(0, url="https://p16.example/webcast/sub_badge_3.png"),
            badge(6, url="https://p16.example/ranklist_top_gifter_2.png"),
            badge(0, url="https://p16.example/live_ng_v1.png"),
        ],
        follow_info=pb.FollowInfo(follow_status=1),
        pay_grade=pb.UserHonor(level=40),
        fans_club=pb.FansClubMember(data=pb.FansClubData(level=5)),
    )
    assert u.is_moderator and u.is_subscriber
    assert u.follows_streamer and not u.is_friend
    assert u.top_gifter_rank == 2 and u.is_new_gifter
    assert (u.gifter_level, u.fan_club_level) == (40, 5)


def test_a_user_with_no_badges_has_no_role() -> None:
    u = commenter()
    assert not (u.is_moderator or u.is_subscriber or u.is_friend or u.follows_streamer)
    assert (u.gifter_level, u.fan_club_level, u.top_gifter_rank) == (0, 0, None)
