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

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from everruns._flow import Flow, Mode, Sleep
from everruns._local_tools import LocalTool
from everruns._methods import operation
from everruns._resource import Resource
from everruns._turns import DEFAULT_TURN_TIMEOUT, OnPause, TurnResult, check_on_pause, check_turn_timeout
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
from .messages import message_request
from .sessions import Sessions

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes
    from everruns._events import Event
    from everruns_api.options import SessionOptions

    from .messages import MessageOptions

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


class Tools(Resource[Mode]):
    """Declare local functions as tools, run turns that call them, submit results."""

    @operation
    def submit(
        self,
        session_id: str,
        results: Sequence[ClientToolResult | Mapping[str, Any]],
        *,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[SubmitToolResultsResponse]:
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
                return (
                    yield from self._call(
                        submit_tool_results, session_id, timeout=timeout, body=body, model=SubmitToolResultsResponse
                    )
                )
            except ConflictError as conflict:
                delay = next(delays, None)
                if delay is None or not _not_waiting(conflict):
                    raise
                yield Sleep(delay)

    @operation
    def create_session(
        self,
        functions: Iterable[ToolInput],
        harness_id: str | None = None,
        *,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[SessionOptions],
    ) -> Flow[Session]:
        """Open a session (as ``client.sessions.create``) that declares ``functions`` as
        client-side tools, besides any ``tools=`` given."""
        options["tools"] = [*(options.get("tools") or ()), *tool_definitions(functions)]
        return (yield from Sessions.create(self._client.sessions, harness_id, timeout=timeout, **options))

    @operation
    def run_turn(
        self,
        session_id: str,
        text: str | None = None,
        *,
        tools: Iterable[ToolInput],
        timeout: float | None = DEFAULT_TURN_TIMEOUT,
        on_pause: OnPause = "raise",
        **options: Unpack[MessageOptions],
    ) -> Flow[TurnResult]:
        """Post a user message and see its turn through: each tool call the agent asks
        for runs the matching function of ``tools`` (arguments as keyword arguments) and
        its result goes back; an exception in a tool goes back as that call's error.
        Returns when the turn ends; the result's ``text`` is the agent's answer.

        The tools must be declared on the session or its agent (see
        :meth:`create_session`). Like ``messages.send_and_wait``: a failed turn raises
        :class:`~everruns.TurnFailedError`, and after ``timeout`` seconds (``None``: no
        limit) :class:`~everruns.TurnTimeoutError` is raised while the turn goes on; a
        turn a budget pauses raises :class:`~everruns.BudgetPausedError` unless
        ``on_pause="wait"``.
        """
        by_name = {tool.name: tool for tool in local_tools(tools)}
        check_turn_timeout(timeout)
        check_on_pause(on_pause)
        body = message_request(session_id, text, options)
        answer = functools.partial(self._answer, tools=by_name)
        turn = self._client.messages._turn(session_id, body, options, timeout, answer=answer, on_pause=on_pause)
        return (yield from turn.wait())

    def _answer(self, event: Event, tools: Mapping[str, LocalTool]) -> Flow[None]:
        """Run the tools a ``tool.call_requested`` event of the turn asks for, and hand
        the turn their results."""
        calls = event.data.get("tool_calls") or []
        results = []
        for call in calls:
            tool = tools.get(call.get("name"))  # a call without a name matches no tool
            if tool is None:
                known = ", ".join(sorted(tools)) or "none"
                error = f"no local tool named {call.get('name')!r} ({known})"
                results.append(ClientToolResult(tool_call_id=call["id"], error=error))
            else:
                results.append((yield from tool.answering(call["id"], call.get("arguments") or {})))
        if results:
            yield from Tools.submit(self, event.session_id, results)


def _not_waiting(conflict: ConflictError) -> bool:
    """Whether a 409 says the turn is not (yet) waiting for tool results."""
    said = f"{conflict.code} {conflict.detail} {conflict.title}".replace("_", " ").lower()
    return NOT_WAITING in said
