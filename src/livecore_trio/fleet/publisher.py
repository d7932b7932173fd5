"""Publishing events into the stream with one inbox for all the stream's answers.

JetStream answers every message published with a reply subject: a PubAck
(stored, or a duplicate of a stored one) or an error. nats-py's
``publish_async`` turns each answer into a future, a parsed JSON document and
a ``PubAck`` object: about 24 µs of CPU per event on the machine of
docs/benchmarks.md, as much as the rest of a worker's work on that event. A
worker only needs to know, for each event of a batch, *stored or not*: here
each message of a batch gets the reply subject ``<inbox>.<batch>.<index>``,
one subscription on ``<inbox>.>`` marks the answers in a byte per event, and
only a refusal is parsed (about 8 µs per event in all). Everything here
runs on the asyncio side of the bridge.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from typing import Any, Final

from livecore.fleet.stream import Outgoing

__all__ = ["Publisher"]

log = logging.getLogger("livecore.fleet.nats")

_WAITING, _STORED, _REFUSED = 0, 1, 2
_STORED_BYTE: Final = bytes([_STORED])
_MSG_ID: Final = "Nats-Msg-Id"


class _Batch:
    __slots__ = ("answered", "done", "status", "why")

    def __init__(self, size: int) -> None:
        self.status = bytearray(size)  # one of _WAITING, _STORED, _REFUSED per message
        self.answered = 0
        self.done = asyncio.Event()
        self.why = ""


class Publisher:
    """Publishes batches on ``nc`` (a connected nats-py client); :meth:`start` first."""

    def __init__(self, nc: Any, unavailable: tuple[type[BaseException], ...]) -> None:
        self._nc = nc
        self._unavailable = unavailable
        self._inbox: str = nc.new_inbox()
        self._batches: dict[int, _Batch] = {}
        self._next = 0

    async def start(self) -> None:
        """Subscribe to the answers (nats-py subscribes again after a reconnect)."""
        await self._nc.subscribe(self._inbox + ".>", cb=self._answer)

    async def publish(self, batch: Sequence[Outgoing], timeout: float) -> int:
        """Publish ``batch`` in order and wait up to ``timeout`` for the answers.

        Returns how many of its first messages the stream stored (a prefix: the
        caller sends the rest again, with the same ``Nats-Msg-Id``). Never raises
        for an unreachable server: that stores nothing more.
        """
        if not batch:
            return 0
        number = self._next
        self._next += 1
        state = self._batches[number] = _Batch(len(batch))
        reply = f"{self._inbox}.{number}."
        publish = self._nc.publish
        try:
            for index, out in enumerate(batch):
                headers = {_MSG_ID: out.nats_msg_id}
                await publish(out.subject, out.body, reply=reply + str(index), headers=headers)
            await asyncio.wait_for(state.done.wait(), timeout)
        except self._unavailable as exc:
            log.debug("publish: %s: %s", type(exc).__name__, exc)
        finally:
            del self._batches[number]  # answers that come later are dropped
        status = state.status
        if state.why:
            log.warning("publish refused: %s", state.why)
        return len(status) - len(status.lstrip(_STORED_BYTE))  # the stored prefix

    async def _answer(self, msg: Any) -> None:
        try:
            _, number, index = msg.subject.rsplit(".", 2)
            state = self._batches.get(int(number))
            at = int(index)
        except ValueError:
            return  # not one of ours
        if state is None or not 0 <= at < len(state.status) or state.status[at] != _WAITING:
            return  # a batch that stopped waiting, or an answer twice
        data: bytes = msg.data
        if data and b'"error"' not in data:
            state.status[at] = _STORED  # a PubAck; {"duplicate": true} was stored before
        else:
            state.status[at] = _REFUSED
            state.why = state.why or _refusal(msg)
        state.answered += 1
        if state.answered == len(state.status):
            state.done.set()


def _refusal(msg: Any) -> str:
    """What the stream said, for the log: its error's description, or the status."""
    try:
        error = json.loads(msg.data)["error"]
        return f"{error.get('description', 'error')} (code {error.get('err_code', '?')})"
    except (ValueError, KeyError, TypeError, AttributeError):
        headers = msg.headers or {}
        status = headers.get("Status", "")
        described = headers.get("Description", "")
        return f"status {status} {described}".strip() if status else "an empty answer"
