"""A long document imports in time proportional to its length (no step rescans the document per mention)."""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from db.connection import open_database
from explorer.extract.merge import MentionFacts
from explorer.ingest import cluster
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
    small = statistics.median(_import_seconds(tmp_path, f"small{i}", text[:SMALL]) for i in range(9))
    large = _import_seconds(tmp_path, "large", text)
    allowed = 1.5 * small * (LARGE / SMALL)
    assert large <= allowed, f"{LARGE / 1e6:.0f} MB took {large:.1f} s; linear cost from 4 KB allows {allowed:.1f} s"


def _comparisons_importing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, copies: int) -> tuple[int, int]:
    """(same_incident calls, incidents on the publication day) for a document with ``copies``
    dated paragraphs, each followed by one of two undated present-perfect lines the importer dates to that day."""
    calls = 0
    weigh = cluster.same_incident

    def counted(a: MentionFacts, b: MentionFacts) -> bool:
        nonlocal calls
        calls += 1
        return weigh(a, b)

    monkeypatch.setattr(cluster, "same_incident", counted)
    asides = ["The strike has disrupted the harbour.",
              "Tenants have protested the rent rise."]  # fmt: skip
    text = "\n\n".join(
        f"On March {i % 28 + 1}, {1990 + i // 28}, the city council approved budget line {i}. {asides[i % 2]}"
        for i in range(copies)
    )
    article = tmp_path / f"asides{copies}.txt"
    article.write_text(text, encoding="utf-8")
    db = open_database(tmp_path / f"asides{copies}.db")
    try:
        import_paths(db, [article], published=PUBLISHED)
        on_the_day = db.execute(
            "SELECT count(DISTINCT incident_id) FROM mentions WHERE date_start = ?", [PUBLISHED.isoformat()]
        ).fetchone()[0]
    finally:
        db.conn.close()
    return calls, on_the_day


def test_passages_a_document_repeats_are_weighed_once_each_not_once_per_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    few, few_days = _comparisons_importing(tmp_path, monkeypatch, 40)
    many, many_days = _comparisons_importing(tmp_path, monkeypatch, 160)
    # Each aside is one incident however often it is repeated, and four times the copies cost about
    # four times the comparisons (comparing each copy with every earlier one would cost sixteen).
    assert few_days == many_days == 2
    assert many <= 5 * few, f"40 copies: {few} comparisons; 160 copies: {many}"
