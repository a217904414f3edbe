"""Article text is text: markup is shown literally, no action runs, no escape reaches the terminal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.connection import open_database
from db.writes import NewDocument
from explorer.extract import extract_document
from explorer.extract.model import PublishedDate
from explorer.ingest.pipeline import import_paths
from explorer.ingest.store import store_alone
from explorer.tui.app import IncidentsApp
from explorer.tui.widgets.detail import DetailPane
from explorer.tui.widgets.timeline import Timeline
from tests.tui.helpers import source_text

HOSTILE = (
    "[bold]Loud[/bold] news [/] and [@click=app.quit]x[/] here.\n\n"
    "On June 19, [red]protesters[/red] surrounded the [@click=app.quit]office[/] building [/].\n"
)
ESCAPES = "\x1b]52;c;ZXZpbA==\x07\x1b]0;pwned\x07\x1b[2J"


async def _run(path: Path) -> tuple[str, list[str], str, str]:
    db = open_database(path)
    app = IncidentsApp(db, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        lines = app.query_one(Timeline).visible_text()
        detail = str(app.query_one(DetailPane).query_one("#detail-body").render())
        source = source_text(app)
        assert app.is_running, "no action ran"
        assert app.clipboard == "", "nothing was written to the clipboard"
        return app.export_screenshot(), lines, detail, source


async def test_markup_in_articles_is_shown_literally(tmp_path: Path) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE + ESCAPES + "\n", encoding="utf-8")
    db_path = tmp_path / "h.db"
    db = open_database(db_path)
    import_paths(db, [tmp_path / "hostile.txt"], published=date(2018, 7, 30))
    db.conn.close()
    _svg, lines, detail, source = await _run(db_path)
    assert any("[red]protesters[/red]" in line for line in lines)
    assert "[@click=app.quit]office[/] building [/]" in detail
    assert "[bold]Loud[/bold] news [/] and [@click=app.quit]x[/] here." in source
    assert "\x1b" not in source and "pwned" not in source  # escapes were stripped on import


async def test_escapes_that_reach_the_database_are_neutralised_on_screen(tmp_path: Path) -> None:
    """The second guard: text stored without the import's cleaning still cannot drive the terminal."""
    db_path = tmp_path / "raw.db"
    db = open_database(db_path)
    text = f"On June 19, protesters surrounded the office {ESCAPES} building, police said.\n"
    extraction = extract_document(text, PublishedDate(date(2018, 7, 30), "user"))
    doc = NewDocument("raw.txt", "raw.txt", "x" * 64, text, None, None, None, None, date(2018, 7, 30), "user", "")
    store_alone(db, doc, extraction)
    db.conn.close()
    svg, lines, detail, source = await _run(db_path)
    everything = "\n".join([*lines, detail, source])
    assert "\x1b" not in everything and "\x07" not in everything
    assert "�]52;c;ZXZpbA==�" in everything
    assert "\x1b" not in svg and "\x07" not in svg
