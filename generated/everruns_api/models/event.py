from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.act_completed_data import ActCompletedData
    from ..models.act_started_data import ActStartedData
    from ..models.budget_event_data import BudgetEventData
    from ..models.capability_usage_data import CapabilityUsageData
    from ..models.context_compacted_data import ContextCompactedData
    from ..models.context_compacting_data import ContextCompactingData
    from ..models.event_context import EventContext
    from ..models.file_written_data import FileWrittenData
    from ..models.input_message_data import InputMessageData
    from ..models.llm_generation_data import LlmGenerationData
    from ..models.other_event_data import OtherEventData
    from ..models.output_message_completed_data import OutputMessageCompletedData
    from ..models.output_message_delta_data import OutputMessageDeltaData
    from ..models.output_message_replaced_data import OutputMessageReplacedData
    from ..models.output_message_started_data import OutputMessageStartedData
    from ..models.reason_completed_data import ReasonCompletedData
    from ..models.reason_item_data import ReasonItemData
    from ..models.reason_recovered_data import ReasonRecoveredData
    from ..models.reason_started_data import ReasonStartedData
    from ..models.reason_thinking_completed_data import ReasonThinkingCompletedData
    from ..models.reason_thinking_delta_data import ReasonThinkingDeltaData
    from ..models.reason_thinking_started_data import ReasonThinkingStartedData
    from ..models.session_activated_data import SessionActivatedData
    from ..models.session_idled_data import SessionIdledData
    from ..models.session_started_data import SessionStartedData
    from ..models.session_task_event_data import SessionTaskEventData
    from ..models.task_message_event_data import TaskMessageEventData
    from ..models.tool_call_repaired_data import ToolCallRepairedData
    from ..models.tool_call_requested_data import ToolCallRequestedData
    from ..models.tool_completed_data import ToolCompletedData
    from ..models.tool_output_delta_data import ToolOutputDeltaData
    from ..models.tool_progress_data import ToolProgressData
    from ..models.tool_started_data import ToolStartedData
    from ..models.transcript_repaired_data import TranscriptRepairedData
    from ..models.turn_cancelled_data import TurnCancelledData
    from ..models.turn_completed_data import TurnCompletedData
    from ..models.turn_failed_data import TurnFailedData
    from ..models.turn_sealed_data import TurnSealedData
    from ..models.turn_started_data import TurnStartedData
    from ..models.voice_session_ended_data import VoiceSessionEndedData
    from ..models.voice_session_failed_data import VoiceSessionFailedData
    from ..models.voice_session_started_data import VoiceSessionStartedData
    from ..models.voice_transcript_data import VoiceTranscriptData


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        context (EventContext):
        data (ActCompletedData | ActStartedData | BudgetEventData | CapabilityUsageData | ContextCompactedData |
            ContextCompactingData | FileWrittenData | InputMessageData | LlmGenerationData | OtherEventData |
            OutputMessageCompletedData | OutputMessageDeltaData | OutputMessageReplacedData | OutputMessageStartedData |
            ReasonCompletedData | ReasonItemData | ReasonRecoveredData | ReasonStartedData | ReasonThinkingCompletedData |
            ReasonThinkingDeltaData | ReasonThinkingStartedData | SessionActivatedData | SessionIdledData |
            SessionStartedData | SessionTaskEventData | TaskMessageEventData | ToolCallRepairedData | ToolCallRequestedData
            | ToolCompletedData | ToolOutputDeltaData | ToolProgressData | ToolStartedData | TranscriptRepairedData |
            TurnCancelledData | TurnCompletedData | TurnFailedData | TurnSealedData | TurnStartedData |
            VoiceSessionEndedData | VoiceSessionFailedData | VoiceSessionStartedData | VoiceTranscriptData):
        id (str):
        session_id (str):
        ts (datetime.datetime):
        type_ (str):
        metadata (Any | Unset):
        sequence (int | None | Unset):
        tags (list[str] | None | Unset):
    """

    context: EventContext
    data: (
        ActCompletedData
        | ActStartedData
        | BudgetEventData
        | CapabilityUsageData
        | ContextCompactedData
        | ContextCompactingData
        | FileWrittenData
        | InputMessageData
        | LlmGenerationData
        | OtherEventData
        | OutputMessageCompletedData
        | OutputMessageDeltaData
        | OutputMessageReplacedData
        | OutputMessageStartedData
        | ReasonCompletedData
        | ReasonItemData
        | ReasonRecoveredData
        | ReasonStartedData
        | ReasonThinkingCompletedData
        | ReasonThinkingDeltaData
        | ReasonThinkingStartedData
        | SessionActivatedData
        | SessionIdledData
        | SessionStartedData
        | SessionTaskEventData
        | TaskMessageEventData
        | ToolCallRepairedData
        | ToolCallRequestedData
        | ToolCompletedData
        | ToolOutputDeltaData
        | ToolProgressData
        | ToolStartedData
        | TranscriptRepairedData
        | TurnCancelledData
        | TurnCompletedData
        | TurnFailedData
        | TurnSealedData
        | TurnStartedData
        | VoiceSessionEndedData
        | VoiceSessionFailedData
        | VoiceSessionStartedData
        | VoiceTranscriptData
    )
    id: str
    session_id: str
    ts: datetime.datetime
    type_: str
    metadata: Any | Unset = UNSET
    sequence: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.act_completed_data import ActCompletedData
        from ..models.act_started_data import ActStartedData
        from ..models.budget_event_data import BudgetEventData
        from ..models.capability_usage_data import CapabilityUsageData
        from ..models.context_compacted_data import ContextCompactedData
        from ..models.context_compacting_data import ContextCompactingData
        from ..models.file_written_data import FileWrittenData
        from ..models.input_message_data import InputMessageData
        from ..models.llm_generation_data import LlmGenerationData
        from ..models.output_message_completed_data import OutputMessageCompletedData
        from ..models.output_message_delta_data import OutputMessageDeltaData
        from ..models.output_message_replaced_data import OutputMessageReplacedData
        from ..models.output_message_started_data import OutputMessageStartedData
        from ..models.reason_completed_data import ReasonCompletedData
        from ..models.reason_item_data import ReasonItemData
        from ..models.reason_recovered_data import ReasonRecoveredData
        from ..models.reason_started_data import ReasonStartedData
        from ..models.reason_thinking_completed_data import ReasonThinkingCompletedData
        from ..models.reason_thinking_delta_data import ReasonThinkingDeltaData
        from ..models.reason_thinking_started_data import ReasonThinkingStartedData
        from ..models.session_activated_data import SessionActivatedData
        from ..models.session_idled_data import SessionIdledData
        from ..models.session_started_data import SessionStartedData
        from ..models.session_task_event_data import SessionTaskEventData
        from ..models.task_message_event_data import TaskMessageEventData
        from ..models.tool_call_repaired_data import ToolCallRepairedData
        from ..models.tool_call_requested_data import ToolCallRequestedData
        from ..models.tool_completed_data import ToolCompletedData
        from ..models.tool_output_delta_data import ToolOutputDeltaData
        from ..models.tool_progress_data import ToolProgressData
        from ..models.tool_started_data import ToolStartedData
        from ..models.transcript_repaired_data import TranscriptRepairedData
        from ..models.turn_cancelled_data import TurnCancelledData
        from ..models.turn_completed_data import TurnCompletedData
        from ..models.turn_failed_data import TurnFailedData
        from ..models.turn_sealed_data import TurnSealedData
        from ..models.turn_started_data import TurnStartedData
        from ..models.voice_session_ended_data import VoiceSessionEndedData
        from ..models.voice_session_failed_data import VoiceSessionFailedData
        from ..models.voice_session_started_data import VoiceSessionStartedData
        from ..models.voice_transcript_data import VoiceTranscriptData

        context = self.context.to_dict()

        data: dict[str, Any]
        if (
            isinstance(self.data, InputMessageData)
            or isinstance(self.data, OutputMessageDeltaData)
            or isinstance(self.data, OutputMessageStartedData)
            or isinstance(self.data, OutputMessageReplacedData)
            or isinstance(self.data, OutputMessageCompletedData)
            or isinstance(self.data, TurnStartedData)
            or isinstance(self.data, TurnCompletedData)
            or isinstance(self.data, TurnFailedData)
            or isinstance(self.data, ReasonStartedData)
            or isinstance(self.data, ReasonCompletedData)
            or isinstance(self.data, ReasonRecoveredData)
            or isinstance(self.data, CapabilityUsageData)
            or isinstance(self.data, ActStartedData)
            or isinstance(self.data, ActCompletedData)
            or isinstance(self.data, ToolStartedData)
            or isinstance(self.data, ToolCompletedData)
            or isinstance(self.data, ToolProgressData)
            or isinstance(self.data, ToolOutputDeltaData)
            or isinstance(self.data, ToolCallRequestedData)
            or isinstance(self.data, TranscriptRepairedData)
            or isinstance(self.data, ToolCallRepairedData)
            or isinstance(self.data, LlmGenerationData)
            or isinstance(self.data, ReasonThinkingDeltaData)
            or isinstance(self.data, ReasonItemData)
            or isinstance(self.data, ReasonThinkingStartedData)
            or isinstance(self.data, ReasonThinkingCompletedData)
            or isinstance(self.data, TurnSealedData)
            or isinstance(self.data, TurnCancelledData)
            or isinstance(self.data, SessionStartedData)
            or isinstance(self.data, SessionActivatedData)
            or isinstance(self.data, SessionIdledData)
            or isinstance(self.data, SessionTaskEventData)
            or isinstance(self.data, TaskMessageEventData)
            or isinstance(self.data, ContextCompactingData)
            or isinstance(self.data, ContextCompactedData)
            or isinstance(self.data, FileWrittenData)
            or isinstance(self.data, BudgetEventData)
            or isinstance(self.data, VoiceSessionStartedData)
            or isinstance(self.data, VoiceTranscriptData)
            or isinstance(self.data, VoiceSessionEndedData)
            or isinstance(self.data, VoiceSessionFailedData)
        ):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        id = self.id

        session_id = self.session_id

        ts = self.ts.isoformat()

        type_ = self.type_

        metadata = self.metadata

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "data": data,
                "id": id,
                "session_id": session_id,
                "ts": ts,
                "type": type_,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.act_completed_data import ActCompletedData
        from ..models.act_started_data import ActStartedData
        from ..models.budget_event_data import BudgetEventData
        from ..models.capability_usage_data import CapabilityUsageData
        from ..models.context_compacted_data import ContextCompactedData
        from ..models.context_compacting_data import ContextCompactingData
        from ..models.event_context import EventContext
        from ..models.file_written_data import FileWrittenData
        from ..models.input_message_data import InputMessageData
        from ..models.llm_generation_data import LlmGenerationData
        from ..models.other_event_data import OtherEventData
        from ..models.output_message_completed_data import OutputMessageCompletedData
        from ..models.output_message_delta_data import OutputMessageDeltaData
        from ..models.output_message_replaced_data import OutputMessageReplacedData
        from ..models.output_message_started_data import OutputMessageStartedData
        from ..models.reason_completed_data import ReasonCompletedData
        from ..models.reason_item_data import ReasonItemData
        from ..models.reason_recovered_data import ReasonRecoveredData
        from ..models.reason_started_data import ReasonStartedData
        from ..models.reason_thinking_completed_data import ReasonThinkingCompletedData
        from ..models.reason_thinking_delta_data import ReasonThinkingDeltaData
        from ..models.reason_thinking_started_data import ReasonThinkingStartedData
        from ..models.session_activated_data import SessionActivatedData
        from ..models.session_idled_data import SessionIdledData
        from ..models.session_started_data import SessionStartedData
        from ..models.session_task_event_data import SessionTaskEventData
        from ..models.task_message_event_data import TaskMessageEventData
        from ..models.tool_call_repaired_data import ToolCallRepairedData
        from ..models.tool_call_requested_data import ToolCallRequestedData
        from ..models.tool_completed_data import ToolCompletedData
        from ..models.tool_output_delta_data import ToolOutputDeltaData
        from ..models.tool_progress_data import ToolProgressData
        from ..models.tool_started_data import ToolStartedData
        from ..models.transcript_repaired_data import TranscriptRepairedData
        from ..models.turn_cancelled_data import TurnCancelledData
        from ..models.turn_completed_data import TurnCompletedData
        from ..models.turn_failed_data import TurnFailedData
        from ..models.turn_sealed_data import TurnSealedData
        from ..models.turn_started_data import TurnStartedData
        from ..models.voice_session_ended_data import VoiceSessionEndedData
        from ..models.voice_session_failed_data import VoiceSessionFailedData
        from ..models.voice_session_started_data import VoiceSessionStartedData
        from ..models.voice_transcript_data import VoiceTranscriptData

        d = dict(src_dict)
        context = EventContext.from_dict(d.pop("context"))

        def _parse_data(
            data: object,
        ) -> (
            ActCompletedData
            | ActStartedData
            | BudgetEventData
            | CapabilityUsageData
            | ContextCompactedData
            | ContextCompactingData
            | FileWrittenData
            | InputMessageData
            | LlmGenerationData
            | OtherEventData
            | OutputMessageCompletedData
            | OutputMessageDeltaData
            | OutputMessageReplacedData
            | OutputMessageStartedData
            | ReasonCompletedData
            | ReasonItemData
            | ReasonRecoveredData
            | ReasonStartedData
            | ReasonThinkingCompletedData
            | ReasonThinkingDeltaData
            | ReasonThinkingStartedData
            | SessionActivatedData
            | SessionIdledData
            | SessionStartedData
            | SessionTaskEventData
            | TaskMessageEventData
            | ToolCallRepairedData
            | ToolCallRequestedData
            | ToolCompletedData
            | ToolOutputDeltaData
            | ToolProgressData
            | ToolStartedData
            | TranscriptRepairedData
            | TurnCancelledData
            | TurnCompletedData
            | TurnFailedData
            | TurnSealedData
            | TurnStartedData
            | VoiceSessionEndedData
            | VoiceSessionFailedData
            | VoiceSessionStartedData
            | VoiceTranscriptData
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_0 = InputMessageData.from_dict(data)

                return componentsschemas_event_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_1 = OutputMessageDeltaData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_2 = (
                    OutputMessageStartedData.from_dict(data)
                )

                return componentsschemas_event_data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_3 = (
                    OutputMessageReplacedData.from_dict(data)
                )

                return componentsschemas_event_data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_4 = (
                    OutputMessageCompletedData.from_dict(data)
                )

                return componentsschemas_event_data_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_5 = TurnStartedData.from_dict(data)

                return componentsschemas_event_data_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_6 = TurnCompletedData.from_dict(data)

                return componentsschemas_event_data_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_7 = TurnFailedData.from_dict(data)

                return componentsschemas_event_data_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_8 = ReasonStartedData.from_dict(data)

                return componentsschemas_event_data_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_9 = ReasonCompletedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_10 = ReasonRecoveredData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_11 = CapabilityUsageData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_12 = ActStartedData.from_dict(data)

                return componentsschemas_event_data_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_13 = ActCompletedData.from_dict(data)

                return componentsschemas_event_data_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_14 = ToolStartedData.from_dict(data)

                return componentsschemas_event_data_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_15 = ToolCompletedData.from_dict(data)

                return componentsschemas_event_data_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_16 = ToolProgressData.from_dict(data)

                return componentsschemas_event_data_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_17 = ToolOutputDeltaData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_18 = ToolCallRequestedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_19 = TranscriptRepairedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_20 = ToolCallRepairedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_21 = LlmGenerationData.from_dict(data)

                return componentsschemas_event_data_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_22 = (
                    ReasonThinkingDeltaData.from_dict(data)
                )

                return componentsschemas_event_data_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_23 = ReasonItemData.from_dict(data)

                return componentsschemas_event_data_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_24 = (
                    ReasonThinkingStartedData.from_dict(data)
                )

                return componentsschemas_event_data_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_25 = (
                    ReasonThinkingCompletedData.from_dict(data)
                )

                return componentsschemas_event_data_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_26 = TurnSealedData.from_dict(data)

                return componentsschemas_event_data_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_27 = TurnCancelledData.from_dict(data)

                return componentsschemas_event_data_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_28 = SessionStartedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_29 = SessionActivatedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_30 = SessionIdledData.from_dict(data)

                return componentsschemas_event_data_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_31 = SessionTaskEventData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_33 = TaskMessageEventData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_35 = ContextCompactingData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_36 = ContextCompactedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_37 = FileWrittenData.from_dict(data)

                return componentsschemas_event_data_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_38 = BudgetEventData.from_dict(data)

                return componentsschemas_event_data_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_42 = (
                    VoiceSessionStartedData.from_dict(data)
                )

                return componentsschemas_event_data_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_43 = VoiceTranscriptData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_47 = VoiceSessionEndedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_data_type_48 = VoiceSessionFailedData.from_dict(
                    data
                )

                return componentsschemas_event_data_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_event_data_type_49 = OtherEventData.from_dict(data)

            return componentsschemas_event_data_type_49

        data = _parse_data(d.pop("data"))

        id = d.pop("id")

        session_id = d.pop("session_id")

        ts = parse_datetime(d.pop("ts"))

        type_ = d.pop("type")

        metadata = d.pop("metadata", UNSET)

        def _parse_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        event = cls(
            context=context,
            data=data,
            id=id,
            session_id=session_id,
            ts=ts,
            type_=type_,
            metadata=metadata,
            sequence=sequence,
            tags=tags,
        )

        event.additional_properties = d
        return event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
