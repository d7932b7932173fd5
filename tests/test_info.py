"""``livecore info`` and ``livecore gifts``, and ``room_info()`` / ``gifts()``, against the fakes.

Proves: the room's title, status, viewers, streamer and play URLs by quality
(text and JSON), the gift catalogue (id, name, diamond cost, image URL; text
and JSON; looked up by id in Python); the requests carry the language and
region asked for; and each malformed answer (not JSON, missing keys,
age-restricted, with and without a session) is its typed error and exit code.
"""

from __future__ import annotations

import json
import subprocess

import pytest
import trio
from fakes_tiktok import LIVE_ROOM, FakeSignServer, FakeTikTok
from test_watch import TIMEOUT, environment, livecore

from livecore.web import (
    AgeRestrictedError,
    BlockedError,
    Gift,
    UnexpectedAnswerError,
    UserNotFoundError,
    WebError,
)
from livecore_trio.cli.exits import Exit
from livecore_trio.tiktok import TikTokProvider

SID = "5e55i0nIdF0rTest1ng0nly"


def run(command: str, tiktok: FakeTikTok, *args: str) -> subprocess.CompletedProcess[str]:
    with FakeSignServer(b"") as signer:
        urls = ["--web-url", tiktok.url, "--webcast-url", tiktok.url, "--sign-url", signer.url]
        proc = subprocess.run(
            [*livecore(), command, *args, *urls],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
            check=False,
            env=environment(),
        )
        assert signer.requests == []  # neither command signs anything
    return proc


def test_info_shows_the_room() -> None:
    with FakeTikTok() as tiktok:
        proc = run("info", tiktok, "@someone")
        [asked] = tiktok.seen("/webcast/room/info/")
    assert proc.returncode == Exit.OK, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[:5] == [
        f"room      {LIVE_ROOM}",
        "title     chatting",
        "status    live (2)",
        "viewers   321",
        "streamer  @someone (Some One)",
    ]
    assert "flv  origin   https://pull-f5.example.invalid/stage/stream-origin.flv" in lines
    assert "hls  hd       https://pull-hls.example.invalid/stage/stream-hd/index.m3u8" in lines
    assert asked.query["room_id"] == str(LIVE_ROOM)


def test_info_json_with_a_language_and_a_region() -> None:
    with FakeTikTok() as tiktok:
        proc = run("info", tiktok, "@someone", "--json", "--language", "de-DE", "--region", "de")
        [asked] = tiktok.seen("/webcast/room/info/")
    assert proc.returncode == Exit.OK, proc.stderr
    got = json.loads(proc.stdout)
    assert got["room_id"] == LIVE_ROOM and got["live"] is True and got["viewers"] == 321
    assert got["owner"] == {"unique_id": "someone", "nickname": "Some One"}
    assert {s["quality"] for s in got["streams"]} == {"origin", "hd", "sd"}
    assert asked.headers["accept-language"] == "de-DE,de;q=0.9"
    assert asked.query["region"] == "DE" and asked.query["app_language"] == "de-DE"


def test_gifts_shows_the_catalogue() -> None:
    with FakeTikTok() as tiktok:
        text = run("gifts", tiktok, "@someone")
        as_json = run("gifts", tiktok, "@someone", "--json")
    assert text.returncode == as_json.returncode == Exit.OK, text.stderr
    first = text.stdout.splitlines()[0].split()
    assert first == ["5655", "1", "diamonds", "Rose", "https://p16.example.invalid/rose.png"]
    assert text.stdout.splitlines()[-1] == f"-- 4 gifts in room {LIVE_ROOM}"
    got = json.loads(as_json.stdout)
    assert got["room_id"] == LIVE_ROOM
    assert got["gifts"][2] == {
        "id": 5585,
        "name": "Confetti",
        "diamond_count": 100,
        "image_url": "",
    }


@pytest.mark.trio
async def test_room_info_and_gifts_in_python() -> None:
    with FakeTikTok() as tiktok, FakeSignServer(b"") as signer:
        async with TikTokProvider(
            "someone", web_url=tiktok.url, webcast_url=tiktok.url, sign_url=signer.url
        ) as provider:
            details = await provider.room_info()
            catalogue = await provider.gifts()
    assert details.title == "chatting" and details.live and details.owner_unique_id == "someone"
    assert catalogue.lookup(5655) == Gift(5655, "Rose", 1, "https://p16.example.invalid/rose.png")
    assert catalogue.lookup(1) is None
    assert len(catalogue) == 4 and 7934 in catalogue


MALFORMED = [
    # (command, what the fake answers, the typed error, the exit code, said on stderr)
    ("info", "captcha.html", BlockedError, Exit.BLOCKED, "not JSON"),
    ("info", b'{"data": ', BlockedError, Exit.BLOCKED, "not JSON"),
    ("info", "room_info_no_status.json", UnexpectedAnswerError, Exit.FAILED, "'status'"),
    ("info", b'{"status_code": 0}', UnexpectedAnswerError, Exit.FAILED, "'data'"),
    ("info", "room_info_age_restricted.json", AgeRestrictedError, Exit.AGE_RESTRICTED,
     "pass a session id"),
    ("info", "room_info_almost_empty.json", AgeRestrictedError, Exit.AGE_RESTRICTED,
     "pass a session id"),
    ("gifts", "captcha.html", BlockedError, Exit.BLOCKED, "not JSON"),
    ("gifts", "gift_list_no_gifts.json", UnexpectedAnswerError, Exit.FAILED, "'gifts'"),
    ("gifts", "gift_list_no_diamonds.json", UnexpectedAnswerError, Exit.FAILED, "'diamond_count'"),
    ("gifts", b'{"data": {"prompts": "age"}}', AgeRestrictedError, Exit.AGE_RESTRICTED,
     "pass a session id"),
]  # fmt: skip


@pytest.mark.parametrize(("command", "answer", "error", "code", "said"), MALFORMED)
def test_each_malformed_answer_is_its_typed_error_and_exit_code(
    command: str, answer: str | bytes, error: type[WebError], code: int, said: str
) -> None:
    with FakeTikTok() as tiktok:
        setattr(tiktok, "room_info" if command == "info" else "gift_list", answer)
        proc = run(command, tiktok, "@someone")
    assert proc.returncode == code, proc.stderr
    assert proc.stdout == ""
    assert said in proc.stderr, proc.stderr
    assert proc.stderr.startswith(f"livecore {command}: ") and "Traceback" not in proc.stderr
    # The same answer, in Python: the typed error.
    with FakeTikTok() as tiktok:
        setattr(tiktok, "room_info" if command == "info" else "gift_list", answer)
        with pytest.raises(error):

            async def ask() -> None:
                with FakeSignServer(b"") as signer:
                    async with TikTokProvider(
                        "someone", web_url=tiktok.url, webcast_url=tiktok.url, sign_url=signer.url
                    ) as provider:
                        await (provider.room_info() if command == "info" else provider.gifts())

            trio.run(ask)


def test_age_restricted_with_a_session_says_the_session_was_refused() -> None:
    with FakeTikTok() as tiktok:
        tiktok.room_info = "room_info_age_restricted.json"
        proc = run(
            "info", tiktok, "@someone", "--session-id", SID, "--trust-sign-host", "127.0.0.1"
        )
        assert SID in tiktok.seen("/webcast/room/info/")[0].headers["cookie"]
    assert proc.returncode == Exit.AGE_RESTRICTED
    assert "even with the session id given" in proc.stderr and SID not in proc.stderr


def test_info_for_no_such_user() -> None:
    with FakeTikTok() as tiktok:
        proc = run("info", tiktok, "@nobody_at_all")
    assert proc.returncode == Exit.NOT_FOUND, proc.stderr
    assert UserNotFoundError.__name__ not in proc.stderr and "nobody_at_all" in proc.stderr
