"""The client against a real local server: headers on the wire, retries and timeouts,
every error class, thread and fork safety, derived clients, and a key that never leaks."""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import os
import select
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from recording_proxy import RecordingProxy
from scripted_server import (
    CONNECTED,
    SESSION_ID,
    Gate,
    Reply,
    Request,
    ScriptedServer,
    event_frame,
    event_payload,
    json_reply,
    sse_reply,
    wait_until,
)

import everruns
from everruns import AsyncEverruns, Backoff, EventStream, Everruns, errors
from everruns.testing import LocalServer
from everruns_api.api.agents import get_agent, list_agents
from everruns_api.api.workspace_filesystem import get_path

KEY = "evr_pat_localtestkey0123456789"
ORG = "org_" + "cd" * 16
FAST = Backoff(initial=0.01, maximum=0.02, jitter=0.0, retry_after_cap=5.0)
MISSING_AGENT = "agent_" + "0" * 32


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_keys={"dev", KEY}, turn_delay=0.0) as running:
        yield running


@pytest.fixture
def client(server: LocalServer, make_client: Callable[..., Everruns]) -> Everruns:
    """Each client in turn (the asyncio one driven from this blocking code)."""
    return make_client(api_key=KEY, base_url=server.url, backoff=FAST)


class BlockingOnly:
    """Specifications of the blocking client alone: threads, fork(), its own httpx client,
    the generated client's sync functions (the asyncio twins are in test_async_client.py)."""

    @pytest.fixture
    def client(self, server: LocalServer) -> Iterator[Everruns]:
        with Everruns(api_key=KEY, base_url=server.url, backoff=FAST) as made:
            yield made


EMPTY_EVENTS = json_reply(200, {"data": []})


def api_requests(server: LocalServer) -> list[str]:
    """``METHOD /path`` of each API request the server received, oldest first."""
    return [f"{entry.method} {entry.path}" for entry in server.requests]


def make_agent(client: Everruns, name: str = "probe") -> str:
    return client.agents.create(name=name, system_prompt="You probe.").id


class TestOnTheWire:
    def test_sends_the_raw_key_org_and_sdk_headers(self, make_client, server: LocalServer) -> None:
        with make_client(api_key=KEY, base_url=server.url, org_id=ORG) as client:
            make_agent(client)
        headers = server.requests[-1].headers
        assert headers["authorization"] == KEY
        assert headers["x-org-id"] == ORG
        assert headers["user-agent"] == headers["x-sdk-version"] == f"everruns-python-sdk/{everruns.__version__}"

    @pytest.mark.parametrize("suffix", ["", "/"])
    def test_a_base_url_path_prefix_survives_joining(self, make_client, server: LocalServer, suffix: str) -> None:
        with make_client(api_key=KEY, base_url=server.url + suffix) as client:
            agent_id = make_agent(client)
            assert client.agents.get(agent_id).id == agent_id
        assert all(entry.path.startswith("/api/v1/agents") for entry in server.requests)

    def test_change_reason_is_sent_encoded_by_the_derived_client_only(
        self, server: LocalServer, client: Everruns
    ) -> None:
        client.with_reason("  rename: a+b ✓ ").agents.create(name="with-reason", system_prompt="x")
        client.agents.create(name="without-reason", system_prompt="x")
        with_reason, without = server.requests[-2:]
        assert with_reason.headers["everruns-change-reason"] == "rename%3A%20a%2Bb%20%E2%9C%93"
        assert "everruns-change-reason" not in without.headers

    def test_default_headers_are_sent(self, make_client, server: LocalServer) -> None:
        with make_client(api_key=KEY, base_url=server.url, default_headers={"X-Trace": "t-1"}) as client:
            make_agent(client)
        assert server.requests[-1].headers["x-trace"] == "t-1"

    def test_with_options_headers_add_to_the_existing_ones_and_win_on_the_same_name(
        self, make_client, server: LocalServer
    ) -> None:
        with make_client(api_key=KEY, base_url=server.url, default_headers={"X-Team": "a", "X-Keep": "k"}) as client:
            reasoned = client.with_reason("audit")
            reasoned.with_options(headers={"X-Trace": "t-2", "X-Team": "b"}).agents.list()
            client.agents.list()
        derived, parent = server.requests
        assert (derived.headers["x-trace"], derived.headers["x-team"], derived.headers["x-keep"]) == ("t-2", "b", "k")
        assert derived.headers["everruns-change-reason"] == "audit"
        assert derived.headers["authorization"] == KEY
        assert "x-trace" not in parent.headers
        assert parent.headers["x-team"] == "a"

    @pytest.mark.parametrize(
        "headers",
        [{"X-Trace": "a\r\nX-Injected: 1"}, {"X-Trace": "a\nb"}, {"X-Trace": "a\x00"}, {"X-Bad\r\nName": "v"}],
        ids=["crlf", "lf", "nul", "crlf-in-name"],
    )
    def test_with_options_refuses_cr_lf_and_nul_in_headers_as_the_constructor_does(
        self, make_client, server: LocalServer, client: Everruns, headers: dict[str, str]
    ) -> None:
        with pytest.raises(errors.ValidationError, match="CR, LF or NUL"):
            client.with_options(headers=headers)
        with pytest.raises(errors.ValidationError, match="CR, LF or NUL"):
            make_client(api_key=KEY, base_url=server.url, default_headers=headers)
        assert server.requests == []


class TestErrors:
    def test_an_unknown_key_is_an_authentication_error(self, make_client, server: LocalServer) -> None:
        with (
            make_client(api_key="evr_pat_wrong0000000000", base_url=server.url) as client,
            pytest.raises(errors.AuthenticationError) as caught,
        ):
            client.agents.get(MISSING_AGENT)
        assert caught.value.status_code == 401
        assert caught.value.request_id

    def test_a_missing_agent_is_not_found_with_code_and_request_id(self, client: Everruns) -> None:
        with pytest.raises(errors.NotFoundError) as caught:
            client.agents.get(MISSING_AGENT)
        error = caught.value
        assert (error.status_code, error.code) == (404, "agent_not_found")
        assert error.request_id
        assert error.request_id.startswith("req_")
        assert error.response is not None
        assert str(error).startswith("404 agent_not_found: ")
        assert str(error).endswith(f"(request {error.request_id})")

    @pytest.mark.parametrize(
        ("status", "kind"),
        [
            (400, errors.BadRequestError),
            (401, errors.AuthenticationError),
            (403, errors.PermissionDeniedError),
            (404, errors.NotFoundError),
            (409, errors.ConflictError),
            (422, errors.UnprocessableEntityError),
            (429, errors.RateLimitError),
            (500, errors.ServerError),
            (503, errors.ServerError),
        ],
    )
    def test_every_status_family_raises_its_class(
        self, make_client, server: LocalServer, status: int, kind: type[Exception]
    ) -> None:
        server.faults.fail_next(1, status=status)
        with make_client(api_key=KEY, base_url=server.url, max_retries=0) as client, pytest.raises(kind) as caught:
            client.agents.list()
        assert isinstance(caught.value, errors.ApiError)
        assert caught.value.status_code == status

    def test_a_proxy_html_page_becomes_http_status(self, make_client, server: LocalServer) -> None:
        server.faults.proxy_html_502(1)
        with (
            make_client(api_key=KEY, base_url=server.url, max_retries=0) as client,
            pytest.raises(errors.ServerError) as caught,
        ):
            client.agents.list()
        assert str(caught.value).startswith("HTTP 502")
        assert "<" not in str(caught.value)

    def test_a_success_status_with_an_unreadable_body_is_a_typed_error(self, make_client, server: LocalServer) -> None:
        server.faults.html_page(1, status=200)  # a captive portal's login page
        with (
            make_client(api_key=KEY, base_url=server.url) as client,
            pytest.raises(errors.UnexpectedResponseError) as caught,
        ):
            client.agents.get(MISSING_AGENT)
        assert caught.value.status_code == 200
        assert caught.value.request_id
        assert "cannot be read as Agent" in str(caught.value)

    def test_a_body_that_cannot_be_json_is_refused_before_sending(self, server: LocalServer, client: Everruns) -> None:
        session_id = client.sessions.create(harness_name="generic").id
        sent = len(server.requests)
        with pytest.raises(errors.ValidationError, match="cannot be encoded"):
            client.messages.create(session_id, "hi", metadata={"ratio": float("nan")})
        assert len(server.requests) == sent

    def test_validation_errors_are_raised_before_sending(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(errors.ValidationError):
            client.agents.create(name="Not A Slug", system_prompt="x")
        assert server.requests == []

    def test_a_refused_connection_is_a_network_error(self, make_client) -> None:
        client = make_client(api_key=KEY, base_url="http://127.0.0.1:9/api", max_retries=1, backoff=FAST)
        with client, pytest.raises(errors.NetworkError) as caught:
            client.agents.list()
        assert not isinstance(caught.value, errors.RequestTimeoutError)


class TestRetries:
    def test_a_get_is_retried_through_server_errors(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client)
        before = len(server.requests)
        server.faults.fail_next(2, status=502)
        assert client.agents.get(agent_id).id == agent_id
        assert len(server.requests) - before == 3

    def test_gives_up_after_max_retries(self, make_client, server: LocalServer) -> None:
        server.faults.fail_next(10, status=503)
        with (
            make_client(api_key=KEY, base_url=server.url, max_retries=2, backoff=FAST) as client,
            pytest.raises(errors.ServerError),
        ):
            client.agents.list()
        assert len(server.requests) == 3

    def test_a_create_is_not_repeated_after_a_500(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=500)
        with pytest.raises(errors.ServerError):
            make_agent(client)
        assert api_requests(server) == ["POST /api/v1/agents"]

    @pytest.mark.parametrize("status", [429, 503])
    def test_a_create_is_retried_when_the_server_refused_it(
        self, server: LocalServer, client: Everruns, status: int
    ) -> None:
        server.faults.fail_next(1, status=status)
        make_agent(client)
        assert api_requests(server) == ["POST /api/v1/agents", "POST /api/v1/agents"]

    def test_429_waits_for_retry_after(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=429, retry_after=1)
        started = time.monotonic()
        client.agents.list()
        assert time.monotonic() - started >= 1.0

    def test_a_retry_after_date_without_a_known_zone_is_still_obeyed(
        self, server: LocalServer, client: Everruns
    ) -> None:
        server.faults.fail_next(1, status=503, retry_after="Wed, 21 Oct 2015 07:28:00 -0000")
        assert client.agents.list().total == 0
        assert len(server.requests) == 2

    def test_429_waits_for_retry_after_seconds_in_the_body(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=429, retry_after_seconds=1)
        started = time.monotonic()
        client.agents.list()
        assert time.monotonic() - started >= 1.0

    def test_a_retry_after_longer_than_the_cap_is_raised_at_once(self, make_client, server: LocalServer) -> None:
        server.faults.fail_next(1, status=429, retry_after=3600)
        capped = Backoff(initial=0.01, maximum=0.02, retry_after_cap=60.0)
        with (
            make_client(api_key=KEY, base_url=server.url, backoff=capped) as client,
            pytest.raises(errors.RateLimitError) as caught,
        ):
            client.agents.list()
        assert caught.value.retry_after == 3600.0
        assert len(server.requests) == 1, "a wait the client will not make is not a retry"

    def test_a_retry_after_beyond_the_cap_of_the_clients_backoff_is_raised_at_once(
        self, make_client, server: LocalServer
    ) -> None:
        server.faults.fail_next(1, status=429, retry_after=1)
        with (
            make_client(api_key=KEY, base_url=server.url, backoff=Backoff(retry_after_cap=0.5)) as client,
            pytest.raises(errors.RateLimitError) as caught,
        ):
            client.agents.list()
        assert caught.value.retry_after == 1.0
        assert len(server.requests) == 1, "the default backoff would have waited the second"

    def test_a_slow_get_times_out_and_is_retried(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client)
        before = len(server.requests)
        server.faults.slow(1.0, n=1)
        assert client.agents.get(agent_id, timeout=0.3).id == agent_id
        assert len(server.requests) - before == 2

    def test_a_post_that_timed_out_after_sending_is_not_repeated(self, server: LocalServer, client: Everruns) -> None:
        server.faults.slow(1.0, n=1)
        with pytest.raises(errors.RequestTimeoutError):
            client.agents.create(name="slow-one", system_prompt="x", timeout=0.3)
        assert api_requests(server) == ["POST /api/v1/agents"]

    def test_connection_failures_are_retried_then_reported(self, make_client, caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.INFO, logger="everruns")
        client = make_client(api_key=KEY, base_url="http://127.0.0.1:9/api", max_retries=2, backoff=FAST)
        with client, pytest.raises(errors.NetworkError):
            client.agents.list()
        retries = [record.getMessage() for record in caplog.records if record.message.startswith("retrying")]
        assert len(retries) == 2
        assert all("ConnectError" in line for line in retries)

    def test_each_retry_is_logged_at_info_with_its_reason(
        self, server: LocalServer, client: Everruns, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.INFO, logger="everruns")
        server.faults.fail_next(1, status=503)
        client.agents.list()
        (line,) = [r for r in caplog.records if r.levelno == logging.INFO and "retrying" in r.getMessage()]
        assert "GET" in line.getMessage()
        assert "HTTP 503" in line.getMessage()

    def test_max_retries_is_set_per_client_and_per_derived_client(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=503)
        with pytest.raises(errors.ServerError):
            client.with_options(max_retries=0).agents.list()
        assert len(server.requests) == 1


class TestClosing:
    def test_a_closed_client_and_its_derived_clients_say_so(self, make_client, server: LocalServer) -> None:
        client = make_client(api_key=KEY, base_url=server.url)
        derived = client.with_options(timeout=5.0)
        client.close()
        for closed in (client, derived):
            with pytest.raises(errors.ClientClosedError):
                closed.agents.list()
        assert server.requests == []


def test_a_closed_client_says_so_and_how_to_go_on_for_calls_and_streams(server: LocalServer) -> None:
    client = Everruns(api_key=KEY, base_url=server.url)
    session = client.sessions.create(harness_name="generic")
    client.close()
    with pytest.raises(errors.ClientClosedError) as call:
        client.agents.list()
    with pytest.raises(errors.ClientClosedError) as stream:
        next(client.events.stream(session.id))
    assert [str(call.value), str(stream.value)] == [
        "the client is closed: make a new Everruns() to send more requests"
    ] * 2
    assert len(server.requests) == 1, "nothing was sent after close()"


def test_a_turn_wait_on_a_stalled_stream_ends_at_its_deadline_however_short(
    server: LocalServer, client: Everruns
) -> None:
    session_id = client.sessions.create(harness_name="generic").id
    server.faults.stall_next_sse(send_headers=False)
    started = time.monotonic()
    with pytest.raises(everruns.TurnTimeoutError):
        client.messages.send_and_wait(session_id, "hello", timeout=0.3)
    assert time.monotonic() - started < 0.9


def test_the_timer_of_a_streams_deadline_never_keeps_the_program_alive(server: LocalServer) -> None:
    with Everruns(api_key=KEY, base_url=server.url) as client:
        session_id = client.sessions.create(harness_name="generic").id
        server.faults.stall_next_sse(send_headers=False)
        outcome: list[BaseException] = []

        def wait_for_the_turn() -> None:
            try:
                client.messages.send_and_wait(session_id, "hello", timeout=1.0)
            except BaseException as error:
                outcome.append(error)

        def timers() -> list[threading.Thread]:
            return [thread for thread in threading.enumerate() if isinstance(thread, threading.Timer)]

        worker = threading.Thread(target=wait_for_the_turn)
        worker.start()
        try:
            assert wait_until(lambda: bool(timers()) or not worker.is_alive()), "the deadline's timer never started"
            assert timers(), "the wait ended before its deadline's timer was seen"
            assert all(timer.daemon for timer in timers())
        finally:
            worker.join(10)
        assert [type(error) for error in outcome] == [everruns.TurnTimeoutError]


def test_a_stream_ended_by_an_error_closes_its_own_connection() -> None:
    gone = json_reply(404, {"title": "gone", "status": 404, "code": "session_not_found"})  # the connection is kept
    with ScriptedServer(lambda _: gone) as server, Everruns(api_key=KEY, base_url=server.url) as client:
        stream = client.events.stream(SESSION_ID)
        with pytest.raises(errors.NotFoundError):
            next(stream)
        assert wait_until(lambda: server.closed_by_client == [1]), "the stream's connection is still open"
        stream.close()
    assert server.connections == 1


def test_a_stream_connects_once_per_attempt_its_own_retries_counting_them_all() -> None:
    busy = json_reply(503, {"title": "busy", "status": 503})
    with (
        ScriptedServer(lambda _: busy) as server,
        Everruns(api_key=KEY, base_url=server.url, backoff=FAST) as client,
        client.events.stream(SESSION_ID, max_retries=0, backoff=FAST) as stream,
        pytest.raises(errors.StreamError),
    ):
        next(stream)
    assert len(server.requests) == 1, "the client's retries do not add attempts of their own"


def deadline_timers() -> set[threading.Thread]:
    """The timers waiting to cut a stream at its deadline."""
    return {
        thread
        for thread in threading.enumerate()
        if isinstance(thread, threading.Timer) and getattr(thread.function, "__name__", "") == "cut"
    }


def test_a_turn_stream_whose_client_closed_before_it_connected_leaves_no_deadline_timer(server: LocalServer) -> None:
    client = Everruns(api_key=KEY, base_url=server.url)
    session_id = client.sessions.create(harness_name="generic").id
    earlier = deadline_timers()  # of streams other tests left open
    stream = client.messages.stream(session_id, "Hi", timeout=30.0)
    client.close()
    with pytest.raises(errors.ClientClosedError):
        next(stream)
    assert deadline_timers() <= earlier, "a timer waits to cut a connection that was never made"


def test_closing_a_turn_stream_another_thread_reads_releases_its_connection(server: LocalServer) -> None:
    with Everruns(api_key=KEY, base_url=server.url) as client:
        session_id = client.sessions.create(harness_name="generic").id
        server.faults.stall_next_sse()

        earlier = deadline_timers()  # of streams other tests left open
        stream = client.messages.stream(session_id, "Hi", timeout=30.0)
        outcome: list[object] = []

        def read() -> None:
            try:
                outcome.append(list(stream))
            except BaseException as error:
                outcome.append(error)

        reader = threading.Thread(target=read)
        reader.start()
        assert wait_until(lambda: server.open_streams == 1), "the turn's stream never opened"
        time.sleep(0.1)  # let the reader block on the socket (closing earlier is fine too)
        stream.close()
        reader.join(timeout=5.0)
        assert not reader.is_alive(), "the reading thread is still blocked"
        assert wait_until(lambda: server.open_streams == 0), "the server still holds the stream's connection"
        assert wait_until(lambda: deadline_timers() <= earlier), "the timer of the turn's deadline is still waiting"


def test_client_api_knows_the_apis_base_url_for_the_clients_derived_from_it() -> None:
    with Everruns(api_key=KEY, base_url="http://api.invalid/everruns/api") as client:
        derived = client.api.with_headers({"X-Extra": "1"}).get_httpx_client()
        assert str(derived.base_url) == "http://api.invalid/everruns/api/"
        derived.close()


def test_the_blocking_client_refuses_by_name_what_is_not_a_step() -> None:
    from everruns._client import BlockingSteps

    with Everruns(api_key=KEY) as client, pytest.raises(TypeError, match=r"^not a step: 'send'$"):
        BlockingSteps(client).do("send")  # type: ignore[arg-type]


def test_a_stream_keeps_the_clients_connect_write_and_pool_timeouts_and_reads_with_its_own() -> None:
    timeouts = httpx.Timeout(9.0, connect=1.5, write=2.5, pool=3.5)
    blocking, awaiting = Everruns(api_key=KEY, timeout=timeouts), AsyncEverruns(api_key=KEY, timeout=timeouts)
    try:
        for client in (blocking, awaiting):
            assert client._stream_timeout(0.25) == httpx.Timeout(connect=1.5, read=0.25, write=2.5, pool=3.5)
    finally:
        blocking.close()
        asyncio.run(awaiting.close())


class TestDerivedClients:
    def test_share_the_connection_pool(self, make_client) -> None:
        with ScriptedServer(lambda _: EMPTY_EVENTS) as server, make_client(api_key=KEY, base_url=server.url) as client:
            derived = client.with_options(timeout=5.0, headers={"X-Extra": "1"})
            for caller in (client, derived, client.with_reason("why"), derived.with_options(max_retries=0), client):
                caller.events.list(SESSION_ID)
        assert len(server.requests) == 5
        assert server.connections == 1, "every derived client sent over the parent's one pooled connection"

    def test_closing_a_derived_client_leaves_the_parent_working(self, server: LocalServer, client: Everruns) -> None:
        derived = client.with_options(timeout=5.0)
        make_agent(derived)
        derived.close()
        assert client.agents.list().total == 1

    def test_a_per_call_timeout_applies_to_that_call_only(self, make_client, server: LocalServer) -> None:
        with make_client(api_key=KEY, base_url=server.url, max_retries=0) as client:
            server.faults.slow(0.5, n=1)
            with pytest.raises(errors.RequestTimeoutError):
                client.agents.list(timeout=0.1)
            server.faults.slow(0.3, n=1)
            client.agents.list()  # the same client, its own 30 s timeout again

    def test_a_per_call_timeout_may_be_an_httpx_timeout(self, server: LocalServer, client: Everruns) -> None:
        server.faults.slow(0.5, n=1)
        with pytest.raises(errors.RequestTimeoutError):
            client.with_options(max_retries=0).agents.list(timeout=httpx.Timeout(5.0, read=0.1))
        assert client.agents.list(timeout=httpx.Timeout(5.0)).total == 0

    def test_a_blank_reason_sends_no_header(self, server: LocalServer, client: Everruns) -> None:
        client.with_reason("  ").agents.create(name="blank-reason", system_prompt="x")
        assert "everruns-change-reason" not in server.requests[-1].headers

    def test_a_new_reason_replaces_the_old_one_and_a_blank_one_removes_it(
        self, make_client, server: LocalServer
    ) -> None:
        with make_client(
            api_key=KEY, base_url=server.url, default_headers={"everruns-change-reason": "from-defaults"}
        ) as client:
            client.with_reason("first").with_reason("second").agents.list()
            client.with_reason("first").with_reason(" ").agents.list()
            client.with_reason("").agents.list()
        replaced, removed, removed_default = server.requests
        assert replaced.headers["everruns-change-reason"] == "second"
        assert "everruns-change-reason" not in removed.headers
        assert "everruns-change-reason" not in removed_default.headers

    def test_a_reason_holding_the_clients_own_key_is_refused(self, make_client, server: LocalServer) -> None:
        key = "plainlocalkey0123"  # not shaped like a token: only the client knows it is its key
        with make_client(api_key=key, base_url=server.url) as client:
            with pytest.raises(errors.ValidationError, match="credential"):
                client.with_reason(f"rotated {key} today")
            client.with_reason("rotated plainlocalkey today")
        assert server.requests == []

    def test_a_derived_client_keeps_the_timeout_unless_given_a_new_one(self, make_client, server: LocalServer) -> None:
        with make_client(api_key=KEY, base_url=server.url, max_retries=0, timeout=0.15) as client:
            for derived in (client.with_options(headers={"X-Trace": "t"}), client.with_reason("why")):
                server.faults.slow(0.6, n=1)
                with pytest.raises(errors.RequestTimeoutError):
                    derived.agents.list()
            server.faults.slow(0.4, n=1)
            assert client.with_options(timeout=5.0).agents.list().total == 0

    def test_a_reasoned_client_retries_with_the_parents_backoff(self, make_client, server: LocalServer) -> None:
        waits = Backoff(initial=0.2, maximum=0.2, jitter=0.0)
        with make_client(api_key=KEY, base_url=server.url, backoff=waits) as client:
            server.faults.fail_next(1, status=503)
            started = time.monotonic()
            assert client.with_reason("why").agents.list().total == 0
            assert time.monotonic() - started >= 0.2
        assert [entry.headers["everruns-change-reason"] for entry in server.requests] == ["why", "why"]


class TestGeneratedClientReach(BlockingOnly):
    def test_client_api_shares_auth_and_error_mapping(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client)
        response = get_agent.sync_detailed(agent_id, client=client.api)
        assert response.status_code == 200
        with pytest.raises(errors.NotFoundError):
            get_agent.sync_detailed(MISSING_AGENT, client=client.api)
        assert server.requests[-1].headers["authorization"] == KEY

    def test_client_api_shares_retries(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=503)
        page = list_agents.sync(client=client.api)
        assert page is not None
        assert len(server.requests) == 2

    def test_client_api_with_headers_sends_them_from_the_copy_only_with_auth_retries_and_errors(
        self, server: LocalServer, client: Everruns
    ) -> None:
        copy = client.api.with_headers({"X-Trace": "t-9"})
        server.faults.fail_next(1, status=503)
        assert list_agents.sync(client=copy) is not None
        assert list_agents.sync(client=client.api) is not None
        with pytest.raises(errors.NotFoundError):
            get_agent.sync_detailed(MISSING_AGENT, client=copy)
        refused, retried, plain, missing = server.requests[-4:]
        assert refused.headers["x-trace"] == retried.headers["x-trace"] == missing.headers["x-trace"] == "t-9"
        assert {refused.headers["authorization"], retried.headers["authorization"]} == {KEY}
        assert "x-trace" not in plain.headers, "the headers reached the client the copy was made from"

    def test_client_api_with_headers_refuses_a_line_break_in_a_value(self, client: Everruns) -> None:
        with pytest.raises(errors.ValidationError):
            client.api.with_headers({"X-Trace": "t\r\nX-Injected: 1"})

    def test_client_api_with_timeout_applies_to_the_copy_only(self, server: LocalServer) -> None:
        with Everruns(api_key=KEY, base_url=server.url, max_retries=0) as client:
            copy = client.api.with_timeout(httpx.Timeout(0.15))
            server.faults.slow(0.6, n=1)
            with pytest.raises(errors.RequestTimeoutError):
                list_agents.sync(client=copy)
            server.faults.slow(0.4, n=1)
            assert list_agents.sync(client=client.api) is not None

    def test_client_api_with_cookies_sends_them_from_the_copy_only(self, server: LocalServer, client: Everruns) -> None:
        copy = client.api.with_cookies({"affinity": "b"})
        assert list_agents.sync(client=copy) is not None
        assert list_agents.sync(client=client.api) is not None
        with_cookie, plain = server.requests[-2:]
        assert with_cookie.headers["cookie"] == "affinity=b"
        assert with_cookie.headers["authorization"] == KEY
        assert "cookie" not in plain.headers

    @pytest.mark.parametrize("hostile", ["..", ".", "../x", "a/b", "x?admin=1", "x#frag", "%2e%2e", "..%2f"])
    def test_hostile_path_values_stay_inside_their_segment(
        self, server: LocalServer, client: Everruns, hostile: str
    ) -> None:
        with pytest.raises(errors.NotFoundError) as caught:
            get_agent.sync_detailed(hostile, client=client.api)
        assert caught.value.code == "agent_not_found"
        assert server.requests[-1].path.startswith("/api/v1/agents/")
        assert server.requests[-1].path.count("/") == 4

    @pytest.mark.parametrize("hostile", ["../../agents", "../x", "./..", "a/../../b"])
    def test_hostile_file_paths_stay_below_fs_even_through_client_api(
        self, server: LocalServer, client: Everruns, hostile: str
    ) -> None:
        workspace = client.workspaces.create("paths")
        with pytest.raises(errors.ApiError):
            get_path.sync_detailed(workspace.id, hostile, client=client.api)
        assert server.requests[-1].path.startswith(f"/api/v1/workspaces/{workspace.id}/fs/")


class TestConcurrency(BlockingOnly):
    def test_sixteen_threads_share_one_client(self, server: LocalServer, client: Everruns) -> None:
        agent_ids = [make_agent(client, f"agent-{n}") for n in range(16)]
        failures: list[BaseException] = []

        def work(agent_id: str) -> None:
            try:
                for _ in range(200):
                    assert client.agents.get(agent_id).id == agent_id
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=work, args=(agent_id,)) for agent_id in agent_ids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []


class TestSecrecy:
    def test_the_key_never_reaches_logs_reprs_or_errors(
        self, make_client, server: LocalServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.DEBUG)
        seen: list[str] = []
        with make_client(api_key=KEY, base_url=server.url, backoff=FAST) as client:
            seen += [repr(client), str(client), repr(client.with_reason("r")), repr(client.api)]
            server.faults.fail_next(1, status=503)
            make_agent(client)
            for call in (
                lambda: client.agents.get(MISSING_AGENT),
                lambda: client.agents.create(name="BAD", system_prompt="x"),
            ):
                with pytest.raises(errors.EverrunsError) as caught:
                    call()
                seen += [str(caught.value), repr(caught.value), repr(caught.value.args)]
        with make_client(api_key="evr_pat_notaccepted00000", base_url=server.url) as stranger:
            with pytest.raises(errors.AuthenticationError) as denied:
                stranger.agents.list()
            seen += [str(denied.value), repr(denied.value)]
        seen += [record.getMessage() for record in caplog.records]
        assert any("->" in line for line in seen), "DEBUG request lines were expected in the log"
        leaks = [text for text in seen if KEY in text or "notaccepted" in text]
        assert leaks == []

    def test_everruns_log_turns_on_request_lines(
        self, make_client, server: LocalServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("EVERRUNS_LOG", "debug")
        logger = logging.getLogger("everruns")
        handlers_before = list(logger.handlers)
        try:
            with make_client(api_key=KEY, base_url=server.url) as client:
                make_agent(client)
            added = [handler for handler in logger.handlers if handler not in handlers_before]
            assert len(added) == 1
            assert logger.level == logging.DEBUG
        finally:
            for handler in list(logger.handlers):
                if handler not in handlers_before:
                    logger.removeHandler(handler)
            logger.setLevel(logging.NOTSET)


def test_the_version_sent_is_the_installed_packages_version(server: LocalServer, client: Everruns) -> None:
    client.agents.list()
    installed = importlib.metadata.version("everruns")
    assert everruns.__version__ == installed
    assert server.requests[0].headers["user-agent"] == f"everruns-python-sdk/{installed}"


def test_the_repr_names_the_clients_class_and_its_settings_with_the_key_masked() -> None:
    settings = {"api_key": KEY, "base_url": "http://127.0.0.1:9", "org_id": ORG}
    shown = "(base_url='http://127.0.0.1:9/', api_key='evr_pat_****', org_id='" + ORG + "')"
    blocking, awaiting = Everruns(**settings), AsyncEverruns(**settings)
    try:
        assert repr(blocking) == "Everruns" + shown
        assert repr(awaiting) == "AsyncEverruns" + shown
        assert repr(blocking.with_reason("why")) == "Everruns" + shown
    finally:
        blocking.close()
        asyncio.run(awaiting.close())


@pytest.fixture
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy settings from the machine: each test sets the ones it needs."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


class TestProxies(BlockingOnly):
    def test_a_callers_http_client_carries_every_request_and_stays_open_after_close(
        self, server: LocalServer, no_proxy_environment: pytest.MonkeyPatch
    ) -> None:
        with RecordingProxy() as proxy, httpx.Client(proxy=proxy.url) as theirs:
            with Everruns(api_key=KEY, base_url=server.url, http_client=theirs) as client:
                agent_id = make_agent(client)
                client.with_options(timeout=5.0).agents.get(agent_id)
                session_id = client.sessions.create(harness_name="generic").id
                server.model.script_reply("Hi.")
                client.messages.send_and_wait(session_id, "Hello", timeout=30.0)
            assert not theirs.is_closed
            assert theirs.get(f"{server.url}/v1/agents", headers={"Authorization": KEY}).status_code == 200
        through_proxy = proxy.targets()
        assert through_proxy[:2] == [f"POST {server.url}/v1/agents", f"GET {server.url}/v1/agents/{agent_id}"]
        assert any(target.startswith(f"GET {server.url}/v1/sessions/{session_id}/sse") for target in through_proxy)
        assert len(through_proxy) == len(server.requests), "no request went around the caller's client"


class TestProxiesFromTheEnvironment:
    def test_http_proxy_from_the_environment_carries_calls_and_streams(
        self, make_client, server: LocalServer, no_proxy_environment: pytest.MonkeyPatch
    ) -> None:
        with RecordingProxy() as proxy:
            no_proxy_environment.setenv("HTTP_PROXY", proxy.url)
            with make_client(api_key=KEY, base_url=server.url) as client:
                session_id = client.sessions.create(harness_name="generic").id
                server.model.script_reply("Hi.")
                assert client.messages.send_and_wait(session_id, "Hello", timeout=30.0).text == "Hi."
        assert len(proxy.requests) == len(server.requests) >= 4
        assert proxy.requests[0].headers["authorization"] == KEY
        assert any("/sse" in target for target in proxy.targets())

    def test_https_proxy_from_the_environment_is_asked_for_a_tunnel_to_an_https_api(
        self, make_client, no_proxy_environment: pytest.MonkeyPatch
    ) -> None:
        with RecordingProxy() as proxy:
            no_proxy_environment.setenv("HTTPS_PROXY", proxy.url)
            client = make_client(api_key=KEY, base_url="https://everruns.invalid/api", max_retries=0)
            with client, pytest.raises(errors.NetworkError):
                client.agents.list()  # the proxy refuses the tunnel: nothing leaves this machine
        assert proxy.targets() == ["CONNECT everruns.invalid:443"]

    def test_no_proxy_sends_the_named_hosts_directly(
        self, make_client, server: LocalServer, no_proxy_environment: pytest.MonkeyPatch
    ) -> None:
        with RecordingProxy() as proxy:
            no_proxy_environment.setenv("HTTP_PROXY", proxy.url)
            no_proxy_environment.setenv("NO_PROXY", "127.0.0.1")
            with make_client(api_key=KEY, base_url=server.url) as client:
                make_agent(client)
        assert proxy.requests == []
        assert api_requests(server) == ["POST /api/v1/agents"]


class TestMasking:
    @pytest.mark.parametrize("key", ["evr_pat_abc_defghijklmnop", "evr_pat_a_b_c_d_e_f_g_h", "evr_svc_xyz_0123456789"])
    def test_a_key_with_underscores_after_its_prefix_shows_only_the_prefix(
        self, make_client, server: LocalServer, key: str
    ) -> None:
        with make_client(api_key=key, base_url=server.url) as client:
            shown = repr(client)
        assert f"api_key='{key[:8]}****'" in shown
        assert key[8:] not in shown

    def test_a_key_without_the_everruns_prefix_shows_nothing_of_itself(self, make_client, server: LocalServer) -> None:
        with make_client(api_key="sk-live_abcdef0123456789", base_url=server.url) as client:
            assert "api_key='****'" in repr(client)

    @pytest.mark.parametrize("status", [400, 401, 403, 500])
    def test_a_key_the_server_quotes_back_is_masked_in_every_part_of_the_error(
        self, make_client, server: LocalServer, status: int, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.DEBUG)
        server.faults.quote_credentials_next(1, status=status)
        with (
            make_client(api_key=KEY, base_url=server.url, max_retries=0) as client,
            pytest.raises(errors.ApiError) as caught,
        ):
            client.agents.create(name="quoted", system_prompt="x")
        error = caught.value
        assert error.status_code == status
        assert error.detail == "the token **** is not accepted here"
        assert error.body["errors"] == [{"field": "authorization", "value": "****", "seen": ["****"]}]
        texts = [str(error), repr(error), repr(error.args), error.title, error.detail, repr(error.body)]
        texts += [record.getMessage() for record in caplog.records]
        assert [text for text in texts if KEY in str(text)] == []


ChildWork = Callable[[Everruns, EventStream], bool]


def run_in_child(work: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Fork; the child runs ``work`` and exits at once; whether it reported success.
    The child is killed if it has not finished within ``timeout`` seconds."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        verdict = b"bad"
        try:
            verdict = b"ok" if work() else b"bad"
        except BaseException as error:
            verdict = f"error: {error!r}".encode()
        finally:
            os.write(write_end, verdict)
            os._exit(0)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], timeout)
        verdict = os.read(read_end, 4096) if ready else b"timed out"
    finally:
        os.close(read_end)
        if not ready:
            os.kill(pid, 9)
        os.waitpid(pid, 0)
    assert verdict == b"ok", verdict.decode(errors="replace")
    return True


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() exists on POSIX only")
class TestFork(BlockingOnly):
    @pytest.fixture
    def scripted(self) -> Iterator[tuple[ScriptedServer, threading.Event]]:
        """A server whose stream sends one event, then a second once the test opens the gate."""
        gate = threading.Event()
        second = event_frame(event_payload(2))

        def respond(request: Request) -> Reply:
            if request.path.endswith("/sse"):
                return sse_reply(CONNECTED, event_frame(event_payload(1)), Gate(gate), second, then="hang")
            return EMPTY_EVENTS

        with ScriptedServer(respond) as server:
            yield server, gate
            gate.set()

    def test_a_child_sends_on_its_own_connections_and_the_parent_keeps_its_own(
        self, scripted: tuple[ScriptedServer, threading.Event]
    ) -> None:
        server, _ = scripted
        with Everruns(api_key=KEY, base_url=server.url) as client:
            client.events.list(SESSION_ID)
            (parent_connection,) = {request.connection for request in server.requests}

            def child() -> bool:
                for _ in range(3):
                    client.events.list(SESSION_ID)
                client.close()
                return True

            run_in_child(child)
            child_connections = {request.connection for request in server.requests[1:]}
            client.events.list(SESSION_ID)
        assert parent_connection not in child_connections, "the child wrote on the parent's socket"
        assert server.requests[-1].connection == parent_connection, "the parent's pooled connection survived"

    @staticmethod
    def follow_across_fork(scripted: tuple[ScriptedServer, threading.Event], child: ChildWork) -> None:
        """Take the stream's first event, fork a child that runs ``child(client, stream)``,
        then the second event in the parent, which must come over the same connection."""
        server, gate = scripted
        with Everruns(api_key=KEY, base_url=server.url) as client, client.events.stream(SESSION_ID) as stream:
            assert next(stream).sequence == 1
            run_in_child(lambda: child(client, stream))
            gate.set()
            assert next(stream).sequence == 2
            client.events.list(SESSION_ID)
        assert len(server.requests_to("/sse")) == 1, "the parent's stream kept its connection"

    def test_an_open_stream_and_a_closed_client_in_a_child_leave_the_parents_stream_alone(
        self, scripted: tuple[ScriptedServer, threading.Event]
    ) -> None:
        def child(client: Everruns, stream: EventStream) -> bool:
            client.events.list(SESSION_ID)
            client.close()
            return True

        self.follow_across_fork(scripted, child)

    def test_closing_an_inherited_stream_in_a_child_leaves_the_parents_stream_alone(
        self, scripted: tuple[ScriptedServer, threading.Event]
    ) -> None:
        def child(client: Everruns, stream: EventStream) -> bool:
            stream.close()
            return True

        self.follow_across_fork(scripted, child)


class TestThreads(BlockingOnly):
    def test_threads_create_update_and_delete_through_derived_clients_while_the_server_fails(
        self, server: LocalServer
    ) -> None:
        faults, workers, rounds = 30, 8, 6
        failures: list[BaseException] = []
        with Everruns(api_key=KEY, base_url=server.url, backoff=FAST, max_retries=faults + 1) as client:

            def work(number: int) -> None:
                mine = client.with_options(headers={"X-Worker": str(number)})
                try:
                    for round_number in range(rounds):
                        agent = mine.agents.create(name=f"w{number}-{round_number}", system_prompt="x")
                        mine.with_reason(f"round {round_number}").agents.update(agent.id, system_prompt="y")
                        assert mine.agents.get(agent.id).system_prompt == "y"
                        mine.agents.delete(agent.id)
                except BaseException as error:
                    failures.append(error)

            server.faults.fail_next(faults, status=503)
            threads = [threading.Thread(target=work, args=(number,)) for number in range(workers)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
        assert failures == []
        assert not any(thread.is_alive() for thread in threads)
        requests = server.requests
        assert len(requests) == workers * rounds * 4 + faults, "each injected failure cost exactly one retry"
        for request in requests:
            if request.method == "POST":
                assert request.json()["name"].startswith(f"w{request.headers['x-worker']}-")
            if request.method == "PATCH":
                assert request.headers["everruns-change-reason"].startswith("round%20")

    def test_closing_the_client_while_threads_are_mid_request_ends_each_with_a_typed_error_or_an_answer(
        self, server: LocalServer
    ) -> None:
        outcomes: list[object] = []
        client = Everruns(api_key=KEY, base_url=server.url, backoff=FAST)
        server.faults.slow(0.5, n=8)

        def work() -> None:
            try:
                for _ in range(20):
                    client.with_options(timeout=10.0).agents.list()
                outcomes.append("done")
            except BaseException as error:
                outcomes.append(error)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        assert wait_until(lambda: len(server.requests) >= 8, timeout=30)
        client.close()
        for thread in threads:
            thread.join(timeout=30)
        assert not any(thread.is_alive() for thread in threads), "a thread hung after close()"
        assert len(outcomes) == 8
        unexpected = [outcome for outcome in outcomes if not isinstance(outcome, errors.EverrunsError)]
        assert unexpected == []
        assert any(isinstance(outcome, errors.ClientClosedError) for outcome in outcomes)
