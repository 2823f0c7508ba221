"""The chat page, a new session, and a turn relayed from Everruns to the page."""

import os
from pathlib import Path

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST

from everruns import Everruns
from everruns.web.django import turn_response

PAGE = Path(__file__).resolve().parents[2] / "chat.html"
KEEPALIVE = float(os.environ.get("CHAT_KEEPALIVE", "15"))  # seconds

client = Everruns()


@ensure_csrf_cookie  # the page sends it back with POST /sessions
@require_GET
def page(request):
    return HttpResponse(PAGE.read_text(), content_type="text/html; charset=utf-8")


@require_POST
def new_session(request):
    return JsonResponse({"id": client.sessions.create(harness_name="generic", title="Chat").id})


@require_GET
def turn(request, session_id):
    return turn_response(request, client, session_id, request.GET.get("text"), keepalive=KEEPALIVE)
