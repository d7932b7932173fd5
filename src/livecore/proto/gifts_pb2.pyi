from livecore.proto import users_pb2 as _users_pb2
from livecore.proto import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EnvelopeBusinessType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_UNKNOWN: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_USER_DIAMOND: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PLATFORM_DIAMOND: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PLATFORM_SHELL: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PORTAL: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PLATFORM_MER_CH: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_E_OY_DIAMOND: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_FANCLUB_GT_M: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PLATFORM_PORTAL: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_EO_YG_TM_POPULARITY_TICKET: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_EO_YG_TM_REVENUE_DIAMOND: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_EO_YG_TM_GAME_DIAMOND: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_CREATOR_LEAGUE_PROMOTION_GT_M: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_MOY_GT_M_POPULARITY_TICKET: _ClassVar[EnvelopeBusinessType]
    ENVELOPE_BUSINESS_TYPE_SUPER_FAN_BOX: _ClassVar[EnvelopeBusinessType]

class EnvelopeDisplay(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENVELOPE_DISPLAY_UNKNOWN: _ClassVar[EnvelopeDisplay]
    ENVELOPE_DISPLAY_NEW: _ClassVar[EnvelopeDisplay]
    ENVELOPE_DISPLAY_HIDE: _ClassVar[EnvelopeDisplay]

class EnvelopeFollowShowStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENVELOPE_FOLLOW_SHOW_STATUS_ENVELOPE_FOLLOW_SHOW_UNKNOWN: _ClassVar[EnvelopeFollowShowStatus]
    ENVELOPE_FOLLOW_SHOW_STATUS_ENVELOPE_FOLLOW_SHOW: _ClassVar[EnvelopeFollowShowStatus]
    ENVELOPE_FOLLOW_SHOW_STATUS_ENVELOPE_FOLLOW_NOT_SHOW: _ClassVar[EnvelopeFollowShowStatus]

class GiftMessageIgnoreConfig(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GIFT_MESSAGE_IGNORE_CONFIG_NOT_IGNORE: _ClassVar[GiftMessageIgnoreConfig]
    GIFT_MESSAGE_IGNORE_CONFIG_IGNORE_TRAY: _ClassVar[GiftMessageIgnoreConfig]
    GIFT_MESSAGE_IGNORE_CONFIG_IGNORE_PSM: _ClassVar[GiftMessageIgnoreConfig]
    GIFT_MESSAGE_IGNORE_CONFIG_IGNORE_TRAY_AND_PSM: _ClassVar[GiftMessageIgnoreConfig]

class GiftMessageVersion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GIFT_MESSAGE_VERSION_NUM_0: _ClassVar[GiftMessageVersion]
    GIFT_MESSAGE_VERSION_NUM_1: _ClassVar[GiftMessageVersion]

class GiftPanelBeaconBubbleType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GIFT_PANEL_BEACON_BUBBLE_TYPE_UNKNOWN: _ClassVar[GiftPanelBeaconBubbleType]
    GIFT_PANEL_BEACON_BUBBLE_TYPE_DEFAULT: _ClassVar[GiftPanelBeaconBubbleType]
    GIFT_PANEL_BEACON_BUBBLE_TYPE_LYNX_DEFAULT: _ClassVar[GiftPanelBeaconBubbleType]
    GIFT_PANEL_BEACON_BUBBLE_TYPE_LIVE_GOAL: _ClassVar[GiftPanelBeaconBubbleType]
    GIFT_PANEL_BEACON_BUBBLE_TYPE_GIFT_GALLERY: _ClassVar[GiftPanelBeaconBubbleType]
    GIFT_PANEL_BEACON_BUBBLE_TYPE_UG_HIGH_PRIORITY: _ClassVar[GiftPanelBeaconBubbleType]
    GIFT_PANEL_BEACON_BUBBLE_TYPE_UG_LOW_PRIORITY: _ClassVar[GiftPanelBeaconBubbleType]
    GIFT_PANEL_BEACON_BUBBLE_TYPE_VIEWER_PICKS: _ClassVar[GiftPanelBeaconBubbleType]

class GiftStructSchemeGiftType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GIFT_STRUCT_SCHEME_GIFT_TYPE_SCHEME_GIFT_TYPE_NONE: _ClassVar[GiftStructSchemeGiftType]
    GIFT_STRUCT_SCHEME_GIFT_TYPE_SCHEME_GIFT_TYPE_MAGIC: _ClassVar[GiftStructSchemeGiftType]

class GiftTrayStyle(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GIFT_TRAY_STYLE_DEFAULT: _ClassVar[GiftTrayStyle]
    GIFT_TRAY_STYLE_GALLERY_REPURCHASE_FULL: _ClassVar[GiftTrayStyle]
    GIFT_TRAY_STYLE_GALLERY_REPURCHASE_BACKGROUND: _ClassVar[GiftTrayStyle]

class LinkmicGiftExpressionStrategy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINKMIC_GIFT_EXPRESSION_STRATEGY_CONTROL_V1: _ClassVar[LinkmicGiftExpressionStrategy]
    LINKMIC_GIFT_EXPRESSION_STRATEGY_EXPERIMENT_V1: _ClassVar[LinkmicGiftExpressionStrategy]
    LINKMIC_GIFT_EXPRESSION_STRATEGY_EXPERIMENT_V2: _ClassVar[LinkmicGiftExpressionStrategy]

class MatchInfoMultiplierType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MATCH_INFO_MULTIPLIER_TYPE_UNSPECIFIED: _ClassVar[MatchInfoMultiplierType]
    MATCH_INFO_MULTIPLIER_TYPE_CRITICAL_STRIKE: _ClassVar[MatchInfoMultiplierType]
    MATCH_INFO_MULTIPLIER_TYPE_TOP_2: _ClassVar[MatchInfoMultiplierType]
    MATCH_INFO_MULTIPLIER_TYPE_TOP_3: _ClassVar[MatchInfoMultiplierType]
    MATCH_INFO_MULTIPLIER_TYPE_VAULT_GLOVE: _ClassVar[MatchInfoMultiplierType]
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_UNKNOWN: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_USER_DIAMOND: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PLATFORM_DIAMOND: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PLATFORM_SHELL: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PORTAL: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PLATFORM_MER_CH: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_E_OY_DIAMOND: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_FANCLUB_GT_M: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_PLATFORM_PORTAL: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_EO_YG_TM_POPULARITY_TICKET: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_EO_YG_TM_REVENUE_DIAMOND: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_EO_YG_TM_GAME_DIAMOND: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_CREATOR_LEAGUE_PROMOTION_GT_M: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_BUSINESS_TYPE_MOY_GT_M_POPULARITY_TICKET: EnvelopeBusinessType
ENVELOPE_BUSINESS_TYPE_SUPER_FAN_BOX: EnvelopeBusinessType
ENVELOPE_DISPLAY_UNKNOWN: EnvelopeDisplay
ENVELOPE_DISPLAY_NEW: EnvelopeDisplay
ENVELOPE_DISPLAY_HIDE: EnvelopeDisplay
ENVELOPE_FOLLOW_SHOW_STATUS_ENVELOPE_FOLLOW_SHOW_UNKNOWN: EnvelopeFollowShowStatus
ENVELOPE_FOLLOW_SHOW_STATUS_ENVELOPE_FOLLOW_SHOW: EnvelopeFollowShowStatus
ENVELOPE_FOLLOW_SHOW_STATUS_ENVELOPE_FOLLOW_NOT_SHOW: EnvelopeFollowShowStatus
GIFT_MESSAGE_IGNORE_CONFIG_NOT_IGNORE: GiftMessageIgnoreConfig
GIFT_MESSAGE_IGNORE_CONFIG_IGNORE_TRAY: GiftMessageIgnoreConfig
GIFT_MESSAGE_IGNORE_CONFIG_IGNORE_PSM: GiftMessageIgnoreConfig
GIFT_MESSAGE_IGNORE_CONFIG_IGNORE_TRAY_AND_PSM: GiftMessageIgnoreConfig
GIFT_MESSAGE_VERSION_NUM_0: GiftMessageVersion
GIFT_MESSAGE_VERSION_NUM_1: GiftMessageVersion
GIFT_PANEL_BEACON_BUBBLE_TYPE_UNKNOWN: GiftPanelBeaconBubbleType
GIFT_PANEL_BEACON_BUBBLE_TYPE_DEFAULT: GiftPanelBeaconBubbleType
GIFT_PANEL_BEACON_BUBBLE_TYPE_LYNX_DEFAULT: GiftPanelBeaconBubbleType
GIFT_PANEL_BEACON_BUBBLE_TYPE_LIVE_GOAL: GiftPanelBeaconBubbleType
GIFT_PANEL_BEACON_BUBBLE_TYPE_GIFT_GALLERY: GiftPanelBeaconBubbleType
GIFT_PANEL_BEACON_BUBBLE_TYPE_UG_HIGH_PRIORITY: GiftPanelBeaconBubbleType
GIFT_PANEL_BEACON_BUBBLE_TYPE_UG_LOW_PRIORITY: GiftPanelBeaconBubbleType
GIFT_PANEL_BEACON_BUBBLE_TYPE_VIEWER_PICKS: GiftPanelBeaconBubbleType
GIFT_STRUCT_SCHEME_GIFT_TYPE_SCHEME_GIFT_TYPE_NONE: GiftStructSchemeGiftType
GIFT_STRUCT_SCHEME_GIFT_TYPE_SCHEME_GIFT_TYPE_MAGIC: GiftStructSchemeGiftType
GIFT_TRAY_STYLE_DEFAULT: GiftTrayStyle
GIFT_TRAY_STYLE_GALLERY_REPURCHASE_FULL: GiftTrayStyle
GIFT_TRAY_STYLE_GALLERY_REPURCHASE_BACKGROUND: GiftTrayStyle
LINKMIC_GIFT_EXPRESSION_STRATEGY_CONTROL_V1: LinkmicGiftExpressionStrategy
LINKMIC_GIFT_EXPRESSION_STRATEGY_EXPERIMENT_V1: LinkmicGiftExpressionStrategy
LINKMIC_GIFT_EXPRESSION_STRATEGY_EXPERIMENT_V2: LinkmicGiftExpressionStrategy
MATCH_INFO_MULTIPLIER_TYPE_UNSPECIFIED: MatchInfoMultiplierType
MATCH_INFO_MULTIPLIER_TYPE_CRITICAL_STRIKE: MatchInfoMultiplierType
MATCH_INFO_MULTIPLIER_TYPE_TOP_2: MatchInfoMultiplierType
MATCH_INFO_MULTIPLIER_TYPE_TOP_3: MatchInfoMultiplierType
MATCH_INFO_MULTIPLIER_TYPE_VAULT_GLOVE: MatchInfoMultiplierType

class WebcastBoostCardMessage(_message.Message):
    __slots__ = ("common", "cards")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CARDS_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    cards: _containers.RepeatedCompositeFieldContainer[BoostCard]
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., cards: _Optional[_Iterable[_Union[BoostCard, _Mapping]]] = ...) -> None: ...

class WebcastEnvelopeMessage(_message.Message):
    __slots__ = ("common", "envelope_info", "display", "public_area_msg_common")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ENVELOPE_INFO_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MSG_COMMON_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    envelope_info: MessageRedEnvelopInfo
    display: EnvelopeDisplay
    public_area_msg_common: PublicAreaMessageCommon
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., envelope_info: _Optional[_Union[MessageRedEnvelopInfo, _Mapping]] = ..., display: _Optional[_Union[EnvelopeDisplay, str]] = ..., public_area_msg_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ...) -> None: ...

class WebcastGiftBroadcastMessage(_message.Message):
    __slots__ = ("common", "from_user_id", "left_icon", "notify")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    from_user_id: int
    left_icon: _users_pb2.ImageModel
    notify: WebcastRoomNotifyMessage
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., from_user_id: _Optional[int] = ..., left_icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., notify: _Optional[_Union[WebcastRoomNotifyMessage, _Mapping]] = ...) -> None: ...

class WebcastGiftDynamicRestrictionMessage(_message.Message):
    __slots__ = ("common", "dynamic_restriction")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DYNAMIC_RESTRICTION_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    dynamic_restriction: DynamicRestriction
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., dynamic_restriction: _Optional[_Union[DynamicRestriction, _Mapping]] = ...) -> None: ...

class WebcastGiftMessage(_message.Message):
    __slots__ = ("common", "gift_id", "fan_ticket_count", "group_count", "repeat_count", "combo_count", "user", "to_user", "repeat_end", "text_effect", "group_id", "income_taskgifts", "room_fan_ticket_count", "priority", "gift", "log_id", "send_type", "public_area_common", "tray_display_text", "banned_display_effects", "tray_info", "monitor_extra", "monitor_info", "color_id", "is_first_sent", "display_text_for_anchor", "display_text_for_audience", "order_id", "gifts_in_box", "msg_filter", "lynx_extra", "user_identity", "match_info", "linkmic_gift_expression_strategy", "flying_mic_resources", "disable_gift_tracking", "asset", "version", "sponsorship_info", "flying_mic_resources_v2", "public_area_message_common", "signature", "signature_version", "multi_generate_message", "to_member_id", "to_member_id_int", "to_member_nickname", "interactive_gift_info", "display_duration_ms", "display_text_for_sender", "is_asset_bundle_gift", "asset_bundle", "effect_extra", "secondary_effect_info", "gift_variant_id", "shiny_card_unlock_token", "gift_effect")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUP_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPEAT_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    TO_USER_FIELD_NUMBER: _ClassVar[int]
    REPEAT_END_FIELD_NUMBER: _ClassVar[int]
    TEXT_EFFECT_FIELD_NUMBER: _ClassVar[int]
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    INCOME_TASKGIFTS_FIELD_NUMBER: _ClassVar[int]
    ROOM_FAN_TICKET_COUNT_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_TYPE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_COMMON_FIELD_NUMBER: _ClassVar[int]
    TRAY_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    BANNED_DISPLAY_EFFECTS_FIELD_NUMBER: _ClassVar[int]
    TRAY_INFO_FIELD_NUMBER: _ClassVar[int]
    MONITOR_EXTRA_FIELD_NUMBER: _ClassVar[int]
    MONITOR_INFO_FIELD_NUMBER: _ClassVar[int]
    COLOR_ID_FIELD_NUMBER: _ClassVar[int]
    IS_FIRST_SENT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FOR_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FOR_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    GIFTS_IN_BOX_FIELD_NUMBER: _ClassVar[int]
    MSG_FILTER_FIELD_NUMBER: _ClassVar[int]
    LYNX_EXTRA_FIELD_NUMBER: _ClassVar[int]
    USER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    MATCH_INFO_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_GIFT_EXPRESSION_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    FLYING_MIC_RESOURCES_FIELD_NUMBER: _ClassVar[int]
    DISABLE_GIFT_TRACKING_FIELD_NUMBER: _ClassVar[int]
    ASSET_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SPONSORSHIP_INFO_FIELD_NUMBER: _ClassVar[int]
    FLYING_MIC_RESOURCES_V2_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VERSION_FIELD_NUMBER: _ClassVar[int]
    MULTI_GENERATE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    TO_MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_MEMBER_ID_INT_FIELD_NUMBER: _ClassVar[int]
    TO_MEMBER_NICKNAME_FIELD_NUMBER: _ClassVar[int]
    INTERACTIVE_GIFT_INFO_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FOR_SENDER_FIELD_NUMBER: _ClassVar[int]
    IS_ASSET_BUNDLE_GIFT_FIELD_NUMBER: _ClassVar[int]
    ASSET_BUNDLE_FIELD_NUMBER: _ClassVar[int]
    EFFECT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_VARIANT_ID_FIELD_NUMBER: _ClassVar[int]
    SHINY_CARD_UNLOCK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    GIFT_EFFECT_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    gift_id: int
    fan_ticket_count: int
    group_count: int
    repeat_count: int
    combo_count: int
    user: _users_pb2.User
    to_user: _users_pb2.User
    repeat_end: int
    text_effect: TextEffect
    group_id: int
    income_taskgifts: int
    room_fan_ticket_count: int
    priority: GiftImPriority
    gift: Gift
    log_id: str
    send_type: int
    public_area_common: PublicAreaCommon
    tray_display_text: _common_pb2.Text
    banned_display_effects: int
    tray_info: GiftTrayInfo
    monitor_extra: str
    monitor_info: GiftMonitorInfo
    color_id: int
    is_first_sent: bool
    display_text_for_anchor: _common_pb2.Text
    display_text_for_audience: _common_pb2.Text
    order_id: str
    gifts_in_box: GiftsBoxInfo
    msg_filter: MsgFilter
    lynx_extra: _containers.RepeatedCompositeFieldContainer[LynxGiftExtra]
    user_identity: UserIdentity
    match_info: MatchInfo
    linkmic_gift_expression_strategy: LinkmicGiftExpressionStrategy
    flying_mic_resources: FlyingMicResources
    disable_gift_tracking: bool
    asset: AssetsModel
    version: GiftMessageVersion
    sponsorship_info: _containers.RepeatedCompositeFieldContainer[SponsorshipInfo]
    flying_mic_resources_v2: FlyingMicResources
    public_area_message_common: PublicAreaMessageCommon
    signature: str
    signature_version: str
    multi_generate_message: bool
    to_member_id: str
    to_member_id_int: int
    to_member_nickname: str
    interactive_gift_info: InteractiveGiftInfo
    display_duration_ms: int
    display_text_for_sender: _common_pb2.Text
    is_asset_bundle_gift: bool
    asset_bundle: AssetBundle
    effect_extra: str
    secondary_effect_info: SecondaryEffectInfo
    gift_variant_id: int
    shiny_card_unlock_token: str
    gift_effect: GiftEffect
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., gift_id: _Optional[int] = ..., fan_ticket_count: _Optional[int] = ..., group_count: _Optional[int] = ..., repeat_count: _Optional[int] = ..., combo_count: _Optional[int] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., to_user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., repeat_end: _Optional[int] = ..., text_effect: _Optional[_Union[TextEffect, _Mapping]] = ..., group_id: _Optional[int] = ..., income_taskgifts: _Optional[int] = ..., room_fan_ticket_count: _Optional[int] = ..., priority: _Optional[_Union[GiftImPriority, _Mapping]] = ..., gift: _Optional[_Union[Gift, _Mapping]] = ..., log_id: _Optional[str] = ..., send_type: _Optional[int] = ..., public_area_common: _Optional[_Union[PublicAreaCommon, _Mapping]] = ..., tray_display_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., banned_display_effects: _Optional[int] = ..., tray_info: _Optional[_Union[GiftTrayInfo, _Mapping]] = ..., monitor_extra: _Optional[str] = ..., monitor_info: _Optional[_Union[GiftMonitorInfo, _Mapping]] = ..., color_id: _Optional[int] = ..., is_first_sent: _Optional[bool] = ..., display_text_for_anchor: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., display_text_for_audience: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., order_id: _Optional[str] = ..., gifts_in_box: _Optional[_Union[GiftsBoxInfo, _Mapping]] = ..., msg_filter: _Optional[_Union[MsgFilter, _Mapping]] = ..., lynx_extra: _Optional[_Iterable[_Union[LynxGiftExtra, _Mapping]]] = ..., user_identity: _Optional[_Union[UserIdentity, _Mapping]] = ..., match_info: _Optional[_Union[MatchInfo, _Mapping]] = ..., linkmic_gift_expression_strategy: _Optional[_Union[LinkmicGiftExpressionStrategy, str]] = ..., flying_mic_resources: _Optional[_Union[FlyingMicResources, _Mapping]] = ..., disable_gift_tracking: _Optional[bool] = ..., asset: _Optional[_Union[AssetsModel, _Mapping]] = ..., version: _Optional[_Union[GiftMessageVersion, str]] = ..., sponsorship_info: _Optional[_Iterable[_Union[SponsorshipInfo, _Mapping]]] = ..., flying_mic_resources_v2: _Optional[_Union[FlyingMicResources, _Mapping]] = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., signature: _Optional[str] = ..., signature_version: _Optional[str] = ..., multi_generate_message: _Optional[bool] = ..., to_member_id: _Optional[str] = ..., to_member_id_int: _Optional[int] = ..., to_member_nickname: _Optional[str] = ..., interactive_gift_info: _Optional[_Union[InteractiveGiftInfo, _Mapping]] = ..., display_duration_ms: _Optional[int] = ..., display_text_for_sender: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., is_asset_bundle_gift: _Optional[bool] = ..., asset_bundle: _Optional[_Union[AssetBundle, _Mapping]] = ..., effect_extra: _Optional[str] = ..., secondary_effect_info: _Optional[_Union[SecondaryEffectInfo, _Mapping]] = ..., gift_variant_id: _Optional[int] = ..., shiny_card_unlock_token: _Optional[str] = ..., gift_effect: _Optional[_Union[GiftEffect, _Mapping]] = ...) -> None: ...

class WebcastGiftPanelUpdateMessage(_message.Message):
    __slots__ = ("common", "room_id", "timestamp", "gallery_data", "goal_data", "room_based_gift_data", "strategy_context")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    GALLERY_DATA_FIELD_NUMBER: _ClassVar[int]
    GOAL_DATA_FIELD_NUMBER: _ClassVar[int]
    ROOM_BASED_GIFT_DATA_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_CONTEXT_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    room_id: int
    timestamp: int
    gallery_data: GalleryData
    goal_data: GoalData
    room_based_gift_data: RoomBasedGiftData
    strategy_context: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., room_id: _Optional[int] = ..., timestamp: _Optional[int] = ..., gallery_data: _Optional[_Union[GalleryData, _Mapping]] = ..., goal_data: _Optional[_Union[GoalData, _Mapping]] = ..., room_based_gift_data: _Optional[_Union[RoomBasedGiftData, _Mapping]] = ..., strategy_context: _Optional[str] = ...) -> None: ...

class WebcastGiftPromptMessage(_message.Message):
    __slots__ = ("common", "title", "body", "block_num_days", "order_id", "order_timestamp", "in_user_gifting_addiction_expr", "pop_up_schema")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    BLOCK_NUM_DAYS_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    IN_USER_GIFTING_ADDICTION_EXPR_FIELD_NUMBER: _ClassVar[int]
    POP_UP_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    title: str
    body: str
    block_num_days: int
    order_id: str
    order_timestamp: int
    in_user_gifting_addiction_expr: bool
    pop_up_schema: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., title: _Optional[str] = ..., body: _Optional[str] = ..., block_num_days: _Optional[int] = ..., order_id: _Optional[str] = ..., order_timestamp: _Optional[int] = ..., in_user_gifting_addiction_expr: _Optional[bool] = ..., pop_up_schema: _Optional[str] = ...) -> None: ...

class WebcastRoomNotifyMessage(_message.Message):
    __slots__ = ("common", "schema", "notify_type", "content", "user", "extra", "notify_class", "flex_setting", "source", "from_user_id", "privilege_log_extra", "to_anchor_id", "event_tracking")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_CLASS_FIELD_NUMBER: _ClassVar[int]
    FLEX_SETTING_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    schema: str
    notify_type: int
    content: str
    user: _users_pb2.User
    extra: RoomNotifyMessageExtra
    notify_class: int
    flex_setting: _containers.RepeatedScalarFieldContainer[int]
    source: str
    from_user_id: int
    privilege_log_extra: _users_pb2.PrivilegeLogExtra
    to_anchor_id: int
    event_tracking: RoomNotifyMessageEventTracking
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., schema: _Optional[str] = ..., notify_type: _Optional[int] = ..., content: _Optional[str] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., extra: _Optional[_Union[RoomNotifyMessageExtra, _Mapping]] = ..., notify_class: _Optional[int] = ..., flex_setting: _Optional[_Iterable[int]] = ..., source: _Optional[str] = ..., from_user_id: _Optional[int] = ..., privilege_log_extra: _Optional[_Union[_users_pb2.PrivilegeLogExtra, _Mapping]] = ..., to_anchor_id: _Optional[int] = ..., event_tracking: _Optional[_Union[RoomNotifyMessageEventTracking, _Mapping]] = ...) -> None: ...

class AssetBundle(_message.Message):
    __slots__ = ("assets", "prefab_bundle", "stream_effect_spec")
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    PREFAB_BUNDLE_FIELD_NUMBER: _ClassVar[int]
    STREAM_EFFECT_SPEC_FIELD_NUMBER: _ClassVar[int]
    assets: _containers.RepeatedCompositeFieldContainer[AssetsModel]
    prefab_bundle: PrefabBundle
    stream_effect_spec: GiftEffectStreamSpec
    def __init__(self, assets: _Optional[_Iterable[_Union[AssetsModel, _Mapping]]] = ..., prefab_bundle: _Optional[_Union[PrefabBundle, _Mapping]] = ..., stream_effect_spec: _Optional[_Union[GiftEffectStreamSpec, _Mapping]] = ...) -> None: ...

class AssetExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AssetsModel(_message.Message):
    __slots__ = ("name", "resource_uri", "resource_url", "describe", "id", "resource_type", "md5", "size", "loki_content", "download_type", "resource_bytevc1_url", "bytevc1_md5", "video_resource_list", "face_recognition_archive_meta", "lynx_url_settings_key", "downgrade_resource_type", "asset_extra", "sticker_asset_variant", "immediate_download", "sticker_asset_variant_reason", "force_use_im_or_resp_asset", "distribution_strategy")
    NAME_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_URI_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_URL_FIELD_NUMBER: _ClassVar[int]
    DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    MD5_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    LOKI_CONTENT_FIELD_NUMBER: _ClassVar[int]
    DOWNLOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_BYTEVC1_URL_FIELD_NUMBER: _ClassVar[int]
    BYTEVC1_MD5_FIELD_NUMBER: _ClassVar[int]
    VIDEO_RESOURCE_LIST_FIELD_NUMBER: _ClassVar[int]
    FACE_RECOGNITION_ARCHIVE_META_FIELD_NUMBER: _ClassVar[int]
    LYNX_URL_SETTINGS_KEY_FIELD_NUMBER: _ClassVar[int]
    DOWNGRADE_RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ASSET_EXTRA_FIELD_NUMBER: _ClassVar[int]
    STICKER_ASSET_VARIANT_FIELD_NUMBER: _ClassVar[int]
    IMMEDIATE_DOWNLOAD_FIELD_NUMBER: _ClassVar[int]
    STICKER_ASSET_VARIANT_REASON_FIELD_NUMBER: _ClassVar[int]
    FORCE_USE_IM_OR_RESP_ASSET_FIELD_NUMBER: _ClassVar[int]
    DISTRIBUTION_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    name: str
    resource_uri: str
    resource_url: ResourceModel
    describe: str
    id: int
    resource_type: int
    md5: str
    size: int
    loki_content: LokiExtraContent
    download_type: int
    resource_bytevc1_url: ResourceModel
    bytevc1_md5: str
    video_resource_list: _containers.RepeatedCompositeFieldContainer[VideoResource]
    face_recognition_archive_meta: FaceRecognitionMeta
    lynx_url_settings_key: str
    downgrade_resource_type: int
    asset_extra: AssetExtra
    sticker_asset_variant: int
    immediate_download: bool
    sticker_asset_variant_reason: int
    force_use_im_or_resp_asset: bool
    distribution_strategy: _containers.RepeatedCompositeFieldContainer[DistributionStrategy]
    def __init__(self, name: _Optional[str] = ..., resource_uri: _Optional[str] = ..., resource_url: _Optional[_Union[ResourceModel, _Mapping]] = ..., describe: _Optional[str] = ..., id: _Optional[int] = ..., resource_type: _Optional[int] = ..., md5: _Optional[str] = ..., size: _Optional[int] = ..., loki_content: _Optional[_Union[LokiExtraContent, _Mapping]] = ..., download_type: _Optional[int] = ..., resource_bytevc1_url: _Optional[_Union[ResourceModel, _Mapping]] = ..., bytevc1_md5: _Optional[str] = ..., video_resource_list: _Optional[_Iterable[_Union[VideoResource, _Mapping]]] = ..., face_recognition_archive_meta: _Optional[_Union[FaceRecognitionMeta, _Mapping]] = ..., lynx_url_settings_key: _Optional[str] = ..., downgrade_resource_type: _Optional[int] = ..., asset_extra: _Optional[_Union[AssetExtra, _Mapping]] = ..., sticker_asset_variant: _Optional[int] = ..., immediate_download: _Optional[bool] = ..., sticker_asset_variant_reason: _Optional[int] = ..., force_use_im_or_resp_asset: _Optional[bool] = ..., distribution_strategy: _Optional[_Iterable[_Union[DistributionStrategy, _Mapping]]] = ...) -> None: ...

class AudioResource(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Background(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BatchGiftInfo(_message.Message):
    __slots__ = ("can_batch_send", "available_counts")
    CAN_BATCH_SEND_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_COUNTS_FIELD_NUMBER: _ClassVar[int]
    can_batch_send: bool
    available_counts: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, can_batch_send: _Optional[bool] = ..., available_counts: _Optional[_Iterable[int]] = ...) -> None: ...

class BoostCard(_message.Message):
    __slots__ = ("m_card_id", "task_source", "task_id")
    M_CARD_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_SOURCE_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    m_card_id: int
    task_source: int
    task_id: int
    def __init__(self, m_card_id: _Optional[int] = ..., task_source: _Optional[int] = ..., task_id: _Optional[int] = ...) -> None: ...

class ColorGroup(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ColorPickerInfo(_message.Message):
    __slots__ = ("groups",)
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    groups: _containers.RepeatedCompositeFieldContainer[ColorGroup]
    def __init__(self, groups: _Optional[_Iterable[_Union[ColorGroup, _Mapping]]] = ...) -> None: ...

class CreatorSuccessInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CrossScreenEffectInfo(_message.Message):
    __slots__ = ("single_action_effect_ids", "action_effect_ids", "reaction_effect_ids")
    class SingleActionEffectIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    class ActionEffectIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    class ReactionEffectIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    SINGLE_ACTION_EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    ACTION_EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    REACTION_EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    single_action_effect_ids: _containers.ScalarMap[int, int]
    action_effect_ids: _containers.ScalarMap[int, int]
    reaction_effect_ids: _containers.ScalarMap[int, int]
    def __init__(self, single_action_effect_ids: _Optional[_Mapping[int, int]] = ..., action_effect_ids: _Optional[_Mapping[int, int]] = ..., reaction_effect_ids: _Optional[_Mapping[int, int]] = ...) -> None: ...

class Detail(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DistributionStrategy(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DynamicRestriction(_message.Message):
    __slots__ = ("scenes", "receivers")
    SCENES_FIELD_NUMBER: _ClassVar[int]
    RECEIVERS_FIELD_NUMBER: _ClassVar[int]
    scenes: SceneRestriction
    receivers: _containers.RepeatedCompositeFieldContainer[ReceiverRestriction]
    def __init__(self, scenes: _Optional[_Union[SceneRestriction, _Mapping]] = ..., receivers: _Optional[_Iterable[_Union[ReceiverRestriction, _Mapping]]] = ...) -> None: ...

class EnvelopeEnigmaInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FaceRecognitionMeta(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FlyingMicResources(_message.Message):
    __slots__ = ("path_image", "mic_image", "transition_configs")
    PATH_IMAGE_FIELD_NUMBER: _ClassVar[int]
    MIC_IMAGE_FIELD_NUMBER: _ClassVar[int]
    TRANSITION_CONFIGS_FIELD_NUMBER: _ClassVar[int]
    path_image: _users_pb2.ImageModel
    mic_image: _users_pb2.ImageModel
    transition_configs: _containers.RepeatedCompositeFieldContainer[TransitionConfig]
    def __init__(self, path_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., mic_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., transition_configs: _Optional[_Iterable[_Union[TransitionConfig, _Mapping]]] = ...) -> None: ...

class GalleryData(_message.Message):
    __slots__ = ("progress", "period", "end_time_in_ms")
    class ProgressEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: TitleData
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[TitleData, _Mapping]] = ...) -> None: ...
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    END_TIME_IN_MS_FIELD_NUMBER: _ClassVar[int]
    progress: _containers.MessageMap[int, TitleData]
    period: int
    end_time_in_ms: int
    def __init__(self, progress: _Optional[_Mapping[int, TitleData]] = ..., period: _Optional[int] = ..., end_time_in_ms: _Optional[int] = ...) -> None: ...

class Gift(_message.Message):
    __slots__ = ("image", "describe", "duration", "id", "for_linkmic", "combo", "type", "diamond_count", "is_displayed_on_panel", "primary_effect_id", "gift_label_icon", "name", "icon", "gold_effect", "preview_image", "gift_panel_banner", "is_broadcast_gift", "is_effect_befview", "is_random_gift", "is_box_gift", "can_put_in_gift_box", "gift_box_info", "tracker_params", "lock_info", "color_infos", "gift_rank_recommend_info", "random_effect_info", "gift_sub_type", "gift_vertical_scenarios", "group_in_tab", "is_gallery_gift", "gift_sponsor_info", "gift_skins", "gift_label_type", "gift_texts", "gift_skin_to_gift_texts_infos", "expiration_timestamp", "batch_gift_info", "is_global_gift", "disable_gallery_banner", "ug_gift_info", "cross_screen_effect_info", "beacon_bubble", "gift_resources", "resource_id", "biz_extra", "lynx_cross_screen_effect_info", "gift_struct_hash", "scheme_info", "series_info", "color_picker_info", "music_info", "gift_bottom_right_label_icon", "strategy_event")
    class TrackerParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class GiftResourcesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: GiftResource
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[GiftResource, _Mapping]] = ...) -> None: ...
    class BizExtraEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: str
        def __init__(self, key: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    FOR_LINKMIC_FIELD_NUMBER: _ClassVar[int]
    COMBO_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_COUNT_FIELD_NUMBER: _ClassVar[int]
    IS_DISPLAYED_ON_PANEL_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_LABEL_ICON_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    GOLD_EFFECT_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_IMAGE_FIELD_NUMBER: _ClassVar[int]
    GIFT_PANEL_BANNER_FIELD_NUMBER: _ClassVar[int]
    IS_BROADCAST_GIFT_FIELD_NUMBER: _ClassVar[int]
    IS_EFFECT_BEFVIEW_FIELD_NUMBER: _ClassVar[int]
    IS_RANDOM_GIFT_FIELD_NUMBER: _ClassVar[int]
    IS_BOX_GIFT_FIELD_NUMBER: _ClassVar[int]
    CAN_PUT_IN_GIFT_BOX_FIELD_NUMBER: _ClassVar[int]
    GIFT_BOX_INFO_FIELD_NUMBER: _ClassVar[int]
    TRACKER_PARAMS_FIELD_NUMBER: _ClassVar[int]
    LOCK_INFO_FIELD_NUMBER: _ClassVar[int]
    COLOR_INFOS_FIELD_NUMBER: _ClassVar[int]
    GIFT_RANK_RECOMMEND_INFO_FIELD_NUMBER: _ClassVar[int]
    RANDOM_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_VERTICAL_SCENARIOS_FIELD_NUMBER: _ClassVar[int]
    GROUP_IN_TAB_FIELD_NUMBER: _ClassVar[int]
    IS_GALLERY_GIFT_FIELD_NUMBER: _ClassVar[int]
    GIFT_SPONSOR_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_SKINS_FIELD_NUMBER: _ClassVar[int]
    GIFT_LABEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_TEXTS_FIELD_NUMBER: _ClassVar[int]
    GIFT_SKIN_TO_GIFT_TEXTS_INFOS_FIELD_NUMBER: _ClassVar[int]
    EXPIRATION_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    BATCH_GIFT_INFO_FIELD_NUMBER: _ClassVar[int]
    IS_GLOBAL_GIFT_FIELD_NUMBER: _ClassVar[int]
    DISABLE_GALLERY_BANNER_FIELD_NUMBER: _ClassVar[int]
    UG_GIFT_INFO_FIELD_NUMBER: _ClassVar[int]
    CROSS_SCREEN_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    BEACON_BUBBLE_FIELD_NUMBER: _ClassVar[int]
    GIFT_RESOURCES_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    BIZ_EXTRA_FIELD_NUMBER: _ClassVar[int]
    LYNX_CROSS_SCREEN_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_STRUCT_HASH_FIELD_NUMBER: _ClassVar[int]
    SCHEME_INFO_FIELD_NUMBER: _ClassVar[int]
    SERIES_INFO_FIELD_NUMBER: _ClassVar[int]
    COLOR_PICKER_INFO_FIELD_NUMBER: _ClassVar[int]
    MUSIC_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_BOTTOM_RIGHT_LABEL_ICON_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_EVENT_FIELD_NUMBER: _ClassVar[int]
    image: _users_pb2.ImageModel
    describe: str
    duration: int
    id: int
    for_linkmic: bool
    combo: bool
    type: int
    diamond_count: int
    is_displayed_on_panel: bool
    primary_effect_id: int
    gift_label_icon: _users_pb2.ImageModel
    name: str
    icon: _users_pb2.ImageModel
    gold_effect: str
    preview_image: _users_pb2.ImageModel
    gift_panel_banner: GiftPanelBanner
    is_broadcast_gift: bool
    is_effect_befview: bool
    is_random_gift: bool
    is_box_gift: bool
    can_put_in_gift_box: bool
    gift_box_info: GiftBoxInfo
    tracker_params: _containers.ScalarMap[str, str]
    lock_info: GiftLockInfo
    color_infos: _containers.RepeatedCompositeFieldContainer[GiftColorInfo]
    gift_rank_recommend_info: str
    random_effect_info: GiftRandomEffectInfo
    gift_sub_type: int
    gift_vertical_scenarios: _containers.RepeatedScalarFieldContainer[int]
    group_in_tab: int
    is_gallery_gift: bool
    gift_sponsor_info: GiftSponsorInfo
    gift_skins: _containers.RepeatedCompositeFieldContainer[GiftSkin]
    gift_label_type: int
    gift_texts: _containers.RepeatedCompositeFieldContainer[GiftText]
    gift_skin_to_gift_texts_infos: _containers.RepeatedCompositeFieldContainer[GiftSkinToGiftTextsInfo]
    expiration_timestamp: int
    batch_gift_info: BatchGiftInfo
    is_global_gift: bool
    disable_gallery_banner: bool
    ug_gift_info: UgGiftStructInfo
    cross_screen_effect_info: CrossScreenEffectInfo
    beacon_bubble: GiftPanelBeaconBubble
    gift_resources: _containers.MessageMap[str, GiftResource]
    resource_id: int
    biz_extra: _containers.ScalarMap[int, str]
    lynx_cross_screen_effect_info: LynxCrossScreenEffectInfo
    gift_struct_hash: str
    scheme_info: SchemeInfo
    series_info: GiftSeriesInfo
    color_picker_info: ColorPickerInfo
    music_info: MusicGiftInfo
    gift_bottom_right_label_icon: _users_pb2.ImageModel
    strategy_event: str
    def __init__(self, image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., describe: _Optional[str] = ..., duration: _Optional[int] = ..., id: _Optional[int] = ..., for_linkmic: _Optional[bool] = ..., combo: _Optional[bool] = ..., type: _Optional[int] = ..., diamond_count: _Optional[int] = ..., is_displayed_on_panel: _Optional[bool] = ..., primary_effect_id: _Optional[int] = ..., gift_label_icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., name: _Optional[str] = ..., icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., gold_effect: _Optional[str] = ..., preview_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., gift_panel_banner: _Optional[_Union[GiftPanelBanner, _Mapping]] = ..., is_broadcast_gift: _Optional[bool] = ..., is_effect_befview: _Optional[bool] = ..., is_random_gift: _Optional[bool] = ..., is_box_gift: _Optional[bool] = ..., can_put_in_gift_box: _Optional[bool] = ..., gift_box_info: _Optional[_Union[GiftBoxInfo, _Mapping]] = ..., tracker_params: _Optional[_Mapping[str, str]] = ..., lock_info: _Optional[_Union[GiftLockInfo, _Mapping]] = ..., color_infos: _Optional[_Iterable[_Union[GiftColorInfo, _Mapping]]] = ..., gift_rank_recommend_info: _Optional[str] = ..., random_effect_info: _Optional[_Union[GiftRandomEffectInfo, _Mapping]] = ..., gift_sub_type: _Optional[int] = ..., gift_vertical_scenarios: _Optional[_Iterable[int]] = ..., group_in_tab: _Optional[int] = ..., is_gallery_gift: _Optional[bool] = ..., gift_sponsor_info: _Optional[_Union[GiftSponsorInfo, _Mapping]] = ..., gift_skins: _Optional[_Iterable[_Union[GiftSkin, _Mapping]]] = ..., gift_label_type: _Optional[int] = ..., gift_texts: _Optional[_Iterable[_Union[GiftText, _Mapping]]] = ..., gift_skin_to_gift_texts_infos: _Optional[_Iterable[_Union[GiftSkinToGiftTextsInfo, _Mapping]]] = ..., expiration_timestamp: _Optional[int] = ..., batch_gift_info: _Optional[_Union[BatchGiftInfo, _Mapping]] = ..., is_global_gift: _Optional[bool] = ..., disable_gallery_banner: _Optional[bool] = ..., ug_gift_info: _Optional[_Union[UgGiftStructInfo, _Mapping]] = ..., cross_screen_effect_info: _Optional[_Union[CrossScreenEffectInfo, _Mapping]] = ..., beacon_bubble: _Optional[_Union[GiftPanelBeaconBubble, _Mapping]] = ..., gift_resources: _Optional[_Mapping[str, GiftResource]] = ..., resource_id: _Optional[int] = ..., biz_extra: _Optional[_Mapping[int, str]] = ..., lynx_cross_screen_effect_info: _Optional[_Union[LynxCrossScreenEffectInfo, _Mapping]] = ..., gift_struct_hash: _Optional[str] = ..., scheme_info: _Optional[_Union[SchemeInfo, _Mapping]] = ..., series_info: _Optional[_Union[GiftSeriesInfo, _Mapping]] = ..., color_picker_info: _Optional[_Union[ColorPickerInfo, _Mapping]] = ..., music_info: _Optional[_Union[MusicGiftInfo, _Mapping]] = ..., gift_bottom_right_label_icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., strategy_event: _Optional[str] = ...) -> None: ...

class GiftBoxInfo(_message.Message):
    __slots__ = ("capacity", "is_primary_box", "scheme_url", "gift_infos_in_box")
    CAPACITY_FIELD_NUMBER: _ClassVar[int]
    IS_PRIMARY_BOX_FIELD_NUMBER: _ClassVar[int]
    SCHEME_URL_FIELD_NUMBER: _ClassVar[int]
    GIFT_INFOS_IN_BOX_FIELD_NUMBER: _ClassVar[int]
    capacity: int
    is_primary_box: bool
    scheme_url: str
    gift_infos_in_box: _containers.RepeatedCompositeFieldContainer[GiftInfoInBox]
    def __init__(self, capacity: _Optional[int] = ..., is_primary_box: _Optional[bool] = ..., scheme_url: _Optional[str] = ..., gift_infos_in_box: _Optional[_Iterable[_Union[GiftInfoInBox, _Mapping]]] = ...) -> None: ...

class GiftColorInfo(_message.Message):
    __slots__ = ("color_id", "color_name", "color_values", "color_image", "gift_image", "color_effect_id", "is_default", "color_image_size", "color_reason", "color_name_english", "gift_describe")
    COLOR_ID_FIELD_NUMBER: _ClassVar[int]
    COLOR_NAME_FIELD_NUMBER: _ClassVar[int]
    COLOR_VALUES_FIELD_NUMBER: _ClassVar[int]
    COLOR_IMAGE_FIELD_NUMBER: _ClassVar[int]
    GIFT_IMAGE_FIELD_NUMBER: _ClassVar[int]
    COLOR_EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    COLOR_IMAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    COLOR_REASON_FIELD_NUMBER: _ClassVar[int]
    COLOR_NAME_ENGLISH_FIELD_NUMBER: _ClassVar[int]
    GIFT_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    color_id: int
    color_name: str
    color_values: _containers.RepeatedScalarFieldContainer[str]
    color_image: _users_pb2.ImageModel
    gift_image: _users_pb2.ImageModel
    color_effect_id: int
    is_default: bool
    color_image_size: int
    color_reason: _containers.RepeatedScalarFieldContainer[str]
    color_name_english: str
    gift_describe: str
    def __init__(self, color_id: _Optional[int] = ..., color_name: _Optional[str] = ..., color_values: _Optional[_Iterable[str]] = ..., color_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., gift_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., color_effect_id: _Optional[int] = ..., is_default: _Optional[bool] = ..., color_image_size: _Optional[int] = ..., color_reason: _Optional[_Iterable[str]] = ..., color_name_english: _Optional[str] = ..., gift_describe: _Optional[str] = ...) -> None: ...

class GiftEffect(_message.Message):
    __slots__ = ("assets", "specs", "event_tracking_params")
    class EventTrackingParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    SPECS_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_PARAMS_FIELD_NUMBER: _ClassVar[int]
    assets: _containers.RepeatedCompositeFieldContainer[AssetsModel]
    specs: GiftEffectSpecs
    event_tracking_params: _containers.ScalarMap[str, str]
    def __init__(self, assets: _Optional[_Iterable[_Union[AssetsModel, _Mapping]]] = ..., specs: _Optional[_Union[GiftEffectSpecs, _Mapping]] = ..., event_tracking_params: _Optional[_Mapping[str, str]] = ...) -> None: ...

class GiftEffectSpecs(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GiftEffectStreamSpec(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GiftImPriority(_message.Message):
    __slots__ = ("queue_sizes", "self_queue_priority", "priority")
    QUEUE_SIZES_FIELD_NUMBER: _ClassVar[int]
    SELF_QUEUE_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    queue_sizes: _containers.RepeatedScalarFieldContainer[int]
    self_queue_priority: int
    priority: int
    def __init__(self, queue_sizes: _Optional[_Iterable[int]] = ..., self_queue_priority: _Optional[int] = ..., priority: _Optional[int] = ...) -> None: ...

class GiftInfoInBox(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GiftLockInfo(_message.Message):
    __slots__ = ("lock", "lock_type", "gift_level", "highlight_enabled", "unlock_button_text", "unlock_schema")
    LOCK_FIELD_NUMBER: _ClassVar[int]
    LOCK_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_LEVEL_FIELD_NUMBER: _ClassVar[int]
    HIGHLIGHT_ENABLED_FIELD_NUMBER: _ClassVar[int]
    UNLOCK_BUTTON_TEXT_FIELD_NUMBER: _ClassVar[int]
    UNLOCK_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    lock: bool
    lock_type: int
    gift_level: int
    highlight_enabled: bool
    unlock_button_text: str
    unlock_schema: str
    def __init__(self, lock: _Optional[bool] = ..., lock_type: _Optional[int] = ..., gift_level: _Optional[int] = ..., highlight_enabled: _Optional[bool] = ..., unlock_button_text: _Optional[str] = ..., unlock_schema: _Optional[str] = ...) -> None: ...

class GiftMonitorInfo(_message.Message):
    __slots__ = ("anchor_id", "profitapi_message_dur", "send_gift_profit_api_start_ms", "send_gift_profit_core_start_ms", "send_gift_req_start_ms", "send_gift_send_message_success_ms", "send_profitapi_dur", "to_user_id", "send_gift_start_client_local_ms", "from_platform", "from_version")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    PROFITAPI_MESSAGE_DUR_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_PROFIT_API_START_MS_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_PROFIT_CORE_START_MS_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_REQ_START_MS_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_SEND_MESSAGE_SUCCESS_MS_FIELD_NUMBER: _ClassVar[int]
    SEND_PROFITAPI_DUR_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_START_CLIENT_LOCAL_MS_FIELD_NUMBER: _ClassVar[int]
    FROM_PLATFORM_FIELD_NUMBER: _ClassVar[int]
    FROM_VERSION_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    profitapi_message_dur: int
    send_gift_profit_api_start_ms: int
    send_gift_profit_core_start_ms: int
    send_gift_req_start_ms: int
    send_gift_send_message_success_ms: int
    send_profitapi_dur: int
    to_user_id: int
    send_gift_start_client_local_ms: int
    from_platform: str
    from_version: str
    def __init__(self, anchor_id: _Optional[int] = ..., profitapi_message_dur: _Optional[int] = ..., send_gift_profit_api_start_ms: _Optional[int] = ..., send_gift_profit_core_start_ms: _Optional[int] = ..., send_gift_req_start_ms: _Optional[int] = ..., send_gift_send_message_success_ms: _Optional[int] = ..., send_profitapi_dur: _Optional[int] = ..., to_user_id: _Optional[int] = ..., send_gift_start_client_local_ms: _Optional[int] = ..., from_platform: _Optional[str] = ..., from_version: _Optional[str] = ...) -> None: ...

class GiftPanelBanner(_message.Message):
    __slots__ = ("display_text", "left_icon", "schema_url", "bg_color_values", "banner_lynx_url", "banner_priority", "banner_lynx_extra", "bg_image")
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    BG_COLOR_VALUES_FIELD_NUMBER: _ClassVar[int]
    BANNER_LYNX_URL_FIELD_NUMBER: _ClassVar[int]
    BANNER_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    BANNER_LYNX_EXTRA_FIELD_NUMBER: _ClassVar[int]
    BG_IMAGE_FIELD_NUMBER: _ClassVar[int]
    display_text: _common_pb2.Text
    left_icon: _users_pb2.ImageModel
    schema_url: str
    bg_color_values: _containers.RepeatedScalarFieldContainer[str]
    banner_lynx_url: str
    banner_priority: int
    banner_lynx_extra: str
    bg_image: _users_pb2.ImageModel
    def __init__(self, display_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., left_icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., schema_url: _Optional[str] = ..., bg_color_values: _Optional[_Iterable[str]] = ..., banner_lynx_url: _Optional[str] = ..., banner_priority: _Optional[int] = ..., banner_lynx_extra: _Optional[str] = ..., bg_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ...) -> None: ...

class GiftPanelBeaconBubble(_message.Message):
    __slots__ = ("lynx_url", "lynx_extra", "type")
    LYNX_URL_FIELD_NUMBER: _ClassVar[int]
    LYNX_EXTRA_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    lynx_url: str
    lynx_extra: str
    type: GiftPanelBeaconBubbleType
    def __init__(self, lynx_url: _Optional[str] = ..., lynx_extra: _Optional[str] = ..., type: _Optional[_Union[GiftPanelBeaconBubbleType, str]] = ...) -> None: ...

class GiftRandomEffectInfo(_message.Message):
    __slots__ = ("random_gift_panel_banner", "effect_ids", "host_key", "audience_key", "random_gift_bubble")
    RANDOM_GIFT_PANEL_BANNER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    HOST_KEY_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_KEY_FIELD_NUMBER: _ClassVar[int]
    RANDOM_GIFT_BUBBLE_FIELD_NUMBER: _ClassVar[int]
    random_gift_panel_banner: RandomGiftPanelBanner
    effect_ids: _containers.RepeatedScalarFieldContainer[int]
    host_key: str
    audience_key: str
    random_gift_bubble: RandomGiftBubble
    def __init__(self, random_gift_panel_banner: _Optional[_Union[RandomGiftPanelBanner, _Mapping]] = ..., effect_ids: _Optional[_Iterable[int]] = ..., host_key: _Optional[str] = ..., audience_key: _Optional[str] = ..., random_gift_bubble: _Optional[_Union[RandomGiftBubble, _Mapping]] = ...) -> None: ...

class GiftResource(_message.Message):
    __slots__ = ("id", "image", "effect_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    id: int
    image: _users_pb2.ImageModel
    effect_id: int
    def __init__(self, id: _Optional[int] = ..., image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., effect_id: _Optional[int] = ...) -> None: ...

class GiftSeriesInfo(_message.Message):
    __slots__ = ("series_name", "gift_ids", "enabled", "container_background", "send_gift_button_color", "pointing_back_tri_color", "series_name_color", "end_time_sec")
    SERIES_NAME_FIELD_NUMBER: _ClassVar[int]
    GIFT_IDS_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_BUTTON_COLOR_FIELD_NUMBER: _ClassVar[int]
    POINTING_BACK_TRI_COLOR_FIELD_NUMBER: _ClassVar[int]
    SERIES_NAME_COLOR_FIELD_NUMBER: _ClassVar[int]
    END_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    series_name: str
    gift_ids: _containers.RepeatedScalarFieldContainer[int]
    enabled: bool
    container_background: _users_pb2.ImageModel
    send_gift_button_color: str
    pointing_back_tri_color: str
    series_name_color: str
    end_time_sec: int
    def __init__(self, series_name: _Optional[str] = ..., gift_ids: _Optional[_Iterable[int]] = ..., enabled: _Optional[bool] = ..., container_background: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., send_gift_button_color: _Optional[str] = ..., pointing_back_tri_color: _Optional[str] = ..., series_name_color: _Optional[str] = ..., end_time_sec: _Optional[int] = ...) -> None: ...

class GiftSkin(_message.Message):
    __slots__ = ("gift_skin_id", "gift_skin_name", "static_image", "animated_image")
    GIFT_SKIN_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_SKIN_NAME_FIELD_NUMBER: _ClassVar[int]
    STATIC_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ANIMATED_IMAGE_FIELD_NUMBER: _ClassVar[int]
    gift_skin_id: int
    gift_skin_name: str
    static_image: _users_pb2.ImageModel
    animated_image: _users_pb2.ImageModel
    def __init__(self, gift_skin_id: _Optional[int] = ..., gift_skin_name: _Optional[str] = ..., static_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., animated_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ...) -> None: ...

class GiftSkinToGiftTextsInfo(_message.Message):
    __slots__ = ("gift_skin_id", "gift_text_ids")
    GIFT_SKIN_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_TEXT_IDS_FIELD_NUMBER: _ClassVar[int]
    gift_skin_id: int
    gift_text_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, gift_skin_id: _Optional[int] = ..., gift_text_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class GiftSponsorInfo(_message.Message):
    __slots__ = ("sponsor_id", "sponsor_count", "current_count", "left_count_to_sponsor", "can_sponsor")
    SPONSOR_ID_FIELD_NUMBER: _ClassVar[int]
    SPONSOR_COUNT_FIELD_NUMBER: _ClassVar[int]
    CURRENT_COUNT_FIELD_NUMBER: _ClassVar[int]
    LEFT_COUNT_TO_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    CAN_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    sponsor_id: int
    sponsor_count: int
    current_count: int
    left_count_to_sponsor: int
    can_sponsor: bool
    def __init__(self, sponsor_id: _Optional[int] = ..., sponsor_count: _Optional[int] = ..., current_count: _Optional[int] = ..., left_count_to_sponsor: _Optional[int] = ..., can_sponsor: _Optional[bool] = ...) -> None: ...

class GiftText(_message.Message):
    __slots__ = ("gift_text_id", "gift_text_name")
    GIFT_TEXT_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_TEXT_NAME_FIELD_NUMBER: _ClassVar[int]
    gift_text_id: int
    gift_text_name: str
    def __init__(self, gift_text_id: _Optional[int] = ..., gift_text_name: _Optional[str] = ...) -> None: ...

class GiftTrayInfo(_message.Message):
    __slots__ = ("tray_dynamic_img", "can_mirror", "tray_normal_bg_img", "tray_normal_bg_color", "tray_small_bg_img", "tray_small_bg_color", "right_tag_text", "right_tag_bg_img", "right_tag_bg_color", "tray_name_text_color", "tray_desc_text_color", "right_tag_jump_schema", "gift_tray_jump_schema")
    TRAY_DYNAMIC_IMG_FIELD_NUMBER: _ClassVar[int]
    CAN_MIRROR_FIELD_NUMBER: _ClassVar[int]
    TRAY_NORMAL_BG_IMG_FIELD_NUMBER: _ClassVar[int]
    TRAY_NORMAL_BG_COLOR_FIELD_NUMBER: _ClassVar[int]
    TRAY_SMALL_BG_IMG_FIELD_NUMBER: _ClassVar[int]
    TRAY_SMALL_BG_COLOR_FIELD_NUMBER: _ClassVar[int]
    RIGHT_TAG_TEXT_FIELD_NUMBER: _ClassVar[int]
    RIGHT_TAG_BG_IMG_FIELD_NUMBER: _ClassVar[int]
    RIGHT_TAG_BG_COLOR_FIELD_NUMBER: _ClassVar[int]
    TRAY_NAME_TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    TRAY_DESC_TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    RIGHT_TAG_JUMP_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    GIFT_TRAY_JUMP_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    tray_dynamic_img: _users_pb2.ImageModel
    can_mirror: bool
    tray_normal_bg_img: _users_pb2.ImageModel
    tray_normal_bg_color: _containers.RepeatedScalarFieldContainer[str]
    tray_small_bg_img: _users_pb2.ImageModel
    tray_small_bg_color: _containers.RepeatedScalarFieldContainer[str]
    right_tag_text: _common_pb2.Text
    right_tag_bg_img: _users_pb2.ImageModel
    right_tag_bg_color: _containers.RepeatedScalarFieldContainer[str]
    tray_name_text_color: str
    tray_desc_text_color: str
    right_tag_jump_schema: str
    gift_tray_jump_schema: str
    def __init__(self, tray_dynamic_img: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., can_mirror: _Optional[bool] = ..., tray_normal_bg_img: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., tray_normal_bg_color: _Optional[_Iterable[str]] = ..., tray_small_bg_img: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., tray_small_bg_color: _Optional[_Iterable[str]] = ..., right_tag_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., right_tag_bg_img: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., right_tag_bg_color: _Optional[_Iterable[str]] = ..., tray_name_text_color: _Optional[str] = ..., tray_desc_text_color: _Optional[str] = ..., right_tag_jump_schema: _Optional[str] = ..., gift_tray_jump_schema: _Optional[str] = ...) -> None: ...

class GiftsBoxInfo(_message.Message):
    __slots__ = ("gifts_info_in_box",)
    GIFTS_INFO_IN_BOX_FIELD_NUMBER: _ClassVar[int]
    gifts_info_in_box: _containers.RepeatedCompositeFieldContainer[GiftInfoInBox]
    def __init__(self, gifts_info_in_box: _Optional[_Iterable[_Union[GiftInfoInBox, _Mapping]]] = ...) -> None: ...

class GoalData(_message.Message):
    __slots__ = ("status", "goal_progress")
    class GoalProgressEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: Progress
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[Progress, _Mapping]] = ...) -> None: ...
    STATUS_FIELD_NUMBER: _ClassVar[int]
    GOAL_PROGRESS_FIELD_NUMBER: _ClassVar[int]
    status: int
    goal_progress: _containers.MessageMap[int, Progress]
    def __init__(self, status: _Optional[int] = ..., goal_progress: _Optional[_Mapping[int, Progress]] = ...) -> None: ...

class InteractiveGiftInfo(_message.Message):
    __slots__ = ("cross_screen_delay", "cross_screen_role", "ignore_config", "uniq_id", "to_user_team_id", "ignore_component")
    CROSS_SCREEN_DELAY_FIELD_NUMBER: _ClassVar[int]
    CROSS_SCREEN_ROLE_FIELD_NUMBER: _ClassVar[int]
    IGNORE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    UNIQ_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    IGNORE_COMPONENT_FIELD_NUMBER: _ClassVar[int]
    cross_screen_delay: int
    cross_screen_role: int
    ignore_config: GiftMessageIgnoreConfig
    uniq_id: int
    to_user_team_id: int
    ignore_component: int
    def __init__(self, cross_screen_delay: _Optional[int] = ..., cross_screen_role: _Optional[int] = ..., ignore_config: _Optional[_Union[GiftMessageIgnoreConfig, str]] = ..., uniq_id: _Optional[int] = ..., to_user_team_id: _Optional[int] = ..., ignore_component: _Optional[int] = ...) -> None: ...

class LokiExtraContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LynxCrossScreenEffectInfo(_message.Message):
    __slots__ = ("effect_ids",)
    EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    effect_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, effect_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class LynxGiftExtra(_message.Message):
    __slots__ = ("id", "code", "type", "params", "extra")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    id: int
    code: int
    type: int
    params: _containers.RepeatedScalarFieldContainer[str]
    extra: str
    def __init__(self, id: _Optional[int] = ..., code: _Optional[int] = ..., type: _Optional[int] = ..., params: _Optional[_Iterable[str]] = ..., extra: _Optional[str] = ...) -> None: ...

class MatchInfo(_message.Message):
    __slots__ = ("critical", "effect_card_in_use", "multiplier_type", "multiplier_value")
    CRITICAL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_CARD_IN_USE_FIELD_NUMBER: _ClassVar[int]
    MULTIPLIER_TYPE_FIELD_NUMBER: _ClassVar[int]
    MULTIPLIER_VALUE_FIELD_NUMBER: _ClassVar[int]
    critical: int
    effect_card_in_use: bool
    multiplier_type: MatchInfoMultiplierType
    multiplier_value: int
    def __init__(self, critical: _Optional[int] = ..., effect_card_in_use: _Optional[bool] = ..., multiplier_type: _Optional[_Union[MatchInfoMultiplierType, str]] = ..., multiplier_value: _Optional[int] = ...) -> None: ...

class MessageDisplayInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessageRedEnvelopInfo(_message.Message):
    __slots__ = ("envelope_id", "business_type", "envelope_idc", "send_user_name", "diamond_count", "people_count", "unpack_at", "send_user_id", "send_user_avatar", "create_at", "room_id", "follow_show_status", "skin_id", "vote_count", "sender_enigma_info", "super_fan_count")
    ENVELOPE_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_TYPE_FIELD_NUMBER: _ClassVar[int]
    ENVELOPE_IDC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_COUNT_FIELD_NUMBER: _ClassVar[int]
    PEOPLE_COUNT_FIELD_NUMBER: _ClassVar[int]
    UNPACK_AT_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_AVATAR_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_SHOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    SKIN_ID_FIELD_NUMBER: _ClassVar[int]
    VOTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SENDER_ENIGMA_INFO_FIELD_NUMBER: _ClassVar[int]
    SUPER_FAN_COUNT_FIELD_NUMBER: _ClassVar[int]
    envelope_id: str
    business_type: EnvelopeBusinessType
    envelope_idc: str
    send_user_name: str
    diamond_count: int
    people_count: int
    unpack_at: int
    send_user_id: str
    send_user_avatar: _users_pb2.ImageModel
    create_at: str
    room_id: str
    follow_show_status: EnvelopeFollowShowStatus
    skin_id: int
    vote_count: int
    sender_enigma_info: EnvelopeEnigmaInfo
    super_fan_count: int
    def __init__(self, envelope_id: _Optional[str] = ..., business_type: _Optional[_Union[EnvelopeBusinessType, str]] = ..., envelope_idc: _Optional[str] = ..., send_user_name: _Optional[str] = ..., diamond_count: _Optional[int] = ..., people_count: _Optional[int] = ..., unpack_at: _Optional[int] = ..., send_user_id: _Optional[str] = ..., send_user_avatar: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., create_at: _Optional[str] = ..., room_id: _Optional[str] = ..., follow_show_status: _Optional[_Union[EnvelopeFollowShowStatus, str]] = ..., skin_id: _Optional[int] = ..., vote_count: _Optional[int] = ..., sender_enigma_info: _Optional[_Union[EnvelopeEnigmaInfo, _Mapping]] = ..., super_fan_count: _Optional[int] = ...) -> None: ...

class MsgFilter(_message.Message):
    __slots__ = ("is_gifter", "is_subscribed_to_anchor")
    IS_GIFTER_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBED_TO_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    is_gifter: bool
    is_subscribed_to_anchor: bool
    def __init__(self, is_gifter: _Optional[bool] = ..., is_subscribed_to_anchor: _Optional[bool] = ...) -> None: ...

class MusicGiftInfo(_message.Message):
    __slots__ = ("artist_name", "resource", "song_id", "mood_id", "song_name")
    ARTIST_NAME_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    SONG_ID_FIELD_NUMBER: _ClassVar[int]
    MOOD_ID_FIELD_NUMBER: _ClassVar[int]
    SONG_NAME_FIELD_NUMBER: _ClassVar[int]
    artist_name: str
    resource: AudioResource
    song_id: int
    mood_id: int
    song_name: str
    def __init__(self, artist_name: _Optional[str] = ..., resource: _Optional[_Union[AudioResource, _Mapping]] = ..., song_id: _Optional[int] = ..., mood_id: _Optional[int] = ..., song_name: _Optional[str] = ...) -> None: ...

class NotifyHighlightInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OperationInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PortraitInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PrefabBundle(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Progress(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PublicAreaCommon(_message.Message):
    __slots__ = ("user_label", "user_consume_in_room")
    USER_LABEL_FIELD_NUMBER: _ClassVar[int]
    USER_CONSUME_IN_ROOM_FIELD_NUMBER: _ClassVar[int]
    user_label: _users_pb2.ImageModel
    user_consume_in_room: int
    def __init__(self, user_label: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., user_consume_in_room: _Optional[int] = ...) -> None: ...

class PublicAreaMessageCommon(_message.Message):
    __slots__ = ("scroll_gap_count", "anchor_scroll_gap_count", "release_to_scroll_area", "anchor_release_to_scroll_area", "is_anchor_marked", "creator_success_info", "portrait_info", "user_interaction_info", "admin_fold_type", "display_info", "hide_above_scroll_area", "operation_info", "dynamic_display_text")
    SCROLL_GAP_COUNT_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SCROLL_GAP_COUNT_FIELD_NUMBER: _ClassVar[int]
    RELEASE_TO_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_RELEASE_TO_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    IS_ANCHOR_MARKED_FIELD_NUMBER: _ClassVar[int]
    CREATOR_SUCCESS_INFO_FIELD_NUMBER: _ClassVar[int]
    PORTRAIT_INFO_FIELD_NUMBER: _ClassVar[int]
    USER_INTERACTION_INFO_FIELD_NUMBER: _ClassVar[int]
    ADMIN_FOLD_TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_INFO_FIELD_NUMBER: _ClassVar[int]
    HIDE_ABOVE_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    OPERATION_INFO_FIELD_NUMBER: _ClassVar[int]
    DYNAMIC_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    scroll_gap_count: int
    anchor_scroll_gap_count: int
    release_to_scroll_area: bool
    anchor_release_to_scroll_area: bool
    is_anchor_marked: bool
    creator_success_info: CreatorSuccessInfo
    portrait_info: PortraitInfo
    user_interaction_info: UserInteractionInfo
    admin_fold_type: int
    display_info: MessageDisplayInfo
    hide_above_scroll_area: bool
    operation_info: OperationInfo
    dynamic_display_text: _common_pb2.Text
    def __init__(self, scroll_gap_count: _Optional[int] = ..., anchor_scroll_gap_count: _Optional[int] = ..., release_to_scroll_area: _Optional[bool] = ..., anchor_release_to_scroll_area: _Optional[bool] = ..., is_anchor_marked: _Optional[bool] = ..., creator_success_info: _Optional[_Union[CreatorSuccessInfo, _Mapping]] = ..., portrait_info: _Optional[_Union[PortraitInfo, _Mapping]] = ..., user_interaction_info: _Optional[_Union[UserInteractionInfo, _Mapping]] = ..., admin_fold_type: _Optional[int] = ..., display_info: _Optional[_Union[MessageDisplayInfo, _Mapping]] = ..., hide_above_scroll_area: _Optional[bool] = ..., operation_info: _Optional[_Union[OperationInfo, _Mapping]] = ..., dynamic_display_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class RandomGiftBubble(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RandomGiftPanelBanner(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReceiverRestriction(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ResourceModel(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RoomBasedGiftData(_message.Message):
    __slots__ = ("room_based_gifts",)
    class RoomBasedGiftsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: RoomBasedGifts
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[RoomBasedGifts, _Mapping]] = ...) -> None: ...
    ROOM_BASED_GIFTS_FIELD_NUMBER: _ClassVar[int]
    room_based_gifts: _containers.MessageMap[int, RoomBasedGifts]
    def __init__(self, room_based_gifts: _Optional[_Mapping[int, RoomBasedGifts]] = ...) -> None: ...

class RoomBasedGifts(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RoomNotifyMessageEventTracking(_message.Message):
    __slots__ = ("gift_sub_sender_id", "gift_sub_receiver_id", "anchor_id", "gift_sub_order_create_time")
    GIFT_SUB_SENDER_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_SUB_RECEIVER_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_SUB_ORDER_CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    gift_sub_sender_id: int
    gift_sub_receiver_id: int
    anchor_id: int
    gift_sub_order_create_time: int
    def __init__(self, gift_sub_sender_id: _Optional[int] = ..., gift_sub_receiver_id: _Optional[int] = ..., anchor_id: _Optional[int] = ..., gift_sub_order_create_time: _Optional[int] = ...) -> None: ...

class RoomNotifyMessageExtra(_message.Message):
    __slots__ = ("duration", "background", "content_list")
    DURATION_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LIST_FIELD_NUMBER: _ClassVar[int]
    duration: int
    background: Background
    content_list: NotifyHighlightInfo
    def __init__(self, duration: _Optional[int] = ..., background: _Optional[_Union[Background, _Mapping]] = ..., content_list: _Optional[_Union[NotifyHighlightInfo, _Mapping]] = ...) -> None: ...

class SceneRestriction(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SchemeInfo(_message.Message):
    __slots__ = ("scheme_gift_type", "scheme_url", "scheme_describe", "scheme_describe_color")
    SCHEME_GIFT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCHEME_URL_FIELD_NUMBER: _ClassVar[int]
    SCHEME_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    SCHEME_DESCRIBE_COLOR_FIELD_NUMBER: _ClassVar[int]
    scheme_gift_type: GiftStructSchemeGiftType
    scheme_url: str
    scheme_describe: str
    scheme_describe_color: str
    def __init__(self, scheme_gift_type: _Optional[_Union[GiftStructSchemeGiftType, str]] = ..., scheme_url: _Optional[str] = ..., scheme_describe: _Optional[str] = ..., scheme_describe_color: _Optional[str] = ...) -> None: ...

class SecondaryEffectInfo(_message.Message):
    __slots__ = ("effect_ids", "builtin_strings", "minute_game_gameplay_id")
    EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    BUILTIN_STRINGS_FIELD_NUMBER: _ClassVar[int]
    MINUTE_GAME_GAMEPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    effect_ids: _containers.RepeatedScalarFieldContainer[int]
    builtin_strings: _containers.RepeatedScalarFieldContainer[str]
    minute_game_gameplay_id: int
    def __init__(self, effect_ids: _Optional[_Iterable[int]] = ..., builtin_strings: _Optional[_Iterable[str]] = ..., minute_game_gameplay_id: _Optional[int] = ...) -> None: ...

class SponsorshipInfo(_message.Message):
    __slots__ = ("gift_id", "sponsor_id", "light_gift_up", "unlighted_gift_icon", "gift_gallery_detail_page_scheme_url", "gift_gallery_click_sponsor", "gift_tray_style", "become_all_sponsored")
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    SPONSOR_ID_FIELD_NUMBER: _ClassVar[int]
    LIGHT_GIFT_UP_FIELD_NUMBER: _ClassVar[int]
    UNLIGHTED_GIFT_ICON_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_DETAIL_PAGE_SCHEME_URL_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_CLICK_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    GIFT_TRAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    BECOME_ALL_SPONSORED_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    sponsor_id: int
    light_gift_up: bool
    unlighted_gift_icon: str
    gift_gallery_detail_page_scheme_url: str
    gift_gallery_click_sponsor: bool
    gift_tray_style: GiftTrayStyle
    become_all_sponsored: bool
    def __init__(self, gift_id: _Optional[int] = ..., sponsor_id: _Optional[int] = ..., light_gift_up: _Optional[bool] = ..., unlighted_gift_icon: _Optional[str] = ..., gift_gallery_detail_page_scheme_url: _Optional[str] = ..., gift_gallery_click_sponsor: _Optional[bool] = ..., gift_tray_style: _Optional[_Union[GiftTrayStyle, str]] = ..., become_all_sponsored: _Optional[bool] = ...) -> None: ...

class TextEffect(_message.Message):
    __slots__ = ("portrait", "landscape")
    PORTRAIT_FIELD_NUMBER: _ClassVar[int]
    LANDSCAPE_FIELD_NUMBER: _ClassVar[int]
    portrait: Detail
    landscape: Detail
    def __init__(self, portrait: _Optional[_Union[Detail, _Mapping]] = ..., landscape: _Optional[_Union[Detail, _Mapping]] = ...) -> None: ...

class TitleData(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TransitionConfig(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UgGiftStructInfo(_message.Message):
    __slots__ = ("is_ug_gift", "ug_points_cost")
    IS_UG_GIFT_FIELD_NUMBER: _ClassVar[int]
    UG_POINTS_COST_FIELD_NUMBER: _ClassVar[int]
    is_ug_gift: bool
    ug_points_cost: int
    def __init__(self, is_ug_gift: _Optional[bool] = ..., ug_points_cost: _Optional[int] = ...) -> None: ...

class UserIdentity(_message.Message):
    __slots__ = ("is_gift_giver_of_anchor", "is_subscriber_of_anchor", "is_mutual_following_with_anchor", "is_follower_of_anchor", "is_moderator_of_anchor", "is_anchor")
    IS_GIFT_GIVER_OF_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBER_OF_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_MUTUAL_FOLLOWING_WITH_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOWER_OF_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_MODERATOR_OF_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    is_gift_giver_of_anchor: bool
    is_subscriber_of_anchor: bool
    is_mutual_following_with_anchor: bool
    is_follower_of_anchor: bool
    is_moderator_of_anchor: bool
    is_anchor: bool
    def __init__(self, is_gift_giver_of_anchor: _Optional[bool] = ..., is_subscriber_of_anchor: _Optional[bool] = ..., is_mutual_following_with_anchor: _Optional[bool] = ..., is_follower_of_anchor: _Optional[bool] = ..., is_moderator_of_anchor: _Optional[bool] = ..., is_anchor: _Optional[bool] = ...) -> None: ...

class UserInteractionInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class VideoResource(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
