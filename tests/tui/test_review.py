"""Reviewing in the explorer: each review key, as the user sees it and as it is stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from explorer.tui.screens.ask import AskScreen, ChoiceScreen, NoteScreen
from tests.tui.helpers import filter_bar, timeline_lines
from tests.tui.test_explorer import app_of, settle

SIZE = (120, 40)


def _path(pilot: Pilot[None]) -> Path:
    return app_of(pilot).path


def _stored(pilot: Pilot[None], sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(_path(pilot))
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def _detail(pilot: Pilot[None]) -> str:
    return str(app_of(pilot).query_one("#detail-body").render())


def _current(pilot: Pilot[None]) -> int:
    detail = app_of(pilot).current_incident()
    assert detail is not None
    return detail.id


def _row(pilot: Pilot[None], incident_id: int) -> str:
    """The timeline line under the cursor, which must be the incident's."""
    assert _current(pilot) == incident_id
    return next(line for line in timeline_lines(app_of(pilot)) if line.startswith("▶"))


async def _keys(pilot: Pilot[None], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def test_v_x_and_X_set_the_status_and_the_same_key_takes_it_back(pilot: Pilot[None]) -> None:
    incident = _current(pilot)
    await _keys(pilot, "v")
    assert _stored(pilot, "SELECT status FROM reviews WHERE incident_id = ?", incident) == [("verified",)]
    assert "▶ ✓" in _row(pilot, incident) and "Verified" in _detail(pilot)
    await _keys(pilot, "x")
    assert "▶ ?" in _row(pilot, incident) and "Disputed" in _detail(pilot)
    await _keys(pilot, "x")
    assert _stored(pilot, "SELECT status FROM reviews WHERE incident_id = ?", incident) == [], (
        "back to unreviewed with nothing else of the user's on it, it is an ordinary incident again"
    )
    assert "Unreviewed" in _detail(pilot)
    await _keys(pilot, "X")
    assert _stored(pilot, "SELECT status FROM reviews WHERE incident_id = ?", incident) == [("rejected",)]
    assert _current(pilot) != incident, "a rejected incident leaves the timeline"


async def test_rejected_incidents_come_back_with_a_review_filter(pilot: Pilot[None]) -> None:
    incident = _current(pilot)
    before = len(timeline_lines(app_of(pilot)))
    await _keys(pilot, "X")
    assert len(timeline_lines(app_of(pilot))) < before
    await _keys(pilot, "f", *"rejec", "enter")
    assert "review: rejected" in filter_bar(app_of(pilot))
    assert _current(pilot) == incident and "✗" in _row(pilot, incident)


async def test_star_tags_and_note(pilot: Pilot[None]) -> None:
    incident = _current(pilot)
    await _keys(pilot, "asterisk")
    assert "★" in _row(pilot, incident) and "★ starred" in _detail(pilot)
    await _keys(pilot, "t", *"legal, follow up")
    assert isinstance(pilot.app.screen, AskScreen)
    assert "adds legal, follow up" in str(pilot.app.screen.query_one("#ask-reading").render())
    await _keys(pilot, "enter")
    assert "tags: follow up, legal" in _detail(pilot)
    await _keys(pilot, "t", *"-legal", "enter")
    assert _stored(pilot, "SELECT tag FROM review_tags WHERE incident_id = ?", incident) == [("follow up",)]
    await _keys(pilot, "o")
    assert isinstance(pilot.app.screen, NoteScreen)
    await _keys(pilot, *"First line.", "enter", *"[b]Second[/b] line.")
    await _keys(pilot, "ctrl+s")
    detail = _detail(pilot)
    assert "Note:" in detail and "  First line." in detail and "  [b]Second[/b] line." in detail
    assert _stored(pilot, "SELECT note FROM reviews WHERE incident_id = ?", incident) == [
        ("First line.\n[b]Second[/b] line.",)
    ]
    await _keys(pilot, "o", "escape")
    assert "  First line." in _detail(pilot), "escape leaves the note as it was"


async def test_e_corrects_title_date_kind_and_actors(pilot: Pilot[None]) -> None:
    incident = _current(pilot)
    await _keys(pilot, "E", "t")
    assert isinstance(pilot.app.screen, AskScreen)
    pilot.app.screen.query_one(Input).value = "My own title"
    await _keys(pilot, "enter")
    assert "My own title" in _row(pilot, incident) and "Title corrected by hand" in _detail(pilot)
    await _keys(pilot, "E", "d")
    field = pilot.app.screen.query_one(Input)
    field.value = "june 40 2018"
    await settle(pilot)
    assert "cannot read" in str(pilot.app.screen.query_one("#ask-reading").render())
    await _keys(pilot, "enter")
    assert isinstance(pilot.app.screen, AskScreen), "a date that does not read is not kept"
    field.value = "june 2018"
    await settle(pilot)
    assert "reads as 2018-06-01..2018-06-30 (month)" in str(pilot.app.screen.query_one("#ask-reading").render())
    await _keys(pilot, "enter")
    assert _stored(pilot, "SELECT date_start, date_end, precision FROM incidents WHERE id = ?", incident) == [
        ("2018-06-01", "2018-06-30", "month")
    ]
    await _keys(pilot, "E", "k")
    pilot.app.screen.query_one(Input).value = "Arrest"
    await _keys(pilot, "enter")
    assert _stored(pilot, "SELECT kind FROM incidents WHERE id = ?", incident) == [("arrest",)]
    actors = app_of(pilot).current_incident().actors  # type: ignore[union-attr]
    await _keys(pilot, "E", "r")
    pilot.app.screen.query_one(Input).value = actors[0].name
    await _keys(pilot, "enter")
    names = [a.name for a in app_of(pilot).current_incident().actors]  # type: ignore[union-attr]
    assert actors[0].name not in names and "Actors removed by hand" in _detail(pilot)
    await _keys(pilot, "E", "a")
    pilot.app.screen.query_one(Input).value = actors[0].name
    await _keys(pilot, "enter")
    assert actors[0].name in [a.name for a in app_of(pilot).current_incident().actors]  # type: ignore[union-attr]


async def test_m_then_M_merges_and_S_splits_and_u_undoes(pilot: Pilot[None]) -> None:
    first = _current(pilot)
    await _keys(pilot, "m", "j")
    second = _current(pilot)
    title = app_of(pilot).current_incident().title  # type: ignore[union-attr]
    await _keys(pilot, "M")
    assert _stored(pilot, "SELECT count(*) FROM incidents WHERE id = ?", first) == [(0,)]
    assert _current(pilot) == second and app_of(pilot).current_incident().title == title  # type: ignore[union-attr]
    passages = len(app_of(pilot).passages)
    await _keys(pilot, "enter", "S")
    assert isinstance(pilot.app.screen, ChoiceScreen)
    await _keys(pilot, "p")
    assert len(app_of(pilot).passages) < passages
    assert _stored(pilot, "SELECT count(*) FROM history WHERE field = 'split off'") == [(1,)]
    await _keys(pilot, "u")
    assert len(app_of(pilot).passages) == passages, "undo merges the split passage back"
    await _keys(pilot, "u")
    assert _stored(pilot, "SELECT count(*) FROM incidents WHERE id = ?", second) == [(1,)]
    assert len(app_of(pilot).passages) < passages, "undo splits the merged incident off again"
    await _keys(pilot, "u", "u")
    assert "nothing to undo" in " ".join(n.message for n in pilot.app._notifications)


async def test_review_filters_and_the_queue(pilot: Pilot[None]) -> None:
    total = len(timeline_lines(app_of(pilot)))
    await _keys(pilot, "asterisk", "f", *"starred", "enter")
    assert "review: starred" in filter_bar(app_of(pilot))
    rows = [line for line in timeline_lines(app_of(pilot)) if "★" in line]
    assert len(rows) == 1 and rows[0].startswith("▶ ")
    await _keys(pilot, "c", "exclamation_mark")
    assert "review: to check" in filter_bar(app_of(pilot))
    assert 0 < len(timeline_lines(app_of(pilot))) < total


async def test_history_shows_in_the_detail_pane(pilot: Pilot[None]) -> None:
    await _keys(pilot, "v", "asterisk")
    detail = _detail(pilot)
    assert "History:" in detail and "status unreviewed → verified" in detail and "  starred  (change" in detail


async def test_S_then_s_splits_every_passage_of_the_current_source(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    while len({p.document_id for p in app.passages}) < 2:
        await _keys(pilot, "j")
    incident = _current(pilot)
    await _keys(pilot, "enter")
    source = app.passages[0].document_id
    moved = {p.id for p in app.passages if p.document_id == source}
    await _keys(pilot, "S", "s")
    marks = ", ".join("?" for _ in moved)
    new = _stored(pilot, f"SELECT DISTINCT incident_id FROM evidence WHERE id IN ({marks})", *moved)
    assert len(new) == 1 and new[0][0] != incident
    assert all(p.document_id != source for p in app.passages), "the incident keeps its other sources"
    assert "split" in " ".join(n.message for n in pilot.app._notifications)


async def test_a_letter_typed_right_after_E_chooses_in_the_menu(pilot: Pilot[None]) -> None:
    for letter, field in (("k", "kind"), ("d", "date"), ("t", "title"), ("r", "actor to remove")):
        await pilot.press("E", letter)  # in one burst, as a fast typist sends them
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, AskScreen) and screen.title_text.endswith(field), (letter, type(screen).__name__)
        await _keys(pilot, "escape")


async def test_rejecting_moves_the_cursor_on_and_the_pane_title_shows_id_and_status(pilot: Pilot[None]) -> None:
    first = _current(pilot)
    await _keys(pilot, "j")
    second = _current(pilot)
    await _keys(pilot, "k", "X")
    assert _current(pilot) == second, "the cursor goes on to the next incident"
    await _keys(pilot, "v")
    assert str(app_of(pilot).query_one("#detail").border_title) == f"Incident #{second} · verified"
    await _keys(pilot, "asterisk")
    assert str(app_of(pilot).query_one("#detail").border_title) == f"Incident #{second} · verified ★"
    assert first != second


async def test_the_mark_shows_until_m_takes_it_away(pilot: Pilot[None]) -> None:
    incident = _current(pilot)
    await _keys(pilot, "m")
    assert f"#{incident} marked" in filter_bar(app_of(pilot))
    await _keys(pilot, "m")
    assert "marked" not in filter_bar(app_of(pilot))


async def test_escape_in_a_changed_note_asks_before_throwing_it_away(pilot: Pilot[None]) -> None:
    await _keys(pilot, "o", *"Half a thought", "escape")
    assert isinstance(pilot.app.screen, NoteScreen), "the first escape only warns"
    assert "esc again throws away" in str(pilot.app.screen.query_one(".ask-hint").render())
    await _keys(pilot, "escape")
    assert not isinstance(pilot.app.screen, NoteScreen)
    assert "Note:" not in _detail(pilot)


async def test_a_database_that_cannot_be_written_says_so_and_keeps_the_explorer_running(
    pilot: Pilot[None], tmp_path: Path
) -> None:
    app_of(pilot).reviewer.session.path = tmp_path  # a folder: the writing connection cannot open it
    await _keys(pilot, "v")
    said = " ".join(n.message for n in pilot.app._notifications)
    assert "Not saved:" in said and "is a folder" in said
    assert "Unreviewed" in _detail(pilot), "nothing changed on screen either"


async def test_a_status_leaves_the_actor_list_alone_and_an_actor_correction_counts_it_again(
    pilot: Pilot[None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting every actor takes most of a second at a million incidents: only changes to actors pay for it."""
    from db import queries

    real, counted = queries.actor_summaries, []
    monkeypatch.setattr(queries, "actor_summaries", lambda db, limit=None: counted.append(1) or real(db, limit))
    await _keys(pilot, "v", "asterisk", "t", *"legal", "enter")
    assert counted == [] and app_of(pilot).filter_kinds.shared.actors is not None
    actor = app_of(pilot).current_incident().actors[0].name  # type: ignore[union-attr]
    await _keys(pilot, "E", "r")
    pilot.app.screen.query_one(Input).value = actor
    await _keys(pilot, "enter")
    assert counted, "who takes part in what changed: the list is counted again"
