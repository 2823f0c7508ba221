"""Print a reply as it is written: one turn's events, as they happen.

python examples/stream_reply.py "Tell me about streaming"
"""

import sys

from everruns import Everruns
from everruns.testing import serve_unless_configured

serve_unless_configured()  # a local server, paced like a model, without EVERRUNS_API_KEY

question = " ".join(sys.argv[1:]) or "Tell me about streaming, word by word."
with Everruns() as client:
    session = client.sessions.create(harness_name="generic", title="Streaming")
    with client.messages.stream(session.id, question, timeout=120) as turn:
        for event in turn:
            if event.type == "output.message.delta":
                print(event.data.get("delta", ""), end="", flush=True)
    print()
    result = turn.result()  # raises TurnFailedError if the turn failed
    print(f"[{result.status}: {len(result.events)} events, message {result.message and result.message['id']}]")
