"""Everruns from Celery workers: one client per worker process, a turn run in a task, and
errors and retries that reach the caller.

    cd examples && celery -A celery_tasks worker      # EVERRUNS_API_KEY, CELERY_BROKER_URL...

The client is made when a worker process imports this module; the prefork pool forks its
children after that, which is safe (a forked child opens connections of its own). What a
task returns or raises reaches the caller through the result backend, as JSON by default:
a turn as ``TurnResult.to_dict()``, a model as its ``to_dict()``, and an SDK error whole
(its class, ``status_code``, ``code``, ``request_id``...), so the caller can write::

    from everruns import NotFoundError
    from everruns.types import TurnResult

    reply = TurnResult.from_dict(answer.delay(session_id, "Where is A-7?").get(timeout=300))
    try:
        card = agent_card.delay(agent_id).get(timeout=60)
    except NotFoundError as error:
        print(error.status_code, error.code, error.request_id)
"""

import os

from celery import Celery

from everruns import Everruns, RateLimitError, ServerError, tool

app = Celery(
    "everruns_tasks",
    broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"),
    backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1"),
)
app.conf.broker_connection_retry_on_startup = True

# One client per worker process (never pass one to a task: it cannot be pickled). With
# max_retries=0 the client gives a failed request back at once and Celery retries the task
# later, so no worker sits sleeping through a backoff.
client = Everruns(max_retries=0)


@tool
def order_status(order_id: str) -> dict:
    """Where an order is: its status and carrier."""
    return {"order_id": order_id, "status": "shipped", "carrier": "DHL"}


@app.task
def answer(session_id: str, text: str) -> dict:
    """Run one turn, calling ``order_status`` whenever the agent asks, and return the result
    as JSON. Not retried: a second attempt would post the message (and start a turn) again."""
    return client.tools.run_turn(session_id, text, tools=[order_status], timeout=240).to_dict()


@app.task(bind=True, max_retries=5, default_retry_delay=2)
def agent_card(self, agent_id: str) -> dict:
    """An agent as JSON. Rate limits and server errors are tried again, after the wait the
    server asked for (``retry_after``) or ``default_retry_delay``; any other SDK error, or
    the last one once the retries are used up, reaches the caller as raised."""
    try:
        return client.agents.get(agent_id).to_dict()
    except (RateLimitError, ServerError) as error:
        raise self.retry(exc=error, countdown=error.retry_after) from error
