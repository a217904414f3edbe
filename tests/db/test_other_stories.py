"""Stories unlike the sample (a court case, a wire report, an HTML page) read as a careful reader would."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from explorer.extract import date_expressions
from explorer.ingest.pipeline import import_paths
from tests.conftest import DATA


def _incidents(db: sqlite_utils.Database) -> list[tuple[str, str, str, str]]:
    return db.execute("SELECT date_start, date_end, kind, title FROM incidents ORDER BY date_start, id").fetchall()


def test_court_story(empty_db: sqlite_utils.Database) -> None:
    import_paths(empty_db, [DATA / "court.md"])
    found = {(start, kind): title for start, _end, kind, title in _incidents(empty_db)}
    assert "sentenced" in found[("2023-03-13", "legal action")], "'sentenced Monday' in an article of Wed 15 Mar"
    assert "pleaded guilty" in found[("2022-11-01", "legal action")], "'in November' is the November before"
    assert "arrested" in found[("2022-06-03", "arrest")]
    assert "resigned" in found[("2022-06-04", "other")], "'the next day' follows the story"


def test_wire_story(empty_db: sqlite_utils.Database) -> None:
    import_paths(empty_db, [DATA / "wire.txt"])
    published = empty_db.execute("SELECT published, published_source FROM documents").fetchone()
    assert published == ("2024-07-10", "dateline"), "a 'Published:' line at the end of the page"
    rows = _incidents(empty_db)
    storm = next(r for r in rows if "storm knocked out" in r[3])
    assert storm[0] == "2024-07-09" and not storm[3].startswith("HOUSTON"), "the wire dateline is not the title"
    hearing = next(r for r in rows if "hearing" in r[3])
    assert hearing[0] == "2024-07-05", "'Last Friday' dates the hearing, not the 'in May' of a subordinate clause"
    people = {r[0] for r in empty_db.execute("SELECT name FROM actors WHERE kind = 'person'")}
    assert {"John Whitmire", "Greg Abbott"} <= people


def test_html_story(empty_db: sqlite_utils.Database) -> None:
    import_paths(empty_db, [DATA / "strike.html"])
    rows = _incidents(empty_db)
    assert ("2022-09-12", "2022-09-12", "protest") in [r[:3] for r in rows], "the walkout began on Sept. 12"
    assert any(r[0] == "2022-09-13" and r[2] == "arrest" for r in rows), "'On Tuesday' before Fri 16 Sep"


def test_a_misspelt_name_joins_the_same_person_only_with_support(empty_db: sqlite_utils.Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("On June 19, attorney Sean Riddell sent a letter to the council.\n")
    (tmp_path / "b.txt").write_text("On June 20, Sean Ridell said the council had not replied to the letter.\n")
    (tmp_path / "c.txt").write_text("On June 21, John Ridell, a council member, told reporters he had resigned.\n")
    import_paths(empty_db, [tmp_path], published=None)
    people = sorted(r[0] for r in empty_db.execute("SELECT name FROM actors WHERE kind = 'person'"))
    assert people == ["John Ridell", "Sean Riddell"], "same first name merges; a different first name does not"
    aliases = {r[0] for r in empty_db.execute(
        "SELECT alias FROM aliases JOIN actors ON actors.id = actor_id WHERE name = 'Sean Riddell'")}  # fmt: skip
    assert "Sean Ridell" in aliases


def test_british_dates_and_things_to_come(empty_db: sqlite_utils.Database) -> None:
    import_paths(empty_db, [DATA / "council.txt"])
    published = empty_db.execute("SELECT published, published_source FROM documents").fetchone()
    assert published == ("2021-03-14", "dateline"), "'Published 14 March 2021'"
    rows = _incidents(empty_db)
    assert ("2021-01-04", "2021-02-15") in [r[:2] for r in rows], "'from 4 January to 15 February'"
    assert any(r[0] == "2021-03-02" and "petition" in r[3] for r in rows), "'on 2 March'"
    assert not [r for r in rows if r[3].startswith(("The branches will close", "The council said mobile"))], (
        "plans are not incidents: 'will close at the end of April', 'would be expanded from May'"
    )
    text = (DATA / "council.txt").read_text(encoding="utf-8")
    may = next(e for e in date_expressions(text, date(2021, 3, 14)) if e.text.endswith("May"))
    assert (may.date_start, may.date_end) == (date(2021, 5, 1), date(2021, 5, 31)), "the coming May, not the last"


def test_narrative_and_statement_dates(empty_db: sqlite_utils.Database) -> None:
    import_paths(empty_db, [DATA / "outage.txt"], published=date(2023, 9, 22))
    rows = {r[3]: r[0] for r in _incidents(empty_db)}
    outage = next(day for title, day in rows.items() if title.startswith("A major outage"))
    update = next(day for title, day in rows.items() if title.startswith("Engineers traced it"))
    assert (outage, update) == ("2023-09-20", "2023-09-19"), "'the previous night' counts back from the story's day"
    assert all('"' not in title for title in rows), "no quotation mark left without its partner"
