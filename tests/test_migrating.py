"""docs/migrating.md stays true: every livecore snippet runs and prints what the guide says.

The guide puts TikTokLive code (blocks marked ```` ```python tiktoklive ````, never
run: TikTokLive is no dependency) beside livecore code (plain ```` ```python ````
blocks). Every livecore block is run here:

- the complete programs as they are (the client against the simulated room,
  the embedded core fed a battle built from the generated messages);
- the handler snippets on a real ``livecore_trio.Client`` against the
  simulated room on 127.0.0.1, with ``client`` bound as the guide says. What
  the room cannot push yet (a gift streak, a moderator's comment, a battle)
  is put in the first payload, which the client delivers like any frame.

Each run checks the lines a user would see, in order, and that no handler
raised (the client logs a handler's exception and goes on, so a broken
snippet would otherwise pass quietly).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import trio

from livecore import events
from livecore.events import DisconnectEvent
from livecore.proto import pb
from livecore.room import Room, Script
from livecore.webcast import User
from livecore_trio import BytesProvider, Client, open_room

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "migrating.md"
RATE = 200.0  # frames per second: a short script takes milliseconds

_BLOCK = re.compile(r"^```(python(?: tiktoklive)?)\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    heading: str
    tiktoklive: bool
    code: str


def _blocks() -> list[Block]:
    text = DOC.read_text(encoding="utf-8")
    found = []
    for match in _BLOCK.finditer(text):
        headings = re.findall(r"^## (.+)$", text[: match.start()], re.MULTILINE)
        found.append(Block(headings[-1] if headings else "", match[1] != "python", match[2]))
    return found


def _livecore_blocks() -> list[Block]:
    return [block for block in _blocks() if not block.tiktoklive]


# ---- what the room cannot push yet, handed over in the first payload -------------------


def _message(method: str, payload: Any, msg_id: int) -> pb.Message:
    return pb.Message(method=method, payload=payload.SerializeToString(), msg_id=msg_id)


def _moderator_comment() -> list[pb.Message]:
    mia = pb.User(id=42, nickname="Mia", display_id="mia", user_attr=pb.UserAttr(is_admin=True))
    chat = pb.WebcastChatMessage(user=mia, content="welcome, everyone")
    return [_message("WebcastChatMessage", chat, 11)]


def _rose_streak() -> list[pb.Message]:
    """Three roses in one streak: counts 1, 2, 3 in progress, then 3 with repeat_end."""
    gifter = pb.User(id=43, nickname="Gil", display_id="gifter")
    rose = pb.Gift(id=5655, name="Rose", diamond_count=1, type=1)
    steps = [(1, 0), (2, 0), (3, 0), (3, 1)]
    return [
        _message(
            "WebcastGiftMessage",
            pb.WebcastGiftMessage(
                gift_id=5655, gift=rose, user=gifter, repeat_count=count, repeat_end=end
            ),
            20 + n,
        )
        for n, (count, end) in enumerate(steps)
    ]


_ALICE, _BOB = 101, 202


def _battle(action: Any, status: Any, result: dict[int, pb.BattleResult] | None = None) -> Any:
    hosts = [
        pb.BattleUserInfoWrapper(
            key=uid, value=pb.BattleUserInfo(user=pb.BattleBaseUserInfo(user_id=uid, display_id=h))
        )
        for uid, h in ((_ALICE, "alice"), (_BOB, "bob"))
    ]
    return pb.WebcastLinkMicBattle(
        battle_id=7,
        action=action,
        battle_settings=pb.BattleSetting(battle_id=7, status=status),
        anchors_info=hosts,
        battle_result=result,
    )


def _armies(alice: int, bob: int) -> Any:
    armies = {
        _ALICE: pb.BattleUserArmies(hostscore=alice),
        _BOB: pb.BattleUserArmies(hostscore=bob),
    }
    return pb.WebcastLinkMicArmies(battle_id=7, armies=armies)


def _a_battle() -> list[pb.Message]:
    """Opened, two score updates, finished with alice the winner."""
    result = {
        _ALICE: pb.BattleResult(user_id=_ALICE, result=pb.BATTLE_RESULT_RESULT_WIN, score=4_500),
        _BOB: pb.BattleResult(user_id=_BOB, result=pb.BATTLE_RESULT_RESULT_LOSE, score=3_200),
    }
    opened = _battle(
        pb.LINK_MIC_BATTLE_BATTLE_ACTION_OPEN, pb.BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_STARTED
    )
    finished = _battle(
        pb.LINK_MIC_BATTLE_BATTLE_ACTION_FINISH,
        pb.BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_FINISHED,
        result,
    )
    return [
        _message("WebcastLinkMicBattle", opened, 31),
        _message("WebcastLinkMicArmies", _armies(1_200, 800), 32),
        _message("WebcastLinkMicArmies", _armies(4_500, 3_200), 33),
        _message("WebcastLinkMicBattle", finished, 34),
    ]


# ---- running a handler snippet on a real client -----------------------------------------


@dataclass(frozen=True)
class Run:
    """One run of a handler snippet: the room's script, what else the first
    payload carries, and the lines expected, in this order."""

    script: str
    expect: Sequence[str]
    extra: Sequence[pb.Message] = ()
    reconnects: int = 0
    unreachable: bool = False
    """The sign server answers nothing (as when TikTok blocks it): no socket opens."""


async def _session(code: str, run: Run) -> tuple[Client, DisconnectEvent]:
    async with open_room(Room(Script.parse(run.script), rate=RATE)) as server:
        first = pb.FetchResult.FromString(server.first_payload())
        first.messages.extend(run.extra)
        data = b"" if run.unreachable else first.SerializeToString()
        client = Client(BytesProvider(data), unique_id="someone")
        exec(compile(code, str(DOC), "exec"), {"client": client, "__name__": "migrating_md"})
        disconnect = await client.run()
    return client, disconnect


def _in_order(out: str, expected: Sequence[str]) -> None:
    positions = [out.find(text) for text in expected]
    assert -1 not in positions, (
        f"missing {[t for t, p in zip(expected, positions, strict=True) if p < 0]}:\n{out}"
    )
    assert positions == sorted(positions), out


# What each livecore block of the guide is, in the guide's order: a program
# run as is, or handlers and their runs. A block the table does not describe
# fails the test below, so none can be left unrun.
PROGRAM = "program"
PLANS: list[tuple[str, str | list[Run]]] = [
    ("The client", PROGRAM),
    (
        "Comments",
        [
            Run(
                "comment hello everyone\nend",
                ["[mod] Mia (@mia) -> welcome, everyone", "(@viewer_", "-> hello everyone"],
                _moderator_comment(),
            )
        ],
    ),
    (
        "Gifts and streaks",
        [
            Run(
                "gift 4\nend",
                ["@gifter: Rose x3, 3 diamonds", " x4, "],
                _rose_streak(),
            )
        ],
    ),
    ("Likes", [Run("like 7\nend", ["liked x7 (room total "])]),
    (
        "Follows and shares",
        [Run("follow\nshare 5\nend", [" followed", " shared; 5 joined through it"])],
    ),
    (
        "Battles",
        [
            Run(
                "end",
                [
                    "battle 7: @alice vs @bob",
                    "battle 7: @alice 1,200 vs @bob 800",
                    "battle 7: @alice 4,500 vs @bob 3,200",
                    "battle 7 over: @alice 4,500, @bob 3,200; won by @alice",
                ],
                _a_battle(),
            )
        ],
    ),
    (
        "The end of the stream, pauses, connect and disconnect",
        [
            Run(
                "pause\nwait 50ms\nunpause\nend",
                [
                    "paused",
                    "back",
                    "the stream was ended by the streamer",
                    "live_ended (code 1000)",
                ],
            ),
            Run("suspend", ["the stream was ended by TikTok", "disconnected: live_ended"]),
            # A lost socket is not the end: the client resumes, the handlers see one stream.
            Run("close 1011\nend", ["by the streamer", "live_ended (code 1000)"], reconnects=1),
            # A session that never connects still ends with its DisconnectEvent.
            Run("end", ["disconnected: connect_failed (code None)"], unreachable=True),
        ],
    ),
    ("Embedding the core", PROGRAM),
]

PROGRAM_OUTPUT = {
    "The client": [
        "connected to @someone, room ",
        "-> hello",
        "disconnected: live_ended",
        "run() returned: live_ended",
    ],
    "Embedding the core": [
        "battle 7: alice vs bob",
        "battle 7: [(101, 1200), (202, 800)]",
        "battle 7: [(101, 4500), (202, 3200)]",
        "battle 7 won by ['alice']",
        "the stream ended",
        "DisconnectEvent(msg_id=None, reason='live_ended', code=1000, detail='')",
    ],
}


def test_every_livecore_block_has_a_plan() -> None:
    assert [block.heading for block in _livecore_blocks()] == [heading for heading, _ in PLANS]


def _cases() -> list[Any]:
    cases = []
    for n, (heading, plan) in enumerate(PLANS):
        runs = [None] if plan == PROGRAM else plan
        for k, run in enumerate(runs):
            cases.append(pytest.param(n, run, id=f"{n}-{heading.split(',')[0]}-{k}"))
    return cases


@pytest.mark.parametrize(("index", "run"), _cases())
def test_the_livecore_block_runs(
    index: int,
    run: Run | None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    block = _livecore_blocks()[index]
    monkeypatch.chdir(ROOT)
    if run is None:
        exec(compile(block.code, str(DOC), "exec"), {"__name__": "migrating_md"})
        _in_order(capsys.readouterr().out, PROGRAM_OUTPUT[block.heading])
        return
    client, disconnect = trio.run(_session, block.code, run)
    assert client.handler_errors == 0, capsys.readouterr()
    assert client.disconnect is disconnect
    assert client.connection.reconnects == run.reconnects
    _in_order(capsys.readouterr().out, run.expect)


def test_a_streak_is_shown_once_at_its_end(capsys: pytest.CaptureFixture[str]) -> None:
    """The guide's gift handler, fed a streak of four messages, speaks once, with the total."""
    [block] = [b for b in _livecore_blocks() if b.heading == "Gifts and streaks"]
    client, _ = trio.run(_session, block.code, Run("end", [], _rose_streak()))
    lines = [line for line in capsys.readouterr().out.splitlines() if "@gifter" in line]
    assert lines == ["@gifter: Rose x3, 3 diamonds"]
    assert client.handler_errors == 0


def test_tiktoklive_blocks_are_labelled_and_sit_beside_livecore_code() -> None:
    blocks = _blocks()
    theirs = [block for block in blocks if block.tiktoklive]
    assert len(theirs) >= 6
    for block in theirs:
        assert block.code.startswith("# TikTokLive\n"), block.code
    for block in _livecore_blocks():
        assert "TikTokLive" not in block.code, "a livecore block must not use TikTokLive"
    # Every section with TikTokLive code has the livecore code that replaces it.
    ours = {block.heading for block in _livecore_blocks()}
    assert {block.heading for block in theirs} <= ours


def test_the_guide_names_only_events_that_exist() -> None:
    text = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"\b([A-Z]\w*Event)\b", text))
    known = {name for name in events.__all__ if name.endswith("Event")}
    assert named - known == set(), f"docs/migrating.md names unknown events: {named - known}"


def test_the_roles_table_names_real_user_attributes() -> None:
    text = DOC.read_text(encoding="utf-8")
    table = text.split("## User roles and standing", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[2] for line in table.splitlines() if line.startswith("| ")]
    names = {name for cell in rows[1:] for name in re.findall(r"`(\w+)", cell)}
    assert len(names) >= 9
    missing = sorted(name for name in names if not hasattr(User, name))
    assert not missing, f"livecore.webcast.User has no {missing}"


def test_the_readme_links_the_guide() -> None:
    assert "(docs/migrating.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
