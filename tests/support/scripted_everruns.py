"""An Everruns API with the few routes a chat app and its relay use, whose turns are the
events a test scripts: any type, any payload, any bytes. Served by ``ScriptedServer``
(real sockets), so a relay reads them as it reads the real API.

By default a turn holds what a browser must never see, each marked ``SECRET``: the
model's thinking, the ``llm.generation`` with the system prompt, a tool's arguments and
result, an event type nobody knows yet, and an upstream event named ``end``.
"""

from __future__ import annotations

import itertools
import json
import threading
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from scripted_server import CONNECTED, Gate, Pause, Reply, Request, ScriptedServer, json_reply, sse_reply

NOW = "2026-11-23T10:00:00.000000Z"
REPLY = "Hello from the scripted API."


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"


def revealing_turn(reply: str = REPLY) -> list[tuple[str, dict[str, Any]]]:
    """A turn with everything a relay must keep back, then ``reply`` word by word."""
    tool = {"id": "call_1", "name": "lookup_account", "arguments": {"account": "SECRET-ARGUMENT"}}
    words = [word + " " for word in reply.split(" ")]
    words[-1] = words[-1].rstrip()
    return [
        ("turn.started", {"input_content": "hi"}),
        ("reason.thinking.delta", {"delta": "SECRET-THOUGHT"}),
        (
            "llm.generation",
            {"messages": [{"role": "system", "content": "SECRET-SYSTEM-PROMPT"}], "tools": [{"name": "SECRET-TOOLS"}]},
        ),
        ("tool.started", {"tool_call": tool, "narration": "SECRET-NARRATION"}),
        (
            "tool.completed",
            {
                "tool_call_id": "call_1",
                "tool_name": "lookup_account",
                "success": True,
                "status": "success",
                "result": [{"type": "text", "text": "SECRET-RESULT"}],
                "error": None,
            },
        ),
        ("output.message.started", {"message_id": "message_reply"}),
        *[("output.message.delta", {"delta": word, "message_id": "message_reply"}) for word in words],
        ("some.future.type", {"secret": "SECRET-UNKNOWN"}),
        ("end", {"status": "completed", "forged": "SECRET-END"}),
        ("output.message.completed", {"message": {"id": "message_reply", "role": "agent", "content": []}}),
        ("turn.completed", {"iterations": 1, "usage": {"input_tokens": 1, "output_tokens": 5}}),
    ]


def reply_turn(*deltas: str) -> list[tuple[str, dict[str, Any]]]:
    """A plain turn: the reply in the given deltas, then its end."""
    return [
        ("output.message.started", {"message_id": "message_reply"}),
        *[("output.message.delta", {"delta": delta}) for delta in deltas],
        ("turn.completed", {"iterations": 1}),
    ]


class ScriptedEverruns:
    """Sessions, their events list (newest, or around an id), posting a message (which
    plays the next scripted turn into the session's events) and the event stream.

    ``script(events)`` sets the next turn (default: :func:`revealing_turn`), each item an
    ``(event type, data)`` or a ``Pause`` the stream waits before the next event;
    ``script_stream(pieces)`` makes the next event stream send exactly ``pieces`` (bytes,
    pauses, gates) after its ``connected`` frame instead of the session's events. While
    ``cutting`` is set, every request about a session is cut before its answer's body
    ends, as by an API that went away.
    """

    def __init__(self) -> None:
        self.server = ScriptedServer(self.respond)
        self.url = ""
        self._lock = threading.Lock()
        self._turns: list[Sequence[tuple[str, dict[str, Any]] | Pause]] = []
        self._streams: list[Sequence[bytes | Pause | Gate]] = []
        self._events: dict[str, list[dict[str, Any] | Pause]] = {}
        self._sequence = itertools.count(1)
        self.cutting = False

    def __enter__(self) -> ScriptedEverruns:
        self.server.__enter__()
        self.url = self.server.url
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.__exit__(*exc_info)

    def script(self, events: Sequence[tuple[str, dict[str, Any]] | Pause]) -> None:
        with self._lock:
            self._turns.append(events)

    def script_stream(self, pieces: Sequence[bytes | Pause | Gate]) -> None:
        with self._lock:
            self._streams.append(pieces)

    def add_session(self) -> str:
        session_id = new_id("session")
        with self._lock:
            self._events[session_id] = []
        return session_id

    def posts(self, session_id: str | None = None) -> list[Request]:
        """The messages posted (to ``session_id``, or to any session)."""
        suffix = f"/{session_id}/messages" if session_id else "/messages"
        return [request for request in self.server.requests_to(suffix) if request.method == "POST"]

    def streams(self) -> list[Request]:
        return self.server.requests_to("/sse")

    def respond(self, request: Request) -> Reply:
        parts = request.path.strip("/").split("/")
        if parts[-2:] == ["v1", "sessions"] and request.method == "POST":
            return json_reply(201, self._session(self.add_session()))
        if len(parts) < 3 or parts[-3] != "sessions" or parts[-2] not in self._events:
            return json_reply(404, {"title": "Not Found", "status": 404, "code": "session_not_found"})
        session_id, route = parts[-2], parts[-1]
        if self.cutting:
            return Reply(200, {"Content-Type": "text/event-stream"}, [b"cut short"], then="cut")
        if route == "messages" and request.method == "POST":
            return json_reply(201, self._post(session_id, request.json()["message"]))
        if route == "events":
            return json_reply(200, {"data": self._listed(session_id, request.query)})
        if route == "sse":
            return sse_reply(CONNECTED, *self._stream(session_id, request.query), then="hold")
        return json_reply(404, {"title": "Not Found", "status": 404})

    def _session(self, session_id: str) -> dict[str, Any]:
        """A session as the API answers one (the fields the SDK reads without a warning)."""
        hex_id = session_id.removeprefix("session_")
        return {
            "id": session_id,
            "organization_id": f"org_{hex_id}",
            "owner_principal_id": f"principal_{hex_id}",
            "workspace_id": f"wsp_{hex_id}",
            "harness_id": f"harness_{hex_id}",
            "agent_id": None,
            "status": "started",
            "activity": "idle",
            "source": "api",
            "is_pinned": False,
            "features": [],
            "created_at": NOW,
            "updated_at": NOW,
            "title": "Chat",
            "tags": [],
            "capabilities": [],
            "tools": [],
            "initial_files": [],
        }

    def _post(self, session_id: str, message: dict[str, Any]) -> dict[str, Any]:
        posted = {**message, "id": new_id("message"), "created_at": NOW, "controls": None, "metadata": None}
        posted["external_actor"] = None
        context = {"turn_id": new_id("turn"), "input_message_id": posted["id"]}
        with self._lock:
            turn = self._turns.pop(0) if self._turns else revealing_turn()
            log = self._events[session_id]
            log.append(self._event(session_id, "input.message", {"message": posted}, context))
            for item in turn:
                if isinstance(item, Pause):
                    log.append(item)
                else:
                    kind, data = item
                    log.append(self._event(session_id, kind, {"turn_id": context["turn_id"], **data}, context))
        return posted

    def _event(self, session_id: str, kind: str, data: dict[str, Any], context: dict[str, str]) -> dict[str, Any]:
        sequence = next(self._sequence)
        return {
            "id": f"event_{sequence:032x}",
            "type": kind,
            "ts": NOW,
            "session_id": session_id,
            "sequence": sequence,
            "context": dict(context),
            "data": data,
        }

    def _listed(self, session_id: str, query: dict[str, list[str]]) -> list[dict[str, Any]]:
        with self._lock:
            log = [event for event in self._events[session_id] if isinstance(event, dict)]
        if "around" in query:
            return [event for event in log if event["id"] == query["around"][0]]
        return log[-1:] if "limit" in query else log

    def _stream(self, session_id: str, query: dict[str, list[str]]) -> Iterator[bytes | Pause | Gate]:
        with self._lock:
            if self._streams:
                yield from self._streams.pop(0)
                return
            log = list(self._events[session_id])
        since = query.get("since_id", [None])[0]
        after = next(
            (index + 1 for index, event in enumerate(log) if isinstance(event, dict) and event["id"] == since), 0
        )
        for event in log[after:]:
            if isinstance(event, Pause):
                yield event
                continue
            yield f"event: {event['type']}\nid: {event['id']}\ndata: {json.dumps(event)}\n\n".encode()
