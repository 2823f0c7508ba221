"""The public surface users have: every method of every resource, with its parameters and
keyword options, and every name the package exports. ``tests/surface.json`` records it; a
method, parameter, option or name may be added (record it with ``EVERRUNS_RECORD_SURFACE=1``)
but none that is recorded may go or change, whatever a regeneration brings."""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import os
import sys
from pathlib import Path
from typing import Any

from resource_paths import resources

from everruns import Everruns

SNAPSHOT = Path(__file__).resolve().parent / "surface.json"
MODULES = ("everruns", "everruns.errors", "everruns.types", "everruns.web", "everruns.testing")


def keyword_options(parameter: inspect.Parameter) -> list[str]:
    """The keys of ``**options: Unpack[SomeOptions]``: each is a keyword the method takes.
    (Annotations are text: the options class is looked up in the SDK's modules.)"""
    annotation = parameter.annotation
    if not (isinstance(annotation, str) and annotation.startswith("Unpack[")):
        return []
    name = annotation[len("Unpack[") : -1]
    (options,) = {
        vars(module)[name]
        for module_name, module in list(sys.modules.items())
        if module_name.startswith(("everruns.", "everruns_api.")) and module is not None and name in vars(module)
    }
    return sorted(options.__required_keys__ | options.__optional_keys__)


def describe(function: Any) -> dict[str, Any]:
    """A method as users call it: its parameters (kind, name, whether it has a default)
    and the keyword options its ``**options`` takes."""
    signature = inspect.signature(function)
    parameters = []
    options: list[str] = []
    for parameter in signature.parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            options = keyword_options(parameter)
            continue
        default = "" if parameter.default is inspect.Parameter.empty else "=" + repr(parameter.default)
        parameters.append(f"{parameter.kind.name.lower()} {parameter.name}{default}")
    return {"parameters": parameters, "options": options}


def current_surface() -> dict[str, Any]:
    client = Everruns(api_key="dev", base_url="http://127.0.0.1:9/api")
    methods: dict[str, Any] = {}
    for path, resource in resources(client).items():
        for name in dir(resource):
            member = getattr(type(resource), name, None)
            if name.startswith("_") or member is None or isinstance(member, (functools.cached_property, property)):
                continue
            function = getattr(resource, name)
            if callable(function) and not inspect.isclass(function):
                methods[f"{path}.{name}"] = describe(function)
    for name in ("with_options", "with_reason", "close"):
        methods[f"client.{name}"] = describe(getattr(client, name))
    methods["Everruns"] = describe(Everruns)
    names = {module: sorted(getattr(importlib.import_module(module), "__all__", ())) for module in MODULES}
    return {"methods": methods, "names": names}


def test_every_method_parameter_option_and_name_users_have_is_still_there() -> None:
    current = current_surface()
    if os.environ.get("EVERRUNS_RECORD_SURFACE") == "1":
        SNAPSHOT.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    lost = []
    for method, was in recorded["methods"].items():
        now = current["methods"].get(method)
        if now is None:
            lost.append(f"{method} is gone")
            continue
        if now["parameters"][: len(was["parameters"])] != was["parameters"]:
            lost.append(f"{method}: parameters {was['parameters']} became {now['parameters']}")
        missing = sorted(set(was["options"]) - set(now["options"]))
        if missing:
            lost.append(f"{method}: keyword options {missing} are gone")
    for module, was_names in recorded["names"].items():
        gone = sorted(set(was_names) - set(current["names"].get(module, [])))
        if gone:
            lost.append(f"{module} no longer exports {gone}")
    assert lost == []


def test_the_record_lists_every_method_there_is() -> None:
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    unrecorded = sorted(set(current_surface()["methods"]) - set(recorded["methods"]))
    assert unrecorded == [], "record the new methods: EVERRUNS_RECORD_SURFACE=1 pytest tests/test_surface.py"
