"""Undo a recorded change: every field it touched goes back, a merge is split again, a split joined again.

A change is only undone while what it set is still there: a field changed again since, or an
incident merged away since, is reported (undo the later change first), never silently overwritten.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import sqlite_utils

from db import review
from db.review import HistoryRow
from explorer.review.actions import Change, actor_text, change, date_text
from explorer.review.model import DateValue, ReviewError, precision_of

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))? \((\w+)\)$")


def undo(db: sqlite_utils.Database, change_id: int, user: str | None = None) -> Change:
    """Take back one change (as a new change of its own, so the history keeps both)."""
    rows = review.change_rows(db, change_id)
    if not rows:
        raise ReviewError(f"no change {change_id} in the history")
    if rows[0].undone:
        raise ReviewError(f"change {change_id} was already undone")
    with change(db, user) as done:
        for row in reversed(rows):
            _revert(done, row)
        review.mark_undone(db, change_id)
        done.record(rows[0].incident_id, "undo", "undid", None, str(change_id))
        done.said.insert(0, f"undid change {change_id}")
    return done


def _current(done: Change, row: HistoryRow) -> str | None:
    """What the field a history row changed holds now, as the history writes it."""
    values = done.values(row.incident_id)
    if row.field == "date":
        return date_text(values["date_start"], values["date_end"], values["precision"])
    if row.field == "starred":
        return str(int(bool(values["starred"])))
    if row.field == "tag":
        tag = row.new or row.old or ""
        return tag if tag in review.tags_of(done.db, row.incident_id) else None
    if row.field == "actor":
        actor_id = int((row.new or row.old or "::").split(":")[1])
        name = review.actor_name(done.db, actor_id) or ""
        return actor_text(review.actor_change(done.db, row.incident_id, actor_id), actor_id, name)
    value = values.get(row.field)
    return None if value is None else str(value)


def _still(done: Change, row: HistoryRow) -> None:
    """Refuse to undo a row whose incident is gone, or whose field was changed again since."""
    if done.db.execute("SELECT 1 FROM incidents WHERE id = ?", [row.incident_id]).fetchone() is None:
        raise ReviewError(
            f"incident #{row.incident_id} is gone (merged into another or removed since change {row.change_id});"
            " undo the later changes first (`incidents history` lists them)"
        )
    if row.field in ("status", "starred", "note", "title", "kind", "date", "tag", "actor"):
        later = _later_change(done, row)
        now, then = _current(done, row), row.new
        if row.field == "actor" and now and then:  # the actor's name may have changed; compare the change and id
            now, then = ":".join(now.split(":")[:2]), ":".join(then.split(":")[:2])
        if later is not None or (now or "") != (then or ""):
            what = "star" if row.field == "starred" else row.field
            since = f"change {later}" if later is not None else "a later change"
            raise ReviewError(
                f"the {what} of #{row.incident_id} was changed again after change {row.change_id} ({since});"
                f" undo that first (`incidents history {row.incident_id}` lists the changes)"
            )


def _later_change(done: Change, row: HistoryRow) -> int | None:
    """A later change, still in force, of the same field of the same incident (the same tag, the same actor)."""
    undos = review.undo_changes(done.db)  # what an undo put back is not a later change of the user's
    same = (row.new or row.old or "").split(":")[:2] if row.field == "actor" else (row.new or row.old)
    for later in review.history_of(done.db, row.incident_id):
        if later.change_id <= row.change_id or later.change_id == done.change_id or later.undone:
            continue
        if later.change_id in undos or later.field != row.field:
            continue
        value = (later.new or later.old or "").split(":")[:2] if row.field == "actor" else (later.new or later.old)
        if row.field not in ("tag", "actor") or value == same:
            return later.change_id
    return None


def _revert(done: Change, row: HistoryRow) -> None:
    if row.field in ("merged into", "split from", "undid", "rejoined"):
        return  # the other side of a merge or split, or a note of what an undo did
    _still(done, row)
    incident = row.incident_id
    if row.field == "status":
        done.set_status(incident, row.old or "unreviewed")
    elif row.field == "starred":
        done.set_star(incident, row.old == "1")
    elif row.field == "note":
        done.set_note(incident, row.old or "")
    elif row.field == "tag":
        done.tag(incident, row.new or row.old or "", present=row.new is None)
    elif row.field in ("title", "kind"):
        done.correct(incident, row.field, row.old)
    elif row.field == "date":
        done.correct_date(incident, date_value(row.old))
    elif row.field == "actor":
        actor = row.new or row.old or ""
        done.change_actor(incident, int(actor.split(":")[1]), row.old.split(":")[0] if row.old else None)
    elif row.field == "merged":
        _unmerge(done, incident, json.loads(row.new or "{}"))
    elif row.field == "split off":
        split_off = int(json.loads(row.new or "{}")["incident"])
        if done.db.execute("SELECT 1 FROM incidents WHERE id = ?", [split_off]).fetchone() is None:
            raise ReviewError(f"incident #{split_off} split off #{incident} is gone; nothing to join again")
        later = [r for r in review.history_of(done.db, split_off) if r.change_id > row.change_id and not r.undone]
        if later:
            raise ReviewError(
                f"#{split_off} was changed after the split (change {later[0].change_id}); undo that first,"
                f" or merge it back with `incidents merge {incident} {split_off}`"
            )
        done.rejoin(incident, split_off)


def _unmerge(done: Change, keeper: int, taken: dict[str, Any]) -> None:
    """Split the passages a merge brought in off again, under the incident's own id, with the review it had."""
    still = review.evidence_at(done.db, keeper, taken.get("spans", []))
    if not still:
        raise ReviewError(f"the passages merged into #{keeper} are no longer in it; split them off by hand")
    new = done.split(keeper, still, new_id=int(taken["incident"]))
    values = taken.get("review") or {}
    if values.get("status") and values["status"] != "unreviewed":
        done.set_status(new, str(values["status"]))
    if values.get("starred"):
        done.set_star(new, True)
    if values.get("note"):
        done.set_note(new, str(values["note"]))
    for name in ("title", "kind"):
        if values.get(name):
            done.correct(new, name, str(values[name]))
    if values.get("date_start"):
        start, end = str(values["date_start"]), str(values["date_end"])
        done.correct_date(new, date_value(f"{start}..{end} ({values['precision']})"))
    for tag in taken.get("tags", []):
        done.tag(new, str(tag))
    for actor_id, kind, _name in taken.get("actors", []):
        if review.actor_name(done.db, int(actor_id)) is not None:
            done.change_actor(new, int(actor_id), str(kind))


def date_value(text: str | None) -> DateValue | None:
    """A date as the history recorded it, read back ("2018-06-01..2018-06-30 (month)")."""
    if not text:
        return None
    match = _DATE.match(text)
    if match is None:
        raise ReviewError(f"cannot read the recorded date {text!r}")
    start = date.fromisoformat(match.group(1))
    end = date.fromisoformat(match.group(2) or match.group(1))
    return DateValue(start, end, match.group(3) or precision_of(start, end))
