"""A facade method written once becomes each client's own method: a plain method on
``Everruns``, a coroutine method (or an async pager or stream) on ``AsyncEverruns``, with
the signature and docstring as written, made once per resource."""

from __future__ import annotations

import asyncio
import inspect
import pydoc
import re
from typing import TYPE_CHECKING, Any

import pytest

from everruns import AsyncEverruns, Everruns
from everruns._flow import Call, Flow, drive
from everruns._methods import event_stream, operation, pager, turn_stream
from everruns._pagination import Listing
from everruns._resource import Resource
from everruns.resources.agents import Agents
from everruns.resources.events import Events

if TYPE_CHECKING:
    from everruns._streaming import EventFeed
    from everruns._turns import TurnFeed


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


def things_resource() -> type[Resource[Any]]:
    """A small resource with a method of each kind, made afresh: the decorators run when
    this is called, not when the package was imported."""

    class Things(Resource[Any]):
        kind = "thing"

        @operation
        def get(self, thing_id: str, *, loud: bool = False) -> Flow[str]:
            """Get a thing."""
            name: str = yield Call(str.upper if loud else str.lower, (thing_id,))
            return f"{self.kind} {name}"

        @pager
        def list(self, *, limit: int = 2) -> Flow[Listing[str]]:
            """List the things."""
            names: list[str] = yield Call(lambda: [f"{self.kind}-{number}" for number in range(limit)])
            return Listing(data=names, total=limit)

        @event_stream
        def follow(self, thing_id: str) -> EventFeed:
            """Follow a thing's events."""
            raise LookupError(f"no {self.kind} {thing_id} to follow")

        @turn_stream
        def talk(self, thing_id: str, text: str) -> TurnFeed:
            """Talk to a thing."""
            raise LookupError(f"no {self.kind} {thing_id} to talk to")

    return Things


@pytest.mark.parametrize("client_class", [Everruns, AsyncEverruns])
def test_a_method_written_once_is_each_clients_own_with_its_name_doc_and_signature(client_class: type) -> None:
    things = things_resource()(client_class(api_key="k"))
    awaited = client_class is AsyncEverruns
    expected = {
        "get": (["thing_id", "loud"], "str", "Get a thing."),
        "list": (["limit"], "AsyncPager[str]" if awaited else "Page[str]", "List the things."),
        "follow": (["thing_id"], "AsyncEventStream" if awaited else "EventStream", "Follow a thing's events."),
        "talk": (["thing_id", "text"], "AsyncTurnStream" if awaited else "TurnStream", "Talk to a thing."),
    }
    for name, (parameters, result, doc) in expected.items():
        method = getattr(things, name)
        assert method is getattr(things, name), "made once per resource"
        assert (method.__name__, method.__qualname__, method.__doc__) == (name, f"Things.{name}", doc)
        assert method.__module__ == __name__
        assert list(inspect.signature(method).parameters) == parameters
        assert inspect.signature(method).return_annotation == result
    assert inspect.iscoroutinefunction(things.get) is awaited
    assert not inspect.iscoroutinefunction(things.list), "a pager is returned at once, awaited or iterated later"


def test_each_client_runs_the_flow_and_gives_its_result_its_own_way() -> None:
    things = things_resource()(Everruns(api_key="k"))
    assert things.get("Box", loud=True) == "thing BOX"
    assert things.list(limit=3).data == ["thing-0", "thing-1", "thing-2"]

    async def awaited() -> tuple[str, list[str]]:
        async_things = things_resource()(AsyncEverruns(api_key="k"))
        name = await async_things.get("Box")
        page = await async_things.list()
        return name, page.data

    assert asyncio.run(awaited()) == ("thing box", ["thing-0", "thing-1"])


def test_through_the_class_a_method_is_the_flow_another_flow_can_run() -> None:
    things_class = things_resource()
    things = things_class(Everruns(api_key="k"))
    assert inspect.isgeneratorfunction(things_class.get)
    assert inspect.isgeneratorfunction(things_class.list)
    assert things_class.follow.__name__ == "follow"
    assert things_class.talk.__name__ == "talk"
    assert drive(things_class.get(things, "Box"), lambda step: step.blocking()) == "thing box"
    assert vars(things_class)["get"].__doc__ == "Get a thing.", "what the class holds keeps the docstring"
    assert vars(things_class)["talk"].__doc__ == "Talk to a thing."


def test_a_method_is_named_by_its_attribute_even_when_its_function_is_named_otherwise() -> None:
    def written_as(self: Any, thing_id: str) -> Flow[str]:
        """Fetch a thing."""
        return thing_id
        yield  # a flow that needs no step

    class Things(Resource[Any]):
        fetch = operation(written_as)

    things = Things(Everruns(api_key="k"))
    assert (things.fetch.__name__, things.fetch.__qualname__) == ("fetch", "Things.fetch")
    assert things.fetch is things.fetch
    assert things.fetch("box") == "box"


def test_a_method_set_on_the_class_after_it_is_made_is_named_after_its_function() -> None:
    class Things(Resource[Any]):
        pass

    def later(self: Any, thing_id: str) -> Flow[str]:
        return thing_id
        yield  # a flow that needs no step

    Things.later = operation(later)  # type: ignore[attr-defined]
    things = Things(Everruns(api_key="k"))
    assert (things.later.__name__, things.later.__qualname__) == ("later", "Things.later")
    assert things.later is things.later
    assert things.later("box") == "box"


def test_help_shows_a_fresh_methods_signature_for_each_client() -> None:
    things_class = things_resource()
    text = rendered_help(things_class(AsyncEverruns(api_key="k")).get)
    assert "async get(thing_id: 'str', *, loud: 'bool' = False) -> 'str'" in text
    assert "Get a thing." in text
    text = rendered_help(things_class(Everruns(api_key="k")).list)
    assert "list(*, limit: 'int' = 2) -> 'Page[str]'" in text


def test_a_methods_signature_is_worked_out_once_for_each_kind_of_client() -> None:
    things_class = things_resource()
    blocking = [things_class(Everruns(api_key="k")).get for _ in range(2)]
    awaiting = [things_class(AsyncEverruns(api_key="k")).get for _ in range(2)]
    assert inspect.signature(blocking[0]) is inspect.signature(blocking[1])
    assert inspect.signature(awaiting[0]) is inspect.signature(awaiting[1])
    assert inspect.signature(blocking[0]) == inspect.signature(awaiting[0]), "the same, for an operation"
    pages, pagers = things_class(Everruns(api_key="k")).list, things_class(AsyncEverruns(api_key="k")).list
    assert inspect.signature(pages).return_annotation == "Page[str]"
    assert inspect.signature(pagers).return_annotation == "AsyncPager[str]"


@pytest.mark.parametrize("client_class", [Everruns, AsyncEverruns])
def test_the_checks_of_a_stream_method_run_on_the_resource_when_it_is_called(client_class: type) -> None:
    things = things_resource()(client_class(api_key="k"))
    with pytest.raises(LookupError, match=r"^no thing box to follow$"):
        things.follow("box")
    with pytest.raises(LookupError, match=r"^no thing box to talk to$"):
        things.talk("box", "hello")
