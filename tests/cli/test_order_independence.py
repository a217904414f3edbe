"""The incidents a set of files gives do not depend on how the files were split across imports, or their order."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.cli.run import command, environment, incidents
from tests.conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import write_corpus  # the benchmark's generated newsroom

Incidents = frozenset[tuple[object, ...]]


def _incidents(db: Path) -> Incidents:
    """Every incident as its date, headline, kind and the exact passages it groups (by document text)."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT i.id, i.date_start, i.date_end, i.precision, i.title, i.kind, d.sha256, e.start, e.end"
            " FROM incidents i JOIN evidence e ON e.incident_id = i.id JOIN documents d ON d.id = e.document_id"
        ).fetchall()
    finally:
        conn.close()
    grouped: dict[int, tuple[tuple[object, ...], set[tuple[object, ...]]]] = {}
    for incident_id, start, end, precision, title, kind, sha, p_start, p_end in rows:
        grouped.setdefault(incident_id, ((start, end, precision, title, kind), set()))[1].add((sha, p_start, p_end))
    return frozenset((*head, frozenset(passages)) for head, passages in grouped.values())


def _files(tmp_path: Path) -> tuple[list[Path], Path]:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 90, seed=11)
    files = sorted(corpus.rglob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    return files, corpus / "manifest.csv"


def _import(db: Path, files: list[Path], manifest: Path, home: Path) -> None:
    ran = incidents("import", *files, "--manifest", manifest, "--db", db, home=home)
    assert ran.code == 0, ran.err


def test_one_command_two_halves_either_order_and_two_at_once_give_the_same_incidents(tmp_path: Path) -> None:
    files, manifest = _files(tmp_path)
    first, second = files[: len(files) // 2], files[len(files) // 2 :]

    whole = tmp_path / "whole.db"
    _import(whole, files, manifest, tmp_path)
    reference = _incidents(whole)
    assert len(reference) > 50 and any(len(i[-1]) >= 3 for i in reference), "a corpus with merged incidents"

    for name, halves in (("forward", (first, second)), ("backward", (second, first))):
        db = tmp_path / f"{name}.db"
        for half in halves:
            _import(db, half, manifest, tmp_path)
        assert _incidents(db) == reference, f"two halves, {name}"

    together = tmp_path / "together.db"
    runs = [
        subprocess.Popen(
            command("import", *half, "--manifest", manifest, "--db", together),
            env=environment(tmp_path),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in (first, second)
    ]
    for process in runs:
        assert process.wait(timeout=600) == 0, process.stderr.read() if process.stderr else ""
    assert _incidents(together) == reference, "two halves at once"
