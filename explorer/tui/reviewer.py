"""The review keys: what each does to the incident under the cursor, the questions it asks, and undo.

The explorer routes a review key here; this asks (a line, a note, a choice), runs the action as one
recorded change through ``ReviewSession``, says what it did, and tells the explorer which incident
to show again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from db import queries, review
from db.connection import DatabaseError, describe_error
from explorer.output.textsafe import clean_line, neutralise
from explorer.review.actions import Change
from explorer.review.model import ReviewError, read_date, read_tags
from explorer.review.session import ReviewSession
from explorer.tui.screens.ask import AskScreen, ChoiceScreen, NoteScreen


class ReviewHost(Protocol):
    """What the reviewer needs of the explorer."""

    db: Any

    def current_incident(self) -> queries.IncidentDetail | None: ...
    def current_passage(self) -> queries.EvidenceRow | None: ...
    def push_screen(self, screen: Any, callback: Any = None) -> Any: ...
    def notify(self, message: str, *, title: str = "", severity: Any = "information", timeout: float | None = None,
               markup: bool = True) -> None: ...  # fmt: skip
    def reviewed(self, incident_id: int | None, actors: bool = False) -> None: ...


STATUS_KEYS = {"verified": "v", "disputed": "x", "rejected": "X"}

EDIT_CHOICES = (
    ("title", "t  title"),
    ("date", "d  date (the words the date filter reads)"),
    ("kind", "k  kind"),
    ("add-actor", "a  add an actor"),
    ("remove-actor", "r  remove an actor"),
    ("reset", "x  give back every extracted value (title, date, kind)"),
)


class Reviewer:
    """Runs the review keys against the explorer's current incident."""

    def __init__(self, host: ReviewHost, path: Path) -> None:
        self.host = host
        self.session = ReviewSession(path)

    # --- what the keys do -----------------------------------------------------------------

    def act(self, what: str) -> None:
        """Do one review action: status:NAME, star, tags, note, edit, mark, merge, split, undo."""
        if what == "undo":
            self._undo()
            return
        shown = self.host.current_incident()
        # Read again: another program (`incidents review`) may have changed it since it was shown.
        incident = queries.incident_detail(self.host.db, shown.id) if shown is not None else None
        if incident is None:
            self.host.notify("No incident is selected.", severity="warning", markup=False)
            return
        name, _, value = what.partition(":")
        handler: Callable[[queries.IncidentDetail, str], None] = getattr(self, f"_{name}")
        handler(incident, value)

    def _status(self, incident: queries.IncidentDetail, status: str) -> None:
        current = incident.review.status if incident.review else "unreviewed"
        wanted = "unreviewed" if current == status else status  # the same key again takes it back
        self._run(incident.id, lambda c: c.set_status(incident.id, wanted))

    def _star(self, incident: queries.IncidentDetail, _value: str) -> None:
        starred = bool(incident.review and incident.review.starred)
        self._run(incident.id, lambda c: c.set_star(incident.id, not starred))

    def _tags(self, incident: queries.IncidentDetail, _value: str) -> None:
        have = ", ".join(incident.review.tags) if incident.review else ""

        def chosen(answer: str | None) -> None:
            if answer is not None:
                adds, removes = _tag_changes(answer)
                self._run(incident.id, lambda c: _apply_tags(c, incident.id, adds, removes))

        hint = "Tags to add, separated by commas; -tag removes one." + (f" Now: {have}" if have else "")
        self.host.push_screen(AskScreen(f"Tags of #{incident.id}", hint, "", _read_tag_changes), chosen)

    def _note(self, incident: queries.IncidentDetail, _value: str) -> None:
        note = incident.review.note if incident.review else ""

        def chosen(answer: str | None) -> None:
            if answer is not None:
                self._run(incident.id, lambda c: c.set_note(incident.id, answer))

        self.host.push_screen(NoteScreen(f"Note on #{incident.id}: {incident.title[:60]}", note), chosen)

    def _edit(self, incident: queries.IncidentDetail, _value: str) -> None:
        def chosen(field: str | None) -> None:
            if field is not None:
                getattr(self, "_edit_" + field.replace("-", "_"))(incident)

        self.host.push_screen(ChoiceScreen(f"Correct #{incident.id}", EDIT_CHOICES), chosen)

    def _mark(self, incident: queries.IncidentDetail, _value: str) -> None:
        if self.session.marked == incident.id:  # m again takes the mark away
            self.session.marked = None
            self.host.notify(f"#{incident.id} is no longer marked.", title="Merge", markup=False)
        else:
            self.session.marked = incident.id
            self.host.notify(f"#{incident.id} is marked: go to the incident to merge it into and press M"
                             " (m here again unmarks it).", title="Merge", markup=False)  # fmt: skip
        self.host.reviewed(None)

    def _merge(self, incident: queries.IncidentDetail, _value: str) -> None:
        marked = self.session.marked
        if marked is None or marked == incident.id:
            said = (
                f"#{incident.id} is the marked one: go to the incident to merge it into and press M there."
                if marked == incident.id
                else "Mark an incident with m first, then press M on the one to merge it into."
            )
            self.host.notify(said, severity="warning", markup=False)
            return
        self.session.marked = None
        self._run(incident.id, lambda c: c.merge(incident.id, [marked]))

    def _split(self, incident: queries.IncidentDetail, _value: str) -> None:
        passage = self.host.current_passage()
        if passage is None:
            self.host.notify("No passage is selected.", severity="warning", markup=False)
            return

        source = [e.id for e in incident.evidence if e.document_id == passage.document_id]
        report = review.report_size(self.host.db, passage.id)

        def chosen(what: str | None) -> None:
            if what is not None:
                ids = [passage.id] if what == "passage" else source
                self._run(incident.id, lambda c: c.split(incident.id, ids))

        choices = (
            (
                "passage",
                f"p  the report this passage belongs to ({_passages(report)}: its dated sentence and follow-ups)",
            ),
            ("source", f"s  every passage from this source ({_passages(len(source))})"),
        )
        self.host.push_screen(ChoiceScreen(f"Split off #{incident.id} as an incident of its own", choices), chosen)

    def _undo(self) -> None:
        try:
            done = self.session.undo()
        except ReviewError as error:
            self.host.notify(str(error), severity="warning", markup=False)
            return
        except (DatabaseError, sqlite3.Error) as error:
            self.host.notify(_not_saved(self.session.path, error), severity="error", markup=False)
            return
        more = " · u undoes the change before it" if self.session.made else ""
        self.host.notify("; ".join(done.said) + more, title="Undo", timeout=4, markup=False)
        self.host.reviewed(done.incidents[0] if done.incidents else None, actors=True)

    # --- corrections ------------------------------------------------------------------------

    def _edit_title(self, incident: queries.IncidentDetail) -> None:
        self._ask_field(incident, "title", "The incident's title (ctrl+u clears the line).", incident.title, _read_title,
                        lambda c, v: c.correct(incident.id, "title", clean_line(v).strip()))  # fmt: skip

    def _edit_date(self, incident: queries.IncidentDetail) -> None:
        start, end = incident.date_start, incident.date_end
        self._ask_field(incident, "date", "2018-06-19 · june 19 2018 · jun 2018 · 2018-06-15..2018-06-20",
                        start if start == end else f"{start}..{end}", _read_date,
                        lambda c, v: c.correct_date(incident.id, read_date(v)))  # fmt: skip

    def _edit_kind(self, incident: queries.IncidentDetail) -> None:
        kinds = ", ".join(k for k, _n in queries.kinds(self.host.db))
        self._ask_field(incident, "kind", f"Kinds so far: {kinds}", incident.kind, _read_kind,
                        lambda c, v: c.correct(incident.id, "kind", clean_line(v).strip().lower()))  # fmt: skip

    def _edit_add_actor(self, incident: queries.IncidentDetail) -> None:
        everyone = [(a.id, a.name, a.aliases) for a in queries.actor_summaries(self.host.db)]
        reader = _actor_reader(everyone, new_ok=True)
        hint = "Type a name; enter adds the best match shown, or a new actor when none matches."
        self._ask_field(incident, "actor to add", hint, "", reader,
                        lambda c, v: c.change_actor(incident.id, _best(v, everyone) or c.actor_named(v.strip()), "add"))  # fmt: skip

    def _edit_remove_actor(self, incident: queries.IncidentDetail) -> None:
        own = [(a.id, a.name, ()) for a in incident.actors]
        if not own:
            self.host.notify("This incident names no actor.", severity="warning", markup=False)
            return
        names = "; ".join(neutralise(a.name) for a in incident.actors)
        self._ask_field(incident, "actor to remove", f"Its actors: {names}", "", _actor_reader(own),
                        lambda c, v: c.change_actor(incident.id, _must(_best(v, own), v), "remove"))  # fmt: skip

    def _edit_reset(self, incident: queries.IncidentDetail) -> None:
        def reset(c: Change) -> None:
            c.correct(incident.id, "title", None)
            c.correct_date(incident.id, None)
            c.correct(incident.id, "kind", None)

        self._run(incident.id, reset)

    def _ask_field(self, incident: queries.IncidentDetail, what: str, hint: str, value: str,
                   reader: Callable[[str], tuple[str, bool]], apply: Callable[[Change, str], None]) -> None:  # fmt: skip
        def chosen(answer: str | None) -> None:
            if answer is not None:
                self._run(incident.id, lambda c: apply(c, answer))

        self.host.push_screen(AskScreen(f"#{incident.id}: {what}", hint, value, reader), chosen)

    # --- running ----------------------------------------------------------------------------

    def _run(self, incident_id: int, action: Callable[[Change], object]) -> None:
        try:
            done = self.session.run(action)
        except ReviewError as error:
            self.host.notify(str(error), severity="error", markup=False)
            return
        except (DatabaseError, sqlite3.Error) as error:  # a read-only file, a lock held too long: nothing was kept
            self.host.notify(_not_saved(self.session.path, error), severity="error", markup=False)
            return
        self._said(done)
        self.host.reviewed(incident_id, actors=done.actors_changed)

    def _said(self, done: Change) -> None:
        self.host.notify("; ".join(done.said) + " · u undoes", title="Review", timeout=4, markup=False)

    def close(self) -> None:
        """Close the writing connection (the explorer is quitting)."""
        self.session.close()


def _not_saved(path: Path, error: Exception) -> str:
    said = str(error) if isinstance(error, DatabaseError) else describe_error(path, error)  # type: ignore[arg-type]
    return f"Not saved: {said}"


def _tag_changes(answer: str) -> tuple[list[str], list[str]]:
    adds = [p for p in answer.split(",") if p.strip() and not p.strip().startswith("-")]
    removes = [p.strip()[1:] for p in answer.split(",") if p.strip().startswith("-")]
    return read_tags(",".join(adds)), read_tags(",".join(removes))


def _read_tag_changes(answer: str) -> tuple[str, bool]:
    try:
        adds, removes = _tag_changes(answer)
    except ReviewError as error:
        return str(error), False
    if not adds and not removes:
        return "type a tag", False
    parts = ([f"adds {', '.join(adds)}"] if adds else []) + ([f"removes {', '.join(removes)}"] if removes else [])
    return " · ".join(parts), True


def _apply_tags(change: Change, incident_id: int, adds: list[str], removes: list[str]) -> None:
    for tag in adds:
        change.tag(incident_id, tag)
    for tag in removes:
        change.tag(incident_id, tag, present=False)


def _read_title(value: str) -> tuple[str, bool]:
    ok = bool(clean_line(value).strip())
    return ("enter keeps this title" if ok else "a title needs some words"), ok


def _read_date(value: str) -> tuple[str, bool]:
    try:
        return f"reads as {read_date(value).shown()}", True
    except ReviewError as error:
        return str(error), False


def _read_kind(value: str) -> tuple[str, bool]:
    kind = clean_line(value).strip().lower()
    ok = 0 < len(kind) <= 30
    return (f"kind {kind!r}" if ok else "a kind is one or a few words (at most 30 characters)"), ok


def _best(value: str, actors: list[tuple[int, str, Any]]) -> int | None:
    """The actor a typed name means: one named exactly so (any case), else the best fuzzy match."""
    from explorer.query.actors import rank_actors

    wanted = value.strip().casefold()
    exact = [i for i, name, _aliases in actors if name.casefold() == wanted]
    if exact:
        return int(exact[0])
    ranked = rank_actors(value, actors) if wanted else []
    return int(ranked[0][0]) if ranked else None


def _passages(count: int) -> str:
    return f"{count} passage{'s' if count != 1 else ''}"


def _actor_reader(actors: list[tuple[int, str, Any]], new_ok: bool = False) -> Callable[[str], tuple[str, bool]]:
    def read(value: str) -> tuple[str, bool]:
        from explorer.query.actors import rank_actors

        if not value.strip():
            return "type a name", False
        ranked = rank_actors(value, actors)
        if not ranked and new_ok:
            return f"no actor is named like that: enter adds {clean_line(value).strip()!r} as a new actor", True
        if not ranked:
            return f"no actor matches {value.strip()!r}", False
        exact = _best(value, actors)
        if exact is not None and exact != ranked[0][0]:
            ranked = [r for r in ranked if r[0] == exact] + [r for r in ranked if r[0] != exact]
        others = ", ".join(n for _i, n, _s in ranked[1:4])
        return f"→ {ranked[0][1]}" + (f"   (also: {others})" if others else ""), True

    return read


def _must(actor_id: int | None, typed: str) -> int:
    if actor_id is None:
        raise ReviewError(f"no actor of this incident matches {typed.strip()!r}")
    return actor_id
