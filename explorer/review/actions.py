"""The user's review actions, each one recorded change: status, star, tags, note, corrections, merge, split, undo.

Every action runs inside ``Change``: one transaction and one change number, with a history row for
each field it touched (who, when, old and new value), so a change can be shown and undone whole.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from db import queries, review, writes
from explorer.extract.lexicon import ORGANISATION_WORDS
from explorer.ingest import cluster
from explorer.review.model import MAX_NOTE, DateValue, ReviewError, clean_note


def user_name() -> str:
    """Who is making the change: the operating system's user name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return os.environ.get("USER") or os.environ.get("USERNAME") or f"uid {os.getuid()}"


@dataclass
class Change:
    """One user action in progress: its number, who makes it, and what it has said it did."""

    db: sqlite_utils.Database
    change_id: int
    user: str
    said: list[str] = field(default_factory=list)
    incidents: list[int] = field(default_factory=list)
    """The incidents the change touched, in the order it touched them (new ones included)."""
    actors_changed: bool = False
    """True when the change altered who takes part in which incident (actor corrections, merges, splits)."""

    def record(self, incident_id: int, action: str, name: str, old: object, new: object) -> None:
        """Record one changed field in the history."""
        review.record(self.db, self.change_id, incident_id, self.user, action, name, _text(old), _text(new))
        if incident_id not in self.incidents:
            self.incidents.append(incident_id)

    # --- fields -------------------------------------------------------------------------------

    def set_status(self, incident_id: int, status: str) -> None:
        """Mark an incident verified, disputed, rejected or unreviewed."""
        old = self.values(incident_id)["status"]
        if old == status:
            self.said.append(f"#{incident_id} is already {status}")
            return
        self._write(incident_id, "status", status)
        self.record(incident_id, "review", "status", old, status)
        self.said.append(f"#{incident_id} {status}")

    def set_star(self, incident_id: int, starred: bool) -> None:
        """Star an incident, or take its star away."""
        old = bool(self.values(incident_id)["starred"])
        if old == starred:
            self.said.append(f"#{incident_id} is already {'starred' if starred else 'without a star'}")
            return
        self._write(incident_id, "starred", int(starred))
        self.record(incident_id, "review", "starred", int(old), int(starred))
        self.said.append(f"#{incident_id} {'starred' if starred else 'star taken away'}")

    def tag(self, incident_id: int, tag: str, present: bool = True) -> None:
        """Add a tag to an incident (or remove it, with ``present`` False)."""
        self.values(incident_id)
        had = tag in review.tags_of(self.db, incident_id)
        if had == present:
            self.said.append(f"#{incident_id} {'already has' if present else 'has no'} tag {tag!r}")
            return
        review.ensure_review(self.db, incident_id)
        if present:
            review.add_tag(self.db, incident_id, tag)
        else:
            review.remove_tag(self.db, incident_id, tag)
        self.record(incident_id, "review", "tag", None if present else tag, tag if present else None)
        self.said.append(f"#{incident_id} {'tagged' if present else 'untagged'} {tag!r}")

    def set_note(self, incident_id: int, note: str) -> None:
        """Replace an incident's note (an empty one removes it)."""
        old = self.values(incident_id)["note"]
        note = clean_note(note)
        if len(note) > MAX_NOTE:
            raise ReviewError(f"the note has {len(note):,} characters; a note holds at most {MAX_NOTE:,}")
        if old == note:
            self.said.append(f"#{incident_id} note unchanged")
            return
        self._write(incident_id, "note", note)
        self.record(incident_id, "review", "note", old, note)
        self.said.append(f"#{incident_id} note {'saved' if note else 'removed'}")

    def correct(self, incident_id: int, name: str, value: str | None) -> None:
        """Correct an incident's title or kind (None gives back the extractor's)."""
        old = self.values(incident_id)[name]
        if old == value:
            self.said.append(f"#{incident_id} {name} unchanged")
            return
        self._write(incident_id, name, value)
        self.record(incident_id, "edit", name, old, value)
        refresh_shown(self.db, incident_id)
        self.said.append(
            f"#{incident_id} {name} " + ("corrected" if value is not None else "back to the extracted one")
        )

    def correct_date(self, incident_id: int, value: DateValue | None) -> None:
        """Correct an incident's date (None gives back the extractor's)."""
        values = self.values(incident_id)
        old = date_text(values["date_start"], values["date_end"], values["precision"])
        new = value.shown() if value else None
        if old == new:
            self.said.append(f"#{incident_id} date unchanged")
            return
        review.ensure_review(self.db, incident_id)
        if value is None:
            review.set_date(self.db, incident_id, None, None, None)
        else:
            review.set_date(self.db, incident_id, value.start.isoformat(), value.end.isoformat(), value.precision)
        self.record(incident_id, "edit", "date", old, new)
        refresh_shown(self.db, incident_id)
        self.said.append(f"#{incident_id} date " + (f"set to {new}" if new else "back to the extracted one"))

    def change_actor(self, incident_id: int, actor_id: int, change: str | None) -> None:
        """Add an actor to an incident or remove one (``change``: add, remove, or None to undo either)."""
        self.values(incident_id)
        if review.actor_name(self.db, actor_id) is None:
            raise ReviewError(f"actor {actor_id} is no longer in the database (`incidents actors` lists them)")
        name = review.actor_name(self.db, actor_id) or ""
        old = review.actor_change(self.db, incident_id, actor_id)
        done = {"add": "added", "remove": "removed"}.get(change or "", "as extracted")
        if old == change:
            self.said.append(f"#{incident_id} actor {name!r} already {done}")
            return
        review.ensure_review(self.db, incident_id)
        self.actors_changed = True
        review.set_actor_change(self.db, incident_id, actor_id, change)
        self.record(incident_id, "edit", "actor", actor_text(old, actor_id, name), actor_text(change, actor_id, name))
        refresh_shown(self.db, incident_id)
        self.said.append(f"#{incident_id} actor {name!r} {done}")

    def actor_named(self, name: str) -> int:
        """The actor with this name or alias (any case), created as a new one when there is none."""
        found = queries.find_actor(self.db, name) or review.actor_like(self.db, name)
        if found is not None:
            return found[0]
        kind = "organisation" if set(name.lower().split()) & ORGANISATION_WORDS else "person"
        self.actors_changed = True
        actor_id = writes.insert_actor(self.db, name, kind, None)
        self.said.append(f"new actor {name!r} ({kind})")
        return actor_id

    # --- merge and split ----------------------------------------------------------------------

    def merge(self, keeper: int, others: Sequence[int]) -> None:
        """Fold other incidents into ``keeper``: every passage, tag and note; its title, date, kind and status stay."""
        others = [o for o in dict.fromkeys(others) if o != keeper]
        if not others:
            raise ReviewError("name at least two different incidents to merge")
        for incident_id in (keeper, *others):
            _must_exist(self.db, incident_id)
        chosen = queries.incident_detail(self.db, keeper)
        assert chosen is not None
        for other in others:
            self._fold(keeper, other)
        self._keep_choice(keeper, chosen)
        self.said.append(f"merged {', '.join(f'#{o}' for o in others)} into #{keeper}")

    def _fold(self, keeper: int, other: int) -> None:
        """Move another incident's passages, tags, actor corrections, star and note into ``keeper``, recorded."""
        self.actors_changed = True
        taken = self._snapshot(other)
        self.record(keeper, "merge", "merged", None, taken)
        self.record(other, "merge", "merged into", None, keeper)
        review.ensure_review(self.db, keeper)
        mine = self.values(keeper)
        have = set(review.tags_of(self.db, keeper))
        for tag in taken["tags"]:
            if tag not in have:
                review.add_tag(self.db, keeper, tag)
                self.record(keeper, "merge", "tag", None, tag)
        for actor_id, change, name in taken["actors"]:
            if review.actor_change(self.db, keeper, actor_id) is None:
                review.set_actor_change(self.db, keeper, actor_id, change)
                self.record(keeper, "merge", "actor", None, actor_text(change, actor_id, name))
        values = taken["review"]
        if values.get("starred") and not mine["starred"]:
            self._write(keeper, "starred", 1)
            self.record(keeper, "merge", "starred", 0, 1)
        if values.get("note") and values["note"] not in str(mine["note"]):
            note = "\n\n".join(n for n in (str(mine["note"]), str(values["note"])) if n)
            self._write(keeper, "note", note)
            self.record(keeper, "merge", "note", mine["note"], note)
        review.move_anchors(self.db, other, keeper)
        writes.merge_incidents(self.db, keeper, [other])
        review.pin(self.db, keeper)
        cluster.summarise(self.db, keeper)

    def _keep_choice(self, keeper: int, chosen: queries.IncidentDetail) -> None:
        """After a merge: the keeper's title, date and kind stay where the merged reports now say otherwise."""
        after = review.review_values(self.db, keeper)
        incident = queries.incident_detail(self.db, keeper)
        assert incident is not None
        for name in ("title", "kind"):
            if getattr(incident, name) != getattr(chosen, name):
                review.set_value(self.db, keeper, name, getattr(chosen, name))
                self.record(keeper, "merge", name, after[name], getattr(chosen, name))
        if (incident.date_start, incident.date_end) != (chosen.date_start, chosen.date_end):
            old = date_text(after["date_start"], after["date_end"], after["precision"])
            review.set_date(self.db, keeper, chosen.date_start, chosen.date_end, chosen.precision)
            self.record(keeper, "merge", "date", old, date_text(chosen.date_start, chosen.date_end, chosen.precision))
        refresh_shown(self.db, keeper)

    def rejoin(self, incident_id: int, split_off: int) -> None:
        """Take a split back: the split-off incident's reports return to the one they came from."""
        self.actors_changed = True
        _must_exist(self.db, split_off)
        review.move_anchors(self.db, split_off, incident_id)
        writes.merge_incidents(self.db, incident_id, [split_off])
        review.pin(self.db, incident_id)
        cluster.summarise(self.db, incident_id)
        refresh_shown(self.db, incident_id)
        self.record(incident_id, "undo", "rejoined", None, split_off)
        self.said.append(f"#{split_off} joined #{incident_id} again")

    def split(self, incident_id: int, evidence_ids: Sequence[int], new_id: int | None = None) -> int:
        """Make the reports holding these passages an incident of their own (``new_id`` when free); return its id."""
        _must_exist(self.db, incident_id)
        mention_ids = _mentions_of_passages(self.db, incident_id, evidence_ids)
        remaining = self.db.execute("SELECT count(*) FROM mentions WHERE incident_id = ?", [incident_id]).fetchone()[0]
        if len(mention_ids) >= remaining:
            raise ReviewError(
                f"those are every report of incident #{incident_id}; split off fewer passages (`incidents show"
                f" {incident_id}` lists them)"
            )
        self.actors_changed = True
        review.ensure_review(self.db, incident_id)  # pins every passage to it first
        new = _new_incident_from(self.db, mention_ids[0], new_id)
        writes.move_mentions(self.db, mention_ids, new)
        review.ensure_review(self.db, new)  # pins the moved passages to the new incident
        moved = review.spans_of(self.db, new)
        for target in (incident_id, new):
            cluster.summarise(self.db, target)
            refresh_shown(self.db, target)
        self.record(incident_id, "split", "split off", None, {"incident": new, "spans": moved})
        self.record(new, "split", "split from", None, incident_id)
        count = len(moved)
        self.said.append(f"split {count} passage{'s' if count != 1 else ''} off #{incident_id} as #{new}")
        return new

    # --- helpers ------------------------------------------------------------------------------

    def values(self, incident_id: int) -> dict[str, object]:
        """The incident's review columns (the defaults when it was never reviewed); nothing is written."""
        _must_exist(self.db, incident_id)
        return review.review_values(self.db, incident_id) or dict(review.BLANK)

    def _write(self, incident_id: int, column: str, value: object) -> None:
        review.ensure_review(self.db, incident_id)
        review.set_value(self.db, incident_id, column, value)

    def _snapshot(self, incident_id: int) -> dict[str, Any]:
        """What undoing a merge needs of an incident that goes: its id, passages (by text and span), review, tags."""
        return {
            "incident": incident_id,
            "spans": review.spans_of(self.db, incident_id),
            "review": review.review_values(self.db, incident_id),
            "tags": list(review.tags_of(self.db, incident_id)),
            "actors": review.actor_changes(self.db, incident_id),
        }


@contextmanager
def change(db: sqlite_utils.Database, user: str | None = None) -> Iterator[Change]:
    """One recorded user action: everything inside commits together, or nothing does.

    An incident the change left with nothing of the user's on it (every field back to its default,
    no merge or split) stops being a reviewed incident, as if it had never been touched.
    """
    with writes.transaction(db):
        done = Change(db, review.next_change(db), user or user_name())
        yield done
        for incident_id in done.incidents:
            review.drop_if_blank(db, incident_id)


def refresh_shown(db: sqlite_utils.Database, incident_id: int) -> None:
    """Show an incident as its mentions and the user's corrections make it (actors and search entry too)."""
    if db.execute("SELECT count(*) FROM mentions WHERE incident_id = ?", [incident_id]).fetchone()[0]:
        writes.rebuild_incident_actors(db, incident_id)
    review.show_machine_values(db, incident_id)
    review.show_corrections(db, incident_id)
    writes.refresh_incident_search(db, incident_id)


def _must_exist(db: sqlite_utils.Database, incident_id: int) -> None:
    if db.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone() is None:
        raise ReviewError(f"no incident {incident_id}; `incidents list` shows the ids")


def _mentions_of_passages(db: sqlite_utils.Database, incident_id: int, evidence_ids: Sequence[int]) -> list[int]:
    if not evidence_ids:
        raise ReviewError("name the passages to split off (their ids are shown by `incidents show ID`)")
    found: list[int] = []
    for evidence_id in evidence_ids:
        row = db.execute("SELECT incident_id, mention_id FROM evidence WHERE id = ?", [evidence_id]).fetchone()
        if row is None:
            raise ReviewError(f"no passage {evidence_id}; `incidents show {incident_id}` lists its passages")
        if row[0] != incident_id:
            raise ReviewError(f"passage {evidence_id} belongs to incident #{row[0]}, not #{incident_id}")
        if row[1] is not None and row[1] not in found:
            found.append(int(row[1]))
    return found


def _new_incident_from(db: sqlite_utils.Database, mention_id: int, incident_id: int | None) -> int:
    row = db.execute(
        "SELECT date_start, date_end, precision, date_note, title, kind, location FROM mentions WHERE id = ?",
        [mention_id],
    ).fetchone()
    from datetime import date

    when = writes.IncidentDate(date.fromisoformat(row[0]), date.fromisoformat(row[1]), row[2], row[3])
    free = (
        incident_id is not None and db.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone() is None
    )
    return writes.create_incident(db, when, row[4], row[5], row[6], incident_id if free else None)


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True)


def date_text(start: object, end: object, precision: object) -> str | None:
    """A date as the history records it: "2018-06-19 (day)", "2018-06-01..2018-06-30 (month)"."""
    if start is None:
        return None
    span = str(start) if start == end else f"{start}..{end}"
    return f"{span} ({precision})"


def actor_text(change: str | None, actor_id: int, name: str) -> str | None:
    """ "add:12:Ana Ruiz": what undo needs (the change and the id), and the name for the history."""
    return f"{change}:{actor_id}:{name}" if change else None
