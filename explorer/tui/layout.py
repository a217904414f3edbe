"""The timeline's lines: a heading per date interval, then its incidents. Pure, so it is tested alone."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from db.queries import DateGroup, IncidentRow


@dataclass(frozen=True)
class TimelineLayout:
    """Where each heading and incident row sits, from the per-interval counts alone."""

    groups: tuple[DateGroup, ...]
    starts: tuple[int, ...]  # line of each group's heading

    @classmethod
    def build(cls, groups: Sequence[DateGroup]) -> TimelineLayout:
        """Lay out groups: heading line, then one line per incident."""
        starts = []
        line = 0
        for group in groups:
            starts.append(line)
            line += 1 + group.count
        return cls(tuple(groups), tuple(starts))

    @property
    def total_lines(self) -> int:
        """Lines in the whole timeline."""
        if not self.groups:
            return 0
        return self.starts[-1] + 1 + self.groups[-1].count

    @property
    def incident_count(self) -> int:
        """Incidents in the timeline."""
        return sum(g.count for g in self.groups)

    def locate(self, line: int) -> tuple[int, int]:
        """(group index, row within the group) of a line; row -1 is the group's heading."""
        index = bisect_right(self.starts, line) - 1
        return index, line - self.starts[index] - 1

    def row_number(self, line: int) -> int:
        """Which incident (1 = the first) a row line shows, counting across the headings."""
        return line - self.locate(line)[0]

    def is_row(self, line: int) -> bool:
        """True when the line shows an incident (not a heading, not past the end)."""
        return 0 <= line < self.total_lines and self.locate(line)[1] >= 0

    def first_row(self) -> int:
        """The first incident's line, or -1 when there is none."""
        return 1 if self.groups else -1

    def last_row(self) -> int:
        """The last incident's line, or -1 when there is none."""
        return self.total_lines - 1 if self.groups else -1

    def step(self, line: int, delta: int) -> int:
        """The incident line ``delta`` rows away (headings skipped), clamped to the ends."""
        if not self.groups:
            return -1
        target = line + delta
        target = max(self.first_row(), min(self.last_row(), target))
        direction = 1 if delta >= 0 else -1
        while not self.is_row(target):  # a heading: the row next to it in the direction of travel
            target += direction
        return target

    def next_group(self, line: int, delta: int) -> int:
        """The first incident line of the next (or previous) date interval."""
        if not self.groups:
            return -1
        index = self.locate(max(0, line))[0] + delta
        index = max(0, min(len(self.groups) - 1, index))
        return self.starts[index] + 1


def groups_of(rows: Sequence[IncidentRow]) -> list[DateGroup]:
    """Date groups of rows already in timeline order."""
    groups: list[DateGroup] = []
    for row in rows:
        last = groups[-1] if groups else None
        if last is not None and (last.date_start, last.date_end) == (row.date_start, row.date_end):
            groups[-1] = DateGroup(last.date_start, last.date_end, last.precision, last.count + 1)
        else:
            groups.append(DateGroup(row.date_start, row.date_end, row.precision, 1))
    return groups
