"""Client-side tools: the agent asks, your Python function answers.

python examples/client_tools.py
"""

from everruns import Everruns, tool
from everruns.testing import serve_unless_configured


@tool
def get_weather(city: str) -> dict:
    """The current weather in a city."""
    return {"city": city, "temperature_c": 21, "sky": "clear"}


local = serve_unless_configured()  # a local server when EVERRUNS_API_KEY is not set
if local is not None:  # the local server's model calls tools only when told to
    local.model.script_tool_calls([{"name": "get_weather", "arguments": {"city": "Zurich"}}])

with Everruns() as client:
    session = client.tools.create_session([get_weather], harness_name="generic", title="Weather")
    answer = client.tools.run_turn(session.id, "What is the weather in Zurich?", tools=[get_weather])
    print(answer.text)
