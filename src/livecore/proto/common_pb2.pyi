from livecore.proto import users_pb2 as _users_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GiftShowType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GIFT_SHOW_TYPE_GIFT_SHOW_DEFAULT: _ClassVar[GiftShowType]
    GIFT_SHOW_TYPE_GIFT_SHOW_NAME: _ClassVar[GiftShowType]
GIFT_SHOW_TYPE_GIFT_SHOW_DEFAULT: GiftShowType
GIFT_SHOW_TYPE_GIFT_SHOW_NAME: GiftShowType

class CommonMessageData(_message.Message):
    __slots__ = ("method", "msg_id", "room_id", "create_time", "monitor", "is_show_msg", "describe", "display_text", "fold_type", "anchor_fold_type", "priority_score", "log_id", "msg_process_filter_k", "msg_process_filter_v", "from_idc", "to_idc", "filter_msg_tags", "sei", "depend_root_id", "depend_id", "anchor_priority_score", "room_message_heat_level", "fold_type_for_web", "anchor_fold_type_for_web", "client_send_time", "dispatch_strategy")
    METHOD_FIELD_NUMBER: _ClassVar[int]
    MSG_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    MONITOR_FIELD_NUMBER: _ClassVar[int]
    IS_SHOW_MSG_FIELD_NUMBER: _ClassVar[int]
    DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    FOLD_TYPE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_FOLD_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_SCORE_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    MSG_PROCESS_FILTER_K_FIELD_NUMBER: _ClassVar[int]
    MSG_PROCESS_FILTER_V_FIELD_NUMBER: _ClassVar[int]
    FROM_IDC_FIELD_NUMBER: _ClassVar[int]
    TO_IDC_FIELD_NUMBER: _ClassVar[int]
    FILTER_MSG_TAGS_FIELD_NUMBER: _ClassVar[int]
    SEI_FIELD_NUMBER: _ClassVar[int]
    DEPEND_ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    DEPEND_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_PRIORITY_SCORE_FIELD_NUMBER: _ClassVar[int]
    ROOM_MESSAGE_HEAT_LEVEL_FIELD_NUMBER: _ClassVar[int]
    FOLD_TYPE_FOR_WEB_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_FOLD_TYPE_FOR_WEB_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SEND_TIME_FIELD_NUMBER: _ClassVar[int]
    DISPATCH_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    method: str
    msg_id: int
    room_id: int
    create_time: int
    monitor: int
    is_show_msg: bool
    describe: str
    display_text: Text
    fold_type: int
    anchor_fold_type: int
    priority_score: int
    log_id: str
    msg_process_filter_k: str
    msg_process_filter_v: str
    from_idc: str
    to_idc: str
    filter_msg_tags: _containers.RepeatedScalarFieldContainer[str]
    sei: LiveMessageSei
    depend_root_id: LiveMessageId
    depend_id: LiveMessageId
    anchor_priority_score: int
    room_message_heat_level: int
    fold_type_for_web: int
    anchor_fold_type_for_web: int
    client_send_time: int
    dispatch_strategy: int
    def __init__(self, method: _Optional[str] = ..., msg_id: _Optional[int] = ..., room_id: _Optional[int] = ..., create_time: _Optional[int] = ..., monitor: _Optional[int] = ..., is_show_msg: _Optional[bool] = ..., describe: _Optional[str] = ..., display_text: _Optional[_Union[Text, _Mapping]] = ..., fold_type: _Optional[int] = ..., anchor_fold_type: _Optional[int] = ..., priority_score: _Optional[int] = ..., log_id: _Optional[str] = ..., msg_process_filter_k: _Optional[str] = ..., msg_process_filter_v: _Optional[str] = ..., from_idc: _Optional[str] = ..., to_idc: _Optional[str] = ..., filter_msg_tags: _Optional[_Iterable[str]] = ..., sei: _Optional[_Union[LiveMessageSei, _Mapping]] = ..., depend_root_id: _Optional[_Union[LiveMessageId, _Mapping]] = ..., depend_id: _Optional[_Union[LiveMessageId, _Mapping]] = ..., anchor_priority_score: _Optional[int] = ..., room_message_heat_level: _Optional[int] = ..., fold_type_for_web: _Optional[int] = ..., anchor_fold_type_for_web: _Optional[int] = ..., client_send_time: _Optional[int] = ..., dispatch_strategy: _Optional[int] = ...) -> None: ...

class LiveMessageId(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LiveMessageSei(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PatternRef(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Text(_message.Message):
    __slots__ = ("key", "default_pattern", "default_format", "pieces")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_FORMAT_FIELD_NUMBER: _ClassVar[int]
    PIECES_FIELD_NUMBER: _ClassVar[int]
    key: str
    default_pattern: str
    default_format: TextFormat
    pieces: _containers.RepeatedCompositeFieldContainer[TextPiece]
    def __init__(self, key: _Optional[str] = ..., default_pattern: _Optional[str] = ..., default_format: _Optional[_Union[TextFormat, _Mapping]] = ..., pieces: _Optional[_Iterable[_Union[TextPiece, _Mapping]]] = ...) -> None: ...

class TextFormat(_message.Message):
    __slots__ = ("color", "bold", "italic", "weight", "italic_angle", "font_size", "use_heigh_light_color", "use_remote_clor")
    COLOR_FIELD_NUMBER: _ClassVar[int]
    BOLD_FIELD_NUMBER: _ClassVar[int]
    ITALIC_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    ITALIC_ANGLE_FIELD_NUMBER: _ClassVar[int]
    FONT_SIZE_FIELD_NUMBER: _ClassVar[int]
    USE_HEIGH_LIGHT_COLOR_FIELD_NUMBER: _ClassVar[int]
    USE_REMOTE_CLOR_FIELD_NUMBER: _ClassVar[int]
    color: str
    bold: bool
    italic: bool
    weight: int
    italic_angle: int
    font_size: int
    use_heigh_light_color: bool
    use_remote_clor: bool
    def __init__(self, color: _Optional[str] = ..., bold: _Optional[bool] = ..., italic: _Optional[bool] = ..., weight: _Optional[int] = ..., italic_angle: _Optional[int] = ..., font_size: _Optional[int] = ..., use_heigh_light_color: _Optional[bool] = ..., use_remote_clor: _Optional[bool] = ...) -> None: ...

class TextPiece(_message.Message):
    __slots__ = ("type", "format", "string_value", "user_value", "gift_value", "heart_value", "pattern_ref_value", "image_value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    STRING_VALUE_FIELD_NUMBER: _ClassVar[int]
    USER_VALUE_FIELD_NUMBER: _ClassVar[int]
    GIFT_VALUE_FIELD_NUMBER: _ClassVar[int]
    HEART_VALUE_FIELD_NUMBER: _ClassVar[int]
    PATTERN_REF_VALUE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_VALUE_FIELD_NUMBER: _ClassVar[int]
    type: int
    format: TextFormat
    string_value: str
    user_value: TextPieceUser
    gift_value: TextPieceGift
    heart_value: TextPieceHeart
    pattern_ref_value: TextPiecePatternRef
    image_value: TextPieceImage
    def __init__(self, type: _Optional[int] = ..., format: _Optional[_Union[TextFormat, _Mapping]] = ..., string_value: _Optional[str] = ..., user_value: _Optional[_Union[TextPieceUser, _Mapping]] = ..., gift_value: _Optional[_Union[TextPieceGift, _Mapping]] = ..., heart_value: _Optional[_Union[TextPieceHeart, _Mapping]] = ..., pattern_ref_value: _Optional[_Union[TextPiecePatternRef, _Mapping]] = ..., image_value: _Optional[_Union[TextPieceImage, _Mapping]] = ...) -> None: ...

class TextPieceGift(_message.Message):
    __slots__ = ("gift_id", "name_ref", "show_type", "color_id")
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_REF_FIELD_NUMBER: _ClassVar[int]
    SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    COLOR_ID_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    name_ref: PatternRef
    show_type: GiftShowType
    color_id: int
    def __init__(self, gift_id: _Optional[int] = ..., name_ref: _Optional[_Union[PatternRef, _Mapping]] = ..., show_type: _Optional[_Union[GiftShowType, str]] = ..., color_id: _Optional[int] = ...) -> None: ...

class TextPieceHeart(_message.Message):
    __slots__ = ("color",)
    COLOR_FIELD_NUMBER: _ClassVar[int]
    color: str
    def __init__(self, color: _Optional[str] = ...) -> None: ...

class TextPieceImage(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: _users_pb2.ImageModel
    def __init__(self, image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ...) -> None: ...

class TextPiecePatternRef(_message.Message):
    __slots__ = ("key", "default_pattern")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    key: str
    default_pattern: str
    def __init__(self, key: _Optional[str] = ..., default_pattern: _Optional[str] = ...) -> None: ...

class TextPieceUser(_message.Message):
    __slots__ = ("user", "with_colon")
    USER_FIELD_NUMBER: _ClassVar[int]
    WITH_COLON_FIELD_NUMBER: _ClassVar[int]
    user: _users_pb2.User
    with_colon: bool
    def __init__(self, user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., with_colon: _Optional[bool] = ...) -> None: ...
