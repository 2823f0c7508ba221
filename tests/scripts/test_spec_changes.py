"""scripts/spec_changes.py: the change report a sync prints, and the changes that break
a facade method's calls."""

from __future__ import annotations

import copy
from typing import Any

import spec_changes

Json = dict[str, Any]
FACADE = {("things", "get_thing"): ["things.get"], ("things", "make_thing"): ["things.create", "tools.make"]}


def operation(operation_id: str, **extra: Any) -> Json:
    return {"operationId": operation_id, "tags": ["Things"], "responses": {}, **extra}


def ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def description() -> Json:
    """A small description: a thing to get and one to make, a model, an event payload."""
    body = {"required": True, "content": {"application/json": {"schema": ref("MakeThing")}}}
    return {
        "paths": {
            "/v1/things/{id}": {"get": operation("get_thing")},
            "/v1/things": {"post": operation("make_thing", requestBody=body)},
        },
        "components": {
            "schemas": {
                "MakeThing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
                "EventData": {"anyOf": [ref("ThingMadeData")]},
                "ThingMadeData": {"type": "object", "properties": {}},
            }
        },
    }


class TestReport:
    def test_names_added_removed_and_changed_operations(self) -> None:
        before = description()
        after = copy.deepcopy(before)
        del after["paths"]["/v1/things/{id}"]
        after["paths"]["/v1/things"]["post"]["deprecated"] = True
        after["paths"]["/v1/places"] = {"get": operation("list_places")}
        lines = spec_changes.report(before, after, FACADE, []).lines()
        assert lines[:7] == [
            "2 operations, 4 schemas",
            "operations added: 1",
            "  GET /v1/places (list_places)",
            "operations removed: 1",
            "  GET /v1/things/{id} (get_thing)",
            "operations changed: 1",
            "  POST /v1/things (make_thing)",
        ]

    def test_says_what_each_facade_method_and_model_gains_and_the_new_event_payloads(self) -> None:
        before = description()
        after = copy.deepcopy(before)
        schemas = after["components"]["schemas"]
        schemas["MakeThing"]["properties"]["colour"] = {"type": "string"}
        schemas["Thing"]["properties"]["colour"] = {"type": "string"}
        schemas["Place"] = {"type": "object"}
        schemas["ThingBrokeData"] = {"type": "object"}
        schemas["EventData"]["anyOf"].append(ref("ThingBrokeData"))
        lines = spec_changes.report(before, after, FACADE, ["Odd: left as upstream spells it"]).lines()
        text = "\n".join(lines)
        assert "request fields added, by facade method: 2\n  things.create: colour\n  tools.make: colour" in text
        assert "fields added, by model: 2\n  MakeThing: colour\n  Thing: colour" in text
        assert "models added: 2\n  Place\n  ThingBrokeData" in text
        assert "event payloads added: 1\n  ThingBrokeData" in text
        assert "left as upstream spells it (warnings): 1\n  Odd: left as upstream spells it" in text

    def test_without_a_previous_description_every_operation_is_new(self) -> None:
        lines = spec_changes.report(None, description(), FACADE, []).lines()
        assert lines == [
            "2 operations, 4 schemas",
            "operations added: 0",
            "operations removed: 0",
            "operations changed: 0",
            "no previous openapi.json: every operation is new",
        ]


class TestBreaks:
    def test_nothing_breaks_when_only_optional_things_are_added(self) -> None:
        after = description()
        after["components"]["schemas"]["MakeThing"]["properties"]["colour"] = {"type": "string"}
        optional = {"name": "q", "in": "query", "required": False, "schema": {"type": "string"}}
        after["paths"]["/v1/things/{id}"]["get"]["parameters"] = [optional]
        assert spec_changes.breaks(description(), after, FACADE) == []

    def test_an_operation_the_facade_does_not_serve_may_go(self) -> None:
        after = description()
        after["paths"]["/v1/places"] = {"get": operation("list_places")}
        before = copy.deepcopy(after)
        del after["paths"]["/v1/places"]
        assert spec_changes.breaks(before, after, FACADE) == []

    def test_a_newly_required_body_names_every_method_that_sends_it(self) -> None:
        before, after = description(), description()
        del before["paths"]["/v1/things"]["post"]["requestBody"]
        assert spec_changes.breaks(before, after, FACADE) == [
            "things.create, tools.make: POST /v1/things (make_thing) now requires a request body"
        ]
