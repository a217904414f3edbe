"""The incident detail: title, the date and how it was read, actors, and every source's quote."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from db.queries import IncidentDetail
from db.review import HistoryRow, Review
from explorer.output.formatting import format_when, plural
from explorer.output.provenance import disagreements, reported_before_it_happened, shown_date, sources_of
from explorer.output.textsafe import neutralise


def pane_title(incident: IncidentDetail | None) -> str:
    """The incident pane's title: its id (what the commands take) and, once reviewed, its status and star."""
    if incident is None:
        return "Incident"
    review = incident.review
    status = f" · {review.status}" if review and review.status != "unreviewed" else ""
    return (
        f"Incident #{incident.id}{status}"
        + (" ★" if review and review.starred else "")
        + (" · orphaned" if review and review.orphaned else "")
    )


HISTORY_SHOWN = 5

_STATUS_STYLES = {"verified": "bold green", "disputed": "bold yellow", "rejected": "bold red", "unreviewed": "dim"}


def review_text(review: Review | None, history: list[HistoryRow]) -> Text:
    """The user's review of an incident: status, star, tags, corrections, the note, and its latest history."""
    text = Text()
    status = review.status if review else "unreviewed"
    text.append(status.capitalize(), style=_STATUS_STYLES[status])
    if review and review.starred:
        text.append(" · ★ starred", style="bold yellow")
    if review and review.tags:
        text.append(" · tags: " + ", ".join(neutralise(t) for t in review.tags))
    text.append("\n")
    if review and review.orphaned:
        text.append("Orphaned: every passage is gone (its documents were removed or changed)\n", style="bold red")
    for c in review.corrections if review else ():
        text.append(f"{c.field.capitalize()} corrected by hand", style="italic")
        text.append(f" (extracted: {neutralise(c.machine)})\n", style="dim")
    for label, names in (
        ("added", review.added_actors if review else ()),
        ("removed", review.removed_actors if review else ()),
    ):
        if names:
            text.append(f"Actors {label} by hand: " + "; ".join(neutralise(n) for n in names) + "\n", style="italic")
    if review and review.note:
        text.append("Note:\n", style="bold")
        for line in review.note.splitlines():
            text.append("  " + neutralise(line) + "\n")
    if history:
        text.append("History:\n", style="bold")
        from explorer.output.review import history_line

        if len(history) > HISTORY_SHOWN:
            earlier = len(history) - HISTORY_SHOWN
            text.append(
                f"  … {earlier} earlier change{'s' if earlier != 1 else ''} (incidents history {history[0].incident_id})\n",
                style="dim",
            )
        for row in history[-HISTORY_SHOWN:]:
            text.append("  " + history_line(row, with_incident=False) + "\n", style="dim")
    return text


def detail_text(incident: IncidentDetail | None, current: int | None = None,
                history: list[HistoryRow] | None = None) -> Text:  # fmt: skip
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
    text.append(review_text(incident.review, history or []))
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

    ALLOW_MAXIMIZE = True  # a container is not maximised by default; z gives this pane the screen

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
    _history: list[HistoryRow] | None = None

    def show(self, incident: IncidentDetail | None, current: int | None = None,
             history: list[HistoryRow] | None = None, keep_scroll: bool = False) -> None:  # fmt: skip
        """Show an incident (or say that none is selected), marking the source ``current``."""
        self._incident, self._current, self._history = incident, current, history
        self.query_one("#detail-body", Static).update(detail_text(incident, current, history))
        self.border_title = Text(pane_title(incident))
        if not keep_scroll:
            self.scroll_home(animate=False)

    def mark(self, current: int) -> None:
        """Mark another source as the one the source pane shows (the scroll position stays)."""
        if current != self._current:
            self._current = current
            self.query_one("#detail-body", Static).update(detail_text(self._incident, current, self._history))
