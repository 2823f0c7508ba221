"""Fixtures for the local server's tests: a keep-alive HTTP client, an SSE reader and schema checks.

Everything goes over real sockets with ``http.client``, never through the server's internals.
"""

from __future__ import annotations

import http.client
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jsonschema
import pytest
import referencing
from referencing.jsonschema import DRAFT202012

from everruns.testing import LocalServer

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.json"
TIMEOUT = 5.0
FAST_TURNS = 0.001
TURN_ENDINGS = {"turn.completed", "turn.failed", "turn.cancelled", "turn.sealed"}

FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def is_rfc3339(value: object) -> bool:
    """``date-time`` as RFC 3339 requires it: a date, a ``T``, a time and an explicit offset."""
    if not isinstance(value, str):
        return True
    return "T" in value and datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None


@dataclass
class Reply:
    """A complete HTTP answer."""

    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def media_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip()


@dataclass
class Frame:
    """One server-sent event frame (or a comment-only frame such as a heartbeat)."""

    event: str | None = None
    id: str | None = None
    retry: int | None = None
    data: str | None = None
    comments: list[str] = field(default_factory=list)
    raw: str = ""

    def json(self) -> Any:
        assert self.data is not None, f"frame without data: {self.raw!r}"
        return json.loads(self.data)


class SseStream:
    """An open ``/sse`` response read frame by frame.

    It reads with ``read1``, which (unlike ``readline``) raises ``IncompleteRead`` when the
    connection drops inside the chunked body, so a cut and a clean end can be told apart.
    """

    def __init__(self, host: str, port: int, path: str, headers: dict[str, str], timeout: float) -> None:
        self.connection = http.client.HTTPConnection(host, port, timeout=timeout)
        try:
            self.connection.request("GET", path, headers={"Accept": "text/event-stream", **headers})
            self.response = self.connection.getresponse()
        except OSError:
            self.connection.close()
            raise
        self.status = self.response.status
        self.headers = self.response.headers
        self.buffer = b""
        self.partial = ""

    def read_line(self) -> bytes:
        """The next line with its newline; ``b""`` at a clean end of the body."""
        while b"\n" not in self.buffer:
            data = self.response.read1(65536)
            if not data:
                line, self.buffer = self.buffer, b""
                return line
            self.buffer += data
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line + b"\n"

    def next_frame(self) -> Frame | None:
        """The next frame; ``None`` when the body ended cleanly. A cut connection raises."""
        frame = Frame()
        lines: list[str] = []
        while True:
            try:
                raw = self.read_line()
            except http.client.IncompleteRead:
                self.partial = "\n".join([*lines, self.buffer.decode(errors="replace")])
                raise
            if not raw:
                if lines:
                    raise http.client.IncompleteRead(("\n".join(lines)).encode())
                return None
            line = raw.decode().rstrip("\r\n")
            if line == "":
                if lines:
                    frame.raw = "\n".join(lines)
                    return frame
                continue
            lines.append(line)
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "":
                frame.comments.append(value)
            elif name == "event":
                frame.event = value
            elif name == "id":
                frame.id = value
            elif name == "retry":
                frame.retry = int(value)
            elif name == "data":
                frame.data = value if frame.data is None else frame.data + "\n" + value

    def events(self, count: int) -> list[Frame]:
        """The next ``count`` event frames (frames with an ``id``), skipping the rest."""
        found: list[Frame] = []
        while len(found) < count:
            frame = self.next_frame()
            assert frame is not None, f"the stream ended after {len(found)} of {count} events"
            if frame.id is not None:
                found.append(frame)
        return found

    def until_event(self, event_type: str) -> list[Frame]:
        """Every frame up to and including the first event of ``event_type``."""
        seen: list[Frame] = []
        while True:
            frame = self.next_frame()
            assert frame is not None, f"the stream ended before {event_type}: {[f.event for f in seen]}"
            seen.append(frame)
            if frame.event == event_type:
                return seen

    def close(self) -> None:
        self.connection.close()


class Api:
    """A keep-alive client for one server, key and organisation."""

    def __init__(self, server: LocalServer, *, key: str | None = "dev", org_id: str | None = None) -> None:
        self.server = server
        self.prefix = urlsplit(server.url).path
        self.key = key
        self.org_id = org_id
        self.connection = http.client.HTTPConnection(server.host, server.port, timeout=TIMEOUT)
        self.observers: list[Callable[[str, str, Reply], None]] = []
        self.streams: list[SseStream] = []

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {}
        if self.key is not None:
            headers["Authorization"] = self.key
        if self.org_id is not None:
            headers["X-Org-Id"] = self.org_id
        return {**headers, **(extra or {})}

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        query: dict[str, Any] | None = None,
    ) -> Reply:
        sent = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body).encode()
            sent.setdefault("Content-Type", "application/json")
        target = self.prefix + path + (f"?{urlencode(query, doseq=True)}" if query else "")
        self.connection.request(method, target, body=body, headers=self.headers(sent))
        response = self.connection.getresponse()
        reply = Reply(response.status, response.headers, response.read())
        for observe in self.observers:
            observe(method, path, reply)
        return reply

    def get(self, path: str, **options: Any) -> Reply:
        return self.request("GET", path, **options)

    def post(self, path: str, json_body: Any = None, **options: Any) -> Reply:
        return self.request("POST", path, json_body=json_body, **options)

    def patch(self, path: str, json_body: Any = None, **options: Any) -> Reply:
        return self.request("PATCH", path, json_body=json_body, **options)

    def put(self, path: str, json_body: Any = None, **options: Any) -> Reply:
        return self.request("PUT", path, json_body=json_body, **options)

    def delete(self, path: str, **options: Any) -> Reply:
        return self.request("DELETE", path, **options)

    def stream(self, session_id: str, query: dict[str, Any] | None = None, timeout: float = TIMEOUT) -> SseStream:
        path = f"{self.prefix}/v1/sessions/{session_id}/sse" + (f"?{urlencode(query, doseq=True)}" if query else "")
        self.streams.append(SseStream(self.server.host, self.server.port, path, self.headers(), timeout))
        return self.streams[-1]

    # Shortcuts for the flow most tests need.

    def new_agent(self, name: str = "helper", **fields: Any) -> dict[str, Any]:
        reply = self.post("/v1/agents", {"name": name, "system_prompt": "Be helpful.", **fields})
        assert reply.status == 201, reply.body
        return dict(reply.json())

    def new_session(self, **fields: Any) -> dict[str, Any]:
        reply = self.post("/v1/sessions", fields)
        assert reply.status == 201, reply.body
        return dict(reply.json())

    def say(self, session_id: str, text: str) -> dict[str, Any]:
        message = {"role": "user", "content": [{"type": "text", "text": text}]}
        reply = self.post(f"/v1/sessions/{session_id}/messages", {"message": message})
        assert reply.status == 201, reply.body
        return dict(reply.json())

    def events(self, session_id: str, **query: Any) -> list[dict[str, Any]]:
        reply = self.get(f"/v1/sessions/{session_id}/events", query=query)
        assert reply.status == 200, reply.body
        return list(reply.json()["data"])

    def wait_for(self, session_id: str, predicate: Callable[[list[dict[str, Any]]], bool]) -> list[dict[str, Any]]:
        """Poll the events list until ``predicate`` holds (or fail after a few seconds)."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            events = self.events(session_id)
            if predicate(events):
                return events
            assert time.monotonic() < deadline, f"gave up waiting; events: {[e['type'] for e in events]}"
            time.sleep(0.005)

    def wait_for_turns(self, session_id: str, count: int = 1) -> list[dict[str, Any]]:
        """Poll until ``count`` turns have ended; returns every event."""
        return self.wait_for(session_id, lambda events: sum(e["type"] in TURN_ENDINGS for e in events) >= count)

    def wait_for_type(self, session_id: str, event_type: str) -> list[dict[str, Any]]:
        return self.wait_for(session_id, lambda events: any(e["type"] == event_type for e in events))

    def close(self) -> None:
        self.connection.close()
        for stream in self.streams:
            stream.close()


class SchemaChecker:
    """Validates answers against the schema ``openapi.json`` gives for the operation and status.

    ``EventData`` is an untagged union (``anyOf`` in openapi.json: its branches overlap), so
    an event's ``data`` is also checked against the one schema its ``type`` names
    (``output.message.delta`` -> ``OutputMessageDeltaData``).
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        resource = referencing.Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry = referencing.Registry().with_resource("urn:openapi", resource)
        self.templates = [(path, self._pattern(path)) for path in spec["paths"]]

    @staticmethod
    def _pattern(template: str) -> re.Pattern[str]:
        parts = re.split(r"(\{\w+\})", template)
        return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))

    def template_for(self, method: str, path: str) -> str:
        """The description's path template for a concrete path (literal segments win)."""
        candidates = [
            template
            for template, pattern in self.templates
            if pattern.fullmatch(path.split("?", 1)[0]) and method.lower() in self.spec["paths"][template]
        ]
        assert candidates, f"{method} {path} is not an operation of openapi.json"
        return max(candidates, key=lambda t: len(re.sub(r"\{\w+\}", "", t)))

    def validate(self, instance: Any, ref: str) -> None:
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"urn:openapi{ref}"},
            registry=self.registry,
            format_checker=FORMATS,
        )
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        assert not errors, f"{ref}: " + "; ".join(f"{list(e.path)}: {e.message[:300]}" for e in errors[:5])

    def check_reply(self, method: str, path: str, reply: Reply) -> str:
        """Validate ``reply``; returns the operation's template."""
        template = self.template_for(method, path)
        operation = self.spec["paths"][template][method.lower()]
        declared = operation["responses"].get(str(reply.status))
        assert "X-Request-Id" in reply.headers, f"{method} {path}: no X-Request-Id"
        if reply.status >= 400:
            assert reply.media_type == "application/problem+json", (method, path, reply.status, reply.body[:200])
            self.validate(reply.json(), "#/components/schemas/ErrorResponse")
            return template
        assert declared is not None, f"{method} {template} answered {reply.status}, which it does not declare"
        content = declared.get("content") or {}
        if not content:  # 204 carries nothing; a 200 the description leaves untyped (raw bytes) anything
            assert reply.status != 204 or reply.body == b"", f"{method} {template} {reply.status} should have no body"
            return template
        media = next((v for m, v in content.items() if _media_matches(m, reply.media_type)), None)
        assert media is not None, (method, template, reply.media_type, sorted(content))
        schema = media.get("schema", {})
        if reply.media_type == "application/json":
            self.validate(reply.json(), self._pointer(template, method, reply.status, reply.media_type, schema))
        return template

    def _pointer(self, template: str, method: str, status: int, media_type: str, schema: dict[str, Any]) -> str:
        if "$ref" in schema:
            return str(schema["$ref"])
        escaped = template.replace("~", "~0").replace("/", "~1")
        media = next(m for m in self.spec["paths"][template][method.lower()]["responses"][str(status)]["content"])
        media_escaped = media.replace("~", "~0").replace("/", "~1")
        return f"#/paths/{escaped}/{method.lower()}/responses/{status}/content/{media_escaped}/schema"

    def check_event(self, event: dict[str, Any]) -> None:
        """An SSE frame's data: the ``x-sse-data-schema`` (``Event``) and its type's data schema."""
        sse = self.spec["paths"]["/v1/sessions/{session_id}/sse"]["get"]["responses"]["200"]["content"]
        self.validate(event, sse["text/event-stream"]["x-sse-data-schema"]["$ref"])
        name = "".join(word.capitalize() for word in re.split(r"[._]", event["type"])) + "Data"
        assert name in self.spec["components"]["schemas"], f"no schema {name} for {event['type']}"
        self.validate(event["data"], f"#/components/schemas/{name}")


def _media_matches(declared: str, received: str) -> bool:
    """``image/*`` takes ``image/png``; other declared types must match exactly (parameters aside)."""
    declared = declared.split(";", maxsplit=1)[0].strip()
    return declared == received or (declared.endswith("/*") and received.startswith(declared[:-1]))


@pytest.fixture(scope="session")
def schema() -> SchemaChecker:
    return SchemaChecker(json.loads(SPEC_PATH.read_text()))


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(turn_delay=FAST_TURNS) as running:
        yield running


@pytest.fixture
def connect() -> Iterator[Callable[..., Api]]:
    """Make more clients (another key, another org, another server); all closed afterwards."""
    made: list[Api] = []

    def make(server: LocalServer, **options: Any) -> Api:
        made.append(Api(server, **options))
        return made[-1]

    yield make
    for api in made:
        api.close()


@pytest.fixture
def api(server: LocalServer, connect: Callable[..., Api]) -> Api:
    return connect(server)


@pytest.fixture
def control_call(server: LocalServer) -> Iterator[Callable[..., tuple[int, bytes]]]:
    """``call(method, tail, body=None)`` under ``{prefix}/_testing/``, without an API key."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=TIMEOUT)

    def call(method: str, tail: str, body: Any = None) -> tuple[int, bytes]:
        payload = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"}
        connection.request(method, f"{urlsplit(server.url).path}/_testing/{tail}", body=payload, headers=headers)
        reply = connection.getresponse()
        return reply.status, reply.read()

    yield call
    connection.close()
