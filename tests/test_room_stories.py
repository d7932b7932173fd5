"""The simulated room speaks every method: a ``method`` step for each of the
62, and the stories that run over several messages (gift streaks, battles,
polls, goals, pins and deletes) read as a user's handler would read them."""

from __future__ import annotations

from typing import Any

import pytest

from livecore import Connection
from livecore import events as ev
from livecore.messages import METHODS
from livecore.room import Room, Script
from livecore_trio.cli.display import describe


def play(script: str, seed: int = 5) -> list[ev.MessageEvent[Any]]:
    """The message events a client gets from the room playing ``script``."""
    room = Room(Script.parse(script), seed=seed)
    conn = Connection(unique_id="someone", room_id=room.room_id)
    for data in room.frames():
        conn.receive_data(data)
    return [e for e in conn.events() if isinstance(e, ev.MessageEvent)]


@pytest.mark.parametrize("method", sorted(METHODS))
def test_a_method_step_gives_that_methods_event(method: str) -> None:
    [event] = play(f"method {method}")
    assert isinstance(event, METHODS[method])
    assert event.method == method
    assert not isinstance(event, ev.UnknownEvent)
    event.decode()  # the whole payload reads
    event.to_dict()
    assert describe(event).startswith(type(event).__name__)


def test_a_method_step_takes_the_event_name_too() -> None:
    [event] = play("method LinkMicBattleEvent")
    assert isinstance(event, ev.LinkMicBattleEvent)


def test_gift_streaks_are_counted_once_each_at_their_end() -> None:
    events = play("gift_streak\n" * 12 + "gift_streak end\n")
    gifts = [e for e in events if isinstance(e, ev.GiftEvent)]
    assert len(gifts) == 13 and gifts[-1].repeat_end
    streaks: list[list[ev.GiftEvent]] = [[]]
    for gift in gifts:
        streaks[-1].append(gift)
        if gift.repeat_end:
            streaks.append([])
    streaks.pop()  # the empty one after the last end
    for *going, last in streaks:
        assert all(g.streakable and g.streaking and g.value is None for g in going)
        assert last.repeat_end and not last.streaking
        counts = [g.repeat_count for g in (*going, last)]
        assert counts == sorted(counts) and counts[0] >= 1
        assert {g.user_id for g in going} <= {last.user_id}  # one viewer's streak
        assert last.value == last.gift.diamond_count * last.repeat_count
        assert "diamonds" in describe(last)
        assert all("streak goes on" in describe(g) for g in going)
    total = sum(g.value for g in gifts if g.value is not None)
    assert total == sum(s[-1].gift.diamond_count * s[-1].repeat_count for s in streaks)
    assert len(streaks) < len(gifts)  # some streak ran over several messages


def test_a_battle_opens_scores_and_ends_with_the_leader_winning() -> None:
    events = play("battle open\n" + "battle score\n" * 6 + "battle end\n")
    opening, *scores, result = events
    assert isinstance(opening, ev.LinkMicBattleEvent) and not opening.finished
    assert len(opening.hosts) == 2
    assert all(isinstance(e, ev.LinkMicArmiesEvent) for e in scores)
    assert {e.battle_id for e in events} == {opening.battle_id}
    assert isinstance(result, ev.LinkMicBattleEvent) and result.finished
    final = scores[-1].host_scores
    assert result.host_scores == {h: final.get(h, 0) for h in opening.hosts}
    best = max(final.values())
    leaders = [h for h, score in result.host_scores.items() if score == best]
    assert list(result.winners) == (leaders if len(leaders) == 1 else [])
    line = describe(result)
    assert line.startswith("LinkMicBattleEvent   battle ")
    assert " vs " in line and ("won" in line or "a draw" in line)


def test_a_poll_starts_gets_votes_and_ends() -> None:
    events = play("poll start\npoll update\npoll update\npoll end\n")
    assert [e.phase for e in events if isinstance(e, ev.PollEvent)] == [
        "start",
        "update",
        "update",
        "end",
    ]
    start, *_, end = events
    assert isinstance(start, ev.PollEvent) and isinstance(end, ev.PollEvent)
    assert start.poll_id == end.poll_id and start.title == end.title
    assert [o.votes for o in start.options] == [0] * len(start.options)
    assert [o.text for o in end.options] == [o.text for o in start.options]
    assert "poll end: " in describe(end)


def test_a_goal_moves_by_each_contribution() -> None:
    events = play("goal 10\ngoal 15\n")
    first, second = events
    assert isinstance(first, ev.GoalUpdateEvent) and isinstance(second, ev.GoalUpdateEvent)
    assert (first.progress, second.progress) == (10, 25)
    assert second.contribute_count == 15 and second.target in (100, 500, 1000)


def test_pin_and_delete_act_on_the_comments_sent() -> None:
    events = play("comment first!\ncomment second\npin\ndelete\n")
    first, second, pin, delete = events
    assert isinstance(pin, ev.RoomPinEvent) and isinstance(delete, ev.ImDeleteEvent)
    assert pin.chat_message.content == "second"
    assert pin.pin_msg_id == second.msg_id
    assert list(delete.delete_msg_ids) == [first.msg_id]
    assert list(delete.delete_user_ids) == [first.user_id]


def test_the_random_mix_shows_the_rarer_kinds() -> None:
    room = Room(Script.random(1, 200), seed=1)
    conn = Connection(unique_id="someone", room_id=room.room_id)
    for data in room.frames():
        conn.receive_data(data)
    kinds = {type(e).__name__ for e in conn.events()}
    assert {"LinkMicBattleEvent", "LinkMicArmiesEvent", "PollEvent", "GoalUpdateEvent"} <= kinds
    assert {"EmoteChatEvent", "GiftEvent", "CommentEvent"} <= kinds


def test_no_event_writes_a_credential_to_json() -> None:
    # A co-host call's message carries TikTok's RTC sign and access key: JSON
    # lines (watch --json, replay --json, the fleet's stream) are shared, so
    # the default JSON leaves such fields out; the attributes still read them.
    [event] = play("method WebcastLinkMicMethod")
    written = event.to_dict()
    assert not {"app_sign", "rtc_app_sign", "access_key"} & set(written)
    assert event.app_sign and event.access_key  # drawn by the room, still readable
    for name in ev.__all__:
        cls = getattr(ev, name)
        fields = getattr(cls, "json_fields", ())
        assert not [f for f in fields if "sign" in f or "token" in f or "access_key" in f], name
