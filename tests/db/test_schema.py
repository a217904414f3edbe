"""The schema: migrations from blank, versioning, refusal of newer databases, pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from db.connection import DatabaseError, open_database
from db.schema import LATEST, MIGRATIONS, SchemaTooNew, migrate, version

EXPECTED_COLUMNS = {
    "documents": {
        "id", "file_name", "path", "sha256", "title", "outlet", "author", "url", "published", "published_source",
        "published_note", "text", "imported_at", "import_run_id",
    },
    "incidents": {
        "id", "date_start", "date_end", "precision", "date_note", "title", "kind", "location", "terms", "source_count",
    },
    "actors": {"id", "name", "kind", "title"},
    "aliases": {"id", "actor_id", "alias", "document_id"},
    "incident_actors": {"incident_id", "actor_id", "role"},
    "evidence": {
        "id", "incident_id", "document_id", "start", "end", "quote", "context_before", "context_after", "date_text",
        "date_start", "date_end", "precision", "is_dated", "durations",
    },
    "import_runs": {
        "id", "started_at", "finished_at", "paths", "imported", "unchanged", "refused", "incidents_added", "version",
    },
}  # fmt: skip


def test_blank_database_migrates_to_the_expected_columns(empty_db: sqlite_utils.Database) -> None:
    for table, columns in EXPECTED_COLUMNS.items():
        assert set(empty_db[table].columns_dict) == columns, table
    assert {"documents_fts", "incidents_fts"} <= set(empty_db.table_names())
    assert version(empty_db.conn) == LATEST == len(MIGRATIONS)


def test_pragmas(empty_db: sqlite_utils.Database) -> None:
    assert empty_db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert empty_db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(empty_db: sqlite_utils.Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        empty_db.execute("INSERT INTO incident_actors (incident_id, actor_id) VALUES (99, 99)")


def test_migrating_twice_does_nothing(empty_db: sqlite_utils.Database) -> None:
    assert migrate(empty_db.conn) == 0


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew, match="newer than this program"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not a database " * 100)
    with pytest.raises(DatabaseError, match="not an incidents database"):
        open_database(path)


def test_a_missing_database_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database"):
        open_database(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_a_version_1_database_migrates_forward(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO incidents (date_start, date_end, precision, title, kind) VALUES ('2018-06-19', '2018-06-19', 'day', 't', 'other')"
    )
    conn.close()
    db = open_database(path)
    assert version(db.conn) == LATEST
    assert "incidents_timeline" in {i.name for i in db["incidents"].indexes}
    assert db.execute("SELECT title FROM incidents").fetchall() == [("t",)], "data survives the migration"
