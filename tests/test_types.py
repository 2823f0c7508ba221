"""everruns.types: the classes the facade hands back, under the names they go by."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys

import pytest
from resource_paths import resources

import everruns.types
import everruns_api.models
from everruns import AsyncEverruns, Everruns

NOT_CLASSES = {"str", "bytes", "bool", "int", "None", "list", "dict", "Any"}


def facade_methods() -> list[tuple[str, object]]:
    """Every public method of every resource of both clients, as (``client.resource.method``,
    the method as the client gives it)."""
    found = []
    for client in (Everruns(api_key="k"), AsyncEverruns(api_key="k")):
        for path, resource in resources(client).items():
            for name in dir(resource):
                method = getattr(resource, name)
                mutmut_copy = "__mutmut_" in name  # what mutmut adds to a class it mutates
                if not name.startswith("_") and not mutmut_copy and callable(method) and not inspect.isclass(method):
                    found.append((f"{type(client).__name__}.{path}.{name}", method))
    return found


def test_every_facade_method_returns_classes_named_here() -> None:
    methods = facade_methods()
    assert len(methods) > 180
    missing = {}
    for where, function in methods:
        annotation = inspect.signature(function).return_annotation  # a string: annotations are postponed
        names = set(re.findall(r"[A-Za-z_]\w*", str(annotation))) - NOT_CLASSES
        unnamed = sorted(name for name in names if name not in everruns.types.__all__)
        if unnamed:
            missing[where] = unnamed
    assert missing == {}


def test_each_name_is_the_class_the_facade_returns() -> None:
    from everruns._events import Event
    from everruns._pagination import Page
    from everruns._turns import TurnResult

    assert (everruns.types.Event, everruns.types.Page, everruns.types.TurnResult) == (Event, Page, TurnResult)
    own = {"Event", "EventStream", "ImageData", "Page", "TurnResult", "UNSET", "Unset"}
    own |= {"AsyncEventStream", "AsyncPage", "AsyncPager", "AsyncTurnStream", "TurnStream"}
    for name in set(everruns.types.__all__) - own:
        assert getattr(everruns.types, name) is getattr(everruns_api.models, name), name
    assert sorted(dir(everruns.types)) == sorted(everruns.types.__all__)


def test_one_class_per_resource_and_no_name_for_how_a_schema_was_composed() -> None:
    composed = [name for name in everruns_api.models.__all__ if re.search(r"WithUrls|WithCounts|DataItem", name)]
    assert composed == []
    for name in ("Agent", "Session", "Message", "Harness", "Workspace", "Memory", "Image", "Model", "Capability"):
        assert name in everruns.types.__all__


def test_importing_it_loads_no_model() -> None:
    code = "import sys, everruns.types; print(sorted(m for m in sys.modules if m.startswith('everruns_api.models.')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_an_old_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="WithUrlsAgent"):
        everruns.types.WithUrlsAgent  # type: ignore[attr-defined]  # noqa: B018
