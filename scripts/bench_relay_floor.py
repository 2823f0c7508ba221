"""The floor of scripts/bench_relay_scale.py: the least a relay can do, as a WSGI app for
``gunicorn -k gevent``. It opens the session's event stream on the local server, posts
the message, and hands the browser the upstream bytes as they come, untouched (every
event, no parsing, no filtering), until the turn has ended.

    GET /turn?session=<id>&text=<text>      (EVERRUNS_API_URL: the local server, key "dev")

No cookies, no checks, no SDK: what is left is the cost of the sockets, the HTTP and the
worker, which every relay pays.
"""

from __future__ import annotations

import http.client
import json
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

UPSTREAM = urlsplit(os.environ.get("EVERRUNS_API_URL", "http://127.0.0.1:8080/api"))
HEADERS = {"Authorization": "dev", "Content-Type": "application/json"}
TURN_ENDED = b"event: turn.completed"


def app(environ: dict[str, Any], start_response: Any) -> Iterator[bytes]:
    query = parse_qs(environ.get("QUERY_STRING", ""))
    session, text = query["session"][0], query["text"][0]
    stream = http.client.HTTPConnection(UPSTREAM.hostname, UPSTREAM.port)
    stream.request("GET", f"{UPSTREAM.path}/v1/sessions/{session}/sse", headers=HEADERS)
    events = stream.getresponse()
    post = http.client.HTTPConnection(UPSTREAM.hostname, UPSTREAM.port)
    message = {"message": {"role": "user", "content": [{"type": "text", "text": text}]}}
    post.request("POST", f"{UPSTREAM.path}/v1/sessions/{session}/messages", json.dumps(message), HEADERS)
    post.getresponse().read()
    post.close()
    start_response("200 OK", [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")])
    return _forward(stream, events)


def _forward(stream: http.client.HTTPConnection, events: http.client.HTTPResponse) -> Iterator[bytes]:
    try:
        tail = b""  # the end of the chunk before: the marker may come split over two chunks
        while chunk := events.read1(65536):
            yield chunk
            if TURN_ENDED in tail + chunk:
                return
            tail = chunk[-len(TURN_ENDED) :]
    finally:
        stream.close()
