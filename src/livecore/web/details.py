"""Reading ``/webcast/room/info/``: a room's title, status, viewers, streamer and play URLs.

The answer's ``data`` holds ``title``, ``status`` (2 live, 4 ended),
``user_count``, ``owner`` (``display_id``, ``nickname``) and ``stream_url``.
The play URLs by quality are in ``stream_url.live_core_sdk_data.pull_data.stream_data``,
a JSON *string* whose ``data.<quality>.main`` holds ``flv`` and ``hls``; older
answers have only ``flv_pull_url`` (quality to URL) and ``hls_pull_url``. An
age-restricted room, to a viewer TikTok does not let in, answers a ``data``
with ``prompts`` in it, or almost nothing: :class:`AgeRestrictedError`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from livecore.web.constants import OFFLINE_STATUS
from livecore.web.errors import AgeRestrictedError, UnexpectedAnswerError
from livecore.web.lookup import get_path, json_object, room_id_of

__all__ = ["RoomDetails", "StreamUrls", "parse_room_info"]

_WHAT: Final = "the room info"


@dataclass(frozen=True, slots=True)
class StreamUrls:
    """One quality of a LIVE's video: its name (``origin``, ``hd``, ``sd``...) and
    its play URLs (``""`` when TikTok gives none of that kind)."""

    quality: str
    flv: str = ""
    hls: str = ""


@dataclass(frozen=True, slots=True)
class RoomDetails:
    """What ``/webcast/room/info/`` says of a room."""

    room_id: int
    title: str
    status: int
    viewers: int
    owner_unique_id: str
    owner_nickname: str
    streams: tuple[StreamUrls, ...] = ()

    @property
    def live(self) -> bool:
        return self.status != OFFLINE_STATUS

    def to_dict(self) -> dict[str, Any]:
        return {
            "room_id": self.room_id,
            "title": self.title,
            "status": self.status,
            "live": self.live,
            "viewers": self.viewers,
            "owner": {"unique_id": self.owner_unique_id, "nickname": self.owner_nickname},
            "streams": [{"quality": s.quality, "flv": s.flv, "hls": s.hls} for s in self.streams],
        }


def parse_room_info(
    text: str | bytes, unique_id: str, room_id: int = 0, *, with_session: bool = False
) -> RoomDetails:
    """Read a room info answer, or raise what it means.

    :class:`~livecore.web.BlockedError` for an answer that is not JSON (a
    captcha page), :class:`AgeRestrictedError` for an age-restricted room
    (``with_session``: whether the request carried a session id), and
    :class:`UnexpectedAnswerError` for JSON without the keys it must have or
    with values of the wrong kind. ``room_id``: the room asked for, used when
    the answer does not repeat it.
    """
    answer = json_object(text, _WHAT)
    data = answer.get("data")
    if not isinstance(data, dict):
        raise UnexpectedAnswerError(f"{_WHAT} has no 'data' object")
    if "prompts" in data or len(data) <= 1:
        raise AgeRestrictedError(unique_id, room_id, with_session=with_session)
    owner = data.get("owner")
    if not isinstance(owner, dict):
        raise UnexpectedAnswerError(f"{_WHAT} has no 'owner' object")
    given = data.get("id_str", data.get("id"))
    return RoomDetails(
        room_id=room_id_of(given, f"{_WHAT}'s room id") or room_id,
        title=_text(data, "title"),
        status=_number(data, "status"),
        viewers=_number(data, "user_count"),
        owner_unique_id=_text(owner, "display_id", "owner's "),
        owner_nickname=_text(owner, "nickname", "owner's ", required=False),
        streams=_streams(data.get("stream_url")),
    )


def _text(obj: dict[str, Any], key: str, whose: str = "", *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        said = "no" if value is None else f"a {type(value).__name__} for its"
        raise UnexpectedAnswerError(f"{_WHAT} has {said} {whose}'{key}' (text)")
    return value


def _number(obj: dict[str, Any], key: str) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        said = "no" if value is None else f"a {type(value).__name__} for its"
        raise UnexpectedAnswerError(f"{_WHAT} has {said} '{key}' (a number)")
    return value


def _url(value: object, where: str) -> str:
    if value is None or value == "":
        return ""
    if (
        not isinstance(value, str)
        or not value.startswith(("https://", "http://"))
        or not value.isprintable()
        or " " in value
    ):
        raise UnexpectedAnswerError(f"{_WHAT} has a play URL that is no http(s) URL ({where})")
    return value


def _streams(stream_url: object) -> tuple[StreamUrls, ...]:
    """The play URLs by quality: from ``stream_data`` when there, else the older maps."""
    if stream_url is None:
        return ()  # not live: no video to play
    if not isinstance(stream_url, dict):
        raise UnexpectedAnswerError(f"{_WHAT}'s 'stream_url' is not an object")
    packed = get_path(stream_url, "live_core_sdk_data", "pull_data", "stream_data")
    if packed is not None:
        return _stream_data(packed)
    flv = stream_url.get("flv_pull_url") or {}
    hls = stream_url.get("hls_pull_url_map") or {}
    if not isinstance(flv, dict) or not isinstance(hls, dict):
        raise UnexpectedAnswerError(f"{_WHAT}'s pull URL maps are not objects")
    qualities = [str(q) for q in dict.fromkeys([*flv, *hls])]
    streams = [
        StreamUrls(q, _url(flv.get(q), f"flv {q}"), _url(hls.get(q), f"hls {q}")) for q in qualities
    ]
    default = _url(stream_url.get("hls_pull_url"), "hls_pull_url")
    if default and not any(s.hls for s in streams):
        streams.append(StreamUrls("default", "", default))
    return tuple(streams)


def _stream_data(packed: object) -> tuple[StreamUrls, ...]:
    if not isinstance(packed, str):
        raise UnexpectedAnswerError(f"{_WHAT}'s stream_data is not a JSON string")
    try:
        unpacked = json.loads(packed)
    except (ValueError, RecursionError):
        raise UnexpectedAnswerError(f"{_WHAT}'s stream_data is not JSON") from None
    qualities = get_path(unpacked, "data")
    if not isinstance(qualities, dict):
        raise UnexpectedAnswerError(f"{_WHAT}'s stream_data has no 'data' object")
    streams = []
    for quality, entry in qualities.items():
        main = get_path(entry, "main")
        if not isinstance(main, dict):
            raise UnexpectedAnswerError(
                f"{_WHAT}'s stream_data quality {str(quality)[:40]!r} has no 'main'"
            )
        flv = _url(main.get("flv"), f"flv {quality}")
        hls = _url(main.get("hls"), f"hls {quality}")
        if flv or hls:
            streams.append(StreamUrls(str(quality), flv, hls))
    return tuple(streams)
