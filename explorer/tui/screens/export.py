"""Where to write an export: asked before anything is written, with a default in the data directory."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


def export_target(typed: str, default: Path) -> Path:
    """The file a typed answer names: ``~`` expanded, a folder gets the default file name in it."""
    text = typed.strip()
    if not text:
        return default
    target = Path(text).expanduser()
    if target.is_dir():
        return target / default.name
    return target if target.suffix else target.with_suffix(".md")


class ExportScreen(ModalScreen[Path | None]):
    """Asks where the Markdown chronology goes; enter writes it there, escape writes nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", show=False)]

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical {
        width: 90%; max-width: 110; height: auto; border: round $accent; background: $surface; padding: 0 1;
    }
    ExportScreen #export-error { color: $error; height: auto; }
    """

    def __init__(self, default: Path, count: int) -> None:
        super().__init__()
        self.default = default
        self.count = count
        self._replacing: Path | None = None

    def compose(self) -> ComposeResult:
        noun = "incident" if self.count == 1 else "incidents"
        with Vertical():
            yield Static(Text(f"Export {self.count} {noun} (the current filters) to Markdown", style="bold"))
            yield Static(Text("File or folder; enter writes, esc cancels.", style="dim"))
            yield Input(value=str(self.default), id="export-path")
            yield Static(Text(""), id="export-error")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(Input))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        target = export_target(event.value, self.default)
        error = self.query_one("#export-error", Static)
        if target.exists() and not target.is_file():
            error.update(Text(f"{target} is not a file; name a file or a folder"))
            return
        if target.exists() and self._replacing != target:
            self._replacing = target
            error.update(Text(f"{target} exists; enter again replaces it, or type another name"))
            return
        self.dismiss(target)

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)
