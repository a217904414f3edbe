"""The import pipeline: find files, read them, date them, extract in a process pool, store in batches.

Two passes over the files. The first reads and hashes each one (cheap) to learn which are new
and what dates the batch states; the second extracts the new ones, in worker processes when
there are several cores, and a single writer stores them in file order, a batch of documents
per transaction. A batch goes in whole or not at all, so a killed import loses only the batch
it was writing, and running it again finishes the job with the same result.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from time import monotonic
from typing import Any

import sqlite_utils

from db import queries, writes
from explorer import __version__
from explorer.extract import extract_document, read_published
from explorer.extract.model import DocumentExtraction, PublishedDate
from explorer.ingest.decode import Refused
from explorer.ingest.manifest import ManifestEntry, read_manifest
from explorer.ingest.readers import SUPPORTED, Article, read_article
from explorer.ingest.store import refresh_search, store_document

BATCH_DOCUMENTS = 64  # documents per transaction
BATCH_SECONDS = 1.0  # or fewer, when extraction is slow, so progress is saved often
IN_FLIGHT_PER_WORKER = 8  # bounded queue: memory stays flat however large the corpus


@dataclass
class ImportSummary:
    """What an import did, file by file."""

    imported: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    incidents_added: int = 0
    bytes_imported: int = 0

    @property
    def ok(self) -> bool:
        """True when every file went in (or was already there)."""
        return not self.refused


@dataclass(frozen=True)
class _Job:
    """What a worker needs to read and extract one file."""

    path: Path
    entry: ManifestEntry | None
    user_date: date | None
    context: date | None = None


@dataclass(frozen=True)
class _Read:
    """A file read and hashed: its digest and the date it states for itself, if any."""

    path: Path
    sha256: str
    stated: date | None


@dataclass(frozen=True)
class _Extracted:
    """A file ready to store."""

    article: Article
    sha256: str
    extraction: DocumentExtraction


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


def _article(job: _Job) -> Article:
    article = read_article(job.path)
    entry = job.entry
    if entry is None:
        return article
    return Article(
        path=article.path, text=article.text, title=entry.title or article.title,
        outlet=entry.outlet or article.outlet, author=article.author, url=entry.url or article.url,
        published=article.published,
    )  # fmt: skip


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _open(job: _Job) -> tuple[Article, PublishedDate | None]:
    """A job's article and the date its metadata gives (raises ``Refused``)."""
    article = _article(job)
    return article, _given_date(article, job.entry, job.user_date)


def read_job(job: _Job) -> _Read | tuple[Path, str]:
    """First pass (in a worker): read, clean and hash a file; a refused file gives (path, reason)."""
    try:
        article, given = _open(job)
    except Refused as error:
        return job.path, str(error)
    return _Read(job.path, _digest(article.text), given.value if given else None)


def extract_job(job: _Job) -> _Extracted | tuple[Path, str]:
    """Second pass (in a worker): read a new file again and extract its incidents."""
    try:
        article, given = _open(job)
    except Refused as error:
        return job.path, str(error)
    return _Extracted(article, _digest(article.text), extract_document(article.text, given, job.context))


@dataclass
class _Pool:
    """A process pool and its size (no executor: work in this process)."""

    executor: ProcessPoolExecutor | None
    size: int


def _ordered(func: Callable[[_Job], object], jobs: Iterable[_Job], pool: _Pool) -> Iterator[object]:
    """Results of ``func`` over ``jobs`` in order, with a bounded number in flight."""
    if pool.executor is None:
        yield from (func(job) for job in jobs)
        return
    pending: deque[Future[object]] = deque()
    limit = IN_FLIGHT_PER_WORKER * pool.size
    for job in jobs:
        pending.append(pool.executor.submit(func, job))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _context_date(stated: list[date], db: sqlite_utils.Database) -> date | None:
    """The median stated date of the articles imported together, else of recently stored ones.

    Unchanged files count too, so an interrupted import that is run again sees the same context.
    """
    if not stated:
        stated = [date.fromisoformat(d) for d in queries.known_dates(db)]
    if not stated:
        return None
    return sorted(stated)[len(stated) // 2]


def _dateline(job: _Job) -> date | None:
    """The date a file's own text states (a dateline), for the batch context."""
    try:
        article = _article(job)
    except Refused:
        return None
    published, _spans = read_published(article.text)
    return published.value if published.source == "dateline" else None


def import_paths(
    db: sqlite_utils.Database,
    paths: Sequence[Path],
    *,
    manifest: Path | None = None,
    published: date | None = None,
    progress: Progress | None = None,
    workers: int = 1,
) -> ImportSummary:
    """Import articles; each batch of documents goes in whole or not at all, and bad files are reported."""
    summary = ImportSummary()
    files, entries, missing = collect_files(paths)
    if manifest is not None:
        entries.extend(read_manifest(manifest))
    summary.refused.extend(missing)
    by_path = {e.path: e for e in entries}
    jobs = [_Job(path, by_path.get(path.resolve()), published) for path in files]
    # Reading and hashing is cheaper than sending work to another process: the first pass runs here,
    # and worker processes start only when there are new files to extract.
    new_jobs, stated = _first_pass(db, jobs, _Pool(None, 1), summary, progress)
    if not new_jobs:
        writes.finish_run(db, writes.start_run(db, [str(p) for p in paths], __version__), 0,
                          len(summary.unchanged), len(summary.refused), 0)  # fmt: skip
        return summary
    executor = ProcessPoolExecutor(max_workers=workers) if workers > 1 and len(new_jobs) > 1 else None
    try:
        context = _context_date(stated, db)
        _second_pass(db, [_Job(j.path, j.entry, j.user_date, context) for j in new_jobs], _Pool(executor, workers),
                     summary, progress, paths)  # fmt: skip
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    return summary


def _tally(bucket: list[Any], item: Any, path: Path, progress: Progress | None) -> None:
    """Count a file in the summary and move the progress bar."""
    bucket.append(item)
    if progress:
        progress(path)


def _first_pass(
    db: sqlite_utils.Database, jobs: list[_Job], pool: _Pool, summary: ImportSummary,
    progress: Progress | None,
) -> tuple[list[_Job], list[date]]:  # fmt: skip
    """Hash every file; keep the new ones; gather the dates the batch states."""
    new_jobs: list[_Job] = []
    stated: list[date] = []
    undated_new: list[_Job] = []
    seen: set[str] = set()
    for job, result in zip(jobs, _ordered(read_job, jobs, pool), strict=True):
        if isinstance(result, tuple):
            _tally(summary.refused, result, job.path, progress)
            continue
        assert isinstance(result, _Read)
        known = queries.document_date(db, result.sha256)
        if result.sha256 in seen or known is not None:
            _tally(summary.unchanged, job.path, job.path, progress)
            if known and known[0] and known[1] != "estimated":
                stated.append(date.fromisoformat(known[0]))
            continue
        seen.add(result.sha256)
        new_jobs.append(job)
        if result.stated is not None:
            stated.append(result.stated)
        else:
            undated_new.append(job)
    if undated_new:  # datelines need a regex pass: only files that give no date otherwise pay for it
        stated.extend(d for d in _ordered(_dateline, undated_new, pool) if isinstance(d, date))
    return new_jobs, stated


def _second_pass(
    db: sqlite_utils.Database, jobs: list[_Job], pool: _Pool, summary: ImportSummary,
    progress: Progress | None, paths: Sequence[Path],
) -> None:  # fmt: skip
    """Extract the new files and store them in order, a batch per transaction."""
    run_id = writes.start_run(db, [str(p) for p in paths], __version__)
    batch: list[_Extracted] = []
    started = monotonic()
    for job, result in zip(jobs, _ordered(extract_job, jobs, pool), strict=True):
        if isinstance(result, tuple):
            _tally(summary.refused, result, job.path, progress)
            continue
        assert isinstance(result, _Extracted)
        batch.append(result)
        if len(batch) >= BATCH_DOCUMENTS or monotonic() - started >= BATCH_SECONDS:
            _store_batch(db, batch, run_id, summary, progress)
            batch, started = [], monotonic()
    _store_batch(db, batch, run_id, summary, progress)
    writes.finish_run(
        db, run_id, len(summary.imported), len(summary.unchanged), len(summary.refused), summary.incidents_added
    )


def _store_batch(
    db: sqlite_utils.Database, batch: list[_Extracted], run_id: int, summary: ImportSummary, progress: Progress | None
) -> None:
    """Store several documents in one transaction."""
    if not batch:
        return
    added = 0
    touched: set[int] = set()
    with writes.transaction(db):
        for item in batch:
            doc = writes.NewDocument(
                file_name=item.article.path.name, path=str(item.article.path), sha256=item.sha256,
                text=item.article.text, title=item.article.title, outlet=item.article.outlet,
                author=item.article.author, url=item.article.url, published=item.extraction.published.value,
                published_source=item.extraction.published.source, published_note=item.extraction.published.note,
            )  # fmt: skip
            added += store_document(db, doc, item.extraction, run_id, touched)
        refresh_search(db, touched)  # once per incident per batch, not once per mention
    summary.incidents_added += added
    for item in batch:
        summary.imported.append(item.article.path)
        summary.bytes_imported += len(item.article.text.encode("utf-8"))
        if progress:
            progress(item.article.path)


def default_workers() -> int:
    """One extraction process per core."""
    return max(1, os.cpu_count() or 1)
