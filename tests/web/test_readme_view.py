"""The README's Flask view is short and works as printed."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def flask_view_block() -> str:
    section = README.read_text().split("## Web apps", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL)[1]


def test_the_readmes_flask_view_is_under_15_lines_and_relays_a_turn(everruns_server, monkeypatch):
    code = flask_view_block()
    assert len(code.strip().splitlines()) < 15
    monkeypatch.setenv("EVERRUNS_API_KEY", "dev")
    monkeypatch.setenv("EVERRUNS_API_URL", everruns_server.url)
    namespace: dict[str, object] = {"__name__": "readme_view"}
    exec(compile(code, str(README), "exec"), namespace)
    client, app = namespace["client"], namespace["app"]
    try:
        session_id = client.sessions.create(harness_name="generic").id
        response = app.test_client().get(f"/sessions/{session_id}/turn?text=hi")
        body = response.get_data(as_text=True)
    finally:
        client.close()
    assert response.headers["Content-Type"].startswith("text/event-stream")
    assert "event: output.message.delta" in body
    assert body.endswith('event: end\ndata: {"status":"completed"}\n\n')
