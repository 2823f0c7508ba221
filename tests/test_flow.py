"""The drivers every method runs on: a flow's steps are done in order, each outcome sent
back, each failure raised inside the flow where it may be handled, and the values a
streaming flow hands out reach its reader, blocking or awaited alike."""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Generator
from typing import Any

import pytest

from everruns._flow import Call, Flow, Sleep, Step, adrive, aemit, drive, emit, next_emitted


class Ask(Step):
    """A step for these tests: the driver answers with ``answer`` or raises it."""

    __slots__ = ("answer",)

    def __init__(self, answer: Any) -> None:
        self.answer = answer


def answer(step: Step) -> Any:
    assert isinstance(step, Ask)
    if isinstance(step.answer, Exception):
        raise step.answer
    return step.answer


async def answer_awaited(step: Step) -> Any:
    await asyncio.sleep(0)
    return answer(step)


def adds_two_answers() -> Flow[int]:
    first = yield Ask(1)
    second = yield Ask(2)
    return first + second


def recovers(seen: list[str]) -> Flow[str]:
    try:
        yield Ask(ValueError("no"))
    except ValueError as error:
        seen.append(str(error))
    result = yield Ask("after")
    return result


def gives_up() -> Flow[None]:
    yield Ask(KeyError("gone"))


def test_drive_sends_each_outcome_back_and_returns_the_result() -> None:
    assert drive(adds_two_answers(), answer) == 3
    assert asyncio.run(adrive(adds_two_answers(), answer_awaited)) == 3


def test_a_failed_step_is_raised_in_the_flow_which_may_carry_on() -> None:
    seen: list[str] = []
    assert drive(recovers(seen), answer) == "after"
    assert asyncio.run(adrive(recovers(seen), answer_awaited)) == "after"
    assert seen == ["no", "no"]


def test_a_failure_the_flow_does_not_handle_reaches_the_caller() -> None:
    with pytest.raises(KeyError, match="gone"):
        drive(gives_up(), answer)
    with pytest.raises(KeyError, match="gone"):
        asyncio.run(adrive(gives_up(), answer_awaited))


def test_a_flow_with_no_steps_is_just_its_result() -> None:
    def nothing_to_do() -> Flow[str]:
        return "done"
        yield  # a flow that needs no step

    assert drive(nothing_to_do(), answer) == "done"


def test_adrive_starts_from_a_step_a_primed_flow_already_yielded() -> None:
    flow = adds_two_answers()
    first = next(flow)
    assert asyncio.run(adrive(flow, answer_awaited, first)) == 3


def hands_out(finished: list[str]) -> Generator[Any, Any, None]:
    try:
        for number in range(3):
            doubled = yield Ask(number * 2)
            yield f"value {doubled}"
    finally:
        finished.append("flow closed")


def test_emit_hands_out_what_is_not_a_step_and_does_the_steps() -> None:
    finished: list[str] = []
    values = list(emit(hands_out(finished), answer, lambda: finished.append("finish")))
    assert values == ["value 0", "value 2", "value 4"]
    assert finished == ["flow closed", "finish"]


def test_aemit_does_the_same_awaited() -> None:
    finished: list[str] = []

    async def finish() -> None:
        finished.append("finish")

    async def read() -> list[str]:
        return [value async for value in aemit(hands_out(finished), answer_awaited, finish)]

    assert asyncio.run(read()) == ["value 0", "value 2", "value 4"]
    assert finished == ["flow closed", "finish"]


def test_leaving_an_emitting_loop_early_closes_the_flow_and_finishes() -> None:
    finished: list[str] = []
    values = emit(hands_out(finished), answer, lambda: finished.append("finish"))
    assert next(values) == "value 0"
    values.close()
    assert finished == ["flow closed", "finish"]


def test_a_step_failure_reaches_the_emitting_flow() -> None:
    def flow() -> Generator[Any, Any, None]:
        try:
            yield Ask(RuntimeError("cut"))
        except RuntimeError:
            yield "recovered"

    assert list(emit(flow(), answer)) == ["recovered"]


def test_next_emitted_reads_one_value_at_a_time_passing_the_steps_through() -> None:
    finished: list[str] = []
    source = hands_out(finished)

    def two_values() -> Flow[list[Any]]:
        first = yield from next_emitted(source)
        second = yield from next_emitted(source)
        return [first, second]

    assert drive(two_values(), answer) == ["value 0", "value 2"]

    def the_rest() -> Flow[list[Any]]:
        rest = []
        while (value := (yield from next_emitted(source))) is not None:
            rest.append(value)
        return rest

    assert drive(the_rest(), answer) == ["value 4"]


def test_next_emitted_raises_a_step_failure_in_the_source() -> None:
    def source() -> Generator[Any, Any, None]:
        try:
            yield Ask(ValueError("bad"))
        except ValueError as error:
            yield f"handled {error}"

    assert drive(next_emitted(source()), answer) == "handled bad"


def test_call_gives_the_functions_result_and_refuses_an_async_one_when_blocking() -> None:
    assert Call(lambda a, b=0: a + b, (2,), {"b": 40}).blocking() == 42

    async def later() -> int:
        return 1

    with pytest.raises(TypeError, match=r"^later is an async function: use everruns\.AsyncEverruns to call it$"):
        Call(later).blocking()


def test_refusing_an_async_function_closes_its_coroutine_unawaited() -> None:
    made: list[Any] = []

    async def later() -> int:
        return 1

    def keeps_it() -> Any:
        made.append(later())
        return made[-1]

    with pytest.raises(TypeError, match=r"^keeps_it is an async function"):
        Call(keeps_it).blocking()
    assert inspect.getcoroutinestate(made[0]) == inspect.CORO_CLOSED


def test_refusing_a_nameless_callable_or_an_awaitable_without_close_names_what_was_called() -> None:
    class Pending:
        """Awaitable, without the ``close()`` a coroutine has."""

        def __await__(self) -> Generator[Any, None, int]:
            yield
            return 1

    async def later(number: int) -> int:
        return number

    nameless = functools.partial(later, 1)
    for function, shown in ((nameless, repr(nameless)), (Pending, "Pending")):
        with pytest.raises(TypeError) as refused:
            Call(function).blocking()
        assert str(refused.value) == f"{shown} is an async function: use everruns.AsyncEverruns to call it"


def test_steps_say_what_they_carry() -> None:
    assert Sleep(0.5).seconds == 0.5
    assert Call(print).args == ()
    assert Call(print).kwargs == {}
