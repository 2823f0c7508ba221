"""The chat page, a new session, and a turn relayed from Everruns to the page."""

import chat_settings as settings
from django.http import Http404, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST

from everruns import Everruns
from everruns.web import BrowserSession, is_same_origin
from everruns.web.django import turn_response

client = Everruns()


@ensure_csrf_cookie  # the page sends it back with POST /sessions
@require_GET
def page(request):
    return HttpResponse(settings.PAGE.read_text(), content_type="text/html; charset=utf-8")


@require_POST  # and CsrfViewMiddleware checks the token
def new_session(request):
    session_id = client.sessions.create(harness_name="generic", title="Chat").id
    BrowserSession(request.session).remember(session_id)
    return JsonResponse({"id": session_id})


@require_GET
def turn(request, session_id):
    own_origin = request.build_absolute_uri("/")
    if not is_same_origin(request.headers.get("Sec-Fetch-Site"), request.headers.get("Origin"), own_origin):
        return HttpResponseForbidden()  # this GET posts a message: never for another site's page
    browser = BrowserSession(request.session)
    if not browser.owns(session_id):
        raise Http404
    return turn_response(request, client, session_id, request.GET.get("text"), **settings.relay_options(browser))
