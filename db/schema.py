"""The one owner of the schema: append-only migrations versioned by ``PRAGMA user_version``.

Each migration runs in one transaction together with its version bump, so a database is always
at exactly one version. A database written by a newer version of the program is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# The program's mark in the database header ("INCD"): what tells our databases from other SQLite files.
APPLICATION_ID = 0x494E4344

Migration = str | Callable[[sqlite3.Connection], object]

NEEDS_CHECK = (
    "((SELECT count(DISTINCT date_start || '/' || date_end) FROM evidence WHERE incident_id = incidents.id"
    " AND is_dated = 1 AND date_start IS NOT NULL) > 1"
    " OR EXISTS (SELECT 1 FROM evidence e JOIN documents d ON d.id = e.document_id WHERE e.incident_id = incidents.id"
    " AND coalesce(d.published_latest, d.published) < incidents.date_start)"
    " OR (incidents.source_count = 1 AND EXISTS (SELECT 1 FROM evidence e JOIN documents d ON d.id = e.document_id"
    " WHERE e.incident_id = incidents.id AND d.published_source = 'estimated')))"
)
"""An incident whose date needs checking: its sources disagree on the date, one appeared before it, or it
rests on one source whose publication date is estimated (SQL over the ``incidents`` row)."""

MIGRATIONS: list[Migration] = [
    # 1: documents, incidents, actors, evidence, import runs, full-text search
    """
    CREATE TABLE import_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        paths TEXT NOT NULL,
        imported INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        refused INTEGER NOT NULL DEFAULT 0,
        incidents_added INTEGER NOT NULL DEFAULT 0,
        version TEXT NOT NULL
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT,
        outlet TEXT,
        author TEXT,
        url TEXT,
        published TEXT,
        published_source TEXT NOT NULL CHECK (published_source IN
            ('metadata', 'manifest', 'user', 'dateline', 'estimated', 'unknown')),
        published_note TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        import_run_id INTEGER REFERENCES import_runs(id)
    );
    CREATE INDEX documents_file_name ON documents(file_name);
    CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        date_start TEXT NOT NULL,
        date_end TEXT NOT NULL,
        precision TEXT NOT NULL CHECK (precision IN ('day', 'week', 'month', 'range', 'year')),
        date_note TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        location TEXT,
        terms TEXT NOT NULL DEFAULT '',
        source_count INTEGER NOT NULL DEFAULT 0,
        CHECK (date_end >= date_start)
    );
    CREATE INDEX incidents_date ON incidents(date_start, id);
    CREATE INDEX incidents_kind_date ON incidents(kind, date_start, id);
    CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group')),
        title TEXT
    );
    CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        UNIQUE (actor_id, alias, document_id)
    );
    CREATE INDEX aliases_alias ON aliases(alias);
    CREATE TABLE incident_actors (
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role TEXT,
        PRIMARY KEY (incident_id, actor_id)
    );
    CREATE INDEX incident_actors_actor ON incident_actors(actor_id, incident_id);
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        quote TEXT NOT NULL,
        context_before TEXT NOT NULL DEFAULT '',
        context_after TEXT NOT NULL DEFAULT '',
        date_text TEXT,
        date_start TEXT,
        date_end TEXT,
        precision TEXT,
        is_dated INTEGER NOT NULL,
        durations TEXT NOT NULL DEFAULT '',
        CHECK (end > start AND start >= 0)
    );
    CREATE INDEX evidence_incident ON evidence(incident_id, document_id, start);
    CREATE INDEX evidence_document ON evidence(document_id, start);
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
    CREATE VIRTUAL TABLE incidents_fts USING fts5(title, passages, actors);
    """,
    # 2: the timeline's order (date interval, then id) served straight from an index
    """
    CREATE INDEX incidents_timeline ON incidents(date_start, date_end, id);
    """,
    # 3: mentions (one document's report of one incident: incidents are made of them), the program's mark,
    # publication ranges, PDF page starts, files already seen by their raw bytes, update counts
    f"""
    PRAGMA application_id = {APPLICATION_ID};
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        incident_id INTEGER NOT NULL REFERENCES incidents(id),
        ordinal INTEGER NOT NULL,
        date_start TEXT NOT NULL,
        date_end TEXT NOT NULL,
        precision TEXT NOT NULL CHECK (precision IN ('day', 'week', 'month', 'range', 'year')),
        date_note TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        location TEXT,
        terms TEXT NOT NULL DEFAULT '',
        actor_keys TEXT NOT NULL DEFAULT '',
        wide INTEGER NOT NULL DEFAULT 0,
        UNIQUE (document_id, ordinal),
        CHECK (date_end >= date_start)
    );
    CREATE INDEX mentions_window ON mentions(wide, date_start);
    CREATE INDEX mentions_incident ON mentions(incident_id);
    CREATE TABLE mention_actors (
        mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role TEXT,
        PRIMARY KEY (mention_id, actor_id)
    );
    CREATE INDEX mention_actors_actor ON mention_actors(actor_id, mention_id);
    CREATE TABLE raw_files (
        raw_sha256 TEXT PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
    );
    CREATE INDEX raw_files_document ON raw_files(document_id);
    ALTER TABLE evidence ADD COLUMN mention_id INTEGER REFERENCES mentions(id) ON DELETE CASCADE;
    CREATE INDEX evidence_mention ON evidence(mention_id);
    ALTER TABLE documents ADD COLUMN published_latest TEXT;
    ALTER TABLE documents ADD COLUMN pages TEXT;
    ALTER TABLE import_runs ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE import_runs ADD COLUMN removed INTEGER NOT NULL DEFAULT 0
    """,
    # 3 continued: every stored (incident, document) pair becomes one mention
    lambda conn: _mentions_from_evidence(conn),
    # 4: the user's review: status, star, note and corrections per incident, tags, actor corrections,
    # the passages a reviewed incident is pinned to (what keeps the work through re-imports), history
    """
    CREATE TABLE reviews (
        incident_id INTEGER PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'unreviewed'
            CHECK (status IN ('unreviewed', 'verified', 'disputed', 'rejected')),
        starred INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        title TEXT,
        date_start TEXT,
        date_end TEXT,
        precision TEXT CHECK (precision IS NULL OR precision IN ('day', 'week', 'month', 'range', 'year')),
        kind TEXT,
        machine_title TEXT NOT NULL,
        machine_date_start TEXT NOT NULL,
        machine_date_end TEXT NOT NULL,
        machine_precision TEXT NOT NULL,
        machine_kind TEXT NOT NULL,
        machine_date_note TEXT NOT NULL DEFAULT '',
        orphaned INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (precision IS NULL))
    );
    CREATE INDEX reviews_status ON reviews(status, incident_id);
    CREATE TABLE review_tags (
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (incident_id, tag)
    );
    CREATE INDEX review_tags_tag ON review_tags(tag, incident_id);
    CREATE TABLE review_actors (
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        change TEXT NOT NULL CHECK (change IN ('add', 'remove')),
        PRIMARY KEY (incident_id, actor_id)
    );
    CREATE TABLE anchors (
        document_sha TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        PRIMARY KEY (document_sha, start, end)
    );
    CREATE INDEX anchors_incident ON anchors(incident_id);
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        change_id INTEGER NOT NULL,
        incident_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        undone INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX history_incident ON history(incident_id, id);
    CREATE INDEX history_change ON history(change_id);
    CREATE INDEX reviews_starred ON reviews(incident_id) WHERE starred = 1;
    CREATE INDEX reviews_orphaned ON reviews(incident_id) WHERE orphaned = 1;
    ALTER TABLE incidents ADD COLUMN needs_check INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX incidents_check ON incidents(needs_check, date_start, date_end, id)
    """,
    # 4 continued: which incidents need their dates checked, worked out once for existing databases
    lambda conn: conn.execute(f"UPDATE incidents SET needs_check = {NEEDS_CHECK}"),
]


def _mentions_from_evidence(conn: sqlite3.Connection) -> None:
    """Give databases written before mentions existed one mention per incident and document."""
    pairs = conn.execute(
        "SELECT e.incident_id, e.document_id, min(e.start) FROM evidence e GROUP BY e.incident_id, e.document_id"
        " ORDER BY e.document_id, min(e.start)"
    ).fetchall()
    ordinals: dict[int, int] = {}
    for incident_id, document_id, _start in pairs:
        ordinal = ordinals[document_id] = ordinals.get(document_id, -1) + 1
        keys = [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT lower(a.name) FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id"
                " WHERE ia.incident_id = ?",
                [incident_id],
            )
        ]
        cursor = conn.execute(
            "INSERT INTO mentions (document_id, incident_id, ordinal, date_start, date_end, precision, date_note,"
            " title, kind, location, terms, actor_keys, wide)"
            " SELECT ?, id, ?, date_start, date_end, precision, date_note, title, kind, location, terms, ?,"
            " julianday(date_end) - julianday(date_start) > 7 FROM incidents WHERE id = ?",
            [document_id, ordinal, "\x1e".join(keys), incident_id],
        )
        mention_id = cursor.lastrowid
        conn.execute(
            "UPDATE evidence SET mention_id = ? WHERE incident_id = ? AND document_id = ?",
            [mention_id, incident_id, document_id],
        )
        conn.execute(
            "INSERT INTO mention_actors (mention_id, actor_id, role) SELECT ?, actor_id, role FROM incident_actors"
            " WHERE incident_id = ?",
            [mention_id, incident_id],
        )


LATEST = 4


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the program."""


def version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to ``LATEST``; return the number of versions it moved up."""
    current = version(conn)
    if current > LATEST:
        raise SchemaTooNew(
            f"the database is at schema version {current}, newer than this program's {LATEST}; "
            "upgrade incidents or choose another --db"
        )
    for number in range(current + 1, LATEST + 1):
        _apply(conn, number, _steps(number))
    return LATEST - current


def _steps(number: int) -> list[Migration]:
    """The steps of one schema version: a script, optionally followed by data steps in Python."""
    versions: list[list[Migration]] = []
    for step in MIGRATIONS:
        if isinstance(step, str):
            versions.append([step])
        else:
            versions[-1].append(step)
    return versions[number - 1]


def _apply(conn: sqlite3.Connection, number: int, steps: list[Migration]) -> None:
    """Run one version's steps and its version bump in a single transaction.

    The version is read again once the write lock is held: another process opening the same new
    database at the same moment may have applied this version while this one waited for the lock.
    """
    conn.execute("BEGIN IMMEDIATE")
    if version(conn) >= number:
        conn.execute("COMMIT")
        return
    try:
        for step in steps:
            if isinstance(step, str):
                for statement in _statements(step):
                    conn.execute(statement)
            else:
                step(conn)
        conn.execute(f"PRAGMA user_version = {int(number)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (none of ours holds a semicolon inside)."""
    return [s.strip() for s in script.split(";") if s.strip()]
