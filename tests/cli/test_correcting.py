"""What went in can be corrected: metadata imported again updates documents and their incidents; documents can go."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.run import incidents, no_traceback

FIRST = (
    "On June 19, 2018, protesters surrounded the federal office building, police said.\n\n"
    "On Monday, union attorney Sean Riddell sent a cease and desist letter to Mayor Ted Wheeler.\n"
)
SECOND = "Union attorney Sean Riddell sent the cease and desist letter to Mayor Ted Wheeler on July 30, 2018.\n"


def _rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _incident_of(db: Path, file_name: str, words: str) -> tuple[object, ...]:
    (row,) = _rows(
        db,
        "SELECT i.id, i.date_start FROM incidents i JOIN evidence e ON e.incident_id = i.id"
        " JOIN documents d ON d.id = e.document_id WHERE d.file_name = ? AND e.quote LIKE ? AND e.is_dated = 1",
        file_name,
        f"%{words}%",
    )
    return row


def _story(tmp_path: Path) -> tuple[Path, Path]:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "first.txt").write_text(FIRST, encoding="utf-8")
    (articles / "second.txt").write_text(SECOND, encoding="utf-8")
    return articles, tmp_path / "i.db"


def test_importing_again_with_a_manifest_corrects_dates_outlets_and_incidents(tmp_path: Path) -> None:
    articles, db = _story(tmp_path)
    assert incidents("import", articles, "--db", db, home=tmp_path).code == 0
    protest_id, protest_day = _incident_of(db, "first.txt", "surrounded")
    other_letter_id, _ = _incident_of(db, "second.txt", "cease and desist")
    assert protest_day == "2018-06-19"
    assert _rows(db, "SELECT count(*) FROM evidence e JOIN documents d ON d.id = e.document_id"
                 " WHERE d.file_name = 'first.txt' AND e.quote LIKE '%cease and desist%'") == [(0,)], (
        "without its own date, first.txt cannot say which Monday: the letter is not dated from anything else"
    )  # fmt: skip

    manifest = tmp_path / "sources.csv"
    manifest.write_text("file,published,outlet\nfirst.txt,2018-07-31,The Herald\n", encoding="utf-8")
    ran = incidents("import", articles, "--manifest", manifest, "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    assert f"updated: {articles / 'first.txt'}: published unknown → 2018-07-31, outlet" in ran.lines
    assert ran.lines[-1].startswith("imported 0, updated 1, unchanged 1, refused 0")
    assert _rows(db, "SELECT published, published_source, outlet FROM documents WHERE file_name = 'first.txt'") == [
        ("2018-07-31", "manifest", "The Herald")
    ]
    assert _incident_of(db, "first.txt", "surrounded") == (protest_id, "2018-06-19"), (
        "a surviving incident keeps its id"
    )
    assert _incident_of(db, "first.txt", "cease and desist") == (other_letter_id, "2018-07-30"), (
        "the letter, now dated Monday 30 July, joined the other outlet's report of it"
    )

    again = incidents("import", articles, "--manifest", manifest, "--db", db, home=tmp_path)
    assert again.lines[-1].startswith("imported 0, updated 0, unchanged 2, refused 0 · 0 new incidents")


def test_remove_takes_a_document_its_passages_and_incidents_only_it_reported(tmp_path: Path) -> None:
    articles, db = _story(tmp_path)
    incidents("import", articles, "--published", "2018-07-31", "--db", db, home=tmp_path)
    letter_id, _ = _incident_of(db, "second.txt", "cease and desist")
    assert len({r[0] for r in _rows(db, "SELECT document_id FROM evidence WHERE incident_id = ?", letter_id)}) == 2

    refused = incidents("remove", articles / "first.txt", "--db", db, home=tmp_path, stdin="")
    assert refused.code == 2 and "add --yes to remove without asking" in refused.err
    assert _rows(db, "SELECT count(*) FROM documents") == [(2,)]

    ran = incidents("remove", articles / "first.txt", "--yes", "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    assert ran.lines[-1].startswith("removed 1 document(s): 1 first.txt · 1 incidents removed")
    assert _rows(db, "SELECT file_name FROM documents") == [("second.txt",)]
    assert _incident_of(db, "second.txt", "cease and desist") == (letter_id, "2018-07-30"), (
        "still reported by second.txt"
    )
    assert _rows(
        db, "SELECT count(*) FROM evidence e LEFT JOIN documents d ON d.id = e.document_id WHERE d.id IS NULL"
    ) == [(0,)]
    assert _rows(
        db, "SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM evidence WHERE incident_id = i.id)"
    ) == [(0,)]

    missing = incidents("remove", "999", "--yes", "--db", db, home=tmp_path)
    no_traceback(missing)
    assert missing.code == 2 and "no document 999; `incidents documents` lists them" in missing.err


def test_documents_lists_what_is_stored_and_where_each_date_came_from(tmp_path: Path) -> None:
    articles, db = _story(tmp_path)
    manifest = tmp_path / "sources.csv"
    manifest.write_text("file,published,outlet\nsecond.txt,2018-07-31,The Courier\n", encoding="utf-8")
    incidents("import", articles, "--manifest", manifest, "--db", db, home=tmp_path)
    ran = incidents("documents", "--db", db, home=tmp_path)
    assert ran.code == 0 and ran.err == ""
    header, *rows = ran.out.splitlines()
    assert header.split() == ["id", "file", "outlet", "published", "incidents"]
    assert any("first.txt" in r and "unknown" in r for r in rows)
    assert any("second.txt" in r and "The Courier" in r and "31 Jul 2018" in r and "(" not in r for r in rows)
    jsonl = incidents("documents", "--format", "jsonl", "--db", db, home=tmp_path)
    assert '"published_source": "manifest"' in jsonl.out


def test_new_text_for_a_stored_file_is_said_and_the_earlier_text_is_kept(tmp_path: Path) -> None:
    articles, db = _story(tmp_path)
    assert incidents("import", articles, "--db", db, home=tmp_path).code == 0
    (earlier,) = _rows(db, "SELECT id FROM documents WHERE file_name = 'second.txt'")
    (articles / "second.txt").write_text(SECOND.replace("July 30", "July 31"), encoding="utf-8")
    ran = incidents("import", articles, "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    said = [line for line in ran.lines if line.startswith("new text for a file stored before")]
    assert said == [
        f"new text for a file stored before: {articles / 'second.txt'}; the earlier text stays as document"
        f" {earlier[0]} (`incidents remove {earlier[0]}` drops it; reviewed incidents only it reports are kept"
        " as orphaned)"
    ]
    assert _rows(db, "SELECT count(*) FROM documents WHERE file_name = 'second.txt'") == [(2,)]
    again = incidents("import", articles, "--db", db, home=tmp_path)
    assert not [line for line in again.lines if line.startswith("new text")], "said once, when it happens"
