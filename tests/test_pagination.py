"""Pages fetch lazily, stop at the end of the list, and hold one page in memory."""

from __future__ import annotations

import asyncio
import gc
import tracemalloc
from collections.abc import Generator
from typing import Any

import pytest

from everruns._flow import Call, Flow, Step, adrive, drive
from everruns._pagination import AsyncPage, AsyncPager, Listing, Page, offset_listing, single_listing


def no_steps(step: Step) -> Any:
    raise AssertionError(f"these flows ask for nothing, got {step!r}")


def run(flow: Flow[Listing[Any]]) -> Listing[Any]:
    return drive(flow, no_steps)


class Served:
    """An in-memory list served ``offset``/``limit`` style, counting requests."""

    def __init__(self, size: int, *, report_total: bool = True) -> None:
        self.size = size
        self.report_total = report_total
        self.requests: list[tuple[int, int]] = []

    def fetch(self, offset: int, limit: int) -> Generator[Step, Any, tuple[list[dict[str, object]], int | None]]:
        self.requests.append((offset, limit))
        items = [{"index": i, "padding": "x" * 200} for i in range(offset, min(offset + limit, self.size))]
        return items, (self.size if self.report_total else None)
        yield  # a flow that needs no step


def first_page(served: Served, limit: int = 20) -> Page[Any]:
    return Page(run(offset_listing(served.fetch, offset=0, limit=limit)), run)


def test_iterating_yields_every_item_of_every_page_in_order() -> None:
    served = Served(45)
    assert [item["index"] for item in first_page(served)] == list(range(45))
    assert served.requests == [(0, 20), (20, 20), (40, 20)]


def test_the_first_page_exposes_its_data_and_the_total() -> None:
    served = Served(45)
    page = first_page(served)
    assert len(page.data) == 20
    assert page.total == 45
    assert page.has_next_page()
    assert served.requests == [(0, 20)], "nothing beyond the first page is fetched until asked"


def test_next_page_fetches_exactly_one_more_page() -> None:
    served = Served(45)
    second = first_page(served).next_page()
    assert second is not None
    assert [item["index"] for item in second.data] == list(range(20, 40))
    last = second.next_page()
    assert last is not None
    assert not last.has_next_page()
    assert last.total == 45, "the last page tells the total too"
    assert last.next_page() is None
    assert served.requests == [(0, 20), (20, 20), (40, 20)]


def test_without_a_total_a_short_page_ends_the_list() -> None:
    served = Served(40, report_total=False)
    assert len(list(first_page(served))) == 40
    # 40 is a multiple of the page size: the third, empty page is what proves the end.
    assert served.requests == [(0, 20), (20, 20), (40, 20)]


def test_with_a_total_the_last_full_page_ends_the_list_without_another_request() -> None:
    served = Served(40)
    assert len(list(first_page(served))) == 40
    assert served.requests == [(0, 20), (20, 20)]


def test_an_empty_list_is_one_empty_page() -> None:
    page = first_page(Served(0))
    assert (page.data, page.total) == ([], 0)
    assert not page.has_next_page()
    assert list(page) == []


def test_iter_pages_walks_each_page_once() -> None:
    pages = list(first_page(Served(45)).iter_pages())
    assert [len(page.data) for page in pages] == [20, 20, 5]


def test_a_whole_list_page_has_no_next_page() -> None:
    page = Page(single_listing([1, 2, 3]), run)
    assert (page.data, page.total, page.has_next_page(), list(page)) == ([1, 2, 3], 3, False, [1, 2, 3])


def test_memory_stays_flat_while_iterating_ten_thousand_items() -> None:
    def peak_while_iterating(size: int) -> int:
        gc.collect()
        tracemalloc.start()
        count = 0
        for _item in first_page(Served(size), limit=100):
            count += 1
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == size
        return peak

    small, large = peak_while_iterating(1_000), peak_while_iterating(10_000)
    # Ten times the items, the same peak (one page at a time), give or take allocator noise.
    assert large < small * 1.5, (small, large)


def test_repr_says_how_much_is_here() -> None:
    def more() -> Flow[Listing[int]]:
        return Listing([3])
        yield

    assert repr(Page(Listing([1, 2], total=9, following=more), run)) == "Page(2 items, total=9, more)"
    assert repr(Page(Listing([1, 2]), run)) == "Page(2 items, total=None)"


def test_a_newest_first_listing_iterates_without_jumping_back_and_forth() -> None:
    def older() -> Flow[Listing[int]]:
        return Listing([1, 2, 3], newest_first=True)
        yield

    newest = Page(Listing([4, 5, 6], following=older, newest_first=True), run)
    assert list(newest) == [6, 5, 4, 3, 2, 1]
    assert newest.data == [4, 5, 6], "a page's data keeps the API's order"


class AsyncServed:
    """A list served to an :class:`AsyncPager`: each page is fetched by a step (as a
    request is), and ``run`` records the step each run of a flow starts from."""

    def __init__(self, size: int) -> None:
        self.served = Served(size)
        self.started_from: list[Step | None] = []

    def fetch(self, offset: int, limit: int) -> Generator[Step, Any, tuple[list[dict[str, object]], int | None]]:
        return (yield Call(lambda: drive(self.served.fetch(offset, limit), no_steps)))

    async def run(self, flow: Flow[Listing[Any]], first: Step | None) -> Listing[Any]:
        # No default for ``first``: the pager says which step each run starts from.
        self.started_from.append(first)

        async def do(step: Step) -> Any:
            assert isinstance(step, Call)
            return step.function(*step.args)

        return await adrive(flow, do, first)

    def pager(self, limit: int = 20) -> AsyncPager[Any]:
        return AsyncPager(offset_listing(self.fetch, offset=0, limit=limit), self.run)


def test_an_async_pager_fetches_nothing_until_used_then_yields_every_page_in_order() -> None:
    served = AsyncServed(45)
    pager = served.pager()
    assert served.served.requests == [], "making the pager only checks its arguments"

    async def every_index() -> list[int]:
        return [item["index"] async for item in pager]

    assert asyncio.run(every_index()) == list(range(45))
    assert served.served.requests == [(0, 20), (20, 20), (40, 20)]
    first, *later = served.started_from
    assert isinstance(first, Call), "the first page goes on from the step primed when the pager was made"
    assert later == [None, None], "each later page's flow starts afresh"


def test_an_async_pager_is_awaited_once_for_its_first_page() -> None:
    served = AsyncServed(45)
    pager = served.pager()

    async def await_twice() -> AsyncPage[Any]:
        page = await pager
        with pytest.raises(RuntimeError, match=r"^a list is awaited once: keep the page it gave$"):
            await pager
        return page

    page = asyncio.run(await_twice())
    assert (len(page.data), page.total, page.has_next_page()) == (20, 45, True)
    assert served.served.requests == [(0, 20)], "the second await sent nothing"


def test_an_async_pager_repr_says_nothing_was_fetched_yet() -> None:
    assert repr(AsyncServed(3).pager()) == "AsyncPager(not fetched yet)"
