"""Properties over arbitrary text: extraction never raises, spans stay exact, output is deterministic."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.connection import open_database
from db.writes import NewDocument
from explorer.extract import extract_document
from explorer.extract.model import PublishedDate
from explorer.ingest.store import store_alone
from explorer.output.textsafe import clean_text

NEWSY = st.sampled_from(
    [
        "On June 19, ", "protesters ", "surrounded ", "the ICE office", ". ", "Mayor Ted Wheeler ", "said ",
        "on Monday", " and ", "police ", "arrested ", "two men ", "in mid-June", "last week", "(FBI) ", "\n\n",
        "“", "”", "Mr. ", "U.S. ", "7/31/18", "2018-07-30", " a few hours later", "May ", "March ", "[/]",
        "\x1b]52;c;ZXZpbA==\x07", "\x00", "\r\n", "é", "🙂", "Smith", ",", "the next day", "Sept. 3, 2019",
    ]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=400), st.lists(NEWSY, max_size=60).map("".join))
DATES = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=TEXT, day=DATES)
def test_extraction_never_raises_and_spans_are_exact(text: str, day: date | None) -> None:
    text = clean_text(text)
    given_date = PublishedDate(day, "user") if day else None
    result = extract_document(text, given_date)
    for mention in result.mentions:
        assert mention.date_start <= mention.date_end
        for evidence in mention.evidence:
            assert 0 <= evidence.start < evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.quote
            assert len(evidence.quote) <= 600
    assert extract_document(text, given_date) == result, "the same input gives the same output"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, day=DATES)
def test_stored_quotes_equal_the_stored_text(tmp_path: Path, text: str, day: date | None) -> None:
    text = clean_text(text)
    db = open_database(tmp_path / "prop.db")
    try:
        extraction = extract_document(text, PublishedDate(day, "user") if day else None)
        digest = str(abs(hash((text, day))))
        doc = NewDocument("a.txt", "a.txt", digest, text, None, None, None, None, extraction.published.value,
                          extraction.published.source, "")  # fmt: skip
        if db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [digest]).fetchone() is None:
            store_alone(db, doc, extraction)
        bad = db.execute(
            "SELECT count(*) FROM evidence e JOIN documents d ON d.id = e.document_id"
            " WHERE substr(d.text, e.start + 1, e.end - e.start) != e.quote"
        ).fetchone()[0]
        assert bad == 0
    finally:
        db.conn.close()


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_clean_text_leaves_no_escape_or_control_characters(text: str) -> None:
    cleaned = clean_text(text)
    assert "\x1b" not in cleaned
    assert all(ch in "\n\t" or (ord(ch) >= 32 and not 0x7F <= ord(ch) <= 0x9F) for ch in cleaned)
