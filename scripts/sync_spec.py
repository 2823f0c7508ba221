"""Produce the project's ``openapi.json`` from the upstream Everruns API description.

The output carries structure only (paths, parameters, bodies, responses, schemas and
their constraints), never the upstream prose, and it is rewritten into forms that the
pinned openapi-python-client reads without a warning. Every rewrite is a small function
below that keeps the meaning: a payload valid upstream stays valid here.

Usage: python scripts/sync_spec.py [SOURCE] [--output openapi.json] [--report FILE] [--force]
SOURCE is a path or an http(s) URL; it defaults to ../shared/upstream/everruns-openapi.json.
The operations the server serves beyond the description (``openapi-overlay.json``, see
``spec_overlay.py``) are added first; the change report (``spec_changes.py``) follows.
"""

from __future__ import annotations

import argparse
import copy
import json
import logging
import re
import sys
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from facade_map import facade_methods_by_endpoint
from spec_changes import breaks, report
from spec_overlay import DEFAULT_OVERLAY, apply_overlay, load_overlay

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "upstream" / "everruns-openapi.json"
DEFAULT_OUTPUT = ROOT / "openapi.json"

Json = dict[str, Any]

# Keywords that only carry prose or sample data.
PROSE_KEYWORDS = frozenset({"description", "summary", "example", "examples", "externalDocs"})
# The extensions the sync reads (upstream's, and those it writes itself: running it on its
# own output changes nothing); any other ``x-...`` key says nothing the SDK uses (and the
# generator trips over some), so the structure leaves it out.
KNOWN_EXTENSIONS = frozenset(
    {"x-sdk-response-wrapper", "x-side-effect", "x-replaces", "x-sse-data-schema", "x-event-payloads"}
)
# Keys under which every child key is a *name* (a property, a path, a status code...),
# not a keyword, so a property called "description" survives.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "schemas",
        "paths",
        "responses",
        "content",
        "headers",
        "encoding",
        "securitySchemes",
        "variables",
        "links",
        "callbacks",
        "requestBodies",
    }
)
# Keys whose values are data (literal JSON values), never to be walked.
DATA_KEYWORDS = frozenset({"enum", "const", "default", "required", "mapping"})
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

logger = logging.getLogger("sync_spec")


class RewriteConflictError(ValueError):
    """A rewrite does not apply to one schema: it is left as upstream spells it."""


def warn(message: str) -> None:
    """One line about a schema a rewrite left as upstream spells it; the sync goes on."""
    logger.warning(message)


# --- prose -----------------------------------------------------------------------------


def strip_prose(node: Any) -> Any:
    """Return a copy of ``node`` without prose keywords and extensions the sync does not
    read, keeping names that look like them."""
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    result: Json = {}
    for key, value in node.items():
        if key in PROSE_KEYWORDS or (key.startswith("x-") and key not in KNOWN_EXTENSIONS):
            continue
        if key in DATA_KEYWORDS or key.startswith("x-"):
            result[key] = copy.deepcopy(value)
        elif key in NAME_MAPS and isinstance(value, dict):
            result[key] = {name: strip_prose(child) for name, child in value.items()}
        else:
            result[key] = strip_prose(value)
    return result


def keep_structural_document(spec: Json) -> Json:
    """The top level without prose: ``info`` keeps only its title, version and licence."""
    info = spec.get("info", {})
    kept_info = {key: info[key] for key in ("title", "version") if key in info}
    if "license" in info:
        kept_info["license"] = {k: v for k, v in info["license"].items() if k in ("name", "identifier", "url")}
    result: Json = {"openapi": spec["openapi"], "info": kept_info}
    if "servers" in spec:
        result["servers"] = [{"url": server["url"]} for server in spec["servers"]]
    if "tags" in spec:
        result["tags"] = [{"name": tag["name"]} for tag in spec["tags"]]
    for key in ("paths", "components", "security"):
        if key in spec:
            result[key] = strip_prose(spec[key])
    return result


def restore_required_descriptions(spec: Json) -> Json:
    """OpenAPI requires ``description`` on every response object: give each an empty one."""
    for operation in iter_operations(spec):
        for response in operation.get("responses", {}).values():
            if "$ref" not in response:
                response["description"] = ""
    for response in spec.get("components", {}).get("responses", {}).values():
        response["description"] = ""
    return spec


# --- helpers ---------------------------------------------------------------------------


def iter_operations(spec: Json) -> Iterator[Json]:
    for path_item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            if method in path_item:
                yield path_item[method]


def iter_schemas(node: Any) -> Iterator[Json]:
    """Every dict nested in ``node`` (depth first), data keywords excluded."""
    if isinstance(node, list):
        for item in node:
            yield from iter_schemas(item)
    elif isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key not in DATA_KEYWORDS and not key.startswith("x-"):
                yield from iter_schemas(value)


def pascal(value: str) -> str:
    """``client_side`` -> ``ClientSide``; ``image/jpeg`` -> ``ImageJpeg``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", value) if part)


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def single_value_tag(schema: Json) -> tuple[str, str] | None:
    """``(property, value)`` when ``schema`` is an object that pins exactly one property
    to exactly one string value (the way the API tags union branches), else ``None``."""
    properties = schema.get("properties", {})
    for name, prop in properties.items():
        values = prop.get("enum")
        if values is None and "const" in prop:
            values = [prop["const"]]
        if (
            isinstance(values, list)
            and len(values) == 1
            and isinstance(values[0], str)
            and name in schema.get("required", [])
        ):
            return name, values[0]
    return None


def add_component(schemas: Json, name: str, schema: Json) -> str | None:
    """Register ``schema`` under ``name`` and return its ``$ref``; ``None`` (and a
    warning) when the description already has another schema of that name."""
    if name in schemas and schemas[name] != schema:
        warn(f"{name}: a rewrite wanted this name for a schema of its own, but the description has one; left inline")
        return None
    schemas[name] = schema
    return f"#/components/schemas/{name}"


def structural_keys(node: Json) -> set[str]:
    """The keys of a schema that say what it accepts: extensions (``x-...``) say nothing."""
    return {key for key in node if not key.startswith("x-")}


def is_plain_object(node: Any) -> bool:
    """An object schema that lists its own fields: no reference and no composition."""
    return (
        isinstance(node, dict)
        and not structural_keys(node) & {"$ref", "allOf", "oneOf", "anyOf"}
        and (node.get("type") == "object" or "properties" in node)
    )


# --- rewrites --------------------------------------------------------------------------


def merge_tagged_allof_branches(spec: Json) -> Json:
    """A ``oneOf`` branch ``allOf: [{$ref: Base}, {properties: {type: {enum: [v]}}}]`` becomes a
    ``$ref`` to a new component ``<Union><V>`` holding Base's fields plus the tag property.

    The generator cannot read such an ``allOf`` inside a union. The merged object accepts
    exactly what the ``allOf`` accepts (Base's constraints and the pinned tag), so the tag
    value still reaches the wire and still picks the branch when parsing.
    """
    schemas = spec["components"]["schemas"]
    for union_name in sorted(schemas):
        union = schemas[union_name]
        branches = union.get("oneOf") or union.get("anyOf") or []
        for index, branch in enumerate(branches):
            parts = branch.get("allOf")
            if not (isinstance(parts, list) and len(parts) == 2 and structural_keys(branch) == {"allOf"}):
                continue
            base_ref, tag_schema = sorted(parts, key=lambda part: "$ref" not in part)  # in either order
            if set(base_ref) != {"$ref"} or "$ref" in tag_schema:
                continue
            tag = single_value_tag(tag_schema)
            base = schemas.get(ref_name(base_ref["$ref"]))
            if tag is None or base is None or base.get("type") != "object" or "allOf" in base:
                continue
            merged = copy.deepcopy(base)
            merged.setdefault("properties", {}).update(copy.deepcopy(tag_schema["properties"]))
            required = list(dict.fromkeys([*merged.get("required", []), *tag_schema.get("required", [])]))
            merged["required"] = required
            merged_ref = add_component(schemas, union_name + pascal(tag[1]), merged)
            if merged_ref is not None:
                branches[index] = {"$ref": merged_ref}
    return spec


def hoist_tagged_inline_branches(spec: Json) -> Json:
    """An inline object branch of a ``oneOf`` that carries a one-value tag becomes a named
    component ``<Union><V>``.

    Inline branches get generated names such as ``TaskMessagePartType1``, and their nested
    inline objects then collide (``TaskMessagePartType1Data`` twice). A named component
    is the same schema under a stable, readable name.
    """
    schemas = spec["components"]["schemas"]
    for union_name in sorted(schemas):
        union = schemas[union_name]
        branches = union.get("oneOf") or union.get("anyOf") or []
        for index, branch in enumerate(branches):
            if "$ref" in branch or branch.get("type") != "object":
                continue
            tag = single_value_tag(branch)
            if tag is None:
                continue
            hoisted = add_component(schemas, union_name + pascal(tag[1]), branch)
            if hoisted is not None:
                branches[index] = {"$ref": hoisted}
    return spec


def relax_untagged_object_unions(spec: Json) -> Json:
    """A ``oneOf`` of object schemas with no tag property to tell them apart becomes an
    ``anyOf``.

    ``oneOf`` demands that exactly one branch match. Objects that only list optional
    fields overlap (``EventData``: an ``{"turn_id": ...}`` payload fits a dozen event
    payloads), so real payloads match several branches and fail. ``anyOf`` accepts
    every payload ``oneOf`` accepted; the generator reads both as the same union.
    """
    schemas = spec["components"]["schemas"]

    def target(branch: Json) -> Json:
        return schemas.get(ref_name(branch["$ref"]), {}) if "$ref" in branch else branch

    for schema in iter_schemas(schemas):
        branches = schema.get("oneOf")
        if not isinstance(branches, list) or not branches:
            continue
        objects = [target(branch) for branch in branches]
        if all(obj.get("type") == "object" for obj in objects) and any(
            single_value_tag(obj) is None for obj in objects
        ):
            schema["anyOf"] = schema.pop("oneOf")
    return spec


def open_event_data_to_new_types(spec: Json) -> Json:
    """``EventData`` gets a last branch, ``OtherEventData`` (any object), for event types
    newer than the description.

    The API adds event types over time and clients are to pass unknown ones through.
    Without the open branch the generated ``Event`` model fails to read a session's
    events as soon as one of them has a new type. The union only grows, so every
    payload valid before stays valid.
    """
    schemas = spec["components"]["schemas"]
    event_data = schemas.get("EventData")
    if event_data is None:
        return spec
    branches = event_data.get("anyOf") or event_data.get("oneOf") or []
    catch_all = add_component(schemas, "OtherEventData", {"type": "object", "additionalProperties": True})
    if catch_all is not None and {"$ref": catch_all} not in branches:
        branches.append({"$ref": catch_all})
    return spec


# Event types whose payload model is not named for them (``output.message.delta`` has
# ``OutputMessageDeltaData``; these share one model). A key ending in a dot stands for every
# type it begins.
SHARED_EVENT_PAYLOADS: dict[str, str] = {
    "task.created": "SessionTaskEventData",
    "task.updated": "SessionTaskEventData",
    "task.message.sent": "TaskMessageEventData",
    "task.message.received": "TaskMessageEventData",
    "budget.": "BudgetEventData",
    "voice.transcript.": "VoiceTranscriptData",
}
EVENT_PAYLOADS = "x-event-payloads"  # on EventData: SHARED_EVENT_PAYLOADS, as far as they still hold


def state_shared_event_payloads(spec: Json) -> Json:
    """``EventData`` carries, as ``x-event-payloads``, the event types that share a payload
    model (``SHARED_EVENT_PAYLOADS``), for the generated map from event type to model.

    Every other payload model is named for its type, so a payload the description adds
    is mapped by regenerating alone. An entry whose model is no longer a payload is
    left out, with a warning.
    """
    event_data = spec["components"]["schemas"].get("EventData")
    if event_data is None:
        return spec
    branches = event_data.get("anyOf") or event_data.get("oneOf") or []
    payloads = {ref_name(branch["$ref"]) for branch in branches if "$ref" in branch}
    stated = {}
    for event_type, model in SHARED_EVENT_PAYLOADS.items():
        if model in payloads:
            stated[event_type] = model
        else:
            warn(f"SHARED_EVENT_PAYLOADS[{event_type!r}]: {model} is no longer an event payload; left out")
    event_data[EVENT_PAYLOADS] = stated
    return spec


def wrap_ref_siblings(spec: Json) -> Json:
    """``{$ref: X, k: v}`` becomes ``{allOf: [{$ref: X}], k: v}``.

    In OpenAPI 3.1 keywords beside a ``$ref`` apply together with it; the generator
    ignores them or, inside unions, rejects the schema. ``allOf`` with one member states
    the same constraint in a form it reads. Prose siblings are already gone by now, and
    extensions beside a ``$ref`` (which constrain nothing) are dropped.
    """
    for schema in iter_schemas({"paths": spec.get("paths", {}), "components": spec.get("components", {})}):
        if "$ref" not in schema or len(schema) == 1:
            continue
        ref = schema.pop("$ref")
        siblings = {key: value for key, value in schema.items() if not key.startswith("x-")}
        schema.clear()
        schema.update({"allOf": [{"$ref": ref}], **siblings} if siblings else {"$ref": ref})
    return spec


def flatten_nested_allof(spec: Json) -> Json:
    """An ``allOf`` member that is itself only an ``allOf`` is replaced by its members,
    however deep the nesting.

    ``allOf`` is associative, so the schema means the same. The generator merges one
    level of ``allOf`` and silently drops what sits deeper: an agent "with counts and
    URLs" came out with the URLs and none of the agent's fields. (A member's extensions
    go with it: they constrain nothing.)
    """

    def members_of(members: list[Any]) -> list[Any]:
        flat: list[Any] = []
        for member in members:
            if isinstance(member, dict) and structural_keys(member) == {"allOf"}:
                flat.extend(members_of(member["allOf"]))
            else:
                flat.append(member)
        return flat

    for schema in iter_schemas({"paths": spec.get("paths", {}), "components": spec.get("components", {})}):
        members = schema.get("allOf")
        if isinstance(members, list):
            schema["allOf"] = members_of(members)
    return spec


def declare_path_parameters(spec: Json) -> Json:
    """A ``{name}`` in a path that no parameter declares gets a required string parameter.

    The server routes on the template either way; without the declaration the generator
    refuses the whole operation ("Path parameters do not match with path").
    """
    for path, path_item in spec["paths"].items():
        template_names = re.findall(r"{([^}]+)}", path)
        shared = [p for p in path_item.get("parameters") or [] if p.get("in") == "path"]
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            parameters = operation.get("parameters") or []
            declared = {p["name"] for p in [*shared, *parameters] if p.get("in") == "path"}
            for name in template_names:
                if name not in declared:
                    parameters.append({"in": "path", "name": name, "required": True, "schema": {"type": "string"}})
            if parameters:
                operation["parameters"] = parameters
            elif "parameters" in operation:
                del operation["parameters"]
    return spec


def type_multipart_file_bodies(spec: Json) -> Json:
    """A ``multipart/form-data`` body typed as a bare string becomes an object with one
    binary part named ``file``.

    A string is no description of a form; the API takes the upload in the ``file`` part.
    With an object schema the generator emits a typed form with a ``File`` field.
    """
    for operation in iter_operations(spec):
        content = operation.get("requestBody", {}).get("content", {})
        media = content.get("multipart/form-data")
        if media is not None and media.get("schema") == {"type": "string"}:
            media["schema"] = {
                "type": "object",
                "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary"}},
            }
    return spec


def is_raw_media_type(content_type: str) -> bool:
    """Neither JSON nor a form: the body is the bytes themselves."""
    return not (
        content_type == "application/json"
        or content_type.endswith("+json")
        or content_type in ("multipart/form-data", "application/x-www-form-urlencoded")
    )


def type_raw_request_bodies(spec: Json) -> Json:
    """A raw request body (``text/plain``, ``application/octet-stream``) typed as a string
    gets ``format: binary``.

    Either way the body is the bytes on the wire; with ``binary`` the generator emits a
    ``File`` argument, which is what its raw-body code expects (a bare string is not).
    """
    for operation in iter_operations(spec):
        for content_type, media in operation.get("requestBody", {}).get("content", {}).items():
            if is_raw_media_type(content_type) and media.get("schema") == {"type": "string"}:
                media["schema"] = {"type": "string", "format": "binary"}
    return spec


def declare_text_body_charset(spec: Json) -> Json:
    """A ``text/plain`` request body is declared ``text/plain; charset=utf-8``.

    The body is the UTF-8 encoding of the text, so the parameter only says what is sent.
    It also gives raw text *bodies* a media type of their own, which generator-config.yaml
    maps to the raw-bytes body the generator can send, while ``text/plain`` *responses*
    stay text.
    """
    for operation in iter_operations(spec):
        content = operation.get("requestBody", {}).get("content", {})
        if "text/plain" in content:
            content["text/plain; charset=utf-8"] = content.pop("text/plain")
    return spec


def type_event_streams_as_text(spec: Json) -> Json:
    """A ``text/event-stream`` response is typed as text; the schema of each frame's
    ``data`` moves to ``x-sse-data-schema`` beside it.

    The stream is a sequence of SSE frames, not one JSON document, and the generator
    would try to parse the whole body as the frame schema. Nothing is lost: the frame
    schema stays in the media object for the SDK's stream reader and its tests.
    """
    for operation in iter_operations(spec):
        for response in operation.get("responses", {}).values():
            media = response.get("content", {}).get("text/event-stream")
            if media is not None and "schema" in media and media["schema"] != {"type": "string"}:
                media["x-sse-data-schema"] = media.pop("schema")
                media["schema"] = {"type": "string"}
    return spec


def type_schemaless_responses(spec: Json) -> Json:
    """A raw response media type without a schema gets one: text for ``text/*``, binary
    otherwise.

    Without a schema the generator types the result as ``Any`` and drops it (no ``sync``
    function at all); with one it returns the text or the bytes.
    """
    for operation in iter_operations(spec):
        for response in operation.get("responses", {}).values():
            for content_type, media in response.get("content", {}).items():
                if "schema" in media or not is_raw_media_type(content_type):
                    continue
                if content_type.startswith("text/"):
                    media["schema"] = {"type": "string"}
                else:
                    media["schema"] = {"type": "string", "format": "binary"}
    return spec


def type_session_status_as_string(spec: Json) -> Json:
    """A session's ``status`` property is a string (``started``, ``active``, ``idle``...).

    Upstream points it at the ``SessionStatus`` component, which is a different thing
    with a colliding name (the app channel's ``{session_id, status, messages}`` object).
    Servers send the string, and a client typed after the object cannot read any session.
    This is the one rewrite that corrects the description instead of restating it.
    """
    wrong = "#/components/schemas/SessionStatus"
    for schema in iter_schemas(spec["components"]["schemas"]):
        status = schema.get("properties", {}).get("status") if isinstance(schema.get("properties"), dict) else None
        if isinstance(status, dict) and status.get("$ref") == wrong:
            schema["properties"]["status"] = {"type": "string"}
    return spec


# --- one schema per resource --------------------------------------------------------------
#
# The description spells one resource several ways: an agent is ``Agent``, ``WithUrls_Agent``
# (create), ``WithUrls_ResourceWithCounts_Agent`` (get) and an inline copy inside each list
# (list), and the generator makes a class of each. The rewrites below make them one schema
# named for what it is. Every property any of the variants lists is kept; a property that
# only some answers carry becomes optional. So every payload valid for one of the variants
# is valid for the merged schema. (A payload that gives such a property a value of another
# type than the variants define is refused where the bare base schema let it pass: the
# variants' own definition of the field is the one kept.)

DECORATIONS = ("WithUrls_", "ResourceWithCounts_")  # upstream's wrappers that add links and counts
LIST_KINDS = ("ListResponse_", "PaginatedResponse_")  # upstream's list wrappers: {data: [...]}
REPLACES = "x-replaces"  # on a merged schema: the upstream schema names it stands for

# Resources the description spells under unrelated names, and names that say how a schema
# is used rather than what it is: target -> the schemas it replaces (component names, or a
# path below #/components/schemas/ to an inline schema).
ONE_SCHEMA_PER_RESOURCE: dict[str, tuple[str, ...]] = {
    "Message": ("Message", "ListResponse_Message/properties/data/items"),  # posted / listed
    "Model": ("Model", "ModelWithProvider"),  # a provider's models / the catalogue
    "Capability": ("CapabilityInfo",),
    "Image": ("ImageInfo", "ImageUploadResponse"),  # listed / uploaded
    "FileInfo": ("FileInfo", "SessionFile", "FileStat"),  # a workspace file: listed / read, written / stat
    "MemoryFileInfo": ("MemoryFileInfo", "MemoryFile"),  # a memory file: listed, stat / read, written
    "SessionDatabase": ("DatabaseInfoResponse",),
    "DatabaseSchema": ("SchemaResponse",),
    "AgentVersionDiff": ("AgentVersionDiffResponse",),
    "AgentAnalysis": ("AgentAnalysisResponse",),
    "SessionFacets": ("SessionFacetsResponse",),
    "ResolvedModel": ("SessionResolvedModelResponse",),
    "TriggeredSession": ("TriggerAgentTriggerOutput",),  # where a trigger's run posted its message
}


def component_ref(name: str) -> str:
    return f"#/components/schemas/{name}"


def replace_refs(spec: Json, old: str, new: str) -> None:
    """Point every reference to component ``old`` at ``new``, in extensions too."""
    old_ref, new_ref = component_ref(old), component_ref(new)

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if value == old_ref and (key == "$ref" or key == "model"):
                    node[key] = new_ref
                else:
                    walk(value)

    walk(spec)


def wider(first: Json, second: Json, where: str) -> Json:
    """The one of two descriptions of a field that accepts everything the other does: the
    same, or the one whose keywords are a subset of the other's (JSON Schema keywords
    each add a constraint, so fewer accept more). Any other difference needs a person:
    :class:`RewriteConflictError`."""
    if first == second:
        return first
    smaller, larger = (first, second) if len(first) <= len(second) else (second, first)
    if all(key in larger and larger[key] == value for key, value in smaller.items()):
        return smaller
    raise RewriteConflictError(f"{where}: the variants describe this field differently: {first} / {second}")


def merge_objects(variants: list[Json], where: str) -> Json:
    """One object schema for all ``variants``: every property of any of them (the wider
    description where they differ), required only where all of them require it."""
    merged: Json = {}
    properties: Json = {}
    replaced: set[str] = set()
    for variant in variants:
        for key, value in variant.items():
            if key == "properties":
                for name, prop in value.items():
                    properties[name] = wider(properties[name], prop, f"{where}.{name}") if name in properties else prop
            elif key == REPLACES:
                replaced.update(value)
            elif key.startswith("x-"):
                merged.setdefault(key, value)
            elif key != "required":
                if key in merged and merged[key] != value:
                    raise RewriteConflictError(f"{where}: the variants disagree on {key!r}")
                merged[key] = value
    required_everywhere = set.intersection(*(set(variant.get("required", [])) for variant in variants))
    required = [name for name in variants[0].get("required", []) if name in required_everywhere]
    merged["properties"] = properties
    if required:
        merged["required"] = required
    if replaced:
        merged[REPLACES] = sorted(replaced)
    return merged


def undecorated(name: str) -> str | None:
    """``Agent`` for ``WithUrls_ResourceWithCounts_Agent``; ``None`` for a plain name."""
    base = name
    while base.startswith(DECORATIONS):
        base = base.split("_", 1)[1]
    return base if base != name else None


def canonical(node: Any) -> str:
    """``node`` as text that two schemas share when they accept the same: extensions
    left out, keys sorted."""

    def strip(value: Any, in_names: bool = False) -> Any:
        if isinstance(value, list):
            return [strip(item) for item in value]
        if not isinstance(value, dict):
            return value
        return {
            key: child if key in DATA_KEYWORDS and not in_names else strip(child, not in_names and key in NAME_MAPS)
            for key, child in value.items()
            if in_names or not key.startswith("x-")
        }

    return json.dumps(strip(node), sort_keys=True)


def refer_to_repeated_components(spec: Json) -> Json:
    """An inline object schema that repeats one named component exactly becomes a
    ``$ref`` to it.

    Lists (``ListResponse_Agent``'s items) and wrappers (``WithUrls_Agent``'s first
    member) copy their resource's schema inline, and the generator makes a class of each
    copy (``ListResponseAgentDataItem``). A reference to the same schema means the same.
    A copy of several identical components (which name?) is left as it is. Extensions
    do not count: they constrain nothing.
    """
    schemas = spec["components"]["schemas"]
    named: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        if isinstance(schema, dict) and schema.get("properties"):
            named.setdefault(canonical(schema), []).append(name)

    def reference(node: Any) -> Json | None:
        if not (isinstance(node, dict) and node.get("properties")):
            return None
        names = named.get(canonical(node), [])
        return {"$ref": component_ref(names[0])} if len(names) == 1 else None

    def walk_children(node: Any, in_names: bool = False) -> None:
        """Replace the copies among ``node``'s children (never ``node`` itself)."""
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in list(children):
            if isinstance(key, str) and not in_names and (key in DATA_KEYWORDS or key.startswith("x-")):
                continue
            found = reference(child)
            if found is not None:
                node[key] = found
            else:
                walk_children(child, in_names=isinstance(key, str) and not in_names and key in NAME_MAPS)

    for schema in schemas.values():
        walk_children(schema)
    walk_children(spec.get("paths", {}), in_names=True)
    return spec


def schemas_sent(spec: Json) -> set[str]:
    """The components a request can carry: those its bodies and parameters refer to,
    directly or through other components."""
    schemas = spec["components"]["schemas"]
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str) and value.startswith(component_ref("")):
                    name = ref_name(value)
                    if name not in found:
                        found.add(name)
                        walk(schemas.get(name))
                elif not key.startswith("x-"):
                    walk(value)

    for path_item in spec.get("paths", {}).values():
        walk(path_item.get("parameters"))
    for operation in iter_operations(spec):
        walk(operation.get("parameters"))
        walk(operation.get("requestBody"))
    return found


def hinted_base(name: str, schema: Json) -> str | None:
    """The resource a wrapper says it wraps (``x-sdk-response-wrapper``'s ``model``), or
    its name without upstream's decorations (``Agent`` for ``WithUrls_Agent``)."""
    hint = schema.get("x-sdk-response-wrapper")
    model = hint.get("model") if isinstance(hint, dict) else None
    if isinstance(model, str) and model.startswith(component_ref("")):
        return ref_name(model)
    return undecorated(name)


def variant_of(schemas: Json, schema: Any, hint: str | None = None) -> tuple[str, list[Json]] | None:
    """``(base, extras)`` when ``schema`` is a resource with extra fields: an ``allOf`` of
    one reference to an object component (the resource) and plain objects (the fields
    some answers add), in any order. Failing that, when ``hint`` names the resource: an
    ``allOf`` of plain objects only (the first an inline copy of it, perhaps not exact)."""
    if not isinstance(schema, dict) or structural_keys(schema) - {"allOf", "type"}:
        return None
    members = schema.get("allOf")
    if schema.get("type", "object") != "object" or not isinstance(members, list) or not members:
        return None
    refs = [member for member in members if isinstance(member, dict) and structural_keys(member) == {"$ref"}]
    extras = [member for member in members if is_plain_object(member)]
    if len(refs) + len(extras) != len(members):
        return None
    if len(refs) == 1:
        base = ref_name(refs[0]["$ref"])
    elif not refs and hint is not None:
        base = hint
    else:
        return None
    return (base, extras) if is_plain_object(schemas.get(base)) else None


def fold_variant(schemas: Json, base: str, extras: list[Json], where: str) -> bool:
    """Give ``base`` the fields ``extras`` add, as optional ones; ``False`` (and a
    warning, ``base`` unchanged) when a field is described otherwise than ``base`` has it."""
    properties = dict(schemas[base].get("properties", {}))
    try:
        for extra in extras:
            for name, prop in extra.get("properties", {}).items():
                properties[name] = wider(properties[name], prop, f"{base}.{name}") if name in properties else prop
    except RewriteConflictError as error:
        warn(f"{where}: not folded into {base} ({error}); left as upstream spells it")
        return False
    schemas[base]["properties"] = properties
    return True


def fold_decorated_variants(spec: Json) -> Json:
    """A schema that is a resource plus the fields some answers add (links, counts:
    ``WithUrls_Agent``, ``AgentWithCounts``, ``WithUrls_AgentWithCounts``, and the
    items of their lists) becomes the resource itself, which gains those fields as
    optional ones.

    What a schema is decides, not what it is called: an ``allOf`` of one resource and
    plain objects of extra fields, that no request carries (a request that extends
    another is a request of its own). ``client.agents.create`` answered
    ``WithUrls_Agent``, ``get`` ``WithUrls_AgentWithCounts`` and ``list`` items of a
    third class; now each answers ``Agent``. A wrapper whose fields clash with its
    resource's, or that is named like one but shaped otherwise, stays as it is, with a
    warning.
    """
    schemas = spec["components"]["schemas"]
    sent = schemas_sent(spec)
    folded = True
    while folded:  # a wrapper of a wrapper folds once the inner one has
        folded = False
        for name in sorted(schemas):
            if name in sent or name not in schemas:
                continue
            variant = variant_of(schemas, schemas[name], hinted_base(name, schemas[name]))
            if variant is None or variant[0] == name or not fold_variant(schemas, *variant, name):
                continue
            base = variant[0]
            del schemas[name]
            schemas[base][REPLACES] = sorted({*schemas[base].get(REPLACES, []), name})
            replace_refs(spec, name, base)
            folded = True
    for name in sorted(schemas):
        data = schemas[name].get("properties", {}).get("data") if name not in sent else None
        items = data.get("items") if isinstance(data, dict) else None
        variant = variant_of(schemas, items, hinted_base(name, schemas[name]))
        if variant is not None and fold_variant(schemas, *variant, f"{name} items"):
            data["items"] = {"$ref": component_ref(variant[0])}
    for name in sorted(schemas):
        shaped = variant_of(schemas, schemas[name], hinted_base(name, schemas[name])) is not None
        if undecorated(name) is not None and name not in sent and not shaped:
            warn(f"{name}: named like a wrapper of {undecorated(name)} but not shaped like one; left as it is")
    return spec


def resolve(schemas: Json, source: str) -> tuple[Json, str] | None:
    """The parent node and key of ``source`` (a component name, or a path below the
    components), or ``None`` when it is not there."""
    *parents, last = source.split("/")
    node: Any = schemas
    for part in parents:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return (node, last) if isinstance(node, dict) and last in node else None


def merge_named_resources(spec: Json) -> Json:
    """Each entry of ``ONE_SCHEMA_PER_RESOURCE``: the schemas one resource is spelt as
    become one, under a name that says what it is (``Image`` for ``ImageInfo`` and
    ``ImageUploadResponse``); fields only some of them carry become optional.

    Once merged, the entry's sources are gone and the target lists them in
    ``x-replaces``, so running the rewrite again changes nothing. An entry that no
    longer matches the description (a source gone, a target name taken, sources that
    describe a field differently) is a warning: what still matches is merged, the rest
    left as upstream spells it.
    """
    schemas = spec["components"]["schemas"]
    for target, sources in ONE_SCHEMA_PER_RESOURCE.items():
        places = {source: resolve(schemas, source) for source in sources}
        if target not in schemas and all(place is None for place in places.values()):
            continue  # a description without this resource at all
        found = []
        for source, place in places.items():
            if place is not None and place[0][place[1]] != {"$ref": component_ref(target)}:
                found.append((source, place))
            elif place is None and source not in schemas.get(target, {}).get(REPLACES, []):
                warn(f"ONE_SCHEMA_PER_RESOURCE[{target!r}]: the description no longer has {source}")
        if not found:
            continue
        if target in schemas and target not in sources:
            warn(f"ONE_SCHEMA_PER_RESOURCE[{target!r}]: the name is taken by another schema; left as upstream has it")
            continue
        try:
            merged = merge_objects([parent[key] for _, (parent, key) in found], target)
        except RewriteConflictError as error:
            warn(f"ONE_SCHEMA_PER_RESOURCE[{target!r}]: {error}; left as upstream spells it")
            continue
        for source, (parent, key) in found:
            if "/" in source:
                parent[key] = {"$ref": component_ref(target)}
            elif source != target:
                del parent[key]
                merged[REPLACES] = sorted({*merged.get(REPLACES, []), source})
                replace_refs(spec, source, target)
        schemas[target] = merged
    return spec


def name_lists_for_their_items(spec: Json) -> Json:
    """A list wrapper is named for its items: ``ListResponse_WithUrls_ResourceWithCounts_Harness``
    holds harnesses, so it is ``ListResponse_Harness``; two wrappers that come out the same
    (``ListResponse_Harness`` already was) become one, and two that would but differ keep
    their names, with a warning."""
    schemas = spec["components"]["schemas"]
    for name in sorted(schemas):
        kind = next((kind for kind in LIST_KINDS if name.startswith(kind)), None)
        items = schemas[name].get("properties", {}).get("data", {}).get("items", {}) if kind else {}
        if kind is None or set(items) != {"$ref"} or name == kind + ref_name(items["$ref"]):
            continue
        wanted = kind + ref_name(items["$ref"])
        schema = schemas[name]
        if wanted in schemas:
            if canonical(schema) != canonical(schemas[wanted]):
                warn(f"{name}: holds the same items as {wanted} but differs from it; left as upstream spells it")
                continue
            schema = merge_objects([schemas[wanted], schema], wanted)
        del schemas[name]
        schema[REPLACES] = sorted({*schema.get(REPLACES, []), name})
        schemas[wanted] = schema
        replace_refs(spec, name, wanted)
    return spec


REWRITES: tuple[Callable[[Json], Json], ...] = (
    type_session_status_as_string,
    flatten_nested_allof,
    merge_tagged_allof_branches,
    hoist_tagged_inline_branches,
    relax_untagged_object_unions,
    open_event_data_to_new_types,
    wrap_ref_siblings,
    refer_to_repeated_components,
    fold_decorated_variants,
    merge_named_resources,
    name_lists_for_their_items,
    declare_path_parameters,
    type_multipart_file_bodies,
    type_raw_request_bodies,
    declare_text_body_charset,
    type_event_streams_as_text,
    type_schemaless_responses,
    state_shared_event_payloads,
)


def build(upstream: Json) -> Json:
    """The project's ``openapi.json`` from ``upstream``: the project's overlay applied
    (``openapi-overlay.json``), then normalised."""
    overlaid, _ = apply_overlay(upstream, load_overlay())
    return normalize(overlaid)


def normalize(upstream: Json) -> Json:
    """The whole transformation: structure only, then every rewrite, in order."""
    spec = restore_required_descriptions(keep_structural_document(upstream))
    for rewrite in REWRITES:
        spec = rewrite(spec)
    return spec


# --- output and report ----------------------------------------------------------------


def dumps(spec: Json) -> str:
    """Byte-stable serialisation: sorted keys, two-space indent, trailing newline."""
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def operations_by_key(spec: Json) -> dict[str, Json]:
    result = {}
    for path, path_item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in path_item:
                result[f"{method.upper()} {path}"] = path_item[method]
    return result


def load(source: str) -> Json:
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 (explicit URL)
            return json.loads(response.read())
    return json.loads(Path(source).read_text(encoding="utf-8"))


class WarningLines(logging.Handler):
    """Keeps the sync's warnings for the report, as they are printed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())
        print(f"warning: {record.getMessage()}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE), help="upstream description: path or URL")
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT), help="where to write (default: openapi.json)")
    parser.add_argument("--report", help="also write the change report to this file")
    parser.add_argument(
        "--force", action="store_true", help="write even when facade methods break (you are updating them)"
    )
    parser.add_argument("--overlay", default=str(DEFAULT_OVERLAY), help="operations beyond the description")
    args = parser.parse_args(argv)

    output = Path(args.output)
    previous = json.loads(output.read_text(encoding="utf-8")) if output.exists() else None
    warnings = WarningLines()
    logger.addHandler(warnings)
    logger.propagate = False
    try:
        upstream, overlaid = apply_overlay(load(args.source), load_overlay(Path(args.overlay)))
        spec = normalize(upstream)
    finally:
        logger.removeHandler(warnings)
        logger.propagate = True
    facade = facade_methods_by_endpoint()
    broken = breaks(previous, spec, facade) if previous is not None else []
    if broken and not args.force:
        print("sync stopped: the new description breaks calls of these facade methods:", file=sys.stderr)
        print("\n".join(f"  {line}" for line in broken), file=sys.stderr)
        print(f"{output} is unchanged. Update the methods, then run again with --force.", file=sys.stderr)
        return 1
    output.write_text(dumps(spec), encoding="utf-8")
    lines = report(previous, spec, facade, warnings.lines).lines() + overlaid.lines()
    if broken:
        lines += ["facade methods to update (written with --force):", *(f"  {line}" for line in broken)]
    print(f"wrote {output}")
    print("\n".join(lines))
    if args.report:
        Path(args.report).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
