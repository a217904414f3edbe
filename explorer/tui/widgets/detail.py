"""The incident detail: title, the date and how it was read, actors, and every source's quote."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from db.queries import IncidentDetail
from explorer.output.formatting import format_when, short_date
from explorer.output.textsafe import neutralise


def detail_text(incident: IncidentDetail | None) -> Text:
    """Everything known of an incident as styled text (article words never pass through markup)."""
    if incident is None:
        return Text("No incident selected.", style="italic dim")
    text = Text()
    text.append(neutralise(incident.title) + "\n", style="bold")
    text.append(format_when(incident.date_start, incident.date_end, incident.precision), style="bold")
    text.append(" — " + neutralise(incident.date_note) + "\n" if incident.date_note else "\n")
    sources = len({e.document_id for e in incident.evidence})
    text.append(f"{incident.kind} · {sources} source{'s' if sources != 1 else ''}")
    text.append(f" · {neutralise(incident.location)}\n" if incident.location else "\n")
    if incident.actors:
        text.append("Actors: ", style="bold")
        parts = [neutralise(a.name) + (f" ({a.role})" if a.role else "") for a in incident.actors]
        text.append("; ".join(parts) + "\n")
    readings = date_readings(incident)
    if len(readings) > 1:
        text.append("Sources disagree on the date:\n", style="bold yellow")
        for when, who in readings.items():
            shown = ", ".join(who[:3]) + (f" and {len(who) - 3} more" if len(who) > 3 else "")
            text.append(f"  {when}: {neutralise(shown)}\n")
    text.append("Sources:\n", style="bold")
    for e in incident.evidence:
        source = neutralise(e.outlet or e.doc_title or e.file_name)
        text.append(f"  {source[:40]} {short_date(e.published)} ", style="cyan")
        quote = " ".join(neutralise(e.quote).split())
        text.append(f"“{quote}”" + ("" if e.is_dated else " (follow-up)") + "\n")
    return text


def date_readings(incident: IncidentDetail) -> dict[str, list[str]]:
    """Each date the sources give, most reported first, with who says so and in which words."""
    readings: dict[str, list[str]] = {}
    for e in incident.evidence:
        if e.is_dated and e.date_start and e.date_end:
            when = e.date_start if e.date_start == e.date_end else f"{e.date_start}..{e.date_end}"
            readings.setdefault(when, []).append(f"{e.outlet or e.file_name} “{e.date_text or ''}”")
    return dict(sorted(readings.items(), key=lambda item: -len(item[1])))


class DetailPane(VerticalScroll, can_focus=True):
    """Shows one incident in full."""

    DEFAULT_CSS = """
    DetailPane { padding: 0 1; }
    DetailPane > Static { width: 100%; }
    """

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(detail_text(None), id="detail-body")

    def show(self, incident: IncidentDetail | None) -> None:
        """Show an incident (or say that none is selected)."""
        self.query_one("#detail-body", Static).update(detail_text(incident))
        self.scroll_home(animate=False)
