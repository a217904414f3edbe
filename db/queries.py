"""Every read of the database. Parameterised SQL only; windows, never whole tables."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from db.review import Review, review_of
from db.search import fts_match, search_terms


@dataclass(frozen=True)
class IncidentFilter:
    """What a listing is narrowed to. Every part is optional and they combine with AND."""

    date_from: date | None = None
    date_to: date | None = None
    date_windows: tuple[tuple[date, date], ...] = ()
    """When set, the incident must also overlap one of these (a date typed without a year: one per year)."""
    actor_sets: tuple[tuple[int, ...], ...] = ()
    kinds: tuple[str, ...] = ()
    text: str = ""
    text_actor_ids: tuple[int, ...] = ()
    text_in_articles: bool = False
    """When set, the words may also be anywhere in an article that reports the incident."""
    statuses: tuple[str, ...] = ()
    """Review statuses to keep; when none is given, rejected incidents are left out."""
    tags: tuple[str, ...] = ()
    """Tags the incident must all carry."""
    starred: bool = False
    queue: bool = False
    """Only incidents that need checking: sources that disagree on the date, a date after a source
    appeared, a single source whose date is estimated, or a reviewed incident left without passages."""


@dataclass(frozen=True)
class IncidentRow:
    """One line of a timeline."""

    id: int
    date_start: str
    date_end: str
    precision: str
    kind: str
    title: str
    source_count: int
    review: str | None = None
    """The user's review as "status:starred:orphaned" ("verified:1:0"), None when never reviewed."""

    @property
    def status(self) -> str:
        """unreviewed, verified, disputed or rejected."""
        return self.review.split(":")[0] if self.review else "unreviewed"

    @property
    def starred(self) -> bool:
        """True when the user starred the incident."""
        return bool(self.review) and self.review.split(":")[1] == "1"  # type: ignore[union-attr]

    @property
    def orphaned(self) -> bool:
        """True when a reviewed incident has lost every passage (its documents were removed or changed)."""
        return bool(self.review) and self.review.split(":")[2] == "1"  # type: ignore[union-attr]


@dataclass(frozen=True)
class ActorRef:
    """An actor as an incident names it."""

    id: int
    name: str
    kind: str
    title: str | None
    role: str | None


@dataclass(frozen=True)
class EvidenceRow:
    """A passage with the document it comes from."""

    id: int
    document_id: int
    file_name: str
    outlet: str | None
    doc_title: str | None
    published: str | None
    start: int
    end: int
    quote: str
    context_before: str
    context_after: str
    date_text: str | None
    date_start: str | None
    date_end: str | None
    precision: str | None
    is_dated: bool
    durations: str
    url: str | None = None
    published_source: str = "unknown"
    pages: str | None = None
    """Where each page of the document starts ("0,1834,3920"), for a PDF."""
    published_latest: str | None = None
    """The latest the document can have been published, when its date is only known within a range."""

    @property
    def page(self) -> int | None:
        """The page the passage starts on (1-based), when the document has pages."""
        if not self.pages:
            return None
        starts = [int(s) for s in self.pages.split(",")]
        return bisect_right(starts, self.start)


@dataclass(frozen=True)
class IncidentDetail:
    """An incident with its actors and every passage that reports it."""

    id: int
    date_start: str
    date_end: str
    precision: str
    date_note: str
    title: str
    kind: str
    location: str | None
    actors: tuple[ActorRef, ...]
    evidence: tuple[EvidenceRow, ...]
    review: Review | None = None
    """What the user said about the incident (None when never reviewed)."""


@dataclass(frozen=True)
class ActorSummary:
    """An actor with its aliases and how many incidents it takes part in."""

    id: int
    name: str
    kind: str
    title: str | None
    aliases: tuple[str, ...]
    incidents: int


@dataclass(frozen=True)
class Document:
    """A stored document."""

    id: int
    file_name: str
    path: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: str | None
    published_source: str
    published_note: str
    text: str


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: words, "phrases" and prefix* (see ``db.search``)."""
    return fts_match(search_terms(text))


def _where(flt: IncidentFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if flt.date_from is not None:
        clauses.append("i.date_end >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        clauses.append("i.date_start <= ?")
        params.append(flt.date_to.isoformat())
    if flt.date_windows:
        clauses.append("(" + " OR ".join("(i.date_end >= ? AND i.date_start <= ?)" for _ in flt.date_windows) + ")")
        params.extend(day.isoformat() for window in flt.date_windows for day in window)
    if flt.kinds:
        clauses.append(f"i.kind IN ({', '.join('?' for _ in flt.kinds)})")
        params.extend(flt.kinds)
    for actor_ids in flt.actor_sets:  # each set is one actor filter; the sets combine with AND
        clauses.append(_involves(actor_ids))
        params.extend(actor_ids)
    match = fts_query(flt.text)
    if match:
        # IN materialises the matches once; a correlated EXISTS would rerun the search for every row.
        alternatives = ["i.id IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)"]
        params.append(match)
        if flt.text_actor_ids:  # the words may also name an actor, fuzzily
            alternatives.append(_involves(flt.text_actor_ids))
            params.extend(flt.text_actor_ids)
        if flt.text_in_articles:
            alternatives.append(_IN_ARTICLES)
            params.append(match)
        clauses.append("(" + " OR ".join(alternatives) + ")")
    elif flt.text.strip():
        clauses.append("0")  # words with nothing searchable in them match nothing
    _review_clauses(flt, clauses, params)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _review_clauses(flt: IncidentFilter, clauses: list[str], params: list[object]) -> None:
    """Status, tag, star and queue filters (sets built once, except the per-row checks a page needs to stay fast)."""
    statuses = flt.statuses or ("unreviewed", "verified", "disputed")  # rejected only when asked for
    if set(statuses) != {"unreviewed", "verified", "disputed", "rejected"}:
        marks = ", ".join("?" for _ in statuses)
        if "unreviewed" in statuses:  # never reviewed counts as unreviewed
            # A lookup per row read, not a set built first: a page reads a few hundred rows of a million.
            clauses.append(
                f"NOT EXISTS (SELECT 1 FROM reviews r WHERE r.incident_id = i.id AND r.status NOT IN ({marks}))"
            )
        else:
            clauses.append(f"i.id IN (SELECT incident_id FROM reviews WHERE status IN ({marks}))")
        params.extend(statuses)
    for tag in flt.tags:
        clauses.append("i.id IN (SELECT incident_id FROM review_tags WHERE tag = ?)")
        params.append(tag)
    if flt.starred:
        clauses.append("i.id IN (SELECT incident_id FROM reviews WHERE starred = 1)")
    if flt.queue:
        # Worked out when an incident is stored (``needs_check``), so the queue pages as fast as the timeline;
        # an incident leaves it once the user has given it a status, and an orphaned one is always in it.
        # The unary + keeps SQLite on the timeline's index: pages in timeline order, not every match sorted.
        clauses.append(
            "((+i.needs_check = 1 AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.incident_id = i.id"
            " AND r.status != 'unreviewed'))"
            " OR i.id IN (SELECT incident_id FROM reviews WHERE orphaned = 1))"
        )


_IN_ARTICLES = (
    "i.id IN (SELECT e.incident_id FROM evidence e WHERE e.document_id IN"
    " (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))"
)


@dataclass(frozen=True)
class ArticleMatches:
    """How far a search reaches into the articles: documents that hold the words, and what that adds."""

    documents: int
    incidents_only_there: int
    """Incidents found only because an article that reports them holds the words."""


def article_matches(db: sqlite_utils.Database, flt: IncidentFilter) -> ArticleMatches | None:
    """For a filter with words: how many articles hold them, and how many incidents only those add."""
    match = fts_query(flt.text)
    if not match:
        return None
    documents = db.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", [match]).fetchone()[0]
    where, params = _where(flt)
    only = db.execute(
        f"SELECT count(*) FROM incidents i{where} AND i.id NOT IN"
        " (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)",
        [*params, match],
    ).fetchone()[0]
    return ArticleMatches(int(documents), int(only))


def document_hits(db: sqlite_utils.Database, text: str, limit: int = 1000) -> list[Document]:
    """Documents whose text or headline holds the words, best match first."""
    match = fts_query(text)
    if not match:
        return []
    rows = db.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", [match, limit]
    ).fetchall()
    found = (document(db, row[0]) for row in rows)
    return [d for d in found if d is not None]


def incidents_of_document(db: sqlite_utils.Database, document_id: int) -> list[IncidentRow]:
    """The incidents a document reports, in date order."""
    sql = (
        f"SELECT DISTINCT {_ROW} FROM incidents i JOIN evidence e ON e.incident_id = i.id"
        " WHERE e.document_id = ? ORDER BY i.date_start, i.id"
    )
    return [IncidentRow(*row) for row in db.execute(sql, [document_id]).fetchall()]


def _involves(actor_ids: tuple[int, ...]) -> str:
    marks = ", ".join("?" for _ in actor_ids) or "NULL"
    # A set built once from the (actor_id, incident_id) index, not a lookup per incident.
    return f"i.id IN (SELECT incident_id FROM incident_actors WHERE actor_id IN ({marks}))"


_ROW = (
    "i.id, i.date_start, i.date_end, i.precision, i.kind, i.title, i.source_count,"
    " (SELECT status || ':' || starred || ':' || orphaned FROM reviews WHERE incident_id = i.id)"
)


def list_incidents(
    db: sqlite_utils.Database, flt: IncidentFilter, *, after: tuple[str, int] | None = None, limit: int = 200
) -> list[IncidentRow]:
    """Incidents in date order, ``limit`` at a time after the (date, id) key ``after``."""
    where, params = _where(flt)
    if after is not None:
        where += (" AND " if where else " WHERE ") + "(i.date_start, i.id) > (?, ?)"
        params.extend(after)
    sql = f"SELECT {_ROW} FROM incidents i{where} ORDER BY i.date_start, i.id LIMIT ?"
    return [IncidentRow(*row) for row in db.execute(sql, [*params, limit]).fetchall()]


@dataclass(frozen=True)
class DateGroup:
    """Incidents that share one date interval: one heading of the timeline."""

    date_start: str
    date_end: str
    precision: str
    count: int


def date_groups(db: sqlite_utils.Database, flt: IncidentFilter) -> list[DateGroup]:
    """Filtered incidents counted per date interval, in timeline order (one index scan, no rows)."""
    where, params = _where(flt)
    sql = (
        f"SELECT i.date_start, i.date_end, min(i.precision), count(*) FROM incidents i{where}"
        " GROUP BY i.date_start, i.date_end ORDER BY i.date_start, i.date_end"
    )
    return [DateGroup(r[0], r[1], r[2], int(r[3])) for r in db.execute(sql, params).fetchall()]


HEAD_ROWS = 300


def head_rows(db: sqlite_utils.Database, flt: IncidentFilter, rows: int = HEAD_ROWS) -> list[IncidentRow]:
    """The first ``rows`` filtered incidents in timeline order: enough to paint the first screens at once,
    while ``date_groups`` counts everything off the UI thread."""
    where, params = _where(flt)
    sql = f"SELECT {_ROW} FROM incidents i{where} ORDER BY i.date_start, i.date_end, i.id LIMIT ?"
    return [IncidentRow(*row) for row in db.execute(sql, [*params, rows]).fetchall()]


def timeline_rows(
    db: sqlite_utils.Database, flt: IncidentFilter, group: tuple[str, str], offset: int, limit: int
) -> list[IncidentRow]:
    """Timeline rows from the ``offset``-th incident of a date group on, in timeline order."""
    where, params = _where(flt)
    where += (" AND " if where else " WHERE ") + "(i.date_start, i.date_end) >= (?, ?)"
    sql = f"SELECT {_ROW} FROM incidents i{where} ORDER BY i.date_start, i.date_end, i.id LIMIT ? OFFSET ?"
    return [IncidentRow(*row) for row in db.execute(sql, [*params, *group, limit, offset]).fetchall()]


def incident_detail(db: sqlite_utils.Database, incident_id: int) -> IncidentDetail | None:
    """One incident in full, or None when there is no such incident."""
    row = db.execute(
        "SELECT id, date_start, date_end, precision, date_note, title, kind, location FROM incidents WHERE id = ?",
        [incident_id],
    ).fetchone()
    if row is None:
        return None
    actors = tuple(
        ActorRef(*r)
        for r in db.execute(
            "SELECT a.id, a.name, a.kind, a.title, ia.role FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id"
            " WHERE ia.incident_id = ? ORDER BY CASE a.kind WHEN 'person' THEN 0 WHEN 'organisation' THEN 1 ELSE 2 END,"
            " a.name",
            [incident_id],
        ).fetchall()
    )
    return IncidentDetail(
        id=row[0], date_start=row[1], date_end=row[2], precision=row[3], date_note=row[4], title=row[5],
        kind=row[6], location=row[7], actors=actors, evidence=tuple(evidence_for(db, incident_id)),
        review=review_of(db, incident_id),
    )  # fmt: skip


def evidence_for(db: sqlite_utils.Database, incident_id: int) -> list[EvidenceRow]:
    """The passages of an incident, dated ones first, by source then position."""
    rows = db.execute(
        "SELECT e.id, e.document_id, d.file_name, d.outlet, d.title, d.published, e.start, e.end, e.quote,"
        " e.context_before, e.context_after, e.date_text, e.date_start, e.date_end, e.precision, e.is_dated,"
        " e.durations, d.url, d.published_source, d.pages, d.published_latest"
        " FROM evidence e JOIN documents d ON d.id = e.document_id"
        " WHERE e.incident_id = ?"
        " ORDER BY d.file_name, e.start",
        [incident_id],
    ).fetchall()
    return [_evidence_row(r) for r in rows]


def _evidence_row(r: tuple[Any, ...]) -> EvidenceRow:
    return EvidenceRow(
        id=r[0], document_id=r[1], file_name=r[2], outlet=r[3], doc_title=r[4], published=r[5], start=r[6],
        end=r[7], quote=r[8], context_before=r[9], context_after=r[10], date_text=r[11], date_start=r[12],
        date_end=r[13], precision=r[14], is_dated=bool(r[15]), durations=r[16], url=r[17], published_source=r[18],
        pages=r[19], published_latest=r[20] if len(r) > 20 else None,
    )  # fmt: skip


def document(db: sqlite_utils.Database, document_id: int) -> Document | None:
    """A stored document, text included."""
    row = db.execute(
        "SELECT id, file_name, path, title, outlet, author, url, published, published_source, published_note, text"
        " FROM documents WHERE id = ?",
        [document_id],
    ).fetchone()
    return Document(*row) if row else None


@dataclass(frozen=True)
class StoredDocument:
    """A stored document's identity and metadata (no text)."""

    id: int
    file_name: str
    path: str
    sha256: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: str | None
    published_source: str
    published_note: str
    published_latest: str | None


_DOC_META = (
    "id, file_name, path, sha256, title, outlet, author, url, published, published_source, published_note,"
    " published_latest"
)


def document_by_sha(db: sqlite_utils.Database, sha256: str) -> StoredDocument | None:
    """The stored document with exactly this text, if any."""
    row = db.execute(f"SELECT {_DOC_META} FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    return StoredDocument(*row) if row else None


def document_by_raw(db: sqlite_utils.Database, raw_sha256: str) -> StoredDocument | None:
    """The stored document that a file with these exact bytes gave, if any."""
    row = db.execute(
        f"SELECT {', '.join('d.' + c.strip() for c in _DOC_META.split(','))} FROM raw_files r"
        " JOIN documents d ON d.id = r.document_id WHERE r.raw_sha256 = ?",
        [raw_sha256],
    ).fetchone()
    return StoredDocument(*row) if row else None


def document_meta(db: sqlite_utils.Database, document_id: int) -> StoredDocument | None:
    """A stored document's metadata."""
    row = db.execute(f"SELECT {_DOC_META} FROM documents WHERE id = ?", [document_id]).fetchone()
    return StoredDocument(*row) if row else None


def documents_at(db: sqlite_utils.Database, path: str, file_name: str) -> list[int]:
    """Ids of documents imported from this path (looked up by file name, which is indexed)."""
    rows = db.execute("SELECT id FROM documents WHERE file_name = ? AND path = ? ORDER BY id", [file_name, path])
    return [int(r[0]) for r in rows]


def documents_named(db: sqlite_utils.Database, path: str, file_name: str) -> list[StoredDocument]:
    """Documents imported from this path, else those whose file name is this one."""
    rows = db.execute(f"SELECT {_DOC_META} FROM documents WHERE path = ? ORDER BY id", [path]).fetchall()
    if not rows:
        rows = db.execute(f"SELECT {_DOC_META} FROM documents WHERE file_name = ? ORDER BY id", [file_name]).fetchall()
    return [StoredDocument(*row) for row in rows]


@dataclass(frozen=True)
class DocumentListing:
    """One stored document as ``incidents documents`` lists it."""

    id: int
    file_name: str
    path: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    published_source: str
    published_latest: str | None
    incidents: int


def list_documents(db: sqlite_utils.Database) -> Iterator[DocumentListing]:
    """Every stored document with how many incidents it reports, in the order they were imported."""
    rows = db.execute(
        "SELECT d.id, d.file_name, d.path, d.outlet, d.title, d.url, d.published, d.published_source,"
        " d.published_latest, (SELECT count(DISTINCT incident_id) FROM mentions WHERE document_id = d.id)"
        " FROM documents d ORDER BY d.id"
    )
    for row in rows:
        yield DocumentListing(*row)


def find_actor(db: sqlite_utils.Database, name: str) -> tuple[int, str, str, str | None] | None:
    """The actor with this name, or with this name as an alias."""
    row = db.execute("SELECT id, name, kind, title FROM actors WHERE name = ?", [name]).fetchone()
    if row is None:
        row = db.execute(
            "SELECT a.id, a.name, a.kind, a.title FROM aliases al JOIN actors a ON a.id = al.actor_id"
            " WHERE al.alias = ? ORDER BY a.id LIMIT 1",
            [name],
        ).fetchone()
    return (int(row[0]), row[1], row[2], row[3]) if row else None


def people_with_first_name(db: sqlite_utils.Database, first: str) -> list[tuple[int, str, str | None]]:
    """People whose canonical name starts with this first name (a range scan on the name index)."""
    rows = db.execute(
        "SELECT id, name, title FROM actors WHERE name >= ? AND name < ? AND kind = 'person' LIMIT 50",
        [first + " ", first + "!"],
    ).fetchall()
    return [(int(r[0]), r[1], r[2]) for r in rows]


def titled_people_with_initial(db: sqlite_utils.Database, initial: str) -> list[tuple[int, str, str | None]]:
    """Titled people whose name starts with this letter, to compare spellings of one person."""
    rows = db.execute(
        "SELECT id, name, title FROM actors WHERE name >= ? AND name < ? AND kind = 'person' AND title IS NOT NULL"
        " LIMIT 200",
        [initial, initial + "\uffff"],
    ).fetchall()
    return [(int(r[0]), r[1], r[2]) for r in rows]


def actor_summaries(db: sqlite_utils.Database, limit: int | None = None) -> list[ActorSummary]:
    """Actors with aliases and incident counts, most involved first."""
    sql = (
        "SELECT a.id, a.name, a.kind, a.title,"
        " (SELECT group_concat(DISTINCT alias) FROM aliases WHERE actor_id = a.id),"
        " (SELECT count(*) FROM incident_actors WHERE actor_id = a.id) AS n"
        " FROM actors a ORDER BY n DESC, a.name"
    )
    params: list[object] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        ActorSummary(r[0], r[1], r[2], r[3], tuple(sorted(set((r[4] or "").split(",")) - {""})), int(r[5]))
        for r in db.execute(sql, params).fetchall()
    ]


def iter_incidents(db: sqlite_utils.Database, flt: IncidentFilter, batch: int = 500) -> Iterator[IncidentDetail]:
    """Every filtered incident in full, in date order, fetched a window at a time."""
    after: tuple[str, int] | None = None
    while True:
        rows = list_incidents(db, flt, after=after, limit=batch)
        for row in rows:
            detail = incident_detail(db, row.id)
            if detail is not None:
                yield detail
        if len(rows) < batch:
            return
        after = (rows[-1].date_start, rows[-1].id)


def kinds(db: sqlite_utils.Database) -> list[tuple[str, int]]:
    """Incident kinds with their counts."""
    return [(r[0], int(r[1])) for r in db.execute("SELECT kind, count(*) FROM incidents GROUP BY kind ORDER BY kind")]


def totals(db: sqlite_utils.Database) -> dict[str, int]:
    """How many documents, incidents, actors and passages are stored."""
    out = {}
    for table in ("documents", "incidents", "actors", "evidence"):
        out[table] = int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # table names are ours
    return out


def latest_published(db: sqlite_utils.Database) -> date | None:
    """The newest publication date in the archive: what year-less dates in a filter refer to."""
    row = db.execute("SELECT max(published) FROM documents").fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def date_span(db: sqlite_utils.Database) -> tuple[date, date] | None:
    """The first and last start date of any incident (two index lookups)."""
    first = db.execute("SELECT min(date_start) FROM incidents").fetchone()[0]
    last = db.execute("SELECT max(date_start) FROM incidents").fetchone()[0]
    return (date.fromisoformat(first), date.fromisoformat(last)) if first and last else None


def count_incidents(db: sqlite_utils.Database, flt: IncidentFilter) -> int:
    """How many incidents a filter matches."""
    where, params = _where(flt)
    return int(db.execute(f"SELECT count(*) FROM incidents i{where}", params).fetchone()[0])


def incident_total(db: sqlite_utils.Database) -> int:
    """How many incidents the archive holds."""
    return int(db.execute("SELECT count(*) FROM incidents").fetchone()[0])


def data_version(db: sqlite_utils.Database) -> int:
    """A number that changes whenever another connection commits to the database."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])
