"""Every example of docs/connecting.md runs, against the fakes on loopback.

Each ``$ livecore ...`` line of a ``console`` block runs as a subprocess with
the fakes' URLs added (``--web-url``, ``--webcast-url``, ``--sign-url``), and
``--trust-sign-host 127.0.0.1`` (the fake sign server stands in for the
default one, which is trusted) and, with ``--wait``, ``--poll 0.01``.
``$ export NAME=VALUE`` lines set its environment; other ``$`` lines (``read
-rs ...``) are for people. Each line shown under a command must be the start
of a line it printed (stdout or stderr, spaces collapsed), ``...`` standing
for any lines; a command shown printing ``livecore ...:`` must fail, any
other must exit 0 (130 after Ctrl-C, for ``--wait``, which the test sends
once every shown line has come). The proxies the examples name
(``127.0.0.1:1080`` SOCKS5, ``127.0.0.1:3128`` HTTP, user ``me``, password
``secret``) are ``tests/proxies.py``'s, on whatever ports they got. Each
``python`` block runs with ``TikTokProvider`` pointed at the fakes (and the
waits between looks short). @sleepy and @daily are creators who go live on
a schedule, each LIVE in a room of its own (``tests/fakes_creators.py``).
"""

from __future__ import annotations

import re
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fakes_creators import Creator, ScheduledTikTok, wait_for
from fakes_tiktok import LIVE_ROOM, OFFLINE_ROOM, RoomThread, fixture
from proxies import Proxy
from test_wait_many import LIVE_PAGE_ROOM, Signer
from test_watch import TIMEOUT, Lines, environment, livecore

import livecore_trio.tiktok
from livecore.polling import PollPolicy
from livecore.room import Room, Script
from livecore.web import SESSION_ID_ENV

DOC = Path(__file__).resolve().parent.parent / "docs" / "connecting.md"
STREAM = "comment hello\ngift 1\nlike 3\nend\n"
ROOMS = {  # handle: room id (each a simulated room, all streaming STREAM)
    "someone": LIVE_ROOM,
    "alpha": 7_360_000_000_000_000_001,
    "bravo": 7_360_000_000_000_000_002,
}
GROWNUP_ROOM = 7_350_000_000_000_000_009  # age-restricted
SESSION_ID = "0123456789abcdef0123456789abcdef"


@dataclass
class World:
    tiktok: ScheduledTikTok
    signer: Signer
    proxies: dict[str, Proxy]
    sleepy: Creator

    def swap(self, text: str) -> str:
        """The doc's proxy addresses to the test proxies' real ones."""
        for port, proxy in (("1080", self.proxies["socks5"]), ("3128", self.proxies["http"])):
            text = text.replace(f"127.0.0.1:{port}", f"127.0.0.1:{proxy.port}")
        return text


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    with ExitStack() as stack:
        # @sleepy: offline until the --wait example has looked once, then one LIVE.
        # @daily: two LIVEs one after the other, each in its own room.
        sleepy = stack.enter_context(Creator("sleepy", [STREAM], first_room=OFFLINE_ROOM))
        daily = stack.enter_context(
            Creator("daily", [STREAM, STREAM], first_room=7_370_000_000_000_000_001, gap=0.2)
        )
        daily.begin()
        tiktok = stack.enter_context(ScheduledTikTok(sleepy, daily))
        payloads = {
            creator.room_id(k): served.first_payload
            for creator in (sleepy, daily)
            for k, served in enumerate(creator.rooms)
        }
        for handle, room_id in ROOMS.items():
            served = stack.enter_context(
                RoomThread(Room(Script.parse(STREAM), room_id=room_id, rate=200))
            )
            payloads[room_id] = served.first_payload
            if handle in ("alpha", "bravo"):
                tiktok.pages[handle] = page(room_id)
        tiktok.pages["grownup"] = page(GROWNUP_ROOM)
        tiktok.room_infos[GROWNUP_ROOM] = "room_info_age_restricted.json"
        signer = stack.enter_context(Signer(payloads))
        proxies = {
            kind: stack.enter_context(Proxy(kind, user="me", password="secret"))
            for kind in ("socks5", "http")
        }
        yield World(tiktok, signer, proxies, sleepy)


def page(room_id: int) -> bytes:
    return fixture("live_page_live.html").replace(LIVE_PAGE_ROOM, str(room_id).encode())


# ---- console blocks -------------------------------------------------------------------


@dataclass
class Command:
    line: str
    env: dict[str, str]
    shown: list[str] = field(default_factory=list)


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", DOC.read_text("utf-8"), re.S | re.M)


def _commands() -> list[Command]:
    commands: list[Command] = []
    for block in _blocks("console"):
        env: dict[str, str] = {}
        current: Command | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = None
                said = line[2:]
                if said.startswith("export ") and "=" in said:
                    name, _, value = said.removeprefix("export ").partition("=")
                    env[name] = value
                elif said.startswith("livecore "):
                    current = Command(said, dict(env))
                    commands.append(current)
            elif current is not None and line.strip():
                current.shown.append(line)
    return commands


COMMANDS = _commands()


def _squash(line: str) -> str:
    return " ".join(line.split())


def _matched(shown: list[str], lines: list[str]) -> list[str]:
    """The shown lines (not ``...``) that no printed line starts with."""
    printed = [_squash(line) for line in lines]
    wanted = [_squash(line) for line in shown if line.strip() != "..."]
    return [w for w in wanted if not any(p.startswith(w) for p in printed)]


def test_the_doc_has_console_examples_of_everything() -> None:
    lines = [c.line for c in COMMANDS]
    for needed in ("--proxy", "--wait", "@alpha @bravo", "livecore info", "livecore gifts",
                   "--language", "--json"):  # fmt: skip
        assert any(needed in line for line in lines), needed
    envs = {name for c in COMMANDS for name in c.env}
    assert {"LIVECORE_PROXY", SESSION_ID_ENV} <= envs


@pytest.mark.parametrize("command", COMMANDS, ids=[c.line for c in COMMANDS])
def test_console_example(world: World, command: Command) -> None:
    tiktok = world.tiktok
    args = shlex.split(world.swap(command.line))[1:]
    args += ["--web-url", tiktok.url, "--webcast-url", tiktok.url]
    args += ["--sign-url", world.signer.url, "--trust-sign-host", "127.0.0.1"]
    waits = "--wait" in args
    if waits:
        args += ["--poll", "0.01"]
    env = environment()
    env.update({k: world.swap(v) for k, v in command.env.items()})
    shown = [world.swap(line) for line in command.shown]
    proc = subprocess.Popen(
        [*livecore(), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        out = Lines(proc.stdout)
        if waits:  # @sleepy goes live once the command has found them offline
            wait_for(lambda: bool(tiktok.seen("/api-live/user/room/")), "a look", TIMEOUT)
            world.sleepy.begin()
        deadline = time.monotonic() + TIMEOUT
        while _matched(shown, out.lines) and proc.poll() is None:
            assert time.monotonic() < deadline, out.lines
            time.sleep(0.01)
        if waits:
            proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=TIMEOUT)
        time.sleep(0.05)  # the reader thread's last lines
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not _matched(shown, out.lines), out.lines
    fails = any(line.startswith("livecore ") for line in shown)
    if waits:
        assert code == 130, out.lines
    elif fails:
        assert code != 0, out.lines
    else:
        assert code == 0, out.lines
    for secret in ("secret", SESSION_ID, "wrong"):
        assert not any(secret in line for line in out.lines), (secret, out.lines)


# ---- Python blocks --------------------------------------------------------------------


PYTHON = _blocks("python")


@pytest.mark.parametrize("index", range(len(PYTHON)))
def test_python_example(
    world: World,
    index: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tiktok = world.tiktok

    class AtTheFakes(livecore_trio.tiktok.TikTokProvider):
        def __init__(self, unique_id: str, **kw: Any) -> None:
            kw.setdefault("web_url", tiktok.url)
            kw.setdefault("webcast_url", tiktok.url)
            kw.setdefault("sign_url", world.signer.url)
            kw.setdefault("api_key", "")
            kw.setdefault("trusted_sign_hosts", ["127.0.0.1"])
            super().__init__(unique_id, **kw)

    monkeypatch.setattr(livecore_trio.tiktok, "TikTokProvider", AtTheFakes)
    monkeypatch.setattr(PollPolicy, "delay", lambda *_: 0.01)
    monkeypatch.setenv(SESSION_ID_ENV, SESSION_ID)
    code = world.swap(PYTHON[index])
    exec(compile(code, f"connecting.md[{index}]", "exec"), {"__name__": "doc_example"})
    out = capsys.readouterr().out
    assert out, "the example printed nothing"
    assert SESSION_ID not in out and "secret" not in out
    if "session_id=" in code:
        assert "<redacted>" in out
    if "client.run()" in code:
        assert "live_ended" in out, out
    if "gifts()" in code:
        assert "Rose 1 https://p16.example.invalid/rose.png" in out
    assert sys.modules["livecore_trio.tiktok"].TikTokProvider is AtTheFakes
