"""The custom events a Connection derives, per docs/protocol.md's "Custom events".

Proves: follow, share (with its users joined), super fan, super fan join and
super fan box are recognised in any letter case, by template key or business
type, each just before the message's own event; other keys give the
message's event alone; and every message gets one ``WebsocketResponseEvent``,
in order.
"""

from __future__ import annotations

import pytest
from connection_builders import (
    barrage,
    chat,
    control,
    envelope,
    frame,
    live,
    message,
    names,
    social,
)

from livecore import (
    Event,
    FollowEvent,
    ShareEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    WebsocketResponseEvent,
)

# ---- custom events ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["pm_main_follow_message_viewer_2", "PM_MAIN_FOLLOW_MESSAGE", "x_FoLLoW_y"]
)
def test_follow_in_any_letter_case(key: str) -> None:
    conn = live()
    conn.receive_data(frame(social(5, key)))
    events = conn.events()
    assert names(events) == ["FollowEvent", "SocialEvent", "WebsocketResponseEvent"]
    assert isinstance(events[0], FollowEvent)
    assert events[0].user_id == 9
    assert events[0].msg_id == events[1].msg_id == 5


@pytest.mark.parametrize(
    ("key", "joined"),
    [
        ("pm_mt_guidance_viewer_7_share", 7),
        ("PM_MT_GUIDANCE_VIEWER_12_SHARE", 12),
        ("pm_mt_guidance_share", None),
        ("Pm_Mt_SHARE_anything", None),
        ("pm_mt_guidance_viewer_x_share", None),
    ],
)
def test_share_in_any_letter_case_with_users_joined(key: str, joined: int | None) -> None:
    conn = live()
    conn.receive_data(frame(social(5, key)))
    events = conn.events()
    assert names(events) == ["ShareEvent", "SocialEvent", "WebsocketResponseEvent"]
    assert isinstance(events[0], ShareEvent)
    assert events[0].users_joined == joined
    assert events[0].to_dict()["users_joined"] == joined


@pytest.mark.parametrize("key", ["", "pm_mt_something_else"])
def test_social_without_follow_or_share_is_social_only(key: str) -> None:
    conn = live()
    conn.receive_data(frame(social(5, key)))
    assert names(conn.events()) == ["SocialEvent", "WebsocketResponseEvent"]


JOINED = "ttlive_superfan_commentnotif_superfanjoined"


@pytest.mark.parametrize(
    ("content_key", "common_key", "expected"),
    [
        (JOINED, "", SuperFanJoinEvent),
        ("", JOINED.upper(), SuperFanJoinEvent),
        ("ttlive_superfan_" + JOINED[16:].title(), "", SuperFanJoinEvent),
        ("ttlive_superfan_badge", "", SuperFanEvent),
        ("", "TTLive_SuperFan_Gift", SuperFanEvent),
        ("ttlive_superfan_badge", JOINED, SuperFanJoinEvent),  # join wins
        ("", "", None),
        ("ttlive_other", "superfan", None),
    ],
)
def test_super_fan_join_vs_super_fan(
    content_key: str, common_key: str, expected: type[Event] | None
) -> None:
    conn = live()
    conn.receive_data(frame(barrage(5, content_key, common_key)))
    got = names(conn.events())
    if expected is None:
        assert got == ["BarrageEvent", "WebsocketResponseEvent"]
    else:
        assert got == [expected.__name__, "BarrageEvent", "WebsocketResponseEvent"]


@pytest.mark.parametrize(
    ("key", "business_type", "is_box"),
    [
        ("ttlive_superfanbox_title", 0, True),
        ("TTLIVE_SUPERFANBOX", 0, True),
        ("", 19, True),
        ("something", 19, True),
        ("", 0, False),
        ("ttlive_superfan", 3, False),
    ],
)
def test_super_fan_box_by_key_or_business_type(key: str, business_type: int, is_box: bool) -> None:
    conn = live()
    conn.receive_data(frame(envelope(5, key, business_type)))
    events = conn.events()
    if is_box:
        assert names(events) == ["SuperFanBoxEvent", "EnvelopeEvent", "WebsocketResponseEvent"]
        assert isinstance(events[0], SuperFanBoxEvent)
        assert events[0].business_type == business_type
    else:
        assert names(events) == ["EnvelopeEvent", "WebsocketResponseEvent"]


def test_every_message_gets_one_websocket_response_event_in_order() -> None:
    conn = live()
    msgs = [chat(10), social(11, "follow"), control(12, 99), message("X", b"", 13)]
    conn.receive_data(frame(*msgs))
    events = conn.events()
    responses = [e for e in events if isinstance(e, WebsocketResponseEvent)]
    # UnknownEvent is a WebsocketResponseEvent subclass; count exact type.
    exact = [e for e in responses if type(e) is WebsocketResponseEvent]
    assert [e.msg_id for e in exact] == [10, 11, 12, 13]
    assert conn.messages_received == 5
