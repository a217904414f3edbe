"""Small questions the review keys ask: one line of text (with how it is read), a note, a choice."""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from explorer.output.textsafe import neutralise

Reader = Callable[[str], tuple[str, bool]]
"""What an answer means: (how it reads, whether it can be used)."""

_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 90%; max-width: 100; height: auto; max-height: 90%; border: round $accent; background: $surface;
    padding: 0 1;
}}
{name} .-error {{ color: $error; }}
{name} .ask-hint {{ color: $text-muted; }}
"""


class AskScreen(ModalScreen[str | None]):
    """One line of text: enter keeps it (when it reads), escape cancels; below the input, how it reads."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", show=False)]
    DEFAULT_CSS = _CSS.format(name="AskScreen")

    def __init__(self, title: str, hint: str, value: str = "", reader: Reader | None = None) -> None:
        super().__init__()
        self.title_text, self.hint, self.value, self.reader = title, hint, value, reader

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(neutralise(self.title_text), style="bold"))
            yield Static(Text(self.hint), classes="ask-hint")
            yield Input(value=self.value, id="ask-input")
            yield Static(Text(""), id="ask-reading")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(Input))
        self._read(self.value)

    def _read(self, value: str) -> bool:
        if self.reader is None:
            return True
        said, ok = self.reader(value)
        reading = self.query_one("#ask-reading", Static)
        reading.update(Text(neutralise(said)))
        reading.set_class(not ok, "-error")
        return ok

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._read(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._read(event.value):
            self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)


class NoteScreen(ModalScreen[str | None]):
    """A multi-line note: ctrl+s keeps it, escape cancels. Plain text; nothing in it is markup."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("ctrl+s", "save", "Save", show=False),
    ]
    DEFAULT_CSS = _CSS.format(name="NoteScreen") + "NoteScreen TextArea { height: 12; }"

    def __init__(self, title: str, note: str) -> None:
        super().__init__()
        self.title_text, self.note = title, note
        self._warned = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(neutralise(self.title_text), style="bold"))
            yield Static(Text("ctrl+s saves · esc cancels · an empty note removes it"), classes="ask-hint")
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        self.set_focus(area)
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        """Keep the note as typed."""
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        """Close without changing the note; with changes typed, only when escape is pressed twice."""
        if self.query_one(TextArea).text != self.note and not self._warned:
            self._warned = True
            hint = self.query_one(".ask-hint", Static)
            hint.update(Text("esc again throws away what you typed · ctrl+s saves it"))
            hint.add_class("-error")
            return
        self.dismiss(None)


class ChoiceScreen(ModalScreen[str | None]):
    """A short menu: up/down and enter (or the option's letter) choose, escape cancels.

    The letters are the screen's own bindings, so a letter typed right after the key that opened the
    menu chooses in it rather than reaching the explorer's keys underneath.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", show=False),
        *(Binding(letter, f"choose('{letter}')", show=False) for letter in string.ascii_lowercase),
    ]
    DEFAULT_CSS = _CSS.format(name="ChoiceScreen") + "ChoiceScreen OptionList { height: auto; max-height: 12; }"

    def __init__(self, title: str, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text, self.choices = title, list(choices)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(neutralise(self.title_text), style="bold"))
            yield OptionList(*[Option(Text(label), id=key) for key, label in self.choices], id="choices")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(OptionList))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_choose(self, letter: str) -> None:
        """Choose the option whose label starts with this letter (other letters do nothing)."""
        for choice, label in self.choices:
            if label.startswith(f"{letter} "):
                self.dismiss(choice)
                return

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
