"""The explorer on a private copy of the sample, for Pilot tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlite_utils
from textual.pilot import Pilot

from explorer.tui.app import IncidentsApp

SIZE = (120, 40)


@pytest.fixture
async def pilot(seeds_db: sqlite_utils.Database, tmp_path: Path) -> AsyncIterator[Pilot[None]]:
    """The explorer at 120×40 on a copy of the sample, its first load finished."""
    from tests.tui.test_explorer import settle

    path = Path(seeds_db.conn.execute("PRAGMA database_list").fetchone()[2])
    app = IncidentsApp(seeds_db, path, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        yield pilot
