"""Settings of the chat example: no database, no installed apps, just three views, with
the session (the sessions this browser created) in a signed cookie."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # examples/, for chat_settings

import chat_settings

DEBUG = chat_settings.DEBUG
SECRET_KEY = chat_settings.secret_key()  # no fallback unless DEBUG
ALLOWED_HOSTS = chat_settings.ALLOWED_HOSTS  # a rebinding site's Host gets 400
ROOT_URLCONF = "chat.urls"
WSGI_APPLICATION = "chat.wsgi.application"
INSTALLED_APPS: list[str] = []
DATABASES: dict[str, dict[str, str]] = {}
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Compression stays on: the relay's Content-Encoding keeps it off the event stream.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"  # signed with SECRET_KEY, no database
SESSION_COOKIE_SAMESITE = "Strict"  # another site's request carries no session
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
USE_TZ = True
