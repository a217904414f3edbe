"""An import killed with SIGKILL in a real subprocess leaves a sound database, and a rerun completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, SEEDS

COPIES = 60


def _corpus(folder: Path) -> Path:
    """Many distinct articles made from the sample (each copy differs, so none is a duplicate)."""
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for copy in range(COPIES):
            (folder / f"{copy:03d}_{seed.name}").write_text(f"{text}\n\nReference {copy}.\n", encoding="utf-8")
    return folder


def _import(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "explorer", "import", str(folder), "--db", str(db)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _count(db: Path, table: str) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _state(db: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        bad = conn.execute(
            "SELECT count(*) FROM evidence e JOIN documents d ON d.id = e.document_id"
            " WHERE substr(d.text, e.start + 1, e.end - e.start) != e.quote"
        ).fetchone()[0]
        assert bad == 0
        docs = conn.execute("SELECT sha256 FROM documents ORDER BY sha256").fetchall()
        incidents = conn.execute("SELECT date_start, date_end, title FROM incidents ORDER BY id").fetchall()
        evidence = conn.execute(
            "SELECT d.sha256, e.start, e.end FROM evidence e JOIN documents d ON d.id = e.document_id ORDER BY 1, 2"
        ).fetchall()
        return tuple(docs), tuple(incidents), tuple(evidence)
    finally:
        conn.close()


def test_sigkill_mid_import_then_rerun_equals_an_uninterrupted_import(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "articles")
    total = len(list(folder.iterdir()))

    reference = tmp_path / "reference.db"
    assert _import(folder, reference).wait(timeout=600) == 0

    killed_at = []
    victim = tmp_path / "victim.db"
    for threshold in (total // 10, total // 3, (2 * total) // 3):  # several moments of one long run
        process = _import(folder, victim)
        deadline = time.monotonic() + 300
        while _count(victim, "documents") < threshold and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        killed_at.append(_count(victim, "documents"))
        _state(victim)  # opens, passes integrity_check, every quote exact
    assert 0 < killed_at[0] < total, "the kill landed mid-import"

    assert _import(folder, victim).wait(timeout=600) == 0
    assert _state(victim) == _state(reference)
