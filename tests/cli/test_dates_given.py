"""Dates given in metadata are full dates or refused; none is completed from the clock; none breaks the import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.run import incidents, no_traceback

ARTICLE = "On Monday, the city council voted to close the central library, officials said.\n"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Monday", "'Monday' is not a full date"),
        ("2018", "'2018' is not a full date"),
        ("June 5th", "'June 5th' is not a full date"),
        ("0001-01-01", "'0001-01-01' lies outside the years 1000–2999"),
        ("05/06/2018", "'05/06/2018' could be day/month or month/day"),
    ],
)
def test_published_must_be_a_full_date(tmp_path: Path, value: str, reason: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "i.db"
    ran = incidents("import", tmp_path / "a.txt", "--published", value, "--db", db, home=tmp_path)
    no_traceback(ran)
    assert ran.code == 2
    assert reason in ran.err and "--published" in ran.err
    assert not db.exists()


def test_a_full_written_date_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "i.db"
    assert (
        incidents("import", tmp_path / "a.txt", "--published", "Tuesday, 5 March 2019", "--db", db, home=tmp_path).code
        == 0
    )
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT published, published_source FROM documents").fetchone() == ("2019-03-05", "user")
    assert conn.execute("SELECT date_start FROM incidents").fetchone() == ("2019-03-04",)
    conn.close()


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("date: June 5th", "front matter date: 'June 5th' is not a full date"),
        ("date: 9999-12-31", "front matter date: '9999-12-31' lies outside the years 1000–2999"),
    ],
)
def test_a_bad_front_matter_date_refuses_that_file_only(tmp_path: Path, front: str, reason: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.md").write_text(f"---\n{front}\n---\n{ARTICLE}", encoding="utf-8")
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "i.db"
    for _attempt in range(2):  # and on every rerun: the good file is in, the bad one is refused again
        ran = incidents("import", folder, "--published", "2019-03-05", "--db", db, home=tmp_path)
        no_traceback(ran)
        assert ran.code == 1
        assert any(line.startswith(f"refused: {folder / 'bad.md'}: {reason}") for line in ran.lines), ran.err
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT file_name FROM documents").fetchall() == [("good.txt",)]
        conn.close()


def test_an_article_without_any_date_gets_none(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "On June 5, the council voted to close the library, officials said.\n", encoding="utf-8"
    )
    db = tmp_path / "i.db"
    ran = incidents("import", tmp_path / "a.txt", "--db", db, home=tmp_path)
    assert ran.code == 0
    assert any(line.startswith("no publication date for 1 file") for line in ran.lines), ran.err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT published, published_source FROM documents").fetchone() == (None, "unknown")
    assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,), "a year is never taken from the clock"
    conn.close()
