"""Keys pressed while the timeline is loading wait for it, so they act on the state the user sees next.

Without this, a key that arrives between a filter and its results moves the cursor in the old
timeline, and the new one, arriving a moment later, puts the cursor back: the key is lost. Keys
typed into an input (the filter prompt) are never held: typing is what starts the loads.
"""

from __future__ import annotations

from time import monotonic

from textual import events

MAX_HOLD_SECONDS = 3.0  # a load that never lands must not swallow the keyboard


class KeyHold:
    """Holds key events while a load is in flight and gives them back, in order, when it lands."""

    def __init__(self) -> None:
        self._held: list[events.Key] = []
        self._since: float | None = None

    def hold(self, event: events.Key, loading: bool, typing: bool) -> bool:
        """Keep ``event`` for later when a load is in flight (and the user is not typing); True if kept."""
        if typing or not loading:
            return False
        if self._since is not None and monotonic() - self._since > MAX_HOLD_SECONDS:
            return False
        if self._since is None:
            self._since = monotonic()
        self._held.append(events.Key(event.key, event.character))
        return True

    def release(self) -> list[events.Key]:
        """The held keys, oldest first; the hold is empty afterwards."""
        held, self._held, self._since = self._held, [], None
        return held

    def __len__(self) -> int:
        return len(self._held)
