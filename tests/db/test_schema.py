"""The schema: migrations from blank, versioning, refusal of newer databases, pragmas."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from db.connection import DatabaseError, open_database, open_readonly
from db.schema import APPLICATION_ID, LATEST, MIGRATIONS, SchemaTooNew, migrate, version
from explorer.ingest.pipeline import import_paths
from tests.conftest import DATA, ROOT

EXPECTED_COLUMNS = {
    "documents": {
        "id", "file_name", "path", "sha256", "title", "outlet", "author", "url", "published", "published_source",
        "published_note", "text", "imported_at", "import_run_id", "published_latest", "pages",
    },
    "incidents": {
        "id", "date_start", "date_end", "precision", "date_note", "title", "kind", "location", "terms", "source_count",
        "needs_check",
    },
    "actors": {"id", "name", "kind", "title"},
    "aliases": {"id", "actor_id", "alias", "document_id"},
    "incident_actors": {"incident_id", "actor_id", "role"},
    "evidence": {
        "id", "incident_id", "document_id", "start", "end", "quote", "context_before", "context_after", "date_text",
        "date_start", "date_end", "precision", "is_dated", "durations", "mention_id",
    },
    "mentions": {
        "id", "document_id", "incident_id", "ordinal", "date_start", "date_end", "precision", "date_note", "title",
        "kind", "location", "terms", "actor_keys", "wide",
    },
    "mention_actors": {"mention_id", "actor_id", "role"},
    "raw_files": {"raw_sha256", "document_id"},
    "reviews": {
        "incident_id", "status", "starred", "note", "title", "date_start", "date_end", "precision", "kind",
        "machine_title", "machine_date_start", "machine_date_end", "machine_precision", "machine_kind",
        "machine_date_note", "orphaned",
        "updated_at",
    },
    "review_tags": {"incident_id", "tag"},
    "review_actors": {"incident_id", "actor_id", "change"},
    "anchors": {"document_sha", "start", "end", "incident_id"},
    "history": {"id", "change_id", "incident_id", "at", "user", "action", "field", "old", "new", "undone"},
    "import_runs": {
        "id", "started_at", "finished_at", "paths", "imported", "unchanged", "refused", "incidents_added", "version",
        "updated", "removed",
    },
}  # fmt: skip


def test_blank_database_migrates_to_the_expected_columns(empty_db: sqlite_utils.Database) -> None:
    for table, columns in EXPECTED_COLUMNS.items():
        assert set(empty_db[table].columns_dict) == columns, table
    assert {"documents_fts", "incidents_fts"} <= set(empty_db.table_names())
    assert version(empty_db.conn) == LATEST
    assert empty_db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


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
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew, match="newer than this program"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not a database " * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a database"):
        open_database(path)
    assert path.read_bytes() == before


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


def _database_from_dump(path: Path, schema: int) -> None:
    """A database exactly as an earlier schema wrote it (the sample imported), from its dump in tests/data."""
    conn = sqlite3.connect(path)
    conn.executescript((DATA / f"schema-v{schema}-seeds.sql").read_text(encoding="utf-8"))
    conn.close()


def test_a_version_2_database_upgrades_in_place_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    _database_from_dump(path, 2)
    old = sqlite3.connect(path)
    incidents = old.execute("SELECT id, date_start, title FROM incidents ORDER BY id").fetchall()
    passages = old.execute(
        "SELECT id, incident_id, document_id, start, end, quote FROM evidence ORDER BY id"
    ).fetchall()
    documents = old.execute("SELECT id, sha256, published FROM documents ORDER BY id").fetchall()
    old.close()
    db = open_database(path, create=False)
    assert version(db.conn) == LATEST
    assert db.execute("SELECT id, date_start, title FROM incidents ORDER BY id").fetchall() == incidents
    assert (
        db.execute("SELECT id, incident_id, document_id, start, end, quote FROM evidence ORDER BY id").fetchall()
        == passages
    )
    assert db.execute("SELECT id, sha256, published FROM documents ORDER BY id").fetchall() == documents
    # every passage now belongs to a mention of its incident, one mention per incident and document
    orphans = db.execute(
        "SELECT count(*) FROM evidence e LEFT JOIN mentions m ON m.id = e.mention_id"
        " WHERE m.id IS NULL OR m.incident_id != e.incident_id OR m.document_id != e.document_id"
    ).fetchone()[0]
    assert orphans == 0
    pairs = db.execute("SELECT count(*) FROM (SELECT DISTINCT incident_id, document_id FROM evidence)").fetchone()[0]
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == pairs
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_upgraded_database_takes_new_articles_into_its_incidents(tmp_path: Path) -> None:
    from explorer.ingest.pipeline import import_paths

    path = tmp_path / "v2.db"
    _database_from_dump(path, 2)
    db = open_database(path, create=False)
    before = db.execute("SELECT count(*) FROM incidents").fetchone()[0]
    article = tmp_path / "more.txt"
    article.write_text(
        "On Monday, union attorney Sean Riddell sent a cease and desist letter to Mayor Ted Wheeler.\n",
        encoding="utf-8",
    )
    summary = import_paths(db, [article], published=date(2018, 7, 31))
    assert summary.imported == [article]
    letter = db.execute(
        "SELECT i.id, count(DISTINCT e.document_id) FROM incidents i JOIN evidence e ON e.incident_id = i.id"
        " WHERE i.date_start = '2018-07-30' AND i.kind = 'legal action' GROUP BY i.id ORDER BY 2 DESC"
    ).fetchone()
    assert letter[1] >= 5, "the new report joined the letter the old database already knew"
    assert db.execute("SELECT count(*) FROM incidents").fetchone()[0] == before


def test_a_database_of_another_program_is_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('mine')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for opener in (lambda: open_database(path), lambda: open_readonly(path)):
        with pytest.raises(DatabaseError, match="another program"):
            opener()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"], "no journal or WAL files either"


def test_several_processes_creating_one_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    """Each opener reads version 0, then waits for the write lock; whoever comes second must not redo the work."""
    import threading

    path = tmp_path / "shared.db"
    start = threading.Barrier(6)
    failures: list[BaseException] = []

    def opener() -> None:
        start.wait()
        try:
            open_database(path).conn.close()
        except BaseException as error:  # collected and asserted below
            failures.append(error)

    threads = [threading.Thread(target=opener) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    conn = sqlite3.connect(path)
    assert version(conn) == LATEST
    conn.close()


def test_a_version_3_database_upgrades_in_place_and_takes_the_users_review(tmp_path: Path) -> None:
    from explorer.review.actions import change

    path = tmp_path / "v3.db"
    _database_from_dump(path, 3)
    old = sqlite3.connect(path)
    tables = ("documents", "incidents", "mentions", "evidence", "actors", "incident_actors", "aliases", "raw_files")
    columns = {t: ", ".join(r[1] for r in old.execute(f"PRAGMA table_info({t})")) for t in tables}
    before = {t: old.execute(f"SELECT {columns[t]} FROM {t} ORDER BY rowid").fetchall() for t in tables}
    assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    old.close()
    db = open_readonly(path)  # a reading command upgrades it (the only write, atomic)
    assert version(db.conn) == LATEST
    for table in tables:
        assert db.execute(f"SELECT {columns[table]} FROM {table} ORDER BY rowid").fetchall() == before[table], table
    assert db.execute("SELECT count(*) FROM incidents WHERE needs_check = 1").fetchone()[0] > 0, "worked out on upgrade"
    for quote, text, start, end in db.execute(
        "SELECT e.quote, d.text, e.start, e.end FROM evidence e JOIN documents d ON d.id = e.document_id"
    ).fetchall():
        assert quote == text[start:end]
    assert db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    db.conn.close()

    db = open_database(path, create=False)
    incident_id = before["incidents"][0][0]
    with change(db, user="tester") as done:
        done.set_status(incident_id, "verified")
        done.tag(incident_id, "checked")
    assert db.execute("SELECT status FROM reviews WHERE incident_id = ?", [incident_id]).fetchone() == ("verified",)
    assert db.execute("SELECT user, field, new FROM history").fetchall() == [
        ("tester", "status", "verified"), ("tester", "tag", "checked"),
    ]  # fmt: skip
    summary = import_paths(db, [ROOT / "seeds"], manifest=ROOT / "seeds" / "manifest.csv")
    assert len(summary.unchanged) == 5 and summary.incidents_added == 0
    assert db.execute("SELECT status FROM reviews WHERE incident_id = ?", [incident_id]).fetchone() == ("verified",)
