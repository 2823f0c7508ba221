"""The event types the server knows, for validating ``types`` and ``exclude`` filters.

The real service answers 400 to a filter naming a type it does not know; so does this one.
"""

from __future__ import annotations

KNOWN_EVENT_TYPES: frozenset[str] = frozenset(
    {
        "input.message",
        "output.message.started",
        "output.message.delta",
        "output.message.replaced",
        "output.message.completed",
        "turn.started",
        "turn.completed",
        "turn.failed",
        "turn.cancelled",
        "turn.sealed",
        "reason.started",
        "reason.completed",
        "reason.recovered",
        "reason.item",
        "reason.thinking.started",
        "reason.thinking.delta",
        "reason.thinking.completed",
        "act.started",
        "act.completed",
        "tool.started",
        "tool.completed",
        "tool.progress",
        "tool.output.delta",
        "tool.call_requested",
        "tool.call_repaired",
        "tool.hosted_call",
        "transcript.repaired",
        "llm.generation",
        "capability.usage",
        "session.started",
        "session.activated",
        "session.idled",
        "session.title.updated",
        "session.model.changed",
        "environment.instance_lost",
        "environment.recovered",
        "schedule.triggered",
        "task.created",
        "task.updated",
        "task.message.sent",
        "task.message.received",
        "context.compacting",
        "context.compacted",
        "context.compaction.skipped",
        "context.compaction.failed",
        "file.written",
        "budget.warning",
        "budget.paused",
        "budget.exhausted",
        "budget.resumed",
        "voice.session.started",
        "voice.session.ended",
        "voice.session.failed",
        "voice.input_transcript.delta",
        "voice.input_transcript.completed",
        "voice.output_transcript.delta",
        "voice.output_transcript.completed",
    }
)

TURN_ENDING_TYPES: frozenset[str] = frozenset({"turn.completed", "turn.failed", "turn.cancelled", "turn.sealed"})

MAX_FILTER_VALUES = 25
