"""A budget that runs out: the turn pauses, a top-up and a resume let it finish, on the
blocking and the asyncio client alike.

    python examples/budgets.py

With EVERRUNS_API_KEY set it uses the API (EVERRUNS_API_URL, else the hosted one);
without, a local Everruns server, where every reply costs 1 of each budget over its session.
"""

import asyncio

from everruns import AsyncEverruns, BudgetPausedError, Everruns
from everruns.testing import serve_unless_configured

serve_unless_configured()  # only when EVERRUNS_API_KEY is not set

CREDITS = 3  # two replies, then the third pauses: a budget pauses a reply it cannot pay for in full


def blocking() -> None:
    with Everruns() as client:
        session = client.sessions.create(harness_name="generic", title="On a budget")
        client.budgets.create("session", session.id, "credits", CREDITS, soft_limit=2)
        for number in range(1, 10):
            try:
                reply = client.messages.send_and_wait(session.id, f"Question {number}")
            except BudgetPausedError as paused:
                print(f"blocking: question {number} paused: {paused}")
                client.budgets.top_up(paused.budget_id, 5, "more credits")
                client.sessions.resume(session.id)
                with client.messages.resume(session.id, paused.event_id) as turn:
                    print(f"blocking: after the top-up: {turn.wait().text}")
                return
            print(f"blocking: {reply.text}")


async def awaiting() -> None:
    async with AsyncEverruns() as client:
        session = await client.sessions.create(harness_name="generic", title="On a budget")
        await client.budgets.create("session", session.id, "credits", CREDITS)
        for number in range(1, 10):
            try:
                reply = await client.messages.send_and_wait(session.id, f"Question {number}")
            except BudgetPausedError as paused:
                print(f"asyncio: question {number} paused on budget {paused.budget_id}")
                await client.budgets.top_up(paused.budget_id, 5)
                await client.sessions.resume(session.id)
                async with await client.messages.resume(session.id, paused.event_id) as turn:
                    print(f"asyncio: after the top-up: {(await turn.wait()).text}")
                return
            print(f"asyncio: {reply.text}")


blocking()
asyncio.run(awaiting())
