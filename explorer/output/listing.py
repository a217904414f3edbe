"""Listings for the terminal and for pipelines: one row per stored document or incident."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from db.queries import DocumentListing
from explorer.output.export import csv_rows
from explorer.output.formatting import short_date
from explorer.output.textsafe import clean_line, neutralise

DOCUMENT_COLUMNS = ("id", "file", "outlet", "published", "published_source", "published_latest", "incidents", "path")


def _published(row: DocumentListing) -> str:
    if row.published is None:
        return "unknown"
    shown = short_date(row.published)
    if row.published_latest and row.published_latest != row.published:
        shown += f" – {short_date(row.published_latest)}"
    return shown + ("" if row.published_source in ("metadata", "manifest", "user") else f" ({row.published_source})")


def documents(rows: Iterable[DocumentListing], fmt: str) -> Iterator[str]:
    """Stored documents as a table, JSON Lines or CSV."""
    if fmt == "jsonl":
        for row in rows:
            yield json.dumps(asdict(row), ensure_ascii=False) + "\n"
        return
    if fmt == "csv":
        yield from csv_rows(
            DOCUMENT_COLUMNS,
            ([r.id, r.file_name, r.outlet or "", r.published or "", r.published_source, r.published_latest or "",
              r.incidents, r.path] for r in rows),
        )  # fmt: skip
        return
    yield f"{'id':>5}  {'file':<32} {'outlet':<24} {'published':<28} {'incidents':>9}\n"
    for r in rows:
        file = neutralise(clean_line(r.file_name))[:32]
        outlet = neutralise(clean_line(r.outlet or "—"))[:24]
        yield f"{r.id:>5}  {file:<32} {outlet:<24} {_published(r):<28} {r.incidents:>9}\n"
