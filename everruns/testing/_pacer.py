"""Paced replies: one thread writes the due words of every turn of the process.

A turn hands its reply's words over, each with the moment it is due, and waits once; the
pacer sleeps until the earliest word of any turn is due (a few milliseconds at the least)
and appends every word that is due by then. Hundreds of turns paced at once so cost one wake per batch of due words,
where a sleeping thread per turn cost a wake (and a fight for the interpreter) per word.
"""

from __future__ import annotations

import heapq
import itertools
import os
import threading
import time
from collections.abc import Callable, Sequence

# The pacer sleeps at least this long between batches: words due meanwhile are written
# together, at most this late. Due words spread evenly over time would otherwise each
# cost a wake of their own, which is the cost this thread is here to save.
RESOLUTION = 0.004

Step = tuple[float, Callable[[], object]]
"""A moment (``time.monotonic()`` seconds) and what to do then."""


class _Playing:
    """One caller's steps, played in order: the next one waits on the pacer's heap."""

    __slots__ = ("error", "index", "steps", "stop", "taking", "wake")

    def __init__(self, steps: Sequence[Step], stop: threading.Event, wake: threading.Event) -> None:
        self.steps = steps
        self.stop = stop
        self.wake = wake
        self.index = 0
        self.error: BaseException | None = None
        self.taking = threading.Lock()  # held while a step is taken: see Pacer.play

    def take_step(self) -> float | None:
        """Do the step that is due; the moment of the next one, or ``None`` when done
        (every step taken, ``stop`` set, or a step failed)."""
        with self.taking:
            return self._take_step()

    def _take_step(self) -> float | None:
        if self.stop.is_set():
            self.wake.set()
            return None
        try:
            self.steps[self.index][1]()
        except Exception as error:  # handed to the caller, raised there
            self.error = error
            self.wake.set()
            return None
        self.index += 1
        if self.index == len(self.steps):
            self.wake.set()
            return None
        return self.steps[self.index][0]


class Pacer:
    """Takes each step at its moment, on a thread of its own started at the first
    :meth:`play`."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Playing]] = []
        self._order = itertools.count()  # ties keep their order; _Playing is never compared
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def forget(self) -> None:
        """Start over empty, with no thread: in a forked child, the parent's thread does not
        run and its lock may have been held at the fork."""
        self._heap = []
        self._changed = threading.Condition()
        self._thread = None

    def play(self, steps: Sequence[Step], stop: threading.Event, wake: threading.Event) -> bool:
        """Take ``steps`` in order, each at its moment, and block until they are done:
        ``True`` when all were taken, ``False`` when ``stop`` was set first. Whoever sets
        ``stop`` sets ``wake`` too, so the caller returns at once. A step that raised is
        raised here."""
        if not steps:
            return not stop.is_set()
        wake.clear()
        playing = _Playing(steps, stop, wake)
        self._push(steps[0][0], playing)
        wake.wait()
        with playing.taking:  # a step under way when stop was set ends before the caller goes on
            pass
        if playing.error is not None:
            raise playing.error
        return playing.index == len(steps)

    def _push(self, moment: float, playing: _Playing) -> None:
        with self._changed:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="everruns-pacer", daemon=True)
                self._thread.start()
            heapq.heappush(self._heap, (moment, next(self._order), playing))
            if self._heap[0][2] is playing:  # sooner than what the pacer sleeps for
                self._changed.notify()

    def _run(self) -> None:
        while True:
            for playing in self._due():
                following = playing.take_step()
                if following is not None:
                    self._push(following, playing)

    def _due(self) -> list[_Playing]:
        """Wait until a step is due; every one due by then, soonest first."""
        with self._changed:
            while True:
                moment = time.monotonic()
                if self._heap and self._heap[0][0] <= moment:
                    due = []
                    while self._heap and self._heap[0][0] <= moment:
                        due.append(heapq.heappop(self._heap)[2])
                    return due
                self._changed.wait(max(self._heap[0][0] - moment, RESOLUTION) if self._heap else None)


PACER = Pacer()
"""The process's pacer: every local server's turns share its thread."""
os.register_at_fork(after_in_child=PACER.forget)
