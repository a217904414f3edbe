"""Manifests as people write them: matched by relative path or by file name, every unused row reported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.run import incidents, no_traceback

ARTICLES = {
    "council.txt": "On Monday, the city council voted to close the central library, officials said.\n",
    "strike.txt": "On Tuesday, nurses walked off the job at the county hospital, the union said.\n",
    "court.txt": "A judge ruled on Wednesday that the closure was lawful, lawyers for the city said.\n",
}


def _story(root: Path) -> Path:
    """The layout people use: ~/story/articles/ and ~/story/sources.csv beside it, with bare file names."""
    articles = root / "story" / "articles"
    articles.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    return articles


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_bare_file_names_beside_the_articles_folder_apply_every_date(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    manifest = articles.parent / "sources.csv"
    manifest.write_text(
        "file,published,outlet,title,url\n"
        "council.txt,2019-03-05,The Herald,Library to close,https://example.org/a\n"
        'strike.txt,"March 6, 2019",The Courier,,\n'
        "court.txt,2019-03-07,The Ledger,,\n",
        encoding="utf-8",
    )
    db = tmp_path / "i.db"
    ran = incidents("import", articles, "--manifest", manifest, "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    assert f"manifest {manifest}: 3 of 3 rows matched" in ran.lines
    assert _rows(db, "SELECT file_name, published, published_source, outlet FROM documents ORDER BY file_name") == [
        ("council.txt", "2019-03-05", "manifest", "The Herald"),
        ("court.txt", "2019-03-07", "manifest", "The Ledger"),
        ("strike.txt", "2019-03-06", "manifest", "The Courier"),
    ]
    # "On Monday" in an article of Tuesday 5 March 2019 is 4 March 2019, not a date taken from the clock
    assert ("2019-03-04",) in _rows(db, "SELECT date_start FROM incidents")


def test_a_bad_row_is_reported_with_its_line_and_the_rest_still_apply(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    manifest = articles.parent / "sources.csv"
    manifest.write_text(
        "file,published,outlet\ncouncil.txt,2019-03-05,The Herald\nstrike.txt,June 5th,The Courier\n"
        "court.txt,2019-03-07,The Ledger\n",
        encoding="utf-8",
    )
    db = tmp_path / "i.db"
    ran = incidents("import", articles, "--manifest", manifest, "--db", db, home=tmp_path)
    no_traceback(ran)
    assert ran.code == 1, "a row that could not be used makes the import end in 1"
    assert (
        f"manifest {manifest} line 3: publication date: 'June 5th' is not a full date; give the day, month and"
        " year (2018-07-31 or July 31, 2018); row skipped"
    ) in ran.lines
    assert f"manifest {manifest}: 2 of 3 rows matched" in ran.lines
    published = dict(_rows(db, "SELECT file_name, published_source FROM documents"))
    assert published == {"council.txt": "manifest", "court.txt": "manifest", "strike.txt": "unknown"}


def test_a_manifest_that_matches_nothing_is_an_error_and_imports_nothing(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    manifest = tmp_path / "other.csv"
    manifest.write_text("file,published\nelsewhere/a.txt,2019-03-05\nb.txt,2019-03-06\n", encoding="utf-8")
    db = tmp_path / "i.db"
    ran = incidents("import", articles, "--manifest", manifest, "--db", db, home=tmp_path)
    no_traceback(ran)
    assert ran.code == 1
    assert ran.lines == [
        f"Error: manifest {manifest} matches none of the 3 files being imported (its first row names"
        " 'elsewhere/a.txt'); give paths relative to the manifest, or the imported files' names"
    ]
    assert not db.exists(), "nothing was imported, and no database was made"


def test_unmatched_rows_duplicates_and_files_without_a_row_are_listed(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    manifest = articles.parent / "sources.csv"
    manifest.write_text(
        "file,published,notes\ncouncil.txt,2019-03-05,x\ncouncil.txt,2019-03-05,x\nmissing.txt,2019-03-01,\n",
        encoding="utf-8",
    )
    ran = incidents("import", articles, "--manifest", manifest, "--db", tmp_path / "i.db", home=tmp_path)
    assert ran.code == 0, ran.err
    assert f"manifest {manifest} line 3: 'council.txt' is already given on line 2; row skipped" in ran.lines
    assert (
        f"manifest {manifest}: column 'notes' is not used (the columns are file, published, outlet, title, url)"
        in ran.lines
    )
    assert f"manifest {manifest}: 1 row matches no file being imported: line 4 'missing.txt'" in ran.lines
    assert "no manifest row for 2 files (dates come from the files): court.txt, strike.txt" in ran.lines


def test_a_name_that_fits_several_files_is_not_guessed(tmp_path: Path) -> None:
    root = tmp_path / "story"
    for outlet in ("herald", "courier"):
        (root / outlet).mkdir(parents=True)
        (root / outlet / "report.txt").write_text(f"On Monday, the {outlet} said the council met.\n", encoding="utf-8")
    manifest = root / "sources.csv"
    manifest.write_text("file,published\nreport.txt,2019-03-04\nherald/report.txt,2019-03-05\n", encoding="utf-8")
    db = tmp_path / "i.db"
    ran = incidents("import", root, "--manifest", manifest, "--db", db, home=tmp_path)
    assert any(
        line.startswith(f"manifest {manifest} line 2: 'report.txt' fits 2 files (") and "give its path relative" in line
        for line in ran.lines
    ), ran.err
    assert f"manifest {manifest}: 1 of 2 rows matched" in ran.lines
    dated = _rows(db, "SELECT path, published FROM documents WHERE published_source = 'manifest'")
    assert dated == [(str(root / "herald" / "report.txt"), "2019-03-05")], "only the row that names one file applies"


def test_a_manifest_alone_imports_the_files_it_lists(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    manifest = articles / "sources.csv"
    manifest.write_text("file,published\ncouncil.txt,2019-03-05\nstrike.txt,2019-03-06\n", encoding="utf-8")
    db = tmp_path / "i.db"
    ran = incidents("import", "--manifest", manifest, "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    assert sorted(r[0] for r in _rows(db, "SELECT file_name FROM documents")) == ["council.txt", "strike.txt"]


def test_a_manifest_kept_among_the_articles_is_found_and_said_so(tmp_path: Path) -> None:
    articles = _story(tmp_path)
    (articles / "sources.csv").write_text("file,published\ncouncil.txt,2019-03-05\n", encoding="utf-8")
    (articles / "budget.csv").write_text("item,amount\nbooks,100\n", encoding="utf-8")
    db = tmp_path / "i.db"
    ran = incidents("import", articles, "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    assert f"manifest {articles / 'sources.csv'} (found among the articles): 1 of 1 rows matched" in ran.lines
    assert "skipped 1 file of other types (.csv)" in ran.lines, "a CSV without a 'file' column is no manifest"
    assert _rows(db, "SELECT published FROM documents WHERE file_name = 'council.txt'") == [("2019-03-05",)]
