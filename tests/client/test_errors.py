"""Each error status of a real local server as its typed error, with code, detail and request id."""

from __future__ import annotations

import pytest
from client_setup import FAST, KEY, MISSING_AGENT
from statuses import ERROR_CLASSES

from everruns import Everruns, errors
from everruns.testing import LocalServer


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

    @pytest.mark.parametrize(("status", "kind"), ERROR_CLASSES)
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
