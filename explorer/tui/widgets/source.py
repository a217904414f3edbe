"""The source pane: an article with the incident's passages highlighted, drawn a line at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
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

    COMPONENT_CLASSES: ClassVar[set[str]] = {"source--passage", "source--current", "source--hit", "source--hit-current"}

    # The gutter is kept for the scrollbar even before it appears, so the wrap width computed
    # when an article is shown is the width it is drawn at (no Resize arrives when it appears).
    DEFAULT_CSS = """
    SourceView { padding: 0 1; background: $surface; overflow-x: hidden; scrollbar-gutter: stable; }
    SourceView > .source--passage { background: $warning 25%; text-style: underline; }
    SourceView > .source--current { background: $warning; color: $text; text-style: bold; }
    SourceView > .source--hit { background: $accent 60%; color: $text; }
    SourceView > .source--hit-current { background: $accent; color: $text; text-style: bold underline; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._rendered = Text("")
        self._lines: list[tuple[int, int]] = []
        self._spans: Sequence[tuple[int, int]] = ()
        self._current: int | None = None
        self._wrapped_at = -1
        self._styled_with: tuple[Style, ...] | None = None
        self._hits: Sequence[tuple[int, int]] = ()
        self._current_hit: int | None = None

    def show(
        self, text: str, spans: Sequence[tuple[int, int]], current: int | None,
        hits: Sequence[tuple[int, int]] = (), current_hit: int | None = None,
    ) -> None:  # fmt: skip
        """Show an article, mark ``spans`` and the search ``hits``; bring the current hit, else span, into view."""
        self._text, self._spans, self._current = text, spans, current
        self._hits, self._current_hit = hits, current_hit
        self._styled_with = None  # highlighted on the next paint, in the theme's colours
        self._wrapped_at = -1
        self._rewrap()
        self.refresh()
        if current_hit is not None and 0 <= current_hit < len(hits):
            self.call_after_refresh(self._scroll_to_offset, hits[current_hit][0])
        elif current is not None and 0 <= current < len(spans):
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

    def _highlighted(self) -> Text:
        """The article with its passages marked in the current theme's colours (rebuilt when they change)."""
        styles = tuple(
            self.get_component_rich_style(name)
            for name in ("source--passage", "source--current", "source--hit", "source--hit-current")
        )
        if styles != self._styled_with:
            passage, current, hit, current_hit = styles
            self._rendered = highlight(
                self._text,
                self._spans,
                self._current,
                passage,
                current,
                self._hits,
                self._current_hit,
                hit,
                current_hit,
            )
            self._styled_with = styles
        return self._rendered

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        line = self.scroll_offset.y + y
        base = self.rich_style
        if line >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[line]
        piece = self._highlighted()[start:end]
        piece.rstrip()
        segments = list(piece.render(self.app.console, end=""))
        return Strip(segments).adjust_cell_length(width, base).apply_style(base)

    def visible_text(self) -> list[str]:
        """The plain text of every line on screen, as a user reads it."""
        return [self.render_line(y).text.rstrip() for y in range(self.size.height)]
