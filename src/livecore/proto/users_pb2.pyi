from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BadgeDisplayType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BADGE_DISPLAY_TYPE_UNKNOWN: _ClassVar[BadgeDisplayType]
    BADGE_DISPLAY_TYPE_IMAGE: _ClassVar[BadgeDisplayType]
    BADGE_DISPLAY_TYPE_TEXT: _ClassVar[BadgeDisplayType]
    BADGE_DISPLAY_TYPE_STRING: _ClassVar[BadgeDisplayType]
    BADGE_DISPLAY_TYPE_COMBINE: _ClassVar[BadgeDisplayType]

class BadgeExhibitionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BADGE_EXHIBITION_TYPE_BADGE: _ClassVar[BadgeExhibitionType]
    BADGE_EXHIBITION_TYPE_IDENTITY_LABEL: _ClassVar[BadgeExhibitionType]

class BadgePriorityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BADGE_PRIORITY_TYPE_UNKNOWN: _ClassVar[BadgePriorityType]
    BADGE_PRIORITY_TYPE_STRONG_RELATION: _ClassVar[BadgePriorityType]
    BADGE_PRIORITY_TYPE_PLATFORM: _ClassVar[BadgePriorityType]
    BADGE_PRIORITY_TYPE_RELATION: _ClassVar[BadgePriorityType]
    BADGE_PRIORITY_TYPE_ACTIVITY: _ClassVar[BadgePriorityType]
    BADGE_PRIORITY_TYPE_RANK_LIST: _ClassVar[BadgePriorityType]

class BadgeSceneType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BADGE_SCENE_TYPE_UNKNOWN: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_ADMIN: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_FIRST_RECHARGE: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_FRIENDS: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_SUBSCRIBER: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_ACTIVITY: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_RANK_LIST: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_NEW_SUBSCRIBER: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_USER_GRADE: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_STATE_CONTROLLED_MEDIA: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_FANS: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_LIVE_PRO: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_ANCHOR: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_CLASS_RANK: _ClassVar[BadgeSceneType]
    BADGE_SCENE_TYPE_ENIGMA: _ClassVar[BadgeSceneType]

class DisplayStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISPLAY_STATUS_NORMAL: _ClassVar[DisplayStatus]
    DISPLAY_STATUS_SHADOW: _ClassVar[DisplayStatus]

class LinkmicStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINKMIC_STATUS_DISABLE: _ClassVar[LinkmicStatus]
    LINKMIC_STATUS_ENABLE: _ClassVar[LinkmicStatus]
    LINKMIC_STATUS_JUST_FOLLOWING: _ClassVar[LinkmicStatus]
    LINKMIC_STATUS_MULTI_LINKING: _ClassVar[LinkmicStatus]
    LINKMIC_STATUS_MULTI_LINKING_ONLY_FOLLOWING: _ClassVar[LinkmicStatus]

class LiveEventInfoEventPayMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LIVE_EVENT_INFO_EVENT_PAY_METHOD_EVENT_PAY_METHOD_INVALID: _ClassVar[LiveEventInfoEventPayMethod]
    LIVE_EVENT_INFO_EVENT_PAY_METHOD_EVENT_PAY_METHOD_COINS: _ClassVar[LiveEventInfoEventPayMethod]
    LIVE_EVENT_INFO_EVENT_PAY_METHOD_EVENT_PAY_METHOD_CASH: _ClassVar[LiveEventInfoEventPayMethod]

class Position(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POSITION_UNKNOWN: _ClassVar[Position]
    POSITION_LEFT: _ClassVar[Position]
    POSITION_RIGHT: _ClassVar[Position]

class SubSplitPeriod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUB_SPLIT_PERIOD_UNKNOWN: _ClassVar[SubSplitPeriod]
    SUB_SPLIT_PERIOD_ANNOUNCEMENT: _ClassVar[SubSplitPeriod]
    SUB_SPLIT_PERIOD_TRANSITION: _ClassVar[SubSplitPeriod]
    SUB_SPLIT_PERIOD_OFFICIAL: _ClassVar[SubSplitPeriod]

class TimerDetailAntidirtStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TIMER_DETAIL_ANTIDIRT_STATUS_PASS: _ClassVar[TimerDetailAntidirtStatus]
    TIMER_DETAIL_ANTIDIRT_STATUS_FAILED: _ClassVar[TimerDetailAntidirtStatus]

class TimerDetailAuditStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_UNKNOWN: _ClassVar[TimerDetailAuditStatus]
    TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_PASS: _ClassVar[TimerDetailAuditStatus]
    TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_FAILED: _ClassVar[TimerDetailAuditStatus]
    TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_REVIEWING: _ClassVar[TimerDetailAuditStatus]
    TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_FORBIDDEN: _ClassVar[TimerDetailAuditStatus]

class TimerStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TIMER_STATUS_NOT_STARTED: _ClassVar[TimerStatus]
    TIMER_STATUS_RUNNING: _ClassVar[TimerStatus]
    TIMER_STATUS_PAUSED: _ClassVar[TimerStatus]
    TIMER_STATUS_CANCELLED: _ClassVar[TimerStatus]
    TIMER_STATUS_FINISHED: _ClassVar[TimerStatus]

class UserEcommerceEntranceCreatorType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_ECOMMERCE_ENTRANCE_CREATOR_TYPE_UNDEFINED: _ClassVar[UserEcommerceEntranceCreatorType]
    USER_ECOMMERCE_ENTRANCE_CREATOR_TYPE_OFFICIAL: _ClassVar[UserEcommerceEntranceCreatorType]
    USER_ECOMMERCE_ENTRANCE_CREATOR_TYPE_MARKET: _ClassVar[UserEcommerceEntranceCreatorType]
    USER_ECOMMERCE_ENTRANCE_CREATOR_TYPE_NORMAL: _ClassVar[UserEcommerceEntranceCreatorType]

class UserEcommerceEntranceEntranceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_ECOMMERCE_ENTRANCE_ENTRANCE_TYPE_PROFILE: _ClassVar[UserEcommerceEntranceEntranceType]
    USER_ECOMMERCE_ENTRANCE_ENTRANCE_TYPE_SHOWCASE: _ClassVar[UserEcommerceEntranceEntranceType]
    USER_ECOMMERCE_ENTRANCE_ENTRANCE_TYPE_SHOP: _ClassVar[UserEcommerceEntranceEntranceType]

class UserEcommerceEntranceViewVersion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_ECOMMERCE_ENTRANCE_VIEW_VERSION_VIEW_VERSION_UNKNOWN: _ClassVar[UserEcommerceEntranceViewVersion]
    USER_ECOMMERCE_ENTRANCE_VIEW_VERSION_VIEW_VERSION_STAR_SHOP: _ClassVar[UserEcommerceEntranceViewVersion]

class UserFansClubFansClubDataUserFansClubStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_FANS_CLUB_FANS_CLUB_DATA_USER_FANS_CLUB_STATUS_NOT_JOINED: _ClassVar[UserFansClubFansClubDataUserFansClubStatus]
    USER_FANS_CLUB_FANS_CLUB_DATA_USER_FANS_CLUB_STATUS_ACTIVE: _ClassVar[UserFansClubFansClubDataUserFansClubStatus]
    USER_FANS_CLUB_FANS_CLUB_DATA_USER_FANS_CLUB_STATUS_INACTIVE: _ClassVar[UserFansClubFansClubDataUserFansClubStatus]

class UserSubscribeInfoPayStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_UNKNOWN: _ClassVar[UserSubscribeInfoPayStatus]
    USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_ONE_TIME: _ClassVar[UserSubscribeInfoPayStatus]
    USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_AUTO_DEDUCTION: _ClassVar[UserSubscribeInfoPayStatus]
    USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_AUTO_DEDUCTION_CANCELED: _ClassVar[UserSubscribeInfoPayStatus]
    USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_REVOKE: _ClassVar[UserSubscribeInfoPayStatus]
BADGE_DISPLAY_TYPE_UNKNOWN: BadgeDisplayType
BADGE_DISPLAY_TYPE_IMAGE: BadgeDisplayType
BADGE_DISPLAY_TYPE_TEXT: BadgeDisplayType
BADGE_DISPLAY_TYPE_STRING: BadgeDisplayType
BADGE_DISPLAY_TYPE_COMBINE: BadgeDisplayType
BADGE_EXHIBITION_TYPE_BADGE: BadgeExhibitionType
BADGE_EXHIBITION_TYPE_IDENTITY_LABEL: BadgeExhibitionType
BADGE_PRIORITY_TYPE_UNKNOWN: BadgePriorityType
BADGE_PRIORITY_TYPE_STRONG_RELATION: BadgePriorityType
BADGE_PRIORITY_TYPE_PLATFORM: BadgePriorityType
BADGE_PRIORITY_TYPE_RELATION: BadgePriorityType
BADGE_PRIORITY_TYPE_ACTIVITY: BadgePriorityType
BADGE_PRIORITY_TYPE_RANK_LIST: BadgePriorityType
BADGE_SCENE_TYPE_UNKNOWN: BadgeSceneType
BADGE_SCENE_TYPE_ADMIN: BadgeSceneType
BADGE_SCENE_TYPE_FIRST_RECHARGE: BadgeSceneType
BADGE_SCENE_TYPE_FRIENDS: BadgeSceneType
BADGE_SCENE_TYPE_SUBSCRIBER: BadgeSceneType
BADGE_SCENE_TYPE_ACTIVITY: BadgeSceneType
BADGE_SCENE_TYPE_RANK_LIST: BadgeSceneType
BADGE_SCENE_TYPE_NEW_SUBSCRIBER: BadgeSceneType
BADGE_SCENE_TYPE_USER_GRADE: BadgeSceneType
BADGE_SCENE_TYPE_STATE_CONTROLLED_MEDIA: BadgeSceneType
BADGE_SCENE_TYPE_FANS: BadgeSceneType
BADGE_SCENE_TYPE_LIVE_PRO: BadgeSceneType
BADGE_SCENE_TYPE_ANCHOR: BadgeSceneType
BADGE_SCENE_TYPE_CLASS_RANK: BadgeSceneType
BADGE_SCENE_TYPE_ENIGMA: BadgeSceneType
DISPLAY_STATUS_NORMAL: DisplayStatus
DISPLAY_STATUS_SHADOW: DisplayStatus
LINKMIC_STATUS_DISABLE: LinkmicStatus
LINKMIC_STATUS_ENABLE: LinkmicStatus
LINKMIC_STATUS_JUST_FOLLOWING: LinkmicStatus
LINKMIC_STATUS_MULTI_LINKING: LinkmicStatus
LINKMIC_STATUS_MULTI_LINKING_ONLY_FOLLOWING: LinkmicStatus
LIVE_EVENT_INFO_EVENT_PAY_METHOD_EVENT_PAY_METHOD_INVALID: LiveEventInfoEventPayMethod
LIVE_EVENT_INFO_EVENT_PAY_METHOD_EVENT_PAY_METHOD_COINS: LiveEventInfoEventPayMethod
LIVE_EVENT_INFO_EVENT_PAY_METHOD_EVENT_PAY_METHOD_CASH: LiveEventInfoEventPayMethod
POSITION_UNKNOWN: Position
POSITION_LEFT: Position
POSITION_RIGHT: Position
SUB_SPLIT_PERIOD_UNKNOWN: SubSplitPeriod
SUB_SPLIT_PERIOD_ANNOUNCEMENT: SubSplitPeriod
SUB_SPLIT_PERIOD_TRANSITION: SubSplitPeriod
SUB_SPLIT_PERIOD_OFFICIAL: SubSplitPeriod
TIMER_DETAIL_ANTIDIRT_STATUS_PASS: TimerDetailAntidirtStatus
TIMER_DETAIL_ANTIDIRT_STATUS_FAILED: TimerDetailAntidirtStatus
TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_UNKNOWN: TimerDetailAuditStatus
TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_PASS: TimerDetailAuditStatus
TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_FAILED: TimerDetailAuditStatus
TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_REVIEWING: TimerDetailAuditStatus
TIMER_DETAIL_AUDIT_STATUS_AUDIT_STATUS_FORBIDDEN: TimerDetailAuditStatus
TIMER_STATUS_NOT_STARTED: TimerStatus
TIMER_STATUS_RUNNING: TimerStatus
TIMER_STATUS_PAUSED: TimerStatus
TIMER_STATUS_CANCELLED: TimerStatus
TIMER_STATUS_FINISHED: TimerStatus
USER_ECOMMERCE_ENTRANCE_CREATOR_TYPE_UNDEFINED: UserEcommerceEntranceCreatorType
USER_ECOMMERCE_ENTRANCE_CREATOR_TYPE_OFFICIAL: UserEcommerceEntranceCreatorType
USER_ECOMMERCE_ENTRANCE_CREATOR_TYPE_MARKET: UserEcommerceEntranceCreatorType
USER_ECOMMERCE_ENTRANCE_CREATOR_TYPE_NORMAL: UserEcommerceEntranceCreatorType
USER_ECOMMERCE_ENTRANCE_ENTRANCE_TYPE_PROFILE: UserEcommerceEntranceEntranceType
USER_ECOMMERCE_ENTRANCE_ENTRANCE_TYPE_SHOWCASE: UserEcommerceEntranceEntranceType
USER_ECOMMERCE_ENTRANCE_ENTRANCE_TYPE_SHOP: UserEcommerceEntranceEntranceType
USER_ECOMMERCE_ENTRANCE_VIEW_VERSION_VIEW_VERSION_UNKNOWN: UserEcommerceEntranceViewVersion
USER_ECOMMERCE_ENTRANCE_VIEW_VERSION_VIEW_VERSION_STAR_SHOP: UserEcommerceEntranceViewVersion
USER_FANS_CLUB_FANS_CLUB_DATA_USER_FANS_CLUB_STATUS_NOT_JOINED: UserFansClubFansClubDataUserFansClubStatus
USER_FANS_CLUB_FANS_CLUB_DATA_USER_FANS_CLUB_STATUS_ACTIVE: UserFansClubFansClubDataUserFansClubStatus
USER_FANS_CLUB_FANS_CLUB_DATA_USER_FANS_CLUB_STATUS_INACTIVE: UserFansClubFansClubDataUserFansClubStatus
USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_UNKNOWN: UserSubscribeInfoPayStatus
USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_ONE_TIME: UserSubscribeInfoPayStatus
USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_AUTO_DEDUCTION: UserSubscribeInfoPayStatus
USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_AUTO_DEDUCTION_CANCELED: UserSubscribeInfoPayStatus
USER_SUBSCRIBE_INFO_PAY_STATUS_SUB_STATUS_REVOKE: UserSubscribeInfoPayStatus

class ActivityRewardInfo(_message.Message):
    __slots__ = ("badge", "storytag")
    BADGE_FIELD_NUMBER: _ClassVar[int]
    STORYTAG_FIELD_NUMBER: _ClassVar[int]
    badge: ImageModel
    storytag: ImageModel
    def __init__(self, badge: _Optional[_Union[ImageModel, _Mapping]] = ..., storytag: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class AnchorInfo(_message.Message):
    __slots__ = ("level",)
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    level: int
    def __init__(self, level: _Optional[int] = ...) -> None: ...

class AnchorLevel(_message.Message):
    __slots__ = ("level", "experience", "lowest_experience_this_level", "highest_experience_this_level", "task_start_experience", "task_start_time", "task_decrease_experience", "task_target_experience", "task_end_time", "profile_dialog_bg", "profile_dialog_bg_back", "stage_level", "small_icon")
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    LOWEST_EXPERIENCE_THIS_LEVEL_FIELD_NUMBER: _ClassVar[int]
    HIGHEST_EXPERIENCE_THIS_LEVEL_FIELD_NUMBER: _ClassVar[int]
    TASK_START_EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    TASK_START_TIME_FIELD_NUMBER: _ClassVar[int]
    TASK_DECREASE_EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    TASK_TARGET_EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    TASK_END_TIME_FIELD_NUMBER: _ClassVar[int]
    PROFILE_DIALOG_BG_FIELD_NUMBER: _ClassVar[int]
    PROFILE_DIALOG_BG_BACK_FIELD_NUMBER: _ClassVar[int]
    STAGE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    SMALL_ICON_FIELD_NUMBER: _ClassVar[int]
    level: int
    experience: int
    lowest_experience_this_level: int
    highest_experience_this_level: int
    task_start_experience: int
    task_start_time: int
    task_decrease_experience: int
    task_target_experience: int
    task_end_time: int
    profile_dialog_bg: ImageModel
    profile_dialog_bg_back: ImageModel
    stage_level: ImageModel
    small_icon: ImageModel
    def __init__(self, level: _Optional[int] = ..., experience: _Optional[int] = ..., lowest_experience_this_level: _Optional[int] = ..., highest_experience_this_level: _Optional[int] = ..., task_start_experience: _Optional[int] = ..., task_start_time: _Optional[int] = ..., task_decrease_experience: _Optional[int] = ..., task_target_experience: _Optional[int] = ..., task_end_time: _Optional[int] = ..., profile_dialog_bg: _Optional[_Union[ImageModel, _Mapping]] = ..., profile_dialog_bg_back: _Optional[_Union[ImageModel, _Mapping]] = ..., stage_level: _Optional[_Union[ImageModel, _Mapping]] = ..., small_icon: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class ArrowConfig(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AuthenticationInfo(_message.Message):
    __slots__ = ("custom_verify", "enterprise_verify_reason", "authentication_badge", "has_cert")
    CUSTOM_VERIFY_FIELD_NUMBER: _ClassVar[int]
    ENTERPRISE_VERIFY_REASON_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_BADGE_FIELD_NUMBER: _ClassVar[int]
    HAS_CERT_FIELD_NUMBER: _ClassVar[int]
    custom_verify: str
    enterprise_verify_reason: str
    authentication_badge: ImageModel
    has_cert: bool
    def __init__(self, custom_verify: _Optional[str] = ..., enterprise_verify_reason: _Optional[str] = ..., authentication_badge: _Optional[_Union[ImageModel, _Mapping]] = ..., has_cert: _Optional[bool] = ...) -> None: ...

class Author(_message.Message):
    __slots__ = ("video_total_count", "video_total_play_count", "video_total_favorite_count")
    VIDEO_TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    VIDEO_TOTAL_PLAY_COUNT_FIELD_NUMBER: _ClassVar[int]
    VIDEO_TOTAL_FAVORITE_COUNT_FIELD_NUMBER: _ClassVar[int]
    video_total_count: int
    video_total_play_count: int
    video_total_favorite_count: int
    def __init__(self, video_total_count: _Optional[int] = ..., video_total_play_count: _Optional[int] = ..., video_total_favorite_count: _Optional[int] = ...) -> None: ...

class BadgeStruct(_message.Message):
    __slots__ = ("display_type", "priority_type", "scene_type", "position", "display_status", "greyed_by_client", "exhibition_type", "openweburl", "display", "privilege_log_extra", "image", "text", "str", "combine", "is_customized")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCENE_TYPE_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STATUS_FIELD_NUMBER: _ClassVar[int]
    GREYED_BY_CLIENT_FIELD_NUMBER: _ClassVar[int]
    EXHIBITION_TYPE_FIELD_NUMBER: _ClassVar[int]
    OPENWEBURL_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    STR_FIELD_NUMBER: _ClassVar[int]
    COMBINE_FIELD_NUMBER: _ClassVar[int]
    IS_CUSTOMIZED_FIELD_NUMBER: _ClassVar[int]
    display_type: BadgeDisplayType
    priority_type: BadgePriorityType
    scene_type: BadgeSceneType
    position: Position
    display_status: DisplayStatus
    greyed_by_client: int
    exhibition_type: BadgeExhibitionType
    openweburl: str
    display: bool
    privilege_log_extra: PrivilegeLogExtra
    image: ImageBadge
    text: TextBadge
    str: StringBadge
    combine: CombineBadgeStruct
    is_customized: bool
    def __init__(self, display_type: _Optional[_Union[BadgeDisplayType, str]] = ..., priority_type: _Optional[_Union[BadgePriorityType, str]] = ..., scene_type: _Optional[_Union[BadgeSceneType, str]] = ..., position: _Optional[_Union[Position, str]] = ..., display_status: _Optional[_Union[DisplayStatus, str]] = ..., greyed_by_client: _Optional[int] = ..., exhibition_type: _Optional[_Union[BadgeExhibitionType, str]] = ..., openweburl: _Optional[str] = ..., display: _Optional[bool] = ..., privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., image: _Optional[_Union[ImageBadge, _Mapping]] = ..., text: _Optional[_Union[TextBadge, _Mapping]] = ..., str: _Optional[_Union[StringBadge, _Mapping]] = ..., combine: _Optional[_Union[CombineBadgeStruct, _Mapping]] = ..., is_customized: _Optional[bool] = ...) -> None: ...

class BadgeText(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BorderInfo(_message.Message):
    __slots__ = ("icon", "level", "source", "profile_decoration_ribbon", "border_privilege_log_extra", "profile_privilege_log_extra", "avatar_background_color", "avatar_background_border_color", "name_starling_key", "desc_starling_key", "name", "description", "is_taller_avatar_background")
    ICON_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_DECORATION_RIBBON_FIELD_NUMBER: _ClassVar[int]
    BORDER_PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    PROFILE_PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BACKGROUND_BORDER_COLOR_FIELD_NUMBER: _ClassVar[int]
    NAME_STARLING_KEY_FIELD_NUMBER: _ClassVar[int]
    DESC_STARLING_KEY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IS_TALLER_AVATAR_BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    level: int
    source: str
    profile_decoration_ribbon: ImageModel
    border_privilege_log_extra: PrivilegeLogExtra
    profile_privilege_log_extra: PrivilegeLogExtra
    avatar_background_color: str
    avatar_background_border_color: str
    name_starling_key: str
    desc_starling_key: str
    name: str
    description: str
    is_taller_avatar_background: bool
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., level: _Optional[int] = ..., source: _Optional[str] = ..., profile_decoration_ribbon: _Optional[_Union[ImageModel, _Mapping]] = ..., border_privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., profile_privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., avatar_background_color: _Optional[str] = ..., avatar_background_border_color: _Optional[str] = ..., name_starling_key: _Optional[str] = ..., desc_starling_key: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., is_taller_avatar_background: _Optional[bool] = ...) -> None: ...

class CombineBadgeBackground(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CombineBadgeStruct(_message.Message):
    __slots__ = ("display_type", "icon", "text", "str", "padding", "font_style", "profile_card_panel", "background", "background_dark_mode", "icon_auto_mirrored", "background_auto_mirrored", "public_screen_show_style", "personal_card_show_style", "ranklist_online_audience_show_style", "multi_guest_show_style", "arrow_config", "padding_new_font")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    STR_FIELD_NUMBER: _ClassVar[int]
    PADDING_FIELD_NUMBER: _ClassVar[int]
    FONT_STYLE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_CARD_PANEL_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_DARK_MODE_FIELD_NUMBER: _ClassVar[int]
    ICON_AUTO_MIRRORED_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_AUTO_MIRRORED_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_SCREEN_SHOW_STYLE_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_CARD_SHOW_STYLE_FIELD_NUMBER: _ClassVar[int]
    RANKLIST_ONLINE_AUDIENCE_SHOW_STYLE_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_SHOW_STYLE_FIELD_NUMBER: _ClassVar[int]
    ARROW_CONFIG_FIELD_NUMBER: _ClassVar[int]
    PADDING_NEW_FONT_FIELD_NUMBER: _ClassVar[int]
    display_type: int
    icon: ImageModel
    text: BadgeText
    str: str
    padding: PaddingInfo
    font_style: FontStyle
    profile_card_panel: ProfileCardPanel
    background: CombineBadgeBackground
    background_dark_mode: CombineBadgeBackground
    icon_auto_mirrored: bool
    background_auto_mirrored: bool
    public_screen_show_style: int
    personal_card_show_style: int
    ranklist_online_audience_show_style: int
    multi_guest_show_style: int
    arrow_config: ArrowConfig
    padding_new_font: PaddingInfo
    def __init__(self, display_type: _Optional[int] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., text: _Optional[_Union[BadgeText, _Mapping]] = ..., str: _Optional[str] = ..., padding: _Optional[_Union[PaddingInfo, _Mapping]] = ..., font_style: _Optional[_Union[FontStyle, _Mapping]] = ..., profile_card_panel: _Optional[_Union[ProfileCardPanel, _Mapping]] = ..., background: _Optional[_Union[CombineBadgeBackground, _Mapping]] = ..., background_dark_mode: _Optional[_Union[CombineBadgeBackground, _Mapping]] = ..., icon_auto_mirrored: _Optional[bool] = ..., background_auto_mirrored: _Optional[bool] = ..., public_screen_show_style: _Optional[int] = ..., personal_card_show_style: _Optional[int] = ..., ranklist_online_audience_show_style: _Optional[int] = ..., multi_guest_show_style: _Optional[int] = ..., arrow_config: _Optional[_Union[ArrowConfig, _Mapping]] = ..., padding_new_font: _Optional[_Union[PaddingInfo, _Mapping]] = ...) -> None: ...

class ComboBadgeInfo(_message.Message):
    __slots__ = ("icon", "combo_count")
    ICON_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    combo_count: int
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., combo_count: _Optional[int] = ...) -> None: ...

class Content(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EcommerceEntrance(_message.Message):
    __slots__ = ("entrance_type", "creator_type", "schema", "shop_entrance_info", "showcase_entrance_info", "view_version")
    ENTRANCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SHOP_ENTRANCE_INFO_FIELD_NUMBER: _ClassVar[int]
    SHOWCASE_ENTRANCE_INFO_FIELD_NUMBER: _ClassVar[int]
    VIEW_VERSION_FIELD_NUMBER: _ClassVar[int]
    entrance_type: UserEcommerceEntranceEntranceType
    creator_type: UserEcommerceEntranceCreatorType
    schema: str
    shop_entrance_info: ShopEntranceInfo
    showcase_entrance_info: ShowcaseEntranceInfo
    view_version: UserEcommerceEntranceViewVersion
    def __init__(self, entrance_type: _Optional[_Union[UserEcommerceEntranceEntranceType, str]] = ..., creator_type: _Optional[_Union[UserEcommerceEntranceCreatorType, str]] = ..., schema: _Optional[str] = ..., shop_entrance_info: _Optional[_Union[ShopEntranceInfo, _Mapping]] = ..., showcase_entrance_info: _Optional[_Union[ShowcaseEntranceInfo, _Mapping]] = ..., view_version: _Optional[_Union[UserEcommerceEntranceViewVersion, str]] = ...) -> None: ...

class EnigmaInfo(_message.Message):
    __slots__ = ("is_enigma_mask_on",)
    IS_ENIGMA_MASK_ON_FIELD_NUMBER: _ClassVar[int]
    is_enigma_mask_on: bool
    def __init__(self, is_enigma_mask_on: _Optional[bool] = ...) -> None: ...

class EventUserInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FansClubData(_message.Message):
    __slots__ = ("club_name", "level", "user_fans_club_status", "badge", "available_gift_ids", "anchor_id")
    CLUB_NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    USER_FANS_CLUB_STATUS_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_GIFT_IDS_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    club_name: str
    level: int
    user_fans_club_status: UserFansClubFansClubDataUserFansClubStatus
    badge: UserBadge
    available_gift_ids: _containers.RepeatedScalarFieldContainer[int]
    anchor_id: int
    def __init__(self, club_name: _Optional[str] = ..., level: _Optional[int] = ..., user_fans_club_status: _Optional[_Union[UserFansClubFansClubDataUserFansClubStatus, str]] = ..., badge: _Optional[_Union[UserBadge, _Mapping]] = ..., available_gift_ids: _Optional[_Iterable[int]] = ..., anchor_id: _Optional[int] = ...) -> None: ...

class FansClubInfo(_message.Message):
    __slots__ = ("is_sleeping", "fans_level", "fans_score", "badge", "fans_count", "fans_club_name")
    IS_SLEEPING_FIELD_NUMBER: _ClassVar[int]
    FANS_LEVEL_FIELD_NUMBER: _ClassVar[int]
    FANS_SCORE_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    FANS_COUNT_FIELD_NUMBER: _ClassVar[int]
    FANS_CLUB_NAME_FIELD_NUMBER: _ClassVar[int]
    is_sleeping: bool
    fans_level: int
    fans_score: int
    badge: ImageModel
    fans_count: int
    fans_club_name: str
    def __init__(self, is_sleeping: _Optional[bool] = ..., fans_level: _Optional[int] = ..., fans_score: _Optional[int] = ..., badge: _Optional[_Union[ImageModel, _Mapping]] = ..., fans_count: _Optional[int] = ..., fans_club_name: _Optional[str] = ...) -> None: ...

class FansClubMember(_message.Message):
    __slots__ = ("data", "prefer_data")
    class PreferDataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: FansClubData
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[FansClubData, _Mapping]] = ...) -> None: ...
    DATA_FIELD_NUMBER: _ClassVar[int]
    PREFER_DATA_FIELD_NUMBER: _ClassVar[int]
    data: FansClubData
    prefer_data: _containers.MessageMap[int, FansClubData]
    def __init__(self, data: _Optional[_Union[FansClubData, _Mapping]] = ..., prefer_data: _Optional[_Mapping[int, FansClubData]] = ...) -> None: ...

class FollowInfo(_message.Message):
    __slots__ = ("following_count", "follower_count", "follow_status", "push_status")
    FOLLOWING_COUNT_FIELD_NUMBER: _ClassVar[int]
    FOLLOWER_COUNT_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    PUSH_STATUS_FIELD_NUMBER: _ClassVar[int]
    following_count: int
    follower_count: int
    follow_status: int
    push_status: int
    def __init__(self, following_count: _Optional[int] = ..., follower_count: _Optional[int] = ..., follow_status: _Optional[int] = ..., push_status: _Optional[int] = ...) -> None: ...

class FontStyle(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GradeIcon(_message.Message):
    __slots__ = ("icon", "icon_diamond", "level", "level_str")
    ICON_FIELD_NUMBER: _ClassVar[int]
    ICON_DIAMOND_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    LEVEL_STR_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    icon_diamond: int
    level: int
    level_str: str
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., icon_diamond: _Optional[int] = ..., level: _Optional[int] = ..., level_str: _Optional[str] = ...) -> None: ...

class ImageBadge(_message.Message):
    __slots__ = ("display_type", "image")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    display_type: BadgeDisplayType
    image: ImageModel
    def __init__(self, display_type: _Optional[_Union[BadgeDisplayType, str]] = ..., image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class ImageModel(_message.Message):
    __slots__ = ("url_list", "uri", "height", "width", "avg_color", "image_type", "open_web_url", "content", "is_animated")
    URL_LIST_FIELD_NUMBER: _ClassVar[int]
    URI_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    AVG_COLOR_FIELD_NUMBER: _ClassVar[int]
    IMAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    OPEN_WEB_URL_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    IS_ANIMATED_FIELD_NUMBER: _ClassVar[int]
    url_list: _containers.RepeatedScalarFieldContainer[str]
    uri: str
    height: int
    width: int
    avg_color: str
    image_type: int
    open_web_url: str
    content: Content
    is_animated: bool
    def __init__(self, url_list: _Optional[_Iterable[str]] = ..., uri: _Optional[str] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., avg_color: _Optional[str] = ..., image_type: _Optional[int] = ..., open_web_url: _Optional[str] = ..., content: _Optional[_Union[Content, _Mapping]] = ..., is_animated: _Optional[bool] = ...) -> None: ...

class LiveEventInfo(_message.Message):
    __slots__ = ("event_id", "start_time", "duration", "title", "description", "has_subscribed", "is_paid_event", "ticket_amount", "pay_method", "wallet_pkg_dict", "event_user_info", "subscribed_count", "paid_event_preview", "wallet_package", "register_type", "periodic_settings", "periodic_shows")
    class WalletPkgDictEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: WalletPackage
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[WalletPackage, _Mapping]] = ...) -> None: ...
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    HAS_SUBSCRIBED_FIELD_NUMBER: _ClassVar[int]
    IS_PAID_EVENT_FIELD_NUMBER: _ClassVar[int]
    TICKET_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    PAY_METHOD_FIELD_NUMBER: _ClassVar[int]
    WALLET_PKG_DICT_FIELD_NUMBER: _ClassVar[int]
    EVENT_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBED_COUNT_FIELD_NUMBER: _ClassVar[int]
    PAID_EVENT_PREVIEW_FIELD_NUMBER: _ClassVar[int]
    WALLET_PACKAGE_FIELD_NUMBER: _ClassVar[int]
    REGISTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    PERIODIC_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    PERIODIC_SHOWS_FIELD_NUMBER: _ClassVar[int]
    event_id: int
    start_time: int
    duration: int
    title: str
    description: str
    has_subscribed: bool
    is_paid_event: bool
    ticket_amount: int
    pay_method: LiveEventInfoEventPayMethod
    wallet_pkg_dict: _containers.MessageMap[str, WalletPackage]
    event_user_info: _containers.RepeatedCompositeFieldContainer[EventUserInfo]
    subscribed_count: int
    paid_event_preview: PaidEventPreview
    wallet_package: WalletPackage
    register_type: int
    periodic_settings: str
    periodic_shows: str
    def __init__(self, event_id: _Optional[int] = ..., start_time: _Optional[int] = ..., duration: _Optional[int] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., has_subscribed: _Optional[bool] = ..., is_paid_event: _Optional[bool] = ..., ticket_amount: _Optional[int] = ..., pay_method: _Optional[_Union[LiveEventInfoEventPayMethod, str]] = ..., wallet_pkg_dict: _Optional[_Mapping[str, WalletPackage]] = ..., event_user_info: _Optional[_Iterable[_Union[EventUserInfo, _Mapping]]] = ..., subscribed_count: _Optional[int] = ..., paid_event_preview: _Optional[_Union[PaidEventPreview, _Mapping]] = ..., wallet_package: _Optional[_Union[WalletPackage, _Mapping]] = ..., register_type: _Optional[int] = ..., periodic_settings: _Optional[str] = ..., periodic_shows: _Optional[str] = ...) -> None: ...

class OwnRoom(_message.Message):
    __slots__ = ("room_ids", "room_ids_str")
    ROOM_IDS_FIELD_NUMBER: _ClassVar[int]
    ROOM_IDS_STR_FIELD_NUMBER: _ClassVar[int]
    room_ids: _containers.RepeatedScalarFieldContainer[int]
    room_ids_str: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, room_ids: _Optional[_Iterable[int]] = ..., room_ids_str: _Optional[_Iterable[str]] = ...) -> None: ...

class PaddingInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PaidEventPreview(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PrivilegeLogExtra(_message.Message):
    __slots__ = ("data_version", "privilege_id", "privilege_version", "privilege_order_id", "level", "start_time", "end_time")
    DATA_VERSION_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_ID_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    data_version: str
    privilege_id: str
    privilege_version: str
    privilege_order_id: str
    level: str
    start_time: int
    end_time: int
    def __init__(self, data_version: _Optional[str] = ..., privilege_id: _Optional[str] = ..., privilege_version: _Optional[str] = ..., privilege_order_id: _Optional[str] = ..., level: _Optional[str] = ..., start_time: _Optional[int] = ..., end_time: _Optional[int] = ...) -> None: ...

class ProfileCardPanel(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ShopEntranceInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ShowcaseEntranceInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StringBadge(_message.Message):
    __slots__ = ("display_type", "str")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    STR_FIELD_NUMBER: _ClassVar[int]
    display_type: BadgeDisplayType
    str: str
    def __init__(self, display_type: _Optional[_Union[BadgeDisplayType, str]] = ..., str: _Optional[str] = ...) -> None: ...

class SubSplitStatus(_message.Message):
    __slots__ = ("is_old_sub_creator", "cur_period")
    IS_OLD_SUB_CREATOR_FIELD_NUMBER: _ClassVar[int]
    CUR_PERIOD_FIELD_NUMBER: _ClassVar[int]
    is_old_sub_creator: bool
    cur_period: SubSplitPeriod
    def __init__(self, is_old_sub_creator: _Optional[bool] = ..., cur_period: _Optional[_Union[SubSplitPeriod, str]] = ...) -> None: ...

class SubscribeBadge(_message.Message):
    __slots__ = ("origin_img", "preview_img", "is_customized")
    ORIGIN_IMG_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_IMG_FIELD_NUMBER: _ClassVar[int]
    IS_CUSTOMIZED_FIELD_NUMBER: _ClassVar[int]
    origin_img: ImageModel
    preview_img: ImageModel
    is_customized: bool
    def __init__(self, origin_img: _Optional[_Union[ImageModel, _Mapping]] = ..., preview_img: _Optional[_Union[ImageModel, _Mapping]] = ..., is_customized: _Optional[bool] = ...) -> None: ...

class SubscribeInfo(_message.Message):
    __slots__ = ("qualification", "is_subscribe", "badge", "enable_subscription", "subscriber_count", "is_in_grace_period", "is_subscribed_to_anchor", "timer_detail", "user_gift_sub_auth", "anchor_gift_sub_auth", "status", "sub_end_time", "package_id", "sol_room_display_text", "is_sol_eligible", "sub_split_status")
    QUALIFICATION_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    IS_IN_GRACE_PERIOD_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBED_TO_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    TIMER_DETAIL_FIELD_NUMBER: _ClassVar[int]
    USER_GIFT_SUB_AUTH_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_GIFT_SUB_AUTH_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_END_TIME_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SOL_ROOM_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    IS_SOL_ELIGIBLE_FIELD_NUMBER: _ClassVar[int]
    SUB_SPLIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    qualification: bool
    is_subscribe: bool
    badge: SubscribeBadge
    enable_subscription: bool
    subscriber_count: int
    is_in_grace_period: bool
    is_subscribed_to_anchor: bool
    timer_detail: TimerDetail
    user_gift_sub_auth: bool
    anchor_gift_sub_auth: bool
    status: UserSubscribeInfoPayStatus
    sub_end_time: int
    package_id: str
    sol_room_display_text: str
    is_sol_eligible: bool
    sub_split_status: SubSplitStatus
    def __init__(self, qualification: _Optional[bool] = ..., is_subscribe: _Optional[bool] = ..., badge: _Optional[_Union[SubscribeBadge, _Mapping]] = ..., enable_subscription: _Optional[bool] = ..., subscriber_count: _Optional[int] = ..., is_in_grace_period: _Optional[bool] = ..., is_subscribed_to_anchor: _Optional[bool] = ..., timer_detail: _Optional[_Union[TimerDetail, _Mapping]] = ..., user_gift_sub_auth: _Optional[bool] = ..., anchor_gift_sub_auth: _Optional[bool] = ..., status: _Optional[_Union[UserSubscribeInfoPayStatus, str]] = ..., sub_end_time: _Optional[int] = ..., package_id: _Optional[str] = ..., sol_room_display_text: _Optional[str] = ..., is_sol_eligible: _Optional[bool] = ..., sub_split_status: _Optional[_Union[SubSplitStatus, _Mapping]] = ...) -> None: ...

class TextBadge(_message.Message):
    __slots__ = ("display_type", "key", "default_pattern", "pieces")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    PIECES_FIELD_NUMBER: _ClassVar[int]
    display_type: BadgeDisplayType
    key: str
    default_pattern: str
    pieces: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, display_type: _Optional[_Union[BadgeDisplayType, str]] = ..., key: _Optional[str] = ..., default_pattern: _Optional[str] = ..., pieces: _Optional[_Iterable[str]] = ...) -> None: ...

class TimerDetail(_message.Message):
    __slots__ = ("timer_id", "anchor_id", "start_timestamp_s", "start_countdown_time_s", "anchor_side_title", "user_side_title", "time_increase_per_sub_s", "time_increase_cap_s", "sub_count", "time_increase_reach_cap", "total_pause_time_s", "last_pause_timestamp_s", "total_time_s", "remaining_time_s", "timestamp_s", "sticker_x", "sticker_y", "screen_w", "screen_h", "timer_status", "antidirt_status", "audit_status", "audit_info")
    TIMER_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIMESTAMP_S_FIELD_NUMBER: _ClassVar[int]
    START_COUNTDOWN_TIME_S_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SIDE_TITLE_FIELD_NUMBER: _ClassVar[int]
    USER_SIDE_TITLE_FIELD_NUMBER: _ClassVar[int]
    TIME_INCREASE_PER_SUB_S_FIELD_NUMBER: _ClassVar[int]
    TIME_INCREASE_CAP_S_FIELD_NUMBER: _ClassVar[int]
    SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    TIME_INCREASE_REACH_CAP_FIELD_NUMBER: _ClassVar[int]
    TOTAL_PAUSE_TIME_S_FIELD_NUMBER: _ClassVar[int]
    LAST_PAUSE_TIMESTAMP_S_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TIME_S_FIELD_NUMBER: _ClassVar[int]
    REMAINING_TIME_S_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_S_FIELD_NUMBER: _ClassVar[int]
    STICKER_X_FIELD_NUMBER: _ClassVar[int]
    STICKER_Y_FIELD_NUMBER: _ClassVar[int]
    SCREEN_W_FIELD_NUMBER: _ClassVar[int]
    SCREEN_H_FIELD_NUMBER: _ClassVar[int]
    TIMER_STATUS_FIELD_NUMBER: _ClassVar[int]
    ANTIDIRT_STATUS_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    timer_id: int
    anchor_id: int
    start_timestamp_s: int
    start_countdown_time_s: int
    anchor_side_title: str
    user_side_title: str
    time_increase_per_sub_s: int
    time_increase_cap_s: int
    sub_count: int
    time_increase_reach_cap: bool
    total_pause_time_s: int
    last_pause_timestamp_s: int
    total_time_s: int
    remaining_time_s: int
    timestamp_s: int
    sticker_x: int
    sticker_y: int
    screen_w: int
    screen_h: int
    timer_status: TimerStatus
    antidirt_status: TimerDetailAntidirtStatus
    audit_status: TimerDetailAuditStatus
    audit_info: TimerDetailAuditInfo
    def __init__(self, timer_id: _Optional[int] = ..., anchor_id: _Optional[int] = ..., start_timestamp_s: _Optional[int] = ..., start_countdown_time_s: _Optional[int] = ..., anchor_side_title: _Optional[str] = ..., user_side_title: _Optional[str] = ..., time_increase_per_sub_s: _Optional[int] = ..., time_increase_cap_s: _Optional[int] = ..., sub_count: _Optional[int] = ..., time_increase_reach_cap: _Optional[bool] = ..., total_pause_time_s: _Optional[int] = ..., last_pause_timestamp_s: _Optional[int] = ..., total_time_s: _Optional[int] = ..., remaining_time_s: _Optional[int] = ..., timestamp_s: _Optional[int] = ..., sticker_x: _Optional[int] = ..., sticker_y: _Optional[int] = ..., screen_w: _Optional[int] = ..., screen_h: _Optional[int] = ..., timer_status: _Optional[_Union[TimerStatus, str]] = ..., antidirt_status: _Optional[_Union[TimerDetailAntidirtStatus, str]] = ..., audit_status: _Optional[_Union[TimerDetailAuditStatus, str]] = ..., audit_info: _Optional[_Union[TimerDetailAuditInfo, _Mapping]] = ...) -> None: ...

class TimerDetailAuditInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class User(_message.Message):
    __slots__ = ("id", "nickname", "bio_description", "avatar_thumb", "avatar_medium", "avatar_large", "verified", "status", "create_time", "modify_time", "secret", "share_qrcode_uri", "badge_image_list", "follow_info", "pay_grade", "fans_club", "border", "special_id", "avatar_border", "medal", "real_time_icons", "new_real_time_icons", "top_vip_no", "user_attr", "own_room", "pay_score", "ticket_count", "anchor_info", "link_mic_stats", "display_id", "with_commerce_permission", "with_fusion_shop_entry", "webcast_anchor_level", "verified_content", "author_stats", "top_fans", "sec_uid", "user_role", "activity_reward", "personal_card", "authentication_info", "media_badge_image_list", "user_vip_info", "commerce_webcast_config_ids", "border_list", "combo_badge_info", "subscribe_info", "badge_list", "mint_type_label", "fans_club_info", "allow_find_by_contacts", "allow_others_download_video", "allow_others_download_when_sharing_video", "allow_share_show_profile", "allow_show_in_gossip", "allow_show_my_action", "allow_strange_comment", "allow_unfollower_comment", "allow_use_linkmic", "anchor_level", "avatar_jpg", "bg_img_url", "block_status", "comment_restrict", "constellation", "disable_ichat", "enable_ichat_img", "exp", "fan_ticket_count", "fold_stranger_chat", "follow_status", "ichat_restrict_type", "id_str", "is_follower", "is_following", "need_profile_guide", "pay_scores", "push_comment_status", "push_digg", "push_follow", "push_friend_action", "push_ichat", "push_status", "push_video_post", "push_video_recommend", "stats", "verified_reason", "with_car_management_permission", "upcoming_event_list", "scm_label", "ecommerce_entrance", "is_block", "is_subscribe", "is_anchor_marked", "enigma_info")
    ID_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    BIO_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    AVATAR_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    AVATAR_LARGE_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    MODIFY_TIME_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    SHARE_QRCODE_URI_FIELD_NUMBER: _ClassVar[int]
    BADGE_IMAGE_LIST_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_INFO_FIELD_NUMBER: _ClassVar[int]
    PAY_GRADE_FIELD_NUMBER: _ClassVar[int]
    FANS_CLUB_FIELD_NUMBER: _ClassVar[int]
    BORDER_FIELD_NUMBER: _ClassVar[int]
    SPECIAL_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BORDER_FIELD_NUMBER: _ClassVar[int]
    MEDAL_FIELD_NUMBER: _ClassVar[int]
    REAL_TIME_ICONS_FIELD_NUMBER: _ClassVar[int]
    NEW_REAL_TIME_ICONS_FIELD_NUMBER: _ClassVar[int]
    TOP_VIP_NO_FIELD_NUMBER: _ClassVar[int]
    USER_ATTR_FIELD_NUMBER: _ClassVar[int]
    OWN_ROOM_FIELD_NUMBER: _ClassVar[int]
    PAY_SCORE_FIELD_NUMBER: _ClassVar[int]
    TICKET_COUNT_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_INFO_FIELD_NUMBER: _ClassVar[int]
    LINK_MIC_STATS_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    WITH_COMMERCE_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    WITH_FUSION_SHOP_ENTRY_FIELD_NUMBER: _ClassVar[int]
    WEBCAST_ANCHOR_LEVEL_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_CONTENT_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_STATS_FIELD_NUMBER: _ClassVar[int]
    TOP_FANS_FIELD_NUMBER: _ClassVar[int]
    SEC_UID_FIELD_NUMBER: _ClassVar[int]
    USER_ROLE_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_REWARD_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_CARD_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_INFO_FIELD_NUMBER: _ClassVar[int]
    MEDIA_BADGE_IMAGE_LIST_FIELD_NUMBER: _ClassVar[int]
    USER_VIP_INFO_FIELD_NUMBER: _ClassVar[int]
    COMMERCE_WEBCAST_CONFIG_IDS_FIELD_NUMBER: _ClassVar[int]
    BORDER_LIST_FIELD_NUMBER: _ClassVar[int]
    COMBO_BADGE_INFO_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_INFO_FIELD_NUMBER: _ClassVar[int]
    BADGE_LIST_FIELD_NUMBER: _ClassVar[int]
    MINT_TYPE_LABEL_FIELD_NUMBER: _ClassVar[int]
    FANS_CLUB_INFO_FIELD_NUMBER: _ClassVar[int]
    ALLOW_FIND_BY_CONTACTS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_OTHERS_DOWNLOAD_VIDEO_FIELD_NUMBER: _ClassVar[int]
    ALLOW_OTHERS_DOWNLOAD_WHEN_SHARING_VIDEO_FIELD_NUMBER: _ClassVar[int]
    ALLOW_SHARE_SHOW_PROFILE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_SHOW_IN_GOSSIP_FIELD_NUMBER: _ClassVar[int]
    ALLOW_SHOW_MY_ACTION_FIELD_NUMBER: _ClassVar[int]
    ALLOW_STRANGE_COMMENT_FIELD_NUMBER: _ClassVar[int]
    ALLOW_UNFOLLOWER_COMMENT_FIELD_NUMBER: _ClassVar[int]
    ALLOW_USE_LINKMIC_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LEVEL_FIELD_NUMBER: _ClassVar[int]
    AVATAR_JPG_FIELD_NUMBER: _ClassVar[int]
    BG_IMG_URL_FIELD_NUMBER: _ClassVar[int]
    BLOCK_STATUS_FIELD_NUMBER: _ClassVar[int]
    COMMENT_RESTRICT_FIELD_NUMBER: _ClassVar[int]
    CONSTELLATION_FIELD_NUMBER: _ClassVar[int]
    DISABLE_ICHAT_FIELD_NUMBER: _ClassVar[int]
    ENABLE_ICHAT_IMG_FIELD_NUMBER: _ClassVar[int]
    EXP_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_COUNT_FIELD_NUMBER: _ClassVar[int]
    FOLD_STRANGER_CHAT_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    ICHAT_RESTRICT_TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_STR_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOWER_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOWING_FIELD_NUMBER: _ClassVar[int]
    NEED_PROFILE_GUIDE_FIELD_NUMBER: _ClassVar[int]
    PAY_SCORES_FIELD_NUMBER: _ClassVar[int]
    PUSH_COMMENT_STATUS_FIELD_NUMBER: _ClassVar[int]
    PUSH_DIGG_FIELD_NUMBER: _ClassVar[int]
    PUSH_FOLLOW_FIELD_NUMBER: _ClassVar[int]
    PUSH_FRIEND_ACTION_FIELD_NUMBER: _ClassVar[int]
    PUSH_ICHAT_FIELD_NUMBER: _ClassVar[int]
    PUSH_STATUS_FIELD_NUMBER: _ClassVar[int]
    PUSH_VIDEO_POST_FIELD_NUMBER: _ClassVar[int]
    PUSH_VIDEO_RECOMMEND_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_REASON_FIELD_NUMBER: _ClassVar[int]
    WITH_CAR_MANAGEMENT_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    UPCOMING_EVENT_LIST_FIELD_NUMBER: _ClassVar[int]
    SCM_LABEL_FIELD_NUMBER: _ClassVar[int]
    ECOMMERCE_ENTRANCE_FIELD_NUMBER: _ClassVar[int]
    IS_BLOCK_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    IS_ANCHOR_MARKED_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_INFO_FIELD_NUMBER: _ClassVar[int]
    id: int
    nickname: str
    bio_description: str
    avatar_thumb: ImageModel
    avatar_medium: ImageModel
    avatar_large: ImageModel
    verified: bool
    status: int
    create_time: int
    modify_time: int
    secret: int
    share_qrcode_uri: str
    badge_image_list: _containers.RepeatedCompositeFieldContainer[ImageModel]
    follow_info: FollowInfo
    pay_grade: UserHonor
    fans_club: FansClubMember
    border: BorderInfo
    special_id: str
    avatar_border: ImageModel
    medal: ImageModel
    real_time_icons: _containers.RepeatedCompositeFieldContainer[ImageModel]
    new_real_time_icons: _containers.RepeatedCompositeFieldContainer[ImageModel]
    top_vip_no: int
    user_attr: UserAttr
    own_room: OwnRoom
    pay_score: int
    ticket_count: int
    anchor_info: AnchorInfo
    link_mic_stats: LinkmicStatus
    display_id: str
    with_commerce_permission: bool
    with_fusion_shop_entry: bool
    webcast_anchor_level: AnchorLevel
    verified_content: str
    author_stats: Author
    top_fans: _containers.RepeatedCompositeFieldContainer[User]
    sec_uid: str
    user_role: int
    activity_reward: ActivityRewardInfo
    personal_card: ImageModel
    authentication_info: AuthenticationInfo
    media_badge_image_list: _containers.RepeatedCompositeFieldContainer[ImageModel]
    user_vip_info: bytes
    commerce_webcast_config_ids: _containers.RepeatedScalarFieldContainer[int]
    border_list: _containers.RepeatedCompositeFieldContainer[BorderInfo]
    combo_badge_info: ComboBadgeInfo
    subscribe_info: SubscribeInfo
    badge_list: _containers.RepeatedCompositeFieldContainer[BadgeStruct]
    mint_type_label: _containers.RepeatedScalarFieldContainer[int]
    fans_club_info: FansClubInfo
    allow_find_by_contacts: bool
    allow_others_download_video: bool
    allow_others_download_when_sharing_video: bool
    allow_share_show_profile: bool
    allow_show_in_gossip: bool
    allow_show_my_action: bool
    allow_strange_comment: bool
    allow_unfollower_comment: bool
    allow_use_linkmic: bool
    anchor_level: AnchorLevel
    avatar_jpg: ImageModel
    bg_img_url: str
    block_status: int
    comment_restrict: int
    constellation: str
    disable_ichat: int
    enable_ichat_img: int
    exp: int
    fan_ticket_count: int
    fold_stranger_chat: bool
    follow_status: int
    ichat_restrict_type: int
    id_str: str
    is_follower: bool
    is_following: bool
    need_profile_guide: bool
    pay_scores: int
    push_comment_status: bool
    push_digg: bool
    push_follow: bool
    push_friend_action: bool
    push_ichat: bool
    push_status: bool
    push_video_post: bool
    push_video_recommend: bool
    stats: bytes
    verified_reason: str
    with_car_management_permission: bool
    upcoming_event_list: _containers.RepeatedCompositeFieldContainer[LiveEventInfo]
    scm_label: str
    ecommerce_entrance: EcommerceEntrance
    is_block: bool
    is_subscribe: bool
    is_anchor_marked: bool
    enigma_info: EnigmaInfo
    def __init__(self, id: _Optional[int] = ..., nickname: _Optional[str] = ..., bio_description: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_medium: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_large: _Optional[_Union[ImageModel, _Mapping]] = ..., verified: _Optional[bool] = ..., status: _Optional[int] = ..., create_time: _Optional[int] = ..., modify_time: _Optional[int] = ..., secret: _Optional[int] = ..., share_qrcode_uri: _Optional[str] = ..., badge_image_list: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., follow_info: _Optional[_Union[FollowInfo, _Mapping]] = ..., pay_grade: _Optional[_Union[UserHonor, _Mapping]] = ..., fans_club: _Optional[_Union[FansClubMember, _Mapping]] = ..., border: _Optional[_Union[BorderInfo, _Mapping]] = ..., special_id: _Optional[str] = ..., avatar_border: _Optional[_Union[ImageModel, _Mapping]] = ..., medal: _Optional[_Union[ImageModel, _Mapping]] = ..., real_time_icons: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., new_real_time_icons: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., top_vip_no: _Optional[int] = ..., user_attr: _Optional[_Union[UserAttr, _Mapping]] = ..., own_room: _Optional[_Union[OwnRoom, _Mapping]] = ..., pay_score: _Optional[int] = ..., ticket_count: _Optional[int] = ..., anchor_info: _Optional[_Union[AnchorInfo, _Mapping]] = ..., link_mic_stats: _Optional[_Union[LinkmicStatus, str]] = ..., display_id: _Optional[str] = ..., with_commerce_permission: _Optional[bool] = ..., with_fusion_shop_entry: _Optional[bool] = ..., webcast_anchor_level: _Optional[_Union[AnchorLevel, _Mapping]] = ..., verified_content: _Optional[str] = ..., author_stats: _Optional[_Union[Author, _Mapping]] = ..., top_fans: _Optional[_Iterable[_Union[User, _Mapping]]] = ..., sec_uid: _Optional[str] = ..., user_role: _Optional[int] = ..., activity_reward: _Optional[_Union[ActivityRewardInfo, _Mapping]] = ..., personal_card: _Optional[_Union[ImageModel, _Mapping]] = ..., authentication_info: _Optional[_Union[AuthenticationInfo, _Mapping]] = ..., media_badge_image_list: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., user_vip_info: _Optional[bytes] = ..., commerce_webcast_config_ids: _Optional[_Iterable[int]] = ..., border_list: _Optional[_Iterable[_Union[BorderInfo, _Mapping]]] = ..., combo_badge_info: _Optional[_Union[ComboBadgeInfo, _Mapping]] = ..., subscribe_info: _Optional[_Union[SubscribeInfo, _Mapping]] = ..., badge_list: _Optional[_Iterable[_Union[BadgeStruct, _Mapping]]] = ..., mint_type_label: _Optional[_Iterable[int]] = ..., fans_club_info: _Optional[_Union[FansClubInfo, _Mapping]] = ..., allow_find_by_contacts: _Optional[bool] = ..., allow_others_download_video: _Optional[bool] = ..., allow_others_download_when_sharing_video: _Optional[bool] = ..., allow_share_show_profile: _Optional[bool] = ..., allow_show_in_gossip: _Optional[bool] = ..., allow_show_my_action: _Optional[bool] = ..., allow_strange_comment: _Optional[bool] = ..., allow_unfollower_comment: _Optional[bool] = ..., allow_use_linkmic: _Optional[bool] = ..., anchor_level: _Optional[_Union[AnchorLevel, _Mapping]] = ..., avatar_jpg: _Optional[_Union[ImageModel, _Mapping]] = ..., bg_img_url: _Optional[str] = ..., block_status: _Optional[int] = ..., comment_restrict: _Optional[int] = ..., constellation: _Optional[str] = ..., disable_ichat: _Optional[int] = ..., enable_ichat_img: _Optional[int] = ..., exp: _Optional[int] = ..., fan_ticket_count: _Optional[int] = ..., fold_stranger_chat: _Optional[bool] = ..., follow_status: _Optional[int] = ..., ichat_restrict_type: _Optional[int] = ..., id_str: _Optional[str] = ..., is_follower: _Optional[bool] = ..., is_following: _Optional[bool] = ..., need_profile_guide: _Optional[bool] = ..., pay_scores: _Optional[int] = ..., push_comment_status: _Optional[bool] = ..., push_digg: _Optional[bool] = ..., push_follow: _Optional[bool] = ..., push_friend_action: _Optional[bool] = ..., push_ichat: _Optional[bool] = ..., push_status: _Optional[bool] = ..., push_video_post: _Optional[bool] = ..., push_video_recommend: _Optional[bool] = ..., stats: _Optional[bytes] = ..., verified_reason: _Optional[str] = ..., with_car_management_permission: _Optional[bool] = ..., upcoming_event_list: _Optional[_Iterable[_Union[LiveEventInfo, _Mapping]]] = ..., scm_label: _Optional[str] = ..., ecommerce_entrance: _Optional[_Union[EcommerceEntrance, _Mapping]] = ..., is_block: _Optional[bool] = ..., is_subscribe: _Optional[bool] = ..., is_anchor_marked: _Optional[bool] = ..., enigma_info: _Optional[_Union[EnigmaInfo, _Mapping]] = ...) -> None: ...

class UserAttr(_message.Message):
    __slots__ = ("is_muted", "is_admin", "is_super_admin", "mute_duration", "admin_permissions", "has_voting_function", "is_channel_admin")
    class AdminPermissionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    IS_MUTED_FIELD_NUMBER: _ClassVar[int]
    IS_ADMIN_FIELD_NUMBER: _ClassVar[int]
    IS_SUPER_ADMIN_FIELD_NUMBER: _ClassVar[int]
    MUTE_DURATION_FIELD_NUMBER: _ClassVar[int]
    ADMIN_PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    HAS_VOTING_FUNCTION_FIELD_NUMBER: _ClassVar[int]
    IS_CHANNEL_ADMIN_FIELD_NUMBER: _ClassVar[int]
    is_muted: bool
    is_admin: bool
    is_super_admin: bool
    mute_duration: int
    admin_permissions: _containers.ScalarMap[int, int]
    has_voting_function: bool
    is_channel_admin: bool
    def __init__(self, is_muted: _Optional[bool] = ..., is_admin: _Optional[bool] = ..., is_super_admin: _Optional[bool] = ..., mute_duration: _Optional[int] = ..., admin_permissions: _Optional[_Mapping[int, int]] = ..., has_voting_function: _Optional[bool] = ..., is_channel_admin: _Optional[bool] = ...) -> None: ...

class UserBadge(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHonor(_message.Message):
    __slots__ = ("diamond_icon", "name", "icon", "next_name", "level", "next_icon", "grade_describe", "grade_icon_list", "screen_chat_type", "im_icon", "im_icon_with_level", "live_icon", "new_im_icon_with_level", "new_live_icon", "upgrade_need_consume", "next_privileges", "background", "background_back", "score", "grade_banner")
    DIAMOND_ICON_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    NEXT_NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    NEXT_ICON_FIELD_NUMBER: _ClassVar[int]
    GRADE_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    GRADE_ICON_LIST_FIELD_NUMBER: _ClassVar[int]
    SCREEN_CHAT_TYPE_FIELD_NUMBER: _ClassVar[int]
    IM_ICON_FIELD_NUMBER: _ClassVar[int]
    IM_ICON_WITH_LEVEL_FIELD_NUMBER: _ClassVar[int]
    LIVE_ICON_FIELD_NUMBER: _ClassVar[int]
    NEW_IM_ICON_WITH_LEVEL_FIELD_NUMBER: _ClassVar[int]
    NEW_LIVE_ICON_FIELD_NUMBER: _ClassVar[int]
    UPGRADE_NEED_CONSUME_FIELD_NUMBER: _ClassVar[int]
    NEXT_PRIVILEGES_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_BACK_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    GRADE_BANNER_FIELD_NUMBER: _ClassVar[int]
    diamond_icon: ImageModel
    name: str
    icon: ImageModel
    next_name: str
    level: int
    next_icon: ImageModel
    grade_describe: str
    grade_icon_list: _containers.RepeatedCompositeFieldContainer[GradeIcon]
    screen_chat_type: int
    im_icon: ImageModel
    im_icon_with_level: ImageModel
    live_icon: ImageModel
    new_im_icon_with_level: ImageModel
    new_live_icon: ImageModel
    upgrade_need_consume: int
    next_privileges: str
    background: ImageModel
    background_back: ImageModel
    score: int
    grade_banner: str
    def __init__(self, diamond_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., name: _Optional[str] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., next_name: _Optional[str] = ..., level: _Optional[int] = ..., next_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., grade_describe: _Optional[str] = ..., grade_icon_list: _Optional[_Iterable[_Union[GradeIcon, _Mapping]]] = ..., screen_chat_type: _Optional[int] = ..., im_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., im_icon_with_level: _Optional[_Union[ImageModel, _Mapping]] = ..., live_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., new_im_icon_with_level: _Optional[_Union[ImageModel, _Mapping]] = ..., new_live_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., upgrade_need_consume: _Optional[int] = ..., next_privileges: _Optional[str] = ..., background: _Optional[_Union[ImageModel, _Mapping]] = ..., background_back: _Optional[_Union[ImageModel, _Mapping]] = ..., score: _Optional[int] = ..., grade_banner: _Optional[str] = ...) -> None: ...

class WalletPackage(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
