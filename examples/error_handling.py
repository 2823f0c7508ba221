"""Error handling: every error is a typed exception you can catch by what went wrong.

python examples/error_handling.py
"""

from everruns import (
    ApiError,
    Everruns,
    EverrunsError,
    NotFoundError,
    TurnFailedError,
    TurnTimeoutError,
    ValidationError,
)
from everruns.testing import serve_unless_configured

local = serve_unless_configured()  # a local server when EVERRUNS_API_KEY is not set

with Everruns(max_retries=2) as client:
    try:  # refused before anything is sent
        client.agents.create("Not A Slug!", "Hi")
    except ValidationError as error:
        print(f"ValidationError ({error.field}): {error}")

    try:  # the API says no
        client.agents.get("agent_" + "0" * 32)
    except NotFoundError as error:
        print(f"NotFoundError: {error.code}, request {error.request_id}")

    session = client.sessions.create(harness_name="generic", title="Errors")
    if local is not None:  # make the local server's next turn fail, as a model provider might
        local.model.script_failure("the model provider is down", code="llm_unavailable")
    try:
        client.messages.send_and_wait(session.id, "Hello?", timeout=60)
    except TurnFailedError as error:
        print(f"TurnFailedError: {error.error_code}: {error.error}")
    except TurnTimeoutError:
        print("The turn took too long; it goes on running on the server.")
    except ApiError as error:  # any other error status: status_code, code, detail, request_id
        print(f"ApiError {error.status_code}: {error.code}")
    except EverrunsError as error:  # the base of them all (network errors included)
        print(f"EverrunsError: {error}")
