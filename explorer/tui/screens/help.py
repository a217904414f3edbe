"""The help screen: the key table, made from the same table the bindings come from."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from explorer.tui.keys import key_rows


def key_table() -> Table:
    """Every key with what it does and where."""
    table = Table(box=None, show_header=True, header_style="bold", expand=True, padding=(0, 2, 0, 0))
    table.add_column("key", style="bold cyan", no_wrap=True)
    table.add_column("what it does")
    table.add_column("where", style="dim")
    for keys, description, where in key_rows():
        table.add_row(Text(keys), Text(description), Text(where))
    return table


class HelpScreen(ModalScreen[None]):
    """Keys and what they do. Any of escape, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 80%; border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text("incidents — keys", style="bold"))
            yield Static(key_table())
            yield Static(Text("\nEsc, ? or q closes this help.", style="dim"))

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        """Close the help."""
        self.dismiss(result)
