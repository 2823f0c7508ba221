"""``client.agents``: an agent is a system prompt, tools, capabilities and a default
model, run on a harness."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, offset_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import AGENT, check_id, check_range, check_slug, check_text, new_id
from everruns_api.api.agents import (
    analyze_agent,
    check_agent_name,
    copy_agent,
    create_agent,
    delete_agent,
    export_agent,
    get_agent,
    get_agent_stats,
    import_agent,
    list_agents,
    update_agent,
)
from everruns_api.models import (
    Agent,
    AgentAnalysis,
    AgentCapabilityConfig,
    BTreeMap,
    CheckAgentNameResponse,
    CreateAgentRequest,
    PaginatedResponseAgent,
    PreviewAgentRequest,
    PreviewAgentRequestToolsItem,
    ResourceStats,
    UpdateAgentRequest,
)
from everruns_api.options import AgentChanges, AgentOptions
from everruns_api.types import File

from ._coerce import ToolDefinition, model_from, tools_from
from ._options import check_max_iterations, check_reference, request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes

    from .agent_credentials import AgentCredentials
    from .agent_health_checks import AgentHealthChecks
    from .agent_triggers import AgentTriggers
    from .agent_versions import AgentVersions


def generate_agent_id() -> str:
    """A new agent id (``agent_`` + 32 random hex digits), for :meth:`Agents.apply`."""
    return new_id(AGENT)


class Agents(Resource[Mode]):
    """Create, apply, read, list, change, copy, import and export agents; their
    versions are ``client.agents.versions``, their health checks
    ``client.agents.health_checks``, their schedules ``client.agents.triggers`` and the
    credentials of their tools ``client.agents.credentials``."""

    generate_id = staticmethod(generate_agent_id)

    @cached_property
    def versions(self) -> AgentVersions[Mode]:
        """Snapshots of an agent's configuration: create, list, diff, fork, roll back."""
        from .agent_versions import AgentVersions

        return AgentVersions(self._client)

    @cached_property
    def health_checks(self) -> AgentHealthChecks[Mode]:
        """Test runs of an agent against canned conversations."""
        from .agent_health_checks import AgentHealthChecks

        return AgentHealthChecks(self._client)

    @cached_property
    def triggers(self) -> AgentTriggers[Mode]:
        """Schedules that run an agent by a cron expression, and their runs."""
        from .agent_triggers import AgentTriggers

        return AgentTriggers(self._client)

    @cached_property
    def credentials(self) -> AgentCredentials[Mode]:
        """Where the secret parameters of an agent's MCP tools come from."""
        from .agent_credentials import AgentCredentials

        return AgentCredentials(self._client)

    @operation
    def create(
        self, name: str, system_prompt: str, *, timeout: TimeoutTypes | None = None, **options: Unpack[AgentOptions]
    ) -> Flow[Agent]:
        """Create an agent. ``name`` is a slug, unique in the organisation. The harness
        is ``harness_name`` or ``harness_id`` (the organisation's ``generic`` when neither
        is given)."""
        body = _agent_request(None, name, system_prompt, options)
        return (yield from self._call(create_agent, timeout=timeout, body=body, model=Agent))

    @operation
    def apply(
        self,
        agent_id: str,
        name: str,
        system_prompt: str,
        *,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[AgentOptions],
    ) -> Flow[Agent]:
        """Create the agent with this id (see :func:`generate_agent_id`), or replace
        the configuration of the one that has it. Applying twice changes nothing more,
        so a failed attempt is retried like a read."""
        check_id(agent_id, AGENT, "agent_id")
        body = _agent_request(agent_id, name, system_prompt, options)
        return (yield from self._call(create_agent, timeout=timeout, idempotent=True, body=body, model=Agent))

    @operation
    def apply_by_name(
        self, name: str, system_prompt: str, *, timeout: TimeoutTypes | None = None, **options: Unpack[AgentOptions]
    ) -> Flow[Agent]:
        """Create the agent called ``name``, or replace the configuration of the one
        already called so. Like :meth:`apply`, it is safe to retry."""
        body = _agent_request(None, name, system_prompt, options)
        return (yield from self._call(create_agent, timeout=timeout, idempotent=True, body=body, model=Agent))

    @operation
    def get(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Agent]:
        """One agent, by id."""
        check_id(agent_id, AGENT, "agent_id")
        return (yield from self._call(get_agent, agent_id, timeout=timeout, model=Agent))

    @pager
    def list(
        self,
        *,
        search: str | None = None,
        include_archived: bool | None = None,
        limit: int = 20,
        offset: int = 0,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Agent]]:
        """Agents by name, ``limit`` (at most 100) per request; iterate the page for all
        of them. ``search`` matches names and descriptions."""
        check_range(limit, "limit", minimum=1, maximum=100)
        check_range(offset, "offset", minimum=0)

        def fetch(page_offset: int, page_limit: int) -> Flow[tuple[list[Agent], int | None]]:
            page = yield from self._call(
                list_agents,
                timeout=timeout,
                search=optional(search),
                include_archived=optional(include_archived),
                offset=page_offset,
                limit=page_limit,
                model=PaginatedResponseAgent,
            )
            return page.data, page.total

        return (yield from offset_listing(fetch, offset=offset, limit=limit))

    @operation
    def update(
        self, agent_id: str, *, timeout: TimeoutTypes | None = None, **changes: Unpack[AgentChanges]
    ) -> Flow[Agent]:
        """Change the fields given, and only those. ``status="archived"`` archives the
        agent, ``"active"`` restores it."""
        check_id(agent_id, AGENT, "agent_id")
        check_options(changes, AgentChanges)
        if (name := changes.get("name")) is not None:
            check_slug(name, "name")
        if (system_prompt := changes.get("system_prompt")) is not None:
            check_text(system_prompt, "system_prompt")
        _check_config(changes)
        body = request_body(UpdateAgentRequest, changes)
        return (yield from self._call(update_agent, agent_id, timeout=timeout, body=body, model=Agent))

    @operation
    def delete(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Archive an agent: it leaves the lists unless archived agents are asked for."""
        check_id(agent_id, AGENT, "agent_id")
        yield from self._send(delete_agent, agent_id, timeout=timeout)

    @operation
    def copy(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Agent]:
        """A new agent with the same configuration, under a free name derived from the
        original's."""
        check_id(agent_id, AGENT, "agent_id")
        return (yield from self._call(copy_agent, agent_id, timeout=timeout, model=Agent))

    @operation
    def import_agent(self, text: str, *, timeout: TimeoutTypes | None = None) -> Flow[Agent]:
        """Create an agent from text: markdown with a front-matter block, as :meth:`export`
        gives it (the API also reads YAML, JSON or a bare prompt). When the text names an
        agent that exists, the API updates that agent instead."""
        check_text(text, "text")
        body = File(payload=io.BytesIO(text.encode("utf-8")), mime_type="text/plain")
        return (yield from self._call(import_agent, timeout=timeout, body=body, model=Agent))

    @operation
    def import_example(self, example: str, *, timeout: TimeoutTypes | None = None) -> Flow[Agent]:
        """Create an agent from one of the API's built-in examples, by the example's name."""
        check_text(example, "example")
        body = File(payload=io.BytesIO(b""))
        return (yield from self._call(import_agent, timeout=timeout, body=body, from_example=example, model=Agent))

    @operation
    def export(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[str]:
        """The agent in text form (markdown), ready for :meth:`import_agent`."""
        check_id(agent_id, AGENT, "agent_id")
        return (yield from self._call(export_agent, agent_id, timeout=timeout, model=str))

    @operation
    def is_name_available(
        self, name: str, *, exclude_id: str | None = None, timeout: TimeoutTypes | None = None
    ) -> Flow[bool]:
        """Whether no agent of the organisation is called ``name`` yet, before a form
        offers it. ``exclude_id``: an agent whose own name does not count (checking a
        rename)."""
        check_slug(name, "name")
        if exclude_id is not None:
            check_id(exclude_id, AGENT, "exclude_id")
        answer = yield from self._call(
            check_agent_name, timeout=timeout, name=name, exclude_id=optional(exclude_id), model=CheckAgentNameResponse
        )
        return answer.available

    @operation
    def stats(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[ResourceStats]:
        """Usage of an agent: its sessions by status, turns run, tokens and costs."""
        check_id(agent_id, AGENT, "agent_id")
        return (yield from self._call(get_agent_stats, agent_id, timeout=timeout, model=ResourceStats))

    @operation
    def analyze(
        self,
        system_prompt: str,
        *,
        capabilities: Sequence[AgentCapabilityConfig | Mapping[str, Any]] | None = None,
        tools: Sequence[ToolDefinition | Mapping[str, Any]] | None = None,
        mcp_servers: BTreeMap | Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[AgentAnalysis]:
        """Findings about a draft agent (nothing is saved): what its prompt lacks or
        could say better."""
        check_text(system_prompt, "system_prompt")
        given = {"capabilities": capabilities, "tools": tools, "mcp_servers": mcp_servers}
        body = request_body(PreviewAgentRequest, {"system_prompt": system_prompt, **given}, tools=_analysis_tools)
        return (yield from self._call(analyze_agent, timeout=timeout, body=body, model=AgentAnalysis))


def _analysis_tools(tools: Sequence[ToolDefinition | Mapping[str, Any]]) -> list[PreviewAgentRequestToolsItem]:
    """Analysis takes tools as plain objects: the tool definitions' JSON form."""
    return [model_from(tool.to_dict(), PreviewAgentRequestToolsItem) for tool in tools_from(tools) or []]


def _check_config(options: Mapping[str, Any]) -> None:
    check_reference(options, "harness")
    check_max_iterations(options)


def _agent_request(agent_id: str | None, name: str, system_prompt: str, options: AgentOptions) -> CreateAgentRequest:
    """The body of create and apply, after checking the API's rules."""
    check_options(options, AgentOptions)
    check_slug(name, "name")
    check_text(system_prompt, "system_prompt")
    _check_config(options)
    return request_body(CreateAgentRequest, {"id": agent_id, "name": name, "system_prompt": system_prompt, **options})
