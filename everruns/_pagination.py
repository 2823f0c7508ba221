"""Lists that fetch their further pages lazily, one at a time.

A list operation's flow gives a :class:`Listing`: one page's items, the list's total,
and the flow that fetches the page after it. The blocking client hands it over as a
:class:`Page`, the asyncio client as an :class:`AsyncPager` (``await`` it for the first
page, ``async for`` over it for every item). Iterating either yields every item of
every page, each next page fetched only when the previous one is used up, so memory
holds one page however long the list.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, NoReturn, SupportsIndex, TypeVar

from ._flow import Flow, Step

T = TypeVar("T")


@dataclass(frozen=True)
class Listing(Generic[T]):
    """One page of a list as the API gave it: ``data``, ``total`` (when the API says),
    the flow of the page after it (``None`` on the last page), and whether the pages
    go back in time (each next page holding older items, each page's ``data`` oldest
    first), in which case iterating yields the items newest first."""

    data: list[T]
    total: int | None = None
    following: Callable[[], Flow[Listing[T]]] | None = None
    newest_first: bool = False

    def items(self) -> Iterator[T]:
        """This page's items in iteration order."""
        return reversed(self.data) if self.newest_first else iter(self.data)


def offset_listing(
    fetch: Callable[[int, int], Flow[tuple[list[T], int | None]]], *, offset: int, limit: int
) -> Flow[Listing[T]]:
    """A page of an ``offset``/``limit`` list; ``fetch(offset, limit)`` gives the items
    and the list's total (or ``None``). The list ends at ``total`` or at a page shorter
    than ``limit``."""
    items, total = yield from fetch(offset, limit)
    following = offset + len(items)
    more = bool(items) and (following < total if total is not None else len(items) >= limit)
    if not more:
        return Listing(items, total)
    return Listing(items, total, lambda: offset_listing(fetch, offset=following, limit=limit))


def single_listing(items: list[T]) -> Listing[T]:
    """The whole list in one page (operations that answer ``{"data": [...]}`` only)."""
    return Listing(items, len(items))


class PageView(Generic[T]):
    """What a page of either client tells: ``data`` (its items), ``total`` (when the API
    says), whether another page follows."""

    def __init__(self, listing: Listing[T]) -> None:
        self._listing = listing
        self.data = listing.data
        self.total = listing.total

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self._listing.following is not None

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        """A page does not travel to another process: it fetches what follows it with this
        process's client, which the other process does not have, and a copy that stopped
        at its own items would silently cut the list short."""
        raise TypeError(
            f"a page of a list ({type(self).__name__}) cannot be pickled or copied: it fetches its next pages "
            "with the client of this process. Send its items instead: page.data (this page's), or every item "
            "read into a list (the models pickle, and their to_dict() is JSON), or the list's arguments and "
            "offset to list again in the other process."
        )

    def __repr__(self) -> str:
        more = ", more" if self.has_next_page() else ""
        return f"{type(self).__name__}({len(self.data)} items, total={self.total}{more})"


class Page(PageView[T]):
    """One page of a list: ``data`` (its items), ``total`` (when the API says),
    ``has_next_page()``, ``next_page()``; iterate it for every item from here on."""

    def __init__(self, listing: Listing[T], run: Callable[[Flow[Listing[T]]], Listing[T]]) -> None:
        super().__init__(listing)
        self._run = run

    def next_page(self) -> Page[T] | None:
        """Fetch the page after this one (``None`` on the last page)."""
        following = self._listing.following
        return None if following is None else Page(self._run(following()), self._run)

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and every page after it, each fetched when reached."""
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page._listing.items()


class AsyncPage(PageView[T]):
    """One page of a list, for the asyncio client: ``data``, ``total``,
    ``has_next_page()``, ``await next_page()``; ``async for`` over it for every item
    from here on."""

    def __init__(self, listing: Listing[T], run: Callable[[Flow[Listing[T]]], Awaitable[Listing[T]]]) -> None:
        super().__init__(listing)
        self._run = run

    async def next_page(self) -> AsyncPage[T] | None:
        """Fetch the page after this one (``None`` on the last page)."""
        following = self._listing.following
        return None if following is None else AsyncPage(await self._run(following()), self._run)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every page after it, each fetched when reached."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page._listing.items():
                yield item


class AsyncPager(Generic[T]):
    """What a list method of the asyncio client returns: ``await`` it for the first
    :class:`AsyncPage`, or ``async for`` over it for every item of every page. Its
    arguments were checked when it was made; nothing is sent until then."""

    def __init__(
        self, flow: Flow[Listing[T]], run: Callable[[Flow[Listing[T]], Step | None], Awaitable[Listing[T]]]
    ) -> None:
        self._run = run
        self._flow = flow
        self._first: Step | None = next(flow)  # the checks run now; the first request waits
        self._awaited = False

    def _first_page(self) -> Generator[Any, None, AsyncPage[T]]:
        if self._awaited:
            raise RuntimeError("a list is awaited once: keep the page it gave")
        self._awaited = True
        listing = yield from self._run(self._flow, self._first).__await__()
        return AsyncPage(listing, lambda flow: self._run(flow, None))

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return "AsyncPager(not fetched yet)"
