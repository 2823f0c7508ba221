"""Turns: what happens after a user message, played out as events on a background thread.

A turn emits ``input.message`` at once (while the POST is being answered), then, paced by
``turn_delay``: ``turn.started``, ``output.message.started``, one ``output.message.delta`` per
word (at the model's pace when one is set), ``output.message.completed`` and
``turn.completed``. Scripted turns may fail instead or first ask the client to run tools
and wait for the results. Turns of one session run one at
a time, in the order their messages arrived.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._event_types import TURN_ENDING_TYPES
from ._ids import new_id, now
from ._model import ScriptedModel, ToolCall, TurnPlan, default_reply
from ._pacer import PACER, Step
from ._problems import conflict, invalid

if TYPE_CHECKING:
    from ._session import Session

JsonObject = dict[str, Any]

_WORDS = re.compile(r"\s*\S+\s*|\s+")
CANCEL_WAIT_SECONDS = 2.0


def split_into_deltas(text: str) -> list[str]:
    """Word-sized pieces whose concatenation is exactly ``text``."""
    return _WORDS.findall(text)


def prompt_of(message: JsonObject) -> str:
    """The text parts of a message, joined: what the simulated model reads."""
    parts = message.get("content") or []
    return " ".join(part["text"] for part in parts if part.get("type") == "text")


@dataclass
class _Turn:
    """One turn's progress, shared between its worker thread and request handlers."""

    id: str
    message: JsonObject
    stop: threading.Event = field(default_factory=threading.Event)
    resume: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)
    wake: threading.Event = field(default_factory=threading.Event)  # its paced words are written
    cancelled: bool = False
    awaiting: dict[str, ToolCall] = field(default_factory=dict)
    results: dict[str, JsonObject] = field(default_factory=dict)

    @property
    def context(self) -> JsonObject:
        return {"turn_id": self.id, "input_message_id": self.message["id"]}

    def halt(self) -> None:
        """Stop the turn: whatever it waits for (a delay, tool results, its words) ends now."""
        self.stop.set()
        self.resume.set()
        self.wake.set()


class TurnRunner:
    """Runs a session's turns one after another on a worker thread that lives while work is queued."""

    def __init__(self, session: Session, model: ScriptedModel, turn_delay: float) -> None:
        self._session = session
        self._model = model
        self._delay = turn_delay
        self._lock = threading.Lock()
        self._queue: deque[_Turn] = deque()
        self._current: _Turn | None = None
        self._worker: threading.Thread | None = None
        self._closed = False
        self.turns_started = 0

    def submit(self, message: JsonObject) -> JsonObject:
        """Record ``input.message`` for a new user message and queue its turn; returns the event."""
        turn = _Turn(new_id("turn"), message)
        with self._lock:  # so that turns queue in the order of their input.message events
            event = self._session.log.append("input.message", {"message": message}, turn.context)
            self._session.add_message(message, event["sequence"])
            if self._closed:
                return event
            self._queue.append(turn)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name=f"turns-{self._session.id}", daemon=True)
                self._worker.start()
        return event

    def cancel(self) -> bool:
        """End the running turn with ``turn.cancelled``; ``False`` when none is running.

        Waits (briefly) until the turn has emitted its last event, so callers see it at once.
        """
        with self._lock:
            turn = self._current
            if turn is None or turn.finished.is_set():
                return False
            turn.cancelled = True
            turn.halt()
        turn.finished.wait(CANCEL_WAIT_SECONDS)
        return True

    def submit_tool_results(self, results: list[JsonObject]) -> tuple[int, bool]:
        """Hand tool results to the waiting turn: (how many accepted, whether the turn resumes).

        409 ``not_waiting_for_tool_results`` when no turn is waiting; 400 for an id the turn
        did not ask for.
        """
        with self._lock:
            turn = self._current
            if turn is None or not turn.awaiting or turn.resume.is_set():
                raise conflict(
                    "not_waiting_for_tool_results",
                    "the session is not waiting for tool results: no turn has requested client-side tools",
                )
            for result in results:
                if result["tool_call_id"] not in turn.awaiting:
                    raise invalid(f"tool_call_id {result['tool_call_id']!r} was not requested by the current turn")
            for result in results:
                turn.results[result["tool_call_id"]] = result
            complete = set(turn.results) >= set(turn.awaiting)
            if complete:
                turn.resume.set()
        return len(results), complete

    @property
    def busy(self) -> bool:
        """Whether a turn is running or queued."""
        with self._lock:
            return self._current is not None or bool(self._queue)

    def close(self) -> None:
        """Stop the running turn without further events and drop queued ones."""
        with self._lock:
            self._closed = True
            self._queue.clear()
            if self._current is not None:
                self._current.halt()

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._worker = None
                    return
                turn = self._current = self._queue.popleft()
                self.turns_started += 1
            try:
                self._run(turn)
            finally:
                with self._lock:
                    self._current = None
                turn.finished.set()

    def _run(self, turn: _Turn) -> None:
        plan = self._model.next_plan()
        prompt = prompt_of(turn.message)
        self._session.update(status="active", activity="running")
        started = {"turn_id": turn.id, "input_message_id": turn.message["id"], "input_content": prompt}
        completed = self._emit(turn, "turn.started", started) is not None and self._play(turn, plan, prompt)
        if not completed:
            self._session.update(status="idle", activity="idle")
            if turn.cancelled:
                data = {"turn_id": turn.id, "reason": "cancelled by request"}
                self._session.log.append("turn.cancelled", data, turn.context)

    def _play(self, turn: _Turn, plan: TurnPlan, prompt: str) -> bool:
        """The turn after ``turn.started``; ``False`` when it was stopped part way."""
        if plan.error is not None:
            data = {"turn_id": turn.id, "error": plan.error, "error_code": plan.error_code}
            return self._emit(turn, "turn.failed", data) is not None
        reply = plan.reply
        if plan.tool_calls:
            results = self._call_tools(turn, plan.tool_calls)
            if results is None:
                return False
            reply = reply if reply is not None else _reply_from_results(plan.tool_calls, results)
        return self._answer(turn, default_reply(prompt) if reply is None else reply, len(plan.tool_calls))

    def _call_tools(self, turn: _Turn, calls: tuple[ToolCall, ...]) -> dict[str, JsonObject] | None:
        """Ask for the tools, wait for every result, report each; ``None`` when stopped."""
        if turn.stop.wait(self._delay):
            return None
        with self._lock:
            turn.awaiting = {call.id: call for call in calls}
        self._session.update(status="waiting_for_tool_results")
        self._session.log.append("tool.call_requested", {"tool_calls": [c.as_json() for c in calls]}, turn.context)
        turn.resume.wait()
        if turn.stop.is_set():
            return None
        self._session.update(status="active")
        for call in calls:
            if self._emit(turn, "tool.completed", _tool_completed(call, turn.results[call.id])) is None:
                return None
        return turn.results

    def _answer(self, turn: _Turn, reply: str, tool_call_count: int) -> bool:
        """Stream ``reply`` and finish the turn; ``False`` when stopped part way."""
        if not self._pay_for_reply(turn):
            return False
        message_id = new_id("message")  # the reply's id from its first event to its last
        started = {
            "turn_id": turn.id,
            "message_id": message_id,
            "model": self._session.view().get("model_id"),
            "iteration": 1,
        }
        if self._emit(turn, "output.message.started", started) is None:
            return False
        if not self._write_words(turn, message_id, reply):
            return False
        message = {
            "id": message_id,
            "role": "agent",
            "content": [{"type": "text", "text": reply}],
            "created_at": now(),
            "controls": None,
            "external_actor": None,
            "metadata": None,
        }
        usage = {"input_tokens": len(prompt_of(turn.message).split()), "output_tokens": len(reply.split())}
        event = self._emit(turn, "output.message.completed", {"message": message, "usage": usage})
        if event is None:
            return False
        self._session.add_message(message, event["sequence"])
        self._session.update(output_preview=reply[:200])
        summary = {
            "turn_id": turn.id,
            "iterations": 1,
            "status": "completed",
            "final_message_id": message["id"],
            "final_answer_preview": reply[:200],
            "llm_call_count": 2 if tool_call_count else 1,
            "tool_call_count": tool_call_count,
            "usage": usage,
        }
        return self._emit(turn, "turn.completed", summary) is not None

    def _write_words(self, turn: _Turn, message_id: str, reply: str) -> bool:
        """One ``output.message.delta`` per word, written by the pacer; ``False`` when
        stopped part way. Each word is due at its time on the pace's schedule, counted
        from here: a word written late (a busy machine) does not push back the others."""
        pace = self._model.pacing
        append = functools.partial(self._session.log.append, "output.message.delta", context=turn.context)
        steps: list[Step] = []
        accumulated = ""
        due = time.monotonic()
        for index, delta in enumerate(split_into_deltas(reply)):
            accumulated += delta
            data = {"turn_id": turn.id, "message_id": message_id, "delta": delta, "accumulated": accumulated}
            due += pace.before_delta(index, self._delay)
            steps.append((due, functools.partial(append, data)))
        return PACER.play(steps, turn.stop, turn.wake)

    def _pay_for_reply(self, turn: _Turn) -> bool:
        """Charge the reply to the session's budgets, waiting while one is paused (the
        session's activity says so); ``False`` when stopped meanwhile."""

        def emit(event_type: str, data: JsonObject) -> bool:
            if event_type in ACTIVITY_OF_BUDGET_EVENTS:
                self._session.update(activity=ACTIVITY_OF_BUDGET_EVENTS[event_type])
            return self._emit(turn, event_type, data, 0) is not None

        price = self._model.reply_price
        return price == 0 or self._session.budgets.pay_for_reply(self._session.view(), price, emit, turn.stop)

    def _emit(self, turn: _Turn, event_type: str, data: JsonObject, delay: float | None = None) -> JsonObject | None:
        """Wait ``delay`` (else ``turn_delay``), then append the event; ``None`` (nothing
        appended) if stopped.

        The session is idle before a turn's last event appears, so a client that has seen
        that event reads the new status.
        """
        if turn.stop.wait(self._delay if delay is None else delay):
            return None
        if event_type in TURN_ENDING_TYPES:
            self._session.update(status="idle", activity=ACTIVITY_AFTER.get(event_type, "idle"))
        return self._session.log.append(event_type, data, turn.context)


# A session's activity once a turn ends this way (a cancelled or sealed one leaves it idle).
ACTIVITY_AFTER = {"turn.completed": "completed", "turn.failed": "failed"}
ACTIVITY_OF_BUDGET_EVENTS = {"budget.paused": "paused", "budget.resumed": "running"}


def _tool_completed(call: ToolCall, result: JsonObject) -> JsonObject:
    error = result.get("error")
    output = None if error else [{"type": "text", "text": json.dumps(result.get("result"))}]
    return {
        "tool_call_id": call.id,
        "tool_name": call.name,
        "success": not error,
        "status": "error" if error else "success",
        "result": output,
        "error": error,
    }


def _reply_from_results(calls: tuple[ToolCall, ...], results: dict[str, JsonObject]) -> str:
    """The answer after client-side tools when none was scripted: it quotes each result."""
    sentences = []
    for call in calls:
        outcome = results[call.id]
        if outcome.get("error"):
            sentences.append(f"{call.name} failed: {outcome['error']}.")
        else:
            sentences.append(f"{call.name} returned {json.dumps(outcome.get('result'))}.")
    return " ".join(sentences)
