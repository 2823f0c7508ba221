"""Facade methods written once, and what each client makes of them.

A resource's method is a flow (see ``_flow``), or for streams a function that checks its
arguments and returns the stream's feed. Decorated with :func:`operation`,
:func:`pager`, :func:`event_stream` or :func:`turn_stream`, it becomes one
:class:`FacadeMethod`: on a resource of ``Everruns`` a plain method that runs the flow
blocking, on a resource of ``AsyncEverruns`` a coroutine method (or an async pager or
stream). mypy sees each client's own signature (the method's parameters, its result or a
coroutine of it), and so do ``help()`` and IDEs.

Reached through the class (``Events.list``), a decorated method is the function as
written: another flow runs it with ``yield from Events.list(resource, ...)``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._flow import Awaiting, Blocking, Flow

if TYPE_CHECKING:
    from ._pagination import AsyncPager, Listing, Page
    from ._resource import Resource
    from ._streaming import AsyncEventStream, EventFeed, EventStream
    from ._turns import AsyncTurnStream, TurnFeed, TurnStream

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
Written = TypeVar("Written")  # the function as written: a flow, or a feed
BlockingResult = TypeVar("BlockingResult")  # what the blocking client's method returns
AwaitingResult = TypeVar("AwaitingResult")  # what the asyncio client's method returns


class FacadeMethod(Generic[P, Written, BlockingResult, AwaitingResult]):
    """A resource's method, made into each client's own the first time a resource reads it
    (and kept on that resource): ``kind`` names the client's method that wraps the
    function (``_operation``, ``_pager``...), ``results`` the result's annotation for the
    blocking and the asyncio client (``{}`` stands for what the flow gives)."""

    def __init__(self, function: Callable[Concatenate[Any, P], Written], kind: str, results: tuple[str, str]) -> None:
        self._function = function
        self._kind = kind
        self._results = results
        self._name = function.__name__
        self.__doc__ = function.__doc__
        self._signatures: dict[bool, inspect.Signature] = {}

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, resource: None, owner: type) -> Callable[Concatenate[Any, P], Written]: ...
    @overload
    def __get__(self, resource: Resource[Blocking], owner: type) -> Callable[P, BlockingResult]: ...
    @overload
    def __get__(self, resource: Resource[Awaiting], owner: type) -> Callable[P, AwaitingResult]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type) -> Any:
        return self._function if resource is None else self._bind(resource)

    def _bind(self, resource: Resource[Any]) -> Any:
        client = resource._client
        method = getattr(client, self._kind)(self._function, resource)
        method.__name__ = self._name
        method.__qualname__ = f"{type(resource).__name__}.{self._name}"
        method.__doc__ = self._function.__doc__
        method.__module__ = self._function.__module__
        method.__signature__ = self._signature(client._awaits)
        resource.__dict__[self._name] = method
        return method

    def _signature(self, awaiting: bool) -> inspect.Signature:
        """The function's signature as the caller sees it: without ``self``, returning
        what the client gives (annotations are text: ``from __future__ import annotations``)."""
        signature = self._signatures.get(awaiting)
        if signature is None:
            written = inspect.signature(self._function)
            parameters = list(written.parameters.values())[1:]
            result = self._results[awaiting].format(_inner(written.return_annotation))
            signature = self._signatures[awaiting] = written.replace(parameters=parameters, return_annotation=result)
        return signature


def _inner(annotation: object) -> str:
    """``Flow[Agent]`` -> ``Agent``, ``Flow[Listing[Agent]]`` -> ``Agent``."""
    text = str(annotation)
    for wrapper in ("Flow[", "Listing["):
        if text.startswith(wrapper):
            text = text[len(wrapper) : -1]
    return text


def operation(
    function: Callable[Concatenate[Any, P], Flow[R]],
) -> FacadeMethod[P, Flow[R], R, Coroutine[Any, Any, R]]:
    """A method that runs a flow: the blocking client returns its result, the asyncio
    client a coroutine of it."""
    return FacadeMethod(function, "_operation", ("{}", "{}"))


def pager(
    function: Callable[Concatenate[Any, P], Flow[Listing[T]]],
) -> FacadeMethod[P, Flow[Listing[T]], Page[T], AsyncPager[T]]:
    """A list method: its flow gives the first page; the blocking client returns a
    :class:`~everruns.Page`, the asyncio client an :class:`~everruns.AsyncPager`."""
    return FacadeMethod(function, "_pager", ("Page[{}]", "AsyncPager[{}]"))


def event_stream(
    function: Callable[Concatenate[Any, P], EventFeed],
) -> FacadeMethod[P, EventFeed, EventStream, AsyncEventStream]:
    """A method that checks its arguments and gives a session's event feed: the blocking
    client returns an :class:`~everruns.EventStream`, the asyncio client an
    :class:`~everruns.AsyncEventStream`."""
    return FacadeMethod(function, "_event_stream", ("EventStream", "AsyncEventStream"))


def turn_stream(
    function: Callable[Concatenate[Any, P], TurnFeed],
) -> FacadeMethod[P, TurnFeed, TurnStream, AsyncTurnStream]:
    """A method that checks its arguments and gives a turn's feed: the blocking client
    returns a :class:`~everruns.TurnStream` (the turn already started), the asyncio
    client an :class:`~everruns.AsyncTurnStream` (``await`` it to start the turn, or
    ``async for`` over it)."""
    return FacadeMethod(function, "_turn_stream", ("TurnStream", "AsyncTurnStream"))
