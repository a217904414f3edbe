"""Keys typed faster than the explorer answers act in order, each on what the keys before it left.

The keys are posted all at once, as a terminal delivers a burst (a paste, a fast typist, a
loaded machine), instead of one by one with a pause as Pilot's ``press`` does.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest
import sqlite_utils
from textual import events
from textual.worker import WorkerCancelled

from explorer.tui.app import IncidentsApp
from explorer.tui.widgets.prompt import FilterInput
from tests.tui.helpers import filter_bar

KEYS = {"enter": "\r", "space": " "}


def burst(app: IncidentsApp, *keys: str) -> None:
    """Post every key at once, the way a terminal hands over a burst of input."""
    for key in keys:
        character = KEYS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character))


async def settled(app: IncidentsApp, pilot) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 60  # a loaded machine can take many seconds; the state is what counts
    while time.monotonic() < deadline:
        with contextlib.suppress(WorkerCancelled):  # a newer filter cancels an older load: expected
            await app.workers.wait_for_complete()
        await pilot.pause(0.02)
        if not app.keys_busy and app.requested_token == app.applied_token:
            break
    await pilot.pause()


def words(text: str) -> list[str]:
    return ["space" if c == " " else c for c in text]


@pytest.fixture
def app(seeds_db: sqlite_utils.Database, tmp_path: Path) -> IncidentsApp:
    path = Path(seeds_db.conn.execute("PRAGMA database_list").fetchone()[2])
    return IncidentsApp(seeds_db, path, export_dir=tmp_path)


@pytest.mark.parametrize(
    ("keys", "expected_input"),
    [
        (("d", *words("jul 2018")), "jul 2018"),  # j would move the timeline if it beat the input's focus
        (("slash", *words("kill")), "kill"),  # k likewise
        (("a", *words("wheeler")), "wheeler"),
    ],
)
async def test_a_key_right_after_a_filter_key_is_typed_into_the_input(
    app: IncidentsApp, keys: tuple[str, ...], expected_input: str
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        burst(app, *keys)
        await settled(app, pilot)
        assert app.query_one(FilterInput).value == expected_input


async def test_a_whole_session_typed_at_once_ends_where_it_would_typed_slowly(app: IncidentsApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(app, pilot)
        burst(app, "a", *words("wheeler"), "enter", "d", *words("jul 2018"), "enter", "G", "enter", "n")
        await settled(app, pilot)
        bar = filter_bar(app)
        assert "actor: Ted Wheeler" in bar and "date: 2018-07-01..2018-07-31" in bar
        assert bar.count("actor:") == 1, "the second filter key opened its own input"
        assert str(app.query_one("#source").border_subtitle).endswith("passage 2 of 8")
        assert not app.query_one(FilterInput).value or not app.query_one("#prompt").is_open  # type: ignore[attr-defined]
