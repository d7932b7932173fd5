"""Fuzzing the decoder with generated messages: they give the events docs/protocol.md prescribes.

Proves: every generated Message gives its method's event, the custom events
of docs/protocol.md (its method table and "Custom events", written out again
in wire_oracle, not taken from ``livecore.messages``), or a
``MessageErrorEvent`` or ``UnknownEvent`` as documented; generated fields
read back; an end while live or paused gives one ``LiveEndEvent``; and a
stream driven by ``livecore.testing`` is one whole session.
"""

from __future__ import annotations

import random
import re

from fuzz_inputs import FUZZ, SLOW, live_session
from hypothesis import given
from hypothesis import strategies as st
from wire_oracle import SCHEMAS, expected_types

from livecore import (
    CommentEvent,
    ConnectEvent,
    Connection,
    ControlEvent,
    DisconnectEvent,
    GiftEvent,
    LikeEvent,
    LiveEndEvent,
    ShareEvent,
    WebsocketResponseEvent,
)
from livecore import testing as lt
from livecore.frames import encode_msg_frame
from livecore.proto import pb

# ---- generated messages give the events docs/protocol.md prescribes ------------------------


@FUZZ
@given(lt.messages(), st.booleans(), st.booleans())
def test_a_generated_message_gives_its_events(
    message: pb.Message, validate: bool, compress: bool
) -> None:
    conn = live_session(validate)
    frame = encode_msg_frame(pb.FetchResult(messages=[message]), compress=compress)
    conn.receive_data(frame)
    events = conn.events()
    assert [type(e) for e in events] == expected_types(message, validate)
    assert {e.msg_id for e in events} == {message.msg_id}
    assert events[-1].msg_id == message.msg_id


@FUZZ
@given(lt.messages(of=lt.payloads(unknown=False, malformed=False)))
def test_generated_fields_read_back(message: pb.Message) -> None:
    conn = Connection(rng=random.Random(0))
    conn.receive_data(encode_msg_frame(pb.FetchResult(messages=[message])))
    events = [e for e in conn.events() if not isinstance(e, ConnectEvent)]
    parsed = SCHEMAS[message.method].FromString(message.payload)
    main = events[-2]  # the method's event, just before WebsocketResponseEvent
    if isinstance(parsed, pb.WebcastChatMessage):
        assert isinstance(main, CommentEvent)
        assert main.content == parsed.content
        assert (main.user_id, main.unique_id) == (parsed.user.id, parsed.user.display_id)
    elif isinstance(parsed, pb.WebcastLikeMessage):
        assert isinstance(main, LikeEvent) and main.count == parsed.count
    elif isinstance(parsed, pb.WebcastGiftMessage):
        assert isinstance(main, GiftEvent)
        assert (main.gift_id, main.repeat_count) == (parsed.gift_id, parsed.repeat_count)
    elif isinstance(parsed, pb.WebcastControlMessage):
        assert isinstance(main, ControlEvent) and main.action == parsed.action
    share = next((e for e in events if isinstance(e, ShareEvent)), None)
    if share is not None:
        found = re.search(
            r"pm_mt_guidance_viewer_(\d+)_share", parsed.common.display_text.key, re.IGNORECASE
        )
        assert share.users_joined == (int(found.group(1)) if found else None)


@FUZZ
@given(st.sampled_from([3, 4]), st.booleans())
def test_an_end_while_live_or_paused_gives_live_end(action: int, paused: bool) -> None:
    conn = Connection(rng=random.Random(0))
    controls = [1, action] if paused else [action]
    result = pb.FetchResult(
        messages=[
            pb.Message(
                method="WebcastControlMessage",
                msg_id=i + 1,
                payload=pb.WebcastControlMessage(action=a).SerializeToString(),
            )
            for i, a in enumerate(controls)
        ]
    )
    conn.receive_data(encode_msg_frame(result))
    types = [type(e) for e in conn.events()]
    assert types.count(LiveEndEvent) == 1
    assert conn.wants_close


# ---- the public stream helpers -----------------------------------------------------------


@SLOW
@given(lt.streams())
def test_a_driven_stream_is_one_whole_session(steps: list[lt.Step]) -> None:
    sent: list[bytes] = []
    events = lt.drive(Connection(rng=random.Random(0)), steps, sent=sent)
    ends = [e for e in events if isinstance(e, DisconnectEvent)]
    assert len(ends) == 1 and events[-1] is ends[0]
    assert sum(isinstance(e, ConnectEvent) for e in events) <= 1
    assert sum(isinstance(e, LiveEndEvent) for e in events) <= 1
    ids = [e.msg_id for e in events if type(e) is WebsocketResponseEvent]
    assert ids == sorted(set(ids))  # streams() numbers its messages uniquely, rising
