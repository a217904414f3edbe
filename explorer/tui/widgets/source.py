"""The source pane: an article with the incident's passages highlighted, drawn a line at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from explorer.tui.highlight import highlight, wrap_offsets


class SourceView(ScrollView, can_focus=True):
    """Article text, wrapped to the pane, with evidence highlighted and the current passage in view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Scroll down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", show=False),
    ]

    DEFAULT_CSS = """
    SourceView { padding: 0 1; background: $surface; overflow-x: hidden; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._rendered = Text("")
        self._lines: list[tuple[int, int]] = []
        self._spans: Sequence[tuple[int, int]] = ()
        self._current: int | None = None
        self._wrapped_at = -1

    def show(self, text: str, spans: Sequence[tuple[int, int]], current: int | None) -> None:
        """Show an article, mark ``spans`` and bring span ``current`` into view."""
        self._text, self._spans, self._current = text, spans, current
        self._rendered = highlight(text, spans, current)
        self._wrapped_at = -1
        self._rewrap()
        self.refresh()
        if current is not None and 0 <= current < len(spans):
            self.call_after_refresh(self._scroll_to_offset, spans[current][0])

    def clear(self, message: str = "") -> None:
        """Show a message instead of an article."""
        self.show(message, (), None)

    def _rewrap(self) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 80)
        if width != self._wrapped_at:
            self._lines = wrap_offsets(self._text, width)
            self._wrapped_at = width
            self.virtual_size = Size(0, len(self._lines))

    def _scroll_to_offset(self, offset: int) -> None:
        self._rewrap()
        for index, (start, end) in enumerate(self._lines):
            if start <= offset <= end:
                self.scroll_to(y=max(0, index - 2), animate=False)
                return

    def on_resize(self) -> None:
        self._rewrap()
        if self._current is not None and 0 <= self._current < len(self._spans):
            self._scroll_to_offset(self._spans[self._current][0])

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        line = self.scroll_offset.y + y
        base = self.rich_style
        if line >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[line]
        piece = self._rendered[start:end]
        piece.rstrip()
        segments = list(piece.render(self.app.console, end=""))
        return Strip(segments).adjust_cell_length(width, base).apply_style(base)

    def visible_text(self) -> list[str]:
        """The plain text of every line on screen, as a user reads it."""
        return [self.render_line(y).text.rstrip() for y in range(self.size.height)]
