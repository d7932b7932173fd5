"""The simulated room's script (``livecore.room.Script``): parsed from text, or drawn at random.

Proves: every script step parses (and a bad line is refused with its line
number), and every documented step is covered; blank lines and comments are
skipped; a seeded random script is deterministic, has the documented shape
(a pause, an unpause and an end where promised) and carries the vectors' mix.
"""

from __future__ import annotations

from collections import Counter

import pytest

from livecore.room import (
    STEP_HELP,
    Script,
    ScriptClose,
    ScriptError,
    ScriptFrame,
    ScriptRate,
    ScriptWait,
)

# ---- Script.parse ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("comment", ScriptFrame((("comment", ""),))),
        ("comment hello there", ScriptFrame((("comment", "hello there"),))),
        ("like", ScriptFrame((("like", ""),))),
        ("like 7", ScriptFrame((("like", "7"),))),
        ("join", ScriptFrame((("join", ""),))),
        ("gift 3", ScriptFrame((("gift", "3"),))),
        ("follow", ScriptFrame((("follow", ""),))),
        ("share 12", ScriptFrame((("share", "12"),))),
        ("viewers 42", ScriptFrame((("viewers", "42"),))),
        ("superfan", ScriptFrame((("superfan", ""),))),
        ("superfan_join", ScriptFrame((("superfan_join", ""),))),
        ("barrage", ScriptFrame((("barrage", ""),))),
        ("superfan_box", ScriptFrame((("superfan_box", ""),))),
        ("envelope", ScriptFrame((("envelope", ""),))),
        ("control 9", ScriptFrame((("control", "9"),))),
        ("unknown", ScriptFrame((("unknown", ""),))),
        ("unknown WebcastFooMessage", ScriptFrame((("unknown", "WebcastFooMessage"),))),
        ("gift_streak", ScriptFrame((("gift_streak", ""),))),
        ("gift_streak END", ScriptFrame((("gift_streak", "end"),))),
        ("emote", ScriptFrame((("emote", ""),))),
        ("battle", ScriptFrame((("battle", ""),))),
        ("battle open", ScriptFrame((("battle", "open"),))),
        ("battle score", ScriptFrame((("battle", "score"),))),
        ("battle end", ScriptFrame((("battle", "end"),))),
        ("poll start", ScriptFrame((("poll", "start"),))),
        ("poll update", ScriptFrame((("poll", "update"),))),
        ("poll end", ScriptFrame((("poll", "end"),))),
        ("goal 25", ScriptFrame((("goal", "25"),))),
        ("question is it live?", ScriptFrame((("question", "is it live?"),))),
        ("subscribe 3", ScriptFrame((("subscribe", "3"),))),
        ("pin", ScriptFrame((("pin", ""),))),
        ("delete", ScriptFrame((("delete", ""),))),
        ("caption hello all", ScriptFrame((("caption", "hello all"),))),
        ("rank", ScriptFrame((("rank", ""),))),
        ("method", ScriptFrame((("method", ""),))),
        ("method PollEvent", ScriptFrame((("method", "PollEvent"),))),
        ("pause", ScriptFrame((("pause", ""),))),
        ("unpause", ScriptFrame((("unpause", ""),))),
        ("end", ScriptFrame((("end", ""),))),
        ("suspend", ScriptFrame((("suspend", ""),))),
        ("wait 2s", ScriptWait(2.0)),
        ("wait 500ms", ScriptWait(0.5)),
        ("wait 1.5", ScriptWait(1.5)),
        ("rate 10", ScriptRate(10.0)),
        ("rate 0.5", ScriptRate(0.5)),
        ("close 1001", ScriptClose(1001, "")),
        ("close 1011 server  exploded ", ScriptClose(1011, "server  exploded")),
        ("  COMMENT   spaced  ", ScriptFrame((("comment", "spaced"),))),
        ("follow  # a comment after the step", ScriptFrame((("follow", ""),))),
    ],
)
def test_parse_each_step(line: str, item: object) -> None:
    assert Script.parse(line).items == (item,)


def test_parse_every_documented_step_is_covered() -> None:
    # A new step in STEP_HELP must get a line in test_parse_each_step.
    assert set(STEP_HELP) == {
        "comment", "like", "join", "gift", "follow", "share", "viewers", "superfan",
        "superfan_join", "barrage", "superfan_box", "envelope", "control", "unknown",
        "pause", "unpause", "end", "suspend", "wait", "rate", "close", "gift_streak", "emote",
        "battle", "poll", "goal", "question", "subscribe", "pin", "delete", "caption", "rank",
        "method",
    }  # fmt: skip


def test_parse_whole_script_skips_blanks_and_comments() -> None:
    script = Script.parse(
        "# a stream\n\ncomment hi\nwait 2s\n   \nshare 3 # inline\nclose 1001\nend\n"
    )
    assert script.items == (
        ScriptFrame((("comment", "hi"),)),
        ScriptWait(2.0),
        ScriptFrame((("share", "3"),)),
        ScriptClose(1001, ""),
        ScriptFrame((("end", ""),)),
    )
    assert script.frame_count == 3
    assert script.ends
    assert not Script.parse("comment\nend\ncomment").ends
    assert Script.parse("suspend\nwait 1s").ends
    assert Script.parse("").items == ()


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ("bogus", "unknown step 'bogus'"),
        ("like many", "like's count"),
        ("gift -1", "gift's count"),
        ("share 1.5", "share's count"),
        ("viewers x", "viewers's count"),
        ("control", "control's action"),
        ("control x", "control's action"),
        ("join bob", "join takes no argument"),
        ("battle now", "battle takes open or score or end"),
        ("poll maybe", "poll takes start or update or end"),
        ("gift_streak 3", "gift_streak takes end"),
        ("pin 3", "pin takes no argument"),
        ("goal lots", "goal's count"),
        ("method WebcastNopeMessage", "no Webcast method or event is named"),
        ("follow 3", "follow takes no argument"),
        ("pause now", "pause takes no argument"),
        ("unpause 1", "unpause takes no argument"),
        ("end 1", "end takes no argument"),
        ("suspend x", "suspend takes no argument"),
        ("wait", "not a duration"),
        ("wait 2m", "not a duration"),
        ("wait -1s", "not a duration"),
        ("rate", "rate wants frames per second"),
        ("rate 0", "rate wants frames per second"),
        ("rate -3", "rate wants frames per second"),
        ("rate fast", "rate wants frames per second"),
        ("rate 100001", "rate wants frames per second"),
        ("close", "close code"),
        ("close 999", "close code"),
        ("close 5000", "1000-4999"),
        ("close abc", "close code"),
    ],
)
def test_parse_bad_line_names_the_line(bad: str, words: str) -> None:
    text = f"comment\n\n# fine so far\n{bad}\nend"
    with pytest.raises(ScriptError) as caught:
        Script.parse(text)
    message = str(caught.value)
    assert message.startswith("line 4: "), message
    assert words in message
    assert isinstance(caught.value, ValueError)


# ---- Script.random ----------------------------------------------------------------------


def test_random_script_is_deterministic_per_seed() -> None:
    assert Script.random(5, 300) == Script.random(5, 300)
    assert Script.random(5, 300) != Script.random(6, 300)


def test_random_script_shape() -> None:
    script = Script.random(1, 30)
    assert script.frame_count == 30 and len(script.items) == 30
    assert script.ends
    steps = [
        [kind for kind, _ in item.messages]
        for item in script.items
        if isinstance(item, ScriptFrame)
    ]
    assert steps[10][-1] == "pause"  # a third of the way in, after the frame's messages
    assert steps[20][0] == "unpause"  # two thirds, before them
    assert steps[-1][-1] == "end"
    lifecycle = [k for frame in steps for k in frame if k in {"pause", "unpause", "end"}]
    assert lifecycle == ["pause", "unpause", "end"]

    plain = Script.random(1, 30, pause=False, end=False)
    kinds = {k for item in plain.items if isinstance(item, ScriptFrame) for k, _ in item.messages}
    assert not kinds & {"pause", "unpause", "end", "suspend"}
    assert not plain.ends

    fixed = Script.random(2, 20, per_frame=3, pause=False, end=False)
    assert all(isinstance(i, ScriptFrame) and len(i.messages) == 3 for i in fixed.items)
    with pytest.raises(ValueError):
        Script.random(0, 0)


_VECTOR_KINDS = frozenset(
    {"comment", "like", "join", "gift", "follow", "share", "viewers", "superfan", "superfan_join",
     "superfan_box", "envelope", "control", "unknown"}
)  # fmt: skip


def test_random_script_has_the_vectors_mix() -> None:
    script = Script.random(11, 2000, pause=False, end=False)
    counts = Counter(
        k for item in script.items if isinstance(item, ScriptFrame) for k, _ in item.messages
    )
    expected = {
        "comment", "like", "join", "gift", "follow", "share", "viewers", "superfan",
        "superfan_join", "superfan_box", "envelope", "control", "unknown",
        # the rarer kinds, at low rates
        "gift_streak", "emote", "battle", "poll", "goal", "question", "subscribe", "pin",
        "delete", "caption", "rank", "method",
    }  # fmt: skip
    assert set(counts) == expected  # every kind of the mix, and "barrage" has weight 0
    total = sum(counts.values())
    assert 2000 * 1 < total < 2000 * 13
    # Roughly the vectors' shares (689/1860 comments, 439/1860 likes, 8/1860 unknown).
    assert 0.30 < counts["comment"] / total < 0.44
    assert 0.18 < counts["like"] / total < 0.29
    assert counts["comment"] > counts["like"] > counts["join"] > counts["gift"]
    assert counts["unknown"] < counts["control"]
    rare = sum(counts[k] for k in expected if k not in _VECTOR_KINDS)
    assert 0.03 < rare / total < 0.10  # present, and never more than a pinch of the stream
    sizes = Counter(len(i.messages) for i in script.items if isinstance(i, ScriptFrame))
    assert set(sizes) == {1, 2, 3, 5, 8, 13}
