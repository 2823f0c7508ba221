#!/usr/bin/env python
"""Django's command line for the chat example.

    cd examples/django_chat
    python manage.py runserver                      # Django's development server, http://127.0.0.1:8000
    gunicorn -c ../gunicorn.conf.py chat.wsgi       # gunicorn, 2 workers x 8 threads, http://127.0.0.1:8000

Without EVERRUNS_API_KEY both use a local Everruns server that writes like a model.
"""

import os
import sys

from everruns.testing import serve_unless_configured

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chat.settings")
    if sys.argv[1:2] == ["runserver"]:
        serve_unless_configured()  # before the reloader starts its child, which inherits it
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
