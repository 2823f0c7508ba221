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


@dataclass(frozen=True)
class Pace:
    """How fast the model writes: ``None`` tokens per second means at the server's
    ``turn_delay``, like every other event (the default: tests stay fast)."""

    tokens_per_second: float | None = None
    first_token_delay: float = 0.0

    def before_delta(self, index: int, turn_delay: float) -> float:
        """Seconds to wait before the reply's ``index``-th delta (one word each)."""
        if index == 0 and self.first_token_delay:
            return self.first_token_delay
        return turn_delay if self.tokens_per_second is None else 1.0 / self.tokens_per_second


def default_reply(prompt: str) -> str:
    """The answer to a prompt when nothing is scripted: an echo, so tests can predict it."""
    return f"You said: {prompt.strip()}" if prompt.strip() else "You sent no text."


DEFAULT_REPLY_PRICE = 1.0


class ScriptedModel:
    """Queue of scripted behaviours; each turn takes the oldest, else answers with an echo.

    Scripts are server-wide (every organisation and session), consumed in the order given.
    """

    def __init__(self) -> None:
        self._plans: deque[TurnPlan] = deque()
        self._lock = threading.Lock()
        self._pace = Pace()
        self._reply_price = DEFAULT_REPLY_PRICE

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

    def pace(self, tokens_per_second: float | None = None, first_token_delay: float = 0.0) -> None:
        """Write replies as a model streams them: one word (a delta) per
        ``1 / tokens_per_second`` seconds, the first after ``first_token_delay`` seconds,
        from the next delta on. ``pace()`` alone goes back to the default: deltas as
        fast as every other event (``turn_delay``)."""
        if tokens_per_second is not None and not _positive(tokens_per_second):
            raise ValueError(f"tokens_per_second must be a number above 0 or None, got {tokens_per_second!r}")
        if not (_positive(first_token_delay) or first_token_delay == 0):
            raise ValueError(f"first_token_delay must be a number of seconds, 0 or more, got {first_token_delay!r}")
        pace = Pace(None if tokens_per_second is None else float(tokens_per_second), float(first_token_delay))
        with self._lock:
            self._pace = pace

    def price(self, per_reply: float = DEFAULT_REPLY_PRICE) -> None:
        """What each reply costs every budget that covers its session, in the budget's
        currency (``price()`` alone goes back to the default, 1)."""
        if not (_positive(per_reply) or per_reply == 0):
            raise ValueError(f"per_reply must be a number, 0 or more, got {per_reply!r}")
        with self._lock:
            self._reply_price = float(per_reply)

    @property
    def reply_price(self) -> float:
        """What a reply costs now (see :meth:`price`)."""
        with self._lock:
            return self._reply_price

    @property
    def pacing(self) -> Pace:
        """The pace replies are written at now."""
        with self._lock:
            return self._pace

    def reset(self) -> None:
        """Forget everything scripted and not yet used, the pace and the price."""
        with self._lock:
            self._plans.clear()
            self._pace = Pace()
            self._reply_price = DEFAULT_REPLY_PRICE

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


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0
