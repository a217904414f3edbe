"""What the explorer shows, read back as plain text."""

from __future__ import annotations

from explorer.tui.app import IncidentsApp
from explorer.tui.widgets.filter_bar import FilterBar
from explorer.tui.widgets.prompt import FilterPrompt
from explorer.tui.widgets.source import SourceView
from explorer.tui.widgets.timeline import Timeline


def timeline_lines(app: IncidentsApp) -> list[str]:
    """The timeline's lines as the user sees them, blank ones dropped."""
    return [line for line in app.query_one(Timeline).visible_text() if line.strip()]


def source_text(app: IncidentsApp) -> str:
    """The source pane's visible text."""
    return "\n".join(app.query_one(SourceView).visible_text())


def filter_bar(app: IncidentsApp) -> str:
    """The filter bar's text."""
    return str(app.query_one(FilterBar).render())


def prompt_label(app: IncidentsApp) -> str:
    """The line above the filter input."""
    return str(app.query_one(FilterPrompt).query_one("#prompt-label").render())


def selected_title(app: IncidentsApp) -> str:
    """The title of the incident under the cursor."""
    row = app.query_one(Timeline).selected
    return row.title if row else ""
