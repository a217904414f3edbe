"""The user's work survives imports: the same files again, new files that join reviewed incidents,
corrected metadata that derives documents again, and documents removed and brought back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.cli.run import Ran, incidents
from tests.conftest import SEEDS

FIRST = ("000_01ca550ca98c5542.txt", "002_78390224f86cb7bc.txt", "003_b6047d1f9e8a733a.txt")
LATER = ("001_19fd34cc00d73f13.txt", "004_237c34216390f099.txt")

Span = tuple[str, int, int]


def _run(home: Path, *args: str) -> Ran:
    ran = incidents(*args, home=home)
    assert ran.code == 0, (args, ran.err)
    return ran


def _rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def _spans(db: Path, incident_id: int) -> set[Span]:
    rows = _rows(db, "SELECT d.file_name, e.start, e.end FROM evidence e JOIN documents d ON d.id = e.document_id"
                     " WHERE e.incident_id = ?", incident_id)  # fmt: skip
    return {(str(f), int(s), int(e)) for f, s, e in rows}  # type: ignore[call-overload]


def _holder(db: Path, span: Span) -> int:
    (row,) = _rows(db, "SELECT e.incident_id FROM evidence e JOIN documents d ON d.id = e.document_id"
                       " WHERE d.file_name = ? AND e.start = ? AND e.end = ?", *span)  # fmt: skip
    return int(row[0])  # type: ignore[call-overload]


def _work(db: Path) -> dict[int, tuple[object, ...]]:
    """Everything the user did, by incident: review columns, tags and actor corrections."""
    reviews = _rows(db, "SELECT incident_id, status, starred, note, title, date_start, date_end, precision, kind"
                        " FROM reviews ORDER BY incident_id")  # fmt: skip
    out = {}
    for row in reviews:
        incident_id = int(row[0])  # type: ignore[call-overload]
        tags = _rows(db, "SELECT tag FROM review_tags WHERE incident_id = ? ORDER BY tag", incident_id)
        actors = _rows(db, "SELECT a.name, r.change FROM review_actors r JOIN actors a ON a.id = r.actor_id"
                           " WHERE r.incident_id = ? ORDER BY a.name", incident_id)  # fmt: skip
        shown = _rows(db, "SELECT title, date_start, kind FROM incidents WHERE id = ?", incident_id)
        out[incident_id] = (*row[1:], tuple(tags), tuple(actors), tuple(shown))
    return out


def _pick(db: Path) -> dict[str, int]:
    """Incidents to work on: the one with most sources, and others of one source each."""
    ranked = [int(r[0]) for r in _rows(db, "SELECT id FROM incidents ORDER BY source_count DESC, id")]  # type: ignore[call-overload]
    split_from = next(
        i for i in ranked
        if _rows(db, "SELECT count(*) FROM mentions WHERE incident_id = ?", i)[0][0] >= 2  # type: ignore[operator]
    )  # fmt: skip
    rest = [i for i in ranked if i != split_from]
    return {"verified": rest[0], "corrected": rest[1], "keeper": rest[2], "merged": rest[3], "split": split_from}


def test_every_piece_of_the_users_work_survives_later_imports(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in FIRST:
        shutil.copy(SEEDS / name, articles / name)
    manifest = tmp_path / "manifest.csv"
    shutil.copy(SEEDS / "manifest.csv", manifest)
    db = tmp_path / "work.db"
    db_args = ("--db", str(db))
    _run(tmp_path, "import", str(articles), "--manifest", str(manifest), *db_args)

    picked = _pick(db)
    verified, corrected, keeper, merged, split_from = (
        picked[k] for k in ("verified", "corrected", "keeper", "merged", "split")
    )
    _run(tmp_path, "review", str(verified), "--status", "verified", "--star", "--tag", "checked", "--note",
         "Two outlets, same day.", *db_args)  # fmt: skip
    outsider = str(_rows(db, "SELECT name FROM actors WHERE kind = 'person' AND id NOT IN (SELECT actor_id FROM"
                             " incident_actors WHERE incident_id = ?) ORDER BY id", corrected)[0][0])  # fmt: skip
    _run(tmp_path, "edit", str(corrected), "--title", "My own title", "--date", "2018-06-21", "--kind", "arrest",
         "--add-actor", outsider, *db_args)  # fmt: skip
    _run(tmp_path, "review", str(corrected), "--status", "disputed", "--tag", "date?", *db_args)
    own_spans = _spans(db, merged)
    merged_spans = _spans(db, keeper) | own_spans
    _run(tmp_path, "merge", str(keeper), str(merged), *db_args)
    dated = _rows(db, "SELECT e.id, d.file_name, e.start, e.end FROM evidence e JOIN documents d ON d.id = e.document_id"
                      " WHERE e.incident_id = ? AND e.is_dated = 1 ORDER BY e.id DESC", split_from)[0]  # fmt: skip
    split = _run(tmp_path, "split", str(split_from), "--evidence", str(dated[0]), *db_args)
    split_off = int(split.out.split(" as #")[1].split()[0])
    split_span: Span = (str(dated[1]), int(dated[2]), int(dated[3]))  # type: ignore[call-overload]
    stayed = _spans(db, split_from)

    work = _work(db)
    history = _rows(db, "SELECT count(*) FROM history")
    assert set(work) >= {verified, corrected, keeper, split_from, split_off}

    def unchanged(after: str) -> None:
        assert _work(db) == work, after
        assert _spans(db, keeper) >= merged_spans, f"merged passages stay together ({after})"
        assert _holder(db, split_span) == split_off, f"the split passage stays apart ({after})"
        assert stayed <= _spans(db, split_from), after
        assert _rows(db, "SELECT count(*) FROM history") == history, f"imports record no user change ({after})"

    # The same files again: nothing changes.
    again = _run(tmp_path, "import", str(articles), "--manifest", str(manifest), *db_args)
    assert "unchanged 3" in again.err
    unchanged("the same files again")

    # New files that report the same incidents join them; the work stays.
    sources_before = {i: len({s[0] for s in _spans(db, i)}) for i in work}
    for name in LATER:
        shutil.copy(SEEDS / name, articles / name)
    _run(tmp_path, "import", str(articles), "--manifest", str(manifest), *db_args)
    unchanged("new files")
    gained = [i for i in work if len({s[0] for s in _spans(db, i)}) > sources_before[i]]
    assert gained, "some reviewed incident gained a source from the new files"

    # Corrected metadata derives a document again; the work stays.
    text = manifest.read_text(encoding="utf-8").replace(
        "003_b6047d1f9e8a733a.txt,,", "003_b6047d1f9e8a733a.txt,2018-07-27,"
    )
    manifest.write_text(text, encoding="utf-8")
    updated = _run(tmp_path, "import", str(articles), "--manifest", str(manifest), *db_args)
    assert "updated 1" in updated.err
    unchanged("a document's metadata updated")

    # A document removed: incidents it alone reported keep the work, orphaned; brought back, they return.
    only = next(i for i in work if len({s[0] for s in _spans(db, i)}) == 1)
    (document,) = {s[0] for s in _spans(db, only)}
    removed = _run(tmp_path, "remove", document, "--yes", *db_args)
    assert "kept as orphaned with your review" in removed.err and f"#{only}" in removed.err
    assert _rows(db, "SELECT orphaned FROM reviews WHERE incident_id = ?", only) == [(1,)]
    assert str(only) in _run(tmp_path, "list", "--queue", "--status", "unreviewed", "--status", "verified",
                             "--status", "disputed", *db_args).out  # fmt: skip
    _run(tmp_path, "import", str(articles), "--manifest", str(manifest), *db_args)
    assert _rows(db, "SELECT orphaned FROM reviews WHERE incident_id = ?", only) == [(0,)]
    unchanged("a document removed and imported again")

    # The merge, undone after all of that, brings the merged incident back with its own passages and id.
    (merge_change,) = _rows(db, "SELECT change_id FROM history WHERE field = 'merged'")
    _run(tmp_path, "undo", str(merge_change[0]), *db_args)
    assert _spans(db, merged) >= own_spans and not (_spans(db, keeper) & own_spans)
