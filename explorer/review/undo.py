"""Undo a recorded change: every field it touched goes back, a merge is split again, a split merged back."""

from __future__ import annotations

import json
import re

import sqlite_utils

from db import review
from db.review import HistoryRow
from explorer.review.actions import Change, change
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


def _revert(done: Change, row: HistoryRow) -> None:
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
        done.correct_date(incident, _date_value(row.old))
    elif row.field == "actor":
        actor = row.new or row.old or ""
        done.change_actor(incident, int(actor.split(":")[1]), row.old.split(":")[0] if row.old else None)
    elif row.field == "merged":
        _unmerge(done, incident, json.loads(row.new or "{}"))
    elif row.field == "split off":
        split = json.loads(row.new or "{}")
        if done.db.execute("SELECT 1 FROM incidents WHERE id = ?", [split["incident"]]).fetchone() is None:
            raise ReviewError(f"incident #{split['incident']} split off #{incident} is gone; nothing to merge back")
        done.merge(incident, [int(split["incident"])])


def _unmerge(done: Change, keeper: int, taken: dict[str, object]) -> None:
    """Split the passages a merge brought in off again, with the review they had."""
    wanted = [int(e) for e in taken.get("evidence", [])]  # type: ignore[attr-defined]
    still = [
        e for e in wanted
        if done.db.execute("SELECT 1 FROM evidence WHERE id = ? AND incident_id = ?", [e, keeper]).fetchone()
    ]  # fmt: skip
    if not still:
        raise ReviewError(f"the passages merged into #{keeper} have been re-imported since; split them off by hand")
    new = done.split(keeper, still)
    values = taken.get("review") or {}
    assert isinstance(values, dict)
    if values.get("status"):
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
        done.correct_date(new, _date_value(f"{start}..{end} ({values['precision']})"))
    for tag in taken.get("tags", []):  # type: ignore[attr-defined]
        done.tag(new, str(tag))


def _date_value(text: str | None) -> DateValue | None:
    if not text:
        return None
    match = _DATE.match(text)
    if match is None:
        raise ReviewError(f"cannot read the recorded date {text!r}")
    from datetime import date

    start = date.fromisoformat(match.group(1))
    end = date.fromisoformat(match.group(2) or match.group(1))
    return DateValue(start, end, match.group(3) or precision_of(start, end))
