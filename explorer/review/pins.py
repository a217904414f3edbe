"""Which reviewed incident a passage is pinned to: pure rules over spans of one document's text."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def pinned_incident(spans: Sequence[tuple[int, int]], anchors: Sequence[tuple[int, int, int]]) -> int | None:
    """The incident whose pinned passage (start, end, incident) overlaps most of these spans, or None.

    >>> pinned_incident([(10, 20)], [(0, 5, 1), (15, 30, 2)])
    2
    >>> pinned_incident([(10, 20)], [(20, 30, 2)]) is None
    True
    """
    best: tuple[int, int] | None = None  # (overlap, -incident)
    for start, end in spans:
        for a_start, a_end, incident_id in anchors:
            overlap = min(end, a_end) - max(start, a_start)
            if overlap > 0 and (best is None or (overlap, -incident_id) > best):
                best = (overlap, -incident_id)
    return -best[1] if best else None


def tied_components(count: int, joined: Callable[[int, int], bool], tied: frozenset[int] = frozenset()
                    ) -> list[list[int]]:  # fmt: skip
    """Indices ``0..count-1`` in connected groups, where ``joined(i, j)`` links two and every tied index is one group.

    >>> tied_components(4, lambda i, j: False, frozenset({0, 2}))
    [[0, 2], [1], [3]]
    """
    unseen = set(range(count))
    groups: list[list[int]] = []
    while unseen:
        start = min(unseen)
        unseen.discard(start)
        group, frontier = [start], [start]
        while frontier:
            current = frontier.pop()
            found = [j for j in sorted(unseen) if (current in tied and j in tied) or joined(current, j)]
            unseen.difference_update(found)
            group.extend(found)
            frontier.extend(found)
        groups.append(sorted(group))
    return groups
