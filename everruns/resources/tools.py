"""``client.tools``: client-side tools, which the agent asks this process to run.

@everruns.tool
def add(a: int, b: int) -> int:
    \"\"\"Add two integers.\"\"\"
    return a + b

session = client.tools.create_session([add], harness_name="generic")
result = client.tools.run_turn(session.id, "What is 2 + 40?", tools=[add])
print(result.text)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from everruns._local_tools import LocalTool
from everruns._resource import Resource
from everruns._turns import DEFAULT_TURN_TIMEOUT, TurnResult, check_turn_timeout
from everruns._validation import SESSION, check_id
from everruns.errors import ConflictError, ValidationError
from everruns_api.api.sessions import submit_tool_results
from everruns_api.models import (
    ClientToolResult,
    Session,
    SubmitToolResultsRequest,
    SubmitToolResultsResponse,
    ToolDefinitionClientSide,
)

from ._coerce import model_from

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes
    from everruns._events import Event

    from .messages import MessageOptions
    from .sessions import SessionOptions

# Waits before each new attempt when results arrive before the turn waits for them.
NOT_WAITING_RETRY_DELAYS = (0.1, 0.2, 0.4, 0.8, 1.6)
NOT_WAITING = "not waiting for tool results"

ToolInput = LocalTool | Callable[..., Any]


def local_tools(tools: Iterable[ToolInput]) -> list[LocalTool]:
    """Tools from functions (described by their signature and docstring) or
    :class:`~everruns.LocalTool`; names must be unique."""
    made = [tool if isinstance(tool, LocalTool) else LocalTool.from_function(tool) for tool in tools]
    names = [tool.name for tool in made]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise ValidationError(f"tool names must be unique, repeated: {', '.join(duplicated)}", field="tools")
    return made


def tool_definitions(tools: Iterable[ToolInput]) -> list[ToolDefinitionClientSide]:
    """The declarations of ``tools``, for ``tools=`` of ``sessions.create`` or ``agents.create``."""
    return [tool.definition for tool in local_tools(tools)]


class Tools(Resource):
    """Declare local functions as tools, run turns that call them, submit results."""

    def submit(
        self,
        session_id: str,
        results: Sequence[ClientToolResult | Mapping[str, Any]],
        *,
        timeout: TimeoutTypes | None = None,
    ) -> SubmitToolResultsResponse:
        """Hand the waiting turn the results of its tool calls: each ``{"tool_call_id",
        "result"}`` or ``{"tool_call_id", "error"}``. Results that arrive before the
        turn waits for them are sent again, a few times, after a short pause."""
        check_id(session_id, SESSION, "session_id")
        if isinstance(results, (str, Mapping)) or not results:
            raise ValidationError("results must be a non-empty list of tool results", field="results")
        body = SubmitToolResultsRequest(tool_results=[model_from(result, ClientToolResult) for result in results])
        delays = iter(NOT_WAITING_RETRY_DELAYS)
        while True:
            try:
                return self._call(
                    submit_tool_results, session_id, timeout=timeout, body=body, model=SubmitToolResultsResponse
                )
            except ConflictError as conflict:
                delay = next(delays, None)
                if delay is None or not _not_waiting(conflict):
                    raise
                time.sleep(delay)

    def create_session(
        self,
        functions: Iterable[ToolInput],
        harness_id: str | None = None,
        *,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[SessionOptions],
    ) -> Session:
        """Open a session (as ``client.sessions.create``) that declares ``functions`` as
        client-side tools, besides any ``tools=`` given."""
        options["tools"] = [*(options.get("tools") or ()), *tool_definitions(functions)]
        return self._client.sessions.create(harness_id, timeout=timeout, **options)

    def run_turn(
        self,
        session_id: str,
        text: str | None = None,
        *,
        tools: Iterable[ToolInput],
        timeout: float | None = DEFAULT_TURN_TIMEOUT,
        **options: Unpack[MessageOptions],
    ) -> TurnResult:
        """Post a user message and see its turn through: each tool call the agent asks
        for runs the matching function of ``tools`` (arguments as keyword arguments) and
        its result goes back; an exception in a tool goes back as that call's error.
        Returns when the turn ends; the result's ``text`` is the agent's answer.

        The tools must be declared on the session or its agent (see
        :meth:`create_session`). Like ``messages.send_and_wait``: a failed turn raises
        :class:`~everruns.TurnFailedError`, and after ``timeout`` seconds (``None``: no
        limit) :class:`~everruns.TurnTimeoutError` is raised while the turn goes on.
        """
        by_name = {tool.name: tool for tool in local_tools(tools)}
        check_turn_timeout(timeout)
        messages = self._client.messages
        body = messages._body(session_id, text, options, None)
        return messages._send_and_follow(
            session_id, body, timeout, through=lambda events, message_id: self._answering(events, message_id, by_name)
        )

    def _answering(
        self, events: Iterable[Event], input_message_id: str, tools: Mapping[str, LocalTool]
    ) -> Iterator[Event]:
        """The events as they come; each ``tool.call_requested`` of the turn started by
        ``input_message_id`` is answered before it is passed on."""
        turn_ids: set[str] = set()
        for event in events:
            started_by_it = event.context.get("input_message_id") == input_message_id
            if started_by_it and event.turn_id is not None:
                turn_ids.add(event.turn_id)
            ours = started_by_it or (event.turn_id is not None and event.turn_id in turn_ids)
            if event.type == "tool.call_requested" and ours:
                calls = event.data.get("tool_calls") or []
                self.submit(event.session_id, [_answer(tools, call) for call in calls])
            yield event


def _answer(tools: Mapping[str, LocalTool], call: Mapping[str, Any]) -> ClientToolResult:
    tool = tools.get(call.get("name", ""))
    if tool is None:
        known = ", ".join(sorted(tools)) or "none"
        return ClientToolResult(tool_call_id=call["id"], error=f"no local tool named {call.get('name')!r} ({known})")
    return tool.answer(call["id"], call.get("arguments") or {})


def _not_waiting(conflict: ConflictError) -> bool:
    """Whether a 409 says the turn is not (yet) waiting for tool results."""
    said = f"{conflict.code} {conflict.detail} {conflict.title}".replace("_", " ").lower()
    return NOT_WAITING in said
