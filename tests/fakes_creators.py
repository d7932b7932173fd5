"""Creators who go live and offline on a schedule, on a fake TikTok, as TikTok does it.

What the fake holds to (the facts of docs/watching.md):
every LIVE gets a room id of its own; a creator's live page and the room API
say the current LIVE's room id and status 2 while live; offline, status 4
with either no room id or the last LIVE's id still in it (both shapes are
reported; ``offline_room`` picks one); ``check_alive`` answers for the ids it
is asked about, matched by ``room_id_str``, live only for the LIVE that is
on, and in an order of its own (reversed), which a reader by position would
get wrong. A sign server signs only a room that is live: each LIVE's own
simulated room, its first payload pointing at that room.

The schedule starts at :meth:`Creator.begin`. A LIVE ends when its room has
played its whole stream to a client (its ``LiveEndEvent`` sent); the
creator is then offline for ``gap`` seconds and the next LIVE begins. As on
TikTok, a look-up may still say "live" for a moment after the end. Nothing
here knows how livecore looks creators up.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from typing import Literal

from fakes_tiktok import COOKIES, FakeSignServer, FakeTikTok, RoomThread, Seen

from livecore.room import Room, Script

LIVE_STATUS = 2
ENDED_STATUS = 4


class Creator:
    """One creator: offline, then each LIVE of ``streams`` in turn, ``gap`` seconds apart."""

    def __init__(
        self,
        handle: str,
        streams: list[str],
        *,
        first_room: int,
        gap: float = 0.5,
        offline_room: Literal["empty", "last"] = "last",
    ) -> None:
        self.handle = handle
        self.gap = gap
        self.offline_room = offline_room
        self._stack = ExitStack()
        #: Each LIVE's room, in order; LIVE k has room id ``first_room + 7 * k``.
        self.rooms = [
            self._stack.enter_context(
                RoomThread(Room(Script.parse(s), room_id=first_room + 7 * k, rate=200))
            )
            for k, s in enumerate(streams)
        ]
        self._lock = threading.Lock()
        self._live: int | None = None  # the index of the LIVE that is on
        self._last: int | None = None
        #: (LIVE index, "live" or "ended") in the order they happened.
        self.history: list[tuple[int, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._direct, daemon=True)

    def room_id(self, k: int) -> int:
        return self.rooms[k].room.room_id

    @property
    def live_room(self) -> int | None:
        """The room id of the LIVE that is on, if one is."""
        with self._lock:
            return None if self._live is None else self.room_id(self._live)

    def _direct(self) -> None:
        for k, served in enumerate(self.rooms):
            if self._stop.wait(self.gap):
                return
            with self._lock:
                self._live = k
                self.history.append((k, "live"))
            assert served.server is not None  # RoomThread waits until it serves
            while not any(session.finished for session in served.server.sessions):
                if self._stop.wait(0.01):
                    return
            with self._lock:
                self._live, self._last = None, k
                self.history.append((k, "ended"))

    # ---- what TikTok answers ------------------------------------------------------

    def _user(self) -> dict[str, object]:
        with self._lock:
            live, last = self._live, self._last
        if live is not None:
            return {"roomId": str(self.room_id(live)), "status": LIVE_STATUS}
        shown = "" if last is None or self.offline_room == "empty" else str(self.room_id(last))
        return {"roomId": shown, "status": ENDED_STATUS}

    def live_page(self) -> bytes:
        user = {**self._user(), "uniqueId": self.handle, "nickname": self.handle}
        state = {"LiveRoom": {"liveRoomStatus": user["status"], "liveRoomUserInfo": {"user": user}}}
        return (
            '<html><head><script id="SIGI_STATE" type="application/json">'
            f"{json.dumps(state)}</script></head><body></body></html>"
        ).encode()

    def room_api(self) -> bytes:
        user = self._user()
        answer = {
            "data": {
                "user": {**user, "uniqueId": self.handle},
                "liveRoom": {"status": user["status"]},
            },
            "message": "",
            "statusCode": 0,
        }
        return json.dumps(answer).encode()

    def begin(self) -> None:
        """Start the schedule: ``gap`` seconds offline, then the first LIVE."""
        self._thread.start()

    def __enter__(self) -> Creator:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._stack.close()


class ScheduledTikTok(FakeTikTok):
    """TikTok's web side for scheduled creators (anyone else as ``FakeTikTok`` says)."""

    def __init__(self, *creators: Creator) -> None:
        super().__init__()
        self.creators = {c.handle: c for c in creators}

    def answer(self, seen: Seen) -> tuple[int, list[tuple[str, str]], bytes]:
        js = [("Content-Type", "application/json")]
        if seen.path.startswith("/@") and seen.path[2:-5] in self.creators:
            page = self.creators[seen.path[2:-5]].live_page()
            return 200, [("Content-Type", "text/html; charset=utf-8")], page
        if seen.path == "/api-live/user/room/" and seen.query.get("uniqueId") in self.creators:
            return 200, js, self.creators[seen.query["uniqueId"]].room_api()
        if seen.path == "/webcast/room/check_alive/":
            ids = [int(i) for i in seen.query.get("room_ids", "").split(",") if i]
            live = {c.live_room for c in self.creators.values()}
            data = [{"alive": i in live, "room_id_str": str(i)} for i in reversed(ids)]
            return 200, js, json.dumps({"data": data, "status_code": 0}).encode()
        return super().answer(seen)


class ScheduledSigner(FakeSignServer):
    """A sign server that signs the room of a LIVE that is on, and refuses any
    other (TikTok refuses it the sign server: a 500 saying so)."""

    def __init__(self, *creators: Creator) -> None:
        super().__init__(b"")
        self.creators = creators

    def answer(self, seen: Seen) -> tuple[int, list[tuple[str, str]], bytes]:
        if seen.path != "/webcast/fetch":
            return 404, [], b""
        wanted = int(seen.query.get("room_id", "0"))
        for creator in self.creators:
            for k, served in enumerate(creator.rooms):
                if creator.room_id(k) == wanted and creator.live_room == wanted:
                    headers = [
                        ("Content-Type", "application/x-protobuf"),
                        ("X-Set-TT-Cookie", COOKIES),
                    ]
                    return 200, headers, served.first_payload()
        said = {"message": f"TikTok answered 403 for room {wanted}: it is not live"}
        return 500, [("Content-Type", "application/json")], json.dumps(said).encode()

    def signed_rooms(self) -> list[int]:
        """The room ids asked for, in order."""
        return [int(s.query.get("room_id", "0")) for s in self.seen("/webcast/fetch")]


def wait_for(check: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """Poll ``check()`` until true (never hang: fail after ``timeout``)."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)
