"""Which events a stream has already handed out, in memory that does not grow."""

from __future__ import annotations

from collections import deque

from ._events import Event

RECENT_IDS = 1024


class SeenEvents:
    """Tells a new event from one already handed out, however long the stream runs.

    A session numbers its events in increasing ``sequence``, so the highest number
    handed out is all there is to remember. An event without a sequence (which the
    API does not send today) is told by its id, among the last ``RECENT_IDS`` such ids.
    """

    def __init__(self) -> None:
        self._highest = -1
        self._recent: deque[str] = deque(maxlen=RECENT_IDS)
        self._recent_set: set[str] = set()

    def is_new(self, event: Event) -> bool:
        """Whether ``event`` has not been seen; if so, it counts as seen from now on."""
        sequence = event.sequence
        if sequence is not None:
            if sequence <= self._highest:
                return False
            self._highest = sequence
            return True
        return self._first_sighting(event.id)

    def _first_sighting(self, event_id: str) -> bool:
        if event_id in self._recent_set:
            return False
        if len(self._recent) == RECENT_IDS:
            self._recent_set.discard(self._recent[0])
        self._recent.append(event_id)
        self._recent_set.add(event_id)
        return True
