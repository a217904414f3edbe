"""Split text into sentences with exact offsets, without breaking on abbreviations."""

from __future__ import annotations

import re

from explorer.extract.model import Sentence

# Words that end with a full stop but rarely end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "maj",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "insp",
        "det",
        "supt",
        "pres",
        "atty",
        "dept",
        "univ",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "assn",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "fig",
        "vol",
        "ave",
        "blvd",
        "rd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "kans",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "penn",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
        "ont",  # Canadian provinces in datelines ("Man." is left out: it is also a word)
        "que",
        "alta",
        "sask",
        "nfld",
    ]
)

# A candidate boundary: terminal punctuation, optional closing quotes or brackets, then white space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial."""
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if match is None:
        return False
    word = match.group(1)
    if "." in word:  # U.S., p.m., a.m.: dotted initials never end a sentence here
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    return word.lower() in ABBREVIATIONS


def _line_continues(text: str, newline: int) -> bool:
    """A single newline inside a hard-wrapped paragraph: the next line starts in lower case."""
    rest = text[newline + 1 : newline + 3].lstrip(" \t")
    return bool(rest) and rest[0].islower()


def _blocks(text: str) -> list[tuple[int, int, int]]:
    """Paragraphs as (start, end, index); a blank line separates paragraphs."""
    blocks: list[tuple[int, int, int]] = []
    start = 0
    index = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            blocks.append((start, match.start(), index))
            index += 1
        start = match.end()
    if start < len(text):
        blocks.append((start, len(text), index))
    return blocks


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph at newlines that do not continue the previous line."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for match in _LINE_BREAK.finditer(text, start, end):
        if _line_continues(text, match.start()):
            continue
        pieces.append((piece_start, match.start()))
        piece_start = match.end()
    pieces.append((piece_start, end))
    return pieces


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one line at sentence boundaries."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        following = _NEXT_START.match(text, stop, end)
        if following is None:
            continue
        single_dot = text[match.start()] == "." and match.end() - match.start() == 1
        if single_dot and _is_abbreviation(text, match.start()):
            continue
        pieces.append((piece_start, stop))
        piece_start = following.start(1)
    pieces.append((piece_start, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a range so it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each with exact offsets and a paragraph number.

    >>> [s.start for s in split_sentences("Mr. Smith left. He came back in the U.S. Army.")]
    [0, 16]
    """
    sentences: list[Sentence] = []
    for block_start, block_end, paragraph in _blocks(text):
        for line_start, line_end in _lines(text, block_start, block_end):
            for piece_start, piece_end in _split_line(text, line_start, line_end):
                start, end = _trim(text, piece_start, piece_end)
                if end > start:
                    sentences.append(Sentence(start, end, paragraph))
    return sentences
