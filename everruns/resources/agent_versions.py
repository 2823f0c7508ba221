"""``client.agents.versions``: numbered snapshots of an agent's configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, optional
from everruns._validation import AGENT, VERSION, check_id, check_slug
from everruns_api.api.agents import (
    create_agent_version,
    diff_agent_versions,
    fork_agent_version,
    list_agent_versions,
    rollback_agent_version,
    set_default_agent_version,
)
from everruns_api.models import (
    Agent,
    AgentVersion,
    AgentVersionChangeKind,
    AgentVersionDiff,
    CreateAgentVersionRequest,
    ForkAgentVersionRequest,
    RollbackAgentVersionRequest,
    SetDefaultAgentVersionRequest,
)

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes


class AgentVersions(Resource[Mode]):
    """Snapshot an agent, list its versions, compare two, choose the default, fork a
    new agent from one, or roll the agent back to one."""

    @pager
    def list(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[AgentVersion]]:
        """Every version of an agent, newest first, in one page."""
        check_id(agent_id, AGENT, "agent_id")
        versions: list[AgentVersion] = yield from self._call(list_agent_versions, agent_id, timeout=timeout, model=list)
        return single_listing(versions)

    @operation
    def create(
        self,
        agent_id: str,
        *,
        change_kind: AgentVersionChangeKind | str | None = None,
        summary: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[AgentVersion]:
        """Snapshot the agent's current configuration as its next version.
        ``change_kind`` (``patch``, ``minor``, ``major``...) says which part of the
        version number moves."""
        check_id(agent_id, AGENT, "agent_id")
        kind = AgentVersionChangeKind(change_kind) if change_kind is not None else None
        body = CreateAgentVersionRequest(change_kind=optional(kind), summary=optional(summary))
        return (yield from self._call(create_agent_version, agent_id, timeout=timeout, body=body, model=AgentVersion))

    @operation
    def set_default(self, agent_id: str, version_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Agent]:
        """Make ``version_id`` the version that new sessions of the agent run."""
        check_id(agent_id, AGENT, "agent_id")
        check_id(version_id, VERSION, "version_id")
        body = SetDefaultAgentVersionRequest(version_id=version_id)
        return (yield from self._call(set_default_agent_version, agent_id, timeout=timeout, body=body, model=Agent))

    @operation
    def diff(
        self, agent_id: str, from_version_id: str, to_version_id: str, *, timeout: TimeoutTypes | None = None
    ) -> Flow[AgentVersionDiff]:
        """The fields that differ between two versions of an agent."""
        check_id(agent_id, AGENT, "agent_id")
        check_id(from_version_id, VERSION, "from_version_id")
        check_id(to_version_id, VERSION, "to_version_id")
        return (
            yield from self._call(
                diff_agent_versions,
                agent_id,
                from_version_id,
                to_version_id,
                timeout=timeout,
                model=AgentVersionDiff,
            )
        )

    @operation
    def fork(
        self,
        agent_id: str,
        version_id: str,
        name: str,
        *,
        display_name: str | None = None,
        description: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Agent]:
        """A new agent called ``name`` (a slug), configured as ``version_id`` was."""
        check_id(agent_id, AGENT, "agent_id")
        check_id(version_id, VERSION, "version_id")
        check_slug(name, "name")
        body = ForkAgentVersionRequest(
            name=name, display_name=optional(display_name), description=optional(description)
        )
        return (
            yield from self._call(fork_agent_version, agent_id, version_id, timeout=timeout, body=body, model=Agent)
        )

    @operation
    def rollback(
        self,
        agent_id: str,
        version_id: str,
        *,
        save_version: bool | None = None,
        summary: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Agent]:
        """Give the agent the configuration of ``version_id`` again. Unless
        ``save_version=False``, the result is recorded as a new version."""
        check_id(agent_id, AGENT, "agent_id")
        check_id(version_id, VERSION, "version_id")
        body = RollbackAgentVersionRequest(save_version=optional(save_version), summary=optional(summary))
        return (
            yield from self._call(rollback_agent_version, agent_id, version_id, timeout=timeout, body=body, model=Agent)
        )
