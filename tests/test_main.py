"""``python -m everruns``: the everyday flow, against a local server or the configured API."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time

import pytest

from everruns.__main__ import LOCAL_TOKENS_PER_SECOND, main
from everruns.testing import LocalServer


@pytest.fixture(autouse=True)
def no_configured_api(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("EVERRUNS_API_KEY", "EVERRUNS_API_URL", "EVERRUNS_ORG_ID"):
        monkeypatch.delenv(name, raising=False)


def result_of(output: str) -> dict[str, str]:
    return json.loads(output[output.index("{") :])


def test_without_a_key_it_runs_on_a_local_server_and_says_so() -> None:
    out = io.StringIO()
    assert main(["Tell me a joke"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("EVERRUNS_API_KEY is not set: using a local Everruns server at http://127.0.0.1:")
    result = result_of(out.getvalue())
    assert set(result) == {"agent_id", "session_id", "message_id", "reply"}
    assert result["agent_id"].startswith("agent_")
    assert result["session_id"].startswith("session_")
    assert "Tell me a joke" in result["reply"]
    assert lines[1] == result["reply"], "the reply is printed as it streams, then in the result"


def test_with_a_key_it_uses_the_configured_url(monkeypatch: pytest.MonkeyPatch) -> None:
    with LocalServer(api_keys={"evr_pat_mainjob"}) as server:
        monkeypatch.setenv("EVERRUNS_API_KEY", "evr_pat_mainjob")
        monkeypatch.setenv("EVERRUNS_API_URL", server.url)
        server.model.script_reply("Configured server here.")
        out = io.StringIO()
        assert main([], out=out) == 0
        paths = [f"{entry.method} {entry.path}" for entry in server.requests]
    assert "not set" not in out.getvalue()
    assert result_of(out.getvalue())["reply"] == "Configured server here."
    assert paths[:2] == ["POST /api/v1/agents", "POST /api/v1/sessions"]
    posted = [path for path in paths if re.fullmatch(r"POST /api/v1/sessions/session_[0-9a-f]{32}/messages", path)]
    assert len(posted) == 1
    session = next(entry for entry in server.requests if entry.path == "/api/v1/sessions").json()
    assert session["harness_name"] == "generic"
    assert session["title"]


def test_a_failed_turn_exits_non_zero_with_the_servers_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with LocalServer() as server:
        monkeypatch.setenv("EVERRUNS_API_KEY", "dev")
        monkeypatch.setenv("EVERRUNS_API_URL", server.url)
        server.model.script_failure(error="The model is overloaded", code="provider_overloaded")
        assert main([], out=io.StringIO()) == 1
    assert "provider_overloaded" in capsys.readouterr().err


@pytest.mark.slow
def test_it_runs_as_a_module() -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("EVERRUNS_")}
    completed = subprocess.run(
        [sys.executable, "-m", "everruns", "ping"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert result_of(completed.stdout)["reply"].endswith("ping")


class _TimedOutput(io.StringIO):
    """Remembers when each piece of output was written."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[float, str]] = []

    def write(self, text: str) -> int:
        self.writes.append((time.monotonic(), text))
        return super().write(text)


def test_without_a_key_the_reply_streams_at_about_a_models_pace() -> None:
    out = _TimedOutput()
    assert main(["one two three four five six"], out=out) == 0
    reply = result_of(out.getvalue())["reply"]
    words = [moment for moment, text in out.writes if text.strip() and text.strip() in reply.split()]
    assert len(words) == len(reply.split())
    assert words[-1] - words[0] >= (len(words) - 1) / LOCAL_TOKENS_PER_SECOND * 0.9
