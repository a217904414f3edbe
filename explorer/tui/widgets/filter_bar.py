"""The filter bar: the filters in force as removable chips, and how many incidents they keep."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.events import Click
from textual.message import Message
from textual.widgets import Static

from explorer.output.textsafe import neutralise
from explorer.tui.filters import Chip


def chip_ranges(chips: Sequence[Chip]) -> list[tuple[int, int]]:
    """The columns each chip occupies in the bar (after the one-cell padding), to remove it by a click."""
    ranges = []
    column = len("filters: ")
    for chip in chips:
        width = cell_len(f" {neutralise(chip.caption())} ✕ ")
        ranges.append((column, column + width))
        column += width + 1
    return ranges


def bar_text(
    chips: Sequence[Chip], pending: Chip | None, shown: int | None, total: int | None, changed: bool = False
) -> Text:
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
    if changed:
        text.append(" │ ", style="dim")
        text.append("database changed — r to refresh", style="bold yellow")
    return text


class FilterBar(Static):
    """Shows the filters in force; a click on a chip removes it."""

    DEFAULT_CSS = """
    FilterBar { height: 1; padding: 0 1; background: $panel; }
    """

    @dataclass
    class ChipClicked(Message):
        """A chip was clicked: remove filter number ``index``."""

        index: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ranges: list[tuple[int, int]] = []

    def show(
        self, chips: Sequence[Chip], pending: Chip | None, shown: int | None, total: int | None, changed: bool = False
    ) -> None:
        """Redraw the chips, the count, and whether the database changed underneath."""
        self._ranges = chip_ranges(chips)
        self.update(bar_text(chips, pending, shown, total, changed))

    def on_click(self, event: Click) -> None:
        column = event.x - 1  # the bar's left padding
        for index, (start, end) in enumerate(self._ranges):
            if start <= column < end:
                self.post_message(self.ChipClicked(index))
                return
