"""Shared pieces of resource answers: links, search and offset pagination."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ._exchange import Request
from ._validation import query_int, query_str

JsonObject = dict[str, Any]

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def with_links(request: Request, record: JsonObject, api_path: str, ui_path: str) -> JsonObject:
    """The record plus the ``self_url``, ``view_url`` and ``ui_link`` every resource carries."""
    view = request.ui_url(ui_path)
    return {**record, "self_url": request.api_url(api_path), "view_url": view, "ui_link": view}


def matches_search(record: JsonObject, term: str | None, fields: Iterable[str]) -> bool:
    """Case-insensitive substring search over some text fields; no term matches everything."""
    if not term:
        return True
    needle = term.lower()
    return any(needle in str(record.get(name) or "").lower() for name in fields)


def search_term(request: Request) -> str | None:
    """The ``search`` query parameter, if given."""
    return query_str(request.query, "search")


def paginate(
    request: Request,
    items: Sequence[JsonObject],
    present: Callable[[JsonObject], JsonObject],
    *,
    min_limit: int = 1,
    max_limit: int | None = MAX_LIMIT,
) -> JsonObject:
    """One page of ``items`` as ``{data, total, offset, limit, next_url, prev_url}``.

    ``next_url`` and ``prev_url`` repeat the request's other query parameters.
    """
    offset = query_int(request.query, "offset", minimum=0) or 0
    limit = query_int(request.query, "limit", minimum=min_limit, maximum=max_limit)
    limit = DEFAULT_LIMIT if limit is None else limit
    total = len(items)

    def link(start: int) -> str:
        return request.api_url(request.path, {**request.query, "offset": [str(start)], "limit": [str(limit)]})

    return {
        "data": [present(item) for item in items[offset : offset + limit]],
        "total": total,
        "offset": offset,
        "limit": limit,
        "next_url": link(offset + limit) if limit and offset + limit < total else None,
        "prev_url": link(max(offset - limit, 0)) if offset > 0 else None,
    }
