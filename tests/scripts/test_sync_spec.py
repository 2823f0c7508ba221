"""scripts/sync_spec.py: structure only, every operation kept, rewrites that keep the meaning."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import sync_spec
from full_payloads import fill as fill_schema
from shared_files import require_shared

ROOT = Path(__file__).resolve().parents[2]
PROJECT_SPEC = ROOT / "openapi.json"
NORMALIZED_DIGEST = """
import hashlib, json, sys, sync_spec
upstream = json.loads(open(sys.argv[1], encoding="utf-8").read())
print(hashlib.sha256(sync_spec.dumps(sync_spec.normalize(upstream)).encode("utf-8")).hexdigest())
"""


@pytest.fixture(scope="module")
def project_spec() -> dict[str, Any]:
    return json.loads(PROJECT_SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def upstream_path() -> Path:
    return require_shared(sync_spec.DEFAULT_SOURCE, "the upstream API description")


@pytest.fixture(scope="module")
def upstream(upstream_path: Path) -> dict[str, Any]:
    return json.loads(upstream_path.read_text(encoding="utf-8"))


def keyword_positions(node: Any, in_names: bool = False) -> Iterator[tuple[str, Any]]:
    """Every (key, value) of ``node`` whose key is a keyword, not a name of something."""
    if isinstance(node, list):
        for item in node:
            yield from keyword_positions(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if in_names:
                yield from keyword_positions(value)
                continue
            yield key, value
            if key in sync_spec.DATA_KEYWORDS or key.startswith("x-"):
                continue
            yield from keyword_positions(value, in_names=key in sync_spec.NAME_MAPS)


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The sync's warning lines, in order."""
    return [record.getMessage() for record in caplog.records if record.name == "sync_spec"]


def is_valid(components: dict[str, Any], schema: dict[str, Any], payload: Any) -> bool:
    """Validate ``payload`` against ``schema`` (JSON Schema 2020-12, as OpenAPI 3.1 uses),
    with ``#/components/schemas/...`` references resolved in ``components``."""
    root = {**schema, "components": {"schemas": components}}
    return jsonschema.Draft202012Validator(root).is_valid(payload)


# --- the committed openapi.json ------------------------------------------------------------


class TestProjectSpec:
    def test_carries_no_prose_keyword(self, project_spec: dict[str, Any]) -> None:
        leftovers = [
            key
            for key, value in keyword_positions(project_spec)
            if key in sync_spec.PROSE_KEYWORDS and not (key == "description" and value == "")
        ]
        assert leftovers == []

    def test_info_keeps_only_names_and_version(self, project_spec: dict[str, Any]) -> None:
        assert set(project_spec["info"]) <= {"title", "version", "license"}

    def test_every_response_has_the_required_empty_description(self, project_spec: dict[str, Any]) -> None:
        for operation in sync_spec.iter_operations(project_spec):
            for response in operation["responses"].values():
                assert response["description"] == ""

    def test_every_ref_resolves(self, project_spec: dict[str, Any]) -> None:
        schemas = project_spec["components"]["schemas"]
        refs = [value for key, value in keyword_positions(project_spec) if key == "$ref"]
        assert refs, "expected references in the description"
        unresolved = [ref for ref in refs if sync_spec.ref_name(ref) not in schemas]
        assert unresolved == []

    def test_is_a_fixed_point_of_the_transformation(self, project_spec: dict[str, Any]) -> None:
        # normalize() is deterministic and idempotent: run on its own output it changes nothing,
        # byte for byte, so the file on disk is exactly what the script writes.
        again = sync_spec.dumps(sync_spec.normalize(copy.deepcopy(project_spec)))
        assert again == PROJECT_SPEC.read_text(encoding="utf-8")

    def test_keeps_constraints_formats_and_parameter_styles(self, project_spec: dict[str, Any]) -> None:
        keys = {key for key, _ in keyword_positions(project_spec)}
        assert {"pattern", "minimum", "maximum", "format", "enum", "required", "style", "explode", "default"} <= keys


# --- the whole upstream description --------------------------------------------------------


class TestUpstream:
    def test_keeps_every_operation_id(self, upstream: dict[str, Any]) -> None:
        result = sync_spec.normalize(copy.deepcopy(upstream))
        ids = sorted(op["operationId"] for op in sync_spec.iter_operations(upstream))
        assert sorted(op["operationId"] for op in sync_spec.iter_operations(result)) == ids
        assert ids

    def test_output_is_stable_across_runs(self, upstream_path: Path) -> None:
        # Separate interpreters with different string hash seeds: set and dict orders differ between them.
        digests = {
            subprocess.run(
                [sys.executable, "-c", NORMALIZED_DIGEST, str(upstream_path)],
                env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "scripts")},
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            for seed in ("1", "2", "3")
        }
        assert len(digests) == 1, digests

    def test_committed_openapi_json_is_up_to_date(self, upstream: dict[str, Any]) -> None:
        assert sync_spec.dumps(sync_spec.build(upstream)) == PROJECT_SPEC.read_text(encoding="utf-8")

    def test_keeps_every_upstream_schema_or_says_which_one_replaces_it(
        self, upstream: dict[str, Any], project_spec: dict[str, Any]
    ) -> None:
        schemas = project_spec["components"]["schemas"]
        replaced = {name for schema in schemas.values() for name in schema.get(sync_spec.REPLACES, [])}
        assert set(upstream["components"]["schemas"]) - set(schemas) == replaced
        assert not replaced & set(schemas)

    def test_every_upstream_response_stays_valid(self, upstream: dict[str, Any], project_spec: dict[str, Any]) -> None:
        """The merged schemas accept what the upstream ones did: a full-size payload of each
        upstream response schema (every property filled) is valid for the project's. (A
        session's status is the string servers send: the one correction, made first.)"""
        upstream = sync_spec.type_session_status_as_string(copy.deepcopy(upstream))
        checked = 0
        for key, operation in sync_spec.operations_by_key(upstream).items():
            method, path = key.split(" ", 1)
            ours = project_spec["paths"][path][method.lower()]
            for status, response in operation.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if not status.startswith("2") or schema is None:
                    continue
                payload = fill_schema(upstream["components"]["schemas"], schema)
                if not is_valid(upstream["components"]["schemas"], schema, payload):
                    continue  # the filler picked a union branch upstream's oneOf finds ambiguous
                project_schema = ours["responses"][status]["content"]["application/json"]["schema"]
                assert is_valid(project_spec["components"]["schemas"], project_schema, payload), key
                checked += 1
        assert checked > 200

    def test_no_upstream_prose_line_survives(self, upstream: dict[str, Any]) -> None:
        prose = {
            value
            for key, value in keyword_positions(upstream)
            if key in ("description", "summary") and isinstance(value, str) and len(value) > 20
        }
        text = PROJECT_SPEC.read_text(encoding="utf-8")
        assert [line for line in prose if json.dumps(line) in text] == []


# --- prose stripping -------------------------------------------------------------------------


class TestStripProse:
    def test_drops_prose_keywords_everywhere(self) -> None:
        before = {
            "summary": "List things",
            "description": "Long text",
            "parameters": [{"name": "q", "in": "query", "description": "query", "example": "x"}],
            "externalDocs": {"url": "https://example.org"},
        }
        assert sync_spec.strip_prose(before) == {"parameters": [{"name": "q", "in": "query"}]}

    def test_keeps_properties_named_like_prose_keywords(self) -> None:
        before = {
            "type": "object",
            "description": "An agent",
            "properties": {
                "description": {"type": "string", "description": "what it does"},
                "examples": {"type": "array", "items": {"type": "string"}},
            },
        }
        assert sync_spec.strip_prose(before) == {
            "type": "object",
            "properties": {
                "description": {"type": "string"},
                "examples": {"type": "array", "items": {"type": "string"}},
            },
        }

    def test_leaves_literal_data_alone(self) -> None:
        before = {"type": "object", "default": {"description": "kept, it is a value"}, "enum": ["summary"]}
        assert sync_spec.strip_prose(before) == before


# --- each rewrite: a before, an after, and the meaning kept ---------------------------------

TAGGED_UNION = {
    "Text": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
    "Image": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}},
    "Part": {
        "oneOf": [
            {
                "allOf": [
                    {"$ref": "#/components/schemas/Text"},
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {"type": {"type": "string", "enum": ["text"]}},
                    },
                ]
            },
            {
                "allOf": [
                    {"$ref": "#/components/schemas/Image"},
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {"type": {"type": "string", "enum": ["image_file"]}},
                    },
                ]
            },
        ]
    },
}


class TestMergeTaggedAllofBranches:
    def test_before_and_after(self) -> None:
        spec = {"components": {"schemas": copy.deepcopy(TAGGED_UNION)}}
        after = sync_spec.merge_tagged_allof_branches(spec)["components"]["schemas"]
        assert after["Part"] == {
            "oneOf": [{"$ref": "#/components/schemas/PartText"}, {"$ref": "#/components/schemas/PartImageFile"}]
        }
        assert after["PartText"] == {
            "type": "object",
            "required": ["text", "type"],
            "properties": {"text": {"type": "string"}, "type": {"type": "string", "enum": ["text"]}},
        }
        assert after["Text"] == TAGGED_UNION["Text"], "the base schema is left as it was"

    @pytest.mark.parametrize(
        ("payload", "valid"),
        [
            ({"type": "text", "text": "hi"}, True),
            ({"type": "image_file", "url": "u"}, True),
            ({"type": "text", "text": "hi", "extra": 1}, True),
            ({"text": "hi"}, False),
            ({"type": "image", "url": "u"}, False),
            ({"type": "text"}, False),
        ],
    )
    def test_accepts_exactly_what_the_upstream_form_accepts(self, payload: dict[str, Any], valid: bool) -> None:
        before = copy.deepcopy(TAGGED_UNION)
        after = sync_spec.merge_tagged_allof_branches({"components": {"schemas": copy.deepcopy(TAGGED_UNION)}})
        part = {"$ref": "#/components/schemas/Part"}
        assert is_valid(before, part, payload) is valid
        assert is_valid(after["components"]["schemas"], part, payload) is valid

    def test_leaves_the_branch_inline_rather_than_overwrite_a_schema_of_the_same_name(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        schemas = copy.deepcopy(TAGGED_UNION)
        schemas["PartText"] = {"type": "string"}
        after = sync_spec.merge_tagged_allof_branches({"components": {"schemas": schemas}})["components"]["schemas"]
        assert after["PartText"] == {"type": "string"}
        assert after["Part"]["oneOf"][0] == TAGGED_UNION["Part"]["oneOf"][0]
        assert after["Part"]["oneOf"][1] == ref("PartImageFile")
        assert warnings_of(caplog) == [
            "PartText: a rewrite wanted this name for a schema of its own, but the description has one; left inline"
        ]


class TestHoistTaggedInlineBranches:
    def test_before_and_after(self) -> None:
        text = {
            "type": "object",
            "required": ["text", "type"],
            "properties": {"text": {"type": "string"}, "type": {"type": "string", "enum": ["text"]}},
        }
        data = {
            "type": "object",
            "required": ["data", "type"],
            "properties": {"data": {"type": "object"}, "type": {"type": "string", "enum": ["data"]}},
        }
        spec = {"components": {"schemas": {"Msg": {"oneOf": [copy.deepcopy(text), copy.deepcopy(data)]}}}}
        after = sync_spec.hoist_tagged_inline_branches(spec)["components"]["schemas"]
        assert after["Msg"] == {
            "oneOf": [{"$ref": "#/components/schemas/MsgText"}, {"$ref": "#/components/schemas/MsgData"}]
        }
        assert after["MsgText"] == text
        assert after["MsgData"] == data

    def test_leaves_untagged_branches_inline(self) -> None:
        union = {"oneOf": [{"type": "null"}, {"type": "object", "properties": {"a": {"type": "string"}}}]}
        spec = {"components": {"schemas": {"U": copy.deepcopy(union)}}}
        assert sync_spec.hoist_tagged_inline_branches(spec)["components"]["schemas"] == {"U": union}


class TestWrapRefSiblings:
    def test_before_and_after(self) -> None:
        spec = {
            "paths": {},
            "components": {
                "schemas": {
                    "Holder": {
                        "type": "object",
                        "properties": {
                            "source": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/S", "default": None}]}
                        },
                    },
                    "S": {"type": "string", "minLength": 1},
                }
            },
        }
        after = sync_spec.wrap_ref_siblings(spec)["components"]["schemas"]["Holder"]["properties"]["source"]
        assert after == {"oneOf": [{"type": "null"}, {"allOf": [{"$ref": "#/components/schemas/S"}], "default": None}]}

    def test_validity_is_unchanged(self) -> None:
        components = {"S": {"type": "string", "minLength": 1}}
        before = {"$ref": "#/components/schemas/S", "maxLength": 3}
        spec = {"paths": {}, "components": {"schemas": {**components, "Probe": copy.deepcopy(before)}}}
        after = sync_spec.wrap_ref_siblings(spec)["components"]["schemas"]["Probe"]
        assert after == {"allOf": [{"$ref": "#/components/schemas/S"}], "maxLength": 3}
        for payload in ("", "ab", "abcd", 5):
            assert is_valid(components, before, payload) == is_valid(components, after, payload)

    def test_plain_refs_are_untouched(self) -> None:
        spec = {"paths": {}, "components": {"schemas": {"A": {"items": {"$ref": "#/components/schemas/B"}}, "B": {}}}}
        assert sync_spec.wrap_ref_siblings(copy.deepcopy(spec)) == spec


class TestDeclarePathParameters:
    def test_before_and_after(self) -> None:
        spec = {"paths": {"/v1/agents/{agent_id}/voice": {"post": {"parameters": None, "responses": {}}}}}
        after = sync_spec.declare_path_parameters(spec)
        assert after["paths"]["/v1/agents/{agent_id}/voice"]["post"]["parameters"] == [
            {"in": "path", "name": "agent_id", "required": True, "schema": {"type": "string"}}
        ]

    def test_declared_parameters_are_left_alone(self) -> None:
        declared = [{"in": "path", "name": "id", "required": True, "schema": {"type": "integer"}}]
        spec = {"paths": {"/v1/x/{id}": {"get": {"parameters": copy.deepcopy(declared), "responses": {}}}}}
        assert sync_spec.declare_path_parameters(spec)["paths"]["/v1/x/{id}"]["get"]["parameters"] == declared


class TestBodiesAndMediaTypes:
    def test_multipart_string_becomes_a_file_form(self) -> None:
        spec = {
            "paths": {
                "/v1/images": {
                    "post": {"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "string"}}}}}
                }
            }
        }
        media = sync_spec.type_multipart_file_bodies(spec)["paths"]["/v1/images"]["post"]["requestBody"]["content"]
        assert media["multipart/form-data"]["schema"] == {
            "type": "object",
            "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary"}},
        }

    def test_raw_string_body_becomes_binary(self) -> None:
        spec = {
            "paths": {"/v1/a": {"post": {"requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}}}}}}
        }
        media = sync_spec.type_raw_request_bodies(spec)["paths"]["/v1/a"]["post"]["requestBody"]["content"]
        assert media == {"text/plain": {"schema": {"type": "string", "format": "binary"}}}

    def test_json_string_body_stays_a_string(self) -> None:
        spec = {
            "paths": {
                "/v1/a": {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "string"}}}}}}
            }
        }
        assert sync_spec.type_raw_request_bodies(copy.deepcopy(spec)) == spec

    def test_text_body_declares_its_charset(self) -> None:
        spec = {
            "paths": {"/v1/a": {"post": {"requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}}}}}}
        }
        content = sync_spec.declare_text_body_charset(spec)["paths"]["/v1/a"]["post"]["requestBody"]["content"]
        assert content == {"text/plain; charset=utf-8": {"schema": {"type": "string"}}}

    def test_event_stream_schema_moves_beside_a_text_schema(self) -> None:
        event = {"$ref": "#/components/schemas/Event"}
        spec = {
            "paths": {"/v1/s": {"get": {"responses": {"200": {"content": {"text/event-stream": {"schema": event}}}}}}}
        }
        media = sync_spec.type_event_streams_as_text(spec)["paths"]["/v1/s"]["get"]["responses"]["200"]["content"]
        assert media == {"text/event-stream": {"schema": {"type": "string"}, "x-sse-data-schema": event}}

    def test_schemaless_responses_get_text_or_bytes(self) -> None:
        content = {"text/markdown": {}, "image/jpeg": {}, "application/json": {}}
        spec = {"paths": {"/v1/f": {"get": {"responses": {"200": {"content": content}}}}}}
        media = sync_spec.type_schemaless_responses(spec)["paths"]["/v1/f"]["get"]["responses"]["200"]["content"]
        assert media == {
            "text/markdown": {"schema": {"type": "string"}},
            "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
            "application/json": {},
        }


# --- the report --------------------------------------------------------------------------------


class TestMain:
    def test_main_writes_the_file_and_prints_the_report(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        source = tmp_path / "upstream.json"
        source.write_text(
            json.dumps(
                {
                    "openapi": "3.1.0",
                    "info": {"title": "T", "version": "1", "description": "prose"},
                    "paths": {},
                    "components": {"schemas": {}},
                }
            ),
            encoding="utf-8",
        )
        output = tmp_path / "openapi.json"
        assert sync_spec.main([str(source), "--output", str(output), "--overlay", str(tmp_path / "none.json")]) == 0
        assert json.loads(output.read_text(encoding="utf-8"))["info"] == {"title": "T", "version": "1"}
        assert "0 operations, 0 schemas" in capsys.readouterr().out


class TestTypeSessionStatusAsString:
    def test_before_and_after(self) -> None:
        wrong = {"$ref": "#/components/schemas/SessionStatus"}
        spec = {
            "components": {
                "schemas": {
                    "Session": {
                        "type": "object",
                        "properties": {"status": copy.deepcopy(wrong), "id": {"type": "string"}},
                    },
                    "WithUrls_Session": {"allOf": [{"type": "object", "properties": {"status": copy.deepcopy(wrong)}}]},
                    "SessionStatus": {"type": "object", "properties": {"status": {"type": "string"}}},
                    "Other": {"type": "object", "properties": {"state": copy.deepcopy(wrong)}},
                }
            }
        }
        after = sync_spec.type_session_status_as_string(spec)["components"]["schemas"]
        assert after["Session"]["properties"]["status"] == {"type": "string"}
        assert after["WithUrls_Session"]["allOf"][0]["properties"]["status"] == {"type": "string"}
        assert after["SessionStatus"] == {"type": "object", "properties": {"status": {"type": "string"}}}
        assert after["Other"]["properties"]["state"] == wrong, "only a property called status is retyped"


class TestFlattenNestedAllof:
    def test_before_and_after(self) -> None:
        spec = {
            "components": {
                "schemas": {
                    "WithUrls": {
                        "allOf": [
                            {
                                "allOf": [
                                    {"$ref": "#/components/schemas/Agent"},
                                    {"type": "object", "properties": {"count": {"type": "integer"}}},
                                ]
                            },
                            {
                                "type": "object",
                                "required": ["self_url"],
                                "properties": {"self_url": {"type": "string"}},
                            },
                        ]
                    },
                    "Agent": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                }
            }
        }
        after = sync_spec.flatten_nested_allof(copy.deepcopy(spec))["components"]["schemas"]["WithUrls"]
        assert after == {
            "allOf": [
                {"$ref": "#/components/schemas/Agent"},
                {"type": "object", "properties": {"count": {"type": "integer"}}},
                {"type": "object", "required": ["self_url"], "properties": {"self_url": {"type": "string"}}},
            ]
        }
        components = spec["components"]["schemas"]
        for payload in (
            {"id": "a", "self_url": "u", "count": 1},
            {"id": "a"},
            {"self_url": "u"},
            {"id": "a", "self_url": "u", "count": "x"},
        ):
            assert is_valid(components, spec["components"]["schemas"]["WithUrls"], payload) == is_valid(
                components, after, payload
            )


UNTAGGED_COMPONENTS: dict[str, Any] = {
    "Started": {"type": "object", "properties": {"turn_id": {"type": "string"}}},
    "Delta": {"type": "object", "properties": {"turn_id": {"type": "string"}, "delta": {"type": "string"}}},
}


class TestRelaxUntaggedObjectUnions:
    COMPONENTS = UNTAGGED_COMPONENTS

    def test_before_and_after(self) -> None:
        union = {"oneOf": [{"$ref": "#/components/schemas/Started"}, {"$ref": "#/components/schemas/Delta"}]}
        spec = {"components": {"schemas": {**copy.deepcopy(self.COMPONENTS), "Data": copy.deepcopy(union)}}}
        after = sync_spec.relax_untagged_object_unions(spec)["components"]["schemas"]["Data"]
        assert after == {"anyOf": union["oneOf"]}

    def test_every_payload_oneof_accepted_is_still_accepted_and_real_ones_now_pass(self) -> None:
        union = {"oneOf": [{"$ref": "#/components/schemas/Started"}, {"$ref": "#/components/schemas/Delta"}]}
        relaxed = {"anyOf": union["oneOf"]}
        for payload in ({"turn_id": "t", "delta": 5}, {"delta": "x", "turn_id": 1}, {"turn_id": "t"}, 7):
            if is_valid(self.COMPONENTS, union, payload):
                assert is_valid(self.COMPONENTS, relaxed, payload)
        assert not is_valid(self.COMPONENTS, union, {"turn_id": "t", "delta": "he"})
        assert is_valid(self.COMPONENTS, relaxed, {"turn_id": "t", "delta": "he"})

    def test_tagged_unions_stay_oneof(self) -> None:
        tagged = copy.deepcopy(TAGGED_UNION)
        spec = sync_spec.merge_tagged_allof_branches({"components": {"schemas": tagged}})
        before = copy.deepcopy(spec)
        assert sync_spec.relax_untagged_object_unions(spec) == before


class TestOpenEventDataToNewTypes:
    def test_before_and_after(self) -> None:
        union = {"anyOf": [{"$ref": "#/components/schemas/Started"}]}
        spec = {"components": {"schemas": {**copy.deepcopy(UNTAGGED_COMPONENTS), "EventData": copy.deepcopy(union)}}}
        after = sync_spec.open_event_data_to_new_types(spec)["components"]["schemas"]
        assert after["EventData"] == {
            "anyOf": [{"$ref": "#/components/schemas/Started"}, {"$ref": "#/components/schemas/OtherEventData"}]
        }
        assert after["OtherEventData"] == {"type": "object", "additionalProperties": True}

    def test_only_widens(self) -> None:
        before = {"anyOf": [{"$ref": "#/components/schemas/Started"}]}
        spec = {"components": {"schemas": {**copy.deepcopy(UNTAGGED_COMPONENTS), "EventData": copy.deepcopy(before)}}}
        components = sync_spec.open_event_data_to_new_types(spec)["components"]["schemas"]
        for payload in ({"turn_id": "t"}, {"angle": 42}, {"turn_id": 5}):
            if is_valid(UNTAGGED_COMPONENTS, before, payload):
                assert is_valid(components, components["EventData"], payload)
        assert is_valid(components, components["EventData"], {"turn_id": 5}), "a newer type's payload is accepted"

    def test_running_twice_adds_one_branch(self) -> None:
        spec = {"components": {"schemas": {**copy.deepcopy(UNTAGGED_COMPONENTS), "EventData": {"anyOf": []}}}}
        once = sync_spec.open_event_data_to_new_types(spec)
        twice = sync_spec.open_event_data_to_new_types(copy.deepcopy(once))
        assert once == twice


# --- one schema per resource ---------------------------------------------------------------


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


AGENT_SCHEMA = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
}
URLS = {
    "type": "object",
    "required": ["self_url"],
    "properties": {"self_url": {"type": "string"}, "view_url": {"type": "string"}},
}
COUNTS = {"type": "object", "required": ["session_count"], "properties": {"session_count": {"type": "integer"}}}


def decorated_spec() -> dict[str, Any]:
    """An agent as upstream spells it: the schema, two wrappers and a paginated list of the second."""
    return {
        "paths": {
            "/v1/agents": {
                "post": {"responses": {"201": {"content": {"application/json": {"schema": ref("WithUrls_Agent")}}}}}
            }
        },
        "components": {
            "schemas": {
                "Agent": copy.deepcopy(AGENT_SCHEMA),
                "WithUrls_Agent": {"allOf": [ref("Agent"), copy.deepcopy(URLS)]},
                "WithUrls_ResourceWithCounts_Agent": {
                    "allOf": [ref("Agent"), copy.deepcopy(COUNTS), copy.deepcopy(URLS)]
                },
                "PaginatedResponse_WithUrls_ResourceWithCounts_Agent": {
                    "type": "object",
                    "required": ["data"],
                    "properties": {
                        "data": {
                            "type": "array",
                            "items": {"allOf": [ref("Agent"), copy.deepcopy(COUNTS), copy.deepcopy(URLS)]},
                        }
                    },
                    "x-sdk-response-wrapper": {"kind": "list", "model": "#/components/schemas/Agent"},
                },
            }
        },
    }


class TestReferToRepeatedComponents:
    def test_before_and_after(self) -> None:
        spec = {
            "paths": {},
            "components": {
                "schemas": {
                    "Agent": copy.deepcopy(AGENT_SCHEMA),
                    "ListResponse_Agent": {
                        "type": "object",
                        "properties": {"data": {"type": "array", "items": copy.deepcopy(AGENT_SCHEMA)}},
                    },
                    "WithUrls_Agent": {"allOf": [copy.deepcopy(AGENT_SCHEMA), copy.deepcopy(URLS)]},
                    "Holder": {"type": "object", "properties": {"agent": copy.deepcopy(AGENT_SCHEMA)}},
                }
            },
        }
        after = sync_spec.refer_to_repeated_components(spec)["components"]["schemas"]
        assert after["ListResponse_Agent"]["properties"]["data"]["items"] == ref("Agent")
        assert after["WithUrls_Agent"] == {"allOf": [ref("Agent"), URLS]}
        assert after["Holder"]["properties"]["agent"] == ref("Agent")
        assert after["Agent"] == AGENT_SCHEMA, "the component itself stays"

    def test_a_copy_of_several_identical_components_is_left_inline(self) -> None:
        schemas = {
            "Text": copy.deepcopy(AGENT_SCHEMA),
            "InputText": copy.deepcopy(AGENT_SCHEMA),
            "Holder": {"type": "object", "properties": {"part": copy.deepcopy(AGENT_SCHEMA)}},
        }
        spec = {"paths": {}, "components": {"schemas": copy.deepcopy(schemas)}}
        assert sync_spec.refer_to_repeated_components(spec)["components"]["schemas"] == schemas

    def test_validity_is_unchanged(self) -> None:
        holder = {"type": "object", "properties": {"agent": copy.deepcopy(AGENT_SCHEMA)}}
        spec = {"paths": {}, "components": {"schemas": {"Agent": copy.deepcopy(AGENT_SCHEMA), "Holder": holder}}}
        before = copy.deepcopy(spec["components"]["schemas"])
        after = sync_spec.refer_to_repeated_components(spec)["components"]["schemas"]
        for payload in ({"agent": {"id": "a", "name": "n"}}, {"agent": {"id": "a"}}, {"agent": 3}, {}):
            assert is_valid(before, ref("Holder"), payload) == is_valid(after, ref("Holder"), payload)


class TestFoldDecoratedVariants:
    def test_before_and_after(self) -> None:
        spec = sync_spec.fold_decorated_variants(decorated_spec())
        schemas = spec["components"]["schemas"]
        assert sorted(schemas) == ["Agent", "PaginatedResponse_WithUrls_ResourceWithCounts_Agent"]
        assert schemas["Agent"] == {
            "type": "object",
            "required": ["id", "name"],  # the links and counts only some answers carry are optional
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "self_url": {"type": "string"},
                "view_url": {"type": "string"},
                "session_count": {"type": "integer"},
            },
            "x-replaces": ["WithUrls_Agent", "WithUrls_ResourceWithCounts_Agent"],
        }
        listing = schemas["PaginatedResponse_WithUrls_ResourceWithCounts_Agent"]
        assert listing["properties"]["data"]["items"] == ref("Agent")
        answer = spec["paths"]["/v1/agents"]["post"]["responses"]["201"]["content"]["application/json"]["schema"]
        assert answer == ref("Agent")

    @pytest.mark.parametrize(
        ("variant", "payload"),
        [
            ("Agent", {"id": "a", "name": "n"}),
            ("WithUrls_Agent", {"id": "a", "name": "n", "self_url": "/v1/agents/a"}),
            ("WithUrls_ResourceWithCounts_Agent", {"id": "a", "name": "n", "self_url": "u", "session_count": 2}),
        ],
    )
    def test_every_payload_of_a_variant_is_an_agent(self, variant: str, payload: dict[str, Any]) -> None:
        before = decorated_spec()["components"]["schemas"]
        after = sync_spec.fold_decorated_variants(decorated_spec())["components"]["schemas"]
        assert is_valid(before, ref(variant), payload)
        assert is_valid(after, ref("Agent"), payload)
        listing = {"data": [payload]}
        if variant == "WithUrls_ResourceWithCounts_Agent":
            assert is_valid(before, ref("PaginatedResponse_WithUrls_ResourceWithCounts_Agent"), listing)
        assert is_valid(after, ref("PaginatedResponse_WithUrls_ResourceWithCounts_Agent"), listing)

    def test_the_base_schema_still_requires_what_it_required(self) -> None:
        after = sync_spec.fold_decorated_variants(decorated_spec())["components"]["schemas"]
        assert not is_valid(after, ref("Agent"), {"name": "n", "self_url": "u"})

    def test_a_wrapper_named_for_a_resource_but_shaped_otherwise_stays_with_one_warning(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        spec = decorated_spec()
        spec["components"]["schemas"]["WithUrls_Agent"] = {"allOf": [ref("Other"), URLS]}
        after = sync_spec.fold_decorated_variants(spec)["components"]["schemas"]
        assert after["WithUrls_Agent"] == {"allOf": [ref("Other"), URLS]}
        assert after["Agent"]["x-replaces"] == ["WithUrls_ResourceWithCounts_Agent"]
        assert warnings_of(caplog) == [
            "WithUrls_Agent: named like a wrapper of Agent but not shaped like one; left as it is"
        ]

    def test_each_wrapper_describing_a_field_otherwise_than_its_resource_stays_with_a_warning_naming_it(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        spec = decorated_spec()
        spec["components"]["schemas"]["Agent"]["properties"]["self_url"] = {"type": "integer"}
        after = sync_spec.fold_decorated_variants(spec)["components"]["schemas"]
        assert after["Agent"]["properties"]["self_url"] == {"type": "integer"}, "the resource is left unchanged"
        assert "WithUrls_Agent" in after
        warnings = warnings_of(caplog)
        assert [line.split(":", 1)[0] for line in warnings] == [
            "WithUrls_Agent",
            "WithUrls_ResourceWithCounts_Agent",
            "PaginatedResponse_WithUrls_ResourceWithCounts_Agent items",
        ]
        for line in warnings:
            assert "not folded into Agent (Agent.self_url: the variants describe this field differently" in line
            assert line.endswith("; left as upstream spells it")

    @pytest.mark.parametrize(
        "variant",
        [
            {"allOf": [copy.deepcopy(URLS), ref("Agent")]},  # reordered
            {"allOf": [{"allOf": [{"allOf": [ref("Agent")]}, copy.deepcopy(COUNTS)]}, copy.deepcopy(URLS)]},  # nested
            {"allOf": [ref("Agent"), copy.deepcopy(URLS)], "x-sdk-response-wrapper": {"kind": "resource"}},
        ],
        ids=["reordered", "nested", "extension"],
    )
    @pytest.mark.parametrize("name", ["WithUrls_Agent", "AgentEnvelope"])
    def test_a_wrapper_folds_by_what_it_is_however_nested_ordered_or_named(
        self, caplog: pytest.LogCaptureFixture, variant: dict[str, Any], name: str
    ) -> None:
        spec = decorated_spec()
        del spec["components"]["schemas"]["WithUrls_Agent"]
        spec["components"]["schemas"][name] = variant
        spec["paths"]["/v1/agents"]["post"]["responses"]["201"]["content"]["application/json"]["schema"] = ref(name)
        after = sync_spec.fold_decorated_variants(sync_spec.flatten_nested_allof(spec))
        assert name not in after["components"]["schemas"]
        assert name in after["components"]["schemas"]["Agent"]["x-replaces"]
        assert after["paths"]["/v1/agents"]["post"]["responses"]["201"]["content"]["application/json"]["schema"] == (
            ref("Agent")
        )
        assert warnings_of(caplog) == []

    def test_a_request_that_extends_another_is_a_request_of_its_own(self) -> None:
        spec = decorated_spec()
        spec["components"]["schemas"]["AgentDraft"] = {"allOf": [ref("Agent"), copy.deepcopy(URLS)]}
        spec["paths"]["/v1/drafts"] = {
            "post": {"requestBody": {"content": {"application/json": {"schema": ref("AgentDraft")}}}, "responses": {}}
        }
        after = sync_spec.fold_decorated_variants(spec)["components"]["schemas"]
        assert after["AgentDraft"] == {"allOf": [ref("Agent"), URLS]}


class TestWider:
    def test_the_description_with_fewer_keywords_accepts_more(self) -> None:
        loose = {"type": ["object", "null"]}
        tight = {"type": ["object", "null"], "propertyNames": {"type": "string"}, "additionalProperties": {}}
        assert sync_spec.wider(loose, tight, "x") == loose
        assert sync_spec.wider(tight, loose, "x") == loose
        assert sync_spec.wider({"type": "string", "format": "uuid"}, {"type": "string"}, "x") == {"type": "string"}

    def test_other_differences_need_a_person(self) -> None:
        with pytest.raises(ValueError, match=r"Agent\.id"):
            sync_spec.wider({"type": "string"}, {"type": "integer"}, "Agent.id")


class TestMergeNamedResources:
    TABLE: typing.ClassVar[dict[str, tuple[str, ...]]] = {
        "Image": ("ImageInfo", "ImageUploadResponse"),
        "Message": ("Message", "ListResponse_Message/properties/data/items"),
    }

    @staticmethod
    def spec() -> dict[str, Any]:
        image_info = {
            "type": "object",
            "required": ["id", "metadata"],
            "properties": {"id": {"type": "string"}, "metadata": {"type": ["object", "null"]}},
        }
        uploaded = {
            "type": "object",
            "required": ["id", "size_bytes"],
            "properties": {"id": {"type": "string"}, "size_bytes": {"type": "integer"}},
        }
        message = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
        listed = {
            "type": "object",
            "required": ["id", "sequence"],
            "properties": {"id": {"type": "string"}, "sequence": {"type": "integer"}},
        }
        return {
            "paths": {"/v1/images": {"post": {"responses": {"201": {"schema": ref("ImageUploadResponse")}}}}},
            "components": {
                "schemas": {
                    "ImageInfo": image_info,
                    "ImageUploadResponse": uploaded,
                    "Gallery": {"type": "array", "items": ref("ImageInfo")},
                    "Message": message,
                    "ListResponse_Message": {
                        "type": "object",
                        "properties": {"data": {"type": "array", "items": listed}},
                    },
                }
            },
        }

    def test_before_and_after(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sync_spec, "ONE_SCHEMA_PER_RESOURCE", self.TABLE)
        spec = sync_spec.merge_named_resources(self.spec())
        schemas = spec["components"]["schemas"]
        assert schemas["Image"] == {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "metadata": {"type": ["object", "null"]},
                "size_bytes": {"type": "integer"},
            },
            "x-replaces": ["ImageInfo", "ImageUploadResponse"],
        }
        assert "ImageInfo" not in schemas
        assert "ImageUploadResponse" not in schemas
        assert schemas["Gallery"]["items"] == ref("Image")
        assert spec["paths"]["/v1/images"]["post"]["responses"]["201"]["schema"] == ref("Image")
        assert schemas["Message"]["required"] == ["id"]
        assert sorted(schemas["Message"]["properties"]) == ["id", "sequence"]
        assert "x-replaces" not in schemas["Message"], "an inline schema has no name to record"
        assert schemas["ListResponse_Message"]["properties"]["data"]["items"] == ref("Message")

    def test_every_payload_of_a_source_is_valid_for_the_target(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sync_spec, "ONE_SCHEMA_PER_RESOURCE", self.TABLE)
        before = self.spec()["components"]["schemas"]
        after = sync_spec.merge_named_resources(self.spec())["components"]["schemas"]
        cases = [
            ("ImageInfo", {"id": "img", "metadata": None}),
            ("ImageUploadResponse", {"id": "img", "size_bytes": 5}),
        ]
        for source, payload in cases:
            assert is_valid(before, ref(source), payload)
            assert is_valid(after, ref("Image"), payload)
        listed = {"data": [{"id": "m", "sequence": 3}]}
        assert is_valid(before, ref("ListResponse_Message"), listed)
        assert is_valid(after, ref("ListResponse_Message"), listed)
        assert not is_valid(after, ref("Image"), {"size_bytes": 5}), "what every source required still is"

    def test_running_again_changes_nothing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sync_spec, "ONE_SCHEMA_PER_RESOURCE", self.TABLE)
        once = sync_spec.merge_named_resources(self.spec())
        assert sync_spec.merge_named_resources(copy.deepcopy(once)) == once

    def test_a_source_gone_from_the_description_is_a_warning_and_the_rest_merge(
        self, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
    ) -> None:
        monkeypatch.setattr(sync_spec, "ONE_SCHEMA_PER_RESOURCE", self.TABLE)
        spec = self.spec()
        del spec["components"]["schemas"]["ImageUploadResponse"]
        schemas = sync_spec.merge_named_resources(spec)["components"]["schemas"]
        assert schemas["Image"]["x-replaces"] == ["ImageInfo"]
        assert schemas["Gallery"]["items"] == ref("Image")
        assert warnings_of(caplog) == [
            "ONE_SCHEMA_PER_RESOURCE['Image']: the description no longer has ImageUploadResponse"
        ]

    def test_a_target_name_taken_by_another_schema_is_a_warning_and_the_entry_is_left(
        self, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
    ) -> None:
        monkeypatch.setattr(sync_spec, "ONE_SCHEMA_PER_RESOURCE", self.TABLE)
        spec = self.spec()
        spec["components"]["schemas"]["Image"] = {"type": "string"}
        schemas = sync_spec.merge_named_resources(spec)["components"]["schemas"]
        assert (schemas["Image"], schemas["Gallery"]["items"]) == ({"type": "string"}, ref("ImageInfo"))
        assert "ImageUploadResponse" in schemas
        assert warnings_of(caplog) == [
            "ONE_SCHEMA_PER_RESOURCE['Image']: the name is taken by another schema; left as upstream has it"
        ]

    def test_sources_that_describe_a_field_otherwise_are_a_warning_and_the_entry_is_left(
        self, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
    ) -> None:
        monkeypatch.setattr(sync_spec, "ONE_SCHEMA_PER_RESOURCE", self.TABLE)
        spec = self.spec()
        spec["components"]["schemas"]["ImageUploadResponse"]["properties"]["id"] = {"type": "integer"}
        schemas = sync_spec.merge_named_resources(spec)["components"]["schemas"]
        assert "Image" not in schemas
        assert {"ImageInfo", "ImageUploadResponse"} <= set(schemas)
        (warning,) = warnings_of(caplog)
        assert warning.startswith("ONE_SCHEMA_PER_RESOURCE['Image']: Image.id: the variants describe this field")


class TestNameListsForTheirItems:
    def test_before_and_after(self) -> None:
        listing = {
            "type": "object",
            "required": ["data"],
            "properties": {"data": {"type": "array", "items": ref("Harness")}},
        }
        spec = {
            "paths": {
                "/v1/harnesses": {"get": {"responses": {"200": {"schema": ref("ListResponse_WithUrls_Harness")}}}}
            },
            "components": {
                "schemas": {
                    "Harness": copy.deepcopy(AGENT_SCHEMA),
                    "ListResponse_Harness": copy.deepcopy(listing),
                    "ListResponse_WithUrls_Harness": copy.deepcopy(listing),
                    "PaginatedResponse_WithUrls_Harness": {
                        **copy.deepcopy(listing),
                        "x-sdk-response-wrapper": {"kind": "list"},
                    },
                }
            },
        }
        after = sync_spec.name_lists_for_their_items(spec)
        schemas = after["components"]["schemas"]
        assert sorted(schemas) == ["Harness", "ListResponse_Harness", "PaginatedResponse_Harness"]
        assert schemas["ListResponse_Harness"] == {**listing, "x-replaces": ["ListResponse_WithUrls_Harness"]}
        assert schemas["PaginatedResponse_Harness"]["x-replaces"] == ["PaginatedResponse_WithUrls_Harness"]
        assert schemas["PaginatedResponse_Harness"]["x-sdk-response-wrapper"] == {"kind": "list"}
        assert after["paths"]["/v1/harnesses"]["get"]["responses"]["200"]["schema"] == ref("ListResponse_Harness")

    def test_two_lists_of_the_same_items_that_differ_keep_their_names_with_a_warning(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        items = {"type": "array", "items": ref("Harness")}
        spec = {
            "paths": {},
            "components": {
                "schemas": {
                    "Harness": copy.deepcopy(AGENT_SCHEMA),
                    "ListResponse_Harness": {"type": "object", "properties": {"data": items}},
                    "ListResponse_WithUrls_Harness": {"type": "object", "properties": {"data": items, "total": {}}},
                }
            },
        }
        schemas = sync_spec.name_lists_for_their_items(spec)["components"]["schemas"]
        assert {"ListResponse_Harness", "ListResponse_WithUrls_Harness"} <= set(schemas)
        assert warnings_of(caplog) == [
            "ListResponse_WithUrls_Harness: holds the same items as ListResponse_Harness but differs from it;"
            " left as upstream spells it"
        ]


class TestOneSchemaPerResource:
    """What the facade hands back: one schema for every answer about the same resource."""

    ANSWERS: typing.ClassVar[dict[str, list[str]]] = {
        "Agent": [
            "POST /v1/agents",
            "GET /v1/agents/{agent_id}",
            "GET /v1/agents",
            "PATCH /v1/agents/{agent_id}",
            "POST /v1/agents/{agent_id}/copy",
            "POST /v1/agents/import",
            "POST /v1/agents/{agent_id}/versions/{version_id}/fork",
            "POST /v1/agents/{agent_id}/versions/{version_id}/rollback",
            "POST /v1/agents/{agent_id}/versions/default",
        ],
        "Session": [
            "POST /v1/sessions",
            "GET /v1/sessions/{session_id}",
            "GET /v1/sessions",
            "PATCH /v1/sessions/{session_id}",
        ],
        "Harness": [
            "POST /v1/harnesses",
            "GET /v1/harnesses/{harness_id}",
            "GET /v1/harnesses",
            "PATCH /v1/harnesses/{harness_id}",
        ],
        "Message": ["POST /v1/sessions/{session_id}/messages", "GET /v1/sessions/{session_id}/messages"],
        "Workspace": ["POST /v1/workspaces", "GET /v1/workspaces/{workspace_id}", "GET /v1/workspaces"],
        "Memory": [
            "POST /v1/memories",
            "GET /v1/memories/{memory_id}",
            "GET /v1/memories",
            "POST /v1/memories/{memory_id}/sync",
        ],
        "Image": ["POST /v1/images", "GET /v1/images"],
        "Model": ["GET /v1/models/{id}", "GET /v1/models", "GET /v1/providers/{provider_id}/models"],
        "Capability": ["GET /v1/capabilities/{capability_id}", "GET /v1/capabilities"],
        "AgentVersion": ["POST /v1/agents/{agent_id}/versions", "GET /v1/agents/{agent_id}/versions"],
        "FileInfo": [
            "POST /v1/workspaces/{workspace_id}/fs/{path}",
            "PUT /v1/workspaces/{workspace_id}/fs/{path}",
            "GET /v1/workspaces/{workspace_id}/fs",
            "POST /v1/workspaces/{workspace_id}/fs/_/stat",
            "POST /v1/workspaces/{workspace_id}/fs/_/copy",
            "POST /v1/workspaces/{workspace_id}/fs/_/move",
        ],
        "MemoryFileInfo": [
            "POST /v1/memories/{memory_id}/fs/{path}",
            "PUT /v1/memories/{memory_id}/fs/{path}",
            "GET /v1/memories/{memory_id}/fs",
            "POST /v1/memories/{memory_id}/fs/_/stat",
        ],
        "SessionDatabase": [
            "POST /v1/sessions/{session_id}/databases",
            "GET /v1/sessions/{session_id}/databases/{name}",
            "GET /v1/sessions/{session_id}/databases",
        ],
    }

    @pytest.mark.parametrize("resource", sorted(ANSWERS))
    def test_every_answer_about_a_resource_is_its_one_schema(self, project_spec: dict[str, Any], resource: str) -> None:
        schemas = project_spec["components"]["schemas"]
        for key in self.ANSWERS[resource]:
            method, path = key.split(" ", 1)
            responses = project_spec["paths"][path][method.lower()]["responses"]
            (schema,) = [
                r["content"]["application/json"]["schema"]
                for status, r in responses.items()
                if status.startswith("2") and "application/json" in r.get("content", {})
            ][:1]
            if "$ref" in schema and "data" in schemas[sync_spec.ref_name(schema["$ref"])].get("properties", {}):
                schema = schemas[sync_spec.ref_name(schema["$ref"])]["properties"]["data"]["items"]
            elif schema.get("type") == "array":
                schema = schema["items"]
            assert schema == ref(resource), key
