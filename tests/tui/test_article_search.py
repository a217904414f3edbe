"""`/` reaches into the articles: incidents whose sources hold the words, the words marked, h/H between them."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.helpers import filter_bar
from tests.tui.test_explorer import app_of, settle, type_filter


async def test_a_photo_credit_in_one_article_finds_that_articles_incidents(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "slash", '"sam gehrke"')  # a credit line: in an article, in no incident's text
    bar = filter_bar(app)
    assert app.shown and app.shown > 1
    assert f"{app.shown} found only in their articles (1 article holds the words)" in bar
    await pilot.press("enter")
    await settle(pilot)
    subtitle = str(app.query_one("#source").border_subtitle)
    assert subtitle.endswith("hit 1 of 1") and "003_b6047d1f9e8a733a.txt" in str(app.query_one("#source").border_title)
    assert any("(Sam Gehrke)" in line for line in app.query_one("#source").visible_text()), "the hit is on screen"  # type: ignore[attr-defined]


async def test_h_and_H_step_through_the_words_and_say_where_they_are(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    await type_filter(pilot, "slash", "protesters")
    await pilot.press("enter")
    await settle(pilot)
    subtitle = str(app.query_one("#source").border_subtitle)
    total = int(subtitle.rsplit(" of ", 1)[1])
    assert total >= 2
    first = int(subtitle.rsplit("hit ", 1)[1].split(" of")[0])
    await pilot.press("h")
    await settle(pilot)
    assert f"hit {first % total + 1} of {total}" in str(app.query_one("#source").border_subtitle)
    await pilot.press("H", "H")
    await settle(pilot)
    expected = (first - 2) % total + 1
    assert f"hit {expected} of {total}" in str(app.query_one("#source").border_subtitle)
    assert "passage" in str(app.query_one("#source").border_subtitle), "passages and hits are counted apart"


async def test_search_syntax_never_becomes_an_error(pilot: Pilot[None]) -> None:
    app = app_of(pilot)
    for typed in ('"unbalanced', "AND OR NOT", "col:umn NEAR(", "*", '""'):
        await type_filter(pilot, "slash", typed)
        assert "of 14 incidents" in filter_bar(app), typed
        await pilot.press("c")
        await settle(pilot)


async def test_h_without_a_search_says_how_to_start_one(pilot: Pilot[None]) -> None:
    await pilot.press("h")
    await settle(pilot)
    assert any("/ searches" in n.message for n in pilot.app._notifications)
