"""Fixtures of the resource tests: a client replaying recorded exchanges, and a client on
a real local server.

``recorded_client`` replays tests/cassettes/<test module>/<test name>.yaml: each request
the test sends must match a recorded one (method, URL and body), in order, and every
recorded exchange must be used. Run with ``EVERRUNS_RECORD=1`` to record the cassettes
afresh against a new :class:`~everruns.testing.LocalServer` (``nox -s record`` does it for
all). Recorded URLs use the fixed base URL ``http://everruns.test/api``; the key is left
out. Requests must therefore be the same on every run: fixed names and client-chosen ids,
and ids the server made are read from earlier responses, never invented.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import vcr
from vcr import matchers
from vcr.request import Request as RecordedRequest

from everruns import Backoff, Everruns, errors
from everruns.testing import LocalServer, ScriptedModel

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
RECORDING = os.environ.get("EVERRUNS_RECORD") == "1"
RECORDED_ORIGIN = "http://everruns.test"
KEY = "dev"
FAST = Backoff(initial=0.001, maximum=0.002, jitter=0.0)
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body")


def cassette_path(node: pytest.Item) -> Path:
    """tests/cassettes/<module>/<Class.test[param]>.yaml, with unsafe characters replaced.
    Both clients replay the same cassette: the client's mode is left out of the name."""
    cls = getattr(node, "cls", None)
    name = f"{cls.__name__}.{node.name}" if cls is not None else node.name
    name = re.sub(r"\[(?:blocking|awaiting)\]|(?<=\[)(?:blocking|awaiting)-|-(?:blocking|awaiting)(?=\])", "", name)
    return CASSETTES / node.path.stem / (re.sub(r"[^\w.\[\]-]+", "_", name) + ".yaml")


def _recorder(mode: str, origin: str = RECORDED_ORIGIN) -> vcr.VCR:
    """A vcrpy configuration that stores ``origin`` as the fixed recorded origin."""

    def request_at_fixed_origin(request: Any) -> Any:
        request.uri = request.uri.replace(origin, RECORDED_ORIGIN, 1)
        return request

    def response_at_fixed_origin(response: dict[str, Any]) -> dict[str, Any]:
        body = response["body"]["string"].replace(origin.encode(), RECORDED_ORIGIN.encode())
        response["body"]["string"] = body
        for name in response["headers"]:
            if name.lower() == "content-length":
                response["headers"][name] = [str(len(body))]
        return response

    recorder = vcr.VCR(
        record_mode=mode,
        match_on=MATCH_ON,
        filter_headers=["authorization", "host"],
        before_record_request=request_at_fixed_origin,
        before_record_response=response_at_fixed_origin,
    )
    recorder.register_matcher("body", body_but_boundary)
    return recorder


def body_but_boundary(recorded: Any, sent: Any) -> None:
    """vcrpy's body matcher, except that a multipart body's boundary (random on every
    request) is left out of the comparison."""
    matchers.body(_without_boundary(recorded), _without_boundary(sent))


def _without_boundary(request: Any) -> Any:
    found = re.search(r"boundary=([^;\s]+)", request.headers.get("Content-Type", ""))
    if found is None or request.body is None:
        return request
    body = request.body if isinstance(request.body, bytes) else request.body.encode()
    copy = RecordedRequest(request.method, request.uri, body, dict(request.headers))
    copy.body = body.replace(found.group(1).encode(), b"BOUNDARY")
    return copy


@pytest.fixture
def recording_server() -> Iterator[LocalServer | None]:
    """The server a cassette is recorded from; ``None`` when replaying."""
    if not RECORDING:
        yield None
        return
    with LocalServer(turn_delay=0.001) as server:
        yield server


@pytest.fixture
def recorded_model(recording_server: LocalServer | None) -> ScriptedModel:
    """The scripted model of the server a cassette is recorded from. When replaying no
    server runs: scripts go to a model nothing reads, and the cassette answers."""
    return recording_server.model if recording_server is not None else ScriptedModel()


@pytest.fixture
def recorded_client(
    request: pytest.FixtureRequest, recording_server: LocalServer | None, make_client: Callable[..., Everruns]
) -> Iterator[Everruns]:
    """A client whose exchanges are replayed from (or, with EVERRUNS_RECORD=1, recorded
    into) this test's cassette."""
    path = cassette_path(request.node)
    if recording_server is not None:
        if "awaiting" in request.node.name:
            pytest.skip("cassettes are recorded by the blocking client and replayed by both")
        path.unlink(missing_ok=True)
        origin = recording_server.url.removesuffix("/api")
        with _recorder("all", origin).use_cassette(str(path)):
            yield make_client(api_key=KEY, base_url=recording_server.url)
        return
    if not path.exists():
        pytest.fail(f"no cassette at {path.relative_to(CASSETTES.parent)}: record it with EVERRUNS_RECORD=1")
    with _recorder("none").use_cassette(str(path)) as cassette:
        yield make_client(api_key=KEY, base_url=RECORDED_ORIGIN + "/api", backoff=FAST)
        assert cassette.all_played, f"{path.name}: some recorded exchanges were not replayed"


Refused = Callable[[Callable[[Everruns], object]], errors.ValidationError]


@pytest.fixture
def refused(server: LocalServer, client: Everruns) -> Refused:
    """``refused(call)`` runs ``call(client)``, which must raise ``ValidationError``
    before anything is sent; it returns the error."""

    def run(call: Callable[[Everruns], object]) -> errors.ValidationError:
        with pytest.raises(errors.ValidationError) as caught:
            call(client)
        assert server.requests == [], "a request was sent"
        return caught.value

    return run
