from livecore.proto import common_pb2 as _common_pb2
from livecore.proto import room_pb2 as _room_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GamepadTaskType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GAMEPAD_TASK_TYPE_PARTNERSHIP: _ClassVar[GamepadTaskType]
    GAMEPAD_TASK_TYPE_PUBLISHER: _ClassVar[GamepadTaskType]
    GAMEPAD_TASK_TYPE_EVENT: _ClassVar[GamepadTaskType]
    GAMEPAD_TASK_TYPE_ORG: _ClassVar[GamepadTaskType]

class PartnershipDropsUpdateMessageChangeMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PARTNERSHIP_DROPS_UPDATE_MESSAGE_CHANGE_MODE_CHANGE_MODE_SHOW: _ClassVar[PartnershipDropsUpdateMessageChangeMode]
    PARTNERSHIP_DROPS_UPDATE_MESSAGE_CHANGE_MODE_CHANGE_MODE_UPDATE: _ClassVar[PartnershipDropsUpdateMessageChangeMode]
    PARTNERSHIP_DROPS_UPDATE_MESSAGE_CHANGE_MODE_CHANGE_MODE_CLOSE: _ClassVar[PartnershipDropsUpdateMessageChangeMode]

class PartnershipGameOfflineMessageOfflineGameInfoOfflineType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PARTNERSHIP_GAME_OFFLINE_MESSAGE_OFFLINE_GAME_INFO_OFFLINE_TYPE_TASK_OFFLINE: _ClassVar[PartnershipGameOfflineMessageOfflineGameInfoOfflineType]
    PARTNERSHIP_GAME_OFFLINE_MESSAGE_OFFLINE_GAME_INFO_OFFLINE_TYPE_EVENT_OFFLINE: _ClassVar[PartnershipGameOfflineMessageOfflineGameInfoOfflineType]
    PARTNERSHIP_GAME_OFFLINE_MESSAGE_OFFLINE_GAME_INFO_OFFLINE_TYPE_DROPS_OFFLINE: _ClassVar[PartnershipGameOfflineMessageOfflineGameInfoOfflineType]
GAMEPAD_TASK_TYPE_PARTNERSHIP: GamepadTaskType
GAMEPAD_TASK_TYPE_PUBLISHER: GamepadTaskType
GAMEPAD_TASK_TYPE_EVENT: GamepadTaskType
GAMEPAD_TASK_TYPE_ORG: GamepadTaskType
PARTNERSHIP_DROPS_UPDATE_MESSAGE_CHANGE_MODE_CHANGE_MODE_SHOW: PartnershipDropsUpdateMessageChangeMode
PARTNERSHIP_DROPS_UPDATE_MESSAGE_CHANGE_MODE_CHANGE_MODE_UPDATE: PartnershipDropsUpdateMessageChangeMode
PARTNERSHIP_DROPS_UPDATE_MESSAGE_CHANGE_MODE_CHANGE_MODE_CLOSE: PartnershipDropsUpdateMessageChangeMode
PARTNERSHIP_GAME_OFFLINE_MESSAGE_OFFLINE_GAME_INFO_OFFLINE_TYPE_TASK_OFFLINE: PartnershipGameOfflineMessageOfflineGameInfoOfflineType
PARTNERSHIP_GAME_OFFLINE_MESSAGE_OFFLINE_GAME_INFO_OFFLINE_TYPE_EVENT_OFFLINE: PartnershipGameOfflineMessageOfflineGameInfoOfflineType
PARTNERSHIP_GAME_OFFLINE_MESSAGE_OFFLINE_GAME_INFO_OFFLINE_TYPE_DROPS_OFFLINE: PartnershipGameOfflineMessageOfflineGameInfoOfflineType

class WebcastOecLiveShoppingMessage(_message.Message):
    __slots__ = ("common", "action_type", "live_product_number", "pop_product", "trace_info", "hot_tags", "atmosphere_tag_info", "live_permission_info", "product_snap_shot", "pin_card_delay_time", "flash_sale_atmosphere_info", "card_type", "billboard_info", "billboard_display_result", "dispersion_info", "promotion_info", "campaign_banner_display_result", "campaign_banner_display", "refresh_live_bag_info", "anchor_pin_card_reset_type", "voucher", "oec_live_shopping_message_v2")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIVE_PRODUCT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    POP_PRODUCT_FIELD_NUMBER: _ClassVar[int]
    TRACE_INFO_FIELD_NUMBER: _ClassVar[int]
    HOT_TAGS_FIELD_NUMBER: _ClassVar[int]
    ATMOSPHERE_TAG_INFO_FIELD_NUMBER: _ClassVar[int]
    LIVE_PERMISSION_INFO_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_SNAP_SHOT_FIELD_NUMBER: _ClassVar[int]
    PIN_CARD_DELAY_TIME_FIELD_NUMBER: _ClassVar[int]
    FLASH_SALE_ATMOSPHERE_INFO_FIELD_NUMBER: _ClassVar[int]
    CARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_INFO_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_DISPLAY_RESULT_FIELD_NUMBER: _ClassVar[int]
    DISPERSION_INFO_FIELD_NUMBER: _ClassVar[int]
    PROMOTION_INFO_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_BANNER_DISPLAY_RESULT_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_BANNER_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    REFRESH_LIVE_BAG_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_PIN_CARD_RESET_TYPE_FIELD_NUMBER: _ClassVar[int]
    VOUCHER_FIELD_NUMBER: _ClassVar[int]
    OEC_LIVE_SHOPPING_MESSAGE_V2_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    action_type: int
    live_product_number: int
    pop_product: PopProduct
    trace_info: TraceInfo
    hot_tags: _containers.RepeatedCompositeFieldContainer[HotTag]
    atmosphere_tag_info: AtmosphereTagInfo
    live_permission_info: LivePermissionInfo
    product_snap_shot: ProductSnapShot
    pin_card_delay_time: int
    flash_sale_atmosphere_info: _containers.RepeatedCompositeFieldContainer[FlashSaleAtmosphereInfo]
    card_type: int
    billboard_info: BillboardInfo
    billboard_display_result: BillboardDisplayResult
    dispersion_info: _containers.RepeatedCompositeFieldContainer[DispersionInfo]
    promotion_info: PromotionInfo
    campaign_banner_display_result: CampaignBannerDisplayResult
    campaign_banner_display: CampaignBannerDisplay
    refresh_live_bag_info: RefreshLiveBagInfo
    anchor_pin_card_reset_type: int
    voucher: Voucher
    oec_live_shopping_message_v2: OecLiveShoppingMessageV2
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., action_type: _Optional[int] = ..., live_product_number: _Optional[int] = ..., pop_product: _Optional[_Union[PopProduct, _Mapping]] = ..., trace_info: _Optional[_Union[TraceInfo, _Mapping]] = ..., hot_tags: _Optional[_Iterable[_Union[HotTag, _Mapping]]] = ..., atmosphere_tag_info: _Optional[_Union[AtmosphereTagInfo, _Mapping]] = ..., live_permission_info: _Optional[_Union[LivePermissionInfo, _Mapping]] = ..., product_snap_shot: _Optional[_Union[ProductSnapShot, _Mapping]] = ..., pin_card_delay_time: _Optional[int] = ..., flash_sale_atmosphere_info: _Optional[_Iterable[_Union[FlashSaleAtmosphereInfo, _Mapping]]] = ..., card_type: _Optional[int] = ..., billboard_info: _Optional[_Union[BillboardInfo, _Mapping]] = ..., billboard_display_result: _Optional[_Union[BillboardDisplayResult, _Mapping]] = ..., dispersion_info: _Optional[_Iterable[_Union[DispersionInfo, _Mapping]]] = ..., promotion_info: _Optional[_Union[PromotionInfo, _Mapping]] = ..., campaign_banner_display_result: _Optional[_Union[CampaignBannerDisplayResult, _Mapping]] = ..., campaign_banner_display: _Optional[_Union[CampaignBannerDisplay, _Mapping]] = ..., refresh_live_bag_info: _Optional[_Union[RefreshLiveBagInfo, _Mapping]] = ..., anchor_pin_card_reset_type: _Optional[int] = ..., voucher: _Optional[_Union[Voucher, _Mapping]] = ..., oec_live_shopping_message_v2: _Optional[_Union[OecLiveShoppingMessageV2, _Mapping]] = ...) -> None: ...

class WebcastPartnershipDropsUpdateMessage(_message.Message):
    __slots__ = ("common", "change_mode", "drops_id", "task_id", "event_id", "anchor_uid")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANGE_MODE_FIELD_NUMBER: _ClassVar[int]
    DROPS_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_UID_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    change_mode: PartnershipDropsUpdateMessageChangeMode
    drops_id: str
    task_id: str
    event_id: str
    anchor_uid: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., change_mode: _Optional[_Union[PartnershipDropsUpdateMessageChangeMode, str]] = ..., drops_id: _Optional[str] = ..., task_id: _Optional[str] = ..., event_id: _Optional[str] = ..., anchor_uid: _Optional[int] = ...) -> None: ...

class WebcastPartnershipGameOfflineMessage(_message.Message):
    __slots__ = ("common", "offline_game_list")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    OFFLINE_GAME_LIST_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    offline_game_list: _containers.RepeatedCompositeFieldContainer[OfflineGameInfo]
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., offline_game_list: _Optional[_Iterable[_Union[OfflineGameInfo, _Mapping]]] = ...) -> None: ...

class WebcastPartnershipPunishMessage(_message.Message):
    __slots__ = ("common", "punish_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    punish_info: _room_pb2.PunishEventInfo
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., punish_info: _Optional[_Union[_room_pb2.PunishEventInfo, _Mapping]] = ...) -> None: ...

class AddToCartButton(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AtmosphereTagInfo(_message.Message):
    __slots__ = ("tag_type", "atmosphere_tags", "pin_atmosphere_tags")
    TAG_TYPE_FIELD_NUMBER: _ClassVar[int]
    ATMOSPHERE_TAGS_FIELD_NUMBER: _ClassVar[int]
    PIN_ATMOSPHERE_TAGS_FIELD_NUMBER: _ClassVar[int]
    tag_type: int
    atmosphere_tags: _containers.RepeatedCompositeFieldContainer[ProductAtmosphereTag]
    pin_atmosphere_tags: _containers.RepeatedCompositeFieldContainer[ProductAtmosphereTag]
    def __init__(self, tag_type: _Optional[int] = ..., atmosphere_tags: _Optional[_Iterable[_Union[ProductAtmosphereTag, _Mapping]]] = ..., pin_atmosphere_tags: _Optional[_Iterable[_Union[ProductAtmosphereTag, _Mapping]]] = ...) -> None: ...

class BillboardDisplayResult(_message.Message):
    __slots__ = ("billboard_type", "billboard_id", "display_result")
    BILLBOARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_RESULT_FIELD_NUMBER: _ClassVar[int]
    billboard_type: int
    billboard_id: str
    display_result: int
    def __init__(self, billboard_type: _Optional[int] = ..., billboard_id: _Optional[str] = ..., display_result: _Optional[int] = ...) -> None: ...

class BillboardInfo(_message.Message):
    __slots__ = ("billboard_type", "billboard_ids", "source_from", "born_time_ms", "billboard_version", "da_info")
    class DaInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    BILLBOARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_IDS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FROM_FIELD_NUMBER: _ClassVar[int]
    BORN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_VERSION_FIELD_NUMBER: _ClassVar[int]
    DA_INFO_FIELD_NUMBER: _ClassVar[int]
    billboard_type: int
    billboard_ids: _containers.RepeatedScalarFieldContainer[str]
    source_from: int
    born_time_ms: str
    billboard_version: int
    da_info: _containers.ScalarMap[str, str]
    def __init__(self, billboard_type: _Optional[int] = ..., billboard_ids: _Optional[_Iterable[str]] = ..., source_from: _Optional[int] = ..., born_time_ms: _Optional[str] = ..., billboard_version: _Optional[int] = ..., da_info: _Optional[_Mapping[str, str]] = ...) -> None: ...

class CampaignBannerDisplay(_message.Message):
    __slots__ = ("image_url", "campaign_banner_is_display", "source_from", "born_time_ms", "billboard_version", "da_info")
    class DaInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_BANNER_IS_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FROM_FIELD_NUMBER: _ClassVar[int]
    BORN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_VERSION_FIELD_NUMBER: _ClassVar[int]
    DA_INFO_FIELD_NUMBER: _ClassVar[int]
    image_url: str
    campaign_banner_is_display: bool
    source_from: int
    born_time_ms: str
    billboard_version: int
    da_info: _containers.ScalarMap[str, str]
    def __init__(self, image_url: _Optional[str] = ..., campaign_banner_is_display: _Optional[bool] = ..., source_from: _Optional[int] = ..., born_time_ms: _Optional[str] = ..., billboard_version: _Optional[int] = ..., da_info: _Optional[_Mapping[str, str]] = ...) -> None: ...

class CampaignBannerDisplayResult(_message.Message):
    __slots__ = ("campaign_banner_display_result",)
    CAMPAIGN_BANNER_DISPLAY_RESULT_FIELD_NUMBER: _ClassVar[int]
    campaign_banner_display_result: int
    def __init__(self, campaign_banner_display_result: _Optional[int] = ...) -> None: ...

class CommerceInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DelayParam(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DispersionInfo(_message.Message):
    __slots__ = ("dispersion_path", "delay_param")
    DISPERSION_PATH_FIELD_NUMBER: _ClassVar[int]
    DELAY_PARAM_FIELD_NUMBER: _ClassVar[int]
    dispersion_path: int
    delay_param: DelayParam
    def __init__(self, dispersion_path: _Optional[int] = ..., delay_param: _Optional[_Union[DelayParam, _Mapping]] = ...) -> None: ...

class EcomLiveElementActions(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FlashSaleAtmosphere(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FlashSaleAtmosphereInfo(_message.Message):
    __slots__ = ("product_id", "activity_id", "flash_sale_atmosphere", "flash_sale_stock", "pinned_product", "live_only_channel", "creator_limit_type")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    FLASH_SALE_ATMOSPHERE_FIELD_NUMBER: _ClassVar[int]
    FLASH_SALE_STOCK_FIELD_NUMBER: _ClassVar[int]
    PINNED_PRODUCT_FIELD_NUMBER: _ClassVar[int]
    LIVE_ONLY_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CREATOR_LIMIT_TYPE_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    activity_id: int
    flash_sale_atmosphere: FlashSaleAtmosphere
    flash_sale_stock: FlashSaleStock
    pinned_product: bool
    live_only_channel: bool
    creator_limit_type: int
    def __init__(self, product_id: _Optional[str] = ..., activity_id: _Optional[int] = ..., flash_sale_atmosphere: _Optional[_Union[FlashSaleAtmosphere, _Mapping]] = ..., flash_sale_stock: _Optional[_Union[FlashSaleStock, _Mapping]] = ..., pinned_product: _Optional[bool] = ..., live_only_channel: _Optional[bool] = ..., creator_limit_type: _Optional[int] = ...) -> None: ...

class FlashSaleStock(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HotTag(_message.Message):
    __slots__ = ("product_id", "hot_count")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    HOT_COUNT_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    hot_count: int
    def __init__(self, product_id: _Optional[str] = ..., hot_count: _Optional[int] = ...) -> None: ...

class Img(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LivePermissionInfo(_message.Message):
    __slots__ = ("end_time", "reason")
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    end_time: int
    reason: str
    def __init__(self, end_time: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class MsgMeta(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OecLiveShoppingMessageV2(_message.Message):
    __slots__ = ("actions", "commerce_info", "msg_meta")
    class ActionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: EcomLiveElementActions
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[EcomLiveElementActions, _Mapping]] = ...) -> None: ...
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    COMMERCE_INFO_FIELD_NUMBER: _ClassVar[int]
    MSG_META_FIELD_NUMBER: _ClassVar[int]
    actions: _containers.MessageMap[int, EcomLiveElementActions]
    commerce_info: CommerceInfo
    msg_meta: MsgMeta
    def __init__(self, actions: _Optional[_Mapping[int, EcomLiveElementActions]] = ..., commerce_info: _Optional[_Union[CommerceInfo, _Mapping]] = ..., msg_meta: _Optional[_Union[MsgMeta, _Mapping]] = ...) -> None: ...

class OfflineGameInfo(_message.Message):
    __slots__ = ("task_id", "toast_text", "task_list_len", "offline_type", "toast_title", "game_id", "task_type")
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    TOAST_TEXT_FIELD_NUMBER: _ClassVar[int]
    TASK_LIST_LEN_FIELD_NUMBER: _ClassVar[int]
    OFFLINE_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOAST_TITLE_FIELD_NUMBER: _ClassVar[int]
    GAME_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_TYPE_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    toast_text: str
    task_list_len: int
    offline_type: PartnershipGameOfflineMessageOfflineGameInfoOfflineType
    toast_title: str
    game_id: str
    task_type: GamepadTaskType
    def __init__(self, task_id: _Optional[str] = ..., toast_text: _Optional[str] = ..., task_list_len: _Optional[int] = ..., offline_type: _Optional[_Union[PartnershipGameOfflineMessageOfflineGameInfoOfflineType, str]] = ..., toast_title: _Optional[str] = ..., game_id: _Optional[str] = ..., task_type: _Optional[_Union[GamepadTaskType, str]] = ...) -> None: ...

class PopProduct(_message.Message):
    __slots__ = ("title", "price", "image_url", "open_url", "product_type", "product_id", "source", "source_from", "schema", "platform", "product_status")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    OPEN_URL_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FROM_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_STATUS_FIELD_NUMBER: _ClassVar[int]
    title: str
    price: str
    image_url: str
    open_url: str
    product_type: str
    product_id: int
    source: str
    source_from: int
    schema: str
    platform: int
    product_status: int
    def __init__(self, title: _Optional[str] = ..., price: _Optional[str] = ..., image_url: _Optional[str] = ..., open_url: _Optional[str] = ..., product_type: _Optional[str] = ..., product_id: _Optional[int] = ..., source: _Optional[str] = ..., source_from: _Optional[int] = ..., schema: _Optional[str] = ..., platform: _Optional[int] = ..., product_status: _Optional[int] = ...) -> None: ...

class ProductAtmosphereTag(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ProductSnapShot(_message.Message):
    __slots__ = ("product_id", "title", "cover", "stock_type", "timestamp", "add_to_cart_button")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    COVER_FIELD_NUMBER: _ClassVar[int]
    STOCK_TYPE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    ADD_TO_CART_BUTTON_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    title: str
    cover: Img
    stock_type: int
    timestamp: int
    add_to_cart_button: AddToCartButton
    def __init__(self, product_id: _Optional[str] = ..., title: _Optional[str] = ..., cover: _Optional[_Union[Img, _Mapping]] = ..., stock_type: _Optional[int] = ..., timestamp: _Optional[int] = ..., add_to_cart_button: _Optional[_Union[AddToCartButton, _Mapping]] = ...) -> None: ...

class PromotionInfo(_message.Message):
    __slots__ = ("promotion_id", "failed_message", "product_ids")
    PROMOTION_ID_FIELD_NUMBER: _ClassVar[int]
    FAILED_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_IDS_FIELD_NUMBER: _ClassVar[int]
    promotion_id: str
    failed_message: str
    product_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, promotion_id: _Optional[str] = ..., failed_message: _Optional[str] = ..., product_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class RefreshLiveBagInfo(_message.Message):
    __slots__ = ("refresh_live_bag_types",)
    REFRESH_LIVE_BAG_TYPES_FIELD_NUMBER: _ClassVar[int]
    refresh_live_bag_types: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, refresh_live_bag_types: _Optional[_Iterable[int]] = ...) -> None: ...

class TraceInfo(_message.Message):
    __slots__ = ("operate_time", "arrival_time", "send_time")
    OPERATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ARRIVAL_TIME_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_FIELD_NUMBER: _ClassVar[int]
    operate_time: int
    arrival_time: int
    send_time: int
    def __init__(self, operate_time: _Optional[int] = ..., arrival_time: _Optional[int] = ..., send_time: _Optional[int] = ...) -> None: ...

class Voucher(_message.Message):
    __slots__ = ("voucher_type_id", "task_id", "task_type", "live_voucher_type", "creator_operation_unique_id", "voucher_max_face_value")
    VOUCHER_TYPE_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIVE_VOUCHER_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATOR_OPERATION_UNIQUE_ID_FIELD_NUMBER: _ClassVar[int]
    VOUCHER_MAX_FACE_VALUE_FIELD_NUMBER: _ClassVar[int]
    voucher_type_id: int
    task_id: int
    task_type: int
    live_voucher_type: int
    creator_operation_unique_id: str
    voucher_max_face_value: str
    def __init__(self, voucher_type_id: _Optional[int] = ..., task_id: _Optional[int] = ..., task_type: _Optional[int] = ..., live_voucher_type: _Optional[int] = ..., creator_operation_unique_id: _Optional[str] = ..., voucher_max_face_value: _Optional[str] = ...) -> None: ...
