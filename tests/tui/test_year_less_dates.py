"""A date typed without a year means those days in every year the archive covers."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from explorer.tui.app import IncidentsApp
from tests.tui.helpers import filter_bar, prompt_label, timeline_lines
from tests.tui.test_explorer import settle


async def test_june_19_finds_it_in_each_year(two_years_db: sqlite_utils.Database, tmp_path: Path) -> None:
    path = Path(two_years_db.conn.execute("PRAGMA database_list").fetchone()[2])
    app = IncidentsApp(two_years_db, path, export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("d", *"june 19")
        await settle(pilot)
        assert "19 Jun in every year, 2016–2019" in prompt_label(app)
        await pilot.press("enter")
        await settle(pilot)
        assert "date: 06-19, any year" in filter_bar(app) and "2 of 3 incidents" in filter_bar(app)
        headings = [line for line in timeline_lines(app) if not line.startswith((" ", "▶"))]
        assert headings == ["Sun 19 Jun 2016", "Wed 19 Jun 2019"]
