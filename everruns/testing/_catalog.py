"""Read-only catalogues: the simulated models and the built-in capabilities."""

from __future__ import annotations

import hashlib

from ._exchange import Request, Response, json_response
from ._listing import matches_search, paginate, search_term, with_links
from ._problems import invalid, not_found
from ._validation import JsonObject, query_bool, query_str

CATALOG_TIMESTAMP = "2025-01-01T00:00:00.000+00:00"
MODEL_SOURCES = ("manual", "discovered", "predefined")


def _stable_id(prefix: str, name: str) -> str:
    """The same ``<prefix>_<32 hex>`` for a name in every run, so tests can hard-code it."""
    return f"{prefix}_{hashlib.sha256(name.encode()).hexdigest()[:32]}"


def _model(model_id: str, display_name: str, capabilities: list[str], *, favorite: bool) -> JsonObject:
    return {
        "id": _stable_id("model", model_id),
        "provider_id": _stable_id("provider", "llmsim"),
        "provider_name": "Local simulator",
        "provider_type": "llmsim",
        "model_vendor": "llmsim",
        "model_id": model_id,
        "display_name": display_name,
        "capabilities": capabilities,
        "is_favorite": favorite,
        "enabled": True,
        "healthy": True,
        "source": "predefined",
        "profile": None,
        "created_at": CATALOG_TIMESTAMP,
        "updated_at": CATALOG_TIMESTAMP,
    }


MODELS: list[JsonObject] = [
    _model("llmsim-echo", "Echo (simulated)", ["chat", "tools"], favorite=True),
    _model("llmsim-echo-mini", "Echo mini (simulated)", ["chat"], favorite=False),
]


def _capability(capability_id: str, name: str, description: str, category: str, **flags: bool) -> JsonObject:
    return {
        "id": capability_id,
        "name": name,
        "description": description,
        "status": "available",
        "category": category,
        "icon": None,
        "docs_slug": None,
        "system_prompt": None,
        "risk_level": "low",
        "is_guardrail": flags.get("guardrail", False),
        "is_mcp": False,
        "is_skill": False,
        "features": [],
        "dependencies": [],
        "tool_definitions": [],
        "config_schema": {},
        "config_ui_schema": {},
        "localizations": {},
        "agent_count": 0,
        "harness_count": 0,
    }


CAPABILITIES: list[JsonObject] = [
    _capability("current_time", "Current time", "Lets the agent read the date and time.", "utilities"),
    _capability("web_fetch", "Web fetch", "Lets the agent download a web page as text.", "web"),
    _capability("session_file_system", "Session files", "A private file area for each session.", "files"),
    _capability("guardrails", "Guardrails", "Checks text against block lists and patterns.", "safety", guardrail=True),
]


def find_model(reference: str) -> JsonObject | None:
    """The model whose ``id`` or ``model_id`` is ``reference``."""
    return next((m for m in MODELS if reference in (m["id"], m["model_id"])), None)


def list_all_models(request: Request) -> Response:
    """``GET /v1/models``: ``{data}``, filtered by ``source`` and ``favorites_only``."""
    source = query_str(request.query, "source")
    if source is not None and source not in MODEL_SOURCES:
        raise invalid(f"source must be one of {', '.join(MODEL_SOURCES)}, got {source!r}")
    favorites_only = query_bool(request.query, "favorites_only") or False
    chosen = [
        m for m in MODELS if (source is None or m["source"] == source) and (m["is_favorite"] or not favorites_only)
    ]
    return json_response({"data": [_present_model(request, m) for m in chosen]})


def get_model(request: Request) -> Response:
    """``GET /v1/models/{id}``: by catalogue id or by ``model_id``."""
    model = find_model(request.params["id"])
    if model is None:
        raise not_found("model", request.params["id"])
    return json_response(_present_model(request, model))


def list_capabilities(request: Request) -> Response:
    """``GET /v1/capabilities``: paginated, with ``search`` over id, name and description."""
    term = search_term(request)
    chosen = [c for c in CAPABILITIES if matches_search(c, term, ("id", "name", "description"))]
    return json_response(
        paginate(request, chosen, lambda c: _present_capability(request, c), min_limit=0, max_limit=None)
    )


def get_capability(request: Request) -> Response:
    """``GET /v1/capabilities/{capability_id}``."""
    capability = next((c for c in CAPABILITIES if c["id"] == request.params["capability_id"]), None)
    if capability is None:
        raise not_found("capability", request.params["capability_id"])
    return json_response(_present_capability(request, capability))


def _present_model(request: Request, model: JsonObject) -> JsonObject:
    return with_links(request, model, f"/v1/models/{model['id']}", f"/models/{model['id']}")


def _present_capability(request: Request, capability: JsonObject) -> JsonObject:
    return with_links(request, capability, f"/v1/capabilities/{capability['id']}", f"/capabilities/{capability['id']}")
