"""Reading the room lookup's answers: the live page, the room API and ``check_alive``."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from livecore.web.constants import LIVE_CHECK_ADVICE, OFFLINE_STATUS
from livecore.web.errors import BlockedError, UnexpectedAnswerError, UserNotFoundError


@dataclass(frozen=True, slots=True)
class RoomInfo:
    """A streamer's room as the live page or the room API tells it.

    ``room_id`` 0: no room known (never live, or the page did not say).
    ``live``: False when the answer says offline, None when it does not say.
    """

    room_id: int
    live: bool | None = None


_SIGI_ID: Final = "SIGI_STATE"
_TAG_REACH: Final = 1024  # the longest a <script ...> tag around the id is looked for
_SCRIPT_OPEN = re.compile(r"<script\b", re.IGNORECASE)
_ID_BEFORE = re.compile(r"\bid\s*=\s*[\"']\Z", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.IGNORECASE)
_CAPTCHA = re.compile(r"captcha|verify[-_ ]?(?:center|bar|page)", re.IGNORECASE)


def parse_live_page(html: str | bytes, unique_id: str) -> RoomInfo:
    """The room of ``/@{unique_id}/live`` from its ``SIGI_STATE`` JSON.

    No ``LiveRoom`` in it gives ``RoomInfo(0)`` (never live, or no such user:
    the room API tells those apart). No ``SIGI_STATE``, or one that is not
    JSON, raises :class:`BlockedError`: TikTok answered something else, a
    captcha page typically.
    """
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    found = _sigi_state(text)
    if found is None:
        if _CAPTCHA.search(text):
            raise BlockedError("a captcha page instead of the live page")
        raise BlockedError("the live page has no SIGI_STATE")
    try:
        state = json.loads(found)
    except (ValueError, RecursionError):  # RecursionError: nested too deep ([[[[...)
        raise BlockedError("the live page's SIGI_STATE is not JSON") from None
    live_room = get_path(state, "LiveRoom")
    if not isinstance(live_room, dict):
        return RoomInfo(0)
    user = get_path(live_room, "liveRoomUserInfo", "user")
    if not isinstance(user, dict):
        return RoomInfo(0)
    room_id = room_id_of(user.get("roomId"), "the live page's roomId")
    return RoomInfo(room_id, live_of(user.get("status")))


def _sigi_state(text: str) -> str | None:
    """The text of the first ``<script ... id="SIGI_STATE" ...>...</script>``, or None.

    A scan from each ``SIGI_STATE`` in the page, with the tag around it looked
    for no further than ``_TAG_REACH`` characters each way: linear in the
    page, where a regex from every ``<script`` is quadratic on a hostile one.
    """
    at = text.find(_SIGI_ID)
    last_lt, scanned = -1, 0  # the last "<" in text[:scanned]
    while at >= 0:
        after = at + len(_SIGI_ID)
        found = text.rfind("<", max(scanned, at - _TAG_REACH), at)
        last_lt, scanned = (found if found >= 0 else last_lt), at
        start = last_lt if last_lt >= at - _TAG_REACH else -1
        if (
            start >= 0
            and text[after : after + 1] in ("'", '"')
            and _SCRIPT_OPEN.match(text, start)
            and text.find(">", start, at) < 0  # still inside the tag
            and _ID_BEFORE.search(text, start, at)
        ):
            end = text.find(">", after, after + _TAG_REACH)
            if end >= 0:
                close = _SCRIPT_CLOSE.search(text, end + 1)
                # No close tag after this one: none after any later one either.
                return text[end + 1 : close.start()] if close is not None else None
        at = text.find(_SIGI_ID, after)
    return None


def parse_room_api(text: str | bytes, unique_id: str) -> RoomInfo:
    """The room of ``/api-live/user/room/`` (the fallback when the page does not say).

    Raises :class:`UserNotFoundError` for ``message == "user_not_found"``,
    :class:`BlockedError` for an answer that is not JSON.
    """
    answer = json_object(text, "the room API")
    if answer.get("message") == "user_not_found":
        raise UserNotFoundError(unique_id)
    room_id = room_id_of(get_path(answer, "data", "user", "roomId"), "the room API's roomId")
    return RoomInfo(room_id, live_of(get_path(answer, "data", "liveRoom", "status")))


def parse_check_alive(text: str | bytes, room_ids: Sequence[int]) -> list[bool]:
    """Whether each of ``room_ids`` is live, in their order, from ``check_alive``'s
    ``data`` list.

    Each entry is matched to its room by ``room_id_str`` (the exact id; ``room_id``
    as a number may have lost digits in a JSON reader), never by position: the
    answer's order is not promised. A room the answer leaves out is an
    :class:`UnexpectedAnswerError`, not a guess.
    """
    answer = json_object(text, "check_alive", LIVE_CHECK_ADVICE)
    data = answer.get("data")
    if not isinstance(data, list):
        raise UnexpectedAnswerError("check_alive answered no 'data' list")
    found: dict[int, bool] = {}
    for entry in data:
        flag = entry.get("alive") if isinstance(entry, dict) else None
        if not isinstance(flag, bool):
            raise UnexpectedAnswerError("a check_alive entry has no boolean 'alive'")
        assert isinstance(entry, dict)
        key = entry.get("room_id_str", entry.get("room_id"))
        found[room_id_of(key, "a check_alive entry's room_id_str")] = flag
    missing = [room_id for room_id in room_ids if room_id not in found]
    if missing:
        raise UnexpectedAnswerError(
            f"check_alive answered nothing for room {missing[0]} "
            f"({len(missing)} of {len(room_ids)} rooms missing)"
        )
    return [found[room_id] for room_id in room_ids]


def live_of(status: object) -> bool | None:
    if isinstance(status, bool) or not isinstance(status, int | str):
        return None
    try:
        return int(status) != OFFLINE_STATUS
    except ValueError:
        return None


def room_id_of(value: object, what: str) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise UnexpectedAnswerError(f"{what} is {type(value).__name__}, not a number")
    try:
        room_id = int(value)
    except ValueError:
        raise UnexpectedAnswerError(f"{what} {str(value)[:40]!r} is not a number") from None
    if not 0 <= room_id < 2**63:
        raise UnexpectedAnswerError(f"{what} {room_id} is out of range")
    return room_id


def json_object(text: str | bytes, what: str, advice: str = "") -> dict[str, Any]:
    try:
        answer = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deep ([[[[...)
        raise BlockedError(f"{what} answered something that is not JSON", advice) from None
    if not isinstance(answer, dict):
        raise UnexpectedAnswerError(f"{what} answered JSON that is not an object")
    return answer


def get_path(obj: object, *keys: str) -> object:
    for key in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj
