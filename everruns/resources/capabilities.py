"""``client.capabilities``: the built-in abilities (tools, file areas, guardrails...)
that agents, harnesses and sessions switch on by id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, offset_listing, single_listing
from everruns._resource import Resource, optional
from everruns._validation import check_range, check_segment
from everruns_api.api.capabilities import dry_run_guardrails, get_capability, list_capabilities, list_guardrail_examples
from everruns_api.models import (
    Capability,
    GuardrailExample,
    GuardrailExampleConfig,
    GuardrailExamplesResponse,
    GuardrailsDryRunRequest,
    GuardrailsDryRunRequestConfig,
    GuardrailsDryRunResponse,
    GuardrailStage,
    PaginatedResponseCapability,
)

from ._coerce import model_from

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes

GuardrailConfig = GuardrailsDryRunRequestConfig | GuardrailExampleConfig | Mapping[str, Any]


class Capabilities(Resource[Mode]):
    """List and read capabilities; try guardrail configurations on sample text."""

    @pager
    def list(
        self,
        *,
        search: str | None = None,
        limit: int = 20,
        offset: int = 0,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Capability]]:
        """Capabilities, ``limit`` (at most 100) per request; iterate the page for all of
        them. ``search`` matches ids, names and descriptions."""
        check_range(limit, "limit", minimum=1, maximum=100)
        check_range(offset, "offset", minimum=0)

        def fetch(page_offset: int, page_limit: int) -> Flow[tuple[list[Capability], int | None]]:
            page = yield from self._call(
                list_capabilities,
                timeout=timeout,
                search=optional(search),
                offset=page_offset,
                limit=page_limit,
                model=PaginatedResponseCapability,
            )
            return page.data, page.total

        return (yield from offset_listing(fetch, offset=offset, limit=limit))

    @operation
    def get(self, capability_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Capability]:
        """One capability, by id (such as ``current_time``)."""
        check_segment(capability_id, "capability_id")
        return (yield from self._call(get_capability, capability_id, timeout=timeout, model=Capability))

    @pager
    def list_guardrail_examples(self, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[GuardrailExample]]:
        """Ready-made guardrail configurations, in one page; each ``config`` can go
        straight to :meth:`dry_run_guardrails`."""
        examples = yield from self._call(list_guardrail_examples, timeout=timeout, model=GuardrailExamplesResponse)
        return single_listing(examples.examples)

    @operation
    def dry_run_guardrails(
        self,
        config: GuardrailConfig,
        stage: GuardrailStage | str,
        text: str,
        *,
        tool_name: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[GuardrailsDryRunResponse]:
        """Which checks of a guardrail ``config`` the ``text`` trips at ``stage``
        (``output``, ``tool_use`` or ``tool_output``), and whether it would be blocked.
        Nothing is saved."""
        if isinstance(config, GuardrailExampleConfig):
            config = config.to_dict()
        body = GuardrailsDryRunRequest(
            config=model_from(config, GuardrailsDryRunRequestConfig),
            stage=GuardrailStage(stage),
            text=text,
            tool_name=optional(tool_name),
        )
        return (yield from self._call(dry_run_guardrails, timeout=timeout, body=body, model=GuardrailsDryRunResponse))
