"""What the three chat apps (Flask, Django, FastAPI) share: the page, the limits, and the
settings they read from the environment, each read here once.

    CHAT_SECRET_KEY     signs the session cookie that ties sessions to their browser
                        (required, unless CHAT_DEBUG=1)
    CHAT_DEBUG=1        development: a fixed signing secret is used when none is set
                        (Django's DEBUG too); never on a server others can reach
    CHAT_ALLOWED_HOSTS  comma-separated host names the app answers to
                        (default: 127.0.0.1,localhost,[::1])
    CHAT_MAX_RELAYS     replies streaming at once in one process (default 6: below a
                        gunicorn worker's 8 threads, so pages still load); a browser
                        gets at most 3 of them (each worker process counts its own)
    CHAT_TURN_TIMEOUT   seconds a reply may stream (default 60)
    CHAT_KEEPALIVE      seconds between keepalives while a reply is quiet (default 15)
"""

import os
from pathlib import Path

from everruns.web import RelayLimits

PAGE = Path(__file__).resolve().parent / "chat.html"
MAX_TEXT = 4000  # characters of a question; the page says so too (maxlength)
RELAYS_PER_BROWSER = 3

DEBUG = os.environ.get("CHAT_DEBUG") == "1"
ALLOWED_HOSTS = [host.strip() for host in os.environ.get("CHAT_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")]
TURN_TIMEOUT = float(os.environ.get("CHAT_TURN_TIMEOUT", "60"))
KEEPALIVE = float(os.environ.get("CHAT_KEEPALIVE", "15"))
LIMITS = RelayLimits(per_browser=RELAYS_PER_BROWSER, per_process=int(os.environ.get("CHAT_MAX_RELAYS", "6")))

_DEVELOPMENT_SECRET = "development only: anyone can sign cookies with this"  # noqa: S105  # public by design


def secret_key():
    """The secret that signs session cookies, from CHAT_SECRET_KEY; outside development
    (CHAT_DEBUG=1) there is no fallback, as anyone who knows the secret can claim any
    browser's sessions."""
    secret = os.environ.get("CHAT_SECRET_KEY", "")
    if secret:
        return secret
    if DEBUG:
        return _DEVELOPMENT_SECRET
    raise RuntimeError(
        "CHAT_SECRET_KEY is not set: set it to a long random value, for example the output of\n"
        "    python -c 'import secrets; print(secrets.token_urlsafe(32))'\n"
        "(or CHAT_DEBUG=1 for development on this machine only)"
    )


def relay_options(browser):
    """The settings of a turn's relay for ``browser`` (its ``BrowserSession``): short
    turns, a bounded question, and at most RELAYS_PER_BROWSER open at once."""
    return {
        "keepalive": KEEPALIVE,
        "timeout": TURN_TIMEOUT,
        "max_text": MAX_TEXT,
        "limits": LIMITS,
        "browser": browser.key,
    }
