"""Date windows: a date filter as the intervals it allows, and how two of them combine."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from db.queries import IncidentFilter


def intersect(
    left: tuple[tuple[date, date], ...], right: tuple[tuple[date, date], ...]
) -> tuple[tuple[date, date], ...]:
    """The intervals both sets of intervals allow."""
    both = ((max(a[0], b[0]), min(a[1], b[1])) for a in left for b in right)
    return tuple(sorted((start, end) for start, end in both if start <= end))


def with_windows(flt: IncidentFilter, windows: tuple[tuple[date, date], ...]) -> IncidentFilter:
    """``flt`` narrowed to incidents that overlap one of ``windows`` (none at all when it is empty)."""
    if not windows:
        return replace(flt, date_from=date.max, date_to=date.min)  # nothing can overlap an empty set
    start, end = min(w[0] for w in windows), max(w[1] for w in windows)
    return replace(flt, date_from=start, date_to=end, date_windows=windows if len(windows) > 1 else ())
