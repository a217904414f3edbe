"""A one-line histogram of incidents over time, with the filtered date range marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.widget import Widget

from db.queries import DateGroup

BARS = " ▁▂▃▄▅▆▇█"


def bucket_counts(groups: Sequence[DateGroup], first: date, last: date, cells: int) -> list[int]:
    """Incidents per cell when [first, last] is spread over ``cells`` cells (by start date)."""
    cells = max(1, cells)
    span = max(1, (last - first).days + 1)
    counts = [0] * cells
    for group in groups:
        offset = (date.fromisoformat(group.date_start) - first).days
        if 0 <= offset < span:
            counts[min(cells - 1, offset * cells // span)] += group.count
    return counts


def sparkline(counts: Sequence[int]) -> str:
    """Bars scaled to the tallest count; an empty cell stays blank, any incident shows at least ▁."""
    top = max(counts, default=0)
    if top == 0:
        return " " * len(counts)
    return "".join(BARS[0] if c == 0 else BARS[max(1, round(c * 8 / top))] for c in counts)


def view_of(span: tuple[date, date], marked: tuple[date | None, date | None]) -> tuple[date, date]:
    """The dates drawn: the archive's span, zoomed to a date filter inside it."""
    first, last = span
    low, high = marked
    start = max(first, low) if low else first
    end = min(last, high) if high else last
    return (start, end) if start <= end else span


def year_ticks(first: date, last: date, cells: int) -> str:
    """A line of year labels under the cells where each year starts (for spans of several years)."""
    span = max(1, (last - first).days + 1)
    line = [" "] * cells
    step = 1
    while (last.year - first.year) // step * 5 > cells:  # room for "1995 " under each labelled year
        step *= 5 if step == 1 else 2
    for year in range(first.year + 1, last.year + 1):
        if year % step:
            continue
        cell = (date(year, 1, 1) - first).days * cells // span
        label = str(year)
        if cell + len(label) <= cells and all(c == " " for c in line[max(0, cell - 1) : cell + len(label) + 1]):
            line[cell : cell + len(label)] = label
    return "".join(line)


class Histogram(Widget):
    """Incidents per period across the whole archive; the filter's range stands out."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"histogram--in-range", "histogram--out-of-range", "histogram--axis"}

    DEFAULT_CSS = """
    Histogram { height: auto; max-height: 2; padding: 0 1; }
    Histogram > .histogram--in-range { color: $accent; }
    Histogram > .histogram--out-of-range { color: $text-muted; }
    Histogram > .histogram--axis { color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._span: tuple[date, date] | None = None
        self._groups: Sequence[DateGroup] = ()
        self._range: tuple[date | None, date | None] = (None, None)

    def show(
        self, span: tuple[date, date] | None, groups: Sequence[DateGroup], marked: tuple[date | None, date | None]
    ) -> None:
        """Draw ``groups`` across the archive's ``span``, marking the filtered date range."""
        self._span, self._groups, self._range = span, groups, marked
        self.refresh()

    def render(self) -> Text:
        if self._span is None:
            return Text("")
        first, last = view_of(self._span, self._range)
        zoomed = (first, last) != self._span
        fmt = "%d %b %Y" if zoomed and (last - first).days < 400 else "%b %Y"
        left, right = f"{first:{fmt}} ", f" {last:{fmt}}"
        cells = max(1, self.size.width - len(left) - len(right))
        counts = bucket_counts(self._groups, first, last, cells)
        text = Text(no_wrap=True, end="")
        axis = self.get_component_rich_style("histogram--axis")
        text.append(left, axis)
        span_days = max(1, (last - first).days + 1)
        low, high = self._range
        for index, bar in enumerate(sparkline(counts)):
            cell_start = first.toordinal() + index * span_days // cells
            cell_end = first.toordinal() + ((index + 1) * span_days) // cells - 1
            inside = (low is None or cell_end >= low.toordinal()) and (high is None or cell_start <= high.toordinal())
            style = "histogram--in-range" if inside else "histogram--out-of-range"
            text.append(bar, self.get_component_rich_style(style))
        text.append(right, axis)
        if last.year - first.year >= 3:  # decades in one line: say where the years fall
            text.append("\n" + " " * len(left) + year_ticks(first, last, cells), axis)
        return text
