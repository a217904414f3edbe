"""A few deterministic screenshots of what users see, at 120×40 and 80×24. Update them on purpose only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from textual.pilot import Pilot
from textual.widgets import Input

from db.connection import open_database
from explorer.tui.app import IncidentsApp


@pytest.fixture
def app(seeds_db: sqlite_utils.Database, tmp_path: Path) -> IncidentsApp:
    path = Path(seeds_db.conn.execute("PRAGMA database_list").fetchone()[2])
    return IncidentsApp(seeds_db, path, export_dir=tmp_path)


def keys(*pressed: str) -> Any:
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for key in pressed:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        for field in pilot.app.query(Input):
            field.cursor_blink = False  # a blinking cursor would make the picture depend on timing
        pilot.app.clear_notifications()  # they time out, so whether one shows would depend on timing too
        await pilot.pause()

    return run_before


def test_timeline_wide(snap_compare: Any, app: IncidentsApp) -> None:
    assert snap_compare(app, terminal_size=(120, 40), run_before=keys())


def test_timeline_narrow(snap_compare: Any, app: IncidentsApp) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=keys())


def test_source_at_second_passage(snap_compare: Any, app: IncidentsApp) -> None:
    assert snap_compare(app, terminal_size=(120, 40), run_before=keys("G", "k", "enter", "n"))


def test_actor_picker(snap_compare: Any, app: IncidentsApp) -> None:
    assert snap_compare(app, terminal_size=(120, 40), run_before=keys("a", "w", "h"))


def test_filters_as_chips(snap_compare: Any, app: IncidentsApp) -> None:
    presses = ("a", *"wheeler", "enter", "d", *"jul 2018", "enter")
    assert snap_compare(app, terminal_size=(120, 40), run_before=keys(*presses))


def test_no_matches(snap_compare: Any, app: IncidentsApp) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=keys("slash", *"zzzz", "enter"))


def test_help(snap_compare: Any, app: IncidentsApp) -> None:
    assert snap_compare(app, terminal_size=(120, 40), run_before=keys("question_mark"))


def test_empty_database(snap_compare: Any, tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    assert snap_compare(IncidentsApp(open_database(path), path), terminal_size=(80, 24), run_before=keys())


def test_detail_with_review(snap_compare: Any, app: IncidentsApp) -> None:
    """The incident pane with a status, a star, tags, a corrected title and a two-line note."""
    presses = ("j", "j", "j", "v", "asterisk", "t", *"legal, follow up", "enter", "o", *"Checked the log.", "enter",
               *"Two sources agree.", "ctrl+s", "E", "t", "ctrl+u", *"Camp set up at the office", "enter")  # fmt: skip
    assert snap_compare(app, terminal_size=(120, 40), run_before=keys(*presses))
