"""The model and capability catalogues."""

from __future__ import annotations

import pytest


def test_models_are_listed_with_stable_ids_and_found_by_either_id(api, connect):
    models = api.get("/v1/models").json()["data"]
    assert [m["model_id"] for m in models] == ["llmsim-echo", "llmsim-echo-mini"]
    for model in models:
        assert api.get(f"/v1/models/{model['id']}").json()["id"] == model["id"]
        assert api.get(f"/v1/models/{model['model_id']}").json()["id"] == model["id"]
    assert api.get("/v1/models/unknown").json()["code"] == "model_not_found"


def test_models_filter_by_favourites_and_source(api):
    assert [m["model_id"] for m in api.get("/v1/models", query={"favorites_only": "true"}).json()["data"]] == [
        "llmsim-echo"
    ]
    assert api.get("/v1/models", query={"source": "manual"}).json()["data"] == []
    assert api.get("/v1/models", query={"source": "invented"}).status == 400


def test_capabilities_page_and_search(api):
    everything = api.get("/v1/capabilities").json()
    assert everything["total"] == len(everything["data"]) >= 3
    page = api.get("/v1/capabilities", query={"limit": 1, "offset": 1}).json()
    assert (page["limit"], page["offset"], len(page["data"])) == (1, 1, 1)
    assert page["data"][0]["id"] == everything["data"][1]["id"]
    found = api.get("/v1/capabilities", query={"search": "clock"}).json()["data"]
    assert found == []
    found = api.get("/v1/capabilities", query={"search": "TIME"}).json()["data"]
    assert [c["id"] for c in found] == ["current_time"]


@pytest.mark.parametrize("capability_id", ["current_time", "web_fetch", "session_file_system", "guardrails"])
def test_each_capability_can_be_fetched(api, capability_id):
    reply = api.get(f"/v1/capabilities/{capability_id}")
    assert (reply.status, reply.json()["id"]) == (200, capability_id)


def test_an_unknown_capability_is_capability_not_found(api):
    assert api.get("/v1/capabilities/nothing").json()["code"] == "capability_not_found"
