"""One source for both clients: methods written as generators of steps, and how a
client carries the steps out.

A facade method is written once, as a generator (a *flow*): it checks its input, then
yields each thing it needs done (send this request, sleep, call the caller's function,
read the next bytes of a stream) and is sent the outcome back (or has the failure
raised at its ``yield``), and finally returns its result. ``Everruns`` carries the
steps out blocking, ``AsyncEverruns`` awaiting, in the way httpx's ``Auth.auth_flow``
serves both of its clients. So a method, a helper that makes several calls, and the
event stream's reconnect decisions each exist once; what differs between the clients is
only how each kind of step is done.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

if TYPE_CHECKING:
    from ._client import TimeoutTypes

T = TypeVar("T")
S = TypeVar("S")

Flow = Generator["Step", Any, T]
"""A method's steps, ending with its result."""


class Blocking:
    """Marks what the blocking client (``Everruns``) makes of a flow: its result."""


class Awaiting:
    """Marks what the asyncio client (``AsyncEverruns``) makes of a flow: a coroutine."""


Mode = TypeVar("Mode", Blocking, Awaiting)
"""Which client a resource belongs to (``Agents[Blocking]`` is ``Everruns().agents``): it
tells mypy what the resource's methods return."""


class Step:
    """Something a flow needs done by the client that runs it."""

    __slots__ = ()


class Send(Step):
    """Send one request (``arguments`` as a generated endpoint module's ``_get_kwargs``
    builds them) through the client's headers, retries and typed errors. The outcome is
    the response, its body read."""

    __slots__ = ("arguments", "idempotent", "timeout")

    def __init__(self, arguments: dict[str, Any], timeout: TimeoutTypes | None, idempotent: bool) -> None:
        self.arguments = arguments
        self.timeout = timeout
        self.idempotent = idempotent


class Attempt(Step):
    """Send the request once more: the step of the transport's retry exchange (see
    ``_transport.RetryPolicy``). The outcome is the response, its body read unless it is
    an event stream that succeeded."""

    __slots__ = ()


class Sleep(Step):
    """Wait ``seconds``. A ``stoppable`` wait (a stream's before it reconnects) ends at
    once when the stream is stopped; its outcome is whether it was."""

    __slots__ = ("seconds", "stoppable")

    def __init__(self, seconds: float, *, stoppable: bool = False) -> None:
        self.seconds = seconds
        self.stoppable = stoppable


class Call(Step):
    """Call a function of the caller's (a tool, a callback) with ``args`` and
    ``kwargs``. The outcome is its result; the asyncio client awaits a result that is
    awaitable (an ``async def`` function), the blocking client refuses one."""

    __slots__ = ("args", "function", "kwargs")

    def __init__(
        self, function: Callable[..., Any], args: tuple[Any, ...] = (), kwargs: Mapping[str, Any] | None = None
    ) -> None:
        self.function = function
        self.args = args
        self.kwargs = kwargs or {}

    def blocking(self) -> Any:
        """Call the function, refusing an ``async def`` one (the blocking client cannot await)."""
        result = self.function(*self.args, **self.kwargs)
        if hasattr(result, "__await__"):
            close = getattr(result, "close", None)
            if close is not None:
                close()  # a coroutine nobody will await
            name = getattr(self.function, "__name__", repr(self.function))
            raise TypeError(f"{name} is an async function: use everruns.AsyncEverruns to call it")
        return result


class Connect(Step):
    """Open an event stream: send ``arguments`` and keep the answer's body unread, with
    ``read_timeout`` seconds allowed between its bytes. The outcome is :class:`Connected`
    (error statuses are raised, as for :class:`Send`). A wait still going on when
    ``deadline`` (a ``time.monotonic()`` value) passes is cut short."""

    __slots__ = ("arguments", "deadline", "read_timeout")

    def __init__(self, arguments: dict[str, Any], read_timeout: float, deadline: float | None = None) -> None:
        self.arguments = arguments
        self.read_timeout = read_timeout
        self.deadline = deadline


class Connected(NamedTuple):
    """What :class:`Connect` gives: the open response, and the longest frame the client
    reads from it (its ``max_frame_size``, in bytes)."""

    response: Any
    max_frame_size: int


class Read(Step):
    """The next bytes of the open stream, as they arrive (``b""`` at its end). When the
    deadline of the :class:`Connect` that opened it passes first, the connection is cut."""

    __slots__ = ("response",)

    def __init__(self, response: Any) -> None:
        self.response = response


def drive(flow: Generator[S, Any, T], do: Callable[[S], Any]) -> T:
    """Run ``flow`` to its result, each step done by ``do`` (blocking). A step's failure
    is raised inside the flow, where it may be handled."""
    try:
        step = next(flow)
        while True:
            try:
                outcome = do(step)
            except Exception as error:
                step = flow.throw(error)
            else:
                step = flow.send(outcome)
    except StopIteration as finished:
        result: T = finished.value
        return result


async def adrive(flow: Generator[S, Any, T], do: Callable[[S], Awaitable[Any]], first: S | None = None) -> T:
    """Run ``flow`` to its result, each step awaited from ``do``. ``first`` is the step a
    flow primed before (by ``next()``) yielded, when it was primed."""
    try:
        step = next(flow) if first is None else first
        while True:
            try:
                outcome = await do(step)
            except Exception as error:
                step = flow.throw(error)
            else:
                step = flow.send(outcome)
    except StopIteration as finished:
        result: T = finished.value
        return result


def emit(
    flow: Generator[Any, Any, None], do: Callable[[Any], Any], finish: Callable[[], None] | None = None
) -> Generator[Any, None, None]:
    """Iterate a flow that hands values out: each value it yields that is not a
    :class:`Step` goes to the caller, every step is done by ``do`` (blocking) and its
    failure raised inside the flow. ``finish()`` runs when the iteration ends, however."""
    outcome: Any = None
    failure: Exception | None = None
    try:
        while True:
            try:
                step = flow.send(outcome) if failure is None else flow.throw(failure)
            except StopIteration:
                return
            outcome, failure = None, None
            if not isinstance(step, Step):
                yield step
                continue
            try:
                outcome = do(step)
            except Exception as error:
                failure = error
    finally:
        flow.close()
        if finish is not None:
            finish()


async def aemit(
    flow: Generator[Any, Any, None],
    do: Callable[[Any], Awaitable[Any]],
    finish: Callable[[], Awaitable[None]] | None = None,
) -> AsyncGenerator[Any, None]:
    """:func:`emit`, each step awaited from ``do`` (and ``finish()`` awaited at the end)."""
    outcome: Any = None
    failure: Exception | None = None
    try:
        while True:
            try:
                step = flow.send(outcome) if failure is None else flow.throw(failure)
            except StopIteration:
                return
            outcome, failure = None, None
            if not isinstance(step, Step):
                yield step
                continue
            try:
                outcome = await do(step)
            except Exception as error:
                failure = error
    finally:
        flow.close()
        if finish is not None:
            await finish()


def next_emitted(flow: Generator[Any, Any, None]) -> Flow[Any]:
    """The next value ``flow`` hands out (``None`` once it has ended), as a flow: its
    steps pass through to whoever runs this one. For a flow that reads another's values."""
    outcome: Any = None
    failure: Exception | None = None
    while True:
        try:
            step = flow.send(outcome) if failure is None else flow.throw(failure)
        except StopIteration:
            return None
        outcome, failure = None, None
        if not isinstance(step, Step):
            return step
        try:
            outcome = yield step
        except Exception as error:
            failure = error
