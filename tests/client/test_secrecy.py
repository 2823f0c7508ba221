"""The API key never leaks: not in logs, reprs, exceptions or error bodies the server quoted."""

from __future__ import annotations

import logging

import pytest
from client_setup import FAST, KEY, MISSING_AGENT, make_agent

from everruns import errors
from everruns.testing import LocalServer


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
