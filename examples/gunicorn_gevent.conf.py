"""gunicorn settings for the chat examples on greenlets (``gunicorn -c ../gunicorn_gevent.conf.py ...``).

gevent, where ../gunicorn.conf.py has threads: each open relay holds a greenlet (a few
tens of KB, no thread), so one worker carries hundreds of replies streaming at once where
a gthread worker carries one per thread. gunicorn patches the standard library in each
worker before it loads the app, so the blocking client's sockets and waits give way to
the other greenlets. Needs ``pip install gevent``.
"""

import os

bind = "127.0.0.1:8000"
worker_class = "gevent"
workers = 2
worker_connections = 1000  # open connections per worker: relays, and the pages beside them
control_socket_disable = True  # gunicorn 27 opens one at a fixed path by default
limit_request_line = 8190  # room for the page's 4,000-character question in the turn's URL
# Replies streaming at once per worker (examples/chat_settings.py reads it). In
# scripts/bench_relay_scale.py one worker on two cores kept 100 replies on pace (p99 last
# word 0.6 s late) and 300 complete but seconds late: the CPU is the limit, not the
# connections, so beyond this a page is told "too_many_relays" rather than kept waiting.
os.environ.setdefault("CHAT_MAX_RELAYS", "100")


def on_starting(server):
    from everruns.testing import serve_unless_configured

    serve_unless_configured()  # without EVERRUNS_API_KEY: one local server for every worker


def post_worker_init(worker):
    import everruns.web

    # On SIGTERM (a stop or a reload) end the open relays at once instead of after
    # graceful_timeout; browsers reconnect with Last-Event-ID and resume the turn.
    everruns.web.shutdown_on_signals()
