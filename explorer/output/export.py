"""Render incidents for pipelines: JSON Lines (the exchange format), CSV, and a Markdown chronology."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator

from db.queries import IncidentDetail
from explorer.output.citation import position
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
                "published": e.published, **({"page": e.page} if e.page else {}),
            }
            for e in incident.evidence
        ],
    }  # fmt: skip


def to_jsonl(incidents: Iterable[IncidentDetail]) -> Iterator[str]:
    """One JSON object a line."""
    for incident in incidents:
        yield json.dumps(incident_record(incident), ensure_ascii=False) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    r"""A value a spreadsheet will show, never run: text that starts like a formula gets a leading quote (OWASP).

    >>> csv_cell("=HYPERLINK(\"http://x\")"), csv_cell("@SUM(A1)"), csv_cell(7)
    ('\'=HYPERLINK("http://x")', "'@SUM(A1)", 7)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_rows(header: Iterable[str], rows: Iterable[Iterable[object]]) -> Iterator[str]:
    """CSV text a row at a time, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(list(header))
    yield buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([csv_cell(cell) for cell in row])
        yield buffer.getvalue()


def to_csv(incidents: Iterable[IncidentDetail]) -> Iterator[str]:
    """A header row, then one row an incident (actors and sources joined with "; ")."""

    def rows() -> Iterator[list[object]]:
        for incident in incidents:
            first = next(
                (e for e in incident.evidence if e.is_dated), incident.evidence[0] if incident.evidence else None
            )
            yield [
                incident.id, incident.date_start, incident.date_end, incident.precision, incident.kind, incident.title,
                incident.location or "", "; ".join(a.name for a in incident.actors),
                "; ".join(dict.fromkeys(e.file_name for e in incident.evidence)), first.quote if first else "",
            ]  # fmt: skip

    yield from csv_rows(CSV_COLUMNS, rows())


_MD_SPECIAL = "\\`*_[]<>#|&~!"


def md_escape(text: str) -> str:
    r"""Untrusted text as inert Markdown on one line: no structure, no links, no HTML.

    >>> md_escape("<b>x</b>\n- [y](z)")
    '\\<b\\>x\\</b\\> - \\[y\\](z)'
    >>> md_escape("- a list?"), md_escape("1. or this")
    ('\\- a list?', '1\\. or this')
    """
    out = "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in " ".join(text.split()))
    if out[:1] in ("-", "+"):
        return "\\" + out
    return re.sub(r"^(\d+)\.", r"\1\\.", out)


def to_markdown(incidents: Iterable[IncidentDetail], title: str = "Chronology") -> Iterator[str]:
    """A dated chronology: one section per incident, each passage cited with outlet, date and file."""
    yield f"# {title}\n"
    for incident in incidents:
        when = format_when(incident.date_start, incident.date_end, incident.precision)
        yield f"\n## {when} — {md_escape(incident.title)}\n\n"
        actors = ", ".join(md_escape(a.name) for a in incident.actors) or "none named"
        yield (
            f"*{incident.kind}* · actors: {actors}"
            + (f" · {md_escape(incident.location)}" if incident.location else "")
            + "\n\n"
        )
        for e in incident.evidence:
            source = md_escape(e.outlet or e.doc_title or e.file_name)
            yield (f"> {md_escape(e.quote)}\n>\n> — {source}, {short_date(e.published)} ({md_escape(position(e))})\n\n")
