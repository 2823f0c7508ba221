"""``client.agents.health_checks``: test runs of an agent against canned conversations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource
from everruns._validation import AGENT, check_id, check_segment
from everruns_api.api.agents import get_health_check, list_health_checks, trigger_health_check
from everruns_api.models import HealthCheckRun

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes


class AgentHealthChecks(Resource[Mode]):
    """Start a health check of an agent, and read the runs so far."""

    @operation
    def trigger(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[HealthCheckRun]:
        """Start a health check run of the agent's current configuration."""
        check_id(agent_id, AGENT, "agent_id")
        return (yield from self._call(trigger_health_check, agent_id, timeout=timeout, model=HealthCheckRun))

    @pager
    def list(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[HealthCheckRun]]:
        """The agent's health check runs, newest first, in one page."""
        check_id(agent_id, AGENT, "agent_id")
        runs: list[HealthCheckRun] = yield from self._call(list_health_checks, agent_id, timeout=timeout, model=list)
        return single_listing(runs)

    @operation
    def get(self, agent_id: str, run_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[HealthCheckRun]:
        """One health check run, with its results."""
        check_id(agent_id, AGENT, "agent_id")
        check_segment(run_id, "run_id")
        return (yield from self._call(get_health_check, agent_id, run_id, timeout=timeout, model=HealthCheckRun))
