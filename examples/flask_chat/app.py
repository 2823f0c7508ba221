"""A chat page whose replies stream in word by word, relayed from Everruns by Flask.

    cd examples/flask_chat
    CHAT_DEBUG=1 flask run                            # Flask's development server, http://127.0.0.1:5000
    CHAT_SECRET_KEY=... gunicorn -c ../gunicorn.conf.py app:app   # 2 workers x 8 threads, http://127.0.0.1:8000

Without EVERRUNS_API_KEY both use a local Everruns server that writes like a model. A
browser drives only the sessions it created (they are kept in its signed session
cookie), from this app's own pages; see ../chat_settings.py for the settings.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/, for chat_settings

import chat_settings as settings
from flask import Flask, abort, jsonify, request, session

from everruns import Everruns
from everruns.testing import serve_unless_configured
from everruns.web import BrowserSession, is_same_origin
from everruns.web.flask import turn_response

serve_unless_configured()  # only when EVERRUNS_API_KEY is not set (gunicorn's master did it already)
client = Everruns()
app = Flask(__name__)
app.config.update(
    SECRET_KEY=settings.secret_key(),
    TRUSTED_HOSTS=settings.ALLOWED_HOSTS,  # a rebinding site's Host gets 400
    SESSION_COOKIE_SAMESITE="Strict",  # another site's request carries no session
    SESSION_COOKIE_HTTPONLY=True,
)


@app.get("/")
def page():
    response = app.response_class(settings.PAGE.read_text(), content_type="text/html; charset=utf-8")
    # The page reads the token from this cookie and sends it back with POST /sessions.
    response.set_cookie("csrftoken", BrowserSession(session).csrf_token(), samesite="Strict")
    return response


@app.post("/sessions")
def new_session():
    browser = BrowserSession(session)
    if not browser.csrf_matches(request.headers.get("X-CSRFToken")):
        abort(403)
    session_id = client.sessions.create(harness_name="generic", title="Chat").id
    browser.remember(session_id)
    return jsonify(id=session_id)


@app.get("/sessions/<session_id>/turn")
def turn(session_id):
    if not is_same_origin(request.headers.get("Sec-Fetch-Site"), request.headers.get("Origin"), request.host_url):
        abort(403)  # this GET posts a message: never for another site's page
    browser = BrowserSession(session)
    if not browser.owns(session_id):
        abort(404)
    return turn_response(client, session_id, request.args.get("text"), **settings.relay_options(browser))
