"""Which positions of a text fall inside a set of spans, in logarithmic time per question."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from explorer.extract.model import Span


class SpanSet:
    """Half-open spans, merged where they overlap, answering "is this position inside one?".

    A long document can hold thousands of stamps and datelines; asking of each sentence and each
    name whether it lies in one must not cost a pass over all of them.
    """

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for span in sorted(spans, key=lambda s: (s.start, s.end)):
            if span.end <= span.start:
                continue
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self._starts = [s for s, _e in merged]
        self._ends = [e for _s, e in merged]

    def __contains__(self, position: int) -> bool:
        at = bisect_right(self._starts, position) - 1
        return at >= 0 and position < self._ends[at]

    def __bool__(self) -> bool:
        return bool(self._starts)
