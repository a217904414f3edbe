"""Keys take their turn, so each one acts on the state the keys before it left.

Textual hands a key to the focused widget's queue, and app bindings run only when the key has
bubbled back up to the app. A key typed right behind one that moves the focus (``d`` opens the
date input, ``enter`` in the input closes it) is therefore handed to the old focus before the
first key has moved it: ``d`` then ``j`` moved the timeline's cursor instead of typing a ``j``.
So a key waits until the one before it has been handled all the way up (the app learns that
from a marker message that follows the key up the same queues).

Keys also wait while the timeline is loading a filter's results: a key that arrived between a
filter and its results would move the cursor in the old timeline, and the new one, arriving a
moment later, would put it back. Keys typed into an input never wait for a load: typing is what
starts the loads.
"""

from __future__ import annotations

from collections import deque
from time import monotonic

from textual import events

# Last resorts only, so long that a loaded machine never reaches them: a load that never lands, or a
# key whose marker never comes back, must not swallow the keyboard for good.
MAX_LOAD_WAIT_SECONDS = 15.0
MAX_KEY_WAIT_SECONDS = 10.0


class KeyHold:
    """Decides whether a key may go now, and keeps the ones that must wait, oldest first."""

    def __init__(self) -> None:
        self._held: deque[events.Key] = deque()
        self._in_flight_since: float | None = None
        self._loading_since: float | None = None

    def admit(self, event: events.Key, loading: bool, typing: bool) -> bool:
        """True when ``event`` may be handled now; otherwise it is kept for ``next``."""
        if not self._held and self._may_go(loading, typing):
            return True
        self._held.append(events.Key(event.key, event.character))
        return False

    def next(self, loading: bool, typing: bool) -> events.Key | None:
        """The oldest waiting key, if it may go now."""
        if self._held and self._may_go(loading, typing):
            return self._held.popleft()
        return None

    def dispatched(self) -> None:
        """A key was handed on; the next one waits until ``settled``."""
        self._in_flight_since = monotonic()

    def settled(self) -> None:
        """The key handed on last has been handled."""
        self._in_flight_since = None

    def _may_go(self, loading: bool, typing: bool) -> bool:
        now = monotonic()
        if self._in_flight_since is not None and now - self._in_flight_since < MAX_KEY_WAIT_SECONDS:
            return False
        if not loading or typing:
            self._loading_since = None
            return True
        if self._loading_since is None:
            self._loading_since = now
        return now - self._loading_since > MAX_LOAD_WAIT_SECONDS

    @property
    def busy(self) -> bool:
        """True while a key is being handled or waits its turn."""
        return bool(self._held) or self._in_flight_since is not None

    def __len__(self) -> int:
        return len(self._held)
