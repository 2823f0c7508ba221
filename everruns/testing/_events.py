"""Reading a session's events: the list operation and the filters it shares with the stream."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ._event_log import EventLog
from ._event_types import KNOWN_EVENT_TYPES, MAX_FILTER_VALUES
from ._exchange import Request, Response, json_response
from ._problems import invalid
from ._sessions import find_session
from ._validation import JsonObject, Query, query_bool, query_int, query_str

MAX_LIST_LIMIT = 1000
DEFAULT_WINDOW = 10


@dataclass(frozen=True)
class TypeFilter:
    """``types`` narrows (when given), then ``exclude`` removes."""

    types: frozenset[str] | None
    exclude: frozenset[str]

    def admits(self, event_type: str) -> bool:
        """Whether an event of this type passes."""
        return (self.types is None or event_type in self.types) and event_type not in self.exclude


def type_filter(query: Query) -> TypeFilter:
    """The ``types``/``exclude`` filter of a query: at most 25 known types each, else a 400."""
    chosen: dict[str, frozenset[str]] = {}
    for name in ("types", "exclude"):
        values = query.get(name, [])
        if len(values) > MAX_FILTER_VALUES:
            raise invalid(f"{name} takes at most {MAX_FILTER_VALUES} values, got {len(values)}")
        unknown = [value for value in values if value not in KNOWN_EVENT_TYPES]
        if unknown:
            raise invalid(f"unknown event type {unknown[0]!r} in {name}")
        chosen[name] = frozenset(values)
    return TypeFilter(chosen["types"] if "types" in query else None, chosen["exclude"])


def sequence_after(log: EventLog, query: Query, name: str = "since_id") -> int:
    """The sequence of the event named by ``since_id`` (0 when absent); 400 if not in this session."""
    event_id = query_str(query, name)
    if event_id is None:
        return 0
    sequence = log.sequence_of(event_id)
    if sequence is None:
        raise invalid(f"{name} {event_id!r} names no event of this session")
    return sequence


def list_events(request: Request) -> Response:
    """``GET /v1/sessions/{session_id}/events``: cursors, filters, and ``limit`` = the newest N.

    With ``limit`` the answer carries ``X-Total-Count``: how many events matched before it.
    """
    query = request.query
    kinds = type_filter(query)
    limit = query_int(query, "limit", minimum=1, maximum=MAX_LIST_LIMIT)
    session = find_session(request.org, request.params["session_id"])
    tests = [_cursor_test(session.log, query), *_content_tests(query)]
    matching = [e for e in session.log.all() if kinds.admits(e["type"]) and all(test(e) for test in tests)]
    if query_str(query, "around") is not None:
        centre = sequence_after(session.log, query, "around")
        window = query_int(query, "window", minimum=0)
        reach = DEFAULT_WINDOW if window is None else window
        matching = [e for e in matching if abs(e["sequence"] - centre) <= reach]
    total = len(matching)
    if limit is not None:
        matching = matching[-limit:]
    if query_bool(query, "order_desc"):
        matching.reverse()
    headers = {"X-Total-Count": str(total)} if limit is not None else {}
    return json_response({"data": matching}, headers=headers)


EventTest = Callable[[JsonObject], bool]


def _cursor_test(log: EventLog, query: Query) -> EventTest:
    lowest = sequence_after(log, query)
    after = query_int(query, "after_sequence")
    before = query_int(query, "before_sequence")
    floor = max(lowest, after if after is not None else 0)

    def within(event: JsonObject) -> bool:
        return bool(event["sequence"] > floor and (before is None or event["sequence"] < before))

    return within


def _content_tests(query: Query) -> list[EventTest]:
    tests: list[EventTest] = []
    for key in ("turn_id", "exec_id", "trace_id"):
        wanted = query_str(query, key)
        if wanted is not None:
            tests.append(_context_is(key, wanted))
    tags = set(query.get("tags", []))
    if tags:
        tests.append(lambda e: tags <= set(e.get("tags") or []))
    tool_name = query_str(query, "tool_name")
    if tool_name is not None:
        tests.append(lambda e: tool_name in _tool_names(e["data"]))
    text = query_str(query, "q")
    if text:
        tests.append(lambda e: text.lower() in json.dumps(e["data"]).lower())
    start, end = _timestamp(query, "from_ts"), _timestamp(query, "to_ts")
    if start is not None or end is not None:
        tests.append(lambda e: _between(datetime.fromisoformat(e["ts"]), start, end))
    return tests


def _context_is(key: str, wanted: str) -> EventTest:
    return lambda event: bool(event["context"].get(key) == wanted)


def _tool_names(data: JsonObject) -> set[str]:
    names = {call.get("name") for call in data.get("tool_calls") or [] if isinstance(call, dict)}
    return {str(name) for name in (*names, data.get("tool_name")) if name}


def _timestamp(query: Query, name: str) -> datetime | None:
    raw = query_str(query, name)
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise invalid(f"{name} must be an RFC 3339 timestamp, got {raw!r}") from None
    if parsed.tzinfo is None:
        raise invalid(f"{name} needs a UTC offset, got {raw!r}")
    return parsed


def _between(moment: datetime, start: datetime | None, end: datetime | None) -> bool:
    return (start is None or moment >= start) and (end is None or moment <= end)
