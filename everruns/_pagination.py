"""Lists that fetch their further pages lazily, one at a time.

A :class:`Page` is one response of a list operation. Iterating it yields every item
of this page and of the pages after it, fetching each page only when the previous
one is used up, so memory holds one page however long the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Page(Generic[T]):
    """One page of a list: ``data`` (its items), ``total`` (when the API says),
    ``has_next_page()``, ``next_page()``; iterate it for every item from here on."""

    def __init__(
        self, data: list[T], *, total: int | None = None, fetch_next: Callable[[], Page[T]] | None = None
    ) -> None:
        self.data = data
        self.total = total
        self._fetch_next = fetch_next

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self._fetch_next is not None

    def next_page(self) -> Page[T] | None:
        """Fetch the page after this one (``None`` on the last page)."""
        return self._fetch_next() if self._fetch_next is not None else None

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and every page after it, each fetched when reached."""
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        more = ", more" if self.has_next_page() else ""
        return f"Page({len(self.data)} items, total={self.total}{more})"


class NewestFirstPage(Page[T]):
    """A page of a list that pages back in time (each next page holds older items), with
    each page's ``data`` oldest first as the API gives it. Iterating yields the items
    newest first, across every page, so the order never jumps back and forth."""

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from reversed(page.data)


def offset_page(fetch: Callable[[int, int], tuple[list[T], int | None]], *, offset: int, limit: int) -> Page[T]:
    """A page of an ``offset``/``limit`` list; ``fetch(offset, limit)`` returns the
    items and the list's total (or ``None``). The list ends at ``total`` or at a
    page shorter than ``limit``."""
    items, total = fetch(offset, limit)
    following = offset + len(items)
    more = bool(items) and (following < total if total is not None else len(items) >= limit)
    if not more:
        return Page(items, total=total)
    return Page(items, total=total, fetch_next=lambda: offset_page(fetch, offset=following, limit=limit))


def single_page(items: list[T]) -> Page[T]:
    """The whole list in one page (operations that answer ``{"data": [...]}`` only)."""
    return Page(items, total=len(items))
