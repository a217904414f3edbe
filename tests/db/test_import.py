"""Importing the sample: idempotent, exact spans, and the extraction score on the gold."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import sqlite_utils

from db import queries
from explorer.ingest.pipeline import import_paths
from explorer.output.export import to_jsonl
from tests.conftest import SEEDS, SHARED


def test_every_quote_equals_its_document_text(seeds_db: sqlite_utils.Database) -> None:
    rows = seeds_db.execute(
        "SELECT e.start, e.end, e.quote, d.text FROM evidence e JOIN documents d ON d.id = e.document_id"
    ).fetchall()
    assert rows
    assert all(text[start:end] == quote for start, end, quote, text in rows)


def test_reimport_adds_nothing_and_keeps_ids(seeds_db: sqlite_utils.Database) -> None:
    before = seeds_db.execute("SELECT id, date_start, title FROM incidents ORDER BY id").fetchall()
    evidence = seeds_db.execute("SELECT count(*) FROM evidence").fetchone()[0]
    summary = import_paths(seeds_db, [SEEDS])
    assert (len(summary.imported), len(summary.unchanged), summary.incidents_added) == (0, 5, 0)
    assert seeds_db.execute("SELECT id, date_start, title FROM incidents ORDER BY id").fetchall() == before
    assert seeds_db.execute("SELECT count(*) FROM evidence").fetchone()[0] == evidence


def test_documents_record_how_their_date_was_found(seeds_db: sqlite_utils.Database) -> None:
    rows = dict(seeds_db.execute("SELECT file_name, published_source FROM documents").fetchall())
    assert rows["000_01ca550ca98c5542.txt"] == "dateline"
    assert rows["001_19fd34cc00d73f13.txt"] == "estimated"
    assert rows["004_237c34216390f099.txt"] == "dateline"


def test_cross_source_incident_has_evidence_from_each_outlet(seeds_db: sqlite_utils.Database) -> None:
    flt = queries.IncidentFilter(text="cease desist")
    letters = [queries.incident_detail(seeds_db, row.id) for row in queries.list_incidents(seeds_db, flt)]
    biggest = max((d for d in letters if d), key=lambda d: len({e.file_name for e in d.evidence}))
    assert biggest.date_start == "2018-07-30"
    assert len({e.file_name for e in biggest.evidence}) >= 4


def _scorer() -> object:
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("the shared scorer is not beside the project")
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module
    spec.loader.exec_module(module)
    return module


def test_sample_score_meets_the_bar(seeds_db: sqlite_utils.Database, tmp_path: Path) -> None:
    score = _scorer()
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(to_jsonl(queries.iter_incidents(seeds_db, queries.IncidentFilter()))), encoding="utf-8")
    out = tmp_path / "out.txt"
    argv = ["--gold", str(SHARED / "gold" / "seeds.jsonl"), "--corpus", str(SEEDS), "--pred", str(pred)]
    bounds = ["--min-recall", "1.0", "--min-precision", "0.95", "--min-date-accuracy", "1.0",
              "--min-source-coverage", "0.95", "--min-actor-recall", "0.9", "--max-fragmentation", "1.1"]  # fmt: skip
    import contextlib

    with out.open("w") as handle, contextlib.redirect_stdout(handle):
        status = score.main(argv + bounds)  # type: ignore[attr-defined]
    result = json.loads(out.read_text().splitlines()[-1])
    assert status == 0, result["failed"]
    assert result["unanchored_evidence"] == 0
