"""Each plain example script runs as a user runs it, with no API key: against the local
server it starts for itself."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import EXAMPLES, without_api_settings

EXPECTED = {
    "quickstart.py": ["You said: Hello! What can you do?"],
    "stream_reply.py": ["You said: Tell me about streaming, word by word.", "[completed: "],
    "client_tools.py": ['get_weather returned {"city": "Zurich", "temperature_c": 21, "sky": "clear"}.'],
    "workspace_files.py": ["files: ['/data', '/data/sample.bin', '/notes', '/notes/plan.md']", "grep 'relay': ["],
    "budgets.py": [
        "blocking: question 3 paused: turn paused on budget bdgt_",
        "blocking: after the top-up: You said: Question 3",
        "asyncio: after the top-up: You said: Question 3",
    ],
    "error_handling.py": [
        "ValidationError (name):",
        "NotFoundError: agent_not_found",
        "TurnFailedError: llm_unavailable",
    ],
}


# What the chat apps load: gunicorn's settings and their shared settings, not scripts.
NOT_SCRIPTS = {
    "gunicorn.conf.py",
    "gunicorn_gevent.conf.py",
    "chat_settings.py",
    "celery_tasks.py",
}  # loaded by a server, an app or a worker


def test_every_script_is_tested():
    scripts = [path.name for path in EXAMPLES.glob("*.py") if path.name not in NOT_SCRIPTS]
    assert sorted(scripts) == sorted(EXPECTED)


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_the_script_runs_against_a_local_server_when_no_key_is_set(script):
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        env=without_api_settings(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "EVERRUNS_API_KEY is not set: using a local Everruns server" in done.stderr
    for expected in EXPECTED[script]:
        assert expected in done.stdout, done.stdout
