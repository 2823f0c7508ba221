"""serve_unless_configured: the examples' local server, only when no API is configured."""

from __future__ import annotations

import os

import pytest

from everruns import Everruns
from everruns.testing import serve_unless_configured


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("EVERRUNS_API_KEY", "EVERRUNS_API_URL"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_without_a_key_it_starts_a_paced_server_and_points_the_environment_at_it(environment, capsys):
    server = serve_unless_configured(tokens_per_second=40, first_token_delay=0.1)
    assert server is not None
    try:
        assert os.environ["EVERRUNS_API_URL"] == server.url
        assert server.model.pacing.tokens_per_second == 40
        assert server.url in capsys.readouterr().err
        with Everruns() as client:  # configured by the environment alone
            session = client.sessions.create(harness_name="generic")
            assert client.messages.send_and_wait(session.id, "hi", timeout=10).text == "You said: hi"
        assert serve_unless_configured() is None, "a second call finds the first server configured"
    finally:
        server.stop()


def test_with_a_key_it_starts_nothing(environment):
    environment.setenv("EVERRUNS_API_KEY", "evr_pat_real")
    assert serve_unless_configured() is None
    assert "EVERRUNS_API_URL" not in os.environ
