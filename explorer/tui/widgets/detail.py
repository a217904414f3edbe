"""The incident detail: title, the date and how it was read, actors, and every source's quote."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from db.queries import IncidentDetail
from explorer.output.formatting import format_when, plural
from explorer.output.provenance import disagreements, reported_before_it_happened, shown_date, sources_of
from explorer.output.textsafe import neutralise


def detail_text(incident: IncidentDetail | None, current: int | None = None) -> Text:
    """Everything known of an incident as styled text (article words never pass through markup).

    Sources come in the order they appeared, each with its outlet, date (and whether it was
    estimated), URL and quotes; ``current`` marks the document the source pane shows.
    """
    if incident is None:
        return Text("No incident selected.", style="italic dim")
    text = Text()
    text.append(neutralise(incident.title) + "\n", style="bold")
    text.append(format_when(incident.date_start, incident.date_end, incident.precision), style="bold")
    text.append(" — " + neutralise(incident.date_note) + "\n" if incident.date_note else "\n")
    sources = sources_of(incident)
    text.append(f"{incident.kind} · {plural(len(sources), 'source')}")
    text.append(f" · {neutralise(incident.location)}\n" if incident.location else "\n")
    if incident.actors:
        text.append("Actors: ", style="bold")
        parts = [neutralise(a.name) + (f" ({a.role})" if a.role else "") for a in incident.actors]
        text.append("; ".join(parts) + "\n")
    readings = disagreements(incident)
    if readings:
        text.append("Sources disagree on the date:\n", style="bold yellow")
        for when, who in readings.items():
            shown = ", ".join(who[:3]) + (f" and {len(who) - 3} more" if len(who) > 3 else "")
            text.append(f"  {when}: {neutralise(shown)}\n")
    for early in reported_before_it_happened(incident):
        text.append("Reported before that date: ", style="bold yellow")
        text.append(f"{neutralise(early.name)}, published {shown_date(early)}\n")
    text.append("Sources, first published first:\n", style="bold")
    for source in sources:
        mark = "▶ " if source.document_id == current else "  "
        text.append(mark + neutralise(source.name)[:60], style="bold cyan")
        text.append(f" · {shown_date(source)}")
        if source.url:
            text.append(f" · {neutralise(source.url)}")
        elif source.name != source.file_name:  # no URL: the file says where it is (once)
            text.append(f" · {neutralise(source.file_name)}")
        text.append("\n")
        for e in source.passages:
            quote = " ".join(neutralise(e.quote).split())
            text.append(f"    “{quote}”" + ("" if e.is_dated else " (follow-up)") + "\n")
    return text


class DetailPane(VerticalScroll, can_focus=True):
    """Shows one incident in full; j/k scroll it when it has the focus (tab)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
    ]

    DEFAULT_CSS = """
    DetailPane { padding: 0 1; }
    DetailPane > Static { width: 100%; }
    """

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(detail_text(None), id="detail-body")

    _incident: IncidentDetail | None = None
    _current: int | None = None

    def show(self, incident: IncidentDetail | None, current: int | None = None) -> None:
        """Show an incident (or say that none is selected), marking the source ``current``."""
        self._incident, self._current = incident, current
        self.query_one("#detail-body", Static).update(detail_text(incident, current))
        self.scroll_home(animate=False)

    def mark(self, current: int) -> None:
        """Mark another source as the one the source pane shows (the scroll position stays)."""
        if current != self._current:
            self._current = current
            self.query_one("#detail-body", Static).update(detail_text(self._incident, current))
