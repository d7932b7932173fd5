"""What the state-machine tests share: their model of the lifecycle, and their Hypothesis profiles.

The model is written from lifecycle.py's docstring and docs/protocol.md, not
from ``livecore.lifecycle``'s tables: its own states and its own transition
table for the control actions. The profiles: ``HYPOTHESIS_PROFILE=ci`` (the
default: 500 machine runs) or ``long`` (20,000), loaded by the machines of
``test_stateful_session.py`` and ``test_stateful_reconnect.py`` only, not by
the whole suite.
"""

from __future__ import annotations

import os

from hypothesis import settings

from livecore import Event, LiveEndEvent, LivePauseEvent, LiveUnpauseEvent

settings.register_profile("ci", max_examples=500, stateful_step_count=25, deadline=None)
settings.register_profile("long", max_examples=20_000, stateful_step_count=50, deadline=None)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

# ---- the model's lifecycle, from lifecycle.py's docstring and docs/protocol.md ----------------

IDLE, CONNECTING, LIVE, PAUSED, ENDED, DISCONNECTED = (
    "idle",
    "connecting",
    "live",
    "paused",
    "ended",
    "disconnected",
)
#: (state, ControlMessage.action) -> (next state, the event announcing it). Anything
#: else (a second pause, an unpause while live, anything after the end) moves nothing.
CONTROL_MOVES: dict[tuple[str, int], tuple[str, type[Event]]] = {
    (LIVE, 1): (PAUSED, LivePauseEvent),
    (PAUSED, 2): (LIVE, LiveUnpauseEvent),
    (LIVE, 3): (ENDED, LiveEndEvent),
    (LIVE, 4): (ENDED, LiveEndEvent),
    (PAUSED, 3): (ENDED, LiveEndEvent),
    (PAUSED, 4): (ENDED, LiveEndEvent),
}
ANNOUNCEMENTS = (LivePauseEvent, LiveUnpauseEvent, LiveEndEvent)
BEFORE_CONNECT = (IDLE, CONNECTING)
