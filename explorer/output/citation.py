"""A citation of one passage, as a reporter would paste it."""

from __future__ import annotations

from db.queries import EvidenceRow
from explorer.output.formatting import short_date
from explorer.output.textsafe import clean_text


def citation(passage: EvidenceRow) -> str:
    """“quote” — outlet, “title”, date (file, characters a–b); parts the source lacks are left out."""
    quote = " ".join(clean_text(passage.quote).split())
    parts = [clean_text(passage.outlet)] if passage.outlet else []
    if passage.doc_title:
        parts.append(f"“{clean_text(passage.doc_title)}”")
    parts.append(short_date(passage.published))
    return f"“{quote}” — {', '.join(parts)} ({passage.file_name}, characters {passage.start}–{passage.end})"
