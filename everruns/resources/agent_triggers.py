"""``client.agents.triggers``: schedules that run an agent (post a message to it) by a cron
expression, and the runs they made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import AGENT, check_id, check_segment, check_text
from everruns_api.api.agent_triggers import (
    create_agent_trigger,
    delete_agent_trigger,
    get_agent_trigger,
    list_agent_trigger_runs,
    list_agent_triggers,
    trigger_agent_trigger,
    update_agent_trigger,
)
from everruns_api.models import (
    AgentTrigger,
    AgentTriggerRun,
    CreateAgentTriggerRequest,
    TriggeredSession,
    UpdateAgentTriggerRequest,
)
from everruns_api.options import TriggerChanges, TriggerOptions

from ._options import request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes


class AgentTriggers(Resource[Mode]):
    """Schedule an agent, change or delete its schedules, run one now, read their runs."""

    @operation
    def create(
        self,
        agent_id: str,
        *,
        cron_expression: str,
        message: str,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[TriggerOptions],
    ) -> Flow[AgentTrigger]:
        """Run the agent on a schedule: at each time ``cron_expression`` (``0 9 * * 1-5``)
        names, read in ``timezone`` (UTC when not given), ``message`` is posted to it, in a
        new session each time unless ``session_mode="shared_session"``."""
        check_id(agent_id, AGENT, "agent_id")
        check_options(options, TriggerOptions)
        schedule = {"cron_expression": check_text(cron_expression, "cron_expression"), "message": message}
        check_text(message, "message")
        body = request_body(CreateAgentTriggerRequest, {**schedule, **options})
        return (yield from self._call(create_agent_trigger, agent_id, timeout=timeout, body=body, model=AgentTrigger))

    @pager
    def list(
        self, agent_id: str, *, include_archived: bool | None = None, timeout: TimeoutTypes | None = None
    ) -> Flow[Listing[AgentTrigger]]:
        """The agent's triggers, in one page (archived ones only when asked for)."""
        check_id(agent_id, AGENT, "agent_id")
        triggers: list[AgentTrigger] = yield from self._call(
            list_agent_triggers, agent_id, timeout=timeout, include_archived=optional(include_archived), model=list
        )
        return single_listing(triggers)

    @operation
    def get(self, agent_id: str, trigger_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[AgentTrigger]:
        """One trigger, by id: its schedule is its ``config``."""
        check_id(agent_id, AGENT, "agent_id")
        check_segment(trigger_id, "trigger_id")
        return (yield from self._call(get_agent_trigger, agent_id, trigger_id, timeout=timeout, model=AgentTrigger))

    @operation
    def update(
        self,
        agent_id: str,
        trigger_id: str,
        *,
        timeout: TimeoutTypes | None = None,
        **changes: Unpack[TriggerChanges],
    ) -> Flow[AgentTrigger]:
        """Change the fields given, and only those: ``enabled=False`` pauses the schedule."""
        check_id(agent_id, AGENT, "agent_id")
        check_segment(trigger_id, "trigger_id")
        check_options(changes, TriggerChanges)
        if (cron_expression := changes.get("cron_expression")) is not None:
            check_text(cron_expression, "cron_expression")
        if (message := changes.get("message")) is not None:
            check_text(message, "message")
        body = request_body(UpdateAgentTriggerRequest, changes)
        return (
            yield from self._call(
                update_agent_trigger, agent_id, trigger_id, timeout=timeout, body=body, model=AgentTrigger
            )
        )

    @operation
    def delete(self, agent_id: str, trigger_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete a trigger: it runs no more."""
        check_id(agent_id, AGENT, "agent_id")
        check_segment(trigger_id, "trigger_id")
        yield from self._send(delete_agent_trigger, agent_id, trigger_id, timeout=timeout)

    @operation
    def run(self, agent_id: str, trigger_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[TriggeredSession]:
        """Run a trigger now, whatever its schedule: ``session_id`` is where its message went
        (``created_session``: whether that session is new)."""
        check_id(agent_id, AGENT, "agent_id")
        check_segment(trigger_id, "trigger_id")
        return (
            yield from self._call(trigger_agent_trigger, agent_id, trigger_id, timeout=timeout, model=TriggeredSession)
        )

    @pager
    def runs(
        self, agent_id: str, trigger_id: str, *, timeout: TimeoutTypes | None = None
    ) -> Flow[Listing[AgentTriggerRun]]:
        """The runs a trigger made, newest first, in one page."""
        check_id(agent_id, AGENT, "agent_id")
        check_segment(trigger_id, "trigger_id")
        runs: list[AgentTriggerRun] = yield from self._call(
            list_agent_trigger_runs, agent_id, trigger_id, timeout=timeout, model=list
        )
        return single_listing(runs)
