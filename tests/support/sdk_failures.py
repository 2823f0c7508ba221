"""Real failures of the SDK, one per kind of error it raises, each made over real sockets
against a local server and giving back the error raised.

A plain module of functions that take the server's URL and drive its faults and model over
HTTP (``/_testing/...``), so that a process pool's children, forked or spawned, can make
the same failures as the test itself. Every client here sends :data:`KEY`, so that a test
can look for it in anything that travels.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from everruns import Everruns, errors
from everruns._events import Event
from everruns.testing import LocalServer

KEY = "evr_pat_crossesprocesses0123456789"
MISSING_AGENT = "agent_" + "0" * 32


def serve() -> LocalServer:
    """A local server (not started) that accepts :data:`KEY`, with fast turns."""
    return LocalServer(api_keys=(KEY,), turn_delay=0.001)


def control(url: str, action: str, **arguments: Any) -> None:
    """Set a fault or script the model: ``POST {url}/_testing/{action}``."""
    httpx.post(f"{url}/_testing/{action}", json=arguments, timeout=10).raise_for_status()


def client(url: str, **options: Any) -> Everruns:
    """A client that leaves retrying to the caller, as a worker's client does."""
    return Everruns(api_key=KEY, base_url=url, **{"max_retries": 0, **options})


def raised(call: Callable[[], object]) -> errors.EverrunsError:
    """The SDK error ``call`` raises."""
    try:
        call()
    except errors.EverrunsError as error:
        return error
    raise AssertionError("the call raised no SDK error")


def new_session_id(sdk: Everruns) -> str:
    return sdk.sessions.create(harness_name="generic", title="travels").id


def missing_agent(url: str) -> errors.EverrunsError:
    with client(url) as sdk:
        return raised(lambda: sdk.agents.get(MISSING_AGENT))


def unknown_key(url: str) -> errors.EverrunsError:
    with Everruns(api_key="evr_pat_notaccepted00000000", base_url=url, max_retries=0) as stranger:
        return raised(stranger.agents.list)


def quoted_key(url: str) -> errors.EverrunsError:
    """A 401 whose problem details quote the key back (title, detail, nested list)."""
    control(url, "faults/quote_credentials_next")
    with client(url) as sdk:
        return raised(sdk.agents.list)


def injected_status(status: int, **fault: Any) -> Callable[[str], errors.EverrunsError]:
    """The next request answers ``status`` as problem details (``fail_next``'s options)."""

    def fail(url: str) -> errors.EverrunsError:
        control(url, "faults/fail_next", status=status, **fault)
        with client(url) as sdk:
            return raised(lambda: sdk.agents.get(MISSING_AGENT))

    return fail


def portal_page(url: str) -> errors.EverrunsError:
    """A 200 HTML page where an agent was expected, as from a captive portal."""
    control(url, "faults/html_page", status=200)
    with client(url) as sdk:
        return raised(lambda: sdk.agents.get(MISSING_AGENT))


def nobody_listening(url: str) -> errors.EverrunsError:
    with socket.socket() as placeholder:
        placeholder.bind(("127.0.0.1", 0))
        port = placeholder.getsockname()[1]
    with client(f"http://127.0.0.1:{port}/api") as sdk:
        return raised(sdk.agents.list)


def slow_answer(url: str) -> errors.EverrunsError:
    control(url, "faults/slow", seconds=3)
    with client(url, timeout=0.3) as sdk:
        return raised(sdk.agents.list)


def dropped_stream(url: str) -> errors.EverrunsError:
    with client(url) as sdk:
        session_id = new_session_id(sdk)
        sdk.messages.send_and_wait(session_id, "Hello")  # events for the stream to be cut before
        control(url, "faults/drop_sse_after", k_events=0)
        with sdk.events.stream(session_id, max_retries=0) as events:
            return raised(lambda: next(iter(events)))


def failed_turn(url: str) -> errors.EverrunsError:
    with client(url) as sdk:
        session_id = new_session_id(sdk)
        control(url, "model/script_failure", error="the model provider is down", code="llm_unavailable")
        return raised(lambda: sdk.messages.send_and_wait(session_id, "Hello?"))


def slow_turn(url: str) -> errors.EverrunsError:
    with client(url) as sdk:
        session_id = new_session_id(sdk)
        control(url, "model/pace", tokens_per_second=1, first_token_delay=5)
        try:
            return raised(lambda: sdk.messages.send_and_wait(session_id, "Take your time", timeout=0.3))
        finally:
            control(url, "model/reset")


def bad_name(url: str) -> errors.EverrunsError:
    with client(url) as sdk:
        return raised(lambda: sdk.agents.create("Not A Slug!", "x"))


def closed_client(url: str) -> errors.EverrunsError:
    sdk = client(url)
    sdk.close()
    return raised(sdk.agents.list)


def unreadable_event_time(url: str) -> errors.EverrunsError:
    with client(url) as sdk:
        session_id = new_session_id(sdk)
        reply = sdk.messages.send_and_wait(session_id, "Hello")
        garbled = Event.from_dict({**reply.events[0].to_dict(), "ts": "the day before yesterday"})
        return raised(lambda: garbled.ts)


RECIPES: dict[str, tuple[type[errors.EverrunsError], Callable[[str], errors.EverrunsError]]] = {
    "a missing agent": (errors.NotFoundError, missing_agent),
    "a key the server does not accept": (errors.AuthenticationError, unknown_key),
    "a key the server quotes back": (errors.AuthenticationError, quoted_key),
    "a 400": (errors.BadRequestError, injected_status(400)),
    "a 403": (errors.PermissionDeniedError, injected_status(403)),
    "a 409": (errors.ConflictError, injected_status(409, code="turn_in_progress")),
    "a 422": (errors.UnprocessableEntityError, injected_status(422)),
    "a 429 with retry-after": (errors.RateLimitError, injected_status(429, retry_after=7)),
    "a 503": (errors.ServerError, injected_status(503, retry_after_seconds=2)),
    "a 418": (errors.ApiError, injected_status(418)),
    "a portal page": (errors.UnexpectedResponseError, portal_page),
    "nobody listening": (errors.NetworkError, nobody_listening),
    "a slow answer": (errors.RequestTimeoutError, slow_answer),
    "a dropped stream": (errors.StreamError, dropped_stream),
    "a failed turn": (errors.TurnFailedError, failed_turn),
    "a slow turn": (errors.TurnTimeoutError, slow_turn),
    "a bad name": (errors.ValidationError, bad_name),
    "a closed client": (errors.ClientClosedError, closed_client),
    "an unreadable event time": (errors.EventShapeError, unreadable_event_time),
}


def make(name: str, url: str) -> errors.EverrunsError:
    """The error of the failure named ``name`` (a key of :data:`RECIPES`)."""
    return RECIPES[name][1](url)


def described(error: BaseException) -> dict[str, Any]:
    """What must arrive of an error, as JSON: its class, text, and every attribute but
    ``response`` (which stays behind, by design)."""
    return {
        "class": f"{type(error).__module__}.{type(error).__qualname__}",
        "str": str(error),
        "repr": repr(error),
        "attributes": {name: repr(value) for name, value in sorted(vars(error).items()) if name != "response"},
    }


def raise_in_child(name: str, url: str, report: str) -> None:
    """Make the failure ``name`` in this (child) process, write what the error is to the
    file ``report``, and raise it for the pool to deliver."""
    error = make(name, url)
    Path(report).write_text(json.dumps(described(error)), encoding="utf-8")
    raise error


def list_agent_names(url: str) -> list[str]:
    """A job that succeeds: the names of the server's agents."""
    with client(url) as sdk:
        return [agent.name for agent in sdk.agents.list()]
