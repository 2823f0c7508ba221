"""How the generated models read answers (generated/everruns_api/_reading.py): lazily,
and for what an answer holds, whatever server release sent it."""

from __future__ import annotations

import ast
import copy
import datetime
import logging
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from everruns_api import _reading
from everruns_api.models import (
    Agent,
    AgentStatus,
    ContentPartImageFile,
    ContentPartText,
    Message,
    TokenUsage,
    ToolDefinitionClientSide,
)

HEX = "0123456789abcdef" * 2
AGENT = {
    "id": f"agent_{HEX}",
    "name": "support-bot",
    "system_prompt": "You answer support questions.",
    "harness_id": f"harness_{HEX}",
    "status": "active",
    "created_at": "2026-11-23T10:15:30Z",
    "updated_at": "2026-11-23T10:15:31.5Z",
    "tools": [{"type": "client_side", "name": "open_url", "description": "Open a page", "parameters": {}}],
    "usage": {"input_tokens": 120, "output_tokens": 48},
}
MESSAGE = {
    "id": f"message_{HEX}",
    "role": "agent",
    "content": [{"type": "text", "text": "Hello!"}],
    "created_at": "2026-11-23T10:15:30Z",
}


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    """Each test starts as a new process would: no field has warned yet."""
    _reading._warned.clear()
    yield
    _reading._warned.clear()


def warnings_in(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "everruns"]


class TestLazyReading:
    def test_from_dict_converts_nothing_until_a_field_is_read(self) -> None:
        agent = Agent.from_dict({**AGENT, "created_at": "not a time"})  # no error here
        assert agent.name == "support-bot"
        assert "created_at" not in _set_slots(agent)
        assert _set_slots(agent) >= {"name"}

    def test_a_field_is_converted_once_and_kept(self) -> None:
        agent = Agent.from_dict(AGENT)
        first = agent.created_at
        assert first == datetime.datetime(2026, 11, 23, 10, 15, 30, tzinfo=datetime.timezone.utc)
        assert agent.created_at is first
        assert agent.status is AgentStatus.ACTIVE
        assert isinstance(agent.usage, TokenUsage)
        assert agent.usage.input_tokens == 120

    def test_nested_lists_hold_models(self) -> None:
        (tool,) = Agent.from_dict(AGENT).tools
        assert isinstance(tool, ToolDefinitionClientSide)
        assert tool.name == "open_url"

    def test_a_page_of_models_keeps_each_items_part_of_the_answer(self) -> None:
        from everruns_api.models import PaginatedResponseAgent

        answer = {"data": [AGENT, {**AGENT, "name": "other-bot"}], "total": 2, "offset": 0, "limit": 20}
        page = PaginatedResponseAgent.from_dict(answer)
        assert [agent.name for agent in page.data] == ["support-bot", "other-bot"]
        assert all(type(agent) is Agent for agent in page.data)
        assert page.to_dict()["data"] == answer["data"]

    def test_a_page_with_an_item_that_is_not_an_object_is_kept_as_sent_with_a_warning(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        from everruns_api.models import PaginatedResponseAgent

        answer = {"data": [AGENT, "not an agent"], "total": 2, "offset": 0, "limit": 20}
        assert PaginatedResponseAgent.from_dict(answer).data == answer["data"]
        assert any("data" in line and "kept as it was sent" in line for line in warnings_in(caplog))

    def test_only_a_json_object_is_read(self) -> None:
        for body in ([AGENT], "agent", 3, None):
            with pytest.raises(TypeError, match="read from a JSON object"):
                Agent.from_dict(body)  # type: ignore[arg-type]

    def test_a_misspelt_attribute_is_an_attribute_error(self) -> None:
        agent = Agent.from_dict(AGENT)
        with pytest.raises(AttributeError, match="nmae"):
            agent.nmae  # type: ignore[attr-defined]  # noqa: B018
        assert not hasattr(agent, "nmae")

    def test_type_checkers_do_not_see_the_attribute_fallback(self) -> None:
        """``__getattr__`` is defined under ``if not TYPE_CHECKING``, so mypy still
        rejects a misspelt attribute of a model."""
        source = Path(_reading.__file__).parent / "models" / "agent.py"
        tree = ast.parse(source.read_text(encoding="utf-8"))
        (cls,) = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "Agent"]
        (guard,) = [node for node in cls.body if isinstance(node, ast.If)]
        assert ast.unparse(guard.test) == "not TYPE_CHECKING"
        assert [node.name for node in guard.body if isinstance(node, ast.FunctionDef)] == ["__getattr__"]
        assert not [node for node in cls.body if isinstance(node, ast.FunctionDef) and node.name == "__getattr__"]


class TestMissingRequiredFields:
    def test_read_as_none_with_one_warning_naming_model_and_field(self, caplog: pytest.LogCaptureFixture) -> None:
        older = {key: value for key, value in AGENT.items() if key != "harness_id"}
        agent = Agent.from_dict(older)
        assert agent.harness_id is None
        assert agent.harness_id is None
        Agent.from_dict(older).harness_id  # noqa: B018  # another answer, the same field
        (line,) = warnings_in(caplog)
        assert line.startswith("Agent.harness_id: ")
        assert "older than this SDK" in line

    def test_each_field_warns_on_its_own(self, caplog: pytest.LogCaptureFixture) -> None:
        older = {key: value for key, value in AGENT.items() if key not in ("harness_id", "status")}
        agent = Agent.from_dict(older)
        assert (agent.harness_id, agent.status) == (None, None)
        assert sorted(line.split(":")[0] for line in warnings_in(caplog)) == ["Agent.harness_id", "Agent.status"]

    def test_stay_absent_when_written_back(self) -> None:
        older = {key: value for key, value in AGENT.items() if key != "harness_id"}
        agent = Agent.from_dict(older)
        assert agent.harness_id is None
        assert agent.to_dict() == older

    def test_optional_fields_left_out_are_unset_without_a_warning(self, caplog: pytest.LogCaptureFixture) -> None:
        agent = Agent.from_dict(AGENT)
        assert agent.display_name is _reading.UNSET
        assert warnings_in(caplog) == []


class TestValuesNotAsDescribed:
    def test_an_unreadable_value_is_kept_as_sent_with_one_warning(self, caplog: pytest.LogCaptureFixture) -> None:
        agent = Agent.from_dict({**AGENT, "created_at": "yesterday"})
        assert agent.created_at == "yesterday"
        assert agent.to_dict()["created_at"] == "yesterday"
        (line,) = warnings_in(caplog)
        assert line.startswith("Agent.created_at: cannot be read as described")

    def test_a_union_value_of_an_unknown_kind_stays_a_mapping(self, caplog: pytest.LogCaptureFixture) -> None:
        hologram = {"type": "hologram", "frames": [1, 2]}
        message = Message.from_dict({**MESSAGE, "content": [{"type": "text", "text": "Look:"}, hologram]})
        text, unknown = message.content
        assert isinstance(text, ContentPartText)
        assert unknown == hologram
        assert message.to_dict()["content"] == [{"type": "text", "text": "Look:"}, hologram]
        (line,) = warnings_in(caplog)
        assert line.startswith("Message.content: ")

    def test_a_known_kind_short_of_a_field_is_still_that_kind(self, caplog: pytest.LogCaptureFixture) -> None:
        message = Message.from_dict({**MESSAGE, "content": [{"type": "image_file"}]})
        (part,) = message.content
        assert isinstance(part, ContentPartImageFile)
        assert part.image_id is None
        assert warnings_in(caplog) == ["ContentPartImageFile.image_id: " + _missing_text()]

    def test_an_unknown_enum_value_is_kept(self) -> None:
        agent = Agent.from_dict({**AGENT, "status": "hibernating"})
        assert agent.status == "hibernating"
        assert isinstance(agent.status, AgentStatus)

    def test_unknown_fields_are_kept(self) -> None:
        agent = Agent.from_dict({**AGENT, "mood": "calm"})
        assert agent.additional_properties == {"mood": "calm"}
        assert agent["mood"] == "calm"


class TestStrictReading:
    def test_raises_on_a_missing_required_field_at_any_depth(self) -> None:
        with pytest.raises(KeyError, match="harness_id"):
            Agent.from_dict({key: value for key, value in AGENT.items() if key != "harness_id"}, strict=True)
        with pytest.raises(KeyError, match="ToolDefinitionClientSide requires 'name'"):
            Agent.from_dict(
                {**AGENT, "tools": [{"type": "client_side", "description": "d", "parameters": {}}]}, strict=True
            )

    def test_raises_on_an_unreadable_value_and_an_unknown_kind(self) -> None:
        with pytest.raises(ValueError, match=r"[Ii]nvalid"):  # the timestamp parser's own words differ across Pythons
            Agent.from_dict({**AGENT, "created_at": "yesterday"}, strict=True)
        with pytest.raises(ValueError, match="hologram"):
            Message.from_dict({**MESSAGE, "content": [{"type": "hologram"}]}, strict=True)

    def test_reads_a_good_payload_whole_and_warns_about_nothing(self, caplog: pytest.LogCaptureFixture) -> None:
        agent = Agent.from_dict(AGENT, strict=True)
        assert {"created_at", "tools", "usage", "harness_id"} <= _set_slots(agent)
        assert warnings_in(caplog) == []

    def test_lenient_reading_is_back_after_a_strict_one(self) -> None:
        with pytest.raises(KeyError):
            Agent.from_dict({}, strict=True)
        assert Agent.from_dict({}).id is None


class TestModelBehaviour:
    def test_a_read_model_equals_the_constructed_one(self) -> None:
        read = Agent.from_dict(AGENT)
        made = Agent(
            id=AGENT["id"],
            name="support-bot",
            system_prompt="You answer support questions.",
            harness_id=AGENT["harness_id"],
            status=AgentStatus.ACTIVE,
            created_at=datetime.datetime(2026, 11, 23, 10, 15, 30, tzinfo=datetime.timezone.utc),
            updated_at=datetime.datetime(2026, 11, 23, 10, 15, 31, 500000, tzinfo=datetime.timezone.utc),
            tools=[ToolDefinitionClientSide.from_dict(AGENT["tools"][0])],
            usage=TokenUsage(input_tokens=120, output_tokens=48),
        )
        assert read == made
        assert Agent.from_dict({**AGENT, "name": "other"}) != made
        assert repr(read).startswith("Agent(created_at=datetime.datetime(2026, 11, 23, 10, 15, 30")
        assert repr(read).count("=UNSET") == repr(made).count("=UNSET")

    def test_round_trips_untouched_and_after_reading_every_field(self) -> None:
        assert Agent.from_dict(AGENT).to_dict() == AGENT
        agent = Agent.from_dict(AGENT)
        _ = (agent.created_at, agent.updated_at, agent.tools, agent.usage, agent.status, agent.additional_properties)
        assert agent.to_dict() == {
            **AGENT,
            "created_at": "2026-11-23T10:15:30+00:00",
            "updated_at": "2026-11-23T10:15:31.500000+00:00",
        }

    def test_a_changed_field_is_written_back_changed(self) -> None:
        agent = Agent.from_dict(AGENT)
        agent.name = "renamed"
        agent["mood"] = "calm"
        assert agent.to_dict() == {**AGENT, "name": "renamed", "mood": "calm"}

    def test_pickles_and_copies_to_an_equal_model(self) -> None:
        agent = Agent.from_dict(AGENT)
        for clone in (pickle.loads(pickle.dumps(agent)), copy.copy(agent), copy.deepcopy(agent)):
            assert clone == agent
            assert clone.to_dict() == agent.to_dict()

    def test_a_mapping_changed_after_reading_leaves_the_model_as_read(self) -> None:
        payload: dict[str, Any] = copy.deepcopy(AGENT)
        agent = Agent.from_dict(payload)
        payload["name"] = "changed later"
        assert agent.name == "support-bot"


def _missing_text() -> str:
    return "required but missing from the answer; read as None (a server older than this SDK?)"


def _set_slots(model: object) -> set[str]:
    """The attributes whose slot holds a value (read or given), without reading any."""
    found = set()
    for name in type(model).__slots__:  # type: ignore[attr-defined]
        try:
            object.__getattribute__(model, name)
        except AttributeError:
            continue
        found.add(name)
    return found


def test_the_logger_is_the_sdk_one() -> None:
    assert _reading.logger is logging.getLogger("everruns")
