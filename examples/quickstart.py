"""The everyday flow: an agent, a session with it, one message, its answer.

    python examples/quickstart.py

With EVERRUNS_API_KEY set it uses the API (EVERRUNS_API_URL, else the hosted one);
without, a local Everruns server that answers like a (very simple) model.
"""

from everruns import Everruns
from everruns.testing import serve_unless_configured

serve_unless_configured()  # only when EVERRUNS_API_KEY is not set

with Everruns() as client:
    agent = client.agents.apply_by_name("quickstart", "You are a friendly assistant. Answer briefly.")
    session = client.sessions.create(harness_name="generic", agent_id=agent.id, title="Quick start")
    reply = client.messages.send_and_wait(session.id, "Hello! What can you do?")
    print(f"agent {agent.id}, session {session.id}")
    print(reply.text)
