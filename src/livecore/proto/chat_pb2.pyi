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

class AuditStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUDIT_STATUS_UNKNOWN: _ClassVar[AuditStatus]
    AUDIT_STATUS_PASS: _ClassVar[AuditStatus]
    AUDIT_STATUS_FAILED: _ClassVar[AuditStatus]
    AUDIT_STATUS_REVIEWING: _ClassVar[AuditStatus]
    AUDIT_STATUS_FORBIDDEN: _ClassVar[AuditStatus]

class BarrageMessageBarrageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BARRAGE_MESSAGE_BARRAGE_TYPE_UNKNOWN: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_E_COM_ORDERING: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_E_COM_BUYING: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_NORMAL: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_SUBSCRIBE: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_EVENT_VIEW: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_EVENT_REGISTERED: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_SUBSCRIBE_GIFT: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_USER_UPGRADE: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_GRADE_USER_ENTRANCE_NOTIFICATION: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_FANS_LEVEL_UPGRADE: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_FANS_LEVEL_ENTRANCE: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_GAME_PARTNERSHIP: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_GIFT_GALLERY: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_E_COM_BOUGHT: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_ENIGMA_ENTRANCE: _ClassVar[BarrageMessageBarrageType]
    BARRAGE_MESSAGE_BARRAGE_TYPE_COMMON_BARRAGE: _ClassVar[BarrageMessageBarrageType]

class BarrageMessageIconDisplayType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BARRAGE_MESSAGE_ICON_DISPLAY_TYPE_ICON_DISPLAY_TYPE_IMAGE: _ClassVar[BarrageMessageIconDisplayType]
    BARRAGE_MESSAGE_ICON_DISPLAY_TYPE_ICON_DISPLAY_TYPE_BADGE: _ClassVar[BarrageMessageIconDisplayType]

class BarrageMessageRenderType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BARRAGE_MESSAGE_RENDER_TYPE_RENDER_TYPE_NATIVE: _ClassVar[BarrageMessageRenderType]
    BARRAGE_MESSAGE_RENDER_TYPE_RENDER_TYPE_HYBRID: _ClassVar[BarrageMessageRenderType]
    BARRAGE_MESSAGE_RENDER_TYPE_RENDER_TYPE_ALPHA: _ClassVar[BarrageMessageRenderType]

class BarrageMessageShowType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BARRAGE_MESSAGE_SHOW_TYPE_SHOW_TYPE_NORMAL: _ClassVar[BarrageMessageShowType]
    BARRAGE_MESSAGE_SHOW_TYPE_SHOW_TYPE_FADE_IN_OUT: _ClassVar[BarrageMessageShowType]

class CommentTag(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMMENT_TAG_NORMAL: _ClassVar[CommentTag]
    COMMENT_TAG_CANDIDATE: _ClassVar[CommentTag]
    COMMENT_TAG_OVERAGE: _ClassVar[CommentTag]

class ContentSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTENT_SOURCE_UNKNOWN: _ClassVar[ContentSource]
    CONTENT_SOURCE_NORMAL: _ClassVar[ContentSource]
    CONTENT_SOURCE_CAMERA: _ClassVar[ContentSource]

class DisplayControlHorizontalOnclickTriggerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_UNKNOWN: _ClassVar[DisplayControlHorizontalOnclickTriggerType]
    DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_LEFT: _ClassVar[DisplayControlHorizontalOnclickTriggerType]
    DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_MIDDLE: _ClassVar[DisplayControlHorizontalOnclickTriggerType]
    DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_RIGHT: _ClassVar[DisplayControlHorizontalOnclickTriggerType]
    DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_ALL_AREA: _ClassVar[DisplayControlHorizontalOnclickTriggerType]

class DisplayStyle(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISPLAY_STYLE_NORMAL: _ClassVar[DisplayStyle]
    DISPLAY_STYLE_STAY: _ClassVar[DisplayStyle]
    DISPLAY_STYLE_CHAT: _ClassVar[DisplayStyle]

class EmotePrivateType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EMOTE_PRIVATE_TYPE_NORMAL: _ClassVar[EmotePrivateType]
    EMOTE_PRIVATE_TYPE_SUB_WAVE: _ClassVar[EmotePrivateType]
    EMOTE_PRIVATE_TYPE_GUESSING: _ClassVar[EmotePrivateType]

class EmoteScene(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EMOTE_SCENE_SUBSCRIPTION: _ClassVar[EmoteScene]
    EMOTE_SCENE_GAME: _ClassVar[EmoteScene]
    EMOTE_SCENE_FANS_CLUB: _ClassVar[EmoteScene]

class EmoteType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EMOTE_TYPE_NORMAL: _ClassVar[EmoteType]
    EMOTE_TYPE_WITH_STICKER: _ClassVar[EmoteType]
    EMOTE_TYPE_FANS: _ClassVar[EmoteType]

class GiftSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GIFT_SOURCE_UNKNOWN: _ClassVar[GiftSource]
    GIFT_SOURCE_PLATFORM: _ClassVar[GiftSource]
    GIFT_SOURCE_USER_BUY_RANDOM: _ClassVar[GiftSource]
    GIFT_SOURCE_USER_BUY_SPECIFIC: _ClassVar[GiftSource]

class HitAbStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HIT_AB_STATUS_NO_HIT: _ClassVar[HitAbStatus]
    HIT_AB_STATUS_ENTER_FROM_EXTERNAL_LINK_NEW_TEXT: _ClassVar[HitAbStatus]
    HIT_AB_STATUS_ENTER_FROM_RE_POST_NEW_TEXT: _ClassVar[HitAbStatus]

class MemberMessageAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEMBER_MESSAGE_ACTION_UNKNOWN: _ClassVar[MemberMessageAction]
    MEMBER_MESSAGE_ACTION_JOINED: _ClassVar[MemberMessageAction]
    MEMBER_MESSAGE_ACTION_SUBSCRIBED: _ClassVar[MemberMessageAction]

class PinMessageActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PIN_MESSAGE_ACTION_TYPE_UN_KOWN: _ClassVar[PinMessageActionType]
    PIN_MESSAGE_ACTION_TYPE_PIN: _ClassVar[PinMessageActionType]
    PIN_MESSAGE_ACTION_TYPE_PIN_CANCEL: _ClassVar[PinMessageActionType]

class RewardCondition(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REWARD_CONDITION_SUBSCRIPTION: _ClassVar[RewardCondition]
    REWARD_CONDITION_SUB_WAVE_CUSTOM: _ClassVar[RewardCondition]
    REWARD_CONDITION_FANS_CLUB: _ClassVar[RewardCondition]
AUDIT_STATUS_UNKNOWN: AuditStatus
AUDIT_STATUS_PASS: AuditStatus
AUDIT_STATUS_FAILED: AuditStatus
AUDIT_STATUS_REVIEWING: AuditStatus
AUDIT_STATUS_FORBIDDEN: AuditStatus
BARRAGE_MESSAGE_BARRAGE_TYPE_UNKNOWN: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_E_COM_ORDERING: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_E_COM_BUYING: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_NORMAL: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_SUBSCRIBE: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_EVENT_VIEW: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_EVENT_REGISTERED: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_SUBSCRIBE_GIFT: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_USER_UPGRADE: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_GRADE_USER_ENTRANCE_NOTIFICATION: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_FANS_LEVEL_UPGRADE: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_FANS_LEVEL_ENTRANCE: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_GAME_PARTNERSHIP: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_GIFT_GALLERY: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_E_COM_BOUGHT: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_ENIGMA_ENTRANCE: BarrageMessageBarrageType
BARRAGE_MESSAGE_BARRAGE_TYPE_COMMON_BARRAGE: BarrageMessageBarrageType
BARRAGE_MESSAGE_ICON_DISPLAY_TYPE_ICON_DISPLAY_TYPE_IMAGE: BarrageMessageIconDisplayType
BARRAGE_MESSAGE_ICON_DISPLAY_TYPE_ICON_DISPLAY_TYPE_BADGE: BarrageMessageIconDisplayType
BARRAGE_MESSAGE_RENDER_TYPE_RENDER_TYPE_NATIVE: BarrageMessageRenderType
BARRAGE_MESSAGE_RENDER_TYPE_RENDER_TYPE_HYBRID: BarrageMessageRenderType
BARRAGE_MESSAGE_RENDER_TYPE_RENDER_TYPE_ALPHA: BarrageMessageRenderType
BARRAGE_MESSAGE_SHOW_TYPE_SHOW_TYPE_NORMAL: BarrageMessageShowType
BARRAGE_MESSAGE_SHOW_TYPE_SHOW_TYPE_FADE_IN_OUT: BarrageMessageShowType
COMMENT_TAG_NORMAL: CommentTag
COMMENT_TAG_CANDIDATE: CommentTag
COMMENT_TAG_OVERAGE: CommentTag
CONTENT_SOURCE_UNKNOWN: ContentSource
CONTENT_SOURCE_NORMAL: ContentSource
CONTENT_SOURCE_CAMERA: ContentSource
DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_UNKNOWN: DisplayControlHorizontalOnclickTriggerType
DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_LEFT: DisplayControlHorizontalOnclickTriggerType
DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_MIDDLE: DisplayControlHorizontalOnclickTriggerType
DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_RIGHT: DisplayControlHorizontalOnclickTriggerType
DISPLAY_CONTROL_HORIZONTAL_ONCLICK_TRIGGER_TYPE_ONCLICK_TRIGGER_TYPE_ALL_AREA: DisplayControlHorizontalOnclickTriggerType
DISPLAY_STYLE_NORMAL: DisplayStyle
DISPLAY_STYLE_STAY: DisplayStyle
DISPLAY_STYLE_CHAT: DisplayStyle
EMOTE_PRIVATE_TYPE_NORMAL: EmotePrivateType
EMOTE_PRIVATE_TYPE_SUB_WAVE: EmotePrivateType
EMOTE_PRIVATE_TYPE_GUESSING: EmotePrivateType
EMOTE_SCENE_SUBSCRIPTION: EmoteScene
EMOTE_SCENE_GAME: EmoteScene
EMOTE_SCENE_FANS_CLUB: EmoteScene
EMOTE_TYPE_NORMAL: EmoteType
EMOTE_TYPE_WITH_STICKER: EmoteType
EMOTE_TYPE_FANS: EmoteType
GIFT_SOURCE_UNKNOWN: GiftSource
GIFT_SOURCE_PLATFORM: GiftSource
GIFT_SOURCE_USER_BUY_RANDOM: GiftSource
GIFT_SOURCE_USER_BUY_SPECIFIC: GiftSource
HIT_AB_STATUS_NO_HIT: HitAbStatus
HIT_AB_STATUS_ENTER_FROM_EXTERNAL_LINK_NEW_TEXT: HitAbStatus
HIT_AB_STATUS_ENTER_FROM_RE_POST_NEW_TEXT: HitAbStatus
MEMBER_MESSAGE_ACTION_UNKNOWN: MemberMessageAction
MEMBER_MESSAGE_ACTION_JOINED: MemberMessageAction
MEMBER_MESSAGE_ACTION_SUBSCRIBED: MemberMessageAction
PIN_MESSAGE_ACTION_TYPE_UN_KOWN: PinMessageActionType
PIN_MESSAGE_ACTION_TYPE_PIN: PinMessageActionType
PIN_MESSAGE_ACTION_TYPE_PIN_CANCEL: PinMessageActionType
REWARD_CONDITION_SUBSCRIPTION: RewardCondition
REWARD_CONDITION_SUB_WAVE_CUSTOM: RewardCondition
REWARD_CONDITION_FANS_CLUB: RewardCondition

class WebcastBarrageMessage(_message.Message):
    __slots__ = ("common", "event", "msg_type", "icon", "content", "duration", "background", "right_icon", "display_config", "gallery_gift_id", "scene", "control", "right_label", "use_marquee", "show_type", "badge", "render_type", "left_icon_display_type", "ribbon_animation", "animation_data", "hybrid_url", "schema", "sub_type", "common_barrage_content", "user", "user_grade_param", "fans_level_param", "subscribe_gift_param", "privilege_log_extra", "gift_gallery_params", "public_area_message_common", "ecom_live_param")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    RIGHT_ICON_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    GALLERY_GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    RIGHT_LABEL_FIELD_NUMBER: _ClassVar[int]
    USE_MARQUEE_FIELD_NUMBER: _ClassVar[int]
    SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    RENDER_TYPE_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    RIBBON_ANIMATION_FIELD_NUMBER: _ClassVar[int]
    ANIMATION_DATA_FIELD_NUMBER: _ClassVar[int]
    HYBRID_URL_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMON_BARRAGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    USER_GRADE_PARAM_FIELD_NUMBER: _ClassVar[int]
    FANS_LEVEL_PARAM_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_GIFT_PARAM_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_PARAMS_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    ECOM_LIVE_PARAM_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    event: BarrageEvent
    msg_type: BarrageMessageBarrageType
    icon: _users_pb2.ImageModel
    content: _common_pb2.Text
    duration: int
    background: _users_pb2.ImageModel
    right_icon: _users_pb2.ImageModel
    display_config: int
    gallery_gift_id: int
    scene: str
    control: DisplayControl
    right_label: RightLabel
    use_marquee: bool
    show_type: BarrageMessageShowType
    badge: _users_pb2.BadgeStruct
    render_type: BarrageMessageRenderType
    left_icon_display_type: BarrageMessageIconDisplayType
    ribbon_animation: _users_pb2.ImageModel
    animation_data: AnimationData
    hybrid_url: str
    schema: str
    sub_type: str
    common_barrage_content: _common_pb2.Text
    user: _users_pb2.User
    user_grade_param: BarrageTypeUserGradeParam
    fans_level_param: BarrageTypeFansLevelParam
    subscribe_gift_param: BarrageTypeSubscribeGiftParam
    privilege_log_extra: _users_pb2.PrivilegeLogExtra
    gift_gallery_params: BarrageTypeGiftGalleryParam
    public_area_message_common: _gifts_pb2.PublicAreaMessageCommon
    ecom_live_param: BarrageTypeEcomLiveParam
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., event: _Optional[_Union[BarrageEvent, _Mapping]] = ..., msg_type: _Optional[_Union[BarrageMessageBarrageType, str]] = ..., icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., duration: _Optional[int] = ..., background: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., right_icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., display_config: _Optional[int] = ..., gallery_gift_id: _Optional[int] = ..., scene: _Optional[str] = ..., control: _Optional[_Union[DisplayControl, _Mapping]] = ..., right_label: _Optional[_Union[RightLabel, _Mapping]] = ..., use_marquee: _Optional[bool] = ..., show_type: _Optional[_Union[BarrageMessageShowType, str]] = ..., badge: _Optional[_Union[_users_pb2.BadgeStruct, _Mapping]] = ..., render_type: _Optional[_Union[BarrageMessageRenderType, str]] = ..., left_icon_display_type: _Optional[_Union[BarrageMessageIconDisplayType, str]] = ..., ribbon_animation: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., animation_data: _Optional[_Union[AnimationData, _Mapping]] = ..., hybrid_url: _Optional[str] = ..., schema: _Optional[str] = ..., sub_type: _Optional[str] = ..., common_barrage_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., user_grade_param: _Optional[_Union[BarrageTypeUserGradeParam, _Mapping]] = ..., fans_level_param: _Optional[_Union[BarrageTypeFansLevelParam, _Mapping]] = ..., subscribe_gift_param: _Optional[_Union[BarrageTypeSubscribeGiftParam, _Mapping]] = ..., privilege_log_extra: _Optional[_Union[_users_pb2.PrivilegeLogExtra, _Mapping]] = ..., gift_gallery_params: _Optional[_Union[BarrageTypeGiftGalleryParam, _Mapping]] = ..., public_area_message_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ..., ecom_live_param: _Optional[_Union[BarrageTypeEcomLiveParam, _Mapping]] = ...) -> None: ...

class WebcastCaptionMessage(_message.Message):
    __slots__ = ("common", "timestamp_ms", "duration_ms", "content", "sentence_id", "sequence_id", "definite")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_MS_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    SENTENCE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    DEFINITE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    timestamp_ms: int
    duration_ms: int
    content: _containers.RepeatedCompositeFieldContainer[CaptionContent]
    sentence_id: int
    sequence_id: int
    definite: bool
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., timestamp_ms: _Optional[int] = ..., duration_ms: _Optional[int] = ..., content: _Optional[_Iterable[_Union[CaptionContent, _Mapping]]] = ..., sentence_id: _Optional[int] = ..., sequence_id: _Optional[int] = ..., definite: _Optional[bool] = ...) -> None: ...

class WebcastChatMessage(_message.Message):
    __slots__ = ("common", "user", "content", "visible_to_sender", "background_image", "full_screen_text_color", "background_image_v2", "public_area_common", "gift_image", "input_type", "at_user", "emotes", "content_language", "msg_filter", "quick_chat_scene", "community_flagged_status", "user_identity", "comment_quality_scores", "comment_tag", "public_area_message_common", "screen_time", "signature", "signature_version", "ec_streamer_key", "comment_label_scores", "mention_user_list", "mention_users", "is_on_comment_tray")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    VISIBLE_TO_SENDER_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_FIELD_NUMBER: _ClassVar[int]
    FULL_SCREEN_TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_V2_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_COMMON_FIELD_NUMBER: _ClassVar[int]
    GIFT_IMAGE_FIELD_NUMBER: _ClassVar[int]
    INPUT_TYPE_FIELD_NUMBER: _ClassVar[int]
    AT_USER_FIELD_NUMBER: _ClassVar[int]
    EMOTES_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    MSG_FILTER_FIELD_NUMBER: _ClassVar[int]
    QUICK_CHAT_SCENE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_FLAGGED_STATUS_FIELD_NUMBER: _ClassVar[int]
    USER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    COMMENT_QUALITY_SCORES_FIELD_NUMBER: _ClassVar[int]
    COMMENT_TAG_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    SCREEN_TIME_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VERSION_FIELD_NUMBER: _ClassVar[int]
    EC_STREAMER_KEY_FIELD_NUMBER: _ClassVar[int]
    COMMENT_LABEL_SCORES_FIELD_NUMBER: _ClassVar[int]
    MENTION_USER_LIST_FIELD_NUMBER: _ClassVar[int]
    MENTION_USERS_FIELD_NUMBER: _ClassVar[int]
    IS_ON_COMMENT_TRAY_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    user: _users_pb2.User
    content: str
    visible_to_sender: bool
    background_image: _users_pb2.ImageModel
    full_screen_text_color: str
    background_image_v2: _users_pb2.ImageModel
    public_area_common: _gifts_pb2.PublicAreaCommon
    gift_image: _users_pb2.ImageModel
    input_type: int
    at_user: _users_pb2.User
    emotes: _containers.RepeatedCompositeFieldContainer[EmoteWithIndex]
    content_language: str
    msg_filter: _gifts_pb2.MsgFilter
    quick_chat_scene: int
    community_flagged_status: int
    user_identity: _gifts_pb2.UserIdentity
    comment_quality_scores: _containers.RepeatedCompositeFieldContainer[CommentQualityScore]
    comment_tag: _containers.RepeatedScalarFieldContainer[CommentTag]
    public_area_message_common: _gifts_pb2.PublicAreaMessageCommon
    screen_time: int
    signature: str
    signature_version: str
    ec_streamer_key: str
    comment_label_scores: _containers.RepeatedCompositeFieldContainer[CommentLabelScore]
    mention_user_list: _containers.RepeatedScalarFieldContainer[int]
    mention_users: _containers.RepeatedCompositeFieldContainer[_users_pb2.User]
    is_on_comment_tray: bool
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., content: _Optional[str] = ..., visible_to_sender: _Optional[bool] = ..., background_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., full_screen_text_color: _Optional[str] = ..., background_image_v2: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., public_area_common: _Optional[_Union[_gifts_pb2.PublicAreaCommon, _Mapping]] = ..., gift_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., input_type: _Optional[int] = ..., at_user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., emotes: _Optional[_Iterable[_Union[EmoteWithIndex, _Mapping]]] = ..., content_language: _Optional[str] = ..., msg_filter: _Optional[_Union[_gifts_pb2.MsgFilter, _Mapping]] = ..., quick_chat_scene: _Optional[int] = ..., community_flagged_status: _Optional[int] = ..., user_identity: _Optional[_Union[_gifts_pb2.UserIdentity, _Mapping]] = ..., comment_quality_scores: _Optional[_Iterable[_Union[CommentQualityScore, _Mapping]]] = ..., comment_tag: _Optional[_Iterable[_Union[CommentTag, str]]] = ..., public_area_message_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ..., screen_time: _Optional[int] = ..., signature: _Optional[str] = ..., signature_version: _Optional[str] = ..., ec_streamer_key: _Optional[str] = ..., comment_label_scores: _Optional[_Iterable[_Union[CommentLabelScore, _Mapping]]] = ..., mention_user_list: _Optional[_Iterable[int]] = ..., mention_users: _Optional[_Iterable[_Union[_users_pb2.User, _Mapping]]] = ..., is_on_comment_tray: _Optional[bool] = ...) -> None: ...

class WebcastEmoteChatMessage(_message.Message):
    __slots__ = ("common", "user", "emote_list", "msg_filter", "user_identity")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    EMOTE_LIST_FIELD_NUMBER: _ClassVar[int]
    MSG_FILTER_FIELD_NUMBER: _ClassVar[int]
    USER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    user: _users_pb2.User
    emote_list: _containers.RepeatedCompositeFieldContainer[EmoteModel]
    msg_filter: _gifts_pb2.MsgFilter
    user_identity: _gifts_pb2.UserIdentity
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., emote_list: _Optional[_Iterable[_Union[EmoteModel, _Mapping]]] = ..., msg_filter: _Optional[_Union[_gifts_pb2.MsgFilter, _Mapping]] = ..., user_identity: _Optional[_Union[_gifts_pb2.UserIdentity, _Mapping]] = ...) -> None: ...

class WebcastImDeleteMessage(_message.Message):
    __slots__ = ("common", "delete_msg_ids", "delete_user_ids")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DELETE_MSG_IDS_FIELD_NUMBER: _ClassVar[int]
    DELETE_USER_IDS_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    delete_msg_ids: _containers.RepeatedScalarFieldContainer[int]
    delete_user_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., delete_msg_ids: _Optional[_Iterable[int]] = ..., delete_user_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class WebcastLikeMessage(_message.Message):
    __slots__ = ("common", "count", "total", "color", "user", "icon", "icons", "specified_display_text", "effect_cnt", "like_effect", "public_area_message_common", "room_message_heat_level")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    ICONS_FIELD_NUMBER: _ClassVar[int]
    SPECIFIED_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    EFFECT_CNT_FIELD_NUMBER: _ClassVar[int]
    LIKE_EFFECT_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    ROOM_MESSAGE_HEAT_LEVEL_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    count: int
    total: int
    color: int
    user: _users_pb2.User
    icon: str
    icons: _containers.RepeatedCompositeFieldContainer[_users_pb2.ImageModel]
    specified_display_text: _containers.RepeatedCompositeFieldContainer[SpecifiedDisplayText]
    effect_cnt: int
    like_effect: _containers.RepeatedCompositeFieldContainer[LikeEffect]
    public_area_message_common: _gifts_pb2.PublicAreaMessageCommon
    room_message_heat_level: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., count: _Optional[int] = ..., total: _Optional[int] = ..., color: _Optional[int] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., icon: _Optional[str] = ..., icons: _Optional[_Iterable[_Union[_users_pb2.ImageModel, _Mapping]]] = ..., specified_display_text: _Optional[_Iterable[_Union[SpecifiedDisplayText, _Mapping]]] = ..., effect_cnt: _Optional[int] = ..., like_effect: _Optional[_Iterable[_Union[LikeEffect, _Mapping]]] = ..., public_area_message_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ..., room_message_heat_level: _Optional[int] = ...) -> None: ...

class WebcastMemberMessage(_message.Message):
    __slots__ = ("common", "user", "member_count", "operator", "is_set_to_admin", "is_top_user", "rank_score", "top_user_no", "enter_type", "action", "action_description", "user_id", "effect_config", "pop_str", "enter_effect_config", "background_image", "background_image_v2", "anchor_display_text", "client_enter_source", "client_enter_type", "client_live_reason", "action_duration", "user_share_type", "display_style", "admin_permissions", "kick_source", "allow_preview_time", "last_subscription_action", "public_area_message_common", "live_sub_only_tier", "live_sub_only_month", "ec_streamer_key", "show_wave", "wave_algorithm_data", "hit_ab_status")
    class AdminPermissionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    IS_SET_TO_ADMIN_FIELD_NUMBER: _ClassVar[int]
    IS_TOP_USER_FIELD_NUMBER: _ClassVar[int]
    RANK_SCORE_FIELD_NUMBER: _ClassVar[int]
    TOP_USER_NO_FIELD_NUMBER: _ClassVar[int]
    ENTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    ACTION_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    EFFECT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    POP_STR_FIELD_NUMBER: _ClassVar[int]
    ENTER_EFFECT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_V2_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ENTER_SOURCE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ENTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_LIVE_REASON_FIELD_NUMBER: _ClassVar[int]
    ACTION_DURATION_FIELD_NUMBER: _ClassVar[int]
    USER_SHARE_TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    ADMIN_PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    KICK_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_PREVIEW_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_SUBSCRIPTION_ACTION_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    LIVE_SUB_ONLY_TIER_FIELD_NUMBER: _ClassVar[int]
    LIVE_SUB_ONLY_MONTH_FIELD_NUMBER: _ClassVar[int]
    EC_STREAMER_KEY_FIELD_NUMBER: _ClassVar[int]
    SHOW_WAVE_FIELD_NUMBER: _ClassVar[int]
    WAVE_ALGORITHM_DATA_FIELD_NUMBER: _ClassVar[int]
    HIT_AB_STATUS_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    user: _users_pb2.User
    member_count: int
    operator: _users_pb2.User
    is_set_to_admin: bool
    is_top_user: bool
    rank_score: int
    top_user_no: int
    enter_type: int
    action: MemberMessageAction
    action_description: str
    user_id: int
    effect_config: bytes
    pop_str: str
    enter_effect_config: EffectConfigBean
    background_image: _users_pb2.ImageModel
    background_image_v2: _users_pb2.ImageModel
    anchor_display_text: _common_pb2.Text
    client_enter_source: str
    client_enter_type: str
    client_live_reason: str
    action_duration: int
    user_share_type: str
    display_style: DisplayStyle
    admin_permissions: _containers.ScalarMap[int, int]
    kick_source: int
    allow_preview_time: int
    last_subscription_action: int
    public_area_message_common: _gifts_pb2.PublicAreaMessageCommon
    live_sub_only_tier: int
    live_sub_only_month: int
    ec_streamer_key: str
    show_wave: int
    wave_algorithm_data: WaveAlgorithmData
    hit_ab_status: HitAbStatus
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., member_count: _Optional[int] = ..., operator: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., is_set_to_admin: _Optional[bool] = ..., is_top_user: _Optional[bool] = ..., rank_score: _Optional[int] = ..., top_user_no: _Optional[int] = ..., enter_type: _Optional[int] = ..., action: _Optional[_Union[MemberMessageAction, str]] = ..., action_description: _Optional[str] = ..., user_id: _Optional[int] = ..., effect_config: _Optional[bytes] = ..., pop_str: _Optional[str] = ..., enter_effect_config: _Optional[_Union[EffectConfigBean, _Mapping]] = ..., background_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., background_image_v2: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., anchor_display_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., client_enter_source: _Optional[str] = ..., client_enter_type: _Optional[str] = ..., client_live_reason: _Optional[str] = ..., action_duration: _Optional[int] = ..., user_share_type: _Optional[str] = ..., display_style: _Optional[_Union[DisplayStyle, str]] = ..., admin_permissions: _Optional[_Mapping[int, int]] = ..., kick_source: _Optional[int] = ..., allow_preview_time: _Optional[int] = ..., last_subscription_action: _Optional[int] = ..., public_area_message_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ..., live_sub_only_tier: _Optional[int] = ..., live_sub_only_month: _Optional[int] = ..., ec_streamer_key: _Optional[str] = ..., show_wave: _Optional[int] = ..., wave_algorithm_data: _Optional[_Union[WaveAlgorithmData, _Mapping]] = ..., hit_ab_status: _Optional[_Union[HitAbStatus, str]] = ...) -> None: ...

class WebcastQuestionNewMessage(_message.Message):
    __slots__ = ("common", "data")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    data: Question
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., data: _Optional[_Union[Question, _Mapping]] = ...) -> None: ...

class WebcastRoomPinMessage(_message.Message):
    __slots__ = ("common", "chat_message", "social_message", "gift_message", "member_message", "like_message", "method", "pin_time", "operator", "action", "display_duration", "pin_msg_id", "ec_streamer_key")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHAT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SOCIAL_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    GIFT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MEMBER_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    LIKE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    PIN_TIME_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_DURATION_FIELD_NUMBER: _ClassVar[int]
    PIN_MSG_ID_FIELD_NUMBER: _ClassVar[int]
    EC_STREAMER_KEY_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    chat_message: WebcastChatMessage
    social_message: WebcastSocialMessage
    gift_message: _gifts_pb2.WebcastGiftMessage
    member_message: WebcastMemberMessage
    like_message: WebcastLikeMessage
    method: str
    pin_time: int
    operator: _users_pb2.User
    action: PinMessageActionType
    display_duration: int
    pin_msg_id: int
    ec_streamer_key: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., chat_message: _Optional[_Union[WebcastChatMessage, _Mapping]] = ..., social_message: _Optional[_Union[WebcastSocialMessage, _Mapping]] = ..., gift_message: _Optional[_Union[_gifts_pb2.WebcastGiftMessage, _Mapping]] = ..., member_message: _Optional[_Union[WebcastMemberMessage, _Mapping]] = ..., like_message: _Optional[_Union[WebcastLikeMessage, _Mapping]] = ..., method: _Optional[str] = ..., pin_time: _Optional[int] = ..., operator: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., action: _Optional[_Union[PinMessageActionType, str]] = ..., display_duration: _Optional[int] = ..., pin_msg_id: _Optional[int] = ..., ec_streamer_key: _Optional[str] = ...) -> None: ...

class WebcastSocialMessage(_message.Message):
    __slots__ = ("common", "user", "share_type", "action", "share_target", "follow_count", "share_display_style", "share_count", "public_area_message_common", "signature", "signature_version", "show_duration_ms", "follow_type", "target_user_id", "scene")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    SHARE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    SHARE_TARGET_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    SHARE_DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    SHARE_COUNT_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VERSION_FIELD_NUMBER: _ClassVar[int]
    SHOW_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    user: _users_pb2.User
    share_type: int
    action: int
    share_target: str
    follow_count: int
    share_display_style: int
    share_count: int
    public_area_message_common: _gifts_pb2.PublicAreaMessageCommon
    signature: str
    signature_version: str
    show_duration_ms: int
    follow_type: int
    target_user_id: int
    scene: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., share_type: _Optional[int] = ..., action: _Optional[int] = ..., share_target: _Optional[str] = ..., follow_count: _Optional[int] = ..., share_display_style: _Optional[int] = ..., share_count: _Optional[int] = ..., public_area_message_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ..., signature: _Optional[str] = ..., signature_version: _Optional[str] = ..., show_duration_ms: _Optional[int] = ..., follow_type: _Optional[int] = ..., target_user_id: _Optional[int] = ..., scene: _Optional[str] = ...) -> None: ...

class WebcastSpeakerMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ...) -> None: ...

class AnimationData(_message.Message):
    __slots__ = ("gecko_channel_name", "file_name", "height", "width", "right_offset")
    GECKO_CHANNEL_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    RIGHT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    gecko_channel_name: str
    file_name: str
    height: int
    width: int
    right_offset: int
    def __init__(self, gecko_channel_name: _Optional[str] = ..., file_name: _Optional[str] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., right_offset: _Optional[int] = ...) -> None: ...

class BarrageEvent(_message.Message):
    __slots__ = ("event_name", "params")
    class ParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    EVENT_NAME_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    event_name: str
    params: _containers.ScalarMap[str, str]
    def __init__(self, event_name: _Optional[str] = ..., params: _Optional[_Mapping[str, str]] = ...) -> None: ...

class BarrageTypeEcomLiveParam(_message.Message):
    __slots__ = ("plp_params", "scene", "anchored_product_id", "anchored_label_key", "entrance_form", "anchored_product_source", "anchored_product_platform")
    PLP_PARAMS_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    ANCHORED_PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHORED_LABEL_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTRANCE_FORM_FIELD_NUMBER: _ClassVar[int]
    ANCHORED_PRODUCT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ANCHORED_PRODUCT_PLATFORM_FIELD_NUMBER: _ClassVar[int]
    plp_params: str
    scene: str
    anchored_product_id: str
    anchored_label_key: str
    entrance_form: str
    anchored_product_source: str
    anchored_product_platform: int
    def __init__(self, plp_params: _Optional[str] = ..., scene: _Optional[str] = ..., anchored_product_id: _Optional[str] = ..., anchored_label_key: _Optional[str] = ..., entrance_form: _Optional[str] = ..., anchored_product_source: _Optional[str] = ..., anchored_product_platform: _Optional[int] = ...) -> None: ...

class BarrageTypeFansLevelParam(_message.Message):
    __slots__ = ("current_grade", "display_config", "user")
    CURRENT_GRADE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    current_grade: int
    display_config: int
    user: _users_pb2.User
    def __init__(self, current_grade: _Optional[int] = ..., display_config: _Optional[int] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ...) -> None: ...

class BarrageTypeGiftGalleryParam(_message.Message):
    __slots__ = ("from_user_id", "to_user_id")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    to_user_id: int
    def __init__(self, from_user_id: _Optional[int] = ..., to_user_id: _Optional[int] = ...) -> None: ...

class BarrageTypeSubscribeGiftParam(_message.Message):
    __slots__ = ("gift_sub_count", "show_gift_sub_count", "gift_source")
    GIFT_SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    SHOW_GIFT_SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    gift_sub_count: int
    show_gift_sub_count: bool
    gift_source: GiftSource
    def __init__(self, gift_sub_count: _Optional[int] = ..., show_gift_sub_count: _Optional[bool] = ..., gift_source: _Optional[_Union[GiftSource, str]] = ...) -> None: ...

class BarrageTypeUserGradeParam(_message.Message):
    __slots__ = ("current_grade", "display_config", "user_id", "user")
    CURRENT_GRADE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    current_grade: int
    display_config: int
    user_id: str
    user: _users_pb2.User
    def __init__(self, current_grade: _Optional[int] = ..., display_config: _Optional[int] = ..., user_id: _Optional[str] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ...) -> None: ...

class CaptionContent(_message.Message):
    __slots__ = ("lang", "content")
    LANG_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    lang: str
    content: str
    def __init__(self, lang: _Optional[str] = ..., content: _Optional[str] = ...) -> None: ...

class CommentLabelScore(_message.Message):
    __slots__ = ("label_name", "score")
    LABEL_NAME_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    label_name: str
    score: float
    def __init__(self, label_name: _Optional[str] = ..., score: _Optional[float] = ...) -> None: ...

class CommentQualityScore(_message.Message):
    __slots__ = ("version", "score")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    version: str
    score: int
    def __init__(self, version: _Optional[str] = ..., score: _Optional[int] = ...) -> None: ...

class DisplayControl(_message.Message):
    __slots__ = ("priority", "duration", "target_group_show_rst", "horizontal_trigger_type")
    class TargetGroupShowRstEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: ShowResult
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[ShowResult, _Mapping]] = ...) -> None: ...
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    TARGET_GROUP_SHOW_RST_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_TRIGGER_TYPE_FIELD_NUMBER: _ClassVar[int]
    priority: int
    duration: int
    target_group_show_rst: _containers.MessageMap[int, ShowResult]
    horizontal_trigger_type: DisplayControlHorizontalOnclickTriggerType
    def __init__(self, priority: _Optional[int] = ..., duration: _Optional[int] = ..., target_group_show_rst: _Optional[_Mapping[int, ShowResult]] = ..., horizontal_trigger_type: _Optional[_Union[DisplayControlHorizontalOnclickTriggerType, str]] = ...) -> None: ...

class EffectConfigBean(_message.Message):
    __slots__ = ("type", "icon", "text", "badge")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    type: int
    icon: _users_pb2.ImageModel
    text: _common_pb2.Text
    badge: _users_pb2.ImageModel
    def __init__(self, type: _Optional[int] = ..., icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., badge: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ...) -> None: ...

class EmoteModel(_message.Message):
    __slots__ = ("emote_id", "image", "audit_status", "uuid", "emote_type", "content_source", "emote_private_type", "package_id", "audit_info", "reward_condition", "emote_upload_info", "create_time", "emote_scene")
    EMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    UUID_FIELD_NUMBER: _ClassVar[int]
    EMOTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    EMOTE_PRIVATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_ID_FIELD_NUMBER: _ClassVar[int]
    AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    REWARD_CONDITION_FIELD_NUMBER: _ClassVar[int]
    EMOTE_UPLOAD_INFO_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    EMOTE_SCENE_FIELD_NUMBER: _ClassVar[int]
    emote_id: str
    image: _users_pb2.ImageModel
    audit_status: AuditStatus
    uuid: str
    emote_type: EmoteType
    content_source: ContentSource
    emote_private_type: EmotePrivateType
    package_id: str
    audit_info: EmoteModelAuditInfo
    reward_condition: RewardCondition
    emote_upload_info: EmoteUploadInfo
    create_time: int
    emote_scene: EmoteScene
    def __init__(self, emote_id: _Optional[str] = ..., image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., audit_status: _Optional[_Union[AuditStatus, str]] = ..., uuid: _Optional[str] = ..., emote_type: _Optional[_Union[EmoteType, str]] = ..., content_source: _Optional[_Union[ContentSource, str]] = ..., emote_private_type: _Optional[_Union[EmotePrivateType, str]] = ..., package_id: _Optional[str] = ..., audit_info: _Optional[_Union[EmoteModelAuditInfo, _Mapping]] = ..., reward_condition: _Optional[_Union[RewardCondition, str]] = ..., emote_upload_info: _Optional[_Union[EmoteUploadInfo, _Mapping]] = ..., create_time: _Optional[int] = ..., emote_scene: _Optional[_Union[EmoteScene, str]] = ...) -> None: ...

class EmoteModelAuditInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EmoteUploadInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EmoteWithIndex(_message.Message):
    __slots__ = ("index", "emote")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    EMOTE_FIELD_NUMBER: _ClassVar[int]
    index: int
    emote: EmoteModel
    def __init__(self, index: _Optional[int] = ..., emote: _Optional[_Union[EmoteModel, _Mapping]] = ...) -> None: ...

class LikeEffect(_message.Message):
    __slots__ = ("version", "effect_cnt", "effect_interval_ms", "level")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    EFFECT_CNT_FIELD_NUMBER: _ClassVar[int]
    EFFECT_INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    version: int
    effect_cnt: int
    effect_interval_ms: int
    level: int
    def __init__(self, version: _Optional[int] = ..., effect_cnt: _Optional[int] = ..., effect_interval_ms: _Optional[int] = ..., level: _Optional[int] = ...) -> None: ...

class Question(_message.Message):
    __slots__ = ("question_id", "content", "answer_status", "create_time", "user", "create_from", "answer_from")
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    ANSWER_STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    CREATE_FROM_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FROM_FIELD_NUMBER: _ClassVar[int]
    question_id: int
    content: str
    answer_status: int
    create_time: int
    user: _users_pb2.User
    create_from: int
    answer_from: int
    def __init__(self, question_id: _Optional[int] = ..., content: _Optional[str] = ..., answer_status: _Optional[int] = ..., create_time: _Optional[int] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., create_from: _Optional[int] = ..., answer_from: _Optional[int] = ...) -> None: ...

class RightLabel(_message.Message):
    __slots__ = ("background_color", "content", "height")
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    background_color: str
    content: _common_pb2.Text
    height: int
    def __init__(self, background_color: _Optional[str] = ..., content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., height: _Optional[int] = ...) -> None: ...

class ShowResult(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SpecifiedDisplayText(_message.Message):
    __slots__ = ("uid", "display_text")
    UID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    uid: int
    display_text: _common_pb2.Text
    def __init__(self, uid: _Optional[int] = ..., display_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class WaveAlgorithmData(_message.Message):
    __slots__ = ("algorithm_version", "is_alg_hit", "predict_score", "is_rewatch", "is_follow")
    ALGORITHM_VERSION_FIELD_NUMBER: _ClassVar[int]
    IS_ALG_HIT_FIELD_NUMBER: _ClassVar[int]
    PREDICT_SCORE_FIELD_NUMBER: _ClassVar[int]
    IS_REWATCH_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOW_FIELD_NUMBER: _ClassVar[int]
    algorithm_version: str
    is_alg_hit: bool
    predict_score: str
    is_rewatch: bool
    is_follow: bool
    def __init__(self, algorithm_version: _Optional[str] = ..., is_alg_hit: _Optional[bool] = ..., predict_score: _Optional[str] = ..., is_rewatch: _Optional[bool] = ..., is_follow: _Optional[bool] = ...) -> None: ...
