"""Every recorded exchange in tests/cassettes/ is one that openapi.json describes: a known
operation, known query parameters, a request body valid for it, and a response body
valid for its status."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "tests" / "cassettes"
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
API_PREFIX = "/api"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@cache
def operation_table() -> list[tuple[str, re.Pattern[str], dict[str, Any]]]:
    """(method, path regex, operation), the most literal templates first. A trailing
    ``{path}`` is a wildcard: nested file paths are literal ``/``-separated segments."""
    table = []
    for template, item in SPEC["paths"].items():
        regex = re.sub(r"\{[^}]+\}", "[^/]+", re.sub(r"\{path\}$", ".+", template))
        literal = len(re.sub(r"\{[^}]+\}", "", template))
        for method in HTTP_METHODS:
            if method in item:
                table.append(((template.count("{"), -literal), method, re.compile(f"^{regex}$"), item[method]))
    table.sort(key=lambda row: row[0])
    return [(method, pattern, operation) for _, method, pattern, operation in table]


def find_operation(method: str, path: str) -> dict[str, Any] | None:
    for op_method, pattern, operation in operation_table():
        if op_method == method.lower() and pattern.match(path):
            return operation
    return None


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """JSON Schema 2020-12 (OpenAPI 3.1's dialect) with the components in reach of $ref."""
    return jsonschema.Draft202012Validator({**schema, "components": SPEC["components"]})


def interactions() -> Iterator[Any]:
    for path in sorted(CASSETTES.rglob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for index, interaction in enumerate(document["interactions"]):
            yield pytest.param(interaction, id=f"{path.relative_to(CASSETTES)}#{index}")


def body_text(part: dict[str, Any]) -> str:
    body = part.get("body")
    if isinstance(body, dict):
        body = body.get("string")
    if isinstance(body, bytes):
        return body.decode("utf-8", errors="replace")  # images and other bytes are not read as JSON
    return body or ""


def header(headers: dict[str, Any], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value[0] if isinstance(value, list) else value
    return ""


def test_there_are_cassettes() -> None:
    assert list(CASSETTES.rglob("*.yaml")), "no cassettes recorded: run `nox -s record`"


@pytest.mark.parametrize("interaction", list(interactions()))
def test_recorded_exchange_matches_the_description(interaction: dict[str, Any]) -> None:
    request, response = interaction["request"], interaction["response"]
    url = urlsplit(request["uri"])
    assert url.path.startswith(API_PREFIX + "/v1/")
    operation = find_operation(request["method"], url.path.removeprefix(API_PREFIX))
    assert operation is not None, f"{request['method']} {url.path} is not an operation of openapi.json"

    declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
    assert set(parse_qs(url.query, keep_blank_values=True)) <= declared

    sent = body_text(request)
    content_type = header(request.get("headers", {}), "content-type")
    if sent and content_type.startswith("application/json"):
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
        validator(schema).validate(json.loads(sent))

    status = str(response["status"]["code"])
    declared_response = operation["responses"].get(status) or operation["responses"].get("default")
    assert declared_response is not None, f"status {status} is not declared for {operation['operationId']}"
    received = body_text(response)
    received_type = header(response.get("headers", {}), "content-type")
    media = declared_response.get("content", {}).get("application/json")
    if (
        received
        and received_type.startswith(("application/json", "application/problem+json"))
        and media
        and "schema" in media
    ):
        validator(media["schema"]).validate(json.loads(received))
