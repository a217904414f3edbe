"""Reads the import needs to group mentions into incidents: mentions near a date, an incident's mentions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlite_utils

# A mention spanning more than this many days is "wide": kept apart in the window index, so the
# common narrow lookups scan only a few days of mentions.
NARROW_DAYS = 7
WIDEST_DAYS = 62  # incidents need a date no wider than about two months
SLACK_DAYS = 1


@dataclass(frozen=True)
class MentionRow:
    """A stored mention with what merging and summarising need of it and of its document."""

    id: int
    incident_id: int
    document_id: int
    document_sha: str
    published: str | None
    published_source: str
    ordinal: int
    date_start: str
    date_end: str
    precision: str
    date_note: str
    title: str
    kind: str
    location: str | None
    terms: str
    actor_keys: str


_COLUMNS = (
    "m.id, m.incident_id, m.document_id, d.sha256, d.published, d.published_source, m.ordinal, m.date_start, m.date_end, m.precision,"
    " m.date_note, m.title, m.kind, m.location, m.terms, m.actor_keys"
)


def _rows(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[MentionRow]:
    sql = f"SELECT {_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id WHERE {where} ORDER BY m.id"
    return [MentionRow(*row) for row in db.execute(sql, params).fetchall()]


def is_wide(start: date, end: date) -> bool:
    """True when an interval is too long for the narrow window index."""
    return (end - start).days > NARROW_DAYS


def mentions_near(db: sqlite_utils.Database, start: date, end: date) -> list[MentionRow]:
    """Every stored mention whose dates could meet [start, end] with a day of slack."""
    low, high = (start - timedelta(days=SLACK_DAYS)).isoformat(), (end + timedelta(days=SLACK_DAYS)).isoformat()
    narrow_from = (start - timedelta(days=SLACK_DAYS + NARROW_DAYS)).isoformat()
    wide_from = (start - timedelta(days=SLACK_DAYS + WIDEST_DAYS)).isoformat()
    return _rows(
        db,
        "((m.wide = 0 AND m.date_start BETWEEN ? AND ?) OR (m.wide = 1 AND m.date_start BETWEEN ? AND ?))"
        " AND m.date_end >= ?",
        [narrow_from, high, wide_from, high, low],
    )


def near_ids(db: sqlite_utils.Database, start: date, end: date) -> list[tuple[int, int]]:
    """(mention id, incident id) of every stored mention ``mentions_near`` would return, in no set order."""
    low, high = (start - timedelta(days=SLACK_DAYS)).isoformat(), (end + timedelta(days=SLACK_DAYS)).isoformat()
    narrow_from = (start - timedelta(days=SLACK_DAYS + NARROW_DAYS)).isoformat()
    wide_from = (start - timedelta(days=SLACK_DAYS + WIDEST_DAYS)).isoformat()
    return db.execute(
        "SELECT m.id, m.incident_id FROM mentions m WHERE ((m.wide = 0 AND m.date_start BETWEEN ? AND ?)"
        " OR (m.wide = 1 AND m.date_start BETWEEN ? AND ?)) AND m.date_end >= ?",
        [narrow_from, high, wide_from, high, low],
    ).fetchall()


def mentions_by_id(db: sqlite_utils.Database, ids: list[int]) -> list[MentionRow]:
    """The stored mentions with these ids (in chunks, to stay within SQLite's limit on parameters)."""
    rows: list[MentionRow] = []
    for at in range(0, len(ids), 500):
        chunk = ids[at : at + 500]
        rows += _rows(db, f"m.id IN ({', '.join('?' * len(chunk))})", list(chunk))
    return rows


def mentions_of(db: sqlite_utils.Database, incident_id: int) -> list[MentionRow]:
    """The mentions an incident is made of."""
    return _rows(db, "m.incident_id = ?", [incident_id])


@dataclass(frozen=True)
class OldSpan:
    """Where a document's earlier mention stood, and the incident it belonged to."""

    start: int
    end: int
    incident_id: int


def dated_spans(db: sqlite_utils.Database, document_id: int) -> list[OldSpan]:
    """The dated passages of a document with their incidents: what a re-derived document's mentions inherit."""
    rows = db.execute(
        "SELECT start, end, incident_id FROM evidence WHERE document_id = ? AND is_dated = 1 ORDER BY start",
        [document_id],
    ).fetchall()
    return [OldSpan(*row) for row in rows]


def incidents_of_document(db: sqlite_utils.Database, document_id: int) -> set[int]:
    """The incidents a document has mentions in."""
    rows = db.execute("SELECT DISTINCT incident_id FROM mentions WHERE document_id = ?", [document_id])
    return {int(row[0]) for row in rows}


def mention_count(db: sqlite_utils.Database, incident_id: int) -> int:
    """How many mentions an incident is made of."""
    return int(db.execute("SELECT count(*) FROM mentions WHERE incident_id = ?", [incident_id]).fetchone()[0])
