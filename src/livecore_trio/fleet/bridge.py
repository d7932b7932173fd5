"""Running ``nats-py`` (asyncio only) from Trio: two bridges, one call each way per batch.

``thread`` (the default)
    A plain asyncio event loop in a thread of its own; a call is
    ``asyncio.run_coroutine_threadsafe`` there and a Trio event set from
    the future's done callback (``TrioToken.run_sync_soon``) here. nats-py
    runs on stock asyncio, at stock asyncio's speed.
``trio-asyncio``
    ``trio_asyncio.open_loop()`` and ``aio_as_trio``: asyncio's loop
    emulated on top of Trio's, in this thread. Every asyncio callback and
    task becomes Trio work: with a future per event it was far behind the
    thread; with one callback per answer (``publisher``) it is close
    (docs/benchmarks.md, ``bench/fleet.py``).

Either way every call is one crossing: the broker hands over a whole batch
of events, never one event at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any, Final, Protocol

import trio

__all__ = ["BRIDGES", "Bridge", "open_bridge"]

BRIDGES: Final = ("thread", "trio-asyncio")


class Bridge(Protocol):
    async def run(self, fn: Callable[..., Coroutine[Any, Any, Any]], *args: Any) -> Any:
        """``await fn(*args)`` on the asyncio side; its result or its exception here.
        Cancelling the caller cancels the asyncio side."""
        ...


class _TrioAsyncio:
    async def run(self, fn: Callable[..., Coroutine[Any, Any, Any]], *args: Any) -> Any:
        import trio_asyncio

        return await trio_asyncio.aio_as_trio(fn)(*args)


class _Thread:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    async def run(self, fn: Callable[..., Coroutine[Any, Any, Any]], *args: Any) -> Any:
        token = trio.lowlevel.current_trio_token()
        done = trio.Event()

        def wake(_: object) -> None:
            with contextlib.suppress(trio.RunFinishedError):  # nobody waits any more
                token.run_sync_soon(done.set)

        future = asyncio.run_coroutine_threadsafe(fn(*args), self.loop)
        future.add_done_callback(wake)
        try:
            await done.wait()
        except BaseException:
            future.cancel()
            raise
        return future.result()


@asynccontextmanager
async def open_bridge(kind: str = "thread") -> AsyncIterator[Bridge]:
    """A bridge (see the module docstring) for the block's duration. Must run inside Trio."""
    if kind == "trio-asyncio":
        import trio_asyncio

        async with trio_asyncio.open_loop():
            yield _TrioAsyncio()
        return
    if kind != "thread":
        raise ValueError(f"no bridge {kind!r}; one of {', '.join(BRIDGES)}")
    # Made directly, not by the policy: once trio-asyncio is imported, its
    # policy refuses to make a loop from a thread where Trio runs.
    loop = asyncio.SelectorEventLoop()
    thread = threading.Thread(target=_serve, args=(loop,), name="livecore-nats", daemon=True)
    thread.start()
    try:
        yield _Thread(loop)
    finally:

        def stop() -> None:
            for task in asyncio.all_tasks(loop):
                task.cancel()
            loop.call_soon(loop.stop)  # after the cancellations had a turn

        loop.call_soon_threadsafe(stop)
        with trio.CancelScope(shield=True):
            await trio.to_thread.run_sync(thread.join, 5.0)
        if not thread.is_alive():
            loop.close()


def _serve(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    loop.run_forever()
