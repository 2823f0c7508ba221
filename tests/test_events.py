"""An event keeps the server's payload as a mapping and builds typed views on request."""

from __future__ import annotations

import datetime

import pytest

import everruns_api.models as models
from everruns import Event
from everruns._events import EVENT_DATA_MODEL_PREFIXES, EVENT_DATA_MODELS

HEX = "0123456789abcdef" * 2
PAYLOAD = {
    "id": f"event_{HEX}",
    "type": "output.message.delta",
    "ts": "2026-11-23T10:15:30.25Z",
    "session_id": f"session_{HEX}",
    "sequence": 12,
    "context": {"turn_id": f"turn_{HEX}", "input_message_id": f"message_{HEX}"},
    "data": {"turn_id": f"turn_{HEX}", "delta": "Hel", "accumulated": "Hel"},
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


def test_every_mapped_model_exists_and_every_payload_model_is_mapped() -> None:
    mapped = set(EVENT_DATA_MODELS.values()) | set(EVENT_DATA_MODEL_PREFIXES.values())
    for name in mapped:
        assert hasattr(models, name), name
    import json
    from pathlib import Path

    spec = json.loads((Path(__file__).resolve().parents[1] / "openapi.json").read_text(encoding="utf-8"))
    branches = {ref["$ref"].rsplit("/", 1)[-1] for ref in spec["components"]["schemas"]["EventData"]["anyOf"]}
    assert branches - {"OtherEventData"} == mapped, "OtherEventData is the open branch for newer types"


def test_repr_is_short() -> None:
    assert repr(Event.from_dict(PAYLOAD)) == f"Event(type='output.message.delta', id='event_{HEX}', sequence=12)"


def test_a_payload_without_the_shape_of_its_type_is_a_typed_error() -> None:
    from everruns import EventShapeError

    event = Event.from_dict({**PAYLOAD, "data": {"turn_id": "t"}})  # no delta, no accumulated
    assert event.data.get("delta", "") == "", "the mapping still reads as users write it"
    with pytest.raises(EventShapeError, match="OutputMessageDeltaData"):
        event.typed_data()


def test_an_unreadable_timestamp_is_a_typed_error() -> None:
    from everruns import EventShapeError

    with pytest.raises(EventShapeError, match="ts"):
        _ = Event.from_dict({**PAYLOAD, "ts": "yesterday"}).ts
