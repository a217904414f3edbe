"""The user's review of the chronology, stored: statuses, stars, tags, notes, corrections, pins and history.

A reviewed incident is pinned to its passages (``anchors``: document hash and span), which is what
carries the user's work through re-imports: a passage re-derived from the same text finds its way
back to the incident it was pinned to. Parameterised SQL only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

STATUSES = ("unreviewed", "verified", "disputed", "rejected")
BLANK = {"status": "unreviewed", "starred": 0, "note": "", "title": None, "date_start": None, "date_end": None,
         "precision": None, "kind": None}  # fmt: skip
"""The review columns of an incident nobody has touched."""
CORRECTABLE = ("title", "date", "kind")


@dataclass(frozen=True)
class Correction:
    """A field the user corrected: the value they gave and what the extractor says."""

    field: str
    value: str
    machine: str


@dataclass(frozen=True)
class Review:
    """Everything the user has said about one incident."""

    incident_id: int
    status: str = "unreviewed"
    starred: bool = False
    note: str = ""
    tags: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()
    added_actors: tuple[str, ...] = ()
    removed_actors: tuple[str, ...] = ()
    orphaned: bool = False

    def corrected(self, field: str) -> Correction | None:
        """The correction of one field, if the user made one."""
        return next((c for c in self.corrections if c.field == field), None)


@dataclass(frozen=True)
class HistoryRow:
    """One recorded change of one field of one incident."""

    id: int
    change_id: int
    incident_id: int
    at: str
    user: str
    action: str
    field: str
    old: str | None
    new: str | None
    undone: bool


def _history(r: tuple[object, ...]) -> HistoryRow:
    return HistoryRow(
        id=int(r[0]), change_id=int(r[1]), incident_id=int(r[2]), at=str(r[3]), user=str(r[4]),  # type: ignore[call-overload]
        action=str(r[5]), field=str(r[6]), old=None if r[7] is None else str(r[7]),
        new=None if r[8] is None else str(r[8]), undone=bool(r[9]),
    )  # fmt: skip


def now() -> str:
    """The time a change is recorded at (UTC, to the second)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _span(start: str, end: str, precision: str) -> str:
    return f"{start}..{end} ({precision})" if start != end else f"{start} ({precision})"


# --- reading -------------------------------------------------------------------------------------


def review_of(db: sqlite_utils.Database, incident_id: int) -> Review | None:
    """The user's review of an incident, or None when they have not touched it."""
    row = db.execute(
        "SELECT status, starred, note, title, date_start, date_end, precision, kind, machine_title,"
        " machine_date_start, machine_date_end, machine_precision, machine_kind, orphaned"
        " FROM reviews WHERE incident_id = ?",
        [incident_id],
    ).fetchone()
    if row is None:
        return None
    corrections = []
    if row[3] is not None:
        corrections.append(Correction("title", row[3], row[8]))
    if row[4] is not None:
        corrections.append(Correction("date", _span(row[4], row[5], row[6]), _span(row[9], row[10], row[11])))
    if row[7] is not None:
        corrections.append(Correction("kind", row[7], row[12]))
    actors = db.execute(
        "SELECT a.name, ra.change FROM review_actors ra JOIN actors a ON a.id = ra.actor_id"
        " WHERE ra.incident_id = ? ORDER BY a.name",
        [incident_id],
    ).fetchall()
    return Review(
        incident_id=incident_id, status=row[0], starred=bool(row[1]), note=row[2], tags=tags_of(db, incident_id),
        corrections=tuple(corrections), added_actors=tuple(n for n, c in actors if c == "add"),
        removed_actors=tuple(n for n, c in actors if c == "remove"), orphaned=bool(row[13]),
    )  # fmt: skip


def tags_of(db: sqlite_utils.Database, incident_id: int) -> tuple[str, ...]:
    """An incident's tags, in alphabetical order."""
    rows = db.execute("SELECT tag FROM review_tags WHERE incident_id = ? ORDER BY tag", [incident_id])
    return tuple(r[0] for r in rows)


def tag_counts(db: sqlite_utils.Database) -> list[tuple[str, int]]:
    """Every tag in use with how many incidents carry it."""
    rows = db.execute("SELECT tag, count(*) FROM review_tags GROUP BY tag ORDER BY tag")
    return [(r[0], int(r[1])) for r in rows]


def reviewed_among(db: sqlite_utils.Database, incident_ids: Sequence[int]) -> set[int]:
    """Which of these incidents the user has reviewed (they are never joined to each other by an import)."""
    if not incident_ids:
        return set()
    marks = ", ".join("?" for _ in incident_ids)
    rows = db.execute(f"SELECT incident_id FROM reviews WHERE incident_id IN ({marks})", list(incident_ids))
    return {int(r[0]) for r in rows}


def is_reviewed(db: sqlite_utils.Database, incident_id: int) -> bool:
    """True when the user has a review of the incident."""
    return bool(reviewed_among(db, [incident_id]))


_HISTORY = "SELECT id, change_id, incident_id, at, user, action, field, old, new, undone FROM history"


def history_of(db: sqlite_utils.Database, incident_id: int) -> list[HistoryRow]:
    """Every recorded change of an incident, oldest first."""
    return [_history(r) for r in db.execute(f"{_HISTORY} WHERE incident_id = ? ORDER BY id", [incident_id])]


def change_rows(db: sqlite_utils.Database, change_id: int) -> list[HistoryRow]:
    """The rows one change recorded, in the order they were made."""
    return [_history(r) for r in db.execute(f"{_HISTORY} WHERE change_id = ? ORDER BY id", [change_id])]


# --- pins: what keeps the user's work through re-imports -----------------------------------------


def anchors_of_document(db: sqlite_utils.Database, document_sha: str) -> list[tuple[int, int, int]]:
    """(start, end, incident id) of every pinned passage of a document's text."""
    rows = db.execute(
        "SELECT start, end, incident_id FROM anchors WHERE document_sha = ? ORDER BY start", [document_sha]
    )
    return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]


def anchored_mentions(db: sqlite_utils.Database, incident_id: int) -> set[int]:
    """The incident's mentions that hold a passage pinned to it (the user's work keeps them together)."""
    rows = db.execute(
        "SELECT DISTINCT e.mention_id FROM evidence e JOIN documents d ON d.id = e.document_id"
        " JOIN anchors a ON a.document_sha = d.sha256 AND a.incident_id = ? AND e.start < a.end AND a.start < e.end"
        " WHERE e.incident_id = ? AND e.mention_id IS NOT NULL",
        [incident_id, incident_id],
    )
    return {int(r[0]) for r in rows}


def pin(db: sqlite_utils.Database, incident_id: int, evidence_ids: Iterable[int] | None = None) -> None:
    """Pin passages to an incident (all of its passages when ``evidence_ids`` is None)."""
    sql = (
        "INSERT INTO anchors (document_sha, start, end, incident_id)"
        " SELECT d.sha256, e.start, e.end, ? FROM evidence e JOIN documents d ON d.id = e.document_id"
        " WHERE {where} ON CONFLICT (document_sha, start, end) DO UPDATE SET incident_id = excluded.incident_id"
    )
    if evidence_ids is None:
        db.execute(sql.format(where="e.incident_id = ?"), [incident_id, incident_id])
        return
    for evidence_id in evidence_ids:
        db.execute(sql.format(where="e.id = ?"), [incident_id, evidence_id])


def spans_of(db: sqlite_utils.Database, incident_id: int) -> list[list[object]]:
    """Every passage of an incident as [document hash, start, end]: what stays true through re-imports."""
    rows = db.execute(
        "SELECT d.sha256, e.start, e.end FROM evidence e JOIN documents d ON d.id = e.document_id"
        " WHERE e.incident_id = ? ORDER BY d.sha256, e.start",
        [incident_id],
    )
    return [[r[0], int(r[1]), int(r[2])] for r in rows]


def evidence_at(db: sqlite_utils.Database, incident_id: int, spans: Sequence[Sequence[object]]) -> list[int]:
    """The ids of an incident's passages that lie at these [document hash, start, end] spans now."""
    found: list[int] = []
    for sha, start, end in spans:
        row = db.execute(
            "SELECT e.id FROM evidence e JOIN documents d ON d.id = e.document_id"
            " WHERE e.incident_id = ? AND d.sha256 = ? AND e.start = ? AND e.end = ?",
            [incident_id, sha, start, end],
        ).fetchone()
        if row is not None:
            found.append(int(row[0]))
    return found


def report_size(db: sqlite_utils.Database, evidence_id: int) -> int:
    """How many passages the report (mention) holding this passage has: what splitting it moves."""
    row = db.execute(
        "SELECT count(*) FROM evidence WHERE mention_id = (SELECT mention_id FROM evidence WHERE id = ?)", [evidence_id]
    ).fetchone()
    return max(1, int(row[0]))


def move_anchors(db: sqlite_utils.Database, source: int, target: int) -> None:
    """Give every pin of one incident to another (a merge)."""
    db.execute("UPDATE anchors SET incident_id = ? WHERE incident_id = ?", [target, source])


# --- writing -------------------------------------------------------------------------------------


def ensure_review(db: sqlite_utils.Database, incident_id: int) -> None:
    """Start the review of an incident (its passages pinned, the extractor's values kept), if not started."""
    db.execute(
        "INSERT INTO reviews (incident_id, machine_title, machine_date_start, machine_date_end, machine_precision,"
        " machine_kind, machine_date_note, updated_at)"
        " SELECT id, title, date_start, date_end, precision, kind, date_note, ? FROM incidents"
        " WHERE id = ? ON CONFLICT (incident_id) DO NOTHING",
        [now(), incident_id],
    )
    pin(db, incident_id)


def set_value(db: sqlite_utils.Database, incident_id: int, column: str, value: object) -> None:
    """Set one review column (status, starred, note, or a correction: title, kind)."""
    if column not in ("status", "starred", "note", "title", "kind", "orphaned"):
        raise ValueError(f"not a review column: {column}")
    db.execute(f"UPDATE reviews SET {column} = ?, updated_at = ? WHERE incident_id = ?", [value, now(), incident_id])


def set_date(db: sqlite_utils.Database, incident_id: int, start: str | None, end: str | None, precision: str | None
             ) -> None:  # fmt: skip
    """Set (or, with None, clear) the user's date for an incident."""
    db.execute(
        "UPDATE reviews SET date_start = ?, date_end = ?, precision = ?, updated_at = ? WHERE incident_id = ?",
        [start, end, precision, now(), incident_id],
    )


def review_values(db: sqlite_utils.Database, incident_id: int) -> dict[str, object]:
    """The raw review columns of an incident, for recording and undoing changes."""
    row = db.execute(
        "SELECT status, starred, note, title, date_start, date_end, precision, kind FROM reviews WHERE incident_id = ?",
        [incident_id],
    ).fetchone()
    keys = ("status", "starred", "note", "title", "date_start", "date_end", "precision", "kind")
    return dict(zip(keys, row, strict=True)) if row else {}


def add_tag(db: sqlite_utils.Database, incident_id: int, tag: str) -> bool:
    """Tag an incident; False when it already had the tag."""
    cursor = db.execute("INSERT OR IGNORE INTO review_tags (incident_id, tag) VALUES (?, ?)", [incident_id, tag])
    return bool(cursor.rowcount)


def remove_tag(db: sqlite_utils.Database, incident_id: int, tag: str) -> bool:
    """Remove a tag; False when the incident did not have it."""
    cursor = db.execute("DELETE FROM review_tags WHERE incident_id = ? AND tag = ?", [incident_id, tag])
    return bool(cursor.rowcount)


def set_actor_change(db: sqlite_utils.Database, incident_id: int, actor_id: int, change: str | None) -> None:
    """Record that the user added or removed an actor (None forgets the correction)."""
    db.execute("DELETE FROM review_actors WHERE incident_id = ? AND actor_id = ?", [incident_id, actor_id])
    if change is not None:
        db.execute(
            "INSERT INTO review_actors (incident_id, actor_id, change) VALUES (?, ?, ?)",
            [incident_id, actor_id, change],
        )


def actor_changes(db: sqlite_utils.Database, incident_id: int) -> list[tuple[int, str, str]]:
    """(actor id, add or remove, name) of every actor correction of an incident."""
    rows = db.execute(
        "SELECT ra.actor_id, ra.change, a.name FROM review_actors ra JOIN actors a ON a.id = ra.actor_id"
        " WHERE ra.incident_id = ? ORDER BY ra.actor_id",
        [incident_id],
    )
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def actor_name(db: sqlite_utils.Database, actor_id: int) -> str | None:
    """An actor's name, or None when there is no such actor."""
    row = db.execute("SELECT name FROM actors WHERE id = ?", [actor_id]).fetchone()
    return str(row[0]) if row else None


def actor_like(db: sqlite_utils.Database, name: str) -> tuple[int, str] | None:
    """The actor whose name or alias is ``name`` in any case."""
    row = db.execute(
        "SELECT id, name FROM actors WHERE name = ? COLLATE NOCASE UNION ALL SELECT a.id, a.name FROM aliases al"
        " JOIN actors a ON a.id = al.actor_id WHERE al.alias = ? COLLATE NOCASE LIMIT 1",
        [name, name],
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def drop_if_blank(db: sqlite_utils.Database, incident_id: int) -> None:
    """Forget the review of an incident that holds nothing of the user's any more (and was never merged or split).

    It is then an ordinary incident again: imports may join it to others, and it goes when its
    documents do.
    """
    values = review_values(db, incident_id)
    if not values or any(values[k] != v for k, v in BLANK.items()):
        return
    kept = db.execute(
        "SELECT (SELECT count(*) FROM review_tags WHERE incident_id = ?) + (SELECT count(*) FROM review_actors"
        " WHERE incident_id = ?) + (SELECT count(*) FROM history WHERE incident_id = ? AND undone = 0"
        " AND action IN ('merge', 'split'))",
        [incident_id, incident_id, incident_id],
    ).fetchone()[0]
    if not kept:
        db.execute("DELETE FROM anchors WHERE incident_id = ?", [incident_id])
        db.execute("DELETE FROM reviews WHERE incident_id = ?", [incident_id])


def actor_change(db: sqlite_utils.Database, incident_id: int, actor_id: int) -> str | None:
    """``add``, ``remove`` or None: what the user did to an actor of an incident."""
    row = db.execute(
        "SELECT change FROM review_actors WHERE incident_id = ? AND actor_id = ?", [incident_id, actor_id]
    ).fetchone()
    return row[0] if row else None


def absorb(db: sqlite_utils.Database, keeper: int, other: int) -> None:
    """Give another incident's tags, actor corrections and pins to ``keeper`` (before the other goes)."""
    db.execute(
        "INSERT OR IGNORE INTO review_tags (incident_id, tag) SELECT ?, tag FROM review_tags WHERE incident_id = ?",
        [keeper, other],
    )
    db.execute(
        "INSERT OR IGNORE INTO review_actors (incident_id, actor_id, change)"
        " SELECT ?, actor_id, change FROM review_actors WHERE incident_id = ?",
        [keeper, other],
    )
    move_anchors(db, other, keeper)


def apply_corrections(db: sqlite_utils.Database, incident_id: int) -> None:
    """After an incident is summarised from its mentions: keep what the extractor says, then show the user's values.

    The incident row shows the user's title, date and kind where they gave one; the extractor's
    current values are kept beside them; actors the user added or removed stay added or removed.
    """
    db.execute(
        "UPDATE reviews SET (machine_title, machine_date_start, machine_date_end, machine_precision, machine_kind,"
        " machine_date_note) = (SELECT title, date_start, date_end, precision, kind, date_note FROM incidents"
        " WHERE id = ?),"
        " orphaned = (SELECT count(*) = 0 FROM mentions WHERE incident_id = ?) WHERE incident_id = ?",
        [incident_id, incident_id, incident_id],
    )
    show_corrections(db, incident_id)


def show_corrections(db: sqlite_utils.Database, incident_id: int) -> None:
    """Put the user's corrected values on the incident row and its actor list."""
    db.execute(
        "UPDATE incidents SET title = coalesce(r.title, incidents.title), kind = coalesce(r.kind, incidents.kind),"
        " date_start = coalesce(r.date_start, incidents.date_start), date_end = coalesce(r.date_end, incidents.date_end),"
        " precision = coalesce(r.precision, incidents.precision),"
        " date_note = CASE WHEN r.date_start IS NULL THEN incidents.date_note ELSE 'date corrected by hand' END"
        " FROM reviews r WHERE r.incident_id = incidents.id AND incidents.id = ?",
        [incident_id],
    )
    db.execute(
        "DELETE FROM incident_actors WHERE incident_id = ? AND actor_id IN"
        " (SELECT actor_id FROM review_actors WHERE incident_id = ? AND change = 'remove')",
        [incident_id, incident_id],
    )
    db.execute(
        "INSERT OR IGNORE INTO incident_actors (incident_id, actor_id, role)"
        " SELECT incident_id, actor_id, NULL FROM review_actors WHERE incident_id = ? AND change = 'add'",
        [incident_id],
    )


def show_machine_values(db: sqlite_utils.Database, incident_id: int) -> None:
    """Put the extractor's values back on the incident row (before the user's are shown again)."""
    db.execute(
        "UPDATE incidents SET title = r.machine_title, kind = r.machine_kind, date_start = r.machine_date_start,"
        " date_end = r.machine_date_end, precision = r.machine_precision, date_note = r.machine_date_note FROM reviews r"
        " WHERE r.incident_id = incidents.id AND incidents.id = ?",
        [incident_id],
    )


def orphaned_ids(db: sqlite_utils.Database) -> set[int]:
    """Reviewed incidents that have lost every passage."""
    return {int(r[0]) for r in db.execute("SELECT incident_id FROM reviews WHERE orphaned = 1")}


# --- history -------------------------------------------------------------------------------------


def next_change(db: sqlite_utils.Database) -> int:
    """A new change number: the rows of one user action share it (and are undone together)."""
    return int(db.execute("SELECT coalesce(max(change_id), 0) + 1 FROM history").fetchone()[0])


def record(db: sqlite_utils.Database, change_id: int, incident_id: int, user: str, action: str, field: str,
           old: str | None, new: str | None) -> None:  # fmt: skip
    """Record one changed field: who, when, what, the old and the new value."""
    db.execute(
        "INSERT INTO history (change_id, incident_id, at, user, action, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [change_id, incident_id, now(), user, action, field, old, new],
    )


def undo_changes(db: sqlite_utils.Database) -> set[int]:
    """The changes that are undos of other changes."""
    return {int(r[0]) for r in db.execute("SELECT DISTINCT change_id FROM history WHERE action = 'undo'")}


def mark_undone(db: sqlite_utils.Database, change_id: int) -> None:
    """Mark a change as undone (its rows stay, so the history shows it was made and taken back)."""
    db.execute("UPDATE history SET undone = 1 WHERE change_id = ?", [change_id])


def latest_history(db: sqlite_utils.Database, limit: int) -> list[HistoryRow]:
    """The latest recorded changes of every incident, oldest of them first."""
    rows = db.execute(f"{_HISTORY} ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    return [_history(r) for r in reversed(rows)]


def last_change(db: sqlite_utils.Database, among: Sequence[int] | None = None) -> int | None:
    """The newest change not undone and not itself an undo (only among ``among`` when given)."""
    sql = (
        "SELECT max(change_id) FROM history WHERE undone = 0"
        " AND change_id NOT IN (SELECT change_id FROM history WHERE action = 'undo')"
    )
    params: list[object] = []
    if among is not None:
        if not among:
            return None
        sql += f" AND change_id IN ({', '.join('?' for _ in among)})"
        params.extend(among)
    row = db.execute(sql, params).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def status_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """How many incidents have each review status (never-reviewed ones counted as unreviewed), and stars."""
    counts = {s: 0 for s in STATUSES}
    for status, count in db.execute("SELECT status, count(*) FROM reviews GROUP BY status"):
        counts[status] = int(count)
    reviewed = sum(counts.values()) - counts["unreviewed"]
    counts["unreviewed"] = int(db.execute("SELECT count(*) FROM incidents").fetchone()[0]) - reviewed
    counts["starred"] = int(db.execute("SELECT count(*) FROM reviews WHERE starred = 1").fetchone()[0])
    return counts
