"""A local, in-memory Everruns API server for tests: the SDK's own ``moto``.

    from everruns import Everruns
    from everruns.testing import LocalServer

    with LocalServer() as server:
        client = Everruns(api_key="dev", base_url=server.url)
        server.model.script_reply("Hello from the test")
        server.faults.fail_next(1, status=503)

It speaks the API over real HTTP on 127.0.0.1 (agents, harnesses, sessions, messages,
events and the SSE stream, images, workspaces and memories with their files, session
databases and storage), simulates turns, and can misbehave on purpose. Standard library
only; nothing here is imported by ``import everruns``. Run ``python -m everruns.testing`` to
serve it from a terminal, and see ``everruns.testing.pytest_plugin`` for fixtures.
"""

from ._faults import Faults
from ._model import ScriptedModel
from ._request_log import RecordedRequest
from ._server import LocalServer
from ._unless_configured import serve_unless_configured

__all__ = ["Faults", "LocalServer", "RecordedRequest", "ScriptedModel", "serve_unless_configured"]
