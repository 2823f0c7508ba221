"""The transport every request of both clients passes through: which answers and failures
it tries again, how long it waits, what it raises, what it logs, and what it does with
request and response bodies. (The same promises against a real server, through the
clients, are in test_client.py.)"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from everruns import Everruns, errors
from everruns._flow import Attempt, Sleep, drive
from everruns._retry import Backoff
from everruns._transport import (
    ATTEMPT,
    IDEMPOTENT,
    READ_WHOLE,
    AsyncEverrunsTransport,
    EverrunsTransport,
    RetryPolicy,
    describe_error,
)

URL = "http://h/v1/agents"
NO_JITTER = Backoff(initial=0.5, maximum=8.0, jitter=0.0, retry_after_cap=5.0)
FAST = Backoff(initial=0.001, maximum=0.002, jitter=0.0)
Outcome = httpx.Response | Exception


def answer(status: int, body: bytes = b"", **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, content=body)


def exchange(
    policy: RetryPolicy, request: httpx.Request, *outcomes: Outcome
) -> tuple[list[object], httpx.Response | errors.EverrunsError]:
    """Carry :meth:`RetryPolicy.exchange` out by hand: each attempt gets the next outcome
    (an answer, or a failure raised where the sending happened). The steps it took (an
    attempt, or the seconds of a wait), and the answer it gave or the error it raised."""
    left = list(outcomes)
    steps: list[object] = []

    def do(step: Attempt | Sleep) -> httpx.Response | None:
        if isinstance(step, Sleep):
            steps.append(step.seconds)
            return None
        steps.append(step)
        outcome = left.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    try:
        result: httpx.Response | errors.EverrunsError = drive(policy.exchange(request), do)
    except errors.EverrunsError as error:
        result = error
    assert left == [], "every scripted outcome was used"
    return steps, result


# --- what is tried again, and after how long -----------------------------------------------


def test_a_retry_after_of_exactly_the_cap_is_waited_for() -> None:
    policy = RetryPolicy(max_retries=2, backoff=NO_JITTER)
    steps, response = exchange(
        policy, httpx.Request("GET", URL), answer(429, **{"Retry-After": "5"}), answer(200, b"{}")
    )
    assert steps == [ATTEMPT, 5.0, ATTEMPT]
    assert response.status_code == 200


def test_a_retry_after_beyond_the_cap_is_raised_without_waiting() -> None:
    policy = RetryPolicy(max_retries=2, backoff=NO_JITTER)
    steps, error = exchange(policy, httpx.Request("GET", URL), answer(429, **{"Retry-After": "5.5"}))
    assert steps == [ATTEMPT]
    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after == 5.5


def test_a_request_marked_idempotent_is_retried_after_a_500_whatever_its_method() -> None:
    policy = RetryPolicy(max_retries=2, backoff=NO_JITTER)
    marked = httpx.Request("POST", URL, extensions={IDEMPOTENT: True})
    steps, response = exchange(policy, marked, answer(500), answer(201, b"{}"))
    assert steps == [ATTEMPT, 0.5, ATTEMPT]
    assert response.status_code == 201
    steps, error = exchange(policy, httpx.Request("POST", URL), answer(500))
    assert steps == [ATTEMPT], "an unmarked POST may have acted: it is not repeated"
    assert isinstance(error, errors.ServerError)


@pytest.mark.parametrize("max_retries", [0, -1])
def test_no_retries_or_fewer_means_a_single_attempt(max_retries: int) -> None:
    policy = RetryPolicy(max_retries=max_retries, backoff=NO_JITTER)
    assert policy.max_retries == 0
    steps, error = exchange(policy, httpx.Request("GET", URL), answer(503))
    assert steps == [ATTEMPT]
    assert isinstance(error, errors.ServerError)


def test_each_retry_waits_longer_until_the_retries_run_out() -> None:
    policy = RetryPolicy(max_retries=3, backoff=NO_JITTER)
    refused = httpx.ConnectError("refused")
    steps, error = exchange(policy, httpx.Request("GET", URL), refused, answer(503), refused, answer(503))
    assert steps == [ATTEMPT, 0.5, ATTEMPT, 1.0, ATTEMPT, 2.0, ATTEMPT]
    assert isinstance(error, errors.ServerError)


def test_a_client_error_is_raised_at_once() -> None:
    policy = RetryPolicy(max_retries=2, backoff=NO_JITTER)
    steps, error = exchange(policy, httpx.Request("GET", URL), answer(400, b'{"code":"bad"}'))
    assert steps == [ATTEMPT]
    assert isinstance(error, errors.BadRequestError)


# --- what is raised ---------------------------------------------------------------------------


def test_a_connection_that_failed_is_a_network_error_naming_the_request_and_the_cause() -> None:
    policy = RetryPolicy(max_retries=1, backoff=NO_JITTER)
    refused = httpx.ConnectError("[Errno 111] Connection refused")
    steps, error = exchange(policy, httpx.Request("GET", URL), refused, refused)
    assert steps == [ATTEMPT, 0.5, ATTEMPT]
    assert type(error) is errors.NetworkError
    assert str(error) == f"GET {URL}: ConnectError: [Errno 111] Connection refused"
    assert error.__cause__ is refused


def test_an_idempotent_request_whose_answer_came_too_late_is_sent_again() -> None:
    policy = RetryPolicy(max_retries=2, backoff=NO_JITTER)
    steps, response = exchange(policy, httpx.Request("GET", URL), httpx.ReadTimeout("late"), answer(200))
    assert steps == [ATTEMPT, 0.5, ATTEMPT]
    assert isinstance(response, httpx.Response)


def test_an_answer_that_came_too_late_is_a_request_timeout_error() -> None:
    policy = RetryPolicy(max_retries=2, backoff=NO_JITTER)
    late = httpx.ReadTimeout("")
    steps, error = exchange(policy, httpx.Request("POST", URL), late)
    assert steps == [ATTEMPT], "a POST that timed out after sending is not repeated"
    assert type(error) is errors.RequestTimeoutError
    assert str(error) == f"POST {URL}: ReadTimeout"


def test_an_error_is_described_by_its_type_and_its_text_when_it_has_one() -> None:
    assert describe_error(httpx.ConnectError("refused")) == "ConnectError: refused"
    assert describe_error(httpx.ReadTimeout("")) == "ReadTimeout"


def test_the_servers_words_are_masked_of_the_policys_secrets() -> None:
    policy = RetryPolicy(max_retries=0, backoff=NO_JITTER, secrets=["evr_pat_SECRET123"])
    body = b'{"title":"Unauthorized","detail":"bad key evr_pat_SECRET123"}'
    _, error = exchange(
        policy, httpx.Request("GET", URL), answer(401, body, **{"Content-Type": "application/problem+json"})
    )
    assert isinstance(error, errors.AuthenticationError)
    assert error.detail == "bad key ****"


# --- what is logged ---------------------------------------------------------------------------


def test_each_retry_is_logged_with_its_wait_its_number_and_its_reason(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="everruns")
    policy = RetryPolicy(max_retries=2, backoff=NO_JITTER)
    exchange(policy, httpx.Request("GET", URL), httpx.ConnectError("refused"), answer(503), answer(200))
    assert [record.getMessage() for record in caplog.records if record.levelno == logging.INFO] == [
        f"retrying GET {URL} in 0.50s (retry 1 of 2): ConnectError: refused",
        f"retrying GET {URL} in 1.00s (retry 2 of 2): HTTP 503",
    ]


class FakeClock:
    """Stands in for the transport's ``time``: ``perf_counter`` reads the given instants."""

    def __init__(self, *instants: float) -> None:
        self._instants = iter(instants)

    def perf_counter(self) -> float:
        return next(self._instants)


def test_each_answer_is_logged_at_debug_with_its_status_duration_and_request_id(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from everruns import _transport

    caplog.set_level(logging.DEBUG, logger="everruns")
    monkeypatch.setattr(_transport, "time", FakeClock(10.0, 10.25, 20.0, 20.0125))
    policy = RetryPolicy(max_retries=0, backoff=NO_JITTER)
    exchange(policy, httpx.Request("GET", URL), answer(200, **{"X-Request-Id": "req_42"}))
    exchange(policy, httpx.Request("DELETE", URL), answer(204))
    assert [record.getMessage() for record in caplog.records if record.levelno == logging.DEBUG] == [
        f"GET {URL} -> 200 in 250.0 ms (request req_42)",
        f"DELETE {URL} -> 204 in 12.5 ms (request -)",
    ]


# --- bodies -------------------------------------------------------------------------------------


class Answering(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A pool's transport that answers from a script and records what it was handed: the
    body of each request, and whether the body had begun to be produced by then."""

    def __init__(self, *answers: httpx.Response, produced: list[bytes] | None = None) -> None:
        self._answers = list(answers)
        self._produced = produced if produced is not None else []
        self.bodies: list[bytes] = []
        self.produced_before_sending: list[list[bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.produced_before_sending.append(list(self._produced))
        self.bodies.append(b"".join(request.stream))  # type: ignore[arg-type]
        return self._answers.pop(0)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.produced_before_sending.append(list(self._produced))
        self.bodies.append(b"".join([chunk async for chunk in request.stream]))  # type: ignore[union-attr]
        return self._answers.pop(0)


class OnePool:
    """A pool of one transport, for either client; notes whether it was closed."""

    def __init__(self, transport: Answering) -> None:
        self._transport = transport
        self.closed = False

    def transport(self) -> Answering:
        return self._transport

    def close(self) -> None:
        self.closed = True


class AsyncOnePool(OnePool):
    async def transport(self) -> Answering:  # type: ignore[override]
        return self._transport

    async def aclose(self) -> None:
        self.closed = True


def chunks(produced: list[bytes]) -> Iterator[bytes]:
    for chunk in (b"part one, ", b"part two"):
        produced.append(chunk)
        yield chunk


async def async_chunks(produced: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks(produced):
        yield chunk


def test_a_body_sent_from_an_iterator_is_sent_whole_by_every_attempt() -> None:
    answering = Answering(answer(503), answer(200))
    transport = EverrunsTransport(OnePool(answering), RetryPolicy(max_retries=1, backoff=FAST), owns_pool=True)
    with httpx.Client(transport=transport) as client:
        assert client.put(URL, content=chunks([])).status_code == 200
    assert answering.bodies == [b"part one, part two"] * 2


def test_an_async_body_sent_from_an_iterator_is_sent_whole_by_every_attempt() -> None:
    answering = Answering(answer(503), answer(200))
    pool = AsyncOnePool(answering)
    transport = AsyncEverrunsTransport(pool, RetryPolicy(max_retries=1, backoff=FAST), owns_pool=True)

    async def run() -> int:
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.put(URL, content=async_chunks([]))).status_code

    assert asyncio.run(run()) == 200
    assert answering.bodies == [b"part one, part two"] * 2


def test_without_retries_a_body_from_an_iterator_is_streamed_not_read_first() -> None:
    produced: list[bytes] = []
    answering = Answering(answer(200), produced=produced)
    transport = EverrunsTransport(OnePool(answering), RetryPolicy(max_retries=0, backoff=FAST), owns_pool=True)
    with httpx.Client(transport=transport) as client:
        client.put(URL, content=chunks(produced))
    assert answering.produced_before_sending == [[]], "nothing of the body was produced before it was sent"
    assert answering.bodies == [b"part one, part two"]


class Unread(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body still on the wire: read only when someone reads it."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self.read = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield self._body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        yield self._body


def problem(status: int) -> httpx.Response:
    body = b'{"title":"Bad Request","code":"bad_since_id","detail":"not an event id"}'
    return httpx.Response(status, headers={"Content-Type": "application/problem+json"}, stream=Unread(body))


@pytest.mark.parametrize("status", [400, 401])
def test_an_event_stream_refused_with_an_error_is_raised_with_what_the_server_said(status: int) -> None:
    answering = Answering(problem(status))
    transport = EverrunsTransport(OnePool(answering), RetryPolicy(max_retries=0, backoff=FAST), owns_pool=True)
    with httpx.Client(transport=transport) as client, pytest.raises(errors.ApiError) as caught:
        client.send(client.build_request("GET", URL, headers={"Accept": "text/event-stream"}), stream=True)
    assert caught.value.status_code == status
    assert (caught.value.code, caught.value.detail) == ("bad_since_id", "not an event id")


@pytest.mark.parametrize("status", [400, 401])
def test_an_async_event_stream_refused_with_an_error_is_raised_with_what_the_server_said(status: int) -> None:
    answering = Answering(problem(status))
    pool = AsyncOnePool(answering)
    transport = AsyncEverrunsTransport(pool, RetryPolicy(max_retries=0, backoff=FAST), owns_pool=True)

    async def run() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            request = client.build_request("GET", URL, headers={"Accept": "text/event-stream"})
            await client.send(request, stream=True)

    with pytest.raises(errors.ApiError) as caught:
        asyncio.run(run())
    assert caught.value.status_code == status
    assert (caught.value.code, caught.value.detail) == ("bad_since_id", "not an event id")


def test_the_answer_to_a_request_that_names_no_accepted_type_is_read_whole() -> None:
    body = Unread(b"plain")
    answering = Answering(httpx.Response(200, stream=body))
    transport = EverrunsTransport(OnePool(answering), RetryPolicy(max_retries=0, backoff=FAST), owns_pool=True)
    response = transport.handle_request(httpx.Request("GET", URL))
    assert body.read
    assert response.content == b"plain"


def test_an_event_stream_that_succeeded_is_left_for_its_reader() -> None:
    body = Unread(b"event: connected\ndata: {}\n\n")
    answering = Answering(httpx.Response(200, headers={"Content-Type": "text/event-stream"}, stream=body))
    transport = EverrunsTransport(OnePool(answering), RetryPolicy(max_retries=0, backoff=FAST), owns_pool=True)
    with httpx.Client(transport=transport) as client:
        request = client.build_request("GET", URL, headers={"Accept": "text/event-stream"})
        response = client.send(request, stream=True)
        assert not body.read, "the transport left the stream to its reader"
        assert response.read() == b"event: connected\ndata: {}\n\n"
        response.close()


def test_a_request_marked_read_whole_is_read_whole_though_it_accepts_an_event_stream() -> None:
    body = Unread(b"event: connected\ndata: {}\n\n")
    answering = Answering(httpx.Response(200, headers={"Content-Type": "text/event-stream"}, stream=body))
    transport = EverrunsTransport(OnePool(answering), RetryPolicy(max_retries=0, backoff=FAST), owns_pool=True)
    request = httpx.Request("GET", URL, headers={"Accept": "text/event-stream"}, extensions={READ_WHOLE: True})
    transport.handle_request(request)
    assert body.read


def test_the_facades_calls_are_marked_read_whole_and_idempotent_only_when_said() -> None:
    with Everruns(api_key="dev", base_url="http://h/api") as client:
        plain = client._request(client._http, {"method": "POST", "url": "/v1/agents"}, timeout=None, idempotent=False)
        marked = client._request(client._http, {"method": "POST", "url": "/v1/agents"}, timeout=None, idempotent=True)
    assert plain.extensions == {READ_WHOLE: True, "timeout": plain.extensions["timeout"]}
    assert marked.extensions == {READ_WHOLE: True, IDEMPOTENT: True, "timeout": marked.extensions["timeout"]}


# --- closing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("owns_pool", [True, False])
def test_a_transport_closes_its_pool_only_when_it_owns_it(owns_pool: bool) -> None:
    pool = OnePool(Answering())
    EverrunsTransport(pool, RetryPolicy(max_retries=0, backoff=FAST), owns_pool=owns_pool).close()
    assert pool.closed is owns_pool


@pytest.mark.parametrize("owns_pool", [True, False])
def test_an_async_transport_closes_its_pool_only_when_it_owns_it(owns_pool: bool) -> None:
    pool = AsyncOnePool(Answering())
    transport = AsyncEverrunsTransport(pool, RetryPolicy(max_retries=0, backoff=FAST), owns_pool=owns_pool)
    asyncio.run(transport.aclose())
    assert pool.closed is owns_pool
