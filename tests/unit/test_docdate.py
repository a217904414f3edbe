"""The document date from the text itself: datelines first, else an estimate."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.extract.docdate import estimate_published, find_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2018-07-30 PORTLAND, Ore. – The mayor", date(2018, 7, 30)),
        ("Headline\nBy A Writer\n7/31/2018\nUpdated:\n7/31/2018\n\nBody.", date(2018, 7, 31)),
        ("Body text.\n\nUPDATE 7/31/18: This post has been updated.", date(2018, 7, 31)),
        ("Published: June 28, 2018\n\nBody.", date(2018, 6, 28)),
        ("Updated: 7/31/2018 Posted: 7/30/2018\n\nBody.", date(2018, 7, 30)),
        ("Body.\n\n" + "More body. " * 100 + "\n\nPublished: Wednesday, July 10, 2024", date(2024, 7, 10)),
    ],
)
def test_datelines(text: str, expected: date) -> None:
    published, spans = find_dateline(text)
    assert (published.value, published.source) == (expected, "dateline")
    assert spans


def test_no_dateline() -> None:
    assert find_dateline("On June 19 protesters marched.")[0].source == "unknown"


def test_estimate_is_the_latest_date_mentioned() -> None:
    text = "On June 19 they marched. On Monday, the union sent a July 30 letter. Sandy Malone, 2018"
    published = estimate_published(text)
    assert (published.value, published.source) == (date(2018, 7, 30), "estimated")


def test_estimate_without_a_year_uses_the_articles_imported_with_it() -> None:
    text = "On June 17, protesters gathered. Last month videos emerged."
    assert estimate_published(text).value is None
    assert estimate_published(text, context=date(2018, 7, 31)).value == date(2018, 7, 31)


def test_nothing_to_go_on_is_unknown() -> None:
    assert estimate_published("Protesters gathered.").source == "unknown"
