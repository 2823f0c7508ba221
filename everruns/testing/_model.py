"""The simulated language model: a deterministic default answer, or what a test scripted."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._ids import new_id


@dataclass(frozen=True)
class ToolCall:
    """A call the model asks the client to run: ``{id, name, arguments}`` on the wire."""

    id: str
    name: str
    arguments: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The wire form used in ``tool.call_requested``."""
        return {"id": self.id, "name": self.name, "arguments": self.arguments}


@dataclass(frozen=True)
class TurnPlan:
    """What the next turn does: reply (``reply=None`` means the default), fail, or call tools first."""

    reply: str | None = None
    error: str | None = None
    error_code: str | None = None
    tool_calls: tuple[ToolCall, ...] = field(default_factory=tuple)


def default_reply(prompt: str) -> str:
    """The answer to a prompt when nothing is scripted: an echo, so tests can predict it."""
    return f"You said: {prompt.strip()}" if prompt.strip() else "You sent no text."


class ScriptedModel:
    """Queue of scripted behaviours; each turn takes the oldest, else answers with an echo.

    Scripts are server-wide (every organisation and session), consumed in the order given.
    """

    def __init__(self) -> None:
        self._plans: deque[TurnPlan] = deque()
        self._lock = threading.Lock()

    def script_reply(self, text: str) -> None:
        """The next turn answers with exactly ``text`` (streamed word by word)."""
        self._push(TurnPlan(reply=text))

    def script_failure(self, error: str = "the model provider failed", code: str | None = "model_error") -> None:
        """The next turn ends in ``turn.failed`` with ``data.error`` and ``data.error_code``."""
        self._push(TurnPlan(error=error, error_code=code))

    def script_tool_calls(self, calls: Iterable[Mapping[str, Any]], *, then_reply: str | None = None) -> list[str]:
        """The next turn asks the client to run ``calls`` (each ``{name, arguments?, id?}``).

        It emits ``tool.call_requested``, waits for every result, then answers with
        ``then_reply`` or a sentence quoting the results. Returns the tool call ids.
        """
        planned = tuple(
            ToolCall(
                id=str(call.get("id") or new_id("toolcall")),
                name=str(call["name"]),
                arguments=dict(call.get("arguments") or {}),
            )
            for call in calls
        )
        if not planned:
            raise ValueError("script_tool_calls needs at least one call")
        self._push(TurnPlan(reply=then_reply, tool_calls=planned))
        return [call.id for call in planned]

    def reset(self) -> None:
        """Forget everything scripted and not yet used."""
        with self._lock:
            self._plans.clear()

    def next_plan(self) -> TurnPlan:
        """Take the plan for the turn that is starting now."""
        with self._lock:
            return self._plans.popleft() if self._plans else TurnPlan()

    @property
    def pending(self) -> int:
        """How many scripted turns are still waiting to be used."""
        with self._lock:
            return len(self._plans)

    def _push(self, plan: TurnPlan) -> None:
        with self._lock:
            self._plans.append(plan)
