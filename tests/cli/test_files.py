"""Files and folders as they come: nothing skipped in silence, no odd message, every reader reads what a person sees."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.cli.run import incidents, no_traceback

ARTICLE = "On June 19, 2018, protesters surrounded the office building, police said.\n"


def _texts(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM documents ORDER BY id")]
    finally:
        conn.close()


def test_an_unreadable_subfolder_is_reported_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "open.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "locked").chmod(0)
    try:
        ran = incidents("import", folder, "--db", tmp_path / "i.db", home=tmp_path, unprivileged=True)
    finally:
        (folder / "locked").chmod(0o755)
    no_traceback(ran)
    assert ran.code == 1
    assert (
        f"refused: {folder / 'locked'}: unreadable folder (permission denied); the files in it were not imported"
        in ran.lines
    )
    assert ran.lines[-1].startswith("imported 1, updated 0, unchanged 0, refused 1")


def test_a_named_pipe_is_not_a_missing_file(tmp_path: Path) -> None:
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ran = incidents("import", pipe, tmp_path / "a.txt", "--db", tmp_path / "i.db", home=tmp_path, timeout=60)
    assert ran.code == 1
    assert f"refused: {pipe}: not a regular file (a named pipe); give article files or folders" in ran.lines


def test_a_thousand_nested_folders_are_walked(tmp_path: Path) -> None:
    deep = tmp_path / "in"
    deep.mkdir()
    for _level in range(1000):  # one level at a time: pathlib's own mkdir(parents=True) recurses
        deep = deep / "d"
        deep.mkdir()
    (deep / "bottom.txt").write_text(ARTICLE, encoding="utf-8")
    try:
        ran = incidents("import", tmp_path / "in", "--db", tmp_path / "i.db", home=tmp_path)
    finally:
        (deep / "bottom.txt").unlink()
        while deep != tmp_path:  # removed bottom up, one level at a time: shutil.rmtree recurses too
            deep.rmdir()
            deep = deep.parent
    no_traceback(ran)
    assert ran.code == 0 and ran.lines[-1].startswith("imported 1,")


def test_sizes_are_said_in_one_unit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"On June 19, 2018, a council met. " * 700_000)  # 23.1 MB
    ran = incidents("import", tmp_path / "big.txt", "--db", tmp_path / "i.db", home=tmp_path)
    assert (
        f"refused: {tmp_path / 'big.txt'}: too large (23.1 MB of text, limit 20.0 MB); split it into articles"
        in ran.lines
    )


def test_a_large_html_page_is_judged_on_its_text(tmp_path: Path) -> None:
    script = "<script>" + "var tracking = 'x';\n" * 600_000 + "</script>"  # 12 MB of script
    body = "<p>On Monday, the council voted to close the library, officials said.</p>" * 20
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Vote</title>{script}</head><body><article>{body}</article></body></html>")
    assert page.stat().st_size > 12_000_000
    db = tmp_path / "i.db"
    ran = incidents("import", page, "--published", "2019-03-05", "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    (text,) = _texts(db)
    assert "council voted to close the library" in text and "tracking" not in text


def test_latin1_html_declared_as_utf8_is_read_as_latin1(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    html = (
        '<html><head><meta charset="utf-8"><title>Vote</title></head><body><article><h1>Vote</h1>'
        "<p>On Monday, councillor Ana Muñoz said the vote on the library was close. The mayor, José Peña,"
        " disagreed and said the branch would stay open for now.</p></article></body></html>"
    )
    page.write_bytes(html.encode("latin-1"))
    db = tmp_path / "i.db"
    assert incidents("import", page, "--published", "2019-03-05", "--db", db, home=tmp_path).code == 0
    (text,) = _texts(db)
    assert "Muñoz" in text and "José Peña" in text


def test_invisible_characters_are_removed_so_names_match(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "On June 19, 2018, Mayor Ted\u200b Whee\u00adler met protesters outside city hall, police said. 👩\u200d💻\n",
        encoding="utf-8",
    )
    db = tmp_path / "i.db"
    assert incidents("import", tmp_path / "a.txt", "--db", db, home=tmp_path).code == 0
    (text,) = _texts(db)
    assert "Ted Wheeler" in text and "👩\u200d💻" in text, "the emoji keeps its joiner"
    assert "Ted Wheeler" in incidents("list", "--search", "wheeler", "--db", db, home=tmp_path).out


def test_an_empty_folder_says_so_and_makes_no_database(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    db = tmp_path / "i.db"
    ran = incidents("import", tmp_path / "empty", "--db", db, home=tmp_path)
    assert ran.code == 1
    assert ran.lines == [
        f"Error: no .txt, .md, .html or .pdf files in {tmp_path / 'empty'} (only .jpg); give article files, folders or"
        " a manifest"
    ]
    assert not db.exists()
    missing = incidents("import", "/nonexistent", "--db", db, home=tmp_path)
    assert missing.code == 1 and missing.lines == ["Error: /nonexistent: no such file or folder; check the path"]
    assert not db.exists()


def test_an_empty_database_says_it_is_empty_not_that_filters_excluded_everything(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    (tmp_path / "undated.txt").write_text("The council met and talked.\n", encoding="utf-8")
    incidents("import", tmp_path / "undated.txt", "--db", db, home=tmp_path)
    ran = incidents("list", "--db", db, home=tmp_path)
    assert ran.code == 0 and ran.out == ""
    assert ran.lines == [f"{db} holds no incidents yet; import articles with `incidents import PATH`"]


@pytest.mark.parametrize("suffix", [".md", ".markdown"])
def test_markdown_is_read_as_the_text_a_reader_sees(tmp_path: Path, suffix: str) -> None:
    article = tmp_path / f"vote{suffix}"
    article.write_text(
        "# Union vote\n\n**Union** members voted on *Monday* to strike, [the union](https://example.org) said.\n\n"
        "- The vote was `close`.\n- Talks resume on Friday.\n",
        encoding="utf-8",
    )
    db = tmp_path / "i.db"
    assert incidents("import", article, "--published", "2019-03-05", "--db", db, home=tmp_path).code == 0
    (text,) = _texts(db)
    assert text == (
        "Union vote\n\nUnion members voted on Monday to strike, the union said.\n\n• The vote was close.\n\n"
        "• Talks resume on Friday.\n"
    )
    conn = sqlite3.connect(db)
    titles = [r[0] for r in conn.execute("SELECT title FROM incidents")]
    conn.close()
    assert titles and not any(mark in t for t in titles for mark in ("*", "[", "`"))
