"""``client.events``: a session's events, as a list or as a live stream."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from everruns._events import Event
from everruns._flow import Flow, Mode
from everruns._methods import event_stream, pager
from everruns._pagination import Listing
from everruns._resource import UNREADABLE, Resource, optional, read_json, unexpected
from everruns._retry import Backoff
from everruns._streaming import STREAM_BACKOFF, EventFeed
from everruns._validation import EVENT, SESSION, check_id, check_range
from everruns.errors import ValidationError
from everruns_api.api.events import list_events

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes

MAX_LIMIT = 1000
MAX_WINDOW = 500
MAX_STREAM_TYPES = 25


class Events(Resource[Mode]):
    """List a session's events, or follow them as they happen."""

    @pager
    def list(
        self,
        session_id: str,
        *,
        since_id: str | None = None,
        types: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        limit: int | None = None,
        before_sequence: int | None = None,
        after_sequence: int | None = None,
        around: str | None = None,
        window: int | None = None,
        from_ts: datetime.datetime | None = None,
        to_ts: datetime.datetime | None = None,
        turn_id: str | None = None,
        exec_id: str | None = None,
        trace_id: str | None = None,
        tags: Sequence[str] | None = None,
        tool_name: str | None = None,
        q: str | None = None,
        order_desc: bool | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Event]]:
        """A session's events, oldest first (newest first with ``order_desc=True``).

        Without ``limit`` the API answers every matching event in one page. With
        ``limit`` (at most 1000) a page's ``data`` holds the *newest* ``limit`` matching
        events, oldest first as the API gives them, and ``next_page()`` reaches further
        back in time (the events before the oldest one of this page) until a page comes
        back empty; iterating such a listing walks back through the whole history,
        newest event first, one page in memory at a time.

        Filters: ``types`` narrows to those types, then ``exclude`` removes some;
        ``since_id``/``after_sequence``/``before_sequence`` bound the range;
        ``around`` (an event id) with ``window`` (at most 500) takes the events around
        one event and excludes the other three bounds. ``total`` is the number of
        matching events when the API says (it does with ``limit``).
        """
        check_id(session_id, SESSION, "session_id")
        if since_id is not None:
            check_id(since_id, EVENT, "since_id")
        if around is not None:
            check_id(around, EVENT, "around")
            for name, value in (
                ("since_id", since_id),
                ("after_sequence", after_sequence),
                ("before_sequence", before_sequence),
            ):
                if value is not None:
                    raise ValidationError(f"around cannot be combined with {name}", field=name)
        if turn_id is not None:
            check_id(turn_id, "turn", "turn_id")
        check_range(limit, "limit", minimum=1, maximum=MAX_LIMIT)
        check_range(window, "window", minimum=0, maximum=MAX_WINDOW)
        check_range(before_sequence, "before_sequence", minimum=0)
        check_range(after_sequence, "after_sequence", minimum=0)
        query: dict[str, Any] = {
            "since_id": since_id,
            "types": _strings(types, "types"),
            "exclude": _strings(exclude, "exclude"),
            "limit": limit,
            "after_sequence": after_sequence,
            "around": around,
            "window": window,
            "from_ts": from_ts,
            "to_ts": to_ts,
            "turn_id": turn_id,
            "exec_id": exec_id,
            "trace_id": trace_id,
            "tags": _strings(tags, "tags"),
            "tool_name": tool_name,
            "q": q,
            "order_desc": order_desc,
        }

        pages_back = limit is not None and around is None
        newest_first = pages_back and not order_desc

        def fetch(before: int | None) -> Flow[Listing[Event]]:
            events, total = yield from self._fetch(session_id, query, before, timeout)
            sequences = [event.sequence for event in events if event.sequence is not None]
            if not pages_back or not sequences:
                return Listing(events, total, newest_first=newest_first)
            oldest = min(sequences)
            return Listing(events, total, lambda: fetch(oldest), newest_first=newest_first)

        return (yield from fetch(before_sequence))

    def _fetch(
        self, session_id: str, query: dict[str, Any], before: int | None, timeout: TimeoutTypes | None
    ) -> Flow[tuple[builtins.list[Event], int | None]]:
        """One request for a page of events: the events and the ``X-Total-Count``.

        The body is read here rather than by the generated parser: ``Event`` keeps each
        payload as the mapping the server sent, new event types included.
        """
        arguments: dict[str, Any] = {name: optional(value) for name, value in query.items()}
        response = yield from self._send(
            list_events, session_id, timeout=timeout, **arguments, before_sequence=optional(before)
        )
        try:
            events = [Event.from_dict(item) for item in read_json(response)["data"]]
        except UNREADABLE as error:
            raise unexpected(response, f"is not a list of events ({error!r})") from error
        return events, _total(response.headers.get("x-total-count"))

    @event_stream
    def stream(
        self,
        session_id: str,
        *,
        since_id: str | None = None,
        types: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        max_retries: int | None = None,
        idle_timeout: float = 45.0,
        read_timeout: float = 45.0,
        backoff: Backoff | None = None,
    ) -> EventFeed:
        """Follow a session's events live: iterate the stream (``async for`` with the
        asyncio client) and ``close()`` it, or use it as a context manager.

        ``since_id`` starts after that event (else the server's default start);
        ``types`` narrows to those types (at most 25) and ``exclude`` drops some (at most
        25). A connection is replaced when it brings no bytes at all for
        ``min(read_timeout, idle_timeout)`` seconds, and when it brings no event for
        ``idle_timeout`` seconds of waiting (heartbeats do not count; that is noticed
        as the next heartbeat arrives, and time the caller spends between events is
        not waiting). After
        ``max_retries`` failed reconnects in a row (``None``: keep trying) the stream
        raises :class:`~everruns.StreamError`. ``backoff`` sets the waits between
        them (default: 1 s doubling to 30 s). Nothing is sent before the first
        ``next()``.
        """
        check_id(session_id, SESSION, "session_id")
        if since_id is not None:
            check_id(since_id, EVENT, "since_id")
        types_list = _strings(types, "types", at_most=MAX_STREAM_TYPES)
        exclude_list = _strings(exclude, "exclude", at_most=MAX_STREAM_TYPES)
        check_range(max_retries, "max_retries", minimum=0)
        for name, seconds in (("idle_timeout", idle_timeout), ("read_timeout", read_timeout)):
            if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not seconds > 0:
                raise ValidationError(f"{name} must be a number of seconds above 0, got {seconds!r}", field=name)
        return EventFeed(
            session_id,
            since_id=since_id,
            types=types_list or (),
            exclude=exclude_list or (),
            max_retries=max_retries,
            idle_timeout=idle_timeout,
            read_timeout=read_timeout,
            backoff=backoff or STREAM_BACKOFF,
        )


def _strings(values: Sequence[str] | None, field: str, *, at_most: int | None = None) -> list[str] | None:
    """A list of non-empty strings for a repeated query key (``None``: not given)."""
    if values is None:
        return None
    if isinstance(values, str):
        raise ValidationError(f"{field} must be a list of strings, not one string", field=field)
    items = list(values)
    if not all(isinstance(item, str) and item for item in items):
        raise ValidationError(f"{field} must hold non-empty strings, got {items!r}", field=field)
    if at_most is not None and len(items) > at_most:
        raise ValidationError(f"{field} takes at most {at_most} values, got {len(items)}", field=field)
    return items


def _total(header: str | None) -> int | None:
    try:
        return int(header) if header is not None else None
    except ValueError:
        return None
