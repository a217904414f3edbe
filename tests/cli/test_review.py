"""Reviewing from the command line: review, edit, merge, split, history, undo, and the review filters."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.run import Ran, incidents, no_traceback
from tests.conftest import SEEDS


def _run(home: Path, *args: str) -> Ran:
    return incidents(*args, home=home)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample imported once; each test works on its own copy."""
    home = tmp_path_factory.mktemp("review")
    db = home / "sample.db"
    ran = _run(home, "import", str(SEEDS), "--db", str(db))
    assert ran.code == 0, ran.err
    return db


@pytest.fixture
def db(sample_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.db"
    source = sqlite3.connect(sample_db)
    source.execute("VACUUM INTO ?", [str(copy)])
    source.close()
    return copy


def _one(db: Path, sql: str, *params: object) -> tuple[object, ...]:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(sql, params).fetchone()
        assert row is not None, sql
        return tuple(row)
    finally:
        conn.close()


def _exported(tmp_path: Path, db: Path, *options: str) -> list[dict[str, object]]:
    ran = _run(tmp_path, "export", "--db", str(db), *options)
    assert ran.code == 0, ran.err
    return [json.loads(line) for line in ran.out.splitlines()]


def _with_sources(db: Path, count: int) -> int:
    return int(_one(db, "SELECT id FROM incidents WHERE source_count >= ? ORDER BY id", count)[0])


def test_review_sets_status_star_tags_and_note_and_export_carries_them(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 2)
    ran = _run(tmp_path, "review", str(target), "--status", "verified", "--star", "--tag", "Needs  Source,legal",
                    "--note", "Checked against the court filing.\nSecond line.", "--db", str(db))  # fmt: skip
    assert ran.code == 0, ran.err
    assert f"#{target} verified" in ran.out and "change 1 recorded" in ran.out
    (record,) = [r for r in _exported(tmp_path, db) if r["id"] == target]
    assert record["review"] == {
        "status": "verified", "starred": True, "tags": ["legal", "needs source"],
        "note": "Checked against the court filing.\nSecond line.", "orphaned": False, "corrected": {},
        "actors_added": [], "actors_removed": [],
    }  # fmt: skip
    shown = _run(tmp_path, "show", str(target), "--db", str(db)).out
    assert "status: verified · starred" in shown and "tags: legal, needs source" in shown
    assert "  Checked against the court filing." in shown
    listed = _run(tmp_path, "list", "--starred", "--db", str(db))
    assert [line.split()[0] for line in listed.out.splitlines()] == [str(target)]
    assert "✓★" in listed.out


def test_bad_input_is_one_line_and_exit_2(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 1)
    cases = [
        (["review", "99999", "--status", "verified"], "no incident 99999"),
        (["review", str(target), "--status", "approved"], "unknown status 'approved'"),
        (["edit", str(target), "--date", "june 40 2018"], "cannot read 'june 40 2018'"),
        (["edit", str(target), "--date", "june 19"], "has no year"),
        (["edit", "99999", "--title", "x"], "no incident 99999"),
        (["edit", str(target), "--add-actor", " "], "an actor needs a name"),
        (["review", str(target), "--tag", " , "], "holds no tag"),
        (["review", "99999999999999999999", "--star"], "no incident 99999999999999999999"),
        (["review", "abc", "--star"], "'abc' is not an incident id"),
        (["split", str(target), "--evidence", "99999999999999999999"], "no passage 99999999999999999999"),
        (["merge", str(target)], "at least two different incidents"),
        (["merge", str(target), "99999"], "no incident 99999"),
        (["split", str(target), "--evidence", "99999"], "no passage 99999"),
        (["history", "99999"], "no incident 99999"),
        (["undo", "424242"], "no change 424242"),
        (["show", "99999999999999999999"], "no incident 99999999999999999999"),
    ]
    too_many = _run(tmp_path, "history", "--limit", "99999999999999999999", "--db", str(db))
    assert too_many.code == 2 and "not in the range" in too_many.err  # click's usage error, never a traceback
    no_traceback(too_many)
    for args, message in cases:
        ran = _run(tmp_path, *args, "--db", str(db))
        assert ran.code == 2, (args, ran.code, ran.err)
        assert len(ran.err.strip().splitlines()) == 1 and message in ran.err, (args, ran.err)
        no_traceback(ran)


def test_edit_corrects_title_date_kind_and_actors_keeping_the_extracted_values(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 2)
    before = next(r for r in _exported(tmp_path, db) if r["id"] == target)
    actors = [a["name"] for a in before["actors"]]  # type: ignore[union-attr, index]
    outsider = _one(db, "SELECT name FROM actors WHERE id NOT IN (SELECT actor_id FROM incident_actors WHERE"
                        " incident_id = ?) AND kind = 'person' ORDER BY id", target)[0]  # fmt: skip
    ran = _run(tmp_path, "edit", str(target), "--title", "A title of my own", "--date", "june 2018",
                    "--kind", "Protest", "--add-actor", str(outsider), "--remove-actor", str(actors[0]),
                    "--db", str(db))  # fmt: skip
    assert ran.code == 0, ran.err
    after = next(r for r in _exported(tmp_path, db) if r["id"] == target)
    assert (after["title"], after["date_start"], after["date_end"], after["precision"], after["kind"]) == (
        "A title of my own", "2018-06-01", "2018-06-30", "month", "protest",
    )  # fmt: skip
    corrected = after["review"]["corrected"]  # type: ignore[index]
    assert corrected["title"] == {"value": "A title of my own", "extracted": before["title"]}
    assert corrected["date"]["value"] == "2018-06-01..2018-06-30 (month)"
    names = [a["name"] for a in after["actors"]]  # type: ignore[union-attr, index]
    assert outsider in names and actors[0] not in names
    reset = _run(tmp_path, "edit", str(target), "--reset", "title", "--reset", "date", "--db", str(db))
    assert reset.code == 0, reset.err
    again = next(r for r in _exported(tmp_path, db) if r["id"] == target)
    assert (again["title"], again["date_start"]) == (before["title"], before["date_start"])


def test_merge_split_history_and_undo(db: Path, tmp_path: Path) -> None:
    keeper, other = (
        int(r) for r in _one(db, "SELECT min(id), max(id) FROM (SELECT id FROM incidents ORDER BY id LIMIT 2)")
    )
    title = _one(db, "SELECT title FROM incidents WHERE id = ?", keeper)[0]
    merged = _run(tmp_path, "merge", str(keeper), str(other), "--db", str(db))
    assert merged.code == 0, merged.err
    assert _one(db, "SELECT count(*) FROM incidents WHERE id = ?", other) == (0,)
    assert _one(db, "SELECT title FROM incidents WHERE id = ?", keeper) == (title,)
    split_off = _one(db, "SELECT id FROM evidence WHERE incident_id = ? AND is_dated = 1 ORDER BY id DESC", keeper)[0]
    split = _run(tmp_path, "split", str(keeper), "--evidence", str(split_off), "--db", str(db))
    assert split.code == 0, split.err
    new = int(split.out.split(" as #")[1].split()[0])
    assert _one(db, "SELECT incident_id FROM evidence WHERE id = ?", split_off) == (new,)
    history = _run(tmp_path, "history", str(keeper), "--db", str(db)).out
    assert "merged in #" in history and f"split off as #{new}" in history
    assert "(0 passages)" not in history, "how many passages moved"
    assert _run(tmp_path, "undo", "--db", str(db)).code == 0  # the split goes back
    assert _one(db, "SELECT incident_id FROM evidence WHERE id = ?", split_off) == (keeper,)
    assert _run(tmp_path, "undo", "--db", str(db)).code == 0  # the merge is split again
    assert _one(db, "SELECT count(DISTINCT incident_id) FROM evidence WHERE incident_id = ?", keeper) == (1,)
    assert ", undone)" in _run(tmp_path, "history", str(keeper), "--db", str(db)).out


def test_rejected_incidents_are_left_out_unless_asked_for(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 1)
    total = len(_exported(tmp_path, db))
    assert _run(tmp_path, "review", str(target), "--status", "rejected", "--db", str(db)).code == 0
    listed = _run(tmp_path, "list", "--db", str(db))
    assert str(target) not in [line.split()[0] for line in listed.out.splitlines()]
    assert "1 rejected incident is left out (--status rejected shows them)" in listed.err
    assert len(_exported(tmp_path, db)) == total - 1
    rejected = _exported(tmp_path, db, "--status", "rejected")
    assert [r["id"] for r in rejected] == [target]


def test_the_review_queue_lists_what_needs_checking(db: Path, tmp_path: Path) -> None:
    queue = _exported(tmp_path, db, "--queue")
    assert queue, "the sample has sources that disagree on dates"
    for record in queue:
        single_estimated = len(record["sources"]) == 1 and record["sources"][0]["published_estimated"]  # type: ignore[index]
        early = any(s["reported_before_the_date"] for s in record["sources"])  # type: ignore[union-attr, index]
        assert record["date_disagreements"] or early or single_estimated, record["id"]


def test_csv_and_markdown_carry_the_review(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 2)
    note = '=HYPERLINK("http://example.com")\n<b>bold</b>'
    _run(tmp_path, "review", str(target), "--status", "disputed", "--tag", "x", "--note", note, "--db", str(db))
    csv = _run(tmp_path, "export", "--format", "csv", "--status", "disputed", "--db", str(db)).out
    header, first = csv.splitlines()[0].split(","), csv.splitlines()[1]
    assert header[-7:] == ["evidence_id", "status", "starred", "tags", "note", "corrected", "extracted_values"]
    assert "disputed" in first and "'=HYPERLINK" in csv
    md = _run(tmp_path, "export", "--format", "md", "--status", "disputed", "--db", str(db)).out
    assert "**Disputed** · tags: x" in md and "    <b>bold</b>" in md  # an indented block: shown, never run


def _review_row(db: Path, incident_id: int) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT status, starred FROM reviews WHERE incident_id = ?", [incident_id]).fetchall()
    finally:
        conn.close()


def test_an_action_that_changes_nothing_records_nothing(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 1)
    ran = _run(tmp_path, "review", str(target), "--status", "unreviewed", "--untag", "absent", "--db", str(db))
    assert ran.code == 0 and "nothing changed, so no change was recorded" in ran.out
    assert _review_row(db, target) == [], "an untouched incident stays unreviewed, not reviewed-and-blank"
    _run(tmp_path, "review", str(target), "--status", "verified", "--db", str(db))
    assert _one(db, "SELECT max(change_id) FROM history") == (1,)
    assert _run(tmp_path, "undo", "--db", str(db)).code == 0
    assert _review_row(db, target) == [], "undone back to nothing, it is an ordinary incident again"


def test_undoing_a_merge_brings_the_incident_back_as_it_was(db: Path, tmp_path: Path) -> None:
    keeper, other = (int(r[0]) for r in _rows(db, "SELECT id FROM incidents ORDER BY id LIMIT 2"))
    _run(tmp_path, "review", str(other), "--status", "rejected", "--tag", "theirs", "--note", "Their note.",
         "--db", str(db))  # fmt: skip
    _run(tmp_path, "review", str(keeper), "--star", "--db", str(db))
    assert _run(tmp_path, "merge", str(keeper), str(other), "--db", str(db)).code == 0
    assert _review_row(db, keeper) == [("unreviewed", 1)], "the first one's status stays; a rejected one never hides it"
    assert _run(tmp_path, "undo", "--db", str(db)).code == 0
    assert _review_row(db, other) == [("rejected", 0)], "the same id, its own status"
    assert _rows(db, "SELECT tag FROM review_tags WHERE incident_id = ?", keeper) == []
    assert _rows(db, "SELECT tag FROM review_tags WHERE incident_id = ?", other) == [("theirs",)]
    assert _one(db, "SELECT note FROM reviews WHERE incident_id = ?", other) == ("Their note.",)
    first = _one(db, "SELECT min(change_id) FROM history WHERE incident_id = ?", other)[0]
    assert _run(tmp_path, "undo", str(first), "--db", str(db)).code == 0, "its earlier changes can still be undone"


def test_undo_refuses_to_overwrite_a_later_change(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 1)
    for status in ("verified", "disputed", "verified"):  # changed, then changed back: still a later change
        _run(tmp_path, "review", str(target), "--status", status, "--db", str(db))
    ran = _run(tmp_path, "undo", "1", "--db", str(db))
    assert ran.code == 2 and "was changed again after change 1 (change 2)" in ran.err
    assert f"`incidents history {target}`" in ran.err
    assert _review_row(db, target) == [("verified", 0)]
    for change in ("3", "2", "1"):  # newest first, each one can go
        assert _run(tmp_path, "undo", change, "--db", str(db)).code == 0
    assert _review_row(db, target) == []
    assert "nothing left to undo" in _run(tmp_path, "undo", "--db", str(db)).err


def test_remove_actor_prefers_the_exact_name_and_add_actor_can_add_a_new_one(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 2)
    names = [str(r[0]) for r in _rows(db, "SELECT a.name FROM incident_actors ia JOIN actors a ON a.id = ia.actor_id"
                                          " WHERE ia.incident_id = ? ORDER BY length(a.name)", target)]  # fmt: skip
    shortest = names[0]
    removed = _run(tmp_path, "edit", str(target), "--remove-actor", shortest.upper(), "--db", str(db))
    assert f"actor {shortest!r} removed" in removed.out
    added = _run(tmp_path, "edit", str(target), "--add-actor", "Harbour Workers Union", "--db", str(db))
    assert "new actor 'Harbour Workers Union' (organisation)" in added.out
    listed = _run(tmp_path, "show", str(target), "--db", str(db)).out
    assert "Harbour Workers Union" in listed


def test_a_date_correction_given_back_restores_how_the_date_was_read(db: Path, tmp_path: Path) -> None:
    target = _with_sources(db, 1)
    note = _one(db, "SELECT date_note FROM incidents WHERE id = ?", target)
    _run(tmp_path, "edit", str(target), "--date", "2018-06-21", "--db", str(db))
    assert _one(db, "SELECT date_note FROM incidents WHERE id = ?", target) == ("date corrected by hand",)
    _run(tmp_path, "edit", str(target), "--reset", "date", "--db", str(db))
    assert _one(db, "SELECT date_note FROM incidents WHERE id = ?", target) == note


def _rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()
