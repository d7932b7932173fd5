"""Exit codes: one meaning each across every command, and every command's
``--help`` says which it gives (a script branches on them)."""

from __future__ import annotations

import argparse

import pytest

from livecore_trio.cli import app as cli
from livecore_trio.cli.exits import Exit


def _commands() -> dict[str, argparse.ArgumentParser]:
    """Every leaf command's parser by its words, ``fleet``'s subcommands included."""
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, words: str) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found[words] = parser
        for action in subs:
            for name, child in action.choices.items():
                walk(child, f"{words} {name}".strip())

    walk(cli._parser(), "")
    return found


COMMANDS = _commands()


def test_every_code_has_one_number_and_every_number_one_code() -> None:
    assert len({code.value for code in Exit}) == len(Exit.__members__)


def test_the_commands_are_all_found() -> None:
    assert {"watch", "info", "gifts", "room", "soak", "fleet up", "fleet soak"} <= set(COMMANDS)


@pytest.mark.parametrize("words", sorted(COMMANDS))
def test_every_help_lists_the_exit_codes(words: str) -> None:
    text = COMMANDS[words].format_help()
    assert "exit codes:" in text
    listed = " ".join(text.split("exit codes:", 1)[1].split())
    for code in (Exit.OK, Exit.USAGE, Exit.INTERRUPTED):
        assert f"{code.value} " in listed


def test_codes_that_collided_are_apart_now() -> None:
    """3 was 'not live' for watch and 'NATS unreachable' for the fleet."""
    assert "3 not live" in COMMANDS["watch"].format_help()
    fleet_help = " ".join(COMMANDS["fleet status"].format_help().split())
    assert "10 NATS unreachable" in fleet_help and "3 not live" not in fleet_help
