"""PDF articles: the text layer is read page by page, passages are cited by page, and a scan is refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.run import incidents
from tests.pdfs import pdf


def test_a_pdf_is_read_and_its_passages_cited_by_page(tmp_path: Path) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(
        pdf(
            [
                ["Office of the City Attorney", "To the council, regarding the library."],
                [
                    "On June 19, 2018, protesters surrounded the library, police said.",
                    "The union sent a cease and desist letter to the mayor on June 20, 2018.",
                ],
            ],
            title="Letter to the council",
        )
    )
    db = tmp_path / "i.db"
    ran = incidents("import", letter, "--db", db, home=tmp_path)
    assert ran.code == 0, ran.err
    conn = sqlite3.connect(db)
    text, pages, title = conn.execute("SELECT text, pages, title FROM documents").fetchone()
    conn.close()
    assert title == "Letter to the council"
    first, second = (int(p) for p in pages.split(","))
    assert first == 0 and text[second:].startswith("On June 19, 2018, protesters surrounded the library")
    exported = [json.loads(line) for line in incidents("export", "--db", db, home=tmp_path).out.splitlines()]
    assert exported and all(e["page"] == 2 for r in exported for e in r["evidence"])
    shown = incidents("show", str(exported[0]["id"]), "--db", db, home=tmp_path).out
    assert "letter.pdf" in shown and " · p. 2 [" in shown, "the page of each passage"


def test_a_scanned_pdf_without_text_is_refused_with_the_reason(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf([[], []]))
    ran = incidents("import", scan, "--db", tmp_path / "i.db", home=tmp_path)
    assert ran.code == 1
    assert (
        f"refused: {scan}: PDF without a text layer (a scan?); run text recognition (OCR) on it and import the result"
    ) in ran.lines
