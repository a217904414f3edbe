"""Render incidents for pipelines: JSON Lines (the exchange format), CSV, and a Markdown chronology."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from db.queries import IncidentDetail
from explorer.output.formatting import format_when, short_date

CSV_COLUMNS = ("id", "date_start", "date_end", "precision", "kind", "title", "location", "actors", "sources", "quote")


def incident_record(incident: IncidentDetail) -> dict[str, object]:
    """One incident as a JSON-ready record in the documented export format."""
    return {
        "id": incident.id,
        "date_start": incident.date_start,
        "date_end": incident.date_end,
        "precision": incident.precision,
        "date_note": incident.date_note,
        "kind": incident.kind,
        "title": incident.title,
        "location": incident.location,
        "actors": [
            {"name": a.name, "kind": a.kind, **({"role": a.role} if a.role else {}), **({"title": a.title} if a.title else {})}
            for a in incident.actors
        ],
        "evidence": [
            {
                "source": e.file_name, "start": e.start, "end": e.end, "quote": e.quote, "date_text": e.date_text,
                "date_start": e.date_start, "date_end": e.date_end, "dated": e.is_dated, "outlet": e.outlet,
                "published": e.published,
            }
            for e in incident.evidence
        ],
    }  # fmt: skip


def to_jsonl(incidents: Iterable[IncidentDetail]) -> Iterator[str]:
    """One JSON object a line."""
    for incident in incidents:
        yield json.dumps(incident_record(incident), ensure_ascii=False) + "\n"


def to_csv(incidents: Iterable[IncidentDetail]) -> Iterator[str]:
    """A header row, then one row an incident (actors and sources joined with "; ")."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    for incident in incidents:
        first = next((e for e in incident.evidence if e.is_dated), incident.evidence[0] if incident.evidence else None)
        writer.writerow([
            incident.id, incident.date_start, incident.date_end, incident.precision, incident.kind, incident.title,
            incident.location or "", "; ".join(a.name for a in incident.actors),
            "; ".join(dict.fromkeys(e.file_name for e in incident.evidence)), first.quote if first else "",
        ])  # fmt: skip
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _md_escape(text: str) -> str:
    """Keep article text from turning into Markdown structure."""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def to_markdown(incidents: Iterable[IncidentDetail], title: str = "Chronology") -> Iterator[str]:
    """A dated chronology: one section per incident, each passage cited with outlet, date and file."""
    yield f"# {title}\n"
    for incident in incidents:
        when = format_when(incident.date_start, incident.date_end, incident.precision)
        yield f"\n## {when} — {_md_escape(incident.title)}\n\n"
        actors = ", ".join(_md_escape(a.name) for a in incident.actors) or "none named"
        yield (
            f"*{incident.kind}* · actors: {actors}"
            + (f" · {_md_escape(incident.location)}" if incident.location else "")
            + "\n\n"
        )
        for e in incident.evidence:
            source = _md_escape(e.outlet or e.doc_title or e.file_name)
            yield f"> {_md_escape(e.quote)}\n>\n> — {source}, {short_date(e.published)} (`{e.file_name}`, chars {e.start}–{e.end})\n\n"
