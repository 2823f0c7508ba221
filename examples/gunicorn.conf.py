"""gunicorn settings for the chat examples (``gunicorn -c ../gunicorn.conf.py ...``).

Threads, because each open relay holds one for as long as its turn streams: a ``sync``
worker would kill it at ``--timeout``. Without ``EVERRUNS_API_KEY`` the master starts a
local Everruns server before forking, so that every worker talks to the same one.
"""

import everruns.web
from everruns.testing import serve_unless_configured

bind = "127.0.0.1:8000"
worker_class = "gthread"
workers = 2
threads = 8  # concurrent relays per worker; browsers open at most 6 per origin over HTTP/1.1
control_socket_disable = True  # gunicorn 27 opens one at a fixed path by default
# The question travels in the turn's URL (EventSource can only GET): room for the page's
# 4,000 characters, percent-encoded, where gunicorn's default stops at 4,094 bytes.
limit_request_line = 8190


def on_starting(server):
    serve_unless_configured()


def post_worker_init(worker):
    # On SIGTERM (a stop or a reload) end the open relays at once instead of after
    # graceful_timeout; browsers reconnect with Last-Event-ID and resume the turn.
    everruns.web.shutdown_on_signals()
