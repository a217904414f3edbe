"""What a reader returns, and the size limits every reader shares (in one unit: MB, a million bytes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

MAX_TEXT_BYTES = 20_000_000  # an article's text, however it was stored
MAX_FILE_BYTES = 200_000_000  # a file's bytes: HTML and PDF carry far more than their text


def megabytes(size: int) -> str:
    """A size as people read it: "23.4 MB" (a million bytes to the MB, like the limits)."""
    return f"{size / 1_000_000:.1f} MB"


@dataclass(frozen=True)
class Article:
    """An article as read from disk: clean text plus the metadata the file itself gives.

    ``pages`` holds where each page starts in ``text`` (PDF), so a passage can be cited by page.
    """

    path: Path
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    pages: tuple[int, ...] = ()
