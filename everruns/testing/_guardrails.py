"""Guardrail examples and dry runs, with this server's own small rule language.

A configuration is ``{"checks": [check, ...]}``; a check is ``{"id", "type", "action",
"stages"?}`` plus ``"terms": [...]`` for ``type: "blocklist"`` (case-insensitive substrings)
or ``"pattern": "..."`` for ``type: "regex"``. ``action`` is ``block`` or ``log``; ``stages``
defaults to every stage.
"""

from __future__ import annotations

import re

from ._exchange import Request, Response, json_response
from ._problems import invalid
from ._validation import JsonObject, check_fields, check_items

STAGES = ("output", "tool_use", "tool_output")
ACTIONS = ("block", "log")

_EXAMPLES: list[JsonObject] = [
    {
        "name": "no-credentials",
        "display_name": "No credentials in answers",
        "description": "Stops answers that mention passwords or API keys.",
        "tags": ["security"],
        "check_types": ["blocklist"],
        "stages": ["output"],
        "data_egress": "none",
        "config": {
            "checks": [{"id": "credentials", "type": "blocklist", "terms": ["password", "api key"], "action": "block"}]
        },
    },
    {
        "name": "log-card-numbers",
        "display_name": "Log card numbers",
        "description": "Notes any sixteen-digit number that passes through a tool.",
        "tags": ["privacy"],
        "check_types": ["regex"],
        "stages": ["tool_use", "tool_output"],
        "data_egress": "none",
        "config": {
            "checks": [
                {
                    "id": "card-number",
                    "type": "regex",
                    "pattern": r"\b\d{16}\b",
                    "action": "log",
                    "stages": ["tool_use", "tool_output"],
                }
            ]
        },
    },
]


def list_guardrail_examples(request: Request) -> Response:
    """``GET /v1/capabilities/guardrails/examples``."""
    return json_response({"examples": _EXAMPLES})


def dry_run_guardrails(request: Request) -> Response:
    """``POST /v1/capabilities/guardrails/dry-run``: which checks a text trips, and whether it is blocked."""
    body = request.json()
    check_fields(body, {"config": "object!", "stage": "string!", "text": "string!", "tool_name": "string?"})
    if body["stage"] not in STAGES:
        raise invalid(f"stage must be one of {', '.join(STAGES)}, got {body['stage']!r}")
    config = body["config"]
    check_fields(config, {"checks": "array"}, "config.")
    check_items(config, "checks", {"id": "string!", "type": "string!", "action": "string!", "stages": "array"})
    hits = []
    for index, check in enumerate(config.get("checks") or []):
        if check["action"] not in ACTIONS:
            raise invalid(f"config.checks[{index}].action must be one of {', '.join(ACTIONS)}")
        if body["stage"] not in check.get("stages", STAGES):
            continue
        matched = _first_match(check, body["text"], index)
        if matched is not None:
            hits.append(
                {
                    "check_index": index,
                    "check_id": check["id"],
                    "stage": body["stage"],
                    "rule_type": check["type"],
                    "action": check["action"],
                    "reason_code": f"{check['type']}_match",
                    "matched": matched,
                    "replacement": None,
                }
            )
    return json_response({"hits": hits, "blocked": any(hit["action"] == "block" for hit in hits)})


def _first_match(check: JsonObject, text: str, index: int) -> str | None:
    where = f"config.checks[{index}]"
    if check["type"] == "blocklist":
        check_fields(check, {"terms": "array!"}, where + ".")
        return next((t for t in check["terms"] if isinstance(t, str) and t and t.lower() in text.lower()), None)
    if check["type"] == "regex":
        check_fields(check, {"pattern": "string!"}, where + ".")
        try:
            found = re.search(check["pattern"], text)
        except re.error as error:
            raise invalid(f"{where}.pattern is not a valid regular expression: {error}") from None
        return found.group(0) if found else None
    raise invalid(f"{where}.type must be blocklist or regex, got {check['type']!r}")
