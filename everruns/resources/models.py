"""``client.models``: the LLMs the organisation's providers offer to agents and sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, optional
from everruns._validation import check_segment
from everruns_api.api.models import get_model, list_all_models
from everruns_api.models import ListResponseModel, Model, ModelSource

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes


class Models(Resource[Mode]):
    """List the available models and read one."""

    @pager
    def list(
        self,
        *,
        source: ModelSource | str | None = None,
        include_stale: bool | None = None,
        favorites_only: bool | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Model]]:
        """Every model of every provider, in one page. ``source`` keeps those added
        ``manual``-ly, ``discovered`` or ``predefined``; ``include_stale=False`` drops
        models a provider no longer lists; ``favorites_only`` keeps the favourites."""
        models = yield from self._call(
            list_all_models,
            timeout=timeout,
            source=optional(ModelSource(source) if source is not None else None),
            include_stale=optional(include_stale),
            favorites_only=optional(favorites_only),
            model=ListResponseModel,
        )
        return single_listing(models.data)

    @operation
    def get(self, model_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Model]:
        """One model, with its provider, by id."""
        check_segment(model_id, "model_id")
        return (yield from self._call(get_model, model_id, timeout=timeout, model=Model))
