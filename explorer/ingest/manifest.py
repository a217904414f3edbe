"""Manifests: a CSV giving each article's publication date, outlet, title and URL, matched to the files.

A row's ``file`` is matched by its path relative to the manifest, else by the file's name among the
files being imported when exactly one has that name. Every row that is not used is reported with
its line number: rows that match no file, rows whose name fits several files, duplicate rows, and
rows that cannot be read (a publication date must be a full date).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from explorer.ingest.decode import Refused, decode_bytes
from explorer.ingest.metadata import DateRefused, parse_published
from explorer.output.textsafe import clean_line

COLUMNS = ("file", "published", "outlet", "title", "url")
_ALIASES = {"date": "published", "source": "outlet", "path": "file", "filename": "file", "link": "url"}


@dataclass(frozen=True)
class ManifestEntry:
    """What one manifest row says of one file."""

    manifest: Path
    line: int
    file: str
    path: Path
    published: date | None
    outlet: str | None
    title: str | None
    url: str | None


@dataclass
class Manifest:
    """A manifest as read: its usable rows, and the rows it could not use, with line numbers."""

    path: Path
    entries: list[ManifestEntry] = field(default_factory=list)
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    duplicates: list[tuple[int, int, str]] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    found: bool = False
    """True for a manifest found among the articles rather than named by the user."""


def _header(names: Sequence[str]) -> list[str]:
    return [_ALIASES.get(n.strip().lower(), n.strip().lower()) for n in names]


def _cell(value: str | None) -> str | None:
    return clean_line(value) if value and value.strip() else None


def _entry(manifest: Path, line: int, row: dict[str, str]) -> ManifestEntry:
    """One row as an entry; raises ``ValueError`` with the reason when it cannot be used."""
    file = (row.get("file") or "").strip()  # as written: it must match a real name, whatever it holds
    if not file:
        raise ValueError("no file named in the 'file' column")
    published = None
    if _cell(row.get("published")):
        try:
            published = parse_published(row["published"])
        except DateRefused as error:
            raise ValueError(f"publication date: {error}") from error
    return ManifestEntry(
        manifest=manifest, line=line, file=file, path=(manifest.parent / file).resolve(), published=published,
        outlet=_cell(row.get("outlet")), title=_cell(row.get("title")), url=_cell(row.get("url")),
    )  # fmt: skip


def read_manifest(path: Path) -> Manifest:
    """Read a manifest; raises ``Refused`` when it cannot be read at all or has no ``file`` column."""
    try:
        text = decode_bytes(path.read_bytes())
    except OSError as error:
        raise Refused(f"manifest {path} is unreadable ({error.strerror or error}); check the path") from error
    except Refused as error:
        raise Refused(f"manifest {path}: {error}") from error
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = _header(next(reader))
    except (StopIteration, csv.Error):
        header = []
    if "file" not in header:
        raise Refused(f"manifest {path} has no 'file' column; its first row must name the columns {', '.join(COLUMNS)}")
    manifest = Manifest(path, unknown_columns=[h for h in header if h and h not in COLUMNS])
    first_line: dict[str, int] = {}
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            manifest.bad_rows.append((line, f"cannot read the row ({error})"))
            line = reader.line_num + 1
            continue
        _add_row(manifest, line, dict(zip(header, cells, strict=False)), first_line)
        line = reader.line_num + 1
    return manifest


def _add_row(manifest: Manifest, line: int, row: dict[str, str], first_line: dict[str, int]) -> None:
    if not any((v or "").strip() for v in row.values()):
        return  # a blank line
    try:
        entry = _entry(manifest.path, line, row)
    except ValueError as error:
        manifest.bad_rows.append((line, str(error)))
        return
    if entry.file in first_line:
        manifest.duplicates.append((line, first_line[entry.file], entry.file))
        return
    first_line[entry.file] = line
    manifest.entries.append(entry)


@dataclass
class ManifestMatch:
    """Which file each usable row describes, and what could not be matched."""

    by_file: dict[Path, ManifestEntry] = field(default_factory=dict)
    unmatched: list[ManifestEntry] = field(default_factory=list)
    ambiguous: list[tuple[ManifestEntry, list[Path]]] = field(default_factory=list)
    claimed_twice: list[tuple[ManifestEntry, ManifestEntry]] = field(default_factory=list)
    files_without_row: list[Path] = field(default_factory=list)

    def matched_in(self, manifest: Manifest) -> int:
        """How many rows of one manifest describe a file being imported."""
        return sum(1 for e in self.by_file.values() if e.manifest == manifest.path)


def match_manifests(manifests: Sequence[Manifest], files: Sequence[Path]) -> ManifestMatch:
    """Match every usable row to one of ``files``: by relative path, else by a file name only one file has."""
    result = ManifestMatch()
    by_path = {f.resolve(): f for f in files}
    by_name: dict[str, list[Path]] = {}
    for f in files:
        by_name.setdefault(f.name, []).append(f)
    for manifest in manifests:
        for entry in manifest.entries:
            target = by_path.get(entry.path)
            if target is None:
                named = by_name.get(Path(entry.file).name, [])
                if len(named) > 1:
                    result.ambiguous.append((entry, named))
                    continue
                target = named[0] if named else None
            if target is None:
                result.unmatched.append(entry)
            elif target in result.by_file:
                result.claimed_twice.append((entry, result.by_file[target]))
            else:
                result.by_file[target] = entry
    result.files_without_row = [f for f in files if f not in result.by_file] if manifests else []
    return result


def listed_files(manifests: Sequence[Manifest]) -> list[Path]:
    """The files the manifests name, resolved against each manifest's folder (for a manifest-only import)."""
    return list(dict.fromkeys(e.path for m in manifests for e in m.entries))
