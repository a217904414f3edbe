"""The filter bar: the filters in force as removable chips, and how many incidents they keep."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from explorer.textsafe import neutralise
from explorer.tui.filters import Chip


def bar_text(chips: Sequence[Chip], pending: Chip | None, shown: int | None, total: int | None) -> Text:
    """Chips then the count: "filters: [actor: Ted Wheeler ✕] … 4 of 13 incidents"."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("filters: ", style="bold")
    if not chips and pending is None:
        text.append("none", style="dim")
    for chip in chips:
        text.append(f" {neutralise(chip.caption())} ✕ ", style="reverse")
        text.append(" ")
    if pending is not None:
        text.append(f" {neutralise(pending.caption())}… ", style="italic underline")
    if shown is not None and total is not None:
        text.append(" │ ", style="dim")
        text.append(f"{shown:,} of {total:,} incidents", style="bold")
    elif total is not None:
        text.append(" │ ", style="dim")
        text.append(f"… of {total:,} incidents", style="dim")
    return text


class FilterBar(Static):
    """Shows the filters in force (backspace on an empty filter input removes the last; c clears all)."""

    DEFAULT_CSS = """
    FilterBar { height: 1; padding: 0 1; background: $panel; }
    """

    def show(self, chips: Sequence[Chip], pending: Chip | None, shown: int | None, total: int | None) -> None:
        """Redraw the chips and the count."""
        self.update(bar_text(chips, pending, shown, total))
