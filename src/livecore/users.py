"""What a message's ``User`` says of the viewer: the conveniences on top of its fields.

:class:`livecore.webcast.User` carries every field of the schema's ``User``;
this mixin adds what users ask for most, each from a rule written down in
``docs/events.md#users-roles-and-standing`` (the rules follow what the
peers document: TikTok marks most roles with badges, each badge with a scene
type). Nothing here is cached: a view reads its message on every access.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Protocol

if TYPE_CHECKING:
    from livecore.webcast import (
        BadgeStruct,
        FansClubMember,
        FollowInfo,
        ImageModel,
        UserAttr,
        UserHonor,
    )

__all__ = ["BadgeScene", "FollowStatus", "UserExtras"]


class BadgeScene:
    """``BadgeStruct.scene_type`` values the roles are read from (``BadgeSceneType``)."""

    ADMIN: Final = 1
    FRIENDS: Final = 3
    SUBSCRIBER: Final = 4
    RANK_LIST: Final = 6
    NEW_SUBSCRIBER: Final = 7
    USER_GRADE: Final = 8
    FANS: Final = 10


class FollowStatus:
    """``FollowInfo.follow_status``: the viewer's relation to the streamer."""

    NONE: Final = 0
    FOLLOWER: Final = 1
    FRIEND: Final = 2


_TOP_GIFTER: Final = re.compile(r"ranklist_top_gifter_(\d{1,6})")


def _level(badge: BadgeStruct) -> int:
    raw = badge.privilege_log_extra.level
    return int(raw) if raw.isascii() and raw.isdigit() else 0


def _words(badge: BadgeStruct) -> str:
    """Everything a badge says in text: its text key, its string, its image URLs."""
    parts = [badge.text.key, badge.text.default_pattern, badge.str.str, badge.combine.str]
    parts += badge.image.image.url_list
    parts += badge.combine.icon.url_list
    return "\n".join(parts).lower()


class _User(Protocol):
    """The fields of ``User`` the conveniences read (the mixin's self type)."""

    @property
    def id(self) -> int: ...
    @property
    def nickname(self) -> str: ...
    @property
    def display_id(self) -> str: ...
    @property
    def avatar_thumb(self) -> ImageModel: ...
    @property
    def follow_info(self) -> FollowInfo: ...
    @property
    def user_attr(self) -> UserAttr: ...
    @property
    def badge_list(self) -> tuple[BadgeStruct, ...]: ...
    @property
    def pay_grade(self) -> UserHonor: ...
    @property
    def fans_club(self) -> FansClubMember: ...


class UserExtras:
    """Conveniences of :class:`livecore.webcast.User`."""

    __slots__ = ()

    @property
    def unique_id(self: _User) -> str:
        """The @handle, without ``@`` (the schema's ``display_id``)."""
        return self.display_id

    @property
    def avatar_urls(self: _User) -> tuple[str, ...]:
        """The avatar's URLs (``avatar_thumb.url_list``)."""
        return self.avatar_thumb.url_list

    @property
    def follows_streamer(self: _User) -> bool:
        """The viewer follows the streamer (follow status 1 or 2)."""
        return self.follow_info.follow_status in (FollowStatus.FOLLOWER, FollowStatus.FRIEND)

    @property
    def is_friend(self: _User) -> bool:
        """The viewer and the streamer follow each other (follow status 2, or a friends badge)."""
        return self.follow_info.follow_status == FollowStatus.FRIEND or _has_scene(
            self, BadgeScene.FRIENDS
        )

    @property
    def is_moderator(self: _User) -> bool:
        """A moderator of this room: an admin badge (scene 1) or ``user_attr.is_admin``."""
        attr = self.user_attr
        return attr.is_admin or attr.is_super_admin or _has_scene(self, BadgeScene.ADMIN)

    @property
    def is_subscriber(self: _User) -> bool:
        """Subscribed to the streamer: a subscriber badge (scene 4 or 7), or a badge
        image under ``/sub_``."""
        return any(
            badge.scene_type in (BadgeScene.SUBSCRIBER, BadgeScene.NEW_SUBSCRIBER)
            or "/sub_" in _words(badge)
            for badge in self.badge_list
        )

    @property
    def is_new_gifter(self: _User) -> bool:
        """Sent a first gift lately: a badge that says ``live_ng_``."""
        return any("live_ng_" in _words(badge) for badge in self.badge_list)

    @property
    def top_gifter_rank(self: _User) -> int | None:
        """The rank N of a ``ranklist_top_gifter_N`` badge (the room's top gifters), else None."""
        for badge in self.badge_list:
            found = _TOP_GIFTER.search(_words(badge))
            if found:
                return int(found.group(1))
        return None

    @property
    def gifter_level(self: _User) -> int:
        """The gifter (user grade) level: the level of the badge of scene 8, else
        ``pay_grade.level``, else 0."""
        level = _scene_level(self, BadgeScene.USER_GRADE)
        return self.pay_grade.level if level is None else level

    @property
    def fan_club_level(self: _User) -> int:
        """The level in the streamer's fan club (TikTokLive's member level): the level
        of the badge of scene 10, else ``fans_club.data.level``, else 0."""
        level = _scene_level(self, BadgeScene.FANS)
        return self.fans_club.data.level if level is None else level

    def __repr__(self: _User) -> str:
        return f"User(id={self.id}, unique_id={self.display_id!r}, nickname={self.nickname!r})"

    def __hash__(self: _User) -> int:
        return hash((self.id, self.display_id))


def _has_scene(user: _User, scene: int) -> bool:
    return any(badge.scene_type == scene for badge in user.badge_list)


def _scene_level(user: _User, scene: int) -> int | None:
    """The level of the user's first badge of ``scene``; None without one."""
    for badge in user.badge_list:
        if badge.scene_type == scene:
            return _level(badge)
    return None
