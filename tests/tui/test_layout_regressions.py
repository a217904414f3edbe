"""Regressions: scrollbar-aware widths, resize, narrow filter bar, styled headings."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from explorer.tui.app import IncidentsApp
from explorer.tui.widgets.source import SourceView
from explorer.tui.widgets.timeline import Timeline
from tests.tui.helpers import filter_bar


def _app(seeds_db: sqlite_utils.Database, tmp_path: Path) -> IncidentsApp:
    path = Path(seeds_db.conn.execute("PRAGMA database_list").fetchone()[2])
    return IncidentsApp(seeds_db, path, export_dir=tmp_path)


async def _settle(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def test_source_wraps_inside_the_scrollbar_on_first_paint(seeds_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    app = _app(seeds_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        source = app.query_one(SourceView)
        original = source.render_line

        def spy(y: int):  # type: ignore[no-untyped-def]
            if source._lines and source.show_vertical_scrollbar:
                seen.append((source._wrapped_at, source.scrollable_content_region.width))
            return original(y)

        source.render_line = spy  # type: ignore[method-assign]
        await _settle(pilot)
    assert seen and all(wrapped == width for wrapped, width in seen), seen


async def test_count_column_clear_of_the_scrollbar(seeds_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = _app(seeds_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        timeline = app.query_one(Timeline)
        assert timeline.show_vertical_scrollbar
        assert timeline.render_line(1).cell_length <= timeline.scrollable_content_region.width


async def test_cursor_stays_on_screen_after_a_resize(seeds_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = _app(seeds_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        await pilot.press("G")
        await _settle(pilot)
        await pilot.resize_terminal(80, 24)
        await _settle(pilot)
        timeline = app.query_one(Timeline)
        top = timeline.scroll_offset.y
        assert top <= timeline.cursor_line < top + timeline.size.height


async def test_count_stays_in_view_at_80_columns(seeds_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = _app(seeds_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        for key in ("a", *"wheeler", "enter", "d", *"jul 2018", "enter"):
            await pilot.press(key)
            await _settle(pilot)
        bar = app.query_one("#filters")
        shown = str(bar.render())
        assert len(shown) <= bar.size.width and shown.endswith("of 14 incidents"), shown
        assert "of 14 incidents" in filter_bar(app)


async def test_date_headings_are_bold(seeds_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = _app(seeds_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        heading = next(iter(app.query_one(Timeline).render_line(0)))
        assert heading.text.startswith("Sun 27 Aug 2017") and heading.style and heading.style.bold
