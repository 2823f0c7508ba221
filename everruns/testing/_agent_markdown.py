"""Agents as markdown: export, import, and import of a built-in example.

The format is this server's own: a front-matter block of ``key: value`` lines (values that
are not plain words are JSON strings or lists) between ``---`` lines, then the system prompt::

    ---
    name: support-bot
    display_name: "Support Bot"
    description: "Answers billing questions."
    tags: ["billing"]
    ---
    You are a patient support agent.
"""

from __future__ import annotations

import json
import re

from ._agents import check_agent_config, present, save_agent
from ._exchange import Request, Response
from ._harnesses import resolve_harness_id
from ._problems import ProblemError, invalid, not_found
from ._validation import JsonObject, media_type, query_str

_FRONT_MATTER_KEYS = ("name", "display_name", "description", "tags")
_PLAIN = re.compile(r"[A-Za-z0-9_.-]+")

_EXAMPLES: dict[str, str] = {
    "greeter": (
        '---\nname: greeter\ndisplay_name: "Greeter"\ndescription: "Says hello and asks how it can help."\n---\n'
        "Greet the user warmly in one short sentence, then ask what they need.\n"
    ),
    "summarizer": (
        '---\nname: summarizer\ndisplay_name: "Summarizer"\ndescription: "Condenses text into bullet points."\n'
        'tags: ["writing"]\n---\nSummarize whatever the user sends as at most five short bullet points.\n'
    ),
}


def render(record: JsonObject) -> str:
    """The markdown form of an agent."""
    lines = ["---"]
    for key in _FRONT_MATTER_KEYS:
        value = record.get(key)
        if value in (None, [], ""):
            continue
        text = value if isinstance(value, str) and _PLAIN.fullmatch(value) else json.dumps(value)
        lines.append(f"{key}: {text}")
    lines.append("---")
    return "\n".join(lines) + "\n" + str(record.get("system_prompt") or "") + "\n"


def parse(text: str) -> JsonObject:
    """An agent configuration from markdown, or a 400 naming what is malformed."""
    match = re.fullmatch(r"\s*---\r?\n(.*?)\r?\n---\r?\n?(.*)", text, re.DOTALL)
    if match is None:
        raise invalid("agent markdown must start with a front-matter block between '---' lines")
    config: JsonObject = {}
    for number, line in enumerate(match.group(1).splitlines(), start=2):
        if not line.strip():
            continue
        key, separator, raw = line.partition(":")
        if not separator:
            raise invalid(f"front-matter line {number} is not 'key: value'")
        config[key.strip()] = _value(raw.strip(), number)
    config["system_prompt"] = match.group(2).strip()
    if not config.get("name"):
        raise invalid("agent markdown needs a name in its front matter")
    return config


def export_agent(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}/export``: the agent as ``text/markdown``."""
    record = request.org.find("agent", request.params["agent_id"])
    return Response(200, render(record).encode(), "text/markdown; charset=utf-8")


def import_agent(request: Request) -> Response:
    """``POST /v1/agents/import``: markdown in, agent out (201 new, 200 updated by name).

    With ``?from-example=<name>`` the body is ignored and a built-in example is imported.
    """
    example = query_str(request.query, "from-example")
    if example is not None:
        if example not in _EXAMPLES:
            raise not_found("example", example)
        text = _EXAMPLES[example]
    else:
        kind = media_type(request.header("content-type"))
        if kind not in ("text/plain", "text/markdown"):
            raise ProblemError(415, "unsupported_media_type", f"import expects a text/plain body, got {kind or 'none'}")
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise invalid("the markdown must be UTF-8") from None
    config = parse(text)
    check_agent_config(config)
    org = request.org
    with org.lock:
        existing = org.live_named("agent", config["name"])
        harness_id = resolve_harness_id(org, {}, fallback=existing["harness_id"] if existing else None)
        record = save_agent(org, config, harness_id, existing)
    body = present(request, record, counts=False)
    return Response(200 if existing else 201, json.dumps(body).encode(), "application/json")


def _value(raw: str, number: int) -> object:
    if not raw.startswith(('"', "[", "{")):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        raise invalid(f"front-matter line {number} has a value that is not valid JSON") from None
