"""The histogram zooms to a date filter and labels the years when an archive spans several."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlite_utils

from explorer.tui.app import IncidentsApp
from explorer.tui.widgets.histogram import Histogram, view_of, year_ticks
from tests.tui.test_explorer import settle


def test_the_view_is_the_archive_zoomed_to_the_filter() -> None:
    span = (date(1995, 1, 1), date(2024, 12, 31))
    assert view_of(span, (None, None)) == span
    assert view_of(span, (date(2018, 7, 1), date(2018, 7, 31))) == (date(2018, 7, 1), date(2018, 7, 31))
    assert view_of(span, (date(1990, 1, 1), None)) == span, "a filter wider than the archive changes nothing"
    assert view_of(span, (date.max, date.min)) == span, "an empty filter falls back to the archive"


def test_year_labels_sit_under_their_years_and_never_overlap() -> None:
    ticks = year_ticks(date(1995, 1, 1), date(2024, 12, 31), 60)
    years = ticks.split()
    assert years == sorted(years) and "2000" in years and len(years) >= 4
    assert ticks.index("2010") * 30 // 60 in range(14, 17), "2010 sits about half-way along"


async def test_a_several_year_archive_gets_a_line_of_years(two_years_db: sqlite_utils.Database, tmp_path: Path) -> None:
    path = Path(two_years_db.conn.execute("PRAGMA database_list").fetchone()[2])
    app = IncidentsApp(two_years_db, path, export_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = [app.query_one(Histogram).render_line(y).text for y in range(2)]
        assert lines[0].lstrip().startswith("Jun 2016") and lines[0].rstrip().endswith("Aug 2019")
        assert "2017" in lines[1] and "2018" in lines[1] and "2019" in lines[1]
        await pilot.press("d", *"2019-06-01..2019-08-31", "enter")
        await settle(pilot)
        zoomed = app.query_one(Histogram).render_line(0).text
        assert zoomed.lstrip().startswith("01 Jun 2019") and zoomed.rstrip().endswith("12 Aug 2019")
