"""``client.budgets``: caps on what a session, an agent, a user or the organisation may
spend. When a session's budget runs out its turn pauses (``budget.paused``) until the
budget is topped up and the session resumed (``client.sessions.resume``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, offset_listing, single_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import check_amount, check_range, check_segment, check_text
from everruns.errors import ValidationError
from everruns_api.api.budgets import (
    check_budget,
    create_budget,
    delete_budget,
    get_budget,
    list_budget_ledger,
    list_budgets,
    top_up_budget,
    update_budget,
)
from everruns_api.models import (
    Budget,
    BudgetCheckResult,
    BudgetSubjectType,
    CreateBudgetRequest,
    LedgerEntry,
    TopUpRequest,
    UpdateBudgetRequest,
)
from everruns_api.options import BudgetChanges, BudgetFilters, BudgetOptions

from ._options import request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes

SUBJECT_TYPES = frozenset(kind.value for kind in BudgetSubjectType)


class Budgets(Resource[Mode]):
    """Create, read, list, change and delete budgets; top one up; read its ledger; check it."""

    @operation
    def create(
        self,
        subject_type: str,
        subject_id: str,
        currency: str,
        limit: float,
        *,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[BudgetOptions],
    ) -> Flow[Budget]:
        """Cap what ``subject_id`` (a ``session``, ``agent``, ``user``, ``organization``...,
        as ``subject_type`` says) may spend, in ``currency`` (``usd``, ``tokens``,
        ``credits``...), at ``limit``; ``soft_limit`` warns (and pauses a turn) before it,
        ``period`` resets the balance."""
        check_options(options, BudgetOptions)
        _check_subject_type(subject_type)
        fields = {
            "subject_type": subject_type,
            "subject_id": check_text(subject_id, "subject_id"),
            "currency": check_text(currency, "currency"),
            "limit": check_amount(limit, "limit"),
        }
        if (soft_limit := options.get("soft_limit")) is not None:
            check_amount(soft_limit, "soft_limit")
        body = request_body(CreateBudgetRequest, {**fields, **options})
        return (yield from self._call(create_budget, timeout=timeout, body=body, model=Budget))

    @pager
    def list(self, *, timeout: TimeoutTypes | None = None, **filters: Unpack[BudgetFilters]) -> Flow[Listing[Budget]]:
        """Budgets, in one page; ``subject_type`` and ``subject_id`` keep one subject's."""
        check_options(filters, BudgetFilters)
        if (subject_type := filters.get("subject_type")) is not None:
            _check_subject_type(subject_type)
        budgets: list[Budget] = yield from self._call(list_budgets, timeout=timeout, **filters, model=list)
        return single_listing(budgets)

    @operation
    def get(self, budget_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Budget]:
        """One budget, by id: ``balance`` is what is left of ``limit``."""
        check_segment(budget_id, "budget_id")
        return (yield from self._call(get_budget, budget_id, timeout=timeout, model=Budget))

    @operation
    def update(
        self, budget_id: str, *, timeout: TimeoutTypes | None = None, **changes: Unpack[BudgetChanges]
    ) -> Flow[Budget]:
        """Change the fields given, and only those: ``limit``, ``soft_limit``, ``status``..."""
        check_segment(budget_id, "budget_id")
        check_options(changes, BudgetChanges)
        for amount, field in ((changes.get("limit"), "limit"), (changes.get("soft_limit"), "soft_limit")):
            if amount is not None:
                check_amount(amount, field)
        body = request_body(UpdateBudgetRequest, changes)
        return (yield from self._call(update_budget, budget_id, timeout=timeout, body=body, model=Budget))

    @operation
    def delete(self, budget_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete a budget: it caps nothing any more."""
        check_segment(budget_id, "budget_id")
        yield from self._send(delete_budget, budget_id, timeout=timeout)

    @operation
    def top_up(
        self, budget_id: str, amount: float, description: str | None = None, *, timeout: TimeoutTypes | None = None
    ) -> Flow[Budget]:
        """Add ``amount`` to the budget's balance (``description`` says why, in its ledger).
        A session paused on this budget goes on after ``client.sessions.resume``."""
        check_segment(budget_id, "budget_id")
        body = TopUpRequest(amount=check_amount(amount, "amount", positive=True), description=optional(description))
        return (yield from self._call(top_up_budget, budget_id, timeout=timeout, body=body, model=Budget))

    @pager
    def ledger(
        self, budget_id: str, *, limit: int = 20, offset: int = 0, timeout: TimeoutTypes | None = None
    ) -> Flow[Listing[LedgerEntry]]:
        """What was spent from and credited to the budget, ``limit`` (at most 100) per
        request; iterate the page for all of it."""
        check_segment(budget_id, "budget_id")
        check_range(limit, "limit", minimum=1, maximum=100)
        check_range(offset, "offset", minimum=0)

        def fetch(page_offset: int, page_limit: int) -> Flow[tuple[list[LedgerEntry], int | None]]:
            entries: list[LedgerEntry] = yield from self._call(
                list_budget_ledger, budget_id, timeout=timeout, offset=page_offset, limit=page_limit, model=list
            )
            return entries, None

        return (yield from offset_listing(fetch, offset=offset, limit=limit))

    @operation
    def check(self, budget_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[BudgetCheckResult]:
        """What the budget allows now: ``action`` (``allow``, ``warn``, ``pause``...), with
        its ``balance`` and ``currency``."""
        check_segment(budget_id, "budget_id")
        return (yield from self._call(check_budget, budget_id, timeout=timeout, model=BudgetCheckResult))


def _check_subject_type(value: str) -> None:
    if value not in SUBJECT_TYPES:
        raise ValidationError(
            f"subject_type must be one of {', '.join(sorted(SUBJECT_TYPES))}, got {value!r}", field="subject_type"
        )
