"""Facade methods written once, and what each client makes of them.

A resource's method is a flow (see ``_flow``), or for streams a function that checks
its arguments and returns the stream's feed. Decorated with :class:`operation`,
:class:`pager`, :class:`event_stream` or :class:`turn_stream`, it becomes, on a
resource of ``Everruns``, a plain method that runs the flow blocking, and on a resource
of ``AsyncEverruns`` a coroutine method (or an async pager or stream). mypy sees each
client's own signature (the method's parameters, its result or a coroutine of it), and
so do ``help()`` and IDEs.

Reached through the class (``Events.list``), a decorated method is the function as
written: another flow runs it with ``yield from Events.list(resource, ...)``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._flow import Awaiting, Blocking, Flow

if TYPE_CHECKING:
    from ._async_client import AsyncEventStream, AsyncTurnStream
    from ._pagination import AsyncPager, Listing, Page
    from ._resource import Resource
    from ._streaming import EventFeed, EventStream
    from ._turns import TurnFeed, TurnStream

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class _Method:
    """What the four kinds share: the function, its name, and the client's wrapper
    cached on the resource (so each is made once per resource)."""

    _kind = ""  # the client's method that wraps the function: "_operation", "_pager"...
    _results = ("", "")  # the result's annotation for the blocking and the asyncio client

    def __init__(self, function: Callable[..., Any]) -> None:
        self._function = function
        self._name = function.__name__
        self.__doc__ = function.__doc__
        self._signatures: dict[bool, inspect.Signature] = {}

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def _bind(self, resource: Resource[Any]) -> Any:
        client = resource._client
        method = getattr(client, self._kind)(self._function, resource)
        awaiting: bool = client._awaits
        method.__name__ = self._name
        method.__qualname__ = f"{type(resource).__name__}.{self._name}"
        method.__doc__ = self._function.__doc__
        method.__module__ = self._function.__module__
        method.__signature__ = self._signature(awaiting)
        resource.__dict__[self._name] = method
        return method

    def _signature(self, awaiting: bool) -> inspect.Signature:
        """The function's signature as the caller sees it: without ``self``, returning
        what the client gives."""
        signature = self._signatures.get(awaiting)
        if signature is None:
            written = inspect.signature(self._function)
            parameters = list(written.parameters.values())[1:]
            result = self._results[awaiting].format(_inner(written.return_annotation))
            signature = self._signatures[awaiting] = written.replace(parameters=parameters, return_annotation=result)
        return signature


def _inner(annotation: object) -> str:
    """``Flow[Agent]`` -> ``Agent``, ``Flow[Listing[Agent]]`` -> ``Agent`` (annotations are
    text here: ``from __future__ import annotations``)."""
    text = str(annotation)
    for wrapper in ("Flow[", "Listing["):
        if text.startswith(wrapper):
            text = text[len(wrapper) : -1]
    return text


class operation(_Method, Generic[P, R]):  # noqa: N801 (used as a decorator)
    """A method that runs a flow: the blocking client returns its result, the asyncio
    client a coroutine of it."""

    _kind = "_operation"
    _results = ("{}", "{}")

    def __init__(self, function: Callable[Concatenate[Any, P], Flow[R]]) -> None:
        super().__init__(function)

    @overload
    def __get__(self, resource: None, owner: type) -> Callable[Concatenate[Any, P], Flow[R]]: ...
    @overload
    def __get__(self, resource: Resource[Blocking], owner: type) -> Callable[P, R]: ...
    @overload
    def __get__(self, resource: Resource[Awaiting], owner: type) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type) -> Any:
        return self._function if resource is None else self._bind(resource)


class pager(_Method, Generic[P, T]):  # noqa: N801 (used as a decorator)
    """A list method: its flow gives the first page; the blocking client returns a
    :class:`~everruns.Page`, the asyncio client an :class:`~everruns.AsyncPager`."""

    _kind = "_pager"
    _results = ("Page[{}]", "AsyncPager[{}]")

    def __init__(self, function: Callable[Concatenate[Any, P], Flow[Listing[T]]]) -> None:
        super().__init__(function)

    @overload
    def __get__(self, resource: None, owner: type) -> Callable[Concatenate[Any, P], Flow[Listing[T]]]: ...
    @overload
    def __get__(self, resource: Resource[Blocking], owner: type) -> Callable[P, Page[T]]: ...
    @overload
    def __get__(self, resource: Resource[Awaiting], owner: type) -> Callable[P, AsyncPager[T]]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type) -> Any:
        return self._function if resource is None else self._bind(resource)


class event_stream(_Method, Generic[P]):  # noqa: N801 (used as a decorator)
    """A method that checks its arguments and gives a session's event feed: the blocking
    client returns an :class:`~everruns.EventStream`, the asyncio client an
    :class:`~everruns.AsyncEventStream`."""

    _kind = "_event_stream"
    _results = ("EventStream", "AsyncEventStream")

    def __init__(self, function: Callable[Concatenate[Any, P], EventFeed]) -> None:
        super().__init__(function)

    @overload
    def __get__(self, resource: None, owner: type) -> Callable[Concatenate[Any, P], EventFeed]: ...
    @overload
    def __get__(self, resource: Resource[Blocking], owner: type) -> Callable[P, EventStream]: ...
    @overload
    def __get__(self, resource: Resource[Awaiting], owner: type) -> Callable[P, AsyncEventStream]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type) -> Any:
        return self._function if resource is None else self._bind(resource)


class turn_stream(_Method, Generic[P]):  # noqa: N801 (used as a decorator)
    """A method that checks its arguments and gives a turn's feed: the blocking client
    returns a :class:`~everruns.TurnStream` (the turn already started), the asyncio
    client an :class:`~everruns.AsyncTurnStream` (``await`` it to start the turn, or
    ``async for`` over it)."""

    _kind = "_turn_stream"
    _results = ("TurnStream", "AsyncTurnStream")

    def __init__(self, function: Callable[Concatenate[Any, P], TurnFeed]) -> None:
        super().__init__(function)

    @overload
    def __get__(self, resource: None, owner: type) -> Callable[Concatenate[Any, P], TurnFeed]: ...
    @overload
    def __get__(self, resource: Resource[Blocking], owner: type) -> Callable[P, TurnStream]: ...
    @overload
    def __get__(self, resource: Resource[Awaiting], owner: type) -> Callable[P, AsyncTurnStream]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type) -> Any:
        return self._function if resource is None else self._bind(resource)
