"""``python -m everruns.testing``: serves until interrupted."""

from __future__ import annotations

import http.client
import signal
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.slow


def _ctrl_c_as_at_a_terminal() -> None:
    """A runner started in the background of a shell ignores SIGINT, and its children would
    inherit that; the server must be tested as a terminal starts it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_the_command_line_server_prints_its_url_and_key_serves_and_stops_on_ctrl_c():
    process = subprocess.Popen(
        [sys.executable, "-m", "everruns.testing", "--port", "0", "--api-key", "secret", "--prefix", "/everruns/api"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ctrl_c_as_at_a_terminal,  # noqa: PLW1509 (no threads are started between fork and exec)
    )
    try:
        first, second = process.stdout.readline(), process.stdout.readline()
        assert first.startswith("Everruns local server at http://127.0.0.1:")
        assert second.strip() == "API key: secret"
        url = urlsplit(first.split(" at ", 1)[1].strip())
        assert url.path == "/everruns/api"
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
        connection.request("GET", f"{url.path}/v1/harnesses", headers={"Authorization": "secret"})
        reply = connection.getresponse()
        assert (reply.status, b'"generic"' in reply.read()) == (200, True)
        connection.close()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == 0, err
    assert "Stopped." in out
    assert "Traceback" not in err


def test_a_ctrl_c_as_soon_as_the_url_is_printed_stops_it_cleanly():
    process = subprocess.Popen(
        [sys.executable, "-m", "everruns.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ctrl_c_as_at_a_terminal,  # noqa: PLW1509 (no threads are started between fork and exec)
    )
    try:
        assert process.stdout.readline().startswith("Everruns local server at http://127.0.0.1:")
        process.send_signal(signal.SIGINT)  # the rest of the banner may not be printed yet
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()
    assert (process.returncode, err) == (0, "")
    assert out.endswith("Stopped.\n")
