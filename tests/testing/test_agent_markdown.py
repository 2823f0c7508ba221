"""Agents as markdown: export, import (text/plain in any charset spelling), built-in examples."""

from __future__ import annotations

import pytest


def test_export_is_markdown_carrying_the_agent(api):
    agent = api.new_agent(
        "exporter", display_name="Exporter: the best", description="Ships things.", system_prompt="Line one.\nLine two."
    )
    reply = api.get(f"/v1/agents/{agent['id']}/export")
    assert reply.status == 200
    assert reply.media_type == "text/markdown"
    text = reply.body.decode()
    assert text.startswith("---\nname: exporter\n")
    assert 'display_name: "Exporter: the best"' in text
    assert text.endswith("---\nLine one.\nLine two.\n")


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain; charset=utf-8", "Text/Plain;charset=UTF-8"])
def test_an_export_imports_back_as_the_same_agent_definition(api, content_type):
    agent = api.new_agent("roundtrip", display_name="Round trip", description="Goes and comes back.", tags=["a", "b"])
    markdown = api.get(f"/v1/agents/{agent['id']}/export").body
    api.delete(f"/v1/agents/{agent['id']}")
    reply = api.post("/v1/agents/import", body=markdown, headers={"Content-Type": content_type})
    assert reply.status == 201
    imported = reply.json()
    assert imported["id"] != agent["id"]
    for field in ("name", "display_name", "description", "system_prompt", "tags"):
        assert imported[field] == agent[field], field


def test_importing_an_existing_name_updates_it_with_200(api):
    agent = api.new_agent("existing", system_prompt="old")
    reply = api.post(
        "/v1/agents/import", body=b"---\nname: existing\n---\nnew prompt\n", headers={"Content-Type": "text/plain"}
    )
    assert (reply.status, reply.json()["id"], reply.json()["system_prompt"]) == (200, agent["id"], "new prompt")


@pytest.mark.parametrize(
    ("markdown", "detail"),
    [
        (b"just a prompt", "front-matter"),
        (b"---\ndisplay_name: x\n---\nprompt", "needs a name"),
        (b"---\nname: Bad Name\n---\nprompt", "name"),
        (b"---\nname: ok\ndescription: [broken\n---\nprompt", "not valid JSON"),
        (b"---\nname: ok\nno colon here\n---\nprompt", "key: value"),
    ],
)
def test_malformed_markdown_is_a_400_saying_what_is_wrong(api, markdown, detail):
    reply = api.post("/v1/agents/import", body=markdown, headers={"Content-Type": "text/plain"})
    assert reply.status == 400
    assert detail in reply.json()["detail"]


def test_import_wants_text(api):
    reply = api.post("/v1/agents/import", body=b'{"name": "x"}', headers={"Content-Type": "application/json"})
    assert reply.status == 415


def test_import_from_a_built_in_example_ignores_the_body(api):
    reply = api.post("/v1/agents/import", query={"from-example": "summarizer"}, body=b"")
    assert reply.status == 201
    assert (reply.json()["name"], reply.json()["tags"]) == ("summarizer", ["writing"])
    missing = api.post("/v1/agents/import", query={"from-example": "unknown"}, body=b"")
    assert (missing.status, missing.json()["code"]) == (404, "example_not_found")
