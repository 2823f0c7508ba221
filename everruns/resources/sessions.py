"""``client.sessions``: a session is one conversation with an agent, run on a harness."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, offset_listing, single_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import SESSION, WORKSPACE, check_id, check_range
from everruns_api.api.sessions import (
    cancel_turn,
    check_session_budgets,
    create_session,
    delete_session,
    export_session_jsonl,
    get_session,
    get_session_facets,
    get_session_resolved_model,
    list_session_budgets,
    list_sessions,
    pin_session,
    resume_session,
    unpin_session,
    update_session,
)
from everruns_api.models import (
    Budget,
    BudgetCheckResult,
    CancelTurnResponse,
    CreateSessionRequest,
    PaginatedResponseSession,
    ResolvedModel,
    ResumeSessionResponse,
    Session,
    SessionFacets,
    UpdateSessionRequest,
)
from everruns_api.options import SessionChanges, SessionFacetFilters, SessionOptions
from everruns_api.types import File

from ._options import check_max_iterations, check_reference, request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes

    from .session_databases import SessionDatabases
    from .session_storage import SessionStorage


class Sessions(Resource[Mode]):
    """Open, read, list, change and delete sessions; cancel a running turn; pin a
    session; export its conversation; count sessions by facet; tell a session's model."""

    @cached_property
    def databases(self) -> SessionDatabases[Mode]:
        """A session's SQLite databases: create, list, describe, delete."""
        from .session_databases import SessionDatabases

        return SessionDatabases(self._client)

    @cached_property
    def storage(self) -> SessionStorage[Mode]:
        """A session's key-value entries and secrets (values are only ever sent)."""
        from .session_storage import SessionStorage

        return SessionStorage(self._client)

    @operation
    def create(
        self,
        harness_id: str | None = None,
        *,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[SessionOptions],
    ) -> Flow[Session]:
        """Open a session. Name the harness by ``harness_name`` (preferred) or
        ``harness_id``, and the agent by ``agent_id`` or ``agent_name``; never both of
        a pair. Without a harness a session from an agent runs on the agent's harness,
        any other on the organisation's ``generic`` one."""
        check_options(options, SessionOptions)
        check_reference({"harness_id": harness_id, "harness_name": options.get("harness_name")}, "harness")
        check_reference(options, "agent")
        if (workspace_id := options.get("workspace_id")) is not None:
            check_id(workspace_id, WORKSPACE, "workspace_id")
        check_max_iterations(options)
        body = request_body(CreateSessionRequest, {"harness_id": harness_id, **options})
        return (yield from self._call(create_session, timeout=timeout, body=body, model=Session))

    @operation
    def get(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Session]:
        """One session, by id."""
        check_id(session_id, SESSION, "session_id")
        return (yield from self._call(get_session, session_id, timeout=timeout, model=Session))

    @pager
    def list(
        self,
        *,
        agent_id: str | None = None,
        search: str | None = None,
        limit: int = 20,
        offset: int = 0,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Session]]:
        """Sessions, newest first, ``limit`` (at most 100) per request; iterate the page
        for all of them. ``agent_id`` keeps one agent's; ``search`` matches titles."""
        if agent_id is not None:
            check_id(agent_id, "agent", "agent_id")
        check_range(limit, "limit", minimum=1, maximum=100)
        check_range(offset, "offset", minimum=0)

        def fetch(page_offset: int, page_limit: int) -> Flow[tuple[list[Session], int | None]]:
            page = yield from self._call(
                list_sessions,
                timeout=timeout,
                agent_id=optional(agent_id),
                search=optional(search),
                offset=page_offset,
                limit=page_limit,
                model=PaginatedResponseSession,
            )
            return page.data, page.total

        return (yield from offset_listing(fetch, offset=offset, limit=limit))

    @operation
    def update(
        self, session_id: str, *, timeout: TimeoutTypes | None = None, **changes: Unpack[SessionChanges]
    ) -> Flow[Session]:
        """Change the fields given, and only those."""
        check_id(session_id, SESSION, "session_id")
        check_options(changes, SessionChanges)
        body = request_body(UpdateSessionRequest, changes)
        return (yield from self._call(update_session, session_id, timeout=timeout, body=body, model=Session))

    @operation
    def delete(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete a session; a turn still running in it stops."""
        check_id(session_id, SESSION, "session_id")
        yield from self._send(delete_session, session_id, timeout=timeout)

    @operation
    def cancel(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[CancelTurnResponse]:
        """Stop the turn running in the session; ``status`` is ``no_op`` when none was.
        Cancelling twice is harmless, so a failed attempt is retried."""
        check_id(session_id, SESSION, "session_id")
        return (
            yield from self._call(cancel_turn, session_id, timeout=timeout, idempotent=True, model=CancelTurnResponse)
        )

    @operation
    def pin(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Pin a session: its ``is_pinned`` becomes true."""
        check_id(session_id, SESSION, "session_id")
        yield from self._send(pin_session, session_id, timeout=timeout)

    @operation
    def unpin(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Unpin a session."""
        check_id(session_id, SESSION, "session_id")
        yield from self._send(unpin_session, session_id, timeout=timeout)

    @operation
    def facets(
        self, *, timeout: TimeoutTypes | None = None, **filters: Unpack[SessionFacetFilters]
    ) -> Flow[SessionFacets]:
        """How many sessions there are, by activity, source and agent (and how many run
        now, failed today...), of those the filters keep: ``agent_id``, ``source``,
        ``search``..."""
        check_options(filters, SessionFacetFilters)
        if (agent_id := filters.get("agent_id")) is not None:
            check_id(agent_id, "agent", "agent_id")
        return (yield from self._call(get_session_facets, timeout=timeout, **filters, model=SessionFacets))

    @operation
    def resolved_model(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[ResolvedModel]:
        """The model the session's turns use, however it was chosen (the session's own,
        its agent's or its harness's default): ``model_id``, ``None`` when none is."""
        check_id(session_id, SESSION, "session_id")
        return (yield from self._call(get_session_resolved_model, session_id, timeout=timeout, model=ResolvedModel))

    @pager
    def budgets(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[Budget]]:
        """The budgets that cap the session's spending (its own and those above it: its
        agent's, its user's, the organisation's), in one page."""
        check_id(session_id, SESSION, "session_id")
        budgets: list[Budget] = yield from self._call(list_session_budgets, session_id, timeout=timeout, model=list)
        return single_listing(budgets)

    @operation
    def budget_check(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[BudgetCheckResult]:
        """What the session's budgets allow now, the most restrictive of them deciding:
        ``action``, and the ``budget_id``, ``balance`` and ``currency`` behind it."""
        check_id(session_id, SESSION, "session_id")
        return (yield from self._call(check_session_budgets, session_id, timeout=timeout, model=BudgetCheckResult))

    @operation
    def resume(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[ResumeSessionResponse]:
        """Let a session whose turn paused on a budget go on (after a top-up):
        ``resumed_budgets`` says how many budgets it was paused on. Resuming twice is
        harmless, so a failed attempt is retried."""
        check_id(session_id, SESSION, "session_id")
        return (
            yield from self._call(
                resume_session, session_id, timeout=timeout, idempotent=True, model=ResumeSessionResponse
            )
        )

    @operation
    def export(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[str]:
        """The session's messages as JSON Lines: one JSON message per line, oldest first."""
        check_id(session_id, SESSION, "session_id")
        return (
            (yield from self._call(export_session_jsonl, session_id, timeout=timeout, model=File))
            .payload.read()
            .decode("utf-8")
        )
