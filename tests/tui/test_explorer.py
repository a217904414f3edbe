"""Pilot tests of every explorer flow, asserting what the user sees."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from db import queries
from db.connection import open_database
from explorer.tui.app import IncidentsApp
from explorer.tui.keys import APP_KEYS
from explorer.tui.screens.export import ExportScreen
from explorer.tui.screens.help import HelpScreen
from explorer.tui.widgets.detail import DetailPane, detail_text
from explorer.tui.widgets.prompt import FilterPrompt
from explorer.tui.widgets.source import SourceView
from explorer.tui.widgets.timeline import Timeline
from tests.tui.helpers import filter_bar, prompt_label, selected_title, source_text, timeline_lines

SIZE = (120, 40)


async def settle(pilot: Pilot[None]) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_filter(pilot: Pilot[None], key: str, text: str, submit: bool = True) -> None:
    await pilot.press(key)
    await pilot.press(*text)
    await settle(pilot)
    if submit:
        await pilot.press("enter")
        await settle(pilot)


def app_of(pilot: Pilot[None]) -> IncidentsApp:
    assert isinstance(pilot.app, IncidentsApp)
    return pilot.app


async def test_opens_on_the_timeline(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    lines = timeline_lines(app)
    assert lines[0].strip() == "Sun 27 Aug 2017"
    assert any(line.strip() == "Tue 19 Jun 2018" for line in lines)
    assert any(line.strip() == "≈ 1–10 Jul 2018" for line in lines), "approximate dates read as such"
    assert "14 of 14 incidents" in filter_bar(app)
    assert app.focused is app.query_one(Timeline)
    assert "Two people dressed in black" in selected_title(app)


async def test_cursor_moves(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    timeline = app.query_one(Timeline)
    first = timeline.cursor_line
    await pilot.press("j")
    assert timeline.cursor_line > first
    await pilot.press("k")
    assert timeline.cursor_line == first
    await pilot.press("G")
    assert "Democrats" in selected_title(app)
    await pilot.press("g")
    assert "Two people" in selected_title(app)
    await pilot.press("down", "down", "up")
    assert "Portland drew" in selected_title(app)
    await pilot.press("pagedown")
    assert "Democrats" in selected_title(app), "a page holds the whole sample"
    await pilot.press("pageup")
    assert "Two people" in selected_title(app)


async def test_day_jumps_skip_to_the_next_date_with_incidents(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("right_square_bracket")
    assert app.detail is not None and app.detail.date_start == "2018-06-01"
    await pilot.press("right_square_bracket", "right_square_bracket")
    assert app.detail is not None and app.detail.date_start == "2018-06-19"
    await pilot.press("left_square_bracket")
    assert app.detail is not None and app.detail.date_start == "2018-06-17"


async def test_detail_shows_date_reading_actors_and_sources(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("G", "k")
    detail = str(app.query_one("#detail-body").render())
    assert "Mon 30 Jul 2018 — “on Monday”, article dated Mon 30 Jul 2018 (dateline)" in detail
    assert "legal action · 4 sources" in detail
    assert "Sean Riddell (attorney)" in detail
    assert "Sources disagree on the date" in detail and "this morning" in detail


async def test_text_filter_as_you_type_then_chip(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "slash", "Democrats", submit=False)
    # One incident quotes the word; four more come from the one article that holds it.
    assert "5 of 14 incidents · 4 found only in their articles" in filter_bar(app), "it updates as you type"
    assert "The Democrats want Open" in "\n".join(timeline_lines(app))
    await pilot.press("enter")
    await settle(pilot)
    assert "text: Democrats ✕" in filter_bar(app)
    assert not app.query_one(FilterPrompt).is_open
    assert app.focused is app.query_one(Timeline)


async def test_text_filter_matches_actor_names_fuzzily(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "slash", "ridell")  # a typo no article holds: only the actor's name can match
    assert app.shown is not None and app.shown >= 1
    involved = [" ".join(a.name for a in i.actors) for i in queries.iter_incidents(app.db, app.filter)]
    assert any("Sean Riddell" in names for names in involved)


async def test_date_filter(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "d", "june 19")
    assert "date: 06-19, any year ✕" in filter_bar(app)
    dated = [line for line in timeline_lines(app) if not line.startswith((" ", "▶"))]
    assert dated == ["Jun 2018  (month)", "Tue 19 Jun 2018"]


async def test_bad_date_says_why_in_place(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "d", "someday", submit=False)
    assert "cannot read 'someday' as a date" in prompt_label(app)
    await pilot.press("enter")
    await settle(pilot)
    assert app.query_one(FilterPrompt).is_open, "a bad date is not kept"
    assert "14 of 14 incidents" in filter_bar(app)


async def test_a_finished_date_that_does_not_read_leaves_no_prefix_applied(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "d", "2018-02-3", submit=False)
    assert "Sat 03 Feb 2018" in prompt_label(app) and app.shown == 0, "the prefix previews as it is typed"
    await pilot.press("0", "enter")
    await settle(pilot)
    assert "cannot read '2018-02-30' as a date" in prompt_label(app)
    assert app.pending is None and app.filter.date_from is None, "the preview of 2018-02-03 is not left applied"
    assert "14 of 14 incidents" in filter_bar(app)


async def test_date_range_and_last_week_of(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "d", "last week of july")
    assert [(str(a), str(b)) for a, b in app.filter.date_windows] == [
        ("2017-07-25", "2017-07-31"), ("2018-07-25", "2018-07-31"),
    ], "no year given: the last week of July in each year the archive covers"  # fmt: skip
    assert app.shown == 4, "25 Jul, 30 Jul, 31 Jul and the week of 23 Jul, which overlaps"
    await pilot.press("c")
    await type_filter(pilot, "d", "2018-06-15..2018-07-01")
    assert app.shown == 8, "June (month), 17, 19 (two), 20, 28 Jun, and early July, which overlaps"


async def test_actor_filter_picker(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "a", "wheel", submit=False)
    options = app.query_one(FilterPrompt).query_one("#prompt-options")
    first = str(options.get_option_at_index(0).prompt)  # type: ignore[attr-defined]
    assert first.startswith("Ted Wheeler  person ·") and "incidents" in first
    await pilot.press("enter")
    await settle(pilot)
    assert "actor: Ted Wheeler ✕" in filter_bar(app)
    assert app.shown is not None and 0 < app.shown < 14
    assert app.detail is not None and "Ted Wheeler" in [a.name for a in app.detail.actors]


async def test_kind_filter(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "K", "reop")
    assert "kind: reopening ✕" in filter_bar(app)
    assert app.shown == 1 and "ICE office reopened" in selected_title(app)


async def test_a_filter_whose_load_is_interrupted_still_reaches_the_screen(
    pilot: Pilot[None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An interrupt meant for the load before can land on the newest one; it must run again, not leave old rows."""
    real, tried = queries.head_rows, set()

    def interrupted_once(
        db: sqlite_utils.Database, flt: queries.IncidentFilter, rows: int = 300
    ) -> list[queries.IncidentRow]:
        if id(flt) not in tried:  # every load's first try fails, as if an interrupt had hit it
            tried.add(id(flt))
            raise sqlite3.OperationalError("interrupted")
        return real(db, flt, rows)

    monkeypatch.setattr(queries, "head_rows", interrupted_once)
    app = app_of(pilot)
    await type_filter(pilot, "K", "reop")
    assert "kind: reopening ✕" in filter_bar(app)
    assert app.shown == 1 and "ICE office reopened" in selected_title(app)


async def test_chips_combine_backspace_removes_last_and_c_clears(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "a", "wheeler")
    with_actor = app.shown
    await type_filter(pilot, "d", "jul 2018")
    assert app.shown is not None and with_actor is not None and app.shown < with_actor
    assert "actor: Ted Wheeler ✕" in filter_bar(app) and "date: 2018-07-01..2018-07-31 ✕" in filter_bar(app)
    await pilot.press("slash", "backspace")
    await settle(pilot)
    assert "date:" not in filter_bar(app) and "actor: Ted Wheeler" in filter_bar(app)
    await pilot.press("escape")
    await settle(pilot)
    await pilot.press("c")
    await settle(pilot)
    assert "filters: none" in filter_bar(app) and "14 of 14" in filter_bar(app)


async def test_no_matches_says_so(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "slash", "zzzzqqq")
    assert "No incidents match these filters" in "\n".join(app.query_one(Timeline).visible_text())
    assert "0 of 14 incidents" in filter_bar(app)


async def test_enter_n_N_and_s_walk_the_passages(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("G", "k")  # the cease-and-desist letter: several sources
    await pilot.press("enter")
    await settle(pilot)
    source = app.query_one(SourceView)
    assert app.focused is source
    assert str(source.border_subtitle).startswith("source 1 of 4 · passage 1 of ")
    first = app.passages[0]
    assert " ".join(first.quote.split()[:5]) in source_text(app).replace("\n", " ")
    assert first.file_name.startswith("003_"), "the source dated earliest (25–31 Jul, estimated) comes first"
    first_doc = str(source.border_title)
    await pilot.press("n")
    await settle(pilot)
    assert "passage 2 of " in str(source.border_subtitle)
    await pilot.press("N")
    await settle(pilot)
    assert "passage 1 of " in str(source.border_subtitle)
    await pilot.press("s")
    await settle(pilot)
    assert str(source.border_title) != first_doc, "s moves to the next source document"
    assert str(source.border_subtitle).startswith("source 2 of 4 · ")
    passage = app.passages[app.passage]
    assert " ".join(passage.quote.split()[:4]) in source_text(app).replace("\n", " ")
    marked = [line for line in detail_text(app.detail, passage.document_id).plain.splitlines() if line.startswith("▶")]
    assert len(marked) == 1 and (passage.outlet or passage.file_name) in marked[0], "the detail marks that source"


async def test_sources_are_listed_first_published_first_with_their_provenance(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("G", "k")
    await settle(pilot)
    shown = detail_text(app.detail).plain
    listed = [line for line in shown.splitlines() if line.startswith("  ") and " · " in line and "“" not in line]
    dates = [line.split(" · ")[1] for line in listed]
    assert dates == sorted(dates, key=lambda d: (d == "undated", d)) and len(listed) == 4
    assert dates[0] == "25 Jul 2018 – 31 Jul 2018 (estimated)", "the earliest it can have appeared, said as a range"
    assert dates[1:] == ["30 Jul 2018", "30 Jul 2018 – 31 Jul 2018 (estimated)", "31 Jul 2018"]
    assert "The Epoch Times · 31 Jul 2018" in shown


async def test_tab_moves_between_panes(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("tab")
    assert app.focused is app.query_one("#detail")
    await pilot.press("tab")
    assert app.focused is app.query_one(SourceView)
    await pilot.press("shift+tab", "shift+tab")
    assert app.focused is app.query_one(Timeline)


async def test_help_lists_the_keys(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("question_mark")
    await settle(pilot)
    assert isinstance(app.screen, HelpScreen)
    shown = " ".join(str(w.render()) for w in app.screen.query("Static"))
    assert "incidents — keys" in shown
    await pilot.press("escape")
    assert not isinstance(app.screen, HelpScreen)


async def test_palette_offers_the_filters(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "K", "reop")
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*"Clear every filter")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await settle(pilot)
    assert "filters: none" in filter_bar(app)


async def test_palette_lists_every_action_with_its_key(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
    for key in APP_KEYS:
        assert key.description in commands or key.action in ("quit", "help"), key.description
    assert commands["Copy the whole incident: title, date and how it was read, every source"] == "key: Y"
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*"Filter by kind")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await settle(pilot)
    assert app.query_one(FilterPrompt).is_open and app.query_one(FilterPrompt).mode == "kind"


async def test_export_writes_the_filtered_chronology(pilot: Pilot[None], tmp_path: Path) -> None:
    await type_filter(pilot, "K", "reop")
    await pilot.press("e")
    await settle(pilot)
    field = pilot.app.screen.query_one("#export-path", Input)
    assert field.value.startswith(str(tmp_path / "chronology-")), "offered in the data directory, before writing"
    assert not list(tmp_path.glob("chronology-*.md")), "nothing is written until the user says where"
    await pilot.press("enter")
    await settle(pilot)
    (written,) = tmp_path.glob("chronology-*.md")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Chronology") and "The ICE office reopened" in text
    assert "Filters: kind: reopening" in text and "Democrats" not in text
    assert any(str(written) in n.message for n in pilot.app._notifications), "it says where it wrote"


async def test_export_can_be_sent_elsewhere_or_cancelled(pilot: Pilot[None], tmp_path: Path) -> None:
    await pilot.press("e")
    await settle(pilot)
    field = pilot.app.screen.query_one("#export-path", Input)
    field.value = str(tmp_path / "mine")
    await pilot.press("enter")
    await settle(pilot)
    assert (tmp_path / "mine.md").read_text(encoding="utf-8").startswith("# Chronology")
    await pilot.press("e", "escape")
    await settle(pilot)
    assert not list(tmp_path.glob("chronology-*.md")), "escape writes nothing"


async def test_export_of_nothing_is_refused(pilot: Pilot[None], tmp_path: Path) -> None:
    await type_filter(pilot, "slash", "zebras")
    await pilot.press("e")
    await settle(pilot)
    assert not isinstance(pilot.app.screen, ExportScreen)
    assert any("Nothing to export" in n.message for n in pilot.app._notifications)
    assert not list(tmp_path.glob("*.md"))


async def test_copy_citation(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("G")
    await pilot.press("y")
    assert app.clipboard == (
        "“The Democrats want Open Borders,” Trump wrote on July 31.” — The Epoch Times, “Police Refused to Help ICE"
        " Agents Who Called 911, Letter to Mayor Says”, 31 Jul 2018 (004_237c34216390f099.txt, characters 2750–2807)"
    )


async def test_empty_database_looks_deliberate(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    app = IncidentsApp(open_database(path), path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "No incidents yet" in "\n".join(app.query_one(Timeline).visible_text())
        await pilot.press("j", "enter", "n", "s", "y", "G")
        await settle(pilot)
        assert "0 of 0 incidents" in filter_bar(app)


async def test_narrow_terminal_stacks_the_panes(seeds_db: sqlite_utils.Database) -> None:
    path = Path(seeds_db.conn.execute("PRAGMA database_list").fetchone()[2])
    app = IncidentsApp(seeds_db, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        timeline, source = app.query_one(Timeline), app.query_one(SourceView)
        assert app.screen.has_class("-narrow")
        assert timeline.region.width == source.region.width == 80
        assert timeline.region.y < source.region.y


async def test_clicking_a_chip_removes_it(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "K", "reop")
    await type_filter(pilot, "slash", "office")
    assert "kind: reopening ✕" in filter_bar(app) and "text: office ✕" in filter_bar(app)
    await pilot.click("#filters", offset=(12, 0))  # on the first chip
    await settle(pilot)
    assert "kind:" not in filter_bar(app) and "text: office ✕" in filter_bar(app)


async def test_actor_picker_offers_every_match_as_one_filter(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "a", "ice", submit=False)
    options = app.query_one(FilterPrompt).query_one("#prompt-options")
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]  # type: ignore[attr-defined]
    assert labels[-1].startswith("all ") and "matches for “ice”" in labels[-1]
    named_first = [label.split("  ")[1].split(" ·")[0] for label in labels[:-1]]
    assert named_first.index("organisation") < named_first.index("group"), "named actors rank above groups"
    await pilot.press(*["down"] * (len(labels) - 1), "enter")
    await settle(pilot)
    assert "actor: ice (all" in filter_bar(app)


async def test_r_and_s_say_what_they_did_when_there_is_nothing_to_do(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("r")
    await settle(pilot)
    assert any("nothing had changed" in n.message for n in app._notifications)
    await type_filter(pilot, "K", "reop")  # an incident with one source
    await pilot.press("enter", "s")
    await settle(pilot)
    assert any("one source" in n.message for n in app._notifications)


async def test_z_maximises_the_focused_pane_and_restores_it(seeds_db: sqlite_utils.Database, tmp_path: Path) -> None:
    path = Path(seeds_db.conn.execute("PRAGMA database_list").fetchone()[2])
    app = IncidentsApp(seeds_db, path, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "z")  # the source pane has the focus after enter
        await settle(pilot)
        source = app.query_one(SourceView)
        assert app.screen.maximized is source and source.region.height >= 20
        await pilot.press("z")
        await settle(pilot)
        assert app.screen.maximized is None and source.region.height < 20
        for pane in (DetailPane, Timeline):  # every pane, not only the source
            app.screen.set_focus(app.query_one(pane))
            await pilot.press("z")
            await settle(pilot)
            widget = app.query_one(pane)
            assert app.screen.maximized is widget and widget.region.width == 80 and widget.region.height >= 20, pane
            await pilot.press("z")
            await settle(pilot)


async def test_the_theme_is_remembered(seeds_db: sqlite_utils.Database, tmp_path: Path) -> None:
    path = Path(seeds_db.conn.execute("PRAGMA database_list").fetchone()[2])
    first = IncidentsApp(seeds_db, path, export_dir=tmp_path)
    async with first.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        first.theme = "textual-light"
        await settle(pilot)
    again = IncidentsApp(seeds_db, path, export_dir=tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"


async def test_A_filters_by_an_actor_of_the_current_incident(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await pilot.press("G")
    await settle(pilot)
    assert app.detail is not None
    first_actor = app.detail.actors[0].name
    await pilot.press("A")
    await settle(pilot)
    assert "actors of this incident" in prompt_label(app)
    await pilot.press("enter")
    await settle(pilot)
    assert f"actor: {first_actor}" in filter_bar(app)


async def test_the_timeline_says_which_row_of_how_many(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    timeline = app.query_one(Timeline)
    assert str(timeline.border_subtitle) == "row 1 of 14"
    await pilot.press("j", "j")
    await settle(pilot)
    assert str(timeline.border_subtitle) == "row 3 of 14"
    await pilot.press("G")
    await settle(pilot)
    assert str(timeline.border_subtitle) == "row 14 of 14"


async def test_escape_brings_the_focus_back_to_the_timeline(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    timeline, source = app.query_one(Timeline), app.query_one(SourceView)
    await pilot.press("enter")
    await settle(pilot)
    assert app.focused is source
    await pilot.press("escape")
    assert app.focused is timeline
    first = selected_title(app)
    await pilot.press("j")
    await settle(pilot)
    assert selected_title(app) != first, "j moves the timeline again"
    await pilot.press("tab", "z")
    assert app.screen.maximized is app.query_one(DetailPane)
    await pilot.press("escape")
    assert app.screen.maximized is None and app.focused is app.query_one(DetailPane), "escape restores first"
    await pilot.press("escape")
    assert app.focused is timeline
