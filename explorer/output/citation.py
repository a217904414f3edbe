"""Citations of a passage and of a whole incident, as a reporter would paste them."""

from __future__ import annotations

from db.queries import EvidenceRow, IncidentDetail
from explorer.output.formatting import format_when
from explorer.output.provenance import published_shown, sources_of
from explorer.output.textsafe import clean_line, clean_text


def citation(passage: EvidenceRow) -> str:
    """“quote” — outlet, “headline”, date, URL (file, characters a–b); parts the source lacks are left out.

    The date says "(estimated)" when the source did not state it.
    """
    quote = " ".join(clean_text(passage.quote).split())
    return f"“{quote}” — {_source_line(passage)}"


def _source_line(passage: EvidenceRow) -> str:
    parts = [clean_line(passage.outlet)] if passage.outlet else []
    if passage.doc_title:
        parts.append(f"“{clean_line(passage.doc_title)}”")
    parts.append(published_shown(passage.published, passage.published_latest, passage.published_source))
    if passage.url:
        parts.append(clean_line(passage.url))
    return f"{', '.join(parts)} ({position(passage)})"


def incident_citation(incident: IncidentDetail) -> str:
    """The whole incident: its title, its date and how it was read, then every source with its quotes."""
    when = format_when(incident.date_start, incident.date_end, incident.precision)
    lines = [clean_line(incident.title), f"{when} — {clean_line(incident.date_note)}" if incident.date_note else when]
    for source in sources_of(incident):
        lines.append("")
        lines.append(_source_line(source.passages[0]).rsplit(" (", 1)[0])
        for passage in source.passages:
            quote = " ".join(clean_text(passage.quote).split())
            lines.append(f"  “{quote}” ({position(passage)})")
    return "\n".join(lines)


def position(passage: EvidenceRow) -> str:
    """Where a passage is: "file, page 2, characters 120–180" (the page only for documents that have pages)."""
    page = f", page {passage.page}" if passage.page else ""
    return f"{clean_line(passage.file_name)}{page}, characters {passage.start}–{passage.end}"
