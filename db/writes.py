"""Every write to the database, each inside an explicit transaction the caller opens."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlite_utils

from db.schema import NEEDS_CHECK

CONTEXT_CHARS = 32
MAX_TERMS = 300


@dataclass(frozen=True)
class NewDocument:
    """A document ready to store."""

    file_name: str
    path: str
    sha256: str
    text: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: date | None
    published_source: str
    published_note: str
    published_latest: date | None = None
    pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class NewEvidence:
    """A passage of a stored document that states an incident."""

    start: int
    end: int
    date_text: str | None
    date_start: date | None
    date_end: date | None
    precision: str | None
    is_dated: bool
    durations: Sequence[str]


@dataclass(frozen=True)
class IncidentDate:
    """An incident's date interval and how it was read."""

    start: date
    end: date
    precision: str
    note: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One atomic unit of work: everything inside commits together or not at all."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def start_run(db: sqlite_utils.Database, paths: Sequence[str], version: str) -> int:
    """Record the start of an import run."""
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO import_runs (started_at, paths, version) VALUES (?, ?, ?)",
            [_now(), json.dumps(list(paths)), version],
        )
    return int(cursor.lastrowid or 0)


@dataclass(frozen=True)
class RunCounts:
    """How an import run ended, file by file."""

    imported: int
    updated: int
    unchanged: int
    refused: int
    added: int
    removed: int = 0


def finish_run(db: sqlite_utils.Database, run_id: int, counts: RunCounts) -> None:
    """Record how an import run ended."""
    with transaction(db):
        db.execute(
            "UPDATE import_runs SET finished_at = ?, imported = ?, updated = ?, unchanged = ?, refused = ?,"
            " incidents_added = ?, removed = ? WHERE id = ?",
            [_now(), counts.imported, counts.updated, counts.unchanged, counts.refused, counts.added, counts.removed,
             run_id],
        )  # fmt: skip


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def insert_document(db: sqlite_utils.Database, doc: NewDocument, run_id: int | None) -> int:
    """Store a document and index its text; return its id."""
    cursor = db.execute(
        "INSERT INTO documents (file_name, path, sha256, title, outlet, author, url, published, published_source,"
        " published_note, published_latest, pages, text, imported_at, import_run_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            doc.file_name, doc.path, doc.sha256, doc.title, doc.outlet, doc.author, doc.url, _iso(doc.published),
            doc.published_source, doc.published_note, _iso(doc.published_latest),
            ",".join(map(str, doc.pages)) or None, doc.text, _now(), run_id,
        ],
    )  # fmt: skip
    doc_id = int(cursor.lastrowid or 0)
    db.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", [doc_id, doc.title or "", doc.text])
    return doc_id


@dataclass(frozen=True)
class DocumentChange:
    """New metadata for a stored document; ``None`` leaves a field as it is."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: date | None = None
    published_source: str | None = None
    published_note: str | None = None
    published_latest: date | None = None


def update_document(db: sqlite_utils.Database, document_id: int, change: DocumentChange) -> None:
    """Correct a stored document's metadata (its text never changes: a new text is a new document)."""
    old = db.execute("SELECT title, text FROM documents WHERE id = ?", [document_id]).fetchone()
    db.execute(
        "UPDATE documents SET title = coalesce(?, title), outlet = coalesce(?, outlet), url = coalesce(?, url),"
        " author = coalesce(?, author) WHERE id = ?",
        [change.title, change.outlet, change.url, change.author, document_id],
    )
    if change.published_source is not None:
        db.execute(
            "UPDATE documents SET published = ?, published_source = ?, published_note = ?, published_latest = ?"
            " WHERE id = ?",
            [_iso(change.published), change.published_source, change.published_note or "",
             _iso(change.published_latest), document_id],
        )  # fmt: skip
    if change.published_source is not None:  # its incidents may now be reported before their date, or no longer
        db.execute(
            f"UPDATE incidents SET needs_check = {NEEDS_CHECK}"
            " WHERE id IN (SELECT incident_id FROM evidence WHERE document_id = ?)",
            [document_id],
        )
    if change.title is not None and change.title != old[0]:
        db.execute(
            "INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
            [document_id, old[0] or "", old[1]],
        )
        db.execute(
            "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", [document_id, change.title, old[1]]
        )


def delete_document(db: sqlite_utils.Database, document_id: int) -> None:
    """Remove a document with its mentions, passages and aliases (its incidents are the caller's to settle)."""
    old = db.execute("SELECT title, text FROM documents WHERE id = ?", [document_id]).fetchone()
    if old is None:
        return
    db.execute(
        "INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
        [document_id, old[0] or "", old[1]],
    )
    db.execute("DELETE FROM documents WHERE id = ?", [document_id])


def record_raw_file(db: sqlite_utils.Database, raw_sha256: str, document_id: int) -> None:
    """Remember that a file with these bytes holds this document, so it is recognised without reading it again."""
    db.execute(
        "INSERT INTO raw_files (raw_sha256, document_id) VALUES (?, ?)"
        " ON CONFLICT (raw_sha256) DO UPDATE SET document_id = excluded.document_id",
        [raw_sha256, document_id],
    )


def create_incident(db: sqlite_utils.Database, when: IncidentDate, title: str, kind: str, location: str | None,
                    incident_id: int | None = None) -> int:  # fmt: skip
    """Create an incident (with ``incident_id`` when given: an undone merge brings one back); return its id."""
    cursor = db.execute(
        "INSERT INTO incidents (id, date_start, date_end, precision, date_note, title, kind, location)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [incident_id, when.start.isoformat(), when.end.isoformat(), when.precision, when.note, title, kind, location],
    )
    return int(cursor.lastrowid or 0)


def set_incident(db: sqlite_utils.Database, incident_id: int, when: IncidentDate, title: str, kind: str,
                 location: str | None) -> None:  # fmt: skip
    """Set what an incident says, as its mentions summarise it."""
    db.execute(
        "UPDATE incidents SET date_start = ?, date_end = ?, precision = ?, date_note = ?, title = ?, kind = ?,"
        " location = ? WHERE id = ?",
        [when.start.isoformat(), when.end.isoformat(), when.precision, when.note, title, kind, location, incident_id],
    )


def delete_incident(db: sqlite_utils.Database, incident_id: int) -> None:
    """Remove an incident that no mention reports any more."""
    db.execute("DELETE FROM incidents_fts WHERE rowid = ?", [incident_id])
    db.execute("DELETE FROM incidents WHERE id = ?", [incident_id])


@dataclass(frozen=True)
class NewMention:
    """One document's report of one incident, as stored."""

    document_id: int
    ordinal: int
    when: IncidentDate
    title: str
    kind: str
    location: str | None
    terms: str
    actor_keys: str
    wide: bool


def insert_mention(db: sqlite_utils.Database, incident_id: int, mention: NewMention) -> int:
    """Store a mention as part of an incident; return its id."""
    cursor = db.execute(
        "INSERT INTO mentions (document_id, incident_id, ordinal, date_start, date_end, precision, date_note, title,"
        " kind, location, terms, actor_keys, wide) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            mention.document_id, incident_id, mention.ordinal, mention.when.start.isoformat(),
            mention.when.end.isoformat(), mention.when.precision, mention.when.note, mention.title, mention.kind,
            mention.location, mention.terms, mention.actor_keys, int(mention.wide),
        ],
    )  # fmt: skip
    return int(cursor.lastrowid or 0)


def move_mentions(db: sqlite_utils.Database, mention_ids: Sequence[int], incident_id: int) -> None:
    """Make these mentions (and their passages) part of another incident."""
    for mention_id in mention_ids:
        db.execute("UPDATE mentions SET incident_id = ? WHERE id = ?", [incident_id, mention_id])
        db.execute("UPDATE evidence SET incident_id = ? WHERE mention_id = ?", [incident_id, mention_id])


def merge_incidents(db: sqlite_utils.Database, target: int, others: Sequence[int]) -> None:
    """Fold other incidents into ``target``: their mentions and passages move, the incidents go."""
    for other in others:
        db.execute("UPDATE mentions SET incident_id = ? WHERE incident_id = ?", [target, other])
        db.execute("UPDATE evidence SET incident_id = ? WHERE incident_id = ?", [target, other])
        delete_incident(db, other)


def delete_mentions_of_document(db: sqlite_utils.Database, document_id: int) -> None:
    """Remove a document's mentions and passages (before it is derived again)."""
    db.execute("DELETE FROM evidence WHERE document_id = ?", [document_id])
    db.execute("DELETE FROM mentions WHERE document_id = ?", [document_id])


def link_mention_actor(db: sqlite_utils.Database, mention_id: int, actor_id: int, role: str | None) -> None:
    """Say that an actor takes part in a mention."""
    db.execute(
        "INSERT INTO mention_actors (mention_id, actor_id, role) VALUES (?, ?, ?)"
        " ON CONFLICT (mention_id, actor_id) DO UPDATE SET role = coalesce(mention_actors.role, excluded.role)",
        [mention_id, actor_id, role],
    )


def rebuild_incident_actors(db: sqlite_utils.Database, incident_id: int) -> None:
    """An incident's actors are those of its mentions (a role where any mention gives one)."""
    db.execute("DELETE FROM incident_actors WHERE incident_id = ?", [incident_id])
    db.execute(
        "INSERT INTO incident_actors (incident_id, actor_id, role) SELECT ?, ma.actor_id, max(ma.role)"
        " FROM mention_actors ma JOIN mentions m ON m.id = ma.mention_id WHERE m.incident_id = ? GROUP BY ma.actor_id",
        [incident_id, incident_id],
    )


def prune_actors(db: sqlite_utils.Database) -> None:
    """Forget actors that no document names any more."""
    db.execute(
        "DELETE FROM actors WHERE NOT EXISTS (SELECT 1 FROM aliases WHERE actor_id = actors.id)"
        " AND NOT EXISTS (SELECT 1 FROM mention_actors WHERE actor_id = actors.id)"
        " AND NOT EXISTS (SELECT 1 FROM review_actors WHERE actor_id = actors.id)"
    )


def add_evidence(db: sqlite_utils.Database, incident_id: int, mention_id: int | None, document_id: int, text: str,
                 passages: Sequence[NewEvidence]) -> None:  # fmt: skip
    """Store passages of a document as evidence; the quote is always ``text[start:end]``."""
    rows = []
    for p in passages:
        if not 0 <= p.start < p.end <= len(text):
            raise ValueError(f"evidence span {p.start}:{p.end} lies outside the document")
        rows.append([
            incident_id, mention_id, document_id, p.start, p.end, text[p.start : p.end],
            text[max(0, p.start - CONTEXT_CHARS) : p.start], text[p.end : p.end + CONTEXT_CHARS],
            p.date_text, p.date_start.isoformat() if p.date_start else None,
            p.date_end.isoformat() if p.date_end else None, p.precision, int(p.is_dated), "; ".join(p.durations),
        ])  # fmt: skip
    db.conn.executemany(
        "INSERT INTO evidence (incident_id, mention_id, document_id, start, end, quote, context_before, context_after,"
        " date_text, date_start, date_end, precision, is_dated, durations)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def insert_actor(db: sqlite_utils.Database, name: str, kind: str, title: str | None) -> int:
    """Create an actor; return its id."""
    cursor = db.execute("INSERT INTO actors (name, kind, title) VALUES (?, ?, ?)", [name, kind, title])
    return int(cursor.lastrowid or 0)


def improve_actor(db: sqlite_utils.Database, actor_id: int, *, name: str | None, title: str | None) -> None:
    """Give an actor a fuller name (an acronym's long form) or a title it lacked."""
    if title:
        db.execute("UPDATE actors SET title = coalesce(title, ?) WHERE id = ?", [title, actor_id])
    if name:
        taken = db.execute("SELECT 1 FROM actors WHERE name = ? AND id != ?", [name, actor_id]).fetchone()
        if taken is None:
            db.execute("UPDATE actors SET name = ? WHERE id = ?", [name, actor_id])


def add_aliases(db: sqlite_utils.Database, actor_id: int, aliases: Sequence[str], document_id: int | None) -> None:
    """Record the surface forms a document used for an actor."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO aliases (actor_id, alias, document_id) VALUES (?, ?, ?)",
        [[actor_id, alias, document_id] for alias in dict.fromkeys(aliases) if alias],
    )


def refresh_incident_search(db: sqlite_utils.Database, incident_id: int) -> None:
    """Rebuild an incident's full-text entry and its source count from what is stored."""
    db.execute("DELETE FROM incidents_fts WHERE rowid = ?", [incident_id])
    db.execute(
        "INSERT INTO incidents_fts (rowid, title, passages, actors) SELECT i.id, i.title,"
        " (SELECT group_concat(quote, ' ') FROM evidence WHERE incident_id = i.id),"
        " (SELECT group_concat(a.name || ' ' || coalesce(a.title, ''), ' ') FROM incident_actors ia"
        "  JOIN actors a ON a.id = ia.actor_id WHERE ia.incident_id = i.id)"
        " FROM incidents i WHERE i.id = ?",
        [incident_id],
    )
    db.execute(
        "UPDATE incidents SET source_count = (SELECT count(DISTINCT document_id) FROM evidence WHERE incident_id = ?)"
        " WHERE id = ?",
        [incident_id, incident_id],
    )
    db.execute(f"UPDATE incidents SET needs_check = {NEEDS_CHECK} WHERE id = ?", [incident_id])


@dataclass(frozen=True)
class BulkIncident:
    """One incident for ``bulk_load``: its quote is cited in each named document."""

    date_start: date
    date_end: date
    precision: str
    title: str
    kind: str
    location: str | None
    quote: str
    documents: tuple[str, ...]
    actors: tuple[str, ...]


def _bulk_documents(items: Sequence[BulkIncident]) -> tuple[dict[str, list[str]], list[list[tuple[str, int, int]]]]:
    """Each document's text as a list of quotes, and each incident's spans in those documents."""
    texts: dict[str, list[str]] = {}
    lengths: dict[str, int] = {}
    spans: list[list[tuple[str, int, int]]] = []
    for item in items:
        mine = []
        for name in item.documents:
            start = lengths.get(name, 0)
            texts.setdefault(name, []).append(item.quote)
            lengths[name] = start + len(item.quote) + 2  # joined with a blank line
            mine.append((name, start, start + len(item.quote)))
        spans.append(mine)
    return texts, spans


def bulk_load(db: sqlite_utils.Database, items: Sequence[BulkIncident], chunk: int = 50_000) -> None:
    """Write many incidents with their documents, actors, passages and search entries, fast.

    For building large databases (benchmarks, migrations of other archives): the same rows an
    import writes, inserted with ``executemany`` inside one transaction per table chunk.
    """
    texts, spans = _bulk_documents(items)
    doc_ids = {name: index + 1 for index, name in enumerate(texts)}
    actor_ids: dict[str, int] = {}
    for item in items:
        for actor in item.actors:
            actor_ids.setdefault(actor, len(actor_ids) + 1)
    now = _now()
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO documents (id, file_name, path, sha256, published, published_source, text, imported_at)"
            " VALUES (?, ?, ?, ?, NULL, 'unknown', ?, ?)",
            ((doc_ids[n], n, n, f"bulk-{n}", "\n\n".join(parts), now) for n, parts in texts.items()),
        )
        db.execute("INSERT INTO documents_fts (rowid, title, text) SELECT id, coalesce(title, ''), text FROM documents")
        db.conn.executemany(
            "INSERT INTO actors (id, name, kind) VALUES (?, ?, ?)",
            ((i, name, "person" if " " in name else "group") for name, i in actor_ids.items()),
        )
    for offset in range(0, len(items), chunk):
        with transaction(db):
            _bulk_chunk(db, items, spans, doc_ids, actor_ids, offset, min(len(items), offset + chunk))


def _bulk_chunk(
    db: sqlite_utils.Database, items: Sequence[BulkIncident], spans: list[list[tuple[str, int, int]]],
    doc_ids: dict[str, int], actor_ids: dict[str, int], first: int, last: int,
) -> None:  # fmt: skip
    rows = range(first, last)
    db.conn.executemany(
        "INSERT INTO incidents (id, date_start, date_end, precision, date_note, title, kind, location, source_count)"
        " VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)",
        ((i + 1, items[i].date_start.isoformat(), items[i].date_end.isoformat(), items[i].precision, items[i].title,
          items[i].kind, items[i].location, len(spans[i])) for i in rows),
    )  # fmt: skip
    base = sum(len(spans[i]) for i in range(first))  # mentions (one per passage) are numbered across chunks
    numbered = [(i, name, start, end) for i in rows for name, start, end in spans[i]]
    db.conn.executemany(
        "INSERT INTO mentions (id, document_id, incident_id, ordinal, date_start, date_end, precision, title, kind,"
        " location, actor_keys, wide) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((base + k + 1, doc_ids[name], i + 1, start, items[i].date_start.isoformat(), items[i].date_end.isoformat(),
          items[i].precision, items[i].title, items[i].kind, items[i].location,
          "\x1e".join(a.lower() for a in items[i].actors), int((items[i].date_end - items[i].date_start).days > 7))
         for k, (i, name, start, _end) in enumerate(numbered)),
    )  # fmt: skip
    db.conn.executemany(
        "INSERT INTO evidence (incident_id, mention_id, document_id, start, end, quote, date_start, date_end,"
        " precision, is_dated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        ((i + 1, base + k + 1, doc_ids[name], start, end, items[i].quote, items[i].date_start.isoformat(),
          items[i].date_end.isoformat(), items[i].precision) for k, (i, name, start, end) in enumerate(numbered)),
    )  # fmt: skip
    db.conn.executemany(
        "INSERT OR IGNORE INTO mention_actors (mention_id, actor_id) VALUES (?, ?)",
        ((base + k + 1, actor_ids[a]) for k, (i, _n, _s, _e) in enumerate(numbered) for a in items[i].actors),
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO incident_actors (incident_id, actor_id) VALUES (?, ?)",
        ((i + 1, actor_ids[a]) for i in rows for a in items[i].actors),
    )
    db.conn.executemany(
        "INSERT INTO incidents_fts (rowid, title, passages, actors) VALUES (?, ?, ?, ?)",
        ((i + 1, items[i].title, items[i].quote, " ".join(items[i].actors)) for i in rows),
    )
