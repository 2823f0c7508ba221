"""Which facade methods send which operations, read from the facade's source.

The sync (``sync_spec.py``) asks this before it writes a new ``openapi.json``: an operation
the facade serves that is gone or changed so that its calls would break names the methods
to update. It reads the source without importing it, so it works in any interpreter and
whatever state ``generated/`` is in.

A method sends an operation when its body names the generated endpoint module (``from
everruns_api.api.<tag> import <operation>``), itself or through the methods of its class,
the functions of its module, another resource's method (``Events.list(...)``), or a helper
module of the SDK it names (the event stream's ``EventFeed`` sends ``stream_sse``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "everruns"
GENERATED_API = "everruns_api.api."

Endpoint = tuple[str, str]  # (tag package, operation module): ("agents", "get_agent")


def snake(name: str) -> str:
    """An operationId or tag as the generator names its module: ``getAgent`` -> ``get_agent``."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return name.strip("_").lower()


class Module:
    """One module of the SDK: its classes, functions, and what it imports."""

    def __init__(self, name: str, tree: ast.Module) -> None:
        self.name = name
        self.classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
        self.functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
        self.endpoints: dict[str, Endpoint] = {}  # local name -> endpoint
        self.helpers: dict[str, str] = {}  # local name -> the SDK module it comes from
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.module is None:
                continue
            for alias in node.names:
                local = alias.asname or alias.name
                if node.module.startswith(GENERATED_API):
                    self.endpoints[local] = (node.module[len(GENERATED_API) :], alias.name)
                elif node.level or node.module.startswith("everruns."):
                    self.helpers[local] = resolve_module(self.name, node.module, node.level)


def resolve_module(current: str, module: str, level: int) -> str:
    """The absolute name of ``from <level dots><module> import ...`` in ``current``."""
    if not level:
        return module
    base = current.split(".")[:-level]
    return ".".join([*base, module]) if module else ".".join(base)


class FacadeSource:
    """The SDK's modules, parsed once."""

    def __init__(self, package: Path = PACKAGE) -> None:
        self.modules: dict[str, Module] = {}
        for path in sorted(package.rglob("*.py")):
            parts = path.relative_to(package.parent).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            self.modules[name] = Module(name, ast.parse(path.read_text(encoding="utf-8")))
        self.class_module = {cls: module for module in self.modules.values() for cls in module.classes}
        self.client_resources = dict(self.resources())  # "agents.versions" -> "AgentVersions"

    def resources(self) -> Iterator[tuple[str, str]]:
        """``(path, class)`` of every resource reachable from a client: ``("agents.versions",
        "AgentVersions")``."""
        pending = [("", "everruns._base_client", "BaseClient")]
        while pending:
            prefix, module_name, class_name = pending.pop()
            for node in self.modules[module_name].classes[class_name].body:
                if not (isinstance(node, ast.FunctionDef) and _is_cached_property(node)) or node.name.startswith("_"):
                    continue
                made = _constructed_class(node)
                if made is not None and made in self.class_module:
                    path = prefix + node.name
                    yield path, made
                    pending.append((path + ".", self.class_module[made].name, made))

    def endpoints_of(self, module: Module, function: ast.FunctionDef, seen: set[int] | None = None) -> set[Endpoint]:
        """The endpoints ``function`` (of ``module``) sends, itself or through what it calls."""
        seen = set() if seen is None else seen
        if id(function) in seen:
            return set()
        seen.add(id(function))
        owner = next((cls for cls in module.classes.values() if function in cls.body), None)
        methods = {n.name: n for n in owner.body if isinstance(n, ast.FunctionDef)} if owner else {}
        found: set[Endpoint] = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Name):
                if node.id in module.endpoints:
                    found.add(module.endpoints[node.id])
                elif node.id in module.functions:
                    found |= self.endpoints_of(module, module.functions[node.id], seen)
                elif node.id in module.helpers and node.id not in self.class_module:
                    found |= self._module_endpoints(module.helpers[node.id])
                elif node.id in self.class_module and node.id in module.helpers:
                    helper = self.class_module[node.id]
                    if helper.name != module.name and not helper.name.startswith("everruns.resources"):
                        found |= self._module_endpoints(helper.name)
            elif isinstance(node, ast.Attribute) and (through := self._through_client(node)) is not None:
                found |= self.endpoints_of(*through, seen)
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "self" and node.attr in methods:
                    found |= self.endpoints_of(module, methods[node.attr], seen)
                elif node.value.id in self.class_module:
                    other = self.class_module[node.value.id]
                    target = _method(other.classes[node.value.id], node.attr)
                    if target is not None:
                        found |= self.endpoints_of(other, target, seen)
        return found

    def _through_client(self, node: ast.Attribute) -> tuple[Module, ast.FunctionDef] | None:
        """``self._client.<resource path>.<method>``: the method of another resource."""
        parts: list[str] = []
        value: ast.expr = node
        while isinstance(value, ast.Attribute):
            parts.insert(0, value.attr)
            value = value.value
        if not (isinstance(value, ast.Name) and value.id == "self" and parts[:1] == ["_client"] and len(parts) > 2):
            return None
        class_name = self.client_resources.get(".".join(parts[1:-1]))
        if class_name is None:
            return None
        module = self.class_module[class_name]
        method = _method(module.classes[class_name], parts[-1])
        return (module, method) if method is not None else None

    def _module_endpoints(self, module_name: str) -> set[Endpoint]:
        module = self.modules.get(module_name)
        return set(module.endpoints.values()) if module is not None else set()


def _is_cached_property(node: ast.FunctionDef) -> bool:
    return any(ast.unparse(decorator).endswith("cached_property") for decorator in node.decorator_list)


def _constructed_class(node: ast.FunctionDef) -> str | None:
    """``X`` for a property that returns ``X(self)`` or ``X(self._client)``."""
    for statement in ast.walk(node):
        if isinstance(statement, ast.Return) and isinstance(statement.value, ast.Call):
            callee = statement.value.func
            if isinstance(callee, ast.Name):
                return callee.id
    return None


def _method(cls: ast.ClassDef, name: str) -> ast.FunctionDef | None:
    return next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == name), None)


def facade_methods_by_endpoint(package: Path = PACKAGE) -> dict[Endpoint, list[str]]:
    """Every endpoint the facade sends -> the public methods that send it
    (``agents.versions.create``), sorted."""
    source = FacadeSource(package)
    found: dict[Endpoint, set[str]] = {}
    for path, class_name in source.resources():
        module = source.class_module[class_name]
        for node in module.classes[class_name].body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                for endpoint in source.endpoints_of(module, node):
                    found.setdefault(endpoint, set()).add(f"{path}.{node.name}")
    return {endpoint: sorted(methods) for endpoint, methods in sorted(found.items())}
