"""The keyword options of the facade's methods, one ``TypedDict`` per request model the
facade builds: every field of the model but those the method takes in its own way.

Written by scripts/generate.py from openapi.json and scripts/facade_options.py, so a
field the API description adds is an option after regenerating. A nested model may be
given as the model or as its JSON-shaped dict, an enum as the model or its string;
``None`` leaves a field out.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict
from uuid import UUID

if TYPE_CHECKING:
    from .models import AgentCapabilityConfig
    from .models import AgentStatus
    from .models import BTreeMap
    from .models import BudgetPeriodCalendar
    from .models import BudgetPeriodDuration
    from .models import BudgetPeriodRolling
    from .models import Controls
    from .models import CreateHarnessRequestEmbedderMetadata
    from .models import CreateMemorySourceRequestGit
    from .models import CreateMemorySourceRequestGithub
    from .models import CreateMessageRequestMetadataType0
    from .models import CreateSessionRequestHintsType0
    from .models import ExternalActor
    from .models import HarnessStatus
    from .models import InitialFile
    from .models import InvocationSessionMode
    from .models import NetworkAccessList
    from .models import ToolDefinitionBuiltin
    from .models import ToolDefinitionClientSide
    from .models import UpdateHarnessRequestEmbedderMetadataType0


class AgentOptions(TypedDict, total=False):
    """The keyword options made of the fields of a ``CreateAgentRequest``."""

    capabilities: Sequence[AgentCapabilityConfig | Mapping[str, Any]]
    """Capabilities to enable, each ``{'ref': name, 'config': {...}}`` or the model."""

    default_model_id: str | None
    """The model turns use unless a session names another (``model_...``)."""

    description: str | None
    """What it is for, in a sentence."""

    display_name: str | None
    """The human label shown in the app (``name`` is the slug)."""

    harness_id: str | None
    """The harness, by id (``harness_...``); give this or ``harness_name``, not both."""

    harness_name: str | None
    """The harness, by name (``generic``); give this or ``harness_id``, not both."""

    initial_files: Sequence[InitialFile | Mapping[str, Any]]
    """Files placed in the session's workspace at its start."""

    max_iterations: int | None
    """At most this many reasoning steps per turn (0 or more)."""

    mcp_servers: BTreeMap | Mapping[str, Any]
    """MCP servers to connect, by name, a dict or the model."""

    network_access: NetworkAccessList | Mapping[str, Any] | None
    """Which hosts tools may reach, a dict or the model."""

    parallel_tool_calls: bool | None
    """Whether the model may call several tools at once."""

    tags: Sequence[str]
    """Labels to filter by, a list of strings."""

    tools: Sequence[
        ToolDefinitionBuiltin | ToolDefinitionClientSide | Mapping[str, Any]
    ]
    """Client-side tools (``@everruns.tool`` functions' ``.definition``) or dicts."""


class AgentChanges(TypedDict, total=False):
    """The keyword options made of the fields of a ``UpdateAgentRequest``."""

    capabilities: Sequence[AgentCapabilityConfig | Mapping[str, Any]] | None
    """Capabilities to enable, each ``{'ref': name, 'config': {...}}`` or the model."""

    default_model_id: str | None
    """The model turns use unless a session names another (``model_...``)."""

    description: str | None
    """What it is for, in a sentence."""

    display_name: str | None
    """The human label shown in the app (``name`` is the slug)."""

    harness_id: str | None
    """The harness, by id (``harness_...``); give this or ``harness_name``, not both."""

    harness_name: str | None
    """The harness, by name (``generic``); give this or ``harness_id``, not both."""

    initial_files: Sequence[InitialFile | Mapping[str, Any]] | None
    """Files placed in the session's workspace at its start."""

    max_iterations: int | None
    """At most this many reasoning steps per turn (0 or more)."""

    mcp_servers: BTreeMap | Mapping[str, Any] | None
    """MCP servers to connect, by name, a dict or the model."""

    name: str | None
    """The name, a slug unique in the organisation."""

    network_access: NetworkAccessList | Mapping[str, Any] | None
    """Which hosts tools may reach, a dict or the model."""

    parallel_tool_calls: bool | None
    """Whether the model may call several tools at once."""

    status: AgentStatus | str | None
    """``active``, or ``archived`` to archive it."""

    system_prompt: str | None
    """The instructions the agent starts every turn with."""

    tags: Sequence[str] | None
    """Labels to filter by, a list of strings."""

    tools: (
        Sequence[ToolDefinitionBuiltin | ToolDefinitionClientSide | Mapping[str, Any]]
        | None
    )
    """Client-side tools (``@everruns.tool`` functions' ``.definition``) or dicts."""


class SessionOptions(TypedDict, total=False):
    """The keyword options made of the fields of a ``CreateSessionRequest``."""

    agent_id: str | None
    """The agent, by id (``agent_...``); give this or ``agent_name``, not both."""

    agent_identity_id: str | None
    """The identity the agent acts as."""

    agent_name: str | None
    """The agent, by its name (a slug); give this or ``agent_id``, not both."""

    capabilities: Sequence[AgentCapabilityConfig | Mapping[str, Any]]
    """Capabilities to enable, each ``{'ref': name, 'config': {...}}`` or the model."""

    goal: str | None
    """What the session is meant to achieve, shown to the agent."""

    harness_name: str | None
    """The harness, by name (``generic``); give this or ``harness_id``, not both."""

    hints: CreateSessionRequestHintsType0 | Mapping[str, Any] | None
    """Hints to the runtime, a dict or the model."""

    initial_files: Sequence[InitialFile | Mapping[str, Any]]
    """Files placed in the session's workspace at its start."""

    locale: str | None
    """The language and region to answer in (``en-GB``)."""

    max_iterations: int | None
    """At most this many reasoning steps per turn (0 or more)."""

    mcp_servers: BTreeMap | Mapping[str, Any]
    """MCP servers to connect, by name, a dict or the model."""

    model_id: str | None
    """The model this session's turns use (``model_...``)."""

    network_access: NetworkAccessList | Mapping[str, Any] | None
    """Which hosts tools may reach, a dict or the model."""

    parallel_tool_calls: bool | None
    """Whether the model may call several tools at once."""

    source: str | None
    """Where it comes from (for a session: ``api`` or ``chat``)."""

    system_prompt: str | None
    """The instructions the agent starts every turn with."""

    tags: Sequence[str]
    """Labels to filter by, a list of strings."""

    title: str | None
    """A human title."""

    tools: Sequence[
        ToolDefinitionBuiltin | ToolDefinitionClientSide | Mapping[str, Any]
    ]
    """Client-side tools (``@everruns.tool`` functions' ``.definition``) or dicts."""

    workspace_id: str | None
    """The workspace to work in (``wsp_...``); a new one when not given."""


class SessionChanges(TypedDict, total=False):
    """The keyword options made of the fields of a ``UpdateSessionRequest``."""

    agent_identity_id: str | None
    """The identity the agent acts as."""

    goal: str | None
    """What the session is meant to achieve, shown to the agent."""

    locale: str | None
    """The language and region to answer in (``en-GB``)."""

    tags: Sequence[str] | None
    """Labels to filter by, a list of strings."""

    title: str | None
    """A human title."""


class HarnessOptions(TypedDict, total=False):
    """The keyword options made of the fields of a ``CreateHarnessRequest``."""

    capabilities: Sequence[AgentCapabilityConfig | Mapping[str, Any]]
    """Capabilities to enable, each ``{'ref': name, 'config': {...}}`` or the model."""

    default_model_id: str | None
    """The model turns use unless a session names another (``model_...``)."""

    description: str | None
    """What it is for, in a sentence."""

    display_name: str | None
    """The human label shown in the app (``name`` is the slug)."""

    embedder_metadata: CreateHarnessRequestEmbedderMetadata | Mapping[str, Any]
    """Free-form string pairs kept with the harness."""

    initial_files: Sequence[InitialFile | Mapping[str, Any]]
    """Files placed in the session's workspace at its start."""

    mcp_servers: BTreeMap | Mapping[str, Any]
    """MCP servers to connect, by name, a dict or the model."""

    network_access: NetworkAccessList | Mapping[str, Any] | None
    """Which hosts tools may reach, a dict or the model."""

    parent_harness_id: str | None
    """The harness this one builds on (``harness_...``)."""

    system_prompt: str | None
    """The instructions the agent starts every turn with."""

    tags: Sequence[str]
    """Labels to filter by, a list of strings."""


class HarnessChanges(TypedDict, total=False):
    """The keyword options made of the fields of a ``UpdateHarnessRequest``."""

    capabilities: Sequence[AgentCapabilityConfig | Mapping[str, Any]] | None
    """Capabilities to enable, each ``{'ref': name, 'config': {...}}`` or the model."""

    default_model_id: str | None
    """The model turns use unless a session names another (``model_...``)."""

    description: str | None
    """What it is for, in a sentence."""

    display_name: str | None
    """The human label shown in the app (``name`` is the slug)."""

    embedder_metadata: (
        UpdateHarnessRequestEmbedderMetadataType0 | Mapping[str, Any] | None
    )
    """Free-form string pairs kept with the harness."""

    initial_files: Sequence[InitialFile | Mapping[str, Any]] | None
    """Files placed in the session's workspace at its start."""

    mcp_servers: BTreeMap | Mapping[str, Any] | None
    """MCP servers to connect, by name, a dict or the model."""

    name: str | None
    """The name, a slug unique in the organisation."""

    network_access: NetworkAccessList | Mapping[str, Any] | None
    """Which hosts tools may reach, a dict or the model."""

    parent_harness_id: str | None
    """The harness this one builds on (``harness_...``)."""

    status: HarnessStatus | str | None
    """``active``, or ``archived`` to archive it."""

    system_prompt: str | None
    """The instructions the agent starts every turn with."""

    tags: Sequence[str] | None
    """Labels to filter by, a list of strings."""


class WorkspaceChanges(TypedDict, total=False):
    """The keyword options made of the fields of a ``UpdateWorkspaceRequest``."""

    description: str | None
    """What it is for, in a sentence."""

    name: str | None
    """The name, a slug unique in the organisation."""

    status: str | None
    """``active``, or ``archived`` to archive it."""


class MemoryChanges(TypedDict, total=False):
    """The keyword options made of the fields of a ``UpdateMemoryRequest``."""

    description: str | None
    """What it is for, in a sentence."""

    name: str | None
    """The name, a slug unique in the organisation."""

    source: (
        CreateMemorySourceRequestGit
        | CreateMemorySourceRequestGithub
        | Mapping[str, Any]
        | None
    )
    """Where it comes from (for a session: ``api`` or ``chat``)."""


class MessageFields(TypedDict, total=False):
    """The keyword options made of the fields of a ``CreateMessageRequest``."""

    addressed_participant_id: str | None
    """The participant of the session the message is meant for."""

    controls: Controls | Mapping[str, Any] | None
    """How this message's turn runs (model, reasoning effort...), a dict or the model."""

    external_actor: ExternalActor | Mapping[str, Any] | None
    """Who outside Everruns wrote the message (an app's user), a dict or the model."""

    metadata: CreateMessageRequestMetadataType0 | Mapping[str, Any] | None
    """Free-form data kept with it."""

    tags: Sequence[str] | None
    """Labels to filter by, a list of strings."""


class TriggerOptions(TypedDict, total=False):
    """The keyword options made of the fields of a ``CreateAgentTriggerRequest``."""

    enabled: bool
    """Whether the trigger runs on its schedule."""

    session_mode: InvocationSessionMode | str
    """Whether each run opens a new session or reuses one."""

    timezone: str
    """The time zone the cron expression is read in (``Europe/Zurich``)."""


class TriggerChanges(TypedDict, total=False):
    """The keyword options made of the fields of a ``UpdateAgentTriggerRequest``."""

    cron_expression: str | None
    """When the trigger runs, as a cron expression (``0 9 * * 1-5``)."""

    enabled: bool | None
    """Whether the trigger runs on its schedule."""

    message: str | None
    """The user message a triggered run posts."""

    session_mode: InvocationSessionMode | str | None
    """Whether each run opens a new session or reuses one."""

    timezone: str | None
    """The time zone the cron expression is read in (``Europe/Zurich``)."""


class BudgetOptions(TypedDict, total=False):
    """The keyword options made of the fields of a ``CreateBudgetRequest``."""

    metadata: Any
    """Free-form data kept with it."""

    period: (
        BudgetPeriodCalendar
        | BudgetPeriodDuration
        | BudgetPeriodRolling
        | Mapping[str, Any]
        | None
    )
    """When the balance resets (``{'type': 'calendar', 'unit': 'month'}``...); never when not given."""

    soft_limit: float | None
    """The balance at which a warning comes (and the turn pauses), before the hard limit."""


class BudgetChanges(TypedDict, total=False):
    """The keyword options made of the fields of a ``UpdateBudgetRequest``."""

    limit: float | None
    """The new hard limit."""

    metadata: Any
    """Free-form data kept with it."""

    soft_limit: float | None
    """The balance at which a warning comes (and the turn pauses), before the hard limit."""

    status: str | None
    """``active``, or ``archived`` to archive it."""


class CredentialOptions(TypedDict, total=False):
    """The keyword options made of the fields of a ``CreateAgentCredentialBinding``."""

    description: str | None
    """What it is for, in a sentence."""


class SessionFacetFilters(TypedDict, total=False):
    """The keyword filters made of the query parameters of ``get_session_facets``."""

    agent_id: str
    """Only the sessions of this agent (``agent_...``)."""

    search: str
    """Text the titles (or names) contain."""

    source: str
    """Only the sessions started this way (``api``, ``chat``, ``schedule``...)."""

    status: str
    """Only the sessions in this status."""

    mine: bool
    """Only the caller's own."""

    created_after: str
    """Only those created after this time (RFC 3339)."""

    created_before: str
    """Only those created before this time (RFC 3339)."""

    order: str
    """The order to list in."""


class BudgetFilters(TypedDict, total=False):
    """The keyword filters made of the query parameters of ``list_budgets``."""

    subject_type: str
    """Only the budgets of subjects of this kind (``session``, ``agent``...)."""

    subject_id: str
    """Only the budgets of this subject."""
