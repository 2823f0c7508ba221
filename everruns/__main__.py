"""``python -m everruns``: the everyday flow, end to end.

Creates an agent, opens a session with it on the ``generic`` harness, posts one
message, prints the reply as it streams (``send_and_wait`` with ``on_event``), then
prints a JSON result with the ids and the whole reply. With ``EVERRUNS_API_KEY`` set
it talks to ``EVERRUNS_API_URL`` (or the hosted API); without a key it starts a local
Everruns server for the run, which writes its reply a word at a time as a model would.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import sys
from collections.abc import Iterator
from typing import TextIO

from ._client import Everruns
from ._config import API_KEY_ENV
from ._events import Event
from .errors import EverrunsError

DEFAULT_PROMPT = "Hello! In one sentence, what can you do?"
# The local server writes its reply at about the pace of a model, so that the run shows streaming.
LOCAL_TOKENS_PER_SECOND = 20.0
LOCAL_FIRST_TOKEN_DELAY = 0.3
SYSTEM_PROMPT = "You are a friendly assistant. Answer briefly."


@contextlib.contextmanager
def connect(out: TextIO) -> Iterator[Everruns]:
    """A client for the configured API, or for a local server started for this run."""
    if os.environ.get(API_KEY_ENV):
        with Everruns() as client:
            yield client
        return
    from .testing import LocalServer

    with LocalServer() as server:
        server.model.pace(tokens_per_second=LOCAL_TOKENS_PER_SECOND, first_token_delay=LOCAL_FIRST_TOKEN_DELAY)
        print(f"{API_KEY_ENV} is not set: using a local Everruns server at {server.url}", file=out)
        with Everruns(api_key=next(iter(server.api_keys)), base_url=server.url) as client:
            yield client


def run(client: Everruns, prompt: str, out: TextIO) -> dict[str, str]:
    """The flow itself; returns the result it prints last."""
    agent = client.agents.create(f"quickstart-{secrets.token_hex(3)}", SYSTEM_PROMPT, display_name="Quick start")
    session = client.sessions.create(harness_name="generic", agent_id=agent.id, title="Quick start")

    def show(event: Event) -> None:
        if event.type == "output.message.delta":
            print(event.data.get("delta", ""), end="", file=out, flush=True)

    turn = client.messages.send_and_wait(session.id, prompt, on_event=show)
    print(file=out)
    return {"agent_id": agent.id, "session_id": session.id, "message_id": turn.input_message_id, "reply": turn.text}


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(prog="python -m everruns", description=__doc__.splitlines()[0])
    parser.add_argument("prompt", nargs="?", default=DEFAULT_PROMPT, help="the message to send")
    args = parser.parse_args(argv)
    try:
        with connect(out) as client:
            result = run(client, args.prompt, out)
    except EverrunsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=2), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
