"""Read a manifest CSV: ``file,published,outlet,title,url`` with only ``file`` required."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from explorer.ingest.decode import Refused, decode_bytes
from explorer.ingest.readers import parse_date

COLUMNS = ("file", "published", "outlet", "title", "url")


@dataclass(frozen=True)
class ManifestEntry:
    """What a manifest says of one file."""

    path: Path
    published: date | None
    outlet: str | None
    title: str | None
    url: str | None


def read_manifest(path: Path) -> list[ManifestEntry]:
    """Entries of a manifest, file paths resolved against the manifest's folder."""
    try:
        text = decode_bytes(path.read_bytes())
    except OSError as error:
        raise Refused(f"manifest {path} is unreadable ({error.strerror or error}); check the path") from error
    rows = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in (rows.fieldnames or [])]
    if "file" not in header:
        raise Refused(f"manifest {path} has no 'file' column; its header row must name {', '.join(COLUMNS)}")
    entries = []
    for number, row in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
        if not row.get("file"):
            continue
        published = parse_date(row.get("published"))
        if row.get("published") and published is None:
            raise Refused(f"manifest {path} line {number}: cannot read date {row['published']!r}; use YYYY-MM-DD")
        entries.append(
            ManifestEntry(
                path=(path.parent / row["file"]).resolve(),
                published=published,
                outlet=row.get("outlet") or None,
                title=row.get("title") or None,
                url=row.get("url") or None,
            )
        )
    return entries
