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
from explorer.ingest import cluster
from explorer.review.model import DateValue, ReviewError, clean_note


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

    def record(self, incident_id: int, action: str, name: str, old: object, new: object) -> None:
        """Record one changed field in the history."""
        review.record(self.db, self.change_id, incident_id, self.user, action, name, _text(old), _text(new))
        if incident_id not in self.incidents:
            self.incidents.append(incident_id)

    # --- fields -------------------------------------------------------------------------------

    def set_status(self, incident_id: int, status: str) -> None:
        """Mark an incident verified, disputed, rejected or unreviewed."""
        old = self._start(incident_id)["status"]
        if old != status:
            review.set_value(self.db, incident_id, "status", status)
            self.record(incident_id, "review", "status", old, status)
        self.said.append(f"#{incident_id} {status}")

    def set_star(self, incident_id: int, starred: bool) -> None:
        """Star an incident, or take its star away."""
        old = bool(self._start(incident_id)["starred"])
        if old != starred:
            review.set_value(self.db, incident_id, "starred", int(starred))
            self.record(incident_id, "review", "starred", int(old), int(starred))
        self.said.append(f"#{incident_id} {'starred' if starred else 'not starred'}")

    def tag(self, incident_id: int, tag: str, present: bool = True) -> None:
        """Add a tag to an incident (or remove it, with ``present`` False)."""
        self._start(incident_id)
        changed = review.add_tag(self.db, incident_id, tag) if present else review.remove_tag(self.db, incident_id, tag)
        if changed:
            self.record(incident_id, "review", "tag", None if present else tag, tag if present else None)
        verb = "tagged" if present else "untagged"
        self.said.append(f"#{incident_id} {verb} {tag!r}" + ("" if changed else " (no change)"))

    def set_note(self, incident_id: int, note: str) -> None:
        """Replace an incident's note (an empty one removes it)."""
        old = self._start(incident_id)["note"]
        note = clean_note(note)
        if old != note:
            review.set_value(self.db, incident_id, "note", note)
            self.record(incident_id, "review", "note", old, note)
        self.said.append(f"#{incident_id} note {'saved' if note else 'removed'}")

    def correct(self, incident_id: int, name: str, value: str | None) -> None:
        """Correct an incident's title or kind (None gives back the extractor's)."""
        old = self._start(incident_id)[name]
        if old != value:
            review.set_value(self.db, incident_id, name, value)
            self.record(incident_id, "edit", name, old, value)
            refresh_shown(self.db, incident_id)
        self.said.append(f"#{incident_id} {name} " + ("corrected" if value is not None else "as extracted"))

    def correct_date(self, incident_id: int, value: DateValue | None) -> None:
        """Correct an incident's date (None gives back the extractor's)."""
        values = self._start(incident_id)
        old = _date_text(values["date_start"], values["date_end"], values["precision"])
        new = value.shown() if value else None
        if old != new:
            if value is None:
                review.set_date(self.db, incident_id, None, None, None)
            else:
                review.set_date(self.db, incident_id, value.start.isoformat(), value.end.isoformat(), value.precision)
            self.record(incident_id, "edit", "date", old, new)
            refresh_shown(self.db, incident_id)
        self.said.append(f"#{incident_id} date " + (f"set to {new}" if new else "as extracted"))

    def change_actor(self, incident_id: int, actor_id: int, change: str | None) -> None:
        """Add an actor to an incident or remove one (``change``: add, remove, or None to undo either)."""
        self._start(incident_id)
        old = review.actor_change(self.db, incident_id, actor_id)
        if old != change:
            review.set_actor_change(self.db, incident_id, actor_id, change)
            name = _actor_name(self.db, actor_id)
            self.record(incident_id, "edit", "actor", _actor(old, actor_id, name), _actor(change, actor_id, name))
            refresh_shown(self.db, incident_id)
        name = _actor_name(self.db, actor_id)
        self.said.append(
            f"#{incident_id} actor {name!r} " + {"add": "added", "remove": "removed"}.get(change or "", "as extracted")
        )

    # --- merge and split ----------------------------------------------------------------------

    def merge(self, keeper: int, others: Sequence[int]) -> None:
        """Fold other incidents into ``keeper``: every passage, tag and note; the keeper's title, date and kind stay."""
        others = [o for o in dict.fromkeys(others) if o != keeper]
        if not others:
            raise ReviewError("name at least two different incidents to merge")
        for incident_id in (keeper, *others):
            _must_exist(self.db, incident_id)
        chosen = queries.incident_detail(self.db, keeper)
        assert chosen is not None
        before = self._start(keeper)
        status, starred, notes = str(before["status"]), bool(before["starred"]), [str(before["note"])]
        for other in others:
            taken = self._snapshot(other)
            self.record(keeper, "merge", "merged", None, taken)
            self.record(other, "merge", "merged into", None, keeper)
            values = taken["review"]
            status = status if status != "unreviewed" else str(values.get("status") or "unreviewed")
            starred = starred or bool(values.get("starred"))
            if values.get("note") and values["note"] not in notes:
                notes.append(str(values["note"]))
            review.absorb(self.db, keeper, other)
            writes.merge_incidents(self.db, keeper, [other])
        review.pin(self.db, keeper)
        cluster.summarise(self.db, keeper)
        self._keep_choice(keeper, chosen, status, starred, "\n\n".join(n for n in notes if n))
        self.said.append(f"merged {', '.join(f'#{o}' for o in others)} into #{keeper}")

    def _keep_choice(self, keeper: int, chosen: queries.IncidentDetail, status: str, starred: bool, note: str) -> None:
        """After a merge: the status, star and note gathered, the keeper's title and date kept where they now differ."""
        after = review.review_values(self.db, keeper)
        for name, value in (("status", status), ("starred", int(starred)), ("note", note)):
            if after[name] != value:
                review.set_value(self.db, keeper, name, value)
                self.record(keeper, "merge", name, after[name], value)
        incident = queries.incident_detail(self.db, keeper)
        assert incident is not None
        if incident.title != chosen.title:
            self.record(keeper, "merge", "title", after["title"], chosen.title)
            review.set_value(self.db, keeper, "title", chosen.title)
        if incident.kind != chosen.kind:
            self.record(keeper, "merge", "kind", after["kind"], chosen.kind)
            review.set_value(self.db, keeper, "kind", chosen.kind)
        if (incident.date_start, incident.date_end) != (chosen.date_start, chosen.date_end):
            old = _date_text(after["date_start"], after["date_end"], after["precision"])
            review.set_date(self.db, keeper, chosen.date_start, chosen.date_end, chosen.precision)
            self.record(keeper, "merge", "date", old, _date_text(chosen.date_start, chosen.date_end, chosen.precision))
        refresh_shown(self.db, keeper)

    def split(self, incident_id: int, evidence_ids: Sequence[int]) -> int:
        """Make the reports holding these passages an incident of their own; return its id."""
        _must_exist(self.db, incident_id)
        mention_ids = _mentions_of_passages(self.db, incident_id, evidence_ids)
        remaining = self.db.execute("SELECT count(*) FROM mentions WHERE incident_id = ?", [incident_id]).fetchone()[0]
        if len(mention_ids) >= remaining:
            raise ReviewError(
                f"those are every report of incident #{incident_id}; split off fewer passages (`incidents show"
                f" {incident_id}` lists them)"
            )
        self._start(incident_id)
        new = _new_incident_from(self.db, mention_ids[0])
        writes.move_mentions(self.db, mention_ids, new)
        review.ensure_review(self.db, new)  # pins the moved passages to the new incident
        moved = [r[0] for r in self.db.execute("SELECT id FROM evidence WHERE incident_id = ? ORDER BY id", [new])]
        for target in (incident_id, new):
            cluster.summarise(self.db, target)
            refresh_shown(self.db, target)
        self.record(incident_id, "split", "split off", None, {"incident": new, "evidence": moved})
        self.record(new, "split", "split from", None, incident_id)
        self.said.append(f"split {len(moved)} passage{'s' if len(moved) != 1 else ''} off #{incident_id} as #{new}")
        return new

    # --- helpers ------------------------------------------------------------------------------

    def _start(self, incident_id: int) -> dict[str, object]:
        """The incident's review columns, its review started (and its passages pinned) first."""
        _must_exist(self.db, incident_id)
        review.ensure_review(self.db, incident_id)
        return review.review_values(self.db, incident_id)

    def _snapshot(self, incident_id: int) -> dict[str, Any]:
        """What undoing a merge needs of an incident that goes: its passages, review and tags."""
        evidence = [r[0] for r in self.db.execute("SELECT id FROM evidence WHERE incident_id = ? ORDER BY id",
                                                  [incident_id])]  # fmt: skip
        return {
            "incident": incident_id,
            "evidence": evidence,
            "review": review.review_values(self.db, incident_id),
            "tags": list(review.tags_of(self.db, incident_id)),
        }


@contextmanager
def change(db: sqlite_utils.Database, user: str | None = None) -> Iterator[Change]:
    """One recorded user action: everything inside commits together, or nothing does."""
    with writes.transaction(db):
        yield Change(db, review.next_change(db), user or user_name())


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


def _new_incident_from(db: sqlite_utils.Database, mention_id: int) -> int:
    row = db.execute(
        "SELECT date_start, date_end, precision, date_note, title, kind, location FROM mentions WHERE id = ?",
        [mention_id],
    ).fetchone()
    from datetime import date

    when = writes.IncidentDate(date.fromisoformat(row[0]), date.fromisoformat(row[1]), row[2], row[3])
    return writes.create_incident(db, when, row[4], row[5], row[6])


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True)


def _date_text(start: object, end: object, precision: object) -> str | None:
    if start is None:
        return None
    span = str(start) if start == end else f"{start}..{end}"
    return f"{span} ({precision})"


def _actor(change: str | None, actor_id: int, name: str) -> str | None:
    """ "add:12:Ana Ruiz": what undo needs (the change and the id), and the name for the history."""
    return f"{change}:{actor_id}:{name}" if change else None


def _actor_name(db: sqlite_utils.Database, actor_id: int) -> str:
    row = db.execute("SELECT name FROM actors WHERE id = ?", [actor_id]).fetchone()
    return str(row[0]) if row else f"actor {actor_id}"
