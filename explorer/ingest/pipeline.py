"""The import pipeline: find files, read them, date them, extract, store one document per transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils

from db import queries, writes
from explorer import __version__
from explorer.extract import extract_document, read_published
from explorer.extract.model import PublishedDate
from explorer.ingest.decode import Refused
from explorer.ingest.manifest import ManifestEntry, read_manifest
from explorer.ingest.readers import SUPPORTED, Article, read_article
from explorer.ingest.store import store_document


@dataclass
class ImportSummary:
    """What an import did, file by file."""

    imported: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    incidents_added: int = 0

    @property
    def ok(self) -> bool:
        """True when every file went in (or was already there)."""
        return not self.refused


@dataclass(frozen=True)
class _Prepared:
    article: Article
    sha256: str
    given: PublishedDate | None
    entry: ManifestEntry | None


Progress = Callable[[Path], None]


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[ManifestEntry], list[tuple[Path, str]]]:
    """Article files under the given paths (folders recursively, sorted), manifest entries, and missing paths."""
    files: list[Path] = []
    entries: list[ManifestEntry] = []
    problems: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUPPORTED
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.suffix.lower() == ".csv" and path.is_file():
            found = read_manifest(path)
            entries.extend(found)
            files.extend(e.path for e in found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append((path, "no such file or folder; check the path"))
    return list(dict.fromkeys(files)), entries, problems


def _given_date(article: Article, entry: ManifestEntry | None, user: date | None) -> PublishedDate | None:
    if user is not None:
        return PublishedDate(user, "user", "given with --published")
    if entry is not None and entry.published is not None:
        return PublishedDate(entry.published, "manifest", "from the manifest")
    if article.published is not None:
        return PublishedDate(article.published, "metadata", "from the file's metadata")
    return None


def _stated_date(item: _Prepared) -> date | None:
    """The date an article states for itself (metadata, manifest, dateline), not an estimate."""
    published, _spans = read_published(item.article.text, item.given)
    return published.value if published.source != "estimated" else None


def _context_date(db: sqlite_utils.Database, stated: list[date]) -> date | None:
    """The median stated date of the articles imported together, else of recently stored ones.

    Unchanged files count too, so an interrupted import that is run again sees the same context.
    """
    if not stated:
        stated = [date.fromisoformat(d) for d in queries.known_dates(db)]
    if not stated:
        return None
    return sorted(stated)[len(stated) // 2]


def _prepare(path: Path, entries: dict[Path, ManifestEntry], user_date: date | None) -> _Prepared:
    article = read_article(path)
    entry = entries.get(path.resolve())
    if entry is not None:
        article = Article(
            path=article.path, text=article.text, title=entry.title or article.title,
            outlet=entry.outlet or article.outlet, author=article.author, url=entry.url or article.url,
            published=article.published,
        )  # fmt: skip
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return _Prepared(article, digest, _given_date(article, entry, user_date), entry)


def import_paths(
    db: sqlite_utils.Database,
    paths: Sequence[Path],
    *,
    manifest: Path | None = None,
    published: date | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import articles; each document goes in whole or not at all, and bad files are reported, not fatal."""
    summary = ImportSummary()
    files, entries, missing = collect_files(paths)
    if manifest is not None:
        entries.extend(read_manifest(manifest))
    summary.refused.extend(missing)
    by_path = {e.path: e for e in entries}
    prepared: list[_Prepared] = []
    stated: list[date] = []
    seen: set[str] = set()
    for path in files:
        try:
            item = _prepare(path, by_path, published)
        except Refused as error:
            summary.refused.append((path, str(error)))
            if progress:
                progress(path)
            continue
        if (day := _stated_date(item)) is not None:
            stated.append(day)
        if item.sha256 in seen or queries.document_exists(db, item.sha256):
            summary.unchanged.append(path)
            if progress:
                progress(path)
            continue
        seen.add(item.sha256)
        prepared.append(item)
    run_id = writes.start_run(db, [str(p) for p in paths], __version__)
    context = _context_date(db, stated)
    for item in prepared:
        extraction = extract_document(item.article.text, item.given, context)
        doc = writes.NewDocument(
            file_name=item.article.path.name, path=str(item.article.path), sha256=item.sha256,
            text=item.article.text, title=item.article.title, outlet=item.article.outlet,
            author=item.article.author, url=item.article.url, published=extraction.published.value,
            published_source=extraction.published.source, published_note=extraction.published.note,
        )  # fmt: skip
        summary.incidents_added += store_document(db, doc, extraction, run_id)
        summary.imported.append(item.article.path)
        if progress:
            progress(item.article.path)
    writes.finish_run(
        db, run_id, len(summary.imported), len(summary.unchanged), len(summary.refused), summary.incidents_added
    )
    return summary
