"""The explorer: composes the panes and routes messages between them. Queries live in ``db.queries``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import sqlite_utils
from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from db import queries, review
from db.connection import open_readonly
from explorer.output.citation import citation, incident_citation
from explorer.output.provenance import passages_in_order
from explorer.output.textsafe import neutralise
from explorer.query.search import find_hits
from explorer.tui.captions import article_note, source_heading
from explorer.tui.clipboard import deliver
from explorer.tui.filter_kinds import FilterKinds, Reading, combine
from explorer.tui.filters import Chip
from explorer.tui.keyhold import MAX_KEY_WAIT_SECONDS, KeyHold
from explorer.tui.keys import APP_KEYS, display_keys
from explorer.tui.layout import TimelineLayout, groups_of
from explorer.tui.messages import MAX_MARKER_ROUNDS, ActorsLoaded, KeySettled, Loaded, LoadFailed, Totals
from explorer.tui.reviewer import Reviewer
from explorer.tui.screens.export import ExportScreen
from explorer.tui.screens.help import HelpScreen
from explorer.tui.settings import load_settings, save_setting
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
        self.export_dir = export_dir or path.parent
        """Where exports are offered and the clipboard's fallback file goes (the data directory)."""
        self.chips: tuple[Chip, ...] = ()
        self.pending: Chip | None = None
        self.filter = queries.IncidentFilter()
        self.total: int | None = None
        self.shown: int | None = None
        self.detail: queries.IncidentDetail | None = None
        self.passages: list[queries.EvidenceRow] = []
        """The selected incident's passages, source by source in the order the sources appeared."""
        self.passage = 0
        self._token = 0
        self.applied_token = 0
        """The newest filter whose results are on screen (benchmarks wait for it)."""
        self._reader: sqlite_utils.Database | None = None
        self.filter_kinds = FilterKinds(db)
        """Text, date, actor, kind and review filters: each reads what is typed into its chip."""
        self._span: tuple[date, date] | None = None
        self._groups: list[queries.DateGroup] = []
        self._partial_shown = False
        self._data_version = 0
        self.changed = False
        """True when another process wrote to the database since the last refresh."""
        self._keys = KeyHold()
        self._articles: queries.ArticleMatches | None = None
        self.hit = 0
        """Which of the search's hits in the current source is marked (``h`` / ``H`` move it)."""
        self._hit_moved = False
        self._hit_focus = False
        self._hit_count = 0
        self._keep: int | None = None
        """The incident the newest load is asked to keep the cursor on."""
        self._rejected = 0
        """Rejected incidents in the whole archive."""
        self._hidden = 0
        """Rejected incidents the current filters leave out."""
        self.reviewer = Reviewer(self, path)
        """Runs the review keys (status, star, tags, note, corrections, merge, split, undo)."""

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
        theme = load_settings(self.export_dir).get("theme")
        if theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, lambda t: save_setting(self.export_dir, "theme", t.name))
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
        # Keys take their turn (see KeyHold): each acts on what the keys before it left on screen.
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._keys.admit(event, **self._key_state()):
                await self._dispatch_key(event)
            else:
                self.set_timer(MAX_KEY_WAIT_SECONDS, self._next_key)  # in case no marker comes back
            return
        await super().on_event(event)

    @property
    def keys_busy(self) -> bool:
        """True while typed keys are still being handled (tests and benchmarks wait for it)."""
        return self._keys.busy

    def _key_state(self) -> dict[str, bool]:
        return {"loading": self._token != self.applied_token, "typing": isinstance(self.focused, Input)}

    async def _dispatch_key(self, event: events.Key) -> None:
        target = self.focused or self.screen
        self._keys.dispatched()
        await super().on_event(event)
        if not target.post_message(KeySettled(target)):  # the widget is gone: nothing will come back
            self.post_message(KeySettled(target, through_app=True))

    async def on_key_settled(self, message: KeySettled) -> None:
        message.stop()
        target, rounds = message.target, message.rounds
        busy = any(node.message_queue_size for node in target.ancestors_with_self if node is not self)
        if (
            busy
            and rounds < MAX_MARKER_ROUNDS
            and target.is_attached
            and target.post_message(KeySettled(target, rounds + 1))
        ):
            return
        if not message.through_app:
            self.post_message(KeySettled(target, rounds, through_app=True))
        else:
            self._keys.settled()
            await self._next_key()

    async def _next_key(self) -> None:
        if not self.screen_stack:  # quitting
            return
        key = self._keys.next(**self._key_state())
        if key is not None:
            await self._dispatch_key(key)
        elif self._keys:
            self.set_timer(MAX_KEY_WAIT_SECONDS, self._next_key)  # a wait that never ends gives up

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
        self._keep = keep
        if self._reader is not None:
            self._reader.conn.interrupt()  # stop a stale query now rather than when it ends
        self._load_groups(self._token, self.filter, keep)

    @work(thread=True, exclusive=True, group="groups")
    def _load_groups(self, token: int, flt: queries.IncidentFilter, keep: int | None, retried: bool = False) -> None:
        worker = get_current_worker()
        try:
            head = queries.head_rows(self.reader(), flt)
            if worker.is_cancelled:
                return
            articles = queries.article_matches(self.reader(), flt) if flt.text_in_articles else None
            hidden = self._hidden_rejected(flt)
            if len(head) < queries.HEAD_ROWS:  # that was everything
                self.post_message(
                    Loaded(token, flt, groups_of(head), keep, head=head, articles=articles, rejected=hidden)
                )
                return
            # Paint the first screens now; count the rest, which can take a second at a million incidents.
            self.post_message(Loaded(token, flt, groups_of(head), keep, complete=False, head=head, rejected=hidden))
            groups = queries.date_groups(self.reader(), flt)
        except sqlite3.OperationalError:
            # Usually interrupted by a newer filter, whose load follows; if it is the newest, it goes again.
            self.post_message(LoadFailed(token, flt, keep, retried))
            return
        if not worker.is_cancelled:
            self.post_message(Loaded(token, flt, groups, keep, head=head, articles=articles, rejected=hidden))

    def _hidden_rejected(self, flt: queries.IncidentFilter) -> int:
        """How many rejected incidents these filters would show if rejected ones were not left out."""
        if flt.statuses or not self._rejected:  # none at all in the archive: no need to count
            return 0
        return queries.count_incidents(self.reader(), replace(flt, statuses=("rejected",)))

    @work(thread=True, exclusive=True, group="totals")
    def _load_totals(self, actors: bool = True) -> None:
        reader = open_readonly(self.path)  # its own connection: a new filter must not interrupt it
        try:
            rejected = review.status_counts(reader)["rejected"]
            self.post_message(Totals(queries.incident_total(reader), queries.date_span(reader), rejected))
            # Counting every actor's incidents takes most of a second at a million incidents: do it
            # here, after the first paint, rather than on the first keystroke of a search.
            if actors:
                self.post_message(ActorsLoaded(queries.actor_summaries(reader)))
        finally:
            reader.conn.close()

    def on_loaded(self, message: Loaded) -> None:
        if message.token != self._token:
            return
        self.applied_token = message.token
        self._groups = message.groups
        self._articles = message.articles
        self._hidden = message.rejected
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
        self._show_position()
        if layout.total_lines == 0:
            self._show_incident(None)
        self.call_later(self._next_key)

    def on_load_failed(self, message: LoadFailed) -> None:
        if message.token != self._token:
            return  # a newer load is on its way
        if not message.retried and message.flt is not None:
            # The interrupt meant for the load before it can land on this one: what is asked last must
            # reach the screen, so it runs once more (without interrupting anything).
            self._load_groups(message.token, message.flt, message.keep, retried=True)
            return
        self.applied_token = message.token  # no newer load is coming: let held keys act on what is shown
        self.call_later(self._next_key)

    def on_actors_loaded(self, message: ActorsLoaded) -> None:
        self.filter_kinds.use(message.actors)

    def on_totals(self, message: Totals) -> None:
        if message.rejected != self._rejected:  # the count of hidden ones needs the new figure
            self._rejected = message.rejected
            waiting = self._token != self.applied_token  # keep what the load on its way keeps, not the old row
            self.reload(keep=self._keep if waiting else self._selected_id())
        self.total, self._span = message.total, message.span
        self._show_filters()
        self.query_one(Histogram).show(self._span, self._groups, (self.filter.date_from, self.filter.date_to))

    def _show_position(self) -> None:
        """ "row 17 of 52" under the timeline ("row 17 of 52+" while the rest is still being counted)."""
        timeline = self.query_one(Timeline)
        row = timeline.row_number
        if row is None:
            timeline.border_subtitle = None
            return
        total = f"{self.shown:,}" if self.shown is not None else f"{timeline.row_count:,}+"
        timeline.border_subtitle = Text(f"row {row:,} of {total}")

    def _selected_id(self) -> int | None:
        selected = self.query_one(Timeline).selected
        return selected.id if selected else None

    def _show_filters(self) -> None:
        note = article_note(self._articles) if self.filter.text else ""
        if self._hidden and not self.filter.statuses:
            note = "; ".join(filter(None, (note, f"{self._hidden} rejected hidden (f shows them)")))
        if self.reviewer.session.marked is not None:
            note = "; ".join(
                filter(None, (note, f"#{self.reviewer.session.marked} marked: M merges it into the incident shown"))
            )
        self.query_one(FilterBar).show(self.chips, self.pending, self.shown, self.total, self.changed, note)

    def _watch_database(self) -> None:
        """Notice writes by another process (an import running now) and say so; r shows them."""
        version = queries.data_version(self.db)
        if version != self._data_version and not self.changed:
            self.changed = True
            self._show_filters()

    # --- the selected incident --------------------------------------------------------------

    def on_timeline_selected(self, message: Timeline.Selected) -> None:
        self._show_position()
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
        self.screen.set_focus(self.query_one(SourceView))  # now: focus() would wait for a refresh

    def _show_incident(self, detail: queries.IncidentDetail | None) -> None:
        self.detail = detail
        self.passages = passages_in_order(detail) if detail else []
        self.passage = 0
        history = review.history_of(self.db, detail.id) if detail and detail.review else None
        self.query_one(DetailPane).show(detail, self.passages[0].document_id if self.passages else None, history)
        self._show_passage()

    def _show_passage(self) -> None:
        source = self.query_one(SourceView)
        if self.detail is None or not self.passages:
            source.border_title = Text("Source")
            source.border_subtitle = None
            source.clear("")
            return
        passages = self.passages
        current = passages[self.passage % len(passages)]
        document = queries.document(self.db, current.document_id)
        in_document = [p for p in passages if p.document_id == current.document_id]
        spans = [(p.start, p.end) for p in in_document]
        text = document.text if document else ""
        hits = find_hits(text, self.filter.text) if self.filter.text else []
        self._hit_count = len(hits)
        self.hit = min(self.hit, len(hits) - 1) if hits else 0
        if not self._hit_moved:  # a passage key: mark the first hit at or after the passage
            self.hit = next((i for i, h in enumerate(hits) if h[0] >= current.start), 0)
        self._hit_moved = False
        source.show(text, spans, in_document.index(current), hits, self.hit if hits and self._hit_focus else None)
        source.border_title = Text(source_heading(current))
        documents = list(dict.fromkeys(p.document_id for p in passages))
        where = (
            f"source {documents.index(current.document_id) + 1} of {len(documents)} · "
            f"passage {self.passage % len(passages) + 1} of {len(passages)}"
        )
        if self.filter.text:
            where += f" · hit {self.hit + 1} of {len(hits)}" if hits else " · the search is not in this source"
        source.border_subtitle = Text(where)
        self.query_one(DetailPane).mark(current.document_id)

    def action_passage(self, delta: int) -> None:
        """Go to the next (or previous) passage, across every source of the incident."""
        self._current_detail()
        if self.passages:
            self.passage = (self.passage + delta) % len(self.passages)
            self._show_passage()

    def action_hit(self, delta: int) -> None:
        """Mark the next (or previous) place the search's words are in the source."""
        if not self.filter.text:
            self.notify("No search: / searches, then h and H move between its words in the source.", markup=False)
            return
        self._current_detail()
        if not self.passages:
            return
        self._hit_moved = self._hit_focus = True
        self.hit += delta
        if self._hit_count:  # counted when the source was shown
            self.hit %= self._hit_count
        self._show_passage()

    def action_cycle_source(self) -> None:
        """Go to the first passage of the incident's next source document."""
        self._current_detail()
        if not self.passages:
            return
        passages = self.passages
        current = passages[self.passage].document_id
        if all(p.document_id == current for p in passages):
            self.notify("This incident has one source; n and N move between its passages.", markup=False)
            return
        for step in range(1, len(passages) + 1):
            index = (self.passage + step) % len(passages)
            if passages[index].document_id != current:
                self.passage = index
                break
        self._show_passage()

    def action_copy_citation(self) -> None:
        """Copy a citation of the current passage, and show it."""
        self._current_detail()
        if not self.passages:
            self.notify("No passage to cite.", severity="warning", markup=False)
            return
        self._copy(citation(self.passages[self.passage % len(self.passages)]), "Citation")

    def action_copy_incident(self) -> None:
        """Copy the whole incident with every source, and show it."""
        self._current_detail()
        if self.detail is None:
            self.notify("No incident to copy.", severity="warning", markup=False)
            return
        self._copy(incident_citation(self.detail), "Incident")

    def _copy(self, text: str, what: str) -> None:
        self.copy_to_clipboard(text)  # OSC 52: the terminal may or may not accept it
        self._deliver(text, what)

    @work(thread=True, group="clipboard")
    def _deliver(self, text: str, what: str) -> None:
        said = deliver(text, self.export_dir)
        shown = text if len(text) <= 600 else text[:600] + " …"
        self.notify(f"{what} {said}:\n{shown}", title=what, timeout=8, markup=False)

    # --- review -----------------------------------------------------------------------------

    def action_review(self, what: str) -> None:
        """A review key: status, star, tags, note, corrections, merge, split, undo (see ``Reviewer``)."""
        self.reviewer.act(what)

    def current_incident(self) -> queries.IncidentDetail | None:
        """The incident under the cursor, loaded now if need be."""
        return self._current_detail()

    def current_passage(self) -> queries.EvidenceRow | None:
        """The passage the source pane shows."""
        return self.passages[self.passage % len(self.passages)] if self._current_detail() and self.passages else None

    def reviewed(self, incident_id: int | None, actors: bool = False) -> None:
        """After a review change: show the incident again, and the timeline as the change left it.

        The actor list is counted again (in the worker) only when the change touched actors: at a
        million incidents that takes most of a second, and a status or a tag leaves it as it was.
        """
        self._data_version = queries.data_version(self.db)  # our own write, not another program's
        self.filter_kinds.forget(actors=actors)
        self._load_totals(actors=actors)
        passage, keep = self.passage, incident_id if incident_id is not None else self._selected_id()
        if incident_id is not None:
            detail = queries.incident_detail(self.db, incident_id)
            if detail is not None and detail.review and detail.review.status == "rejected" and not self.filter.statuses:
                after = self.query_one(Timeline).neighbour()  # it leaves the timeline: the cursor goes on
                keep = after.id if after else None
                detail = queries.incident_detail(self.db, keep) if keep is not None else None
            self._show_incident(detail)
            if detail is not None and detail.id == incident_id and self.passages:
                self.passage = min(passage, len(self.passages) - 1)
                self._show_passage()
        self._show_filters()
        self.reload(keep=keep)

    def action_review_queue(self) -> None:
        """Filter to the incidents whose dates need checking."""
        chip = self.filter_kinds.chip_for("review:queue")
        if chip is not None and all(c.caption() != chip.caption() for c in self.chips):
            self.chips = (*self.chips, chip)
        self._show_filters()
        self.reload(keep=self._selected_id())

    def on_unmount(self) -> None:
        self.reviewer.close()

    # --- filters ----------------------------------------------------------------------------

    def _current_filter(self) -> queries.IncidentFilter:
        chips = (*self.chips, self.pending) if self.pending else self.chips
        words = " ".join(c.text for c in chips if c.kind == "text")
        actor_ids = tuple(i for i, _n, _s in self.filter_kinds.ranked(words)) if words.strip() else ()
        return replace(combine(chips, actor_ids), text_in_articles=True)

    def action_filter(self, mode: str) -> None:
        """Open the prompt for one kind of filter."""
        self.pending = None
        kind = self.filter_kinds[mode]
        prompt = self.query_one(FilterPrompt)
        prompt.open(mode, kind.prompt)
        if kind.suggests:
            self._read_prompt(mode, "", None)

    def action_filter_incident_actor(self) -> None:
        """Open the actor filter on the current incident's own actors."""
        detail = self._current_detail()
        if detail is None or not detail.actors:
            self.notify("No incident with actors is selected.", severity="warning", markup=False)
            return
        self.action_filter("actor")
        prompt = self.query_one(FilterPrompt)
        prompt.set_options([(f"actor:{a.id}", Text(f"{neutralise(a.name)}  {a.kind}")) for a in detail.actors])
        prompt.set_message("actors of this incident — up/down to choose, enter to keep, or type another name")

    def _read_prompt(self, mode: str, value: str, option: str | None) -> Chip | None:
        """What the prompt's value makes, its message and suggestions shown in the prompt."""
        reading: Reading = self.filter_kinds.read(mode, value, option)
        self.query_one(FilterPrompt).show(reading.message, reading.error, reading.options)
        return reading.chip

    def on_filter_prompt_changed(self, message: FilterPrompt.Changed) -> None:
        chip = self._read_prompt(message.mode, message.value, message.option)
        if chip is None and message.value.strip() and self.filter_kinds[message.mode].holds_timeline:
            return  # a half-typed date or a single letter: keep the timeline as it is
        self.pending = chip
        self._show_filters()
        self.reload()

    def on_filter_prompt_submitted(self, message: FilterPrompt.Submitted) -> None:
        chip = self._read_prompt(message.mode, message.value, message.option)
        if chip is None and message.value.strip():
            # The prompt says why the value cannot be used; what an earlier, shorter value previewed
            # ("2018-02-3" of "2018-02-30") must not stay applied as if it were what was typed.
            if self.pending is not None:
                self.pending = None
                self._show_filters()
                self.reload(keep=self._selected_id())
            return
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
        # Now, not after a refresh: the next key must reach the timeline, not the hidden input.
        self.screen.set_focus(self.query_one(Timeline))
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

    def action_maximise(self) -> None:
        """Give the whole screen to the focused pane (the timeline if none is), or restore the layout."""
        if self.screen.maximized is not None:
            self.screen.minimize()
            return
        focused = self.focused
        panes = (Timeline, DetailPane, SourceView)
        self.screen.maximize(focused if isinstance(focused, panes) else self.query_one(Timeline), container=False)

    def action_back_to_timeline(self) -> None:
        """Give the focus back to the timeline (a maximised pane is restored first, by Textual)."""
        for timeline in self.screen.query(Timeline):  # none on a dialog's screen
            self.screen.set_focus(timeline)

    def action_refresh(self) -> None:
        """Reload everything from the database (after an import, for instance)."""
        version = queries.data_version(self.db)
        had_changed = self.changed or version != self._data_version
        self.changed = False
        self._data_version = version
        self.notify(
            "Reloaded: the database had changed."
            if had_changed
            else "Reloaded: nothing had changed since the last load.",
            markup=False,
        )
        self.filter_kinds.forget()
        self._load_totals()
        self.reload(keep=self._selected_id())

    def action_export(self) -> None:
        """Ask where to write the filtered chronology as Markdown, then write it there."""
        if not self.shown:
            what = "no incidents match these filters" if (self.chips or self.pending) else "there are no incidents"
            self.notify(f"Nothing to export: {what}.", severity="warning", markup=False)
            return
        default = self.export_dir / f"chronology-{datetime.now():%Y%m%d-%H%M%S}.md"
        left_out = (
            [f"{self._hidden} rejected incident{'s' if self._hidden != 1 else ''} left out"] if self._hidden else []
        )
        flt, filters = self.filter, "; ".join([c.caption() for c in self.chips] + left_out)

        def chosen(target: Path | None) -> None:
            if target is None:
                self.notify("Export cancelled; nothing was written.", markup=False)
            else:
                self._export(target, flt, filters)

        self.push_screen(ExportScreen(default, self.shown), chosen)

    @work(thread=True, group="export")
    def _export(self, target: Path, flt: queries.IncidentFilter, filters: str) -> None:
        from explorer.output.export import to_markdown

        reader = open_readonly(self.path)
        generated = f"{datetime.now():%Y-%m-%d %H:%M} from {self.path}"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("w", encoding="utf-8") as handle:
                for chunk in to_markdown(queries.iter_incidents(reader, flt), filters=filters, generated=generated):
                    handle.write(chunk)
        except OSError as error:
            self.notify(f"Could not export to {target}: {error.strerror}", severity="error", markup=False)
            return
        finally:
            reader.conn.close()
        self.notify(f"Chronology written to {target}", markup=False)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own commands (theme, keys, quit…), then every action the explorer has a key for."""
        yield from super().get_system_commands(screen)
        for key in APP_KEYS:
            if key.action in ("quit", "help"):
                continue  # Textual's list already has them
            yield SystemCommand(key.description, f"key: {display_keys(key.keys)}", partial(self.run_action, key.action))
