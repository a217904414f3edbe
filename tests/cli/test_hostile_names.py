"""Escapes and markup in file names and manifest fields never reach the terminal, a spreadsheet or a Markdown page."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

from tests.cli.run import incidents

OSC52 = "\x1b]52;c;ZXZpbA==\x07"  # a clipboard write
ARTICLE = "On June 19, protesters surrounded the office building, police said.\n"


def _import(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"evil{OSC52}.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two\nlines <img src=x onerror=alert(1)>.txt").write_text(
        ARTICLE.replace("June 19", "June 20"), encoding="utf-8"
    )
    (folder / "=HYPERLINK(1).txt").write_text(
        "@SUM(A1) On June 21, nurses walked out, the union said.\n", encoding="utf-8"
    )
    manifest = tmp_path / "sources.csv"
    manifest.write_text(
        f"file,published,outlet,title\nevil{OSC52}.txt,2018-07-31,Daily{OSC52} [red]News[/red],Head\x1b[31mline\n"
        '"two\nlines <img src=x onerror=alert(1)>.txt",2018-07-31,<script>x</script>,\n=HYPERLINK(1).txt,2018-07-31,+Outlet,\n',
        encoding="utf-8",
    )
    db = tmp_path / "i.db"
    ran = incidents("import", folder, "--manifest", manifest, "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    assert "\x1b" not in ran.err and "\x07" not in ran.err, "the import's own report is clean too"
    return db


def test_names_and_fields_are_stored_clean(tmp_path: Path) -> None:
    db = _import(tmp_path)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT file_name, outlet, title FROM documents ORDER BY file_name").fetchall()
    conn.close()
    assert rows == [
        ("=HYPERLINK(1).txt", "+Outlet", None),
        ("evil.txt", "Daily [red]News[/red]", "Headline"),
        ("two lines <img src=x onerror=alert(1)>.txt", "<script>x</script>", None),
    ]


def test_show_and_list_print_no_escape(tmp_path: Path) -> None:
    db = _import(tmp_path)
    listing = incidents("list", "--db", db, home=tmp_path)
    shown = [incidents("show", line.split()[0], "--db", db, home=tmp_path) for line in listing.out.splitlines()]
    everything = listing.out + "".join(s.out + s.err for s in shown)
    assert shown and "\x1b" not in everything and "\x07" not in everything
    assert "Daily [red]News[/red]" in everything, "markup-like text is shown as the text it is"


def test_csv_export_cannot_be_made_to_run_a_formula(tmp_path: Path) -> None:
    db = _import(tmp_path)
    ran = incidents("export", "--format", "csv", "--db", db, home=tmp_path)
    cells = [cell for row in csv.reader(io.StringIO(ran.out)) for cell in row]
    assert "'=HYPERLINK(1).txt" in cells
    assert any(c.startswith("'@SUM(A1)") for c in cells)
    assert not any(c[:1] in ("=", "+", "-", "@", "\t", "\r") for c in cells)


def test_markdown_export_escapes_names_and_keeps_every_quote_in_its_block(tmp_path: Path) -> None:
    db = _import(tmp_path)
    ran = incidents("export", "--format", "md", "--db", db, home=tmp_path)
    text = ran.out
    assert re.search(r"(?<!\\)[<>]", text.replace("\n>", "\n")) is None, "every angle bracket is escaped"
    assert "two lines \\<img src=x onerror=alert(1)\\>.txt" in text
    assert "[red]" not in text and "\\[red\\]" in text
    for block in text.split("\n\n"):
        if block.startswith(">"):
            assert all(line.startswith(">") for line in block.splitlines()), block
