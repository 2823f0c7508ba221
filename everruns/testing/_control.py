"""``{prefix}/_testing/...``: drive faults, the model and the request log over HTTP.

For a server started from the command line, where there is no Python object to call. No
API key is needed, and these requests are neither recorded nor subject to faults.

    POST   {prefix}/_testing/faults/<method>   body: keyword arguments as JSON, e.g. {"n": 2, "status": 503}
    POST   {prefix}/_testing/model/<method>    e.g. script_reply {"text": "Hi"}, pace {"tokens_per_second": 20}
    GET    {prefix}/_testing/streams           {"open": N}: the event streams being served now
    GET    {prefix}/_testing/requests          {"data": [recorded requests]}
    DELETE {prefix}/_testing/requests          forget them
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ._app import App
from ._exchange import Response, json_response, no_content
from ._problems import PROBLEM_CONTENT_TYPE, ProblemError, invalid, not_found

CONTROL_SEGMENT = "_testing"


def _actions(app: App) -> dict[str, Callable[..., Any]]:
    faults, model = app.faults, app.model
    return {
        "faults/fail_next": faults.fail_next,
        "faults/proxy_html_502": faults.proxy_html_502,
        "faults/html_page": faults.html_page,
        "faults/quote_credentials_next": faults.quote_credentials_next,
        "faults/slow": faults.slow,
        "faults/drop_sse_after": faults.drop_sse_after,
        "faults/stall_next_sse": faults.stall_next_sse,
        "faults/cycle_every": faults.cycle_every,
        "faults/reset": faults.reset,
        "model/script_reply": model.script_reply,
        "model/script_failure": model.script_failure,
        "model/script_tool_calls": model.script_tool_calls,
        "model/pace": model.pace,
        "model/price": model.price,
        "model/reset": model.reset,
    }


def handle_control(app: App, method: str, tail: str, body: bytes, request_id: str) -> Response:
    """Answer a control request; ``tail`` is the path after ``_testing/``."""
    try:
        return _handle(app, method, tail, body)
    except ProblemError as problem:
        return Response(problem.status, problem.body(request_id), PROBLEM_CONTENT_TYPE)


def _handle(app: App, method: str, tail: str, body: bytes) -> Response:
    if tail == "streams" and method == "GET":
        return json_response({"open": app.open_streams})
    if tail == "requests" and method == "GET":
        return json_response({"data": [entry.as_json() for entry in app.requests.snapshot()]})
    if tail == "requests" and method == "DELETE":
        app.requests.clear()
        return no_content()
    action = _actions(app).get(tail)
    if action is None or method != "POST":
        raise not_found("control_action", f"{method} {tail}")
    try:
        arguments = json.loads(body) if body.strip() else {}
    except ValueError:
        raise invalid("the body must be a JSON object of keyword arguments") from None
    if not isinstance(arguments, dict):
        raise invalid("the body must be a JSON object of keyword arguments")
    try:
        result = action(**arguments)
    except (TypeError, ValueError, KeyError) as error:
        raise invalid(f"{tail}: {error}") from None
    return json_response({"ok": True, "result": result})
