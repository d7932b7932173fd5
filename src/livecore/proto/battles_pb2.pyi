from livecore.proto import users_pb2 as _users_pb2
from livecore.proto import common_pb2 as _common_pb2
from livecore.proto import room_pb2 as _room_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AgreeStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGREE_STATUS_AGREE_UNKNOWN: _ClassVar[AgreeStatus]
    AGREE_STATUS_AGREE: _ClassVar[AgreeStatus]
    AGREE_STATUS_REJECT: _ClassVar[AgreeStatus]

class BattleCardMsgType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_CARD_MSG_TYPE_UNKNOWN_CARD_ACTION: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_CARD_OBTAIN_GUIDE: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_CRITICAL_STRIKE_CARD: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_SMOKE_CARD: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_AWARD_CARD_NOTICE: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_EXTRA_TIME_CARD: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_SPECIAL_EFFECT_CARD: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_POTION_CARD: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_WAVE_CARD: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_SPECIAL_EFFECT_NOTICE: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_TOP_2_CARD: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_TOP_3_CARD: _ClassVar[BattleCardMsgType]
    BATTLE_CARD_MSG_TYPE_USE_VAULT_GLOVE_CARD: _ClassVar[BattleCardMsgType]

class BattleInviteType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_INVITE_TYPE_NORMAL: _ClassVar[BattleInviteType]
    BATTLE_INVITE_TYPE_AGAIN: _ClassVar[BattleInviteType]
    BATTLE_INVITE_TYPE_TEAM_PAIR_INVITE_R: _ClassVar[BattleInviteType]
    BATTLE_INVITE_TYPE_TEAM_PAIR_QUICK_RECOMMEND_COHOST_INVITEE: _ClassVar[BattleInviteType]
    BATTLE_INVITE_TYPE_TEAM_PAIR_QUICK_RECOMMEND_SOLO_INVITEE: _ClassVar[BattleInviteType]

class BattleResultResult(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_RESULT_RESULT_WIN: _ClassVar[BattleResultResult]
    BATTLE_RESULT_RESULT_LOSE: _ClassVar[BattleResultResult]
    BATTLE_RESULT_RESULT_DRAW: _ClassVar[BattleResultResult]

class BattleRewardSettleRewardStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_REWARD_SETTLE_REWARD_STATUS_REWARD_STATUS_SUCCEED: _ClassVar[BattleRewardSettleRewardStatus]
    BATTLE_REWARD_SETTLE_REWARD_STATUS_REWARD_STATUS_FAILED: _ClassVar[BattleRewardSettleRewardStatus]

class BattleScene(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_SCENE_NORMAL: _ClassVar[BattleScene]
    BATTLE_SCENE_TEAM_PAIR: _ClassVar[BattleScene]

class BattleSettingsBattleStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_NOT_STARTED: _ClassVar[BattleSettingsBattleStatus]
    BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_STARTED: _ClassVar[BattleSettingsBattleStatus]
    BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_FINISHED: _ClassVar[BattleSettingsBattleStatus]
    BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_PUNISH_STARTED: _ClassVar[BattleSettingsBattleStatus]
    BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_PUNISH_FINISHED: _ClassVar[BattleSettingsBattleStatus]

class BattleTaskMessageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_TASK_MESSAGE_TYPE_START: _ClassVar[BattleTaskMessageType]
    BATTLE_TASK_MESSAGE_TYPE_TASK_UPDATE: _ClassVar[BattleTaskMessageType]
    BATTLE_TASK_MESSAGE_TYPE_TASK_SETTLE: _ClassVar[BattleTaskMessageType]
    BATTLE_TASK_MESSAGE_TYPE_REWARD_SETTLE: _ClassVar[BattleTaskMessageType]

class BattleTaskSettleResult(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_TASK_SETTLE_RESULT_SUCCEED: _ClassVar[BattleTaskSettleResult]
    BATTLE_TASK_SETTLE_RESULT_FAILED: _ClassVar[BattleTaskSettleResult]
    BATTLE_TASK_SETTLE_RESULT_BOTH_SUCCEED: _ClassVar[BattleTaskSettleResult]

class BattleType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BATTLE_TYPE_UNKNOWN_BATTLE_TYPE: _ClassVar[BattleType]
    BATTLE_TYPE_NORMAL_BATTLE: _ClassVar[BattleType]
    BATTLE_TYPE_TEAM_BATTLE: _ClassVar[BattleType]
    BATTLE_TYPE_INDIVIDUAL_BATTLE: _ClassVar[BattleType]
    BATTLE_TYPE_NUM_1_VN: _ClassVar[BattleType]
    BATTLE_TYPE_TAKE_THE_STAGE: _ClassVar[BattleType]
    BATTLE_TYPE_GROUP_SHOW: _ClassVar[BattleType]
    BATTLE_TYPE_BEANS: _ClassVar[BattleType]
    BATTLE_TYPE_GROUP_RANK_LIST: _ClassVar[BattleType]

class CohostLayoutMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COHOST_LAYOUT_MODE_NORMAL: _ClassVar[CohostLayoutMode]
    COHOST_LAYOUT_MODE_SCREEN_SHARE: _ClassVar[CohostLayoutMode]

class DetailBlockReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DETAIL_BLOCK_REASON_BLOCK_REASON_NONE: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_LINKMIC: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_MULTI_HOST_FULL: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_COHOST_LINKMIC: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_DEAL_OTHER_INVITE: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_DEAL_OTHER_APPLY: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_PK_STATUS: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_SELF_IN_PK_STATUS: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_COHOST_INVITE_APPLY: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_AUDIENCE_LINKMIC: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_WAITING_AUTO_MATCH: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_INVITE_NEED_TO_JOIN: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_JOIN_NEED_TO_INVITE: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_TAKE_THE_STAGE_STATUS: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_SELF_IN_TAKE_THE_STAGE_STATUS: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_CATCH_BEANS: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_SELF_IN_CATCH_BEANS: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_JOINING_LAST_SEAT: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_COHOST_X_MULTIGUEST: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_SELF_IN_COHOST_X_MULTIGUEST: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_NO_LINKMIC_PERMISSION: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_SETTING_CLOSED: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_NOT_FOLLOWER: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_BLOCK_INVITATION_OF_LIVE: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_FRIEND_INVITE: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_FRIEND_APPLY: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_NOT_FRIEND_INVITE: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_NOT_FRIEND_APPLY: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_BLOCK_INVITATION_OF_MULTI_HOST: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_BLOCK_APPLY_OF_MULTI_HOST: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ROOM_PAUSED: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_LIVE_TYPE_AUDIO: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ROOM_INTERACTION_CONFLICT: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_RIVAL_VERSION_NOT_SUPPORT: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_SELF_VERSION_NOT_SUPPORT: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_MATURE_THEME_MISMATCH: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_SELF_IN_OFFICIAL_CHANNEL: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_RIVAL_IN_OFFICIAL_CHANNEL: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_OFFICIAL_BACKUP_CHANNEL: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_RIVAL_RESERVE_FULL: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_NOT_LIVING: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_IS_SELF: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_PRIVATE_ROOM: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_BLOCKED_BY_RIVAL: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_SELF_BLOCKED_RIVAL: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_VIEWER_REGION_NOT_SUPPORT: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_SUBSCRIBER_ROOM: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_REGIONAL_BLOCK: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_PENALTY_BANNED: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_BLOCK_PROGRAM_LIVE_TAB_ROOM: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_USER_NOT_ONLINE: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_IN_LIVE_STUDIO: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ANCHOR_NO_FEATURE_ACCESS: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_NETWORK_ERROR: _ClassVar[DetailBlockReason]
    DETAIL_BLOCK_REASON_ROOM_FILTER_ERROR: _ClassVar[DetailBlockReason]

class GiftPermissionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GIFT_PERMISSION_TYPE_UNKNOWN_TYPE: _ClassVar[GiftPermissionType]
    GIFT_PERMISSION_TYPE_NO_GIFT_PERMISSION: _ClassVar[GiftPermissionType]
    GIFT_PERMISSION_TYPE_ANCHOR_CLOSE: _ClassVar[GiftPermissionType]
    GIFT_PERMISSION_TYPE_HAS_GIFT_PERMISSION: _ClassVar[GiftPermissionType]
    GIFT_PERMISSION_TYPE_ANCHOR_BANNED: _ClassVar[GiftPermissionType]

class GuestMicCameraChangeScene(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GUEST_MIC_CAMERA_CHANGE_SCENE_CHANGE_SCENE_UNKNOWN: _ClassVar[GuestMicCameraChangeScene]
    GUEST_MIC_CAMERA_CHANGE_SCENE_LIVE_SHOW_BY_ANCHOR_AUTO: _ClassVar[GuestMicCameraChangeScene]
    GUEST_MIC_CAMERA_CHANGE_SCENE_LIVE_SHOW_BY_SERVER_NORMAL: _ClassVar[GuestMicCameraChangeScene]
    GUEST_MIC_CAMERA_CHANGE_SCENE_LIVE_SHOW_BY_SHOW_END: _ClassVar[GuestMicCameraChangeScene]
    GUEST_MIC_CAMERA_CHANGE_SCENE_COHOST_WITH_GUEST: _ClassVar[GuestMicCameraChangeScene]

class GuestMicCameraManageOp(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GUEST_MIC_CAMERA_MANAGE_OP_OPEN_MIC: _ClassVar[GuestMicCameraManageOp]
    GUEST_MIC_CAMERA_MANAGE_OP_OPEN_CAMERA: _ClassVar[GuestMicCameraManageOp]
    GUEST_MIC_CAMERA_MANAGE_OP_CLOSE_MIC: _ClassVar[GuestMicCameraManageOp]
    GUEST_MIC_CAMERA_MANAGE_OP_CLOSE_CAMERA: _ClassVar[GuestMicCameraManageOp]
    GUEST_MIC_CAMERA_MANAGE_OP_CLOSE_MIC_PUNISH: _ClassVar[GuestMicCameraManageOp]

class IceShowdownSetting(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ICE_SHOWDOWN_SETTING_ICE_SHOWDOWN_OFF: _ClassVar[IceShowdownSetting]
    ICE_SHOWDOWN_SETTING_ICE_SHOWDOWN_MANUAL: _ClassVar[IceShowdownSetting]
    ICE_SHOWDOWN_SETTING_ICE_SHOWDOWN_SYSTEM: _ClassVar[IceShowdownSetting]

class JoinType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    JOIN_TYPE_UNKNOWN: _ClassVar[JoinType]
    JOIN_TYPE_CHANNEL_APPLY: _ClassVar[JoinType]
    JOIN_TYPE_CHANNEL_INVITE: _ClassVar[JoinType]
    JOIN_TYPE_GROUP_APPLY: _ClassVar[JoinType]
    JOIN_TYPE_GROUP_APPLY_FOLLOW: _ClassVar[JoinType]
    JOIN_TYPE_GROUP_INVITE: _ClassVar[JoinType]
    JOIN_TYPE_GROUP_INVITE_FOLLOW: _ClassVar[JoinType]
    JOIN_TYPE_GROUP_OWNER_JOIN: _ClassVar[JoinType]

class KickoutReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    KICKOUT_REASON_UNKNOWN: _ClassVar[KickoutReason]
    KICKOUT_REASON_FIRST_FRAME_TIME_OUT: _ClassVar[KickoutReason]
    KICKOUT_REASON_BY_HOST: _ClassVar[KickoutReason]
    KICKOUT_REASON_RTC_LOST_CONNECTION: _ClassVar[KickoutReason]
    KICKOUT_REASON_BY_PUNISH: _ClassVar[KickoutReason]
    KICKOUT_REASON_BY_ADMIN: _ClassVar[KickoutReason]
    KICKOUT_REASON_HOST_REMOVE_ALL_GUESTS: _ClassVar[KickoutReason]
    KICKOUT_REASON_ENIGMA_EXPIRE: _ClassVar[KickoutReason]

class LinkLayerMessageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINK_LAYER_MESSAGE_TYPE_LINKER_UNKNOWN: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_CREATE: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_INVITE: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_APPLY: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_PERMIT: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_REPLY: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_KICK_OUT: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_CANCEL_APPLY: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_CANCEL_INVITE: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_LEAVE: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_FINISH: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_LIST_CHANGE: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_JOIN_DIRECT: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_JOIN_GROUP: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_PERMIT_GROUP: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_CANCEL_GROUP: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_LEAVE_GROUP: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_P_2_P_GROUP_CHANGE: _ClassVar[LinkLayerMessageType]
    LINK_LAYER_MESSAGE_TYPE_LINKER_GROUP_CHANGE: _ClassVar[LinkLayerMessageType]

class LinkMicArmiesTriggerReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINK_MIC_ARMIES_TRIGGER_REASON_UNKNOWN: _ClassVar[LinkMicArmiesTriggerReason]
    LINK_MIC_ARMIES_TRIGGER_REASON_SCORE_UPDATE: _ClassVar[LinkMicArmiesTriggerReason]
    LINK_MIC_ARMIES_TRIGGER_REASON_BATTLE_END: _ClassVar[LinkMicArmiesTriggerReason]
    LINK_MIC_ARMIES_TRIGGER_REASON_OPT_OUT_UPDATE: _ClassVar[LinkMicArmiesTriggerReason]
    LINK_MIC_ARMIES_TRIGGER_REASON_KEEP_ALIVE: _ClassVar[LinkMicArmiesTriggerReason]
    LINK_MIC_ARMIES_TRIGGER_REASON_EFFECT_UPDATE: _ClassVar[LinkMicArmiesTriggerReason]

class LinkMicBattleBattleAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINK_MIC_BATTLE_BATTLE_ACTION_UNKNOWN: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_INVITE: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_REJECT: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_CANCEL: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_OPEN: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_FINISH: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_CUT_SHORT: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_ACCEPT: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_QUIT_APPLY: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_DECLINE_QUIT: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_DECLINE_OFF_QUIT: _ClassVar[LinkMicBattleBattleAction]
    LINK_MIC_BATTLE_BATTLE_ACTION_LEAVE_LINKMIC: _ClassVar[LinkMicBattleBattleAction]

class LinkMicBattlePunishFinishReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINK_MIC_BATTLE_PUNISH_FINISH_REASON_TIME_UP: _ClassVar[LinkMicBattlePunishFinishReason]
    LINK_MIC_BATTLE_PUNISH_FINISH_REASON_CUT_SHORT: _ClassVar[LinkMicBattlePunishFinishReason]

class LinkerMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINKER_MODE_UNKNOWN: _ClassVar[LinkerMode]
    LINKER_MODE_INNER: _ClassVar[LinkerMode]
    LINKER_MODE_CROSS: _ClassVar[LinkerMode]
    LINKER_MODE_MIXED: _ClassVar[LinkerMode]

class LinkmicMultiLiveEnum(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINKMIC_MULTI_LIVE_ENUM_DEFAULT: _ClassVar[LinkmicMultiLiveEnum]
    LINKMIC_MULTI_LIVE_ENUM_ANCHOR_USE_NEW_LAYOUT: _ClassVar[LinkmicMultiLiveEnum]

class LinkmicPlayType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINKMIC_PLAY_TYPE_PLAY_TYPE_INVITE: _ClassVar[LinkmicPlayType]
    LINKMIC_PLAY_TYPE_PLAY_TYPE_APPLY: _ClassVar[LinkmicPlayType]
    LINKMIC_PLAY_TYPE_PLAY_TYPE_RESERVE: _ClassVar[LinkmicPlayType]
    LINKMIC_PLAY_TYPE_PLAY_TYPE_OFF_LIVE: _ClassVar[LinkmicPlayType]
    LINKMIC_PLAY_TYPE_PLAY_TYPE_OFFLINE: _ClassVar[LinkmicPlayType]

class LinkmicReplyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINKMIC_REPLY_TYPE_RT_UNKNOWN: _ClassVar[LinkmicReplyType]
    LINKMIC_REPLY_TYPE_RT_AGREE: _ClassVar[LinkmicReplyType]
    LINKMIC_REPLY_TYPE_RT_REJECT: _ClassVar[LinkmicReplyType]

class MatchGameplayOption(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MATCH_GAMEPLAY_OPTION_MATCH_OPTION_UNKNOWN: _ClassVar[MatchGameplayOption]
    MATCH_GAMEPLAY_OPTION_MATCH_OPTION_SPECIFIC_GIFT: _ClassVar[MatchGameplayOption]
    MATCH_GAMEPLAY_OPTION_MATCH_OPTION_ICE_SHOWDOWN: _ClassVar[MatchGameplayOption]

class MediaState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEDIA_STATE_MEDIA_UNDEFINED: _ClassVar[MediaState]
    MEDIA_STATE_MEDIA_NORMAL: _ClassVar[MediaState]
    MEDIA_STATE_MEDIA_MUTED: _ClassVar[MediaState]
    MEDIA_STATE_MEDIA_UN_MUTE_OCCUPIED: _ClassVar[MediaState]
    MEDIA_STATE_MEDIA_MUTED_OCCUPIED: _ClassVar[MediaState]

class MuteStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MUTE_STATUS_MUTE: _ClassVar[MuteStatus]
    MUTE_STATUS_UN_MUTE: _ClassVar[MuteStatus]

class NetworkState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NETWORK_STATE_STATE_NETWORK_UNDEFINED: _ClassVar[NetworkState]
    NETWORK_STATE_STATE_NETWORK_EXCELLENT: _ClassVar[NetworkState]
    NETWORK_STATE_STATE_NETWORK_GOOD: _ClassVar[NetworkState]
    NETWORK_STATE_STATE_NETWORK_POOR: _ClassVar[NetworkState]
    NETWORK_STATE_STATE_NETWORK_BAD: _ClassVar[NetworkState]
    NETWORK_STATE_STATE_NETWORK_VBAD: _ClassVar[NetworkState]
    NETWORK_STATE_STATE_NETWORK_DOWN: _ClassVar[NetworkState]

class OnlineUserState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ONLINE_USER_STATE_STATE_UNDEFINED: _ClassVar[OnlineUserState]
    ONLINE_USER_STATE_STATE_NORMAL: _ClassVar[OnlineUserState]
    ONLINE_USER_STATE_STATE_PAUSED: _ClassVar[OnlineUserState]

class PlayScene(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PLAY_SCENE_UNKNOWN: _ClassVar[PlayScene]
    PLAY_SCENE_COUNTDOWN_FOR_ALL: _ClassVar[PlayScene]
    PLAY_SCENE_COUNTDOWN_FOR_SINGLE: _ClassVar[PlayScene]
    PLAY_SCENE_LIVE_SHOW: _ClassVar[PlayScene]
    PLAY_SCENE_AIGC: _ClassVar[PlayScene]
    PLAY_SCENE_KARAOKE: _ClassVar[PlayScene]
    PLAY_SCENE_DRAW_GUESS: _ClassVar[PlayScene]
    PLAY_SCENE_ENLARGE_GRID: _ClassVar[PlayScene]
    PLAY_SCENE_GIFT_PRIORITY_LINK: _ClassVar[PlayScene]
    PLAY_SCENE_GIFT_THRESHOLD_LINK: _ClassVar[PlayScene]
    PLAY_SCENE_NOTICE_BOARD: _ClassVar[PlayScene]
    PLAY_SCENE_PLAY_BOOK: _ClassVar[PlayScene]
    PLAY_SCENE_GUEST_SHOWDOWN: _ClassVar[PlayScene]

class PosIdentityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POS_IDENTITY_TYPE_IDENTITY_EMPTY_SLOT: _ClassVar[PosIdentityType]
    POS_IDENTITY_TYPE_IDENTITY_RTC_USER_ID: _ClassVar[PosIdentityType]
    POS_IDENTITY_TYPE_IDENTITY_RTC_STREAM_ID: _ClassVar[PosIdentityType]
    POS_IDENTITY_TYPE_IDENTITY_LIVE_USER_ID: _ClassVar[PosIdentityType]

class RivalExtraInfoAnchorLayer(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RIVAL_EXTRA_INFO_ANCHOR_LAYER_ANCHOR_LAYER_UNKNOWN: _ClassVar[RivalExtraInfoAnchorLayer]
    RIVAL_EXTRA_INFO_ANCHOR_LAYER_ANCHOR_LAYER_TOP: _ClassVar[RivalExtraInfoAnchorLayer]
    RIVAL_EXTRA_INFO_ANCHOR_LAYER_ANCHOR_LAYER_SMALL: _ClassVar[RivalExtraInfoAnchorLayer]

class RivalExtraInfoInviteBlockReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_NONE: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_IS_LINKING: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_INVITATION_DENIED: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_PERMISSION_DENIED: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_LOW_CLIENT_VERSION: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_ROOM_PAUSED: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_LINKMIC_FULL: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_MATURE_THEME_NOT_MATCH: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_RESERVE_FULL: _ClassVar[RivalExtraInfoInviteBlockReason]
    RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_REGIONAL_BLOCK: _ClassVar[RivalExtraInfoInviteBlockReason]

class RivalExtraInfoTextType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RIVAL_EXTRA_INFO_TEXT_TYPE_TEXT_TYPE_UNKNOWN: _ClassVar[RivalExtraInfoTextType]
    RIVAL_EXTRA_INFO_TEXT_TYPE_CURRO_OMF_AN_TICKET: _ClassVar[RivalExtraInfoTextType]
    RIVAL_EXTRA_INFO_TEXT_TYPE_TOTAL_DIAMOND_COUNT: _ClassVar[RivalExtraInfoTextType]
    RIVAL_EXTRA_INFO_TEXT_TYPE_DISTANCE: _ClassVar[RivalExtraInfoTextType]
    RIVAL_EXTRA_INFO_TEXT_TYPE_DISTANCE_CITY: _ClassVar[RivalExtraInfoTextType]

class RtcConnectionState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RTC_CONNECTION_STATE_STATE_RTC_UNDEFINED: _ClassVar[RtcConnectionState]
    RTC_CONNECTION_STATE_STATE_RTC_NORMAL: _ClassVar[RtcConnectionState]
    RTC_CONNECTION_STATE_STATE_RTC_DISCONNECT: _ClassVar[RtcConnectionState]

class Scene(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SCENE_UNKNOWN: _ClassVar[Scene]
    SCENE_CO_HOST: _ClassVar[Scene]
    SCENE_MULTI_LIVE: _ClassVar[Scene]

class ScoreType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SCORE_TYPE_UNKNOWN: _ClassVar[ScoreType]
    SCORE_TYPE_ALL_FAN_TICKET: _ClassVar[ScoreType]
    SCORE_TYPE_PLAY_SCORE: _ClassVar[ScoreType]

class StateType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STATE_TYPE_STATE_INVALID: _ClassVar[StateType]
    STATE_TYPE_STATE_LAYOUT: _ClassVar[StateType]
    STATE_TYPE_STATE_ONLINE_USER_STATE: _ClassVar[StateType]
    STATE_TYPE_STATE_AUDIO_MUTE: _ClassVar[StateType]
    STATE_TYPE_STATE_VIDEO_MUTE: _ClassVar[StateType]
    STATE_TYPE_STATE_RTC_CONNECTION: _ClassVar[StateType]
    STATE_TYPE_STATE_NETWORK: _ClassVar[StateType]
    STATE_TYPE_STATE_BACKGROUND_IMAGE: _ClassVar[StateType]
    STATE_TYPE_STATE_SCREEN_ORIENTATION: _ClassVar[StateType]
    STATE_TYPE_STATE_AVATAR_ID: _ClassVar[StateType]
    STATE_TYPE_STATE_AUDIO_MUTE_CHANNELS: _ClassVar[StateType]
    STATE_TYPE_STATE_REQ_BATCH_CHANGE: _ClassVar[StateType]
AGREE_STATUS_AGREE_UNKNOWN: AgreeStatus
AGREE_STATUS_AGREE: AgreeStatus
AGREE_STATUS_REJECT: AgreeStatus
BATTLE_CARD_MSG_TYPE_UNKNOWN_CARD_ACTION: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_CARD_OBTAIN_GUIDE: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_CRITICAL_STRIKE_CARD: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_SMOKE_CARD: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_AWARD_CARD_NOTICE: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_EXTRA_TIME_CARD: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_SPECIAL_EFFECT_CARD: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_POTION_CARD: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_WAVE_CARD: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_SPECIAL_EFFECT_NOTICE: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_TOP_2_CARD: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_TOP_3_CARD: BattleCardMsgType
BATTLE_CARD_MSG_TYPE_USE_VAULT_GLOVE_CARD: BattleCardMsgType
BATTLE_INVITE_TYPE_NORMAL: BattleInviteType
BATTLE_INVITE_TYPE_AGAIN: BattleInviteType
BATTLE_INVITE_TYPE_TEAM_PAIR_INVITE_R: BattleInviteType
BATTLE_INVITE_TYPE_TEAM_PAIR_QUICK_RECOMMEND_COHOST_INVITEE: BattleInviteType
BATTLE_INVITE_TYPE_TEAM_PAIR_QUICK_RECOMMEND_SOLO_INVITEE: BattleInviteType
BATTLE_RESULT_RESULT_WIN: BattleResultResult
BATTLE_RESULT_RESULT_LOSE: BattleResultResult
BATTLE_RESULT_RESULT_DRAW: BattleResultResult
BATTLE_REWARD_SETTLE_REWARD_STATUS_REWARD_STATUS_SUCCEED: BattleRewardSettleRewardStatus
BATTLE_REWARD_SETTLE_REWARD_STATUS_REWARD_STATUS_FAILED: BattleRewardSettleRewardStatus
BATTLE_SCENE_NORMAL: BattleScene
BATTLE_SCENE_TEAM_PAIR: BattleScene
BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_NOT_STARTED: BattleSettingsBattleStatus
BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_STARTED: BattleSettingsBattleStatus
BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_FINISHED: BattleSettingsBattleStatus
BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_PUNISH_STARTED: BattleSettingsBattleStatus
BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_PUNISH_FINISHED: BattleSettingsBattleStatus
BATTLE_TASK_MESSAGE_TYPE_START: BattleTaskMessageType
BATTLE_TASK_MESSAGE_TYPE_TASK_UPDATE: BattleTaskMessageType
BATTLE_TASK_MESSAGE_TYPE_TASK_SETTLE: BattleTaskMessageType
BATTLE_TASK_MESSAGE_TYPE_REWARD_SETTLE: BattleTaskMessageType
BATTLE_TASK_SETTLE_RESULT_SUCCEED: BattleTaskSettleResult
BATTLE_TASK_SETTLE_RESULT_FAILED: BattleTaskSettleResult
BATTLE_TASK_SETTLE_RESULT_BOTH_SUCCEED: BattleTaskSettleResult
BATTLE_TYPE_UNKNOWN_BATTLE_TYPE: BattleType
BATTLE_TYPE_NORMAL_BATTLE: BattleType
BATTLE_TYPE_TEAM_BATTLE: BattleType
BATTLE_TYPE_INDIVIDUAL_BATTLE: BattleType
BATTLE_TYPE_NUM_1_VN: BattleType
BATTLE_TYPE_TAKE_THE_STAGE: BattleType
BATTLE_TYPE_GROUP_SHOW: BattleType
BATTLE_TYPE_BEANS: BattleType
BATTLE_TYPE_GROUP_RANK_LIST: BattleType
COHOST_LAYOUT_MODE_NORMAL: CohostLayoutMode
COHOST_LAYOUT_MODE_SCREEN_SHARE: CohostLayoutMode
DETAIL_BLOCK_REASON_BLOCK_REASON_NONE: DetailBlockReason
DETAIL_BLOCK_REASON_IN_LINKMIC: DetailBlockReason
DETAIL_BLOCK_REASON_MULTI_HOST_FULL: DetailBlockReason
DETAIL_BLOCK_REASON_IN_COHOST_LINKMIC: DetailBlockReason
DETAIL_BLOCK_REASON_DEAL_OTHER_INVITE: DetailBlockReason
DETAIL_BLOCK_REASON_DEAL_OTHER_APPLY: DetailBlockReason
DETAIL_BLOCK_REASON_IN_PK_STATUS: DetailBlockReason
DETAIL_BLOCK_REASON_SELF_IN_PK_STATUS: DetailBlockReason
DETAIL_BLOCK_REASON_IN_COHOST_INVITE_APPLY: DetailBlockReason
DETAIL_BLOCK_REASON_IN_AUDIENCE_LINKMIC: DetailBlockReason
DETAIL_BLOCK_REASON_WAITING_AUTO_MATCH: DetailBlockReason
DETAIL_BLOCK_REASON_INVITE_NEED_TO_JOIN: DetailBlockReason
DETAIL_BLOCK_REASON_JOIN_NEED_TO_INVITE: DetailBlockReason
DETAIL_BLOCK_REASON_IN_TAKE_THE_STAGE_STATUS: DetailBlockReason
DETAIL_BLOCK_REASON_SELF_IN_TAKE_THE_STAGE_STATUS: DetailBlockReason
DETAIL_BLOCK_REASON_IN_CATCH_BEANS: DetailBlockReason
DETAIL_BLOCK_REASON_SELF_IN_CATCH_BEANS: DetailBlockReason
DETAIL_BLOCK_REASON_JOINING_LAST_SEAT: DetailBlockReason
DETAIL_BLOCK_REASON_IN_COHOST_X_MULTIGUEST: DetailBlockReason
DETAIL_BLOCK_REASON_SELF_IN_COHOST_X_MULTIGUEST: DetailBlockReason
DETAIL_BLOCK_REASON_NO_LINKMIC_PERMISSION: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_SETTING_CLOSED: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_NOT_FOLLOWER: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_BLOCK_INVITATION_OF_LIVE: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_FRIEND_INVITE: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_FRIEND_APPLY: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_NOT_FRIEND_INVITE: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_REFUSE_NOT_FRIEND_APPLY: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_BLOCK_INVITATION_OF_MULTI_HOST: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_LINKMIC_BLOCK_APPLY_OF_MULTI_HOST: DetailBlockReason
DETAIL_BLOCK_REASON_ROOM_PAUSED: DetailBlockReason
DETAIL_BLOCK_REASON_LIVE_TYPE_AUDIO: DetailBlockReason
DETAIL_BLOCK_REASON_ROOM_INTERACTION_CONFLICT: DetailBlockReason
DETAIL_BLOCK_REASON_RIVAL_VERSION_NOT_SUPPORT: DetailBlockReason
DETAIL_BLOCK_REASON_SELF_VERSION_NOT_SUPPORT: DetailBlockReason
DETAIL_BLOCK_REASON_MATURE_THEME_MISMATCH: DetailBlockReason
DETAIL_BLOCK_REASON_SELF_IN_OFFICIAL_CHANNEL: DetailBlockReason
DETAIL_BLOCK_REASON_RIVAL_IN_OFFICIAL_CHANNEL: DetailBlockReason
DETAIL_BLOCK_REASON_IN_OFFICIAL_BACKUP_CHANNEL: DetailBlockReason
DETAIL_BLOCK_REASON_RIVAL_RESERVE_FULL: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_NOT_LIVING: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_IS_SELF: DetailBlockReason
DETAIL_BLOCK_REASON_PRIVATE_ROOM: DetailBlockReason
DETAIL_BLOCK_REASON_BLOCKED_BY_RIVAL: DetailBlockReason
DETAIL_BLOCK_REASON_SELF_BLOCKED_RIVAL: DetailBlockReason
DETAIL_BLOCK_REASON_VIEWER_REGION_NOT_SUPPORT: DetailBlockReason
DETAIL_BLOCK_REASON_SUBSCRIBER_ROOM: DetailBlockReason
DETAIL_BLOCK_REASON_REGIONAL_BLOCK: DetailBlockReason
DETAIL_BLOCK_REASON_PENALTY_BANNED: DetailBlockReason
DETAIL_BLOCK_REASON_BLOCK_PROGRAM_LIVE_TAB_ROOM: DetailBlockReason
DETAIL_BLOCK_REASON_USER_NOT_ONLINE: DetailBlockReason
DETAIL_BLOCK_REASON_IN_LIVE_STUDIO: DetailBlockReason
DETAIL_BLOCK_REASON_ANCHOR_NO_FEATURE_ACCESS: DetailBlockReason
DETAIL_BLOCK_REASON_NETWORK_ERROR: DetailBlockReason
DETAIL_BLOCK_REASON_ROOM_FILTER_ERROR: DetailBlockReason
GIFT_PERMISSION_TYPE_UNKNOWN_TYPE: GiftPermissionType
GIFT_PERMISSION_TYPE_NO_GIFT_PERMISSION: GiftPermissionType
GIFT_PERMISSION_TYPE_ANCHOR_CLOSE: GiftPermissionType
GIFT_PERMISSION_TYPE_HAS_GIFT_PERMISSION: GiftPermissionType
GIFT_PERMISSION_TYPE_ANCHOR_BANNED: GiftPermissionType
GUEST_MIC_CAMERA_CHANGE_SCENE_CHANGE_SCENE_UNKNOWN: GuestMicCameraChangeScene
GUEST_MIC_CAMERA_CHANGE_SCENE_LIVE_SHOW_BY_ANCHOR_AUTO: GuestMicCameraChangeScene
GUEST_MIC_CAMERA_CHANGE_SCENE_LIVE_SHOW_BY_SERVER_NORMAL: GuestMicCameraChangeScene
GUEST_MIC_CAMERA_CHANGE_SCENE_LIVE_SHOW_BY_SHOW_END: GuestMicCameraChangeScene
GUEST_MIC_CAMERA_CHANGE_SCENE_COHOST_WITH_GUEST: GuestMicCameraChangeScene
GUEST_MIC_CAMERA_MANAGE_OP_OPEN_MIC: GuestMicCameraManageOp
GUEST_MIC_CAMERA_MANAGE_OP_OPEN_CAMERA: GuestMicCameraManageOp
GUEST_MIC_CAMERA_MANAGE_OP_CLOSE_MIC: GuestMicCameraManageOp
GUEST_MIC_CAMERA_MANAGE_OP_CLOSE_CAMERA: GuestMicCameraManageOp
GUEST_MIC_CAMERA_MANAGE_OP_CLOSE_MIC_PUNISH: GuestMicCameraManageOp
ICE_SHOWDOWN_SETTING_ICE_SHOWDOWN_OFF: IceShowdownSetting
ICE_SHOWDOWN_SETTING_ICE_SHOWDOWN_MANUAL: IceShowdownSetting
ICE_SHOWDOWN_SETTING_ICE_SHOWDOWN_SYSTEM: IceShowdownSetting
JOIN_TYPE_UNKNOWN: JoinType
JOIN_TYPE_CHANNEL_APPLY: JoinType
JOIN_TYPE_CHANNEL_INVITE: JoinType
JOIN_TYPE_GROUP_APPLY: JoinType
JOIN_TYPE_GROUP_APPLY_FOLLOW: JoinType
JOIN_TYPE_GROUP_INVITE: JoinType
JOIN_TYPE_GROUP_INVITE_FOLLOW: JoinType
JOIN_TYPE_GROUP_OWNER_JOIN: JoinType
KICKOUT_REASON_UNKNOWN: KickoutReason
KICKOUT_REASON_FIRST_FRAME_TIME_OUT: KickoutReason
KICKOUT_REASON_BY_HOST: KickoutReason
KICKOUT_REASON_RTC_LOST_CONNECTION: KickoutReason
KICKOUT_REASON_BY_PUNISH: KickoutReason
KICKOUT_REASON_BY_ADMIN: KickoutReason
KICKOUT_REASON_HOST_REMOVE_ALL_GUESTS: KickoutReason
KICKOUT_REASON_ENIGMA_EXPIRE: KickoutReason
LINK_LAYER_MESSAGE_TYPE_LINKER_UNKNOWN: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_CREATE: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_INVITE: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_APPLY: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_PERMIT: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_REPLY: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_KICK_OUT: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_CANCEL_APPLY: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_CANCEL_INVITE: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_LEAVE: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_FINISH: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_LIST_CHANGE: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_JOIN_DIRECT: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_JOIN_GROUP: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_PERMIT_GROUP: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_CANCEL_GROUP: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_LEAVE_GROUP: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_P_2_P_GROUP_CHANGE: LinkLayerMessageType
LINK_LAYER_MESSAGE_TYPE_LINKER_GROUP_CHANGE: LinkLayerMessageType
LINK_MIC_ARMIES_TRIGGER_REASON_UNKNOWN: LinkMicArmiesTriggerReason
LINK_MIC_ARMIES_TRIGGER_REASON_SCORE_UPDATE: LinkMicArmiesTriggerReason
LINK_MIC_ARMIES_TRIGGER_REASON_BATTLE_END: LinkMicArmiesTriggerReason
LINK_MIC_ARMIES_TRIGGER_REASON_OPT_OUT_UPDATE: LinkMicArmiesTriggerReason
LINK_MIC_ARMIES_TRIGGER_REASON_KEEP_ALIVE: LinkMicArmiesTriggerReason
LINK_MIC_ARMIES_TRIGGER_REASON_EFFECT_UPDATE: LinkMicArmiesTriggerReason
LINK_MIC_BATTLE_BATTLE_ACTION_UNKNOWN: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_INVITE: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_REJECT: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_CANCEL: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_OPEN: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_FINISH: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_CUT_SHORT: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_ACCEPT: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_QUIT_APPLY: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_DECLINE_QUIT: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_DECLINE_OFF_QUIT: LinkMicBattleBattleAction
LINK_MIC_BATTLE_BATTLE_ACTION_LEAVE_LINKMIC: LinkMicBattleBattleAction
LINK_MIC_BATTLE_PUNISH_FINISH_REASON_TIME_UP: LinkMicBattlePunishFinishReason
LINK_MIC_BATTLE_PUNISH_FINISH_REASON_CUT_SHORT: LinkMicBattlePunishFinishReason
LINKER_MODE_UNKNOWN: LinkerMode
LINKER_MODE_INNER: LinkerMode
LINKER_MODE_CROSS: LinkerMode
LINKER_MODE_MIXED: LinkerMode
LINKMIC_MULTI_LIVE_ENUM_DEFAULT: LinkmicMultiLiveEnum
LINKMIC_MULTI_LIVE_ENUM_ANCHOR_USE_NEW_LAYOUT: LinkmicMultiLiveEnum
LINKMIC_PLAY_TYPE_PLAY_TYPE_INVITE: LinkmicPlayType
LINKMIC_PLAY_TYPE_PLAY_TYPE_APPLY: LinkmicPlayType
LINKMIC_PLAY_TYPE_PLAY_TYPE_RESERVE: LinkmicPlayType
LINKMIC_PLAY_TYPE_PLAY_TYPE_OFF_LIVE: LinkmicPlayType
LINKMIC_PLAY_TYPE_PLAY_TYPE_OFFLINE: LinkmicPlayType
LINKMIC_REPLY_TYPE_RT_UNKNOWN: LinkmicReplyType
LINKMIC_REPLY_TYPE_RT_AGREE: LinkmicReplyType
LINKMIC_REPLY_TYPE_RT_REJECT: LinkmicReplyType
MATCH_GAMEPLAY_OPTION_MATCH_OPTION_UNKNOWN: MatchGameplayOption
MATCH_GAMEPLAY_OPTION_MATCH_OPTION_SPECIFIC_GIFT: MatchGameplayOption
MATCH_GAMEPLAY_OPTION_MATCH_OPTION_ICE_SHOWDOWN: MatchGameplayOption
MEDIA_STATE_MEDIA_UNDEFINED: MediaState
MEDIA_STATE_MEDIA_NORMAL: MediaState
MEDIA_STATE_MEDIA_MUTED: MediaState
MEDIA_STATE_MEDIA_UN_MUTE_OCCUPIED: MediaState
MEDIA_STATE_MEDIA_MUTED_OCCUPIED: MediaState
MUTE_STATUS_MUTE: MuteStatus
MUTE_STATUS_UN_MUTE: MuteStatus
NETWORK_STATE_STATE_NETWORK_UNDEFINED: NetworkState
NETWORK_STATE_STATE_NETWORK_EXCELLENT: NetworkState
NETWORK_STATE_STATE_NETWORK_GOOD: NetworkState
NETWORK_STATE_STATE_NETWORK_POOR: NetworkState
NETWORK_STATE_STATE_NETWORK_BAD: NetworkState
NETWORK_STATE_STATE_NETWORK_VBAD: NetworkState
NETWORK_STATE_STATE_NETWORK_DOWN: NetworkState
ONLINE_USER_STATE_STATE_UNDEFINED: OnlineUserState
ONLINE_USER_STATE_STATE_NORMAL: OnlineUserState
ONLINE_USER_STATE_STATE_PAUSED: OnlineUserState
PLAY_SCENE_UNKNOWN: PlayScene
PLAY_SCENE_COUNTDOWN_FOR_ALL: PlayScene
PLAY_SCENE_COUNTDOWN_FOR_SINGLE: PlayScene
PLAY_SCENE_LIVE_SHOW: PlayScene
PLAY_SCENE_AIGC: PlayScene
PLAY_SCENE_KARAOKE: PlayScene
PLAY_SCENE_DRAW_GUESS: PlayScene
PLAY_SCENE_ENLARGE_GRID: PlayScene
PLAY_SCENE_GIFT_PRIORITY_LINK: PlayScene
PLAY_SCENE_GIFT_THRESHOLD_LINK: PlayScene
PLAY_SCENE_NOTICE_BOARD: PlayScene
PLAY_SCENE_PLAY_BOOK: PlayScene
PLAY_SCENE_GUEST_SHOWDOWN: PlayScene
POS_IDENTITY_TYPE_IDENTITY_EMPTY_SLOT: PosIdentityType
POS_IDENTITY_TYPE_IDENTITY_RTC_USER_ID: PosIdentityType
POS_IDENTITY_TYPE_IDENTITY_RTC_STREAM_ID: PosIdentityType
POS_IDENTITY_TYPE_IDENTITY_LIVE_USER_ID: PosIdentityType
RIVAL_EXTRA_INFO_ANCHOR_LAYER_ANCHOR_LAYER_UNKNOWN: RivalExtraInfoAnchorLayer
RIVAL_EXTRA_INFO_ANCHOR_LAYER_ANCHOR_LAYER_TOP: RivalExtraInfoAnchorLayer
RIVAL_EXTRA_INFO_ANCHOR_LAYER_ANCHOR_LAYER_SMALL: RivalExtraInfoAnchorLayer
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_NONE: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_IS_LINKING: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_INVITATION_DENIED: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_PERMISSION_DENIED: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_LOW_CLIENT_VERSION: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_ROOM_PAUSED: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_LINKMIC_FULL: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_MATURE_THEME_NOT_MATCH: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_RESERVE_FULL: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_INVITE_BLOCK_REASON_REGIONAL_BLOCK: RivalExtraInfoInviteBlockReason
RIVAL_EXTRA_INFO_TEXT_TYPE_TEXT_TYPE_UNKNOWN: RivalExtraInfoTextType
RIVAL_EXTRA_INFO_TEXT_TYPE_CURRO_OMF_AN_TICKET: RivalExtraInfoTextType
RIVAL_EXTRA_INFO_TEXT_TYPE_TOTAL_DIAMOND_COUNT: RivalExtraInfoTextType
RIVAL_EXTRA_INFO_TEXT_TYPE_DISTANCE: RivalExtraInfoTextType
RIVAL_EXTRA_INFO_TEXT_TYPE_DISTANCE_CITY: RivalExtraInfoTextType
RTC_CONNECTION_STATE_STATE_RTC_UNDEFINED: RtcConnectionState
RTC_CONNECTION_STATE_STATE_RTC_NORMAL: RtcConnectionState
RTC_CONNECTION_STATE_STATE_RTC_DISCONNECT: RtcConnectionState
SCENE_UNKNOWN: Scene
SCENE_CO_HOST: Scene
SCENE_MULTI_LIVE: Scene
SCORE_TYPE_UNKNOWN: ScoreType
SCORE_TYPE_ALL_FAN_TICKET: ScoreType
SCORE_TYPE_PLAY_SCORE: ScoreType
STATE_TYPE_STATE_INVALID: StateType
STATE_TYPE_STATE_LAYOUT: StateType
STATE_TYPE_STATE_ONLINE_USER_STATE: StateType
STATE_TYPE_STATE_AUDIO_MUTE: StateType
STATE_TYPE_STATE_VIDEO_MUTE: StateType
STATE_TYPE_STATE_RTC_CONNECTION: StateType
STATE_TYPE_STATE_NETWORK: StateType
STATE_TYPE_STATE_BACKGROUND_IMAGE: StateType
STATE_TYPE_STATE_SCREEN_ORIENTATION: StateType
STATE_TYPE_STATE_AVATAR_ID: StateType
STATE_TYPE_STATE_AUDIO_MUTE_CHANNELS: StateType
STATE_TYPE_STATE_REQ_BATCH_CHANGE: StateType

class WebcastLinkLayerMessage(_message.Message):
    __slots__ = ("common", "message_type", "channel_id", "scene", "source", "centerized_idc", "rtc_room_id", "version", "linker_mode", "wait_cross_data", "create_channel_content", "list_change_content", "invite_content", "apply_content", "permit_apply_content", "reply_invite_content", "kick_out_content", "cancel_apply_content", "cancel_invite_content", "leave_content", "finish_content", "join_direct_content", "join_group_content", "permit_group_content", "cancel_group_content", "leave_group_content", "p2p_group_change_content", "group_change_content", "join_group_direct_content", "join_room_direct_content", "link_envelope_content", "business_content")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    CENTERIZED_IDC_FIELD_NUMBER: _ClassVar[int]
    RTC_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    LINKER_MODE_FIELD_NUMBER: _ClassVar[int]
    WAIT_CROSS_DATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_CHANNEL_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    INVITE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    APPLY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    PERMIT_APPLY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_INVITE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    KICK_OUT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_APPLY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_INVITE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LEAVE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    FINISH_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_DIRECT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_GROUP_CONTENT_FIELD_NUMBER: _ClassVar[int]
    PERMIT_GROUP_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_GROUP_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LEAVE_GROUP_CONTENT_FIELD_NUMBER: _ClassVar[int]
    P2P_GROUP_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_GROUP_DIRECT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_ROOM_DIRECT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LINK_ENVELOPE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_CONTENT_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    message_type: LinkLayerMessageType
    channel_id: int
    scene: Scene
    source: str
    centerized_idc: str
    rtc_room_id: int
    version: int
    linker_mode: LinkerMode
    wait_cross_data: bool
    create_channel_content: CreateChannelContent
    list_change_content: LinkListChangeContent
    invite_content: InviteContent
    apply_content: ApplyContent
    permit_apply_content: PermitApplyContent
    reply_invite_content: ReplyInviteContent
    kick_out_content: KickOutContent
    cancel_apply_content: CancelApplyContent
    cancel_invite_content: CancelInviteContent
    leave_content: LeaveContent
    finish_content: FinishChannelContent
    join_direct_content: JoinDirectContent
    join_group_content: JoinGroupContent
    permit_group_content: PermitJoinGroupContent
    cancel_group_content: CancelJoinGroupContent
    leave_group_content: LeaveJoinGroupContent
    p2p_group_change_content: P2PGroupChangeContent
    group_change_content: GroupChangeContent
    join_group_direct_content: JoinGroupDirectContent
    join_room_direct_content: JoinRoomDirectContent
    link_envelope_content: LinkEnvelopeContent
    business_content: BusinessContent
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., message_type: _Optional[_Union[LinkLayerMessageType, str]] = ..., channel_id: _Optional[int] = ..., scene: _Optional[_Union[Scene, str]] = ..., source: _Optional[str] = ..., centerized_idc: _Optional[str] = ..., rtc_room_id: _Optional[int] = ..., version: _Optional[int] = ..., linker_mode: _Optional[_Union[LinkerMode, str]] = ..., wait_cross_data: _Optional[bool] = ..., create_channel_content: _Optional[_Union[CreateChannelContent, _Mapping]] = ..., list_change_content: _Optional[_Union[LinkListChangeContent, _Mapping]] = ..., invite_content: _Optional[_Union[InviteContent, _Mapping]] = ..., apply_content: _Optional[_Union[ApplyContent, _Mapping]] = ..., permit_apply_content: _Optional[_Union[PermitApplyContent, _Mapping]] = ..., reply_invite_content: _Optional[_Union[ReplyInviteContent, _Mapping]] = ..., kick_out_content: _Optional[_Union[KickOutContent, _Mapping]] = ..., cancel_apply_content: _Optional[_Union[CancelApplyContent, _Mapping]] = ..., cancel_invite_content: _Optional[_Union[CancelInviteContent, _Mapping]] = ..., leave_content: _Optional[_Union[LeaveContent, _Mapping]] = ..., finish_content: _Optional[_Union[FinishChannelContent, _Mapping]] = ..., join_direct_content: _Optional[_Union[JoinDirectContent, _Mapping]] = ..., join_group_content: _Optional[_Union[JoinGroupContent, _Mapping]] = ..., permit_group_content: _Optional[_Union[PermitJoinGroupContent, _Mapping]] = ..., cancel_group_content: _Optional[_Union[CancelJoinGroupContent, _Mapping]] = ..., leave_group_content: _Optional[_Union[LeaveJoinGroupContent, _Mapping]] = ..., p2p_group_change_content: _Optional[_Union[P2PGroupChangeContent, _Mapping]] = ..., group_change_content: _Optional[_Union[GroupChangeContent, _Mapping]] = ..., join_group_direct_content: _Optional[_Union[JoinGroupDirectContent, _Mapping]] = ..., join_room_direct_content: _Optional[_Union[JoinRoomDirectContent, _Mapping]] = ..., link_envelope_content: _Optional[_Union[LinkEnvelopeContent, _Mapping]] = ..., business_content: _Optional[_Union[BusinessContent, _Mapping]] = ...) -> None: ...

class WebcastLinkMessage(_message.Message):
    __slots__ = ("common", "message_type", "linker_id", "scene", "invite_content", "reply_content", "create_content", "close_content", "enter_content", "leave_content", "cancel_content", "kick_out_content", "linked_list_change_content", "update_user_content", "waiting_list_change_content", "mute_content", "random_match_content", "update_user_setting_content", "mic_idx_update_content", "list_change_content", "cohost_list_change_content", "media_change_content", "reply_accept_notice_content", "sys_kick_out_content", "user_toast_content", "extra", "expire_timestamp", "transfer_extra", "version")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKER_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    INVITE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CREATE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CLOSE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    ENTER_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LEAVE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_CONTENT_FIELD_NUMBER: _ClassVar[int]
    KICK_OUT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LINKED_LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_USER_CONTENT_FIELD_NUMBER: _ClassVar[int]
    WAITING_LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    MUTE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    RANDOM_MATCH_CONTENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_USER_SETTING_CONTENT_FIELD_NUMBER: _ClassVar[int]
    MIC_IDX_UPDATE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    COHOST_LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_ACCEPT_NOTICE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    SYS_KICK_OUT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_TOAST_CONTENT_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_EXTRA_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    message_type: int
    linker_id: int
    scene: int
    invite_content: LinkerInviteContent
    reply_content: LinkerReplyContent
    create_content: LinkerCreateContent
    close_content: LinkerCloseContent
    enter_content: LinkerEnterContent
    leave_content: LinkerLeaveContent
    cancel_content: LinkerCancelContent
    kick_out_content: LinkerKickOutContent
    linked_list_change_content: LinkedListChangeContent
    update_user_content: LinkerUpdateUserContent
    waiting_list_change_content: LinkerWaitingListChangeContent
    mute_content: LinkerMuteContent
    random_match_content: LinkerRandomMatchContent
    update_user_setting_content: MultiLiveUpdateUserSettingContent
    mic_idx_update_content: LinkerMicIdxUpdateContent
    list_change_content: LinkerListChangeContent
    cohost_list_change_content: CohostListChangeContent
    media_change_content: LinkerMediaChangeContent
    reply_accept_notice_content: LinkerAcceptNoticeContent
    sys_kick_out_content: LinkerSysKickOutContent
    user_toast_content: LinkmicUserToastContent
    extra: str
    expire_timestamp: int
    transfer_extra: str
    version: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ..., linker_id: _Optional[int] = ..., scene: _Optional[int] = ..., invite_content: _Optional[_Union[LinkerInviteContent, _Mapping]] = ..., reply_content: _Optional[_Union[LinkerReplyContent, _Mapping]] = ..., create_content: _Optional[_Union[LinkerCreateContent, _Mapping]] = ..., close_content: _Optional[_Union[LinkerCloseContent, _Mapping]] = ..., enter_content: _Optional[_Union[LinkerEnterContent, _Mapping]] = ..., leave_content: _Optional[_Union[LinkerLeaveContent, _Mapping]] = ..., cancel_content: _Optional[_Union[LinkerCancelContent, _Mapping]] = ..., kick_out_content: _Optional[_Union[LinkerKickOutContent, _Mapping]] = ..., linked_list_change_content: _Optional[_Union[LinkedListChangeContent, _Mapping]] = ..., update_user_content: _Optional[_Union[LinkerUpdateUserContent, _Mapping]] = ..., waiting_list_change_content: _Optional[_Union[LinkerWaitingListChangeContent, _Mapping]] = ..., mute_content: _Optional[_Union[LinkerMuteContent, _Mapping]] = ..., random_match_content: _Optional[_Union[LinkerRandomMatchContent, _Mapping]] = ..., update_user_setting_content: _Optional[_Union[MultiLiveUpdateUserSettingContent, _Mapping]] = ..., mic_idx_update_content: _Optional[_Union[LinkerMicIdxUpdateContent, _Mapping]] = ..., list_change_content: _Optional[_Union[LinkerListChangeContent, _Mapping]] = ..., cohost_list_change_content: _Optional[_Union[CohostListChangeContent, _Mapping]] = ..., media_change_content: _Optional[_Union[LinkerMediaChangeContent, _Mapping]] = ..., reply_accept_notice_content: _Optional[_Union[LinkerAcceptNoticeContent, _Mapping]] = ..., sys_kick_out_content: _Optional[_Union[LinkerSysKickOutContent, _Mapping]] = ..., user_toast_content: _Optional[_Union[LinkmicUserToastContent, _Mapping]] = ..., extra: _Optional[str] = ..., expire_timestamp: _Optional[int] = ..., transfer_extra: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class WebcastLinkMicArmies(_message.Message):
    __slots__ = ("common", "battle_id", "armies", "channel_id", "send_gift_success_time", "update_battle_score_time", "trigger_reason", "from_user_id", "gift_id", "gift_count", "gift_icon_image", "total_diamond_count", "repeat_count", "team_armies", "trigger_critical_strike", "has_team_match_mvp_sfx", "log_id", "battle_settings", "fuzzy_display_config_v2", "effect_infos", "enigma_battle_extra_info")
    class ArmiesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: BattleUserArmies
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleUserArmies, _Mapping]] = ...) -> None: ...
    COMMON_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    ARMIES_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_SUCCESS_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_BATTLE_SCORE_TIME_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_REASON_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_COUNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_DIAMOND_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPEAT_COUNT_FIELD_NUMBER: _ClassVar[int]
    TEAM_ARMIES_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_CRITICAL_STRIKE_FIELD_NUMBER: _ClassVar[int]
    HAS_TEAM_MATCH_MVP_SFX_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    BATTLE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    FUZZY_DISPLAY_CONFIG_V2_FIELD_NUMBER: _ClassVar[int]
    EFFECT_INFOS_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_BATTLE_EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    battle_id: int
    armies: _containers.MessageMap[int, BattleUserArmies]
    channel_id: int
    send_gift_success_time: int
    update_battle_score_time: int
    trigger_reason: LinkMicArmiesTriggerReason
    from_user_id: int
    gift_id: int
    gift_count: int
    gift_icon_image: _users_pb2.ImageModel
    total_diamond_count: int
    repeat_count: int
    team_armies: _containers.RepeatedCompositeFieldContainer[BattleTeamUserArmies]
    trigger_critical_strike: bool
    has_team_match_mvp_sfx: bool
    log_id: str
    battle_settings: BattleSetting
    fuzzy_display_config_v2: HighScoreControlCfg
    effect_infos: BattleEffectInfos
    enigma_battle_extra_info: EnigmaBattleExtraInfo
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., battle_id: _Optional[int] = ..., armies: _Optional[_Mapping[int, BattleUserArmies]] = ..., channel_id: _Optional[int] = ..., send_gift_success_time: _Optional[int] = ..., update_battle_score_time: _Optional[int] = ..., trigger_reason: _Optional[_Union[LinkMicArmiesTriggerReason, str]] = ..., from_user_id: _Optional[int] = ..., gift_id: _Optional[int] = ..., gift_count: _Optional[int] = ..., gift_icon_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., total_diamond_count: _Optional[int] = ..., repeat_count: _Optional[int] = ..., team_armies: _Optional[_Iterable[_Union[BattleTeamUserArmies, _Mapping]]] = ..., trigger_critical_strike: _Optional[bool] = ..., has_team_match_mvp_sfx: _Optional[bool] = ..., log_id: _Optional[str] = ..., battle_settings: _Optional[_Union[BattleSetting, _Mapping]] = ..., fuzzy_display_config_v2: _Optional[_Union[HighScoreControlCfg, _Mapping]] = ..., effect_infos: _Optional[_Union[BattleEffectInfos, _Mapping]] = ..., enigma_battle_extra_info: _Optional[_Union[EnigmaBattleExtraInfo, _Mapping]] = ...) -> None: ...

class WebcastLinkMicBattle(_message.Message):
    __slots__ = ("common", "battle_id", "battle_settings", "action", "battle_result", "fuzzy_display_config", "invitee_gift_permission_type", "armies", "anchors_info", "bubble_text", "supported_actions", "battle_combo_v2", "team_member", "invitees_gift_permission_type", "action_by_user_id", "team_battle_result", "team_armies", "ab_test_setting", "team_match_campaign", "fuzzy_display_config_v2", "league_info_map", "league_score_info_map", "match_punish_extra_info", "enigma_battle_setting", "anchor_match_settings", "battle_feature_flags", "cross_room_layout", "tracking_extra", "match_theme_display_resource")
    class BattleResultEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: BattleResult
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleResult, _Mapping]] = ...) -> None: ...
    class BattleComboV2Entry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: BattleComboInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleComboInfo, _Mapping]] = ...) -> None: ...
    class LeagueInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: GiftGalleryBadgeInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[GiftGalleryBadgeInfo, _Mapping]] = ...) -> None: ...
    class LeagueScoreInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: LeagueScoreInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[LeagueScoreInfo, _Mapping]] = ...) -> None: ...
    class AnchorMatchSettingsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: AnchorMatchSettings
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[AnchorMatchSettings, _Mapping]] = ...) -> None: ...
    class TrackingExtraEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    COMMON_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    BATTLE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    BATTLE_RESULT_FIELD_NUMBER: _ClassVar[int]
    FUZZY_DISPLAY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    INVITEE_GIFT_PERMISSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    ARMIES_FIELD_NUMBER: _ClassVar[int]
    ANCHORS_INFO_FIELD_NUMBER: _ClassVar[int]
    BUBBLE_TEXT_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_ACTIONS_FIELD_NUMBER: _ClassVar[int]
    BATTLE_COMBO_V2_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    INVITEES_GIFT_PERMISSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_BY_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_BATTLE_RESULT_FIELD_NUMBER: _ClassVar[int]
    TEAM_ARMIES_FIELD_NUMBER: _ClassVar[int]
    AB_TEST_SETTING_FIELD_NUMBER: _ClassVar[int]
    TEAM_MATCH_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    FUZZY_DISPLAY_CONFIG_V2_FIELD_NUMBER: _ClassVar[int]
    LEAGUE_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    LEAGUE_SCORE_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    MATCH_PUNISH_EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_BATTLE_SETTING_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MATCH_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    BATTLE_FEATURE_FLAGS_FIELD_NUMBER: _ClassVar[int]
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    TRACKING_EXTRA_FIELD_NUMBER: _ClassVar[int]
    MATCH_THEME_DISPLAY_RESOURCE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    battle_id: int
    battle_settings: BattleSetting
    action: LinkMicBattleBattleAction
    battle_result: _containers.MessageMap[int, BattleResult]
    fuzzy_display_config: BattleDisplayConfig
    invitee_gift_permission_type: GiftPermissionType
    armies: _containers.RepeatedCompositeFieldContainer[UserArmiesWrapper]
    anchors_info: _containers.RepeatedCompositeFieldContainer[BattleUserInfoWrapper]
    bubble_text: str
    supported_actions: _containers.RepeatedCompositeFieldContainer[SupportedActionsWrapper]
    battle_combo_v2: _containers.MessageMap[int, BattleComboInfo]
    team_member: _containers.RepeatedCompositeFieldContainer[TeamUsersInfo]
    invitees_gift_permission_type: _containers.RepeatedCompositeFieldContainer[BattleInviteeGiftPermission]
    action_by_user_id: int
    team_battle_result: _containers.RepeatedCompositeFieldContainer[BattleTeamResult]
    team_armies: _containers.RepeatedCompositeFieldContainer[BattleTeamUserArmies]
    ab_test_setting: _containers.RepeatedCompositeFieldContainer[BattleAbTestSetting]
    team_match_campaign: TeamMatchCampaign
    fuzzy_display_config_v2: HighScoreControlCfg
    league_info_map: _containers.MessageMap[int, GiftGalleryBadgeInfo]
    league_score_info_map: _containers.MessageMap[int, LeagueScoreInfo]
    match_punish_extra_info: MatchPunishExtraInfo
    enigma_battle_setting: EnigmaBattleSetting
    anchor_match_settings: _containers.MessageMap[int, AnchorMatchSettings]
    battle_feature_flags: BattleFeatureFlags
    cross_room_layout: LayoutData
    tracking_extra: _containers.ScalarMap[str, str]
    match_theme_display_resource: MatchThemeDisplayResource
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., battle_id: _Optional[int] = ..., battle_settings: _Optional[_Union[BattleSetting, _Mapping]] = ..., action: _Optional[_Union[LinkMicBattleBattleAction, str]] = ..., battle_result: _Optional[_Mapping[int, BattleResult]] = ..., fuzzy_display_config: _Optional[_Union[BattleDisplayConfig, _Mapping]] = ..., invitee_gift_permission_type: _Optional[_Union[GiftPermissionType, str]] = ..., armies: _Optional[_Iterable[_Union[UserArmiesWrapper, _Mapping]]] = ..., anchors_info: _Optional[_Iterable[_Union[BattleUserInfoWrapper, _Mapping]]] = ..., bubble_text: _Optional[str] = ..., supported_actions: _Optional[_Iterable[_Union[SupportedActionsWrapper, _Mapping]]] = ..., battle_combo_v2: _Optional[_Mapping[int, BattleComboInfo]] = ..., team_member: _Optional[_Iterable[_Union[TeamUsersInfo, _Mapping]]] = ..., invitees_gift_permission_type: _Optional[_Iterable[_Union[BattleInviteeGiftPermission, _Mapping]]] = ..., action_by_user_id: _Optional[int] = ..., team_battle_result: _Optional[_Iterable[_Union[BattleTeamResult, _Mapping]]] = ..., team_armies: _Optional[_Iterable[_Union[BattleTeamUserArmies, _Mapping]]] = ..., ab_test_setting: _Optional[_Iterable[_Union[BattleAbTestSetting, _Mapping]]] = ..., team_match_campaign: _Optional[_Union[TeamMatchCampaign, _Mapping]] = ..., fuzzy_display_config_v2: _Optional[_Union[HighScoreControlCfg, _Mapping]] = ..., league_info_map: _Optional[_Mapping[int, GiftGalleryBadgeInfo]] = ..., league_score_info_map: _Optional[_Mapping[int, LeagueScoreInfo]] = ..., match_punish_extra_info: _Optional[_Union[MatchPunishExtraInfo, _Mapping]] = ..., enigma_battle_setting: _Optional[_Union[EnigmaBattleSetting, _Mapping]] = ..., anchor_match_settings: _Optional[_Mapping[int, AnchorMatchSettings]] = ..., battle_feature_flags: _Optional[_Union[BattleFeatureFlags, _Mapping]] = ..., cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ..., tracking_extra: _Optional[_Mapping[str, str]] = ..., match_theme_display_resource: _Optional[_Union[MatchThemeDisplayResource, _Mapping]] = ...) -> None: ...

class WebcastLinkMicBattleItemCard(_message.Message):
    __slots__ = ("common", "battle_id", "msg_type", "card_obtain_guide", "use_critical_strike_card", "use_smoke_card", "award_card_notice", "use_extra_time_card", "use_special_effect_card", "use_potion_card", "use_wave_card", "special_effect_notice", "use_top2_card", "use_top3_card", "use_vault_glove_card", "award_reason")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    CARD_OBTAIN_GUIDE_FIELD_NUMBER: _ClassVar[int]
    USE_CRITICAL_STRIKE_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_SMOKE_CARD_FIELD_NUMBER: _ClassVar[int]
    AWARD_CARD_NOTICE_FIELD_NUMBER: _ClassVar[int]
    USE_EXTRA_TIME_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_SPECIAL_EFFECT_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_POTION_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_WAVE_CARD_FIELD_NUMBER: _ClassVar[int]
    SPECIAL_EFFECT_NOTICE_FIELD_NUMBER: _ClassVar[int]
    USE_TOP2_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_TOP3_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_VAULT_GLOVE_CARD_FIELD_NUMBER: _ClassVar[int]
    AWARD_REASON_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    battle_id: int
    msg_type: BattleCardMsgType
    card_obtain_guide: CardObtainGuide
    use_critical_strike_card: UseCriticalStrikeCard
    use_smoke_card: UseSmokeCard
    award_card_notice: AwardCardNotice
    use_extra_time_card: UseExtraTimeCard
    use_special_effect_card: UseSpecialEffectCard
    use_potion_card: UsePotionCard
    use_wave_card: UseWaveCard
    special_effect_notice: SpecialEffectNotice
    use_top2_card: UseTop2Card
    use_top3_card: UseTop3Card
    use_vault_glove_card: UseVaultGloveCard
    award_reason: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., battle_id: _Optional[int] = ..., msg_type: _Optional[_Union[BattleCardMsgType, str]] = ..., card_obtain_guide: _Optional[_Union[CardObtainGuide, _Mapping]] = ..., use_critical_strike_card: _Optional[_Union[UseCriticalStrikeCard, _Mapping]] = ..., use_smoke_card: _Optional[_Union[UseSmokeCard, _Mapping]] = ..., award_card_notice: _Optional[_Union[AwardCardNotice, _Mapping]] = ..., use_extra_time_card: _Optional[_Union[UseExtraTimeCard, _Mapping]] = ..., use_special_effect_card: _Optional[_Union[UseSpecialEffectCard, _Mapping]] = ..., use_potion_card: _Optional[_Union[UsePotionCard, _Mapping]] = ..., use_wave_card: _Optional[_Union[UseWaveCard, _Mapping]] = ..., special_effect_notice: _Optional[_Union[SpecialEffectNotice, _Mapping]] = ..., use_top2_card: _Optional[_Union[UseTop2Card, _Mapping]] = ..., use_top3_card: _Optional[_Union[UseTop3Card, _Mapping]] = ..., use_vault_glove_card: _Optional[_Union[UseVaultGloveCard, _Mapping]] = ..., award_reason: _Optional[int] = ...) -> None: ...

class WebcastLinkMicBattlePunishFinish(_message.Message):
    __slots__ = ("common", "channel_id", "op_uid", "reason", "battle_id", "battle_settings", "match_punish_extra_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    OP_UID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    BATTLE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    MATCH_PUNISH_EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    channel_id: int
    op_uid: int
    reason: LinkMicBattlePunishFinishReason
    battle_id: int
    battle_settings: BattleSetting
    match_punish_extra_info: MatchPunishExtraInfo
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., channel_id: _Optional[int] = ..., op_uid: _Optional[int] = ..., reason: _Optional[_Union[LinkMicBattlePunishFinishReason, str]] = ..., battle_id: _Optional[int] = ..., battle_settings: _Optional[_Union[BattleSetting, _Mapping]] = ..., match_punish_extra_info: _Optional[_Union[MatchPunishExtraInfo, _Mapping]] = ...) -> None: ...

class WebcastLinkMicFanTicketMethod(_message.Message):
    __slots__ = ("common", "fan_ticket_room_notice")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_ROOM_NOTICE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    fan_ticket_room_notice: FanTicketRoomNoticeContent
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., fan_ticket_room_notice: _Optional[_Union[FanTicketRoomNoticeContent, _Mapping]] = ...) -> None: ...

class WebcastLinkMicLayoutStateMessage(_message.Message):
    __slots__ = ("common", "channel_id", "scene", "version", "biz_layout_state", "biz_spot_list")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    BIZ_LAYOUT_STATE_FIELD_NUMBER: _ClassVar[int]
    BIZ_SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    channel_id: int
    scene: int
    version: int
    biz_layout_state: BizLayoutState
    biz_spot_list: _containers.RepeatedCompositeFieldContainer[BizSpotInfo]
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., channel_id: _Optional[int] = ..., scene: _Optional[int] = ..., version: _Optional[int] = ..., biz_layout_state: _Optional[_Union[BizLayoutState, _Mapping]] = ..., biz_spot_list: _Optional[_Iterable[_Union[BizSpotInfo, _Mapping]]] = ...) -> None: ...

class WebcastLinkMicMethod(_message.Message):
    __slots__ = ("common", "message_type", "access_key", "anchor_linkmic_id", "user_id", "fan_ticket", "total_linkmic_fan_ticket", "channel_id", "layout", "vendor", "dimension", "theme", "invite_uid", "answer", "start_time", "duration", "user_scores", "match_type", "win", "prompts", "to_user_id", "linkmic_layout", "from_user_id", "tips", "start_time_ms", "confluence_type", "from_room_id", "invite_type", "sub_type", "inviter_rival_extra", "rtc_ext_info", "rtc_app_id", "app_id", "app_sign", "rtc_app_sign", "anchor_linkmic_id_str", "rival_anchor_id", "rival_linkmic_id", "rival_linkmic_id_str", "show_popup", "sec_invite_uid", "scene", "sec_apply_uid", "linked_users", "sec_from_user_id", "reply_type", "reply_prompts", "sec_to_user_id", "invitor_info", "rtc_join_channel", "fan_ticket_icon_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACCESS_KEY_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    TOTAL_LINKMIC_FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    VENDOR_FIELD_NUMBER: _ClassVar[int]
    DIMENSION_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    INVITE_UID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    USER_SCORES_FIELD_NUMBER: _ClassVar[int]
    MATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    WIN_FIELD_NUMBER: _ClassVar[int]
    PROMPTS_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TIPS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    CONFLUENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    INVITER_RIVAL_EXTRA_FIELD_NUMBER: _ClassVar[int]
    RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    RTC_APP_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    APP_SIGN_FIELD_NUMBER: _ClassVar[int]
    RTC_APP_SIGN_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    RIVAL_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    RIVAL_LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    RIVAL_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    SHOW_POPUP_FIELD_NUMBER: _ClassVar[int]
    SEC_INVITE_UID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    SEC_APPLY_UID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    SEC_FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPLY_PROMPTS_FIELD_NUMBER: _ClassVar[int]
    SEC_TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    INVITOR_INFO_FIELD_NUMBER: _ClassVar[int]
    RTC_JOIN_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    message_type: int
    access_key: str
    anchor_linkmic_id: int
    user_id: int
    fan_ticket: int
    total_linkmic_fan_ticket: int
    channel_id: int
    layout: int
    vendor: int
    dimension: int
    theme: str
    invite_uid: int
    answer: int
    start_time: int
    duration: int
    user_scores: _containers.RepeatedScalarFieldContainer[bytes]
    match_type: int
    win: bool
    prompts: str
    to_user_id: int
    linkmic_layout: int
    from_user_id: int
    tips: str
    start_time_ms: int
    confluence_type: int
    from_room_id: int
    invite_type: int
    sub_type: int
    inviter_rival_extra: RivalExtraInfo
    rtc_ext_info: str
    rtc_app_id: str
    app_id: str
    app_sign: str
    rtc_app_sign: str
    anchor_linkmic_id_str: str
    rival_anchor_id: int
    rival_linkmic_id: int
    rival_linkmic_id_str: str
    show_popup: bool
    sec_invite_uid: int
    scene: int
    sec_apply_uid: int
    linked_users: _containers.RepeatedCompositeFieldContainer[_users_pb2.User]
    sec_from_user_id: str
    reply_type: LinkmicReplyType
    reply_prompts: str
    sec_to_user_id: str
    invitor_info: bytes
    rtc_join_channel: bool
    fan_ticket_icon_type: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ..., access_key: _Optional[str] = ..., anchor_linkmic_id: _Optional[int] = ..., user_id: _Optional[int] = ..., fan_ticket: _Optional[int] = ..., total_linkmic_fan_ticket: _Optional[int] = ..., channel_id: _Optional[int] = ..., layout: _Optional[int] = ..., vendor: _Optional[int] = ..., dimension: _Optional[int] = ..., theme: _Optional[str] = ..., invite_uid: _Optional[int] = ..., answer: _Optional[int] = ..., start_time: _Optional[int] = ..., duration: _Optional[int] = ..., user_scores: _Optional[_Iterable[bytes]] = ..., match_type: _Optional[int] = ..., win: _Optional[bool] = ..., prompts: _Optional[str] = ..., to_user_id: _Optional[int] = ..., linkmic_layout: _Optional[int] = ..., from_user_id: _Optional[int] = ..., tips: _Optional[str] = ..., start_time_ms: _Optional[int] = ..., confluence_type: _Optional[int] = ..., from_room_id: _Optional[int] = ..., invite_type: _Optional[int] = ..., sub_type: _Optional[int] = ..., inviter_rival_extra: _Optional[_Union[RivalExtraInfo, _Mapping]] = ..., rtc_ext_info: _Optional[str] = ..., rtc_app_id: _Optional[str] = ..., app_id: _Optional[str] = ..., app_sign: _Optional[str] = ..., rtc_app_sign: _Optional[str] = ..., anchor_linkmic_id_str: _Optional[str] = ..., rival_anchor_id: _Optional[int] = ..., rival_linkmic_id: _Optional[int] = ..., rival_linkmic_id_str: _Optional[str] = ..., show_popup: _Optional[bool] = ..., sec_invite_uid: _Optional[int] = ..., scene: _Optional[int] = ..., sec_apply_uid: _Optional[int] = ..., linked_users: _Optional[_Iterable[_Union[_users_pb2.User, _Mapping]]] = ..., sec_from_user_id: _Optional[str] = ..., reply_type: _Optional[_Union[LinkmicReplyType, str]] = ..., reply_prompts: _Optional[str] = ..., sec_to_user_id: _Optional[str] = ..., invitor_info: _Optional[bytes] = ..., rtc_join_channel: _Optional[bool] = ..., fan_ticket_icon_type: _Optional[int] = ...) -> None: ...

class WebcastLinkStateMessage(_message.Message):
    __slots__ = ("common", "channel_id", "scene", "version", "need_ack", "layout", "user_states", "client_send_time", "state_type", "background", "wallpaper_url", "ui_pos", "spot_list", "audio_muted_remote_channels", "linker_mode")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NEED_ACK_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    USER_STATES_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SEND_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    WALLPAPER_URL_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    AUDIO_MUTED_REMOTE_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    LINKER_MODE_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    channel_id: int
    scene: Scene
    version: int
    need_ack: int
    layout: LayoutState
    user_states: _containers.RepeatedCompositeFieldContainer[LinkUserState]
    client_send_time: int
    state_type: StateType
    background: BackGroundImageState
    wallpaper_url: str
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    audio_muted_remote_channels: _containers.RepeatedScalarFieldContainer[int]
    linker_mode: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., channel_id: _Optional[int] = ..., scene: _Optional[_Union[Scene, str]] = ..., version: _Optional[int] = ..., need_ack: _Optional[int] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., user_states: _Optional[_Iterable[_Union[LinkUserState, _Mapping]]] = ..., client_send_time: _Optional[int] = ..., state_type: _Optional[_Union[StateType, str]] = ..., background: _Optional[_Union[BackGroundImageState, _Mapping]] = ..., wallpaper_url: _Optional[str] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., audio_muted_remote_channels: _Optional[_Iterable[int]] = ..., linker_mode: _Optional[int] = ...) -> None: ...

class WebcastLinkmicBattleTaskMessage(_message.Message):
    __slots__ = ("common", "task_message_type", "start", "task_update", "task_settle", "reward", "battle_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TASK_MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    TASK_UPDATE_FIELD_NUMBER: _ClassVar[int]
    TASK_SETTLE_FIELD_NUMBER: _ClassVar[int]
    REWARD_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    common: _common_pb2.CommonMessageData
    task_message_type: BattleTaskMessageType
    start: BattleTaskStart
    task_update: BattleTaskUpdate
    task_settle: BattleTaskSettle
    reward: BattleRewardSettle
    battle_id: int
    def __init__(self, common: _Optional[_Union[_common_pb2.CommonMessageData, _Mapping]] = ..., task_message_type: _Optional[_Union[BattleTaskMessageType, str]] = ..., start: _Optional[_Union[BattleTaskStart, _Mapping]] = ..., task_update: _Optional[_Union[BattleTaskUpdate, _Mapping]] = ..., task_settle: _Optional[_Union[BattleTaskSettle, _Mapping]] = ..., reward: _Optional[_Union[BattleRewardSettle, _Mapping]] = ..., battle_id: _Optional[int] = ...) -> None: ...

class ActivityBadgeInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AllListUser(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AnchorLayoutSetting(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AnchorLinkmicUserSettings(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AnchorMatchSettings(_message.Message):
    __slots__ = ("enable_ai_commentary",)
    ENABLE_AI_COMMENTARY_FIELD_NUMBER: _ClassVar[int]
    enable_ai_commentary: bool
    def __init__(self, enable_ai_commentary: _Optional[bool] = ...) -> None: ...

class AnchorPair(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ApplyContent(_message.Message):
    __slots__ = ("applier", "applier_link_mic_id", "applier_linker_session_id")
    APPLIER_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    applier: Player
    applier_link_mic_id: str
    applier_linker_session_id: str
    def __init__(self, applier: _Optional[_Union[Player, _Mapping]] = ..., applier_link_mic_id: _Optional[str] = ..., applier_linker_session_id: _Optional[str] = ...) -> None: ...

class AvatarState(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AwardCardNotice(_message.Message):
    __slots__ = ("display_content", "awarded_users")
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    AWARDED_USERS_FIELD_NUMBER: _ClassVar[int]
    display_content: _common_pb2.Text
    awarded_users: _containers.RepeatedCompositeFieldContainer[BattleUserInfo]
    def __init__(self, display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., awarded_users: _Optional[_Iterable[_Union[BattleUserInfo, _Mapping]]] = ...) -> None: ...

class BackGroundImageState(_message.Message):
    __slots__ = ("sticker_id",)
    STICKER_ID_FIELD_NUMBER: _ClassVar[int]
    sticker_id: str
    def __init__(self, sticker_id: _Optional[str] = ...) -> None: ...

class BattleAbTestList(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BattleAbTestSetting(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: BattleAbTestList
    def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleAbTestList, _Mapping]] = ...) -> None: ...

class BattleBaseUserInfo(_message.Message):
    __slots__ = ("user_id", "nick_name", "avatar_thumb", "display_id", "room_id", "invitation_role")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ROLE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    nick_name: str
    avatar_thumb: _users_pb2.ImageModel
    display_id: str
    room_id: int
    invitation_role: int
    def __init__(self, user_id: _Optional[int] = ..., nick_name: _Optional[str] = ..., avatar_thumb: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., display_id: _Optional[str] = ..., room_id: _Optional[int] = ..., invitation_role: _Optional[int] = ...) -> None: ...

class BattleBonusConfig(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BattleComboInfo(_message.Message):
    __slots__ = ("user_id", "combo_status", "combo_count", "combo_icon_url", "combo_type", "combo_rule_guide_schema", "user_id_str", "combo_count_str")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    COMBO_STATUS_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMBO_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    COMBO_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMBO_RULE_GUIDE_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_STR_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    combo_status: int
    combo_count: int
    combo_icon_url: str
    combo_type: int
    combo_rule_guide_schema: str
    user_id_str: str
    combo_count_str: str
    def __init__(self, user_id: _Optional[int] = ..., combo_status: _Optional[int] = ..., combo_count: _Optional[int] = ..., combo_icon_url: _Optional[str] = ..., combo_type: _Optional[int] = ..., combo_rule_guide_schema: _Optional[str] = ..., user_id_str: _Optional[str] = ..., combo_count_str: _Optional[str] = ...) -> None: ...

class BattleDisplayConfig(_message.Message):
    __slots__ = ("threshold", "text", "diff_threshold", "diff_text", "exempt_strategy")
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    DIFF_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    DIFF_TEXT_FIELD_NUMBER: _ClassVar[int]
    EXEMPT_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    threshold: int
    text: str
    diff_threshold: int
    diff_text: str
    exempt_strategy: ExemptStrategy
    def __init__(self, threshold: _Optional[int] = ..., text: _Optional[str] = ..., diff_threshold: _Optional[int] = ..., diff_text: _Optional[str] = ..., exempt_strategy: _Optional[_Union[ExemptStrategy, _Mapping]] = ...) -> None: ...

class BattleEffect(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BattleEffectInfos(_message.Message):
    __slots__ = ("effect_info_list", "effect_list_version")
    EFFECT_INFO_LIST_FIELD_NUMBER: _ClassVar[int]
    EFFECT_LIST_VERSION_FIELD_NUMBER: _ClassVar[int]
    effect_info_list: _containers.RepeatedCompositeFieldContainer[BattleEffect]
    effect_list_version: int
    def __init__(self, effect_info_list: _Optional[_Iterable[_Union[BattleEffect, _Mapping]]] = ..., effect_list_version: _Optional[int] = ...) -> None: ...

class BattleFeatureFlags(_message.Message):
    __slots__ = ("enable_match_countdown_optimization", "hide_combo_count_on_start")
    ENABLE_MATCH_COUNTDOWN_OPTIMIZATION_FIELD_NUMBER: _ClassVar[int]
    HIDE_COMBO_COUNT_ON_START_FIELD_NUMBER: _ClassVar[int]
    enable_match_countdown_optimization: bool
    hide_combo_count_on_start: bool
    def __init__(self, enable_match_countdown_optimization: _Optional[bool] = ..., hide_combo_count_on_start: _Optional[bool] = ...) -> None: ...

class BattleInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BattleInviteeGiftPermission(_message.Message):
    __slots__ = ("user_id", "gift_permission_type")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_PERMISSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    gift_permission_type: int
    def __init__(self, user_id: _Optional[int] = ..., gift_permission_type: _Optional[int] = ...) -> None: ...

class BattlePrompt(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BattleResult(_message.Message):
    __slots__ = ("user_id", "result", "score", "diamond_score", "enigma_score", "enigma_uv")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_SCORE_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_UV_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    result: BattleResultResult
    score: int
    diamond_score: int
    enigma_score: int
    enigma_uv: int
    def __init__(self, user_id: _Optional[int] = ..., result: _Optional[_Union[BattleResultResult, str]] = ..., score: _Optional[int] = ..., diamond_score: _Optional[int] = ..., enigma_score: _Optional[int] = ..., enigma_uv: _Optional[int] = ...) -> None: ...

class BattleRewardSettle(_message.Message):
    __slots__ = ("prompt", "status")
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    prompt: BattlePrompt
    status: BattleRewardSettleRewardStatus
    def __init__(self, prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ..., status: _Optional[_Union[BattleRewardSettleRewardStatus, str]] = ...) -> None: ...

class BattleRivalTag(_message.Message):
    __slots__ = ("bg_image", "icon_image", "content")
    BG_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    bg_image: _users_pb2.ImageModel
    icon_image: _users_pb2.ImageModel
    content: str
    def __init__(self, bg_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., icon_image: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., content: _Optional[str] = ...) -> None: ...

class BattleSetting(_message.Message):
    __slots__ = ("battle_id", "start_time_ms", "duration", "channel_id", "status", "invite_type", "gift_mode_meta", "battle_type", "extra_duration_second", "end_time_ms", "scene", "source_type", "ice_showdown_setting", "gameplay_option", "gift_mode_meta_v2")
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_MODE_META_FIELD_NUMBER: _ClassVar[int]
    BATTLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXTRA_DURATION_SECOND_FIELD_NUMBER: _ClassVar[int]
    END_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ICE_SHOWDOWN_SETTING_FIELD_NUMBER: _ClassVar[int]
    GAMEPLAY_OPTION_FIELD_NUMBER: _ClassVar[int]
    GIFT_MODE_META_V2_FIELD_NUMBER: _ClassVar[int]
    battle_id: int
    start_time_ms: int
    duration: int
    channel_id: int
    status: BattleSettingsBattleStatus
    invite_type: BattleInviteType
    gift_mode_meta: GiftModeMeta
    battle_type: BattleType
    extra_duration_second: int
    end_time_ms: int
    scene: BattleScene
    source_type: int
    ice_showdown_setting: IceShowdownSetting
    gameplay_option: MatchGameplayOption
    gift_mode_meta_v2: GiftModeMetaV2
    def __init__(self, battle_id: _Optional[int] = ..., start_time_ms: _Optional[int] = ..., duration: _Optional[int] = ..., channel_id: _Optional[int] = ..., status: _Optional[_Union[BattleSettingsBattleStatus, str]] = ..., invite_type: _Optional[_Union[BattleInviteType, str]] = ..., gift_mode_meta: _Optional[_Union[GiftModeMeta, _Mapping]] = ..., battle_type: _Optional[_Union[BattleType, str]] = ..., extra_duration_second: _Optional[int] = ..., end_time_ms: _Optional[int] = ..., scene: _Optional[_Union[BattleScene, str]] = ..., source_type: _Optional[int] = ..., ice_showdown_setting: _Optional[_Union[IceShowdownSetting, str]] = ..., gameplay_option: _Optional[_Union[MatchGameplayOption, str]] = ..., gift_mode_meta_v2: _Optional[_Union[GiftModeMetaV2, _Mapping]] = ...) -> None: ...

class BattleTaskSettle(_message.Message):
    __slots__ = ("result", "reward_start_time", "reward_start_timestamp")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    REWARD_START_TIME_FIELD_NUMBER: _ClassVar[int]
    REWARD_START_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    result: BattleTaskSettleResult
    reward_start_time: int
    reward_start_timestamp: int
    def __init__(self, result: _Optional[_Union[BattleTaskSettleResult, str]] = ..., reward_start_time: _Optional[int] = ..., reward_start_timestamp: _Optional[int] = ...) -> None: ...

class BattleTaskStart(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: BattleBonusConfig
    def __init__(self, config: _Optional[_Union[BattleBonusConfig, _Mapping]] = ...) -> None: ...

class BattleTaskUpdate(_message.Message):
    __slots__ = ("progress", "from_user_id", "prompt_key", "log_id")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    PROMPT_KEY_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    progress: int
    from_user_id: int
    prompt_key: str
    log_id: str
    def __init__(self, progress: _Optional[int] = ..., from_user_id: _Optional[int] = ..., prompt_key: _Optional[str] = ..., log_id: _Optional[str] = ...) -> None: ...

class BattleTeamResult(_message.Message):
    __slots__ = ("team_id", "team_user", "result", "total_score", "total_enigma_score", "total_enigma_uv")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_USER_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ENIGMA_UV_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    team_user: _containers.RepeatedCompositeFieldContainer[BattleTeamUser]
    result: int
    total_score: int
    total_enigma_score: int
    total_enigma_uv: int
    def __init__(self, team_id: _Optional[int] = ..., team_user: _Optional[_Iterable[_Union[BattleTeamUser, _Mapping]]] = ..., result: _Optional[int] = ..., total_score: _Optional[int] = ..., total_enigma_score: _Optional[int] = ..., total_enigma_uv: _Optional[int] = ...) -> None: ...

class BattleTeamUser(_message.Message):
    __slots__ = ("user_id", "score", "user_id_str", "enigma_score")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    score: int
    user_id_str: str
    enigma_score: int
    def __init__(self, user_id: _Optional[int] = ..., score: _Optional[int] = ..., user_id_str: _Optional[str] = ..., enigma_score: _Optional[int] = ...) -> None: ...

class BattleTeamUserArmies(_message.Message):
    __slots__ = ("team_id", "team_user", "team_total_score", "user_armies", "host_rank", "team_total_enigma_score", "team_total_enigma_uv", "host_visible_rank_from_team_id")
    class HostVisibleRankFromTeamIdEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_USER_FIELD_NUMBER: _ClassVar[int]
    TEAM_TOTAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ARMIES_FIELD_NUMBER: _ClassVar[int]
    HOST_RANK_FIELD_NUMBER: _ClassVar[int]
    TEAM_TOTAL_ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    TEAM_TOTAL_ENIGMA_UV_FIELD_NUMBER: _ClassVar[int]
    HOST_VISIBLE_RANK_FROM_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    team_user: _containers.RepeatedCompositeFieldContainer[BattleTeamUser]
    team_total_score: int
    user_armies: BattleUserArmies
    host_rank: int
    team_total_enigma_score: int
    team_total_enigma_uv: int
    host_visible_rank_from_team_id: _containers.ScalarMap[int, int]
    def __init__(self, team_id: _Optional[int] = ..., team_user: _Optional[_Iterable[_Union[BattleTeamUser, _Mapping]]] = ..., team_total_score: _Optional[int] = ..., user_armies: _Optional[_Union[BattleUserArmies, _Mapping]] = ..., host_rank: _Optional[int] = ..., team_total_enigma_score: _Optional[int] = ..., team_total_enigma_uv: _Optional[int] = ..., host_visible_rank_from_team_id: _Optional[_Mapping[int, int]] = ...) -> None: ...

class BattleUserArmies(_message.Message):
    __slots__ = ("user_armies", "hostscore", "anchor_id_str", "host_enigma_score", "host_enigma_uv")
    USER_ARMIES_FIELD_NUMBER: _ClassVar[int]
    HOSTSCORE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    HOST_ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    HOST_ENIGMA_UV_FIELD_NUMBER: _ClassVar[int]
    user_armies: _containers.RepeatedCompositeFieldContainer[BattleUserArmy]
    hostscore: int
    anchor_id_str: str
    host_enigma_score: int
    host_enigma_uv: int
    def __init__(self, user_armies: _Optional[_Iterable[_Union[BattleUserArmy, _Mapping]]] = ..., hostscore: _Optional[int] = ..., anchor_id_str: _Optional[str] = ..., host_enigma_score: _Optional[int] = ..., host_enigma_uv: _Optional[int] = ...) -> None: ...

class BattleUserArmy(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BattleUserInfo(_message.Message):
    __slots__ = ("user", "tags")
    USER_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    user: BattleBaseUserInfo
    tags: _containers.RepeatedCompositeFieldContainer[BattleRivalTag]
    def __init__(self, user: _Optional[_Union[BattleBaseUserInfo, _Mapping]] = ..., tags: _Optional[_Iterable[_Union[BattleRivalTag, _Mapping]]] = ...) -> None: ...

class BattleUserInfoWrapper(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: BattleUserInfo
    def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleUserInfo, _Mapping]] = ...) -> None: ...

class BattleUserSettings(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BestTeammateRelation(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BizLayoutState(_message.Message):
    __slots__ = ("multi_guest_biz_layout_extra", "co_host_biz_layout_extra")
    MULTI_GUEST_BIZ_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    CO_HOST_BIZ_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    multi_guest_biz_layout_extra: MultiGuestBizLayoutExtra
    co_host_biz_layout_extra: CoHostBizLayoutExtra
    def __init__(self, multi_guest_biz_layout_extra: _Optional[_Union[MultiGuestBizLayoutExtra, _Mapping]] = ..., co_host_biz_layout_extra: _Optional[_Union[CoHostBizLayoutExtra, _Mapping]] = ...) -> None: ...

class BizSpotExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BizSpotInfo(_message.Message):
    __slots__ = ("spot_id", "pos_identity", "biz_spot_extra")
    SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    POS_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    BIZ_SPOT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    spot_id: int
    pos_identity: PosIdentity
    biz_spot_extra: BizSpotExtra
    def __init__(self, spot_id: _Optional[int] = ..., pos_identity: _Optional[_Union[PosIdentity, _Mapping]] = ..., biz_spot_extra: _Optional[_Union[BizSpotExtra, _Mapping]] = ...) -> None: ...

class BusinessContent(_message.Message):
    __slots__ = ("over_length", "multi_live_content", "cohost_content")
    OVER_LENGTH_FIELD_NUMBER: _ClassVar[int]
    MULTI_LIVE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    COHOST_CONTENT_FIELD_NUMBER: _ClassVar[int]
    over_length: int
    multi_live_content: MultiLiveContent
    cohost_content: CohostContent
    def __init__(self, over_length: _Optional[int] = ..., multi_live_content: _Optional[_Union[MultiLiveContent, _Mapping]] = ..., cohost_content: _Optional[_Union[CohostContent, _Mapping]] = ...) -> None: ...

class CancelApplyContent(_message.Message):
    __slots__ = ("applier", "applier_link_mic_id", "applier_linker_session_id")
    APPLIER_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    applier: Player
    applier_link_mic_id: str
    applier_linker_session_id: str
    def __init__(self, applier: _Optional[_Union[Player, _Mapping]] = ..., applier_link_mic_id: _Optional[str] = ..., applier_linker_session_id: _Optional[str] = ...) -> None: ...

class CancelInviteContent(_message.Message):
    __slots__ = ("invitor", "invitor_link_mic_id", "invitee_link_mic_id", "invite_seq_id", "invitee", "invitee_linker_session_id")
    INVITOR_FIELD_NUMBER: _ClassVar[int]
    INVITOR_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITE_SEQ_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    invitor: Player
    invitor_link_mic_id: str
    invitee_link_mic_id: str
    invite_seq_id: int
    invitee: Player
    invitee_linker_session_id: str
    def __init__(self, invitor: _Optional[_Union[Player, _Mapping]] = ..., invitor_link_mic_id: _Optional[str] = ..., invitee_link_mic_id: _Optional[str] = ..., invite_seq_id: _Optional[int] = ..., invitee: _Optional[_Union[Player, _Mapping]] = ..., invitee_linker_session_id: _Optional[str] = ...) -> None: ...

class CancelJoinGroupContent(_message.Message):
    __slots__ = ("leaver", "operator", "type", "group_user")
    LEAVER_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    leaver: _containers.RepeatedCompositeFieldContainer[GroupPlayer]
    operator: GroupPlayer
    type: JoinType
    group_user: GroupChannelAllUser
    def __init__(self, leaver: _Optional[_Iterable[_Union[GroupPlayer, _Mapping]]] = ..., operator: _Optional[_Union[GroupPlayer, _Mapping]] = ..., type: _Optional[_Union[JoinType, str]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ...) -> None: ...

class CardObtainGuide(_message.Message):
    __slots__ = ("not_in_use",)
    NOT_IN_USE_FIELD_NUMBER: _ClassVar[int]
    not_in_use: int
    def __init__(self, not_in_use: _Optional[int] = ...) -> None: ...

class CoHostBizLayoutExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CohostAbTestSetting(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CohostContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CohostContentGuideInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CohostListChangeContent(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[CohostListUser]
    def __init__(self, users: _Optional[_Iterable[_Union[CohostListUser, _Mapping]]] = ...) -> None: ...

class CohostListUser(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CohostTypeLayoutExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CohostTypeLayoutNonSeiExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CohostTypeSpotExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CohostTypeSpotNonSeiExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CommunityHeartMeInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ContentPosition(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateChannelContent(_message.Message):
    __slots__ = ("owner", "owner_link_mic_id", "owner_linker_session_id")
    OWNER_FIELD_NUMBER: _ClassVar[int]
    OWNER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    owner: Player
    owner_link_mic_id: str
    owner_linker_session_id: str
    def __init__(self, owner: _Optional[_Union[Player, _Mapping]] = ..., owner_link_mic_id: _Optional[str] = ..., owner_linker_session_id: _Optional[str] = ...) -> None: ...

class CriticalStrikeCardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DslConfig(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EnigmaBattleExtraInfo(_message.Message):
    __slots__ = ("has_started", "is_gift_from_enigma")
    HAS_STARTED_FIELD_NUMBER: _ClassVar[int]
    IS_GIFT_FROM_ENIGMA_FIELD_NUMBER: _ClassVar[int]
    has_started: bool
    is_gift_from_enigma: bool
    def __init__(self, has_started: _Optional[bool] = ..., is_gift_from_enigma: _Optional[bool] = ...) -> None: ...

class EnigmaBattleSetting(_message.Message):
    __slots__ = ("is_startable", "enigma_battle_campaign_start", "enigma_battle_campaign_end", "enigma_score_reveal_countdown_sec", "enigma_score_reveal_duration_sec")
    IS_STARTABLE_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_BATTLE_CAMPAIGN_START_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_BATTLE_CAMPAIGN_END_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_REVEAL_COUNTDOWN_SEC_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_REVEAL_DURATION_SEC_FIELD_NUMBER: _ClassVar[int]
    is_startable: bool
    enigma_battle_campaign_start: int
    enigma_battle_campaign_end: int
    enigma_score_reveal_countdown_sec: _containers.RepeatedScalarFieldContainer[int]
    enigma_score_reveal_duration_sec: int
    def __init__(self, is_startable: _Optional[bool] = ..., enigma_battle_campaign_start: _Optional[int] = ..., enigma_battle_campaign_end: _Optional[int] = ..., enigma_score_reveal_countdown_sec: _Optional[_Iterable[int]] = ..., enigma_score_reveal_duration_sec: _Optional[int] = ...) -> None: ...

class ExemptStrategy(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ExtraTimeCardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FanTicketRoomNoticeContent(_message.Message):
    __slots__ = ("user_fan_ticket", "total_linkmic_fan_ticket", "match_id", "event_time", "fan_ticket_icon_url", "play_id", "play_scene", "version", "score_type")
    USER_FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    TOTAL_LINKMIC_FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TIME_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    PLAY_ID_FIELD_NUMBER: _ClassVar[int]
    PLAY_SCENE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SCORE_TYPE_FIELD_NUMBER: _ClassVar[int]
    user_fan_ticket: _containers.RepeatedCompositeFieldContainer[UserFanTicket]
    total_linkmic_fan_ticket: int
    match_id: int
    event_time: int
    fan_ticket_icon_url: str
    play_id: int
    play_scene: PlayScene
    version: int
    score_type: ScoreType
    def __init__(self, user_fan_ticket: _Optional[_Iterable[_Union[UserFanTicket, _Mapping]]] = ..., total_linkmic_fan_ticket: _Optional[int] = ..., match_id: _Optional[int] = ..., event_time: _Optional[int] = ..., fan_ticket_icon_url: _Optional[str] = ..., play_id: _Optional[int] = ..., play_scene: _Optional[_Union[PlayScene, str]] = ..., version: _Optional[int] = ..., score_type: _Optional[_Union[ScoreType, str]] = ...) -> None: ...

class FinishChannelContent(_message.Message):
    __slots__ = ("owner", "finish_reason")
    OWNER_FIELD_NUMBER: _ClassVar[int]
    FINISH_REASON_FIELD_NUMBER: _ClassVar[int]
    owner: Player
    finish_reason: int
    def __init__(self, owner: _Optional[_Union[Player, _Mapping]] = ..., finish_reason: _Optional[int] = ...) -> None: ...

class GiftGalleryBadgeInfo(_message.Message):
    __slots__ = ("league_info", "gallery_info", "background_color", "separator_color", "dark_mode_background_color", "league_name", "schema")
    LEAGUE_INFO_FIELD_NUMBER: _ClassVar[int]
    GALLERY_INFO_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    SEPARATOR_COLOR_FIELD_NUMBER: _ClassVar[int]
    DARK_MODE_BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    LEAGUE_NAME_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    league_info: GiftGalleryBadgeSection
    gallery_info: GiftGalleryBadgeSection
    background_color: str
    separator_color: str
    dark_mode_background_color: str
    league_name: str
    schema: str
    def __init__(self, league_info: _Optional[_Union[GiftGalleryBadgeSection, _Mapping]] = ..., gallery_info: _Optional[_Union[GiftGalleryBadgeSection, _Mapping]] = ..., background_color: _Optional[str] = ..., separator_color: _Optional[str] = ..., dark_mode_background_color: _Optional[str] = ..., league_name: _Optional[str] = ..., schema: _Optional[str] = ...) -> None: ...

class GiftGalleryBadgeSection(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GiftModeMeta(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GiftModeMetaV2(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GroupChangeContent(_message.Message):
    __slots__ = ("group_user", "linked_user_ui_positions")
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    group_user: GroupChannelAllUser
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ...) -> None: ...

class GroupChannelAllUser(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GroupPlayer(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HighScoreControlCfg(_message.Message):
    __slots__ = ("normal_control_applied", "threshold", "origin_display_to_user_list")
    NORMAL_CONTROL_APPLIED_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_DISPLAY_TO_USER_LIST_FIELD_NUMBER: _ClassVar[int]
    normal_control_applied: bool
    threshold: int
    origin_display_to_user_list: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, normal_control_applied: _Optional[bool] = ..., threshold: _Optional[int] = ..., origin_display_to_user_list: _Optional[_Iterable[int]] = ...) -> None: ...

class InviteContent(_message.Message):
    __slots__ = ("invitor", "invitee_rtc_ext_info", "invitor_link_mic_id", "invitee_link_mic_id", "is_owner", "pos", "dsl", "invitee", "operator", "invitee_linker_session_id")
    INVITOR_FIELD_NUMBER: _ClassVar[int]
    INVITEE_RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    INVITOR_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    IS_OWNER_FIELD_NUMBER: _ClassVar[int]
    POS_FIELD_NUMBER: _ClassVar[int]
    DSL_FIELD_NUMBER: _ClassVar[int]
    INVITEE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    invitor: Player
    invitee_rtc_ext_info: RtcExtraInfo
    invitor_link_mic_id: str
    invitee_link_mic_id: str
    is_owner: bool
    pos: MicPositionData
    dsl: DslConfig
    invitee: Player
    operator: Player
    invitee_linker_session_id: str
    def __init__(self, invitor: _Optional[_Union[Player, _Mapping]] = ..., invitee_rtc_ext_info: _Optional[_Union[RtcExtraInfo, _Mapping]] = ..., invitor_link_mic_id: _Optional[str] = ..., invitee_link_mic_id: _Optional[str] = ..., is_owner: _Optional[bool] = ..., pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., dsl: _Optional[_Union[DslConfig, _Mapping]] = ..., invitee: _Optional[_Union[Player, _Mapping]] = ..., operator: _Optional[_Union[Player, _Mapping]] = ..., invitee_linker_session_id: _Optional[str] = ...) -> None: ...

class InviteTopHostInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class JoinDirectContent(_message.Message):
    __slots__ = ("joiner", "all_users")
    JOINER_FIELD_NUMBER: _ClassVar[int]
    ALL_USERS_FIELD_NUMBER: _ClassVar[int]
    joiner: LinkLayerListUser
    all_users: AllListUser
    def __init__(self, joiner: _Optional[_Union[LinkLayerListUser, _Mapping]] = ..., all_users: _Optional[_Union[AllListUser, _Mapping]] = ...) -> None: ...

class JoinGroupContent(_message.Message):
    __slots__ = ("group_user", "join_user", "type", "group_ext_info")
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    JOIN_USER_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    group_user: GroupChannelAllUser
    join_user: GroupPlayer
    type: JoinType
    group_ext_info: _containers.RepeatedCompositeFieldContainer[RtcExtraInfo]
    def __init__(self, group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., join_user: _Optional[_Union[GroupPlayer, _Mapping]] = ..., type: _Optional[_Union[JoinType, str]] = ..., group_ext_info: _Optional[_Iterable[_Union[RtcExtraInfo, _Mapping]]] = ...) -> None: ...

class JoinGroupDirectContent(_message.Message):
    __slots__ = ("group_ext_info", "group_user", "migration_details", "content_pos", "cross_room_layout")
    GROUP_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_DETAILS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_POS_FIELD_NUMBER: _ClassVar[int]
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    group_ext_info: _containers.RepeatedCompositeFieldContainer[RtcExtraInfo]
    group_user: GroupChannelAllUser
    migration_details: MigrationDetails
    content_pos: _containers.RepeatedCompositeFieldContainer[ContentPosition]
    cross_room_layout: LayoutData
    def __init__(self, group_ext_info: _Optional[_Iterable[_Union[RtcExtraInfo, _Mapping]]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., migration_details: _Optional[_Union[MigrationDetails, _Mapping]] = ..., content_pos: _Optional[_Iterable[_Union[ContentPosition, _Mapping]]] = ..., cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ...) -> None: ...

class JoinRoomDirectContent(_message.Message):
    __slots__ = ("joiner", "joiner_link_mic_id", "joiner_ext_info", "layout", "spot_list", "ui_pos")
    JOINER_FIELD_NUMBER: _ClassVar[int]
    JOINER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    JOINER_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    joiner: Player
    joiner_link_mic_id: str
    joiner_ext_info: RtcExtraInfo
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    def __init__(self, joiner: _Optional[_Union[Player, _Mapping]] = ..., joiner_link_mic_id: _Optional[str] = ..., joiner_ext_info: _Optional[_Union[RtcExtraInfo, _Mapping]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ...) -> None: ...

class KickOutContent(_message.Message):
    __slots__ = ("offliner", "kickout_reason", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "offliner_linker_session_id")
    OFFLINER_FIELD_NUMBER: _ClassVar[int]
    KICKOUT_REASON_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    OFFLINER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    offliner: Player
    kickout_reason: KickoutReason
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    offliner_linker_session_id: str
    def __init__(self, offliner: _Optional[_Union[Player, _Mapping]] = ..., kickout_reason: _Optional[_Union[KickoutReason, str]] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., offliner_linker_session_id: _Optional[str] = ...) -> None: ...

class LayoutData(_message.Message):
    __slots__ = ("layout", "spot_list", "version", "group_channel_id", "ui_pos")
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    version: int
    group_channel_id: int
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    def __init__(self, layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., version: _Optional[int] = ..., group_channel_id: _Optional[int] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ...) -> None: ...

class LayoutState(_message.Message):
    __slots__ = ("layout_id", "layout_key", "multi_guest_layout_extra", "multi_guest_layout_non_sei_extra", "cohost_layout_extra", "cohost_layout_non_sei_extra")
    LAYOUT_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_KEY_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_LAYOUT_NON_SEI_EXTRA_FIELD_NUMBER: _ClassVar[int]
    COHOST_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    COHOST_LAYOUT_NON_SEI_EXTRA_FIELD_NUMBER: _ClassVar[int]
    layout_id: str
    layout_key: str
    multi_guest_layout_extra: MultiGuestLayoutExtra
    multi_guest_layout_non_sei_extra: MultiGuestLayoutNonSeiExtra
    cohost_layout_extra: CohostTypeLayoutExtra
    cohost_layout_non_sei_extra: CohostTypeLayoutNonSeiExtra
    def __init__(self, layout_id: _Optional[str] = ..., layout_key: _Optional[str] = ..., multi_guest_layout_extra: _Optional[_Union[MultiGuestLayoutExtra, _Mapping]] = ..., multi_guest_layout_non_sei_extra: _Optional[_Union[MultiGuestLayoutNonSeiExtra, _Mapping]] = ..., cohost_layout_extra: _Optional[_Union[CohostTypeLayoutExtra, _Mapping]] = ..., cohost_layout_non_sei_extra: _Optional[_Union[CohostTypeLayoutNonSeiExtra, _Mapping]] = ...) -> None: ...

class LeagueScoreInfo(_message.Message):
    __slots__ = ("estimated_score", "is_opt_out", "is_activity_period", "content_text", "class_opt_out", "content_text_open", "match_theme", "left_icon", "right_icon", "right_schema_jump_link")
    ESTIMATED_SCORE_FIELD_NUMBER: _ClassVar[int]
    IS_OPT_OUT_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVITY_PERIOD_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEXT_FIELD_NUMBER: _ClassVar[int]
    CLASS_OPT_OUT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEXT_OPEN_FIELD_NUMBER: _ClassVar[int]
    MATCH_THEME_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    RIGHT_ICON_FIELD_NUMBER: _ClassVar[int]
    RIGHT_SCHEMA_JUMP_LINK_FIELD_NUMBER: _ClassVar[int]
    estimated_score: int
    is_opt_out: bool
    is_activity_period: bool
    content_text: _common_pb2.Text
    class_opt_out: bool
    content_text_open: _common_pb2.Text
    match_theme: int
    left_icon: _users_pb2.ImageModel
    right_icon: _users_pb2.ImageModel
    right_schema_jump_link: str
    def __init__(self, estimated_score: _Optional[int] = ..., is_opt_out: _Optional[bool] = ..., is_activity_period: _Optional[bool] = ..., content_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., class_opt_out: _Optional[bool] = ..., content_text_open: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., match_theme: _Optional[int] = ..., left_icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., right_icon: _Optional[_Union[_users_pb2.ImageModel, _Mapping]] = ..., right_schema_jump_link: _Optional[str] = ...) -> None: ...

class LeaveContent(_message.Message):
    __slots__ = ("leaver", "leave_reason", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "leaver_linker_session_id")
    LEAVER_FIELD_NUMBER: _ClassVar[int]
    LEAVE_REASON_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    LEAVER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    leaver: Player
    leave_reason: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    leaver_linker_session_id: str
    def __init__(self, leaver: _Optional[_Union[Player, _Mapping]] = ..., leave_reason: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., leaver_linker_session_id: _Optional[str] = ...) -> None: ...

class LeaveJoinGroupContent(_message.Message):
    __slots__ = ("operator", "group_channel_id", "leave_source", "linked_user_ui_positions")
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    LEAVE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    operator: GroupPlayer
    group_channel_id: int
    leave_source: str
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, operator: _Optional[_Union[GroupPlayer, _Mapping]] = ..., group_channel_id: _Optional[int] = ..., leave_source: _Optional[str] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ...) -> None: ...

class LinkEnvelopeContent(_message.Message):
    __slots__ = ("sender", "receiver", "message_payload")
    SENDER_FIELD_NUMBER: _ClassVar[int]
    RECEIVER_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    sender: LinkUserIdentity
    receiver: LinkUserIdentity
    message_payload: LinkEnvelopeMessagePayload
    def __init__(self, sender: _Optional[_Union[LinkUserIdentity, _Mapping]] = ..., receiver: _Optional[_Union[LinkUserIdentity, _Mapping]] = ..., message_payload: _Optional[_Union[LinkEnvelopeMessagePayload, _Mapping]] = ...) -> None: ...

class LinkEnvelopeMessagePayload(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkLayerListUser(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkListChangeContent(_message.Message):
    __slots__ = ("type", "list", "linked_user_ui_positions", "content_pos")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LIST_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_POS_FIELD_NUMBER: _ClassVar[int]
    type: int
    list: AllListUser
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    content_pos: _containers.RepeatedCompositeFieldContainer[ContentPosition]
    def __init__(self, type: _Optional[int] = ..., list: _Optional[_Union[AllListUser, _Mapping]] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., content_pos: _Optional[_Iterable[_Union[ContentPosition, _Mapping]]] = ...) -> None: ...

class LinkListUser(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkUserIdentity(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkUserState(_message.Message):
    __slots__ = ("user", "linkmic_id", "pos", "linked_time_nano", "online_user_state", "audio_muted", "video_muted", "rtc_connection", "network_state", "avatar", "linker_session_id")
    USER_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    POS_FIELD_NUMBER: _ClassVar[int]
    LINKED_TIME_NANO_FIELD_NUMBER: _ClassVar[int]
    ONLINE_USER_STATE_FIELD_NUMBER: _ClassVar[int]
    AUDIO_MUTED_FIELD_NUMBER: _ClassVar[int]
    VIDEO_MUTED_FIELD_NUMBER: _ClassVar[int]
    RTC_CONNECTION_FIELD_NUMBER: _ClassVar[int]
    NETWORK_STATE_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    user: Player
    linkmic_id: str
    pos: MicPositionData
    linked_time_nano: int
    online_user_state: OnlineUserState
    audio_muted: MediaState
    video_muted: MediaState
    rtc_connection: RtcConnectionState
    network_state: NetworkState
    avatar: AvatarState
    linker_session_id: str
    def __init__(self, user: _Optional[_Union[Player, _Mapping]] = ..., linkmic_id: _Optional[str] = ..., pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., linked_time_nano: _Optional[int] = ..., online_user_state: _Optional[_Union[OnlineUserState, str]] = ..., audio_muted: _Optional[_Union[MediaState, str]] = ..., video_muted: _Optional[_Union[MediaState, str]] = ..., rtc_connection: _Optional[_Union[RtcConnectionState, str]] = ..., network_state: _Optional[_Union[NetworkState, str]] = ..., avatar: _Optional[_Union[AvatarState, _Mapping]] = ..., linker_session_id: _Optional[str] = ...) -> None: ...

class LinkedListChangeContent(_message.Message):
    __slots__ = ("linked_users",)
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    linked_users: _containers.RepeatedCompositeFieldContainer[ListUser]
    def __init__(self, linked_users: _Optional[_Iterable[_Union[ListUser, _Mapping]]] = ...) -> None: ...

class LinkerAcceptNoticeContent(_message.Message):
    __slots__ = ("from_user_id", "from_room_id", "to_user_id")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    from_room_id: int
    to_user_id: int
    def __init__(self, from_user_id: _Optional[int] = ..., from_room_id: _Optional[int] = ..., to_user_id: _Optional[int] = ...) -> None: ...

class LinkerCancelContent(_message.Message):
    __slots__ = ("from_user_id", "to_user_id", "cancel_type", "action_id")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    CANCEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_ID_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    to_user_id: int
    cancel_type: int
    action_id: int
    def __init__(self, from_user_id: _Optional[int] = ..., to_user_id: _Optional[int] = ..., cancel_type: _Optional[int] = ..., action_id: _Optional[int] = ...) -> None: ...

class LinkerCloseContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkerCreateContent(_message.Message):
    __slots__ = ("owner_id", "owner_room_id", "link_type")
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    owner_id: int
    owner_room_id: int
    link_type: int
    def __init__(self, owner_id: _Optional[int] = ..., owner_room_id: _Optional[int] = ..., link_type: _Optional[int] = ...) -> None: ...

class LinkerEnterContent(_message.Message):
    __slots__ = ("linked_users", "anchor_multi_live_enum", "anchor_setting_info")
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MULTI_LIVE_ENUM_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    linked_users: _containers.RepeatedCompositeFieldContainer[ListUser]
    anchor_multi_live_enum: LinkmicMultiLiveEnum
    anchor_setting_info: MultiLiveAnchorPanelSettings
    def __init__(self, linked_users: _Optional[_Iterable[_Union[ListUser, _Mapping]]] = ..., anchor_multi_live_enum: _Optional[_Union[LinkmicMultiLiveEnum, str]] = ..., anchor_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ...) -> None: ...

class LinkerInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkerInviteContent(_message.Message):
    __slots__ = ("from_user_id", "from_room_id", "to_rtc_ext_info", "rtc_join_channel", "vendor", "sec_from_user_id", "to_linkmic_id_str", "from_user", "required_mic_idx", "rtc_ext_info_map", "anchor_multi_live_enum", "anchor_setting_info", "inviter_linkmic_id_str", "from_top_host_info", "action_id", "linked_users", "dialog", "punish_info", "from_room_age_restricted", "from_tag", "ab_test_setting", "linker_invite_msg_extra")
    class RtcExtInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: str
        def __init__(self, key: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    RTC_JOIN_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    VENDOR_FIELD_NUMBER: _ClassVar[int]
    SEC_FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_MIC_IDX_FIELD_NUMBER: _ClassVar[int]
    RTC_EXT_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MULTI_LIVE_ENUM_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    INVITER_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    FROM_TOP_HOST_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTION_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_AGE_RESTRICTED_FIELD_NUMBER: _ClassVar[int]
    FROM_TAG_FIELD_NUMBER: _ClassVar[int]
    AB_TEST_SETTING_FIELD_NUMBER: _ClassVar[int]
    LINKER_INVITE_MSG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    from_room_id: int
    to_rtc_ext_info: str
    rtc_join_channel: bool
    vendor: int
    sec_from_user_id: str
    to_linkmic_id_str: str
    from_user: _users_pb2.User
    required_mic_idx: int
    rtc_ext_info_map: _containers.ScalarMap[int, str]
    anchor_multi_live_enum: LinkmicMultiLiveEnum
    anchor_setting_info: MultiLiveAnchorPanelSettings
    inviter_linkmic_id_str: str
    from_top_host_info: InviteTopHostInfo
    action_id: int
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkmicUserInfo]
    dialog: _room_pb2.PerceptionDialogInfo
    punish_info: _room_pb2.PunishEventInfo
    from_room_age_restricted: int
    from_tag: Tag
    ab_test_setting: _containers.RepeatedCompositeFieldContainer[CohostAbTestSetting]
    linker_invite_msg_extra: LinkerInviteMessageExtra
    def __init__(self, from_user_id: _Optional[int] = ..., from_room_id: _Optional[int] = ..., to_rtc_ext_info: _Optional[str] = ..., rtc_join_channel: _Optional[bool] = ..., vendor: _Optional[int] = ..., sec_from_user_id: _Optional[str] = ..., to_linkmic_id_str: _Optional[str] = ..., from_user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., required_mic_idx: _Optional[int] = ..., rtc_ext_info_map: _Optional[_Mapping[int, str]] = ..., anchor_multi_live_enum: _Optional[_Union[LinkmicMultiLiveEnum, str]] = ..., anchor_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ..., inviter_linkmic_id_str: _Optional[str] = ..., from_top_host_info: _Optional[_Union[InviteTopHostInfo, _Mapping]] = ..., action_id: _Optional[int] = ..., linked_users: _Optional[_Iterable[_Union[LinkmicUserInfo, _Mapping]]] = ..., dialog: _Optional[_Union[_room_pb2.PerceptionDialogInfo, _Mapping]] = ..., punish_info: _Optional[_Union[_room_pb2.PunishEventInfo, _Mapping]] = ..., from_room_age_restricted: _Optional[int] = ..., from_tag: _Optional[_Union[Tag, _Mapping]] = ..., ab_test_setting: _Optional[_Iterable[_Union[CohostAbTestSetting, _Mapping]]] = ..., linker_invite_msg_extra: _Optional[_Union[LinkerInviteMessageExtra, _Mapping]] = ...) -> None: ...

class LinkerInviteMessageExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkerKickOutContent(_message.Message):
    __slots__ = ("from_user_id", "kickout_reason")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    KICKOUT_REASON_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    kickout_reason: KickoutReason
    def __init__(self, from_user_id: _Optional[int] = ..., kickout_reason: _Optional[_Union[KickoutReason, str]] = ...) -> None: ...

class LinkerLeaveContent(_message.Message):
    __slots__ = ("user_id", "linkmic_id_str", "send_leave_uid", "leave_reason")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    SEND_LEAVE_UID_FIELD_NUMBER: _ClassVar[int]
    LEAVE_REASON_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    linkmic_id_str: str
    send_leave_uid: int
    leave_reason: int
    def __init__(self, user_id: _Optional[int] = ..., linkmic_id_str: _Optional[str] = ..., send_leave_uid: _Optional[int] = ..., leave_reason: _Optional[int] = ...) -> None: ...

class LinkerListChangeContent(_message.Message):
    __slots__ = ("linked_users", "applied_users", "connecting_users")
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    APPLIED_USERS_FIELD_NUMBER: _ClassVar[int]
    CONNECTING_USERS_FIELD_NUMBER: _ClassVar[int]
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkListUser]
    applied_users: _containers.RepeatedCompositeFieldContainer[LinkListUser]
    connecting_users: _containers.RepeatedCompositeFieldContainer[LinkListUser]
    def __init__(self, linked_users: _Optional[_Iterable[_Union[LinkListUser, _Mapping]]] = ..., applied_users: _Optional[_Iterable[_Union[LinkListUser, _Mapping]]] = ..., connecting_users: _Optional[_Iterable[_Union[LinkListUser, _Mapping]]] = ...) -> None: ...

class LinkerMediaChangeContent(_message.Message):
    __slots__ = ("op", "to_user_id", "anchor_id", "room_id", "change_scene", "operator_info")
    OP_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SCENE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_INFO_FIELD_NUMBER: _ClassVar[int]
    op: GuestMicCameraManageOp
    to_user_id: int
    anchor_id: int
    room_id: int
    change_scene: GuestMicCameraChangeScene
    operator_info: LinkerMediaChangeOperator
    def __init__(self, op: _Optional[_Union[GuestMicCameraManageOp, str]] = ..., to_user_id: _Optional[int] = ..., anchor_id: _Optional[int] = ..., room_id: _Optional[int] = ..., change_scene: _Optional[_Union[GuestMicCameraChangeScene, str]] = ..., operator_info: _Optional[_Union[LinkerMediaChangeOperator, _Mapping]] = ...) -> None: ...

class LinkerMediaChangeOperator(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkerMicIdxUpdateContent(_message.Message):
    __slots__ = ("mic_idx_update_info",)
    MIC_IDX_UPDATE_INFO_FIELD_NUMBER: _ClassVar[int]
    mic_idx_update_info: LinkerMicIdxUpdateInfo
    def __init__(self, mic_idx_update_info: _Optional[_Union[LinkerMicIdxUpdateInfo, _Mapping]] = ...) -> None: ...

class LinkerMicIdxUpdateInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkerMuteContent(_message.Message):
    __slots__ = ("user_id", "mute_status")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    MUTE_STATUS_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    mute_status: MuteStatus
    def __init__(self, user_id: _Optional[int] = ..., mute_status: _Optional[_Union[MuteStatus, str]] = ...) -> None: ...

class LinkerRandomMatchContent(_message.Message):
    __slots__ = ("user", "room_id", "invite_type", "match_id", "inner_channel_id", "source_type", "group_channel_id", "play_type", "paired_time")
    USER_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    INNER_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    PAIRED_TIME_FIELD_NUMBER: _ClassVar[int]
    user: _users_pb2.User
    room_id: int
    invite_type: int
    match_id: str
    inner_channel_id: int
    source_type: int
    group_channel_id: int
    play_type: LinkmicPlayType
    paired_time: int
    def __init__(self, user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., room_id: _Optional[int] = ..., invite_type: _Optional[int] = ..., match_id: _Optional[str] = ..., inner_channel_id: _Optional[int] = ..., source_type: _Optional[int] = ..., group_channel_id: _Optional[int] = ..., play_type: _Optional[_Union[LinkmicPlayType, str]] = ..., paired_time: _Optional[int] = ...) -> None: ...

class LinkerReplyContent(_message.Message):
    __slots__ = ("from_user_id", "from_room_id", "from_user_linkmic_info", "to_user_id", "to_user_linkmic_info", "link_type", "reply_status", "linker_setting", "from_user", "to_user", "rtc_ext_info_map", "invitee_mic_idx_update_info", "applier_mic_idx_info_map", "anchor_multi_live_enum", "anchor_setting_info", "action_id", "linked_users", "source_type")
    class RtcExtInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: str
        def __init__(self, key: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...
    class ApplierMicIdxInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_LINKMIC_INFO_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_LINKMIC_INFO_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    LINKER_SETTING_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_FIELD_NUMBER: _ClassVar[int]
    TO_USER_FIELD_NUMBER: _ClassVar[int]
    RTC_EXT_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    INVITEE_MIC_IDX_UPDATE_INFO_FIELD_NUMBER: _ClassVar[int]
    APPLIER_MIC_IDX_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MULTI_LIVE_ENUM_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTION_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    from_room_id: int
    from_user_linkmic_info: LinkmicInfo
    to_user_id: int
    to_user_linkmic_info: LinkmicInfo
    link_type: int
    reply_status: int
    linker_setting: LinkerSetting
    from_user: _users_pb2.User
    to_user: _users_pb2.User
    rtc_ext_info_map: _containers.ScalarMap[int, str]
    invitee_mic_idx_update_info: LinkerMicIdxUpdateInfo
    applier_mic_idx_info_map: _containers.ScalarMap[int, int]
    anchor_multi_live_enum: LinkmicMultiLiveEnum
    anchor_setting_info: MultiLiveAnchorPanelSettings
    action_id: int
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkmicUserInfo]
    source_type: int
    def __init__(self, from_user_id: _Optional[int] = ..., from_room_id: _Optional[int] = ..., from_user_linkmic_info: _Optional[_Union[LinkmicInfo, _Mapping]] = ..., to_user_id: _Optional[int] = ..., to_user_linkmic_info: _Optional[_Union[LinkmicInfo, _Mapping]] = ..., link_type: _Optional[int] = ..., reply_status: _Optional[int] = ..., linker_setting: _Optional[_Union[LinkerSetting, _Mapping]] = ..., from_user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., to_user: _Optional[_Union[_users_pb2.User, _Mapping]] = ..., rtc_ext_info_map: _Optional[_Mapping[int, str]] = ..., invitee_mic_idx_update_info: _Optional[_Union[LinkerMicIdxUpdateInfo, _Mapping]] = ..., applier_mic_idx_info_map: _Optional[_Mapping[int, int]] = ..., anchor_multi_live_enum: _Optional[_Union[LinkmicMultiLiveEnum, str]] = ..., anchor_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ..., action_id: _Optional[int] = ..., linked_users: _Optional[_Iterable[_Union[LinkmicUserInfo, _Mapping]]] = ..., source_type: _Optional[int] = ...) -> None: ...

class LinkerSetting(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkerSysKickOutContent(_message.Message):
    __slots__ = ("user_id", "linkmic_id_str")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    linkmic_id_str: str
    def __init__(self, user_id: _Optional[int] = ..., linkmic_id_str: _Optional[str] = ...) -> None: ...

class LinkerUpdateUserContent(_message.Message):
    __slots__ = ("from_user_id", "to_user_id", "update_info")
    class UpdateInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATE_INFO_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    to_user_id: int
    update_info: _containers.ScalarMap[str, str]
    def __init__(self, from_user_id: _Optional[int] = ..., to_user_id: _Optional[int] = ..., update_info: _Optional[_Mapping[str, str]] = ...) -> None: ...

class LinkerWaitingListChangeContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkmicInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkmicUserInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkmicUserToastContent(_message.Message):
    __slots__ = ("user_id", "room_id", "display_text", "leaved_user_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    LEAVED_USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    room_id: int
    display_text: _common_pb2.Text
    leaved_user_id: int
    def __init__(self, user_id: _Optional[int] = ..., room_id: _Optional[int] = ..., display_text: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., leaved_user_id: _Optional[int] = ...) -> None: ...

class ListUser(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MatchInvitePanelConfig(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MatchOpeningAnimationConfig(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MatchPunishEffectInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MatchPunishExtraInfo(_message.Message):
    __slots__ = ("match_punish_effect_info", "cohost_content_guide_info", "recommended_playbook_info")
    MATCH_PUNISH_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    COHOST_CONTENT_GUIDE_INFO_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_PLAYBOOK_INFO_FIELD_NUMBER: _ClassVar[int]
    match_punish_effect_info: MatchPunishEffectInfo
    cohost_content_guide_info: CohostContentGuideInfo
    recommended_playbook_info: RecommendedPlaybookInfo
    def __init__(self, match_punish_effect_info: _Optional[_Union[MatchPunishEffectInfo, _Mapping]] = ..., cohost_content_guide_info: _Optional[_Union[CohostContentGuideInfo, _Mapping]] = ..., recommended_playbook_info: _Optional[_Union[RecommendedPlaybookInfo, _Mapping]] = ...) -> None: ...

class MatchThemeDisplayResource(_message.Message):
    __slots__ = ("match_theme", "match_opening_animation_config", "match_title_bar_config", "match_invite_panel_config")
    MATCH_THEME_FIELD_NUMBER: _ClassVar[int]
    MATCH_OPENING_ANIMATION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MATCH_TITLE_BAR_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MATCH_INVITE_PANEL_CONFIG_FIELD_NUMBER: _ClassVar[int]
    match_theme: int
    match_opening_animation_config: MatchOpeningAnimationConfig
    match_title_bar_config: MatchTitleBarConfig
    match_invite_panel_config: MatchInvitePanelConfig
    def __init__(self, match_theme: _Optional[int] = ..., match_opening_animation_config: _Optional[_Union[MatchOpeningAnimationConfig, _Mapping]] = ..., match_title_bar_config: _Optional[_Union[MatchTitleBarConfig, _Mapping]] = ..., match_invite_panel_config: _Optional[_Union[MatchInvitePanelConfig, _Mapping]] = ...) -> None: ...

class MatchTitleBarConfig(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MicPositionData(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MigrationDetails(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MultiGuestBizLayoutExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MultiGuestLayoutExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MultiGuestLayoutNonSeiExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MultiGuestSpotExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MultiGuestSpotNonSeiExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MultiLiveAnchorPanelSettings(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MultiLiveContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MultiLiveUpdateUserSettingContent(_message.Message):
    __slots__ = ("update_user_setting_info", "anchor_layout_setting", "reset_point_after_leave")
    UPDATE_USER_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LAYOUT_SETTING_FIELD_NUMBER: _ClassVar[int]
    RESET_POINT_AFTER_LEAVE_FIELD_NUMBER: _ClassVar[int]
    update_user_setting_info: MultiLiveAnchorPanelSettings
    anchor_layout_setting: AnchorLayoutSetting
    reset_point_after_leave: int
    def __init__(self, update_user_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ..., anchor_layout_setting: _Optional[_Union[AnchorLayoutSetting, _Mapping]] = ..., reset_point_after_leave: _Optional[int] = ...) -> None: ...

class OffliveInviteInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OptPairInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class P2PGroupChangeContent(_message.Message):
    __slots__ = ("group_ext_info", "group_user", "migration_details", "content_pos", "cross_room_layout")
    GROUP_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_DETAILS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_POS_FIELD_NUMBER: _ClassVar[int]
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    group_ext_info: _containers.RepeatedCompositeFieldContainer[RtcExtraInfo]
    group_user: GroupChannelAllUser
    migration_details: MigrationDetails
    content_pos: _containers.RepeatedCompositeFieldContainer[ContentPosition]
    cross_room_layout: LayoutData
    def __init__(self, group_ext_info: _Optional[_Iterable[_Union[RtcExtraInfo, _Mapping]]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., migration_details: _Optional[_Union[MigrationDetails, _Mapping]] = ..., content_pos: _Optional[_Iterable[_Union[ContentPosition, _Mapping]]] = ..., cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ...) -> None: ...

class PermitApplyContent(_message.Message):
    __slots__ = ("permiter", "permiter_link_mic_id", "applier_pos", "reply_status", "dsl", "applier", "operator", "applier_link_mic_id", "linked_user_ui_positions", "applier_rtc_token", "ui_pos", "layout", "spot_list", "applier_linker_session_id")
    PERMITER_FIELD_NUMBER: _ClassVar[int]
    PERMITER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_POS_FIELD_NUMBER: _ClassVar[int]
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    DSL_FIELD_NUMBER: _ClassVar[int]
    APPLIER_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    APPLIER_RTC_TOKEN_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    permiter: Player
    permiter_link_mic_id: str
    applier_pos: MicPositionData
    reply_status: AgreeStatus
    dsl: DslConfig
    applier: Player
    operator: Player
    applier_link_mic_id: str
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    applier_rtc_token: str
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    applier_linker_session_id: str
    def __init__(self, permiter: _Optional[_Union[Player, _Mapping]] = ..., permiter_link_mic_id: _Optional[str] = ..., applier_pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., reply_status: _Optional[_Union[AgreeStatus, str]] = ..., dsl: _Optional[_Union[DslConfig, _Mapping]] = ..., applier: _Optional[_Union[Player, _Mapping]] = ..., operator: _Optional[_Union[Player, _Mapping]] = ..., applier_link_mic_id: _Optional[str] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., applier_rtc_token: _Optional[str] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., applier_linker_session_id: _Optional[str] = ...) -> None: ...

class PermitJoinGroupContent(_message.Message):
    __slots__ = ("approver", "agree_status", "type", "group_ext_info", "group_user", "migration_details", "linked_user_ui_positions", "permit_group_type", "cross_room_layout")
    APPROVER_FIELD_NUMBER: _ClassVar[int]
    AGREE_STATUS_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_DETAILS_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    PERMIT_GROUP_TYPE_FIELD_NUMBER: _ClassVar[int]
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    approver: GroupPlayer
    agree_status: AgreeStatus
    type: JoinType
    group_ext_info: _containers.RepeatedCompositeFieldContainer[RtcExtraInfo]
    group_user: GroupChannelAllUser
    migration_details: MigrationDetails
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    permit_group_type: int
    cross_room_layout: LayoutData
    def __init__(self, approver: _Optional[_Union[GroupPlayer, _Mapping]] = ..., agree_status: _Optional[_Union[AgreeStatus, str]] = ..., type: _Optional[_Union[JoinType, str]] = ..., group_ext_info: _Optional[_Iterable[_Union[RtcExtraInfo, _Mapping]]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., migration_details: _Optional[_Union[MigrationDetails, _Mapping]] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., permit_group_type: _Optional[int] = ..., cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ...) -> None: ...

class Player(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PosIdentity(_message.Message):
    __slots__ = ("type", "value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    type: PosIdentityType
    value: str
    def __init__(self, type: _Optional[_Union[PosIdentityType, str]] = ..., value: _Optional[str] = ...) -> None: ...

class PosIdentityExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PotionCardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RecommendedPlaybookInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReplyInviteContent(_message.Message):
    __slots__ = ("invitee", "reply_status", "invitee_link_mic_id", "invitee_pos", "invite_operator_user", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "invitee_linker_session_id")
    INVITEE_FIELD_NUMBER: _ClassVar[int]
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_POS_FIELD_NUMBER: _ClassVar[int]
    INVITE_OPERATOR_USER_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    invitee: Player
    reply_status: AgreeStatus
    invitee_link_mic_id: str
    invitee_pos: MicPositionData
    invite_operator_user: Player
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    invitee_linker_session_id: str
    def __init__(self, invitee: _Optional[_Union[Player, _Mapping]] = ..., reply_status: _Optional[_Union[AgreeStatus, str]] = ..., invitee_link_mic_id: _Optional[str] = ..., invitee_pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., invite_operator_user: _Optional[_Union[Player, _Mapping]] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., invitee_linker_session_id: _Optional[str] = ...) -> None: ...

class ReserveInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RivalExtraInfo(_message.Message):
    __slots__ = ("text", "text_type", "label", "anchor_layer", "linker_info", "linkmic_user_settings", "battle_user_settings", "invite_block_reason", "show_play_type", "top_host_info", "tag", "reserve_info", "detail_block_reason", "opt_pair_info", "tag_v2", "eoy_level", "battle_info", "cohost_layout_mode", "game_tag", "gift_gallery_badge_info", "offlive_invite_info", "user_suggestion_info", "friend_suggestion_info", "activity_badge_info")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LAYER_FIELD_NUMBER: _ClassVar[int]
    LINKER_INFO_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_USER_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    BATTLE_USER_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    INVITE_BLOCK_REASON_FIELD_NUMBER: _ClassVar[int]
    SHOW_PLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOP_HOST_INFO_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    RESERVE_INFO_FIELD_NUMBER: _ClassVar[int]
    DETAIL_BLOCK_REASON_FIELD_NUMBER: _ClassVar[int]
    OPT_PAIR_INFO_FIELD_NUMBER: _ClassVar[int]
    TAG_V2_FIELD_NUMBER: _ClassVar[int]
    EOY_LEVEL_FIELD_NUMBER: _ClassVar[int]
    BATTLE_INFO_FIELD_NUMBER: _ClassVar[int]
    COHOST_LAYOUT_MODE_FIELD_NUMBER: _ClassVar[int]
    GAME_TAG_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_BADGE_INFO_FIELD_NUMBER: _ClassVar[int]
    OFFLIVE_INVITE_INFO_FIELD_NUMBER: _ClassVar[int]
    USER_SUGGESTION_INFO_FIELD_NUMBER: _ClassVar[int]
    FRIEND_SUGGESTION_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_BADGE_INFO_FIELD_NUMBER: _ClassVar[int]
    text: str
    text_type: RivalExtraInfoTextType
    label: str
    anchor_layer: RivalExtraInfoAnchorLayer
    linker_info: LinkerInfo
    linkmic_user_settings: AnchorLinkmicUserSettings
    battle_user_settings: BattleUserSettings
    invite_block_reason: RivalExtraInfoInviteBlockReason
    show_play_type: LinkmicPlayType
    top_host_info: TopHostInfo
    tag: Tag
    reserve_info: ReserveInfo
    detail_block_reason: DetailBlockReason
    opt_pair_info: OptPairInfo
    tag_v2: TagV2
    eoy_level: int
    battle_info: BattleInfo
    cohost_layout_mode: CohostLayoutMode
    game_tag: RivalsGameTag
    gift_gallery_badge_info: GiftGalleryBadgeInfo
    offlive_invite_info: OffliveInviteInfo
    user_suggestion_info: UserSuggestionInfo
    friend_suggestion_info: UserSuggestionInfo
    activity_badge_info: ActivityBadgeInfo
    def __init__(self, text: _Optional[str] = ..., text_type: _Optional[_Union[RivalExtraInfoTextType, str]] = ..., label: _Optional[str] = ..., anchor_layer: _Optional[_Union[RivalExtraInfoAnchorLayer, str]] = ..., linker_info: _Optional[_Union[LinkerInfo, _Mapping]] = ..., linkmic_user_settings: _Optional[_Union[AnchorLinkmicUserSettings, _Mapping]] = ..., battle_user_settings: _Optional[_Union[BattleUserSettings, _Mapping]] = ..., invite_block_reason: _Optional[_Union[RivalExtraInfoInviteBlockReason, str]] = ..., show_play_type: _Optional[_Union[LinkmicPlayType, str]] = ..., top_host_info: _Optional[_Union[TopHostInfo, _Mapping]] = ..., tag: _Optional[_Union[Tag, _Mapping]] = ..., reserve_info: _Optional[_Union[ReserveInfo, _Mapping]] = ..., detail_block_reason: _Optional[_Union[DetailBlockReason, str]] = ..., opt_pair_info: _Optional[_Union[OptPairInfo, _Mapping]] = ..., tag_v2: _Optional[_Union[TagV2, _Mapping]] = ..., eoy_level: _Optional[int] = ..., battle_info: _Optional[_Union[BattleInfo, _Mapping]] = ..., cohost_layout_mode: _Optional[_Union[CohostLayoutMode, str]] = ..., game_tag: _Optional[_Union[RivalsGameTag, _Mapping]] = ..., gift_gallery_badge_info: _Optional[_Union[GiftGalleryBadgeInfo, _Mapping]] = ..., offlive_invite_info: _Optional[_Union[OffliveInviteInfo, _Mapping]] = ..., user_suggestion_info: _Optional[_Union[UserSuggestionInfo, _Mapping]] = ..., friend_suggestion_info: _Optional[_Union[UserSuggestionInfo, _Mapping]] = ..., activity_badge_info: _Optional[_Union[ActivityBadgeInfo, _Mapping]] = ...) -> None: ...

class RivalsGameTag(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RtcExtraInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SmokeCardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SpecialEffectCardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SpecialEffectNotice(_message.Message):
    __slots__ = ("score", "from_user_id", "to_anchor_id", "affected_anchor_pairs", "effect_type", "community_heart_me_info", "community_heart_me_info_str")
    SCORE_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    AFFECTED_ANCHOR_PAIRS_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_STR_FIELD_NUMBER: _ClassVar[int]
    score: int
    from_user_id: int
    to_anchor_id: int
    affected_anchor_pairs: _containers.RepeatedCompositeFieldContainer[AnchorPair]
    effect_type: int
    community_heart_me_info: CommunityHeartMeInfo
    community_heart_me_info_str: str
    def __init__(self, score: _Optional[int] = ..., from_user_id: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., affected_anchor_pairs: _Optional[_Iterable[_Union[AnchorPair, _Mapping]]] = ..., effect_type: _Optional[int] = ..., community_heart_me_info: _Optional[_Union[CommunityHeartMeInfo, _Mapping]] = ..., community_heart_me_info_str: _Optional[str] = ...) -> None: ...

class SpotInfo(_message.Message):
    __slots__ = ("spot_id", "pos_identity", "multi_guest_spot_extra", "multi_guest_spot_non_sei_extra", "cohost_spot_extra", "cohost_spot_non_sei_extra", "pos_identity_extra")
    SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    POS_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_SPOT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_SPOT_NON_SEI_EXTRA_FIELD_NUMBER: _ClassVar[int]
    COHOST_SPOT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    COHOST_SPOT_NON_SEI_EXTRA_FIELD_NUMBER: _ClassVar[int]
    POS_IDENTITY_EXTRA_FIELD_NUMBER: _ClassVar[int]
    spot_id: int
    pos_identity: PosIdentity
    multi_guest_spot_extra: MultiGuestSpotExtra
    multi_guest_spot_non_sei_extra: MultiGuestSpotNonSeiExtra
    cohost_spot_extra: CohostTypeSpotExtra
    cohost_spot_non_sei_extra: CohostTypeSpotNonSeiExtra
    pos_identity_extra: PosIdentityExtra
    def __init__(self, spot_id: _Optional[int] = ..., pos_identity: _Optional[_Union[PosIdentity, _Mapping]] = ..., multi_guest_spot_extra: _Optional[_Union[MultiGuestSpotExtra, _Mapping]] = ..., multi_guest_spot_non_sei_extra: _Optional[_Union[MultiGuestSpotNonSeiExtra, _Mapping]] = ..., cohost_spot_extra: _Optional[_Union[CohostTypeSpotExtra, _Mapping]] = ..., cohost_spot_non_sei_extra: _Optional[_Union[CohostTypeSpotNonSeiExtra, _Mapping]] = ..., pos_identity_extra: _Optional[_Union[PosIdentityExtra, _Mapping]] = ...) -> None: ...

class SupportedActionsWrapper(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: bool
    def __init__(self, key: _Optional[int] = ..., value: _Optional[bool] = ...) -> None: ...

class Tag(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TagV2(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TeamMatchCampaign(_message.Message):
    __slots__ = ("best_teammate_relation", "start_sfx_team_id", "has_team_match_mvp_sfx")
    BEST_TEAMMATE_RELATION_FIELD_NUMBER: _ClassVar[int]
    START_SFX_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_TEAM_MATCH_MVP_SFX_FIELD_NUMBER: _ClassVar[int]
    best_teammate_relation: _containers.RepeatedCompositeFieldContainer[BestTeammateRelation]
    start_sfx_team_id: _containers.RepeatedScalarFieldContainer[int]
    has_team_match_mvp_sfx: bool
    def __init__(self, best_teammate_relation: _Optional[_Iterable[_Union[BestTeammateRelation, _Mapping]]] = ..., start_sfx_team_id: _Optional[_Iterable[int]] = ..., has_team_match_mvp_sfx: _Optional[bool] = ...) -> None: ...

class TeamUsersInfo(_message.Message):
    __slots__ = ("team_id", "user_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    user_id: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, team_id: _Optional[int] = ..., user_id: _Optional[_Iterable[int]] = ...) -> None: ...

class Top2CardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Top3CardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TopHostInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UseCriticalStrikeCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: CriticalStrikeCardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    def __init__(self, card_info: _Optional[_Union[CriticalStrikeCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class UseExtraTimeCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: ExtraTimeCardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    def __init__(self, card_info: _Optional[_Union[ExtraTimeCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class UsePotionCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: PotionCardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    def __init__(self, card_info: _Optional[_Union[PotionCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class UseSmokeCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: SmokeCardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    def __init__(self, card_info: _Optional[_Union[SmokeCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class UseSpecialEffectCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content", "affected_anchor_pairs", "effect_type", "community_heart_me_info", "community_heart_me_info_str")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    AFFECTED_ANCHOR_PAIRS_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_STR_FIELD_NUMBER: _ClassVar[int]
    card_info: SpecialEffectCardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    affected_anchor_pairs: _containers.RepeatedCompositeFieldContainer[AnchorPair]
    effect_type: int
    community_heart_me_info: CommunityHeartMeInfo
    community_heart_me_info_str: str
    def __init__(self, card_info: _Optional[_Union[SpecialEffectCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ..., affected_anchor_pairs: _Optional[_Iterable[_Union[AnchorPair, _Mapping]]] = ..., effect_type: _Optional[int] = ..., community_heart_me_info: _Optional[_Union[CommunityHeartMeInfo, _Mapping]] = ..., community_heart_me_info_str: _Optional[str] = ...) -> None: ...

class UseTop2Card(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: Top2CardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    def __init__(self, card_info: _Optional[_Union[Top2CardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class UseTop3Card(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: Top3CardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    def __init__(self, card_info: _Optional[_Union[Top3CardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class UseVaultGloveCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: VaultGloveCardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    def __init__(self, card_info: _Optional[_Union[VaultGloveCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class UseWaveCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: WaveCardInfo
    anchor_id: int
    display_content: _common_pb2.Text
    def __init__(self, card_info: _Optional[_Union[WaveCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[_common_pb2.Text, _Mapping]] = ...) -> None: ...

class UserArmiesWrapper(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: BattleUserArmies
    def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleUserArmies, _Mapping]] = ...) -> None: ...

class UserFanTicket(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserSuggestionInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class VaultGloveCardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class WaveCardInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
