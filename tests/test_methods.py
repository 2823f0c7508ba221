"""A facade method written once becomes each client's own method: a plain method on
``Everruns``, a coroutine method (or an async pager or stream) on ``AsyncEverruns``, with
the signature and docstring as written, made once per resource."""

from __future__ import annotations

import inspect
import pydoc
import re

from everruns import AsyncEverruns, Everruns
from everruns.resources.agents import Agents
from everruns.resources.events import Events


def test_through_the_class_a_method_is_the_function_as_written() -> None:
    assert inspect.isgeneratorfunction(Agents.get)
    assert Agents.get.__name__ == "get"
    assert not inspect.isgeneratorfunction(Events.stream), "a stream method checks and gives a feed"


def test_each_resource_makes_its_methods_once() -> None:
    client = Everruns(api_key="k")
    assert client.agents.get is client.agents.get
    assert client.with_options(timeout=1).agents.get is not client.agents.get, "a derived client's own"
    client.close()


def test_the_blocking_method_shows_the_result_and_the_awaited_one_is_a_coroutine_function() -> None:
    blocking, awaiting = Everruns(api_key="k"), AsyncEverruns(api_key="k")
    for method, awaited in ((blocking.agents.get, False), (awaiting.agents.get, True)):
        assert method.__qualname__ == "Agents.get"
        assert method.__module__ == "everruns.resources.agents"
        assert inspect.iscoroutinefunction(method) is awaited
        assert list(inspect.signature(method).parameters) == ["agent_id", "timeout"]
        assert inspect.signature(method).return_annotation == "Agent"
    assert inspect.signature(blocking.events.stream).return_annotation == "EventStream"
    assert inspect.signature(awaiting.events.stream).return_annotation == "AsyncEventStream"
    assert inspect.signature(blocking.messages.stream).return_annotation == "TurnStream"
    assert inspect.signature(awaiting.messages.stream).return_annotation == "AsyncTurnStream"
    blocking.close()


def rendered_help(thing: object) -> str:
    """``help()``'s text, its signature on one line (Python 3.13 wraps long ones)."""
    text = re.sub(r"\s+", " ", pydoc.render_doc(thing, renderer=pydoc.plaintext))
    return text.replace("( ", "(").replace(", )", ")")


def test_help_shows_the_real_signature_and_the_docstring() -> None:
    text = rendered_help(AsyncEverruns(api_key="k").agents.create)
    assert "async create(name: 'str', system_prompt: 'str', *, timeout:" in text
    assert "-> 'Agent'" in text
    assert "Create an agent." in text
    text = rendered_help(Everruns(api_key="k").agents.list)
    assert "list(*, search: 'str | None' = None" in text
    assert "-> 'Page[Agent]'" in text
