"""Exception groups from Trio's nurseries, read one way everywhere.

A nursery wraps what its tasks raised in a (possibly nested) group; the
client wants the one exception a group stands for, and the command line
wants to know whether an interrupt or an unreachable broker is behind one.
Both go through here, so "what does this group mean" has one answer.
"""

from __future__ import annotations

from typing import NoReturn, TypeVar

import trio

__all__ = ["find", "is_cancellation", "leaves", "raise_single", "single"]

E = TypeVar("E", bound=BaseException)


def leaves(exc: BaseException) -> list[BaseException]:
    """Every exception that is not a group, depth first; ``[exc]`` for a plain one."""
    if not isinstance(exc, BaseExceptionGroup):
        return [exc]
    out: list[BaseException] = []
    for inner in exc.exceptions:
        out.extend(leaves(inner))
    return out


def find(exc: BaseException, kind: type[E]) -> E | None:
    """The first leaf of ``exc`` that is a ``kind``, if any."""
    return next((leaf for leaf in leaves(exc) if isinstance(leaf, kind)), None)


def is_cancellation(exc: BaseException) -> bool:
    """Whether ``exc`` is a cancellation, or a group of nothing else."""
    return all(isinstance(leaf, trio.Cancelled) for leaf in leaves(exc))


def single(exc: BaseException) -> BaseException:
    """The one exception ``exc`` stands for: its only leaf that is not a
    cancellation, else one of its cancellations; ``exc`` itself when several
    real exceptions happened at once."""
    found = leaves(exc)
    real = [leaf for leaf in found if not isinstance(leaf, trio.Cancelled)]
    if len(real) == 1:
        return real[0]
    return found[0] if not real and found else exc


def raise_single(group: BaseExceptionGroup[BaseException]) -> NoReturn:
    """Raise :func:`single`'s exception as it was: its cause (an ssl error
    behind a BrokenResourceError, say) and context kept, not the group's."""
    one = single(group)
    if one is group:
        raise group
    context = one.__context__
    try:
        raise one
    finally:
        one.__context__ = context
        del one, context
