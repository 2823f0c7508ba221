"""The operations the Everruns server serves beyond its published description.

``openapi-overlay.json`` is an OpenAPI Overlay (1.0) document: actions whose ``target`` is
``$.paths`` and whose ``update`` adds path items (operations, parameters, request and
response schemas that refer to the description's own components), and actions on
``$.components.schemas`` that add a schema the operations need (a list of a resource). The
sync applies it to the upstream description before anything else, entry by entry: an
operation or schema upstream already has is upstream's, and its overlay entry is left out
and reported, so that it can be removed from the overlay. Other targets are refused: the
overlay only adds.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OVERLAY = ROOT / "openapi-overlay.json"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Json = dict[str, Any]


class OverlayError(ValueError):
    """The overlay is not a document this sync can apply."""


@dataclass
class Applied:
    """What applying the overlay did: the operations it added, and those upstream lists
    itself now (their overlay entries are no longer needed)."""

    added: list[str] = field(default_factory=list)
    listed_upstream: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [f"overlay: {len(self.added)} operations and schemas the description leaves out"]
        lines += [f"  {entry}" for entry in self.added]
        if self.listed_upstream:
            lines.append(f"overlay entries upstream now lists itself (remove them): {len(self.listed_upstream)}")
            lines += [f"  {entry}" for entry in self.listed_upstream]
        return lines


def load_overlay(path: Path = DEFAULT_OVERLAY) -> Json | None:
    """The overlay document, or ``None`` when the project has none."""
    if not path.exists():
        return None
    document: Json = json.loads(path.read_text(encoding="utf-8"))
    return document


def apply_overlay(upstream: Json, overlay: Json | None) -> tuple[Json, Applied]:
    """``upstream`` with the overlay's operations added where it does not list them."""
    applied = Applied()
    if overlay is None:
        return upstream, applied
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"not an OpenAPI Overlay 1.x document: overlay={overlay.get('overlay')!r}")
    result = copy.deepcopy(upstream)
    for index, action in enumerate(overlay.get("actions", [])):
        target, update = action.get("target"), action.get("update")
        if target not in TARGETS or not isinstance(update, dict) or action.get("remove"):
            raise OverlayError(f"action {index}: only updates of {' and '.join(TARGETS)} are supported, got {target!r}")
        if target == "$.paths":
            _add_operations(result.setdefault("paths", {}), update, applied)
        else:
            _add_schemas(result.setdefault("components", {}).setdefault("schemas", {}), update, applied)
    return result, applied


TARGETS = ("$.paths", "$.components.schemas")


def _add_operations(paths: Json, update: Json, applied: Applied) -> None:
    for path, item in update.items():
        existing = paths.setdefault(path, {})
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                existing.setdefault(method, copy.deepcopy(operation))
                continue
            entry = f"{method.upper()} {path} ({operation.get('operationId', '?')})"
            if method in existing:
                applied.listed_upstream.append(entry)
            else:
                existing[method] = copy.deepcopy(operation)
                applied.added.append(entry)


def _add_schemas(schemas: Json, update: Json, applied: Applied) -> None:
    for name, schema in update.items():
        if name in schemas:
            applied.listed_upstream.append(f"schema {name}")
        else:
            schemas[name] = copy.deepcopy(schema)
            applied.added.append(f"schema {name}")
