"""A citation of one passage, as a reporter would paste it."""

from __future__ import annotations

from db.queries import EvidenceRow
from explorer.output.formatting import short_date
from explorer.output.textsafe import clean_line, clean_text


def citation(passage: EvidenceRow) -> str:
    """“quote” — outlet, “title”, date (file, characters a–b); parts the source lacks are left out."""
    quote = " ".join(clean_text(passage.quote).split())
    parts = [clean_text(passage.outlet)] if passage.outlet else []
    if passage.doc_title:
        parts.append(f"“{clean_text(passage.doc_title)}”")
    parts.append(short_date(passage.published))
    return f"“{quote}” — {', '.join(parts)} ({position(passage)})"


def position(passage: EvidenceRow) -> str:
    """Where a passage is: "file, page 2, characters 120–180" (the page only for documents that have pages)."""
    page = f", page {passage.page}" if passage.page else ""
    return f"{clean_line(passage.file_name)}{page}, characters {passage.start}–{passage.end}"
