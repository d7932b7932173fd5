from livecore.proto import users_pb2 as _users_pb2
from livecore.proto import common_pb2 as _common_pb2
from livecore.proto import gifts_pb2 as _gifts_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BizType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BIZ_TYPE_DEFAULT: _ClassVar[BizType]
    BIZ_TYPE_RETHINK_CHAT: _ClassVar[BizType]
    BIZ_TYPE_RETHINK_QA: _ClassVar[BizType]
    BIZ_TYPE_WARNING_TAG_CURRENT_ROOM: _ClassVar[BizType]
    BIZ_TYPE_WARNING_TAG_COHOST_ROOM: _ClassVar[BizType]
    BIZ_TYPE_AGS_AT_RISK_OF_UNABLE_TO_COMMENT: _ClassVar[BizType]
    BIZ_TYPE_PERCEPTION_CENTER: _ClassVar[BizType]

class ControlAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTROL_ACTION_FALLBACK_UNKNOWN: _ClassVar[ControlAction]
    CONTROL_ACTION_STREAM_PAUSED: _ClassVar[ControlAction]
    CONTROL_ACTION_STREAM_UNPAUSED: _ClassVar[ControlAction]
    CONTROL_ACTION_STREAM_ENDED: _ClassVar[ControlAction]
    CONTROL_ACTION_STREAM_SUSPENDED: _ClassVar[ControlAction]

class PerceptionDialogIconType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_NONE: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_WARNING: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_LINKMIC: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_GUEST_LINKMIC: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_LIVE: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_TREASURE_BOX: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_MUTE: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_GAMEPAD_ACCESS_REVOKED: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_BAN_REPORT_LIVE_SINGLE_ROOM: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_BAN_REPORT_LIVE_ALL_ROOM: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_BAN_REPORT_LIVE_GREEN_SCREEN: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_GIFT: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_APPEAL_SUCCESS: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_MATCH: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_LIVE_GOAL: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_SUBSCRIPTION: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_STAR_COMMENT: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_RANKING: _ClassVar[PerceptionDialogIconType]
    PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_COMMON: _ClassVar[PerceptionDialogIconType]

class PunishTypeId(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PUNISH_TYPE_ID_PUNISH_TYPE_IDUN_KNOWN: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_BAN_LINKMIC: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_BAN_GAME_PARTNERSHIP: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_REMOVE_GAME_PARTNERSHIP: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_BAN_COHOST_LINKMIC: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_AUTHORITY_LIMIT_MATCH: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_BAN_VOICE_CHAT: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_BAN_LIVE_GOAL: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_VIEWER_LIMIT: _ClassVar[PunishTypeId]
    PUNISH_TYPE_ID_LIVE_CONSOLE_BAN: _ClassVar[PunishTypeId]

class ShowType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SHOW_TYPE_HOVER: _ClassVar[ShowType]
    SHOW_TYPE_PLUG: _ClassVar[ShowType]

class TextType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TEXT_TYPE_DISPLAY_TEXT: _ClassVar[TextType]
    TEXT_TYPE_CONTENT: _ClassVar[TextType]
BIZ_TYPE_DEFAULT: BizType
BIZ_TYPE_RETHINK_CHAT: BizType
BIZ_TYPE_RETHINK_QA: BizType
BIZ_TYPE_WARNING_TAG_CURRENT_ROOM: BizType
BIZ_TYPE_WARNING_TAG_COHOST_ROOM: BizType
BIZ_TYPE_AGS_AT_RISK_OF_UNABLE_TO_COMMENT: BizType
BIZ_TYPE_PERCEPTION_CENTER: BizType
CONTROL_ACTION_FALLBACK_UNKNOWN: ControlAction
CONTROL_ACTION_STREAM_PAUSED: ControlAction
CONTROL_ACTION_STREAM_UNPAUSED: ControlAction
CONTROL_ACTION_STREAM_ENDED: ControlAction
CONTROL_ACTION_STREAM_SUSPENDED: ControlAction
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_NONE: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_WARNING: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_LINKMIC: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_GUEST_LINKMIC: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_LIVE: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_TREASURE_BOX: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_MUTE: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_GAMEPAD_ACCESS_REVOKED: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_BAN_REPORT_LIVE_SINGLE_ROOM: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_BAN_REPORT_LIVE_ALL_ROOM: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_BAN_REPORT_LIVE_GREEN_SCREEN: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_GIFT: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_APPEAL_SUCCESS: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_MATCH: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_LIVE_GOAL: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_SUBSCRIPTION: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_STAR_COMMENT: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_RANKING: PerceptionDialogIconType
PERCEPTION_DIALOG_ICON_TYPE_ICON_TYPE_COMMON: PerceptionDialogIconType
PUNISH_TYPE_ID_PUNISH_TYPE_IDUN_KNOWN: PunishTypeId
PUNISH_TYPE_ID_BAN_LINKMIC: PunishTypeId
PUNISH_TYPE_ID_BAN_GAME_PARTNERSHIP: PunishTypeId
PUNISH_TYPE_ID_REMOVE_GAME_PARTNERSHIP: PunishTypeId
PUNISH_TYPE_ID_BAN_COHOST_LINKMIC: PunishTypeId
PUNISH_TYPE_ID_AUTHORITY_LIMIT_MATCH: PunishTypeId
PUNISH_TYPE_ID_BAN_VOICE_CHAT: PunishTypeId
PUNISH_TYPE_ID_BAN_LIVE_GOAL: PunishTypeId
PUNISH_TYPE_ID_VIEWER_LIMIT: PunishTypeId
PUNISH_TYPE_ID_LIVE_CONSOLE_BAN: PunishTypeId
SHOW_TYPE_HOVER: ShowType
SHOW_TYPE_PLUG: ShowType
TEXT_TYPE_DISPLAY_TEXT: TextType
TEXT_TYPE_CONTENT: TextType

class WebcastAccessControlMessage(_message.Message):
    __slots__ = ("common", "captcha")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CAPTCHA_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    captcha: AccessControlCaptcha
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., captcha: _Optional[_Union[AccessControlCaptcha, _Mapping]] = ...) -> None: ...

class WebcastAccessRecallMessage(_message.Message):
    __slots__ = ("common", "status", "duration", "end_time", "scene", "notice", "content", "punish_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    NOTICE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    status: int
    duration: int
    end_time: int
    scene: str
    notice: _common_pb2.Text
    content: _common_pb2.Text
    punish_info: PunishEventInfo
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., status: _Optional[int] = ..., duration: _Optional[int] = ..., end_time: _Optional[int] = ..., scene: _Optional[str] = ..., notice: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ...) -> None: ...

class WebcastBottomMessage(_message.Message):
    __slots__ = ("common", "content", "show_type", "text_type", "duration", "biz_type", "violation_user_id", "punish_info", "style", "detail_url", "float_style", "float_icon_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    BIZ_TYPE_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_USER_ID_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_URL_FIELD_NUMBER: _ClassVar[int]
    FLOAT_STYLE_FIELD_NUMBER: _ClassVar[int]
    FLOAT_ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    content: str
    show_type: ShowType
    text_type: TextType
    duration: int
    biz_type: BizType
    violation_user_id: int
    punish_info: PunishEventInfo
    style: int
    detail_url: str
    float_style: int
    float_icon_type: PerceptionDialogIconType
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., content: _Optional[str] = ..., show_type: _Optional[_Union[ShowType, str]] = ..., text_type: _Optional[_Union[TextType, str]] = ..., duration: _Optional[int] = ..., biz_type: _Optional[_Union[BizType, str]] = ..., violation_user_id: _Optional[int] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., style: _Optional[int] = ..., detail_url: _Optional[str] = ..., float_style: _Optional[int] = ..., float_icon_type: _Optional[_Union[PerceptionDialogIconType, str]] = ...) -> None: ...

class WebcastCapsuleMessage(_message.Message):
    __slots__ = ("common", "icon", "desc", "button_text", "schema", "type", "scene", "biz_params", "sub_scene", "style", "skip_fc", "public_area_message_common", "report_action")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    BUTTON_TEXT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    BIZ_PARAMS_FIELD_NUMBER: _ClassVar[int]
    SUB_SCENE_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    SKIP_FC_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    REPORT_ACTION_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    icon: _users_pb2.ImageModel
    desc: _common_pb2.Text
    button_text: _common_pb2.Text
    schema: str
    type: int
    scene: str
    biz_params: CapsuleBizParams
    sub_scene: str
    style: int
    skip_fc: bool
    public_area_message_common: _gifts_pb2.PublicAreaMessageCommon
    report_action: bool
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., desc: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., button_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., schema: _Optional[str] = ..., type: _Optional[int] = ..., scene: _Optional[str] = ..., biz_params: _Optional[_Union[CapsuleBizParams, _Mapping]] = ..., sub_scene: _Optional[str] = ..., style: _Optional[int] = ..., skip_fc: _Optional[bool] = ..., public_area_message_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ..., report_action: _Optional[bool] = ...) -> None: ...

class WebcastControlMessage(_message.Message):
    __slots__ = ("common", "action", "tips", "extra", "perception_dialog", "perception_audience_text", "punish_info", "float_text", "float_style")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    TIPS_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    PERCEPTION_DIALOG_FIELD_NUMBER: _ClassVar[int]
    PERCEPTION_AUDIENCE_TEXT_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    FLOAT_TEXT_FIELD_NUMBER: _ClassVar[int]
    FLOAT_STYLE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    action: ControlAction
    tips: str
    extra: Extra
    perception_dialog: PerceptionDialogInfo
    perception_audience_text: _common_pb2.Text
    punish_info: PunishEventInfo
    float_text: _common_pb2.Text
    float_style: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., action: _Optional[_Union[ControlAction, str]] = ..., tips: _Optional[str] = ..., extra: _Optional[_Union[Extra, _Mapping]] = ..., perception_dialog: _Optional[_Union[PerceptionDialogInfo, _Mapping]] = ..., perception_audience_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., float_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., float_style: _Optional[int] = ...) -> None: ...

class WebcastGuideMessage(_message.Message):
    __slots__ = ("common", "guide_type", "gift_id", "description", "duration", "display_style", "scene", "frequency_rule")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    GUIDE_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    FREQUENCY_RULE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    guide_type: int
    gift_id: int
    description: str
    duration: int
    display_style: int
    scene: str
    frequency_rule: GuideMessageFrequencyRule
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., guide_type: _Optional[int] = ..., gift_id: _Optional[int] = ..., description: _Optional[str] = ..., duration: _Optional[int] = ..., display_style: _Optional[int] = ..., scene: _Optional[str] = ..., frequency_rule: _Optional[_Union[GuideMessageFrequencyRule, _Mapping]] = ...) -> None: ...

class WebcastInRoomBannerMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastLiveGameIntroMessage(_message.Message):
    __slots__ = ("common", "content", "has_rank_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    HAS_RANK_INFO_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    content: _common_pb2.Text
    has_rank_info: bool
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., has_rank_info: _Optional[bool] = ...) -> None: ...

class WebcastLiveIntroMessage(_message.Message):
    __slots__ = ("common", "id", "audit_status", "content", "user", "intro_mode", "badges", "content_language")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    INTRO_MODE_FIELD_NUMBER: _ClassVar[int]
    BADGES_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    id: int
    audit_status: int
    content: str
    user: _users_pb2.User
    intro_mode: int
    badges: _containers.RepeatedCompositeFieldContainer[_users_pb2.BadgeStruct]
    content_language: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., id: _Optional[int] = ..., audit_status: _Optional[int] = ..., content: _Optional[str] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., intro_mode: _Optional[int] = ..., badges: _Optional[_Iterable[_Union[_users_pb2.BadgeStruct, _Mapping]]] = ..., content_language: _Optional[str] = ...) -> None: ...

class WebcastMarqueeAnnouncementMessage(_message.Message):
    __slots__ = ("common", "message_scene", "message_entity")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_SCENE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ENTITY_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    message_scene: str
    message_entity: _containers.RepeatedCompositeFieldContainer[MessageEntity]
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., message_scene: _Optional[str] = ..., message_entity: _Optional[_Iterable[_Union[MessageEntity, _Mapping]]] = ...) -> None: ...

class WebcastMsgDetectMessage(_message.Message):
    __slots__ = ("common", "d_type", "t_condition", "t_info", "trigger_by", "from_region")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    D_TYPE_FIELD_NUMBER: _ClassVar[int]
    T_CONDITION_FIELD_NUMBER: _ClassVar[int]
    T_INFO_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_BY_FIELD_NUMBER: _ClassVar[int]
    FROM_REGION_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    d_type: int
    t_condition: TriggerCondition
    t_info: TimeInfo
    trigger_by: int
    from_region: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., d_type: _Optional[int] = ..., t_condition: _Optional[_Union[TriggerCondition, _Mapping]] = ..., t_info: _Optional[_Union[TimeInfo, _Mapping]] = ..., trigger_by: _Optional[int] = ..., from_region: _Optional[str] = ...) -> None: ...

class WebcastNoticeMessage(_message.Message):
    __slots__ = ("common", "content", "notice_type", "style", "title", "violation_reason", "display_text", "tips_title", "tips_url", "notice_title", "notice_content", "scene")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_REASON_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    TIPS_TITLE_FIELD_NUMBER: _ClassVar[int]
    TIPS_URL_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TITLE_FIELD_NUMBER: _ClassVar[int]
    NOTICE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    content: str
    notice_type: int
    style: str
    title: _common_pb2.Text
    violation_reason: _common_pb2.Text
    display_text: _common_pb2.Text
    tips_title: _common_pb2.Text
    tips_url: str
    notice_title: _common_pb2.Text
    notice_content: _common_pb2.Text
    scene: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., content: _Optional[str] = ..., notice_type: _Optional[int] = ..., style: _Optional[str] = ..., title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., violation_reason: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., display_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., tips_title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., tips_url: _Optional[str] = ..., notice_title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., notice_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., scene: _Optional[str] = ...) -> None: ...

class WebcastPerceptionMessage(_message.Message):
    __slots__ = ("common", "dialog", "punish_info", "end_time", "show_violation_warning", "toast", "float_style", "float_text", "sheet", "float_icon_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    SHOW_VIOLATION_WARNING_FIELD_NUMBER: _ClassVar[int]
    TOAST_FIELD_NUMBER: _ClassVar[int]
    FLOAT_STYLE_FIELD_NUMBER: _ClassVar[int]
    FLOAT_TEXT_FIELD_NUMBER: _ClassVar[int]
    SHEET_FIELD_NUMBER: _ClassVar[int]
    FLOAT_ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    dialog: PerceptionDialogInfo
    punish_info: PunishEventInfo
    end_time: int
    show_violation_warning: bool
    toast: _common_pb2.Text
    float_style: int
    float_text: _common_pb2.Text
    sheet: PerceptionSheetInfo
    float_icon_type: PerceptionDialogIconType
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., dialog: _Optional[_Union[PerceptionDialogInfo, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., end_time: _Optional[int] = ..., show_violation_warning: _Optional[bool] = ..., toast: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., float_style: _Optional[int] = ..., float_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., sheet: _Optional[_Union[PerceptionSheetInfo, _Mapping]] = ..., float_icon_type: _Optional[_Union[PerceptionDialogIconType, str]] = ...) -> None: ...

class WebcastRoomMessage(_message.Message):
    __slots__ = ("common", "content", "supprot_landscape", "source", "icon", "scene", "is_welcome", "public_area_common", "show_duration_ms", "sub_scene", "schema", "signature", "signature_version")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    SUPPROT_LANDSCAPE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    IS_WELCOME_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_COMMON_FIELD_NUMBER: _ClassVar[int]
    SHOW_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    SUB_SCENE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VERSION_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    content: str
    supprot_landscape: bool
    source: int
    icon: _users_pb2.ImageModel
    scene: str
    is_welcome: bool
    public_area_common: _gifts_pb2.PublicAreaMessageCommon
    show_duration_ms: int
    sub_scene: str
    schema: str
    signature: str
    signature_version: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., content: _Optional[str] = ..., supprot_landscape: _Optional[bool] = ..., source: _Optional[int] = ..., icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., scene: _Optional[str] = ..., is_welcome: _Optional[bool] = ..., public_area_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ..., show_duration_ms: _Optional[int] = ..., sub_scene: _Optional[str] = ..., schema: _Optional[str] = ..., signature: _Optional[str] = ..., signature_version: _Optional[str] = ...) -> None: ...

class WebcastRoomUserSeqMessage(_message.Message):
    __slots__ = ("common", "ranks", "total", "pop_str", "seats", "popularity", "total_user", "anonymous")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    RANKS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    POP_STR_FIELD_NUMBER: _ClassVar[int]
    SEATS_FIELD_NUMBER: _ClassVar[int]
    POPULARITY_FIELD_NUMBER: _ClassVar[int]
    TOTAL_USER_FIELD_NUMBER: _ClassVar[int]
    ANONYMOUS_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    ranks: _containers.RepeatedCompositeFieldContainer[Contributor]
    total: int
    pop_str: str
    seats: _containers.RepeatedCompositeFieldContainer[Contributor]
    popularity: int
    total_user: int
    anonymous: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., ranks: _Optional[_Iterable[_Union[Contributor, _Mapping]]] = ..., total: _Optional[int] = ..., pop_str: _Optional[str] = ..., seats: _Optional[_Iterable[_Union[Contributor, _Mapping]]] = ..., popularity: _Optional[int] = ..., total_user: _Optional[int] = ..., anonymous: _Optional[int] = ...) -> None: ...

class WebcastRoomVerifyMessage(_message.Message):
    __slots__ = ("common", "action", "content", "notice_type", "close_room")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CLOSE_ROOM_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    action: int
    content: str
    notice_type: int
    close_room: bool
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., action: _Optional[int] = ..., content: _Optional[str] = ..., notice_type: _Optional[int] = ..., close_room: _Optional[bool] = ...) -> None: ...

class WebcastSystemMessage(_message.Message):
    __slots__ = ("common", "message")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    message: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., message: _Optional[str] = ...) -> None: ...

class WebcastToastMessage(_message.Message):
    __slots__ = ("common", "display_duration_millisecond", "delay_display_duration_millisecond", "scene")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_DURATION_MILLISECOND_FIELD_NUMBER: _ClassVar[int]
    DELAY_DISPLAY_DURATION_MILLISECOND_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    display_duration_millisecond: int
    delay_display_duration_millisecond: int
    scene: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., display_duration_millisecond: _Optional[int] = ..., delay_display_duration_millisecond: _Optional[int] = ..., scene: _Optional[str] = ...) -> None: ...

class WebcastUnauthorizedMemberMessage(_message.Message):
    __slots__ = ("common", "action", "nick_name_prefix", "nick_name", "enter_text", "public_area_common")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_PREFIX_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    ENTER_TEXT_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_COMMON_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    action: int
    nick_name_prefix: _common_pb2.Text
    nick_name: str
    enter_text: _common_pb2.Text
    public_area_common: _gifts_pb2.PublicAreaMessageCommon
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., action: _Optional[int] = ..., nick_name_prefix: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., nick_name: _Optional[str] = ..., enter_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., public_area_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ...) -> None: ...

class AccessControlCaptcha(_message.Message):
    __slots__ = ("captcha_record_id", "room_id", "verify_duration_in_sec")
    CAPTCHA_RECORD_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    VERIFY_DURATION_IN_SEC_FIELD_NUMBER: _ClassVar[int]
    captcha_record_id: int
    room_id: int
    verify_duration_in_sec: int
    def __init__(self, captcha_record_id: _Optional[int] = ..., room_id: _Optional[int] = ..., verify_duration_in_sec: _Optional[int] = ...) -> None: ...

class CapsuleBizParams(_message.Message):
    __slots__ = ("cohost", "random_gift", "effect_params", "comment_flagged_prompt", "multi_guest_invite_guide", "anchor_pin_perk", "gaming_moderators_comment_guide", "comment_mute_rule_prompt", "comment_flagged_prompt_for_new_user", "moderator_guide_info", "multi_guest_apply_guide", "ecom")
    COHOST_FIELD_NUMBER: _ClassVar[int]
    RANDOM_GIFT_FIELD_NUMBER: _ClassVar[int]
    EFFECT_PARAMS_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FLAGGED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_INVITE_GUIDE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_PIN_PERK_FIELD_NUMBER: _ClassVar[int]
    GAMING_MODERATORS_COMMENT_GUIDE_FIELD_NUMBER: _ClassVar[int]
    COMMENT_MUTE_RULE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FLAGGED_PROMPT_FOR_NEW_USER_FIELD_NUMBER: _ClassVar[int]
    MODERATOR_GUIDE_INFO_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_APPLY_GUIDE_FIELD_NUMBER: _ClassVar[int]
    ECOM_FIELD_NUMBER: _ClassVar[int]
    cohost: CapsuleBizParamsCohost
    random_gift: CapsuleBizParamsRandomGift
    effect_params: CapsuleBizParamsNewAnchorEffect
    comment_flagged_prompt: CapsuleBizParamsCommentFlaggedPrompt
    multi_guest_invite_guide: CapsuleBizParamsMultiGuestInviteGuide
    anchor_pin_perk: CapsuleBizParamsAnchorPinPerk
    gaming_moderators_comment_guide: CapsuleBizParamsGamingModeratorsCommentGuide
    comment_mute_rule_prompt: CapsuleBizParamsCommentMuteRulePrompt
    comment_flagged_prompt_for_new_user: CapsuleBizParamsCommentFlaggedPromptForNewUser
    moderator_guide_info: CapsuleBizParamsModeratorGuide
    multi_guest_apply_guide: CapsuleBizParamsMultiGuestApplyGuide
    ecom: CapsuleBizParamsEcom
    def __init__(self, cohost: _Optional[_Union[CapsuleBizParamsCohost, _Mapping]] = ..., random_gift: _Optional[_Union[CapsuleBizParamsRandomGift, _Mapping]] = ..., effect_params: _Optional[_Union[CapsuleBizParamsNewAnchorEffect, _Mapping]] = ..., comment_flagged_prompt: _Optional[_Union[CapsuleBizParamsCommentFlaggedPrompt, _Mapping]] = ..., multi_guest_invite_guide: _Optional[_Union[CapsuleBizParamsMultiGuestInviteGuide, _Mapping]] = ..., anchor_pin_perk: _Optional[_Union[CapsuleBizParamsAnchorPinPerk, _Mapping]] = ..., gaming_moderators_comment_guide: _Optional[_Union[CapsuleBizParamsGamingModeratorsCommentGuide, _Mapping]] = ..., comment_mute_rule_prompt: _Optional[_Union[CapsuleBizParamsCommentMuteRulePrompt, _Mapping]] = ..., comment_flagged_prompt_for_new_user: _Optional[_Union[CapsuleBizParamsCommentFlaggedPromptForNewUser, _Mapping]] = ..., moderator_guide_info: _Optional[_Union[CapsuleBizParamsModeratorGuide, _Mapping]] = ..., multi_guest_apply_guide: _Optional[_Union[CapsuleBizParamsMultiGuestApplyGuide, _Mapping]] = ..., ecom: _Optional[_Union[CapsuleBizParamsEcom, _Mapping]] = ...) -> None: ...

class CapsuleBizParamsAnchorPinPerk(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsCohost(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsCommentFlaggedPrompt(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsCommentFlaggedPromptForNewUser(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsCommentMuteRulePrompt(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsEcom(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsGamingModeratorsCommentGuide(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsModeratorGuide(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsMultiGuestApplyGuide(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsMultiGuestInviteGuide(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsNewAnchorEffect(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CapsuleBizParamsRandomGift(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Contributor(_message.Message):
    __slots__ = ("score", "user", "rank", "delta")
    SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    score: int
    user: _users_pb2.User
    rank: int
    delta: int
    def __init__(self, score: _Optional[int] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., rank: _Optional[int] = ..., delta: _Optional[int] = ...) -> None: ...

class Extra(_message.Message):
    __slots__ = ("ban_info_url", "reason_no", "title", "violation_reason", "content", "got_it_button", "ban_detail_button", "source")
    BAN_INFO_URL_FIELD_NUMBER: _ClassVar[int]
    REASON_NO_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_REASON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    GOT_IT_BUTTON_FIELD_NUMBER: _ClassVar[int]
    BAN_DETAIL_BUTTON_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    ban_info_url: str
    reason_no: int
    title: _common_pb2.Text
    violation_reason: _common_pb2.Text
    content: _common_pb2.Text
    got_it_button: _common_pb2.Text
    ban_detail_button: _common_pb2.Text
    source: str
    def __init__(self, ban_info_url: _Optional[str] = ..., reason_no: _Optional[int] = ..., title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., violation_reason: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., got_it_button: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., ban_detail_button: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., source: _Optional[str] = ...) -> None: ...

class GuideMessageFrequencyRule(_message.Message):
    __slots__ = ("room_show_count", "day_show_count")
    ROOM_SHOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    DAY_SHOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    room_show_count: int
    day_show_count: int
    def __init__(self, room_show_count: _Optional[int] = ..., day_show_count: _Optional[int] = ...) -> None: ...

class MessageEntity(_message.Message):
    __slots__ = ("notify",)
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    notify: _gifts_pb2.WebcastRoomNotifyMessage
    def __init__(self, notify: _Optional[_Union[_gifts_pb2.WebcastRoomNotifyMessage, _Mapping]] = ...) -> None: ...

class PerceptionDialogInfo(_message.Message):
    __slots__ = ("icon_type", "title", "sub_title", "advice_action_text", "default_action_text", "violation_detail_url", "scene", "target_user_id", "target_room_id", "count_down_time", "show_feedback", "feedback_options", "policy_tip", "appeal_popup", "close_action_text")
    ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUB_TITLE_FIELD_NUMBER: _ClassVar[int]
    ADVICE_ACTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_ACTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_DETAIL_URL_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    TARGET_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    COUNT_DOWN_TIME_FIELD_NUMBER: _ClassVar[int]
    SHOW_FEEDBACK_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    POLICY_TIP_FIELD_NUMBER: _ClassVar[int]
    APPEAL_POPUP_FIELD_NUMBER: _ClassVar[int]
    CLOSE_ACTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    icon_type: PerceptionDialogIconType
    title: _common_pb2.Text
    sub_title: _common_pb2.Text
    advice_action_text: _common_pb2.Text
    default_action_text: _common_pb2.Text
    violation_detail_url: str
    scene: int
    target_user_id: int
    target_room_id: int
    count_down_time: int
    show_feedback: bool
    feedback_options: _containers.RepeatedCompositeFieldContainer[PerceptionFeedbackOption]
    policy_tip: int
    appeal_popup: int
    close_action_text: _common_pb2.Text
    def __init__(self, icon_type: _Optional[_Union[PerceptionDialogIconType, str]] = ..., title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., sub_title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., advice_action_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., default_action_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., violation_detail_url: _Optional[str] = ..., scene: _Optional[int] = ..., target_user_id: _Optional[int] = ..., target_room_id: _Optional[int] = ..., count_down_time: _Optional[int] = ..., show_feedback: _Optional[bool] = ..., feedback_options: _Optional[_Iterable[_Union[PerceptionFeedbackOption, _Mapping]]] = ..., policy_tip: _Optional[int] = ..., appeal_popup: _Optional[int] = ..., close_action_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class PerceptionFeedbackOption(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PerceptionSheetInfo(_message.Message):
    __slots__ = ("icon_type", "title", "sub_title", "reason_title", "reason_info", "not_allowed_title", "not_allowed_text", "default_action_text", "scene", "target_user_id", "target_room_id", "count_down_time")
    ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUB_TITLE_FIELD_NUMBER: _ClassVar[int]
    REASON_TITLE_FIELD_NUMBER: _ClassVar[int]
    REASON_INFO_FIELD_NUMBER: _ClassVar[int]
    NOT_ALLOWED_TITLE_FIELD_NUMBER: _ClassVar[int]
    NOT_ALLOWED_TEXT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_ACTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    TARGET_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    COUNT_DOWN_TIME_FIELD_NUMBER: _ClassVar[int]
    icon_type: PerceptionDialogIconType
    title: _common_pb2.Text
    sub_title: _common_pb2.Text
    reason_title: _common_pb2.Text
    reason_info: _common_pb2.Text
    not_allowed_title: _common_pb2.Text
    not_allowed_text: _common_pb2.Text
    default_action_text: _common_pb2.Text
    scene: int
    target_user_id: int
    target_room_id: int
    count_down_time: int
    def __init__(self, icon_type: _Optional[_Union[PerceptionDialogIconType, str]] = ..., title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., sub_title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., reason_title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., reason_info: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., not_allowed_title: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., not_allowed_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., default_action_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., scene: _Optional[int] = ..., target_user_id: _Optional[int] = ..., target_room_id: _Optional[int] = ..., count_down_time: _Optional[int] = ...) -> None: ...

class PunishEventInfo(_message.Message):
    __slots__ = ("punish_type", "punish_reason", "punish_id", "violation_uid", "punish_type_id", "duration", "punish_perception_code", "end_time", "violation_uid_str", "show_reason")
    PUNISH_TYPE_FIELD_NUMBER: _ClassVar[int]
    PUNISH_REASON_FIELD_NUMBER: _ClassVar[int]
    PUNISH_ID_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_UID_FIELD_NUMBER: _ClassVar[int]
    PUNISH_TYPE_ID_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    PUNISH_PERCEPTION_CODE_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_UID_STR_FIELD_NUMBER: _ClassVar[int]
    SHOW_REASON_FIELD_NUMBER: _ClassVar[int]
    punish_type: str
    punish_reason: str
    punish_id: str
    violation_uid: int
    punish_type_id: PunishTypeId
    duration: int
    punish_perception_code: str
    end_time: int
    violation_uid_str: str
    show_reason: str
    def __init__(self, punish_type: _Optional[str] = ..., punish_reason: _Optional[str] = ..., punish_id: _Optional[str] = ..., violation_uid: _Optional[int] = ..., punish_type_id: _Optional[_Union[PunishTypeId, str]] = ..., duration: _Optional[int] = ..., punish_perception_code: _Optional[str] = ..., end_time: _Optional[int] = ..., violation_uid_str: _Optional[str] = ..., show_reason: _Optional[str] = ...) -> None: ...

class TimeInfo(_message.Message):
    __slots__ = ("client_start_ms", "api_recv_time_ms", "api_send_to_goim_ms")
    CLIENT_START_MS_FIELD_NUMBER: _ClassVar[int]
    API_RECV_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    API_SEND_TO_GOIM_MS_FIELD_NUMBER: _ClassVar[int]
    client_start_ms: int
    api_recv_time_ms: int
    api_send_to_goim_ms: int
    def __init__(self, client_start_ms: _Optional[int] = ..., api_recv_time_ms: _Optional[int] = ..., api_send_to_goim_ms: _Optional[int] = ...) -> None: ...

class TriggerCondition(_message.Message):
    __slots__ = ("uplink_detect_http", "uplink_detect_websocket", "detect_p2p_msg", "detect_room_msg", "http_optimize")
    UPLINK_DETECT_HTTP_FIELD_NUMBER: _ClassVar[int]
    UPLINK_DETECT_WEBSOCKET_FIELD_NUMBER: _ClassVar[int]
    DETECT_P2P_MSG_FIELD_NUMBER: _ClassVar[int]
    DETECT_ROOM_MSG_FIELD_NUMBER: _ClassVar[int]
    HTTP_OPTIMIZE_FIELD_NUMBER: _ClassVar[int]
    uplink_detect_http: bool
    uplink_detect_websocket: bool
    detect_p2p_msg: bool
    detect_room_msg: bool
    http_optimize: bool
    def __init__(self, uplink_detect_http: _Optional[bool] = ..., uplink_detect_websocket: _Optional[bool] = ..., detect_p2p_msg: _Optional[bool] = ..., detect_room_msg: _Optional[bool] = ..., http_optimize: _Optional[bool] = ...) -> None: ...
