"""argparse types the commands share: a number above zero, a count from zero, a probability, and
any checker that raises ``ValueError``.

Each turns a bad value into ``argparse.ArgumentTypeError``, so the command
line says what is wanted and exits 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["checked", "count", "positive", "probability"]

T = TypeVar("T")


def checked(check: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse type from ``check``: the ``ValueError`` it raises becomes the
    usage error, with the same message."""

    def parse(text: str) -> T:
        try:
            return check(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def positive(kind: type[int] | type[float], maximum: float = 1e12) -> Any:
    """An argparse type: a number of ``kind`` in (0, maximum] (a usage error otherwise)."""

    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not 0 < value <= maximum:
            raise argparse.ArgumentTypeError(f"must be above 0 and at most {maximum:g}, not {text}")
        return value

    return parse


def count(maximum: int = 10**9) -> Any:
    """An argparse type: a whole number from 0 to ``maximum`` (a usage error otherwise)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not 0 <= value <= maximum:
            raise argparse.ArgumentTypeError(f"must be from 0 to {maximum}, not {text}")
        return value

    return parse


def probability(text: str) -> float:
    """An argparse type: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"a probability is between 0 and 1, not {text}")
    return value
