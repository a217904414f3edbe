"""Bad files get a one-line reason, never spoil the rest of an import, and never harm the database."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
import sqlite_utils

from explorer.ingest import readers
from explorer.ingest.pipeline import import_paths
from tests.conftest import SEEDS

GOOD = "On June 19, protesters surrounded the office building, police said.\n"


def _counts(db: sqlite_utils.Database) -> tuple[int, int]:
    return (
        db.execute("SELECT count(*) FROM documents").fetchone()[0],
        db.execute("SELECT count(*) FROM incidents").fetchone()[0],
    )


def _import_one_bad(db: sqlite_utils.Database, folder: Path, name: str, data: bytes) -> str:
    """Import a folder with one good and one bad file; return the bad file's reason."""
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    before = _counts(db)
    summary = import_paths(db, [folder])
    assert [p.name for p in summary.imported] == ["good.txt"], "the good file still goes in"
    assert _counts(db)[0] == before[0] + 1
    (reason,) = [r for p, r in summary.refused if p.name == name]
    assert "\n" not in reason
    return reason


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  ", "no article text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file"),
        ("noise.txt", bytes(range(1, 32)) * 40, "binary file"),
        ("bad-bom.txt", codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe", "not valid UTF-8"),
    ],
)
def test_bad_files_are_refused_with_a_reason(
    seeds_db: sqlite_utils.Database, tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    before_incidents = seeds_db.execute("SELECT id, title FROM incidents ORDER BY id").fetchall()
    assert expected in _import_one_bad(seeds_db, tmp_path, name, data)
    after = seeds_db.execute("SELECT id, title FROM incidents ORDER BY id").fetchall()
    assert after[: len(before_incidents)] == before_incidents, "nothing already stored is lost"


def test_too_large_is_refused(empty_db: sqlite_utils.Database, tmp_path: Path) -> None:
    big = b"On June 19, protesters surrounded the office building. " * (21_000_000 // 55)
    assert len(big) > readers.MAX_TEXT_BYTES
    reason = _import_one_bad(empty_db, tmp_path, "huge.txt", big)
    assert reason == "too large (21.0 MB of text, limit 20.0 MB); split it into articles"


def test_missing_path_is_reported(empty_db: sqlite_utils.Database, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    summary = import_paths(empty_db, [tmp_path / "nowhere", tmp_path / "good.txt"])
    assert summary.refused == [(tmp_path / "nowhere", "no such file or folder; check the path")]
    assert [p.name for p in summary.imported] == ["good.txt"]


@pytest.mark.parametrize(
    ("encoded", "note"),
    [
        (GOOD.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + GOOD.encode("utf-8"), "UTF-8 with BOM"),
        (GOOD.encode("utf-16"), "UTF-16 with BOM"),
        ("Le café a fermé. ".encode("cp1252") * 5 + GOOD.encode("cp1252"), "legacy single-byte"),
    ],
)
def test_encodings_are_detected(empty_db: sqlite_utils.Database, tmp_path: Path, encoded: bytes, note: str) -> None:
    (tmp_path / "a.txt").write_bytes(encoded)
    summary = import_paths(empty_db, [tmp_path / "a.txt"])
    assert summary.ok, note
    text = empty_db.execute("SELECT text FROM documents").fetchone()[0]
    assert text.endswith(GOOD), note
    assert "\ufeff" not in text


def test_escape_sequences_and_controls_are_removed_on_import(empty_db: sqlite_utils.Database, tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text("Title\x1b]52;c;ZXZpbA==\x07 here\x1b[31m red\x00\n\n" + GOOD, encoding="utf-8")
    import_paths(empty_db, [tmp_path])
    text = empty_db.execute("SELECT text FROM documents").fetchone()[0]
    assert text.startswith("Title here red\n\n")


def test_front_matter_gives_metadata(empty_db: sqlite_utils.Database, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Camp cleared\ndate: 2018-07-31\noutlet: The Daily\n---\nOn Monday, police cleared the camp.\n",
        encoding="utf-8",
    )
    import_paths(empty_db, [tmp_path])
    row = empty_db.execute("SELECT title, outlet, published, published_source, text FROM documents").fetchone()
    assert row == ("Camp cleared", "The Daily", "2018-07-31", "metadata", "On Monday, police cleared the camp.\n")
    assert empty_db.execute("SELECT date_start FROM incidents").fetchone()[0] == "2018-07-30"


def test_html_article(empty_db: sqlite_utils.Database, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Raid | Daily</title><meta property='og:site_name' content='The Daily'>"
        "<meta property='article:published_time' content='2018-07-31T09:00:00Z'></head><body><nav>Menu</nav>"
        "<article><h1>Raid</h1><p>On Monday, federal police raided the protest camp outside the office.</p>"
        "<p>Officials said the camp had been there for weeks, and several people were arrested.</p></article>"
        "<script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    summary = import_paths(empty_db, [tmp_path])
    assert summary.ok
    outlet, published, text = empty_db.execute("SELECT outlet, published, text FROM documents").fetchone()
    assert (outlet, published) == ("The Daily", "2018-07-31")
    assert "alert" not in text and "Menu" not in text
    assert empty_db.execute("SELECT date_start FROM incidents").fetchone()[0] == "2018-07-30"


def test_manifest_supplies_dates_and_outlets(empty_db: sqlite_utils.Database, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("On Monday, the union sent a letter to the mayor.\n", encoding="utf-8")
    (tmp_path / "m.csv").write_text("file,published,outlet,title,url\na.txt,2018-07-31,KOIN,Letter,http://x\n")
    summary = import_paths(empty_db, [tmp_path / "m.csv"])
    assert summary.ok
    row = empty_db.execute("SELECT outlet, title, published, published_source FROM documents").fetchone()
    assert row == ("KOIN", "Letter", "2018-07-31", "manifest")


def test_user_date_wins(empty_db: sqlite_utils.Database) -> None:
    from datetime import date

    import_paths(empty_db, [SEEDS / "002_78390224f86cb7bc.txt"], published=date(2018, 7, 29))
    assert empty_db.execute("SELECT published, published_source FROM documents").fetchone() == ("2018-07-29", "user")
