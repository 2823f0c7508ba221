"""``client.models``: listing and reading models against recorded exchanges, and model ids
that could change the route refused before sending."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer


class TestRecorded:
    def test_list_returns_every_model_in_one_page(self, recorded_client: Everruns) -> None:
        page = recorded_client.models.list()
        assert [model.model_id for model in page] == ["llmsim-echo", "llmsim-echo-mini"]
        assert (page.total, page.has_next_page()) == (2, False)

    def test_list_filters(self, recorded_client: Everruns) -> None:
        favourites = recorded_client.models.list(source="predefined", include_stale=False, favorites_only=True)
        assert [model.model_id for model in favourites] == ["llmsim-echo"]

    def test_get_by_catalogue_id(self, recorded_client: Everruns) -> None:
        listed = recorded_client.models.list().data[0]
        model = recorded_client.models.get(listed.id)
        assert (model.id, model.model_id, model.provider_type) == (listed.id, "llmsim-echo", "llmsim")


class TestOnTheServer:
    def test_a_model_id_is_sent_as_one_path_segment(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(errors.NotFoundError):
            client.models.get("vendor/model?x=1#y")
        assert server.requests[-1].path == "/api/v1/models/vendor%2Fmodel%3Fx%3D1%23y"

    @pytest.mark.parametrize("model_id", ["", ".", ".."])
    def test_an_empty_or_dot_model_id_is_refused_without_a_request(
        self, refused: Callable[..., errors.ValidationError], model_id: str
    ) -> None:
        assert refused(lambda client: client.models.get(model_id)).field == "model_id"
