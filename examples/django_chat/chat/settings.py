"""Settings of the chat example: no database, no installed apps, just three views."""

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "only-for-this-example-set-DJANGO_SECRET_KEY")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
ROOT_URLCONF = "chat.urls"
WSGI_APPLICATION = "chat.wsgi.application"
INSTALLED_APPS: list[str] = []
DATABASES: dict[str, dict[str, str]] = {}
MIDDLEWARE = [
    # Compression stays on: the relay's Content-Encoding keeps it off the event stream.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
USE_TZ = True
