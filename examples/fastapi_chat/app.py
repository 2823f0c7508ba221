"""The chat page, with FastAPI and the asyncio client: one event loop relays every open
turn, no thread per reader.

    cd examples/fastapi_chat
    CHAT_DEBUG=1 uvicorn app:app        # http://127.0.0.1:8000

Without EVERRUNS_API_KEY it uses a local Everruns server that writes like a model (one
uvicorn worker: each worker would start a server of its own). A browser drives only the
sessions it created (they are kept in its signed session cookie), from this app's own
pages; see ../chat_settings.py for the settings.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, for chat_settings

import chat_settings as settings
from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from everruns import AsyncEverruns
from everruns.testing import serve_unless_configured
from everruns.web import SSE_HEADERS, BrowserSession, is_same_origin, relay_turn

serve_unless_configured()  # only when EVERRUNS_API_KEY is not set
client = AsyncEverruns()
app = FastAPI(debug=settings.DEBUG)
# Signed (not encrypted) cookie; another site's request carries none.
app.add_middleware(SessionMiddleware, secret_key=settings.secret_key(), same_site="strict")
app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.ALLOWED_HOSTS)  # outermost: runs first


@app.get("/", response_class=HTMLResponse)
async def page(request: Request) -> HTMLResponse:
    response = HTMLResponse(settings.PAGE.read_text())
    # The page reads the token from this cookie and sends it back with POST /sessions.
    response.set_cookie("csrftoken", BrowserSession(request.session).csrf_token(), samesite="strict")
    return response


@app.post("/sessions")
async def new_session(request: Request, x_csrftoken: str | None = Header(None)) -> dict[str, str]:
    browser = BrowserSession(request.session)
    if not browser.csrf_matches(x_csrftoken):
        raise HTTPException(403)
    session_id = (await client.sessions.create(harness_name="generic", title="Chat")).id
    browser.remember(session_id)
    return {"id": session_id}


@app.get("/sessions/{session_id}/turn")
async def turn(request: Request, session_id: str, text: str | None = None, last_event_id: str | None = Header(None)):
    headers = request.headers
    if not is_same_origin(headers.get("sec-fetch-site"), headers.get("origin"), str(request.base_url)):
        raise HTTPException(403)  # this GET posts a message: never for another site's page
    browser = BrowserSession(request.session)
    if not browser.owns(session_id):
        raise HTTPException(404)
    relay = relay_turn(client, session_id, text, last_event_id=last_event_id, **settings.relay_options(browser))
    return StreamingResponse(relay, status_code=relay.status_code, headers=dict(SSE_HEADERS))
