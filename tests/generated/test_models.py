"""The generated models read and write the API's payloads faithfully: full, minimal, with
nulls, and with fields this client does not know yet."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import httpx
import pytest

from everruns_api import Client
from everruns_api.models import (
    Agent,
    AgentStatus,
    ContentPartImageFile,
    ContentPartText,
    ErrorResponse,
    Event,
    FileInfo,
    ListResponseAgent,
    ListResponseEvent,
    ListResponseFileInfo,
    ListResponseMessage,
    Message,
    PaginatedResponseSession,
    Session,
    ToolDefinitionBuiltin,
    ToolDefinitionClientSide,
)
from everruns_api.types import UNSET

HEX = "0123456789abcdef" * 2
TS = "2026-11-23T10:15:30.250000+00:00"

AGENT_MINIMAL = {
    "id": f"agent_{HEX}",
    "name": "support-bot",
    "system_prompt": "You answer support questions.",
    "harness_id": f"harness_{HEX}",
    "status": "active",
    "created_at": TS,
    "updated_at": TS,
}
AGENT_FULL = {
    **AGENT_MINIMAL,
    "display_name": "Support bot",
    "description": None,
    "archived_at": None,
    "default_model_id": f"model_{HEX}",
    "tags": ["support", "tier-1"],
    "max_iterations": 20,
    "parallel_tool_calls": None,
    "capabilities": [],
    "tools": [
        {
            "type": "client_side",
            "name": "open_url",
            "description": "Open a page",
            "parameters": {"type": "object", "properties": {"url": {"type": "string"}}},
        }
    ],
    "usage": {"input_tokens": 120, "output_tokens": 48},
}
URLS = {"self_url": "/v1/agents/x", "view_url": "https://app/x", "ui_link": "https://app/x"}

SESSION_MINIMAL = {
    "id": f"session_{HEX}",
    "organization_id": f"org_{HEX}",
    "workspace_id": f"wsp_{HEX}",
    "harness_id": f"harness_{HEX}",
    "owner_principal_id": "principal_1",
    "status": "idle",
    "created_at": TS,
    "updated_at": TS,
}
SESSION_FULL = {
    **SESSION_MINIMAL,
    "agent_id": f"agent_{HEX}",
    "title": "First chat",
    "locale": "en-GB",
    "tags": ["demo"],
    "model_id": None,
    "finished_at": None,
    "is_pinned": False,
    "hints": {"anything": [1, 2]},
    "usage": None,
}
MESSAGE = {
    "id": f"message_{HEX}",
    "role": "agent",
    "content": [
        {"type": "text", "text": "Hello!"},
        {"type": "image_file", "image_id": f"img_{HEX}", "filename": "cat.png"},
    ],
    "created_at": TS,
    "metadata": None,
    "thinking": None,
}
EVENT = {
    "id": f"event_{HEX}",
    "type": "output.message.delta",
    "ts": TS,
    "session_id": f"session_{HEX}",
    "sequence": 7,
    "context": {"turn_id": f"turn_{HEX}", "input_message_id": f"message_{HEX}", "trace_id": None},
    "data": {"turn_id": f"turn_{HEX}", "delta": "Hel", "accumulated": "Hel"},
    "tags": None,
}
PROBLEM = {
    "type": "https://everruns.com/problems/not-found",
    "title": "Not Found",
    "status": 404,
    "detail": f"Session session_{HEX} not found",
    "code": "session_not_found",
    "instance": "/v1/sessions/x",
    "retry_after_seconds": None,
    "allowed_actions": [{"rel": "list", "href": "/v1/sessions", "method": "GET"}],
}

ROUND_TRIPS: list[tuple[type[Any], dict[str, Any]]] = [
    (Agent, AGENT_MINIMAL),
    (Agent, AGENT_FULL),
    (Agent, {**AGENT_FULL, **URLS, "session_count": 3, "app_count": 0}),
    (Session, SESSION_MINIMAL),
    (Session, SESSION_FULL),
    (Session, {**SESSION_FULL, **URLS}),
    (Message, MESSAGE),
    (Event, EVENT),
    (ErrorResponse, PROBLEM),
    (ErrorResponse, {"title": "Bad Request", "status": 400}),
    (ListResponseAgent, {"data": [AGENT_MINIMAL, AGENT_FULL]}),
    (ListResponseMessage, {"data": [{**MESSAGE, "session_id": f"session_{HEX}", "sequence": 3}]}),
    (ListResponseEvent, {"data": [EVENT, {**EVENT, "id": f"event_{'f' * 32}", "sequence": 8}]}),
    (
        PaginatedResponseSession,
        {
            "data": [{**SESSION_MINIMAL, **URLS}],
            "total": 41,
            "offset": 20,
            "limit": 20,
            "next_url": "/v1/sessions?offset=40",
            "prev_url": None,
        },
    ),
]


@pytest.mark.parametrize(("model", "payload"), ROUND_TRIPS, ids=lambda value: getattr(value, "__name__", ""))
def test_round_trip_gives_back_the_same_payload(model: type[Any], payload: dict[str, Any]) -> None:
    assert model.from_dict(copy.deepcopy(payload)).to_dict() == payload


@pytest.mark.parametrize(("model", "payload"), ROUND_TRIPS, ids=lambda value: getattr(value, "__name__", ""))
def test_unknown_fields_are_kept_not_rejected(model: type[Any], payload: dict[str, Any]) -> None:
    extended = {**copy.deepcopy(payload), "field_from_the_future": {"nested": [1, None]}}
    parsed = model.from_dict(extended)
    assert parsed.additional_properties["field_from_the_future"] == {"nested": [1, None]}
    assert parsed.to_dict() == extended


def test_from_dict_does_not_mutate_its_input() -> None:
    payload = copy.deepcopy(AGENT_FULL)
    Agent.from_dict(payload)
    assert payload == AGENT_FULL


def test_absent_optional_fields_stay_absent() -> None:
    agent = Agent.from_dict(AGENT_MINIMAL)
    assert "display_name" not in agent.to_dict()
    assert "tools" not in agent.to_dict()


def test_nulls_are_read_as_none_and_written_back_as_null() -> None:
    agent = Agent.from_dict(AGENT_FULL)
    assert agent.archived_at is None
    assert agent.to_dict()["archived_at"] is None


def test_timestamps_become_aware_datetimes_including_the_z_form() -> None:
    agent = Agent.from_dict({**AGENT_MINIMAL, "created_at": "2026-11-23T10:15:30Z"})
    assert agent.created_at == datetime.datetime(2026, 11, 23, 10, 15, 30, tzinfo=datetime.timezone.utc)


def test_tagged_unions_pick_the_branch_named_by_type() -> None:
    message = Message.from_dict(MESSAGE)
    text, image = message.content
    assert isinstance(text, ContentPartText)
    assert text.text == "Hello!"
    assert isinstance(image, ContentPartImageFile)
    assert image.image_id == f"img_{HEX}"
    tools = Agent.from_dict(
        {
            **AGENT_MINIMAL,
            "tools": [
                {"type": "builtin", "name": "web_fetch", "description": "Fetch", "parameters": {}},
                {"type": "client_side", "name": "open_url", "description": "Open", "parameters": {}},
            ],
        }
    ).tools
    assert [type(tool) for tool in tools] == [ToolDefinitionBuiltin, ToolDefinitionClientSide]


def test_the_tag_reaches_the_wire_when_building_a_request_part() -> None:
    part = ContentPartText.from_dict({"type": "text", "text": "hi"})
    assert part.to_dict() == {"type": "text", "text": "hi"}


def test_an_enum_value_newer_than_the_client_is_kept() -> None:
    agent = Agent.from_dict({**AGENT_MINIMAL, "status": "hibernating"})
    assert agent.status == "hibernating"
    assert isinstance(agent.status, AgentStatus)
    assert agent.to_dict()["status"] == "hibernating"
    assert AgentStatus("active") is AgentStatus.ACTIVE


def test_a_one_value_tag_enum_stays_strict() -> None:
    with pytest.raises(ValueError, match="client_side"):
        ContentPartText.from_dict({"type": "client_side", "text": "hi"})


def test_events_of_types_newer_than_the_client_are_read_untouched() -> None:
    payload = {"data": [{**EVENT, "type": "hologram.projected", "data": {"angle": 42, "nested": {"a": [1]}}}]}
    events = ListResponseEvent.from_dict(copy.deepcopy(payload))
    assert events.to_dict() == payload


def _answer(endpoint: Any, status: int, payload: Any) -> Any:
    """What the generated client reads from an answer of ``status`` with ``payload``."""
    response = httpx.Response(status, json=payload, request=httpx.Request("GET", "http://everruns.test/api"))
    return endpoint._build_response(client=Client(base_url="http://everruns.test/api"), response=response).parsed


def test_every_answer_about_an_agent_is_an_agent() -> None:
    from everruns_api.api.agents import copy_agent, create_agent, get_agent, list_agents, update_agent

    full = {**AGENT_FULL, **URLS, "session_count": 2, "app_count": 0}
    read = [
        _answer(create_agent, 201, {**AGENT_FULL, **URLS}),
        _answer(get_agent, 200, full),
        _answer(update_agent, 200, {**AGENT_FULL, **URLS}),
        _answer(copy_agent, 201, {**AGENT_FULL, **URLS}),
        *_answer(list_agents, 200, {"data": [full], "total": 1, "offset": 0, "limit": 20}).data,
    ]
    assert [type(agent) for agent in read] == [Agent] * 5
    assert read[1].session_count == 2
    assert read[0].session_count is UNSET, "create answers without counts: they are optional"


def test_every_answer_about_a_session_is_a_session() -> None:
    from everruns_api.api.sessions import create_session, get_session, list_sessions

    read = [
        _answer(create_session, 201, {**SESSION_FULL, **URLS}),
        _answer(get_session, 200, {**SESSION_FULL, **URLS}),
        *_answer(list_sessions, 200, {"data": [SESSION_MINIMAL], "total": 1, "offset": 0, "limit": 20}).data,
    ]
    assert [type(session) for session in read] == [Session] * 3


def test_a_workspace_path_reads_as_a_file_or_a_listing() -> None:
    from everruns_api.api.workspace_filesystem import get_path

    entry = {
        "path": "/notes.md",
        "name": "notes.md",
        "is_directory": False,
        "is_readonly": False,
        "size_bytes": 3,
        "created_at": TS,
        "updated_at": TS,
    }
    file = _answer(get_path, 200, {**entry, "content": "abc", "encoding": "text"})
    listing = _answer(get_path, 200, {"data": [entry]})
    assert isinstance(file, FileInfo)
    assert file.content == "abc"
    assert isinstance(listing, ListResponseFileInfo)
    assert [type(item) for item in listing.data] == [FileInfo]
