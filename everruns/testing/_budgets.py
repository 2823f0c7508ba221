"""Budgets: caps on what a session, its agent or the organisation may spend, and the
turns that pause when one runs out.

Every reply a session's turn writes costs the model's price (``model.price(per_reply=...)``,
1 by default) of each budget that covers the session (one of the session, of its agent
or of the organisation), in the budget's own currency. Below a budget's ``soft_limit``
the turn emits ``budget.warning``; a reply the balance cannot pay for (it would leave
nothing) emits ``budget.exhausted`` and ``budget.paused``, and the turn waits, the reply
unwritten, until the budget is topped up and the session resumed (``POST .../resume``):
then ``budget.resumed`` and the reply.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ._exchange import Request, Response, json_response, no_content
from ._ids import new_id, now
from ._problems import invalid, not_found
from ._validation import JsonObject, check_fields, query_int, query_str

SUBJECT_TYPES = ("session", "agent", "user", "organization", "app", "app_channel")
STATUSES = ("active", "paused", "exhausted", "disabled")
_CREATE_SHAPE = {
    "subject_type": "string!",
    "subject_id": "string!",
    "currency": "string!",
    "limit": "number!",
    "soft_limit": "number?",
    "period": "object?",
    "metadata": "any",
}
_UPDATE_SHAPE = {"limit": "number?", "soft_limit": "number?", "status": "string?", "metadata": "any"}

Emit = Callable[[str, JsonObject], bool]  # emits an event of the turn; False once the turn is stopped
PAUSE_POLL_SECONDS = 0.2  # how often a paused turn also looks whether it was stopped


class BudgetBook:
    """One organisation's budgets and their ledgers; safe to use from several threads."""

    def __init__(self, org_id: str) -> None:
        self.org_id = org_id
        self._changed = threading.Condition()
        self._budgets: dict[str, JsonObject] = {}
        self._ledgers: dict[str, list[JsonObject]] = {}

    # --- the API's operations ----------------------------------------------------------

    def create(self, body: JsonObject) -> JsonObject:
        stamp = now()
        budget = {
            "id": new_id("bdgt"),
            "organization_id": self.org_id,
            "subject_type": body["subject_type"],
            "subject_id": body["subject_id"],
            "currency": body["currency"],
            "limit": float(body["limit"]),
            "balance": float(body["limit"]),
            "soft_limit": body.get("soft_limit"),
            "period": body.get("period"),
            "period_started_at": stamp if body.get("period") else None,
            "status": "active",
            "metadata": body.get("metadata"),
            "created_at": stamp,
            "updated_at": stamp,
        }
        with self._changed:
            self._budgets[budget["id"]] = budget
            self._ledgers[budget["id"]] = []
        return dict(budget)

    def find(self, budget_id: str) -> JsonObject:
        with self._changed:
            budget = self._budgets.get(budget_id)
            if budget is None:
                raise not_found("budget", budget_id)
            return dict(budget)

    def listed(self, subject_type: str | None, subject_id: str | None) -> list[JsonObject]:
        with self._changed:
            return [
                dict(b)
                for b in self._budgets.values()
                if subject_type in (None, b["subject_type"]) and subject_id in (None, b["subject_id"])
            ]

    def update(self, budget_id: str, changes: JsonObject) -> JsonObject:
        with self._changed:
            budget = self._budgets.get(budget_id)
            if budget is None:
                raise not_found("budget", budget_id)
            if changes.get("limit") is not None:
                budget["balance"] += float(changes["limit"]) - budget["limit"]
                budget["limit"] = float(changes["limit"])
            for name in ("soft_limit", "status", "metadata"):
                if name in changes:
                    budget[name] = changes[name]
            budget["updated_at"] = now()
            return dict(budget)

    def delete(self, budget_id: str) -> None:
        with self._changed:
            if self._budgets.pop(budget_id, None) is None:
                raise not_found("budget", budget_id)
            self._ledgers.pop(budget_id, None)
            self._changed.notify_all()

    def top_up(self, budget_id: str, amount: float, description: str | None) -> JsonObject:
        """Credit ``amount``; a paused budget stays paused until the session is resumed."""
        with self._changed:
            budget = self._budgets.get(budget_id)
            if budget is None:
                raise not_found("budget", budget_id)
            budget["balance"] += amount
            budget["updated_at"] = now()
            self._record(budget, -amount, "top_up", description)
            return dict(budget)

    def ledger(self, budget_id: str, offset: int, limit: int) -> list[JsonObject]:
        with self._changed:
            if budget_id not in self._ledgers:
                raise not_found("budget", budget_id)
            return [dict(entry) for entry in self._ledgers[budget_id][offset : offset + limit]]

    def check(self, budgets: list[JsonObject]) -> JsonObject:
        """The most restrictive action of ``budgets``: ``pause`` (one is paused or spent),
        ``warn`` (one is below its soft limit) or ``continue``."""
        rank, budget = 0, None
        for candidate in budgets:
            spent = candidate["status"] in ("paused", "exhausted") or candidate["balance"] <= 0
            low = candidate["soft_limit"] is not None and candidate["balance"] < candidate["soft_limit"]
            candidate_rank = 2 if spent else 1 if low else 0
            if candidate_rank > rank:
                rank, budget = candidate_rank, candidate
        if budget is None:
            return {"action": "continue"}
        action = "pause" if rank == 2 else "warn"
        return {
            "action": action,
            "budget_id": budget["id"],
            "balance": budget["balance"],
            "currency": budget["currency"],
            "error_code": "budget_exhausted" if action == "pause" else None,
            "message": f"budget {budget['id']} has {budget['balance']:g} {budget['currency']} left",
        }

    def covering(self, session: JsonObject) -> list[JsonObject]:
        """The budgets of the session, of its agent and of the organisation (copies)."""
        subjects = {("session", session["id"]), ("agent", session.get("agent_id")), ("organization", self.org_id)}
        with self._changed:
            return [dict(b) for b in self._budgets.values() if (b["subject_type"], b["subject_id"]) in subjects]

    def resume(self, session: JsonObject, price: float) -> int:
        """Make the session's paused budgets that can pay for a reply of ``price`` again
        active; how many."""
        ids = {budget["id"] for budget in self.covering(session)}
        with self._changed:
            resumed = [
                b
                for b in self._budgets.values()
                if b["id"] in ids and b["status"] == "paused" and b["balance"] - price > 0
            ]
            for budget in resumed:
                budget.update(status="active", updated_at=now())
            self._changed.notify_all()
        return len(resumed)

    # --- what a reply spends -------------------------------------------------------------

    def pay_for_reply(self, session: JsonObject, cost: float, emit: Emit, stopped: threading.Event) -> bool:
        """Charge ``cost`` to every budget covering ``session`` before its reply is written,
        pausing (and waiting, until resumed) on each that cannot pay; ``False`` when the
        turn was stopped meanwhile."""
        for budget_id in [budget["id"] for budget in self.covering(session)]:
            if not self._pay(budget_id, cost, emit, stopped):
                return False
        return True

    def _pay(self, budget_id: str, cost: float, emit: Emit, stopped: threading.Event) -> bool:
        paused = False
        while not stopped.is_set():
            charged = self._charge(budget_id, cost)
            if charged is not None:
                before, budget = charged
                if not budget:
                    return True  # deleted or switched off meanwhile: it caps nothing
                if paused and not emit("budget.resumed", _event_data(budget, "the budget has a balance again")):
                    return False
                soft = budget["soft_limit"]
                crossed = soft is not None and budget["balance"] < soft <= before
                return not crossed or emit("budget.warning", _event_data(budget, "below the soft limit"))
            if not paused:
                paused = True
                spent = self.find(budget_id)
                exhausted = emit("budget.exhausted", _event_data(spent, "the budget cannot pay for the reply"))
                if not (exhausted and emit("budget.paused", _event_data(spent, "waiting for a top-up and a resume"))):
                    return False
            with self._changed:
                self._changed.wait(PAUSE_POLL_SECONDS)
        return False

    def _charge(self, budget_id: str, cost: float) -> tuple[float, JsonObject] | None:
        """Take ``cost`` from the budget: its balance before and a copy of it after (an
        empty one when it is gone or disabled); ``None`` when it cannot pay (it is paused
        then, until resumed)."""
        with self._changed:
            budget = self._budgets.get(budget_id)
            if budget is None or budget["status"] == "disabled":
                return 0.0, {}
            before = budget["balance"]
            if budget["status"] in ("paused", "exhausted") or before - cost <= 0:
                budget.update(status="paused", updated_at=now())
                return None
            budget.update(balance=before - cost, updated_at=now())
            self._record(budget, cost, "reply", None)
            return before, dict(budget)

    def _record(self, budget: JsonObject, amount: float, source: str, description: str | None) -> None:
        self._ledgers[budget["id"]].append(
            {
                "id": new_id("ledger"),
                "budget_id": budget["id"],
                "amount": amount,
                "meter_source": source,
                "description": description,
                "ref_type": None,
                "ref_id": None,
                "created_at": now(),
            }
        )


def _event_data(budget: JsonObject, message: str) -> JsonObject:
    return {
        "budget_id": budget["id"],
        "balance": budget["balance"],
        "limit": budget["limit"],
        "currency": budget["currency"],
        "soft_limit": budget["soft_limit"],
        "message": message,
    }


def _check_amounts(body: JsonObject) -> None:
    for name in ("limit", "soft_limit"):
        if body.get(name) is not None and body[name] < 0:
            raise invalid(f"{name} must be 0 or more")


# --- handlers ---------------------------------------------------------------------------


def create_budget(request: Request) -> Response:
    """``POST /v1/budgets``: 201 with the budget, its balance its limit."""
    body = request.json()
    check_fields(body, _CREATE_SHAPE)
    if body["subject_type"] not in SUBJECT_TYPES:
        raise invalid(f"subject_type must be one of {', '.join(SUBJECT_TYPES)}")
    if not body["currency"].strip():
        raise invalid("currency must not be empty")
    _check_amounts(body)
    return json_response(request.org.budgets.create(body), status=201)


def list_budgets(request: Request) -> Response:
    """``GET /v1/budgets``: a bare array, by ``subject_type`` and ``subject_id``."""
    subject_type, subject_id = query_str(request.query, "subject_type"), query_str(request.query, "subject_id")
    return json_response(request.org.budgets.listed(subject_type, subject_id))


def get_budget(request: Request) -> Response:
    """``GET /v1/budgets/{budget_id}``."""
    return json_response(request.org.budgets.find(request.params["budget_id"]))


def update_budget(request: Request) -> Response:
    """``PATCH /v1/budgets/{budget_id}``: limit (the balance moves with it), soft limit, status, metadata."""
    body = request.json()
    check_fields(body, _UPDATE_SHAPE)
    _check_amounts(body)
    if body.get("status") is not None and body["status"] not in STATUSES:
        raise invalid(f"status must be one of {', '.join(STATUSES)}")
    return json_response(request.org.budgets.update(request.params["budget_id"], body))


def delete_budget(request: Request) -> Response:
    """``DELETE /v1/budgets/{budget_id}``: gone afterwards; a turn paused on it goes on."""
    request.org.budgets.delete(request.params["budget_id"])
    return no_content()


def top_up_budget(request: Request) -> Response:
    """``POST /v1/budgets/{budget_id}/top-up``: ``amount`` (above 0) credited."""
    body = request.json()
    check_fields(body, {"amount": "number!", "description": "string?"})
    if body["amount"] <= 0:
        raise invalid("amount must be above 0")
    budget = request.org.budgets.top_up(request.params["budget_id"], float(body["amount"]), body.get("description"))
    return json_response(budget)


def list_budget_ledger(request: Request) -> Response:
    """``GET /v1/budgets/{budget_id}/ledger``: a bare array, oldest first, by ``offset``/``limit``."""
    offset = query_int(request.query, "offset", minimum=0) or 0
    limit = query_int(request.query, "limit", minimum=1, maximum=100) or 20
    return json_response(request.org.budgets.ledger(request.params["budget_id"], offset, limit))


def check_budget(request: Request) -> Response:
    """``GET /v1/budgets/{budget_id}/check``."""
    book = request.org.budgets
    return json_response(book.check([book.find(request.params["budget_id"])]))
