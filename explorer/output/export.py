"""Render incidents for pipelines: JSON Lines (the exchange format), CSV, and a Markdown chronology."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator

from db.queries import IncidentDetail
from db.review import Review
from explorer.output.citation import position
from explorer.output.formatting import format_when
from explorer.output.provenance import (
    Source,
    disagreements,
    passages_in_order,
    reported_before_it_happened,
    shown_date,
    sources_of,
)

CSV_COLUMNS = (
    "incident_id", "date_start", "date_end", "precision", "date_read_as", "kind", "title", "location", "actors",
    "source_rank", "outlet", "headline", "url", "published", "published_note", "file", "page", "start", "end",
    "quote", "date_text", "passage_date", "flags", "evidence_id", "status", "starred", "tags", "note",
    "corrected", "extracted_values",
)  # fmt: skip
"""One row per passage: a spreadsheet can sort and filter by outlet, date or incident."""


def _when(start: str | None, end: str | None) -> str | None:
    if not start or not end:
        return None
    return start if start == end else f"{start}..{end}"


def source_record(source: Source) -> dict[str, object]:
    """One source of an incident: who published it, when (and how sure), and where it is."""
    return {
        "document_id": source.document_id, "file": source.file_name, "outlet": source.outlet,
        "headline": source.title, "url": source.url, "published": source.published,
        "published_latest": source.published_latest, "published_source": source.published_source,
        "published_estimated": source.estimated, "published_shown": shown_date(source),
    }  # fmt: skip


def review_record(review: Review | None) -> dict[str, object]:
    """The user's review of an incident: status, star, tags, note, and each field corrected by hand
    with the extractor's value beside it."""
    if review is None:
        review = Review(incident_id=0)
    return {
        "status": review.status, "starred": review.starred, "tags": list(review.tags), "note": review.note,
        "orphaned": review.orphaned,
        "corrected": {c.field: {"value": c.value, "extracted": c.machine} for c in review.corrections},
        "actors_added": list(review.added_actors), "actors_removed": list(review.removed_actors),
    }  # fmt: skip


def incident_record(incident: IncidentDetail) -> dict[str, object]:
    """One incident as a JSON-ready record in the documented export format."""
    sources = sources_of(incident)
    early = {s.document_id for s in reported_before_it_happened(incident)}
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
        "sources": [source_record(s) | {"reported_before_the_date": s.document_id in early} for s in sources],
        "date_disagreements": disagreements(incident),
        "evidence": [
            {
                "id": e.id, "source": e.file_name, "start": e.start, "end": e.end, "quote": e.quote,
                "date_text": e.date_text, "date_start": e.date_start, "date_end": e.date_end, "dated": e.is_dated,
                "outlet": e.outlet, "headline": e.doc_title, "url": e.url, "published": e.published,
                "published_latest": e.published_latest, "published_source": e.published_source,
                **({"page": e.page} if e.page else {}),
            }
            for e in passages_in_order(incident)
        ],
        "review": review_record(incident.review),
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


def incident_flags(incident: IncidentDetail) -> list[str]:
    """What a reader should check about an incident's date, in words."""
    flags = []
    if disagreements(incident):
        flags.append("sources disagree on the date")
    for source in reported_before_it_happened(incident):
        flags.append(f"{source.name} was published before that date")
    if all(s.estimated or not s.published for s in sources_of(incident)):
        flags.append("every source's publication date is estimated")
    return flags


def csv_passage_rows(incident: IncidentDetail) -> Iterator[list[object]]:
    """The CSV rows of one incident: one per passage, its source's provenance beside it."""
    actors = "; ".join(a.name for a in incident.actors)
    flags = "; ".join(incident_flags(incident))
    review = review_record(incident.review)
    corrected = review["corrected"]
    assert isinstance(corrected, dict)
    reviewed = [
        review["status"], "yes" if review["starred"] else "", "; ".join(review["tags"]),  # type: ignore[arg-type]
        review["note"], ", ".join(corrected), "; ".join(f"{k}: {v['extracted']}" for k, v in corrected.items()),
    ]  # fmt: skip
    for rank, source in enumerate(sources_of(incident), start=1):
        note = source.published_source + (" (estimated)" if source.estimated else "")
        for e in source.passages:
            yield [
                incident.id, incident.date_start, incident.date_end, incident.precision, incident.date_note,
                incident.kind, incident.title, incident.location or "", actors, rank, source.outlet or "",
                source.title or "", source.url or "", shown_date(source), note, e.file_name, e.page or "",
                e.start, e.end, e.quote, e.date_text or "", _when(e.date_start, e.date_end) or "", flags,
                e.id, *reviewed,
            ]  # fmt: skip


def to_csv(incidents: Iterable[IncidentDetail]) -> Iterator[str]:
    """A header row, then one row per passage of every incident, with its source's provenance."""
    yield from csv_rows(CSV_COLUMNS, (row for incident in incidents for row in csv_passage_rows(incident)))


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


def _md_link(url: str | None) -> str:
    """A URL as inert code text: shown in full, never a live link Markdown could be tricked with."""
    if not url:
        return ""
    return " · `" + " ".join(url.split()).replace("`", "%60") + "`"


def _md_review(review: Review | None) -> Iterator[str]:
    """The user's review under an incident's heading: status, star, tags, corrections, the note quoted."""
    if review is None:
        return
    parts = [f"**{review.status.capitalize()}**"] + (["★ starred"] if review.starred else [])
    if review.tags:
        parts.append("tags: " + ", ".join(md_escape(t) for t in review.tags))
    if review.orphaned:
        parts.append("orphaned: every passage is gone")
    yield " · ".join(parts) + "\n\n"
    for c in review.corrections:
        yield f"Corrected by hand: {c.field} (extracted: {md_escape(c.machine)})\n\n"
    if review.note:
        yield "Note:\n\n" + "".join(f"    {' '.join(line.split())}\n" for line in review.note.splitlines()) + "\n"


def to_markdown(
    incidents: Iterable[IncidentDetail], title: str = "Chronology", filters: str = "", generated: str = ""
) -> Iterator[str]:
    """A dated chronology: one section per incident, its date and how it was read, every passage cited.

    ``filters`` says what the chronology was narrowed to and ``generated`` when it was made; both
    are written under the title.
    """
    yield f"# {md_escape(title)}\n\n"
    yield f"Filters: {md_escape(filters) if filters else 'none (every incident)'}"
    yield (f" · generated {md_escape(generated)}" if generated else "") + "\n"
    count = 0
    for incident in incidents:
        count += 1
        when = format_when(incident.date_start, incident.date_end, incident.precision)
        yield f"\n## {when} — {md_escape(incident.title)}\n\n"
        actors = ", ".join(md_escape(a.name) for a in incident.actors) or "none named"
        yield (
            f"*{md_escape(incident.kind)}* · actors: {actors}"
            + (f" · {md_escape(incident.location)}" if incident.location else "")
            + "\n\n"
        )
        if incident.date_note:
            yield f"Date read from: {md_escape(incident.date_note)}\n\n"
        yield from _md_review(incident.review)
        for flag in incident_flags(incident):
            yield f"**Check:** {md_escape(flag)}\n\n"
        for when_read, who in disagreements(incident).items():
            yield f"- {md_escape(when_read)}: {md_escape('; '.join(who))}\n"
        if disagreements(incident):
            yield "\n"
        for source in sources_of(incident):
            headline = f", “{md_escape(source.title)}”" if source.title else ""
            cite = f"{md_escape(source.outlet or source.file_name)}{headline}, {md_escape(shown_date(source))}"
            for e in source.passages:
                yield f"> {md_escape(e.quote)}\n>\n> — {cite}{_md_link(source.url)} ({md_escape(position(e))})\n\n"
    if count == 0:
        yield "\nNo incidents match these filters.\n"
