"""The explorer stays usable while an import writes to the same database, and shows what it added on r."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import sqlite_utils

from benchmarks.corpus import write_corpus
from db import queries
from explorer.tui.app import IncidentsApp
from explorer.tui.widgets.timeline import Timeline
from tests.conftest import ROOT
from tests.tui.helpers import filter_bar


async def test_explorer_open_during_an_import(seeds_db: sqlite_utils.Database, tmp_path: Path) -> None:
    path = Path(seeds_db.conn.execute("PRAGMA database_list").fetchone()[2])
    folder = tmp_path / "more"
    write_corpus(folder, 150, seed=3)  # other stories: new incidents
    app = IncidentsApp(seeds_db, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        before = app.total
        importer = subprocess.Popen(
            [sys.executable, "-m", "explorer", "import", str(folder), "--db", str(path), "--workers", "2"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        refreshed_during_import = False
        while importer.poll() is None and time.monotonic() < deadline:
            if not refreshed_during_import and queries.data_version(seeds_db) != 0:
                await pilot.press("r")  # a refresh while the writer holds the database
                refreshed_during_import = importer.poll() is None
            for key in ("j", "j", "k", "G", "g", "enter", "n", "tab", "shift+tab"):
                await pilot.press(key)  # reads and refreshes while the import writes: no lock errors
            await app.workers.wait_for_complete()
            await pilot.pause(0.1)
        assert importer.wait(timeout=120) == 0, importer.stderr.read() if importer.stderr else ""
        await pilot.pause(1.2)  # the explorer checks for changes every second
        assert "database changed — r to refresh" in filter_bar(app)
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "database changed" not in filter_bar(app)
        assert app.total is not None and before is not None and app.total > before, "new incidents appear on r"
        assert app.query_one(Timeline).selected is not None
        assert app.is_running
