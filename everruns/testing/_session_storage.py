"""A session's storage: ``/v1/sessions/{session_id}/storage``. Key-value entries are
listed with their values; secrets are written in batches and listed by name only."""

from __future__ import annotations

import json

from ._exchange import Request, Response, json_response, no_content
from ._problems import invalid, not_found
from ._sessions import find_session
from ._validation import check_fields

SECRETS_PATH_END = "/storage/secrets"
REDACTED = "[redacted]"


def list_keys(request: Request) -> Response:
    """``GET .../storage/keys``: ``{data}`` of ``{key, value, created_at, updated_at}`` by key."""
    data = find_session(request.org, request.params["session_id"]).data
    with data.lock:
        entries = [dict(data.keys[key]) for key in sorted(data.keys)]
    return json_response({"data": entries})


def list_secrets(request: Request) -> Response:
    """``GET .../storage/secrets``: names and times, never values."""
    data = find_session(request.org, request.params["session_id"]).data
    with data.lock:
        secrets = [data.secrets[name].listed() for name in sorted(data.secrets)]
    return json_response({"data": secrets})


def batch_set_secrets(request: Request) -> Response:
    """``PUT .../storage/secrets``: ``{count}`` set; existing names are overwritten."""
    body = request.json()
    check_fields(body, {"secrets": "object!"})
    secrets = body["secrets"]
    for name, value in secrets.items():
        if not name or not isinstance(value, str):
            raise invalid(f"secret {name!r} needs a non-empty name and a string value")
    data = find_session(request.org, request.params["session_id"]).data
    for name, value in secrets.items():
        data.put_secret(name, value)
    return json_response({"count": len(secrets)})


def delete_secret(request: Request) -> Response:
    """``DELETE .../storage/secrets/{name}``: gone afterwards; 404 for a name not set."""
    data = find_session(request.org, request.params["session_id"]).data
    with data.lock:
        if data.secrets.pop(request.params["name"], None) is None:
            raise not_found("secret", request.params["name"])
    return no_content()


def redact_secrets(method: str, path: str, body: bytes) -> bytes:
    """``body`` as the request log may keep it: the values of a secrets batch replaced."""
    if method != "PUT" or not path.endswith(SECRETS_PATH_END):
        return body
    try:
        document = json.loads(body)
        document["secrets"] = dict.fromkeys(document["secrets"], REDACTED)
    except (ValueError, TypeError, KeyError, AttributeError):
        return REDACTED.encode()
    return json.dumps(document).encode()
