"""``client.harnesses``: a harness is the base configuration (prompt, capabilities,
files) that agents and sessions run on. Every organisation has ``generic``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import HARNESS, check_id, check_slug
from everruns_api.api.harness_examples import list_examples
from everruns_api.api.harnesses import create_harness, delete_harness, get_harness, list_harnesses, update_harness
from everruns_api.models import (
    CreateHarnessRequest,
    Harness,
    HarnessExample,
    ListResponseHarness,
    UpdateHarnessRequest,
)
from everruns_api.options import HarnessChanges, HarnessOptions

from ._options import request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes


class Harnesses(Resource[Mode]):
    """Create, read, list, change and archive harnesses; list the API's examples."""

    @operation
    def create(
        self, name: str, *, timeout: TimeoutTypes | None = None, **options: Unpack[HarnessOptions]
    ) -> Flow[Harness]:
        """Create a harness. ``name`` is a slug, unique in the organisation;
        ``parent_harness_id`` makes it build on another harness."""
        check_options(options, HarnessOptions)
        check_slug(name, "name")
        _check_parent(options)
        body = request_body(CreateHarnessRequest, {"name": name, **options})
        return (yield from self._call(create_harness, timeout=timeout, body=body, model=Harness))

    @operation
    def get(self, harness_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Harness]:
        """One harness, by id."""
        check_id(harness_id, HARNESS, "harness_id")
        return (yield from self._call(get_harness, harness_id, timeout=timeout, model=Harness))

    @pager
    def list(
        self,
        *,
        search: str | None = None,
        include_archived: bool | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Harness]]:
        """Every harness, by name, in one page. ``search`` matches names and descriptions."""
        answer = yield from self._call(
            list_harnesses,
            timeout=timeout,
            search=optional(search),
            include_archived=optional(include_archived),
            model=ListResponseHarness,
        )
        return single_listing(answer.data)

    @operation
    def update(
        self, harness_id: str, *, timeout: TimeoutTypes | None = None, **changes: Unpack[HarnessChanges]
    ) -> Flow[Harness]:
        """Change the fields given, and only those. ``status="archived"`` archives the
        harness, ``"active"`` restores it. The built-in ``generic`` cannot be changed."""
        check_id(harness_id, HARNESS, "harness_id")
        check_options(changes, HarnessChanges)
        if (name := changes.get("name")) is not None:
            check_slug(name, "name")
        _check_parent(changes)
        body = request_body(UpdateHarnessRequest, changes)
        return (yield from self._call(update_harness, harness_id, timeout=timeout, body=body, model=Harness))

    @operation
    def delete(self, harness_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Archive a harness: it leaves the lists unless archived ones are asked for."""
        check_id(harness_id, HARNESS, "harness_id")
        yield from self._send(delete_harness, harness_id, timeout=timeout)

    @pager
    def list_examples(self, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[HarnessExample]]:
        """The API's example harnesses, starting points for :meth:`create`, in one page."""
        examples: list[HarnessExample] = yield from self._call(list_examples, timeout=timeout, model=list)
        return single_listing(examples)


def _check_parent(options: Mapping[str, Any]) -> None:
    if (parent_harness_id := options.get("parent_harness_id")) is not None:
        check_id(parent_harness_id, HARNESS, "parent_harness_id")
