"""The gift catalogue: what each gift id is called, what it costs, what it looks like.

``/webcast/gift/list/?room_id=N`` answers JSON whose ``data.gifts`` lists the
gifts the room offers, each with ``id``, ``name``, ``diamond_count`` and
``image.url_list``. :func:`parse_gift_list` reads it into a
:class:`GiftCatalogue`, an immutable lookup by gift id: a ``GiftEvent``
whose message carries no gift name can be named from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

from livecore.web.errors import AgeRestrictedError, UnexpectedAnswerError
from livecore.web.lookup import json_object

__all__ = ["Gift", "GiftCatalogue", "parse_gift_list"]

_WHAT: Final = "the gift list"


@dataclass(frozen=True, slots=True)
class Gift:
    """One gift of the catalogue. ``image_url`` is ``""`` when TikTok gives none."""

    id: int
    name: str
    diamond_count: int
    image_url: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "diamond_count": self.diamond_count,
            "image_url": self.image_url,
        }


@dataclass(frozen=True, slots=True)
class GiftCatalogue:
    """The gifts of a room, in TikTok's order; :meth:`lookup` finds one by id.

    Immutable: made once from an answer, shared freely. When an id repeats,
    its first entry is the one looked up.
    """

    gifts: tuple[Gift, ...] = ()
    _by_id: Mapping[int, Gift] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gifts", tuple(self.gifts))
        by_id: dict[int, Gift] = {}
        for gift in self.gifts:
            by_id.setdefault(gift.id, gift)
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))

    @classmethod
    def of(cls, gifts: Iterable[Gift]) -> GiftCatalogue:
        return cls(tuple(gifts))

    def lookup(self, gift_id: int) -> Gift | None:
        """The gift with this id (its id, name, diamond cost and image URL), or None."""
        return self._by_id.get(gift_id)

    def __len__(self) -> int:
        return len(self.gifts)

    def __iter__(self) -> Iterator[Gift]:
        return iter(self.gifts)

    def __contains__(self, gift_id: object) -> bool:
        return gift_id in self._by_id

    def to_list(self) -> list[dict[str, Any]]:
        return [gift.to_dict() for gift in self.gifts]


def parse_gift_list(
    text: str | bytes, unique_id: str = "", room_id: int = 0, *, with_session: bool = False
) -> GiftCatalogue:
    """Read a gift list answer, or raise what it means: ``BlockedError`` when it
    is not JSON, :class:`AgeRestrictedError` when the room is age-restricted,
    :class:`UnexpectedAnswerError` for a missing ``data.gifts`` or a gift
    without its id, name or diamond count."""
    answer = json_object(text, _WHAT)
    data = answer.get("data")
    if not isinstance(data, dict):
        raise UnexpectedAnswerError(f"{_WHAT} has no 'data' object")
    if "prompts" in data:
        raise AgeRestrictedError(unique_id, room_id, with_session=with_session)
    entries = data.get("gifts")
    if not isinstance(entries, list):
        raise UnexpectedAnswerError(f"{_WHAT} has no 'gifts' list")
    return GiftCatalogue(tuple(_gift(entry, n) for n, entry in enumerate(entries)))


def _gift(entry: object, n: int) -> Gift:
    if not isinstance(entry, dict):
        raise UnexpectedAnswerError(f"{_WHAT}'s gift #{n} is not an object")
    gift_id = entry.get("id")
    if isinstance(gift_id, str) and gift_id.isdigit():
        gift_id = int(gift_id)
    if isinstance(gift_id, bool) or not isinstance(gift_id, int) or not 0 < gift_id < 2**63:
        raise UnexpectedAnswerError(f"{_WHAT}'s gift #{n} has no 'id' (a positive number)")
    name = entry.get("name")
    if not isinstance(name, str):
        raise UnexpectedAnswerError(f"{_WHAT}'s gift {gift_id} has no 'name' (text)")
    diamonds = entry.get("diamond_count")
    if isinstance(diamonds, bool) or not isinstance(diamonds, int) or diamonds < 0:
        raise UnexpectedAnswerError(f"{_WHAT}'s gift {gift_id} has no 'diamond_count' (a number)")
    return Gift(gift_id, name, diamonds, _image(entry.get("image")))


def _image(image: object) -> str:
    """The first http(s) URL of ``image.url_list``; ``""`` when there is none."""
    urls = image.get("url_list") if isinstance(image, dict) else None
    for url in urls if isinstance(urls, list) else ():
        if isinstance(url, str) and url.startswith(("https://", "http://")) and url.isprintable():
            return url
    return ""
