"""An event keeps the server's payload as a mapping and builds typed views on request."""

from __future__ import annotations

import datetime
import json
import logging
from pathlib import Path

import pytest

import everruns_api.models as models
from everruns import Event
from everruns_api.event_payloads import PAYLOAD_MODELS, payload_model_name

HEX = "0123456789abcdef" * 2
PAYLOAD = {
    "id": f"event_{HEX}",
    "type": "output.message.delta",
    "ts": "2026-11-23T10:15:30.25Z",
    "session_id": f"session_{HEX}",
    "sequence": 12,
    "context": {"turn_id": f"turn_{HEX}", "input_message_id": f"message_{HEX}"},
    "data": {"turn_id": f"turn_{HEX}", "message_id": f"message_{HEX}", "delta": "Hel", "accumulated": "Hel"},
}


def test_data_is_a_plain_mapping_read_as_users_write_it() -> None:
    event = Event.from_dict(PAYLOAD)
    assert event.data.get("delta", "") == "Hel"
    assert event.data["accumulated"] == "Hel"
    assert event.turn_id == f"turn_{HEX}"
    assert (event.id, event.type, event.session_id, event.sequence) == (
        PAYLOAD["id"],
        PAYLOAD["type"],
        PAYLOAD["session_id"],
        12,
    )


def test_ts_is_an_aware_datetime_including_the_z_form() -> None:
    assert Event.from_dict(PAYLOAD).ts == datetime.datetime(
        2026, 11, 23, 10, 15, 30, 250000, tzinfo=datetime.timezone.utc
    )


def test_typed_data_builds_the_generated_model_for_the_type() -> None:
    typed = Event.from_dict(PAYLOAD).typed_data()
    assert isinstance(typed, models.OutputMessageDeltaData)
    assert (typed.delta, typed.accumulated) == ("Hel", "Hel")


def test_unknown_types_pass_through_untouched() -> None:
    payload = {**PAYLOAD, "type": "hologram.projected", "data": {"angle": 42, "nested": {"a": [1]}}}
    event = Event.from_dict(payload)
    assert event.typed_data() == {"angle": 42, "nested": {"a": [1]}}
    assert event.to_dict() == payload


def test_to_dict_gives_back_the_api_shape() -> None:
    assert Event.from_dict(PAYLOAD).to_dict() == PAYLOAD


@pytest.mark.parametrize(
    ("event_type", "model"),
    [
        ("output.message.delta", "OutputMessageDeltaData"),
        ("tool.call_requested", "ToolCallRequestedData"),
        ("llm.generation", "LlmGenerationData"),
        ("task.created", "SessionTaskEventData"),
        ("task.message.received", "TaskMessageEventData"),
        ("budget.paused", "BudgetEventData"),
        ("voice.transcript.completed", "VoiceTranscriptData"),
        ("hologram.projected", None),
    ],
)
def test_each_type_has_the_payload_model_named_for_it_or_the_one_it_shares(event_type: str, model: str | None) -> None:
    assert payload_model_name(event_type) == model


def test_every_payload_model_of_the_description_exists_and_the_open_branch_is_none_of_them() -> None:
    spec = json.loads((Path(__file__).resolve().parents[1] / "openapi.json").read_text(encoding="utf-8"))
    branches = {ref["$ref"].rsplit("/", 1)[-1] for ref in spec["components"]["schemas"]["EventData"]["anyOf"]}
    assert branches - {"OtherEventData"} == PAYLOAD_MODELS, "OtherEventData is the open branch for newer types"
    for name in PAYLOAD_MODELS:
        assert hasattr(models, name), name


def test_repr_is_short() -> None:
    assert repr(Event.from_dict(PAYLOAD)) == f"Event(type='output.message.delta', id='event_{HEX}', sequence=12)"


def test_an_older_servers_payload_reads_with_the_missing_field_none_and_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from everruns_api import _reading

    _reading._warned.discard(("OutputMessageDeltaData", "message_id"))  # warned once per process
    older = {key: value for key, value in PAYLOAD["data"].items() if key != "message_id"}  # before 2026-08-22
    with caplog.at_level(logging.WARNING, logger="everruns"):
        for _ in range(2):
            typed = Event.from_dict({**PAYLOAD, "data": older}).typed_data()
            assert (typed.delta, typed.message_id) == ("Hel", None)
    warnings = [record.getMessage() for record in caplog.records]
    assert warnings == [
        "OutputMessageDeltaData.message_id: required but missing from the answer; read as None"
        " (a server older than this SDK?)"
    ]


def test_a_payload_that_is_not_an_object_is_a_typed_error() -> None:
    from everruns import EventShapeError

    event = Event.from_dict({**PAYLOAD, "data": ["not", "an", "object"]})
    with pytest.raises(EventShapeError, match="OutputMessageDeltaData"):
        event.typed_data()


def test_an_unreadable_timestamp_is_a_typed_error() -> None:
    from everruns import EventShapeError

    with pytest.raises(EventShapeError, match="ts"):
        _ = Event.from_dict({**PAYLOAD, "ts": "yesterday"}).ts
