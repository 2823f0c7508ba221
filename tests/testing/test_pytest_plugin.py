"""The ``everruns`` pytest plugin: its fixtures in another project's test run, and its registration."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

USER_TESTS = """
import http.client


def test_the_fixture_is_a_running_local_server(everruns_server):
    assert everruns_server.url.endswith("/api")
    everruns_server.model.script_reply("Scripted in a user's test.")
    connection = http.client.HTTPConnection(everruns_server.host, everruns_server.port, timeout=5)
    connection.request("GET", "/api/v1/models", headers={"Authorization": "dev"})
    assert connection.getresponse().status == 200
    connection.close()


def test_each_test_gets_a_fresh_server(everruns_server):
    assert everruns_server.model.pending == 0
    assert everruns_server.requests == []


def test_the_client_fixture_talks_to_that_server(everruns_client, everruns_server):
    agent = everruns_client.agents.create("greeter", "Say hello.")
    assert agent.name == "greeter"
    (request,) = everruns_server.requests
    assert (request.method, request.path, request.headers["authorization"]) == ("POST", "/api/v1/agents", "dev")
"""


def _run_pytest(directory: Path, *options: str) -> subprocess.CompletedProcess[str]:
    (directory / "test_user.py").write_text(USER_TESTS)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, str(directory)]
    return subprocess.run(command, cwd=directory, capture_output=True, text=True, timeout=60, check=False)


def test_the_everruns_server_fixture_works_in_a_users_test_run(tmp_path):
    result = _run_pytest(tmp_path, "-p", "no:everruns", "-p", "everruns.testing.pytest_plugin")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_the_plugin_is_declared_as_a_pytest11_entry_point():
    text = PYPROJECT.read_text()
    table = re.search(r"^\[project\.entry-points\.pytest11\]\n(.*?)(?:^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert table is not None
    assert 'everruns = "everruns.testing.pytest_plugin"' in table.group(1)


def test_the_installed_package_registers_the_plugin():
    registered = {e.name: e.value for e in entry_points(group="pytest11") if e.dist and e.dist.name == "everruns"}
    assert registered == {"everruns": "everruns.testing.pytest_plugin"}, "reinstall the package: pip install -e ."
