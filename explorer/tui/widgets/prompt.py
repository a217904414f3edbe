"""The filter prompt: an input for one filter, with ranked suggestions for actors and kinds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from explorer.output.textsafe import neutralise


class FilterInput(Input):
    """An input that reports backspace on an empty value, and passes up and down to the suggestions."""

    @dataclass
    class RemoveLast(Message):
        """Backspace on an empty input: remove the last filter."""

    @dataclass
    class Move(Message):
        """Up or down: move through the suggestions."""

        delta: int

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "backspace" and not self.value:
            event.stop()
            event.prevent_default()
            self.post_message(self.RemoveLast())
            return
        if event.key in ("up", "down"):
            event.stop()
            event.prevent_default()
            self.post_message(self.Move(-1 if event.key == "up" else 1))
            return
        await super()._on_key(event)


class FilterPrompt(Vertical):
    """Where a filter is typed. Hidden until a filter key is pressed."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Close", show=False)]

    DEFAULT_CSS = """
    FilterPrompt { height: auto; max-height: 14; dock: bottom; display: none; background: $panel; padding: 0 1; }
    FilterPrompt.-open { display: block; }
    FilterPrompt > #prompt-label { height: 1; color: $text-muted; }
    FilterPrompt > #prompt-label.-error { color: $error; }
    FilterPrompt > OptionList { height: auto; max-height: 8; display: none; }
    FilterPrompt > OptionList.-shown { display: block; }
    FilterPrompt > FilterInput { height: 3; }
    """

    mode: str = "text"

    @dataclass
    class Changed(Message):
        """The text of a filter changed (the explorer filters as you type)."""

        mode: str
        value: str
        option: str | None

    @dataclass
    class Submitted(Message):
        """The filter was confirmed with enter."""

        mode: str
        value: str
        option: str | None

    @dataclass
    class Cancelled(Message):
        """The prompt was closed without a filter."""

    @dataclass
    class RemoveLast(Message):
        """Backspace in the empty prompt: remove the last filter."""

    def compose(self) -> ComposeResult:
        yield Static(Text(""), id="prompt-label")
        yield OptionList(id="prompt-options")
        yield FilterInput(id="prompt-input", placeholder="type to filter · enter to keep · esc to close")

    def open(self, mode: str, message: str, value: str = "") -> None:
        """Show the prompt for one kind of filter, saying ``message`` above the input, and focus it."""
        self.mode = mode
        self.set_message(message)
        self.set_options([])
        self.add_class("-open")
        field = self.query_one(FilterInput)
        field.value = value
        # Now, not after the next refresh (``focus()`` defers): a key typed right after the filter
        # key must land in the input, not move the timeline's cursor.
        self.screen.set_focus(field)

    def close(self) -> None:
        """Hide the prompt."""
        self.remove_class("-open")

    @property
    def is_open(self) -> bool:
        """True while the prompt is shown."""
        return self.has_class("-open")

    def set_message(self, message: str, error: bool = False) -> None:
        """The line above the input: what to type, or why the input cannot be used."""
        label = self.query_one("#prompt-label", Static)
        label.update(Text(neutralise(message)))
        label.set_class(error, "-error")

    def show(self, message: str, error: bool = False, options: Sequence[tuple[str, Text]] | None = None) -> None:
        """Show how the value reads and, unless ``options`` is None, the suggestions to choose from."""
        self.set_message(message, error)
        if options is not None:
            self.set_options(options)

    def set_options(self, options: Sequence[tuple[str, Text]]) -> None:
        """Suggestions as (id, label); the first is highlighted and is what enter picks."""
        listing = self.query_one(OptionList)
        listing.clear_options()
        listing.add_options([Option(label, id=option_id) for option_id, label in options])
        listing.set_class(bool(options), "-shown")
        if options:
            listing.highlighted = 0

    def _highlighted(self) -> str | None:
        listing = self.query_one(OptionList)
        if not listing.has_class("-shown") or listing.highlighted is None:
            return None
        return listing.get_option_at_index(listing.highlighted).id

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.mode, event.value, None))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self.mode, event.value, self._highlighted()))

    def on_filter_input_remove_last(self, event: FilterInput.RemoveLast) -> None:
        event.stop()
        self.post_message(self.RemoveLast())

    def on_filter_input_move(self, event: FilterInput.Move) -> None:
        event.stop()
        listing = self.query_one(OptionList)
        if listing.option_count:
            current = listing.highlighted or 0
            listing.highlighted = max(0, min(listing.option_count - 1, current + event.delta))
            self.post_message(self.Changed(self.mode, self.query_one(FilterInput).value, self._highlighted()))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Submitted(self.mode, self.query_one(FilterInput).value, event.option.id))

    def action_cancel(self) -> None:
        """Close without keeping the filter being typed."""
        self.post_message(self.Cancelled())
