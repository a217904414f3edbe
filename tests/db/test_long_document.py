"""A long document imports in time proportional to its length (no step rescans the document per mention)."""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

from db.connection import open_database
from explorer.ingest.pipeline import import_paths
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import chronicle  # the benchmark's long document

SMALL, LARGE = 4_000, 5_000_000
PUBLISHED = date(2024, 1, 2)


def _import_seconds(tmp_path: Path, name: str, text: str) -> float:
    article = tmp_path / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    db = open_database(tmp_path / f"{name}.db")
    try:
        # CPU time of this process (the import runs in it with one worker): what the work costs,
        # not how busy the rest of the machine happens to be while it runs.
        started = time.process_time()
        summary = import_paths(db, [article], published=PUBLISHED)
        seconds = time.process_time() - started
        assert [p.name for p in summary.imported] == [article.name]
        incidents = db.execute("SELECT count(*) FROM incidents").fetchone()[0]
        assert incidents > len(text) / 400, "a chronicle tells an incident every few hundred characters"
    finally:
        db.conn.close()
    return seconds


def test_a_five_megabyte_article_costs_no_more_per_kilobyte_than_a_small_one_allows(tmp_path: Path) -> None:
    text = chronicle(LARGE)
    small = statistics.median(_import_seconds(tmp_path, f"small{i}", text[:SMALL]) for i in range(5))
    large = _import_seconds(tmp_path, "large", text)
    allowed = 1.5 * small * (LARGE / SMALL)
    assert large <= allowed, f"{LARGE / 1e6:.0f} MB took {large:.1f} s; linear cost from 4 KB allows {allowed:.1f} s"
