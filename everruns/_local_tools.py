"""Python functions as client-side tools: what the agent is told about one (name,
description, JSON Schema of its parameters), and running it for a tool call.

    @everruns.tool
    def get_weather(city: str, unit: Literal["C", "F"] = "C") -> dict[str, object]:
        \"\"\"The current weather in a city.\"\"\"
        ...
"""

from __future__ import annotations

import inspect
import logging
import re
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, overload

from everruns_api.models import ClientToolResult, ToolDefinitionClientSide, ToolDefinitionClientSideType

from ._flow import Call, drive
from ._tool_schema import is_json, parameters_schema
from .errors import ValidationError

logger = logging.getLogger("everruns")

_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}\Z")


@dataclass(frozen=True)
class LocalTool:
    """A function the agent may ask this process to run. Calling the tool calls the
    function; :attr:`definition` is what a session or agent declares."""

    name: str
    description: str
    parameters: Mapping[str, Any]
    function: Callable[..., Any]

    @classmethod
    def from_function(
        cls,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> LocalTool:
        """Describe ``function``: its name, its docstring and a schema of its signature,
        each replaced by the argument given."""
        if isinstance(function, LocalTool):
            function = function.function
        if not callable(function):
            raise ValidationError(f"a tool is a function, got {type(function).__name__}", field="tools")
        chosen_name: str = name or str(getattr(function, "__name__", ""))
        if not _NAME.match(chosen_name):
            raise ValidationError(
                f"a tool name is 1-64 letters, digits, '_' or '-', got {chosen_name!r}: pass name=", field="name"
            )
        text = description or inspect.getdoc(function) or ""
        if not text:
            raise ValidationError(f"describe tool {chosen_name!r}: give it a docstring or pass description=")
        schema = dict(parameters) if parameters is not None else parameters_schema(function)
        return cls(chosen_name, text, schema, function)

    @property
    def definition(self) -> ToolDefinitionClientSide:
        """The declaration for ``tools=`` of ``sessions.create`` or ``agents.create``."""
        return ToolDefinitionClientSide(
            name=self.name,
            description=self.description,
            parameters=dict(self.parameters),
            type_=ToolDefinitionClientSideType.CLIENT_SIDE,
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(*args, **kwargs)

    def answer(self, call_id: str, arguments: object) -> ClientToolResult:
        """Run the function with the call's arguments as keyword arguments. Whatever it
        raises, or a result that is not JSON, becomes the call's error, never this
        process's."""
        return drive(self.answering(call_id, arguments), Call.blocking)

    def answering(self, call_id: str, arguments: object) -> Generator[Call, Any, ClientToolResult]:
        """:meth:`answer` as a flow, for either client (the asyncio one awaits an
        ``async def`` tool)."""
        if not isinstance(arguments, Mapping):
            return _failed(call_id, f"arguments must be a JSON object, got {type(arguments).__name__}")
        try:
            result = yield Call(self.function, kwargs=arguments)
        except Exception as error:  # the tool's failure is the agent's to handle
            logger.info("local tool %r failed: %s", self.name, type(error).__name__)
            return _failed(call_id, f"{type(error).__name__}: {error}")
        if not is_json(result):
            return _failed(call_id, f"the tool returned a {type(result).__name__} that is not JSON (NaN or infinity?)")
        return ClientToolResult(tool_call_id=call_id, result=result)


def _failed(call_id: str, error: str) -> ClientToolResult:
    return ClientToolResult(tool_call_id=call_id, error=error)


@overload
def tool(function: Callable[..., Any], /) -> LocalTool: ...


@overload
def tool(
    *, name: str | None = None, description: str | None = None, parameters: Mapping[str, Any] | None = None
) -> Callable[[Callable[..., Any]], LocalTool]: ...


def tool(
    function: Callable[..., Any] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    parameters: Mapping[str, Any] | None = None,
) -> LocalTool | Callable[[Callable[..., Any]], LocalTool]:
    """Make a function a client-side tool: ``@tool`` or ``@tool(name=..., description=...,
    parameters=...)`` over a function, or ``tool(function)``."""
    if function is not None:
        return LocalTool.from_function(function, name=name, description=description, parameters=parameters)

    def decorate(chosen: Callable[..., Any]) -> LocalTool:
        return LocalTool.from_function(chosen, name=name, description=description, parameters=parameters)

    return decorate
