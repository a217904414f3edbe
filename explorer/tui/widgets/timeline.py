"""The timeline: incidents under date headings, drawn a line at a time from windows of the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from db.queries import IncidentRow
from explorer.output.formatting import format_when
from explorer.output.review import STATUS_MARKS
from explorer.output.textsafe import neutralise
from explorer.tui.keys import TIMELINE_KEYS
from explorer.tui.layout import TimelineLayout

WINDOW = 200  # rows fetched at once around what is on screen

RowFetcher = Callable[[tuple[str, str], int, int], list[IncidentRow]]


def _heading(layout: TimelineLayout, index: int) -> str:
    group = layout.groups[index]
    when = format_when(group.date_start, group.date_end, group.precision)
    return f"{when}  ({group.precision})" if group.precision in ("month", "year") else when


class Timeline(ScrollView, can_focus=True):
    """Incidents in date order under date headings, with a cursor.

    Only the lines on screen are drawn, and rows are fetched from the database a window at a
    time, so a timeline of a million incidents opens and scrolls as fast as one of ten.

    | Key | Action |
    | --- | --- |
    | j / down, k / up | next, previous incident |
    | g / home, G / end | first, last incident |
    | pagedown, pageup | a page down, up |
    | ], [ | next, previous day with incidents |
    | double click | open the source at the first passage (enter, an app key, does the same) |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(k.keys, k.action, k.description, show=False) for k in TIMELINE_KEYS
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline--heading",
        "timeline--cursor",
        "timeline--kind",
        "timeline--review",
        "timeline--count",
        "timeline--empty",
    }

    DEFAULT_CSS = """
    Timeline {
        background: $surface;
        overflow-x: hidden;
    }
    Timeline > .timeline--heading { color: $text-accent; text-style: bold; }
    Timeline > .timeline--cursor { background: $primary 40%; text-style: bold; }
    Timeline:focus > .timeline--cursor { background: $primary; color: $text; }
    Timeline > .timeline--kind { color: $text-secondary; }
    Timeline > .timeline--review { color: $warning; text-style: bold; }
    Timeline > .timeline--count { color: $text-muted; }
    Timeline > .timeline--empty { color: $text-muted; text-style: italic; }
    """

    cursor_line: reactive[int] = reactive(-1, always_update=True)
    """The line of the selected incident (-1 when there is none)."""

    @dataclass
    class Selected(Message):
        """The cursor moved to an incident."""

        incident_id: int

    @dataclass
    class Activated(Message):
        """The user asked to read the selected incident's sources (a double click)."""

        incident_id: int

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._layout = TimelineLayout.build([])
        self._rows: dict[int, IncidentRow] = {}
        self._fetch: RowFetcher | None = None
        self.empty_message = ""

    def show(
        self, layout: TimelineLayout, fetch: RowFetcher, empty_message: str, keep: int | None = None,
        head: Sequence[IncidentRow] | None = None,
    ) -> None:  # fmt: skip
        """Show a new set of incidents; keep the incident ``keep`` selected when it is still there.

        ``head`` holds the first rows in timeline order, already fetched, so the first screens
        draw without a query.
        """
        self._layout = layout
        self._fetch = fetch
        self._rows.clear()
        self._prefill(head or ())
        self.empty_message = empty_message
        self.virtual_size = Size(0, layout.total_lines)
        target = layout.first_row()
        if keep is not None:
            found = self._find(keep)
            target = found if found is not None else target
        self.scroll_to(y=0, animate=False)
        self.cursor_line = target
        self.refresh()

    def _prefill(self, rows: Sequence[IncidentRow]) -> None:
        line = self._layout.first_row()
        for row in rows:
            while 0 <= line < self._layout.total_lines and not self._layout.is_row(line):
                line += 1
            if not 0 <= line < self._layout.total_lines:
                return
            self._rows[line] = row
            line += 1

    def _find(self, incident_id: int) -> int | None:
        """The line of an incident among the rows already at hand (never a query on the UI thread)."""
        return next((line for line, row in sorted(self._rows.items()) if row.id == incident_id), None)

    def row_at(self, line: int) -> IncidentRow | None:
        """The incident shown on a line, fetching its window when needed."""
        if not self._layout.is_row(line):
            return None
        if line not in self._rows:
            self._load_window(line)
        return self._rows.get(line)

    def _load_window(self, line: int) -> None:
        if self._fetch is None:
            return
        index, row = self._layout.locate(line)
        group = self._layout.groups[index]
        rows = self._fetch((group.date_start, group.date_end), row, WINDOW)
        if len(self._rows) > 20 * WINDOW:  # keep memory flat however far the user scrolls
            self._rows.clear()
        target = line
        for incident in rows:
            while target < self._layout.total_lines and not self._layout.is_row(target):
                target += 1
            if target >= self._layout.total_lines:
                break
            self._rows[target] = incident
            target += 1

    def neighbour(self) -> IncidentRow | None:
        """The incident after the cursor (before it, at the end): where the cursor goes when its row leaves."""
        for step in (1, -1):
            line = self.cursor_line + step
            while 0 <= line < self._layout.total_lines:
                row = self.row_at(line)
                if row is not None:
                    return row
                line += step
        return None

    @property
    def selected(self) -> IncidentRow | None:
        """The incident under the cursor."""
        return self.row_at(self.cursor_line) if self.cursor_line >= 0 else None

    def render_line(self, y: int) -> Strip:
        """Draw one line of the timeline: a heading, an incident, or blank."""
        width = self.scrollable_content_region.width  # without the vertical scrollbar, when there is one
        line = self.scroll_offset.y + y
        base = self.rich_style
        if self._layout.total_lines == 0:
            message = self.empty_message.split("\n")
            if 1 <= y <= len(message):
                text = Text(" " + message[y - 1], style=self.get_component_rich_style("timeline--empty"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        if line >= self._layout.total_lines:
            return Strip.blank(width, base)
        index, row = self._layout.locate(line)
        if row < 0:
            heading = Text(_heading(self._layout, index), style=self.get_component_rich_style("timeline--heading"))
            return self._strip(heading, width, base)
        incident = self.row_at(line)
        if incident is None:
            return self._strip(Text("  …"), width, base)
        return self._strip(self._row_text(incident, width, line == self.cursor_line), width, base)

    def _row_text(self, incident: IncidentRow, width: int, is_cursor: bool) -> Text:
        kind_style = self.get_component_rich_style("timeline--kind")
        count_style = self.get_component_rich_style("timeline--count")
        marker = "▶ " if is_cursor else "  "
        # Status and star at a glance: ✓ verified, ? disputed, ✗ rejected, ! orphaned; ★ starred.
        review = ("!" if incident.orphaned else STATUS_MARKS[incident.status]) + ("★" if incident.starred else " ")
        kind = incident.kind[:13].ljust(14)
        count = f"{incident.source_count:>2}"
        room = max(4, width - len(marker) - len(review) - len(kind) - len(count) - 4)
        title = neutralise(incident.title)
        if len(title) > room:
            title = title[: room - 1] + "…"
        text = Text(no_wrap=True, end="")
        text.append(marker)
        text.append(review + " ", self.get_component_rich_style("timeline--review"))
        text.append(kind, kind_style)
        text.append(" " + title.ljust(room) + " ")
        text.append(count, count_style)
        if is_cursor:
            text.stylize(self.get_component_rich_style("timeline--cursor"))
        return text

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        segments = list(text.render(self.app.console, end=""))
        if text.style:  # Rich's Text.render drops the style of a Text without spans (a heading, the message)
            segments = list(Segment.apply_style(segments, self.app.console.get_style(text.style)))
        return Strip(segments).adjust_cell_length(width, base).apply_style(base)

    # --- cursor -----------------------------------------------------------------------------

    def watch_cursor_line(self, old: int, new: int) -> None:
        top = self.scroll_offset.y
        self._scroll_to_cursor()
        if self.scroll_offset.y == top:  # only two lines changed: repaint just those
            self.refresh_line(old - top)
            self.refresh_line(new - top)
        else:
            self.refresh()
        incident = self.selected
        if incident is not None:
            self.post_message(self.Selected(incident.id))

    @property
    def row_count(self) -> int:
        """Incidents laid out so far."""
        return self._layout.incident_count

    @property
    def row_number(self) -> int | None:
        """Which incident the cursor is on, 1 for the first (None when it is on none)."""
        return self._layout.row_number(self.cursor_line) if self._layout.is_row(self.cursor_line) else None

    def _scroll_to_cursor(self) -> None:
        height = max(1, self.size.height)
        line = self.cursor_line
        top = self.scroll_offset.y
        if line < 0:
            return
        if line - 1 < top:  # keep the heading above the first row in view
            self.scroll_to(y=max(0, line - 1), animate=False)
        elif line >= top + height:
            self.scroll_to(y=line - height + 1, animate=False)

    def action_cursor(self, delta: int) -> None:
        """Move the cursor by incidents."""
        if self._layout.total_lines:
            self.cursor_line = self._layout.step(self.cursor_line, delta)

    def action_page(self, direction: int) -> None:
        """Move the cursor a screen at a time."""
        self.action_cursor(direction * max(1, self.size.height - 1))

    def action_first(self) -> None:
        """Jump to the first incident."""
        self.cursor_line = self._layout.first_row()

    def action_last(self) -> None:
        """Jump to the last incident."""
        self.cursor_line = self._layout.last_row()

    def action_day(self, delta: int) -> None:
        """Jump to the next (or previous) date with incidents."""
        if self._layout.total_lines:
            self.cursor_line = self._layout.next_group(self.cursor_line, delta)

    def action_activate(self) -> None:
        """Ask to read the selected incident's sources."""
        incident = self.selected
        if incident is not None:
            self.post_message(self.Activated(incident.id))

    def on_click(self, event: Click) -> None:
        line = self.scroll_offset.y + event.y
        if self._layout.is_row(line):
            self.cursor_line = line
            if event.chain >= 2:
                self.action_activate()

    def visible_text(self) -> list[str]:
        """The plain text of every line on screen, as a user reads it."""
        return [self.render_line(y).text.rstrip() for y in range(self.size.height)]

    def on_resize(self) -> None:
        self.virtual_size = Size(0, self._layout.total_lines)
        self.call_after_refresh(self._scroll_to_cursor)  # a shorter pane can leave the cursor below it
