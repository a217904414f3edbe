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
    chips: Sequence[Chip], pending: Chip | None, shown: int | None, total: int | None, changed: bool = False,
    width: int | None = None, note: str = "",
) -> Text:  # fmt: skip
    """Chips then the count: "filters: [actor: Ted Wheeler ✕] … 4 of 13 incidents".

    Given the bar's ``width``, the chips are cut short (with an ellipsis) so the count stays in view.
    """
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("filters: ", style="bold")
    if not chips and pending is None:
        text.append("none", style="dim")
    for chip in chips:
        text.append(f" {neutralise(chip.caption())} ✕ ", style="reverse")
        text.append(" ")
    if pending is not None:
        text.append(f" {neutralise(pending.caption())}… ", style="italic underline")
    tail = Text(no_wrap=True, overflow="ellipsis")
    if shown is not None and total is not None:
        tail.append(" │ ", style="dim")
        tail.append(f"{shown:,} of {total:,} incidents", style="bold")
    elif total is not None:
        tail.append(" │ ", style="dim")
        tail.append(f"… of {total:,} incidents", style="dim")
    if note:
        tail.append(f" · {neutralise(note)}", style="italic")
    if changed:
        tail.append(" │ ", style="dim")
        tail.append("database changed — r to refresh", style="bold yellow")
    if width and text.cell_len + tail.cell_len > width:
        text.truncate(max(1, width - tail.cell_len), overflow="ellipsis")
    text.append_text(tail)
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
        self._shown: tuple[Sequence[Chip], Chip | None, int | None, int | None, bool] = ((), None, None, None, False)
        self._note = ""

    def show(
        self, chips: Sequence[Chip], pending: Chip | None, shown: int | None, total: int | None,
        changed: bool = False, note: str = "",
    ) -> None:  # fmt: skip
        """Redraw the chips, the count (with ``note`` after it), and whether the database changed underneath."""
        self._ranges = chip_ranges(chips)
        self._shown = (chips, pending, shown, total, changed)
        self._note = note
        self.refresh()

    def render(self) -> Text:
        # Fitted to the width at each paint (a resize repaints), so the count is never pushed off.
        return bar_text(*self._shown, width=self.size.width or None, note=self._note)

    def on_click(self, event: Click) -> None:
        column = event.x - 1  # the bar's left padding
        for index, (start, end) in enumerate(self._ranges):
            if start <= column < end:
                self.post_message(self.ChipClicked(index))
                return
