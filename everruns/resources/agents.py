"""``client.agents``: an agent is a system prompt, tools, capabilities and a default
model, run on a harness."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from everruns._pagination import Page, offset_page
from everruns._resource import Resource, check_options, expect, optional
from everruns._validation import check_id, check_one_of, check_range, check_slug, check_text, new_id
from everruns_api.api.agents import create_agent, delete_agent, get_agent, list_agents
from everruns_api.models import (
    AgentCapabilityConfig,
    CreateAgentRequest,
    InitialFile,
    PaginatedResponseWithUrlsResourceWithCountsAgent,
    WithUrlsAgent,
    WithUrlsResourceWithCountsAgent,
)

from ._coerce import ToolDefinition, models_from, tools_from

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes
    from everruns_api.models import PaginatedResponseWithUrlsResourceWithCountsAgentDataItem as AgentListItem

AGENT = "agent"


class AgentOptions(TypedDict, total=False):
    """The optional fields of an agent, as keyword arguments."""

    display_name: str
    description: str
    harness_id: str
    harness_name: str
    default_model_id: str
    tags: Sequence[str]
    capabilities: Sequence[AgentCapabilityConfig | Mapping[str, Any]]
    tools: Sequence[ToolDefinition | Mapping[str, Any]]
    initial_files: Sequence[InitialFile | Mapping[str, Any]]
    max_iterations: int
    parallel_tool_calls: bool


def generate_agent_id() -> str:
    """A new agent id (``agent_`` + 32 random hex digits), for :meth:`Agents.apply`."""
    return new_id(AGENT)


class Agents(Resource):
    """Create, apply, read, list and delete agents."""

    def create(
        self, name: str, system_prompt: str, *, timeout: TimeoutTypes | None = None, **options: Unpack[AgentOptions]
    ) -> WithUrlsAgent:
        """Create an agent. ``name`` is a slug, unique in the organisation. The harness
        is ``harness_name`` or ``harness_id`` (the organisation's ``generic`` when neither
        is given)."""
        body = _agent_request(None, name, system_prompt, options)
        return expect(create_agent.sync_detailed(client=self._api(timeout), body=body), WithUrlsAgent)

    def get(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> WithUrlsResourceWithCountsAgent:
        """One agent, by id."""
        check_id(agent_id, AGENT, "agent_id")
        return expect(get_agent.sync_detailed(agent_id, client=self._api(timeout)), WithUrlsResourceWithCountsAgent)

    def list(
        self,
        *,
        search: str | None = None,
        include_archived: bool | None = None,
        limit: int = 20,
        offset: int = 0,
        timeout: TimeoutTypes | None = None,
    ) -> Page[AgentListItem]:
        """Agents, ``limit`` (at most 100) per request; iterate the page for all of them."""
        check_range(limit, "limit", minimum=1, maximum=100)
        check_range(offset, "offset", minimum=0)

        def fetch(page_offset: int, page_limit: int) -> tuple[list[AgentListItem], int | None]:
            response = list_agents.sync_detailed(
                client=self._api(timeout),
                search=optional(search),
                include_archived=optional(include_archived),
                offset=page_offset,
                limit=page_limit,
            )
            page = expect(response, PaginatedResponseWithUrlsResourceWithCountsAgent)
            return page.data, page.total

        return offset_page(fetch, offset=offset, limit=limit)

    def delete(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> None:
        """Archive an agent: it leaves the lists unless archived agents are asked for."""
        check_id(agent_id, AGENT, "agent_id")
        delete_agent.sync_detailed(agent_id, client=self._api(timeout))


def _agent_request(agent_id: str | None, name: str, system_prompt: str, options: AgentOptions) -> CreateAgentRequest:
    """The body of create and apply, after checking the API's rules."""
    check_options(options, AgentOptions)
    check_slug(name, "name")
    check_text(system_prompt, "system_prompt")
    harness_id, harness_name = options.get("harness_id"), options.get("harness_name")
    check_one_of("harness_id", harness_id, "harness_name", harness_name)
    if harness_id is not None:
        check_id(harness_id, "harness", "harness_id")
    if harness_name is not None:
        check_slug(harness_name, "harness_name")
    check_range(options.get("max_iterations"), "max_iterations", minimum=0)
    tags = options.get("tags")
    return CreateAgentRequest(
        name=name,
        system_prompt=system_prompt,
        id=optional(agent_id),
        display_name=optional(options.get("display_name")),
        description=optional(options.get("description")),
        harness_id=optional(harness_id),
        harness_name=optional(harness_name),
        default_model_id=optional(options.get("default_model_id")),
        tags=optional(list(tags) if tags is not None else None),
        capabilities=optional(models_from(options.get("capabilities"), AgentCapabilityConfig)),
        tools=optional(tools_from(options.get("tools"))),
        initial_files=optional(models_from(options.get("initial_files"), InitialFile)),
        max_iterations=optional(options.get("max_iterations")),
        parallel_tool_calls=optional(options.get("parallel_tool_calls")),
    )
