"""The chat page, with FastAPI and the asyncio client: one event loop relays every open
turn, no thread per reader.

    cd examples/fastapi_chat
    uvicorn app:app        # http://127.0.0.1:8000

Without EVERRUNS_API_KEY it uses a local Everruns server that writes like a model (one
uvicorn worker: each worker would start a server of its own).
"""

import os
from pathlib import Path

from fastapi import FastAPI, Header
from fastapi.responses import HTMLResponse, StreamingResponse

from everruns import AsyncEverruns
from everruns.testing import serve_unless_configured
from everruns.web import SSE_HEADERS, relay_turn

PAGE = Path(__file__).resolve().parent.parent / "chat.html"
KEEPALIVE = float(os.environ.get("CHAT_KEEPALIVE", "15"))  # seconds

serve_unless_configured()  # only when EVERRUNS_API_KEY is not set
client = AsyncEverruns()
app = FastAPI()


@app.get("/", response_class=HTMLResponse)
async def page() -> str:
    return PAGE.read_text()


@app.post("/sessions")
async def new_session() -> dict[str, str]:
    return {"id": (await client.sessions.create(harness_name="generic", title="Chat")).id}


@app.get("/sessions/{session_id}/turn")
async def turn(session_id: str, text: str | None = None, last_event_id: str | None = Header(None)):
    relay = relay_turn(client, session_id, text, last_event_id=last_event_id, keepalive=KEEPALIVE)
    return StreamingResponse(relay, headers=dict(SSE_HEADERS))
