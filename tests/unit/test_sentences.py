"""Sentence splitting keeps exact offsets and does not break on abbreviations."""

from __future__ import annotations

import pytest

from explorer.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected", "note"),
    [
        ("He left. She came.", ["He left.", "She came."], "plain full stops"),
        ("He works for the U.S. Army in Texas.", ["He works for the U.S. Army in Texas."], "U.S. does not split"),
        ("PORTLAND, Ore. – The mayor spoke.", ["PORTLAND, Ore. – The mayor spoke."], "state abbreviation"),
        ("In Berkeley, Calif. on Friday it rained.", ["In Berkeley, Calif. on Friday it rained."], "Calif."),
        ("On Aug. 27 they met. Then they left.", ["On Aug. 27 they met.", "Then they left."], "month abbreviation"),
        ("Mr. Smith met Dr. Jones.", ["Mr. Smith met Dr. Jones."], "titles"),
        ("It began at 5 p.m. Police arrived.", ["It began at 5 p.m. Police arrived."], "p.m. does not split"),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."], "a middle initial"),
        ('"Go home." He left.', ['"Go home."', "He left."], "closing quote stays with its sentence"),
        ("One.\n\nTwo.", ["One.", "Two."], "paragraphs"),
        ("Headline here\nBody text starts.", ["Headline here", "Body text starts."], "a line break ends a headline"),
        ("a wrapped\nline continues.", ["a wrapped\nline continues."], "a hard-wrapped line continues"),
    ],
)
def test_split(text: str, expected: list[str], note: str) -> None:
    assert _texts(text) == expected, note


def test_paragraph_numbers_follow_blank_lines() -> None:
    sentences = split_sentences("A one. A two.\n\nB one.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]
