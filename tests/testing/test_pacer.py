"""The pacer: every paced reply of the process written by one thread, each word at its moment."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
import time

import pytest

from everruns.testing._pacer import RESOLUTION, Pacer


def test_steps_are_taken_in_order_each_at_its_moment_and_play_returns_when_all_are():
    pacer = Pacer()
    taken: list[tuple[str, float]] = []
    began = time.monotonic()
    steps = [
        (began + delay, lambda name=name: taken.append((name, time.monotonic())))
        for name, delay in [("one", 0.05), ("two", 0.10), ("three", 0.15)]
    ]
    assert pacer.play(steps, threading.Event(), threading.Event()) is True
    assert [name for name, _ in taken] == ["one", "two", "three"]
    for (_, at), (due, _) in zip(taken, steps, strict=True):
        assert due <= at < due + 0.1, "never early, and late by a batch at the most (on a busy machine, a little more)"


def test_one_thread_takes_the_steps_of_many_callers_in_the_order_they_are_due():
    pacer = Pacer()
    taken: list[tuple[str, int]] = []
    threads: list[str] = []
    began = time.monotonic() + 0.05

    early: list[tuple[str, int]] = []

    def steps_of(name: str, offset: float) -> list[tuple[float, object]]:
        def step(index: int, due: float) -> None:
            taken.append((name, index))
            threads.append(threading.current_thread().name)
            if time.monotonic() < due:
                early.append((name, index))

        dues = [began + offset + index * 0.02 for index in range(5)]
        return [(due, lambda index=index, due=due: step(index, due)) for index, due in enumerate(dues)]

    callers = [
        threading.Thread(target=pacer.play, args=(steps_of(name, offset), threading.Event(), threading.Event()))
        for name, offset in [("a", 0.0), ("b", 0.01)]
    ]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join(5)
    assert set(threads) == {"everruns-pacer"}, "the callers only wait"
    assert [entry for entry in taken if entry[0] == "a"] == [("a", index) for index in range(5)]
    assert [entry for entry in taken if entry[0] == "b"] == [("b", index) for index in range(5)]
    assert taken.index(("a", 1)) < taken.index(("b", 1)) < taken.index(("a", 2)), "interleaved by their moments"
    assert early == [], "a step due later is not taken with one due now"


def test_the_pacer_sleeps_while_nothing_is_due():
    pacer = Pacer()
    cpu = time.process_time()
    assert pacer.play([(time.monotonic() + 0.5, lambda: None)], threading.Event(), threading.Event())
    assert time.process_time() - cpu < 0.2, "half a second of waiting, not of spinning"


def test_a_stop_ends_play_at_once_with_false_and_no_step_is_taken_after_it():
    pacer = Pacer()
    stop, wake = threading.Event(), threading.Event()
    taken: list[int] = []
    began = time.monotonic()
    steps = [(began + index * 0.05, lambda index=index: taken.append(index)) for index in range(100)]

    def halt() -> None:
        time.sleep(0.12)
        stop.set()
        wake.set()

    threading.Thread(target=halt).start()
    assert pacer.play(steps, stop, wake) is False
    returned = time.monotonic() - began
    seen = len(taken)
    assert 0.12 <= returned < 0.5, "at once, not at the next step's moment"
    assert 1 <= seen < 10
    time.sleep(0.15)
    assert len(taken) == seen, "nothing taken once play has returned"


def test_a_step_that_raises_is_raised_to_its_caller_and_the_pacer_goes_on_for_others():
    pacer = Pacer()
    began = time.monotonic()

    def fail() -> None:
        raise RuntimeError("the log is closed")

    with pytest.raises(RuntimeError, match="the log is closed"):
        pacer.play([(began, fail), (began, lambda: None)], threading.Event(), threading.Event())
    taken: list[int] = []
    assert pacer.play([(time.monotonic(), lambda: taken.append(1))], threading.Event(), threading.Event())
    assert taken == [1]


def test_nothing_to_play_returns_at_once_whether_stopped_or_not():
    pacer = Pacer()
    stopped = threading.Event()
    stopped.set()
    assert pacer.play([], threading.Event(), threading.Event()) is True
    assert pacer.play([], stopped, threading.Event()) is False


def test_a_sooner_step_wakes_a_pacer_sleeping_for_a_later_one():
    pacer = Pacer()
    later = threading.Thread(
        target=pacer.play, args=([(time.monotonic() + 2.0, lambda: None)], threading.Event(), threading.Event())
    )
    later.start()
    time.sleep(0.05)  # the pacer now sleeps until the later step
    taken: list[float] = []
    due = time.monotonic() + 0.05
    assert pacer.play([(due, lambda: taken.append(time.monotonic()))], threading.Event(), threading.Event())
    assert taken[0] - due < 0.3 + RESOLUTION
    later.join(5)


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded, use of fork\\(\\) may lead to deadlocks")
def test_a_forked_child_paces_with_a_thread_of_its_own():
    """A child of fork() has none of its parent's threads: the process's pacer starts anew there."""
    from everruns.testing._pacer import PACER

    assert PACER.play(
        [(time.monotonic(), lambda: None)], threading.Event(), threading.Event()
    )  # the parent's thread runs
    context = multiprocessing.get_context("fork")
    child = context.Process(target=_play_once_and_exit)
    child.start()
    child.join(10)
    assert child.exitcode == 0, "the child's words were written"


def _play_once_and_exit() -> None:
    from everruns.testing._pacer import PACER

    taken: list[int] = []
    done = threading.Thread(
        target=PACER.play, args=([(time.monotonic(), lambda: taken.append(1))], threading.Event(), threading.Event())
    )
    done.start()
    done.join(5)
    os._exit(0 if taken == [1] else 1)


def test_the_pacer_thread_never_keeps_a_process_from_exiting():
    script = (
        "import threading, time\n"
        "from everruns.testing._pacer import Pacer\n"
        "assert Pacer().play([(time.monotonic(), lambda: None)], threading.Event(), threading.Event())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=20)
    assert done.returncode == 0, done.stderr
