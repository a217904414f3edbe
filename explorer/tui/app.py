"""The explorer: composes the panes and routes messages between them. Queries live in ``db.queries``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

import sqlite_utils
from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from db import queries
from db.connection import open_readonly
from explorer.output.citation import citation
from explorer.output.formatting import short_date
from explorer.output.textsafe import neutralise
from explorer.tui.chips import ChipMaker
from explorer.tui.filters import Chip, combine
from explorer.tui.keyhold import KeyHold
from explorer.tui.keys import APP_KEYS
from explorer.tui.layout import TimelineLayout, groups_of
from explorer.tui.screens.help import HelpScreen
from explorer.tui.widgets.detail import DetailPane
from explorer.tui.widgets.filter_bar import FilterBar
from explorer.tui.widgets.histogram import Histogram
from explorer.tui.widgets.prompt import FilterPrompt
from explorer.tui.widgets.source import SourceView
from explorer.tui.widgets.timeline import Timeline

NARROW = 110
NO_MATCH = "No incidents match these filters.\n\nBackspace in a filter input removes the last one;\nc clears them all."
EMPTY = "No incidents yet.\n\nImport articles with:\n  incidents import PATH"
SAMPLE_NOTICE = (
    "This is the sample: five articles from July 2018, kept apart from your own data. "
    "Import your articles with: incidents import PATH"
)


@dataclass
class Loaded(Message):
    """A filter's date groups arrived from the worker."""

    token: int
    flt: queries.IncidentFilter
    groups: list[queries.DateGroup]
    keep: int | None
    complete: bool = True
    head: list[queries.IncidentRow] | None = None


@dataclass
class LoadFailed(Message):
    """A filter's load stopped without results (interrupted, or the database failed)."""

    token: int


@dataclass
class Totals(Message):
    """Archive-wide figures arrived from the worker."""

    total: int
    span: tuple[date, date] | None


def source_heading(passage: queries.EvidenceRow, title_room: int = 48) -> str:
    """ "Source: file · outlet · “title” · date": what the source pane shows above the article."""
    parts = [f"Source: {passage.file_name}"]
    if passage.outlet:
        parts.append(neutralise(passage.outlet))
    if passage.doc_title:
        title = neutralise(passage.doc_title)
        parts.append(f"“{title if len(title) <= title_room else title[: title_room - 1] + '…'}”")
    parts.append(short_date(passage.published))
    return " · ".join(parts)


@dataclass
class ActorsLoaded(Message):
    """Every actor with its incident count, read by the worker."""

    actors: list[queries.ActorSummary]


class IncidentsApp(App[None]):
    """Timeline, incident and source panes over an incidents database."""

    CSS_PATH = "app.tcss"
    TITLE = "incidents"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(k.keys, k.action, k.short or k.description, show=bool(k.short), tooltip=k.description) for k in APP_KEYS
    ]

    def __init__(
        self, db: sqlite_utils.Database, path: Path, *, export_dir: Path | None = None, sample: bool = False
    ) -> None:
        super().__init__()
        self.db = db
        self.path = path
        self.sample = sample
        """True when the explorer shows the bundled sample, not the user's own database."""
        self.export_dir = export_dir or Path.cwd()
        self.chips: tuple[Chip, ...] = ()
        self.pending: Chip | None = None
        self.filter = queries.IncidentFilter()
        self.total: int | None = None
        self.shown: int | None = None
        self.detail: queries.IncidentDetail | None = None
        self.passage = 0
        self._token = 0
        self.applied_token = 0
        """The newest filter whose results are on screen (benchmarks wait for it)."""
        self._reader: sqlite_utils.Database | None = None
        self.chip_maker = ChipMaker(db)
        self._span: tuple[date, date] | None = None
        self._groups: list[queries.DateGroup] = []
        self._partial_shown = False
        self._data_version = 0
        self.changed = False
        """True when another process wrote to the database since the last refresh."""
        self._keys = KeyHold()

    # --- composition ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        if self.sample:
            yield Static(Text(SAMPLE_NOTICE), id="sample-notice")
        yield FilterBar(id="filters")
        yield Histogram(id="histogram")
        with Horizontal(id="main"):
            yield Timeline(id="timeline")
            with Vertical(id="right"):
                yield DetailPane(id="detail")
                yield SourceView(id="source")
        yield FilterPrompt(id="prompt")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Timeline).border_title = Text("Timeline")
        self.query_one(DetailPane).border_title = Text("Incident")
        self.query_one(SourceView).border_title = Text("Source")
        self.query_one(Timeline).focus()
        self._show_filters()
        self._load_totals()
        self.reload()
        self._data_version = queries.data_version(self.db)
        self.set_interval(1.0, self._watch_database)

    async def on_event(self, event: events.Event) -> None:
        # Keys that arrive before the timeline has shown the latest filter wait for it (see KeyHold).
        if isinstance(event, events.Key) and not event.is_forwarded and self._hold(event):
            return
        await super().on_event(event)

    def _hold(self, event: events.Key) -> bool:
        typing = isinstance(self.focused, Input)
        return self._keys.hold(event, loading=self._token != self.applied_token, typing=typing)

    def _release_keys(self) -> None:
        for key in self._keys.release():
            self.post_message(key)

    def on_resize(self, event: Resize) -> None:
        self.screen.set_class(event.size.width < NARROW, "-narrow")

    # --- loading ----------------------------------------------------------------------------

    @property
    def requested_token(self) -> int:
        """The newest filter asked for; it is on screen once ``applied_token`` catches up."""
        return self._token

    def reader(self) -> sqlite_utils.Database:
        """A second connection for worker threads, so a slow count never blocks the screen."""
        if self._reader is None:
            self._reader = open_readonly(self.path)
        return self._reader

    def reload(self, keep: int | None = None) -> None:
        """Re-run the current filters; a newer call cancels an older one still running."""
        self.filter = self._current_filter()
        self._token += 1
        if self._reader is not None:
            self._reader.conn.interrupt()  # stop a stale query now rather than when it ends
        self._load_groups(self._token, self.filter, keep)

    @work(thread=True, exclusive=True, group="groups")
    def _load_groups(self, token: int, flt: queries.IncidentFilter, keep: int | None) -> None:
        worker = get_current_worker()
        try:
            head = queries.head_rows(self.reader(), flt)
            if worker.is_cancelled:
                return
            if len(head) < queries.HEAD_ROWS:  # that was everything
                self.post_message(Loaded(token, flt, groups_of(head), keep, head=head))
                return
            # Paint the first screens now; count the rest, which can take a second at a million incidents.
            self.post_message(Loaded(token, flt, groups_of(head), keep, complete=False, head=head))
            groups = queries.date_groups(self.reader(), flt)
        except sqlite3.OperationalError:
            self.post_message(LoadFailed(token))  # usually interrupted by a newer filter, whose load follows
            return
        if not worker.is_cancelled:
            self.post_message(Loaded(token, flt, groups, keep, head=head))

    @work(thread=True, exclusive=True, group="totals")
    def _load_totals(self) -> None:
        reader = open_readonly(self.path)  # its own connection: a new filter must not interrupt it
        try:
            self.post_message(Totals(queries.incident_total(reader), queries.date_span(reader)))
            # Counting every actor's incidents takes most of a second at a million incidents: do it
            # here, after the first paint, rather than on the first keystroke of a search.
            self.post_message(ActorsLoaded(queries.actor_summaries(reader)))
        finally:
            reader.conn.close()

    def on_loaded(self, message: Loaded) -> None:
        if message.token != self._token:
            return
        self.applied_token = message.token
        self._groups = message.groups
        layout = TimelineLayout.build(message.groups)
        self.shown = layout.incident_count if message.complete else None
        if message.complete and self._partial_shown:
            message.keep = self._selected_id()  # the full count replaces a first screen: stay put
        self._partial_shown = not message.complete
        flt = message.flt
        timeline = self.query_one(Timeline)
        empty = NO_MATCH if (self.chips or self.pending) else EMPTY
        timeline.show(layout, lambda group, offset, limit: queries.timeline_rows(self.db, flt, group, offset, limit),
                      empty, keep=message.keep, head=message.head)  # fmt: skip
        self.query_one(Histogram).show(self._span, message.groups, (flt.date_from, flt.date_to))
        self._show_filters()
        if layout.total_lines == 0:
            self._show_incident(None)
        self._release_keys()

    def on_load_failed(self, message: LoadFailed) -> None:
        if message.token == self._token:  # no newer load is coming: let held keys act on what is shown
            self.applied_token = message.token
            self._release_keys()

    def on_actors_loaded(self, message: ActorsLoaded) -> None:
        self.chip_maker.use(message.actors)

    def on_totals(self, message: Totals) -> None:
        self.total, self._span = message.total, message.span
        self._show_filters()
        self.query_one(Histogram).show(self._span, self._groups, (self.filter.date_from, self.filter.date_to))

    def _selected_id(self) -> int | None:
        selected = self.query_one(Timeline).selected
        return selected.id if selected else None

    def _show_filters(self) -> None:
        self.query_one(FilterBar).show(self.chips, self.pending, self.shown, self.total, changed=self.changed)

    def _watch_database(self) -> None:
        """Notice writes by another process (an import running now) and say so; r shows them."""
        version = queries.data_version(self.db)
        if version != self._data_version and not self.changed:
            self.changed = True
            self._show_filters()

    # --- the selected incident --------------------------------------------------------------

    def on_timeline_selected(self, message: Timeline.Selected) -> None:
        # After the frame that moves the cursor, so moving stays as fast as the timeline can paint;
        # when keys come faster than frames, only the incident the cursor stops on is loaded.
        self.call_after_refresh(self._load_selected, message.incident_id)

    def _load_selected(self, incident_id: int) -> None:
        selected = self.query_one(Timeline).selected
        if selected is not None and selected.id == incident_id:
            self._current_detail()

    def _current_detail(self) -> queries.IncidentDetail | None:
        """The incident under the cursor, loaded now if its deferred load has not run yet.

        Keys that act on the incident (enter, n, N, s, y) call this first, so a key pressed right
        after the cursor moved acts on the incident the user sees next, and the deferred load,
        arriving later, finds it already shown and leaves the passage where the keys put it.
        """
        selected = self.query_one(Timeline).selected
        if selected is not None and (self.detail is None or self.detail.id != selected.id):
            self._show_incident(queries.incident_detail(self.db, selected.id))
        return self.detail

    def on_timeline_activated(self, message: Timeline.Activated) -> None:
        self.action_open_source()

    def action_open_source(self) -> None:
        """Open the selected incident's source at its first passage.

        An app binding (not the timeline's), so it runs in the order of the keys around it: the
        passage keys are the app's too, and a timeline message would arrive after them.
        """
        self._current_detail()
        self.passage = 0
        self._show_passage()
        self.query_one(SourceView).focus()

    def _show_incident(self, detail: queries.IncidentDetail | None) -> None:
        self.detail = detail
        self.passage = 0
        self.query_one(DetailPane).show(detail)
        self._show_passage()

    def _show_passage(self) -> None:
        source = self.query_one(SourceView)
        if self.detail is None or not self.detail.evidence:
            source.border_title = Text("Source")
            source.border_subtitle = None
            source.clear("")
            return
        passages = self.detail.evidence
        current = passages[self.passage % len(passages)]
        document = queries.document(self.db, current.document_id)
        in_document = [p for p in passages if p.document_id == current.document_id]
        spans = [(p.start, p.end) for p in in_document]
        source.show(document.text if document else "", spans, in_document.index(current))
        source.border_title = Text(source_heading(current))
        source.border_subtitle = Text(f"passage {self.passage % len(passages) + 1} of {len(passages)}")

    def action_passage(self, delta: int) -> None:
        """Go to the next (or previous) passage, across every source of the incident."""
        self._current_detail()
        if self.detail and self.detail.evidence:
            self.passage = (self.passage + delta) % len(self.detail.evidence)
            self._show_passage()

    def action_cycle_source(self) -> None:
        """Go to the first passage of the incident's next source document."""
        self._current_detail()
        if not self.detail or not self.detail.evidence:
            return
        passages = self.detail.evidence
        current = passages[self.passage].document_id
        for step in range(1, len(passages) + 1):
            index = (self.passage + step) % len(passages)
            if passages[index].document_id != current:
                self.passage = index
                break
        self._show_passage()

    def action_copy_citation(self) -> None:
        """Copy a citation of the current passage to the clipboard."""
        self._current_detail()
        if not self.detail or not self.detail.evidence:
            self.notify("No passage to cite.", severity="warning", markup=False)
            return
        self.copy_to_clipboard(citation(self.detail.evidence[self.passage]))
        self.notify("Citation copied to the clipboard.", markup=False)

    # --- filters ----------------------------------------------------------------------------

    def _current_filter(self) -> queries.IncidentFilter:
        chips = (*self.chips, self.pending) if self.pending else self.chips
        words = " ".join(c.text for c in chips if c.kind == "text")
        actor_ids = tuple(i for i, _n, _s in self.chip_maker.ranked(words)) if words.strip() else ()
        return combine(chips, actor_ids)

    def action_filter(self, mode: str) -> None:
        """Open the prompt for one kind of filter."""
        self.pending = None
        prompt = self.query_one(FilterPrompt)
        prompt.open(mode)
        if mode in ("actor", "kind"):
            self.chip_maker.suggest(prompt, mode, "", None)

    def on_filter_prompt_changed(self, message: FilterPrompt.Changed) -> None:
        chip = self.chip_maker.chip(self.query_one(FilterPrompt), message.mode, message.value, message.option)
        if chip is None and message.value.strip() and message.mode in ("date", "text"):
            return  # a half-typed date or a single letter: keep the timeline as it is
        self.pending = chip
        self._show_filters()
        self.reload()

    def on_filter_prompt_submitted(self, message: FilterPrompt.Submitted) -> None:
        chip = self.chip_maker.chip(self.query_one(FilterPrompt), message.mode, message.value, message.option)
        if chip is None and message.value.strip():
            return  # the prompt already says why the value cannot be used
        self.pending = None
        if chip is not None:
            self.chips = (*self.chips, chip)
        self._close_prompt()

    def on_filter_prompt_cancelled(self, message: FilterPrompt.Cancelled) -> None:
        self.pending = None
        self._close_prompt()

    def on_filter_bar_chip_clicked(self, message: FilterBar.ChipClicked) -> None:
        if 0 <= message.index < len(self.chips):
            self.chips = self.chips[: message.index] + self.chips[message.index + 1 :]
            self._show_filters()
            self.reload(keep=self._selected_id())

    def on_filter_prompt_remove_last(self, message: FilterPrompt.RemoveLast) -> None:
        self.action_remove_last_filter()

    def _close_prompt(self) -> None:
        self.query_one(FilterPrompt).close()
        self.query_one(Timeline).focus()
        self._show_filters()
        self.reload(keep=self._selected_id())

    def action_remove_last_filter(self) -> None:
        """Remove the most recent filter."""
        if self.chips:
            self.chips = self.chips[:-1]
            self._show_filters()
            self.reload(keep=self._selected_id())

    def action_clear_filters(self) -> None:
        """Remove every filter."""
        self.chips, self.pending = (), None
        self._show_filters()
        self.reload(keep=self._selected_id())

    # --- everything else --------------------------------------------------------------------

    def action_help(self) -> None:
        """Show the keys."""
        self.push_screen(HelpScreen())

    def action_refresh(self) -> None:
        """Reload everything from the database (after an import, for instance)."""
        self.changed = False
        self._data_version = queries.data_version(self.db)
        self.chip_maker.forget()
        self._load_totals()
        self.reload(keep=self._selected_id())

    def action_export(self) -> None:
        """Write the filtered chronology to a Markdown file."""
        target = self.export_dir / f"chronology-{datetime.now():%Y%m%d-%H%M%S}.md"
        self._export(target, self.filter)

    @work(thread=True, group="export")
    def _export(self, target: Path, flt: queries.IncidentFilter) -> None:
        from explorer.output.export import to_markdown

        reader = open_readonly(self.path)
        try:
            with target.open("w", encoding="utf-8") as handle:
                for chunk in to_markdown(queries.iter_incidents(reader, flt)):
                    handle.write(chunk)
        except OSError as error:
            self.notify(f"Could not export to {target}: {error.strerror}", severity="error", markup=False)
            return
        finally:
            reader.conn.close()
        self.notify(f"Chronology written to {target}", markup=False)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Search", "Filter incidents by words", lambda: self.action_filter("text"))
        yield SystemCommand("Filter by date", "A day, a month or a range", lambda: self.action_filter("date"))
        yield SystemCommand("Filter by actor", "A person, organisation or group", lambda: self.action_filter("actor"))
        yield SystemCommand("Filter by kind", "Protest, arrest, statement, …", lambda: self.action_filter("kind"))
        yield SystemCommand("Clear filters", "Show every incident", self.action_clear_filters)
        yield SystemCommand("Export chronology", "Write the filtered incidents to Markdown", self.action_export)
