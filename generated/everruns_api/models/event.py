from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._datetimes import parse_datetime
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    unknown_kind,
    write_fields,
    write_isoformat,
    write_model,
)
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
    from ..models.session_title_updated_data import SessionTitleUpdatedData
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
            SessionStartedData | SessionTaskEventData | SessionTitleUpdatedData | TaskMessageEventData |
            ToolCallRepairedData | ToolCallRequestedData | ToolCompletedData | ToolOutputDeltaData | ToolProgressData |
            ToolStartedData | TranscriptRepairedData | TurnCancelledData | TurnCompletedData | TurnFailedData |
            TurnSealedData | TurnStartedData | VoiceSessionEndedData | VoiceSessionFailedData | VoiceSessionStartedData |
            VoiceTranscriptData):
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
        | SessionTitleUpdatedData
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
    # The JSON object this model was read from (None when it was constructed): fields are
    # converted from it on first access, and to_dict writes back what was never read.
    _raw: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _shape: ClassVar[Shape]

    def to_dict(self) -> dict[str, Any]:
        return write_fields(self, _SHAPE)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read a JSON object. Its fields are converted when first read, and a field
        that is missing or not as described is logged, not raised; ``strict`` reads
        them all now and raises instead (for input about to be sent)."""
        return read_model(cls, src_dict, _SHAPE, strict=strict)

    @classmethod
    def _accepts(
        cls, data: object, *, strictly: bool = True, alone: bool = False
    ) -> bool:
        """Whether a union takes ``data`` as this model (see ``_reading.accepts``)."""
        return accepts(data, _SHAPE, strictly=strictly, alone=alone)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            return read_field(self, name, _SHAPE)

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


def _read_context(data: Any) -> EventContext:
    return read_nested(_models.EventContext, data)


def _read_data(
    data: Any,
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
    | SessionTitleUpdatedData
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
    if _models.InputMessageData._accepts(data):
        return read_nested(_models.InputMessageData, data)
    if _models.OutputMessageDeltaData._accepts(data):
        return read_nested(_models.OutputMessageDeltaData, data)
    if _models.OutputMessageStartedData._accepts(data):
        return read_nested(_models.OutputMessageStartedData, data)
    if _models.OutputMessageReplacedData._accepts(data):
        return read_nested(_models.OutputMessageReplacedData, data)
    if _models.OutputMessageCompletedData._accepts(data):
        return read_nested(_models.OutputMessageCompletedData, data)
    if _models.TurnStartedData._accepts(data):
        return read_nested(_models.TurnStartedData, data)
    if _models.TurnCompletedData._accepts(data):
        return read_nested(_models.TurnCompletedData, data)
    if _models.TurnFailedData._accepts(data):
        return read_nested(_models.TurnFailedData, data)
    if _models.ReasonStartedData._accepts(data):
        return read_nested(_models.ReasonStartedData, data)
    if _models.ReasonCompletedData._accepts(data):
        return read_nested(_models.ReasonCompletedData, data)
    if _models.ReasonRecoveredData._accepts(data):
        return read_nested(_models.ReasonRecoveredData, data)
    if _models.CapabilityUsageData._accepts(data):
        return read_nested(_models.CapabilityUsageData, data)
    if _models.ActStartedData._accepts(data):
        return read_nested(_models.ActStartedData, data)
    if _models.ActCompletedData._accepts(data):
        return read_nested(_models.ActCompletedData, data)
    if _models.ToolStartedData._accepts(data):
        return read_nested(_models.ToolStartedData, data)
    if _models.ToolCompletedData._accepts(data):
        return read_nested(_models.ToolCompletedData, data)
    if _models.ToolProgressData._accepts(data):
        return read_nested(_models.ToolProgressData, data)
    if _models.ToolOutputDeltaData._accepts(data):
        return read_nested(_models.ToolOutputDeltaData, data)
    if _models.ToolCallRequestedData._accepts(data):
        return read_nested(_models.ToolCallRequestedData, data)
    if _models.TranscriptRepairedData._accepts(data):
        return read_nested(_models.TranscriptRepairedData, data)
    if _models.ToolCallRepairedData._accepts(data):
        return read_nested(_models.ToolCallRepairedData, data)
    if _models.LlmGenerationData._accepts(data):
        return read_nested(_models.LlmGenerationData, data)
    if _models.ReasonThinkingDeltaData._accepts(data):
        return read_nested(_models.ReasonThinkingDeltaData, data)
    if _models.ReasonItemData._accepts(data):
        return read_nested(_models.ReasonItemData, data)
    if _models.ReasonThinkingStartedData._accepts(data):
        return read_nested(_models.ReasonThinkingStartedData, data)
    if _models.ReasonThinkingCompletedData._accepts(data):
        return read_nested(_models.ReasonThinkingCompletedData, data)
    if _models.TurnSealedData._accepts(data):
        return read_nested(_models.TurnSealedData, data)
    if _models.TurnCancelledData._accepts(data):
        return read_nested(_models.TurnCancelledData, data)
    if _models.SessionStartedData._accepts(data):
        return read_nested(_models.SessionStartedData, data)
    if _models.SessionActivatedData._accepts(data):
        return read_nested(_models.SessionActivatedData, data)
    if _models.SessionIdledData._accepts(data):
        return read_nested(_models.SessionIdledData, data)
    if _models.SessionTitleUpdatedData._accepts(data):
        return read_nested(_models.SessionTitleUpdatedData, data)
    if _models.SessionTaskEventData._accepts(data):
        return read_nested(_models.SessionTaskEventData, data)
    if _models.TaskMessageEventData._accepts(data):
        return read_nested(_models.TaskMessageEventData, data)
    if _models.ContextCompactingData._accepts(data):
        return read_nested(_models.ContextCompactingData, data)
    if _models.ContextCompactedData._accepts(data):
        return read_nested(_models.ContextCompactedData, data)
    if _models.FileWrittenData._accepts(data):
        return read_nested(_models.FileWrittenData, data)
    if _models.BudgetEventData._accepts(data):
        return read_nested(_models.BudgetEventData, data)
    if _models.VoiceSessionStartedData._accepts(data):
        return read_nested(_models.VoiceSessionStartedData, data)
    if _models.VoiceTranscriptData._accepts(data):
        return read_nested(_models.VoiceTranscriptData, data)
    if _models.VoiceSessionEndedData._accepts(data):
        return read_nested(_models.VoiceSessionEndedData, data)
    if _models.VoiceSessionFailedData._accepts(data):
        return read_nested(_models.VoiceSessionFailedData, data)
    if _models.OtherEventData._accepts(data):
        return read_nested(_models.OtherEventData, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.InputMessageData._accepts(data, strictly=False):
        return read_nested(_models.InputMessageData, data)
    if _models.OutputMessageDeltaData._accepts(data, strictly=False):
        return read_nested(_models.OutputMessageDeltaData, data)
    if _models.OutputMessageStartedData._accepts(data, strictly=False):
        return read_nested(_models.OutputMessageStartedData, data)
    if _models.OutputMessageReplacedData._accepts(data, strictly=False):
        return read_nested(_models.OutputMessageReplacedData, data)
    if _models.OutputMessageCompletedData._accepts(data, strictly=False):
        return read_nested(_models.OutputMessageCompletedData, data)
    if _models.TurnStartedData._accepts(data, strictly=False):
        return read_nested(_models.TurnStartedData, data)
    if _models.TurnCompletedData._accepts(data, strictly=False):
        return read_nested(_models.TurnCompletedData, data)
    if _models.TurnFailedData._accepts(data, strictly=False):
        return read_nested(_models.TurnFailedData, data)
    if _models.ReasonStartedData._accepts(data, strictly=False):
        return read_nested(_models.ReasonStartedData, data)
    if _models.ReasonCompletedData._accepts(data, strictly=False):
        return read_nested(_models.ReasonCompletedData, data)
    if _models.ReasonRecoveredData._accepts(data, strictly=False):
        return read_nested(_models.ReasonRecoveredData, data)
    if _models.CapabilityUsageData._accepts(data, strictly=False):
        return read_nested(_models.CapabilityUsageData, data)
    if _models.ActStartedData._accepts(data, strictly=False):
        return read_nested(_models.ActStartedData, data)
    if _models.ActCompletedData._accepts(data, strictly=False):
        return read_nested(_models.ActCompletedData, data)
    if _models.ToolStartedData._accepts(data, strictly=False):
        return read_nested(_models.ToolStartedData, data)
    if _models.ToolCompletedData._accepts(data, strictly=False):
        return read_nested(_models.ToolCompletedData, data)
    if _models.ToolProgressData._accepts(data, strictly=False):
        return read_nested(_models.ToolProgressData, data)
    if _models.ToolOutputDeltaData._accepts(data, strictly=False):
        return read_nested(_models.ToolOutputDeltaData, data)
    if _models.ToolCallRequestedData._accepts(data, strictly=False):
        return read_nested(_models.ToolCallRequestedData, data)
    if _models.TranscriptRepairedData._accepts(data, strictly=False):
        return read_nested(_models.TranscriptRepairedData, data)
    if _models.ToolCallRepairedData._accepts(data, strictly=False):
        return read_nested(_models.ToolCallRepairedData, data)
    if _models.LlmGenerationData._accepts(data, strictly=False):
        return read_nested(_models.LlmGenerationData, data)
    if _models.ReasonThinkingDeltaData._accepts(data, strictly=False):
        return read_nested(_models.ReasonThinkingDeltaData, data)
    if _models.ReasonItemData._accepts(data, strictly=False):
        return read_nested(_models.ReasonItemData, data)
    if _models.ReasonThinkingStartedData._accepts(data, strictly=False):
        return read_nested(_models.ReasonThinkingStartedData, data)
    if _models.ReasonThinkingCompletedData._accepts(data, strictly=False):
        return read_nested(_models.ReasonThinkingCompletedData, data)
    if _models.TurnSealedData._accepts(data, strictly=False):
        return read_nested(_models.TurnSealedData, data)
    if _models.TurnCancelledData._accepts(data, strictly=False):
        return read_nested(_models.TurnCancelledData, data)
    if _models.SessionStartedData._accepts(data, strictly=False):
        return read_nested(_models.SessionStartedData, data)
    if _models.SessionActivatedData._accepts(data, strictly=False):
        return read_nested(_models.SessionActivatedData, data)
    if _models.SessionIdledData._accepts(data, strictly=False):
        return read_nested(_models.SessionIdledData, data)
    if _models.SessionTitleUpdatedData._accepts(data, strictly=False):
        return read_nested(_models.SessionTitleUpdatedData, data)
    if _models.SessionTaskEventData._accepts(data, strictly=False):
        return read_nested(_models.SessionTaskEventData, data)
    if _models.TaskMessageEventData._accepts(data, strictly=False):
        return read_nested(_models.TaskMessageEventData, data)
    if _models.ContextCompactingData._accepts(data, strictly=False):
        return read_nested(_models.ContextCompactingData, data)
    if _models.ContextCompactedData._accepts(data, strictly=False):
        return read_nested(_models.ContextCompactedData, data)
    if _models.FileWrittenData._accepts(data, strictly=False):
        return read_nested(_models.FileWrittenData, data)
    if _models.BudgetEventData._accepts(data, strictly=False):
        return read_nested(_models.BudgetEventData, data)
    if _models.VoiceSessionStartedData._accepts(data, strictly=False):
        return read_nested(_models.VoiceSessionStartedData, data)
    if _models.VoiceTranscriptData._accepts(data, strictly=False):
        return read_nested(_models.VoiceTranscriptData, data)
    if _models.VoiceSessionEndedData._accepts(data, strictly=False):
        return read_nested(_models.VoiceSessionEndedData, data)
    if _models.VoiceSessionFailedData._accepts(data, strictly=False):
        return read_nested(_models.VoiceSessionFailedData, data)
    if _models.OtherEventData._accepts(data, strictly=False):
        return read_nested(_models.OtherEventData, data)
    return cast(
        "ActCompletedData | ActStartedData | BudgetEventData | CapabilityUsageData | ContextCompactedData | ContextCompactingData | FileWrittenData | InputMessageData | LlmGenerationData | OtherEventData | OutputMessageCompletedData | OutputMessageDeltaData | OutputMessageReplacedData | OutputMessageStartedData | ReasonCompletedData | ReasonItemData | ReasonRecoveredData | ReasonStartedData | ReasonThinkingCompletedData | ReasonThinkingDeltaData | ReasonThinkingStartedData | SessionActivatedData | SessionIdledData | SessionStartedData | SessionTaskEventData | SessionTitleUpdatedData | TaskMessageEventData | ToolCallRepairedData | ToolCallRequestedData | ToolCompletedData | ToolOutputDeltaData | ToolProgressData | ToolStartedData | TranscriptRepairedData | TurnCancelledData | TurnCompletedData | TurnFailedData | TurnSealedData | TurnStartedData | VoiceSessionEndedData | VoiceSessionFailedData | VoiceSessionStartedData | VoiceTranscriptData",
        unknown_kind(data, "Event", "data"),
    )


def _write_data(value: Any) -> Any:
    if isinstance(value, _models.InputMessageData):
        return write_model(value)
    if isinstance(value, _models.OutputMessageDeltaData):
        return write_model(value)
    if isinstance(value, _models.OutputMessageStartedData):
        return write_model(value)
    if isinstance(value, _models.OutputMessageReplacedData):
        return write_model(value)
    if isinstance(value, _models.OutputMessageCompletedData):
        return write_model(value)
    if isinstance(value, _models.TurnStartedData):
        return write_model(value)
    if isinstance(value, _models.TurnCompletedData):
        return write_model(value)
    if isinstance(value, _models.TurnFailedData):
        return write_model(value)
    if isinstance(value, _models.ReasonStartedData):
        return write_model(value)
    if isinstance(value, _models.ReasonCompletedData):
        return write_model(value)
    if isinstance(value, _models.ReasonRecoveredData):
        return write_model(value)
    if isinstance(value, _models.CapabilityUsageData):
        return write_model(value)
    if isinstance(value, _models.ActStartedData):
        return write_model(value)
    if isinstance(value, _models.ActCompletedData):
        return write_model(value)
    if isinstance(value, _models.ToolStartedData):
        return write_model(value)
    if isinstance(value, _models.ToolCompletedData):
        return write_model(value)
    if isinstance(value, _models.ToolProgressData):
        return write_model(value)
    if isinstance(value, _models.ToolOutputDeltaData):
        return write_model(value)
    if isinstance(value, _models.ToolCallRequestedData):
        return write_model(value)
    if isinstance(value, _models.TranscriptRepairedData):
        return write_model(value)
    if isinstance(value, _models.ToolCallRepairedData):
        return write_model(value)
    if isinstance(value, _models.LlmGenerationData):
        return write_model(value)
    if isinstance(value, _models.ReasonThinkingDeltaData):
        return write_model(value)
    if isinstance(value, _models.ReasonItemData):
        return write_model(value)
    if isinstance(value, _models.ReasonThinkingStartedData):
        return write_model(value)
    if isinstance(value, _models.ReasonThinkingCompletedData):
        return write_model(value)
    if isinstance(value, _models.TurnSealedData):
        return write_model(value)
    if isinstance(value, _models.TurnCancelledData):
        return write_model(value)
    if isinstance(value, _models.SessionStartedData):
        return write_model(value)
    if isinstance(value, _models.SessionActivatedData):
        return write_model(value)
    if isinstance(value, _models.SessionIdledData):
        return write_model(value)
    if isinstance(value, _models.SessionTitleUpdatedData):
        return write_model(value)
    if isinstance(value, _models.SessionTaskEventData):
        return write_model(value)
    if isinstance(value, _models.TaskMessageEventData):
        return write_model(value)
    if isinstance(value, _models.ContextCompactingData):
        return write_model(value)
    if isinstance(value, _models.ContextCompactedData):
        return write_model(value)
    if isinstance(value, _models.FileWrittenData):
        return write_model(value)
    if isinstance(value, _models.BudgetEventData):
        return write_model(value)
    if isinstance(value, _models.VoiceSessionStartedData):
        return write_model(value)
    if isinstance(value, _models.VoiceTranscriptData):
        return write_model(value)
    if isinstance(value, _models.VoiceSessionEndedData):
        return write_model(value)
    if isinstance(value, _models.VoiceSessionFailedData):
        return write_model(value)
    if isinstance(value, _models.OtherEventData):
        return write_model(value)
    return value


_SHAPE = Shape(
    "Event",
    {
        "context": Field(
            "context",
            _read_context,
            write_model,
            True,
        ),
        "data": Field(
            "data",
            _read_data,
            _write_data,
            True,
        ),
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "session_id": Field(
            "session_id",
            None,
            None,
            True,
        ),
        "ts": Field(
            "ts",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "type_": Field(
            "type",
            None,
            None,
            True,
        ),
        "metadata": Field(
            "metadata",
            None,
            None,
            False,
        ),
        "sequence": Field(
            "sequence",
            None,
            None,
            False,
        ),
        "tags": Field(
            "tags",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
Event._shape = _SHAPE
