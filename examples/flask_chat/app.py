"""A chat page whose replies stream in word by word, relayed from Everruns by Flask.

    cd examples/flask_chat
    flask run                             # Flask's development server, http://127.0.0.1:5000
    gunicorn -c ../gunicorn.conf.py app:app    # gunicorn, 2 workers x 8 threads, http://127.0.0.1:8000

Without EVERRUNS_API_KEY both use a local Everruns server that writes like a model.
"""

import os
from pathlib import Path

from flask import Flask, jsonify, request

from everruns import Everruns
from everruns.testing import serve_unless_configured
from everruns.web.flask import turn_response

PAGE = Path(__file__).resolve().parent.parent / "chat.html"
KEEPALIVE = float(os.environ.get("CHAT_KEEPALIVE", "15"))  # seconds

serve_unless_configured()  # only when EVERRUNS_API_KEY is not set (gunicorn's master did it already)
client = Everruns()
app = Flask(__name__)


@app.get("/")
def page():
    return PAGE.read_text(), {"Content-Type": "text/html; charset=utf-8"}


@app.post("/sessions")
def new_session():
    return jsonify(id=client.sessions.create(harness_name="generic", title="Chat").id)


@app.get("/sessions/<session_id>/turn")
def turn(session_id):
    return turn_response(client, session_id, request.args.get("text"), keepalive=KEEPALIVE)
