"""The facade's keyword options, as ``scripts/generate.py`` writes them into
``everruns_api/options.py``: the one hand-kept place that says what a facade method does
with a request body's fields in a way of its own.

For each request model a facade method builds, ``FACADE_OPTIONS`` names its options class
and the fields the method takes apart (positionally, under another name, built from other
arguments, or refused on purpose). Every other field of the model is a keyword option,
typed from the model, so a field the API description adds is accepted, typed for mypy and
IDEs, and sent after regenerating, with no hand edit. ``FACADE_FILTERS`` does the same for
the query parameters of operations whose method takes them as ``**filters``. ``FIELD_NOTES`` explains a field in
a few words where its name alone does not (what an IDE shows on hover).
"""

from __future__ import annotations

# request model -> (options class, fields the facade method takes in its own way)
FACADE_OPTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "CreateAgentRequest": ("AgentOptions", ("id", "name", "system_prompt")),  # create/apply take them as arguments
    "UpdateAgentRequest": ("AgentChanges", ()),
    "CreateSessionRequest": ("SessionOptions", ("harness_id",)),  # the first argument, as in the official SDK
    "UpdateSessionRequest": ("SessionChanges", ()),
    "CreateHarnessRequest": ("HarnessOptions", ("name",)),
    "UpdateHarnessRequest": ("HarnessChanges", ()),
    "UpdateWorkspaceRequest": ("WorkspaceChanges", ()),
    "UpdateMemoryRequest": ("MemoryChanges", ()),
    "CreateMessageRequest": ("MessageFields", ("message",)),  # built from text, content and images
    "CreateAgentTriggerRequest": ("TriggerOptions", ("cron_expression", "message")),  # named, required
    "UpdateAgentTriggerRequest": ("TriggerChanges", ()),
    "CreateBudgetRequest": ("BudgetOptions", ("subject_type", "subject_id", "currency", "limit")),  # named, required
    "UpdateBudgetRequest": ("BudgetChanges", ()),
    "CreateAgentCredentialBinding": (  # the path's agent, and the four fields it needs, named
        "CredentialOptions",
        ("agent_id", "label", "mcp_server_name", "tool_name", "parameter_name"),
    ),
}

# endpoint module (tag, operation) -> (filters class, query parameters the method takes in its own way)
FACADE_FILTERS: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("sessions", "get_session_facets"): ("SessionFacetFilters", ()),
    ("budgets", "list_budgets"): ("BudgetFilters", ()),
}

# field name (or ``Class.field`` where one class means another thing by it) -> a few words on what it is
FIELD_NOTES: dict[str, str] = {
    "agent_id": "The agent, by id (``agent_...``); give this or ``agent_name``, not both.",
    "agent_identity_id": "The identity the agent acts as.",
    "agent_name": "The agent, by its name (a slug); give this or ``agent_id``, not both.",
    "addressed_participant_id": "The participant of the session the message is meant for.",
    "capabilities": "Capabilities to enable, each ``{'ref': name, 'config': {...}}`` or the model.",
    "controls": "How this message's turn runs (model, reasoning effort...), a dict or the model.",
    "cron_expression": "When the trigger runs, as a cron expression (``0 9 * * 1-5``).",
    "default_model_id": "The model turns use unless a session names another (``model_...``).",
    "description": "What it is for, in a sentence.",
    "display_name": "The human label shown in the app (``name`` is the slug).",
    "embedder_metadata": "Free-form string pairs kept with the harness.",
    "enabled": "Whether the trigger runs on its schedule.",
    "external_actor": "Who outside Everruns wrote the message (an app's user), a dict or the model.",
    "goal": "What the session is meant to achieve, shown to the agent.",
    "harness_id": "The harness, by id (``harness_...``); give this or ``harness_name``, not both.",
    "harness_name": "The harness, by name (``generic``); give this or ``harness_id``, not both.",
    "hints": "Hints to the runtime, a dict or the model.",
    "initial_files": "Files placed in the session's workspace at its start.",
    "label": "What the credential is called where a person sets its value.",
    "locale": "The language and region to answer in (``en-GB``).",
    "max_iterations": "At most this many reasoning steps per turn (0 or more).",
    "mcp_server_name": "The MCP server whose tool takes the credential.",
    "mcp_servers": "MCP servers to connect, by name, a dict or the model.",
    "message": "The user message a triggered run posts.",
    "metadata": "Free-form data kept with it.",
    "model_id": "The model this session's turns use (``model_...``).",
    "name": "The name, a slug unique in the organisation.",
    "network_access": "Which hosts tools may reach, a dict or the model.",
    "parallel_tool_calls": "Whether the model may call several tools at once.",
    "parameter_name": "The tool parameter the credential fills.",
    "parent_harness_id": "The harness this one builds on (``harness_...``).",
    "session_mode": "Whether each run opens a new session or reuses one.",
    "source": "Where it comes from (for a session: ``api`` or ``chat``).",
    "status": "``active``, or ``archived`` to archive it.",
    "system_prompt": "The instructions the agent starts every turn with.",
    "tags": "Labels to filter by, a list of strings.",
    "timezone": "The time zone the cron expression is read in (``Europe/Zurich``).",
    "title": "A human title.",
    "tool_name": "The tool that takes the credential.",
    "tools": "Client-side tools (``@everruns.tool`` functions' ``.definition``) or dicts.",
    "workspace_id": "The workspace to work in (``wsp_...``); a new one when not given.",
    "search": "Text the titles (or names) contain.",
    "mine": "Only the caller's own.",
    "created_after": "Only those created after this time (RFC 3339).",
    "created_before": "Only those created before this time (RFC 3339).",
    "order": "The order to list in.",
    "soft_limit": "The balance at which a warning comes (and the turn pauses), before the hard limit.",
    "period": "When the balance resets (``{'type': 'calendar', 'unit': 'month'}``...); never when not given.",
    "BudgetFilters.subject_type": "Only the budgets of subjects of this kind (``session``, ``agent``...).",
    "BudgetFilters.subject_id": "Only the budgets of this subject.",
    "BudgetChanges.limit": "The new hard limit.",
    "SessionFacetFilters.agent_id": "Only the sessions of this agent (``agent_...``).",
    "SessionFacetFilters.source": "Only the sessions started this way (``api``, ``chat``, ``schedule``...).",
    "SessionFacetFilters.status": "Only the sessions in this status.",
}
