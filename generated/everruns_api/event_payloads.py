"""The generated model of each event type's payload, from openapi.json's ``EventData``.

Written by scripts/generate.py. A payload model is named for its event type
(``output.message.delta``: ``OutputMessageDeltaData``; ``tool.call_requested``:
``ToolCallRequestedData``), except for the types listed in ``SHARED``, which share one
(a key ending in a dot stands for every type it begins).
"""

from __future__ import annotations

PAYLOAD_MODELS: frozenset[str] = frozenset(
    {
        "ActCompletedData",
        "ActStartedData",
        "BudgetEventData",
        "CapabilityUsageData",
        "ContextCompactedData",
        "ContextCompactingData",
        "FileWrittenData",
        "InputMessageData",
        "LlmGenerationData",
        "OutputMessageCompletedData",
        "OutputMessageDeltaData",
        "OutputMessageReplacedData",
        "OutputMessageStartedData",
        "ReasonCompletedData",
        "ReasonItemData",
        "ReasonRecoveredData",
        "ReasonStartedData",
        "ReasonThinkingCompletedData",
        "ReasonThinkingDeltaData",
        "ReasonThinkingStartedData",
        "SessionActivatedData",
        "SessionIdledData",
        "SessionStartedData",
        "SessionTaskEventData",
        "SessionTitleUpdatedData",
        "TaskMessageEventData",
        "ToolCallRepairedData",
        "ToolCallRequestedData",
        "ToolCompletedData",
        "ToolOutputDeltaData",
        "ToolProgressData",
        "ToolStartedData",
        "TranscriptRepairedData",
        "TurnCancelledData",
        "TurnCompletedData",
        "TurnFailedData",
        "TurnSealedData",
        "TurnStartedData",
        "VoiceSessionEndedData",
        "VoiceSessionFailedData",
        "VoiceSessionStartedData",
        "VoiceTranscriptData",
    }
)
SHARED: dict[str, str] = {
    "budget.": "BudgetEventData",
    "task.created": "SessionTaskEventData",
    "task.message.received": "TaskMessageEventData",
    "task.message.sent": "TaskMessageEventData",
    "task.updated": "SessionTaskEventData",
    "voice.transcript.": "VoiceTranscriptData",
}


def payload_model_name(event_type: str) -> str | None:
    """The name of the model in ``everruns_api.models`` for ``event_type``'s payload, or
    ``None`` for a type this description does not know."""
    shared = SHARED.get(event_type)
    if shared is not None:
        return shared
    for prefix, model in SHARED.items():
        if prefix.endswith(".") and event_type.startswith(prefix):
            return model
    name = (
        "".join(
            word[:1].upper() + word[1:]
            for word in event_type.replace("_", ".").split(".")
        )
        + "Data"
    )
    return name if name in PAYLOAD_MODELS else None
