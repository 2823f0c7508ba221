"""Pages fetch lazily, stop at the end of the list, and hold one page in memory."""

from __future__ import annotations

import gc
import tracemalloc

from everruns._pagination import NewestFirstPage, Page, offset_page, single_page


class Listing:
    """An in-memory list served ``offset``/``limit`` style, counting requests."""

    def __init__(self, size: int, *, report_total: bool = True) -> None:
        self.size = size
        self.report_total = report_total
        self.requests: list[tuple[int, int]] = []

    def fetch(self, offset: int, limit: int) -> tuple[list[dict[str, object]], int | None]:
        self.requests.append((offset, limit))
        items = [{"index": i, "padding": "x" * 200} for i in range(offset, min(offset + limit, self.size))]
        return items, (self.size if self.report_total else None)


def test_iterating_yields_every_item_of_every_page_in_order() -> None:
    listing = Listing(45)
    page = offset_page(listing.fetch, offset=0, limit=20)
    assert [item["index"] for item in page] == list(range(45))
    assert listing.requests == [(0, 20), (20, 20), (40, 20)]


def test_the_first_page_exposes_its_data_and_the_total() -> None:
    listing = Listing(45)
    page = offset_page(listing.fetch, offset=0, limit=20)
    assert len(page.data) == 20
    assert page.total == 45
    assert page.has_next_page()
    assert listing.requests == [(0, 20)], "nothing beyond the first page is fetched until asked"


def test_next_page_fetches_exactly_one_more_page() -> None:
    listing = Listing(45)
    second = offset_page(listing.fetch, offset=0, limit=20).next_page()
    assert second is not None
    assert [item["index"] for item in second.data] == list(range(20, 40))
    last = second.next_page()
    assert last is not None
    assert not last.has_next_page()
    assert last.next_page() is None


def test_without_a_total_a_short_page_ends_the_list() -> None:
    listing = Listing(40, report_total=False)
    page = offset_page(listing.fetch, offset=0, limit=20)
    assert len(list(page)) == 40
    # 40 is a multiple of the page size: the third, empty page is what proves the end.
    assert listing.requests == [(0, 20), (20, 20), (40, 20)]


def test_an_empty_list_is_one_empty_page() -> None:
    page = offset_page(Listing(0).fetch, offset=0, limit=20)
    assert page.data == []
    assert not page.has_next_page()
    assert list(page) == []


def test_iter_pages_walks_each_page_once() -> None:
    pages = list(offset_page(Listing(45).fetch, offset=0, limit=20).iter_pages())
    assert [len(page.data) for page in pages] == [20, 20, 5]


def test_a_whole_list_page_has_no_next_page() -> None:
    page = single_page([1, 2, 3])
    assert (page.data, page.total, page.has_next_page(), list(page)) == ([1, 2, 3], 3, False, [1, 2, 3])


def test_memory_stays_flat_while_iterating_ten_thousand_items() -> None:
    def peak_while_iterating(size: int) -> int:
        gc.collect()
        tracemalloc.start()
        count = 0
        for _item in offset_page(Listing(size).fetch, offset=0, limit=100):
            count += 1
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == size
        return peak

    small, large = peak_while_iterating(1_000), peak_while_iterating(10_000)
    # Ten times the items, the same peak (one page at a time), give or take allocator noise.
    assert large < small * 1.5, (small, large)


def test_repr_says_how_much_is_here() -> None:
    assert repr(Page([1, 2], total=9, fetch_next=lambda: Page([]))) == "Page(2 items, total=9, more)"


def test_a_newest_first_listing_iterates_without_jumping_back_and_forth() -> None:
    older = NewestFirstPage([1, 2, 3])
    newest = NewestFirstPage([4, 5, 6], fetch_next=lambda: older)
    assert list(newest) == [6, 5, 4, 3, 2, 1]
    assert newest.data == [4, 5, 6], "a page's data keeps the API's order"
