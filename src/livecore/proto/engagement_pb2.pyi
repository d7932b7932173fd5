from livecore.proto import users_pb2 as _users_pb2
from livecore.proto import common_pb2 as _common_pb2
from livecore.proto import gifts_pb2 as _gifts_pb2
from livecore.proto import chat_pb2 as _chat_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EntranceGroupType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENTRANCE_GROUP_TYPE_DEFAULT: _ClassVar[EntranceGroupType]
    ENTRANCE_GROUP_TYPE_GIFT: _ClassVar[EntranceGroupType]
    ENTRANCE_GROUP_TYPE_E_COMMERCE: _ClassVar[EntranceGroupType]
    ENTRANCE_GROUP_TYPE_GAME: _ClassVar[EntranceGroupType]

class ExhibitionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EXHIBITION_TYPE_DEFAULT: _ClassVar[ExhibitionType]
    EXHIBITION_TYPE_FOLD: _ClassVar[ExhibitionType]
    EXHIBITION_TYPE_PUBLIC_SCREEN: _ClassVar[ExhibitionType]

class GameRankNotifyMessageMsgType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GAME_RANK_NOTIFY_MESSAGE_MSG_TYPE_MSG_TYPE_RANK_IN_OUT: _ClassVar[GameRankNotifyMessageMsgType]
    GAME_RANK_NOTIFY_MESSAGE_MSG_TYPE_MSG_TYPE_RANK_CHANGE: _ClassVar[GameRankNotifyMessageMsgType]
    GAME_RANK_NOTIFY_MESSAGE_MSG_TYPE_MSG_TYPE_ANCHOR_ENCOURAGE: _ClassVar[GameRankNotifyMessageMsgType]
    GAME_RANK_NOTIFY_MESSAGE_MSG_TYPE_MSG_TYPE_UN_KNOW: _ClassVar[GameRankNotifyMessageMsgType]

class GoalMessageSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GOAL_MESSAGE_SOURCE_UNKNOWN: _ClassVar[GoalMessageSource]
    GOAL_MESSAGE_SOURCE_COMMIT: _ClassVar[GoalMessageSource]
    GOAL_MESSAGE_SOURCE_PROGRESS_UPDATE: _ClassVar[GoalMessageSource]
    GOAL_MESSAGE_SOURCE_PIN: _ClassVar[GoalMessageSource]
    GOAL_MESSAGE_SOURCE_UNPIN: _ClassVar[GoalMessageSource]
    GOAL_MESSAGE_SOURCE_REVIEW_CALLBACK: _ClassVar[GoalMessageSource]
    GOAL_MESSAGE_SOURCE_SUSPEND: _ClassVar[GoalMessageSource]
    GOAL_MESSAGE_SOURCE_CHALLENGE_PROMPT: _ClassVar[GoalMessageSource]

class MessageDisplayStyle(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_DISPLAY_STYLE_DEFAULT: _ClassVar[MessageDisplayStyle]
    MESSAGE_DISPLAY_STYLE_POPUP: _ClassVar[MessageDisplayStyle]

class MessageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_TYPE_SUB_SUCCESS: _ClassVar[MessageType]
    MESSAGE_TYPE_ANCHOR_REMINDER: _ClassVar[MessageType]
    MESSAGE_TYPE_ENTER_ROOM_EXPIRE_SOON: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GOAL_CREATE_TO_ANCHOR: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GOAL_COMPLETE_TO_AUDIENCE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GOAL_COMPLETE_TO_ANCHOR: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GIFT_TIKTOK_2_USER_NOTICE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GIFT_TIKTOK_2_ANCHOR_NOTICE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GIFT_T_RECEIVES_END_NOTICE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GIFTS_END_SUCCEED_ROOM_MESSAGE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GIFTS_END_SUCCEED_ANCHOR_NOTICE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GIFT_LOW_VERSION_UPGRADE_NOTICE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_GIFT_USER_BUY_AU_TH_NOTICE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_COMMON_TEXT_NOTICE: _ClassVar[MessageType]
    MESSAGE_TYPE_SUB_MODERATOR_PIN_PERK: _ClassVar[MessageType]

class OldSubscribeStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OLD_SUBSCRIBE_STATUS_FIRST: _ClassVar[OldSubscribeStatus]
    OLD_SUBSCRIBE_STATUS_RESUB: _ClassVar[OldSubscribeStatus]
    OLD_SUBSCRIBE_STATUS_SUB_IN_GRACE_PERIOD: _ClassVar[OldSubscribeStatus]
    OLD_SUBSCRIBE_STATUS_SUB_NOT_IN_GRACE_PERIOD: _ClassVar[OldSubscribeStatus]
    OLD_SUBSCRIBE_STATUS_DEFAULT: _ClassVar[OldSubscribeStatus]

class OpType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OP_TYPE_DEFAULT: _ClassVar[OpType]
    OP_TYPE_ADD: _ClassVar[OpType]
    OP_TYPE_REMOVE: _ClassVar[OpType]
    OP_TYPE_RELOAD: _ClassVar[OpType]
    OP_TYPE_BASIC_EFFECT: _ClassVar[OpType]

class PinCardType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PIN_CARD_TYPE_UNKNOWN_PIN_CARD_TYPE: _ClassVar[PinCardType]
    PIN_CARD_TYPE_CUSTOMIZED_BENEFIT_E_NUM: _ClassVar[PinCardType]
    PIN_CARD_TYPE_SUB_GOAL_E_NUM: _ClassVar[PinCardType]
    PIN_CARD_TYPE_UP_SELL_DM: _ClassVar[PinCardType]
    PIN_CARD_TYPE_UP_SELL_LEAD_SGEN: _ClassVar[PinCardType]
    PIN_CARD_TYPE_SMB_SUB_PLAN: _ClassVar[PinCardType]
    PIN_CARD_TYPE_SMB_COURSE: _ClassVar[PinCardType]

class PollAppealStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POLL_APPEAL_STATUS_UNKNOWN: _ClassVar[PollAppealStatus]
    POLL_APPEAL_STATUS_PASS: _ClassVar[PollAppealStatus]
    POLL_APPEAL_STATUS_FAIL: _ClassVar[PollAppealStatus]

class PollEndType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POLL_END_TYPE_POLL_END_BY_TIME: _ClassVar[PollEndType]
    POLL_END_TYPE_POLL_END_BY_OWNER: _ClassVar[PollEndType]
    POLL_END_TYPE_POLL_END_BY_OTHER: _ClassVar[PollEndType]
    POLL_END_TYPE_POLL_END_BY_ADMIN: _ClassVar[PollEndType]

class PollKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POLL_KIND_NORMAL: _ClassVar[PollKind]
    POLL_KIND_GIFT: _ClassVar[PollKind]
    POLL_KIND_CUSTOMIZABLE: _ClassVar[PollKind]
    POLL_KIND_CUSTOMIZABLE_GIFT: _ClassVar[PollKind]
    POLL_KIND_QUICK_GIFT: _ClassVar[PollKind]
    POLL_KIND_EMOTE: _ClassVar[PollKind]

class PollTemplateStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POLL_TEMPLATE_STATUS_TO_BE_REVIEWED: _ClassVar[PollTemplateStatus]
    POLL_TEMPLATE_STATUS_UNDER_REVIEW: _ClassVar[PollTemplateStatus]
    POLL_TEMPLATE_STATUS_REVIEWED: _ClassVar[PollTemplateStatus]
    POLL_TEMPLATE_STATUS_REFUSED: _ClassVar[PollTemplateStatus]

class ProfitRankType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROFIT_RANK_TYPE_TYPE_HOURLY_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_HOURLY_STAR_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_RISING_RANK_ACTIVITY: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_RISING_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_ROOKIE: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_E_COMMERCE_WEEKLY: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_E_COMMERCE_DAILY: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_DAILY_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_FIRST_GIFT_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_GAME_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_DAILY_GAME: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_HALL_OF_FAME_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_RANK_LEAGUE: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_DAILY_ROOKIE: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_TEAM_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_CLASS_RANK: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_DAILY_GAME_PUB_G: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_DAILY_GAME_MLB_B: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_DAILY_GAME_FREE_FIRE: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_GAME_SUBCATEGORY_ONE: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_GAME_SUBCATEGORY_TWO: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_GAME_SUBCATEGORY_THREE: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_E_COMMERCE_COLLECTIBLES: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_E_COMMERCE_BEAUTY_PERSONAL_CARE: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_WEEKLY_E_COMMERCE_WOMEN_WEAR_UNDERWEAR: _ClassVar[ProfitRankType]
    PROFIT_RANK_TYPE_TYPE_CAMPAIGN_LEAGUEMATCH_RANK: _ClassVar[ProfitRankType]

class RankTextMessageRankTestMessageScene(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_UNKNOWN: _ClassVar[RankTextMessageRankTestMessageScene]
    RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_ONLINE_AUDIENCE_TOP_N_UPDATE_PUBLIC_SCREEN: _ClassVar[RankTextMessageRankTestMessageScene]
    RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_MID_PEAK_MOTIVATION_PUBLIC_SCREEN_TOP: _ClassVar[RankTextMessageRankTestMessageScene]
    RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_MID_PEAK_MOTIVATION_PUBLIC_SCREEN_ENTER: _ClassVar[RankTextMessageRankTestMessageScene]
    RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_TILE_REWARD_GUIDE: _ClassVar[RankTextMessageRankTestMessageScene]

class SubPinEventMessageActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUB_PIN_EVENT_MESSAGE_ACTION_TYPE_UNKNOWN: _ClassVar[SubPinEventMessageActionType]
    SUB_PIN_EVENT_MESSAGE_ACTION_TYPE_PIN: _ClassVar[SubPinEventMessageActionType]
    SUB_PIN_EVENT_MESSAGE_ACTION_TYPE_UNPIN: _ClassVar[SubPinEventMessageActionType]

class SubscribeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUBSCRIBE_TYPE_ONCE: _ClassVar[SubscribeType]
    SUBSCRIBE_TYPE_AUTO: _ClassVar[SubscribeType]
    SUBSCRIBE_TYPE_DEFAULT: _ClassVar[SubscribeType]

class SubscribingStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUBSCRIBING_STATUS_UNKNOWN: _ClassVar[SubscribingStatus]
    SUBSCRIBING_STATUS_ONCE: _ClassVar[SubscribingStatus]
    SUBSCRIBING_STATUS_CIRCLE: _ClassVar[SubscribingStatus]
    SUBSCRIBING_STATUS_CIRCLE_CANCEL: _ClassVar[SubscribingStatus]
    SUBSCRIBING_STATUS_REFUND: _ClassVar[SubscribingStatus]
    SUBSCRIBING_STATUS_IN_GRACE_PERIOD: _ClassVar[SubscribingStatus]
    SUBSCRIBING_STATUS_NOT_IN_GRACE_PERIOD: _ClassVar[SubscribingStatus]

class UnionAnimationInfoType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UNION_ANIMATION_INFO_TYPE_NO_UNION_ANIMATION: _ClassVar[UnionAnimationInfoType]
    UNION_ANIMATION_INFO_TYPE_LOOP: _ClassVar[UnionAnimationInfoType]
    UNION_ANIMATION_INFO_TYPE_LOCK: _ClassVar[UnionAnimationInfoType]

class SubPinCardTextType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUB_PIN_CARD_TEXT_TYPE_UNKNOWN: _ClassVar[SubPinCardTextType]
    SUB_PIN_CARD_TEXT_TYPE_TEXT_TYPE_ORIGINAL: _ClassVar[SubPinCardTextType]
    SUB_PIN_CARD_TEXT_TYPE_TEXT_TYPE_STARLING_KEY: _ClassVar[SubPinCardTextType]
ENTRANCE_GROUP_TYPE_DEFAULT: EntranceGroupType
ENTRANCE_GROUP_TYPE_GIFT: EntranceGroupType
ENTRANCE_GROUP_TYPE_E_COMMERCE: EntranceGroupType
ENTRANCE_GROUP_TYPE_GAME: EntranceGroupType
EXHIBITION_TYPE_DEFAULT: ExhibitionType
EXHIBITION_TYPE_FOLD: ExhibitionType
EXHIBITION_TYPE_PUBLIC_SCREEN: ExhibitionType
GAME_RANK_NOTIFY_MESSAGE_MSG_TYPE_MSG_TYPE_RANK_IN_OUT: GameRankNotifyMessageMsgType
GAME_RANK_NOTIFY_MESSAGE_MSG_TYPE_MSG_TYPE_RANK_CHANGE: GameRankNotifyMessageMsgType
GAME_RANK_NOTIFY_MESSAGE_MSG_TYPE_MSG_TYPE_ANCHOR_ENCOURAGE: GameRankNotifyMessageMsgType
GAME_RANK_NOTIFY_MESSAGE_MSG_TYPE_MSG_TYPE_UN_KNOW: GameRankNotifyMessageMsgType
GOAL_MESSAGE_SOURCE_UNKNOWN: GoalMessageSource
GOAL_MESSAGE_SOURCE_COMMIT: GoalMessageSource
GOAL_MESSAGE_SOURCE_PROGRESS_UPDATE: GoalMessageSource
GOAL_MESSAGE_SOURCE_PIN: GoalMessageSource
GOAL_MESSAGE_SOURCE_UNPIN: GoalMessageSource
GOAL_MESSAGE_SOURCE_REVIEW_CALLBACK: GoalMessageSource
GOAL_MESSAGE_SOURCE_SUSPEND: GoalMessageSource
GOAL_MESSAGE_SOURCE_CHALLENGE_PROMPT: GoalMessageSource
MESSAGE_DISPLAY_STYLE_DEFAULT: MessageDisplayStyle
MESSAGE_DISPLAY_STYLE_POPUP: MessageDisplayStyle
MESSAGE_TYPE_SUB_SUCCESS: MessageType
MESSAGE_TYPE_ANCHOR_REMINDER: MessageType
MESSAGE_TYPE_ENTER_ROOM_EXPIRE_SOON: MessageType
MESSAGE_TYPE_SUB_GOAL_CREATE_TO_ANCHOR: MessageType
MESSAGE_TYPE_SUB_GOAL_COMPLETE_TO_AUDIENCE: MessageType
MESSAGE_TYPE_SUB_GOAL_COMPLETE_TO_ANCHOR: MessageType
MESSAGE_TYPE_SUB_GIFT_TIKTOK_2_USER_NOTICE: MessageType
MESSAGE_TYPE_SUB_GIFT_TIKTOK_2_ANCHOR_NOTICE: MessageType
MESSAGE_TYPE_SUB_GIFT_T_RECEIVES_END_NOTICE: MessageType
MESSAGE_TYPE_SUB_GIFTS_END_SUCCEED_ROOM_MESSAGE: MessageType
MESSAGE_TYPE_SUB_GIFTS_END_SUCCEED_ANCHOR_NOTICE: MessageType
MESSAGE_TYPE_SUB_GIFT_LOW_VERSION_UPGRADE_NOTICE: MessageType
MESSAGE_TYPE_SUB_GIFT_USER_BUY_AU_TH_NOTICE: MessageType
MESSAGE_TYPE_SUB_COMMON_TEXT_NOTICE: MessageType
MESSAGE_TYPE_SUB_MODERATOR_PIN_PERK: MessageType
OLD_SUBSCRIBE_STATUS_FIRST: OldSubscribeStatus
OLD_SUBSCRIBE_STATUS_RESUB: OldSubscribeStatus
OLD_SUBSCRIBE_STATUS_SUB_IN_GRACE_PERIOD: OldSubscribeStatus
OLD_SUBSCRIBE_STATUS_SUB_NOT_IN_GRACE_PERIOD: OldSubscribeStatus
OLD_SUBSCRIBE_STATUS_DEFAULT: OldSubscribeStatus
OP_TYPE_DEFAULT: OpType
OP_TYPE_ADD: OpType
OP_TYPE_REMOVE: OpType
OP_TYPE_RELOAD: OpType
OP_TYPE_BASIC_EFFECT: OpType
PIN_CARD_TYPE_UNKNOWN_PIN_CARD_TYPE: PinCardType
PIN_CARD_TYPE_CUSTOMIZED_BENEFIT_E_NUM: PinCardType
PIN_CARD_TYPE_SUB_GOAL_E_NUM: PinCardType
PIN_CARD_TYPE_UP_SELL_DM: PinCardType
PIN_CARD_TYPE_UP_SELL_LEAD_SGEN: PinCardType
PIN_CARD_TYPE_SMB_SUB_PLAN: PinCardType
PIN_CARD_TYPE_SMB_COURSE: PinCardType
POLL_APPEAL_STATUS_UNKNOWN: PollAppealStatus
POLL_APPEAL_STATUS_PASS: PollAppealStatus
POLL_APPEAL_STATUS_FAIL: PollAppealStatus
POLL_END_TYPE_POLL_END_BY_TIME: PollEndType
POLL_END_TYPE_POLL_END_BY_OWNER: PollEndType
POLL_END_TYPE_POLL_END_BY_OTHER: PollEndType
POLL_END_TYPE_POLL_END_BY_ADMIN: PollEndType
POLL_KIND_NORMAL: PollKind
POLL_KIND_GIFT: PollKind
POLL_KIND_CUSTOMIZABLE: PollKind
POLL_KIND_CUSTOMIZABLE_GIFT: PollKind
POLL_KIND_QUICK_GIFT: PollKind
POLL_KIND_EMOTE: PollKind
POLL_TEMPLATE_STATUS_TO_BE_REVIEWED: PollTemplateStatus
POLL_TEMPLATE_STATUS_UNDER_REVIEW: PollTemplateStatus
POLL_TEMPLATE_STATUS_REVIEWED: PollTemplateStatus
POLL_TEMPLATE_STATUS_REFUSED: PollTemplateStatus
PROFIT_RANK_TYPE_TYPE_HOURLY_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_HOURLY_STAR_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_RISING_RANK_ACTIVITY: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_RISING_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_ROOKIE: ProfitRankType
PROFIT_RANK_TYPE_TYPE_E_COMMERCE_WEEKLY: ProfitRankType
PROFIT_RANK_TYPE_TYPE_E_COMMERCE_DAILY: ProfitRankType
PROFIT_RANK_TYPE_TYPE_DAILY_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_FIRST_GIFT_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_GAME_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_DAILY_GAME: ProfitRankType
PROFIT_RANK_TYPE_TYPE_HALL_OF_FAME_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_RANK_LEAGUE: ProfitRankType
PROFIT_RANK_TYPE_DAILY_ROOKIE: ProfitRankType
PROFIT_RANK_TYPE_TYPE_TEAM_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_CLASS_RANK: ProfitRankType
PROFIT_RANK_TYPE_TYPE_DAILY_GAME_PUB_G: ProfitRankType
PROFIT_RANK_TYPE_TYPE_DAILY_GAME_MLB_B: ProfitRankType
PROFIT_RANK_TYPE_TYPE_DAILY_GAME_FREE_FIRE: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_GAME_SUBCATEGORY_ONE: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_GAME_SUBCATEGORY_TWO: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_GAME_SUBCATEGORY_THREE: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_E_COMMERCE_COLLECTIBLES: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_E_COMMERCE_BEAUTY_PERSONAL_CARE: ProfitRankType
PROFIT_RANK_TYPE_TYPE_WEEKLY_E_COMMERCE_WOMEN_WEAR_UNDERWEAR: ProfitRankType
PROFIT_RANK_TYPE_TYPE_CAMPAIGN_LEAGUEMATCH_RANK: ProfitRankType
RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_UNKNOWN: RankTextMessageRankTestMessageScene
RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_ONLINE_AUDIENCE_TOP_N_UPDATE_PUBLIC_SCREEN: RankTextMessageRankTestMessageScene
RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_MID_PEAK_MOTIVATION_PUBLIC_SCREEN_TOP: RankTextMessageRankTestMessageScene
RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_MID_PEAK_MOTIVATION_PUBLIC_SCREEN_ENTER: RankTextMessageRankTestMessageScene
RANK_TEXT_MESSAGE_RANK_TEST_MESSAGE_SCENE_TILE_REWARD_GUIDE: RankTextMessageRankTestMessageScene
SUB_PIN_EVENT_MESSAGE_ACTION_TYPE_UNKNOWN: SubPinEventMessageActionType
SUB_PIN_EVENT_MESSAGE_ACTION_TYPE_PIN: SubPinEventMessageActionType
SUB_PIN_EVENT_MESSAGE_ACTION_TYPE_UNPIN: SubPinEventMessageActionType
SUBSCRIBE_TYPE_ONCE: SubscribeType
SUBSCRIBE_TYPE_AUTO: SubscribeType
SUBSCRIBE_TYPE_DEFAULT: SubscribeType
SUBSCRIBING_STATUS_UNKNOWN: SubscribingStatus
SUBSCRIBING_STATUS_ONCE: SubscribingStatus
SUBSCRIBING_STATUS_CIRCLE: SubscribingStatus
SUBSCRIBING_STATUS_CIRCLE_CANCEL: SubscribingStatus
SUBSCRIBING_STATUS_REFUND: SubscribingStatus
SUBSCRIBING_STATUS_IN_GRACE_PERIOD: SubscribingStatus
SUBSCRIBING_STATUS_NOT_IN_GRACE_PERIOD: SubscribingStatus
UNION_ANIMATION_INFO_TYPE_NO_UNION_ANIMATION: UnionAnimationInfoType
UNION_ANIMATION_INFO_TYPE_LOOP: UnionAnimationInfoType
UNION_ANIMATION_INFO_TYPE_LOCK: UnionAnimationInfoType
SUB_PIN_CARD_TEXT_TYPE_UNKNOWN: SubPinCardTextType
SUB_PIN_CARD_TEXT_TYPE_TEXT_TYPE_ORIGINAL: SubPinCardTextType
SUB_PIN_CARD_TEXT_TYPE_TEXT_TYPE_STARLING_KEY: SubPinCardTextType

class WebcastGameRankNotifyMessage(_message.Message):
    __slots__ = ("common", "msg_type", "notify_text")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_TEXT_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    msg_type: GameRankNotifyMessageMsgType
    notify_text: _common_pb2.Text
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., msg_type: _Optional[_Union[GameRankNotifyMessageMsgType, str]] = ..., notify_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class WebcastGoalUpdateMessage(_message.Message):
    __slots__ = ("common", "indicator", "goal", "contributor_id", "contributor_avatar", "contributor_display_id", "contribute_subgoal", "contribute_count", "contribute_score", "gift_repeat_count", "contributor_id_str", "pin_info", "update_source", "goal_extra")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    INDICATOR_FIELD_NUMBER: _ClassVar[int]
    GOAL_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_AVATAR_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTE_SUBGOAL_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTE_SCORE_FIELD_NUMBER: _ClassVar[int]
    GIFT_REPEAT_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    PIN_INFO_FIELD_NUMBER: _ClassVar[int]
    UPDATE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    GOAL_EXTRA_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    indicator: LiveStreamGoalIndicator
    goal: LiveStreamGoal
    contributor_id: int
    contributor_avatar: _users_pb2.ImageModel
    contributor_display_id: str
    contribute_subgoal: LiveStreamSubGoal
    contribute_count: int
    contribute_score: int
    gift_repeat_count: int
    contributor_id_str: str
    pin_info: GoalPinInfo
    update_source: GoalMessageSource
    goal_extra: str
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., indicator: _Optional[_Union[LiveStreamGoalIndicator, _Mapping]] = ..., goal: _Optional[_Union[LiveStreamGoal, _Mapping]] = ..., contributor_id: _Optional[int] = ..., contributor_avatar: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., contributor_display_id: _Optional[str] = ..., contribute_subgoal: _Optional[_Union[LiveStreamSubGoal, _Mapping]] = ..., contribute_count: _Optional[int] = ..., contribute_score: _Optional[int] = ..., gift_repeat_count: _Optional[int] = ..., contributor_id_str: _Optional[str] = ..., pin_info: _Optional[_Union[GoalPinInfo, _Mapping]] = ..., update_source: _Optional[_Union[GoalMessageSource, str]] = ..., goal_extra: _Optional[str] = ...) -> None: ...

class WebcastHourlyRankRewardMessage(_message.Message):
    __slots__ = ("common", "winners")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    WINNERS_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    winners: _containers.RepeatedCompositeFieldContainer[HourlyRankRewardInfo]
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., winners: _Optional[_Iterable[_Union[HourlyRankRewardInfo, _Mapping]]] = ...) -> None: ...

class WebcastPollMessage(_message.Message):
    __slots__ = ("common", "message_type", "poll_id", "start_content", "end_content", "update_votes_content", "poll_kind", "poll_basic_info", "template_content")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    POLL_ID_FIELD_NUMBER: _ClassVar[int]
    START_CONTENT_FIELD_NUMBER: _ClassVar[int]
    END_CONTENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_VOTES_CONTENT_FIELD_NUMBER: _ClassVar[int]
    POLL_KIND_FIELD_NUMBER: _ClassVar[int]
    POLL_BASIC_INFO_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    message_type: int
    poll_id: int
    start_content: PollStartContent
    end_content: PollEndContent
    update_votes_content: PollUpdateVotesContent
    poll_kind: PollKind
    poll_basic_info: PollBasicInfo
    template_content: TemplateContent
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ..., poll_id: _Optional[int] = ..., start_content: _Optional[_Union[PollStartContent, _Mapping]] = ..., end_content: _Optional[_Union[PollEndContent, _Mapping]] = ..., update_votes_content: _Optional[_Union[PollUpdateVotesContent, _Mapping]] = ..., poll_kind: _Optional[_Union[PollKind, str]] = ..., poll_basic_info: _Optional[_Union[PollBasicInfo, _Mapping]] = ..., template_content: _Optional[_Union[TemplateContent, _Mapping]] = ...) -> None: ...

class WebcastRankTextMessage(_message.Message):
    __slots__ = ("common", "scene", "owner_idx_before_update", "owner_idx_after_update", "self_get_badge_msg", "other_get_badge_msg", "cur_user_id", "left_icon", "content", "rank_type", "user_enigma_info", "public_area_msg_common")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    OWNER_IDX_BEFORE_UPDATE_FIELD_NUMBER: _ClassVar[int]
    OWNER_IDX_AFTER_UPDATE_FIELD_NUMBER: _ClassVar[int]
    SELF_GET_BADGE_MSG_FIELD_NUMBER: _ClassVar[int]
    OTHER_GET_BADGE_MSG_FIELD_NUMBER: _ClassVar[int]
    CUR_USER_ID_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    USER_ENIGMA_INFO_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MSG_COMMON_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    scene: RankTextMessageRankTestMessageScene
    owner_idx_before_update: int
    owner_idx_after_update: int
    self_get_badge_msg: _common_pb2.Text
    other_get_badge_msg: _common_pb2.Text
    cur_user_id: int
    left_icon: _users_pb2.ImageModel
    content: _common_pb2.Text
    rank_type: ProfitRankType
    user_enigma_info: RankUserEnigmaInfo
    public_area_msg_common: _gifts_pb2.PublicAreaMessageCommon
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., scene: _Optional[_Union[RankTextMessageRankTestMessageScene, str]] = ..., owner_idx_before_update: _Optional[int] = ..., owner_idx_after_update: _Optional[int] = ..., self_get_badge_msg: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., other_get_badge_msg: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., cur_user_id: _Optional[int] = ..., left_icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., rank_type: _Optional[_Union[ProfitRankType, str]] = ..., user_enigma_info: _Optional[_Union[RankUserEnigmaInfo, _Mapping]] = ..., public_area_msg_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ...) -> None: ...

class WebcastRankUpdateMessage(_message.Message):
    __slots__ = ("common", "updates", "group_type", "op_type", "rank_priority", "tabs", "is_animation_loop_play", "animation_loop_for_off", "union_animation", "tab_info", "valid_ranks")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    UPDATES_FIELD_NUMBER: _ClassVar[int]
    GROUP_TYPE_FIELD_NUMBER: _ClassVar[int]
    OP_TYPE_FIELD_NUMBER: _ClassVar[int]
    RANK_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    TABS_FIELD_NUMBER: _ClassVar[int]
    IS_ANIMATION_LOOP_PLAY_FIELD_NUMBER: _ClassVar[int]
    ANIMATION_LOOP_FOR_OFF_FIELD_NUMBER: _ClassVar[int]
    UNION_ANIMATION_FIELD_NUMBER: _ClassVar[int]
    TAB_INFO_FIELD_NUMBER: _ClassVar[int]
    VALID_RANKS_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    updates: _containers.RepeatedCompositeFieldContainer[RankUpdate]
    group_type: EntranceGroupType
    op_type: OpType
    rank_priority: int
    tabs: _containers.RepeatedCompositeFieldContainer[RankTabInfo]
    is_animation_loop_play: bool
    animation_loop_for_off: bool
    union_animation: _containers.RepeatedCompositeFieldContainer[UnionAnimationInfo]
    tab_info: _containers.RepeatedCompositeFieldContainer[RankListTabInfo]
    valid_ranks: ValidRanks
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., updates: _Optional[_Iterable[_Union[RankUpdate, _Mapping]]] = ..., group_type: _Optional[_Union[EntranceGroupType, str]] = ..., op_type: _Optional[_Union[OpType, str]] = ..., rank_priority: _Optional[int] = ..., tabs: _Optional[_Iterable[_Union[RankTabInfo, _Mapping]]] = ..., is_animation_loop_play: _Optional[bool] = ..., animation_loop_for_off: _Optional[bool] = ..., union_animation: _Optional[_Iterable[_Union[UnionAnimationInfo, _Mapping]]] = ..., tab_info: _Optional[_Iterable[_Union[RankListTabInfo, _Mapping]]] = ..., valid_ranks: _Optional[_Union[ValidRanks, _Mapping]] = ...) -> None: ...

class WebcastSubNotifyMessage(_message.Message):
    __slots__ = ("common", "user", "exhibition_type", "sub_month", "subscribe_type", "old_subscribe_status", "message_type", "subscribing_status", "is_send", "is_custom", "gift_source", "message_display_style", "public_area_message_common", "package_id", "event_tracking")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    EXHIBITION_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUB_MONTH_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_TYPE_FIELD_NUMBER: _ClassVar[int]
    OLD_SUBSCRIBE_STATUS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBING_STATUS_FIELD_NUMBER: _ClassVar[int]
    IS_SEND_FIELD_NUMBER: _ClassVar[int]
    IS_CUSTOM_FIELD_NUMBER: _ClassVar[int]
    GIFT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    user: _users_pb2.User
    exhibition_type: ExhibitionType
    sub_month: int
    subscribe_type: SubscribeType
    old_subscribe_status: OldSubscribeStatus
    message_type: MessageType
    subscribing_status: SubscribingStatus
    is_send: bool
    is_custom: bool
    gift_source: _chat_pb2.GiftSource
    message_display_style: MessageDisplayStyle
    public_area_message_common: _gifts_pb2.PublicAreaMessageCommon
    package_id: str
    event_tracking: _gifts_pb2.RoomNotifyMessageEventTracking
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., exhibition_type: _Optional[_Union[ExhibitionType, str]] = ..., sub_month: _Optional[int] = ..., subscribe_type: _Optional[_Union[SubscribeType, str]] = ..., old_subscribe_status: _Optional[_Union[OldSubscribeStatus, str]] = ..., message_type: _Optional[_Union[MessageType, str]] = ..., subscribing_status: _Optional[_Union[SubscribingStatus, str]] = ..., is_send: _Optional[bool] = ..., is_custom: _Optional[bool] = ..., gift_source: _Optional[_Union[_chat_pb2.GiftSource, str]] = ..., message_display_style: _Optional[_Union[MessageDisplayStyle, str]] = ..., public_area_message_common: _Optional[_Union[_gifts_pb2.PublicAreaMessageCommon, _Mapping]] = ..., package_id: _Optional[str] = ..., event_tracking: _Optional[_Union[_gifts_pb2.RoomNotifyMessageEventTracking, _Mapping]] = ...) -> None: ...

class WebcastSubPinEventMessage(_message.Message):
    __slots__ = ("common", "action_type", "card", "operator_user_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    CARD_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_USER_ID_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    action_type: SubPinEventMessageActionType
    card: SubPinCard
    operator_user_id: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., action_type: _Optional[_Union[SubPinEventMessageActionType, str]] = ..., card: _Optional[_Union[SubPinCard, _Mapping]] = ..., operator_user_id: _Optional[int] = ...) -> None: ...

class WebcastViewerPicksUpdateMessage(_message.Message):
    __slots__ = ("common", "update_type", "info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    update_type: int
    info: ViewerPicksInfo
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., update_type: _Optional[int] = ..., info: _Optional[_Union[ViewerPicksInfo, _Mapping]] = ...) -> None: ...

class AffiliatedInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AuditInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ClassInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GiftPickWithScore(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GoalPinInfo(_message.Message):
    __slots__ = ("pin", "unpin", "pin_end_time", "sub_goal_id", "sub_goal_id_str")
    PIN_FIELD_NUMBER: _ClassVar[int]
    UNPIN_FIELD_NUMBER: _ClassVar[int]
    PIN_END_TIME_FIELD_NUMBER: _ClassVar[int]
    SUB_GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    SUB_GOAL_ID_STR_FIELD_NUMBER: _ClassVar[int]
    pin: bool
    unpin: bool
    pin_end_time: int
    sub_goal_id: int
    sub_goal_id_str: str
    def __init__(self, pin: _Optional[bool] = ..., unpin: _Optional[bool] = ..., pin_end_time: _Optional[int] = ..., sub_goal_id: _Optional[int] = ..., sub_goal_id_str: _Optional[str] = ...) -> None: ...

class GoalReward(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GoalStats(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HourlyRankRewardInfo(_message.Message):
    __slots__ = ("user_id", "asset_id", "notify", "avatar_border")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ASSET_ID_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BORDER_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    asset_id: int
    notify: _gifts_pb2.WebcastRoomNotifyMessage
    avatar_border: _users_pb2.BorderInfo
    def __init__(self, user_id: _Optional[int] = ..., asset_id: _Optional[int] = ..., notify: _Optional[_Union[_gifts_pb2.WebcastRoomNotifyMessage, _Mapping]] = ..., avatar_border: _Optional[_Union[_users_pb2.BorderInfo, _Mapping]] = ...) -> None: ...

class LiveStreamGoal(_message.Message):
    __slots__ = ("id", "type", "status", "sub_goals", "description", "audit_status", "cycle_type", "start_time", "expire_time", "real_finish_time", "contributors", "contributors_length", "id_str", "audit_description", "stats", "goal_extra_info", "mode", "audit_info", "challenge_type", "is_uneditable", "goal_reward", "create_source")
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_GOALS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    CYCLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    REAL_FINISH_TIME_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTORS_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTORS_LENGTH_FIELD_NUMBER: _ClassVar[int]
    ID_STR_FIELD_NUMBER: _ClassVar[int]
    AUDIT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    GOAL_EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_UNEDITABLE_FIELD_NUMBER: _ClassVar[int]
    GOAL_REWARD_FIELD_NUMBER: _ClassVar[int]
    CREATE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    id: int
    type: int
    status: int
    sub_goals: _containers.RepeatedCompositeFieldContainer[LiveStreamSubGoal]
    description: str
    audit_status: int
    cycle_type: int
    start_time: int
    expire_time: int
    real_finish_time: int
    contributors: _containers.RepeatedCompositeFieldContainer[LiveStreamGoalContributor]
    contributors_length: int
    id_str: str
    audit_description: str
    stats: GoalStats
    goal_extra_info: str
    mode: int
    audit_info: AuditInfo
    challenge_type: str
    is_uneditable: bool
    goal_reward: GoalReward
    create_source: int
    def __init__(self, id: _Optional[int] = ..., type: _Optional[int] = ..., status: _Optional[int] = ..., sub_goals: _Optional[_Iterable[_Union[LiveStreamSubGoal, _Mapping]]] = ..., description: _Optional[str] = ..., audit_status: _Optional[int] = ..., cycle_type: _Optional[int] = ..., start_time: _Optional[int] = ..., expire_time: _Optional[int] = ..., real_finish_time: _Optional[int] = ..., contributors: _Optional[_Iterable[_Union[LiveStreamGoalContributor, _Mapping]]] = ..., contributors_length: _Optional[int] = ..., id_str: _Optional[str] = ..., audit_description: _Optional[str] = ..., stats: _Optional[_Union[GoalStats, _Mapping]] = ..., goal_extra_info: _Optional[str] = ..., mode: _Optional[int] = ..., audit_info: _Optional[_Union[AuditInfo, _Mapping]] = ..., challenge_type: _Optional[str] = ..., is_uneditable: _Optional[bool] = ..., goal_reward: _Optional[_Union[GoalReward, _Mapping]] = ..., create_source: _Optional[int] = ...) -> None: ...

class LiveStreamGoalContributor(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LiveStreamGoalIndicator(_message.Message):
    __slots__ = ("key", "op")
    KEY_FIELD_NUMBER: _ClassVar[int]
    OP_FIELD_NUMBER: _ClassVar[int]
    key: str
    op: int
    def __init__(self, key: _Optional[str] = ..., op: _Optional[int] = ...) -> None: ...

class LiveStreamSubGoal(_message.Message):
    __slots__ = ("type", "id", "progress", "target", "gift", "id_str", "pin_info", "source", "recommended_text", "recommended_header")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    ID_STR_FIELD_NUMBER: _ClassVar[int]
    PIN_INFO_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_TEXT_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_HEADER_FIELD_NUMBER: _ClassVar[int]
    type: int
    id: int
    progress: int
    target: int
    gift: LiveStreamSubGoalGift
    id_str: str
    pin_info: SubGoalPinInfo
    source: int
    recommended_text: str
    recommended_header: str
    def __init__(self, type: _Optional[int] = ..., id: _Optional[int] = ..., progress: _Optional[int] = ..., target: _Optional[int] = ..., gift: _Optional[_Union[LiveStreamSubGoalGift, _Mapping]] = ..., id_str: _Optional[str] = ..., pin_info: _Optional[_Union[SubGoalPinInfo, _Mapping]] = ..., source: _Optional[int] = ..., recommended_text: _Optional[str] = ..., recommended_header: _Optional[str] = ...) -> None: ...

class LiveStreamSubGoalGift(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PollBasicInfo(_message.Message):
    __slots__ = ("poll_sponsor", "gift_id", "title", "is_suggested_question", "user_cnt", "gift", "poll_id_str", "suggested_question_key", "poll_duration", "time_remain", "poll_index", "template_id")
    POLL_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    IS_SUGGESTED_QUESTION_FIELD_NUMBER: _ClassVar[int]
    USER_CNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    POLL_ID_STR_FIELD_NUMBER: _ClassVar[int]
    SUGGESTED_QUESTION_KEY_FIELD_NUMBER: _ClassVar[int]
    POLL_DURATION_FIELD_NUMBER: _ClassVar[int]
    TIME_REMAIN_FIELD_NUMBER: _ClassVar[int]
    POLL_INDEX_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    poll_sponsor: str
    gift_id: int
    title: str
    is_suggested_question: bool
    user_cnt: int
    gift: _gifts_pb2.Gift
    poll_id_str: str
    suggested_question_key: str
    poll_duration: int
    time_remain: int
    poll_index: int
    template_id: int
    def __init__(self, poll_sponsor: _Optional[str] = ..., gift_id: _Optional[int] = ..., title: _Optional[str] = ..., is_suggested_question: _Optional[bool] = ..., user_cnt: _Optional[int] = ..., gift: _Optional[_Union[_gifts_pb2.Gift, _Mapping]] = ..., poll_id_str: _Optional[str] = ..., suggested_question_key: _Optional[str] = ..., poll_duration: _Optional[int] = ..., time_remain: _Optional[int] = ..., poll_index: _Optional[int] = ..., template_id: _Optional[int] = ...) -> None: ...

class PollEndContent(_message.Message):
    __slots__ = ("end_type", "option_list", "operator")
    END_TYPE_FIELD_NUMBER: _ClassVar[int]
    OPTION_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    end_type: PollEndType
    option_list: _containers.RepeatedCompositeFieldContainer[PollOptionInfo]
    operator: _users_pb2.User
    def __init__(self, end_type: _Optional[_Union[PollEndType, str]] = ..., option_list: _Optional[_Iterable[_Union[PollOptionInfo, _Mapping]]] = ..., operator: _Optional[_Union[_users_pb2.User, _Mapping]] = ...) -> None: ...

class PollOptionInfo(_message.Message):
    __slots__ = ("votes", "display_content", "option_idx", "vote_user_list")
    VOTES_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    OPTION_IDX_FIELD_NUMBER: _ClassVar[int]
    VOTE_USER_LIST_FIELD_NUMBER: _ClassVar[int]
    votes: int
    display_content: str
    option_idx: int
    vote_user_list: _containers.RepeatedCompositeFieldContainer[VoteUser]
    def __init__(self, votes: _Optional[int] = ..., display_content: _Optional[str] = ..., option_idx: _Optional[int] = ..., vote_user_list: _Optional[_Iterable[_Union[VoteUser, _Mapping]]] = ...) -> None: ...

class PollStartContent(_message.Message):
    __slots__ = ("start_time", "end_time", "option_list", "title", "operator")
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    OPTION_LIST_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    start_time: int
    end_time: int
    option_list: _containers.RepeatedCompositeFieldContainer[PollOptionInfo]
    title: str
    operator: _users_pb2.User
    def __init__(self, start_time: _Optional[int] = ..., end_time: _Optional[int] = ..., option_list: _Optional[_Iterable[_Union[PollOptionInfo, _Mapping]]] = ..., title: _Optional[str] = ..., operator: _Optional[_Union[_users_pb2.User, _Mapping]] = ...) -> None: ...

class PollUpdateVotesContent(_message.Message):
    __slots__ = ("option_list", "operator")
    OPTION_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    option_list: _containers.RepeatedCompositeFieldContainer[PollOptionInfo]
    operator: _users_pb2.User
    def __init__(self, option_list: _Optional[_Iterable[_Union[PollOptionInfo, _Mapping]]] = ..., operator: _Optional[_Union[_users_pb2.User, _Mapping]] = ...) -> None: ...

class ProfileExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RankAnimationInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RankListTabInfo(_message.Message):
    __slots__ = ("tabs", "supported_version")
    TABS_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    tabs: _containers.RepeatedCompositeFieldContainer[RankTabInfo]
    supported_version: int
    def __init__(self, tabs: _Optional[_Iterable[_Union[RankTabInfo, _Mapping]]] = ..., supported_version: _Optional[int] = ...) -> None: ...

class RankTabInfo(_message.Message):
    __slots__ = ("rank_type", "title", "title_text", "list_lynx_type")
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TITLE_TEXT_FIELD_NUMBER: _ClassVar[int]
    LIST_LYNX_TYPE_FIELD_NUMBER: _ClassVar[int]
    rank_type: ProfitRankType
    title: str
    title_text: _common_pb2.Text
    list_lynx_type: int
    def __init__(self, rank_type: _Optional[_Union[ProfitRankType, str]] = ..., title: _Optional[str] = ..., title_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., list_lynx_type: _Optional[int] = ...) -> None: ...

class RankUpdate(_message.Message):
    __slots__ = ("rank_type", "own_rank", "default_content", "prompt", "show_entrance_animation", "countdown", "animation_info", "belong_type", "request_first_show_type", "supported_version", "owneronrank", "entranceicon", "affiliated_info", "class_info", "current_score", "list_schema")
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    OWN_RANK_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    SHOW_ENTRANCE_ANIMATION_FIELD_NUMBER: _ClassVar[int]
    COUNTDOWN_FIELD_NUMBER: _ClassVar[int]
    ANIMATION_INFO_FIELD_NUMBER: _ClassVar[int]
    BELONG_TYPE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIRST_SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    OWNERONRANK_FIELD_NUMBER: _ClassVar[int]
    ENTRANCEICON_FIELD_NUMBER: _ClassVar[int]
    AFFILIATED_INFO_FIELD_NUMBER: _ClassVar[int]
    CLASS_INFO_FIELD_NUMBER: _ClassVar[int]
    CURRENT_SCORE_FIELD_NUMBER: _ClassVar[int]
    LIST_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    rank_type: ProfitRankType
    own_rank: int
    default_content: _common_pb2.Text
    prompt: bytes
    show_entrance_animation: bool
    countdown: int
    animation_info: RankAnimationInfo
    belong_type: int
    request_first_show_type: ProfitRankType
    supported_version: int
    owneronrank: bool
    entranceicon: _users_pb2.ImageModel
    affiliated_info: AffiliatedInfo
    class_info: ClassInfo
    current_score: int
    list_schema: str
    def __init__(self, rank_type: _Optional[_Union[ProfitRankType, str]] = ..., own_rank: _Optional[int] = ..., default_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., prompt: _Optional[bytes] = ..., show_entrance_animation: _Optional[bool] = ..., countdown: _Optional[int] = ..., animation_info: _Optional[_Union[RankAnimationInfo, _Mapping]] = ..., belong_type: _Optional[int] = ..., request_first_show_type: _Optional[_Union[ProfitRankType, str]] = ..., supported_version: _Optional[int] = ..., owneronrank: _Optional[bool] = ..., entranceicon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., affiliated_info: _Optional[_Union[AffiliatedInfo, _Mapping]] = ..., class_info: _Optional[_Union[ClassInfo, _Mapping]] = ..., current_score: _Optional[int] = ..., list_schema: _Optional[str] = ...) -> None: ...

class RankUserEnigmaInfo(_message.Message):
    __slots__ = ("is_enigma_mask_on",)
    IS_ENIGMA_MASK_ON_FIELD_NUMBER: _ClassVar[int]
    is_enigma_mask_on: bool
    def __init__(self, is_enigma_mask_on: _Optional[bool] = ...) -> None: ...

class SubGoalPinCard(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SubGoalPinInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SubPinCard(_message.Message):
    __slots__ = ("time_to_live", "title", "desc", "image", "type", "id", "template_id", "goal_pin_card", "action_schema", "last_pin_timestamp", "extra_info", "highlight_text_num", "icons", "pin_source")
    TIME_TO_LIVE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_PIN_CARD_FIELD_NUMBER: _ClassVar[int]
    ACTION_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    LAST_PIN_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    HIGHLIGHT_TEXT_NUM_FIELD_NUMBER: _ClassVar[int]
    ICONS_FIELD_NUMBER: _ClassVar[int]
    PIN_SOURCE_FIELD_NUMBER: _ClassVar[int]
    time_to_live: int
    title: SubPinCardText
    desc: SubPinCardText
    image: _users_pb2.ImageModel
    type: PinCardType
    id: int
    template_id: int
    goal_pin_card: SubGoalPinCard
    action_schema: str
    last_pin_timestamp: int
    extra_info: SubPinCardExtra
    highlight_text_num: int
    icons: _containers.RepeatedCompositeFieldContainer[_users_pb2.ImageModel]
    pin_source: int
    def __init__(self, time_to_live: _Optional[int] = ..., title: _Optional[_Union[SubPinCardText, _Mapping]] = ..., desc: _Optional[_Union[SubPinCardText, _Mapping]] = ..., image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., type: _Optional[_Union[PinCardType, str]] = ..., id: _Optional[int] = ..., template_id: _Optional[int] = ..., goal_pin_card: _Optional[_Union[SubGoalPinCard, _Mapping]] = ..., action_schema: _Optional[str] = ..., last_pin_timestamp: _Optional[int] = ..., extra_info: _Optional[_Union[SubPinCardExtra, _Mapping]] = ..., highlight_text_num: _Optional[int] = ..., icons: _Optional[_Iterable[_Union[_users_pb2.ImageModel, _Mapping]]] = ..., pin_source: _Optional[int] = ...) -> None: ...

class SubPinCardExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SubPinCardText(_message.Message):
    __slots__ = ("type", "content")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    type: SubPinCardTextType
    content: str
    def __init__(self, type: _Optional[_Union[SubPinCardTextType, str]] = ..., content: _Optional[str] = ...) -> None: ...

class TemplateContent(_message.Message):
    __slots__ = ("template_id", "template_id_str", "status", "poll_kind", "appeal_status", "violation_id_str")
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_STR_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    POLL_KIND_FIELD_NUMBER: _ClassVar[int]
    APPEAL_STATUS_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_ID_STR_FIELD_NUMBER: _ClassVar[int]
    template_id: int
    template_id_str: str
    status: PollTemplateStatus
    poll_kind: PollKind
    appeal_status: PollAppealStatus
    violation_id_str: str
    def __init__(self, template_id: _Optional[int] = ..., template_id_str: _Optional[str] = ..., status: _Optional[_Union[PollTemplateStatus, str]] = ..., poll_kind: _Optional[_Union[PollKind, str]] = ..., appeal_status: _Optional[_Union[PollAppealStatus, str]] = ..., violation_id_str: _Optional[str] = ...) -> None: ...

class UnionAnimationInfo(_message.Message):
    __slots__ = ("union_type", "rank_type_array", "supported_version")
    UNION_TYPE_FIELD_NUMBER: _ClassVar[int]
    RANK_TYPE_ARRAY_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    union_type: UnionAnimationInfoType
    rank_type_array: _containers.RepeatedScalarFieldContainer[int]
    supported_version: int
    def __init__(self, union_type: _Optional[_Union[UnionAnimationInfoType, str]] = ..., rank_type_array: _Optional[_Iterable[int]] = ..., supported_version: _Optional[int] = ...) -> None: ...

class ValidRanks(_message.Message):
    __slots__ = ("is_effect", "rank_types")
    IS_EFFECT_FIELD_NUMBER: _ClassVar[int]
    RANK_TYPES_FIELD_NUMBER: _ClassVar[int]
    is_effect: bool
    rank_types: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, is_effect: _Optional[bool] = ..., rank_types: _Optional[_Iterable[int]] = ...) -> None: ...

class ViewerPickAnchorParam(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ViewerPicksHeaderImage(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ViewerPicksInfo(_message.Message):
    __slots__ = ("viewer_picks_id", "gift_pick_list", "status", "round_duration_sec", "start_time_ms", "end_time_ms", "has_duration", "has_score", "enable_auto_restart", "started_from_auto_restart", "viewer_picks_id_str", "display_mode", "scene", "header_image", "anchor_param", "extra", "started_from_auto_start")
    VIEWER_PICKS_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_PICK_LIST_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ROUND_DURATION_SEC_FIELD_NUMBER: _ClassVar[int]
    START_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    HAS_DURATION_FIELD_NUMBER: _ClassVar[int]
    HAS_SCORE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_AUTO_RESTART_FIELD_NUMBER: _ClassVar[int]
    STARTED_FROM_AUTO_RESTART_FIELD_NUMBER: _ClassVar[int]
    VIEWER_PICKS_ID_STR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_MODE_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    HEADER_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_PARAM_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    STARTED_FROM_AUTO_START_FIELD_NUMBER: _ClassVar[int]
    viewer_picks_id: int
    gift_pick_list: _containers.RepeatedCompositeFieldContainer[GiftPickWithScore]
    status: int
    round_duration_sec: int
    start_time_ms: int
    end_time_ms: int
    has_duration: bool
    has_score: bool
    enable_auto_restart: bool
    started_from_auto_restart: bool
    viewer_picks_id_str: str
    display_mode: int
    scene: int
    header_image: ViewerPicksHeaderImage
    anchor_param: ViewerPickAnchorParam
    extra: ProfileExtra
    started_from_auto_start: bool
    def __init__(self, viewer_picks_id: _Optional[int] = ..., gift_pick_list: _Optional[_Iterable[_Union[GiftPickWithScore, _Mapping]]] = ..., status: _Optional[int] = ..., round_duration_sec: _Optional[int] = ..., start_time_ms: _Optional[int] = ..., end_time_ms: _Optional[int] = ..., has_duration: _Optional[bool] = ..., has_score: _Optional[bool] = ..., enable_auto_restart: _Optional[bool] = ..., started_from_auto_restart: _Optional[bool] = ..., viewer_picks_id_str: _Optional[str] = ..., display_mode: _Optional[int] = ..., scene: _Optional[int] = ..., header_image: _Optional[_Union[ViewerPicksHeaderImage, _Mapping]] = ..., anchor_param: _Optional[_Union[ViewerPickAnchorParam, _Mapping]] = ..., extra: _Optional[_Union[ProfileExtra, _Mapping]] = ..., started_from_auto_start: _Optional[bool] = ...) -> None: ...

class VoteUser(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
