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


def fastapi_route_block() -> str:
    section = README.read_text().split("## asyncio", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)[1]


def test_the_readmes_fastapi_route_relays_a_turn_from_the_asyncio_client(everruns_server, monkeypatch):
    import threading
    import time

    import uvicorn
    from sse_client import open_sse

    monkeypatch.setenv("EVERRUNS_API_KEY", "dev")
    monkeypatch.setenv("EVERRUNS_API_URL", everruns_server.url)
    namespace: dict[str, object] = {"__name__": "readme_route"}
    exec(compile(fastapi_route_block(), str(README), "exec"), namespace)
    server = uvicorn.Server(uvicorn.Config(namespace["app"], host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    began = time.monotonic()
    while not server.started:
        assert time.monotonic() - began < 10
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    everruns_server.model.script_reply("Hello from FastAPI.")
    try:
        from everruns import Everruns

        with Everruns() as client:
            session_id = client.sessions.create(harness_name="generic").id
        frames = open_sse(f"http://127.0.0.1:{port}/sessions/{session_id}/turn?text=hi").frames()
    finally:
        server.should_exit = True
        thread.join(10)
    deltas = "".join(frame.json()["delta"] for frame in frames if frame.event == "output.message.delta")
    assert deltas == "Hello from FastAPI."
    assert (frames[-1].event, frames[-1].json()) == ("end", {"status": "completed"})
